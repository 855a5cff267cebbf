"""The speed round's shortcuts give what the longer ways gave (nothing timed here)."""

from __future__ import annotations

from benchmarks.reading import labelled
from bot.answering import absent, acts, clauses, passages
from bot.answering.engine import Engine
from bot.answering.knowledge import load
from bot.answering.passage_index import stem
from bot.answering.pointed_out import holds_name
from bot.answering.stem_sets import StemSet, any_starting
from bot.text import new_message, tokens

ENGINE = Engine(load())
PASSAGES = ENGINE.passages


def _scanned(s: str, held: frozenset[str]) -> bool:
    """absent's stem check as it was: every stem looked at."""
    return s in held or any((len(s) >= absent.MIN_PART and h.startswith(s))
                            or (len(h) >= 4 and s.startswith(h) and len(s) - len(h) <= 3) for h in held)


WORDS = ["kameraovervakning", "cykelstolder", "telefonbedragerier", "droner", "skol", "psykiskt", "trygghet",
         "narkotik", "ab", "vald", "hedersrelaterat", "nattvandrare", "belysningen", "x", "", "avloppsvattnet",
         "grannsamverkan", "ungdomsbrottslighet", "klotter", "buskorning"]


def test_a_stem_set_answers_as_the_scan_of_every_stem() -> None:
    every = PASSAGES.stems_in_both(None)
    assert isinstance(every, StemSet) and every == PASSAGES.stems_anywhere("sv") | PASSAGES.stems_anywhere("en")
    lund = PASSAGES.stems_in_both("lund")
    assert lund == PASSAGES.stems_of("lund", "sv") | PASSAGES.stems_of("lund", "en")
    for held in (every, lund, frozenset(lund)):  # a plain frozenset too, sorted when asked
        for word in WORDS:
            for cut in range(len(word) + 1):
                s = stem(word[cut:])
                assert absent.word_held(word, held) == absent.word_held(word, frozenset(held))
                assert _scanned(s, held) == (s in held or any(s[:k] in held for k in range(max(4, len(s) - 3), len(s)))
                                             or (len(s) >= absent.MIN_PART and any_starting(held, s)))
                assert any_starting(held, s) == any(h.startswith(s) for h in held)


def test_an_act_is_held_as_by_the_scan() -> None:
    held = PASSAGES.stems_in_both("lund")
    for text in ("äldre som blir lurade", "folk som langar knark", "people selling drugs", "bilar som kör för fort"):
        act = acts.found(tokens(text))
        if act is None:
            continue
        scanned = any(stem(n) in held or any(s.startswith(stem(n)) for s in held if len(stem(n)) >= 5) for n in act.nouns)
        assert acts.held(act, held, stem) == scanned


def test_a_name_is_held_as_by_the_window_compare() -> None:
    def windows(toks: list[str], name: tuple[str, ...]) -> bool:
        size = len(name)
        return any(toks[at:at + size][:-1] == list(name[:-1]) and toks[at:at + size][-1].startswith(name[-1])
                   for at in range(len(toks) - size + 1))

    sentence = tokens("Purple Flag-certifierad stadskärna och trygghetsrådet i Lund, med Purple Flag igen")
    for name in (("purple", "flag"), ("flag",), ("trygghetsradet",), ("purple", "flagga"), ("lund", "med", "purple"),
                 ("i", "lund"), ("igen",), ("flag", "igen", "mer")):
        assert holds_name(sentence, name) == windows(sentence, name)


def test_passages_holding_words_are_those_of_every_label_compared() -> None:
    index = PASSAGES._index("sv")  # the index itself, to compare with
    for words in (["vpc"], ["purple", "flag"], ["trygghetsvandring"], ["ost"], ["medborgarlofte", "polis"]):
        found: set[int] = set()
        for bm25, of in ((index.sentences, None), (index.labels, index.label_of)):
            docs: set[int] | None = None
            for word in bm25.ids(dict.fromkeys(passages.terms(words))):
                held = set(bm25.indices[bm25.indptr[word]:bm25.indptr[word + 1]].tolist())
                docs = held if docs is None else docs & held
            if docs is not None:
                found |= docs if of is None else {i for i, label in enumerate(of.tolist()) if label in docs}
        assert PASSAGES.holding(words) == [index.passages[i] for i in sorted(found)]


def test_clauses_kept_for_a_message_are_a_fresh_list_and_forgotten_with_it() -> None:
    new_message()
    text = "Vem skrev under i Vellinge och hur länge gäller det?"
    first = clauses.split(text)
    first.append("x")
    assert clauses.split(text) == ["Vem skrev under i Vellinge", "hur länge gäller det?"]
    new_message()
    assert clauses.split(text) == ["Vem skrev under i Vellinge", "hur länge gäller det?"]


def test_clauses_are_those_split_anew() -> None:
    for item in labelled()[:300]:
        new_message()
        assert clauses.split(item["text"]) == list(clauses._split(item["text"]))


def test_a_surname_alone_is_never_an_everyday_word_or_a_place() -> None:
    people = ENGINE.reader.people
    # "och Berg?": the place written, not a person; the everyday word neither.
    assert people.named(["och", "berg"], ("lund",), ["berg"]) == people.named(["och", "berg"], ("lund",), ["berg"])
    assert all(p.name for _, p in people.named(["vem", "ar", "mariana", "handler"], (None,)))
