"""Round twenty-one's several questions in one message: what else besides the areas named (aspect_shapes.py), the
kommuner a named kommun's agreement covers (shared_agreements.py), a survey's count beside another question
(engine.py, refusals.py), measures asked by "lovar" (aspect_shapes.py), "eller nej" taking a kommun back
(corrections.py); on the dev set written before the code and on the entries' own facts."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import aspect_shapes, refusals
from bot.answering.engine import Engine
from bot.text import tokens
from tests.scored import asked, assert_case, assert_shapes, dev_params, dev_set

DEV = dev_set("multi21_dev21.yaml")


def _norm(text: str) -> str:
    return " ".join(tokens(text))


def test_the_dev_set_is_the_class() -> None:
    assert_shapes(DEV, {"list": 8, "besides": 8, "figure": 8, "wish": 8, "implied": 8, "en": 7})


@pytest.mark.parametrize("case", dev_params(DEV))
def test_the_dev_set_holds(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)


@pytest.mark.parametrize("text, left", [
    ("vilka andra saker än trafiken tar löftet upp", {"trafiken"}),
    ("bortsett från klottret, vad handlar det om", {"klottret"}),
    ("which other areas besides littering and noise", {"littering", "noise"}),
    ("vad mer än skolan och fritidsgården nämns", {"skolan", "fritidsgarden"}),
])
def test_a_clause_that_names_what_it_leaves_out_asks_for_the_rest(text: str, left: set[str]) -> None:
    norm = _norm(text)
    assert aspect_shapes.asks_the_rest(norm)
    assert left <= aspect_shapes.left_out(norm)
    assert aspect_shapes.weighed(norm, {})["focus"] >= aspect_shapes.SHAPE_SCORE


@pytest.mark.parametrize("text", ["förutom att jag är orolig, vad kan jag göra", "vem mer än ordföranden skrev under",
                                  "vad gör polisen utanför centrum", "what do they do outside the town"])
def test_a_deed_a_person_or_a_place_is_no_rest_asked(text: str) -> None:
    assert not aspect_shapes.asks_the_rest(_norm(text))


def test_the_rest_is_the_areas_not_named(bundled: Engine) -> None:
    kiruna = bundled.knowledge.municipalities["kiruna"]
    areas = [a for g in kiruna.agreements for a in g.areas if a.kind == "focus_area"]
    answer = asked(bundled, ["Bortsett från alkohol och droger, vilka andra områden har Kiruna?"])
    assert answer.municipality == "kiruna"
    assert all(a.title in answer.text for a in areas if "droger" not in a.title)


def test_the_kommuner_of_a_police_areas_joint_agreement_are_listed(bundled: Engine) -> None:
    answer = asked(bundled, ["Vilka kommuner omfattas av Lessebos samverkansöverenskommelse?"])
    assert answer.municipality == "lessebo" and "288" not in answer.text
    assert all(name in answer.text for name in ("Emmaboda", "Nybro", "Tingsryd", "Torsås", "Uppvidinge"))
    assert "nämner ingen annan kommun" not in answer.text


def test_a_survey_count_is_the_entrys_figure_but_names_are_not() -> None:
    assert refusals.asks_a_survey_count("Hur många svarade på enkäten i Ljusdal?")
    assert refusals.asks_a_survey_count("how many people answered the survey")
    assert not refusals.asks_a_survey_count("hur många har klagat på grannen?")


def test_a_survey_count_beside_what_people_wished_is_answered(bundled: Engine) -> None:
    answer = asked(bundled, ["Ljusdal: how many answered the survey and what did people want?"])
    assert answer.municipality == "ljusdal" and "420" in answer.text


def test_who_answered_beside_a_count_stays_refused(bundled: Engine) -> None:
    answer = asked(bundled, ["Hur många svarade på enkäten i Ljusdal, och vad heter de som svarade?"])
    assert answer.topic == "refused"


def test_promised_measures_are_the_commitments(bundled: Engine) -> None:
    answer = asked(bundled, ["Vilka insatser lovade Borås för centrum 2022?"])
    assert answer.municipality == "boras" and "polisnärvaro i centrum" in answer.text


@pytest.mark.parametrize("text, meant", [("Vem skrev under i Sunne, eller nej, Ockelbo. Och när?", "ockelbo"),
                                         ("Who signed in Hjo, or no, Markaryd?", "markaryd")])
def test_eller_nej_answers_of_the_kommun_meant(bundled: Engine, text: str, meant: str) -> None:
    assert asked(bundled, [text]).municipality == meant
