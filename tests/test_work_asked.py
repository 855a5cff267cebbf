"""What the kommun or the police do about a kind of case, asked ("vad gör polisen om någon blir
knivhuggen?", "Vad gör Eslöv åt folk som misshandlas?"), is a question about their work: answered from the
agreement, never with the emergency opening. A case told as going on, or told of the resident, keeps 112
first (bot/answering/danger_signs.py work_asked, danger.py, reading.py)."""

from __future__ import annotations

import pytest

from bot.answering.compose import danger_line
from bot.answering.danger import assess
from bot.answering.danger_signs import work_asked
from bot.answering.engine import Conversation, Engine
from bot.text import fold, tokens

EMERGENCY_OPENING = ("Är du eller någon annan i fara just nu? Ring 112", "Are you or someone else in danger")


def _alarmed(text: str, topic: str | None) -> bool:
    return topic == "emergency" or text.startswith(EMERGENCY_OPENING) or text.startswith(
        (danger_line("sv"), danger_line("en")))


@pytest.mark.parametrize(("message", "kommun"), [
    ("vad gör polisen i Kalix om någon blir knivhuggen?", "kalix"),
    ("Vad gör Eslöv åt folk som misshandlas?", "eslov"),
    ("what does Boden do about people getting stabbed?", "boden"),
    ("hur jobbar kommunen i Uppsala mot att unga blir rånade?", "uppsala"),
    ("Vid en skjutning i Mjölby, vad gör polisen då?", "mjolby"),
])
def test_their_work_asked_about_a_kind_of_case_is_answered_for_the_kommun(bundled: Engine, message: str,
                                                                          kommun: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert not _alarmed(answer.text, answer.topic), answer.text[:100]
    assert answer.municipality == kommun


@pytest.mark.parametrize(("first", "then"), [
    ("Vad säger avtalet i Eslöv?", "vad gör de åt folk som misshandlas?"),
    ("Vad lovar Mjölby?", "och vid en skjutning, vad gör de då?"),
    ("Vad fokuserar Kalix på?", "vad gör polisen om någon blir knivhuggen?"),
])
def test_the_same_asked_after_a_kommuns_answer_stays_with_it(bundled: Engine, first: str, then: str) -> None:
    conversation = Conversation()
    kommun = bundled.answer(first, conversation).municipality
    answer = bundled.answer(then, conversation)
    assert not _alarmed(answer.text, answer.topic), answer.text[:100]
    assert answer.municipality == kommun


@pytest.mark.parametrize("message", [
    "en man blir knivhuggen på torget, vad gör polisen??",
    "vad gör polisen? någon skjuter på gatan nu",
    "vad gör polisen om någon bryter sig in hos mig? han står vid dörren",
    "hur gör jag, han har en kniv och slår mig",
    "what do the police do when someone is attacking me right now",
])
def test_a_case_going_on_or_told_of_the_resident_keeps_112_first(bundled: Engine, message: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert _alarmed(answer.text, answer.topic), answer.text[:100]


def test_the_work_frame_needs_a_kind_of_case_after_the_doer_or_before_the_question() -> None:
    def norm(text: str) -> str:
        return " ".join(tokens(text))

    assert work_asked(norm("vad gör polisen i Kalix om någon blir knivhuggen?"))
    assert work_asked(norm("och vid en skjutning, vad gör de då?"))
    assert not work_asked(norm("en man blir knivhuggen, vad gör polisen?"))  # told, then asked
    assert not work_asked(norm("vad gör polisen om någon slår mig?"))  # the resident's own case
    assert assess(norm("vad gör polisen i Kalix om någon blir knivhuggen?"),
                  tokens("vad gör polisen i Kalix om någon blir knivhuggen?")) is None


def test_people_alone_is_anyone_not_the_people_named(bundled: Engine) -> None:
    answer = bundled.answer("what does Boden do about people getting stabbed?", Conversation())
    assert answer.topic != "people"
    assert "no people" not in fold(answer.text)
    assert bundled.answer("which people signed in Lund?", Conversation()).topic == "people"


@pytest.mark.parametrize("message", [
    "om ni inte kommer dödar han mig",
    "vågar inte gå ut någon skjuter på gatan",
    "vi vågar inte gå ut, det skjuts utanför",
    "if you don't come he will kill me",
])
def test_a_plea_or_gunfire_now_beside_fear_or_a_condition_keeps_112_first(bundled: Engine, message: str) -> None:
    # "om ni inte kommer" is no case imagined, and "vågar inte" beside gunfire is fear of it now, not a
    # threat that goes on (danger.py, danger_signs.SHOTS).
    answer = bundled.answer(message, Conversation())
    assert answer.topic == "emergency" or answer.text.startswith(EMERGENCY_OPENING), answer.text[:100]


def test_fear_after_a_shooting_told_as_past_is_no_alarm(bundled: Engine) -> None:
    answer = bundled.answer("jag vågar inte gå ut på kvällarna efter skjutningen förra veckan", Conversation())
    assert not _alarmed(answer.text, answer.topic), answer.text[:100]
