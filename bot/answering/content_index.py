"""Finding content words in a message and the municipalities' knowledge that holds them: the words
that can carry meaning, the infinitives among them, and the IDF-weighted index (`ContentIndex`) over
every municipality's areas, facts, methods and follow-up, with the score needed to answer about one.

Apart from matching.py, which finds the municipalities and places a message names: the two were one
module ("finding municipalities and content words"), but a place is matched by its name and typos,
a content word by its weight among the entries, and neither needs the other.
"""
from __future__ import annotations

import bisect
import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.answering import derived_cache
from bot.answering.knowledge import Municipality
from bot.answering.common_words import STOPWORDS
from bot.answering.lexicon import is_cue_word
from bot.text import tokens, word_tokens

DETAIL_MIN_SCORE = 1.5  # summed IDF of matched content words (ContentIndex) needed to answer about one item


@dataclass(frozen=True)
class Doc:
    """A searchable piece of a municipality's knowledge: an area, a fact, a method, a follow-up."""

    municipality_id: str
    kind: str  # area, fact, method, follow_up, measurement
    key: str
    words: frozenset[str]


def content_words(text: str) -> list[str]:
    """Tokens that can carry meaning: not stopwords, not numbers shorter than a year."""
    return [t for t in word_tokens(text) if len(t) >= 3 and t not in STOPWORDS]


# What comes before a verb in its infinitive: "lovat att öppna", "ska bygga", "promised to open".
INFINITIVE_MARKERS = frozenset(("att", "ska", "skall", "skulle", "kan", "kunna", "vill", "maste", "borde", "to"))


def infinitives(tokens: Sequence[str]) -> frozenset[str]:
    """Infinitives: what is done ("öppna"), never what it is done to ("polisstation"). Swedish ones end
    in -a, so a noun after the conjunction "att" ("stämmer det att kameror …") stays a noun."""
    return frozenset(token for before, token in zip(tokens, tokens[1:])
                     if before in INFINITIVE_MARKERS and token.isalpha()
                     and (before == "to" or token.endswith("a")) and token not in STOPWORDS)


