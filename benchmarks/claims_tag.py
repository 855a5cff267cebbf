"""The tag-question and hearsay focus claims of `benchmarks/claims_probe.py` (round twenty-four, written before any
code of that round changed): "Ale's focus is burglary, isn't it?", "Ales löfte handlar väl om klotter?", "jag
hörde att Ale satsar på trafik". The claimed focus is an everyday topic word, not an area's title, so the message
reads like a topic asked across all kommuner; the reply must confirm or correct it from the kommun's own entry.

Built from the entries with a fixed list of topics (Swedish, English, the stems that find them):
- `tag_focus`: a topic none of whose stems stands anywhere in the entry's file (a false claim: no yes, one of the
  entry's own area titles expected, about that kommun);
- `tag_true_focus`: a topic whose Swedish stem stands in a focus area's title (a true claim: confirmed first, the
  title of one of the focus areas any of its stems stands in expected). Mended before any code changed: first
  written with the keywords too (a keyword is no focus the bot may say yes to) and with "jobbar väl mest med"
  (a "mostly" the entry answers with "not only that").

Split by entry hash (sha1 of the id, even: `tag_develop`, odd: `tag_check`), every phrasing in both halves.
"""

from __future__ import annotations

import hashlib
import random
from typing import Any

from bot.answering.knowledge import Knowledge
from bot.text import fold

# Swedish, English, the stems (folded) whose presence in a text counts as the topic.
TOPICS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("inbrott", "burglary", ("inbrott", "burglar")),
    ("klotter", "graffiti", ("klotter", "graffiti")),
    ("trafiken", "traffic", ("trafik", "traffic")),
    ("narkotika", "drugs", ("narkotika", "drog", "drug", "narcotic")),
    ("våld i nära relationer", "domestic violence", ("nara relation", "domestic", "familjevald")),
    ("grannsamverkan", "neighbourhood watch", ("grannsamverkan", "neighbourhood watch")),
    ("skadegörelse", "vandalism", ("skadegorelse", "vandal")),
    ("bedrägerier", "fraud", ("bedrageri", "fraud")),
    ("alkohol", "alcohol", ("alkohol", "alcohol")),
    ("ungdomar", "young people", ("ungdom", "unga", "young")),
    ("nedskräpning", "littering", ("nedskrap", "litter")),
    ("vapen", "weapons", ("vapen", "weapon")),
)
# {k} the kommun, {kg} its genitive, {v} the topic in Swedish, {ve} in English; a trailing "!": asked folded.
TAG: tuple[str, ...] = (
    "{kg} löfte handlar väl om {v}?",
    "Jag hörde att {k} satsar på {v}",
    "{k}'s focus is {ve}, isn't it?",
    "{k} jobbar väl med {v}?",
    "I heard {k} is prioritising {ve}",
    "{kg} avtal handlar om {v}, eller hur?",
    "{k}'s promise is about {ve}, right?",
    "{kg} medborgarlöfte handlar väl om {v}!",
)


def tag_half(mid: str) -> str:
    return "tag_develop" if int(hashlib.sha1(mid.encode()).hexdigest(), 16) % 2 == 0 else "tag_check"


def _entry_text(path: str) -> str:
    try:
        return fold(open(path, encoding="utf-8").read())
    except OSError:
        return ""


def tag_probes(knowledge: Knowledge) -> list[Any]:
    from benchmarks.blind import ROOT
    from benchmarks.claims_probe import Probe, _ask

    out: list[Any] = []
    for mid in sorted(knowledge.municipalities):
        m = knowledge.municipalities[mid]
        areas = [a for a in m.areas if a.title]
        if not areas:
            continue
        rnd = random.Random(f"tag24{mid}")
        text = _entry_text(str(ROOT / "knowledge/municipalities" / f"{mid}.yaml"))
        false = [t for t in TOPICS if not any(s in text for s in t[2])]
        foci = [a for a in areas if a.kind == "focus_area"]
        true = [(t, tuple(a for a in foci if any(s in fold(a.title) for s in t[2])))
                for t in TOPICS if any(t[2][0] in fold(a.title) for a in foci)]
        own = tuple(x for a in areas for x in (a.title, a.title_en) if x)
        if false:
            sv, en, _ = rnd.choice(false)
            for i, t in enumerate(TAG):
                out.append(Probe("tag_focus", i, mid, _ask(t, m, sv, en), own))
        if true:
            (sv, en, _), matching = rnd.choice(true)
            titles = tuple(x for area in matching for x in (area.title, area.title_en) if x)
            for i, t in enumerate(TAG):
                out.append(Probe("tag_true_focus", i, mid, _ask(t, m, sv, en), titles, true=True))
    return out
