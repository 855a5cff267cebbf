"""The speed round's short cuts give what the long way gives: each one skips work only where that work could
find nothing (bot/answering/clause_breaks.py `breaks`, `unheaded`; bot_asks.py's follow words; third_party.py's
disclaimed data; reading.py's time told as not now, read only where danger is read). Nothing here is timed."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.answering import bot_asks, clause_breaks, clauses, danger_when, third_party
from bot.answering.conversation import Conversation
from bot.answering.decide import UNSURE_DANGER, danger_probability
from bot.answering.engine import Engine
from bot.answering.knowledge import load
from bot.text import fold

# Messages of many shapes, written for these tests: numbered asks, headings, dashes, colons, no spaces after
# commas, a question mark with no space, lists, English and Swedish, the follow asked and refused.
TEXTS = [
    "1) Vem är kommunpolis i Tranås? 2) Vad fokuserar löftet på?",
    "a) vilka skrev under b) när går det ut",
    "Tranås: när skrevs avtalet under, och av vem?",
    "Mora 2023 – vilka fokusområden finns?",
    "vem?a) vad",
    "hej.) vem är det",
    "Lund 2024. Vem skrev under?",
    "kan jag följa Hjo och få notiser när nåt ändras?",
    "jag vill inte följa Lund längre, stäng av",
    "hur följer man upp trygghetsarbetet i Eslöv?",
    "bevaka Ånge åt mig tack",
    "min granne följer efter mig hem varje kväll",
    "jag vill inte ha nåt privat nummer, bara veta vem som är trygghetssamordnare",
    "I don't need his home address, who is the community police officer in Sala?",
    "vad gör kommunen och polisen i Sala åt klotter,står det nåt om det?",
    "what does Lund focus on and when does it end",
    "Det är mörkt vid busshållplatsen; vem ska jag kontakta?",
    "Hej\nJag bor i Ale\nvad har de lovat?",
    "ont i magen sen igår, vart ringer jag?",
    "det brinner i trapphuset!",
    "",
    "   ",
    "x 1.vad gör de",
]


@pytest.mark.parametrize("text", TEXTS)
def test_breaks_are_breaks_found_everywhere(text: str) -> None:
    want = [(m.start(), m.end()) for m in clause_breaks.BREAK.finditer(text)]
    assert [(m.start(), m.end()) for m in clause_breaks.breaks(text)] == want


@pytest.mark.parametrize("text", TEXTS)
def test_unheaded_is_the_heading_taken_off(text: str) -> None:
    assert clause_breaks.unheaded(text) == clause_breaks.HEADING.sub("", text)


@pytest.mark.parametrize("text", TEXTS)
def test_follow_patterns_tried_only_where_a_follow_word_is(text: str) -> None:
    norm = " ".join(fold(text).split())
    for pattern in (bot_asks._RESIDENT_FOLLOWS, bot_asks._FOLLOWED_UP, bot_asks._FOLLOWS_SOMEONE):
        assert bot_asks._follows(norm, pattern) == (pattern.search(norm) is not None)


@pytest.mark.parametrize("text", TEXTS)
def test_disclaimed_taken_out_only_where_it_can_be(text: str) -> None:
    norm = " ".join(fold(text).split())
    assert third_party.without_disclaimed(norm) == third_party.DISCLAIMED.sub(" ", norm)


def test_told_and_asked_kept_for_the_message_is_a_list_of_its_own() -> None:
    text = "Sala: vem skrev under, och när går det ut?"
    first = clauses.told_and_asked(text)
    first.append(("x", "y"))  # a caller may change its list; the next caller gets the clauses as they are
    assert clauses.told_and_asked(text) == first[:-1]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(load(), today=dt.date(2026, 11, 28))


@pytest.mark.parametrize("text", ["vad har Sala lovat om klotter?", "hur många bor i Ale", "tack för hjälpen",
                                  "ont i bröstet av och till sen i somras, nu känns det ok"])
def test_decision_without_the_time_of_danger_where_no_danger_is_read(engine: Engine, text: str) -> None:
    """Where neither the rules nor the model read danger, how the danger is told as not now cannot change the
    decision (decide.py's `quiet` needs one of them): it is not read, and the decision is the same."""
    reading = engine.read(text, Conversation())
    if reading.rules is None and danger_probability(reading.intents) < UNSURE_DANGER:
        real = danger_when.not_now
        try:
            danger_when.not_now = lambda text, norm: "over"  # type: ignore[assignment]  # whatever it would say
            fresh = engine.read(text + " ", Conversation())
            assert fresh.decision() == reading.decision()
        finally:
            danger_when.not_now = real  # type: ignore[assignment]


def test_a_clause_pointing_back_is_not_read_alone(engine: Engine) -> None:
    """"…, står det nåt om det?": the clause before stands in for it, so its own words are never read."""
    seen: list[str] = []
    real = engine.reader.read

    def read(text: str, conversation: Conversation):  # type: ignore[no-untyped-def]
        seen.append(text)
        return real(text, conversation)

    engine.reader.read = read  # type: ignore[method-assign]
    try:
        engine.answer("vad gör kommunen och polisen i Sala åt klotter, står det nåt om det?", Conversation())
    finally:
        engine.reader.read = real  # type: ignore[method-assign]
    assert "står det nåt om det?" not in seen
