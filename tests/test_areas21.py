"""Round twenty-one's work on the area-of-life reading (bot/answering/area_model.py): why it abstained on a
stranger's wording (the none class won by its size; one's own case told without a pronoun or asked with only
a "?"), the dev set written before the code, and the rules on examples of our own not in the dev set."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import area_model, area_training, training
from bot.answering.engine import Engine
from bot.answering.knowledge import bundled_path
from tests.scored import asked, assert_case, assert_shapes, dev_params, dev_set

DEV = dev_set("areas21_dev21.yaml")


def test_the_dev_set_is_the_class() -> None:
    assert_shapes(DEV, {"work": 10, "tenancy": 8, "consumer": 9, "insurance": 5, "decision": 7, "family": 6,
                        "school": 4, "en": 9, "noaccent": 7})


# Still missed: a dishwasher's missing payslips and a fee on a benefit the reading calls "none"; a move after
# parental leave the intent model is sure is fear; a car valued low after a crash the danger rules read as now;
# an insurer's demand for receipts with nothing asked nor refused in its words; an ex's car the reading is not
# quite sure is the family's; a summer job's pay the lists call an authority's care; a painter read as an accident.
@pytest.mark.parametrize("case", dev_params(DEV, known_misses=(
    "Restaurangen jag diskar", "blev omplacerad till lagret", "Bilförsäkringen har värderat", "tagit 4 manader",
    "Handläggaren på soc", "min exsambo vägrar", "Hej! Jag har haft sommarvikariat", "målaren vi anlitade")))
def test_the_dev_set_holds(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)


def test_none_is_weighed_as_one_class_among_the_areas() -> None:
    examples = area_training.load_examples(area_training.areas_dir(bundled_path()),
                                           training.messages_dir(bundled_path()))
    nones = sum(e.intent == "none" for e in examples)
    largest_area = max(sum(e.intent == a for e in examples) for a in area_model.AREAS if a != "none")
    assert nones > 3 * largest_area  # what the weight is for: none is far the largest class
    assert 0 < area_training.NONE_WEIGHT < 1
    voices = {area_training.voice_of(e) for e in examples if e.intent != "none"}
    assert {"terse", "story"} <= voices


# Told with no word of the resident (Swedish drops the subject), examples of our own: the area's place.
@pytest.mark.parametrize("message, expected", [
    ("uppsagd via mejl dagen efter att jag sjukanmälde mig, inget samtal", "fackförbund"),
    ("beställde en dammsugare för 3 veckor sen, fortfarande ingen leverans och butiken svarar inte", "Hallå Konsument"),
])
def test_a_case_told_without_a_pronoun_gets_its_place(bundled: Engine, message: str, expected: str) -> None:
    answer = asked(bundled, [message])
    assert expected.lower() in answer.text.lower(), answer.text[:200]
    assert "112" not in answer.text[:60] and "Brottsofferjouren" not in answer.text


# What the wider reading must leave alone: a kommun's agreement asked, violence suffered, danger now.
@pytest.mark.parametrize("message, expected", [
    ("vilket bostadsbolag jobbar Borås med kring tryggheten?", "Borås"),
    ("min kusin blev slagen av sin pojkvän i helgen och vågar inte gå hem", "Brottsofferjouren"),
    ("mamma har ramlat i badrummet och svarar inte", "112"),
])
def test_what_is_kept_elsewhere_keeps_its_answer(bundled: Engine, message: str, expected: str) -> None:
    answer = asked(bundled, [message])
    assert expected in answer.text, answer.text[:300]
    assert "Det här är ditt eget ärende" not in answer.text


def test_the_over_the_lists_bar_is_above_the_reading_s_own() -> None:
    assert area_model.SURE < area_model.OVERRIDE < area_model.OVER_THE_LISTS < 1
