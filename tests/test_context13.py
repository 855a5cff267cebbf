"""Round thirteen's follow-ups of something the last answer named (bot/answering/of_the_last.py): what
is new in the agreement, the place of that year's agreement, that thing named, how a topic is
measured, a scope asked. Expectations are read from the bundled entries where they are facts."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering.engine import Engine
from tests.scored import asked, assert_case, dev_set

# Our own dev set in the scorer's format; a case tagged "open" is a miss reported, not fixed (two English
# scope questions the intent model reads as an accident: the danger net is left as it is).
DEV = [case for case in dev_set("context_dev13.yaml") if "open" not in case.get("tags", ())]


@pytest.mark.parametrize("case", DEV, ids=[" / ".join(case["turns"])[:60] for case in DEV])
def test_the_dev_set_holds(bundled: Engine, case: dict[str, Any]) -> None:
    assert_case(bundled, case)


def test_what_is_new_quotes_the_entrys_own_sentence(bundled: Engine) -> None:
    lund = bundled.knowledge.municipalities["lund"].agreements[0]
    answer = asked(bundled, ["Vad har Lund för samverkansavtal?", "vad är nytt i den?"])
    assert answer.municipality == "lund"
    assert " ".join(lund.basis.split()) in answer.text


@pytest.mark.parametrize("turns", [["vad lovar kävlinge", "vad är nytt i den?"],
                                   ["What does Kävlinge focus on?", "what's new in it?"]])
def test_what_is_new_without_a_sentence_says_the_source_does_not_say(bundled: Engine, turns: list[str]) -> None:
    answer = asked(bundled, turns)
    assert answer.municipality == "kavlinge"
    assert "nämns inte" in answer.text or "not mentioned" in answer.text


@pytest.mark.parametrize("first, place, other", [
    ("Vad lovade Borås 2022?", "centrum", "Sjöbo"),
    ("vad lovade boras 2024", "Sjöbo", "Hässleholmen"),
    ("Borås samverkansavtal 2021-2023, vad tar det upp?", "Hässleholmen", "Sjöbo"),
])
def test_the_place_is_that_years_agreements(bundled: Engine, first: str, place: str, other: str) -> None:
    answer = asked(bundled, [first, "vilket område handlar det om?"])
    assert answer.municipality == "boras"
    assert place in answer.text and other not in answer.text


@pytest.mark.parametrize("turns, kommun, held", [
    (["vad gör arvidsjaur mot otrygga platser", "vad är den där e-tjänsten?"], "arvidsjaur", "e-tjänst"),
    (["Hur följs arbetet upp i Arvidsjaur?", "vad är det där rådet?"], "arvidsjaur", "trygghetsrådet"),
    (["What does Vallentuna promise?", "what is that app?"], "vallentuna", "Tryggt och Snyggt"),
])
def test_that_thing_is_the_entrys_sentence_never_the_bots_introduction(bundled: Engine, turns: list[str],
                                                                      kommun: str, held: str) -> None:
    answer = asked(bundled, turns)
    assert answer.municipality == kommun and held in answer.text
    assert "Trygghetsboten" not in answer.text


def test_a_council_is_not_found_in_omraden_or_a_title(bundled: Engine) -> None:
    answer = asked(bundled, ["Hur följs arbetet upp i Arvidsjaur?", "vad är det där rådet?"])
    assert "grannsamverkansområden" not in answer.text and "Sara Lundberg" not in answer.text  # the signing names "kommunalrådet"


@pytest.mark.parametrize("turns, kommun, held", [
    (["Vad gör Uppvidinge mot droger?", "hur följer de upp det?"], "uppvidinge", "avloppsvattnet"),
    (["What does Norberg do about drugs?", "how do they measure it?"], "norberg", "Wastewater"),
    (["Vad gör Sölvesborg för trafiken?", "hur mäter de det?"], "solvesborg", "mätinstrument"),
])
def test_how_a_topic_is_measured_comes_before_the_general_follow_up(bundled: Engine, turns: list[str],
                                                                     kommun: str, held: str) -> None:
    answer = asked(bundled, turns)
    muni = bundled.knowledge.municipalities[kommun]
    assert answer.municipality == kommun and held in answer.text
    for item in muni.follow_up:  # the general follow-up after the topic's own sentence
        text = item.text if answer.language == "sv" else item.text_en
        assert answer.text.index(held) < answer.text.index(text)


def test_a_scope_asked_of_a_place_in_the_kommun_quotes_the_area(bundled: Engine) -> None:
    answer = asked(bundled, ["vad lovar tanum", "gäller det bara i Grebbestad?"])
    assert answer.municipality == "tanum"
    assert "flera platser i kommunen" in answer.text


def test_a_year_names_the_agreement_the_conversation_is_about(bundled: Engine) -> None:
    answer = asked(bundled, ["Vad lovade Borås 2022?", "när går det ut?"])
    assert "2023" in answer.text
