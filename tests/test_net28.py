"""Round twenty-eight's net for a part of the message left unanswered (branch net28, bot/answering/uncovered.py):
after the reply is composed, an asked clause whose specific words the entry holds and the reply answers none of
gets the entry's best sentence for them, quoted with its source; never on an emergency, a claim, another kommun."""

from __future__ import annotations

from bot.answering import uncovered
from bot.answering.answer import Answer
from bot.answering.engine import Engine
from bot.text import fold
from tests.scored import asked


def test_a_frame_word_is_no_specific_word(bundled: Engine) -> None:
    found = bundled.passages
    for word in ("togs", "antogs", "reviderades", "ofta", "infor", "stadsdelar", "omradet", "platser", "orten",
                 "fokusomraden", "2024", "och", "enligt", "upplevs", "narkotika", "otrygga", "fler"):
        assert not uncovered.specific(word, found), word
    for word in ("kameror", "nattvandring", "veckovisa", "landshovding"):
        assert uncovered.specific(word, found), word


def test_each_asked_clause_is_found_in_the_readings_own_tokens(bundled: Engine) -> None:
    r = bundled.read("Vem skrev under Gotlands löfte och vilka problem kom fram i medborgardialogerna?")
    parts = uncovered.asked_clauses(r)
    assert [toks for toks, _ in parts] == [["vem", "skrev", "under", "gotlands", "lofte"],
                                           ["vilka", "problem", "kom", "fram", "i", "medborgardialogerna"]]
    assert parts[0][1][3] != "gotlands"  # the place masked as the passages are indexed


def test_a_clause_the_reply_left_gets_the_entrys_sentence_with_its_source(bundled: Engine) -> None:
    answer = asked(bundled, ["Vem var landshövding och skrev under Gotlands medborgarlöfte 2020?"])
    assert answer.municipality == "gotland"
    assert "landshövding Anders Flanking" in answer.text
    assert answer.text.count("Källa:") >= 2
    answer = asked(bundled, ["Varifrån kommer infon till den veckovisa lägesbilden i Upplands Väsby?"])
    assert "veckovisa lägesbilden" in answer.text


def test_a_clause_the_reply_answers_gets_nothing_more(bundled: Engine) -> None:
    r = bundled.read("Vilka fokusområden har Sölvesborg?")
    reply = asked(bundled, ["Vilka fokusområden har Sölvesborg?"])
    assert uncovered.gaps(r, reply.text, "solvesborg", bundled.passages) == []
    r = bundled.read("Vad gör Sölvesborg mot stölder och vad står det om grannsamverkan?")
    assert uncovered.gaps(r, "Grannsamverkan och stölder: …", "solvesborg", bundled.passages) == []


def test_the_net_adds_only_to_one_entrys_answer_to_a_question(bundled: Engine) -> None:
    text = "Vad står det om grannsamverkan i Sölvesborg?"
    r = bundled.read(text)
    bare = Answer(True, "solvesborg", "focus", "Fokusområden: Trafik.")
    assert "grannsamverkan" in fold(uncovered.added(r, bare, bundled.knowledge, bundled.passages, bundled.today()).text)
    for topic in ("emergency", "claim", "help", "concern", "municipalities", "suggest", "refusal"):
        kept = Answer(True, "solvesborg", topic, "Text.")
        assert uncovered.added(r, kept, bundled.knowledge, bundled.passages, bundled.today()) is kept
    verdict = Answer(True, "solvesborg", "focus", "Nej, det stämmer inte.")
    assert uncovered.added(r, verdict, bundled.knowledge, bundled.passages, bundled.today()) is verdict
    other = bundled.read("Vad står det om grannsamverkan i Sölvesborg och i Lund?")  # another kommun named
    assert uncovered.added(other, bare, bundled.knowledge, bundled.passages, bundled.today()) is bare
    english = bundled.read("What does Sölvesborg say about neighbourhood watch?")
    assert uncovered.added(english, bare, bundled.knowledge, bundled.passages, bundled.today()) is bare


def test_an_emergency_keeps_its_reply_whole(bundled: Engine) -> None:
    answer = asked(bundled, ["Någon försöker ta sig in i min lägenhet i Sölvesborg nu, vad står det om grannsamverkan?"])
    assert "112" in answer.text[:120]
    assert "Det här står i" not in answer.text
