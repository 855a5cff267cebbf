"""Round twenty b's several questions in one message: a shared police area and which more kommuner belong to it
(bot/answering/belonging.py), an ask opening with a preposition of several words and an occasion asked after a
signing (bot/answering/clause_breaks.py, clauses.py), and a follow-up the entry quotes only in an agreement's
words (bot/answering/aspects.py), on the dev set written before the code and on examples outside it."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import aspects, clauses
from bot.answering.engine import Engine
from tests.scored import asked, assert_case, assert_shapes, dev_params, dev_set

DEV = dev_set("multi20b_dev.yaml")


def test_the_dev_set_is_the_class() -> None:
    assert_shapes(DEV, {"signer": 3, "follow_up": 3, "police_area": 3, "occasion": 3, "lowercase": 3, "en": 4}, total=30)


# Still missed: a clause naming no kommun after a police area's list (the area's name is a kommun's too).
@pytest.mark.parametrize("case", dev_params(DEV, known_misses=(
    "Vilka kommuner ingår i överenskommelsen i lokalpolisområde Nybro och när skrevs medborgarlöftet under?",)))
def test_the_dev_set_holds(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)


@pytest.mark.parametrize("text, second", [
    ("Vem skrev under i Kiruna och på grund av vad?", "på grund av vad?"),
    ("Who signed in Borås, and in connection with what?", "in connection with what?"),
])
def test_a_preposition_of_several_words_opens_a_clause(text: str, second: str) -> None:
    assert clauses.split(text)[-1] == second


def test_a_place_after_a_preposition_is_no_new_clause() -> None:
    assert len(clauses.split("Jag bor i Lund och i närheten av var det hände")) == 1


def test_which_more_kommuner_share_the_area_lists_all_of_them(bundled: Engine) -> None:
    answer = asked(bundled, ["Tillhör Emmaboda och Uppvidinge samma polisområde? vilka fler hör dit?"])
    nybro_area = bundled.knowledge.municipalities["emmaboda"].police_area
    members = [m.name for m in bundled.knowledge.municipalities.values() if m.police_area == nybro_area]
    assert answer.text.startswith("Ja,") and all(name in answer.text for name in members)


def test_kommuner_in_different_areas_get_no_list(bundled: Engine) -> None:
    answer = asked(bundled, ["Hör Gagnef och Hedemora till samma lokalpolisområde och vilka kommuner mer ingår?"])
    assert answer.text.startswith("Nej") and "ingår:" not in answer.text


def test_an_occasion_after_a_signing_gives_the_signing_as_the_source_tells_it(bundled: Engine) -> None:
    osteraker = bundled.knowledge.municipalities["osteraker"]
    note = next(a.signed_note for a in osteraker.agreements if a.signed_note)
    answer = asked(bundled, ["Vilka undertecknade Österåkers överenskommelse, och vid vilket tillfälle?"])
    assert note.split(",")[0] in answer.text


def test_a_quoted_follow_up_is_found_where_the_entry_lists_none(bundled: Engine) -> None:
    for muni in bundled.knowledge.municipalities.values():
        for sentence in aspects.quoted_follow_up(muni):
            assert "upp" in sentence.casefold() or "uppfölj" in sentence.casefold()
    uddevalla = bundled.knowledge.municipalities["uddevalla"]
    assert any("december 2023" in s for s in aspects.quoted_follow_up(uddevalla))
    answer = asked(bundled, ["hur följer uddevalla upp medborgarlöftet?"])
    assert "december 2023" in answer.text


def test_a_preposition_of_several_words_after_a_comma_alone_narrows_the_question() -> None:
    assert len(clauses.split("Varför satsar Kiruna på unga, med hänsyn till vad?")) == 1
