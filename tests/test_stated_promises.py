"""A promise told as made before a question ("Piteå har lovat nattvandrare varje kväll, när börjar
det?") is a premise, checked against the entry's sentences before the question is answered: the
answer was only the period, as if the promise were in the agreement."""

from __future__ import annotations

import pytest

from bot.answering.engine import Conversation, Engine


@pytest.mark.parametrize("text", [
    "Piteå har lovat nattvandrare varje kväll, när börjar det?",
    "Enligt avtalet ska Piteå ha nattvandrare varje kväll, när börjar det?",
    "Piteå ska ju sätta upp kameror på torget, när blir det klart?",
])
def test_a_promise_the_entry_lacks_is_corrected_before_the_question(bundled: Engine, text: str) -> None:
    answer = bundled.answer(text, Conversation())
    assert answer.municipality == "pitea"
    assert answer.text.startswith("Nej, det stämmer inte: det nämns inte i Piteås överenskommelse.")
    assert "2023–2025" in answer.text  # the question after it is still answered


def test_a_promise_the_entry_holds_is_confirmed(bundled: Engine) -> None:
    answer = bundled.answer("Lund ska jobba med barn och unga, hur gör de det?", Conversation())
    assert answer.municipality == "lund" and answer.text.startswith("Ja, det stämmer.")


def test_a_statement_with_no_promise_is_no_premise(bundled: Engine) -> None:
    answer = bundled.answer("Jag bor i Piteå och vi har problem med buskörning, vad gör ni?", Conversation())
    assert "det stämmer" not in answer.text
