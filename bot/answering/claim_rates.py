"""How often and how long, as a claim states it and as the entry does (claims.py): "följs upp varje månad" when
the entry says "två gånger per år", "gäller i tio år" when its period is 2023–2026 or its text says "fyra år".

    a claim's words ──► rates(): times per year ("varje vecka" 52, "vart femte år" 0.2, "två gånger per år" 2,
                        "20 fotpatruller årligen" 20, "monthly" 12)
                   ──► years(): a length in years put on the agreement ("gäller i fem år", "runs for two years")
    the same read from the entry's passages and its agreements' periods and own sentences; a claim whose figure
    is none of the entry's is answered "Nej", then the entry's own words. Never "Ja" from these alone: a rate
    the entry shares may still be of something else.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from bot.answering.claim_checks import NUMBER_WORDS
from bot.answering.knowledge import Agreement
from bot.answering.passage_kinds import Passage
from bot.dates import MONTHS_EN, MONTHS_SV
from bot.text import fold, tokens

# Times a year a unit of time stands for, in either language and its inflections.
PER_YEAR = {"ar": 1.0, "aret": 1.0, "year": 1.0, "years": 1.0, "halvar": 2.0, "halvaret": 2.0, "kvartal": 4.0,
            "kvartalet": 4.0, "quarter": 4.0, "manad": 12.0, "manaden": 12.0, "month": 12.0, "vecka": 52.0,
            "veckan": 52.0, "week": 52.0, "dag": 365.0, "dagen": 365.0, "day": 365.0}
# Words that are a rate in themselves ("årligen", "monthly", "veckovis").
RATE_WORDS = {"arligen": 1.0, "annually": 1.0, "yearly": 1.0, "arsvis": 1.0, "manadsvis": 12.0, "monthly": 12.0,
              "manatligen": 12.0, "veckovis": 52.0, "weekly": 52.0, "dagligen": 365.0, "daily": 365.0,
              "kvartalsvis": 4.0, "quarterly": 4.0, "halvarsvis": 2.0}
EVERY = frozenset(("varje", "every", "each", "varenda"))
PER = frozenset(("per", "om", "i", "a", "an", "in", "under", "during"))  # "två gånger per år", "vid två tillfällen under året"
TIMES = frozenset(("gang", "ganger", "gangen", "times", "time", "tillfallen", "tillfalle", "once", "twice"))
# "vart annat år", "vart femte år", "every other year": once in so many years.
ORDINALS = {"annat": 2, "other": 2, "tredje": 3, "third": 3, "fjarde": 4, "fourth": 4, "femte": 5, "fifth": 5,
            "sjatte": 6, "sixth": 6, "tionde": 10, "tenth": 10}
COUNT_BEFORE = 3  # "20 fotpatruller årligen": the count may stand a word or two before the rate
YEAR_WORDS = frozenset(("ar", "aren", "years", "year", "arig", "arigt", "ariga"))
# A length put on the agreement: "gäller i tre år", "löper på tio år", "sträcker sig över sex år", "for five years".
LENGTH_BEFORE = frozenset(("i", "pa", "over", "for", "bara", "endast", "only", "just", "under", "kommande", "following",
                           "next"))  # "för de kommande tre åren"


# Larger counts of years or times a claim may name ("gäller i tjugo år", "fifteen years").
MORE_NUMBERS = {"femton": 15, "tjugo": 20, "trettio": 30, "fifteen": 15, "twenty": 20, "thirty": 30, "hundra": 100,
                "hundred": 100}


def _count(toks: Sequence[str], at: int) -> float | None:
    token = toks[at] if 0 <= at < len(toks) else ""
    if token.isdigit() and int(token) < 1000:
        return float(token)
    number = NUMBER_WORDS.get(token) or MORE_NUMBERS.get(token)
    return float(number) if number else None


def rates(toks: Sequence[str]) -> set[float]:
    """Times a year each rate of the tokens says (module doc)."""
    found: set[float] = set()
    for i, t in enumerate(toks):
        if t in RATE_WORDS:
            counts = [c for j in range(max(0, i - COUNT_BEFORE), i) if (c := _count(toks, j)) is not None]
            found.add(RATE_WORDS[t] * (counts[-1] if counts else 1.0))
        elif t in EVERY and i + 1 < len(toks) and toks[i + 1] in PER_YEAR:
            # "varje år i maj och november": as many times a year as months are named after it
            months = _months_after(toks, i + 2) if PER_YEAR[toks[i + 1]] == 1.0 else 0
            found.add(float(months) if months else PER_YEAR[toks[i + 1]])
        elif t in ("vart", "var", "every") and i + 2 < len(toks) and toks[i + 1] in ORDINALS \
                and toks[i + 2] in PER_YEAR:
            found.add(PER_YEAR[toks[i + 2]] / ORDINALS[toks[i + 1]])
        elif t in PER and i + 1 < len(toks) and toks[i + 1] in PER_YEAR and i >= 1 and toks[i - 1] in TIMES:
            times = 1.0 if toks[i - 1] in ("once", "time", "gang") else 2.0 if toks[i - 1] == "twice" else None
            if times is None:  # "tre till fyra gånger per år": each count said
                counts = [c for j in range(max(0, i - 4), i - 1) if (c := _count(toks, j)) is not None]
                found.update(c * PER_YEAR[toks[i + 1]] for c in counts or [1.0])
            else:
                found.add(times * PER_YEAR[toks[i + 1]])
    return found


MONTH_WORDS = frozenset(fold(name) for names in (MONTHS_SV, MONTHS_EN) for name in names)
MONTHS_JOINED = frozenset(("och", "and", "samt", "eller", "or"))


def _months_after(toks: Sequence[str], at: int) -> int:
    """How many months are named as a list from `at` on, after "i"/"in"/"under" ("i maj och november")."""
    if at >= len(toks) or toks[at] not in ("i", "in", "under", "during"):
        return 0
    count = 0
    for t in toks[at + 1:]:
        if t in MONTH_WORDS:
            count += 1
        elif t not in MONTHS_JOINED:
            break
    return count


# The words of a claim about how often the work is followed up, reported or reviewed, by their stems:
# such a rate is the entry's follow-up's to settle, though no other word of the claim is in it.
FOLLOW_UP_STEMS = ("folj", "uppfolj", "redovis", "utvarder", "revider", "avstamn", "lagesbild", "follow", "report",
                   "review", "revis", "evaluat", "check")


def contradicted(words: list[str], held: Sequence[Passage]) -> list[Passage]:
    """The entry's follow-up sentences when a claim of how often the work is followed up gives a rate that none
    of them gives ("följs upp varje vecka" against "två gånger per år"); [] when the claim names no such rate,
    is of something else, or a sentence agrees."""
    claimed = rates(words)
    # "stämmer av" is a follow-up, "stämmer det?" only a tag
    checked = any(w.startswith("stam") and words[i + 1:i + 2] == ["av"] for i, w in enumerate(words))
    if not claimed or not (checked or any(w.startswith(FOLLOW_UP_STEMS) for w in words)):
        return []
    rated = [p for p in held if p.kind == "follow_up" and rates(tokens(p.text))]
    given = set().union(*(rates(tokens(p.text)) for p in rated)) if rated else set()
    return rated if rated and not claimed & given else []


def claimed_years(toks: Sequence[str]) -> set[int]:
    """A length in years the claim puts on the agreement ("gäller bara ett år", "runs for five years")."""
    found = set()
    for i in range(1, len(toks) - 1):
        count = _count(toks, i)
        if count is not None and count < 100 and toks[i + 1] in YEAR_WORDS and toks[i - 1] in LENGTH_BEFORE:
            found.add(int(count))
    return found


def lengths(agreement: Agreement) -> set[int]:
    """The agreement's length in whole years: from its period (a start in January to an end in December, or
    years alone) and from its own sentences ("gäller i två år", "sträcker sig över fyra år")."""
    found = set()
    start, end = agreement.start, agreement.end
    if start is not None and end is not None and (start.month in (None, 1)) and (end.month in (None, 12)):
        found.add(end.year - start.year + 1)
    for sentence in own_sentences(agreement):
        found.update(n for n in claimed_years(tokens(sentence)) if n)
    return found


def possible_lengths(agreement: Agreement) -> set[int]:
    """The whole years an agreement with a first and a last year may run, when its months leave it open
    ("mars 2024 till 2027": three or four); one with no start runs from its signing."""
    start, end = agreement.start or agreement.signed, agreement.end
    if start is None or end is None or end.year < start.year:
        return set()
    return {max(1, end.year - start.year), end.year - start.year + 1}


def own_sentences(agreement: Agreement) -> list[str]:
    """The sentences of the agreement's quote and purpose that give a length in years."""
    found = []
    # the note on the signing ("för de kommande tre åren") only where the quote and purpose say no length
    for texts in ((agreement.quote, agreement.purpose), (agreement.signed_note,)):
        text = " ".join(str(t) for t in texts if t)
        found = [s.strip() for s in re.split(r"(?<=[.!?])\s*", text) if claimed_years(tokens(s))]
        if found:
            break
    return found


