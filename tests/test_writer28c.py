"""Round twenty-eight's dev set from a stranger: a third writer (C), given the same prompt as the round's blind writer
of detail, several questions and places, wrote it from the knowledge files alone; the session develops on it, never on
the round's blind set. Every case holds but the known misses below, each a strict xfail so that a fix shows as an
XPASS."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering.engine import Engine
from tests.scored import assert_case, dev_params, dev_set

DETAIL = dev_set("writer28c_detail_dev28.yaml")
MULTI = dev_set("writer28c_multi_dev28.yaml")
PLACES = dev_set("writer28c_places_dev28.yaml")

DETAIL_MISSES = ("Sala har föräldramöten", "Who developed that method", "Vilken narkotika nämns i Kalmars",
                 "vilket parti har kent hansson", "Exakt vilket datum skrev Vännäs")
MULTI_MISSES = ("Vad ansågs viktigast i Sundsvalls", "Täby 2023–2024 – vem skrev under", "Nacka police area 2022",
                "Hur lång är Höörs strategiska", "Gotland – vem skrev under den nya", "Hagfors och Munkfors")
PLACES_MISSES = ("Knäred pekades ut",)


@pytest.mark.parametrize("case", dev_params(DETAIL, known_misses=DETAIL_MISSES))
def test_detail(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)


@pytest.mark.parametrize("case", dev_params(MULTI, known_misses=MULTI_MISSES))
def test_multi(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)


@pytest.mark.parametrize("case", dev_params(PLACES, known_misses=PLACES_MISSES))
def test_places(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)
