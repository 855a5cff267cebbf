"""Round twenty-five's detail questions (branch detail25): a "which X" question of something the entry does not
hold hears that X is not mentioned, in the resident's words; a category asked of ("vilken myndighet", "finns det
någon förening med?", "is there a town named …?") is answered by the instances the entry names
(bot/answering/which_asks.py, absent_first.py); and the probe that asks both of every entry
(benchmarks/absent_which.py)."""

from __future__ import annotations

from benchmarks import absent_which
from bot.answering import which_asks
from bot.answering.engine import Engine
from tests.scored import asked


def test_the_noun_after_which_is_what_is_asked_of() -> None:
    places = frozenset(("alvesta",))
    assert which_asks.asked_noun("Vilket vaktbolag anlitar Alvesta?", places) == ["vaktbolag"]
    assert which_asks.asked_noun("Which security company does Alvesta use?", places) == ["security", "company"]
    assert which_asks.asked_noun("Which authorities take part in Alvesta?", places) == ["authorities"]
    # an aspect's noun, or the frame's, is no subject: its own answer gives it
    assert which_asks.asked_noun("Vilken dag skrevs avtalet under i Alvesta?", places) == []
    assert which_asks.asked_noun("Vilka fokusområden har Alvesta?", places) == []
    assert which_asks.asked_noun("What kind of work does Alvesta do?", places) == []
    assert which_asks.asked_noun("What does Alvesta do about drugs?", places) == []
    assert which_asks.asked_noun("Vilket nummer ska jag ringa i Alvesta?", places) == []


def test_a_category_is_read_from_the_which_noun_or_a_yes_no_clause() -> None:
    assert which_asks.category(["myndighet"]) == "authority"
    assert which_asks.category(["security", "company"]) is None  # a company of one kind: a subject of its own
    assert which_asks.category(["vaktbolag"]) is None  # a kind of company is a subject of its own
    assert which_asks.category_asked("Finns det någon förening med i Östhammar?", frozenset(("osthammar",))) \
        == ["forening"]
    assert which_asks.category_asked("Vad gör skolan i Laholm?", frozenset(("laholm",))) == []


def test_which_x_of_a_subject_the_entry_lacks_says_it_is_not_mentioned(bundled: Engine) -> None:
    answer = asked(bundled, ["Vilket vaktbolag anlitar Alvesta kommun?"])
    assert answer.municipality == "alvesta"
    assert answer.text.startswith("Vaktbolag nämns inte i Alvestas överenskommelse.")
    answer = asked(bundled, ["Which security company does Alvesta use?"])
    assert answer.text.startswith("Alvesta's agreement does not mention security company.")


def test_investing_in_is_the_frame_not_the_subject(bundled: Engine) -> None:
    answer = asked(bundled, ["Ska Alvesta satsa på drönare?"])
    assert answer.text.startswith("Drönare nämns inte i Alvestas överenskommelse.")


def test_a_category_is_answered_with_the_instances_the_entry_names(bundled: Engine) -> None:
    answer = asked(bundled, ["Vilken myndighet samarbetar Öckerö med?"])
    assert answer.municipality == "ockero" and answer.text.startswith("Myndigheter som nämns i Öckerös")
    assert "Trafikverket" in answer.text and "nämns inte" not in answer.text
    answer = asked(bundled, ["Har Östhammar något företag i avtalet?"])
    assert "Östhammarshem" in answer.text.partition("\n")[0]
    answer = asked(bundled, ["Is there a town named in Laholm's agreement?"])
    assert answer.text.startswith("Towns named in Laholm's agreement: Knäred.")
    answer = asked(bundled, ["Which authorities take part in Karlskrona?"])
    assert "Kriminalvården" in answer.text.partition("\n")[0]


def test_the_probe_builds_both_modes_from_the_entries(bundled: Engine) -> None:
    cases = absent_which.questions(bundled.knowledge, "develop")
    modes = {case["mode"] for case in cases}
    assert modes == {"absent", "which"}
    absent = [c for c in cases if c["mode"] == "absent"]
    # an absent subject is in no word of its entry's text, nor any of its compounds' last parts
    for case in absent[:40]:
        muni = bundled.knowledge.municipalities[case["kommun"]]
        assert not absent_which._held(case["subject"], absent_which._file_text(muni))
    assert absent_which.passes({"mode": "absent", "kommun": "x", "subject": "drönare"},
                               {"municipality": "x", "text": "Drönare nämns inte i X:s överenskommelse.\n\nFokus"})
    assert not absent_which.passes({"mode": "absent", "kommun": "x", "subject": "drönare"},
                                   {"municipality": "x", "text": "Det här har kommunen och polisen i X kommit överens om"})
    assert not absent_which.passes({"mode": "which", "kommun": "x", "expect": ["Trafikverket"]},
                                   {"municipality": "x", "text": "Myndighet nämns inte i X.\n\nTrafikverket"})
