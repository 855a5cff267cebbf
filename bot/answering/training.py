"""Train the message reading (bot/answering/intents.py) from knowledge/messages/.

Run by `trygghetsbot train`, never at start-up: it needs scikit-learn (the `[train]` extra), the bot
only numpy. Training is deterministic for the same files, so a test can retrain and compare.

- Each file names its intent and lists examples; `{kommun}`, `{kommuns}` and `{ort}` become the
  masked place token, as a name found in a resident's message does.
- Features with fewer than two examples are dropped (a typo seen once teaches nothing).
- A multinomial logistic regression; emergencies weigh more, because a missed one costs far more
  than one extra "ring 112".
- The temperature is fitted on five held-back folds, so the probabilities the decision compares
  with its thresholds mean what they say.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from bot.answering.intents import DANGER_INTENTS, INTENTS, PLACE, IntentModel, features
from bot.errors import KnowledgeError, Problem
from bot.text import tokens

SLOT = re.compile(r"\{(kommun|kommuns|ort)\}")
MIN_DF = 2
C = 8.0
DANGER_WEIGHT = 2.0
FOLDS = 5
# How close a retrained model must come to the shipped one (stored as float16; solver rounding).
WEIGHTS_ATOL, BIAS_ATOL, TEMPERATURE_ATOL = 5e-3, 1e-3, 0.011


@dataclass(frozen=True)
class Example:
    text: str
    intent: str
    file: str


def messages_dir(knowledge_dir: Path) -> Path:
    return knowledge_dir / "messages"


def load_examples(directory: Path) -> list[Example]:
    """Every labelled message; a file with an unknown intent or no examples is an error."""
    problems: list[Problem] = []
    examples: list[Example] = []
    for path in sorted(directory.glob("*.yaml")):
        try:
            raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            problems.append(Problem(path.name, f"cannot read: {exc}"))
            continue
        if not isinstance(raw, dict) or raw.get("intent") not in INTENTS:
            problems.append(Problem(path.name, f"intent: must be one of {', '.join(INTENTS)}"))
            continue
        texts = raw.get("examples")
        if not isinstance(texts, list) or not texts or not all(isinstance(t, str) and t.strip() for t in texts):
            problems.append(Problem(path.name, "examples: must be a list of non-empty strings"))
            continue
        examples.extend(Example(t.strip(), raw["intent"], path.name) for t in texts)
    if problems:
        raise KnowledgeError(problems)
    return examples


def unslotted(text: str) -> str:
    """An example's text with each slot the masked place token."""
    return SLOT.sub(f" {PLACE} ", text)


def example_tokens(text: str) -> list[str]:
    """An example's tokens, each slot the masked place token (as `masked` makes a found name)."""
    return tokens(unslotted(text))


def fingerprint(examples: Sequence[Example]) -> str:
    digest = hashlib.sha256()
    for example in examples:
        digest.update(f"{example.intent}\t{example.text}\n".encode("utf-8"))
    return digest.hexdigest()[:16]


def _matrix(rows: Sequence[set[str]], vocabulary: dict[str, int]) -> Any:
    from scipy.sparse import csr_matrix

    indptr, indices, data = [0], [], []
    for feats in rows:
        known = sorted(vocabulary[f] for f in feats if f in vocabulary)
        indices.extend(known)
        data.extend([1.0 / math.sqrt(len(known))] * len(known) if known else [])
        indptr.append(len(indices))
    return csr_matrix((np.array(data, dtype=np.float64), np.array(indices, dtype=np.int64), np.array(indptr)),
                      shape=(len(rows), len(vocabulary)))


def _fit(x: Any, y: np.ndarray, labels: Sequence[str], weighed: dict[str, float] | None = None) -> Any:
    from sklearn.linear_model import LogisticRegression

    weighed = weighed or {}
    weights = {i: weighed.get(label, DANGER_WEIGHT if label in DANGER_INTENTS else 1.0)
               for i, label in enumerate(labels)}
    classifier = LogisticRegression(C=C, max_iter=3000, class_weight=weights, tol=1e-5)
    classifier.fit(x, y)
    return classifier


