"""A kommun's name said as a district of another kommun: "vad gäller på Sjöbo?".

Sjöbo is a kommun in Skåne and a district of Borås. Swedish puts "på" before a part of a town ("på Sjöbo", "på
Hisingen") and "i" before a kommun ("i Sjöbo"), so a kommun's name after "på" that is a district of exactly one
other kommun is read as that district; "Sjöbo kommun" stays the kommun, as does a name with nothing that tells
the two apart (the scan's own rules decide it). Two kommuner whose joint promise names each other's town (Högsby
and Mönsterås) are no district of each other, and stay themselves.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from bot.text import tokens

if TYPE_CHECKING:
    from bot.answering.matching import PlaceScan
    from bot.answering.places import Places

_KOMMUN_AFTER = (["kommun"], ["kommuns"], ["municipality"])


def district_after_pa(places: Places, folded: list[str], scan: PlaceScan) -> None:
    """Each kommun named right after "på" that is one other kommun's district becomes that district."""
    for index, mention in enumerate(scan.mentions):
        if mention.place.via or mention.start == 0 or folded[mention.start - 1] != "pa" \
                or folded[mention.end:mention.end + 1] in _KOMMUN_AFTER:
            continue
        inner = [k for k in places.inner_districts.get(" ".join(folded[mention.start:mention.end]), ())
                 if k.id != mention.place.kommun_id]
        if len(inner) != 1 or mention.place.kommun_id in {
                k.id for k in places.inner_districts.get(" ".join(tokens(inner[0].name)), ())}:
            continue
        home = inner[0]
        place = replace(mention.place, name=home.name, municipality_id=home.entry.id if home.entry else None,
                        via=mention.place.name, kommun_id=home.id)
        scan.mentions[index] = replace(mention, place=place)
