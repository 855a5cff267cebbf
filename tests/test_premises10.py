"""False premises, round ten: a wrong police area put about a kommun (named by another kommun's name or
by a locality of its own), a kommun whose name is a word placed in a county or set apart with "då",
a place of another kommun said to be what a kommun "ska väl" make safer, and an instruction opening
several asks. Our own dev set (tests/fixtures/premises_dev10.yaml) as the scorer scores it, and the
readings behind it."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering.engine import Engine
from bot.answering.knowledge import Knowledge
from bot.answering.matching import MunicipalityMatcher
from tests.scored import asked, assert_case, dev_set

DEV = dev_set("premises_dev10.yaml")


def _name(case: dict[str, Any]) -> str:
    return " / ".join(case.get("turns") or [case["q"]])[:60]


def test_the_dev_set_is_the_five_shapes() -> None:
    tags = [set(case["tags"]) for case in DEV]
    assert len(DEV) >= 40
    for kind, least in (("area", 10), ("county", 6), ("place", 8), ("instruction", 6), ("context", 6),
                        ("en", 6), ("fresh", 10)):
        assert sum(kind in t for t in tags) >= least, kind


@pytest.mark.parametrize("case", DEV, ids=[_name(case) for case in DEV])
def test_the_dev_set_holds(bundled: Engine, case: dict[str, Any]) -> None:
    """As ../shared/eval/score.py scores a case, the kommun of the (last) answer included."""
    assert_case(bundled, case)


def _mentions(bundled: Engine, text: str) -> list[tuple[str, bool]]:
    matcher: MunicipalityMatcher = bundled.matcher
    return [(m.place.via or m.place.name, m.police_area) for m in matcher.scan(text).mentions]


def test_which_police_area_before_a_name_asks_the_kommuns_area(bundled: Engine) -> None:
    """"lokalpolisområde Kävlinge" names an area; after "vilket lokalpolisområde" the name is the kommun asked about."""
    assert _mentions(bundled, "Vad gör lokalpolisområde Kävlinge?") == [("Kävlinge", True)]
    assert _mentions(bundled, "Säg vilket lokalpolisområde Östhammar hör till") == [("Östhammar", False)]


@pytest.mark.parametrize("text, name", [
    ("Ydre is in Jönköping County, isn't it?", "Ydre"),
    ("Orsa tillhör väl lokalpolisområde Falun?", "Orsa"),
    ("Mora då, vad har dom för avtal med polisen?", "Mora"),
    ("kil da?", "Kil"),
])
def test_a_word_named_kommun_placed_or_set_apart_is_the_kommun(bundled: Engine, text: str, name: str) -> None:
    assert [n for n, _ in _mentions(bundled, text)][:1] == [name]


@pytest.mark.parametrize("text", [
    "Mora då och då på kvällarna",  # "då och då": not set apart
    "Sala is a word for hall",  # placed in no county or area
    "Vara i nuet är viktigt",
])
def test_everyday_words_stay_words(bundled: Engine, text: str) -> None:
    assert _mentions(bundled, text) == []


def test_a_kommun_without_an_agreement_gets_its_own_area(bundled: Engine, knowledge: Knowledge) -> None:
    """Its search record gives the area; the area claimed (another kommun's name) is not what is answered about."""
    searched = knowledge.searched("Skinnskatteberg")
    assert searched is not None and searched.police_area
    answer = asked(bundled, ["Skinnskatteberg tillhör väl lokalpolisområde Västerås?"])
    assert answer.text.startswith("Nej") and searched.police_area in answer.text
    assert "Västerås" not in answer.text


def test_a_true_area_is_confirmed(bundled: Engine, knowledge: Knowledge) -> None:
    muni = knowledge.municipalities["sigtuna"]
    answer = asked(bundled, [f"Sigtuna har väl ett eget lokalpolisområde som heter {muni.police_area}?"])
    assert answer.text.startswith("Ja"), answer.text


@pytest.mark.parametrize("text, opening, area", [
    ("Sigtuna har väl ett eget lokalpolisområde?", "Nej, det stämmer inte:", "Sollentuna"),
    ("Har Sigtuna ett eget lokalpolisområde, och vad lovar de?", "Nej,", "Sollentuna"),
    ("Mora har väl ett eget lokalpolisområde?", "Nej, det stämmer inte:", "Orsa"),
    ("Lund har väl ett eget lokalpolisområde?", "Ja,", "lokalpolisområde Lund"),
    ("Orsa has its own police area, right?", "No, that is not right:", "Mora"),
])
def test_an_area_of_its_own(bundled: Engine, text: str, opening: str, area: str) -> None:
    """Its own: the area bears the kommun's name and covers no other entry's kommun (written after the
    fresh check, so in no figure). Mora's bears its name but covers Orsa too, which is said."""
    answer = asked(bundled, [text])
    assert answer.text.startswith(opening) and area in answer.text.split("\n")[0], answer.text[:200]
    assert "nämns inte" not in answer.text
