"""Meaning-keeping changes to the blind cases that pass: how many still pass (a robustness probe).

Each passing case of the seen blind rounds is asked again, changed in a way that keeps what it asks:

- `fold`: å/ä/ö written as a/a/o;
- `lower`: lower case, with the end's punctuation dropped;
- `polite`: a greeting before the last message and a thanks after it;
- `typo`: two letters swapped inside one word of six letters or more (each message).

A rule that reads a general property of a message should not lose cases under these. The changes are seeded by
the case (its path inside the tree), so two runs agree, also from two worktrees. Run: `python -m benchmarks.perturb [OUT.json] [GLOB ...]`
(default: the rounds from ten on). It prints, per change, the cases tried and how many then fail, and writes the
failures to OUT.json.
"""

from __future__ import annotations

import glob
import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from benchmarks import blind
from benchmarks.blind import ROOT
from bot.cli.services import build_engine

Change = Callable[[str, random.Random], str]


def _fold(text: str, _: random.Random) -> str:
    return text.translate(str.maketrans("åäöÅÄÖ", "aaoAAO"))


def _lower(text: str, _: random.Random) -> str:
    return re.sub(r"[?.!]+\s*$", "", text.lower())


def _polite(text: str, _: random.Random) -> str:
    return f"Hej! {text} Tack på förhand."


def _typo(text: str, rnd: random.Random) -> str:
    words = [(m.start(), m.end()) for m in re.finditer(r"\w{6,}", text)]
    if not words:
        return text
    start, end = rnd.choice(words)
    i = rnd.randrange(start + 1, end - 2)
    return text[:i] + text[i + 1] + text[i] + text[i + 2:]


CHANGES: dict[str, tuple[Change, bool]] = {  # the change, and whether it applies to the last message only
    "fold": (_fold, False), "lower": (_lower, False), "polite": (_polite, True), "typo": (_typo, False)}


def _seed_path(path: str) -> str:
    """A case file's path inside the tree, so that two worktrees change its cases alike."""
    resolved = Path(path).resolve()
    return str(resolved.relative_to(ROOT)) if resolved.is_relative_to(ROOT) else path


def main(argv: list[str]) -> None:
    from benchmarks.blind import failures  # the scorer's own rules

    out = argv[0] if argv else ""
    patterns = argv[1:] or [str(ROOT / "eval/blind/v1[0-9]/*.yaml")]
    engine = build_engine(None)

    def last_reply(turns: list[str]) -> dict[str, Any]:
        return blind.last_reply(engine, turns)

    result: dict[str, dict[str, Any]] = {name: {"tried": 0, "failed": []} for name in CHANGES}
    for path in sorted(f for p in patterns for f in glob.glob(p)):
        for i, case in enumerate(yaml.safe_load(open(path, encoding="utf-8")) or []):
            turns = case.get("turns") or [case["q"]]
            if failures(case, last_reply(turns)):
                continue
            for name, (change, last_only) in CHANGES.items():
                rnd = random.Random(f"{_seed_path(path)}{i}{name}")
                changed = turns[:-1] + [change(turns[-1], rnd)] if last_only else [change(t, rnd) for t in turns]
                if changed == turns:
                    continue
                result[name]["tried"] += 1
                why = failures(case, last_reply(changed))
                if why:
                    result[name]["failed"].append({"file": path, "case": i, "turns": changed, "why": why})
    for name, r in result.items():
        tried, failed = r["tried"], len(r["failed"])
        print(f"{name:7} {tried:5} tried, {failed:4} fail ({1 - failed / max(1, tried):.3f} kept)")
    if out:
        json.dump(result, open(out, "w", encoding="utf-8"), ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main(sys.argv[1:])
