"""Read the whole question: comparisons across municipalities, and cue words in their context."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.answering.engine import Engine
from bot.answering.knowledge import Knowledge


@pytest.fixture()
def knowledge(seeded_knowledge: Knowledge) -> Knowledge:
    """This module tests the rules on the five seed municipalities as first written."""
    return seeded_knowledge


@pytest.mark.parametrize("message", [
    "Vad ska kommunen i Sölvesborg bidra med i samarbetet?",
    "Får invånarna vara med och tycka till om vad avtalet i Kävlinge ska handla om?",
    "What will the municipality contribute in Vellinge?",
    "Kan man påverka vad polisen fokuserar på i Burlöv?",
])
def test_contribute_and_have_a_say_are_questions_not_concerns(engine: Engine, message: str) -> None:
    answer = engine.answer(message)
    assert answer.topic != "feedback" and answer.answered and answer.municipality is not None


@pytest.mark.parametrize("message", [
    "Jag vill tycka till om tryggheten i mitt område", "How do I send a suggestion?",
    "Jag har ett förslag om belysningen i parken", "Det känns otryggt vid busstationen på kvällarna",
])
def test_a_wish_to_report_still_starts_a_concern(engine: Engine, message: str) -> None:
    assert engine.answer(message).topic == "feedback"


@pytest.mark.parametrize(("message", "first"), [
    ("Vilken kommun har haft sitt avtal längst?", "Sölvesborg har längst period"),
    ("Which municipality has the longest agreement?", "Sölvesborg has the longest period"),
    ("Vilken kommun har det nyaste avtalet?", "Kävlinge har det nyaste avtalet"),
    ("Vilken kommun har det äldsta avtalet?", "Växjö har det äldsta avtalet"),
    ("Which municipality has the oldest agreement?", "Växjö has the oldest agreement"),
    ("Vilket avtal är kortast?", "har kortast period"),
])
def test_superlatives_across_the_agreements(seeded_knowledge: Knowledge, message: str, first: str) -> None:
    answer = Engine(seeded_knowledge, today=dt.date(2026, 11, 23)).answer(message)
    assert answer.topic == "compare" and first in answer.text.split("\n")[0], answer.text[:120]
    assert "Källa:" in answer.text or "Source:" in answer.text


@pytest.mark.parametrize("message", ["Vilka lokalpolisområden samarbetar de fem kommunerna med?",
                                     "Which police areas do the municipalities work with?"])
def test_police_areas_of_all(engine: Engine, message: str) -> None:
    answer = engine.answer(message)
    assert answer.topic == "compare"
    for area in ("Trelleborg", "Kävlinge", "Karlshamn", "Växjö"):
        assert area in answer.text


@pytest.mark.parametrize(("message", "names"), [
    ("Jämför Vellinge och Kävlinge", ("Vellinge:", "Kävlinge:", "Trelleborg", "Trygga unga")),
    ("Compare Burlöv and Växjö", ("Burlöv:", "Växjö:", "has ended")),
    ("Vad är skillnaden mellan Sölvesborg och Vellinge?", ("Sölvesborg:", "Vellinge:", "Karlshamn")),
])
def test_side_by_side(engine: Engine, message: str, names: tuple[str, ...]) -> None:
    answer = engine.answer(message)
    assert answer.topic == "compare"
    for name in names:
        assert name in answer.text


def test_shared_focus_areas(engine: Engine) -> None:
    answer = engine.answer("Vilka kommuner har samma fokusområden?")
    assert answer.topic == "compare" and answer.text.count("•") >= 1


@pytest.mark.parametrize("message", ["Vilken kommun har haft sitt avtal längst?",
                                     "Vilka kommuner nämner fem?", "Vilka kommuner arbetar mellan?"])
def test_never_names_a_filler_word_as_missing(engine: Engine, message: str) -> None:
    text = engine.answer(message).text
    for filler in ("nämner haft", "nämner langst", "nämner längst", "nämner fem", "nämner mellan"):
        assert filler not in text
