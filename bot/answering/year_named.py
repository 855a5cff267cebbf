"""The agreements a year names, and whether a signer claimed with a year signed that year's agreement.

A year names the agreements whose period holds it; one with no end given only by its first year (an open period
takes in every later year, and so names none of them). Kept apart from claims.py and claim_checks.py, which both
read it, and from the answers' modules, so that it imports nothing of theirs.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.answering import lexicon
from bot.answering.knowledge import Agreement, Municipality
from bot.text import tokens

MIN_PART = 5  # a word's part counts as the word from this many letters ("kommunalrådet" holds "kommunalrad")


def within(year: int, agreement: Agreement) -> bool:
    """The year falls in the agreement's period (from its start, else its signing, to its end; with no end, on)."""
    begins = agreement.start or agreement.signed
    return begins is not None and begins.year <= year and (agreement.end is None or year <= agreement.end.year)


def named(muni: Municipality, years: Sequence[int]) -> list[Agreement]:
    """The agreements the years asked name: those whose period holds one of them; one with no end given only by
    its first year (an open period takes in every later year, and so names none of them)."""
    out = []
    for agreement in muni.agreements:
        first = agreement.start or agreement.signed
        if first is not None and any(within(y, agreement) and (agreement.end is not None or first.year == y)
                                     for y in years):
            out.append(agreement)
    return out


def signed_in_year(muni: Municipality, year: int | None, names: Sequence[Sequence[str]], roles: Sequence[str],
                   other: str) -> bool | None:
    """Whether the signer a claim names with a year ("löftet 2020 undertecknades av landshövdingen") is in the note
    on the signing of the agreement that year names, when the entry notes more than one agreement's signing: a
    signer of another agreement is no signer of this one. None when the year names no agreement with a note of its
    own (the signers are then checked against all of the entry's)."""
    noted = [a for a in muni.agreements if a.signed_note]
    of_year = [a for a in named(muni, [year]) if a.signed_note] if year is not None else []
    if not of_year or len(of_year) == len(noted):
        return None
    held = [t for a in of_year for t in tokens(f"{a.signed_note} {a.signed_note_en}")]
    norm = " ".join(held)
    if names:
        return all(any(tuple(held[i:i + len(n)]) == tuple(n) for i in range(len(held))) for n in names)
    if roles:
        return any(lexicon.ROLES[role].found(norm) for role in roles)
    return any(t == other or len(t) >= MIN_PART and (other.startswith(t) or t.startswith(other)) for t in held)
