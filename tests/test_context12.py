"""Round twelve's follow-ups asked of the kommun talked about's agreement as a whole
(bot/answering/of_the_agreement.py): whether a new one is coming, how many areas the last answer
listed, which of them still hold, a topic asked of the same agreement, and a greeting that names the
kommun. Expectations are read from the bundled entries where they are facts, not written here."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering.engine import Engine
from bot.answering.periods import by_relevance, status
from tests.scored import asked, assert_case, dev_set

# Our own dev set in the scorer's format; a case tagged "open" is a miss reported, not fixed.
DEV = [case for case in dev_set("context_dev12.yaml") if "open" not in case.get("tags", ())]


@pytest.mark.parametrize("case", DEV, ids=[" / ".join(case["turns"])[:60] for case in DEV])
def test_the_dev_set_holds(bundled: Engine, case: dict[str, Any]) -> None:
    assert_case(bundled, case)


@pytest.mark.parametrize("turns", [
    ["Vad fokuserar Kävlinge på?", "hur många är de?"],
    ["What are Kävlinge's focus areas?", "how many are there?"],
    ["vad gäller i Kävlinge", "hur manga fokusområden e det"],
])
def test_a_count_of_the_areas_is_each_agreements_count_of_the_kommun(bundled: Engine, turns: list[str]) -> None:
    muni = bundled.knowledge.municipalities["kavlinge"]
    answer = asked(bundled, turns)
    assert answer.municipality == "kavlinge"
    for agreement in muni.agreements:
        for area in agreement.areas:
            assert area.title in answer.text or area.title_en in answer.text


@pytest.mark.parametrize("ask", ["kommer det något nytt?", "blir det nåt nytt avtal snart", "förnyas det?"])
def test_renewal_quotes_what_the_source_says_and_never_more(bundled: Engine, ask: str) -> None:
    answer = asked(bundled, ["Vad har Ängelholm för avtal med polisen?", ask])
    assert answer.municipality == "angelholm" and "Ängelholm" in answer.text
    assert "revideras varje mandatperiod" in answer.text


def test_renewal_without_a_word_of_it_says_the_source_does_not_say(bundled: Engine) -> None:
    answer = asked(bundled, ["vad lovar vellinge", "kommer det ett nytt avtal efter det här?"])
    assert answer.municipality == "vellinge" and "2026" in answer.text
    assert "säger källan inget" in answer.text


def test_renewal_speaks_of_the_agreement_talked_about(bundled: Engine) -> None:
    answer = asked(bundled, ["medborgarlöfte avesta", "kommer det ett nytt?"])
    assert answer.text.startswith("Om ett nytt medborgarlöfte i Avesta")
    assert "samverkansöverenskommelsen fortfarande" not in answer.text


def test_a_renewal_detail_asked_in_a_clause_stays_with_the_passages(bundled: Engine) -> None:
    answer = asked(bundled, ["Vad fokuserar Osby på och förnyas löftet varje år?"])
    assert "en gång om året" in answer.text


@pytest.mark.parametrize("ask", ["vilka av dem gäller fortfarande?", "gäller de fortfarande?",
                                 "which of them are still in force?"])
def test_which_still_hold_names_those_in_force_and_those_ended(bundled: Engine, ask: str) -> None:
    muni = bundled.knowledge.municipalities["solvesborg"]
    answer = asked(bundled, ["vilka fokusområden har Sölvesborg", ask])
    today = bundled.today()
    for agreement in by_relevance(muni.agreements, today):
        if status(agreement, today) == "in_force":
            assert all(a.title in answer.text or a.title_en in answer.text for a in agreement.areas)
    if any(status(a, today) == "ended" for a in muni.agreements):
        assert "Har upphört:" in answer.text or "Ended:" in answer.text


@pytest.mark.parametrize("turns,kommun", [
    (["Alvesta, vad gäller där", "något om klotter"], "alvesta"),
    (["Kävlinges avtal, vad står det", "nåt om våld i hemmet?"], "kavlinge"),
    (["What does Kävlinge focus on?", "and what about drugs?"], "kavlinge"),
    (["Vad gör Hjo?", "och vad gäller narkotika?"], "hjo"),
])
def test_a_topic_after_a_kommun_is_asked_of_its_agreement_not_the_glossary(
        bundled: Engine, turns: list[str], kommun: str) -> None:
    answer = asked(bundled, turns)
    assert answer.municipality == kommun and answer.topic != "glossary"


@pytest.mark.parametrize("ask", ["Vad är grannsamverkan?", "vad betyder skadegörelse"])
def test_a_definition_after_a_kommun_is_still_the_glossary(bundled: Engine, ask: str) -> None:
    assert asked(bundled, ["Vad fokuserar Kävlinge på?", ask]).topic == "glossary"


def test_a_greeting_that_names_a_kommun_keeps_it_for_there(bundled: Engine) -> None:
    # Since wrap19 the greeting is taken off what the message asks, so the kommun it names is answered at once.
    greeting = asked(bundled, ["hej, fråga om Vellinge"])
    assert greeting.municipality == "vellinge" and "Vellinge" in greeting.text
    answer = asked(bundled, ["hej, fråga om Vellinge", "vad fokuserar de på där?"])
    assert answer.municipality == "vellinge"


def test_a_question_of_a_sentence_on_the_next_agreement_is_that_sentence(bundled: Engine) -> None:
    """"när kunde invånarna tycka till inför ett nytt löfte 2023?" asks of Säter's dialogue before its next
    promise, which the entry holds; it was answered "Om ett nytt avtal förbereds säger källan inget"."""
    answer = asked(bundled, ["Vad betyder SSPF i Säters löfte?", "när kunde invånarna tycka till inför ett nytt löfte 2023?"])
    assert answer.municipality == "sater" and "26 april 2023" in answer.text
    assert "säger källan inget" not in answer.text


def test_how_many_of_a_thing_is_a_figure_not_the_count_of_the_list(bundled: Engine) -> None:
    """"hur många trygghetsvandringar blir det per år?" after Skellefteå's promises asks the promise's figure."""
    answer = asked(bundled, ["Vilka löften har Skellefteå?", "hur många trygghetsvandringar blir det per år?"])
    assert "Minst fem trygghetsvandringar" in answer.text and "åtta åtaganden" not in answer.text
    counted = asked(bundled, ["Vilka löften har Skellefteå?", "hur många är de?"])
    assert "åtta åtaganden" in counted.text
