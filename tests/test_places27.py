"""Round twenty-seven's places: a district or village the entry names only inside a passage, asked of as where one
lives, why it is named, or what is promised there (benchmarks/places_inside.py asks every such place)."""

from __future__ import annotations

import pytest

from benchmarks.places_inside import half_of, why_fails
from bot.answering.conversation import Conversation
from bot.answering.engine import Engine
from bot.text import fold


def _ask(engine: Engine, *turns: str) -> tuple[str | None, str | None, str]:
    conversation = Conversation()
    answer = None
    for text in turns:
        answer = engine.answer(text, conversation)
    assert answer is not None
    return answer.municipality, answer.topic, fold(answer.text)


@pytest.mark.parametrize("text, kommun, said", [
    # where one lives, and what is promised for it: the commitment naming it, not only the basis sentence
    ("Jag bor i Hageby. Har polisen lovat något för vår stadsdel?", "norrkoping",
     "oka den polisiara synligheten i centrala norrkoping samt i hageby"),
    ("I live in Gusum. What have the police promised for my neighbourhood?", "valdemarsvik",
     "traffic problems linked to drugs, especially in gusum"),
    # why a place is named: the sentences that name it, not the agreement's purpose alone
    ("Varför nämns Skene i Marks löfte?", "mark", "skene"),
    ("Why is Långshyttan mentioned in Hedemora's promise?", "hedemora", "langshyttan"),
    ("varför står Ljusdalshem med?", "ljusdal", "ljusdalshem"),
])
def test_a_place_inside_a_passage_is_answered_with_its_sentences(bundled: Engine, text: str, kommun: str,
                                                                said: str) -> None:
    municipality, topic, reply = _ask(bundled, text)
    assert municipality == kommun and topic != "feedback"
    assert said in reply


@pytest.mark.parametrize("text, kommun, said", [
    ("jag bor i Floda och känner mig otrygg, vad lovar de?", "lerum", "stationsomraden i lerum och floda"),
    ("jag bor i Skene och känner mig otrygg. Vad lovar de?", "mark", "skene"),
])
def test_unease_where_one_lives_and_what_they_promise_is_asked_not_the_concern_form(
        bundled: Engine, text: str, kommun: str, said: str) -> None:
    municipality, topic, reply = _ask(bundled, text)
    assert municipality == kommun and topic != "feedback" and said in reply
    assert "/synpunkt" in reply  # the unease told: the concern is still offered after the answer


def test_a_wish_to_report_where_one_lives_keeps_the_concern_form(bundled: Engine) -> None:
    assert _ask(bundled, "Jag bor i Floda och vill anmäla att det känns otryggt")[1] == "feedback"


def test_where_one_lives_after_the_kommun_gets_the_place_first(bundled: Engine) -> None:
    municipality, _, reply = _ask(bundled, "Vad gör Valdemarsvik?", "jag bor i Gusum, gör de något där?")
    assert municipality == "valdemarsvik" and "gusum" in reply.split("\n\n")[0] + reply.split("\n\n")[1]


def test_the_probe_asks_for_the_commitment_when_one_names_the_place() -> None:
    case = {"kommun": "norrkoping", "texts": ["Underlag A i Hageby.", "Synlighet i Hageby."],
            "promised": ["Synlighet i Hageby."]}
    basis_only = {"municipality": "norrkoping", "topic": "detail", "text": "Hageby ligger i X.\nUnderlag A i Hageby."}
    assert why_fails(case, basis_only) == ["no commitment naming the place"]
    both = {**basis_only, "text": basis_only["text"] + "\nSynlighet i Hageby."}
    assert why_fails(case, both) == []
    denied = {**both, "text": "No, that is not right. " + both["text"]}
    assert "denial" in why_fails(case, denied)
    assert {half_of("norrkoping"), half_of("mark"), half_of("lerum")} <= {"develop", "check"}


@pytest.mark.parametrize("text, kommun, said", [
    ("The promise in Ö-vik is about Rondellplan, isn't it?", "ornskoldsvik", "rondellplan"),
    ("Löftet i Ö-vik handlar om Rondellplan, eller hur?", "ornskoldsvik", "rondellplan"),
    ("The promise in Göinge is about Broby, isn't it?", "ostra-goinge", "broby"),
])
def test_a_short_name_of_the_kommun_is_no_place_claimed(bundled: Engine, text: str, kommun: str, said: str) -> None:
    municipality, _, reply = _ask(bundled, text)
    assert municipality == kommun and said in reply
    assert not reply.startswith(("no, that is not right", "nej, det stammer inte"))


def test_a_place_the_agreement_does_not_name_is_still_denied(bundled: Engine) -> None:
    _, _, reply = _ask(bundled, "The promise in Ö-vik is about Bjästa, isn't it?")
    assert reply.startswith("no, that is not right")
