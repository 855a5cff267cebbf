"""An agreement named for a district: Göteborg's medborgarlöften are each a district's ("Medborgarlöfte
Biskopsgården 2023–2024"), Malmö's is Rosengård's and Linköping has one of Skäggetorp's own. A question
about the district is about that agreement, not the kommun's newest of the kind (Biskopsgården got Hisings
Backa's); an agreement of another kind, kommun-wide, holds for the district too and stays."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answering.knowledge import Agreement, Municipality
from bot.text import tokens

if TYPE_CHECKING:  # the reading imports the follow-ups, which narrow by this module
    from bot.answering.reading import Reading

_NAMED_FOR = r"(?:medborgarloften?|samverkansoverenskommelsen?) (?:(?:for|i) )?"


def agreement_of_district(r: Reading, muni: Municipality) -> Agreement | None:
    """The one agreement of `muni` named for the district the message names ("Medborgarlöfte för
    Skäggetorp"); not one whose title only mentions a town ("Medborgarlöfte 2017 – trygghet i och runt
    resecentrum i Mölnlycke"), where the kommun's other agreements hold too."""
    if len(muni.agreements) < 2:
        return None
    written = {" ".join(tokens(m.place.via)) for m in r.known if m.place.via and m.place.municipality_id == muni.id}
    named = [a for a in muni.agreements
             if any(re.match(rf"{_NAMED_FOR}{re.escape(w)}\b", " ".join(tokens(a.title))) for w in written if w)]
    return named[0] if len(named) == 1 else None


def narrowed(r: Reading, muni: Municipality) -> Municipality | None:
    """`muni` with, of the district's agreement's kind, that agreement only, and without the sources
    only the others cite; None when the message names no district an agreement is named for."""
    district = agreement_of_district(r, muni)
    if district is None:
        return None
    kept = tuple(a for a in muni.agreements if a is district or a.kind != district.kind)
    others = cited(a for a in muni.agreements if a not in kept) - cited(kept)
    return replace(muni, agreements=kept, sources=tuple(s for s in muni.sources if s.id not in others))


def cited(agreements: Iterable[Agreement]) -> set[str]:
    """The sources agreements and their areas cite."""
    return {i for a in agreements for i in (a.source_id, *(area.source_id for area in a.areas))}