def _temperature(logits: np.ndarray, y: np.ndarray) -> float:
    """The temperature that minimises the held-back folds' log loss (a coarse then a fine grid)."""
    def loss(t: float) -> float:
        scaled = logits / t
        scaled = scaled - scaled.max(axis=1, keepdims=True)
        log_norm = np.log(np.exp(scaled).sum(axis=1))
        return float(np.mean(log_norm - scaled[np.arange(len(y)), y]))

    best = min(np.arange(0.2, 4.01, 0.1), key=loss)
    return float(min(np.arange(max(0.05, best - 0.1), best + 0.1, 0.01), key=loss))


def train(examples: Sequence[Example], folds: int = FOLDS, known: Sequence[str] = INTENTS,
          weighed: dict[str, float] | None = None) -> IntentModel:
    """The model `examples` train; `known` the labels in their order (the intents, or the areas of life
    of bot/answering/area_model.py, which are read with the same features and the same numpy reading);
    `weighed` a label's weight in the fit where it is not the default (a large class that should not win
    by its size alone: the area reading's "none")."""
    labels = [i for i in known if any(e.intent == i for e in examples)]
    index = {label: i for i, label in enumerate(labels)}
    feats = [features(example_tokens(e.text)) for e in examples]
    df = Counter(f for row in feats for f in row)
    vocabulary = {f: i for i, f in enumerate(sorted(f for f, n in df.items() if n >= MIN_DF))}
    x = _matrix(feats, vocabulary)
    y = np.array([index[e.intent] for e in examples])

    temperature = 1.0
    if folds > 1:
        from sklearn.model_selection import StratifiedKFold

        held_back = np.zeros((len(examples), len(labels)))
        for train_rows, test_rows in StratifiedKFold(folds, shuffle=True, random_state=0).split(x, y):
            part = _fit(x[train_rows], y[train_rows], labels, weighed)
            held_back[test_rows] = part.decision_function(x[test_rows])
        temperature = _temperature(held_back, y)

    classifier = _fit(x, y, labels, weighed)
    return IntentModel(intents=tuple(labels), vocabulary=vocabulary,
                       weights=classifier.coef_.T.astype(np.float32), bias=classifier.intercept_.astype(np.float32),
                       temperature=temperature, fingerprint=fingerprint(examples))


def differences(shipped: IntentModel, again: IntentModel) -> list[str]:
    """How a shipped model differs from `again`, the model its examples train now (none: the same).

    `trygghetsbot train --check` and tests/test_reading.py both retrain and compare here: the
    weights as stored (float16), not only the fingerprint a model carries, so a model with its
    weights zeroed or trained on other data is found. The temperature is compared when `again` had
    its folds (a model trained with folds=1 keeps 1.0)."""
    found = []
    if shipped.fingerprint != again.fingerprint:
        found.append("its fingerprint is not that of the examples")
    if again.intents != shipped.intents:
        return [*found, "its intents differ"]
    if again.vocabulary != shipped.vocabulary:
        return [*found, "its features differ"]
    stored = again.weights.astype(np.float16).astype(np.float32)
    if stored.shape != shipped.weights.shape or not np.allclose(stored, shipped.weights, atol=WEIGHTS_ATOL):
        found.append("its weights differ")
    if not np.allclose(again.bias, shipped.bias, atol=BIAS_ATOL):
        found.append("its bias differs")
    if again.temperature != 1.0 and not math.isclose(again.temperature, shipped.temperature,
                                                     abs_tol=TEMPERATURE_ATOL):
        found.append(f"its temperature is {shipped.temperature:.3f}, retrained {again.temperature:.3f}")
    return found


def summary(model: IntentModel, examples: Sequence[Example], known: Sequence[str] = INTENTS) -> dict[str, Any]:
    counts = Counter(e.intent for e in examples)
    return {"examples": len(examples), "intents": len(model.intents), "features": len(model.vocabulary),
            "temperature": round(model.temperature, 3), "fingerprint": model.fingerprint,
            "smallest": min(counts.items(), key=lambda kv: kv[1]) if counts else None,
            "missing": [i for i in known if i not in counts]}

