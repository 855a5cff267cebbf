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


# "hur jobbar X med bedrägerier?" answers the kommun's methods, and the area it names is added (uncovered.py, net28).
@pytest.mark.parametrize("case", dev_params(DEV))
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


@pytest.mark.parametrize("text, kommun", [
    ("Hallsatvik ligger väl i Östhammars kommun?", "norrtalje"),   # a locality with two letters swapped beside a name
    ("Hur samarbetar Arvidsjaur och Arjeplgo?", "arjeplog"),
    ("Vad har Hfoors och Sandviken gemensamt?", "hofors")])        # the word as written, not its stem "hfoor" (Höör)
def test_a_swapped_name_beside_another_name_is_read(bundled: Engine, text: str, kommun: str) -> None:
    found = {m.place.kommun_id for m in bundled.matcher.scan(text).mentions}
    assert kommun in found


@pytest.mark.parametrize("text", ["Vad gör Mora och Orsa med skolorna?", "jag bor i Lund och jobbar i Malmö",
                                  "Hylte och Halmstad samarbetar väl?"])
def test_no_swap_is_read_into_a_name_written_right(bundled: Engine, text: str) -> None:
    assert all(not m.fuzzy for m in bundled.matcher.scan(text).mentions)


@pytest.mark.parametrize("text, region", [("Ligger Vansbro i Dalrana?", "Dalarnas län"),
                                          ("Hör Orsa till lokalpolisområde Malung eller Mroa?", None),
                                          ("Is Tierp in Uppsala cuonty?", "Uppsala län"),
                                          ("Tillhör Boxholm Östegrötlands län?", "Östergötlands län")])
def test_a_county_word_with_two_letters_swapped_is_the_county(bundled: Engine, text: str, region: str | None) -> None:
    counties = [r.name for r in bundled.matcher.scan(text).regions if r.kind == "county"]
    assert counties == ([region] if region else [])

