"""Round nineteen's follow-ups (b): an agreement placed by its order against the one talked about
(bot/answering/neighbours.py, order_words.py), how to reach the people just named (contact_asks.py,
pronoun_people.py), a bare "var då?" after a kommun's areas (where_asks.py) and a term asked with "deras"
(questions.py), on the dev set written before the code and on the rules themselves."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import contact_asks, order_words, where_asks
from bot.answering.engine import Engine
from bot.text import fold, tokens
from tests.scored import asked, assert_case, assert_shapes, dev_params, dev_set

DEV = dev_set("followups19b_dev.yaml")


def test_the_dev_set_is_the_class() -> None:
    assert_shapes(DEV, {"relative": 12, "named": 6, "their": 6, "en": 4, "no_aao": 3}, total=30)


# Still missed: Gnesta's council asked by "brottsförebyggande råd", words too common for the passages to find.
@pytest.mark.parametrize("case", dev_params(DEV, known_misses=("vad gör deras brottsförebyggande råd",)))
def test_the_dev_set_holds(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)


def _folded(text: str) -> list[str]:
    return [fold(t) for t in tokens(text)]


@pytest.mark.parametrize("turn, way", [("och föregångaren då?", "before"), ("the one prior to that?", "before"),
                                       ("och efterträdaren?", "after"), ("and the one that followed it?", "after"),
                                       ("vad gäller i det aktuella?", "latest"), ("och året efter?", "after")])
def test_an_order_word_said_of_an_agreement_places_it(turn: str, way: str) -> None:
    assert order_words.direction(_folded(turn)) == way


@pytest.mark.parametrize("turn", ["vad gjorde polisen förra veckan", "efter jobbet går jag hem", "next year?",
                                  "vad var det senaste inbrottet", "innan jag flyttade hit bodde jag i Lund"])
def test_an_order_word_of_something_else_places_nothing(turn: str) -> None:
    assert order_words.direction(_folded(turn)) is None


def test_the_agreement_after_the_one_talked_about_keeps_its_aspect(bundled: Engine) -> None:
    olofstrom = bundled.knowledge.municipalities["olofstrom"]
    newest = max(olofstrom.agreements, key=lambda a: str(a.start))
    answer = asked(bundled, ["Vilka fokusområden hade Olofström 2021?", "och efterträdaren?"])
    assert answer.municipality == "olofstrom"
    assert all(area.title in answer.text for area in newest.areas)
    assert "112" not in answer.text[:80]


def test_a_danger_after_an_order_word_keeps_112_first(bundled: Engine) -> None:
    answer = asked(bundled, ["Vad lovade Nacka 2022?", "och innan dess? han slår mig nu"])
    assert "112" in answer.text[:120]


@pytest.mark.parametrize("turn, found", [("har hon en mejladress?", True), ("phone?", True), ("can I reach him?", True),
                                         ("ring 112", False), ("vad har de för fokus?", False)])
def test_a_contact_is_asked_by_its_words(turn: str, found: bool) -> None:
    toks = _folded(turn)
    assert contact_asks.asked(" ".join(toks), toks) is found


def test_a_number_the_entry_gives_is_said_and_none_is_not_made_up(bundled: Engine) -> None:
    vaxjo = bundled.knowledge.municipalities["vaxjo"]
    chief = next(p for p in vaxjo.people if p.role_key == "kso")
    answer = asked(bundled, ["Vem är kommunstyrelsens ordförande i Växjö?", "hur ringer man henne?"])
    assert chief.phone and chief.phone in answer.text
    markaryd = asked(bundled, ["Vem är säkerhetschef i Markaryd?", "har han telefon?"])
    assert markaryd.municipality == "markaryd" and "Telefonnummer till Bengt-Ove Ohlsson framgår inte av källan" in markaryd.text


@pytest.mark.parametrize("turn, where", [("var då?", True), ("var ligger det någonstans?", True), ("where is that exactly?", True),
                                         ("var det bra?", False), ("vilka partier?", False)])
def test_a_bare_where_is_read_by_its_words(turn: str, where: bool) -> None:
    assert where_asks.asked(_folded(turn)) is where


def test_a_bare_where_names_the_places_of_the_areas_talked_about(bundled: Engine) -> None:
    answer = asked(bundled, ["Vad lovade Härryda 2017?", "var någonstans då?"])
    assert answer.municipality == "harryda" and "Mölnlycke" in answer.text and "Landvetter" in answer.text


def test_their_term_is_the_entrys_own_first(bundled: Engine) -> None:
    answer = asked(bundled, ["Vad har Karlskrona och polisen kommit överens om?", "what is their Brå?"])
    assert answer.municipality == "karlskrona" and "Lokala Brå" in answer.text
