"""Round twenty-four's several questions in one message (benchmarks/joined_multi.py): a detail asked last after
fixed aspects, a subject put first and asked of after a dash, "X respektive Y", and a clause the whole message
read as another's data only across two clauses; each part answered, in order, in one reply."""

from __future__ import annotations

import pytest

from bot.answering.absent import asked_alone
from bot.answering.answer import Answer
from bot.answering.clauses import split
from bot.answering.engine import Engine
from bot.answering.said_before import leads_with_its_own, same
from bot.text import fold


def _in_order(reply: str, parts: list[list[str]]) -> None:
    at = [min((reply.find(fold(w)) for w in group if fold(w) in reply), default=-1) for group in parts]
    assert all(i >= 0 for i in at), (at, reply)
    assert at == sorted(at), (at, reply)


@pytest.mark.parametrize("text, parts", [
    # the third part a subject the agreement does not hold, after the focus areas and the police area: its own line
    ("Vilka fokusområden har Götene, vilket polisområde är det och står det något om trafiken i kommunens "
     "medborgarlöfte?", [["otrygghet kopplad"], ["lokalpolisområde västra skaraborg"], ["trafiken nämns inte"]]),
    # the subject put first, asked of after a comma: said not to be mentioned, last
    ("Vilka fokusområden har Eda, när går den ut och lösa hundar, finns det med i medborgarlöftet?",
     [["minska risken för unga"], ["arvika: 2018"], ["lösa hundar nämns inte"]]),
    # "tillhör" and a vehicle in two clauses is no owner of a vehicle asked: each part answered
    ("Vilket polisområde tillhör Gnesta och gör kommunen något åt mopeder och A-traktorer enligt löftet?",
     [["nyköping/gnesta"], ["mopeder nämns inte"]]),
    # "X respektive Y": each kommun's police area, in the order named
    ("Vilket lokalpolisområde hör Älmhult respektive Årjäng till?",
     [["älmhult: lokalpolisområde ljungby"], ["årjäng: lokalpolisområde arvika"]]),
    # a kommun whose source names no area but a police party: that party, in its place
    ("Vilka polisområden tillhör Kinda och Partille?",
     [["kinda: källan anger inget lokalpolisområde"], ["partille: polisen, storgöteborg nordost"]]),
])
def test_each_part_is_answered_in_order(bundled: Engine, text: str, parts: list[list[str]]) -> None:
    _in_order(fold(bundled.answer(text).text), parts)


def test_respektive_is_no_subject_of_a_passage(bundled: Engine) -> None:
    # Vännäs's source says "Medborgarlöftena i respektive kommun bygger på …": the word joins the kommuner asked
    reply = fold(bundled.answer("Vilka fokusområden har Trosa respektive Vännäs?").text)
    assert "forebygga inbrott och bedragerier" in reply
    assert "i respektive kommun" not in reply
    _in_order(reply, [["trosa:"], ["vannas:"]])


def test_another_persons_vehicle_asked_in_a_clause_is_still_refused(bundled: Engine) -> None:
    reply = bundled.answer("Vem skrev under i Gnesta och vem äger mopeden på torget?")
    assert reply.topic == "refused"


@pytest.mark.parametrize("text, parts", [
    ("Vilka fokusområden har Eda, när går den ut och lösa hundar, finns det med i medborgarlöftet?",
     ["Vilka fokusområden har Eda", "när går den ut", "lösa hundar – finns det med i medborgarlöftet?"]),
    ("Vilka fokusområden har Norsjö, hur länge gäller det och elsparkcyklar – står det något om det i löftet?",
     ["Vilka fokusområden har Norsjö", "hur länge gäller det", "elsparkcyklar – står det något om det i löftet?"]),
    # a kommun named after "och" is no subject put first
    ("Vad fokuserar Lund på och Malmö, står det något om det?", None),
])
def test_a_subject_put_first_goes_with_the_question_after_it(text: str, parts: list[str] | None) -> None:
    got = split(text)
    if parts is None:
        assert not any(p.startswith("Malmö –") for p in got), got
    else:
        assert got == parts


@pytest.mark.parametrize("clause, told, alone", [
    ("lösa hundar – finns det med i medborgarlöftet?", "lösa hundar –", True),
    ("elsparkcyklar, står det något om dom?", "elsparkcyklar,", True),
    ("I somras blev jag rånad. Står det något om det?", "I somras blev jag rånad.", False),
])
def test_a_yes_or_no_question_after_its_subject_asks_alone(clause: str, told: str, alone: bool) -> None:
    assert asked_alone(clause, told) is alone


def _answer(text: str, topic: str = "focus") -> Answer:
    return Answer(True, "gotene", topic, text)


def test_an_answer_with_a_sentence_of_its_own_first_is_no_repeat() -> None:
    focus = _answer("Det här kom …:\n\nMedborgarlöfte 2023–2024:\nFokusområden:\n1. Otrygghet\n\nKälla: X.")
    absent = _answer("Trafiken nämns inte i Götenes överenskommelse.\n\nMedborgarlöfte 2023–2024:\nFokusområden:\n"
                     "1. Otrygghet\n\nKälla: X.")
    assert leads_with_its_own(absent, focus) and not same(absent, focus)
    again = _answer("Det här kom …:\n\nMedborgarlöfte 2023–2024:\nFokusområden:\n1. Otrygghet\n\nKälla: Y.")
    assert same(again, focus)  # the same aspect of the same kommun, nothing of its own: said once


def test_a_verdict_or_a_second_note_of_absence_is_no_answer_of_its_own() -> None:
    focus = _answer("Det här kom …:\n\nMedborgarlöfte 2021:\nFokusområden:\n1. Trafik\n\nKälla: X.")
    verdict = _answer("Nej, det stämmer inte: det nämns inte i Ekerös överenskommelse.\n\nMedborgarlöfte 2021:\n"
                      "Fokusområden:\n1. Trafik")
    assert not leads_with_its_own(verdict, focus) and same(verdict, focus)
    noted = _answer("Kameraövervakning nämns inte i Kirunas överenskommelse.\n\nMedborgarlöfte 2021:\nFokusområden:\n"
                    "1. Trafik")
    again = _answer("Kameror nämns inte i Kirunas överenskommelse.\n\nMedborgarlöfte 2021:\nFokusområden:\n1. Trafik")
    assert not leads_with_its_own(again, noted)  # said for the clause before: once
