"""Round eighteen's premises (bot/answering/party_claims.py, claims.py): a claim about who is in an agreement,
a why that takes for given a focus the entry lacks, and a focus claimed of the agreement a year names."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering.engine import Engine
from tests.scored import asked, assert_case, assert_shapes, dev_params, dev_set

DEV = dev_set("premises18b_dev.yaml")


def test_the_dev_set_is_the_class() -> None:
    assert_shapes(DEV, {"parties": 10, "shared": 5, "why_focus": 5, "mixed": 5, "en": 5}, total=30)


@pytest.mark.parametrize("case", dev_params(DEV))
def test_the_dev_set_holds(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)


def test_a_party_the_entry_lists_corrects_a_claim_of_only_two(bundled: Engine) -> None:
    botkyrka = bundled.knowledge.municipalities["botkyrka"]
    answer = asked(bundled, ["Botkyrkas samverkan har väl bara två parter, kommunen och polisen?"])
    assert answer.text.startswith("Nej")
    assert all(p.name in answer.text for p in botkyrka.parties)


def test_a_kommun_among_the_parties_corrects_only_one_kommun(bundled: Engine) -> None:
    answer = asked(bundled, ["Sundbybergs löfte gäller väl inte Solna?"])
    assert answer.municipality == "sundbyberg" and answer.text.startswith("Nej") and "Solna" in answer.text.split("\n")[0]


def test_a_restriction_of_time_is_not_read_as_one_of_parties(bundled: Engine) -> None:
    answer = asked(bundled, ["Kommunen och polisen i Lund har väl bara ett avtal till 2025?"])
    assert "Parter i" not in answer.text


def test_a_claim_of_no_agreement_is_not_read_as_one_of_parties(bundled: Engine) -> None:
    answer = asked(bundled, ["Har Kiruna någon samverkansöverenskommelse med polisen?"])
    assert "Parter i" not in answer.text


def test_a_why_of_a_lacking_subject_says_it_is_not_there(bundled: Engine) -> None:
    answer = asked(bundled, ["Varför satsar Solnas avtal på älgjakt?"])
    assert answer.text.startswith("Nej") and "älgjakt" not in answer.text


def test_a_why_of_a_held_compound_part_is_answered_from_the_entry(bundled: Engine) -> None:
    answer = asked(bundled, ["varför nämner Vilhelmina fler anmälningar i sitt löfte?"])
    assert "nämns inte" not in answer.text


def test_the_agreement_a_year_names_gives_its_own_focus(bundled: Engine) -> None:
    answer = asked(bundled, ["Handlade Marks medborgarlöfte 2023–2024 om narkotika och A-traktorer, eller hur?"])
    assert answer.text.startswith("Nej") and "motorburna" in answer.text


def test_danger_keeps_112_first(bundled: Engine) -> None:
    answer = asked(bundled, ["det brinner i huset bredvid nu, är räddningstjänsten inte med i Huddinges avtal?"])
    assert "112" in answer.text[:150]
