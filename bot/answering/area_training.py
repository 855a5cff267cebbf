"""Train the area-of-life reading (bot/answering/area_model.py) from knowledge/areas/.

Run by `trygghetsbot train --areas`, never at start-up (scikit-learn, as training.py). The same trainer
and features as the intent model; the lines are `Example`s whose `file` names the file and the writer's
voice ("work.yaml:sms"), so that a voice can be held out whole (`held_out_by_voice`). The "none" class
is none.yaml's own lines and every NONE_STEP-th line of knowledge/messages/'s files for the intents it
names: what the intent model already reads as danger, a crime, a concern or a question of the agreements.
Deterministic for the same files."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import yaml

from bot.answering import training
from bot.answering.area_model import AREAS
from bot.answering.intents import IntentModel
from bot.errors import KnowledgeError, Problem

NONE_STEP = 24
# The none class's weight in the fit. It holds about as many lines as all the areas together (its own and
# the borrowed ones), and at full weight it won on its size alone: with a writer's voice held out, 0.59 of
# a stranger's own cases were taken (precision 0.96), the rest read as "none". Weighed 0.2, 0.72 were taken
# (0.94), but the lines of knowledge/messages/ never sampled were taken four times as often (6 % against
# 1.7 %) and questions about agreements over the seen sets with them: half weight is between the two.
NONE_WEIGHT = 0.5


def areas_dir(knowledge_dir: Path) -> Path:
    return knowledge_dir / "areas"


def load_examples(directory: Path, messages: Path) -> list[training.Example]:
    """Every area line, by file and voice, and the none class's lines borrowed from `messages`."""
    problems: list[Problem] = []
    examples: list[training.Example] = []
    borrowed: set[str] = set()
    for path in sorted(directory.glob("*.yaml")):
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        voices = raw.get("voices") if isinstance(raw, dict) else None
        if not isinstance(raw, dict) or raw.get("area") not in AREAS or not isinstance(voices, dict):
            problems.append(Problem(path.name, f"area: one of {', '.join(AREAS)}, and voices: a mapping of lists"))
            continue
        for voice, lines in voices.items():
            if not isinstance(lines, list) or not all(isinstance(line, str) and line.strip() for line in lines):
                problems.append(Problem(path.name, f"voices.{voice}: must be a list of non-empty strings"))
                continue
            examples.extend(training.Example(line.strip(), raw["area"], f"{path.name}:{voice}") for line in lines)
        borrowed |= set(raw.get("none_from") or ())
    if problems:
        raise KnowledgeError(problems)
    for example in _every_nth(training.load_examples(messages), borrowed):
        examples.append(training.Example(example.text, "none", f"messages/{example.file}"))
    return examples


def _every_nth(examples: Sequence[training.Example], intents: set[str]) -> list[training.Example]:
    """Every NONE_STEP-th line of each file of the intents named: a fixed sample, the same every time."""
    by_file: dict[str, list[training.Example]] = {}
    for example in examples:
        if example.intent in intents:
            by_file.setdefault(example.file, []).append(example)
    return [e for file in sorted(by_file) for e in by_file[file][::NONE_STEP]]


def train(examples: Sequence[training.Example], folds: int = training.FOLDS) -> IntentModel:
    return training.train(examples, folds, known=AREAS, weighed={"none": NONE_WEIGHT})


def voice_of(example: training.Example) -> str:
    """The writer's voice a line was written in ("sms", "letter", …), or "borrowed"."""
    return example.file.split(":", 1)[1] if ":" in example.file else "borrowed"


def held_out_by_voice(examples: Sequence[training.Example], voice: str) -> tuple[int, int]:
    """Right of all for one voice held out whole: trained on every other line, read on that voice's."""
    kept = [e for e in examples if voice_of(e) != voice]
    held = [e for e in examples if voice_of(e) == voice]
    model = train(kept, folds=1)
    right = 0
    for example in held:
        probabilities = model.probabilities(training.example_tokens(example.text))
        right += max(probabilities, key=probabilities.__getitem__) == example.intent
    return right, len(held)
