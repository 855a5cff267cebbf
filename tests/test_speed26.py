"""Round 26's speed work, each the same answers for less work: `fold` and `strip_accents` drop combining marks
without a Python loop over every character, a message's texts are scanned for places once, the day is asked of the
clock once per message, and the CLI builds its engine with the collector off and freezes it for a chat."""

from __future__ import annotations

import datetime as dt
import gc
import unicodedata

import pytest

from bot.answering.engine import Conversation, Engine
from bot.answering.knowledge import Knowledge
from bot.cli import services
from bot.text import fold, new_message, strip_accents
from tests.conftest import TODAY


def _fold_as_before(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _strip_as_before(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@pytest.mark.parametrize("start, end", [(0, 0x3000), (0xAC00, 0xAD00), (0xFB00, 0xFFFE), (0x1D400, 0x1D500),
                                        (0x1F300, 0x1F400)])
def test_fold_and_strip_give_what_the_loop_over_the_decomposition_gave(start: int, end: int) -> None:
    # Latin with its marks, Greek, Cyrillic, Hebrew, Arabic, the Indic scripts, Hangul syllables, ligatures and
    # compatibility forms, mathematical letters, emoji; alone, after a letter and around stray marks.
    for code in range(start, end):
        char = chr(code)
        if 0xD800 <= code < 0xE000:
            continue
        for text in (char, "Ö" + char, char + "\u0301", "e\u0301" + char + "\u0323\u0308 – ”Åre”"):
            assert fold.__wrapped__(text) == _fold_as_before(text), (hex(code), text)  # type: ignore[attr-defined]
            assert strip_accents(text) == _strip_as_before(text), (hex(code), text)


def test_swedish_and_mixed_texts_fold_as_before() -> None:
    for text in ("Vad fokuserar Sölvesborg på?", "Hur länge gäller avtalet 2022–2026 i ”Vellinge”?",
                 "ÅÄÖ åäö Ü ß ﬁ Ⅻ İstanbul Ærø Øresund", "naïve café, coöperate", "Привет, Малмö", "ab\u0308\u0323c"):
        assert fold.__wrapped__(text) == _fold_as_before(text)  # type: ignore[attr-defined]
        assert strip_accents(text) == _strip_as_before(text)


def test_a_text_is_scanned_once_a_message_and_each_caller_gets_its_own_copy(
        bundled: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    matcher = bundled.matcher
    text = "Vad gör Habo och Sölvesborg mot stölder?"
    new_message()
    first = matcher.scan(text)
    calls: list[str] = []
    scan_once = type(matcher)._scan
    monkeypatch.setattr(type(matcher), "_scan", lambda self, t: calls.append(t) or scan_once(self, t))
    again = matcher.scan(text)
    assert calls == [] and again == first and again is not first
    again.mentions.clear()
    again.used.add(99)
    third = matcher.scan(text)
    assert third == first and third.mentions and 99 not in third.used
    new_message()  # the next message scans anew
    assert matcher.scan(text) == first and calls == [text]


def test_another_engines_scan_of_the_same_text_is_not_taken(bundled: Engine, engine: Engine) -> None:
    text = "Vad gör Kalmar mot stölder?"  # a kommun with an entry in the bundled base, not among the five seeded ones
    new_message()
    entry = [m.place.municipality_id for m in bundled.matcher.scan(text).mentions]
    assert entry == ["kalmar"]
    assert [m.place.municipality_id for m in engine.matcher.scan(text).mentions] == [None]
    assert [m.place.municipality_id for m in bundled.matcher.scan(text).mentions] == entry


def test_the_clock_is_asked_the_day_once_a_message(knowledge: Knowledge) -> None:
    asked: list[dt.date] = []

    def today() -> dt.date:
        asked.append(TODAY)
        return TODAY

    engine = Engine(knowledge, today=today)
    for text in ("Vem skrev på i Vellinge och hur länge gäller det?", "Vad fokuserar Sölvesborg på?",
                 "Vilka kommuner har grannsamverkan?"):
        asked.clear()
        answer = engine.answer(text, Conversation())
        assert answer.text and len(asked) == 1, text
    assert engine.today() == TODAY and len(asked) == 2  # outside a message, the clock itself


def test_the_day_of_a_message_is_the_pinned_one_as_before(knowledge: Knowledge) -> None:
    pinned = Engine(knowledge, today=TODAY)
    called = Engine(knowledge, today=lambda: TODAY)
    for text in ("Hur länge gäller avtalet i Vellinge?", "Gäller Sölvesborgs medborgarlöfte fortfarande?"):
        assert pinned.answer(text).to_dict() == called.answer(text).to_dict()


@pytest.mark.parametrize("enabled", [True, False])
def test_build_engine_leaves_the_collector_as_it_found_it(enabled: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []

    class Built:
        def __init__(self, *_: object, **__: object) -> None:
            seen.append(gc.isenabled())

    monkeypatch.setattr(services, "Engine", Built)
    monkeypatch.setattr(services, "load", lambda *_, **__: None)
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        services.build_engine(None)
        assert seen == [False] and gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
