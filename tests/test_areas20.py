"""Round twenty's trained reading of the area of life in one's own case (bot/answering/area_model.py,
knowledge/areas/): the dev set written before the code, the shipped model and its data, and the rule
on examples of our own that are not in the dev set."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from bot.answering import area_model, area_training, training
from bot.answering.engine import Engine
from bot.answering.intents import IntentModel
from bot.answering.knowledge import bundled_path
from tests.scored import asked, assert_case, assert_shapes, dev_params, dev_set

DEV = dev_set("areas20_dev20.yaml")
AREAS_DIR = area_training.areas_dir(bundled_path())
MESSAGES = training.messages_dir(bundled_path())


def test_the_dev_set_is_the_class() -> None:
    assert_shapes(DEV, {"work": 8, "tenancy": 7, "consumer": 7, "insurance": 5, "decision": 6, "family": 6,
                        "school": 3, "en": 8, "noaccent": 5})


# Still missed: a story with nothing asked nor wrong in its words, a cafe's tips (the reading says "none"), a firm that is one's employer, a fee beside the rent, mould the landlord
# blames on the tenants, a sofa never delivered (read as harm), an accident the rules read. (A repayment
# and a cut in assistance are answered since round twenty-one's reading; a kitchen's unpaid hour since a legal
# question inside work names the union first, in the twentieth session.)
@pytest.mark.parametrize("case", dev_params(DEV, known_misses=(
    "sommarjobbade på glassfabriken", "lärarvikarie i två år", "jag kör budbil",
    "tar 400 kr extra", "mögel i badrummet sedan", "Ordered a sofa online", "cycling accident",
    "takes part of our tips")))
def test_the_dev_set_holds(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)


@pytest.fixture(scope="module")
def examples() -> list[training.Example]:
    return area_training.load_examples(AREAS_DIR, MESSAGES)


def test_every_area_has_lines_in_every_voice(examples: list[training.Example]) -> None:
    counts = Counter(e.intent for e in examples)
    assert set(counts) == set(area_model.AREAS)
    assert min(n for area, n in counts.items() if area != "none") >= 30
    for area in area_model.AREAS:
        voices = {area_training.voice_of(e) for e in examples if e.intent == area}
        assert {"sms", "letter", "english", "plain", "chat"} <= voices, area


def test_no_line_carries_two_areas(examples: list[training.Example]) -> None:
    labels: dict[str, set[str]] = {}
    for e in examples:
        labels.setdefault(" ".join(training.example_tokens(e.text)), set()).add(e.intent)
    assert not {text: found for text, found in labels.items() if len(found) > 1}


def test_the_shipped_area_model_is_trained_on_the_shipped_lines(examples: list[training.Example]) -> None:
    shipped = IntentModel.load(area_model.bundled_area_model_path())
    assert shipped.fingerprint == training.fingerprint(examples), "run: trygghetsbot train --areas"
    assert shipped.intents == area_model.AREAS


def test_retraining_gives_the_shipped_area_weights(examples: list[training.Example]) -> None:
    pytest.importorskip("sklearn", reason="training needs the [train] extra (scikit-learn)")
    again = area_training.train(examples, folds=1)  # the temperature's folds do not change the weights
    assert training.differences(IntentModel.load(area_model.bundled_area_model_path()), again) == []


def test_the_reading_abstains_when_none_is_strongest() -> None:
    assert area_model.strongest({"work": 0.2, "none": 0.7, "tenancy": 0.1}) is None
    assert area_model.strongest({"work": 0.25, "none": 0.2, "tenancy": 0.2, "family": 0.2, "school": 0.15}) is None
    assert area_model.strongest({"work": 0.5, "none": 0.3, "tenancy": 0.2}) == "work"
    assert area_model.strongest({}) is None


# Examples of our own, not in the dev set nor the training lines: the place each area's line names.
@pytest.mark.parametrize("message, expected", [
    ("städfirman jag jobbar på har inte betalat ut min slutlön och svarar inte på sms, vad gör jag", "fackförbund"),
    ("hyresvärden har skickat en ny hyresavi med 600 kr mer i månaden utan att fråga oss, får han det?",
     "hyresnämnden"),
    ("skolan har sagt nej till att min son får läsa svenska som andraspråk, vad kan vi göra?", "advokat"),
    ("my landlord refuses to repair the leaking roof and says it's my problem, what are my rights?", "rent tribunal"),
])
def test_a_case_in_words_no_list_was_written_for_gets_its_area_s_place(bundled: Engine, message: str,
                                                                       expected: str) -> None:
    answer = asked(bundled, [message])
    assert expected.lower() in answer.text.lower(), answer.text[:200]
    assert "112" not in answer.text[:60] and "Brottsofferjouren" not in answer.text


# What the trained reading must leave alone: danger now, a crime suffered, a fraud, the agreements, the bot.
@pytest.mark.parametrize("message, expected", [
    ("min chef står utanför min dörr och säger att han ska slå ihjäl mig", "112"),
    ("någon har brutit sig in i mitt förråd på jobbet och tagit verktygen", "112"),
    ("min morfar har skickat pengar till en 'bankman' som ringde honom tre gånger i dag", "Brottsofferjouren"),
    ("vad gör kommunen och polisen i Umeå för att det ska kännas tryggare på arbetsplatserna?", "Umeå"),
])
def test_what_is_kept_elsewhere_keeps_its_answer(bundled: Engine, message: str, expected: str) -> None:
    answer = asked(bundled, [message])
    assert expected in answer.text, answer.text[:200]
    assert "Det här är ditt eget ärende" not in answer.text
