"""Round nineteen's detail questions: a subject asked in the resident's own words that the keyword lists put
beside the entry's word (near_words.py: "fylla" beside "alkohol", "epa" beside "A-traktor"), the verb a yes-no
question opens with (municipality_answers.py) or a second verb after a particle ("kommer ut och hälsar på",
subject_words.py) never taken for the subject a note says is missing; on the dev set written before the code and on sentences that
are not in it."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import passages, subject_words
from bot.answering.intents import PLACE
from bot.answering.engine import Engine
from bot.answering.near_words import NearWords
from bot.answering.passage_index import stem
from tests.scored import asked, assert_case, assert_shapes, dev_params, dev_set

DEV = dev_set("detail19_dev19.yaml")


def test_the_dev_set_is_the_class() -> None:
    assert_shapes(DEV, {"synonym": 10, "count": 5, "who": 4, "en": 7, "shared": 4, "quoted": 6, "absent": 7})


# Still missed ("fylla och knark" is answered since a word that ends one of the entry's compounds, "fylla" of
# "rattfylleri", is no subject it lacks, in the twentieth session): a yes-no question opening
# with a verb no list names ("Tänker Bollnäs …?") is no question to the subject reader (reading any first verb
# as one exposed compounds and opinions to notes, and was taken back); "kloakvattnet" meets "avloppsvatten" only through its last part, inflected otherwise
# ("vattnet"), and "knark" finds no sentence (the ranking does not read near words); two stories of the resident's own street are read as a concern to report; "anmäler
# brott" is read as a wish to report; "drönare", which no entry names, asked in a frame the model reads as a
# limit, is answered as a limit, which now says it is not mentioned; an English "mounted police" is read as the
# overview; "skolskjutsarna" is read
# as one's own matter; "fotbollsplaner" with "Lekeberg" last is no kommun asked.
@pytest.mark.parametrize("case", dev_params(DEV, known_misses=(
    "övervakningskameror", "kloakvattnet", "becksvart", "min gata i Grästorp", "anmäler brott",
    "mounted police", "skolskjutsarna", "fotbollsplaner")))
def test_the_dev_set_holds(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)


def test_near_words_are_read_from_the_keyword_lists() -> None:
    near = NearWords([["narkotika", "droger", "knark"], ["knark", "narkotika", "unga"], ["knark", "narkotika"],
                      ["hästar", "ridning"]])
    assert stem("narkotika") in near.of("knark")
    assert stem("unga") not in near.of("knark")  # who a subject concerns is no near word of it
    assert not near.of("hästar")  # one list is one writer's choice


@pytest.mark.parametrize("text, wanted", [
    ("Finns det väktare i Uddevallas centrum enligt löftet?", "rdningsvakter"),
    ("Har Varberg något om knark för åttondeklassare?", "narkotika"),
])
def test_a_near_word_of_the_entrys_is_no_missing_subject(bundled: Engine, text: str, wanted: str) -> None:
    answer = asked(bundled, [text])
    assert wanted in answer.text and "nämns inte" not in answer.text


def test_a_subject_no_keyword_list_names_is_still_missing(bundled: Engine) -> None:
    answer = asked(bundled, ["Har polisen i Kalix ridande poliser?"])
    assert "nämns inte" in answer.text or "Det finns inte i det jag vet" in answer.text


def test_a_second_verb_after_a_particle_is_no_subject() -> None:
    toks = "kommer polisen ut och kollar garagen".split()
    assert not subject_words.can_be_subject(toks, 4)
    assert subject_words.can_be_subject(toks, 5)


def test_the_verb_a_yes_no_question_opens_with_is_named() -> None:
    assert passages.polar_verb(["funderar", "kommunen", "pa", "dronare"]) == "funderar"
    assert passages.polar_verb(["provar", PLACE, "nattvandring"]) == "provar"
    assert passages.polar_verb(["vad", "gor", "polisen"]) is None
