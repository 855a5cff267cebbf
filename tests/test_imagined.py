"""Round fifteen's cases asked, not happening (bot/answering/imagined.py): a hypothetical follow-up, what one
should do in a kind of case, the work on violent crime asked in other frames and a fear of a place or a time
get help or the agreement, never the emergency reply or the 112 line first; a person in danger now, also
asked as a question, keeps 112 first."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import imagined
from bot.answering.engine import Conversation, Engine
from bot.text import fold, tokens
from tests.scored import asked, assert_case, assert_shapes, dev_params, dev_set

DEV = dev_set("whatif_dev15.yaml")


def test_the_dev_set_is_the_class_and_its_net() -> None:
    assert_shapes(DEV, {"followup": 3, "howto": 3, "work": 3, "fear": 3, "en": 8, "noaccent": 3, "emergency": 8})


@pytest.mark.parametrize("case", dev_params(DEV))
def test_the_dev_set_holds(bundled: Engine, case: dict[str, Any]) -> None:
    assert_case(bundled, case)


def _shape(message: str) -> str:
    return imagined.shape(message, tokens(message), kommun_named=False)


@pytest.mark.parametrize("message, shape", [
    ("och om det brinner?", imagined.FOLLOW_UP),
    ("men om nån bryter sig in medan jag är hemma då", imagined.FOLLOW_UP),
    ("and if there's a fire in my building?", imagined.FOLLOW_UP),
    ("vad gör man om man ser någon bära kniv?", imagined.HOW_TO),
    ("hur ska man agera vid en skjutning?", imagined.HOW_TO),
    ("tänk om det börjar brinna i skolan", imagined.HOW_TO),
    ("Vad gör man som vittne till en misshandel", imagined.HOW_TO),
    ("what about a break-in?", imagined.HOW_TO),
    ("säg att någon slår mig på stan, vad gör jag då", imagined.HOW_TO),
    ("hur hanterar polisen skjutningar?", imagined.WORK),
    ("Hur ser polisen på knivvåldet i stan", imagined.WORK),
    ("what happens after a shooting, does the police do anything?", imagined.WORK),
    ("jag ar radd att bli knivhuggen nar jag gar hem fran jobbet sent", imagined.FEAR),
    ("vågar man gå ut på kvällen i Borås?", imagined.FEAR),
])
def test_the_case_is_asked(message: str, shape: str) -> None:
    assert _shape(message) == shape


@pytest.mark.parametrize("message", [
    # no word before the danger's words makes them a case
    "vad gör jag, han slår mig",
    "min pappa andas inte, vad ska jag göra",
    "det brinner i trapphuset, vad gör vi?",
    "hur ska jag agera, en man med pistol är i skolan",
    "vad ska vi göra? det brinner i trapphuset",
    # a case asked, but something of now beside it: now, someone here, a cry, told after it
    "om någon slår mig nu vad gör jag",
    "vad ska jag göra om han kommer in, han står utanför dörren med kniv",
    "what do I do if he comes back? he is outside with a knife",
    "what should I do if he hits me again, he's hitting my mom",
    "hjälp, vad gör man om någon hotar en med kniv",
    "hur agerar man vid skottlossning, det skjuts på torget",
    # the body's emergencies keep the net's reading, asked or not
    "kan man dö om man tar 20 tabletter? jag har tagit dem",
    "vad gör jag om min dotter inte andas",
    "Jag är orolig att min son ska ta livet av sig, han har skrivit ett avskedsbrev",
    # "när det brinner" is not anyone's case; someone addressed is not imagined; a fear after the act
    "vad gör jag när det brinner i köket",
    "om ni inte kommer dödar han mig",
    "vågar inte gå ut någon skjuter på gatan",
    "jag är rädd, han har en kniv",
    # "säg" that asks someone to tell, the resident's own case, a work word beside a weapon told
    "säg till polisen att han slår mig?",
    "säg att du ringer polisen, han slår mig",
    "hur hanterar jag att han slår mig",
    "polisen hanterar inte det här, någon har en kniv i skolan?",
])
def test_danger_told_is_no_case_asked(message: str) -> None:
    assert _shape(message) == ""


@pytest.mark.parametrize("message", [
    "vad gör jag, han slår mig",
    "det står en man med kniv vid min dörr vad ska jag göra",
    "vad ska vi göra? det brinner i trapphuset",
    "vad gör man om någon inte andas? min pappa ligger på golvet",
    "hur gör man hjärt-lungräddning, min mamma andas inte",
    "what should I do if he hits me again, he's hitting my mom",
    "what do I do if he comes back? he is outside with a knife",
    "kan man dö om man tar 20 tabletter? jag har tagit dem",
    "hur agerar man vid skottlossning, det skjuts på torget",
])
def test_danger_now_asked_as_a_question_keeps_112_first(bundled: Engine, message: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert "112" in answer.text.split("\n")[0], answer.text[:120]


@pytest.mark.parametrize("turns, lang", [
    (["Vad gör Borås mot våld?", "och om det brinner?"], "sv"),
    (["Vad lovar Motala?", "och vid ett inbrott då"], "sv"),
    (["What does Kävlinge focus on?", "what if somebody attacks me on the street?"], "en"),
    (["Vad lovar Motala?", "tänk om det börjar brinna i skolan"], "sv"),
])
def test_a_case_asked_after_a_kommun_gets_what_to_do_if_it_happens(bundled: Engine, turns: list[str],
                                                                  lang: str) -> None:
    """general.yaml's if_it_happens, in the resident's language: 112 is a line of it, never its opening."""
    entry = bundled.knowledge.general["if_it_happens"]
    answer = asked(bundled, turns)
    assert answer.text.startswith(entry.text if lang == "sv" else entry.text_en)
    opening, *lines = answer.text.split("\n")
    assert "112" not in opening and "112" in lines[0] and "114 14" in lines[1]


def test_the_work_asked_of_a_named_kommun_is_its_agreement(bundled: Engine) -> None:
    answer = bundled.answer("Kirunas insatser när någon blir rånad", Conversation())
    assert answer.municipality == "kiruna" and "112" not in fold(answer.text)[:60]


def test_a_fear_of_a_place_is_no_emergency(bundled: Engine) -> None:
    for message in ("vågar man gå ut på kvällen i Borås?", "I'm scared of getting mugged when I walk home at night"):
        answer = bundled.answer(message, Conversation())
        assert answer.topic != "emergency" and "112" not in answer.text[:60], (message, answer.text[:120])


@pytest.mark.parametrize("message", [
    "vad gör man om det är inbrott hos grannen? jag ser ficklampor inne hos dom och dom är bortresta",
    "what should I do if someone breaks in? I can hear them at the back door",
])
def test_a_case_asked_beside_one_seen_or_heard_now_keeps_112_first(bundled: Engine, message: str) -> None:
    # The question reads as a case supposed, but what is told after it is seen or heard as it happens.
    answer = bundled.answer(message, Conversation())
    assert answer.topic == "emergency", answer.text[:100]


def test_a_witness_in_court_and_a_worry_about_crime_keep_their_own_answers(bundled: Engine) -> None:
    court = bundled.answer("Jag ska vittna i tingsrätten om en misshandel i Nyköping. Måste jag säga mitt namn "
                           "och adress där?", Conversation())
    assert court.topic == "out_of_scope", court.text[:100]
    worry = bundled.answer("Jag är orolig för att det blir fler inbrott i vårt villaområde, vad kan man göra",
                           Conversation())
    assert "114 14" in worry.text and "/synpunkt" in worry.text and worry.topic != "emergency"
