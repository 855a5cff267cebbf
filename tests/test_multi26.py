"""Round twenty-six's several questions in one message (benchmarks/multi_second.py): the second clause asks more of
the first clause's answer (the other kommuner of the police area just named, whether the agreement still holds),
"båda"/"both" in the second clause only, "vilka står bakom …" and "när skrevs …"; each clause's fact in the reply."""

from __future__ import annotations

import pytest

from bot.answering.answer import Answer
from bot.answering.clauses import split
from bot.answering.engine import Engine
from bot.answering.said_before import apart, same
from bot.text import fold


def _holds(reply: str, parts: list[list[str]]) -> None:
    for group in parts:
        assert any(fold(w) in reply for w in group), (group, reply)


@pytest.mark.parametrize("text, parts", [
    # the police area, then its other kommuner: both said, not "Tillhör nämns inte"
    ("Vilket lokalpolisområde tillhör Svedala, och vilka andra kommuner ingår?",
     [["lokalpolisområde trelleborg"], ["i lokalpolisområde trelleborg ingår: svedala, trelleborg och vellinge"]]),
    # the focus areas, then whether it still holds: the areas are not lost to the period
    ("Vilka fokusområden har Skövde, och är den fortfarande giltig?", [["ökad trygghet i skövde centrum"], ["har upphört"]]),
    # "båda" in the second clause: each kommun's years, no comparison of what they share
    ("Vilka lokalpolisområden tillhör Sjöbo och Vara? Vilka år gäller avtalen i båda?",
     [["sjöbo: lokalpolisområde ystad"], ["medborgarlöfte från 2016"], ["medborgarlöfte 2021"]]),
    # who stands behind it: the parties, never what the promise builds on
    ("Vilka står bakom överenskommelsen i Laholm, samt vad fokuserar den på?",
     [["parter i laholms samverkan"], ["campus laholm"]]),
    ("När går samverkansavtalet i Vara ut. Och vilka står bakom den?", [["2021"], ["parter i varas samverkan"]]),
    # "när skrevs" is when it was signed, and the extension asked after it
    ("När skrevs medborgarlöftet i Dals-Ed och har det förlängts?", [["2021–2022"], ["förlängts till att omfatta även 2022"]]),
])
def test_each_clause_is_answered(bundled: Engine, text: str, parts: list[list[str]]) -> None:
    reply = fold(bundled.answer(text).text)
    _holds(reply, [[fold(w) for w in group] for group in parts])


def test_both_is_no_comparison_of_what_they_share(bundled: Engine) -> None:
    reply = bundled.answer("Vilka lokalpolisområden tillhör Sjöbo och Vara? Vilka år gäller avtalen i båda?").text
    assert "fokusområden med samma ämne" not in reply


def test_who_stands_behind_is_never_the_basis(bundled: Engine) -> None:
    reply = bundled.answer("Vilka står bakom överenskommelsen i Laholm?").text
    assert reply.startswith("Parter i Laholms samverkan")
    assert "Underlag" not in reply


def test_when_written_asks_the_period(bundled: Engine) -> None:
    assert bundled.answer("När skrevs medborgarlöftet i Vara?").topic == "period"


@pytest.mark.parametrize("text, clauses", [
    ("Vilka fokusområden har Skövde, och är den fortfarande giltig?", 2),
    ("Vad fokuserar Lund på och är det fortfarande i kraft?", 2),
    ("När skrevs medborgarlöftet i Enköping, och förlängdes det?", 2),
    # "är det sant?" checks the clause before it: no ask of its own
    ("Gäller Lunds avtal till 2026, är det sant?", 1),
])
def test_split(text: str, clauses: int) -> None:
    assert len(split(text)) == clauses


def test_two_answers_of_one_aspect_sharing_nothing_are_apart() -> None:
    parties = Answer(True, "svedala", "parties", "Parter i Svedalas samverkan: Svedala kommun och Polisen.\n\nKälla: X.")
    members = Answer(True, "svedala", "parties", "I lokalpolisområde Trelleborg ingår: Svedala, Trelleborg och Vellinge.")
    assert apart(members, parties) and not same(members, parties)
    again = Answer(True, "svedala", "parties", "Parter i Svedalas samverkan: Svedala kommun och Polisen.\nMer.")
    assert not apart(again, parties) and same(again, parties)
    # a verdict on a claim keeps the message whole, as before
    verdict = Answer(True, "svedala", "parties", "Ja, 2022 stämmer med källan.")
    assert not apart(verdict, parties) and same(verdict, parties)
