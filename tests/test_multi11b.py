"""Round eleven (branch multi11b): two or three asks in one message, each answered, where one used to be
dropped. "för kommunens räkning" is no request to rank the kommuner; "vad lovar de invånarna?" asks what
they promise, not the purpose; an aspect named alone after a kommun's heading ("Vadstena: period + vem
skrev under") is an ask of its own; "vilka år gäller" asks the period; a figure an area's title holds
("Minst tre medborgarmöten … per år") answers "hur många … per år"."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import clauses
from bot.answering.engine import Conversation, Engine
from tests.scored import assert_case, dev_set

# Our own dev set (tests/fixtures/multi_dev11b.yaml), in the scorer's format.
DEV = dev_set("multi_dev11b.yaml")

# Still answered otherwise (the report names them): kept here so a fix shows up as an XPASS.
OPEN: set[str] = set()  # answered now: a question that names an agreement is asked of it (place_asks.py)


def test_the_dev_set_is_the_class() -> None:
    tags = [set(case["tags"]) for case in DEV]
    assert len(DEV) >= 45
    assert sum("en" in t for t in tags) >= 6
    for shape in ("period_signer", "people_promise", "signed_areas", "period_figure", "renewal_priority", "opening"):
        assert sum(shape in t for t in tags) >= 3, shape


@pytest.mark.parametrize("case", [pytest.param(c, marks=pytest.mark.xfail(strict=True)) if c["q"] in OPEN else c
                                  for c in DEV], ids=[c["q"][:60] for c in DEV])
def test_the_dev_set_holds(bundled: Engine, case: dict[str, Any]) -> None:
    assert_case(bundled, case)


@pytest.mark.parametrize("message", [
    "vem skrev under för kommunens räkning i Heby?",
    "Heby: vilken period gällde medborgarlöftet, och vem skrev under för kommunens räkning?",
])
def test_on_the_kommuns_behalf_is_no_ranking(bundled: Engine, message: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert answer.topic != "ranking" and answer.municipality == "heby" and "Marie Wilen" in answer.text


def test_what_they_promise_the_residents_is_the_promises(bundled: Engine) -> None:
    assert bundled.read("vad lovar de invånarna?").topic == "focus"
    text = bundled.answer("Heby 2024: vilka skrev under och vad lovar de invånarna?", Conversation()).text
    assert text.index("Marie Wilen") < text.index("Medborgardialoger")


@pytest.mark.parametrize("message, expected", [
    ("Vadstena: period + vem skrev under", ["Vadstena: period", "vem skrev under"]),
    ("period och vem skrev under i Timrå?", ["period", "vem skrev under i Timrå?"]),
    # a story before the question, or words that are no aspect, still go with the question after them
    ("Jag bor i Lund, vad gör de?", ["Jag bor i Lund vad gör de?"]),
    ("Mycket trafik, vad gör ni?", ["Mycket trafik vad gör ni?"]),
])
def test_an_aspect_named_alone_is_an_ask(message: str, expected: list[str]) -> None:
    assert clauses.split(message) == expected


def test_an_aspect_named_alone_is_answered_beside_the_next_ask(bundled: Engine) -> None:
    text = bundled.answer("Vadstena: period + vem skrev under", Conversation()).text
    assert "2024–2025" in text and "Peter Karlsson" in text


def test_which_years_asks_the_period(bundled: Engine) -> None:
    assert bundled.read("Kalix: vilka år gäller löftet").topic == "period"


def test_a_figure_in_an_areas_title_answers_how_many(bundled: Engine) -> None:
    answer = bundled.answer("Hur många medborgarmöten per år lovar Piteå?", Conversation())
    assert answer.text.startswith("Minst tre medborgarmöten i offentlig miljö per år")


def test_by_whom_made_whole_is_no_claim_of_a_signer(bundled: Engine) -> None:
    # "när skrevs det under, av vem" is read as "skrevs det under av vem": who signed is asked, not denied
    text = bundled.answer("2023 Markaryd: när skrevs det under, av vem och vad är fokus?", Conversation()).text
    assert not text.startswith("Nej") and "Bengt Germundsson" in text and "Narkotika" in text
    assert bundled.answer("Markaryds avtal undertecknades väl av kungen?", Conversation()).text.startswith("Nej")


def test_what_was_promised_in_the_passive_is_the_promises(bundled: Engine) -> None:
    text = bundled.answer("Hjo 2022 – vilka skrev på och vad lovades?", Conversation()).text
    assert "Catrin Hulmarker" in text and "Fokusområden" in text
