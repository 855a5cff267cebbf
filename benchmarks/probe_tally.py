"""The loop every entry-built probe runs: ask each built question, count tried and failing per key, keep the
failures with the reply for reading (absent_which.py, counts_times.py, pick_agreement.py). A case with `turns` is
a conversation: its last reply is judged (places_inside.py)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from benchmarks.blind import last_reply

Case = dict[str, Any]


def tally(engine: Any, cases: Iterable[Case], passes: Callable[[Case, dict[str, Any]], bool],
          key: Callable[[Case], tuple[str, str]], chars: int = 500) -> tuple[dict[tuple[str, str], list[int]], list[Case]]:
    """Per key, [tried, failing]; and each failing case with the start of its reply and the kommun it was about."""
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    failed = []
    for case in cases:
        reply = last_reply(engine, case.get("turns") or [case["q"]])
        counted = counts[key(case)]
        counted[0] += 1
        if not passes(case, reply):
            counted[1] += 1
            failed.append({**case, "reply": reply.get("text", "")[:chars], "municipality": reply.get("municipality")})
    return counts, failed
