"""Round twenty's questions typed as residents type them (branch robust20): lower case without "?" or with two
letters swapped in a long word, on the dev set written before the code, and the rule that puts a question's
"?" back (asked_span.marked) on examples that are not in the dev set."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import asked_span, clause_breaks
from bot.answering.engine import Engine
from tests.scored import asked, assert_case, assert_shapes, dev_params, dev_set

DEV = dev_set("robust20_dev20.yaml")


def test_the_dev_set_is_the_class() -> None:
    assert_shapes(DEV, {"lower": 25, "slip": 20, "place": 20, "aspect": 20, "neg": 5, "en": 8})


# Still missed: "hur jobbar X med bedrägerier?" answers the kommun's methods, also when written neatly (not a slip).
@pytest.mark.parametrize("case", dev_params(DEV, known_misses=("Hur jobbar Vaggreyd med bedrägerier?",)))
def test_the_dev_set_holds(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)


@pytest.mark.parametrize("text", [
    "stationen i nybro känns otrygg vad lovar polisen",
    "jag bor i kalmar och undrar vilka kommunen samarbetar med",
    "det är stökigt i parken på nätterna, har polisen lovat något",
    "vilket år skrevs det under",
    "hur ofta ska de ha möten med invånarna",
    "which areas does the promise cover",
    "otryggt vid torget – står det något om det"])
def test_a_question_typed_without_its_mark_gets_it_back(text: str) -> None:
    assert asked_span.marked(text, clause_breaks.opens_with_verb) == text + "?"


@pytest.mark.parametrize("text", [
    "när jag kom hem var fönstret krossat",       # "när" before its subject tells
    "vilken gata det var minns jag inte",
    "igår kväll har polisen varit här två gånger",  # a fronted time, not a question
    "vad skönt att höra.",                         # ended with a full stop
    "tack för svaret",
    "hjälp det brinner i köket!",
    "vem skrev under?"])                            # marked already
def test_a_statement_gets_no_mark(text: str) -> None:
    assert asked_span.marked(text, clause_breaks.opens_with_verb) == text


def test_a_worry_told_before_an_unmarked_question_gets_the_answer(bundled: Engine) -> None:
    answer = asked(bundled, ["det är otryggt vid stationen i kungshamn på helgerna vad har kommunen lovat"])
    assert answer.municipality == "sotenas" and "narkotika" in answer.text.lower()


def test_danger_now_without_a_mark_keeps_112_first(bundled: Engine) -> None:
    answer = asked(bundled, ["någon försöker bryta sig in hos mig vad ska jag göra"])
    assert "112" in answer.text[:120]
