"""A focus claimed with an everyday word that the entry's focus areas name: "Ånges löfte handlar väl om trafiken?",
"jag hörde att Alvesta satsar på ungdomar", "Ale's focus is traffic, isn't it?".

Words most entries hold ("trafik", "ungdomar", "narkotika") pick no sentence of the entry by their weight, so the
claim found no passage and was answered with the overview, or not checked at all, though the subject stands in a
focus area's title. Those focus areas are what the claim is checked against (claims.py): each one's first sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.answering.knowledge import Municipality
from bot.answering.passage_kinds import Passage
from bot.answering.passages import Passages
from bot.text import tokens

MAX_AREAS = 2


def holds(title: str, words: Sequence[str]) -> bool:
    """Every word stands in the title, as its stem begins a word of it (claims._a_focus's reading)."""
    held = tokens(title)
    return bool(words) and all(any(t.startswith(w[:max(5, len(w) - 2)]) for t in held) for w in words)


def titled(passages: Passages, muni: Municipality, words: Sequence[str], language: str) -> list[tuple[float, Passage]]:
    """The first sentence of each focus area (at most two) whose title holds every subject word; [] for none."""
    keys = [area.id for area in muni.areas if area.kind == "focus_area" and holds(f"{area.title} {area.title_en}", words)]
    first: dict[str, Passage] = {}
    for p in passages.of(muni.id, language):
        if p.kind == "area" and p.key in keys and p.key not in first:
            first[p.key] = p
    return [(1.0, first[k]) for k in keys if k in first][:MAX_AREAS]
