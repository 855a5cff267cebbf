"""Round seven's detail questions and several asks in one message: a district named after its kind's
word, "vilken del/plats" as where, whether the promises were carried out, what a named partner does,
who does what a role does; and a message of asks read whole as a concern taken apart. Expectations are
read from the bundled entries, not written here."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import clauses, detail_asks, followup, pointed_out
from bot.answering.engine import Conversation, Engine
from bot.answering.knowledge import Knowledge
from bot.text import tokens
from tests.scored import assert_scored, dev_set

# Our own dev set, in the scorer's format (the part written before the work and the fresh part after it).
DEV = [case for case in dev_set("detail_dev7.yaml") if "gap" not in case.get("tags", [])]



@pytest.mark.parametrize("case", DEV, ids=[case["q"][:50] for case in DEV])
def test_the_dev_set_holds(bundled: Engine, case: dict[str, Any]) -> None:
    answer = bundled.answer(str(case["q"]), Conversation())
    assert answer.municipality == case["kommun"], (case["q"], answer.text[:200])
    assert_scored(case, answer.text)


def _asked(text: str) -> detail_asks.Ask | None:
    toks = tokens(text)
    return detail_asks.ask(text, " ".join(toks), toks)


@pytest.mark.parametrize(("text", "shape"), [
    ("Vilken del av kommunen är mest brottsutsatt?", "where"),
    ("vilken plats kändes mest otrygg?", "where"),
    ("Which part of town feels unsafe?", "where"),
    ("Vilket område prioriteras?", None),  # a focus area's, not a place
    ("Vilket bostadsområde gäller löftet?", "named"),
    ("Which district gets more police?", "named"),
    ("Vad gör Sollentunahem i samarbetet?", "partner"),
    ("What does Destination Sälenfjällen do?", "partner"),
    ("vad gör polisen?", None),  # no name written with a capital
    ("Vad gör Polisen?", None),  # a cue word is no partner's name
])
def test_the_frame_of_a_detail_question(text: str, shape: str | None) -> None:
    asked = _asked(text)
    assert (asked.shape if asked else None) == shape


def test_a_district_is_named_after_its_kinds_word_never_the_police_areas_compound() -> None:
    asked = _asked("Vilket bostadsområde gäller löftet?")
    assert asked is not None and asked.names == (("bostadsomrad",),)
    kind = asked.names[0][0]
    assert pointed_out.names_of("Samarbete på bostadsområdet Hedbo i Skene", asked.endings, kind)
    assert not pointed_out.names_of("Part: Lokalpolisområde Borås", asked.endings, kind)
    assert not pointed_out.names_of("Kommunen och Lokalpolisområde Borås samverkar", asked.endings, kind)


def test_whether_the_promises_were_carried_out_is_the_follow_up(bundled: Engine, knowledge: Knowledge) -> None:
    for text in ("blev löftena genomförda?", "har löftena uppfyllts", "Did they keep their promises?"):
        assert followup.KEPT.found(" ".join(tokens(text))), text
    muni = knowledge.municipalities["jokkmokk"]
    answer = bundled.answer("blev jokkmokks löften genomförda?", Conversation())
    assert answer.topic == "follow_up" and muni.follow_up[0].text in answer.text


def test_who_coordinates_is_the_sentence_saying_who_does(bundled: Engine, knowledge: Knowledge) -> None:
    muni = knowledge.municipalities["burlov"]
    said = next(sentence for fact in muni.facts for sentence in fact.text.split(". ") if "samordnas" in sentence)
    answer = bundled.answer("Vem samordnar arbetet i Burlöv?", Conversation())
    assert said.rstrip(".") in answer.text


def test_a_partner_named_alone_is_answered_as_its_kommun(bundled: Engine) -> None:
    answer = bundled.answer("Vad gör Sollentunahem i samarbetet?", Conversation())
    assert answer.municipality == "sollentuna" and "Sollentunahem" in answer.text


def test_asks_in_a_concerns_words_are_each_answered(bundled: Engine, knowledge: Knowledge) -> None:
    text = "Hur många svarade på enkäten i Degerfors och vilken plats kändes mest otrygg?"
    assert bundled.read(text).decision().action == "concern"  # whole, the words are a concern's
    facts = " ".join(fact.text for fact in knowledge.municipalities["degerfors"].facts)
    assert "280" in facts and "centrum" in facts
    answer = bundled.answer(text, Conversation())
    assert answer.municipality == "degerfors"
    assert answer.text.index("280") < answer.text.index("centrum")


def test_a_concern_told_before_a_question_stays_whole(bundled: Engine) -> None:
    # Told, then asked: what was told is no question of its own, so the message is not taken apart.
    text = "Jag känner mig otrygg vid stationen i Lund på kvällarna, vad gör kommunen åt det?"
    assert len(clauses.split(text)) == 1
    told = "Jag vill tipsa om en otrygg plats i Lund och var kan jag anmäla den?"
    assert not clauses.each_asks(told, Conversation(), bundled.read, lambda r: r.asks_alone)


def test_two_details_of_one_kommun_are_two_answers(bundled: Engine, knowledge: Knowledge) -> None:
    areas = {area.title for area in knowledge.municipalities["malmo"].areas}
    assert "Nedskräpning" in areas
    answer = bundled.answer("Hur många spaningsinsatser lovar Malmö, och vad gör man mot nedskräpning?", Conversation())
    assert answer.text.index("25 spaningsinsatser") < answer.text.index("Nedskräpning")
