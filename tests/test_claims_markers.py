"""The claim markers are looked up by their first or last word (bot/answering/claim_spans.py): the same
marker is found as by trying every marker in order, on token runs made of the markers' own words."""

from __future__ import annotations

import random
from collections.abc import Sequence

from bot.answering import claim_markers, claim_spans

MARKER_SETS = (claim_markers.MARKERS, claim_markers.INSTRUCTING, claim_markers.SAW_THAT, claim_markers.TOLD_AFTER,
               claim_spans.CLOSING)
WORDS = sorted({word for markers in MARKER_SETS for marker in markers for word in marker} | {"lund", "2030", "avtal"})


def _first_at(markers: Sequence[tuple[str, ...]], toks: list[str], start: int) -> tuple[str, ...] | None:
    return next((m for m in markers if tuple(toks[start:start + len(m)]) == m), None)


def _first_closing(markers: Sequence[tuple[str, ...]], toks: list[str]) -> tuple[str, ...] | None:
    return next((m for m in markers if len(toks) > len(m) and tuple(toks[-len(m):]) == m), None)


def test_indexed_markers_are_the_ones_a_scan_in_order_finds() -> None:
    rng = random.Random(31)
    starts = ((claim_markers.MARKERS, claim_spans.MARKERS_BY_FIRST),
              (claim_markers.INSTRUCTING, claim_spans.INSTRUCTING_BY_FIRST),
              (claim_markers.SAW_THAT, claim_spans.SAW_THAT_BY_FIRST))
    ends = ((claim_markers.TOLD_AFTER, claim_spans.TOLD_AFTER_BY_LAST),
            (claim_spans.CLOSING, claim_spans.CLOSING_BY_LAST))
    found = 0
    for _ in range(20000):
        toks = [rng.choice(WORDS) for _ in range(rng.randint(0, 7))]
        if rng.random() < 0.5:  # a whole marker somewhere, so that most runs hold one
            markers = rng.choice(MARKER_SETS)
            at = rng.randint(0, len(toks))
            toks[at:at] = list(rng.choice(markers))
        for markers, index in starts:
            for start in range(len(toks)):
                expected = _first_at(markers, toks, start)
                assert claim_spans.marker_at(index, toks, start) == expected, (toks, start)
                found += expected is not None
        for markers, index in ends:
            expected = _first_closing(markers, toks)
            assert claim_spans.marker_closing(index, toks) == expected, toks
            found += expected is not None
    assert found > 5000