# A direction put on a subject ("minska kamerabevakningen", "utöka kamerabevakning", "fewer patrols"): the verb's
# stems, up or down. A claim that turns the direction of the entry's own words on the same subject is false.
_UP = frozenset(("oka", "okad", "okade", "okat", "okar", "okning", "okningen", "fler", "mer", "mera", "more",
                 "increase", "increased", "increasing", "expand", "expanded", "extend", "extended"))
_UP_STEMS = ("utok", "hoja", "hojd", "stark")
_DOWN = frozenset(("farre", "mindre", "fewer", "less", "cut", "cuts", "lower", "lowered"))
_DOWN_STEMS = ("minsk", "sank", "avveckl", "reduc", "decreas", "remov")
_STEM = 6  # letters of the subject that say it is the same ("kamerabevakningen", "kamerabevakning")
_BETWEEN = frozenset(("av", "pa", "den", "det", "de", "antalet", "the", "of", "on", "number", "sin", "sitt", "sina",
                      "their", "its", "kommunens", "polisens"))


def _directed(toks: Sequence[str]) -> dict[str, str]:
    """The subjects a direction is put on ({subject's stem: "up"/"down"}): the first word after a direction's verb,
    articles and "av"/"of" apart."""
    found: dict[str, str] = {}
    for i, t in enumerate(toks):
        way = "down" if t in _DOWN or t.startswith(_DOWN_STEMS) else "up" if t in _UP or t.startswith(_UP_STEMS) else ""
        if not way:
            continue
        j = i + 1
        while j < len(toks) and toks[j] in _BETWEEN:
            j += 1
        if j < len(toks) and len(toks[j]) >= _STEM and toks[j].isalpha():
            found.setdefault(toks[j][:_STEM], way)
    return found


def turned(claim_words: Sequence[str], texts: Sequence[str]) -> bool:
    """Whether the claim puts the opposite direction on a subject the entry's words (`texts`) put one on: "lovade att
    minska kamerabevakningen" against "Utöka kamerabevakning", "fewer foot patrols" against "fler fotpatruller"."""
    claimed = _directed(list(claim_words))
    held: dict[str, set[str]] = {}
    for text in texts:
        for subject, way in _directed(tokens(text)).items():
            held.setdefault(subject, set()).add(way)
    return any(way not in held.get(subject, {way}) for subject, way in claimed.items())
