"""Round twenty's not-now class (notnow20): a break-in found afterwards told with a verbless first clause (a scene,
bot/answering/done_clauses.py), something gone beside a door forced (danger.py), someone else's situation in a close
relationship told by a relative or friend (not_now.done_to_one_of_theirs), a tenancy matter of one's own in strong
words; danger now keeps 112 first. On the dev set written before the code and on other examples."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import danger
from bot.answering.done_clauses import told_done
from bot.answering.engine import Engine
from bot.answering.not_now import done_to_one_of_theirs
from bot.text import fold
from tests.scored import asked, assert_case, assert_shapes, dev_params, dev_set

DEV = dev_set("notnow20_dev20.yaml")


def test_the_dev_set_is_the_class() -> None:
    assert_shapes(DEV, {"found": 10, "still": 4, "third": 8, "area": 6, "worry": 6, "now": 5, "bot": 3, "en": 8},
                  total=50)


# (A father feared to hit the mother again, with no child named, no longer gets Bris: helplines26.)
@pytest.mark.parametrize("case", dev_params(DEV))
def test_the_dev_set_holds(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)


def _norm(text: str) -> str:
    return " ".join(fold(text).replace(",", " ").replace(".", " ").replace("?", " ").replace(":", " ").split())


@pytest.mark.parametrize("text", [
    "Nyss tillbaka från Åre, entrédörren uppbänd och stereon borta",
    "after a week away: the shed door forced and the mower gone",
    "väl hemma efter julen, förrådet uppbrutet och skidorna försvunna",
])
def test_a_scene_before_the_signs_keeps_the_story_done(text: str) -> None:
    assert told_done(text, _norm(text))


@pytest.mark.parametrize("text", [
    "hemma igen, dörren uppbruten och någon går omkring där inne nu",
    "tillbaka från affären, dörren uppbruten, mamma ligger på golvet",
])
def test_a_scene_does_not_hide_now_or_a_person(text: str) -> None:
    assert not told_done(text, _norm(text))


def test_something_gone_beside_a_door_forced_is_a_thing_but_a_person_gone_is_not() -> None:
    thing = _norm("hemkomna, altandörren uppbruten och högtalarna borta")
    person = _norm("hemkomna, altandörren uppbruten och min son är borta")
    assert danger.assess(thing, thing.split()) in (None, danger.Danger("past", danger.THING))
    assert danger.assess(person, person.split()) != danger.Danger("past", danger.THING)


@pytest.mark.parametrize("text, theirs", [
    ("min faster bor ihop med en karl som slår henne", True),
    ("min faster är gift med en man som slår henne", True),
    ("my aunt's husband hits her and takes her money", True),
    ("min syster är ihop med en kille som hotar henne just nu", False),  # now: 112
    ("min bror är gift med en som slår mig", False),  # done to the resident
    ("kompisens pappa slår henne", False),  # no close relationship: a child's situation
])
def test_a_relatives_situation_in_a_close_relationship(text: str, theirs: bool) -> None:
    assert done_to_one_of_theirs(_norm(text)) is theirs


def test_a_relatives_situation_gets_kvinnofridslinjen_not_the_emergency_opening(bundled: Engine) -> None:
    answer = asked(bundled, ["min faster är gift med en man som slår henne när han druckit"])
    assert "Kvinnofridslinjen" in answer.text and "112" not in fold(answer.text)[:60]


def test_now_keeps_112_first_for_a_relative(bundled: Engine) -> None:
    answer = asked(bundled, ["min faster ringde, hennes man slår henne just nu"])
    assert "112" in answer.text[:120]


def test_a_person_gone_after_coming_home_stays_an_emergency(bundled: Engine) -> None:
    answer = asked(bundled, ["kom hem, dörren uppbruten och min dotter är borta"])
    assert "112" in answer.text[:120]
