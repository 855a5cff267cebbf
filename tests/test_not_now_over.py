"""Round six's not-now classes (bot/answering/not_now.py, not_now_signs.py): harm to health told as
over gets 1177 or Giftinformation (a bite also 114 14), damage told as done gets how to report it and
/synpunkt, a worry about a place is a concern, more questions about the bot get their fact from
general.yaml, and others' follows and submissions get the plain no; danger now keeps 112 first."""

from __future__ import annotations

from typing import Any

import pytest

from bot import dialogue
from bot.answering import not_now
from bot.answering.engine import Conversation, Engine
from bot.answering.knowledge import Knowledge
from bot.text import fold
from tests.scored import assert_scored, dev_set

# Our own dev set (tests/fixtures/notnow_dev6.yaml), in the scorer's format; its last part was written
# after the work, as a fresh check.
DEV = dev_set("notnow_dev6.yaml")



def _norm(message: str) -> str:
    return " ".join(fold(message).replace("?", " ").replace(",", " ").replace(".", " ").split())


def test_the_dev_set_is_the_classes_and_their_net() -> None:
    tags = [set(case["tags"]) for case in DEV]
    assert sum("fresh" not in t for t in tags) >= 40 and sum("fresh" in t for t in tags) >= 15
    for cls in ("health_past", "damage", "worry", "bot", "refusal"):
        assert sum(cls in t for t in tags) >= 7, cls
    assert sum("emergency" in t for t in tags) >= 5 and sum("en" in t for t in tags) >= 8


@pytest.mark.parametrize("case", DEV, ids=[case["q"][:50] for case in DEV])
def test_the_dev_set_holds(bundled: Engine, case: dict[str, Any]) -> None:
    """As ../shared/eval/score.py scores a case: every `must` group, no `must_not`, `first` up front."""
    reply = bundled.answer(str(case["q"]), Conversation())
    assert_scored(case, reply.text)
    if "answered" in case:
        assert reply.answered == case["answered"]


@pytest.mark.parametrize("message, reading", [
    ("barnet drack nåt konstigt igår, nu verkar han ok", "over:poisoning"),
    ("grannens hund bet min son förra veckan, såret ser bra ut nu", "over:injury"),
    ("min mamma ramlade i trappan igår och har fortfarande ont i höften", "over:health"),
    ("nån har sprejat klotter på vårt garage i natt", "over:damage"),
    ("de har slagit sönder busskuren igen", "over:damage"),
    ("det känns otryggt med gänget vid stationen", "worry"),
    ("hur slutar jag följa en kommun?", "unfollow"),
    ("är det här samma sak som att polisanmäla?", "not_a_report"),
    ("är trygghetsmätningen anonym?", "survey_private"),
    ("vem ser det jag skriver i chatten?", "who_sees"),
    ("hur ser jag vilka kommuner jag följer", "follow"),
    # Not the classes: the work asked about, a question of a place, harm with a sign of now.
    ("Hur tar kommunen bort klotter?", ""),
    ("Vad gör Lund mot skadegörelse?", ""),
    ("Är det otryggt vid stationen i Lund?", ""),
    ("barnet drack diskmedel igår och nu kräks han", ""),
    ("min dotter drack lampolja igår", ""),  # swallowed, and not told as fine: Giftinformation's own 112
    ("de håller på att slå sönder busskuren just nu", ""),
    ("vill inte få fler meddelanden från honom", ""),
])
def test_what_the_words_ask_for(message: str, reading: str) -> None:
    norm = _norm(message)
    assert not_now.reads(norm, norm.split(), message) == reading


@pytest.mark.parametrize("message", [
    "barnet drack diskmedel igår och nu kräks han",
    "pappa ramlade igår och nu svarar han inte",
    "de har slagit sönder rutan och är inne i huset nu",
    "nån har krossat rutan och tagit sig in, de är kvar",
    "my dad fell yesterday and hit his head, now he's confused and vomiting",
    "det brinner i busskuren som de har slagit sönder",
    "I'm worried, there's a man with a knife at the station",
    "ungdomar har slagit sönder busskuren och nu slåss de",
    "min dotter åt svampar i skogen igår, nu har hon ont i magen och kräks",
    "de håller på att klottra på skolan just nu",
])
def test_danger_now_keeps_112_first(bundled: Engine, message: str) -> None:
    """The classes' words beside an emergency's: 112 still opens the answer."""
    assert "112" in bundled.answer(message, Conversation()).text[:60]


def test_something_swallowed_an_hour_ago_told_as_ok_gets_the_poison_line_which_says_when_to_ring_112(
        bundled: Engine) -> None:
    """Round seventeen (notnow17): an hour ago with the child told as well is over with how it ended, as round
    sixteen's blind set scored it; Giftinformation's line itself says to ring 112 if it is acute."""
    text = bundled.answer("min son drack lampolja för en timme sedan, verkar ok", Conversation()).text
    assert "010-456 67 00" in text and "är det akut, ring 112" in text


def test_something_swallowed_told_as_fine_gets_the_poison_line_not_the_emergency(bundled: Engine) -> None:
    """The strong rule word ("drank some") is the event told as over: Giftinformation and 1177, whose line
    itself says to ring 112 when it is acute."""
    text = bundled.answer("My toddler drank some mouthwash yesterday, he seems fine now.", Conversation()).text
    assert "112" not in text[:60] and "Giftinformation" in text and "1177" in text


def test_a_blow_that_still_hurts_gets_1177_beside_its_help(bundled: Engine) -> None:
    text = bundled.answer("blev slagen utanför krogen förra helgen, har fortfarande ont i käken", Conversation()).text
    assert "1177" in text and "114 14" in text and "Brottsofferjouren" in text


def test_the_new_bot_facts_are_the_knowledge_files_and_name_commands_that_exist(knowledge: Knowledge) -> None:
    for key in ("unfollow", "not_a_report", "survey_private", "who_sees"):
        fact = knowledge.general[key]
        assert fact.text and fact.text_en
        for command in {w.strip(".,;()") for w in f"{fact.text} {fact.text_en}".split() if w.startswith("/")}:
            assert command.strip("/") in dialogue.COMMANDS, command
    assert "inte en polisanmälan" in knowledge.general["not_a_report"].text
    assert "/slutafolja" in knowledge.general["unfollow"].text


@pytest.mark.parametrize("message", [
    "vilka användare följer Växjö?",
    "vad har Anna Berg i Lund skrivit för synpunkter?",
    "vilka i Kiruna har hört av sig om klottret? namn tack",
    "who else follows Lund in this bot?",
])
def test_others_follows_and_submissions_are_refused(bundled: Engine, message: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert answer.topic == "refused" and "112" not in answer.text[:60]


@pytest.mark.parametrize("message", [
    "vem följer upp arbetet i Lund?",
    "vem skrev under i Kiruna?",
    "vad har Lunds kommun lovat?",
    "vad har Växjö skrivit i sitt medborgarlöfte?",
    "hur ser jag vilka kommuner jag följer",
])
def test_ordinary_questions_stay_questions(bundled: Engine, message: str) -> None:
    assert bundled.answer(message, Conversation()).topic != "refused"
