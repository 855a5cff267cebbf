"""Premises and not-now, round thirteen: a place put in the wrong kommun before the question is answered of
the place's kommun, with the verdict; one's own worry about a problem that goes on in a kommun named gets
what its agreement says of it, 114 14 and /synpunkt, never 112 first. Our own dev set
(tests/fixtures/premises_dev13.yaml) as the scorer scores it, and the behaviour behind it."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering.engine import Conversation, Engine
from tests.scored import assert_case, dev_set

DEV = dev_set("premises_dev13.yaml")
# Known misses, left for a later round: a claim about a place that is a kommun of its own (Alvesta in
# Växjö's agreement). ("ydre" in lower case is read since round fifteen's places; a threat "i tisdags" to
# one's son, "vad ska vi göra nu", since round twenty-three: the "nu" of the next step asked is no time.)
GAPS = ("Alvesta centrum", "trafikkontroller i kramfors")


def _name(case: dict[str, Any]) -> str:
    return case["q"][:60]


def test_the_dev_set_covers_every_shape() -> None:
    tags = [set(case["tags"]) for case in DEV]
    assert len(DEV) >= 55
    for kind, least in (("a", 3), ("b", 3), ("c", 3), ("d", 3), ("f", 3), ("g", 3), ("en", 8), ("noaccent", 5),
                        ("emergency", 4), ("fresh", 10)):
        assert sum(kind in t for t in tags) >= least, kind


@pytest.mark.parametrize("case", [pytest.param(case, marks=pytest.mark.xfail(strict=True))
                                  if any(g in case["q"] for g in GAPS) else case for case in DEV],
                         ids=[_name(case) for case in DEV])
def test_the_dev_set_holds(bundled: Engine, case: dict[str, Any]) -> None:
    """As ../shared/eval/score.py scores a case; the gaps above are known misses."""
    assert_case(bundled, case)


@pytest.mark.parametrize("message, home, wrong", [
    ("Gusum ligger ju i Norrköpings kommun – vad har Norrköping lovat om trafiken i Gusum?", "valdemarsvik",
     "Norrköping:"),
    ("eftersom skene hör till borås kommun, vad gör borås mot otryggheten där", "mark", "Borås:"),
    ("Rottne hör väl till Alvesta kommun. Vad gör Alvesta för tryggheten i Rottne", "vaxjo", "Alvesta:"),
])
def test_a_place_put_in_the_wrong_kommun_is_answered_of_its_own(bundled: Engine, message: str, home: str,
                                                                 wrong: str) -> None:
    """The verdict first, then the question asked of the place's kommun, the wrong one not answered."""
    answer = bundled.answer(message, Conversation())
    assert answer.municipality == home
    assert answer.text.startswith("Nej, det stämmer inte:")
    assert wrong not in answer.text


@pytest.mark.parametrize("message, kommun", [
    ("det har varit mycket bilbränder i vårt område i Varberg senaste månaden och jag är orolig", "varberg"),
    ("Vi har haft massa inbrott i förråden i Sölvesborg i höst, jag blir orolig. Vad gör kommunen?", "solvesborg"),
    ("There have been lots of car fires in our area in Mark lately and I'm worried", "mark"),
])
def test_a_worry_that_goes_on_gets_the_agreement_the_report_and_the_concern(bundled: Engine, message: str,
                                                                            kommun: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert answer.municipality == kommun
    assert "114 14" in answer.text and ("/synpunkt" in answer.text or "/concern" in answer.text)
    assert "112" not in answer.text[:60]


def test_a_question_about_others_worry_is_still_a_question(bundled: Engine) -> None:
    """No resident's own worry: "hur många är oroliga för inbrott" asks the agreement or the survey."""
    answer = bundled.answer("Hur många i Sölvesborg är oroliga för inbrott?", Conversation())
    assert "Det här kan du göra när du oroar dig" not in answer.text
