"""Round twenty-three's joined questions: a detail asked second, without the kommun the first clause named
(benchmarks/joined_details.py), answered by the passage that answers it, after the first part's answer."""

from __future__ import annotations

import pytest

from benchmarks.joined_details import without_kommun
from bot.answering.absent import asked_alone
from bot.answering.clauses import split
from bot.answering.engine import Engine
from bot.text import fold


class _Entry:
    name = "Jokkmokk"


@pytest.mark.parametrize("text, second", [
    ("Hur många trafikkontroller gjorde polisen i Jokkmokk 2022?", "Hur många trafikkontroller gjorde polisen 2022?"),
    ("Har Jokkmokk lovat fler kameror?", "Har kommunen lovat fler kameror?"),
    ("Blev Jokkmokks medborgarlöften uppfyllda?", "Blev kommunens medborgarlöften uppfyllda?"),
    ("I vilka forum samarbetar Jokkmokk kommun och polisen?", "I vilka forum samarbetar kommunen och polisen?"),
    ("Jokkmokk: vad gör man åt trafiken?", "vad gör man åt trafiken?"),
    ("Har polisen haft en dialog om centrala Jokkmokk?", "Har polisen haft en dialog om centrala Jokkmokk?"),
])
def test_the_probe_leaves_the_kommun_out_as_a_resident_would(text: str, second: str) -> None:
    assert without_kommun(text, _Entry()) == second  # type: ignore[arg-type]


@pytest.mark.parametrize("text, parts", [
    ("Vilket lokalpolisområde hör Torsby till. Dessutom: Något om bedrägerier mot äldre?", 2),
    ("Hur länge gäller avtalet i Eda? Also, is fraud part of it?", 2),
    ("Jag bor i Lund. Dessutom, jag är orolig. Vad gör polisen?", 1),
])
def test_a_sentence_that_adds_an_ask_is_a_clause(text: str, parts: int) -> None:
    assert len(split(text)) == parts


@pytest.mark.parametrize("clause, told, alone", [
    ("och står det något om cykelstölder?", "", True),
    ("Finns fyrverkerier med i kommunens medborgarlöfte?", "", True),
    ("Also, is fraud part of the citizen promise?", "", True),
    ("står det något om det?", "I somras blev jag rånad.", False),
    ("vad gör polisen mot narkotika?", "", False),
])
def test_a_clause_asks_alone_whether_a_subject_is_held(clause: str, told: str, alone: bool) -> None:
    assert asked_alone(clause, told) is alone


@pytest.mark.parametrize("text, parts", [
    # the second clause leaves the kommun out, and alone is read across the kommuner: asked of Kalmar
    ("Vilket polisområde tillhör Kalmar. Dessutom: Vilka bostadsområden pekas ut i kommunens medborgarlöften?",
     [["lokalpolisområde kalmar"], ["oxhagen"]]),
    # a subject the agreement does not hold, asked second: said not to be mentioned, after the period
    ("Hur länge gäller avtalet i Pajala. Dessutom: Finns fyrverkerier med i kommunens medborgarlöfte?",
     [["2022"], ["fyrverkerier nämns inte"]]),
    ("När går överenskommelsen i Sorsele ut, och står det något om cykelstölder?",
     [["2024"], ["nämns inte"]]),
    # a clause whose word is near a kommun's name ("anmäls", "Åmål") keeps the kommun the clause before named
    ("Hur länge gäller avtalet i Kinda? Vilket brott anmäls oftast enligt lägesbilden?",
     [["2024–2025"], ["bedrägerier"]]),
    # a sentence that says it adds an ask ("Dessutom: …") is an ask of its own
    ("Vilket lokalpolisområde hör Torsby till. Dessutom: Något om bedrägerier mot äldre?",
     [["lokalpolisområde torsby"], ["nämns inte"]]),
    # a clause answered of the kommun its police area names: the clauses after it are asked of that kommun
    ("Vad blev totalindex för lokalpolisområde Ystad i trygghetsundersökningen 2023, vad blev kommunens index i "
     "trygghetsundersökningen 2023 och hur länge gäller det?", [["1,43"], ["2023–2025"]]),
])
def test_each_part_is_answered_in_order(bundled: Engine, text: str, parts: list[list[str]]) -> None:
    reply = fold(bundled.answer(text).text)
    assert "tolkar det som" not in reply
    at = [min((reply.find(fold(w)) for w in group if fold(w) in reply), default=-1) for group in parts]
    assert all(i >= 0 for i in at), (at, reply)
    assert at == sorted(at), reply
