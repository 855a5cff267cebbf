"""A thing left, dumped or found, with no one in it, is the kommun's to hear of, not an emergency
(bot/answering/left_things.py); anyone in it, or a crash, keeps the danger reading."""

from __future__ import annotations

import pytest

from bot.answering.engine import Engine
from tests.scored import asked


@pytest.mark.parametrize("text", [
    "nån har slängt en gammal soffa och massa sopsäckar i skogen bakom skolan",
    "det står ett bilvrak på grusplanen sedan flera månader",
    "hittade sprutor vid lekplatsen i morse",
    "somebody dumped old tyres and a fridge by the lake",
    "we found syringes near the playground",
])
def test_a_thing_left_or_found_is_a_concern_without_112_first(bundled: Engine, text: str) -> None:
    answer = asked(bundled, [text])
    assert answer.topic == "feedback"
    assert "112" not in answer.text[:60] and "/synpunkt" in answer.text


def test_a_weapon_found_is_reported(bundled: Engine) -> None:
    answer = asked(bundled, ["jag hittade en kniv i buskarna vid skolan"])
    assert "114 14" in answer.text and "112" not in answer.text[:60]


@pytest.mark.parametrize("text", [
    "det ligger en kvinna bredvid en övergiven bil och hon rör sig inte",
    "hittade en övergiven bil med motorn igång och avgaser i garaget",
    "en bil körde på en cyklist och han ligger kvar på marken",
    "someone dumped a car in the river and there's someone inside",
])
def test_anyone_in_it_or_a_crash_keeps_112_first(bundled: Engine, text: str) -> None:
    assert "112" in asked(bundled, [text]).text[:60]
