"""Round ten (branch detail10): a subject an entry does not mention, asked yes/no in English or as a
compound ("telefonbedrägerier"), is said to be missing before what the entry holds; a question about what
residents could do then ("När kunde säterborna lämna synpunkter?") is asked of the entry, not a wish to
send a concern; "vilka kommuner är med i löftet?" after a place asks its kommun's agreement."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import lexicon
from bot.answering.engine import Conversation, Engine
from bot.text import fold
from tests.scored import asked, assert_scored, dev_set

# Our own dev set (tests/fixtures/detail_dev10.yaml), in the scorer's format.
DEV = dev_set("detail_dev10.yaml")

# Still answered otherwise (the report names them): kept here so a fix shows up as an XPASS.
OPEN = {
    "What is Knivsta doing about phone scams?",
    "vilken åtgärdsplan har Lomma tagit fram och vilka fokusområden har den?",
    "vad innehaller lommas atgardsplan",
    "What action plan has Lomma drawn up and what are its focus areas?",
}


def _said(case: dict[str, Any]) -> str:
    return " / ".join(case.get("turns") or [case["q"]])


def test_the_dev_set_is_the_class() -> None:
    tags = [set(case["tags"]) for case in DEV]
    assert len(DEV) >= 30
    assert sum("absent" in t or "compound" in t for t in tags) >= 12
    assert sum("en" in t for t in tags) >= 5


@pytest.mark.parametrize("case", [pytest.param(c, marks=pytest.mark.xfail(strict=True)) if _said(c) in OPEN else c
                                  for c in DEV], ids=[_said(c)[:60] for c in DEV])
def test_the_dev_set_holds(bundled: Engine, case: dict[str, Any]) -> None:
    """As ../shared/eval/score.py scores a case, the turns before the last asked in the same chat."""
    answer = asked(bundled, list(case.get("turns") or [case["q"]]))
    assert_scored({**case, "q": _said(case)}, answer.text)


@pytest.mark.parametrize("message, missing", [
    ("Is graffiti part of Söderhamn's citizen promise?", "graffiti"),
    ("Are drones part of Mjölby's citizen promises?", "drones"),
    ("Vad gör Knivsta åt telefonbedrägerier?", "telefonbedrägerier"),
])
def test_an_absent_subject_is_said_missing_first(bundled: Engine, message: str, missing: str) -> None:
    answer = bundled.answer(message, Conversation())
    first = fold(answer.text.split("\n")[0])
    assert answer.topic == "focus" and fold(missing) in first
    assert "namns inte" in first or "does not mention" in first


def test_who_is_part_of_it_still_asks_the_parties(bundled: Engine) -> None:
    assert bundled.answer("Who is part of Söderhamn's citizen promise?", Conversation()).topic == "parties"


def test_a_compound_whose_last_part_the_entry_holds_is_answered_from_it(bundled: Engine) -> None:
    text = bundled.answer("Vad gör Vellinge mot klotterbrott?", Conversation()).text
    assert "Skadegörelse" in text and "nämns inte" not in text


def test_asking_when_residents_could_is_no_wish_to_tell() -> None:
    assert lexicon.wants_to_give_feedback("nar kunde saterborna lamna synpunkter infor nasta medborgarlofte") == 0
    assert lexicon.wants_to_give_feedback("jag vill lamna synpunkter om tryggheten i sater") > 0


def test_the_promise_after_a_place_is_its_kommuns(bundled: Engine) -> None:
    answer = asked(bundled, ["bor i Svanesund på Orust", "vilka kommuner är med i löftet?"])
    assert answer.municipality == "orust" and "Tjörn" in answer.text and "288" not in answer.text
    assert "288" in bundled.answer("vilka kommuner är med?", Conversation()).text
