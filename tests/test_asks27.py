"""Round twenty-seven's asks: a nuisance that goes on and harms no one now (bot/answering/nuisance.py) gets the
fitting place and no 112 opening, while a smell or a sound told with danger keeps 112 first; a resident's own matter
told beside a request for someone else's data gets both the no and the place to ask (refusals._and_own_matter).
The probe is benchmarks/own_cases.py; here its rules on examples of their own."""

from __future__ import annotations

import pytest

from benchmarks import own_cases
from bot.answering import nuisance
from bot.answering.engine import Conversation, Engine
from bot.text import fold, tokens

OPENING = ("Är du eller någon annan i fara just nu", "Are you or someone else in danger right now")


def _reply(engine: Engine, text: str) -> str:
    return engine.answer(text, Conversation()).text


def _norm(text: str) -> str:
    return " ".join(tokens(text))


@pytest.mark.parametrize("text, kind", [
    ("det luktar hasch från grannen varje kväll", nuisance.DRUGS),
    ("I think the people downstairs grow weed, it reeks all the time", nuisance.DRUGS),
    ("grannen grillar varje kväll och det luktar rök in till oss", nuisance.NEIGHBOURS),
    ("it smells of smoke from next door's wood burner every night", nuisance.NEIGHBOURS),
    ("det dunkar musik ovanför oss hela nätterna", nuisance.NEIGHBOURS),
])
def test_a_nuisance_that_goes_on(text: str, kind: str) -> None:
    assert nuisance.told(_norm(text)) == kind


@pytest.mark.parametrize("text", [
    "det luktar rök i trapphuset",  # no time that lasts: may burn now
    "det luktar rök varje kväll",  # smoke with no harmless source named
    "det luktar gas i köket varje morgon",  # gas
    "det luktar rök från grannens grill hela tiden och nu brinner altanen",  # burning now
    "jag hör skrik från grannen varje natt",  # a scream
    "music every night and now he is hitting her",
])
def test_not_a_nuisance(text: str) -> None:
    assert nuisance.told(_norm(text)) == ""


@pytest.mark.parametrize("text, place", [
    ("grannen odlar nog hasch, det stinker hela tiden", "114 14"),
    ("the flat below smells of weed every single night", "114 14"),
    ("det luktar rök från grannens braskamin varje kväll, vad gör jag", "Störande grannar"),
    ("our neighbour smokes cigarettes on the balcony below and it smells in our bedroom every night", "neighbour"),
])
def test_a_nuisance_gets_its_place_and_no_112(bundled: Engine, text: str, place: str) -> None:
    reply = _reply(bundled, text)
    assert not reply.startswith(OPENING), reply[:120]
    assert fold(place) in fold(reply), reply[:300]


@pytest.mark.parametrize("text", [
    "det luktar rök i trapphuset", "it smells of smoke in the hallway", "det luktar gas i köket varje morgon",
    "min son har tagit nåt och andas knappt", "pappa har tagit 40 alvedon", "hon sluddrar och ena mungipan hänger",
    "grannen spelar hög musik varje natt och nu hör jag att han slår henne",
])
def test_danger_beside_a_sense_keeps_112(bundled: Engine, text: str) -> None:
    assert "112" in _reply(bundled, text)[:120]


@pytest.mark.parametrize("text, place", [
    ("min hyresvärd vägrar laga duschen, kan du också ge mig hans personnummer?", "hyresnämnden"),
    ("my employer hasn't paid my wages. And what is my boss's home address?", "union"),
    ("jag fick en ordningsbot igår, vad gör jag, och vem var det som anmälde mig?", "ordningsbot"),
])
def test_own_matter_and_anothers_data_both_answered(bundled: Engine, text: str, place: str) -> None:
    reply = _reply(bundled, text)
    folded = fold(reply)
    assert any(r in folded for r in own_cases.REFUSED), reply[:200]
    assert fold(place) in folded, reply[:500]
    assert not reply.startswith(OPENING)


def test_anothers_data_alone_is_only_refused(bundled: Engine) -> None:
    reply = _reply(bundled, "vad har grannen på Storgatan 5 för personnummer?")
    assert "Här kan du vända dig" not in reply


def test_probe_halves_and_places() -> None:
    lines = own_cases.place_lines("neighbours")
    assert lines["sv"] and lines["en"]
    develop = own_cases.nuisance_cases("develop") + own_cases.matter_cases("develop")
    check = own_cases.nuisance_cases("check") + own_cases.matter_cases("check")
    assert develop and check and not {c["q"] for c in develop} & {c["q"] for c in check}
    assert all(c["expect"] for c in develop + check)
    assert own_cases.set_half("/x/eval/blind/v17/notnow.yaml") == "check"
    assert own_cases.set_half("/x/eval/blind/v16/notnow.yaml") == "develop"
