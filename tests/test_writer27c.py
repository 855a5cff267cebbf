"""Round twenty-seven's dev set from a stranger: a third writer (C), given the same prompt as the round's blind writer
of detail, several questions and places, wrote it from the knowledge files alone; the session develops on it, never on
the round's blind set. Every case holds but the known misses below, each a strict xfail so that a fix shows as an
XPASS."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering.engine import Engine
from tests.scored import assert_case, dev_params, dev_set

DETAIL = dev_set("writer27c_detail_dev27.yaml")
MULTI = dev_set("writer27c_multi_dev27.yaml")
PLACES = dev_set("writer27c_places_dev27.yaml")

DETAIL_MISSES = ("uppvidinge mäter droger", "Sedan när har Varberg", "hur snabbt hör polisen av sig")
MULTI_MISSES = ("vem skrev under täbys medborgarlöften 2023", "borgholm – hur ser brottsligheten",
                "Höör: who signed in May 2020", "Filipstad: var patrullerar")
PLACES_MISSES = ("Nossebro – vad vill folk", "around Järntorget")


@pytest.mark.parametrize("case", dev_params(DETAIL, known_misses=DETAIL_MISSES))
def test_detail(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)


@pytest.mark.parametrize("case", dev_params(MULTI, known_misses=MULTI_MISSES))
def test_multi(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)


@pytest.mark.parametrize("case", dev_params(PLACES, known_misses=PLACES_MISSES))
def test_places(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)
