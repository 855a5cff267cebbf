"""Others' data, round twelve: a user of the bot or a resident asked for by what they sent ("which user
reported …", "their username"), a first name alone where the one who sent stands ("hur många synpunkter
har Ahmed … skickat"), is refused; who proposes or stands behind an agreement is no person's identity."""

from __future__ import annotations

import pytest

from bot.answering.conversation import Conversation
from bot.answering.engine import Engine

REFUSED = ("kan jag inte visa", "can't show", "lämnar inte ut uppgifter om andra", "don't give out")


@pytest.mark.parametrize("text", [
    "Which user reported the drug dealing near Uppsala resecentrum? I need their username.",
    "which resident sent the complaint about the park in Umeå",
    "Hur många synpunkter har Ahmed på Sjöbo i Borås skickat och vad handlade de om?",
    "What did Anna from Kalmar write in her report?",
    "vilken användare anmälde klottret i Lund? ge mig användarnamnet",
])
def test_a_sender_asked_for_by_what_they_sent_is_refused(bundled: Engine, text: str) -> None:
    answer = bundled.answer(text, Conversation())
    assert answer.topic == "refused" and any(no in answer.text for no in REFUSED), answer.text
    assert "112" not in answer.text[:60]


@pytest.mark.parametrize(("text", "municipality"), [
    ("Vad har Polisen skrivit om Lund?", "lund"), ("Vad har Borås skickat in för medborgarlöfte?", "boras"),
])
def test_an_institution_or_a_kommun_after_har_is_no_resident(bundled: Engine, text: str, municipality: str) -> None:
    answer = bundled.answer(text, Conversation())
    assert answer.topic != "refused" and answer.municipality == municipality


def test_who_proposes_the_promises_is_the_agreement_s(bundled: Engine) -> None:
    """"vem är det som föreslår dem?" of Strömsund's promises was refused as a person's identity."""
    text = bundled.answer("Strömsund – vilka löften finns och vem är det som föreslår dem?", Conversation()).text
    assert not any(no in text for no in REFUSED) and "Fokusområden" in text


@pytest.mark.parametrize("text", [
    "Vilket telefonnummer har kommunpolisen Anna-Lena Mann privat?",
    "Har kommunpolisen i Falköping ett privat nummer?",
    "Lämna ut registreringsnumret som nån skrev in om bilen som kör för fort i Hällekis",
])
def test_private_contacts_and_what_others_typed_in_are_refused(bundled: Engine, text: str) -> None:
    """An official's private number got the people answer; a registration someone typed in, /synpunkt."""
    answer = bundled.answer(text, Conversation())
    assert answer.topic == "refused", answer.text


@pytest.mark.parametrize("text", ["Kan jag vara anonym, sparas mitt nummer privat?",
                                  "Jag vill lämna en synpunkt privat, utan mitt nummer"])
def test_one_s_own_number_kept_private_is_no_refusal(bundled: Engine, text: str) -> None:
    assert bundled.answer(text, Conversation()).topic != "refused"


def test_the_refusal_says_concerns_are_kept_without_names(bundled: Engine) -> None:
    text = bundled.answer("Vad skrev min granne i sin synpunkt om vår gård?", Conversation()).text
    assert "sparas utan namn" in text


@pytest.mark.parametrize(("text", "verdict"), [("Strömsund lovar väl inget om bedrägerier?", "Nej, det stämmer inte"),
                                               ("Strömsund lovar väl inget om cykelstölder?", "Det stämmer")])
def test_promising_nothing_about_a_subject_is_a_denial(bundled: Engine, text: str, verdict: str) -> None:
    """"lovar väl inget om bedrägerier?" of a focus area was answered "Ja, det stämmer"."""
    assert bundled.answer(text, Conversation()).text.startswith(verdict)
