"""Several questions in one message: each answered, in order, in one reply (bot/answering/clauses.py).

Written in other words than any evaluation set, on the bundled knowledge base."""

from __future__ import annotations

import pytest

from bot.answering import clauses
from bot.answering.engine import Conversation, Engine


@pytest.mark.parametrize(("message", "parts"), [
    ("Vellinge: vem är kommunstyrelsens ordförande, och när upphör överenskommelsen?",
     ["Carina Wutzler", "2023–2026"]),
    ("Vilka är fokusområdena i Kävlinge; vem skrev under?", ["Barn och unga i riskzoner", "Annsofie Thuresson"]),
    ("Jag undrar två saker om Burlöv. Vem skrev på avtalet och hur länge gäller det?",
     ["Freddy Nilsson", "31 december 2026"]),
    ("Who chairs the board in Vellinge and when does the agreement end?", ["Carina Wutzler", "2023–2026"]),
])
def test_each_question_is_answered_in_order(bundled: Engine, message: str, parts: list[str]) -> None:
    answer = bundled.answer(message, Conversation())
    positions = [answer.text.find(part) for part in parts]
    assert all(p >= 0 for p in positions), answer.text
    assert positions == sorted(positions)


def test_two_lists_of_the_same_kind_are_both_given(bundled: Engine) -> None:
    """Which apply and which have ended: one aspect twice, each list in full, in the county asked about."""
    answer = bundled.answer("Vilka avtal i Skåne är i kraft och vilka har upphört?", Conversation())
    in_force = answer.text.find("Gäller fortfarande i Skåne län")
    ended = answer.text.find("Har upphört i Skåne län; fråga kommunen")
    assert 0 <= in_force < ended, answer.text
    assert "Blekinge" not in answer.text


def test_a_source_said_by_both_answers_is_given_once(bundled: Engine) -> None:
    answer = bundled.answer("Vem är kso i Vellinge och när går avtalet ut?", Conversation())
    assert answer.text.count("Källa:") == 1 and answer.text.rstrip().endswith("gammal.")


def test_the_conversation_keeps_what_the_last_clause_was_about(bundled: Engine) -> None:
    conversation = Conversation()
    bundled.answer("Vad fokuserar Vellinge på och vem skrev under?", conversation)
    assert (conversation.municipality, conversation.topic) == ("vellinge", "people")
    assert "Jag är mycket glad" in bundled.answer("vad sa han?", conversation).text


def test_a_clause_that_asks_nothing_keeps_the_message_whole(bundled: Engine) -> None:
    """"Jag bor i Lund" tells, it does not ask: one answer about what was asked."""
    answer = bundled.answer("Jag bor i Lund, vad gör kommunen för äldre?", Conversation())
    assert answer.municipality == "lund" and "Brott mot äldre personer" in answer.text
    assert not clauses.asks("Jag bor i Lund") and clauses.asks("vad gör kommunen för äldre?")


def test_a_clause_that_refers_back_keeps_the_message_whole(bundled: Engine) -> None:
    """"… och vilka kommuner har ett?": "ett" is the term before; not the list of every municipality."""
    answer = bundled.answer("Vad är ett medborgarlöfte och vilka kommuner har ett?", Conversation())
    assert "Jag kan svara om de här" not in answer.text


def test_an_emergency_is_never_split(bundled: Engine) -> None:
    answer = bundled.answer("Vad fokuserar Lund på, och vad gör jag nu när grannens hus brinner?", Conversation())
    assert answer.topic == "emergency" and answer.text.startswith("Är du eller någon annan i fara just nu? Ring 112")


@pytest.mark.parametrize(("text", "expected"), [
    ("Vad fokuserar Lund på?", ["Vad fokuserar Lund på?"]),
    ("Vem skrev under? Och när?", ["Vem skrev under?", "Och när?"]),
    ("Burlöv: vem är ordförande, och när går det ut?", ["Burlöv: vem är ordförande", "när går det ut?"]),
    ("Vad gör Lund och Malmö mot klotter?", ["Vad gör Lund och Malmö mot klotter?"]),
    ("vem är kommunpolis; vad gör hen", ["vem är kommunpolis", "vad gör hen"]),
])
def test_split_at_each_question(text: str, expected: list[str]) -> None:
    assert clauses.split(text) == expected
