"""A focus claimed with an everyday word that the entry's focus areas name: "Ånges löfte handlar väl om trafiken?",
"jag hörde att Alvesta satsar på ungdomar", "Ale's focus is traffic, isn't it?".

Words most entries hold ("trafik", "ungdomar", "narkotika") pick no sentence of the entry by their weight, so the
claim found no passage and was answered with the overview, or not checked at all, though the subject stands in a
focus area's title. Those focus areas are what the claim is checked against (claims.py): each one's first sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.answering import compose, periods
from bot.answering.knowledge import Agreement, Municipality
from bot.answering.passage_kinds import Passage
from bot.answering.passages import Passages
from bot.text import tokens

MAX_AREAS = 2
ONLY = frozenset(("bara", "endast", "enbart", "mest", "framst", "only", "mainly", "mostly", "solely", "huvudsakligen"))  # "handlar bara om trafik": a focus the entry has, but not all


def _prefix(word: str) -> str:
    """What a title's word must begin with to hold `word`: all but its last two letters, at least five; an English
    plural of five letters without its "s" ("drugs" in "Drug-related crime", "gangs" in "gang crime")."""
    return word[:-1] if len(word) == 5 and word.endswith("s") else word[:max(5, len(word) - 2)]


def holds(title: str, words: Sequence[str]) -> bool:
    """Every word stands in the title, as its stem begins a word of it (a_focus's reading)."""
    held = tokens(title)
    return bool(words) and all(any(t.startswith(_prefix(w)) for t in held) for w in words)


def titled(passages: Passages, muni: Municipality, words: Sequence[str], language: str) -> list[tuple[float, Passage]]:
    """The first sentence of each focus area (at most two) whose title holds every subject word; [] for none."""
    focus = [area for area in muni.areas if area.kind == "focus_area"]
    keys = [area.id for area in focus if holds(f"{area.title} {area.title_en}", words)]
    if not keys and len(words) > 1:  # "tar upp narkotika och bedrägerier": each subject's own area, when each has one
        each = [next((a.id for a in focus if holds(f"{a.title} {a.title_en}", [w])), None) for w in words]
        keys = list(dict.fromkeys(k for k in each if k is not None)) if all(each) else []
    first: dict[str, Passage] = {}
    for p in passages.of(muni.id, language):
        if p.kind == "area" and p.key in keys and p.key not in first:
            first[p.key] = p
    return [(1.0, first[k]) for k in keys if k in first][:MAX_AREAS]


def a_focus(agreements: Sequence[Agreement], words: Sequence[str], claimed: Sequence[str]) -> bool:
    """Every subject word of the claim stands in a focus area's title of the agreements ("Nässjö satsar väl på
    trafikmiljön?"), and the claim does not say "only" or "mostly": a claim the entry confirms."""
    if not words or ONLY & set(claimed):
        return False
    titles = {t for a in agreements for area in a.areas if area.kind == "focus_area"
              for t in tokens(f"{area.title} {area.title_en}")}
    return all(any(t.startswith(_prefix(w)) for t in titles) for w in words)


def other_agreement(named: Sequence[Agreement], language: str) -> str:
    """"Nej" for the agreement a claimed year names, with its own focus areas (or that it names none)."""
    lines = []
    for agreement in named:
        areas = [compose.pick(language, a.title, a.title_en or a.title) for a in agreement.areas if a.kind == "focus_area"]
        titled = periods.titled(agreement, language)
        lines.append(compose.pick(language, f"Enligt källan har {titled} de här fokusområdena: "
                                  f"{compose.join_words(areas, 'sv')}."
                                  if areas else f"Enligt källan anger {titled} inga fokusområden.",
                                  f"In the {titled} the focus areas are: {compose.join_words(areas, 'en')}."
                                  if areas else f"The {titled} names no focus areas."))
    lead = compose.pick(language, "Nej, det stämmer inte för avtalet från de åren.",
                        "No, that is not right for the agreement of those years.")
    return " ".join([lead, *lines]) + "\n\n"
