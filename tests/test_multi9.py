"""Round nine's several asks in one message: a kommun opening the message with a year after it ("Heby
2024: …"), asks set apart by a dash, "vilka inriktningar har det?" asked of the agreement talked about,
two kommuner of one joint promise (which name each other's towns) and whether two kommuner share one
agreement: yes, that it is joint and its years; no, when their periods differ. Expectations are read
from the bundled entries, not written here."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import clauses, periods
from bot.answering.engine import Conversation, Engine
from bot.answering.knowledge import Knowledge
from tests.scored import assert_case, dev_set

# Our own dev set, in the scorer's format (the part written before the work and the fresh part after it).
DEV = dev_set("multi_dev9.yaml")


@pytest.mark.parametrize("case", DEV, ids=[str(case.get("q") or case["turns"][-1])[:50] for case in DEV])
def test_the_dev_set_holds(bundled: Engine, case: dict[str, Any]) -> None:
    assert_case(bundled, case)


@pytest.mark.parametrize(("text", "kommun"), [
    ("Heby 2024: vilka skrev under", "heby"),
    ("Heby 2024 – vad lovar de?", "heby"),
    ("Sala 2024: vad lovar de?", "sala"),
])
def test_a_kommun_opening_the_message_with_a_year_is_the_kommun(bundled: Engine, text: str, kommun: str) -> None:
    assert [m.place.municipality_id for m in bundled.read(text).known] == [kommun]


def test_two_kommuner_of_one_joint_promise_are_both_named(bundled: Engine) -> None:
    # Each entry names the other's town among its districts; together they are two kommuner.
    named = [m.place.municipality_id for m in bundled.read("Högsby och Mönsterås samma löfte?").known]
    assert named == ["hogsby", "monsteras"]
    # A district named beside the kommun it lies in stays that kommun's district.
    assert [m.place.municipality_id for m in bundled.read("Sjöbo i Borås").known] == ["boras"]


@pytest.mark.parametrize(("text", "parts"), [
    ("vem undertecknade Ronnebys avtal – vad prioriterar polisen?", 2),
    ("Gnesta – vilken metod jobbar de efter?", 1),  # a heading before the dash asks nothing of its own
    ("Heby 2024: vilka skrev under och vad lovar de?", 2),
])
def test_a_dash_before_a_question_word_starts_the_next_ask(text: str, parts: int) -> None:
    assert len(clauses.split(text)) == parts


def test_an_aspect_asked_of_it_is_the_agreement_talked_about(bundled: Engine, knowledge: Knowledge) -> None:
    conversation = Conversation()
    bundled.answer("vem signerade medborgarlöftet i Båstad", conversation)
    answer = bundled.answer("vilka inriktningar har det?", conversation)
    titles = [area.title for a in knowledge.municipalities["bastad"].agreements for area in a.areas]
    assert answer.municipality == "bastad" and titles and all(t in answer.text for t in titles[:3])


@pytest.mark.parametrize(("text", "kommun", "other"), [
    ("har Solna och Sundbyberg samma överenskommelse?", "solna", "sundbyberg"),
    ("Har Högsby och Mönsterås ett gemensamt medborgarlöfte?", "hogsby", "monsteras"),
])
def test_a_shared_agreement_is_yes_joint_and_its_years(bundled: Engine, knowledge: Knowledge, text: str,
                                                      kommun: str, other: str) -> None:
    answer = bundled.answer(text, Conversation())
    first = answer.text.split("\n\n")[0]
    muni, them = knowledge.municipalities[kommun], knowledge.municipalities[other]
    shared = next(a for a in muni.agreements for b in them.agreements
                  if a.start and b.start and a.end and b.end and (a.start.year, a.end.year) == (b.start.year, b.end.year))
    assert first.startswith("Ja") and "gemensam" in first and periods.span(shared, "sv") in first
    assert muni.name in first and them.name in first


def test_agreements_of_different_periods_are_no(bundled: Engine, knowledge: Knowledge) -> None:
    answer = bundled.answer("har Laxå och Askersund samma medborgarlöfte?", Conversation())
    assert answer.text.startswith("Nej") and "olika perioder" in answer.text.split("\n\n")[0]
    for kommun in ("laxa", "askersund"):
        for agreement in knowledge.municipalities[kommun].agreements:
            assert agreement.start is not None and agreement.start.format("sv") in answer.text
    # In English, in English.
    english = bundled.answer("Do Laxå and Askersund have the same citizen promise?", Conversation())
    assert english.text.startswith("No")


def test_periods_that_may_be_one_agreement_are_not_a_no(bundled: Engine) -> None:
    # Kommuner with agreements of the same years and no word of each other: the sources do not say.
    answer = bundled.answer("har Kiruna och Luleå samma samverkansöverenskommelse?", Conversation())
    assert not answer.text.startswith(("Nej", "Ja"))


@pytest.mark.parametrize(("text", "parts"), [
    ("Vad tar Mora upp och sen när gäller det?", 2),
    ("vilka år gäller Hjos löfte sen vad gör polisen", 2),
    ("Borås: förnyas avtalet varje år, och vad är fokus nu?", 2),  # the verb first after a heading asks
    ("Jag flyttade hit sen vad gör polisen", 1),  # a part that asks nothing joins the question after it
])
def test_sen_and_a_verb_after_a_heading_start_an_ask(text: str, parts: int) -> None:
    assert len(clauses.split(text)) == parts


def test_an_ask_naming_no_kommun_is_asked_of_the_one_named_after_it(bundled: Engine, knowledge: Knowledge) -> None:
    answer = bundled.answer("sen när gäller avtalet, och vad tar Falun upp?", Conversation())
    falun = knowledge.municipalities["falun"]
    assert answer.municipality == "falun" and "Gäller fortfarande (" not in answer.text
    assert all(a.start is None or a.start.format("sv") in answer.text for a in falun.agreements)
    assert all(area.title in answer.text for a in falun.agreements for area in a.areas)


@pytest.mark.parametrize("text", [
    "vilka kommuner har grannsamverkan och vad gör Osby?",
    "vilka avtal gäller fortfarande och vad gör Lund?",
])
def test_an_ask_across_the_kommuner_stays_across_them(bundled: Engine, text: str) -> None:
    answer = bundled.answer(text, Conversation())
    assert answer.topic in clauses.ACROSS, answer.text[:200]
