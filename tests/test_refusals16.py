"""Round sixteen's own cases by area of life (bot/answering/life_areas.py), a seller gone with the money
(danger_signs.py) and others' private data (third_party.py, refusal_signs.AT_HOME_CONTACT), on the dev
set written before the code and on examples of the rules that are not in it."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import danger, life_areas, third_party
from bot.answering.engine import Engine
from bot.text import fold, tokens
from tests.scored import asked, assert_case, assert_shapes, dev_params, dev_set

DEV = dev_set("refusals16_dev16.yaml")


def test_the_dev_set_is_the_class() -> None:
    assert_shapes(DEV, {"work": 5, "family": 5, "benefits": 5, "consumer": 5, "tenancy": 5, "insurance": 3,
                        "record": 3, "fraud": 3, "danger": 3, "data": 5, "role": 3, "en": 8, "noaccent": 4})


@pytest.mark.parametrize("case", dev_params(DEV))
def test_the_dev_set_holds(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)


def _kind(text: str, english: bool = False) -> str | None:
    norm = " ".join(tokens(text))
    return life_areas.kind(norm, norm.split(), english)


@pytest.mark.parametrize("text, english, kind", [
    ("min arbetsgivare har dragit av tre dagars lön utan att säga varför", False, "work"),  # the union's too (round 17)
    ("they still haven't paid my salary for June, what can I do", True, "work"),
    ("exet har inte betalat underhållsbidraget på fyra månader", False, "case"),
    ("Försäkringskassan sänkte min föräldrapenning och jag fattar inte beslutet", False, "decision"),
    ("jag har ansökt om färdtjänst men fått nej, vad kan jag göra", False, "decision"),
    ("mitt bredbandsbolag tar betalt för en router jag aldrig fått", False, "consumer"),
    ("I cancelled my gym membership but they keep charging me", True, "consumer"),
    ("hyresvärden vill höja hyran efter renoveringen, måste jag gå med på det?", False, "tenancy"),
    ("min hemförsäkring vill inte betala för den trasiga mobilen", False, "case"),
])
def test_an_own_case_in_an_area_of_life_gets_its_place(text: str, english: bool, kind: str) -> None:
    assert _kind(text, english) == kind


@pytest.mark.parametrize("text", [
    "Vi har flyttat till en hyresrätt i Skövde.",  # tells where one lives: nothing wrong, nothing asked
    "min sambo tar all min lön och jag får inte handla själv",  # someone close at home: the home's help
    "hyresvärden slog mig i trapphuset igår",  # violence: its help, not hyresnämnden
    "jag är rädd för min chef, han skriker hela tiden",  # fear: the situation's help
    "butiken där jag jobbar blev rånad, vad gör jag?",  # a crime: its report and help
    "någon lurade mig att swisha 2000 för en cykel som inte fanns",  # a fraud: the crime's help
    "vad gör kommunen för att hyresgästerna ska känna sig trygga?",  # the kommun's work and safety
])
def test_danger_fear_a_crime_or_the_kommuns_work_are_no_own_case(text: str) -> None:
    assert _kind(text) is None


def test_an_authority_named_with_no_decision_is_out_of_scope_with_no_place() -> None:
    assert _kind("hur mycket bostadsbidrag kan jag få som student?") == "no_fit"


@pytest.mark.parametrize("text, own", [
    ("finns jag kvar i belastningsregistret efter tio år?", True),
    ("kan jag se vad polisen har registrerat om mig i polisens register?", True),
    ("hamnar jag i belastningsregistret om jag åker fast för snatteri?", False),  # what follows: the law's question
    ("hur många står i polisens register i Lund?", False),  # no one's own ("i" is Swedish "in")
])
def test_ones_own_record_is_what_the_register_holds_now(text: str, own: bool) -> None:
    norm = " ".join(tokens(text))
    assert life_areas.own_record(norm, norm.split(), False) is own


def test_ones_own_report_without_news_is_the_polices_to_answer(bundled: Engine) -> None:
    answer = asked(bundled, ["polisanmälde inbrottet i källarförrådet i höstas men ingen har hört av sig"])
    assert "114 14" in answer.text and "Hallå Konsument" not in answer.text and "112" not in answer.text[:60]


def test_a_decision_gets_where_it_is_appealed_and_jo(bundled: Engine) -> None:
    answer = asked(bundled, ["Arbetsförmedlingen stängde av mig från ersättningen, jag tycker det är orättvist"])
    assert "överklagar" in answer.text and "jo.se" in answer.text and "112" not in answer.text[:60]


def test_a_kommun_named_in_the_story_does_not_make_vad_gor_jag_its_work(bundled: Engine) -> None:
    answer = asked(bundled, ["Jag hyr en etta i Falun och hyresvärden har inte fixat fuktskadan på ett år, vad gör jag?"])
    assert "hyresnämnden" in answer.text and "Det här har kommunen" not in answer.text


@pytest.mark.parametrize("text", ["betalade handpenning med swish och sen försvann säljaren",
                                  "the seller disappeared after I paid the deposit"])
def test_a_seller_gone_with_the_money_is_no_missing_person(text: str) -> None:
    norm = " ".join(tokens(text))
    seen = danger.assess(norm, norm.split())
    assert seen is None or seen.when != "now"


@pytest.mark.parametrize("text", ["min son gick med säljaren och försvann, han har inte betalat något",
                                  "säljaren försvann efter att jag betalat, han är dement och vilse"])
def test_a_person_gone_beside_a_seller_keeps_the_danger(text: str) -> None:
    norm = " ".join(tokens(text))
    seen = danger.assess(norm, norm.split())
    assert seen is not None and seen.when == "now"


@pytest.mark.parametrize("text", ["har du numret till min kollega Johan på lagret?",
                                  "what's the e-mail address of my old classmate Lisa Berg?",
                                  "kan jag ringa polischefen hemma?",
                                  "vilket nummer har hon hemma, kommunpolisen alltså?"])
def test_a_private_persons_or_a_home_contact_is_a_plain_no(bundled: Engine, text: str) -> None:
    answer = asked(bundled, [text])
    body = fold(answer.text[:120])
    assert any(no in body for no in ("lamnar inte ut", "kan inte", "can't", "don't give out")), answer.text[:200]
    assert "112" not in answer.text[:60]


def test_a_private_datum_disclaimed_is_read_without_it() -> None:
    norm = " ".join(tokens(("jag behöver inte hennes privata nummer, vem är kommunpolis i Mark?")))
    assert third_party.without_disclaimed(norm) != norm
    assert not third_party.asks_for_personal_data(norm)
