"""Round twenty-five's asks: the agreement asked in a legal case's words (bot/answering/agreement_law.py) gets the
entry's or the glossary's answer, a resident's own case still the place to ask; everyday acts told
(bot/answering/everyday.py) are no danger, while danger told beside them keeps 112 first. The probe is
benchmarks/asks_legal.py; here its rules on examples of their own."""

from __future__ import annotations

import pytest

from benchmarks import asks_legal
from bot.answering import everyday
from bot.answering.engine import Conversation, Engine
from bot.text import fold, tokens


def _reply(engine: Engine, text: str) -> tuple[str, str | None]:
    answer = engine.answer(text, Conversation())
    return answer.text, answer.municipality


def _opens_112(text: str) -> bool:
    return "112" in text[:120]


@pytest.mark.parametrize("text", [
    "I drank a beer", "jag tog en öl igår", "köpte en kniv till köket", "vi har köpt en yxa till sommarstugan",
    "I bought a pair of scissors for the kitchen", "just had a cup of tea", "åt en pizza i lördags",
    "I borrowed a saw from my neighbour"])
def test_everyday_acts_are_no_danger(bundled: Engine, text: str) -> None:
    assert everyday.told(text, tokens(text))
    reply, _ = _reply(bundled, text)
    assert not _opens_112(reply), reply[:120]


@pytest.mark.parametrize("text", [
    "I drank bleach", "han köpte en kniv och hotar mig", "jag drack en öl och nu kan jag inte andas",
    "min son drack en öl och svarar inte", "we got a knife and he is threatening us",
    "jag köpte en kniv för att skada honom", "I drank a whole bottle of vodka and feel dizzy"])
def test_danger_beside_an_everyday_thing_keeps_112(bundled: Engine, text: str) -> None:
    assert not everyday.told(text, tokens(text))
    reply, _ = _reply(bundled, text)
    assert _opens_112(reply), reply[:120]


def test_a_question_is_never_an_everyday_statement() -> None:
    assert not everyday.told("får jag köpa en kniv?", tokens("får jag köpa en kniv?"))


@pytest.mark.parametrize(("text", "kommun"), [
    ("Vem betalar trygghetsvandringarna i Sölvesborg?", "solvesborg"),
    ("Vem ansvarar för lägesbilden i Sölvesborg?", "solvesborg")])
def test_the_agreement_asked_in_legal_words_is_answered_from_the_entry(bundled: Engine, text: str, kommun: str) -> None:
    reply, municipality = _reply(bundled, text)
    assert municipality == kommun
    assert not any(o in fold(reply) for o in asks_legal.LEGAL_OPENING), reply[:160]


@pytest.mark.parametrize(("text", "expected"), [
    ("Är kommunen skyldig att ta fram en lägesbild?", "2023:196"),
    ("Vad säger lagen om lägesbilden?", "2023:196"),
    ("Vem betalar för åtgärdsplan?", "En åtgärdsplan"),
    ("Who pays for the action plan?", "action plan"),
    ("Is the municipality required to have a situation picture?", "lägesbild")])
def test_a_term_asked_in_legal_words_gets_its_sense(bundled: Engine, text: str, expected: str) -> None:
    reply, _ = _reply(bundled, text)
    assert expected in reply, reply[:200]
    assert not any(o in fold(reply) for o in asks_legal.LEGAL_OPENING)


@pytest.mark.parametrize(("text", "place"), [
    ("Min hyresvärd vägrar laga fönstret, vad säger lagen?", "hyresnämnden"),
    ("Jag fick böter för fel parkering, måste jag betala?", "myndighet"),
    ("Vem betalar om grannens träd faller på mitt hus? Vad säger lagen?", "")])
def test_an_own_case_stays_out_of_scope_with_the_place_to_ask(bundled: Engine, text: str, place: str) -> None:
    reply, municipality = _reply(bundled, text)
    assert municipality is None
    assert any(o in fold(reply) for o in asks_legal.LEGAL_OPENING), reply[:200]
    assert place in reply
    assert not _opens_112(reply)


def test_the_probe_splits_its_halves_apart(knowledge) -> None:  # type: ignore[no-untyped-def]
    develop = asks_legal.agreement_cases(knowledge, "develop")
    check = asks_legal.agreement_cases(knowledge, "check")
    assert develop and check
    assert not {c["kommun"] for c in develop if c["kommun"]} & {c["kommun"] for c in check if c["kommun"]}
    assert not {c["q"] for c in asks_legal.everyday_cases("develop")} & {c["q"] for c in asks_legal.everyday_cases("check")}
    assert all("/v1" not in c["from"] or int(c["from"].split("/v")[1].split("/")[0]) >= 17
               for c in asks_legal.own_cases("check"))


def test_who_pays_for_the_work_is_the_money_answer(bundled: Engine) -> None:
    reply, municipality = _reply(bundled, "Vem betalar för kamerorna i Vellinge?")
    assert municipality == "vellinge"
    assert "budget" in reply and "Personer som nämns" not in reply


def test_bound_to_follow_the_agreement_is_no_follow_of_the_bots(bundled: Engine) -> None:
    reply, _ = _reply(bundled, "Är polisen skyldig att följa avtalet i Kävlinge?")
    assert "/folj" not in reply
    assert "/folj" in _reply(bundled, "jag vill följa Hjo")[0]
