"""A claim's tag ("…, visst?", "har jag förstått det rätt?") is never the subject said to be missing, and a word
that begins one of the entry's Swedish compounds ("Delmos" of "Delmosprojektet") is held there
(bot/answering/municipality_answers.py)."""

from __future__ import annotations

import pytest

from bot.answering.engine import Engine
from tests.scored import asked


@pytest.mark.parametrize("text", [
    "Ljusnarsbergs överenskommelse tar upp trafiken och älgjakt, visst?",
    "Ånge jobbar med drogerna och med bäverjakt, har jag förstått det rätt?",
    "Mora jobbar med ungdomar och med fiske, har jag förstått det rätt?",
])
def test_a_tag_is_never_the_subject_not_mentioned(bundled: Engine, text: str) -> None:
    answer = asked(bundled, [text])
    for tag in ("Visst", "Förstått", "Rätt", "Stämmer"):
        assert not answer.text.startswith(f"{tag} nämns inte"), answer.text[:120]


def test_the_first_part_of_an_entrys_compound_is_held(bundled: Engine) -> None:
    answer = asked(bundled, ["Vad var Delmos för något, det nämns visst i Ljusdal?"])
    assert "Delmos nämns inte" not in answer.text


def test_a_subject_the_entry_lacks_is_still_said_missing(bundled: Engine) -> None:
    answer = asked(bundled, ["Använder Kumla drönare?"])
    assert answer.text.startswith("Drönare nämns inte i Kumlas överenskommelse.")
