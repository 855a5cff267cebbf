"""Round fourteen (branch retrieval14): one detail deep in a kommun's entry, asked in words its sentence does
not use – a compound on one side only, the same act in other words, English, and the one sentence naming
the asked thing – answered with the entry's sentence (bot/answering/compound_parts.py, with_whom.py)."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering.compound_parts import Parts
from bot.answering.engine import Conversation, Engine
from bot.answering.passage_index import stem
from bot.text import tokens
from tests.scored import asked, assert_scored, assert_shapes, dev_params, dev_set

# Our own dev set (tests/fixtures/retrieval_dev14.yaml), in the scorer's format.
DEV = dev_set("retrieval_dev14.yaml")

# Still answered otherwise (the report names them), kept so a fix shows up as an XPASS: "hur gick
# trygghetsundersökningen" quotes how Kävlinge follows up by the survey, not the figure it gave; Ekerö's
# "who drew up the lägesbild" stands in an area's sentence, and the lägesbild's frame quotes the basis. Of
# the fresh ten, written after the work: Habo's method PAR is not found beside the other Habo entry's
# areas, and "invånarenkäten" of Arvidsjaur reads as a request for opinions the bot does not hold.
OPEN = {"hur gick trygghetsundersokningen i kavlinge", "vem har utarbetat lägesbilden i ekerö",
        "vilken metod använder Habo för relationen mellan unga och blåljuspersonal",
        "Vad tycker folk i Arvidsjaur enligt invånarenkäten?"}


def test_the_dev_set_is_the_class() -> None:
    assert_shapes(DEV, {"compound": 3, "verb": 3, "en": 6, "named": 3, "partner": 3, "measure": 3})


@pytest.mark.parametrize("case", dev_params(DEV, OPEN))
def test_the_dev_set_holds(bundled: Engine, case: dict[str, Any]) -> None:
    answer = asked(bundled, [case["q"]])
    assert_scored(case, answer.text)


def _gained(engine: Engine, message: str) -> list[str]:
    return engine.passages.query_terms(tokens(message))[1]


@pytest.mark.parametrize("message, entry_word", [
    ("drogundersokning", "drogvaneundersökning"),  # the entry's compound has one more part inside
    ("trygghetsundersokningen", "trygghetsmätningen"),  # a survey's other name, the same head
    ("insatser i trafiken", "trafikinsatser"),  # two words of the question, one of the entry
    ("hur utvarderas arbetet", "uppföljning"),  # the same act in other words
    ("atar sig kommunen", "lovar"),
])
def test_a_question_meets_the_entrys_word(bundled: Engine, message: str, entry_word: str) -> None:
    assert stem(tokens(entry_word)[0]) in _gained(bundled, message)


def test_a_compound_no_passage_holds_gains_its_parts(bundled: Engine) -> None:
    assert stem("narkotika") in _gained(bundled, "narkotikaarbetet")
    assert stem("skola") in _gained(bundled, "skolpolis")  # "polis" is a stopword on both sides


def test_a_word_the_passages_hold_gains_nothing(bundled: Engine) -> None:
    """Only a word no passage holds is split: a question in the entry's own words ranks as before."""
    assert _gained(bundled, "narkotika") == [] and _gained(bundled, "grannsamverkan") == []


def test_parts_split_into_known_words() -> None:
    parts = Parts(["skola", "polis", "skolpolis", "drog", "undersokning", "drogvaneundersokning"], stem,
                  frozenset(stem(w) for w in ("skola", "polis", "drog", "undersokning")))
    assert parts.split("skolpolis") == ("skol", "polis")
    assert parts.split("polis") is None
    assert stem("drogvaneundersokning") in parts.expanded(["drogundersokning"])


def test_a_gained_word_counts_in_a_sentence_never_in_our_keywords(bundled: Engine) -> None:
    """Luleå's area lists "kameror" among our keywords, its sentence says nothing of cameras: a compound's
    last part ("övervaknings|kameror") does not find it."""
    answer = bundled.answer("Stämmer det att polisen i Luleå har lovat fler övervakningskameror?", Conversation())
    assert answer.text.startswith("Nej, det stämmer inte")


def test_whom_on_a_thing_gets_its_sentence(bundled: Engine) -> None:
    """(Since the merge with routing14, the partners frame answers with the thing's own sentence.)"""
    answer = bundled.answer("vem samarbetar osby med om grannsamverkan", Conversation())
    assert answer.municipality == "osby" and "Länsförsäkringar" in answer.text


@pytest.mark.parametrize("message", ["Vilka samarbetar Lund med?", "vem samverkar Osby med", "Who are the parties in Lund?"])
def test_whom_alone_is_the_parties_only(bundled: Engine, message: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert answer.topic == "parties" and "Det här står" not in answer.text and "This is what" not in answer.text


def test_whom_prefers_the_sentence_that_says_with_whom(bundled: Engine) -> None:
    answer = bundled.answer("Vilka aktörer samverkar Bollnäs med för ökad vuxennärvaro?", Conversation())
    assert "förenings- och näringsliv" in answer.text


@pytest.mark.parametrize("message", ["vilken enkät använder malmö", "Vilken modell använder Sölvesborg?"])
def test_a_named_survey_or_model_is_a_named_kind(bundled: Engine, message: str) -> None:
    reading = bundled.read(message, Conversation())
    assert reading.detail_ask is not None and reading.detail_ask.shape == "named"
