"""Words the knowledge base itself uses for the same subject, read from the entries' keyword lists.

A resident asks of a detail in their own words ("fylla" where the entry says "ANDT" and "alkohol",
"väktare" where it says "ordningsvakter", "guards" of a Swedish entry): the entry's sentence answers it,
and saying the word is "not mentioned" would deny what the quote beside it says. Every area's keyword
list groups the words the knowledge base uses for one subject (Swedish and English side by side), so a
word's near words are those that stand beside it in most of the lists it is in: read from the lists,
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
MIN_LETTERS = 3  # a token shorter than this ("i" of "våld i nära relation") names no subject


class NearWords:
    """The near words (stems) of a word (stem), from keyword lists given once."""

    def __init__(self, lists: Iterable[Sequence[str]]) -> None:
        lists_of: Counter[str] = Counter()
        beside: dict[str, Counter[str]] = {}
        for keywords in lists:
            stems = {stem(t) for keyword in keywords for t in tokens(keyword) if len(t) >= MIN_LETTERS}
            for s in stems:
                lists_of[s] += 1
                beside.setdefault(s, Counter()).update(stems - {s})
        self._near = {
            s: frozenset(other for other, together in beside[s].items()
                         if together >= max(MIN_LISTS, SHARE * n) and other not in NOT_A_SUBJECT)
            for s, n in lists_of.items() if n >= MIN_LISTS}

    def of(self, word: str) -> frozenset[str]:
        """The stems that stand beside the word in most of the keyword lists naming it; none if fewer
        than MIN_LISTS name it."""
        return self._near.get(stem(word), frozenset())
