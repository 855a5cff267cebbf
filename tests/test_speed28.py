"""speed28's short cuts give what the long way gives: decide.py's lazy signs (read only where the decision turns on
them), whether a reading asks another's data and the resident's own matter read once per reading, and the gates that
skip work where it could find nothing (asked_span.plain and mend, compounds.joined, bot_asks' follows,
twin_names.settle, stated_first's county asked, lexicon.is_cue_word kept per word). Nothing here is timed."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.answering import (asked_span, bot_asks, compounds, decide as decide_module, lexicon, own_matters, reading,
                           refusals, twin_names)
from bot.answering.conversation import Conversation
from bot.answering.danger import Danger
from bot.answering.engine import Engine
from bot.answering.knowledge import load
from bot.text import fold

HELDOUT = Path(__file__).resolve().parent.parent / "eval" / "heldout.yaml"

# Written for these tests: questions, dangers, follows, emoji, compounds written apart, slips, twins, English.
TEXTS = [
    "Vad gör Lund åt trygghet?",
    "vilekt datum skrevs Hjos avtal under",
    "Vme är kommunpolis i Sala?",
    "medborgar löftet i Vellinge, vad står det?",
    "lokal polis område för Ale?",
    "Hej 😀 vad har Mora lovat?? 👍🏽",
    "😡😡 det är stökigt vid torget i Eslöv!!!",
    "kan jag följa Hjo och få notiser när nåt ändras?",
    "jag vill inte följa Lund längre, stäng av",
    "stop notifications for Malmö",
    "I was being followed last week, what can I do?",
    "min granne följer efter mig hem varje kväll",
    "vad lovar habo i jönköping?",
    "Vilket län ligger Krokom i?",
    "Vilket län ligger Krokom i och vem skrev under?",
    "det brinner i trapphuset!",
    "min pappa har ont i bröstet och andas tungt",
    "vem bor på Storgatan 12 i Lund?",
    "hyresvärden hotar att slänga ut oss, vad gör jag?",
    "kan jag få böter om min kamera filmar grannens trädgård?",
    "vad gör du om någon skriver att det brinner?",
    "blev mobbad i höstas och mår dåligt",
    "tack!",
    "",
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(load(), today=dt.date(2026, 11, 28))


def _heldout(count: int) -> list[str]:
    items = yaml.safe_load(HELDOUT.read_text(encoding="utf-8"))
    return [str(item["text"]) for item in items if item.get("text")][:count]


def test_lazy_signs_decide_as_the_same_signs_given_as_they_are(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each reading's decision with the lazy signs is the decision with every sign read first, as before."""
    texts = [*TEXTS, *_heldout(200)]
    lazy = [engine.read(text).decision() if text.strip() else None for text in texts]
    original = decide_module.decide

    def eager(*args: Any, **kwargs: Any) -> decide_module.Decision:
        return original(*args, **{k: (v() if callable(v) else v) for k, v in kwargs.items()})

    monkeypatch.setattr(reading, "decide", eager)
    engine.reader.forget()
    assert [engine.read(text).decision() if text.strip() else None for text in texts] == lazy


def test_a_lazy_sign_is_read_only_where_the_decision_turns_on_it() -> None:
    asked: list[str] = []

    def sign(name: str, value: bool) -> Any:
        return lambda: asked.append(name) or value

    # A strong rule of now: 112 first, whatever the model's "what if".
    now = Danger("now", "fire", True)
    found = decide_module.decide({"danger_fire": 0.9, "question_topic": 0.1}, now, what_if=sign("what_if", True),
                                 told_past=sign("told_past", True), told_over=sign("told_over", True))
    assert found.action == "emergency" and asked == []
    # A sure question with no danger: none of them is read.
    found = decide_module.decide({"ask_topic": 0.95, "danger_fire": 0.05}, None, what_if=sign("what_if", True),
                                 asks_the_bot=sign("asks_the_bot", False), told_over=sign("told_over", False))
    assert found.action == "question" and asked == []
    # The model's danger above the threshold with no rule: the what-if is read, and it says no emergency.
    found = decide_module.decide({"danger_fire": 0.7, "ask_topic": 0.3}, None, what_if=sign("what_if", True),
                                 question_evidence=True)
    assert asked == ["what_if"] and found.action != "emergency"
    asked.clear()
    assert decide_module.decide({"danger_fire": 0.7, "ask_topic": 0.3}, None, what_if=sign("what_if", False)).action \
        == "emergency"
    assert asked == ["what_if"]


