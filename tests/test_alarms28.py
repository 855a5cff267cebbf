"""Round twenty-eight: what is not danger now, and reports told with a question (issue #31 item 6). A crime only
supposed or feared gets what to do if it happens, not the 112 opening (bot/answering/supposed.py); a kind of crime
asked after a kommun's answer is a question of its agreement (crime_worry.asked_after); a report told with a
question of how long the police take gets the own_report line (own_matter_signs.wait_asked); a question of which part
of a kommun is safest gets no ranking and the places its agreements name (bot/answering/safest_place.py). Danger
now keeps 112 first. The probe is benchmarks/not_now_more.py; here its rules on examples of their own."""

from __future__ import annotations

import pytest

from benchmarks import not_now_more
from bot.answering import crime_worry, supposed
from bot.answering.engine import Conversation, Engine
from bot.answering.own_matter_signs import wait_asked
from bot.text import tokens

OPENING = ("Är du eller någon annan i fara just nu", "Are you or someone else in danger right now", "Är någon i fara just nu")


def _norm(text: str) -> str:
    return " ".join(tokens(text))


def _reply(engine: Engine, *turns: str) -> tuple[str, str | None]:
    conversation = Conversation()
    answer = None
    for turn in turns:
        answer = engine.answer(turn, conversation)
    assert answer is not None
    return answer.text, answer.municipality


@pytest.mark.parametrize("text", [
    "jag är rädd att någon försöker bryta sig in, vad gör jag bara om det skulle hända?",
    "om någon försöker bryta sig in hos mig, vad gör jag då? bara om det skulle hända",
    "what should I do if someone ever tries to break into my flat?",
    "tank om nagon forsoker ta sig in genom fonstret, vad gor jag da",
])
def test_a_crime_supposed_gets_what_to_do_if_it_happens(bundled: Engine, text: str) -> None:
    reply, _ = _reply(bundled, text)
    assert not reply.startswith(OPENING)
    assert "112" in reply and ("114 14" in reply or "polisen.se" in reply)


@pytest.mark.parametrize("text", [
    "någon försöker bryta sig in hos mig nu",
    "om någon försöker bryta sig in, vad gör jag? de står utanför dörren nu",
    "hjälp någon försöker bryta sig in, vad gör jag bara om de kommer in?",
    "Någon försöker bända upp min ytterdörr JUST NU, jag är ensam hemma",
])
def test_the_same_told_as_now_keeps_112_first(bundled: Engine, text: str) -> None:
    reply, _ = _reply(bundled, text)
    assert "112" in reply[:120]


def test_if_it_happens_marks_a_case_supposed() -> None:
    text = "jag är rädd att någon försöker bryta sig in, vad gör jag bara om det skulle hända?"
    norm = _norm(text)
    assert supposed.supposed(text, norm, norm.split())
    text = "jag är rädd att någon försöker bryta sig in just nu"
    assert not supposed.supposed(text, _norm(text), _norm(text).split())


@pytest.mark.parametrize("turn", ["och hur är det med inbrotten där?", "och rånen där?", "what about the burglaries there?",
                                  "hur är det med skjutningarna där då?"])
def test_a_crime_asked_after_a_kommun_is_a_question(bundled: Engine, turn: str) -> None:
    reply, municipality = _reply(bundled, "Vad gör Lund mot brott?", turn)
    assert municipality == "lund"
    assert not reply.startswith(OPENING)


@pytest.mark.parametrize("text, expected", [
    ("och hur är det med inbrotten där?", True),
    ("och rånen där?", True),
    ("what about the shootings there?", True),
    ("rånen där nu", False),  # nothing asked, a word of now
    ("han rånar folk där", False),
    ("och vem skrev under där?", False),
])
def test_asked_after(text: str, expected: bool) -> None:
    assert crime_worry.asked_after(_norm(text).split(), _norm(text)) is expected


@pytest.mark.parametrize("text, expected", [
    ("jag anmälde inbrottet i förra veckan, hur snabbt hör polisen av sig?", True),
    ("hur lång tid tar en anmälan?", True),
    ("I reported a burglary last week, how long until the police get back to me?", True),
    ("hur lång tid tar det att göra en anmälan på nätet?", False),  # filing asked, none made
    ("hur anmäler jag ett brott?", False),
])
def test_wait_asked(text: str, expected: bool) -> None:
    assert wait_asked(_norm(text)) is expected


@pytest.mark.parametrize("text", [
    "jag anmälde inbrottet i förra veckan, hur snabbt hör polisen av sig?",
    "hur lång tid tar en anmälan?",
    "I reported a burglary last week, how long until the police get back to me?",
    "Nagon hotade mig pa sociala medier igar. jag har anmalt det, hur snabbt hor polisen av sig?",
])
def test_a_report_with_its_wait_asked_gets_the_own_report_line(bundled: Engine, text: str) -> None:
    reply, _ = _reply(bundled, text)
    assert not reply.startswith(OPENING)
    assert "Din egen polisanmälan" in reply or "Your own police report" in reply
    assert not reply.startswith(("Vill du anmäla ett brott", "Want to report a crime"))


@pytest.mark.parametrize("text, kommun, lang", [
    ("where do people live safest in Malmö?", "malmo", "en"),
    ("vilket område är tryggast i Uppsala?", "uppsala", "sv"),
    ("vilken stadsdel i Borås är farligast?", "boras", "sv"),
    ("var ar det tryggast att bo i Arboga", "arboga", "sv"),
])
def test_which_part_is_safest_gets_no_ranking_and_the_places(bundled: Engine, text: str, kommun: str, lang: str) -> None:
    reply, municipality = _reply(bundled, text)
    assert municipality == kommun
    assert ("rangordnar inte" if lang == "sv" else "do not rank") in reply
    assert "uppgifter om andra" not in reply and "information about other people" not in reply


def test_which_kommun_is_safest_stays_the_kommuners_ranking(bundled: Engine) -> None:
    reply, _ = _reply(bundled, "vilken kommun är tryggast?")
    assert "rangordnar inte kommuner" in reply


def test_probe_events_lose_their_words_of_now() -> None:
    assert not_now_more.event("Någon försöker bryta sig in genom vårt fönster just nu!!") == \
        "någon försöker bryta sig in genom vårt fönster"
    assert not_now_more.event("Someone is trying to break into my flat right now, I can hear them at the lock") == \
        "someone is trying to break into my flat I can hear them at the lock"  # (the comma after "now" goes with it)
