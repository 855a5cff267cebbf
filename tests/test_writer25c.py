"""Round twenty-five's dev set from a stranger: a third writer (C), given the same prompt as the round's blind writer
of detail, several questions and places, wrote it from the knowledge files alone; the session developed on it (a why
of something not done, "var" before a verb, the day of a signing with the agreement named at length, two kommuner
that both lie in a police area, a kommun named twice in a clause, "the region", having just moved). Every case holds
but the known misses below, each a strict xfail so that a fix shows as an XPASS."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering.engine import Engine
from tests.scored import assert_case, dev_params, dev_set

DETAIL = dev_set("writer25c_detail_dev25.yaml")
MULTI = dev_set("writer25c_multi_dev25.yaml")
PLACES = dev_set("writer25c_places_dev25.yaml")

# Left (the session's closing note says why): "wastewater" asked as "mäter droger", the time of day of a signing, which
# districts are pointed out where the entry names none. (A count the entry lacks asked of a group, "hur många
# ungdomar nås", is said not mentioned since slots28: slot_asks.py.)
DETAIL_MISSES = ("uppvidinge mäter droger",
                 "vilken tid skrevs Hyltes", "Vilka bostadsområden i Hudiksvall")
# Vehicles as a category the entry names instances of, a period asked "hur länge" given as its dates (not "3 månader"), the promise's commitments asked as "vad gör man", since when a like agreement existed, the
# kommuner signed beside in another year, a shared method of two kommuner, "which threats", crime types that are to
# "upphöra" read as the period.
MULTI_MISSES = ("vilka fordon nämns", "vad gör man för att öka tryggheten",
                "since when has a similar", "which threats are one",
                "vilka två brottstyper ska upphöra", "vilka kommuner skrev under samtidigt 2023",
                "Vilken metod nämner båda", "löftet om Hammarskolan, och vilka kommuner")
# Habo spelled as the entry's own name (the exact spelling wins, so no question of which), a district's own figure.
PLACES_MISSES = ("What has Habo agreed",)


@pytest.mark.parametrize("case", dev_params(DETAIL, known_misses=DETAIL_MISSES))
def test_detail(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)


@pytest.mark.parametrize("case", dev_params(MULTI, known_misses=MULTI_MISSES))
def test_multi(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)


@pytest.mark.parametrize("case", dev_params(PLACES, known_misses=PLACES_MISSES))
def test_places(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)
