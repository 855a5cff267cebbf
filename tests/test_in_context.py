"""Round seven (branch convo7): follow-ups that name a document of the entry, count what was named or
ask what "the chief there" said; and the bot asked about anonymity, the survey and following.

The dev set is tests/fixtures/convo_dev7.yaml (written before the work; its fresh part after it)."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import not_now, quotes
from bot.answering.conversation import Conversation
from bot.answering.engine import Engine
from bot.answering.knowledge import Knowledge
from bot.text import fold
from tests.scored import asked, assert_scored, dev_set

DEV = dev_set("convo_dev7.yaml")




def test_the_dev_set_is_the_two_classes() -> None:
    tags = [set(case["tags"]) for case in DEV]
    assert len(DEV) >= 55
    assert sum("bot" in t for t in tags) >= 15 and sum(bool(t & {"said", "count", "document", "glossary"}) for t in tags) >= 25
    assert sum("en" in t for t in tags) >= 8


@pytest.mark.parametrize("case", [pytest.param(case, marks=pytest.mark.xfail(strict=True)) if "gap" in case["tags"]
                                  else case for case in DEV],
                         ids=[" / ".join(case.get("turns") or [case["q"]])[:60] for case in DEV])
def test_the_dev_set_holds(bundled: Engine, case: dict[str, Any]) -> None:
    """As ../shared/eval/score.py scores a case; a case tagged `gap` is a known miss of the fresh part."""
    turns = case.get("turns") or [case["q"]]
    answer = asked(bundled, turns)
    if "kommun" in case:
        assert answer.municipality == case["kommun"], (turns, answer.text[:200])
    assert_scored({**case, "q": " / ".join(turns)}, answer.text)


def test_a_quote_that_only_names_someone_is_not_given_as_their_words(bundled: Engine) -> None:
    """"säger Mattias Skarp, chef för lokalpolisområde Falun." says who he is: the answer says the source
    gives no words of his, and quotes the sentence that names him, the signing."""
    answer = asked(bundled, ["Vem är polischef i Falun?", "vad sa han?"])
    assert answer.municipality == "falun"
    assert "återger inte vad Mattias Skarp sa" in answer.text
    assert "”säger Mattias Skarp" not in answer.text and "skrevs den under" in answer.text


def test_a_real_quote_is_still_quoted(bundled: Engine) -> None:
    answer = asked(bundled, ["Vem är kommunpolis i Säter?", "vad sa de?"])
    assert "”Dels kommer kommunpoliserna Erik Gatu och Anna Ställ att finnas på plats i kommunen”" in answer.text
    assert "återger inte" not in answer.text


def test_title_only_reads_the_quote_against_name_role_and_place(knowledge: Knowledge) -> None:
    arvidsjaur, sater = knowledge.municipalities["arvidsjaur"], knowledge.municipalities["sater"]
    assert all(quotes._title_only(p, arvidsjaur) for p in arvidsjaur.people)
    assert not quotes._title_only(next(p for p in sater.people if p.name == "Erik Gatu"), sater)


def test_counting_says_what_the_entry_names_and_no_more(bundled: Engine) -> None:
    answer = asked(bundled, ["Finns det poliser i Säter?", "hur många är de?"])
    assert answer.municipality == "sater" and "två poliser" in answer.text
    assert "Hur många poliser som arbetar i kommunen anger den inte" in answer.text
    # Without anything counted before, "hur många är de?" is not read as this.
    plain = asked(bundled, ["Vad fokuserar Säter på?", "hur många är de?"])
    assert "två poliser" not in plain.text


def test_a_document_keeps_the_kommun_and_only_a_definition_question_adds_the_glossary(bundled: Engine) -> None:
    entry = asked(bundled, ["Har Burlöv ett avtal?", "vad står i åtgärdsplanen?"])
    assert entry.municipality == "burlov" and "aktiviteter som specificeras i en åtgärdsplan" in entry.text
    assert "2023:196" not in entry.text
    defined = asked(bundled, ["Har Vellinge ett avtal?", "vad är en lägesbild?"])
    assert defined.municipality == "vellinge" and "2023:196" in defined.text and "28 november 2022" in defined.text
    # With no kommun talked about, the glossary answers alone.
    assert asked(bundled, ["vad står i åtgärdsplanen?"]).municipality is None


def test_a_kommun_whose_entry_does_not_name_the_document_gets_the_glossary(bundled: Engine) -> None:
    answer = asked(bundled, ["Vad fokuserar Kävlinge på?", "vad står i åtgärdsplanen?"])
    assert "Om åtgärdsplanen i" not in answer.text and "2023:196" in answer.text


@pytest.mark.parametrize("text, fact", [
    ("kan jag vara anonym om jag tipsar om en otrygg plats?", "anonymous"),
    ("can I stay anonymous if I report an unsafe place?", "anonymous"),
    ("är trygghetsmätningen anonym?", "survey_private"),
    ("kan kommunen se vad just jag svarade i trygghetsmätningen?", "survey_private"),
    ("hur får jag veta när det kommer ett nytt avtal i Lund?", "follow"),
    ("How do I find out when Växjö gets a new agreement?", "follow"),
])
def test_the_bot_facts_read(text: str, fact: str) -> None:
    assert not_now.reads(fold(text).replace("?", ""), fold(text).replace("?", "").split(), text) == fact


def test_the_anonymous_fact_answers_in_the_residents_language(bundled: Engine) -> None:
    english = bundled.answer("can I stay anonymous if I report an unsafe place?", Conversation())
    assert english.language == "en" and "without your name or username" in english.text
    assert bundled.knowledge.general["anonymous"].text.startswith("Ja. Synpunkter du skickar med /synpunkt")


@pytest.mark.parametrize(("turns", "said"), [
    (["Vad säger Ystads överenskommelse?", "hur gick det i trygghetsundersökningen?"], "1,43"),
    (["Vad gör Haninge?", "och Nynäshamn?", "vilken väg nämns?"], "225"),
])
def test_a_question_in_the_entry_s_own_words_after_a_kommun_is_asked_of_it(bundled: Engine, turns: list[str],
                                                                          said: str) -> None:
    """It was "Det kan jag tyvärr inte svara på": read alone, the words ask nothing the bot does."""
    assert said in asked(bundled, turns).text


def test_a_question_of_no_word_of_the_entry_s_stays_out_of_scope(bundled: Engine) -> None:
    assert asked(bundled, ["Vad gör Lund?", "vad tycker du om fotboll?"]).topic == "out_of_scope"
