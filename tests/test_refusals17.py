"""Round seventeen's own cases read by their shape (bot/answering/case_shapes.py): a machine's sound at home,
a dismissal after the resident raised something at work, an authority or a granted service that fails one,
one's own report asked to be followed, a trade's bad job, one's own details on a search site, and another's
private contact detail; on the dev set written before the code and on examples of the rules not in it."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import case_shapes
from bot.answering.engine import Engine
from bot.text import tokens
from tests.scored import asked, assert_case, assert_shapes, dev_params, dev_set

DEV = dev_set("refusals17_dev17.yaml")


def _norm(text: str) -> str:
    return " ".join(tokens(text))


def test_the_dev_set_is_the_class() -> None:
    assert_shapes(DEV, {"noise": 5, "work": 5, "authority": 5, "own_report": 5, "service": 5, "firm": 5,
                        "listed": 3, "data": 5, "fraud": 3, "danger": 3, "en": 8, "noaccent": 4})


@pytest.mark.parametrize("case", dev_params(DEV))
def test_the_dev_set_holds(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)


@pytest.mark.parametrize("text, sounds", [
    ("bastuaggregatet hos grannen slamrar varje kväll", True),
    ("the neighbour's dehumidifier drones on all night through the wall", True),
    ("grannens tvättmaskin går varje natt kl 3", True),  # no sound's word: a machine and a time it comes back
    ("brandvarnaren hos grannen piper hela tiden", False),  # an alarm may be a fire
    ("grannen ovanför skriker varje natt", False),  # a person, no machine: not read as a machine's hum
])
def test_a_machines_sound_at_home_is_read_by_the_machine_and_the_sound(text: str, sounds: bool) -> None:
    assert case_shapes.machine_sounds(_norm(text)) is sounds


@pytest.mark.parametrize("text, raised", [
    ("jag rapporterade att kollegan stal från kassan och nu har de inte förlängt mitt vikariat", True),
    ("I spoke up about bullying at work and got a warning the week after", True),
    ("min kollega blev uppsagd förra veckan", False),  # nothing raised by the resident
    ("jag anmälde chefen för trakasserier igår", False),  # raised, no answer from the employer yet
])
def test_what_the_resident_raised_and_the_employers_answer_make_a_case_at_work(text: str, raised: bool) -> None:
    assert case_shapes.raised_at_work(_norm(text)) is raised


@pytest.mark.parametrize("text, failed", [
    ("Pensionsmyndigheten har haft min ansökan sedan mars", True),  # a delay with one's own matter
    ("vi har rätt till kontaktperson för sonen men kommunen har inte tillsatt någon", True),  # granted, not given
    ("socialtjänsten ignorerar mina samtal", True),
    ("personalen på pappas boende i Ljusdal säger att han är borta och inte hittar hem", False),  # a person missing
    ("vad gör kommunen i Lund för de äldre?", False),  # nothing of the resident's
    ("hur ansöker jag om hemtjänst i Lund?", False),
])
def test_an_authority_that_fails_the_resident_is_jos(text: str, failed: bool) -> None:
    assert case_shapes.authority_failed(_norm(text)) is failed


@pytest.mark.parametrize("text, followed", [
    ("går det att spåra anmälan jag gjorde om cykeln?", True),
    ("how do I check on the status of my police report?", True),
    ("hur följer jag Växjö?", False),  # the bot's /folj
    ("följer polisen upp anmälningar om klotter i Lund?", False),  # no report of the resident's
])
def test_ones_own_report_asked_to_be_followed(text: str, followed: bool) -> None:
    assert case_shapes.report_followed(_norm(text)) is followed


@pytest.mark.parametrize("text, own, others", [
    ("mitt hemnummer syns på eniro", True, False),
    ("someone put my home address on merinfo.se", True, False),
    ("vad har kommunpolisen i Mark för hemadress?", False, True),
    ("kan du ge mig hans privata mejl?", False, True),
    ("kan ni ringa mig på mitt hemnummer istället?", False, False),  # the resident's own number, given
])
def test_whose_private_detail_it_is(text: str, own: bool, others: bool) -> None:
    norm = _norm(text)
    assert case_shapes.own_details_listed(norm) is own
    assert case_shapes.others_private_contact(norm) is others


def test_a_trades_bad_job_is_a_purchase_and_a_trade_gone_with_the_money_a_fraud_too(bundled: Engine) -> None:
    bad = asked(bundled, ["målarna slarvade med fasaden och nu flagnar färgen redan, de svarar inte"])
    assert "Hallå Konsument" in bad.text and "112" not in bad.text[:60] and "Brottsofferjouren" not in bad.text
    gone = asked(bundled, ["betalade snickaren 15 000 i förskott och sen försvann han, numret funkar inte"])
    assert "Hallå Konsument" in gone.text and "114 14" in gone.text and "112" not in gone.text[:60]


def test_a_case_at_work_gets_the_union_and_legal_help(bundled: Engine) -> None:
    answer = asked(bundled, ["arbetsgivaren har inte betalat min semesterlön och svarar inte"])
    assert "facket" in answer.text and "rättsskydd" in answer.text and "Brottsofferjouren" not in answer.text


def test_danger_beside_a_shape_keeps_112_first(bundled: Engine) -> None:
    for text in ("grannen vars värmepump jag klagat på slår på min dörr med ett järnrör just nu",
                 "personalen på mammas boende ringde, hon har gått ut och hittas inte, hon har demens"):
        assert "112" in asked(bundled, [text]).text[:80], text
