"""An animal harmed is reported where animals' welfare is handled (bot/answering/animals.py), not read
as a person's emergency; a person harmed beside it keeps 112 first."""

from __future__ import annotations

import pytest

from bot.answering import animals
from bot.answering.engine import Engine
from bot.text import fold
from tests.scored import asked


def test_the_animal_line_is_sourced(bundled: Engine) -> None:
    lines = bundled.knowledge.helplines_for(animals.KIND)
    assert [line.id for line in lines] == ["djur-far-illa"]
    assert lines[0].url.startswith("https://") and "länsstyrelsen" in lines[0].text


@pytest.mark.parametrize("text", [
    "grannens katt blir sparkad hela tiden av deras son, vem anmäler jag till?",
    "jag såg en man slå sin häst förra helgen",
    "min kompis svälter sin hund, vad gör man?",
    "I saw someone kick a dog in the park yesterday, who do I tell?",
    "vart anmäler man djurplågeri",
    # neglect seen in the animal's state or keeping, and farm animals
    "korna i hagen bakom skolan ser utmärglade ut och har inget vatten",
    "grannens katt har varit instängd i förrådet i flera dagar",
    "the goats at the farm down the road look really thin, who should I tell?",
])
def test_an_animal_harmed_gets_where_to_report_it_without_an_emergency_opening(bundled: Engine, text: str) -> None:
    answer = asked(bundled, [text])
    assert answer.topic == "help"
    assert "lansstyrelsen" in fold(answer.text) or "county administrative board" in answer.text
    assert "112" not in answer.text[:60]
    assert "Kvinnofridslinjen" not in answer.text


def test_an_animal_abused_now_has_112_first(bundled: Engine) -> None:
    answer = asked(bundled, ["grannen misshandlar sin katt på balkongen"])
    assert "112" in answer.text[:60] and "länsstyrelsen" in answer.text


@pytest.mark.parametrize("text", ["grannen sparkar sin hund och nu slår han mig också",
                                  "en hund attackerar barnen på skolgården"])
def test_a_person_harmed_or_attacked_keeps_the_emergency(bundled: Engine, text: str) -> None:
    answer = asked(bundled, [text])
    assert answer.topic == "emergency" and "112" in answer.text[:60]


@pytest.mark.parametrize("norm, harmed", [
    ("vart vander jag mig om jag sett djurplageri", True),
    ("min hund ar sjuk vad gor jag", False),
    ("hunden slar mig", False),
    ("katten svalter", True),
])
def test_harmed_reads_the_animal_and_no_person(norm: str, harmed: bool) -> None:
    assert animals.harmed(norm) is harmed
