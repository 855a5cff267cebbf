"""An agreement's kind asked of a kommun that has none of it (bot/answering/years_asked.py): what it
does have is answered, and said to be the other kind, never passed off as the one asked for; the day
of signing asked beside the agreement's name is the signing, not its content."""

from __future__ import annotations

import pytest

from bot.answering.engine import Conversation, Engine


@pytest.mark.parametrize(("text", "topic"), [
    ("Vad står i Katrineholms medborgarlöfte?", "focus"),
    ("vilket datum skrevs Katrineholms medborgarlöfte under", "period"),
    ("what's in Katrineholm's citizen promise?", "focus"),
])
def test_a_kind_the_kommun_lacks_is_said_before_what_it_has(bundled: Engine, text: str, topic: str) -> None:
    answer = bundled.answer(text, Conversation())
    assert answer.municipality == "katrineholm" and answer.topic == topic
    first = answer.text.split("\n")[0]
    assert ("inget medborgarlöfte" in first or "no citizen promise" in first) and "2023–2026" in first


def test_a_claimed_kind_the_kommun_lacks_is_corrected(bundled: Engine) -> None:
    answer = bundled.answer("Katrineholm har väl ett medborgarlöfte?", Conversation())
    assert answer.text.startswith("Nej, det stämmer inte: Katrineholm har inget medborgarlöfte")


def test_a_kind_the_kommun_has_gets_no_note(bundled: Engine) -> None:
    answer = bundled.answer("Vad står i Kalix medborgarlöfte?", Conversation())
    assert "i källorna" not in answer.text.split("\n")[0] and "Medborgarlöfte 2024–2026" in answer.text


def test_the_other_kind_is_said_missing_too(bundled: Engine) -> None:
    answer = bundled.answer("Vad står i Kalix samverkansöverenskommelse?", Conversation())
    assert answer.text.startswith("Kalix har ingen samverkansöverenskommelse i källorna")


@pytest.mark.parametrize("text", ["vilket datum skrevs Katrineholms medborgarlöfte under",
                                  "which date was Kalix's citizen promise signed?"])
def test_the_day_of_signing_asked_beside_the_name_is_the_signing(bundled: Engine, text: str) -> None:
    answer = bundled.answer(text, Conversation())
    assert answer.topic == "period"
    assert "undertecknad" in answer.text or "signed" in answer.text


@pytest.mark.parametrize(("text", "shown", "hidden"), [
    ("Vilken period gäller Båstads löfte", "Medborgarlöfte mellan", "Samverkansöverenskommelse mellan"),
    ("hur länge gäller Båstads samverkansöverenskommelse?", "Samverkansöverenskommelse mellan", "Medborgarlöfte mellan"),
])
def test_the_period_of_the_kind_named_where_the_kommun_has_both(bundled: Engine, text: str, shown: str,
                                                                  hidden: str) -> None:
    answer = bundled.answer(text, Conversation())
    assert answer.topic == "period" and shown in answer.text and hidden not in answer.text


def test_the_period_of_no_kind_named_gives_both(bundled: Engine) -> None:
    text = bundled.answer("hur länge gäller avtalet i Båstad?", Conversation()).text
    assert "Medborgarlöfte mellan" in text and "Samverkansöverenskommelse mellan" in text


@pytest.mark.parametrize(("first", "then", "topic"), [
    ("När går Katrineholms avtal ut?", "och medborgarlöftet då?", "period"),
    ("Vilka fokusområden har Katrineholm?", "och löftet 2019?", "focus"),
    ("When does Katrineholm's agreement end?", "and the citizen promise?", "period"),
])
def test_a_follow_up_naming_a_kind_keeps_the_aspect_and_says_the_kind_is_missing(
        bundled: Engine, first: str, then: str, topic: str) -> None:
    conversation = Conversation()
    bundled.answer(first, conversation)
    answer = bundled.answer(then, conversation)
    assert answer.municipality == "katrineholm" and answer.topic == topic
    first_line = answer.text.split("\n")[0]
    assert "inget medborgarlöfte" in first_line or "no citizen promise" in first_line


def test_a_follow_up_naming_a_kind_the_kommun_has_is_asked_of_it(bundled: Engine) -> None:
    conversation = Conversation()
    bundled.answer("När går Kalix avtal ut?", conversation)
    answer = bundled.answer("och medborgarlöftet då?", conversation)
    assert answer.topic == "period" and "2024" in answer.text and "i källorna" not in answer.text.split("\n")[0]
