"""Words the knowledge base itself uses for the same subject, read from the entries' keyword lists.

A resident asks of a detail in their own words ("fylla" where the entry says "ANDT" and "alkohol",
"väktare" where it says "ordningsvakter", "guards" of a Swedish entry): the entry's sentence answers it,
and saying the word is "not mentioned" would deny what the quote beside it says. Every area's keyword
list groups the words the knowledge base uses for one subject (Swedish and English side by side), so a
word's near words are those that stand beside it in most of the lists it is in, and it beside them in
a good share of theirs (a kind, "cannabis", or a neighbour, "spel" beside "alkohol", is not): read from the lists,
not from a hand list, they cover any word some entry's keywords name. A word no list names (a
"drönare", "polishästar") has none, and stays a subject the entry may lack.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from bot.answering import common_words, subject_words
from bot.answering.passage_index import stem
from bot.text import tokens

MIN_LISTS = 2  # lists a word must be in: one list is one writer's choice, not the base's usage
SHARE = 0.6  # of the lists a word is in, the share that must hold a word for it to be near
# Keywords that tell who a subject concerns or where, or how it feels ("ungdomar", "young people", "otrygga
# platser"), beside nearly any subject: standing beside a word, they say nothing of what it is.
NOT_A_SUBJECT = frozenset(stem(w) for w in (*common_words.STOPWORDS, *subject_words.PEOPLE, *subject_words.STORY,
                                            "otrygg", "otrygga", "otrygghet", "unsafe", "plats", "platser", "place",
                                            "places", "ungdom", "youth", "young", "barn", "child"))
BACK_SHARE = 0.35  # of the near word's own lists, the share that must hold the word: the same subject both ways
MIN_LETTERS = 3  # a token shorter than this ("i" of "våld i nära relation") names no subject


class NearWords:
    """The near words (stems) of a word (stem), from keyword lists given once."""

    def __init__(self, lists: Iterable[Sequence[str]], near: dict[str, frozenset[str]] | None = None) -> None:
        """`near`: the near words as `plain()` gave them (kept between processes), in place of the lists'."""
        if near is not None:
            self._near = near
            return
        lists_of: Counter[str] = Counter()
        beside: dict[str, Counter[str]] = {}
        for keywords in lists:
            # (not a small word of a keyword of several: "upp" of "följa upp" is no subject, nor "uppe" of a question)
            stems = {stem(t) for keyword in keywords for t in tokens(keyword) if len(t) >= MIN_LETTERS} - NOT_A_SUBJECT
            for s in stems:
                lists_of[s] += 1
                beside.setdefault(s, Counter()).update(stems - {s})
        # Both ways: "knark" stands in most lists with "narkotika", and "narkotika" in many with "knark"; a kind
        # ("cannabis") or a neighbour ("spel" of the ANDTS lists) stands beside "narkotika" in few of its lists.
        self._near = {
            s: frozenset(other for other, together in beside[s].items()
                         if together >= max(MIN_LISTS, SHARE * n) and together >= BACK_SHARE * lists_of[other])
            for s, n in lists_of.items() if n >= MIN_LISTS}

    def plain(self) -> dict[str, list[str]]:
        """Each word's near words, as plain data (derived_cache.py)."""
        return {word: sorted(near) for word, near in self._near.items()}

    def of(self, word: str) -> frozenset[str]:
        """The stems that stand beside the word in most of the keyword lists naming it; none if fewer
        than MIN_LISTS name it. A plural in -or is read as its singular in -a ("epor" of "epa")."""
        found = self._near.get(stem(word))
        if found is None:
            base = next((word[:-len(end)] + "a" for end in _PLURALS_OF_A if word.endswith(end)), None)
            found = self._near.get(stem(base)) if base and len(base) >= MIN_LETTERS else None
        return found or frozenset()


# The endings of the plural of a Swedish noun in -a ("epa", "epor", "eporna"), which the stemmer keeps apart.
_PLURALS_OF_A = ("orna", "or")
