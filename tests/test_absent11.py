"""Round eleven (branch absent11): a yes-or-no question whether a kommun's agreement takes up a subject
it does not carry opens by saying it is not mentioned, in the subject's own words, and the same question
of a subject the entry does carry gets its sentence (bot/answering/absent.py)."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import absent
from bot.answering.conversation import Conversation
from bot.answering.engine import Engine
from bot.text import fold
from tests.scored import asked, assert_scored, dev_set

# Our own dev set (tests/fixtures/absent_dev11.yaml), in the scorer's format.
DEV = dev_set("absent_dev11.yaml")


def _said(case: dict[str, Any]) -> str:
    return " / ".join(case.get("turns") or [case["q"]])


def test_the_dev_set_is_the_class() -> None:
    tags = [set(case["tags"]) for case in DEV]
    assert len(DEV) >= 45
    assert sum("absent" in t for t in tags) >= 20
    assert sum("present" in t for t in tags) >= 20
    assert sum("en" in t for t in tags) >= 6


@pytest.mark.parametrize("case", DEV, ids=[_said(c)[:60] for c in DEV])
def test_the_dev_set_holds(bundled: Engine, case: dict[str, Any]) -> None:
    answer = asked(bundled, list(case.get("turns") or [case["q"]]))
    assert_scored({**case, "q": _said(case)}, answer.text)


@pytest.mark.parametrize("message, subject", [
    ("använder polisen drönare i Kungsör enligt löftet?", ["dronare"]),
    ("har Kungsör lovat kamerabevakning i centrum?", ["kamerabevakning"]),  # "centrum" places it
    ("Har Umeå några insatser mot bedrägerier mot äldre?", ["bedragerier"]),  # "äldre" aims it
    ("Sölvesborg: anything about phone scams targeting old people?", ["phone", "scams"]),
    ("Are night walkers part of Kungsör's promise?", ["night", "walkers"]),
    ("lösa hundar i Sölvesborg, finns det med?", ["losa", "hundar"]),  # the clause before the asking one
    ("Tar Lunds avtal upp hedersrelaterat våld", ["hedersrelaterat", "vald"]),
    ("min farmor blev lurad förra året. gör Växjö något mot telefonbedrägerier", ["telefonbedragerier"]),
])
def test_the_subject_is_what_the_question_asks_of(message: str, subject: list[str]) -> None:
    places = frozenset(("kungsor", "kungsors", "umea", "umeas", "solvesborg", "solvesborgs", "lunds", "vaxjo"))
    assert absent.subject(message, places) == subject


@pytest.mark.parametrize("message", [
    "har det förnyats?",  # a participle: what is asked of the agreement, no subject
    "vad har kommunen lovat om det?",  # a what-question
    "vilka platser i Trelleborg nämns kring buskörningen",
    "Har Kungsör någon kommunpolis?",  # an aspect the people answer gives
    "det är så stökigt i flemingsberg på kvällarna. har polisen lovat nåt?",  # a place told, not a subject
    "Rosengård känns otryggt på kvällarna, finns det med i något löfte?",
])
def test_no_subject_is_made_of_the_frame(message: str) -> None:
    assert absent.subject(message, frozenset(("trelleborg", "kungsor", "flemingsberg", "rosengard"))) == []


@pytest.mark.parametrize("words, stems, held", [
    (["kameror"], {"kamerabeva"}, True),  # a compound starting with it
    (["kamerabevakning"], {"kamer"}, True),  # its first part as a word of its own
    (["telefonbedragerier"], {"bedrageri"}, True),  # its last part
    (["overvakningskameror"], {"hastighets", "trafikover"}, False),  # "hastighetsövervakning" is no camera
    (["losa", "hundar"], {"specialsok"}, False),
    (["scams"], {"fraud"}, True),
])
def test_a_subject_is_carried_by_the_entrys_words(words: list[str], stems: set[str], held: bool) -> None:
    anywhere = frozenset(("hedersrela", "night", "kamer", "bedrageri", "fraud"))
    assert absent.carried(words, frozenset(stems), anywhere) is held


def test_an_adjective_no_entry_holds_describes_and_one_some_entry_holds_is_needed() -> None:
    # "dålig belysning" of an entry on belysning is carried; "hedersrelaterat våld" of one on våld is not.
    assert absent.carried(["dalig", "belysning"], frozenset(("belysning",)), frozenset(("belysning",)))
    assert not absent.carried(["hedersrelaterat", "vald"], frozenset(("vald",)), frozenset(("hedersrela", "vald")))


def test_a_danger_now_keeps_112_first(bundled: Engine) -> None:
    answer = bundled.answer("Någon försöker ta sig in i min lägenhet nu, har Lund lovat kameror?")
    assert fold(answer.text)[:120].find("112") >= 0


def test_a_claims_verdict_stays_first(bundled: Engine) -> None:
    answer = bundled.answer("Stämmer det att polisen i Kungsör har lovat fler övervakningskameror?")
    assert answer.text.startswith("Nej, det stämmer inte")


@pytest.mark.parametrize("message", [
    "bor i Fredrika, finns det nåt medborgarlöfte som gäller här?", "Skäggetorp – finns det ett eget löfte?",
    "Är Nykvarns samverkansöverenskommelse fortfarande i kraft?", "Are there more police coming to Idre?",
    "Is it true that Danderyd's citizen promise ended in 2020?",
])
def test_words_of_the_frame_or_the_residents_life_are_never_the_missing_subject(bundled: Engine, message: str) -> None:
    """Merged, round eleven's absent rule said "Bor nämns inte", "Eget nämns inte", "Kraft nämns inte": where one
    lives, "eget", "i kraft", "coming", "true" are what the message says around its question."""
    first = bundled.answer(message, Conversation()).text.split("\n")[0]
    assert "nämns inte" not in first and "does not mention" not in first, first


def test_a_subject_written_apart_is_the_entrys_one_word(bundled: Engine) -> None:
    answer = bundled.answer("Norberg – is there something about testing waste water for drugs?", Conversation())
    assert "does not mention" not in answer.text.split("\n")[0]
