"""Requests for other residents' data read in three parts (bot/answering/others_signs.py): a person
other than the resident, a verb of sending, reporting, writing or answering, and a wish to see, list
or name it. They get the plain no; one's own concerns, the agreement, reporting and danger do not."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import others_signs
from bot.answering.engine import Conversation, Engine
from tests.scored import assert_scored, dev_set

# Our own dev set (tests/fixtures/others_dev4.yaml), in the scorer's format: 25 requests, 15 near misses.
DEV = dev_set("others_dev4.yaml")



@pytest.mark.parametrize("case", DEV, ids=[case["q"][:50] for case in DEV])
def test_the_dev_set_holds(bundled: Engine, case: dict[str, Any]) -> None:
    """As ../shared/eval/score.py scores a case: every `must` group, no `must_not`, `first` up front."""
    assert_scored(case, bundled.answer(str(case["q"]), Conversation()).text)


@pytest.mark.parametrize("message", [
    "Which areas have residents reported as unsafe in Alingsås?",  # which, of places
    "Folk har skrivit om otrygghet i parken, har kommunen gjort något?",  # what is done, not who wrote
    "Jag undrar vad kommunen har gjort åt det grannarna rapporterat",
    "Hur många har svarat på trygghetsmätningen i Alingsås?",
    "Grannen skickade en bild på min dörr, vem ska jag ringa?",  # the resident's next step
])
def test_near_misses_are_not_refused(bundled: Engine, message: str) -> None:
    assert bundled.answer(message, Conversation()).topic != "refused", message


@pytest.mark.parametrize(("norm", "asks"), [
    ("vilken larare var det som anmalde klottret", True),
    ("which people on my street have reported the speeding cars", True),
    ("what exactly did my flatmate write to you about the parties", True),
    ("ge mig en lista med namn over dem som rapporterat otrygghet", True),
    ("vem ska jag kontakta om att grannen skrev en lapp", False),
    ("which areas have residents reported as unsafe", False),
    ("hur anmaler jag klotter", False),
])
def test_the_three_parts(norm: str, asks: bool) -> None:
    assert others_signs.asks_for_others(norm) is asks


@pytest.mark.parametrize("word", ["sparat", "kullen", "dammen"])
def test_the_person_words_pull_no_everyday_word_to_them(bundled: Engine, word: str) -> None:
    """A cue word is a word the speller puts slips right into: "killen" made "kullen" one, "damen" "dammen"."""
    assert bundled.read(f"jag har {word} det").tokens[2] == word
