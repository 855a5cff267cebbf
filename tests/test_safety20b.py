"""Round twenty's second wave, safety: messages that are not danger now but got 112 first or the wrong help, and
asks for a private person's data (bot/answering/person_asked.py, danger_when.py's LASTING, bot_asks.py's
asks_what_it_is, the suicide line without the emergency opening), on the dev set written before the code and on examples of
the rules that are not in it."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import bot_asks, danger_when, life_areas, person_asked
from bot.answering.engine import Engine
from bot.text import fold
from tests.scored import asked, assert_case, assert_shapes, dev_params, dev_set

DEV = dev_set("safety20b_dev.yaml")


def test_the_dev_set_is_the_class() -> None:
    assert_shapes(DEV, {"own_en": 3, "register": 3, "child_ill": 3, "thoughts": 3, "bullied": 3, "what_bot": 3,
                        "stored_name": 3, "debt": 3, "work": 3, "now": 4, "en": 5}, total=30)


# Still missed: a child who vomits since lunch ("kräks" is an emergency's state whenever it is told: kept 112).
@pytest.mark.parametrize("case", dev_params(DEV, known_misses=("lillkillen kräks",)))
def test_the_dev_set_holds(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)


def _norm(text: str) -> str:
    return " ".join(fold(text).replace("?", " ").replace(",", " ").replace(".", " ").split())


@pytest.mark.parametrize("text", [
    "Har tjejen på Björkvägen 7 något i polisens register?",
    "what's the address of Karin Ek? she never paid me back",
    "vet du var familjen på nedervåningen bor nu när de flyttat, de är skyldiga mig hyra",
    "is my neighbour known to the police? he has so many visitors at night",
])
def test_another_persons_address_or_record_is_asked(text: str) -> None:
    assert person_asked.asked(_norm(text), text)


@pytest.mark.parametrize("text", [
    "Kan jag bli dömd om jag tar tillbaka min cykel från tjuven?",
    "finns jag själv i belastningsregistret?",
    "Someone wrote online that they know where I live",
    "skicka polisen till adressen Storgatan 4, det är bråk",
    "vad är adressen till polisstationen?",
])
def test_ones_own_record_a_consequence_or_an_address_given_is_not(text: str) -> None:
    assert not person_asked.asked(_norm(text), text)


@pytest.mark.parametrize("text, lasting", [
    ("sonen har hostat och haft feber i två dagar, vart ringer jag?", True),
    ("my little boy has had an earache since last night, who do I call?", True),
    ("hon har haft ont i magen sen i morse och andas konstigt", False),  # breath: not an everyday illness
    ("han har ont i bröstet sedan lunch", False),  # the chest: not an everyday illness
    ("pappa har feber sen igår och nu går han inte att väcka", False),  # an emergency's state says now
])
def test_an_everyday_illness_told_with_how_long_it_has_lasted(text: str, lasting: bool) -> None:
    norm = _norm(text)
    assert (danger_when.not_now(text, norm) == danger_when.LASTING) is lasting


def test_an_illness_that_has_lasted_gets_1177_and_a_state_of_now_keeps_112(bundled: Engine) -> None:
    calm = asked(bundled, ["dottern har haft feber och halsont sedan i söndags, ska vi till vårdcentralen?"])
    assert "1177" in calm.text and "112" not in calm.text[:60]
    now = asked(bundled, ["min son har haft feber sen igår och nu går han inte att väcka"])
    assert "112" in now.text[:60]


@pytest.mark.parametrize("text, asks", [
    ("är det en polis jag pratar med nu?", True),  # the cleft of who is on the other end (safety21 bot_asks)
    ("pratar jag med polisen?", True),
    ("are you the police?", True),
    ("är det polisen som sköter trygghetsvandringarna?", False),
    ("är det kommunen eller polisen som läser synpunkterna?", False),
])
def test_whether_the_police_or_a_person_answers(text: str, asks: bool) -> None:
    assert bot_asks.asks_what_it_is(_norm(text)) is asks


def test_thoughts_without_a_plan_get_the_suicide_line_after_112_and_an_act_near_keeps_112_early(bundled: Engine) -> None:
    thoughts = asked(bundled, ["ibland vill jag inte leva längre, men jag har ingen plan. vem kan jag ringa?"])
    # not the emergency opening, but 112 first among the lines, as mind.se lists them
    assert not thoughts.text.startswith("Är du") and thoughts.text.index("112") < thoughts.text.index("90101")
    act = asked(bundled, ["jag har tabletterna här och tänker ta dem i natt"])
    assert "112" in act.text[:120]


def test_a_benefit_asked_of_leaving_ones_job_is_works_matter() -> None:
    norm = _norm("Får man a-kassa direkt om man säger upp sig själv?")
    assert life_areas.kind(norm, norm.split(), False) == "work"
