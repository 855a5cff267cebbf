"""Slipped letters in the words that say what is asked: "trafikken", "medborgarlöftte", "anmääler".

A token that is not a known word is read as the one vocabulary word within one edit (a letter
dropped, doubled, changed or two swapped; two edits for words of 12 letters or more). Short words
are left alone, so "bott" never becomes "brott"; a difference only at the end is an inflection
("skotta" is not "skott") unless the word is long; and a token two vocabulary words are equally
near stays as it is.

A short token (four or five letters) is put right only towards a small word that frames a question
(`short_targets`: "undr", "vilkt", "fins" are "under", "vilket", "finns"), and only for a letter dropped inside
it: a content word of five letters has too many neighbours ("bott" is no "brott", "lita" no "lista"), and a
letter missing at the end is mostly another form of the word ("börja", "base").
"""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz.distance import OSA

MIN_LENGTH = 6
MIN_SHORT = 4  # a dropped letter is read from this length, towards `short_targets` only
LONG = 12
INFLECTION_SAFE = 9
# The endings of a word's forms (verbs, nouns, adjectives): "host|ar", "host|at", "host|ade", "mun|nen".
FORM_ENDINGS = ("arna", "erna", "orna", "ande", "ende", "ning", "ade", "ad", "at", "ar", "er", "or", "en", "et", "na",
                "de", "te", "a", "e", "t", "s", "")
MIN_STEM = 4
ENDINGS = ("erna", "arna", "orna", "ens", "ets", "en", "et", "er", "ar", "or", "na", "s")  # from this length a difference at the end is a typo, not an inflection


# Swedish QWERTY rows, folded as tokens are (å/ä -> a, ö -> o): a slipped key lands next to the
# one meant, so in a short word "stadad" is not a slip for "skadad" (t and k are far apart).
_ROWS = ("qwertyuiopa", "asdfghjkloa", "zxcvbnm")
_NEIGHBOURS: dict[str, set[str]] = {}
for _row_index, _row in enumerate(_ROWS):
    for _i, _key in enumerate(_row):
        near = _NEIGHBOURS.setdefault(_key, set())
        near.update(_row[max(0, _i - 1):_i + 2])
        for _other in _ROWS[max(0, _row_index - 1):_row_index + 2]:
            near.update(_other[max(0, _i - 1):_i + 2])
_VOWELS = frozenset("aeiouy")  # a vowel for another is a spelling slip wherever the keys lie


def _near_keys(token: str, word: str) -> bool:
    """False for a one-letter substitution between keys far apart on the keyboard."""
    if len(token) != len(word):
        return True
    diffs = [(a, b) for a, b in zip(token, word) if a != b]
    if len(diffs) != 1:
        return True  # a swap of two letters, or no substitution at all
    a, b = diffs[0]
    return (a in _VOWELS and b in _VOWELS) or b in _NEIGHBOURS.get(a, {a})


def _stems(word: str) -> set[str]:
    """What is left of a word with one or two inflection endings taken off (at least MIN_LENGTH letters)."""
    found = set()
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_LENGTH:
            stem = word[:-len(ending)]
            found.add(stem)
            found.update(stem[:-len(more)] for more in ENDINGS
                         if stem.endswith(more) and len(stem) - len(more) >= MIN_LENGTH)
    return found


def _swapped(token: str, word: str) -> bool:
    """Whether `token` is `word` with two neighbouring letters swapped."""
    if len(token) != len(word):
        return False
    diffs = [i for i, (a, b) in enumerate(zip(token, word)) if a != b]
    return len(diffs) == 2 and diffs[1] == diffs[0] + 1 and token[diffs[0]] == word[diffs[1]] \
        and token[diffs[1]] == word[diffs[0]]


def _swaps(token: str) -> set[str]:
    """`token` with each pair of neighbouring letters swapped back."""
    return {token[:i] + token[i + 1] + token[i] + token[i + 2:] for i in range(len(token) - 1) if token[i] != token[i + 1]}


