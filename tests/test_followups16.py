"""Round sixteen's follow-ups: a detail of the entry talked about (bot/answering/entry_detail.py), someone of it
asked by the role the entry gives them (bot/answering/role_words.py), the same asked again of another kommun,
and danger now in a conversation; on the dev set written before the code and on examples outside it."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering.engine import Engine
from bot.answering.entry_detail import states_an_age
from tests.scored import asked, assert_case, assert_shapes, dev_params, dev_set

DEV = dev_set("followups_dev16.yaml")


def test_the_dev_set_is_the_class() -> None:
    assert_shapes(DEV, {"detail": 25, "role": 10, "switch": 8, "emergency": 4, "en": 8})


# Still missed: an abbreviation's expansion, which only the agreement's quote holds (no passage).
@pytest.mark.parametrize("case", dev_params(DEV, known_misses=("vad står sspf för?",)))
def test_the_dev_set_holds(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)


@pytest.mark.parametrize("sentence, age", [
    ("förebyggande arbete med barn från 0 till 18 och unga vuxna från 18 till 29 år", True),
    ("främst hos unga upp till 21 år", True), ("elever i årskurs 8 och deras föräldrar", True),
    ("young adults aged 18–24", True), ("Avtalet gäller i tre år.", False),
    ("minst 900 timmar per år", False), ("Medborgarlöfte 2023–2024", False), ("minskade med 4 och 5 procent", False)])
def test_an_age_is_a_sentence_that_states_one(sentence: str, age: bool) -> None:
    assert states_an_age(sentence) is age


def test_an_age_asked_is_the_sentence_with_the_age_not_the_period(bundled: Engine) -> None:
    answer = asked(bundled, ["Vad lovar Aneby?", "hur gamla är de unga det gäller?"])
    assert answer.municipality == "aneby" and answer.topic == "detail" and "21" in answer.text


def test_the_time_of_a_thing_is_its_sentence(bundled: Engine) -> None:
    answer = asked(bundled, ["Vad lovade Halmstad 2021?", "när ska lilla torg stängas av?"])
    assert answer.municipality == "halmstad" and "sommaren" in answer.text


def test_the_time_of_the_agreement_itself_stays_the_period(bundled: Engine) -> None:
    assert asked(bundled, ["Vad lovar Hofors?", "när börjar det?"]).topic == "period"


def test_a_short_question_nothing_else_answered_gets_the_entrys_sentence(bundled: Engine) -> None:
    answer = asked(bundled, ["Vad lovar Ljungby?", "var ska de göra drogtesterna?"])
    assert answer.municipality == "ljungby" and "Sunnerbogymnasiet" in answer.text


def test_a_question_naming_another_kommun_is_not_read_as_the_entrys(bundled: Engine) -> None:
    other = asked(bundled, ["Vad lovar Gällivare?", "var ska de fotpatrullera i Kiruna?"])
    assert other.municipality != "gallivare"


@pytest.mark.parametrize("turns, name", [
    (["Vem är kommunpolis i Ljusnarsberg?", "och gruppchefen då?"], "Tobias Jansson"),
    (["Vem skrev under Gotlands överenskommelse 2024?", "och landshövdingen, vad heter han?"], "Anders Flanking"),
    (["Vad gör Örebro?", "vem är brottsförebyggande strateg?"], "Johanna Sollerman")])
def test_a_role_in_the_entrys_own_words_is_that_person_never_danger(bundled: Engine, turns: list[str], name: str) -> None:
    answer = asked(bundled, turns)
    assert name in answer.text and answer.topic == "people" and "112" not in answer.text[:60]


def test_a_word_only_part_of_a_role_picks_no_one(bundled: Engine) -> None:
    answer = asked(bundled, ["Uppsalas samverkansavtal", "och den lokala for resecentrum da"])
    assert answer.topic != "people"


def test_what_someone_named_signed_is_no_one_elses_data(bundled: Engine) -> None:
    answer = asked(bundled, ["Vem är lokalpolisområdeschef i Ljusdal?", "vad skrev han under?"])
    assert answer.municipality == "ljusdal" and "Nej, det kan jag inte visa" not in answer.text


def test_the_same_asked_again_of_another_kommun_keeps_the_aspect(bundled: Engine) -> None:
    answer = asked(bundled, ["Vem är kommunpolis i Ljusdal?", "samma fråga för Ockelbo"])
    assert answer.municipality == "ockelbo" and "Måns Jennehag" in answer.text


@pytest.mark.parametrize("turns", [
    ["Vem skrev under i Heby?", "och nu sparkar han in dörren, hjälp"],
    ["Vem är kommunpolis i Ljusnarsberg?", "och gruppchefen slår mig just nu"],
    ["Vad lovar Gällivare?", "var är närmaste sjukhus? min pappa har ont i bröstet och andas tungt"]])
def test_danger_now_in_a_follow_up_keeps_112_first(bundled: Engine, turns: list[str]) -> None:
    assert "112" in asked(bundled, turns).text[:120]
