"""A resident's own story in English is answered in English, though few of its words are the bot's
question words ("I keep getting threatening messages from my ex" had one English word and a Swedish-looking
"i"); the story's words tell the language only and stay subjects a question may ask about."""

from __future__ import annotations

import pytest

from bot.answering import common_words
from bot.answering.conversation import Conversation
from bot.answering.engine import Engine


@pytest.mark.parametrize("message", [
    "I keep getting threatening messages from my ex",
    "my daughter is bullied at school and scared to go there",
    "someone broke into our car last week, we are worried",
])
def test_a_story_in_english_is_answered_in_english(bundled: Engine, message: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert answer.language == "en", answer.text[:120]
    assert "112" not in answer.text[:40]


def test_story_words_are_no_swedish_words_and_stay_subjects() -> None:
    story = common_words.ENGLISH_SIGNS - common_words.ENGLISH_WORDS
    assert {"school", "threats", "children"} <= story
    assert not story & common_words.SWEDISH_WORDS
    assert not {"son", "hit", "stolen", "online", "for", "at"} & story  # Swedish words too, folded


def test_a_swedish_story_stays_swedish(bundled: Engine) -> None:
    answer = bundled.answer("min son har blivit hotad i skolan, vem kan hjälpa oss?", Conversation())
    assert answer.language == "sv"
