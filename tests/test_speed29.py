"""Round twenty-nine's speed shortcuts give what the longer ways gave (nothing timed here): the passages' BM25 sums
added by indexing instead of np.add.at, the reply's stems made only for a clause with words to look for (and no
clause split for a reading with no terms), and a message's slot pattern run once per text."""

from __future__ import annotations

import random
import re

import numpy as np
import pytest

from bot.answering import acts, asked_kommun, slot_asks, uncovered
from bot.answering.conversation import Conversation
from bot.answering.engine import Engine
from bot.answering.intents import PLACE
from bot.answering.knowledge import load
from bot.answering.passage_index import Bm25
from bot.answering.reading import Reading
from bot.answering.passages import Passages
from bot.text import new_message, tokens
from tests.scored import seen_messages

ENGINE = Engine(load())


def _seen_messages(count: int, seed: int = 29) -> list[str]:
    """Last turns of the seen sets (eval/blind/v2–v16 and the top-level files), a random draw."""
    return seen_messages(count, seed, 16)


SEEN = _seen_messages(400)
OWN = [  # our own sentences, Swedish and English, with and without a slot, a term, several clauses
    "Vad har polisen i Lund för telefonnummer?",
    "Vilket telefonnummer har kommunpolisen i Ystad, och när gäller löftet?",
    "Hur ofta ska det vara trygghetsvandringar i Falun?",
    "Står det något om belysning i gångtunnlarna i Borås? Och vem skrev under?",
    "What is the e-mail address of the community police officer in Kiruna?",
    "Does Umeå's agreement say anything about e-scooters, and how long does it run?",
    "hej",
    "Vad gör kommunen?",
]


def _add_at(index: Bm25, ids: list[int]) -> np.ndarray:
    """The BM25 sums as bm25s adds them (np.add.at), word by word."""
    scores = np.zeros(index.documents, dtype=np.float32)
    for word in ids:
        start, end = index.indptr[word], index.indptr[word + 1]
        np.add.at(scores, index.indices[start:end], index.data[start:end])
    return scores


@pytest.mark.parametrize("language", ["sv", "en"])
def test_bm25_sums_by_indexing_are_np_add_at_bit_for_bit(language: str) -> None:
    built = ENGINE.passages._index(language)
    chance = random.Random(language)
    for index in (built.sentences, built.labels):
        assert index.postings_unique()  # what adding by indexing relies on
        words = len(index.indptr) - 1
        for _ in range(300):  # repeated words too, as a query and its gained words may share one
            ids = [chance.randrange(words) for _ in range(chance.randint(1, 8))]
            ids += ids[:chance.randint(0, 2)]
            assert np.array_equal(index.scores(ids), _add_at(index, ids))


def _gaps_ungated(r: Reading, reply: str, muni_id: str, found: Passages) -> list[uncovered.Gap]:
    """uncovered.gaps as it was: the reply's stems made first, every asked clause looked at."""
    language = r.language if r.language in ("sv", "en") else "sv"
    wanted = set(r.terms)
    stems, long_words = uncovered._reply_stems(reply)
    left = []
    for toks, masked in uncovered.asked_clauses(r):
        words = [t for t, m in zip(toks, masked) if m != PLACE and t in wanted and uncovered.specific(t, found)]
        words = list(dict.fromkeys(found.specific(words)))
        if not words or any(uncovered._held_by_reply(w, stems, long_words) for w in words):
            continue
        held = [w for w in words if found.holds(muni_id, w, language)]
        if held:
            left.append(uncovered.Gap(tuple(masked), tuple(held)))
    return left


def test_gaps_gated_and_ungated_agree_on_seen_and_own_messages() -> None:
    compared = with_gaps = without_terms = 0
    for text in [*OWN, *SEEN]:
        answer = ENGINE.answer(text, Conversation())
        new_message()
        r = ENGINE.read(text)
        for muni_id in dict.fromkeys([answer.municipality or "", *(str(m.place.municipality_id) for m in r.known)]):
            if muni_id not in ENGINE.knowledge.municipalities:
                continue
            for reply in (answer.text, ""):  # the reply given, and one holding nothing
                gated = uncovered.gaps(r, reply, muni_id, ENGINE.passages)
                assert gated == _gaps_ungated(r, reply, muni_id, ENGINE.passages), text
                compared += 1
                with_gaps += bool(gated)
                without_terms += not r.terms
    assert compared > 300 and with_gaps > 10 and without_terms > 10  # both sides of the gate were met


def test_a_reading_without_terms_has_no_gap() -> None:
    r = ENGINE.read("Vad gör kommunen?")
    assert not r.terms and uncovered.gaps(r, "", "lund", ENGINE.passages) == []


def test_a_clause_with_a_subject_the_reply_lacks_is_a_gap() -> None:
    r = ENGINE.read("Står det något om belysning i Borås?")
    reply_without = "Borås har tre fokusområden."
    assert "belysning" in r.terms
    assert uncovered.gaps(r, reply_without, "boras", ENGINE.passages) == _gaps_ungated(
        r, reply_without, "boras", ENGINE.passages)


