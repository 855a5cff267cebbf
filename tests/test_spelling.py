"""Slipped letters in the words that say what is asked are read as meant; real words are left alone."""

from __future__ import annotations

import pytest

from bot.answering.conversation import Conversation
from bot.answering.engine import Engine
from bot.answering.knowledge import Knowledge
from bot.answering.spelling import Speller


def test_length_aware_and_never_a_known_or_short_word() -> None:
    speller = Speller(["brott", "polis", "lokalpolisomrade", "trafik", "skott", "medborgarlofte",
                       "medborgarloftet"], known=["bott", "police"])
    assert speller.correct("bott") == "bott"  # a word of its own, and short
    assert speller.correct("police") == "police"
    assert speller.correct("lokalpolsomrade") == "lokalpolisomrade"
    assert speller.correct("skotta") == "skotta"  # another word with an ending, not a slip
    assert speller.correct("trafikk") == "trafik"
    assert speller.correct("medborgarloftte") == "medborgarlofte"


@pytest.mark.parametrize(("question", "topic", "expected"), [
    ("Vilket lokalpolsområde hör Växjö till?", "parties", "lokalpolisområde Växjö"),
    ("vad betyder medborgarlöftte", "glossary", "medborgarlöfte"),
    ("Hur anmääler jag ett brott?", "report", "114 14"),
    ("Vad betyder samverkansöverenskomelse?", "glossary", "samverkansöverenskommelse"),
    ("Vad gör Sölvesborg för trafiskäkerheten?", "detail", "trafiksäkerhet"),
])
def test_slipped_letters_in_the_question_words(engine: Engine, question: str, topic: str, expected: str) -> None:
    answer = engine.answer(question)
    assert answer.topic == topic and expected.casefold() in answer.text.casefold(), answer.text[:120]


def test_swedish_alphabetical_order_without_the_machines_locale() -> None:
    from bot.text import swedish_key
    names = ["Östra Göinge", "Åstorp", "Ale", "Älmhult", "Ystad", "Örebro", "Arboga", "Öckerö", "Zeta", "Ängelholm"]
    assert sorted(names, key=swedish_key) == ["Ale", "Arboga", "Ystad", "Zeta", "Åstorp", "Älmhult", "Ängelholm",
                                              "Öckerö", "Örebro", "Östra Göinge"]
    assert sorted(["Skövde", "Skurup", "Skara"], key=swedish_key) == ["Skara", "Skurup", "Skövde"]
    assert swedish_key("Malmö") != swedish_key("malmö")  # a total order: ties broken by the text


def test_lists_residents_and_staff_read_are_in_swedish_order(knowledge: Knowledge) -> None:
    from bot.answering.engine import Conversation
    text = Engine(knowledge).answer("Vilka kommuner i Skåne har avtal?", Conversation()).text
    names = ["Bjuv", "Båstad", "Ystad", "Åstorp", "Ängelholm", "Örkelljunga", "Östra Göinge"]
    assert names == sorted(names, key=lambda n: text.index(n))


def test_a_word_of_its_own_is_not_read_as_another_one_letter_away() -> None:
    # "hostat" is a form of the known "hostar", "munnen" a word residents write: neither is a slip of the
    # vocabulary's "hotat" or "mannen". A slip of the word itself, or a form put to the vocabulary's, still is.
    speller = Speller(["hotat", "hotade", "mannen", "narkotika", "undertecknade"], known=["hostar"],
                      residents=["munnen", "narkotikan"])
    assert speller.correct("hostat") == "hostat"
    assert speller.correct("hostade") == "hostade"
    assert speller.correct("munnen") == "munnen"
    assert speller.correct("narkotikan") == "narkotika"
    assert speller.correct("undertecknde") == "undertecknade"
    assert speller.correct("hotatt") == "hotat"
    assert Speller(["mandat"], known=["manader"]).correct("manadt") == "mandat"  # a swap, whatever it makes


@pytest.mark.parametrize("message", ["min son har hostat hela natten", "har hostat i tre veckor nu, vart vänder jag mig?"])
def test_a_cough_is_no_threat(engine: Engine, message: str) -> None:
    answer = engine.answer(message, Conversation())
    assert answer.topic != "emergency" and not answer.text.startswith("Är du eller någon annan i fara"), answer.text[:120]
