"""Keep the training messages away from the messages the reading is measured on.

A held-out message measures the reading only if no training line is a near copy of it. A training
line is one when its `rapidfuzz.fuzz.ratio` to a held-out message is `NEAR` (85) or more, compared
either casefolded, or as the model sees both: places masked as the reading masks them (the names
`Engine.read` finds, hidden by `intents.masked`; a training line's `{kommun}` slots as in training).

`trygghetsbot train --hold-out FILE…` deletes the near copies' lines from the message files before
training (the files' other lines, comments and sources untouched), `train --check --hold-out FILE…`
fails while one is left, and tests/test_reading.py asserts that none is left for eval/heldout.yaml.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import yaml
from rapidfuzz import fuzz, process

from bot.answering.intents import masked
from bot.answering.training import Example, unslotted
from bot.errors import KnowledgeError, Problem
from bot.text import tokens

if TYPE_CHECKING:
    from bot.answering.reading import Reading

NEAR = 85

# A message's tokens as the model reads them: the reading's own masking (see `reading_masker`).
Masker = Callable[[str], list[str]]


@dataclass(frozen=True)
class NearCopy:
    example: Example
    held_out: str
    score: float  # the higher of the casefolded and the masked ratio


def held_out_messages(paths: Iterable[Path]) -> list[str]:
    """The messages of held-out files: `text` items (eval/heldout.yaml) or the score.py format's
    `q` and `turns` (a blind set)."""
    messages: list[str] = []
    for path in paths:
        try:
            items = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            raise KnowledgeError([Problem(str(path), f"cannot read: {exc}")]) from exc
        if not isinstance(items, list):
            raise KnowledgeError([Problem(str(path), "expected a list of messages")])
        for item in items:
            if not isinstance(item, dict):
                continue
            texts = item.get("turns") or [item.get("text") or item.get("q")]
            messages.extend(t for t in texts if isinstance(t, str) and t.strip())
    return messages


def reading_masker(read: Callable[[str], Reading]) -> Masker:
    """The masking of the reading, from `Engine.read`: the raw tokens with the places its scan used
    replaced by the place token, exactly what the model is given."""
    def mask(text: str) -> list[str]:
        reading = read(text)
        return masked(tokens(reading.text), reading.scan.used)
    return mask


def near_copies(examples: Sequence[Example], held_out: Sequence[str], mask: Masker,
                threshold: float = NEAR) -> list[NearCopy]:
    """Every training example within `threshold` of a held-out message, the closest message each."""
    if not examples or not held_out:
        return []
    folded = process.cdist([e.text.casefold() for e in examples], [h.casefold() for h in held_out],
                           scorer=fuzz.ratio, score_cutoff=threshold)
    hidden = process.cdist([" ".join(mask(unslotted(e.text))) for e in examples],
                           [" ".join(mask(h)) for h in held_out],
                           scorer=fuzz.ratio, score_cutoff=threshold)
    scores = np.maximum(folded, hidden)
    found: list[NearCopy] = []
    for row, example in enumerate(examples):
        column = int(scores[row].argmax())
        if scores[row, column] >= threshold:
            found.append(NearCopy(example, held_out[column], float(scores[row, column])))
    return found


def remove(directory: Path, copies: Iterable[NearCopy]) -> int:
    """Delete the lines of these examples from their message files; returns how many were deleted.

    Each example's lines are found from the YAML node that holds it, so a quoted or folded example is
    removed whole and nothing else in the file moves."""
    by_file: dict[str, set[str]] = {}
    for copy in copies:
        by_file.setdefault(copy.example.file, set()).add(copy.example.text)
    deleted = 0
    for name, texts in by_file.items():
        path = directory / name
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines(keepends=True)
        drop: set[int] = set()
        for node in _example_nodes(source):
            if str(node.value).strip() in texts:
                last = node.end_mark.line if node.end_mark.column > 0 else node.end_mark.line - 1
                drop.update(range(node.start_mark.line, last + 1))
                deleted += 1
        path.write_text("".join(line for i, line in enumerate(lines) if i not in drop), encoding="utf-8")
    return deleted


def _example_nodes(source: str) -> list[yaml.ScalarNode]:
    root = yaml.compose(source)
    if not isinstance(root, yaml.MappingNode):
        return []
    for key, value in root.value:
        if key.value == "examples" and isinstance(value, yaml.SequenceNode):
            return [item for item in value.value if isinstance(item, yaml.ScalarNode)]
    return []
