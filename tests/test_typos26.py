"""Round twenty-six's residents' wording (benchmarks/perturb.py per half, with its fifth change: premises told as
hearsay in statement order): hearsay said after the claim closes a claim to check ("… har jag hört", "… sa min
granne"); a kommun that is an everyday word, opening the message or the clause after "att", is the kommun before
"ska ha" or "har inget om"; a claim or hearsay about a named kommun's agreement is no emergency by the model alone.
The sentences are our own, not the probe's."""

from __future__ import annotations

import random

import pytest

from benchmarks import perturb
from bot.answering import ambiguous_names, claim_spans
from bot.answering.conversation import Conversation
from bot.answering.engine import Engine
from bot.text import cased_tokens, tokens


def reply(engine: Engine, text: str):  # type: ignore[no-untyped-def]
    return engine.answer(text, Conversation())


@pytest.mark.parametrize("text", [
    "ljusdals avtal gäller till 2031 har jag hört",
    "ljusdals avtal gäller till 2031 hörde jag",
    "ljusdals avtal gäller till 2031 sa min granne",
    "ljusdals avtal gäller till 2031 läste jag",
])
def test_hearsay_after_the_claim_closes_it(text: str) -> None:
    toks = tokens(text)
    span = claim_spans.claim_span(toks, False)
    assert span is not None and span[0] == 0 and not span[2]
    assert toks[span[1] - 1] == "2031"  # the tag is not part of what is claimed


def test_a_statement_without_hearsay_puts_no_claim() -> None:
    assert claim_spans.claim_span(tokens("ljusdals avtal gäller till 2031"), False) is None


@pytest.mark.parametrize(("text", "accepted"), [
    ("mora ska ha ett nytt avtal", True),
    ("hörde att mora ska ha ett nytt avtal", True),
    ("sala har inget om klotter", True),
    ("sala has nothing about graffiti", True),
    ("mora var fint i somras", False),
    ("vara ska vara här", False),
])
def test_an_everyday_word_kommun_said_to_have(text: str, accepted: bool) -> None:
    cased = cased_tokens(text)
    start = next(i for i, w in enumerate(cased) if w.casefold() in ("mora", "sala", "vara"))
    assert ambiguous_names.accepted(cased, start, start + 1, text, [], frozenset()) is accepted


@pytest.mark.parametrize(("text", "expected"), [
    ("mora ska ha ett avtal som gick ut 2020 har jag hört", "mora"),
    ("hörde att sala ska ha ett medborgarlöfte om båtar", "sala"),
])
def test_the_kommun_is_found_first_in_lower_case(bundled: Engine, text: str, expected: str) -> None:
    assert reply(bundled, text).municipality == expected


def test_a_false_year_heard_is_denied(bundled: Engine) -> None:
    text = reply(bundled, "hofors medborgarlöfte gällde 2011–2012 har jag hört").text
    assert text.startswith("Nej, det stämmer inte")


def test_hearsay_of_an_agreement_is_no_emergency(bundled: Engine) -> None:
    answer = reply(bundled, "hörde att karlstads medborgarlöfte tog slut och att inget nytt har kommit sen dess")
    assert "112" not in answer.text[:120] and answer.municipality == "karlstad"


def test_a_danger_beside_an_agreement_keeps_112(bundled: Engine) -> None:
    answer = reply(bundled, "min dotter har inte kommit hem sen igår, hörde att karlstads avtal inte hjälper")
    assert "112" in answer.text[:120]


def test_the_probe_tells_a_premise_as_hearsay() -> None:
    perturb._NAMES["ljusdal"] = "Ljusdal"
    case = {"kommun": "ljusdal", "tags": ["premise"], "_file": "eval/blind/vX/premises.yaml"}
    seen = {perturb._hearsay("Ljusdals avtal gäller väl till 2031?", random.Random(seed), case) for seed in range(40)}
    assert seen == {"ljusdals avtal gäller till 2031 har jag hört", "hörde att ljusdals avtal gäller till 2031",
                    "ljusdals avtal gäller väl till 2031?", "ljusdal ska ha avtal som gäller till 2031 har jag hört"}
    english = {"kommun": "ljusdal", "tags": ["premise"], "_file": "premises.yaml"}
    assert perturb._hearsay("Ljusdal's agreement is valid until 2031, right?", random.Random(1), english).startswith("Ljusdal's")
    assert perturb._hearsay("Vad gäller i Ljusdal?", random.Random(1), case) == "Vad gäller i Ljusdal?"  # no claim verb


def _alone(part: str) -> bool:
    return False


@pytest.mark.parametrize(("text", "asked"), [
    ("Jag och min sambo pratade om det här i helgen. Vad lovar Ljusdal?", "Vad lovar Ljusdal?"),
    ("Vi diskuterade det på jobbet. vem skrev under i Ljusdal?", "vem skrev under i Ljusdal?"),
])
def test_a_talk_told_before_the_question_is_left_out(text: str, asked: str) -> None:
    from bot.answering import asked_span, clauses
    assert asked_span.question(text, _alone, clauses.asks) == asked


def test_a_talk_with_more_in_it_is_kept() -> None:
    from bot.answering import asked_span, clauses
    text = "Min granne och jag pratade om att han hotade mig. Vad gör Ljusdal?"
    assert asked_span.question(text, _alone, clauses.asks) == text


def test_a_talk_lead_keeps_an_emergency(bundled: Engine) -> None:
    assert "112" in reply(bundled, "Min kompis och jag pratade om det här igår. Han andas inte nu!").text[:120]


def test_a_role_slipped_is_put_right(bundled: Engine) -> None:
    reading = bundled.reader.read("och lansdhövdingen, vad heter han?", Conversation())
    assert "landshovdingen" in reading.tokens
