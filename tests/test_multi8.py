"""Round eight's several asks in one message and details an entry's text states: a method the areas
name, who signed beside which area is in focus, whether promises were kept or are renewed, an aspect
asked of a term after the kommun was told, what the lägesbild or the survey says about a subject, and
what a named person said. Expectations are read from the bundled entries, not written here."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import aspects, clauses, detail_asks, text_asks
from bot.answering.engine import Conversation, Engine
from bot.answering.knowledge import Knowledge
from bot.text import fold, tokens
from tests.conftest import TODAY
from tests.scored import assert_case, dev_set

# Our own dev set, in the scorer's format (the part written before the work and the fresh part after it).
DEV = [case for case in dev_set("multi_dev8.yaml") if "gap" not in case.get("tags", [])]



@pytest.mark.parametrize("case", DEV, ids=[str(case.get("q") or case["turns"][-1])[:50] for case in DEV])
def test_the_dev_set_holds(bundled: Engine, case: dict[str, Any]) -> None:
    assert_case(bundled, case)


@pytest.mark.parametrize(("text", "parts"), [
    ("vem skrev under löftet för polisen? o finns det något om bedrägerier", 2),
    ("hur många tillsyner lovade polisen i Jokkmokk, och blev löftena uppfyllda?", 2),
    ("Vad fokuserar Osby på och förnyas löftet varje år?", 2),
    ("Jag bor i Lund och undrar o funderar", 1),  # a connector that opens no question
])
def test_a_clause_opening_with_a_connector_or_the_promises_verb_is_its_own(text: str, parts: int) -> None:
    assert len(clauses.split(text)) == parts


def test_an_aspect_of_a_term_is_no_definition() -> None:
    assert text_asks.asks_an_aspect_of("vad ar fokus i medborgarloftet")
    assert text_asks.asks_an_aspect_of("what is the focus of the citizen promise")
    assert not text_asks.asks_an_aspect_of("vad ar ett medborgarlofte")
    assert not text_asks.asks_an_aspect_of("vad ar lagesbild")


def test_a_method_is_what_the_areas_name_beside_a_word_of_method(knowledge: Knowledge) -> None:
    for kommun in ("gnesta", "karlskrona", "klippan", "osby"):
        named = aspects.named_methods(knowledge.municipalities[kommun])
        assert named and all("EST" in f"{a.title} {a.text} {a.quote}" for a in named), kommun
    klippan = aspects.named_methods(knowledge.municipalities["klippan"])
    assert not any("utveckla stöd och metoder" in a.title for a in klippan)  # the word alone names none
    # An entry without a methods list no longer says "the source says nothing" of a method it names.
    text = aspects.methods(knowledge.municipalities["gnesta"], "sv", TODAY)
    assert "säger inget" not in text and "EST" in text


def _asked(text: str) -> detail_asks.Ask | None:
    toks = tokens(text)
    return detail_asks.ask(text, " ".join(toks), toks)


@pytest.mark.parametrize(("text", "shape"), [
    ("vad säger Kalmars lägesbild om narkotika?", "showed"),
    ("Vad visade trygghetsmätningarna om kvinnor och män?", "showed"),
    ("What does the survey show about women?", "showed"),
    ("vem ansvarar för lägesbilden?", "picture"),  # how it is made stays its own frame
    ("förnyas löftet varje år?", "often"),
])
def test_the_frame_of_what_the_picture_showed(text: str, shape: str) -> None:
    asked = _asked(text)
    assert asked is not None and asked.shape == shape


def test_the_lagesbild_about_a_subject_is_the_entrys_sentence_on_it(bundled: Engine, knowledge: Knowledge) -> None:
    basis = knowledge.municipalities["kalmar"].agreements
    said = next(s for a in basis for s in a.basis.split(". ") if "cannabis" in s)
    answer = bundled.answer("vad säger Kalmars lägesbild om narkotika?", Conversation())
    assert said.rstrip(".") in answer.text


def test_what_a_person_said_is_quoted_from_the_same_source(bundled: Engine, knowledge: Knowledge) -> None:
    muni = knowledge.municipalities["ulricehamn"]
    person = next(p for p in muni.people if p.name == "Erica Pettersson")
    quoted = [a for a in muni.areas if "Pettersson" in a.quote and a.source_id == person.source_id]
    answer = bundled.answer("Vad sa Erica Pettersson att polisen skulle göra?", Conversation())
    assert quoted and all(a.quote in answer.text for a in quoted)
    # Asked who they are, the role alone.
    assert quoted[0].quote not in bundled.answer("Vem är Erica Pettersson?", Conversation()).text


def test_whether_the_promise_is_renewed_is_the_agreements_own_sentence(bundled: Engine, knowledge: Knowledge) -> None:
    notes = [a.signed_note for a in knowledge.municipalities["osby"].agreements if "om aret" in fold(a.signed_note)]
    answer = bundled.answer("förnyas löftet i Osby varje år?", Conversation())
    assert notes and any(n.split("; ")[-1].split(". ")[-1] in answer.text for n in notes)
