"""One language's passages as the ranking sees them (bot/answering/passages.py): the stems of each
sentence and of each label, and a BM25 index over the sentences and one over the labels.

`bm25s` builds each BM25 index (method "lucene", its defaults): every word's weight in every
document, column by column (a CSC matrix as three arrays). A question's score for a document is the
sum of its words' weights, summed in `Bm25.scores` as `bm25s.BM25.get_scores_from_ids` sums them, so
the ranking is bm25s's to the last bit (tests/test_passages.py compares the two). Kept as plain
arrays, an index can be written to a cache file and read back without importing bm25s, which
imports scipy.sparse: together with building the index about 0.4 s of CPU at every process's start
(`trygghetsbot chat --jsonl`), more than a few thousand answers take.

The cache (`PassageIndex.load` and `save`): one `.npz` file per language (numpy's own format, read
with `allow_pickle=False`), named by a key over everything the index is computed from: each
passage's sentence and label, the place names masked in them, every file of the bot package (as
derived_cache.py keys the other indexes: a list of the modules that tokenise, fold, stem and mask
left out common_words.py's stopwords) and bm25s's version. Another knowledge base or other code gets another file; a file that cannot be read is built
again.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from bot.files import CannotWrite, keep_newest, replaced_atomically
from bot.answering import common_words, derived_cache
from bot.answering.intents import PLACE
from bot.text import word_tokens

if TYPE_CHECKING:
    from bot.answering.passage_kinds import Passage

log = logging.getLogger(__name__)

STEM_LENGTH = 10  # a compound's head (its first ten letters) keeps it apart from its parts
MIN_STEM = 3  # an ending is cut only when this much is left
# Swedish inflection endings, longest first (the Snowball stemmer's first step, folded).
_SUFFIXES = tuple(sorted(("heterna", "hetens", "anden", "heten", "heter", "arnas", "ernas", "ornas", "andes",
                          "arens", "andet", "arna", "erna", "orna", "ande", "arne", "aste", "aren", "ades",
                          "erns", "ade", "are", "ern", "ens", "het", "ast", "ad", "en", "ar", "er", "or",
                          "as", "es", "at", "a", "e", "s"), key=len, reverse=True))
CACHE_FORMAT = "4"  # 2: English "-ies" stems as "-y"; 3: the passages' whole words kept (compound_parts.py); 4: -ret, -eln
CACHE_FILES_KEPT = 8  # per language: the newest; older knowledge bases' files are removed


@lru_cache(maxsize=65536)
def stem(token: str) -> str:
    """The part of a folded token both sides are compared on: without its inflection ending
    ("oroar" -> "oro", "bedragerier" -> "bedrageri"), cut to STEM_LENGTH letters ("fokusomradena"
    and "fokusomraden" -> "fokusomrad")."""
    if token.endswith("ies") and len(token) > 5:  # English "burglaries" as "burglary", which no Swedish word ends as
        token = token[:-3] + "y"
    token = indefinite(token)  # "klottret" as "klotter", "cykeln" as "cykel"
    for suffix in _SUFFIXES:
        if token.endswith(suffix) and len(token) - len(suffix) >= MIN_STEM:
            token = token[:-len(suffix)]
            break
    return token[:STEM_LENGTH]


def indefinite(word: str) -> str:
    """A noun in -er or -el in its definite form, which drops the e ("klottret" of "klotter", "centret", "cykeln"):
    the stems cut neither ending, so "Klottret nämns inte" was said of Åre's "Skadegörelse och klotter"."""
    if len(word) > 5 and word.endswith("ret"):
        return word[:-3] + "er"
    if len(word) > 5 and word.endswith("eln"):
        return word[:-1]
    return word


def terms(toks: Iterable[str]) -> list[str]:
    """Masked, folded tokens as the index compares them: no place, no stopword, stemmed."""
    return [stem(t) for t in toks if t != PLACE and t not in common_words.STOPWORDS and len(t) > 1]


def masked_tokens(sentence: str, places: Callable[[list[str]], Iterable[int]]) -> list[str]:
    """The sentence's folded tokens with its place names masked, as the reading masks a question's."""
    toks = word_tokens(sentence)
    hidden = set(places(toks))
    return [PLACE if i in hidden else t for i, t in enumerate(toks)]


