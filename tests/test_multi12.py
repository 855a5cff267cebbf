"""Round twelve (branch multi12): two or three asks in one message, each answered, where one part was
lost. Places an agreement points out are listed ("vilka platser pekas ut i löftet": every place it names,
of the year asked); a council, forum or group is found named or not ("i vilket råd jobbar de ihop?":
"det lokala brottsförebyggande rådet"), never a kommunalråd; "och vid vilka …" starts an ask; a kommun
heading the message does not hide a "var …" ask behind it."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import clauses
from bot.answering.engine import Conversation, Engine
from tests.scored import assert_case, dev_set

# Our own dev set (tests/fixtures/multi_dev12.yaml), in the scorer's format.
DEV = dev_set("multi_dev12.yaml")

# Still answered otherwise (the report names them): kept here so a fix shows up as an XPASS.
OPEN = {
    # "vilka områden 2021 års medborgarlöfte gällde": "områden" may be focus areas, and the year is not kept
    "Till Laholms kommun. Jag vill gärna veta vilka områden 2021 års medborgarlöfte gällde samt vilka som skrev "
    "under. Tack på förhand",
}


def test_the_dev_set_is_the_class() -> None:
    tags = [set(case["tags"]) for case in DEV]
    assert len(DEV) >= 45
    assert sum("en" in t for t in tags) >= 6
    for shape in ("place", "who", "period", "figure", "noaccent", "formal", "long"):
        assert sum(shape in t for t in tags) >= 3, shape


@pytest.mark.parametrize("case", [pytest.param(c, marks=pytest.mark.xfail(strict=True)) if c["q"] in OPEN else c
                                  for c in DEV], ids=[c["q"][:60] for c in DEV])
def test_the_dev_set_holds(bundled: Engine, case: dict[str, Any]) -> None:
    assert_case(bundled, case)


def test_the_places_pointed_out_are_all_listed_of_the_year_asked(bundled: Engine) -> None:
    text = bundled.answer("Laholm 2021: vilka platser pekas ut i löftet och när skrevs det under?", Conversation()).text
    for place in ("Centrala Laholm", "Altona", "Campus Laholm", "Knäred"):
        assert place in text
    assert text.index("Altona") < text.index("21 december 2020")  # each part in order
    assert "2023" not in text.split("21 december 2020")[0]  # the places are 2021's, not the next promise's


@pytest.mark.parametrize("message, council", [
    ("hur lange galler avtalet i falun och i vilket rad jobbar de ihop", "BRÅ-Falun"),
    ("i vilket forum samverkar de i Karlskrona och när skrevs avtalet under", "Lokala Brå"),
    ("Gnesta: i vilket råd planeras insatserna samt vilka skrev under", "ansvarar för att planera"),
])
def test_a_council_is_found_named_or_not(bundled: Engine, message: str, council: str) -> None:
    text = bundled.answer(message, Conversation()).text
    assert council in text
    assert "Undertecknandet" not in text  # "kommunalrådet Joakim Storck" signed: a person, not a council


@pytest.mark.parametrize("message, expected", [
    ("Laholm: vilka år gällde löftet och vid vilka skolor blir det fokus",
     ["Laholm: vilka år gällde löftet", "vid vilka skolor blir det fokus"]),
    ("Emmaboda: var ska kamerorna sitta och vilka år gäller löftet?",
     ["Emmaboda: var ska kamerorna sitta", "vilka år gäller löftet?"]),
    ("vad fokuserar de på och vilka skrev under?", ["vad fokuserar de på", "vilka skrev under?"]),
])
def test_asks_are_parted(message: str, expected: list[str]) -> None:
    assert clauses.split(message) == expected


def test_where_a_thing_is_but_not_where_one_reports(bundled: Engine) -> None:
    assert bundled.read("var ska kamerorna sitta i Emmaboda").detail_ask is not None
    asked = bundled.read("var ska jag anmäla otrygga platser i Lund").detail_ask
    assert asked is None or asked.shape != "where"


def test_a_year_beside_the_kommun_ahead_goes_with_it(bundled: Engine) -> None:
    text = bundled.answer("vilka platser pekas ut och när skrevs löftet under i Laholm 2021?", Conversation()).text
    assert "Altona" in text and "Knäred" in text
    assert not text.startswith("Samverkan med kommunens skolor")  # 2023's area, not a place of 2021's


def test_places_pointed_out_unnamed_are_the_sentence_that_points(bundled: Engine) -> None:
    text = bundled.answer("Tyresö: vilka platser pekas ut i löftet och vilket år gällde det?", Conversation()).text
    assert text.startswith("Öka den upplevda tryggheten vid knutpunkter")  # "på utpekade platser som knutpunkter …"


def test_the_period_after_a_detail_is_that_agreements(bundled: Engine) -> None:
    text = bundled.answer("Tyresö: vilka platser pekas ut i löftet och vilket år gällde det?", Conversation()).text
    assert "Nacka: 2017" in text and "Nacka: 2022" not in text  # the 2017 promise's places, then its year
