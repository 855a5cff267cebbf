"""Round twenty-two's joined questions: clause breaks that a compound's hyphen or a kommun's agreement as subject
hid (bot/answering/clause_breaks.py), on the dev set written before the code and on examples not in it."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering.claim_spans import claim_span
from bot.answering.clause_breaks import HEADING, unheaded
from bot.answering.clauses import split
from bot.answering.engine import Engine
from tests.scored import assert_case, assert_shapes, dev_params, dev_set

DEV = dev_set("joined22_dev22.yaml")


def test_the_dev_set_is_the_class() -> None:
    assert_shapes(DEV, {"word_late": 3, "joint": 3, "three": 2, "story": 3, "en": 4}, total=25)


# Still missed: a late question word after a noun ("vem skrev under den och uppföljningen, hur görs den?").
@pytest.mark.parametrize("case", dev_params(DEV, known_misses=("uppföljningen, hur görs den",)))
def test_the_dev_set_holds(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)


@pytest.mark.parametrize("text", ["Vad gör brotts- och trygghetsrådet i Vara", "Vilka sitter i Säkerhets- och beredskapsgruppen",
                                  "När möts styr- och samverkansgruppen"])
def test_a_compounds_hyphen_is_no_heading(text: str) -> None:
    assert unheaded(text) == text


@pytest.mark.parametrize("text", ["Borås: förnyas avtalet?", "Heby 2024 - vem skrev under?", "Gnesta – vilken metod?"])
def test_a_heading_still_ends_at_its_mark(text: str) -> None:
    assert HEADING.match(text)


@pytest.mark.parametrize("text, second", [
    ("Vem är kommunpolis i Mora och tar Moras löfte upp inbrott?", "tar Moras löfte upp inbrott?"),
    ("När skrevs det under i Lund, och nämner lunds överenskommelse narkotika?", "nämner lunds överenskommelse narkotika?"),
    ("Hur ofta träffas råds- och samverkansgruppen i Vara och när går det ut?", "när går det ut?"),
    ("Vilka fokusområden finns i Kiruna och säger Kiruna kommuns avtal något om skolan?",
     "säger Kiruna kommuns avtal något om skolan?")])
def test_a_second_question_is_its_own_clause(text: str, second: str) -> None:
    assert split(text)[-1] == second and len(split(text)) == 2


@pytest.mark.parametrize("toks", [("and", "which", "local", "police", "area", "is", "it"),
                                  ("haparanda", "anything", "on", "scams", "and", "who", "is", "it"),
                                  ("also", "what", "year", "was", "it")])
def test_a_question_words_is_it_is_no_tag_on_a_claim(toks: tuple[str, ...]) -> None:
    assert claim_span(list(toks), False) is None


@pytest.mark.parametrize("toks", [("kiruna", "signed", "in", "2010", "did", "it"),
                                  ("lund", "has", "five", "focus", "areas", "does", "it")])
def test_a_tag_after_a_statement_is_still_a_claim(toks: tuple[str, ...]) -> None:
    assert claim_span(list(toks), False) is not None
