"""The words the trained reading is given, with a slip in a word it knows put right.

The intent model reads the resident's own tokens (character n-grams and whole words). A word it never saw that
is a word it knows with two neighbouring letters swapped ("witnsesed", "ntaten", "yetserday") or one letter typed
twice ("natttten" aside) loses the whole word's feature and half its n-grams, and what is left can tip the reading:
"I witnsesed a fight … on Saturday" read as violence now, a theft found "under ntaten" as an accident. Such a
token is given to the model as the word it slipped from, when exactly one known word is that near and the token
is no word of its own (a word the speller's lists hold, a place, a short word). The speller (spelling.py) puts
slips right towards the knowledge base's and the cues' words; this is the same for the model's own words.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Sequence

MIN_LENGTH = 6


def _near(token: str) -> set[str]:
    """The token with two neighbouring letters swapped back, or a letter typed twice taken once."""
    found = set()
    for i in range(len(token) - 1):
        a, b = token[i], token[i + 1]
        if a != b:
            found.add(token[:i] + b + a + token[i + 2:])
        else:
            found.add(token[:i] + token[i + 1:])
    return found


class ModelWords:
    """Puts a token the trained reading never saw right to the one word it knows that the token slipped from."""

    def __init__(self, known: Iterable[str], own_word: Callable[[str], bool]) -> None:
        self._known: Container[str] = frozenset(w for w in known if w.isalpha())
        self._own_word = own_word
        self._cache: dict[str, str] = {}

    def put_right(self, toks: Sequence[str], corrected: Sequence[str] = (), skip: Container[int] = ()) -> list[str]:
        """`toks` with each slipped word put right; the tokens at `skip` (places) are left as they are. Where the
        speller already put a token right by the same kind of slip (`corrected`, "witnsesed" → "witnessed"), its
        word is given, though the model never saw it: its n-grams are the word's, not the slip's."""
        out = []
        for i, token in enumerate(toks):
            if i in skip:
                out.append(token)
                continue
            word = self._word(token)
            if word == token and i < len(corrected) and corrected[i] != token and corrected[i] in _near(token):
                word = corrected[i]
            out.append(word)
        return out

    def _word(self, token: str) -> str:
        if len(token) < MIN_LENGTH or token in self._known or not token.isalpha():
            return token
        cached = self._cache.get(token)
        if cached is None:
            meant = [w for w in _near(token) if w in self._known]
            cached = meant[0] if len(meant) == 1 and not self._own_word(token) else token
            if len(self._cache) < 20_000:
                self._cache[token] = cached
        return cached