class Bm25:
    """A BM25 index as bm25s builds it, as arrays: `data[indptr[w]:indptr[w + 1]]` are word w's
    weights in the documents `indices[indptr[w]:indptr[w + 1]]`."""

    def __init__(self, vocabulary: Sequence[str], data: np.ndarray, indices: np.ndarray, indptr: np.ndarray,
                 documents: int) -> None:
        self.vocabulary = list(vocabulary)
        self._ids = {word: i for i, word in enumerate(self.vocabulary)}
        self.data, self.indices, self.indptr, self.documents = data, indices, indptr, documents

    @classmethod
    def build(cls, corpus: list[list[str]]) -> Bm25:
        import bm25s  # noqa: PLC0415 - only to build an index: see the module's docstring
        index = bm25s.BM25()
        index.index([doc or [PLACE] for doc in corpus], show_progress=False)
        vocabulary = [""] * len(index.vocab_dict)
        for word, i in index.vocab_dict.items():
            vocabulary[i] = word
        scores = index.scores
        return cls(vocabulary, scores["data"], scores["indices"], scores["indptr"], int(scores["num_docs"]))

    def ids(self, words: Iterable[str]) -> list[int]:
        """The ids of the words the index holds, in the order given."""
        return [self._ids[w] for w in words if w in self._ids]

    def scores(self, ids: Sequence[int]) -> np.ndarray:
        """Every document's score for the words `ids`: as bm25s.BM25.get_scores_from_ids adds them."""
        query = np.asarray(ids, dtype=np.int32)
        starts, ends = self.indptr[query], self.indptr[query + 1]
        scores = np.zeros(self.documents, dtype=np.float32)
        # A word's documents are each listed once in its range (`postings_unique`), so adding its weights by
        # indexing is np.add.at's sum, element for element in float32, at a fraction of np.add.at's cost.
        for start, end in zip(starts, ends):
            at = self.indices[start:end]
            scores[at] += self.data[start:end]
        return scores

    def postings_unique(self) -> bool:
        """Whether no word lists a document twice (what `scores` relies on; bm25s builds a sparse matrix)."""
        return all(len(np.unique(self.indices[start:end])) == end - start
                   for start, end in zip(self.indptr[:-1], self.indptr[1:]))

    def arrays(self, name: str) -> dict[str, np.ndarray]:
        return {f"{name}_vocabulary": np.array(self.vocabulary, dtype=str), f"{name}_data": self.data,
                f"{name}_indices": self.indices, f"{name}_indptr": self.indptr,
                f"{name}_documents": np.array(self.documents)}

    @classmethod
    def from_arrays(cls, stored: dict[str, np.ndarray], name: str) -> Bm25:
        return cls(stored[f"{name}_vocabulary"].tolist(), stored[f"{name}_data"], stored[f"{name}_indices"],
                   stored[f"{name}_indptr"], int(stored[f"{name}_documents"]))


