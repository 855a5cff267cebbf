"""Classes read from round fourteen's misses after its one scoring (in no figure), each in other words
than the round's: following the work up is no wish to follow a kommun; "stopped" of the resident is no
claim that an agreement stopped; a poor job a firm will not put right, a divorce, and whether one is in
the police's register are one's own matters; who follows a kommun is no one's to know."""

from __future__ import annotations

import pytest

from bot.answering.engine import Conversation, Engine


def test_following_the_work_up_is_answered_not_the_follow_command(bundled: Engine) -> None:
    answer = bundled.answer("hur följer kommunen upp arbetet i Örnsköldsvik?", Conversation())
    assert answer.topic == "follow_up" and answer.municipality == "ornskoldsvik"


def test_the_follow_command_is_still_explained(bundled: Engine) -> None:
    assert bundled.answer("hur följer jag Lund här?", Conversation()).topic == "follow"


@pytest.mark.parametrize("message", [
    "Police in Umeå stopped me and were really rude, where do I complain?",
    "polisen stoppade mig i Uppsala och var otrevliga, hur klagar jag",
])
def test_stopped_of_the_resident_is_a_complaint_not_a_claim(bundled: Engine, message: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert answer.topic == "out_of_scope" and "JO" in answer.text


def test_an_agreement_said_to_have_stopped_is_still_checked(bundled: Engine) -> None:
    assert bundled.answer("Umeå har väl slutat samarbeta med polisen?", Conversation()).text.startswith(
        "Nej, det stämmer inte")


@pytest.mark.parametrize(("message", "where"), [
    ("snickaren slarvade med altanen och vill inte göra om den", "Hallå Konsument"),  # ("målaren" folds as "Mälaren")
    ("vi ska skiljas och hon vill behålla lägenheten, vem har rätt till den?", "juridiskt ombud"),
    ("hur ser jag om jag finns i polisens register", "belastningsregist"),
])
def test_own_matters_get_the_place_that_fits(bundled: Engine, message: str, where: str) -> None:
    text = bundled.answer(message, Conversation()).text
    assert where in text and "112" not in text[:60]


def test_who_follows_a_kommun_is_refused(bundled: Engine) -> None:
    answer = bundled.answer("vad heter personen som följer Kiruna i boten?", Conversation())
    assert answer.topic == "refused"


def test_a_neighbour_hitting_his_wife_keeps_the_help(bundled: Engine) -> None:
    """"slår" is still harm ("slarvat", a poor job, is not)."""
    assert "Kvinnofridslinjen" in bundled.answer("grannen slår sin fru, vad kan jag göra", Conversation()).text
