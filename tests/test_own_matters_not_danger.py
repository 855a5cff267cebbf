"""A dispute of one's own told in words the model takes for danger (a shop or a landlord that "svarar
inte", a firm that "har försvunnit med handpenningen", a neighbour's hedge on one's land) gets the place
to turn to, not the emergency opening; a person gone with a car, an intruder on one's land and a gun keep
112 first (bot/answering/danger_signs.py, refusal_signs.py)."""

from __future__ import annotations

import pytest

from bot.answering.danger import assess
from bot.answering.engine import Conversation, Engine
from bot.text import fold

EMERGENCY_OPENING = ("Är du eller någon annan i fara just nu? Ring 112", "Are you or someone else in danger")



@pytest.mark.parametrize(("message", "place"), [
    ("Jag beställde en soffa på nätet som aldrig kom och butiken svarar inte. Vad kan jag göra?", "Hallå Konsument"),
    ("min hyresvärd svarar inte och elementen är kalla, vad gäller?", "hyresnämnden"),
    ("grannen har byggt en carport på min mark, vad kan jag göra?", "juridisk"),
    ("grannen har planterat en häck på min tomt, vad gäller?", "juridisk"),
    ("the shop never delivered my sofa and doesn't answer, what can I do?", "Hallå Konsument"),
])
def test_a_dispute_of_ones_own_gets_where_to_turn_without_112_first(bundled: Engine, message: str,
                                                                     place: str) -> None:
    text = bundled.answer(message, Conversation()).text
    assert not text.startswith(EMERGENCY_OPENING), text[:80]
    assert "112" not in text[:60], text[:80]
    assert fold(place) in fold(text), text[:300]


@pytest.mark.parametrize("message", [
    "pappa har försvunnit med bilen, han har demens",
    "min son har försvunnit med bilen och svarar inte i telefon",
    "hyresvärden svarar inte och mamma andas inte",
    "grannen står på min tomt med ett gevär",
    "det står en främmande man på min tomt och tittar in, vad gör jag?",
])
def test_danger_beside_those_words_keeps_112_first(bundled: Engine, message: str) -> None:
    assert "112" in bundled.answer(message, Conversation()).text[:60]


def test_a_service_that_does_not_answer_is_no_one_unconscious() -> None:
    quiet = assess("min hyresvard svarar inte och elementen ar kalla", [])
    assert quiet is None or quiet.kind != "medical"
    person = assess("pappa svarar inte och andas konstigt", [])
    assert person is not None and person.when == "now" and person.kind == "medical"


def test_a_person_gone_with_a_thing_is_a_person_gone_and_a_thing_gone_stays_a_thing() -> None:
    gone = assess("pappa har forsvunnit med bilen han har demens", [])
    assert gone is not None and gone.kind == "missing" and gone.when == "now"
    thing = assess("min vaska forsvann pa bussen", [])
    assert thing is None or thing.kind != "missing" or thing.when != "now"
    deposit = assess("firman har forsvunnit med handpenningen", [])
    assert deposit is None or deposit.when != "now"


@pytest.mark.parametrize("message", [
    "Vad skrev min granne om mig i boten?",  # someone else wrote about the resident in it
    "vad svarade Per Olsson i Lund på enkäten?",  # a named resident's survey answers
])
def test_what_someone_else_wrote_or_answered_is_refused_plainly(bundled: Engine, message: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert answer.topic == "refused" and "112" not in answer.text[:60], answer.text[:120]


@pytest.mark.parametrize(("message", "topics"), [
    ("vad sparar boten om mig?", ("privacy",)), ("Vem ser det jag skriver i boten?", ("who_sees",)),
    ("Hur svarade invånarna i Lund på enkäten?", ("purpose", "detail", "focus")),  # all of them: the agreement's
])
def test_the_bot_and_the_survey_asked_of_stay_what_they_were(bundled: Engine, message: str,
                                                             topics: tuple[str, ...]) -> None:
    answer = bundled.answer(message, Conversation())
    assert answer.topic in topics and "112" not in answer.text[:60], (answer.topic, answer.text[:120])
