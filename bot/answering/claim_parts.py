"""The parts of a joined claim, each checked in turn (claims.py): a claim that holds a year AND a place, a subject
or a signer is answered on its first false part, never "Ja" on the year alone.

    "Ales medborgarlöfte 2024 pekade ut Gusum, stämmer det?"   ──► "pekade ut" names a place, not when it ends
    "Var Gusum med i Ales löfte 2024?", "Was Gusum part of …?" ──► the place said to be in it, before "med i"
    "löftet i Ale 2024 gällde väl Gusum?"                       ──► "gällde", as "gäller", before a place
    "I read that Ale's 2018 promise was all about …"           ──► a year no agreement of the entry has: "Nej",
                                                                  before a focus of another year is confirmed
"""
from __future__ import annotations

from collections.abc import Sequence

from bot.answering.claim_times import within
from bot.answering.knowledge import Agreement, Municipality
from bot.answering.lexicon import AGREEMENT_STEMS
from bot.answering.matching import Place
from bot.text import fold

# Verbs that single a place or subject out with the particle "ut" ("pekade ut Gusum"): then "ut" is no end
# ("går ut 2030").
POINTING = ("pek", "utpek", "pointed", "pointing", "singled", "singling")
# "gällde väl Gusum", "har gällt Gusum": the past of "gäller", which claims.PLACE_BEFORE has.
PAST_OF_COVERING = frozenset(("gallde", "gallt", "galla", "pekade", "pekar", "pekat", "utpekade", "namnde", "namnt",
                              "mentioned", "highlighted", "targeted"))
# Words between the place and "med i" / "part of" ("Var Gusum också med i …", "Was Gusum really part of …").
BETWEEN = frozenset(("ocksa", "aven", "verkligen", "egentligen", "val", "ju", "really", "also", "actually", "ever"))
TAKING_PART = frozenset((("med", "i"), ("med", "pa"), ("part", "of"), ("included", "in"), ("named", "in"),
                         ("mentioned", "in"), ("nämnd", "i"), ("namnd", "i"), ("namnt", "i")))


def pointing(toks: Sequence[str]) -> bool:
    """"pekade ut", "pekar ut", "utpekade": the claim singles something out; its "ut" is no end."""
    return any(t.startswith(POINTING) for t in toks)


# "till" before an article or a possessive ("jag behöver det till en insändare", "till min artikel"): what the
# resident wants it for, no end of the agreement ("gäller till 2025", "till december").
_FOR_WHAT = frozenset(("en", "ett", "min", "mitt", "mina", "var", "vart", "vara", "din", "ditt", "dina", "er", "ert",
                       "sin", "sitt", "sina", "hans", "hennes", "deras"))


def tells_an_end(toks: Sequence[str], ends: frozenset[str], over: frozenset[str]) -> bool:
    """A word of the agreement's end or of its being over in the claim: not "pekade ut" (pointing) nor "till en …"."""
    return any(t in over or t in ends and not (t == "ut" and pointing(toks))
               and not (t == "till" and i + 1 < len(toks) and toks[i + 1] in _FOR_WHAT) for i, t in enumerate(toks))


def place_before(toks: Sequence[str], at: int) -> bool:
    """The word at `at` (before a place) names it as covered: "gällde", "pekade (…) ut"."""
    if at < 0:
        return False
    return toks[at] in PAST_OF_COVERING or toks[at] in ("ut", "out") and pointing(toks[:at])


# A verb of being in it before the place ("Ingick Gusum i …?", "Ingår Gusum i …?").
INCLUDED = frozenset(("ingick", "ingar", "ingatt", "ingaende"))


def taking_part(toks: Sequence[str], end: int, start: int = 0) -> bool:
    """The place from `start` to `end` is said to be in the agreement: "Gusum (också) med i", "Gusum part of",
    "Ingick Gusum i …"."""
    if 0 < start and toks[start - 1] in INCLUDED and toks[end:end + 1] == ["i"]:
        return True
    at = end
    while at < len(toks) and toks[at] in BETWEEN:
        at += 1
    return tuple(toks[at:at + 2]) in TAKING_PART


def outside(muni: Municipality, year: int | None, words: Sequence[str] = ("avtal",)) -> bool:
    """The claim's `words` put the year on the agreement ("Ale's 2018 promise"; not "certifierat 2019", a year of
    something else), and no agreement of the entry has it: before its first date or after its end, for every one,
    each dated (an agreement with no dates might have had it)."""
    if year is None or not muni.agreements or not any(w.startswith(AGREEMENT_STEMS) for w in words):
        return False
    for a in muni.agreements:
        first = a.start or a.signed
        if first is None:
            return False
        if first.year <= year and (a.end is None or year <= a.end.year) or a.signed is not None and a.signed.year == year:
            return False
    return True


def named_by_year(muni: Municipality, year: int | None) -> list[Agreement]:
    """The agreements a claimed year names: those whose period, start to end, holds it; one with no end given
    only by its first year (an open period would take in every later year, and so name nothing)."""
    if year is None:
        return []
    return [a for a in muni.agreements if (first := a.start or a.signed) is not None and within(year, a)
            and (a.end is not None or first.year == year)]


def the_kommun_itself(place: Place, muni: Municipality, after: Sequence[str] = ()) -> bool:
    """A name of the kommun asked about, no place a claim puts in it: its own name, its entry's aliases, or a
    short name kommuner.yaml lists, written bare ("The promise in Ö-vik is about Rondellplan": Örnsköldsvik, not
    a place the agreement fails to name). `after`: the word after it; "Visby kommun" claims a kommun of that name."""
    written = fold(place.via or place.name)
    return written in (fold(muni.name), *map(fold, muni.aliases)) or place.alias and place.municipality_id == muni.id \
        and not set(after) & _A_KOMMUN


_A_KOMMUN = frozenset(("kommun", "kommuns", "stad", "municipality"))
