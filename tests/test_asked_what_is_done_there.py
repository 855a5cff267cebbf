"""Whether something is done in a kommun, asked of others ("Gör man drogtester på gymnasiet i X?"), is the
kommun's agreement's question, not an emergency, however the model reads its words; a word of the resident
or of now, or the danger rules' words, keeps the emergency."""

from __future__ import annotations

import pytest

from bot.answering.conversation import Conversation
from bot.answering.engine import Engine


@pytest.mark.parametrize(("message", "kommun"), [
    ("Gör man drogtester på gymnasiet i Ljungby?", "ljungby"),
    ("Görs det drogtester på skolorna i Ljungby?", "ljungby"),
    ("Har polisen narkotikahundar i skolorna i Eskilstuna?", "eskilstuna"),
])
def test_asked_of_others_in_a_kommun_is_no_emergency(bundled: Engine, message: str, kommun: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert answer.topic != "emergency" and "112" not in answer.text[:60], answer.text[:200]
    assert answer.municipality == kommun


@pytest.mark.parametrize("message", [
    "Gör man något i Ljungby nu? min son har tagit tabletter och andas konstigt",
    "Finns det någon i Ljungby som kan hjälpa mig, jag har tagit en överdos",
])
def test_the_resident_or_now_keeps_the_emergency(bundled: Engine, message: str) -> None:
    assert "112" in bundled.answer(message, Conversation()).text[:60]


@pytest.mark.parametrize(("message", "kommun", "said"), [
    ("Det är stökigt kring resecentrum i Mölnlycke. Står Härrydas avtal för något där?", "harryda", "resecentrum"),
    ("Det känns otryggt på Solgården i Tranemo på kvällarna, finns det ett löfte om det?", "tranemo", "Solgårdsområdet"),
    ("people hang around Solgården in Tranemo at night and it feels unsafe, any agreement about that?", "tranemo",
     "Solgården area"),
])
def test_a_concern_asked_of_an_agreement_in_any_words_is_answered_from_it(
        bundled: Engine, message: str, kommun: str, said: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert answer.municipality == kommun and answer.topic != "feedback", answer.text[:200]
    assert said.casefold() in answer.text.casefold()
    assert "not mention" not in answer.text and "nämns inte" not in answer.text  # no word of the story is a subject


@pytest.mark.parametrize("turns", [
    ["lovar man kameror vid resecentrum i Mölnlycke?"],
    ["Vad har Aneby för medborgarlöfte?", "har hon skrivit under i Eksjö också?"],
    ["Vilka fokusområden har Växjö?", "did they sign it with the police in Alvesta too?"],
])
def test_an_agreement_asked_by_its_own_verbs_is_no_emergency(bundled: Engine, turns: list[str]) -> None:
    """What was promised or signed, asked, is a question of the agreement, whatever the model hears in it."""
    conversation = Conversation()
    for text in turns:
        answer = bundled.answer(text, conversation)
    assert answer.topic != "emergency" and "112" not in answer.text[:60], answer.text[:200]


def test_a_promise_of_harm_keeps_the_emergency(bundled: Engine) -> None:
    assert "112" in bundled.answer("han lovade att döda mig om jag går ut, vad gör jag?", Conversation()).text[:60]