class PassageIndex:
    """One language's passages, a BM25 index over their sentences and one over their labels, and
    each passage's stems."""

    def __init__(self, language: str, chosen: tuple[Passage, ...], sentence_terms: list[list[str]],
                 label_terms: list[list[str]], label_of: np.ndarray, sentences: Bm25, labels: Bm25,
                 words: frozenset[str] = frozenset()) -> None:
        """`words`: the whole folded words of the sentences and labels, before stopwords and stems: a
        compound's parts are looked for in them (compound_parts.py), which a stem cut short has lost."""
        self.language, self.passages, self.words = language, chosen, words
        self.sentence_terms, self.label_of = sentence_terms, label_of
        self.sentences, self.labels = sentences, labels
        self.stems = [frozenset(words) | frozenset(label_terms[label])
                      for words, label in zip(sentence_terms, label_of.tolist())]
        self.frequency: dict[str, int] = {}  # stem -> passages holding it
        for held in self.stems:
            for word in held:
                self.frequency[word] = self.frequency.get(word, 0) + 1
        self._label_terms = label_terms
        # Each label's sentences, for a label found to hold words (Passages.holding): looked up, not
        # every sentence's label compared at each question.
        self.sentences_of_label: dict[int, list[int]] = {}
        for number, label in enumerate(label_of.tolist()):
            self.sentences_of_label.setdefault(label, []).append(number)

    @classmethod
    def build(cls, language: str, chosen: tuple[Passage, ...],
              places: Callable[[list[str]], Iterable[int]]) -> PassageIndex:
        labels: dict[str, int] = {}
        for passage in chosen:
            labels.setdefault(passage.indexed_label, len(labels))
        label_of = np.fromiter((labels[p.indexed_label] for p in chosen), dtype=np.int64, count=len(chosen))
        label_tokens = [masked_tokens(label, places) for label in labels]
        sentence_tokens = [masked_tokens(p.text, places) for p in chosen]
        words = frozenset(t for toks in (*label_tokens, *sentence_tokens) for t in toks if t != PLACE)
        label_terms = [terms(toks) for toks in label_tokens]
        sentence_terms = [terms(toks) for toks in sentence_tokens]
        return cls(language, chosen, sentence_terms, label_terms, label_of, Bm25.build(sentence_terms),
                   Bm25.build(label_terms), words)

    @classmethod
    def cached(cls, directory: Path | None, key: str, language: str, chosen: tuple[Passage, ...],
               places: Callable[[list[str]], Iterable[int]]) -> PassageIndex:
        """The index read from `directory`'s file for `key`, or built and written there."""
        if directory is None:
            return cls.build(language, chosen, places)
        path = directory / f"passages-{language}-{key}.npz"
        try:
            with np.load(path, allow_pickle=False) as stored:
                index = cls._from_arrays(language, chosen, dict(stored))
            log.debug("passages: the %s index read from %s", language, path)
            return index
        except FileNotFoundError:
            pass
        except (OSError, ValueError, KeyError, IndexError) as exc:  # a torn or foreign file: built again
            log.warning("passages: cannot read %s (%s); building the index again", path, exc)
        index = cls.build(language, chosen, places)
        index._save(path)
        return index

    def _save(self, path: Path) -> None:
        vocabulary = sorted({t for words in (*self.sentence_terms, *self._label_terms) for t in words})
        ids = {t: i for i, t in enumerate(vocabulary)}

        def flat(lists: list[list[str]]) -> tuple[np.ndarray, np.ndarray]:
            return (np.fromiter((ids[t] for words in lists for t in words), dtype=np.int32),
                    np.cumsum([0, *map(len, lists)], dtype=np.int64))

        sentence_ids, sentence_ptr = flat(self.sentence_terms)
        label_ids, label_ptr = flat(self._label_terms)
        arrays = {"terms": np.array(vocabulary, dtype=str), "sentence_ids": sentence_ids,
                  "sentence_ptr": sentence_ptr, "label_ids": label_ids, "label_ptr": label_ptr,
                  "label_of": self.label_of, "passages": np.array(len(self.passages)),
                  "words": np.array(sorted(self.words), dtype=str),
                  **self.sentences.arrays("sentences"), **self.labels.arrays("labels")}
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with replaced_atomically(path) as partial, partial.open("wb") as handle:  # whole, for a reader meanwhile
                np.savez(handle, **arrays)  # type: ignore[arg-type]  # numpy's stub reads ** as allow_pickle
        except (OSError, CannotWrite) as exc:
            log.warning("passages: cannot write the index cache %s (%s)", path, exc)
            return
        keep_newest(path.parent, f"passages-{self.language}-*.npz", CACHE_FILES_KEPT)

    @classmethod
    def _from_arrays(cls, language: str, chosen: tuple[Passage, ...], stored: dict[str, np.ndarray]) -> PassageIndex:
        if int(stored["passages"]) != len(chosen):
            raise ValueError("another knowledge base's index")
        vocabulary = stored["terms"].tolist()

        def lists(ids: np.ndarray, ptr: np.ndarray) -> list[list[str]]:
            words = [vocabulary[i] for i in ids.tolist()]
            bounds = ptr.tolist()
            return [words[start:end] for start, end in zip(bounds, bounds[1:])]

        return cls(language, chosen, lists(stored["sentence_ids"], stored["sentence_ptr"]),
                   lists(stored["label_ids"], stored["label_ptr"]), stored["label_of"],
                   Bm25.from_arrays(stored, "sentences"), Bm25.from_arrays(stored, "labels"),
                   frozenset(stored["words"].tolist()))


def cache_key(language: str, chosen: Sequence[Passage], place_names: Iterable[str]) -> str:
    """What the index is computed from: the passages' sentences and labels, the place names masked
    in them, the code (every file of the bot package, as the other derived indexes: the stopwords of
    common_words.py shape the index too, and a list of the modules that do fell behind it), and bm25s's version."""
    digest = hashlib.sha256(f"{CACHE_FORMAT}\x00{language}\x00".encode())
    for name in sorted(place_names):
        digest.update(name.encode() + b"\x1e")
    for passage in chosen:
        digest.update(f"{passage.text}\x1f{passage.indexed_label}\x1e".encode())
    digest.update(derived_cache.code_digest().encode())
    spec = find_spec("bm25s")
    if spec is not None and spec.origin is not None:
        version = Path(spec.origin).with_name("version.py")
        digest.update(version.read_bytes() if version.is_file() else b"")
    return digest.hexdigest()[:24]
