"""A case of our own dev sets checked as ../shared/eval/score.py checks it, for the tests that run them."""

from __future__ import annotations

import random
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.answering.answer import Answer
from bot.answering.engine import Conversation, Engine
from bot.answering.detail_asks import ask
from bot.text import fold, tokens

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def assert_scored(case: dict[str, Any], text: str) -> None:
    """Every `must` group, no `must_not`, one of each `first` group in the first 120 characters and no
    `not_first` in the first 60."""
    body = fold(text)
    for group in case.get("must", []):
        assert any(fold(alt) in body for alt in group), (case["q"], text[:200])
    for bad in case.get("must_not", []):
        assert fold(bad) not in body, (case["q"], bad, text[:200])
    for group in case.get("first", []):
        assert any(fold(alt) in body[:120] for alt in group), (case["q"], text[:120])
    for bad in case.get("not_first", []):
        assert fold(bad) not in body[:60], (case["q"], text[:100])


def dev_set(name: str) -> list[dict[str, Any]]:
    """One of our own dev sets, tests/fixtures/NAME, as the list of cases the scorer reads."""
    cases: list[dict[str, Any]] = yaml.safe_load((FIXTURES / name).read_text(encoding="utf-8"))
    return cases


def asked(engine: Engine, turns: list[str]) -> Answer:
    """The answer to a conversation's last turn, the turns before it asked in the same conversation."""
    conversation = Conversation()
    answers = [engine.answer(turn, conversation) for turn in turns]
    return answers[-1]


def text_and_kommun(engine: Engine, *turns: str) -> tuple[str, str | None]:
    """The last answer's text and municipality, the turns asked in one conversation."""
    answer = asked(engine, list(turns))
    return answer.text, answer.municipality


def assert_case(engine: Engine, case: dict[str, Any]) -> None:
    """A dev-set case asked (its `q`, or its `turns` in one conversation) and checked as score.py checks
    it: its `kommun` too, when it names one."""
    turns = [str(turn) for turn in case.get("turns") or [case["q"]]]
    answer = asked(engine, turns)
    if "kommun" in case:
        assert answer.municipality == case["kommun"], (case, answer.text[:200])
    assert_scored({**case, "q": " / ".join(turns)}, answer.text)


def dev_params(cases: list[dict[str, Any]], known_misses: Iterable[str] = ()) -> list[Any]:
    """A dev set as pytest parameters, named by their message; a case whose message holds one of
    `known_misses` is a strict xfail, so that a fix shows up as an XPASS."""
    misses = tuple(known_misses)
    return [pytest.param(case, marks=pytest.mark.xfail(strict=True), id=_id(case))
            if any(m in _id(case) for m in misses) else pytest.param(case, id=_id(case)) for case in cases]


def _id(case: dict[str, Any]) -> str:
    return str(case.get("q") or " / ".join(str(t) for t in case.get("turns", [])))


def assert_shapes(cases: list[dict[str, Any]], least: dict[str, int], total: int = 45) -> None:
    """The dev set is the class: at least `total` cases, and at least `least[tag]` cases of each tag."""
    tags = [set(case.get("tags", [])) for case in cases]
    assert len(cases) >= total
    for tag, count in least.items():
        assert sum(tag in t for t in tags) >= count, tag


def frame_shape(text: str) -> str | None:
    """The frame `detail_asks.ask` reads a question with ("follow", "basis", "survey", …), or None."""
    found = ask(text, " ".join(tokens(text)), tokens(text))
    return found.shape if found is not None else None


def seen_messages(count: int, seed: int, last_round: int) -> list[str]:
    """Last turns of the seen sets (the top-level files of eval/blind and rounds v2 to `last_round`), a random draw
    of `count`, the same for a seed: what a speed branch checks a gate on (gated and ungated give the same)."""
    base = Path(__file__).resolve().parent.parent / "eval" / "blind"
    paths = sorted(base.glob("*.yaml")) + [p for n in range(2, last_round + 1) for p in sorted((base / f"v{n}").glob("*.yaml"))]
    texts = []
    for path in paths:
        for case in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            if isinstance(case, dict) and (case.get("turns") or case.get("q")):
                texts.append(str((case.get("turns") or [case["q"]])[-1]))
    return random.Random(seed).sample(texts, min(count, len(texts)))
