"""A case of our own dev sets checked as ../shared/eval/score.py checks it, for the tests that run them."""

from __future__ import annotations

from typing import Any

from bot.text import fold


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
