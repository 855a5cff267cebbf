"""Round ten's not-now classes: a violent crime told as past with how the person is now ("he is ok now",
"hon mår bra nu") is over, not an emergency; damage told as done with no question gets how to report it;
whether writing to the bot is a police report is general.yaml's not_a_report, not legal advice; "are you
a person?" gets the bot's own answer. A word of the act now keeps 112 first."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import danger, danger_times, not_now
from bot.answering.danger_signs import STATE_NOW_AFTER
from bot.answering.engine import Conversation, Engine
from bot.answering.knowledge import Knowledge
from bot.text import fold
from tests.scored import assert_scored, dev_set

# Our own dev set (tests/fixtures/notnow_dev10.yaml); its part after "# fresh" was written after the work
# and is scored as measured, not tuned on: only the cases that held then are held here.
DEV = [case for case in dev_set("notnow_dev10.yaml") if "fresh" not in case["tags"]]


def _norm(message: str) -> str:
    return " ".join(fold(message).replace("?", " ").replace(",", " ").replace(".", " ").split())


def test_the_dev_set_is_the_classes_and_their_net() -> None:
    tags = [set(case["tags"]) for case in DEV]
    assert len(DEV) >= 30
    assert sum("emergency" in t for t in tags) >= 6 and sum("en" in t for t in tags) >= 5
    assert sum("report_here" in t for t in tags) >= 6 and sum("damage" in t for t in tags) >= 6


@pytest.mark.parametrize("case", DEV, ids=[case["q"][:50] for case in DEV])
def test_the_dev_set_holds(bundled: Engine, case: dict[str, Any]) -> None:
    assert_scored(case, bundled.answer(str(case["q"]), Conversation()).text)


@pytest.mark.parametrize("message", [
    "My son was assaulted in town last Saturday. He is ok now but shaken. What should we do?",
    "she was robbed last week, she's fine now",
    "han blev misshandlad i lördags men han är hemma nu",
    "hon blev rånad förra veckan, nu mår hon bra",
])
def test_how_it_is_now_is_no_time_of_the_act(message: str) -> None:
    """The state after ("ok now", "mår bra nu") leaves the past time standing: told as past, no now."""
    norm = _norm(message)
    assert danger.told_past(norm)
    assert not danger_times.NOW_TIME_SIGNS.found(STATE_NOW_AFTER.sub(" ", norm))


@pytest.mark.parametrize("message", [
    "she was robbed last week and she is not safe now",
    "he was attacked last week and now the same guys are back outside",
    "I was robbed five minutes ago and he is still outside my door",
])
def test_a_now_of_the_act_stays(bundled: Engine, message: str) -> None:
    assert "112" in bundled.answer(message, Conversation()).text[:120]


def test_negated_state_is_no_state_after() -> None:
    assert STATE_NOW_AFTER.search("she is not safe now") is None
    assert STATE_NOW_AFTER.search("han ar inte ok nu") is None
    assert STATE_NOW_AFTER.search("he is ok now") is not None


@pytest.mark.parametrize("message, reading", [
    ("Vi har fått våra däck sönderskurna två gånger senaste månaden", "over:damage"),
    ("brevlådan har sprängts med smällare igen", "over:damage"),
    ("Our mailbox got blown up with fireworks last weekend", "over:damage"),
    # Fire's words with no past time or "igen" may be a fire now: not damage done.
    ("någon har satt eld på soptunnan", ""),
    ("Är det här en polisanmälan om jag skriver om inbrottet här?", "not_a_report"),
    ("får polisen veta om stölden om jag skriver den i chatten", "not_a_report"),
    ("Can I report the theft through this chat?", "not_a_report"),
    # No crime named: whether the bot calls for help stays its own question.
    ("kan du ringa polisen om jag skriver att jag är i fara?", "bot_calls"),
    ("är du en riktig människa eller en bot?", "human"),
    ("Am I talking to a real person?", "human"),
    ("vad är en riktig person i lagens mening", ""),
])
def test_what_the_words_ask_for(message: str, reading: str) -> None:
    norm = _norm(message)
    assert not_now.reads(norm, norm.split(), message) == reading


def test_writing_here_is_no_legal_matter(bundled: Engine) -> None:
    text = bundled.answer("Är det här en polisanmälan om jag skriver om inbrottet här?", Conversation()).text
    assert text.startswith("Nej, det du skriver här är inte en polisanmälan") and "114 14" in text
    assert "Juridiska" not in text


def test_the_human_answer_is_the_knowledge_file(knowledge: Knowledge) -> None:
    human = knowledge.general["human"]
    assert "chattbot" in human.text and "112" in human.text
    assert "chatbot" in human.text_en and "112" in human.text_en
