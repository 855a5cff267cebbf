"""Round seventeen's several asks in one message (bot/answering/clauses.py, shared_agreements.py,
pointed_out.py, compound_parts.py): the dev set written before the code, and the rules on examples of
their own."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import clauses
from bot.answering.engine import Engine
from bot.answering.pointed_out import felt_where, names_a_place
from tests.scored import asked, assert_case, assert_shapes, dev_params, dev_set

DEV = dev_set("multi17_dev17.yaml")


def test_the_dev_set_is_the_class() -> None:
    assert_shapes(DEV, {"detail": 10, "unsafe": 5, "story": 5, "same": 5, "person": 5, "shape": 10, "en": 6})


# Still missed: a how-to-report ask read as the resident's own report. ("står det något om hot mot politiker?" is an
# ask of its own since multi18; "vad bestämmer brå" after the kommun's signers is the kommun's Brå since joined23.)
@pytest.mark.parametrize("case", dev_params(DEV, known_misses=(
    "hur rapporterar man otrygga platser",)))
def test_the_dev_set_holds(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)


@pytest.mark.parametrize("text, parts", [
    ("Vem skrev under i Kalix, och satsar polisen på trafiken?", 2),  # a verb first after "och"
    ("Min dotter blev rånad i våras. Jobbar Växjö mot rån, och vem är kommunpolis?", 2),  # after a story
    ("Vi undrar en sak: tar kommunen upp klotter, och vem följer upp det?", 2),  # after a colon
    ("badplatsen ni nämner, vilken är det?", 1),  # a noun with its relative clause is no verb
    ("Kalix har fyra fokusområden, stämmer det?", 1),  # "det" points back
    ("Stämmer det att Boråsavtalet skrevs under av Ulf Olsson och Per Berg?", 1),  # a name after "och"
    ("Järvsö, sommar, mycket folk – vad lovar polisen?", 1),
    ("Borås: förnyas avtalet varje år?", 1),  # a heading's colon
    ("Vilket lokalpolisområde hör Osby till, och ligger Östra Göinge i samma?", 1),  # "samma" asks of both
])
def test_a_question_opening_with_its_verb_is_an_ask_of_its_own(text: str, parts: int) -> None:
    assert len(clauses.split(text)) == parts


def test_a_story_is_told_before_its_question() -> None:
    told, asks = clauses.told_and_asked("Min dotter blev rånad i våras. Jobbar Växjö mot rån, och vem är kommunpolis?")[0]
    assert told == "Min dotter blev rånad i våras." and asks.startswith("Jobbar Växjö")


def test_a_story_whose_subject_is_asked_gets_each_answer(bundled: Engine) -> None:
    answer = asked(bundled, ["Grannens son har fastnat i knarket och vi är oroliga. Vad gör Vännäs mot droger bland "
                             "unga, och när skrevs löftet under?"])
    vannas = bundled.knowledge.municipalities["vannas"]
    assert answer.municipality == "vannas" and "narkotika" in answer.text and "mars 2023" in answer.text
    assert vannas.name in answer.text


def test_the_same_promise_as_a_third_kommun_is_asked_of_each(bundled: Engine) -> None:
    shared = asked(bundled, ["Har Herrljunga och Lerum samma löfte som Vårgårda?"]).text
    assert shared.startswith("Ja") and shared.count("Ja, enligt källan") == 2
    apart = asked(bundled, ["Har Boden och Piteå samma avtal som Kiruna?"]).text
    assert apart.startswith("Nej") and "Boden och Kiruna" in apart and "Piteå och Kiruna" in apart


def test_where_safety_is_felt_is_read_in_the_entries_words() -> None:
    assert "otrygghet" in felt_where(["var", "kanner", "sig", "folk", "minst", "trygga"])
    assert felt_where(["var", "kanns", "otryggt"]) == ["var", "kanns", "otryggt"]  # the entries' own word
    assert felt_where(["var", "ligger", "stationen"]) == ["var", "ligger", "stationen"]  # no feeling asked
    assert names_a_place("Otryggheten är störst i södra delen av kommunen.", "x")


def test_where_people_feel_least_safe_is_the_entrys_place(bundled: Engine) -> None:
    answer = asked(bundled, ["Var i Östra Göinge känner sig invånarna minst trygga?"])
    assert answer.municipality == "ostra-goinge" and "Broby" in answer.text


def test_a_word_whose_stem_is_a_stopwords_stands_for_its_compounds(bundled: Engine) -> None:
    _, gained = bundled.passages.query_terms(["moten"])
    assert any(stem.startswith("foraldra") for stem in gained)  # "föräldramöten"
    _, none = bundled.passages.query_terms(["varen"])  # "våren" ends one compound only, by chance
    assert not none


def test_danger_now_before_several_asks_keeps_112_first(bundled: Engine) -> None:
    answer = asked(bundled, ["Någon bryter sig in hos grannen just nu! Gör Lund något mot inbrott och vem skrev under?"])
    assert "112" in answer.text[:120]