class Speller:
    """Corrects tokens (folded words) towards a vocabulary."""

    def __init__(self, vocabulary: Iterable[str], known: Iterable[str] = (), short_targets: Iterable[str] = (),
                 residents: Iterable[str] = ()) -> None:
        words = {w for w in vocabulary if len(w) >= MIN_LENGTH - 1 and w.isalpha()}
        self._known = frozenset(known) | words
        # Words residents write (the trained reading's own): put right only to another form of the same word.
        self._residents = frozenset(residents)
        self._words = frozenset(words)
        # Each short target with one letter dropped (not its first), looked up: "undr" -> {"under"}.
        self._dropped: dict[str, set[str]] = {}
        for word in short_targets:
            if MIN_SHORT < len(word) <= MIN_LENGTH and word.isalpha():
                for i in range(1, len(word) - 1):  # not the last: "borja", "base" are other forms, not slips
                    self._dropped.setdefault(word[:i] + word[i + 1:], set()).add(word)
        self._by_first: dict[str, list[str]] = {}
        for word in sorted(words):
            self._by_first.setdefault(word[0], []).append(word)
        self._cache: dict[str, str] = {}

    def correct(self, token: str) -> str:
        cached = self._cache.get(token)
        if cached is not None:
            return cached
        result = self._correct(token)
        if len(self._cache) < 50_000:
            self._cache[token] = result
        return result

    def holds(self, word: str) -> bool:
        """A word of the agreements, the cues or the help lines (not an everyday word): a compound
        written apart ("medborgar löfte") is one when its parts together are one of these."""
        return word in self._words

    def knows(self, token: str) -> bool:
        """A word of the language, a place or a word of the agreements (a folded token)."""
        return token in self._known

    def correct_all(self, toks: list[str]) -> list[str]:
        return [self.correct(t) for t in toks]

    def _correct(self, token: str) -> str:
        if token in self._known or not token.isalpha():
            return token
        if len(token) < MIN_LENGTH:
            meant = self._dropped.get(token, ()) if len(token) >= MIN_SHORT else ()
            return next(iter(meant)) if len(meant) == 1 else token
        found = self._nearest(token)
        if found != token:
            return token if self._other_word(token, found) else found
        # Two neighbouring letters swapped in a word residents write, not the agreements' ("patrner", "svaart",
        # "klgaar", "lfotena"): the commonest slip, put right where it leads to one known word only.
        swapped = {near for near in _swaps(token) if near in self._known}
        if len(swapped) == 1:
            return swapped.pop()
        # The vocabulary holds base forms: "trafiskäkerheten" is put right through its stem.
        for ending in ENDINGS:
            stem = token[:-len(ending)]
            if token.endswith(ending) and len(stem) >= MIN_LENGTH and stem not in self._known:
                found = self._nearest(stem)
                if found != stem:
                    return found
        return token

    def _other_word(self, token: str, found: str) -> bool:
        """Whether `token` is a word of its own that `found` is not a form of: a word residents write ("munnen",
        "swelling", not "mannen", "selling"), or another form of a known word (the same stem of four letters or
        more with another ending: "hostat", "hostade" beside "hostar", not "hotat"). A slip of the word itself
        ("undertecknde", "medborgarlöftte") and a form put to the vocabulary's ("narkotikan") are still put right."""
        shared = next((i for i, (a, b) in enumerate(zip(token, found)) if a != b), min(len(token), len(found)))
        if shared >= min(len(token), len(found)) - 2:
            return False  # the same word, another ending or a slip near its end
        if _swapped(token, found):
            return False  # two letters swapped is the commonest slip ("manadt", "plaster"), whatever word it makes
        if token in self._residents:
            return True
        for ending in FORM_ENDINGS:
            stem = token[:-len(ending)] if ending else token
            if token.endswith(ending) and len(stem) >= MIN_STEM and any(
                    stem + other in self._known for other in FORM_ENDINGS if other != ending):
                return True
        return False

    def _nearest(self, token: str) -> str:
        limit = 2 if len(token) >= LONG else 1
        best: list[str] = []
        best_distance = limit + 1
        # A slip in the first letter is rare and makes most false friends: only same-initial words.
        for word in self._by_first.get(token[0], ()):
            if abs(len(word) - len(token)) > limit:
                continue
            distance = OSA.distance(token, word, score_cutoff=limit)
            if distance > limit or not self._plausible(token, word):
                continue
            if distance < best_distance:
                best, best_distance = [word], distance
            elif distance == best_distance:
                best.append(word)
        if len(best) > 1:
            # Forms of one word ("medborgarlöfte", "medborgarlöftet") are no real tie: take the base.
            base = min(best, key=len)
            if all(word.startswith(base) for word in best):
                return base
        return best[0] if len(best) == 1 else token

    @staticmethod
    def _plausible(token: str, word: str) -> bool:
        if _stems(token) & _stems(word):  # "kommuners" / "kommunens": two forms of one word, not a slip
            return False
        shorter = min(len(token), len(word))
        if shorter >= INFLECTION_SAFE:
            return True
        if not _near_keys(token, word):
            return False
        if token == word + word[-1]:  # "trafikk": a doubled last letter is a slip, not an ending
            return True
        # "skotta" / "skott", "brotten" / "brott": the same stem with another ending.
        return not (token.startswith(word) or word.startswith(token) or token[:-1] == word[:-1])
