"""Generality under typos: the dev question set's score, clean and perturbed (see tests/test_generality.py)."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import yaml

from bot.answering.engine import Engine
from bot.answering.knowledge import load
from tests.test_generality import EVAL, no_accents, score, slip


def run() -> dict[str, dict[str, float]]:
    cases = yaml.safe_load(Path(EVAL / "dev.yaml").read_text(encoding="utf-8"))
    engine = Engine(load(), today=dt.date(2026, 11, 23))
    clean = score(engine, cases, lambda text: text)
    rng = random.Random(20261125)
    slipped = score(engine, cases, lambda text: slip(text, rng))
    return {"dev_set": {"clean": clean, "one_letter_slipped": slipped, "no_accents":
                        score(engine, cases, no_accents), "lower_case": score(engine, cases, str.lower),
                        "slipped_minus_clean": slipped - clean}}
