"""Round twenty's false premises: a kommun named as the police's seat or as where something is done is not
the claim's subject (asked_kommun.py, claim_spans.policed); a police area said after a county keeps the
kommun as subject (premises.py); a signer claimed as the only one, a signing dated by month or weekday, a
follow-up rate (claim_checks.py, claims.py, claim_rates.py); a place named as the police's seat is no place
where something is done (claim_checks.places). On the dev set written before the code and on examples of
the entries' own facts that are not in it."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import claim_rates, claim_spans
from bot.answering.engine import Engine
from bot.text import tokens
from tests.scored import asked, assert_case, assert_shapes, dev_params, dev_set

DEV = dev_set("premises20_dev20.yaml")


def test_the_dev_set_is_the_class() -> None:
    assert_shapes(DEV, {"other_kommun": 10, "frequency": 8, "signing_date": 8, "place": 8, "county_police": 6,
                        "true_twin": 5, "en": 8})


# Still missed: a county that is no county ("Lycksele län") beside a police seat that is a kommun; a kommun put
# inside another ("Timrå är en del av Sundsvall kommun"); "sala" lower-case at the start is not read as Sala.
@pytest.mark.parametrize("case", dev_params(DEV, known_misses=("Lycksele län", "Sundsvall kommun",
                                                               "sala skrev under")))
def test_the_dev_set_holds(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)


@pytest.mark.parametrize("text, seat", [("polischefen i Umeå", True), ("the police chief in Växjö", True),
                                        ("malmöpolisen", True), ("lokalpolisområde Hallsberg", True),
                                        ("trygghetsvandringar i Hallsberg", False), ("jag bor i Umeå", False)])
def test_a_kommun_named_as_the_police_seat(bundled: Engine, text: str, seat: bool) -> None:
    r = bundled.read(text)
    assert len(r.scan.mentions) == 1
    assert claim_spans.policed(r.tokens, r.scan.mentions[0]) is seat


@pytest.mark.parametrize("text, rate", [("varje år i maj och november", 2.0), ("vid två tillfällen under året", 2.0),
                                        ("every year in March", 1.0), ("en gång i månaden", 12.0)])
def test_rates_read_the_months_named_and_under_the_year(text: str, rate: float) -> None:
    assert claim_rates.rates(tokens(text)) == {rate}


def test_the_subject_is_kept_when_the_police_is_named_by_another_kommun(bundled: Engine) -> None:
    answer = asked(bundled, ["Uppvidinge ligger i Kalmar län, så de samarbetar med polisen i Kalmar?"])
    uppvidinge = bundled.knowledge.municipalities["uppvidinge"]
    assert answer.municipality == "uppvidinge"
    assert uppvidinge.county in answer.text and uppvidinge.police_area in answer.text
    assert answer.text.startswith("Nej")


def test_a_signer_claimed_alone_is_no_when_others_signed(bundled: Engine) -> None:
    answer = asked(bundled, ["Tidaholms medborgarlöfte skrevs väl bara under av kommunstyrelsens ordförande?"])
    tidaholm = bundled.knowledge.municipalities["tidaholm"]
    signed = [p for p in tidaholm.people if p.signed]
    if len(signed) > 1:
        assert not answer.text.startswith("Ja")
        assert all(p.name in answer.text for p in signed)


def test_a_signing_month_asked_plainly_gets_the_date(bundled: Engine) -> None:
    answer = asked(bundled, ["Skrev Vaxholm under sitt löfte i juli 2023?"])
    assert answer.municipality == "vaxholm"
    assert answer.text.startswith("Nej") and "10 februari 2023" in answer.text


def test_a_question_word_keeps_a_month_from_being_a_claim(bundled: Engine) -> None:
    answer = asked(bundled, ["Vem skrev under Vaxholms löfte i februari 2023?"])
    assert not answer.text.startswith(("Nej", "Ja"))


def test_the_police_of_the_own_area_is_a_party(bundled: Engine) -> None:
    answer = asked(bundled, ["Är polisen i Nybro med i Uppvidinges avtal?"])
    assert answer.municipality == "uppvidinge" and answer.text.startswith("Ja")