class ContentIndex:
    """IDF-weighted word index over every municipality's areas, facts, methods and follow-up."""

    def __init__(self, municipalities: dict[str, Municipality], fingerprint: str = "",
                 cache: Path | None = None) -> None:
        """`fingerprint` and `cache`: the knowledge base's fingerprint and a folder where the documents' words are
        kept between processes for it (derived_cache.py); without them the words are read from the entries."""
        stored = derived_cache.cached(cache, "content_docs", fingerprint, lambda: self._documents(municipalities))
        docs = [Doc(muni_id, kind, key, frozenset(words)) for muni_id, kind, key, words in stored]
        self.docs = tuple(docs)
        frequency: dict[str, int] = {}
        for doc in docs:
            for word in doc.words:
                frequency[word] = frequency.get(word, 0) + 1
        self._total = len(docs) or 1
        self.vocabulary = frozenset(frequency)
        self._postings: dict[str, list[int]] = {}  # word -> indexes into self.docs
        for position, doc in enumerate(docs):
            for word in doc.words:
                self._postings.setdefault(word, []).append(position)
        self._sorted_vocabulary = sorted(self.vocabulary)
        self._longest = max(map(len, self.vocabulary), default=0)
        self.expand = lru_cache(maxsize=8192)(self._expand)
        self.matched = lru_cache(maxsize=8192)(self._matched)
        self._ranges: dict[str, tuple[int, int]] = {}  # a kommun's documents, one after the other
        for position, doc in enumerate(docs):
            self._ranges[doc.municipality_id] = (self._ranges.get(doc.municipality_id, (position,))[0], position + 1)

    @classmethod
    def _documents(cls, municipalities: dict[str, Municipality]) -> list[tuple[str, str, str, list[str]]]:
        """Each area, fact, method, follow-up and measurement of every entry: its kommun, kind, key and words."""
        docs: list[tuple[str, str, str, frozenset[str]]] = []
        for muni in municipalities.values():
            for area in muni.areas:
                docs.append((muni.id, "area", area.id, cls._words(
                    area.title, area.title_en, area.text, area.text_en, *area.measures,
                    *area.measures_en, *area.keywords)))
            for fact in muni.facts:
                docs.append((muni.id, "fact", fact.id, cls._words(
                    fact.title, fact.title_en, fact.text, fact.text_en, *fact.keywords)))
            for index, item in enumerate(muni.methods):
                docs.append((muni.id, "method", str(index), cls._words(item.text, item.text_en)))
            for index, item in enumerate(muni.follow_up):
                docs.append((muni.id, "follow_up", str(index), cls._words(item.text, item.text_en)))
            for index, measurement in enumerate(muni.measurements):
                docs.append((muni.id, "measurement", str(index), cls._words(
                    measurement.name, measurement.name_en, measurement.text, measurement.text_en)))
        return [(muni_id, kind, key, sorted(words)) for muni_id, kind, key, words in docs]

    @staticmethod
    def _words(*texts: str) -> frozenset[str]:
        return frozenset(word for text in texts for word in content_words(text))

    def _expand(self, token: str) -> frozenset[str]:
        """The indexed words a query token stands for: inflections, compounds, one typo."""
        if token in self.vocabulary and len(token) < 4:
            return frozenset((token,))
        # Looked up, not scanned: the token itself; the words it begins (a run of the sorted
        # vocabulary); the words that begin it (its prefixes); the words inside it (its substrings).
        vocabulary, found = self.vocabulary, set()
        if token in vocabulary:
            found.add(token)
        if len(token) >= 4:
            start = bisect.bisect_left(self._sorted_vocabulary, token)
            for word in itertools.islice(self._sorted_vocabulary, start, None):
                if not word.startswith(token):
                    break
                if len(word) - len(token) <= 6:
                    found.add(word)
        found.update(token[:end] for end in range(max(4, len(token) - 4), len(token)) if token[:end] in vocabulary)
        longest = min(self._longest, len(token))
        found.update(token[start:start + size] for size in range(6, longest + 1)
                     for start in range(len(token) - size + 1) if token[start:start + size] in vocabulary)
        if not found and len(token) >= 6:
            match = process.extractOne(token, self._sorted_vocabulary, scorer=OSA.distance,
                                       score_cutoff=1)
            if match:
                found.add(match[0])
        return frozenset(found)

    def query_terms(self, text: str, skip: set[int] = frozenset(),  # type: ignore[assignment]
                    correct: Callable[[str], str] | None = None) -> list[str]:
        """Content tokens of a message: not place names, not cue words, known to the index.
        `correct` puts slipped letters right first ("trafiskäkerheten")."""
        result = []
        for index, token in enumerate(tokens(text)):
            if correct is not None and index not in skip:
                token = correct(token)
            if index in skip or len(token) < 3 or token in STOPWORDS or is_cue_word(token):
                continue
            result.append(token)
        return result

    def scores(self, terms: list[str], within: tuple[int, int] = (0, 1 << 62)) -> dict[int, float]:
        """Score of every document (by position, `within` a range) matching any term, by the inverted index.

        A term weighs by how many documents it matches with all its inflections together, so
        "resurs" and "resurser" count alike.
        """
        totals: dict[int, float] = {}
        start, end = within
        for term in terms:
            weight, matched = self.matched(term)
            for position in matched[bisect.bisect_left(matched, start):bisect.bisect_left(matched, end)]:
                totals[position] = totals.get(position, 0.0) + weight
        return totals

    def _matched(self, term: str) -> tuple[float, tuple[int, ...]]:
        """A term's weight and its documents in order: the index's data, kept per word as `expand`'s is."""
        matched: set[int] = set()
        for word in self.expand(term):
            matched.update(self._postings.get(word, ()))
        return math.log((self._total + 1) / (len(matched) + 0.5)), tuple(sorted(matched))

    def ranked(self, municipality_id: str, terms: list[str]) -> list[tuple[float, Doc]]:
        """One municipality's matching documents, best first (ties in knowledge-base order)."""
        found = sorted((-value, position) for position, value in
                       self.scores(terms, self._ranges.get(municipality_id, (0, 0))).items())
        return [(-value, self.docs[position]) for value, position in found]

    def best(self, municipality_id: str, terms: list[str]) -> tuple[float, Doc | None]:
        ranked = self.ranked(municipality_id, terms)
        return ranked[0] if ranked else (0.0, None)

    def best_per_municipality(self, terms: list[str]) -> dict[str, tuple[float, Doc]]:
        """For each municipality with a matching document: its best score and document."""
        found: dict[str, tuple[float, Doc]] = {}
        for position, value in sorted(self.scores(terms).items()):
            doc = self.docs[position]
            if value > found.get(doc.municipality_id, (0.0, doc))[0]:
                found[doc.municipality_id] = (value, doc)
        return found

    def known(self, term: str) -> bool:
        return bool(self.expand(term))
