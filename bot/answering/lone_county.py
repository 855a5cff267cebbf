"""A county that holds one kommun, named: that kommun ("det gotländska löftet", "i Gotlands län").

Gotlands län holds one kommun, Gotland (Region Gotland). A question asked of the county asks of that kommun (its
agreement's sentences, people and period), not for a list across the county's kommuner, which would hold one line
and leave the question unanswered. Only when no kommun is named or left for the engine to tell apart: "Gotland i
Gotlands län" is named already, and a county with several kommuner stays a filter on them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.answering.matching import PlaceScan
    from bot.answering.places import Kommun, Places


def named(places: Places, scan: PlaceScan) -> list[tuple[Kommun, int, int]]:
    """Each one-kommun county the scan found, with no kommun named: its kommun and the county's token span."""
    if scan.mentions or scan.twins:
        return []
    found = []
    for region in scan.regions:
        inside = [k for k in places.kommuner.values() if k.county == region.name] if region.kind == "county" else []
        if len(inside) == 1:
            found.append((inside[0], region.start, region.end))
    return found
