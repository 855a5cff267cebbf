"""Round twenty b's false premises: a subject asked of a year's agreement that only another year's takes up opens
with the year's own areas (year_areas.py); a year that dates what was promised has its content checked, not only
the year (year_areas.unheld, from claims.py); a signer claimed with a year is checked against that year's signing
(year_named.py); a name with a lower-case particle ("von") is a name, and "skrev X under" with the particle closing
the clause is a signing (signing_words.py). On the dev set written before the code and on examples of the entries'
own facts that are not in it."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import signing_words, year_named
from bot.answering.engine import Engine
from bot.text import tokens
from tests.scored import asked, assert_case, assert_shapes, dev_params, dev_set

DEV = dev_set("premises20b_dev.yaml")


def test_the_dev_set_is_the_class() -> None:
    assert_shapes(DEV, {"missing_focus": 10, "wrong_detail": 6, "wrong_signer": 6, "year_content": 6, "en": 5},
                  total=33)


# Still missed: "kinda" written lower-case at the start is read as the English word; "säker bilkörning" where the
# entry says snowmobile driving is routed to the help lines (a wrong detail no rule here reads).
@pytest.mark.parametrize("case", dev_params(DEV, known_misses=("kinda satsar", "bilkörning i Borgafjäll")))
def test_the_dev_set_holds(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)


def test_a_year_names_the_agreements_whose_period_holds_it(bundled: Engine) -> None:
    olofstrom = bundled.knowledge.municipalities["olofstrom"]
    assert [a.id for a in year_named.named(olofstrom, [2024])] == \
        [a.id for a in olofstrom.agreements if a.start is not None and a.start.year == 2024]
    assert year_named.named(olofstrom, [2030]) == []


@pytest.mark.parametrize("text, signing", [("det skrev väl Anna von Platen under", True),
                                           ("skrevs medborgarlöftet för 2024 under", False),
                                           ("skrev han under", True), ("vi skrev en lapp i går", False)])
def test_a_particle_closing_the_clause_after_a_name_is_a_signing(text: str, signing: bool) -> None:
    assert signing_words.signing(tokens(text)) is signing


def test_another_years_focus_area_is_not_passed_off_as_the_years(bundled: Engine) -> None:
    # Essunga's focus on stolen goods and neighbourhood watch is the 2023–2024 promise's, not the 2021 one's.
    answer = asked(bundled, ["Handlade Essungas löfte 2021 om grannsamverkan?"])
    essunga = bundled.knowledge.municipalities["essunga"]
    of_2021 = year_named.named(essunga, [2021])
    assert answer.municipality == "essunga" and answer.text.startswith("Nej")
    assert all(area.title in answer.text for a in of_2021 for area in a.areas if area.kind == "focus_area")


def test_a_focus_the_years_agreement_holds_is_not_denied(bundled: Engine) -> None:
    answer = asked(bundled, ["Handlar Essungas löfte 2023 om trafiksituationen?"])
    assert not answer.text.startswith("Nej")


def test_a_right_year_with_a_promise_it_lacks_is_no(bundled: Engine) -> None:
    answer = asked(bundled, ["Morbylanga lovade 2018 att satsa på äldres trygghet va?"])
    assert answer.municipality == "morbylanga"
    assert answer.text.startswith("Nej") and "Trafik och hastighetsöverträdelser" in answer.text


def test_a_year_that_ended_is_still_checked_as_a_year(bundled: Engine) -> None:
    answer = asked(bundled, ["Mölndals löfte gick ut 2020, eller hur?"])
    assert "det finns inte med" not in answer.text.lower()


def test_a_signer_of_another_years_agreement_is_no(bundled: Engine) -> None:
    answer = asked(bundled, ["Gnosjös medborgarlöfte 2024 undertecknades väl av kommunstyrelsens ordförande?"])
    gnosjo = bundled.knowledge.municipalities["gnosjo"]
    of_2024 = year_named.named(gnosjo, [2024])
    assert year_named.signed_in_year(gnosjo, 2024, [("anders", "sund")], [], "") is True
    assert year_named.signed_in_year(gnosjo, 2024, [("hakan", "boberg")], [], "") is False
    assert of_2024 and answer.municipality == "gnosjo"
