"""Round eighteen's detail questions: a question the model reads as a limit or a concern while the named kommun's
entry holds its subject (held_asks.py), a time asked of a thing the entry names (entry_detail.timed), a verb asked
of an entry's compound noun (compound_parts.py), a compound whose last part is a thing the entry does not hold
(absent.py); on the dev set written before the code and on sentences that are not in it."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import absent
from bot.answering.compound_parts import Parts
from bot.answering.engine import Engine
from bot.answering.passage_index import stem
from tests.scored import asked, assert_case, assert_shapes, dev_params, dev_set

DEV = dev_set("detail18_dev18.yaml")


def test_the_dev_set_is_the_class() -> None:
    assert_shapes(DEV, {"when": 10, "where": 6, "often": 9, "law": 5, "absent": 5, "parts": 6, "en": 7})


# Still missed: an English "where … meet" read as the purpose; "polishästar" read as the police (a cue word's
# prefix); the nearest subject after "fartkameror" is not the cameras the entry names; "mala" lower-case with no
# question mark is no kommun ("blir det skolvakter?" passes the scorer since a missing period is said with
# "framgår inte av källan", but says nothing of skolvakter: held below as the miss it is); "hundsök" (a last part of three letters) and "föräldrastödsgrupper" (a linking
# letter inside the asked "stödgrupper") are not met through their parts.
@pytest.mark.parametrize("case", dev_params(DEV, known_misses=(
    "Pajala police meet", "polishästar", "fartkameror", "foraldrakurser", "hundar i Älvsbyns", "stödgrupper")))
def test_the_dev_set_holds(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)


@pytest.mark.parametrize("text, wanted", [
    ("Kommer polisen i Gällivare att fotpatrullera i centralorten?", "fotpatrullering"),
    ("när jobbar polisen mot inbrotten i fagersta?", "kvällstid"),
])
def test_a_question_read_as_a_limit_or_a_concern_is_answered_from_the_entry(bundled: Engine, text: str,
                                                                            wanted: str) -> None:
    answer = asked(bundled, [text])
    assert wanted in answer.text and "Det finns inte i det jag vet" not in answer.text


def test_a_limit_the_entry_holds_nothing_of_stays_a_limit(bundled: Engine) -> None:
    answer = asked(bundled, ["Kommer det bli tryggare i Gällivare nästa år?"])
    assert "fotpatrullering" not in answer.text


def test_a_compound_of_a_thing_is_not_carried_by_its_first_part() -> None:
    held = frozenset((stem("narkotika"), stem("kamerabevakning"), stem("polis"), stem("stölder")))
    assert not absent.carried(["narkotikahundar"], held, held)  # dogs, of an entry on drugs
    assert absent.carried(["narkotikaspaning"], held, held)  # an act done on drugs
    assert absent.carried(["narkotikaarbete"], held, held)  # work on drugs
    assert absent.carried(["cykelstölder"], held, held)  # its last part is the entry's
    assert absent.part_held("drönarkameror".replace("ö", "o"), held)  # not carried, but its cameras are held


def test_a_verb_meets_the_entrys_compound_noun_words_apart() -> None:
    words = ("fotpatrullering", "patrullering", "fot", "fordonskontroller", "kontroller", "fordon")
    parts = Parts(words, stem, frozenset(stem(w) for w in words))
    assert stem("fotpatrullering") in parts.expanded(["patrullerar", "polisen", "fots"])
    assert stem("fordonskontroller") in parts.expanded(["kontrollerade", "fordon"])
    assert stem("fordonskontroller") not in parts.expanded(["kontrollerade", "a", "b", "c", "fordon"])


@pytest.mark.xfail(strict=True, reason="still a miss in substance: the case passes the scorer only by the overview's "
                                       "'perioden framgår inte av källan', not by saying skolvakter are not mentioned")
def test_school_guards_are_said_not_to_be_mentioned(bundled: Engine) -> None:
    text = asked(bundled, ["Blir det skolvakter i Kungälv?"]).text
    assert "skolvakter" in text.lower()
