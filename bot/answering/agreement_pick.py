"""Which of a kommun's agreements a question names, when the entry holds several (issue #31 items 1 and 5).

"Vad handlar Sölvesborgs medborgarlöfte 2022 om?", "Orsa: vad handlar löftet från november 2019 om?", "What does
Göteborg's 2023 promise focus on?", "vilka fokusområden har samverkansöverenskommelsen i Mörbylånga?": answered as
usual these got every agreement of the kommun, newest first, so the one asked for stood among the others and a
reply read as the newest's. The message's own words pick among the entry's agreements:

    its kind's word (followup.AGREEMENT_KINDS)  ─► the agreements of that kind (when the entry has any)
    a month and a year ("november 2019")        ─► those that began or were signed that month
    a year ("2023")                             ─► those whose first or last year it is (of those, the ones
                                                   whose years the message gives most of); else those whose
                                                   period holds it (year_named.named)
    nothing picked, or every agreement          ─► None (the answer as before; years_asked.py says when a year
                                                   names none of them)

An agreement of the kind not asked for is dropped too: "medborgarlöftet 2024" is not the samverkansöverenskommelse
that runs through 2024. The sources only the dropped agreements cite go with them, as for a district's promise
(district_agreements.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answering import clauses, year_named
from bot.answering.district_agreements import cited
from bot.answering.knowledge import Agreement, Municipality
from bot.dates import MONTHS_EN, MONTHS_SV
from bot.text import fold

if TYPE_CHECKING:
    from bot.answering.cues import CueSet

# The topics asked of an agreement as a whole, whose answer lists each agreement's areas.
PICKED_TOPICS = ("overview", "focus")
_MONTHS = {fold(name): n for names in (MONTHS_SV, MONTHS_EN) for n, name in enumerate(names, start=1)}
FIRST_YEAR, LAST_YEAR = 2000, 2100
_PROMISE = frozenset(("promise", "promises"))
# "the 2019 promise", "Ale's promise", not the verb ("which position did Falkenberg promise to fill?")
_NOUN_BEFORE = frozenset(("the", "s", "its", "their", "this", "that", "a", "latest", "new", "newest", "old", "first",
                          "last", "previous", "earlier", "older", "current"))


def _years(words: Sequence[str]) -> list[int]:
    return [int(t) for t in words if len(t) == 4 and t.isdigit() and FIRST_YEAR < int(t) < LAST_YEAR]


def _months(words: Sequence[str]) -> list[tuple[int, int]]:
    """(year, month) pairs said as "november 2019"."""
    return [(int(words[i + 1]), _MONTHS[w]) for i, w in enumerate(words[:-1])
            if w in _MONTHS and words[i + 1] in {str(y) for y in _years(words)}]


def _began(agreement: Agreement, year: int, month: int) -> bool:
    return any(d is not None and d.year == year and d.month == month for d in (agreement.start, agreement.signed))


def by_month(words: Sequence[str], agreement: Agreement) -> bool:
    """Whether the message names `agreement` by the month and year it began or was signed ("avtalet från
    november 2022" of one signed 25 November 2022 for 2023–2024): named so, its period need not hold the year."""
    return any(_began(agreement, y, m) for y, m in _months(list(words)))


def _by_year(muni: Municipality, pool: list[Agreement], years: list[int]) -> list[Agreement]:
    asked = set(years)
    shared = {a.id: len(asked & {d.year for d in (a.start or a.signed, a.end) if d is not None}) for a in pool}
    best = max(shared.values(), default=0)
    if best:
        return [a for a in pool if shared[a.id] == best]
    held = year_named.named(replace(muni, agreements=tuple(pool)), years)
    return held


def picked(text: str, words: Sequence[str], norm: str, muni: Municipality,
           kinds: Mapping[str, CueSet]) -> tuple[Agreement, ...] | None:
    """The agreements of `muni` the message's words name, when they are some of its agreements and not all."""
    if len(muni.agreements) < 2 or len(clauses.split(text)) > 1:
        return None  # "Vad fokuserar Vänersborg på nu och vilka områden valdes 2020?": each ask picks its own
    named_kinds = [kind for kind, cues in kinds.items() if cues.found(norm)]
    pool = list(muni.agreements)
    if not named_kinds and any(w in _PROMISE and i and (words[i - 1] in _NOUN_BEFORE or words[i - 1].isdigit())
                               for i, w in enumerate(words)):
        named_kinds = ["medborgarlofte"]  # "the 2019 promise": English has no other word for a löfte
    if len(named_kinds) == 1:
        pool = [a for a in pool if a.kind == named_kinds[0]] or pool
    months = _months(list(words))
    years = _years(words)
    if months:
        pool = [a for a in pool if by_month(words, a)] or _by_year(muni, pool, years)
    elif years:
        pool = _by_year(muni, pool, years)
    if not pool or len(pool) == len(muni.agreements):
        return None
    return tuple(pool)


def narrowed(text: str, words: Sequence[str], norm: str, muni: Municipality,
             kinds: Mapping[str, CueSet]) -> Municipality | None:
    """`muni` with only the agreements the message names, without the sources only the others cite; None when it
    names no agreement apart."""
    kept = picked(text, words, norm, muni, kinds)
    if kept is None:
        return None
    rest = {p.source_id for p in muni.people} | {f.source_id for f in muni.facts} | {m.source_id for m in muni.measurements}
    rest |= {t.source_id for t in (*muni.methods, *muni.follow_up)}
    rest |= {muni.contact.source_id} if muni.contact is not None else set()
    rest |= {muni.renewal.source_id} if muni.renewal is not None else set()
    others = cited(a for a in muni.agreements if a not in kept) - cited(kept) - rest
    return replace(muni, agreements=kept, sources=tuple(s for s in muni.sources if s.id not in others),
                   left_out=tuple(a for a in muni.agreements if a not in kept))
