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
