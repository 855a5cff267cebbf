"""Round seventeen's not-now class (bot/answering/danger_when.py): danger's words told beside a time that is not
now (said outright, now and then, over with how it ended, asked in general) get the help that fits with no 112
opening; anything that says now keeps 112 first. On the dev set written before the code, and on the rule itself
with examples that are not in it."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import danger_when
from bot.answering.engine import Engine
from bot.text import fold
from tests.scored import asked, assert_case, assert_shapes, dev_params, dev_set

DEV = dev_set("notnow17_dev17.yaml")


def test_the_dev_set_is_the_class() -> None:
    assert_shapes(DEV, {"pain": 6, "swallowed": 6, "heard": 6, "dealt": 6, "place": 6, "general": 3,
                        "emergency": 10, "en": 6})


# Still missed: a neighbour scolding his wife, heard often, gets the neighbours' lines rather than Kvinnofridslinjen.
@pytest.mark.parametrize("case", dev_params(DEV, known_misses=("skäller ut sin fru",)))
def test_the_dev_set_holds(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)


def _when(text: str) -> str:
    return danger_when.not_now(text, " ".join(fold(text).replace(",", " ").replace(".", " ").split()))


@pytest.mark.parametrize("text, reading", [
    ("de grälar inte just nu men jag är orolig för henne", danger_when.NEGATED),
    ("it's all quiet now, but last weekend there was shouting", danger_when.OVER),
    ("de grälar inte nu men det brukar höras på nätterna", danger_when.HABITUAL),
    ("det smäller i trapphuset varannan natt", danger_when.HABITUAL),
    ("my stomach hurts on and off", danger_when.HABITUAL),
    ("hon brände sig på spisen för en timme sen men det har slutat göra ont", danger_when.OVER),
    ("he fell off the swing earlier today and seems fine", danger_when.OVER),
    ("hur vet man om en ormbett är farligt", danger_when.GENERAL),
])
def test_a_time_not_now_is_read_in_words_of_its_shape(text: str, reading: str) -> None:
    assert _when(text) == reading


@pytest.mark.parametrize("text", [
    "han brukar vara snäll men nu slår han henne",  # a habit, then now
    "det brukar vara lugnt men han står utanför dörren",  # someone at the door
    "she drank something earlier and now she won't wake",  # an emergency's state
    "ibland får han kramper, hjälp",  # a plea
    "för en minut sen ramlade pappa",  # a past time with no outcome
    "det brinner inte nu men det luktar rök och hon andas tungt",  # breathing keeps it now
])
def test_anything_that_says_now_keeps_the_danger(text: str) -> None:
    assert _when(text) == ""


@pytest.mark.parametrize("text", [
    "min mage värker till och från sedan i helgen men nu känns det bättre, vart vänder jag mig?",
    "got a sharp pain in my chest a couple of times this week, okay at the moment. should I call someone?",
])
def test_a_body_told_as_not_now_gets_1177_and_no_112_opening(bundled: Engine, text: str) -> None:
    answer = asked(bundled, [text]).text
    assert "1177" in answer and "112" not in answer[:60]


def test_something_swallowed_and_well_gets_giftinformations_less_urgent_line(bundled: Engine) -> None:
    answer = asked(bundled, ["sonen slickade på en tvättmedelskapsel i förmiddags men verkar opåverkad"]).text
    assert "010-456 67 00" in answer and "112" not in answer[:60]


def test_a_group_at_a_place_as_a_habit_is_a_concern_for_the_kommun(bundled: Engine) -> None:
    answer = asked(bundled, ["varje helg står det ett gäng och dricker vid macken, folk går en omväg"]).text
    assert "/synpunkt" in answer and "112" not in answer[:60]


@pytest.mark.parametrize("text", [
    "min pappa har ibland ont i bröstet men nu andas han knappt",
    "grannarna bråkar ofta och just nu hör jag slag och skrik",
    "my kid swallowed a battery a minute ago and is crying and drooling, help",
])
def test_danger_now_beside_a_habit_or_a_past_keeps_112_first(bundled: Engine, text: str) -> None:
    assert "112" in asked(bundled, [text]).text[:120]
