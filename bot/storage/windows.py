"""Sliding windows for rate limits: at most `most` accepted requests under one key within any `seconds`.

A key's accepted requests are kept as their times (epoch seconds) in the database, so every process
of the bot counts the same ones. Each engine reads a batch's keys under a lock, and the decisions
are made here, the same for both: a request is accepted when every one of its keys has room in every
window, and then, only then, its time is added under each key. A refused request adds nothing.
"""

from __future__ import annotations

from bisect import bisect_right, insort
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Limit:
    """At most `most` requests under one key within any `seconds`."""

    seconds: float
    most: int


# A key (a keyed hash, never an address or an id in clear) and the windows it must have room in.
Check = tuple[str, tuple[Limit, ...]]


def fits(limits: Sequence[Limit], stamps: Sequence[float], now: float) -> bool:
    """Whether one more request at `now` stays within every window, given the key's accepted ones
    (oldest first: every list this module keeps is sorted, so a window is counted by bisection, not by
    walking every stamp; a busy shared address holds many)."""
    return all(len(stamps) - bisect_right(stamps, now - limit.seconds) < limit.most for limit in limits)


def wait(limits: Sequence[Limit], stamps: Sequence[float], now: float) -> float:
    """Seconds until one more request fits (0 when it fits now): each full window must lose its
    oldest requests until one place is free."""
    longest = 0.0
    for limit in limits:
        first = bisect_right(stamps, now - limit.seconds)  # the window's oldest stamp
        over = len(stamps) - first - limit.most
        if over >= 0:
            longest = max(longest, stamps[first + over] + limit.seconds - now)
    return longest


def kept(limits: Sequence[Limit], stamps: Sequence[float], now: float) -> list[float]:
    """The stamps that can still count: within the longest window, and no more than the largest
    `most` of them (older ones can no longer decide anything)."""
    return list(stamps[_first_kept(limits, stamps, now):])


def _first_kept(limits: Sequence[Limit], stamps: Sequence[float], now: float) -> int:
    horizon = max((limit.seconds for limit in limits), default=0.0)
    most = max((limit.most for limit in limits), default=0)
    return max(bisect_right(stamps, now - horizon), len(stamps) - most)


def ordered(stamps: Sequence[float]) -> list[float]:
    """A key's stamps oldest first, as read from the database (written so, but a clock may step back)."""
    return list(stamps) if all(a <= b for a, b in zip(stamps, stamps[1:])) else sorted(stamps)


def until(limits: Sequence[Limit], stamps: Sequence[float]) -> float:
    """When a key's stamps stop counting at all, so its row may be deleted."""
    return max(stamps, default=0.0) + max((limit.seconds for limit in limits), default=0.0)


def decide(requests: Sequence[tuple[Sequence[Check], float]],
           stamps: dict[str, list[float]]) -> list[dict[str, float]]:
    """Each request in order: {} when it is accepted (its time is then added to `stamps` under each of
    its keys, so a later request of the same batch counts it), else the wait of each key without room.
    `stamps` holds what the database had for the keys, and is left as it should be written back."""
    verdicts: list[dict[str, float]] = []
    for checks, now in requests:
        refused = {key: wait(limits, stamps.get(key, []), now) for key, limits in checks
                   if not fits(limits, stamps.get(key, []), now)}
        if not refused:
            for key, limits in checks:
                added = stamps.setdefault(key, [])
                insort(added, now)
                del added[:_first_kept(limits, added, now)]  # in place: no copy per request
        verdicts.append(refused)
    return verdicts


def limits_of(requests: Sequence[Sequence[Check]]) -> dict[str, tuple[Limit, ...]]:
    """Each key's windows (a key has the same ones wherever it appears)."""
    return {key: limits for checks in requests for key, limits in checks}


class InMemory:
    """Keys' stamps in one process's memory, for a store that only one process uses (SQLite): the
    `size` keys used most recently are kept, so a flood of new keys costs bounded memory."""

    def __init__(self, size: int = 50_000) -> None:
        self._size = size
        self._stamps: OrderedDict[str, list[float]] = OrderedDict()

    def decide(self, requests: Sequence[tuple[Sequence[Check], float]]) -> list[dict[str, float]]:
        """`decide`, on and into what is kept here (the kept lists themselves, not copies)."""
        keys = {key for checks, _ in requests for key, _ in checks}
        stamps = {key: self._stamps[key] for key in keys if key in self._stamps}
        verdicts = decide(requests, stamps)
        for key, kept_stamps in stamps.items():
            self._stamps[key] = kept_stamps
            self._stamps.move_to_end(key)
        while len(self._stamps) > self._size:
            self._stamps.popitem(last=False)
        return verdicts

    def stamps(self, keys: Sequence[str] | set[str]) -> dict[str, list[float]]:
        return {key: list(self._stamps[key]) for key in keys if key in self._stamps}
