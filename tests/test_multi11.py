"""Round eleven (branch multi11): several asks in one message, each answered in order. Two kommuner asked
whether they share a police area or county get yes or each one's (not a claim checked against the first,
nor an emergency for "ligger … i samma län"); a yes/no question opening with its verb is a clause; a
compare shows what a kommun without focus areas covers; partners, basis and people in the residents' words;
a kommun moved from is not asked about."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import clauses
from bot.answering.engine import Conversation, Engine
from tests.scored import asked, assert_case, dev_set

# Our own dev set (tests/fixtures/multi_dev11.yaml), in the scorer's format.
DEV = dev_set("multi_dev11.yaml")

# Still answered otherwise (the report names them): kept here so a fix shows up as an XPASS.
OPEN = {
    "vem ar Patrik Ahrlin och vad sa han om Ystad",
}


def test_the_dev_set_is_the_class() -> None:
    tags = [set(case["tags"]) for case in DEV]
    assert len(DEV) >= 55
    assert sum("en" in t for t in tags) >= 8
    assert sum("two_kommuner" in t for t in tags) >= 6


@pytest.mark.parametrize("case", [pytest.param(c, marks=pytest.mark.xfail(strict=True)) if c["q"] in OPEN else c
                                  for c in DEV], ids=[c["q"][:60] for c in DEV])
def test_the_dev_set_holds(bundled: Engine, case: dict[str, Any]) -> None:
    assert_case(bundled, case)


@pytest.mark.parametrize("message, expected", [
    ("Hör Lomma och Burlöv till samma lokalpolisområde?", "Ja, Lomma och Burlöv hör båda till lokalpolisområde Kävlinge."),
    ("tillhör kiruna och laxå samma polisområde?",
     "Nej: Kiruna hör till lokalpolisområde Norra Lappland och Laxå hör till lokalpolisområde Hallsberg."),
    ("ligger ystad och skurup i samma län", "Ja, Ystad och Skurup ligger båda i Skåne län."),
    ("Are Falun and Avesta in the same police area?", "Yes, Falun and Avesta are both in the local police area Falun."),
])
def test_two_kommuner_in_the_same_area(bundled: Engine, message: str, expected: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert answer.text.startswith(expected) and answer.topic != "emergency"


def test_a_shared_police_area_put_as_a_claim_is_not_denied(bundled: Engine) -> None:
    text = bundled.answer("Både Nybro och Emmaboda hör väl till samma lokalpolisområde? Vad fokuserar de på?",
                          Conversation()).text
    assert text.startswith("Ja") and "Nej" not in text and "Emmaboda:" in text


def test_a_yes_no_question_opening_with_its_verb_is_a_clause() -> None:
    assert clauses.split("Hör Falun och Avesta till samma polisområde och vad prioriterar de?") == [
        "Hör Falun och Avesta till samma polisområde", "vad prioriterar de?"]


def test_compare_shows_what_a_kommun_without_focus_areas_covers(bundled: Engine) -> None:
    text = bundled.answer("jämför laxå och kiruna", Conversation()).text
    assert "• Åtaganden: Polisen prioriterar närvaro i Laxå" in text and "• Fokusområden: Våld, hat och hot" in text


def test_a_follow_up_with_its_aspect_is_no_thanks(bundled: Engine) -> None:
    answer = asked(bundled, ["Vem samarbetar Sollentuna med?", "Följs det upp också?"])
    assert answer.topic == "follow_up"


def test_a_kommun_moved_from_is_not_asked_about(bundled: Engine) -> None:
    answer = bundled.answer("Vi har flyttat till Kiruna från Göteborg. När skrevs avtalet under?", Conversation())
    assert answer.municipality == "kiruna" and "Göteborg" not in answer.text.split("Källa")[0]
    assert bundled.answer("Hur skiljer sig Lund från Malmö?", Conversation()).topic == "compare"


def test_what_someone_said_is_the_kommun_that_quotes_them(bundled: Engine) -> None:
    answer = bundled.answer("vad tyckte Lars-Gunnar Björnqvist om avtalet?", Conversation())
    assert answer.municipality == "vellinge" and "Jag är mycket glad" in answer.text


def test_a_claimed_signer_with_the_kommun_named_is_still_a_claim(bundled: Engine) -> None:
    answer = bundled.answer("Undertecknades avtalet i Burlöv av Lars Johnson, eller hur?", Conversation())
    assert answer.text.startswith("Nej")
