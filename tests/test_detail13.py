"""Round thirteen (branch detail13): one detail of a kommun's entry asked by its frame – where, asked as
"i vilken ort / i vilket område / vid vilken …"; why a subject is a focus ("varför fokuserar X på Y?",
"vad är problemet med …?"); how the focus areas were chosen for the year asked ("hur valdes …"); what is
most common or largest, or what has changed, per the lägesbild ("vilket brott anmäls oftast?"); a figure;
and a subject the entry does not mention – answered with the entry's sentence (bot/answering/detail_frames.py)."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import detail_asks, detail_frames
from bot.answering.engine import Conversation, Engine
from bot.answering.passage_index import stem
from bot.text import fold, tokens
from tests.scored import asked, assert_scored, dev_set

# Our own dev set (tests/fixtures/detail_dev13.yaml), in the scorer's format.
DEV = dev_set("detail_dev13.yaml")

# Still answered otherwise (the report names it): kept here so a fix shows up as an XPASS. None left since round
# twenty-nine, which answers Hultsfred's "where is it least safe by the survey" with the survey's "tätorten Hultsfred".
OPEN: set[str] = set()


def test_the_dev_set_is_the_class() -> None:
    tags = [set(case["tags"]) for case in DEV]
    assert len(DEV) >= 45
    for shape in ("where", "why", "how", "most", "figure", "absent"):
        assert sum(shape in t for t in tags) >= 3, shape
    assert sum("en" in t for t in tags) >= 6


@pytest.mark.parametrize("case", [pytest.param(c, marks=pytest.mark.xfail(strict=True)) if c["q"] in OPEN else c
                                  for c in DEV], ids=[case["q"][:60] for case in DEV])
def test_the_dev_set_holds(bundled: Engine, case: dict[str, Any]) -> None:
    answer = asked(bundled, [case["q"]])
    assert_scored(case, answer.text)


@pytest.mark.parametrize("message, shape", [
    ("I vilken ort har tryggheten förbättrats?", "where"),
    ("i vilket område känner sig folk otrygga i knivsta", "where"),
    ("vid vilken badplats vill Lekeberg skapa trygghet", "where"),
    ("in which part of Degerfors do people feel least safe", "where"),
    ("Vilket brott anmäls oftast i Kinda?", "most"),
    ("What is the biggest problem in Staffanstorp?", "most"),
    ("har brotten ökat i Eslöv", "change"),
    ("Varför fokuserar Staffanstorp på bostadsinbrott?", "why"),
    ("Vad är problemet med trafiken i Ale?", "why"),
    ("hur valdes fokusomradena i Harnosand 2020-2021", "basis"),
    ("vad bygger dals-eds medborgarlofte 2021 pa", "basis"),
    ("What are people in Lessebo worried about?", "worry"),
])
def test_the_frame_is_read(bundled: Engine, message: str, shape: str) -> None:
    reading = bundled.read(message, Conversation())
    assert reading.detail_ask is not None and reading.detail_ask.shape == shape


@pytest.mark.parametrize("message", [
    "I vilket år tecknades löftet i Kinda?",  # a time, not a place
    "På vilket sätt arbetar Kinda mot narkotika?",  # how, not where
    "I vilket lokalpolisområde ligger Kinda?",  # the police area's answer
    "Varför finns medborgarlöften?",  # no subject: the purpose's question
])
def test_other_frames_are_left_alone(bundled: Engine, message: str) -> None:
    reading = bundled.read(message, Conversation())
    assert reading.detail_ask is None or reading.detail_ask.shape not in ("where", "why", "most", "change")


def test_a_ranking_of_kommuner_is_no_superlative_of_one_entry() -> None:
    assert detail_frames.shape("vilken kommun har mest brott", tokens("vilken kommun har mest brott")) is None


def test_the_most_common_crime_is_the_entrys_sentence_not_the_limit(bundled: Engine) -> None:
    answer = bundled.answer("Vilket brott anmäls oftast i Kinda?", Conversation())
    assert answer.municipality == "kinda" and answer.topic == "detail"
    assert "vanligaste anmälda brottet" in answer.text


def test_a_superlative_of_something_else_keeps_the_limit(bundled: Engine) -> None:
    """Malmö's entry says where it is "mest utsatta", nothing of which crime is most common."""
    answer = bundled.answer("vilket brott är vanligast i Malmö?", Conversation())
    assert "mest utsatta" not in answer.text and answer.topic != "detail"


def test_why_gives_the_basis_before_the_areas_title(bundled: Engine) -> None:
    answer = bundled.answer("varför fokuserar Halmstad på stadskärnan?", Conversation())
    assert "flest invånare" in answer.text and "Underlag" in answer.text


def test_why_of_a_subject_not_taken_up_is_still_said_missing(bundled: Engine) -> None:
    answer = bundled.answer("Why is Staffanstorp focusing on drones?", Conversation())
    assert "not mentioned" in answer.text or "does not mention" in answer.text


def test_why_picks_the_area_the_subject_names_not_a_sentence_holding_the_word(bundled: Engine) -> None:
    """Ale 2020's narcotics area holds "trafiken" in its quote; the traffic area's own text answers."""
    answer = bundled.answer("Vad är problemet med trafiken i Ale?", Conversation())
    assert "fortkörning" in answer.text and "narkotikadebut" not in answer.text


def test_how_chosen_is_the_basis_of_the_year_asked(bundled: Engine) -> None:
    answer = bundled.answer("hur valdes fokusomradena i Harnosand 2020-2021", Conversation())
    assert "Invånardialoger" in answer.text and "Räddningstjänsten" not in answer.text


def test_an_english_plural_stems_as_its_singular() -> None:
    assert stem("burglaries") == stem("burglary")
    assert stem(fold("bedrägerier")) == stem(fold("bedrägeri"))  # Swedish as before


def test_a_where_question_after_a_preposition_is_a_question() -> None:
    from bot.answering import lexicon
    assert lexicon.asks("i vilket område känner sig folk otrygga", tokens("i vilket område känner sig folk otrygga"))
    assert detail_asks.asks_the_text(detail_asks.Ask("where"), "in which area do people feel unsafe",
                                     tokens("in which area do people feel unsafe"))
