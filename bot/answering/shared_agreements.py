"""Whether the agreement talked about covers a neighbour too: "gäller det även i Vårgårda?" after
Herrljunga, whose medborgarlöfte names "Vårgårda, Alingsås och Lerums kommuner" among its parties.

    the kommun talked about, the kommun named next ──► line() ──► a first line before the named kommun's
                                                                  own answer (engine.py)

Said from the parties and partners the entry lists: "Ja: Herrljungas samverkan nämner … bland sina parter
och samarbetspartner" when one of them names the kommun, else that none does, before what applies there.
"""

from __future__ import annotations

import re

from bot.answering.compose import pick
from bot.answering.knowledge import Municipality, Party
from bot.answering.lexicon import CueSet
from bot.text import fold, genitive

# "gäller det även i …?", "också för …?", "does it apply in … too?", "is … covered as well?"
ALSO = CueSet.of({3: ("aven", "ocksa", "too", "also", "as well")})
APPLIES = CueSet.of({3: ("galler det", "galler den", "galler samma", "galler de", "omfattas", "ingar", "med i",
                         "apply", "applies", "cover*", "included", "the same")})


def asks_if_shared(norm: str) -> bool:
    """"Gäller det även i Vårgårda?": whether what was talked about applies in the kommun named."""
    return ALSO.found(norm) and APPLIES.found(norm)


def naming(muni: Municipality, other: Municipality) -> list[Party]:
    """The parties and partners of `muni`'s entry that name `other` ("Vårgårda, Alingsås och Lerums kommuner")."""
    name = re.escape(fold(other.name))
    return [p for p in (*muni.parties, *muni.partners) if re.search(rf"\b{name}s?\b", fold(p.name))]


def line(last: Municipality, named: Municipality, language: str) -> str:
    """The first line of the answer about `named` after `last` was talked about."""
    parties = naming(last, named)
    if parties:
        listed = ", ".join(pick(language, p.name, p.name_en or p.name) for p in parties)
        return pick(language, f"Ja: {genitive(last.name)} samverkan nämner {listed} bland sina parter och samarbetspartner.",
                    f"Yes: {last.name}'s cooperation names {listed} among its parties and partners.")
    return pick(language, f"{named.name} är inte bland parterna eller samarbetspartnerna i {genitive(last.name)} samverkan.",
                f"{named.name} is not among the parties or partners of {last.name}'s cooperation.")
