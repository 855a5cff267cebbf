"""A short follow-up after a kommun's answer, asked of a year or a person with no emergency's word ("och
2020?", "and in 2021?", "och Leif Schöndell, vad var han?"), is the talk going on: the model, which reads
danger in a few unknown words, does not make it an emergency. A few words of someone's state after the
same answer ("och han rör sig inte") keep the model's net (bot/answering/reading.py _follows_on, decide.py)."""

from __future__ import annotations

import pytest

from bot.answering.engine import Conversation, Engine


@pytest.mark.parametrize(("first", "then", "kommun"), [
    ("Vad fokuserar Vänersborg på i löftena 2023–2024?", "och 2020?", "vanersborg"),
    ("What is Olofström focusing on in 2024?", "and in 2021?", "olofstrom"),
    ("vem skrev under lysekils medborgarlöfte 2019", "och Leif Schöndell, vad var han?", "lysekil"),
])
def test_a_year_or_a_person_asked_after_an_answer_is_no_alarm(bundled: Engine, first: str, then: str,
                                                                kommun: str) -> None:
    conversation = Conversation()
    bundled.answer(first, conversation)
    answer = bundled.answer(then, conversation)
    assert answer.topic != "emergency" and "112" not in answer.text[:60], answer.text[:100]
    assert answer.municipality == kommun


def test_the_person_asked_gets_their_role(bundled: Engine) -> None:
    conversation = Conversation()
    bundled.answer("vem skrev under lysekils medborgarlöfte 2019", conversation)
    assert "kommundirektör" in bundled.answer("och Leif Schöndell, vad var han?", conversation).text


@pytest.mark.parametrize("then", ["och han rör sig inte", "och hon rör sig inte?", "och min pappa andas inte",
                                  "och nu brinner det"])
def test_someones_state_after_an_answer_keeps_112_first(bundled: Engine, then: str) -> None:
    conversation = Conversation()
    bundled.answer("Vad fokuserar Kalix på?", conversation)
    assert bundled.answer(then, conversation).topic == "emergency"
