"""Every agreement of one kind, when the kind is asked of in the plural ("hur länge gäller Umeås
medborgarlöften?", "how long do Laholm's citizen promises run?"): a kommun that signed a promise for
each of several years has answered such a question with the newest alone, so the earlier ones' years
were lost. A year named still picks that year's agreement (followup.py), and a kind in the singular
("hur länge gäller löftet?") the newest."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.answering.knowledge import Agreement, Municipality

# The kinds' words in the plural, as a resident writes them (folded); "löftena" counts: "hur länge gäller
# löftena?" of a kommun with a promise a year asks them all.
_PLURALS = {
    "medborgarlofte": frozenset(("medborgarloften", "medborgarloftena", "medborgarloftens", "loften", "loftena",
                                 "promises")),
    "samverkansoverenskommelse": frozenset(("samverkansoverenskommelser", "samverkansoverenskommelserna",
                                            "samverkansavtalen", "overenskommelserna", "avtalen", "agreements")),
}


def narrowed(toks: Sequence[str], muni: Municipality, named: Agreement | None) -> Municipality | None:
    """`muni` with every agreement of the named one's kind, and the other kinds' left out, when the
    kind is asked in the plural and no year is; None otherwise (the named agreement answers)."""
    if named is None or not _PLURALS[named.kind] & set(toks) or any(len(t) == 4 and t.isdigit() for t in toks):
        return None
    kept = tuple(a for a in muni.agreements if a.kind == named.kind)
    return replace(muni, agreements=kept) if len(kept) > 1 else None
