"""Round sixteen's "absent16" class: the agreement asked of an act in the resident's own clause ("äldre som
blir lurade", "folk som kör för fort", "people selling drugs"; bot/answering/acts.py), answered with the
entry's sentences on it in the entry's own noun, or said not to be mentioned, in the resident's words."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import acts
from bot.answering.engine import Engine
from bot.answering.passage_index import stem
from bot.text import tokens
from tests.scored import asked, assert_case, assert_shapes, dev_params, dev_set

DEV = dev_set("absent16_dev16.yaml")


def test_the_dev_set_is_the_class() -> None:
    assert_shapes(DEV, {"absent16": 45, "held": 15, "absent": 15, "modifier": 6, "en": 6, "story": 4, "noaao": 4})


# Still missed: a question the model reads as the resident's own fraud (help lines first, the area after),
# a follow-up asking "tar det upp …" read as something to tell the kommun, and an act told with verbs no
# table holds ("eldar och smäller fyrverkerier"), where the overview comes without a note.
@pytest.mark.parametrize("case", dev_params(DEV, known_misses=("blåsta på pengar", "tar det upp folk som kör",
                                                               "smäller fyrverkerier")))
def test_the_dev_set_holds(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)


@pytest.mark.parametrize("message, noun, clause", [
    ("Finns det något om tanter som blir lurade av falska hantverkare?", "bedrageri",
     ("tanter", "som", "blir", "lurade", "av", "falska", "hantverkare")),
    ("har de lovat nåt om killar som snor mopeder", "stold", ("killar", "som", "snor", "mopeder")),
    ("anything about drivers speeding past the school?", "speeding", ("drivers", "speeding", "past", "the", "school")),
    ("står det om att någon klottrar på skolan", "klotter", ("klottrar", "pa", "skolan")),
    ("tar de upp killar som langar hasch?", "narkotika", ("killar", "som", "langar", "hasch")),
    ("anything about cars getting broken into", "burglary", ("cars", "getting", "broken", "into")),
])
def test_an_act_is_found_with_its_nouns_and_its_clause(message: str, noun: str, clause: tuple[str, ...]) -> None:
    act = acts.of_message(message, tokens(message))
    assert act is not None and noun in act.nouns
    assert act.clause[-len(clause):] == clause or act.clause == clause


@pytest.mark.parametrize("message", ["Vad har Kungsör lovat?", "Who signed Boden's promise?",
                                     "Hur länge gäller avtalet?", "Vilka fokusområden har Lund?"])
def test_no_act_in_a_question_of_the_agreement_alone(message: str) -> None:
    assert acts.of_message(message, tokens(message)) is None


def test_a_bare_verb_is_said_by_its_noun() -> None:
    message = "hon blev lurad. gör de något åt sånt?"
    assert acts.of_message(message, tokens(message)) is None  # the question itself names no act
    act = acts.of_message(message, tokens(message), asking_only=False)
    assert act is not None and act.bare
    assert acts.as_written(act, {}, "sv") == "bedrägerier" and acts.as_written(act, {}, "en") == "fraud"


def test_a_story_is_asked_of_only_when_the_question_points_back() -> None:
    message = "mormor blev lurad i somras. gör Kumla något mot inbrott?"
    assert acts.of_message(message, tokens(message), asking_only=False) is None


def test_the_clause_ends_before_the_residents_own_words() -> None:
    message = "finns det något om mopeder som kör för fort på vår gata?"
    act = acts.of_message(message, tokens(message))
    assert act is not None and act.clause == ("mopeder", "som", "kor", "for", "fort")


def test_an_entry_holds_an_act_by_a_compound_of_its_noun() -> None:
    act = acts.found(tokens("folk som kör för fort"))
    assert act is not None
    assert acts.held(act, frozenset((stem("trafiksakerhetsarbete"),)), stem)
    assert not acts.held(act, frozenset((stem("ungdomar"), stem("narkotika"))), stem)


def test_whom_an_act_befalls_never_answers_for_it(bundled: Engine) -> None:
    # Kalix's entry has young people and drugs, never fraud: "ungdomar som blir lurade" is not covered.
    kalix = bundled.knowledge.municipalities["kalix"]
    assert not any("bedräger" in a.title.lower() for a in kalix.areas)
    answer = asked(bundled, ["Har Kalix lovat något om ungdomar som blir lurade på internet?"])
    assert answer.municipality == "kalix"
    assert answer.text.startswith("Kalix överenskommelse nämner inte ungdomar som blir lurade på internet.")


def test_an_act_the_entry_takes_up_is_quoted_in_its_noun(bundled: Engine) -> None:
    # Högsby's entry has "Skadegörelse" with "klotter" among its words: a resident's "klottrar" finds it.
    answer = asked(bundled, ["Gör Högsby något åt att folk klottrar ner busskuren, enligt löftet?"])
    assert answer.municipality == "hogsby"
    assert answer.text.startswith("Skadegörelse") and "nämner inte" not in answer.text


def test_an_english_act_not_taken_up_is_said_in_the_residents_words(bundled: Engine) -> None:
    answer = asked(bundled, ["Does Gävle's promise cover people stealing from shops?"])
    assert answer.municipality == "gavle"
    assert answer.text.startswith("Gävle's agreement does not mention people stealing from shops.")


def test_danger_told_beside_an_act_keeps_112_first(bundled: Engine) -> None:
    answer = asked(bundled, ["någon bryter sig in hos mig just nu, står det nåt i Kungsörs löfte om inbrott?"])
    assert "112" in answer.text[:120]
