"""Places an entry's text names without a preposition before them (a school in a list of places, a square
"runt Järntorget", a project named for its village, "lägesbilder för Råslätt, Österängen, Öxnehaga")
resolve to that entry's kommun; a word any entry writes in lower case, or one of an entry's people, does
not become a place by being capitalised somewhere."""

from __future__ import annotations

import pytest

from bot.answering.conversation import Conversation
from bot.answering.engine import Engine
from bot.answering.knowledge import Knowledge
from bot.answering.places import Places, common_words


@pytest.mark.parametrize(("written", "kommun"), [
    ("Krylbo", "avesta"), ("Sävstaskolans", "vingaker"), ("slottskolan", "vingaker"), ("Järntorget", "orebro"),
    ("Öxnehaga", "jonkoping"), ("Österängen", "jonkoping"), ("Karlslundsområdet", "landskrona"),
])
def test_a_place_named_in_the_text_is_its_kommuns(knowledge: Knowledge, written: str, kommun: str) -> None:
    assert [k.id for k in Places(knowledge).resolve(written)] == [kommun]


def test_words_written_in_lower_case_are_no_places(knowledge: Knowledge) -> None:
    common = common_words(knowledge)
    assert {"narkotika", "skolan", "centrum", "grannsamverkan"} <= common
    places = Places(knowledge)
    for word in ("Narkotika", "Polisstationen", "Handlingsplan", "Lokalpolisområdet", "Företagssamverkan"):
        assert places.resolve(word) == [], word


@pytest.mark.parametrize(("message", "kommun", "said"), [
    ("hur är det med tryggheten kring öxnehaga?", "jonkoping", "Öxnehaga"),
    ("Ungdomarna vid Slottskolan stökar, gör kommunen något?", "vingaker", "Slottskolan"),
    ("what is being done in Krylbo?", "avesta", "Krylbo"),
])
def test_asked_about_such_a_place_the_entry_answers(bundled: Engine, message: str, kommun: str, said: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert answer.municipality == kommun, (message, answer.text[:200])
    assert said in answer.text
    assert "112" not in answer.text[:60]


@pytest.mark.parametrize(("message", "county"), [
    ("Är Hylte en halländsk kommun?", "Hallands län"), ("Sala är väl en skånsk kommun?", "Västmanlands län"),
])
def test_a_county_said_by_its_landskap_adjective(bundled: Engine, message: str, county: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert county in answer.text.split("\n")[0], answer.text[:150]


@pytest.mark.parametrize("message", ["Heby sorterar under lokalpolisområde Uppsala, eller hur?",
                                     "Sala lyder väl under lokalpolisområde Västerås?"])
def test_a_kommun_said_to_come_under_a_wrong_police_area(bundled: Engine, message: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert answer.text.startswith("Nej") and answer.municipality in ("heby", "sala"), answer.text[:150]


@pytest.mark.parametrize(("message", "kommun"), [("Vad har Sala och polisen kommit överens om?", "sala"),
                                                 ("What have Hjo and the police agreed?", "hjo")])
def test_a_short_name_beside_the_police_is_the_kommun(bundled: Engine, message: str, kommun: str) -> None:
    assert bundled.answer(message, Conversation()).municipality == kommun


@pytest.mark.parametrize(("message", "kommun"), [
    ("Hylte, inte Halmstad – vad har de lovat?", "hylte"), ("Tell me about Mora and not Orsa", "mora"),
])
def test_a_kommun_named_as_not_meant_is_left_out(bundled: Engine, message: str, kommun: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert answer.municipality == kommun and not answer.text.startswith(("Hylte:", "Mora:")), answer.text[:100]


def test_a_verbs_inte_denies_no_kommun(bundled: Engine) -> None:
    answer = bundled.answer("Hade inte Mora och Orsa samma samverkansöverenskommelse?", Conversation())
    assert "Mora" in answer.text and "Orsa" in answer.text


@pytest.mark.parametrize(("message", "kommun"), [("Vad innehåller stadens överenskommelse med polisen i Stockholm?",
                                                  "stockholm"),
                                                 ("Bor på Gotland, vad har regionen lovat?", "gotland")])
def test_the_citys_or_regions_agreement_is_its_whole_agreement(bundled: Engine, message: str, kommun: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert answer.municipality == kommun and answer.topic in ("focus", "overview"), answer.text[:150]


@pytest.mark.parametrize(("written", "kommun"), [("Broby", "ostra-goinge"), ("Högsäter", "fargelanda")])
def test_a_place_the_agreements_basis_names_is_its_kommuns(knowledge: Knowledge, written: str, kommun: str) -> None:
    assert [k.id for k in Places(knowledge).resolve(written)] == [kommun]


@pytest.mark.parametrize("written", ["Medelpad", "Gästrikland", "Gävleborgs"])
def test_a_police_area_or_county_in_the_basis_is_no_place(knowledge: Knowledge, written: str) -> None:
    # Named in Ånge's, Ockelbo's and Ovanåker's basis ("… i Medelpad"), but an area wider than one kommun.
    assert Places(knowledge).resolve(written) == []


@pytest.mark.parametrize(("written", "kommun"), [("Solgård", "tranemo"), ("Karlslund", "landskrona")])
def test_an_area_is_named_by_its_place_too(knowledge: Knowledge, written: str, kommun: str) -> None:
    # The entries name "Solgårdsområdet" and "Karlslundsområdet"; residents say "löftet om Solgård".
    assert [k.id for k in Places(knowledge).resolve(written)] == [kommun]
