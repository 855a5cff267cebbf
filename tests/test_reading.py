"""The trained reading of messages: the data, the shipped model, the decision's order."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.answering import holdout, training
from bot.answering.danger import Danger
from bot.answering.decide import Decision, decide
from bot.answering.engine import Conversation, Engine
from bot.answering.intents import INTENTS, PLACE, IntentModel, bundled_model_path, features, masked
from bot.answering.knowledge import Knowledge, bundled_path, load

MESSAGES = training.messages_dir(bundled_path())
HELD_OUT = Path(__file__).resolve().parent.parent / "eval" / "heldout.yaml"


@pytest.fixture(scope="module")
def examples() -> list[training.Example]:
    return training.load_examples(MESSAGES)


def test_every_intent_has_broad_data(examples: list[training.Example]) -> None:
    counts = Counter(e.intent for e in examples)
    assert set(counts) == set(INTENTS), f"intents without examples: {set(INTENTS) - set(counts)}"
    assert min(counts.values()) >= 150, counts.most_common()[-3:]
    assert len(examples) >= 4000


def test_no_message_carries_two_labels(examples: list[training.Example]) -> None:
    labels: dict[str, set[str]] = {}
    for e in examples:
        words = training.example_tokens(e.text)
        if words:  # an emoji alone has no words: it teaches the model nothing either way
            labels.setdefault(" ".join(words), set()).add(e.intent)
    assert not {text: found for text, found in labels.items() if len(found) > 1}


def test_the_shipped_model_is_trained_on_the_shipped_messages(examples: list[training.Example]) -> None:
    shipped = IntentModel.load(bundled_model_path())
    assert shipped.fingerprint == training.fingerprint(examples), "run: trygghetsbot train"
    assert set(shipped.intents) == set(INTENTS)


@pytest.fixture(scope="module")
def retrained(examples: list[training.Example]) -> IntentModel:
    pytest.importorskip("sklearn", reason="training needs the [train] extra (scikit-learn)")
    return training.train(examples, folds=1)  # the temperature's folds do not change the weights


def test_retraining_gives_the_shipped_weights(retrained: IntentModel) -> None:
    assert training.differences(IntentModel.load(bundled_model_path()), retrained) == []


def test_the_check_finds_a_model_with_its_weights_zeroed(retrained: IntentModel) -> None:
    """The fingerprint alone would pass it: the check (`trygghetsbot train --check` too) compares the
    weights of the model retrained."""
    shipped = IntentModel.load(bundled_model_path())
    zeroed = dataclasses.replace(shipped, weights=np.zeros_like(shipped.weights))
    assert training.differences(zeroed, retrained) == ["its weights differ"]


def test_a_name_is_masked_the_same_in_training_and_reading() -> None:
    assert training.example_tokens("vad gör {kommun} mot klotter") == ["vad", "gor", PLACE, "mot", "klotter"]
    assert masked(["bor", "i", "upplands", "vasby", "nu"], [2, 3]) == ["bor", "i", PLACE, "nu"]
    assert features(["xplacex"]) == {"w xplacex", "b ^ xplacex", "b xplacex $"}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["vad", "gor", PLACE, "brinner", "brinnr", "12", "a", "polisen", "ar", "trygg"])
                | st.text("abcdeåäö ", min_size=1, max_size=12), max_size=12))
def test_rows_looked_up_a_token_at_a_time_are_the_features_rows(toks: list[str]) -> None:
    """The per-token cache in `rows` gives exactly the rows of `features`: the model reads the same."""
    model = IntentModel.load(bundled_model_path())
    expected = sorted({model.vocabulary[f] for f in features(toks) if f in model.vocabulary})
    assert model.rows(toks) == expected and model.rows(toks) == expected  # cold, then from the cache


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gets_probabilities_that_sum_to_one(text: str) -> None:
    model = IntentModel.load(bundled_model_path())
    from bot.text import tokens

    probabilities = model.probabilities(tokens(text))
    assert abs(sum(probabilities.values()) - 1) < 1e-6
    assert all(0 <= p <= 1 for p in probabilities.values())


# -- the decision's order, on chosen probabilities ---------------------------------------------

def _probs(**chosen: float) -> dict[str, float]:
    rest = (1 - sum(chosen.values())) / (len(INTENTS) - len(chosen))
    return {i: chosen.get(i, rest) for i in INTENTS}


def test_danger_comes_first_from_the_model_or_a_strong_rule() -> None:
    assert decide(_probs(danger_fire=0.3, danger_medical=0.3, ask_topic=0.3), None).action == "emergency"
    assert decide(_probs(ask_topic=0.95), Danger("now", "medical", strong=True)).action == "emergency"


def test_a_weak_rule_gives_way_only_to_a_sure_model_and_112_opens_what_does_not_say_it() -> None:
    weak = Danger("now", "violence")
    assert decide(_probs(situation_threat=0.6, danger_violence=0.2), weak).action == "emergency"
    assert decide(_probs(ask_topic=0.6), weak).action == "emergency"
    # A situation read with hardly any danger: its help lines, which open with when to ring 112.
    assert decide(_probs(situation_threat=0.6), weak) == Decision("situation", "harassment", 0.6)
    # The help lines, the crime report and the concern say themselves when to ring 112.
    for intent, action in (("situation_threat", "situation"), ("report_crime", "report"), ("concern", "concern")):
        sure = decide(_probs(**{intent: 0.9}), weak)
        assert (sure.action, sure.danger_first) == (action, False)
    question = decide(_probs(ask_topic=0.9), weak)
    assert (question.action, question.danger_first) == ("question", True)


def test_the_line_after_112_follows_a_sure_model_over_a_weak_rule_word() -> None:
    """A child who has eaten detergent and vomits: the rule word is illness ("kräks"), the model
    sees a poisoning; Giftinformation, not 1177, is the line that helps."""
    poisoning = decide(_probs(danger_poisoning=0.97), Danger("now", "medical"))
    assert (poisoning.action, poisoning.kind) == ("emergency", "poisoning")
    assert decide(_probs(danger_poisoning=0.97), Danger("now", "medical", strong=True)).kind == "medical"
    unsure = decide(_probs(danger_poisoning=0.35, danger_medical=0.3), Danger("now", "fire"))
    assert unsure.kind == "fire"


def test_the_order_below_danger() -> None:
    assert decide(_probs(suicidal_thoughts=0.8), None).kind == "suicide"
    assert decide(_probs(situation_youth_crime=0.7), None).action == "situation"
    assert decide(_probs(report_crime=0.7), None).action == "report"
    assert decide(_probs(concern=0.7), None).action == "concern"
    assert decide(_probs(ask_period=0.7), None).kind == "ask_period"
    assert decide(_probs(limits=0.7), None).action == "limit"
    assert decide(_probs(injection=0.7), None).action == "out_of_scope"


def test_unsure_is_said_never_guessed() -> None:
    split = decide(_probs(concern=0.3, report_crime=0.28), None)
    assert split.action == "unsure" and set(split.alternatives) == {"concern", "report_crime"}
    assert decide(_probs(concern=0.3, report_crime=0.28), Danger("past", "violence")).action == "report"


# -- what residents wrote, end to end ----------------------------------------------------------

@pytest.fixture(scope="module")
def engine(knowledge: Knowledge) -> Engine:
    return Engine(knowledge, today=dt.date(2026, 11, 28))


@pytest.mark.parametrize("message", [
    "Någon försöker bryta sig in i min lägenhet just nu",
    "hej, jag sitter med min granne som plötsligt inte kan prata och ena armen hänger, vad ska vi göra?",
    "pojke i sjön som inte kommer upp vid badplatsen!!",
    "Jag mår så dåligt att jag inte vill leva längre",
])
def test_danger_in_words_no_rule_was_written_for(engine: Engine, message: str) -> None:
    assert "112" in engine.answer(message, Conversation()).text[:120]


@pytest.mark.parametrize(("message", "topic"), [
    ("Min tonåring har hamnat i dåligt sällskap och säljer nog knark, Kävlinge. Hjälp?", "help"),
    ("Det är så mörkt i gångtunneln vid Löddeköpinge centrum på kvällarna. Var kan jag lämna det?", "feedback"),
    ("Gatlyktorna på gången bakom skolan i Furulund har varit trasiga i veckor. Vem ska jag säga till?",
     "feedback"),
    ("I got my wallet stolen last week, how do I report it?", "report"),
])
def test_what_the_resident_needs(engine: Engine, message: str, topic: str) -> None:
    assert engine.answer(message, Conversation()).topic == topic


@pytest.mark.parametrize("message", ["Blir det snö i Sölvesborg på lördag?", "Vem vann Allsvenskan förra året?"])
def test_out_of_scope_is_not_answered(engine: Engine, message: str) -> None:
    answer = engine.answer(message, Conversation())
    assert not answer.answered and "112" not in answer.text[:60]


def test_a_focus_area_asked_about_is_answered_not_taken_for_a_concern(engine: Engine) -> None:
    answer = engine.answer("Vad innebär Kävlinges fokus på stöd att lämna en kriminell livsstil?", Conversation())
    assert answer.municipality == "kavlinge" and answer.topic != "feedback"
    assert "kriminell livsstil" in answer.text.lower()


def test_violence_at_home_gets_112_first_and_then_who_helps() -> None:
    """The rules put 112 first for "slår mig"; the model reads the resident's own situation, so the
    lines for it follow (Kvinnofridslinjen, Bris). An attack on someone else now gets 112 alone."""
    engine = Engine(load(), today=dt.date(2026, 11, 28))
    home = engine.answer("Min man slår mig när han dricker, vem kan hjälpa mig?")
    assert home.topic == "emergency" and "112" in home.text[:60]
    assert "Kvinnofridslinjen" in home.text
    street = engine.answer("Någon slår min granne på gatan just nu!")
    assert street.topic == "emergency" and "Kvinnofridslinjen" not in street.text


# -- the held-out messages are held out ----------------------------------------------------------

def test_no_training_line_is_a_near_copy_of_a_held_out_message(examples: list[training.Example],
                                                                engine: Engine) -> None:
    """eval/heldout.yaml measures the reading only if training never saw it, nor a line within a fuzzy
    ratio of 85 of it, casefolded or with places masked as the reading masks them
    (`trygghetsbot train --hold-out eval/heldout.yaml` removes such lines)."""
    held_out = holdout.held_out_messages([HELD_OUT])
    assert len(held_out) >= 500
    copies = holdout.near_copies(examples, held_out, holdout.reading_masker(engine.read))
    near = [(c.example.file, c.example.text) for c in copies]
    assert not near, near[:10]


def test_a_near_copy_is_found_with_its_place_masked_and_removed_alone(tmp_path: Path, engine: Engine) -> None:
    folder = tmp_path / "messages"
    folder.mkdir()
    (folder / "ask_topic.yaml").write_text(
        "intent: ask_topic\n# a comment that stays\nexamples:\n"
        "- vad gör {kommun} mot klotter?\n"
        "- 'hur jobbar polisen: med trafiken'\n"
        "- >-\n  finns det något om belysning\n  i avtalet\n"
        "- vilka fokusområden har {kommun}\n", encoding="utf-8")
    examples = training.load_examples(folder)
    held_out = ["Vad gör Lund mot klotter", "hur jobbar polisen med trafiken", "finns det något om belysning i avtalet?"]
    copies = holdout.near_copies(examples, held_out, holdout.reading_masker(engine.read))
    assert {(c.example.text, c.held_out) for c in copies} == {
        ("vad gör {kommun} mot klotter?", held_out[0]), ("hur jobbar polisen: med trafiken", held_out[1]),
        ("finns det något om belysning i avtalet", held_out[2])}
    assert holdout.remove(folder, copies) == 3
    assert (folder / "ask_topic.yaml").read_text(encoding="utf-8") == (
        "intent: ask_topic\n# a comment that stays\nexamples:\n- vilka fokusområden har {kommun}\n")
    assert holdout.near_copies(training.load_examples(folder), held_out, holdout.reading_masker(engine.read)) == []


def test_a_blind_set_in_the_scoring_format_is_read_too(tmp_path: Path) -> None:
    blind = tmp_path / "blind.yaml"
    blind.write_text('- {q: "Vem skrev under i Lund?", kommun: lund, tags: [people]}\n'
                     '- {turns: ["Vad gör Lund?", "och Burlöv då?"], tags: [followup]}\n', encoding="utf-8")
    assert holdout.held_out_messages([blind]) == ["Vem skrev under i Lund?", "Vad gör Lund?", "och Burlöv då?"]
