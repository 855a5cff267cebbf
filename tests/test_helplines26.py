"""Help lines that fit the situation (helplines26, issue #31 items 4 and 6): a crime supposed is what to do if it
happens, with the line of a group the message names and none it does not; Bris only where a child or young person
is named; danger now keeps 112 first. And the probe's own judgement of a reply (benchmarks/fit_lines.py)."""

from __future__ import annotations

import pytest

from benchmarks.fit_lines import check_fit
from bot.answering import supposed
from bot.answering.conversation import Conversation
from bot.answering.engine import Engine
from bot.text import fold, tokens


def _answer(engine: Engine, message: str) -> str:
    return fold(engine.answer(message, Conversation()).text)


def _norm(text: str) -> tuple[str, list[str]]:
    toks = tokens(text)
    return " ".join(toks), toks


@pytest.mark.parametrize("message", [
    "vad gör jag om någon bryter sig in när jag är hemma? jag är ofta ensam på kvällarna",
    "jag är 78 och bor ensam. vad gör jag om någon knackar på och vill in?",
    "tänk om någon rånar mig på väg hem, vad ska jag göra?",
    "what should I do if someone follows me home?",
    "vad gör jag om någon klottrar på mitt hus?",
    "om nån stjäl min cykel, vem ringer jag?",
    "jag är ofta ensam hemma och är rädd att någon ska bryta sig in, vad gör jag då?",
])
def test_a_crime_supposed_gets_what_to_do_and_no_group_line_it_does_not_name(bundled: Engine, message: str) -> None:
    body = _answer(bundled, message)
    assert "114 14" in body and "polisen.se" in body, body[:200]
    assert "112" not in body[:60], body[:100]
    for line in ("bris", "116 111", "brottsofferjouren", "sjalvmordslinjen", "kvinnofridslinjen"):
        assert line not in body, (line, body[:300])


@pytest.mark.parametrize("message", [
    "jag är 14, vad gör jag om någon hotar mig i skolan?",
    "om nån knackar på och vill in, vem ringer jag? jag är 14",
    "what if someone robs me on my way home? I'm 13",
])
def test_a_crime_supposed_by_a_child_adds_bris(bundled: Engine, message: str) -> None:
    body = _answer(bundled, message)
    assert "bris" in body and "114 14" in body, body[:300]
    assert "112" not in body[:60]


@pytest.mark.parametrize("message, line", [
    ("om min ex hotar mig igen, vad gör jag?", "kvinnofridslinjen"),       # told again: it has happened
    ("min son har börjat röka på, vad gör jag?", "bris"),                  # a child named
    ("rädd att pappa börjar slå mamma igen när han fått sparken", "kvinnofridslinjen"),  # violence at home
])
def test_a_group_named_keeps_its_line(bundled: Engine, message: str, line: str) -> None:
    assert line in _answer(bundled, message)


def test_a_report_of_a_crime_supposed_by_a_child_adds_bris(bundled: Engine) -> None:
    child = _answer(bundled, "vad gör jag om någon stjäl min cykel? jag är 14")
    adult = _answer(bundled, "vad ska jag göra om någon stjäl min cykel?")
    assert "114 14" in child and "bris" in child and "114 14" in adult and "bris" not in adult


def test_a_childs_situation_read_with_no_child_named_gets_no_bris(bundled: Engine) -> None:
    body = _answer(bundled, "Jag såg ett gäng sälja knark bakom ICA i Kristinehamn i förrgår. Vill tipsa. Jag jobbar natt.")
    assert "bris" not in body and "114 14" in body, body[:300]


def test_a_dog_barking_next_door_is_the_neighbours_noise(bundled: Engine) -> None:
    for message in ("My neighbour's dog barks all day, who do I contact? I work nights.",
                    "My neighbour's dog barks all day, who do I contact?"):
        body = _answer(bundled, message)
        assert "landlord" in body and "bris" not in body and "90101" not in body, body[:300]


@pytest.mark.parametrize("message", [
    "någon försöker bryta sig in hos mig just nu, vad gör jag?",
    "vad ska jag göra om han kommer in, han står utanför dörren med kniv",
    "hjälp, vad gör man om någon hotar en med kniv",
    "nån följer efter mig hem från bussen nu och jag är jätterädd, vad gör jag",
])
def test_danger_now_keeps_112_first(bundled: Engine, message: str) -> None:
    assert "112" in _answer(bundled, message)[:120]


@pytest.mark.parametrize("text, expected", [
    ("vad gör jag om någon bryter sig in när jag är hemma?", True),
    ("jag är rädd att någon ska lura min pappa, vad gör jag?", True),
    ("what if someone follows me home?", True),
    # the act before the condition, a past, a word of now, again, a cry: nothing supposed
    ("Hyresvärden hotar att säga upp mig om jag tjatar. Vad gäller?", False),
    ("någon bröt sig in igår, vad gör jag om de kommer tillbaka?", False),
    ("om någon bryter sig in nu, vad gör jag?", False),
    ("om min ex hotar mig igen, vad gör jag?", False),
    ("hjälp! vad gör jag om någon slår mig", False),
    ("berätta om inbrotten i Lund", False),
])
def test_supposed_reads_a_crime_to_come(text: str, expected: bool) -> None:
    norm, toks = _norm(text)
    assert supposed.supposed(text, norm, toks) is expected


def test_the_probe_judges_a_reply() -> None:
    bris_and_112 = {"text": "Det här kan hjälpa dig:\n• Ring 112.\n• Bris, 116 111: för barn och unga."}
    why = check_fit(bris_and_112, child=False, need_report=True, supposed=True, support_ok=False)
    assert {"Bris, no child named", "no 114 14 / polisen.se", "112 the only way"} <= set(why)
    fits = {"text": "Det här gör du om det händer:\n• Anmäl på polisen.se eller ring 114 14.\n• Pågår det: ring 112."}
    assert check_fit(fits, child=False, need_report=True, supposed=True, support_ok=False) == []
    assert "112 first" in check_fit({"text": "Ring 112 nu."}, child=False, need_report=False, supposed=False,
                                    support_ok=False)
    assert "no Bris for a child" in check_fit(fits, child=True, need_report=True, supposed=True, support_ok=False,
                                              need_bris=True)
