"""False premises, round fifteen: a wrong count of focus areas is corrected with each agreement's own count,
a year claimed with a signer is checked with the signer (a right signer in a wrong year is a "Nej" with the
year), the regional police chief is no local signer, and a claim of two or three kommuner ("båda", "alla")
is checked for each, under its name, the reply no single kommun's. Our own dev set
(tests/fixtures/premises_dev15.yaml) as the scorer scores it, and the behaviour behind it."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering.engine import Conversation, Engine
from tests.scored import assert_case, assert_shapes, dev_params, dev_set

DEV = dev_set("premises_dev15.yaml")
# Known miss, left for a later round: a bare statement with no marker ("Heby skrev sitt löfte 2024 med
# regionpolischefen"), read as a list question.
GAPS = ("Heby skrev sitt löfte 2024 med regionpolischefen",)


def test_the_dev_set_covers_every_shape() -> None:
    assert_shapes(DEV, {"a": 3, "b": 3, "c": 3, "d": 3, "e": 3, "f": 3, "en": 6, "noaccent": 5, "fresh": 10}, 55)


@pytest.mark.parametrize("case", dev_params(DEV, GAPS))
def test_the_dev_set_holds(bundled: Engine, case: dict[str, Any]) -> None:
    """As ../shared/eval/score.py scores a case; the gaps above are known misses."""
    assert_case(bundled, case)


@pytest.mark.parametrize("message, opening", [
    ("Kirunas medborgarlöfte har väl tio fokusområden?", "Nej, det stämmer inte: medborgarlöftet 2024–2027 har tre fokusområden."),
    ("Vellinges avtal har väl två fokusområden?", "Ja, det stämmer med källan: samverkansöverenskommelsen 2023–2026 har två fokusområden."),
    ("Sölvesborgs samverkansöverenskommelse har sju samverkansområden, stämmer det?",
     "Nej, det stämmer inte: samverkansöverenskommelsen 2022–2026 har fyra samverkansområden."),
    ("Kiruna's promise has four focus areas, right?", "No, that is not right: the citizen promise 2024–2027 has three focus areas."),
])
def test_a_count_is_answered_with_the_true_count(bundled: Engine, message: str, opening: str) -> None:
    assert bundled.answer(message, Conversation()).text.startswith(opening)


def test_a_right_signer_in_a_wrong_year_is_no(bundled: Engine) -> None:
    text = bundled.answer("Kirunas avtal skrevs under 2019 av Mats Taaveniku, eller hur?", Conversation()).text
    assert text.startswith("Nej, det stämmer inte: det skrevs under 2024.") and "Mats Taaveniku" in text
    assert "2019" not in text  # the wrong year is never repeated
    right = bundled.answer("Krokoms avtal skrevs väl under 2023 av Maria Jakobsson?", Conversation()).text
    assert right.startswith("Ja.")


@pytest.mark.parametrize("message", ["Hebys löfte 2024 skrevs väl under av regionpolischefen?",
                                     "the 2020 promise signed by the regional police chief in Kiruna, right?"])
def test_the_regional_police_chief_signed_no_local_agreement(bundled: Engine, message: str) -> None:
    text = bundled.answer(message, Conversation()).text
    assert text.startswith(("Nej", "No")), text[:80]


def test_a_claim_of_three_kommuner_is_checked_for_each(bundled: Engine) -> None:
    answer = bundled.answer("Kumla, Hallsberg och Mjölby har väl alla löften som gäller till 2028?", Conversation())
    assert answer.municipality is None
    at = [answer.text.index(f"{name}:\n") for name in ("Kumla", "Hallsberg", "Mjölby")]
    assert at == sorted(at)
    assert answer.text.count("Nej, det stämmer inte") == 3


def test_a_dated_claim_without_a_question_mark_is_checked(bundled: Engine) -> None:
    answer = bundled.answer("Umeå och Skellefteå har väl båda avtal till 2030", Conversation())
    assert "Umeå:\nNej" in answer.text and "Skellefteå:\nNej" in answer.text
    assert bundled.answer("det gick väl bra i Umeå", Conversation()).text[:3] not in ("Nej", "Ja.")
    counted = bundled.answer("hjos medborgarlofte har val atta fokusomraden", Conversation()).text
    assert counted.startswith("Nej, det stämmer inte: medborgarlöftet 2022 har tre fokusområden.")
