"""Messages that are not danger now (bot/answering/not_now.py, issue #31): an event that is over, a worry
or a case asked about, health that is no emergency and questions about the bot get the help or the fact
that fits, never the emergency reply; danger now, in whatever words, keeps 112 first."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import not_now
from bot.answering.engine import Conversation, Engine
from bot.answering.knowledge import Knowledge
from bot.text import fold
from tests.scored import assert_scored, dev_set

# Our own dev set (tests/fixtures/notnow_dev5.yaml), in the scorer's format.
DEV = dev_set("notnow_dev5.yaml")



def test_the_dev_set_is_the_class_and_its_net() -> None:
    tags = [set(case["tags"]) for case in DEV]
    assert len(DEV) >= 50
    assert sum("bot" in t for t in tags) >= 12 and sum("emergency" in t for t in tags) >= 12
    assert sum("en" in t for t in tags) >= 8


@pytest.mark.parametrize("case", DEV, ids=[case["q"][:50] for case in DEV])
def test_the_dev_set_holds(bundled: Engine, case: dict[str, Any]) -> None:
    """As ../shared/eval/score.py scores a case: every `must` group, no `must_not`, `first` up front."""
    assert_scored(case, bundled.answer(str(case["q"]), Conversation()).text)


@pytest.mark.parametrize("message, reading", [
    ("Kan du ringa polisen åt mig om något händer?", "bot_calls"),
    ("sparar ni det jag skriver?", "privacy"),
    ("hur följer jag min kommun", "follow"),
    ("kan jag svara på trygghetsmätningen igen?", "survey_once"),
    ("hur tar jag bort mina uppgifter?", "delete"),
    ("ont i halsen sen igår, vart ringer jag?", "health"),
    ("jag tror grannen slår sin fru", "domestic"),
    ("jag tror grannen slår sina barn", "children"),
    ("min syster sa att hennes sambo knuffade henne", "domestic"),
    ("will the police come if i write here that i am scared?", "bot_calls"),
    ("does this chat keep a record of my messages?", "privacy"),
    ("my ex threatened me two weeks ago and i m still scared who can i talk to", "past:domestic"),
    # Not the bot's facts: following up the agreement, the survey's results, removing graffiti.
    ("Hur följer Lund upp arbetet?", ""),
    ("Hur många svarade på trygghetsmätningen i Lund?", ""),
    ("Hur tar kommunen bort klotter?", ""),
])
def test_what_the_words_ask_for(message: str, reading: str) -> None:
    norm = " ".join(fold(message).replace("?", " ").replace(",", " ").split())
    assert not_now.reads(norm, norm.split(), message) == reading


@pytest.mark.parametrize("message", [
    "Grannen slår sin fru just nu, det är akut",
    "min man slår mig, han står utanför, kan du ringa polisen?",
    "min pappa har ont i bröstet sedan igår och kan inte andas",
    "mitt barn har hög feber och vaknar inte",
    "inget händer just nu men det brinner i trapphuset",
    "kan du ringa ambulans, min pappa har ramlat och blöder",
])
def test_danger_now_keeps_112_first(bundled: Engine, message: str) -> None:
    """Words of the class beside danger now's: 112 still opens the answer."""
    assert "112" in bundled.answer(message, Conversation()).text[:120]


def test_the_bot_facts_are_the_knowledge_files(knowledge: Knowledge) -> None:
    """Each question about the bot is answered from general.yaml; the one about calling the police
    says to ring 112 in its first two sentences, in both languages."""
    for key in ("bot_calls", "follow", "survey_once", "delete"):
        assert knowledge.general[key].text and knowledge.general[key].text_en
    calls = knowledge.general["bot_calls"]
    assert "112" in calls.text[:120] and "112" in calls.text_en[:120]
    assert "/folj" in knowledge.general["follow"].text and "kvartal" in knowledge.general["survey_once"].text


@pytest.mark.parametrize("message", ["Om jag skriver här att nån är skadad, skickar ni en ambulans då?",
                                     "Will you phone the police if I tell you my address?"])
def test_asked_what_the_bot_does_gets_that_it_cannot(bundled: Engine, message: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert answer.topic == "bot_calls" and "112" in answer.text[:120]


@pytest.mark.parametrize("message", ["Vad ska jag göra om jag ser någon sälja droger i parken? inget händer just nu",
                                     "What should I do if I hear a break-in next door? It's calm right now"])
def test_said_not_now_is_no_emergency(bundled: Engine, message: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert answer.topic != "emergency" and "112" not in answer.text[:60]


@pytest.mark.parametrize("message", [
    "mitt ex skickade ett hotfullt sms för några dagar sen, jag är inte i fara nu men rädd",
    "my ex keeps texting threats, im not in danger right now but scared",
])
def test_said_not_in_danger_gets_help_without_the_emergency_opening(bundled: Engine, message: str) -> None:
    answer = bundled.answer(message)
    assert answer.topic != "emergency" and "112" not in answer.text[:60] and "114 14" in answer.text


@pytest.mark.parametrize("message", [
    "jag är inte i fara men min granne blöder kraftigt",
    "någon försöker ta sig in, jag är inte i fara än men rädd",
])
def test_not_in_danger_beside_danger_now_still_opens_with_112(bundled: Engine, message: str) -> None:
    assert "112" in bundled.answer(message).text[:60]
