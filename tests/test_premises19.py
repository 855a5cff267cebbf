"""Round nineteen's premises: whether someone takes part, asked yes or no (bot/answering/party_asks.py), and a
true focus asked yes or no, confirmed plainly (claims.py), on the dev set written before the code and on the
entries' own parties and focus areas."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import party_asks
from bot.answering.engine import Engine
from bot.text import tokens
from tests.scored import asked, assert_case, assert_shapes, dev_params, dev_set

DEV = dev_set("premises19_dev19.yaml")


def test_the_dev_set_is_the_class() -> None:
    assert_shapes(DEV, {"party_yesno": 8, "subordinate": 5, "figure": 4, "memory": 5, "two_claims": 4,
                        "true_confirm": 6, "en": 8})


# Still missed: a "bara handlar om" in a clause that opens with "eftersom", answered as the subject it names.
@pytest.mark.parametrize("case", dev_params(DEV, known_misses=("Eftersom Ystads avtal bara",)))
def test_the_dev_set_holds(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)


@pytest.mark.parametrize("text, yes_no", [("Är Lunds kommun med i avtalet?", True), ("undrar om X deltar", True),
                                          ("Is the county board a party to it?", True),
                                          ("Vem är med i avtalet?", False), ("what parties are in it", False)])
def test_a_yes_or_no_question_has_no_question_word(text: str, yes_no: bool) -> None:
    assert party_asks.asks_yes_no(tokens(text)) is yes_no


def test_every_partner_of_an_entry_is_answered_yes(bundled: Engine) -> None:
    """Each entry with a partner beyond the kommun and the police: asked by the partner's own first word, the
    answer opens "Ja" and names it."""
    checked = 0
    for muni in bundled.knowledge.municipalities.values():
        for partner in muni.partners[:1]:
            first = next((w for w in partner.name.split() if len(w) >= 5 and w[0].isupper()), None)
            if first is None or muni.name in first:
                continue
            answer = asked(bundled, [f"Är {first.rstrip(',')} med i {muni.name}s samverkan?"])
            assert answer.municipality == muni.id and answer.text.startswith("Ja"), (muni.id, answer.text[:120])
            checked += 1
    assert checked >= 5


def test_someone_the_entry_does_not_name_is_not_denied(bundled: Engine) -> None:
    answer = asked(bundled, ["Är Kustbevakningen med i Nynäshamns avtal?"])
    assert answer.municipality == "nynashamn" and not answer.text.startswith(("Ja", "Nej"))
    assert "Södertörns" in answer.text and "nämns inte" in answer.text


def test_a_negated_party_claim_stays_a_claim(bundled: Engine) -> None:
    answer = asked(bundled, ["Brandförsvarsförbundet är väl inte med i Huddinges avtal?"])
    assert answer.text.startswith("Nej")


def test_a_focus_area_asked_yes_or_no_is_confirmed_and_an_article_is_no_count(bundled: Engine) -> None:
    answer = asked(bundled, ["Är bedrägerier ett fokusområde i Monsterås?"])
    assert answer.text.startswith("Ja"), answer.text[:120]
    answer = asked(bundled, ["Is fraud one of Borgholm's focus areas?"])
    assert answer.text.startswith("Yes"), answer.text[:120]


def test_a_subject_the_entry_lacks_is_not_confirmed(bundled: Engine) -> None:
    answer = asked(bundled, ["Handlar Kirunas löfte om båtstölder?"])
    assert not answer.text.startswith("Ja")
