"""Round twenty-nine's mends, each a class: a survey's count asked in a relative's name is the entry's figure, not
the relative's answers; a county of one kommun named (Gotlands län, "det gotländska löftet") is that kommun; an
everyday-word name owning "en ny samverkansöverenskommelse" is the kommun; "vilka poliser skrev under?" asks the
signers; "X och Y har båda löften – vad lovar de?" asks each one's, not what they share; where the focus areas
come from asks what they build on."""
from __future__ import annotations

import pytest

from bot.answering.engine import Engine
from tests.scored import asked
from tests.scored import text_and_kommun as _last


@pytest.mark.parametrize("message", [
    "min pappa bor i ljusdal och undrar hur många som svarade på enkäten",
    "My mum lives in Ljusdal and wonders how many residents answered the survey",
    "Min syster i Ljusdal vill veta hur många invånare som svarade på enkäten innan löftet",
])
def test_a_survey_count_asked_for_a_relative_is_the_entrys_figure(bundled: Engine, message: str) -> None:
    text, municipality = _last(bundled, message)
    assert municipality == "ljusdal" and "420" in text


def test_how_a_relative_answered_is_still_refused(bundled: Engine) -> None:
    answer = asked(bundled, ["hur svarade min pappa på enkäten i Ljusdal?"])
    assert answer.topic == "refused"


@pytest.mark.parametrize("message", [
    "vilka skrev under det gotländska avtalet?",
    "Vem skrev under överenskommelsen i Gotlands län?",
    "who signed the agreement in Gotland County?",
])
def test_a_county_of_one_kommun_is_that_kommun(bundled: Engine, message: str) -> None:
    text, municipality = _last(bundled, message)
    assert municipality == "gotland" and "Fredrik Persson" in text


def test_a_county_of_several_kommuner_stays_a_filter(bundled: Engine) -> None:
    answer = asked(bundled, ["vilka kommuner i Skåne har avtal?"])
    assert answer.municipality is None and "Lund" in answer.text


@pytest.mark.parametrize("message", [
    "orsa har en ny samverkansöverenskommelse, när går den ut?",
    "orsa har ett nytt avtal, vilka skrev under?",
])
def test_an_everyday_word_owning_a_new_agreement_is_the_kommun(bundled: Engine, message: str) -> None:
    _, municipality = _last(bundled, message)
    assert municipality == "orsa"


@pytest.mark.parametrize("message", [
    "Vilka poliser skrev under löftet i Timrå?",
    "Vilken polis har skrivit under i Timrå?",
    "Which police officers signed the promise in Timrå?",
])
def test_which_police_signed_asks_the_signers(bundled: Engine, message: str) -> None:
    text, municipality = _last(bundled, message)
    assert municipality == "timra" and "Andreas Bergström" in text


def test_the_signing_day_asked_of_the_police_stays_the_period(bundled: Engine) -> None:
    answer = asked(bundled, ["vilken dag skrev polisen under i Kil?"])
    assert answer.topic == "period"


@pytest.mark.parametrize("message", [
    "Danderyd och Vaxholm har båda löften 2023–2026 – vad lovar de?",
    "Danderyd and Vaxholm both have promises, what do they promise?",
])
def test_what_both_have_told_asks_each_ones(bundled: Engine, message: str) -> None:
    text, _ = _last(bundled, message)
    assert "Danderyd" in text and "Vaxholm" in text and ("våld i nära relation" in text or "violence" in text)


def test_what_both_share_is_still_compared(bundled: Engine) -> None:
    answer = asked(bundled, ["Har Danderyd och Vaxholm båda samma fokus?"])
    assert answer.topic == "compare"


@pytest.mark.parametrize("message", [
    "var kommer fokusområdena ifrån i Norsjö?",
    "Norsjö: hur länge gäller löftet och var kommer fokusområdena ifrån?",
])
def test_where_the_focus_areas_come_from_is_their_basis(bundled: Engine, message: str) -> None:
    text, municipality = _last(bundled, message)
    assert municipality == "norsjo" and "webbenkät" in text


def test_where_the_information_comes_from_is_the_source(bundled: Engine) -> None:
    answer = asked(bundled, ["var kommer informationen om Norsjö ifrån?"])
    assert answer.topic == "source"
