"""Round twelve (branch multi12b): several asks in one message where one part was lost or answered of the
wrong agreement. A day or time asked is the sentence that names it, not the period ("när på veckan var
polisen på plats i Björbo?"); a kind asked in the plural is every agreement of it ("hur länge gäller
Umeås medborgarlöften?"); which parts of a kommun have promises of their own lists the agreements named
for a district; a place the basis calls a place ("Resecentrum är en identifierad plats där …") is the
place pointed out; a council asked as a forum is found."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import district_lists, times_asked
from bot.answering.engine import Conversation, Engine
from bot.answering.knowledge import Knowledge
from bot.text import fold
from tests.scored import assert_case, dev_set

# Our own dev set (tests/fixtures/multi_dev12b.yaml), in the scorer's format.
DEV = dev_set("multi_dev12b.yaml")

# Still answered otherwise (the report names them): kept here so a fix shows up as an XPASS.
OPEN = {
    # "i mark" in lower case is the word, not the kommun: no kommun is read, and the years go across kommuner
    "vad handlade lofte 2021 i mark om o vad gjorde de 2019",
}


def test_the_dev_set_is_the_class() -> None:
    tags = [set(case["tags"]) for case in DEV]
    assert len(DEV) >= 45
    assert sum("en" in t for t in tags) >= 6
    for shape in ("year", "basis", "council", "district", "time", "noaccent", "noq", "long", "single"):
        assert sum(shape in t for t in tags) >= 3, shape


@pytest.mark.parametrize("case", [pytest.param(c, marks=pytest.mark.xfail(strict=True)) if c["q"] in OPEN else c
                                  for c in DEV], ids=[c["q"][:60] for c in DEV])
def test_the_dev_set_holds(bundled: Engine, case: dict[str, Any]) -> None:
    assert_case(bundled, case)


def test_a_day_asked_is_the_sentence_that_names_it_and_the_period_follows(bundled: Engine) -> None:
    text = bundled.answer("När på veckan var polisen på plats i Björbo, och hur länge pågick det?",
                          Conversation()).text
    assert "torsdag" in text and "18 maj 2017" in text
    assert text.index("torsdag") < text.index("18 maj 2017")  # each part in order


@pytest.mark.parametrize("sentence, says", [
    ("varje helgfri torsdag mellan kl. 10.00 och 11.00", True),
    ("Var tredje fredagskväll träffas representanter", True),
    ("Trafik- och informationsinsatser för cyklister och gångtrafikanter vår och höst", True),
    ("Polisstationen i Kungälv öppen fem dagar i veckan", True),
    ("Att minska narkotikabrotten och på så sätt göra Mjölby till en tryggare plats.", False),
    ("Medborgarlöftet gäller 2023–2024.", False),
])
def test_a_sentence_names_a_day_or_time(sentence: str, says: bool) -> None:
    assert times_asked.says_when(sentence) is says


@pytest.mark.parametrize("message, day", [
    ("vilken tid är polisstationen i Kungälv öppen", "09.00"),
    ("What time of the week were the police in Björbo?", "Thursday"),
])
def test_a_time_asked_alone(bundled: Engine, message: str, day: str) -> None:
    assert day in bundled.answer(message, Conversation()).text


def test_the_period_is_still_asked_with_when(bundled: Engine) -> None:
    r = bundled.read("När går löftet ut i Lund?")
    assert r.topic == "period"
    assert bundled.read("vad går löftet ut på i Lund?").topic != "period"


def test_every_agreement_of_a_kind_asked_in_the_plural(bundled: Engine) -> None:
    text = bundled.answer("Hur länge gäller Laholms medborgarlöften?", Conversation()).text
    assert "2020" in text and "2021" in text and "2023" in text
    one = bundled.answer("Hur länge gäller löftet i Laholm?", Conversation()).text  # the singular: the newest
    assert "2023" in one and "21 december 2020" not in one


def test_a_council_asked_as_a_forum(bundled: Engine) -> None:
    assert "UmeBrå" in bundled.answer("i vilket forum samarbetar de i Umeå", Conversation()).text


def test_the_districts_with_own_agreements(knowledge: Knowledge) -> None:
    kommuner = frozenset(fold(name) for name in knowledge.all_municipalities)
    titles = {k: [a.title for a in district_lists.for_districts(m, kommuner)] for k, m in knowledge.municipalities.items()}
    assert len(titles["goteborg"]) == 4
    assert titles["linkoping"] == ["Medborgarlöfte för Skäggetorp (lokalt)"]
    # a title naming the parties, a police area or the kommun itself names no district
    for kommun in ("lidkoping", "umea", "dals-ed", "upplands-bro", "ostra-goinge"):
        assert titles.get(kommun, []) == [], kommun


def test_districts_then_one_districts_own(bundled: Engine) -> None:
    text = bundled.answer("Vilka stadsdelar i Göteborg har egna medborgarlöften, och vad handlar Biskopsgårdens om?",
                          Conversation()).text
    for district in ("Hisings Backa", "Biskopsgården", "Nordost", "Västra Göteborg"):
        assert district in text
    assert "rekrytering" in text.split("Nordost 2023–2024")[1]  # Biskopsgården's own, after the list
    assert district_lists.asked(["vilka", "delar", "av", "goteborg", "har", "egna", "loften"])
    assert not district_lists.asked(["vilka", "delar", "av", "goteborg", "ar", "otrygga"])


def test_the_place_the_basis_calls_a_place(bundled: Engine) -> None:
    for message in ("Vilken plats pekas ut i Mjölby?", "mjolby: vilket omrade galler loftet och vad gor polisen"):
        assert "Resecentrum" in bundled.answer(message, Conversation()).text
    english = bundled.answer("Which place does Mjölby's promise point out?", Conversation()).text
    assert "travel centre" in english
