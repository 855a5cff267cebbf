"""Round twenty-three's mends from a new writer's detail set (writer C, a dev set): absence said in the
words readers look for, a period named by its years, a count or a frequency asked of a passage that gives none."""
from __future__ import annotations

import pytest

from bot.answering import how_many
from bot.answering.conversation import Conversation
from bot.answering.engine import Engine


def _ask(engine: Engine, text: str) -> str:
    return engine.answer(text, Conversation()).text


@pytest.mark.parametrize("text", [
    "hur många kameror ska sättas upp vid knutpunkten i falun?",
    "Hur många trafikkontroller lovar polisen i Lessebo?",
])
def test_a_count_the_passage_does_not_give_is_said_not_mentioned_first(bundled: Engine, text: str) -> None:
    first = _ask(bundled, text).split("\n")[0]
    assert first.startswith("Antalet ") and "nämns inte i" in first


def test_a_frequency_the_passage_does_not_give_is_said_not_mentioned_then_the_passage(bundled: Engine) -> None:
    text = _ask(bundled, "Hur ofta ska det göras trygghetsvandringar i Hällefors?")
    assert text.startswith("Hur ofta det ska ske nämns inte i Hällefors överenskommelse.")
    assert "Trygghetsvandringar" in text


def test_english_count_not_given(bundled: Engine) -> None:
    text = _ask(bundled, "How many hours a year will police patrol on foot in central Sundsvall?")
    assert text.startswith("Sundsvall's agreement does not mention how many hours.")


@pytest.mark.parametrize("text", [
    "hur många tillsyner lovade polisen i Jokkmokk?",           # "Minst två gemensamma tillsyner"
    "Hur många gånger skulle polisen vara på plats i Kungälv?",  # "vid 200 tillfällen"
    "Hur ofta skulle polisen besöka boendena för ensamkommande i Sjöbo?",  # "ett besök i månaden"
    "Hur ofta tas Landskronas samverkansöverenskommelse fram?",  # "vartannat år"
    "Vad fokuserar Hylte på? Hur många punkter är det?",          # the list is the count
])
def test_a_count_or_frequency_the_answer_gives_gets_no_note(bundled: Engine, text: str) -> None:
    assert "nämns inte" not in _ask(bundled, text).split("\n")[0]


def test_told_reads_numbers_but_not_dates_years_or_list_numbers() -> None:
    assert how_many.told("count", "Polisen gör ett 80-tal trafikkontroller.")
    assert not how_many.told("count", "1. Trygghet (medborgarlöfte 2023–2026, undertecknat 10 mars 2020)")
    assert how_many.told("often", "Minst två besök i månaden")
    assert not how_many.told("often", "Trygghetsvandringar i offentliga miljöer.")


@pytest.mark.parametrize(("text", "years"), [
    ("kil kommun, vilka år gällde medborgarlöftet?", "2018–2019, från 1 januari 2018 till 31 december 2019"),
    ("When does Kil's promise end?", "2018–2019, from 1 January 2018 until 31 December 2019"),
])
def test_a_period_with_days_is_named_by_its_years_first(bundled: Engine, text: str, years: str) -> None:
    assert years in _ask(bundled, text)


@pytest.mark.parametrize(("text", "line"), [
    ("Vem skrev under Gävles medborgarlöfte 2018–2020?", "Personer nämns inte vid namn i källan för Gävle."),
    ("vem är kommunpolis i halmstad?", "Någon kommunpolis nämns inte i källan för Halmstad."),
    ("who signed fagersta's citizen promise?", "Who signed is not mentioned by name in the source for Fagersta."),
])
def test_no_one_named_is_said_in_the_words_of_absence(bundled: Engine, text: str, line: str) -> None:
    assert line in _ask(bundled, text)


def test_the_cooperation_agreement_said_in_two_words_is_that_kind(bundled: Engine) -> None:
    """"överenskommelsen om samverkan" after a clause about the medborgarlöfte is the samverkansöverenskommelse."""
    text = _ask(bundled, "Lidköping, vem skrev under medborgarlöftet 2024 och när gäller överenskommelsen om samverkan?")
    assert "Bertil Jonsson" in text and "Samverkansöverenskommelse mellan Lidköpings kommun" in text and "2024–2027" in text


def test_the_day_signed_is_given_beside_the_signers_when_asked(bundled: Engine) -> None:
    text = _ask(bundled, "hallstahammar 2024: datum för undertecknandet och vem undertecknade?")
    assert "Catarina Pettersson" in text and "22 januari 2024" in text


def test_the_day_signed_is_not_added_when_only_who_is_asked(bundled: Engine) -> None:
    text = _ask(bundled, "Vem skrev under Hallstahammars medborgarlöfte?")
    assert "Catarina Pettersson" in text and "undertecknat 22 januari 2024." not in text


@pytest.mark.parametrize("text", [
    "Hedemora: vilken ort har otrygga platser som kommunen ska åtgärda, och vem är kommunpolis?",
    "Vilka otrygga platser ska Hedemora åtgärda?",
])
def test_which_unsafe_places_the_agreement_names_is_asked_not_told(bundled: Engine, text: str) -> None:
    assert "Långshyttan" in _ask(bundled, text)


def test_an_unsafe_place_told_still_opens_the_concern(bundled: Engine) -> None:
    assert "/synpunkt" in _ask(bundled, "Det finns otrygga platser vid stationen i Hedemora")


def test_each_ones_latest_asked_is_no_question_of_which_is_newest(bundled: Engine) -> None:
    text = _ask(bundled, "What do Halmstad and Varberg focus on in their latest citizen promises?")
    assert "none is newer" not in text and "Halmstad town centre" in text and "Varberg" in text


def test_which_is_newest_is_still_compared(bundled: Engine) -> None:
    assert "har det nyare avtalet" in _ask(bundled, "Vilken av Kalix och Haparanda har det nyaste löftet?")


def test_when_signed_with_the_agreement_named_at_length_between(bundled: Engine) -> None:
    text = _ask(bundled, "När skrevs Hallstahammars löfte för 2024 under?")
    assert "undertecknat 22 januari 2024" in text and "Fokusområden" not in text.split("\n")[0]
