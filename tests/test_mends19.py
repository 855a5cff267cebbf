"""Mends made while merging round nineteen's branches: the confirming lead of a yes-or-no question, a name
written with å/ä/ö that folds to an English word, "citizen" that names no agreement, and words of where one
lives that are never the subject said to be missing."""

from __future__ import annotations

import pytest

from bot.answering.engine import Engine
from tests.scored import asked


@pytest.mark.parametrize(("text", "lead"), [
    ("Har Karlshamn lovat något mot bedrägerier mot äldre?", "Ja. "),  # asked: a plain yes
    ("Karlshamn satsar väl på bedrägerier mot äldre?", "Ja, det stämmer. "),  # claimed: it is right
])
def test_a_true_focus_asked_or_claimed_gets_its_lead(bundled: Engine, text: str, lead: str) -> None:
    answer = asked(bundled, [text])
    assert answer.text.startswith(lead), answer.text[:120]
    assert "äldre" in answer.text


def test_no_yes_is_said_of_the_kommun_a_place_was_wrongly_put_in(bundled: Engine) -> None:
    answer = asked(bundled, ["Gusum ligger i Söderköping, har de lovat något om trafiken där?"])
    assert answer.text.startswith("Nej, det stämmer inte: Gusum ligger i Valdemarsviks kommun."), answer.text[:120]
    assert "Ja" not in answer.text.split("\n\n")[1][:4]


def test_a_yes_no_question_without_a_focus_passage_gets_the_focus_area(bundled: Engine) -> None:
    answer = asked(bundled, ["Does Boden's agreement mention young people at risk?"])
    assert "young people at risk and their parents" in answer.text


@pytest.mark.parametrize("text", ["Åre", "Åre medborgarlöfte?", "Vad har Åre lovat?"])
def test_a_name_written_with_a_ring_is_no_english_word(bundled: Engine, text: str) -> None:
    answer = asked(bundled, [text])
    assert answer.municipality == "are"
    assert "Citizen promise" not in answer.text and "Municipality" not in answer.text, answer.text[:120]


@pytest.mark.parametrize(("text", "kommun"), [
    ("How often are citizen dialogues held in Storfors?", "storfors"),
    ("Where are citizen meetings held in Kil?", "kil"),
    ("What does are citizen promise say?", "are"),
])
def test_are_before_citizen_is_the_kommun_only_before_promise(bundled: Engine, text: str, kommun: str) -> None:
    assert asked(bundled, [text]).municipality == kommun


@pytest.mark.parametrize("text", [
    "Jag har nyligen flyttat till Sölvesborg och undrar hur kommunen jobbar med tryggheten. Vad är viktigast?",
    "Vi bor numera i Mora och är nyfikna: vad är de viktigaste punkterna i avtalet?",
])
def test_where_one_lives_is_never_the_missing_subject(bundled: Engine, text: str) -> None:
    answer = asked(bundled, [text])
    assert "nämns inte" not in answer.text.split("\n")[0], answer.text[:120]
