"""Round eighteen's not-now class (notnow18b): a case supposed whose place is named (bot/answering/imagined.py),
the figures of reported crime asked (limits.FIGURES, engine.py), and a childhood told as over by or of an adult
(limits.CHILDHOOD_OVER, GROWN_UP; danger_when.py), on the dev set written before the code and on other examples."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import limits
from bot.answering.engine import Engine
from tests.scored import asked, assert_case, assert_shapes, dev_params, dev_set

DEV = dev_set("notnow18b_dev.yaml")


def test_the_dev_set_is_the_class() -> None:
    assert_shapes(DEV, {"imagined": 8, "signs": 5, "adult_past": 6, "statistics": 5, "now": 5, "en": 5}, total=33)


# Still missed: a woman's years of a partner's violence over, which the model reads as a youth's situation (Bris).
# (Signs of a break-in found at home, "Kom hem nyss och altandörren är uppbänd …", pass since notnow20 read a clause
# with no finite verb as a scene.)
@pytest.mark.parametrize("case", dev_params(DEV, known_misses=(
    "Min väninna levde med en man som slog henne i många år. Nu har hon lämnat honom men mår dåligt. Vart kan hon vända sig?",)))
def test_the_dev_set_holds(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)


@pytest.mark.parametrize("text", ["Om det börjar brinna på balkongen hos oss, vad gör vi då?",
                                  "What do I do if somebody attacks me outside my building some night?"])
def test_a_place_in_a_supposed_case_is_no_emergency(bundled: Engine, text: str) -> None:
    answer = asked(bundled, [text])
    assert "112" in answer.text and "112" not in answer.text[:60]


@pytest.mark.parametrize("text", ["om han kommer hit igen med kniven, vad gör jag? han står i trapphuset",
                                  "vad gör jag om han slår mig igen, han står utanför dörren nu",
                                  # ("kniven" with no act is no danger for the rules, and the model reads a question:
                                  # imagined.someone_here_apart opens it with 112)
                                  "om han kommer tillbaka med kniven, vad gör jag? han står i trapphuset",
                                  "if he comes back with the knife what do I do? he is standing outside my door",
                                  "ifall hon tar fram kniven igen, vad ska jag göra? hon är kvar i lägenheten"])
def test_someone_here_beside_a_supposed_case_keeps_112_first(bundled: Engine, text: str) -> None:
    assert "112" in asked(bundled, [text]).text[:120]


@pytest.mark.parametrize("norm, grown", [("hon blev slagen som barn", True), ("when he was a kid his dad hit him", True),
                                         ("jag ar 41 nu", True), ("jag ar 14 och min pappa slar mig", False),
                                         ("min son blir slagen i skolan", False)])
def test_a_childhood_over_is_read_as_an_adults(norm: str, grown: bool) -> None:
    assert bool(limits.GROWN_UP.search(norm)) is grown


def test_figures_of_reported_crime_get_bras_statistics(bundled: Engine) -> None:
    answer = asked(bundled, ["Hur kollar man siffrorna på anmälda bilstölder?"])
    assert "statistik.bra.se" in answer.text
