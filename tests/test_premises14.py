"""Premises about one of two kommuner named, round fourteen: the claim is checked against the kommun whose
agreement is asked about (the one named with its agreement, else the one named last), an instruction to
place two kommuner wrongly gets the county of the one asked, a claim of both is checked for each, and
"samma polischef" asks for a person. Our own dev set (tests/fixtures/premises_dev14.yaml) as the scorer
scores it, and the behaviour behind it."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import asked_kommun
from bot.answering.engine import Conversation, Engine
from tests.scored import assert_case, assert_shapes, dev_params, dev_set

DEV = dev_set("premises_dev14.yaml")
# Known misses, left for a later round: "Var det X som skrev under …?" (not read as a claim), Gotland as the place a kommun is
# put in (a kommun and a county at once), "mora" in lower case (an everyday word too), and a scope
# question whose answer is each kommun's ("Gäller Kramfors medborgarlöfte … även i Sollefteå?").
GAPS = ("Var det Ulf Olsson", "kavlinge i gotland", "mora och orsa",
        "Gäller Kramfors medborgarlöfte")


def test_the_dev_set_covers_every_shape() -> None:
    assert_shapes(DEV, {"a": 3, "b": 3, "c": 3, "d": 3, "e": 3, "en": 6, "noaccent": 5, "single": 3, "fresh": 10}, 55)


@pytest.mark.parametrize("case", dev_params(DEV, GAPS))
def test_the_dev_set_holds(bundled: Engine, case: dict[str, Any]) -> None:
    """As ../shared/eval/score.py scores a case; the gaps above are known misses."""
    assert_case(bundled, case)


@pytest.mark.parametrize("message, kommun", [
    ("Skrev Katrineholms ordförande under Vingåkers löfte?", "vingaker"),
    ("Did Borås's chair sign Mark's agreement?", "mark"),
    ("Gäller Växjös avtal också för Alvesta?", "vaxjo"),
    ("Solnas avtal gäller till 2026 men Sundbybergs gick väl ut 2022?", "sundbyberg"),
    ("Umeå ligger i Skåne och Skellefteå i Jämtlands län. Vilket län ligger Skellefteå i?", "skelleftea"),
    ("Mora is in Dalarna and Orsa belongs to the Falun police area, right?", "orsa"),
])
def test_the_claimed_kommun_is_the_one_asked_about(bundled: Engine, message: str, kommun: str) -> None:
    """Named with its agreement, else named last; a name used as a police area or as the place
    another is put in is never the subject."""
    assert asked_kommun.claimed(bundled.read(message, Conversation())) == kommun


@pytest.mark.parametrize("message", ["Vingåkers löfte gick väl ut 2019?", "Vad gör Lund mot droger?"])
def test_one_kommun_is_left_as_it_was(bundled: Engine, message: str) -> None:
    assert asked_kommun.claimed(bundled.read(message, Conversation())) is None


def test_a_claim_of_both_is_checked_for_each_in_order(bundled: Engine) -> None:
    answer = bundled.answer("Både Sotenäs och Munkedal har väl grannsamverkan i sina löften?", Conversation())
    assert answer.municipality is None
    sotenas, munkedal = answer.text.index("Sotenäs:"), answer.text.index("Munkedal:")
    assert sotenas < munkedal
    assert "nämns inte" in answer.text[sotenas:munkedal] and "grannsamverkan" in answer.text[munkedal:]


def test_the_same_police_chief_is_a_person(bundled: Engine) -> None:
    answer = bundled.answer("Har Vingåker samma polischef som Katrineholm?", Conversation())
    assert answer.text.startswith("Ja,") and "Johan Karlsson" in answer.text
    assert answer.municipality == "katrineholm"  # the kommun compared with
    both = bundled.answer("does kumla and hallsberg have the same chair?", Conversation())
    assert both.municipality is None and "Katarina Hansson" in both.text and not both.text.startswith("Yes")


def test_a_claim_after_a_shared_thing_is_checked(bundled: Engine) -> None:
    answer = bundled.answer("Kumla och Hallsberg hör till samma polisområde, och Hallsbergs löfte skrevs väl 2015?",
                            Conversation())
    assert answer.municipality == "hallsberg" and answer.text.startswith("Nej") and "2019" in answer.text
    # Asked in one clause, the sharing is still what is answered.
    shared = bundled.answer("Har Solnas avtal samma period som Sundbybergs?", Conversation())
    assert "gemensam" in shared.text