def test_the_slot_kept_for_a_message_is_the_slot_read_again() -> None:
    for text in [*OWN, *SEEN]:
        new_message()
        norm = ENGINE.read(text).norm
        first = slot_asks.slot(norm)
        assert first == slot_asks._slot(norm) == slot_asks.slot(norm), text
    new_message()
    assert slot_asks.slot(ENGINE.read("Vad har polisen i Lund för telefonnummer?").norm) == "phone"
    assert slot_asks.slot(ENGINE.read("What is the e-mail address of the police in Kiruna?").norm) == "email"
    assert slot_asks.slot(ENGINE.read("hej").norm) is None


def test_a_slot_of_none_is_kept_too() -> None:
    new_message()
    calls: list[str] = []
    real = slot_asks._slot
    try:
        slot_asks._slot = lambda norm: calls.append(norm) or real(norm)  # type: ignore[assignment]
        assert slot_asks.slot("vad gor kommunen") is None and slot_asks.slot("vad gor kommunen") is None
        assert calls == ["vad gor kommunen"]
        new_message()  # the next message reads again
        slot_asks.slot("vad gor kommunen")
        assert calls == ["vad gor kommunen"] * 2
    finally:
        slot_asks._slot = real  # type: ignore[assignment]


def _ranked_one_by_one(passages: Passages, municipality_id: str, toks: list[str], language: str) -> list[tuple[float, int]]:
    """Passages._ranked as it was: the positive scores picked one position at a time."""
    index = passages._index(language)
    start, end = passages._ranges[index.language].get(municipality_id, (0, 0))
    query, gained = passages.query_terms(toks, index.language)
    if start == end or not (query or gained):
        return []
    scores = np.zeros(end - start, dtype=np.float32)
    ids = index.sentences.ids([*query, *gained])
    if ids:
        scores += _add_at(index.sentences, ids)[start:end]
    label_ids = index.labels.ids(query)
    if label_ids:
        from bot.answering.passages import LABEL_WEIGHT  # noqa: PLC0415
        scores += LABEL_WEIGHT * _add_at(index.labels, label_ids)[index.label_of[start:end]]
    order = np.argsort(-scores, kind="stable")
    return [(float(scores[i]), start + int(i)) for i in order if scores[i] > 0]


def test_passages_ranked_as_one_by_one_on_seen_and_own_messages() -> None:
    compared = nonempty = 0
    kommuner = sorted(ENGINE.knowledge.municipalities)
    chance = random.Random(7)
    for text in [*OWN, *SEEN[:200]]:
        r = ENGINE.read(text)
        for muni_id in [*(str(m.place.municipality_id) for m in r.known), chance.choice(kommuner)]:
            for language in ("sv", "en"):
                index = ENGINE.passages._index(language)
                got = ENGINE.passages._ranked(muni_id, r.masked, index)
                assert got == _ranked_one_by_one(ENGINE.passages, muni_id, r.masked, language), text
                assert all(type(s) is float and type(i) is int for s, i in got)
                compared += 1
                nonempty += bool(got)
    assert compared > 400 and nonempty > 100


def test_the_kommun_named_is_kept_per_reading_and_the_same_as_asked_anew() -> None:
    named = 0
    for text in [*OWN, *SEEN, "Var Gusum med i Ales löfte 2024?", "Skrev samma polischef under i Kävlinge och Vara?",
                 "Hör Orust till Tjörns löfte?", "Is Sala part of Eslöv's promise?"]:
        r = ENGINE.read(text)
        fresh = ENGINE.read(text)  # another copy of the same reading, nothing kept on it yet
        first = ENGINE._named(r)
        assert ENGINE._named(r) is first  # kept
        anew = ENGINE.knowledge.municipalities.get(
            asked_kommun.of_agreement(fresh) or asked_kommun.owner(fresh) or str(fresh.known[0].place.municipality_id)) \
            if fresh.known else None
        assert first is anew, text
        named += first is not None
    assert named > 100


def _found_ungated(toks: list[str]) -> acts.Act | None:
    """acts.found without its one-pattern check: every act's pattern scanned."""
    real = acts.ANY_ACT
    try:
        acts.ANY_ACT = re.compile(r"")  # finds something in any text: the check always passes
        return acts.found(toks)
    finally:
        acts.ANY_ACT = real


ACTS_OWN = ["någon säljer knark vid skolan, vad gör kommunen?", "Cyklar blir stulna vid stationen i Lund",
            "people keep selling drugs near the station", "det är mörkt i gångtunneln", "my car was broken into",
            "mopeder som kör alldeles för fort på gågatan", "äldre som blir lurade i telefon", "kids spraying graffiti",
            "vad gör polisen mot snatteri", "hur länge gäller löftet?", "ungdomar slåss på torget", "they smashed windows"]


def test_acts_found_with_and_without_the_one_pattern_check_agree() -> None:
    found = 0
    for text in [*ACTS_OWN, *SEEN]:
        for toks in (tokens(text), ENGINE.read(text).masked):
            assert acts.found(list(toks)) == _found_ungated(list(toks)), text
            found += acts.found(list(toks)) is not None
        for clause in re.split(r"[,.?!]", text):  # clause by clause too, as of_message asks
            assert acts.found(tokens(clause)) == _found_ungated(tokens(clause)), clause
    assert found >= 12  # both sides of the check were met


def test_every_act_is_seen_by_the_one_pattern() -> None:
    for text in ACTS_OWN[:8] + ACTS_OWN[-2:]:
        assert acts.ANY_ACT.search(" ".join(tokens(text))), text
    assert not acts.ANY_ACT.search(" ".join(tokens("hur länge gäller löftet i Lund?")))
