"""The eighteenth session's own mends, on examples of its own (not sentences of a seen set)."""

from __future__ import annotations

import pytest

from bot.answering.conversation import Conversation
from bot.answering.engine import Engine


@pytest.mark.parametrize("message", [
    "my landlord wants to evict us, can I fight the eviction?",
    "The council refused my permit. Is there any way to fight this decision?",
    "got a fine from the parking company, how can I fight it",
])
def test_contesting_a_fine_or_a_decision_is_no_fight(bundled: Engine, message: str) -> None:
    assert "112" not in bundled.answer(message, Conversation()).text[:60]


@pytest.mark.parametrize("message", [
    "there is a fight outside my door right now",
    "someone is trying to fight my brother outside the bar",
    "two guys are fighting with knives at the station",
])
def test_a_fight_between_people_keeps_112_first(bundled: Engine, message: str) -> None:
    assert "112" in bundled.answer(message, Conversation()).text[:70]


def test_pills_and_someone_who_does_not_wake_get_the_poison_line_after_112(bundled: Engine) -> None:
    text = bundled.answer("hon har tagit en hel karta tabletter och nu vaknar hon inte", Conversation()).text
    assert text.startswith("Är du eller någon annan i fara just nu? Ring 112") and "Giftinformation" in text


def test_thoughts_of_suicide_keep_112_first_among_the_lines(bundled: Engine) -> None:
    text = bundled.answer("har tänkt mycket på att inte vilja leva, men jag tänker inte göra något nu", Conversation()).text
    assert "90101" in text and text.index("112") < text.index("90101")


def test_asked_whether_it_is_the_police_the_bot_says_it_is_neither(bundled: Engine) -> None:
    text = bundled.answer("är det polisen som svarar här?", Conversation()).text
    assert "varken polisen" in text and "chattbot" in text
