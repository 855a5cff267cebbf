"""Joined false premises (round twenty-five, benchmarks/claims_joined.py): a claim that holds a year AND a place,
a subject or a signer is answered on its first false part, never "Ja" on the year alone (claim_parts.py,
claims.py); a signer said in lower case, by a first name alone, is checked against the signers
(claim_checks.py); a place said to be "med i" another kommun's agreement keeps that kommun (asked_kommun.owner)."""

from __future__ import annotations

import pytest

from benchmarks import claims_joined
from bot.answering import claim_parts
from bot.answering.engine import Engine
from bot.text import fold
from tests.scored import asked


def _opens_yes(text: str) -> bool:
    return bool(claims_joined.YES.match(fold(text)[:60]))


@pytest.mark.parametrize("text", [
    "Ales medborgarlöfte 2024 pekade ut Gusum, stämmer det?",
    "löftet i Ale 2024 gällde väl Gusum?",
    "Var Gusum med i Ales löfte 2024?",
    "Was Gusum part of Ale's agreement in 2024?",
    "Was Gusum included in Ale's 2024 promise?",  # a year between the name and the agreement
    "Stämmer det att Ales löfte från 2024 nämnde Gusum?",
])
def test_a_true_year_with_a_place_of_another_kommun_is_no_yes(bundled: Engine, text: str) -> None:
    answer = asked(bundled, [text])
    assert answer.municipality == "ale"
    assert not _opens_yes(answer.text), answer.text[:120]
    assert "Gusum ligger i Valdemarsviks kommun" in answer.text or "Gusum is in Valdemarsvik" in answer.text


def test_pointing_out_is_no_end(bundled: Engine) -> None:
    """"pekade ut Vislanda" is not a claim about when the agreement ends: the 2023 promise that names
    Vislanda is not denied."""
    answer = asked(bundled, ["Alvestas medborgarlöfte 2023 pekade ut Vislanda, stämmer det?"])
    assert not fold(answer.text).startswith("nej"), answer.text[:120]
    assert "Vislanda" in answer.text


def test_a_focus_in_a_year_no_agreement_has_is_corrected_by_the_year(bundled: Engine) -> None:
    answer = asked(bundled, ["I read that Ale's 2018 promise was all about domestic violence"])
    assert answer.text.startswith("No, that is not right."), answer.text[:120]
    assert "2024" in answer.text and "2018" not in answer.text.split("\n", 1)[0]


def test_a_focus_in_its_own_year_is_still_confirmed(bundled: Engine) -> None:
    answer = asked(bundled, ["I read that Ale's 2024 promise was all about domestic violence"])
    assert answer.text.startswith("Yes"), answer.text[:120]


@pytest.mark.parametrize("text, signed", [
    ("skrev anders under Älvkarlebys avtal 2023?", False),
    ("skrev katrin under Älvkarlebys avtal 2023?", True),
    ("skrev katrin jakobsson under Älvkarlebys avtal 2023?", True),
    ("skrev kalle pettersson under Älvkarlebys avtal 2023?", False),  # a name the base does not hold
    ("skrev eva högfeldt-pettersson under Älvkarlebys avtal 2023?", False),  # three words before "under"
    ("skrev kommunstyrelsens ordförande under Älvkarlebys avtal 2023?", True),  # a role, not a name
])
def test_a_signer_in_lower_case_is_checked_against_the_signers(bundled: Engine, text: str, signed: bool) -> None:
    answer = asked(bundled, [text])
    assert answer.text.startswith("Ja." if signed else "Nej."), answer.text[:120]
    assert "Katrin Jakobsson" in answer.text


def test_outside_needs_every_agreement_dated(bundled: Engine) -> None:
    ale = bundled.knowledge.municipalities["ale"]
    assert claim_parts.outside(ale, 2018)
    assert not claim_parts.outside(ale, 2024) and not claim_parts.outside(ale, 2031)  # open from 2024
    assert not claim_parts.outside(ale, None)


def test_the_probe_builds_every_combination(bundled: Engine) -> None:
    probes = claims_joined.probes(bundled.knowledge)
    combos = {(p.kind, p.combo) for p in probes}
    assert {(k, c) for k in ("place", "focus", "signer") for c in ("TF", "FF", "TT")} <= combos
    assert {claims_joined.half(p.muni) for p in probes} == {"develop", "check"}
    false_year = next(p for p in probes if p.combo == "FT")
    assert false_year.wrong_year and false_year.wrong_year not in false_year.year_facts
    assert claims_joined.failure(false_year, "Ja, det stämmer.") == "confirmed"
    assert claims_joined.failure(false_year, "Järvsö ligger i Ljusdals kommun.") != "confirmed"


def test_a_year_of_something_else_is_not_held_against_the_agreements(bundled: Engine) -> None:
    """Only a year put on the agreement ("Ale's 2018 promise") is corrected by the agreements' years: a year of
    a certification is answered from the sentence that has it."""
    answer = asked(bundled, ["Östersund blev Purple Flag-certifierat redan 2019 eller?"])
    assert "2023" in answer.text and not answer.text.startswith("Nej, det stämmer inte. Enligt källan gäller")


def test_a_signing_office_with_an_adverb_is_no_name(bundled: Engine) -> None:
    answer = asked(bundled, ["Skrev landshövdingen verkligen under överenskommelsen om brottsförebyggande "
                             "samverkan på Gotland?"])
    assert answer.text.startswith("Ja."), answer.text[:120]
