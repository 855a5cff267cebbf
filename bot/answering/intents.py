"""What a message means: a linear model over character and word n-grams, read with numpy.

The model is trained offline (`trygghetsbot train`, bot/answering/training.py) from the labelled
messages in knowledge/messages/ and shipped as plain arrays (`model/intents.npz`, no pickle). Here
it is only read and applied, so the bot starts without scikit-learn.

Features, the same in training and reading (both call `features`):
- character n-grams of 2 to 5 letters within each word, the word padded with a space on each side,
  so "brinner" and "brinnr" share most of theirs (typos, missing å/ä/ö: tokens are folded);
- words and word pairs.
Names of places are masked before (`PLACE`), so the model learns the frame, not the name. Each
message's vector is binary and L2-normalised over the features the model knows; a multinomial
logistic regression turns it into probabilities, divided by a temperature fitted on held-back folds
so that 0.9 means right about nine times in ten.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import numpy as np

# The intents, in the order the decision takes them (bot/answering/decide.py states that order).
DANGER_INTENTS = ("danger_medical", "danger_poisoning", "danger_accident", "danger_fire",
                  "danger_missing", "danger_violence", "danger_suicide")
SITUATION_INTENTS = ("situation_domestic", "situation_threat", "situation_child",
                     "situation_youth_crime", "situation_fraud", "situation_fear")
QUESTION_INTENTS = ("ask_focus", "ask_period", "ask_people", "ask_police_area", "ask_parties",
                    "ask_topic", "ask_which", "ask_compare", "ask_glossary")
INTENTS: tuple[str, ...] = (*DANGER_INTENTS, "suicidal_thoughts", *SITUATION_INTENTS, "report_crime",
                            "concern", *QUESTION_INTENTS, "limits", "out_of_scope", "injection",
                            "greeting", "thanks", "where_i_live", "help", "privacy")

PLACE = "xplacex"  # what a municipality's or a locality's name is replaced with, in training and reading
MIN_NGRAM, MAX_NGRAM = 2, 5
MODEL_FILE = "intents.npz"
TOKEN_CACHE = 100_000  # tokens whose rows are kept (a few tens of megabytes at most)


def features(toks: Sequence[str]) -> set[str]:
    """The features of a message given as folded tokens (names already masked as PLACE)."""
    found = set(pair_features(toks))
    for token in toks:
        found.update(token_features(token))
    return found


def pair_features(toks: Sequence[str]) -> list[str]:
    """The word pairs, with the message's start ("^") and end ("$")."""
    if not toks:
        return []
    return [f"b {a} {b}" for a, b in zip(("^", *toks), (*toks, "$"))]


def token_features(token: str) -> list[str]:
    """One token's own features: the word, and its character n-grams (none for a place or a number)."""
    found = ["w " + token]
    if token == PLACE or token.isdigit():
        return found
    padded = " " + token + " "
    size = len(padded)
    for n in range(MIN_NGRAM, min(MAX_NGRAM, size) + 1):
        found.extend(padded[start:start + n] for start in range(size - n + 1))
    return found


def masked(toks: Sequence[str], place_tokens: Iterable[int]) -> list[str]:
    """The tokens with each place name's tokens replaced by one PLACE token."""
    hidden = set(place_tokens)
    out: list[str] = []
    for i, token in enumerate(toks):
        if i in hidden:
            if not out or out[-1] != PLACE or i - 1 not in hidden:
                out.append(PLACE)
        else:
            out.append(token)
    return out


@dataclass(frozen=True)
class IntentModel:
    """A trained reading: `probabilities(tokens)` -> {intent: p}, summing to 1."""

    intents: tuple[str, ...]
    vocabulary: dict[str, int]
    weights: np.ndarray  # (features, intents), float32
    bias: np.ndarray  # (intents,)
    temperature: float
    fingerprint: str  # of the labelled messages it was trained on (see training.fingerprint)
    # A token's rows, once looked up: residents use the same words again and again, so most of a
    # message's n-grams are found here instead of being cut and looked up anew (bounded: cleared when full).
    _token_rows: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def load(cls, path: Path | None = None) -> IntentModel:
        source = path if path is not None else bundled_model_path()
        with np.load(source, allow_pickle=False) as data:
            vocabulary = {str(name): i for i, name in enumerate(data["vocabulary"].tolist())}
            return cls(intents=tuple(str(i) for i in data["intents"].tolist()), vocabulary=vocabulary,
                       weights=data["weights"].astype(np.float32), bias=data["bias"].astype(np.float32),
                       temperature=float(data["temperature"]), fingerprint=str(data["fingerprint"]))

    def save(self, path: Path) -> None:
        names = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as handle:
            np.savez_compressed(handle, intents=np.array(self.intents), vocabulary=np.array(names),
                                weights=self.weights.astype(np.float16), bias=self.bias.astype(np.float32),
                                temperature=np.float64(self.temperature), fingerprint=np.array(self.fingerprint))

    def rows(self, toks: Sequence[str]) -> list[int]:
        """The rows of the message's features that the model knows, each once, in order (the same
        set as `features` gives, looked up a token at a time)."""
        return sorted(self._row_set(toks))

    def _row_set(self, toks: Sequence[str]) -> set[int]:
        vocabulary, cache = self.vocabulary, self._token_rows
        found = {vocabulary[f] for f in pair_features(toks) if f in vocabulary}
        for token in toks:
            own = cache.get(token)
            if own is None:
                if len(cache) >= TOKEN_CACHE:
                    cache.clear()
                own = cache[token] = tuple({vocabulary[f] for f in token_features(token) if f in vocabulary})
            found.update(own)
        return found

    def logits(self, toks: Sequence[str]) -> np.ndarray:
        found = self._row_set(toks)
        if not found:
            return self.bias.copy()
        # The rows in ascending order, as `rows` gives them, so the float32 sum adds them in the same
        # order (the same bits); an index array made in numpy, since converting a list of a few hundred
        # ints and fancy-indexing with it cost more than the sum itself.
        index = np.fromiter(found, dtype=np.intp, count=len(found))
        index.sort()
        return self.weights.take(index, axis=0).sum(axis=0) / math.sqrt(len(found)) + self.bias

    def probabilities(self, toks: Sequence[str]) -> dict[str, float]:
        scaled = self.logits(toks) / self.temperature
        scaled -= scaled.max()
        exp = np.exp(scaled)
        probs = exp / exp.sum()
        return dict(zip(self.intents, probs.tolist()))


def bundled_model_path() -> Path:
    return Path(str(resources.files("bot.answering") / "model" / MODEL_FILE))
