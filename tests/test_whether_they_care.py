"""A crime or unease told, then whether the kommun or the police care about it at all ("prioriterar de
skadegörelse?", "bryr sig polisen om sånt?", "gör de nåt?"): what the kommun's agreement says about it,
then where to report or tell, not only the report line."""

from __future__ import annotations

import pytest

from bot.answering import lexicon
from bot.answering.conversation import Conversation
from bot.answering.engine import Engine


@pytest.mark.parametrize("norm", ["prioriterar de skadegorelse", "bryr sig polisen om sant", "gor de nat",
                                  "does the council care about it", "is it a priority"])
def test_whether_they_care_asks_what_is_done(norm: str) -> None:
    assert lexicon.DOING.found(norm)


@pytest.mark.parametrize(("message", "kommun", "said"), [
    ("Någon stal min moped i Kalix igår, bryr sig polisen om mopedstölder?", "kalix", "mopeder"),
    ("Fönstren på föreningens stuga i Mönsterås krossades, prioriterar kommunen skadegörelse?", "monsteras",
     "Skadegörelse"),
])
def test_told_then_asked_whether_they_care(bundled: Engine, message: str, kommun: str, said: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert answer.municipality == kommun
    assert said in answer.text, answer.text[:300]
    assert "112" not in answer.text[:60]


@pytest.mark.parametrize("message", ["kan du anmäla att min cykel blev stulen igår?",
                                     "Could you report the vandalism on our street for me?",
                                     "polisanmäl inbrottet åt mig, snälla"])
def test_a_report_asked_of_the_bot_is_one_it_cannot_make(bundled: Engine, message: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert answer.topic == "bot_calls", answer.text[:200]
    assert "polisen.se" in answer.text and "114 14" in answer.text
    assert "112" not in answer.text[:60]


@pytest.mark.parametrize(("message", "kommun", "said"), [
    ("Var i Landskrona ska platssamverkan ske först?", "landskrona", "Karlslundsområdet"),
    ("Var någonstans i Osby upplever folk mest otrygghet på kvällen?", "osby", "Osby"),
    ("Kommer kommunen att hyra in ordningsvakter vid trafikterminalen i Sjöbo?", "sjobo", "ordningsvakter"),
])
def test_a_question_of_the_kommun_with_words_of_unease_is_answered(bundled: Engine, message: str, kommun: str,
                                                                  said: str) -> None:
    """Asked of the agreement, opened by a question word, with nothing told of one's own: not a concern."""
    answer = bundled.answer(message, Conversation())
    assert answer.municipality == kommun
    assert said in answer.text, answer.text[:300]
    assert answer.topic != "feedback"


@pytest.mark.parametrize("message", ["Var lämnar jag en synpunkt om Osby?", "Kan jag tipsa om en otrygg plats i Osby?"])
def test_where_to_tell_stays_the_concern(bundled: Engine, message: str) -> None:
    assert bundled.answer(message, Conversation()).topic == "feedback"


@pytest.mark.parametrize(("message", "kommun", "said"), [
    ("jag har hört att polisen i Hässleholm skulle göra tio trafikkontroller i månaden, stämmer det?",
     "hassleholm", "20"),
    # (its sentence says "avloppsvattnet", which "avloppet" does not reach: the right kommun's drug sentence is)
    ("Uppvidinge mäter väl narkotika i avloppet, har jag för mig?", "uppvidinge", "narkotika"),
])
def test_hearsay_of_an_agreement_is_a_claim_not_a_situation(bundled: Engine, message: str, kommun: str,
                                                             said: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert answer.municipality == kommun and answer.topic != "help"
    assert said in answer.text and "112" not in answer.text[:60], answer.text[:200]


def test_a_passive_of_reporting_asks_of_the_agreement(bundled: Engine) -> None:
    answer = bundled.answer("Till vem ska Hammarös medborgarlöfte återrapporteras, och när?", Conversation())
    assert answer.municipality == "hammaro" and answer.topic != "feedback", answer.text[:200]
