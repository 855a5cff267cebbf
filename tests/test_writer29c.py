"""Round twenty-nine's dev set from a stranger: a third writer (C), given the same prompt as the round's blind writer
of detail, several questions and places, wrote it from the knowledge files alone; the session develops on it, never on
the round's blind set. Every case holds but the known misses below, each a strict xfail so that a fix shows as an
XPASS."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering.engine import Engine
from tests.scored import assert_case, dev_params, dev_set

DETAIL = dev_set("writer29c_detail_dev29.yaml")
MULTI = dev_set("writer29c_multi_dev29.yaml")
PLACES = dev_set("writer29c_places_dev29.yaml")

DETAIL_MISSES = ("min pappa bor i ljusdal och undrar", "Vad står SIP för i det gotländska", "Boxholm 2018-2019, var skulle",
                 "Why were there no in-person dialog", "When did the residents' dialogue", "orsa har en ny samverkans")
MULTI_MISSES = ("Vilka undertecknade Vingåkers", "Ekerö 2021 – vilka problem", "Which municipalities are covered b",
                "Norsjö: hur länge gäller löftet", "Vad skiljer medborgarlöftena 2024", "Vilka poliser skrev under löftena",
                "Danderyd och Vaxholm har båda")
# "Vad har polisen lovat i Habo?" expects both Habo and Håbo named; issue #31 says the exact spelling wins (Habo in
# Jönköpings län), so it stays a miss by design.
PLACES_MISSES = ("How safe do people feel in Barsebä", "My summer house is in Ellös", "Lönsboda – är det tryggare",
                 "Vad har polisen lovat i Habo?", "Habo vid Vättern", "polisnärvaro i Gustafs")


@pytest.mark.parametrize("case", dev_params(DETAIL, known_misses=DETAIL_MISSES))
def test_detail(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)


@pytest.mark.parametrize("case", dev_params(MULTI, known_misses=MULTI_MISSES))
def test_multi(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)


@pytest.mark.parametrize("case", dev_params(PLACES, known_misses=PLACES_MISSES))
def test_places(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)
