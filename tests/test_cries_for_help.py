"""A cry of help words alone ("Hjälp!", "HJÄLP", "help me!") opens with 112 before the bot's help: someone in
danger may write nothing more. Plain "hjälp" asks how to use the bot, and gets the help without it."""

from __future__ import annotations

import pytest

from bot.answering.conversation import Conversation
from bot.answering.danger_signs import cries_for_help
from bot.answering.engine import Engine
from bot.text import tokens


@pytest.mark.parametrize("message", ["Hjälp!", "HJÄLP", "hjälp mig!!", "Help me!", "snälla hjälp!"])
def test_a_shouted_cry_opens_with_112(bundled: Engine, message: str) -> None:
    assert cries_for_help(message, tokens(message))
    answer = bundled.answer(message, Conversation())
    assert "112" in answer.text[:60], answer.text[:120]
    if answer.topic == "help":  # "snälla hjälp!" the reading already takes for an emergency
        assert "Trygghetsboten" in answer.text  # and what the bot does follows


@pytest.mark.parametrize("message", ["hjälp", "Hjälp! vad kan du?", "kan du hjälpa mig med en fråga?",
                                     "HJÄLP MIG MED EN FRÅGA"])
def test_a_request_for_the_bots_help_is_no_cry(message: str) -> None:
    assert not cries_for_help(message, tokens(message))