@pytest.mark.parametrize("text", [t for t in TEXTS if t.strip()])
def test_others_data_and_own_matter_read_once_per_reading(engine: Engine, text: str,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    engine.reader.forget()
    r = engine.read(text)
    want = (refusals._others_data(r), own_matters._matter(r), own_matters._listed_matter(r))
    calls: list[str] = []
    for module, name in ((refusals, "_others_data"), (own_matters, "_matter"), (own_matters, "_listed_matter")):
        real = getattr(module, name)
        monkeypatch.setattr(module, name, lambda r, real=real, name=name: calls.append(name) or real(r))
    engine.reader.forget()
    fresh = engine.read(text)
    got = [(refusals.others_data(fresh), own_matters.matter(fresh), own_matters.listed_matter(fresh)) for _ in range(3)]
    assert got == [want] * 3
    assert sorted(set(calls)) == sorted(calls)  # each read once, however often asked


def _plain_by_character(text: str) -> str:
    symbol = (lambda c: unicodedata.category(c) in ("So", "Sk", "Cs") or c in "\u200d\ufe0f")
    kept = asked_span._FACE.sub(" ", "".join(" " if symbol(c) else c for c in text))
    kept = asked_span._REPEATED.sub(lambda m: "?" if "?" in m.group() else m.group()[0], kept)
    return re.sub(r"[ \t]+", " ", kept).strip()


@pytest.mark.parametrize("text", [*TEXTS, "a^b`c ¨ © ® ° ´", "👨‍👩‍👧 familj", "x\u200dy\ufe0f"])
def test_plain_is_the_text_looked_at_character_by_character(text: str) -> None:
    assert asked_span.plain(text) == _plain_by_character(text)


@pytest.mark.parametrize("text", TEXTS)
def test_mend_is_each_word_put_right(engine: Engine, text: str) -> None:
    def by_word(match: Any) -> str:
        word = asked_span._meant(fold(match.group()), engine.reader.knows)
        return match.group() if word is None else word.capitalize() if match.group()[:1].isupper() else word

    assert asked_span.mend(text, engine.reader.knows) == asked_span._WORD.sub(by_word, text)


def test_mend_puts_a_slipped_question_word_right(engine: Engine) -> None:
    assert asked_span.mend("vilekt datum skrevs det under", engine.reader.knows) == "vilket datum skrevs det under"
    assert asked_span.mend("Vme är kommunpolis?", engine.reader.knows) == "Vem är kommunpolis?"


def test_joined_writes_a_compound_together_and_leaves_short_words() -> None:
    holds = {"medborgarlofte", "lokalpolisomrade"}.__contains__
    assert compounds.joined("vad står i medborgar löfte?", holds, lambda w: False) == "vad står i medborgarlöfte?"
    assert compounds.joined("vilket lokal polis område?", holds, lambda w: False) == "vilket lokalpolisområde?"
    assert compounds.joined("vad gör de i år?", holds, lambda w: False) == "vad gör de i år?"
    assert compounds.joined("hans dotter", lambda w: True, lambda w: False) == "hans dotter"


@pytest.mark.parametrize("text", TEXTS)
def test_follows_read_as_before_with_the_exclusions_last(text: str) -> None:
    norm = " ".join(fold(text).replace("?", " ").replace(",", " ").replace("!", " ").split())
    b = bot_asks
    excluded = bool(b._FROM_A_PERSON.search(norm) or b._ANOTHER_STOPS.search(norm) or b._follows(norm, b._FOLLOWED_UP))
    service = b._follows(norm, b._RESIDENT_FOLLOWS) or b._FOLLOW_NOUN.search(norm) or b._NEWS_WORD.search(norm) \
        or b._FROM_THE_BOT.search(norm)
    stops = not excluded and bool(service) and bool(b._STOP.search(norm) or b._CHANGE.search(norm)
                                                    and b._follows(norm, b._RESIDENT_FOLLOWS))
    assert b.stops_following(norm) == stops
    for asked in (True, False):
        ruled_out = bool(b._FROM_A_PERSON.search(norm) or b._PERSON_FOLLOWED.search(norm)
                         or b._follows(norm, b._FOLLOWED_UP) or b._follows(norm, b._BOUND_TO))
        wants = not ruled_out and (b._follows(norm, b._RESIDENT_FOLLOWS) and bool(
            asked or b._WISH.search(norm) or b._FOLLOW_FIRST.match(norm))
            or bool(b._WANTS_NEWS.search(norm) or b._KEEP_TRACK.search(norm) and b._NEW.search(norm)))
        assert b.wants_to_follow(norm, asked) == wants


def test_follows_known_shapes() -> None:
    assert bot_asks.stops_following(fold("jag vill inte följa Lund längre, stäng av").replace(",", ""))
    assert bot_asks.wants_to_follow("kan jag folja hjo och fa notiser nar nat andras", True)
    assert not bot_asks.wants_to_follow("i was being followed last week", True)


def test_settle_leaves_a_message_without_twins_alone(engine: Engine) -> None:
    scan = engine.matcher.scan("vad har Lund lovat")
    assert twin_names.settle(scan, ["vad", "har", "Lund", "lovat"], engine.places) is scan
    twins = engine.matcher.scan("vad lovar habo i jonkoping")
    settled = twin_names.settle(twins, ["vad", "lovar", "habo", "i", "jonkoping"], engine.places)
    assert [m.place.municipality_id for m in settled.mentions] != [] and not settled.twins


def test_is_cue_word_kept_gives_the_lists_answer() -> None:
    for word in ("fokusomradena", "period", "polisstation", "trygghet", "lund", "uppfoljning", "x"):
        bare = lexicon.is_cue_word.__wrapped__(word)
        assert lexicon.is_cue_word(word) == bare == lexicon.is_cue_word(word)


def test_county_asked_alone_and_beside_another_question(engine: Engine) -> None:
    alone = engine.answer("Vilket län ligger Krokom i?", Conversation())
    assert "Krokom ligger i" in alone.text
    both = engine.answer("Vilket län ligger Krokom i och vem skrev under?", Conversation())
    assert both.text != alone.text
