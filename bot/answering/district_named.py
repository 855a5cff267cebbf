"""A part of the kommun talked about, asked by a name its entry gives it: "och den lokala för
Rosengård?", "and the one for Sjöbo?", "och löftet för city?" after Örebro, "var ligger Sjöbo, är det
ett bostadsområde?" after Borås.

Read alone, such a name is what the place index makes of it: Sjöbo is a kommun of its own, "city" and
"resecentrum" are no place at all, so the follow-up went to Sjöbo kommun or to the bot's introduction.
After a kommun whose agreements name it (an agreement's title, "Medborgarlöfte 2024–2025 med fokus på
Sjöbo", or an area's, "Särskilt nära samarbete i Hässleholmen/Hulta och Norrby"), asked as a part of a
kommun (the one for X, where X lies, whether X is a district), it is the kommun talked about, reached
through that name: bot/answering/reading.py puts it in the reading as such (`rescoped`), and
bot/answering/other_kind.py keeps to the agreement named for it (`titled`). "Och Sjöbo?" alone still
asks the same of Sjöbo kommun.
"""

from __future__ import annotations

import re

from bot.answering import shared_agreements
from bot.answering.knowledge import Agreement, Municipality
from bot.answering.matching import Mention, Place, PlaceScan
from bot.text import fold, tokens

# The one for X: "den (lokala) för X", "löftet för X", "the one for X", "the local one in X"; never "de"
# ("hur jobbar de med ungdomarna?": they, the parties) nor "med", which says how, not for what part.
_ONE_FOR = re.compile(r"\b(?:den|det|one|ones|that|lofte\w*|medborgarlofte\w*|avtal\w*|overenskommelse\w*|"
                      r"samverkansoverenskommelse\w*|promise|agreement)\s+(?:lokala\s+|local\s+|egna\s+|own\s+|"
                      r"sarskilda\s+|special\s+)?(?:for|i|pa|on|in|about)\s+(?:the\s+|en\s+)?(\w+)")
# Where X lies, or whether it is a part of a kommun: "var ligger X", "where is X", "X, är det ett
# bostadsområde?", "är X en stadsdel?".
_WHERE = re.compile(r"\b(?:var ligger|vart ligger|where is|where s|wheres|var finns)\s+(\w+)")
_PART = re.compile(r"^(?:och\s+|and\s+)?(\w+)\s+(?:ar det|is it|is that|ar det har|vad ar det)\b|"
                   r"\bar\s+(\w+)\s+(?:ett|en)\s+(?:bostadsomrade|stadsdel|omrade|ort|del)")
# Words of the part asked ("bostadsområde", "stadsdel", "district"): what makes "X, är det …?" ask of a place.
PART_WORDS = ("bostadsomrade", "stadsdel", "omrade", "district", "neighbourhood", "neighborhood", "residential",
              "area", "ort", "ligger", "where")
_GENERIC = frozenset(("kommun", "kommunen", "stad", "staden", "hela", "alla", "den", "det", "the", "whole", "all",
                      "samma", "same", "nya", "new", "förra", "forra", "old", "gamla", "ar", "year"))
MIN_WORD = 4
# The words that ask for "the local one" ("den lokala för", "the one for"): no subject to look for in its text.
ASKING_TERMS = frozenset(("lokala", "lokal", "local", "one", "ones", "egna", "own", "sarskilda", "special"))


def asked_word(norm: str) -> str | None:
    """The name asked of as a part of a kommun, folded, or None."""
    for pattern in (_ONE_FOR, _WHERE):
        for match in pattern.finditer(norm):
            word = match.group(1)
            if len(word) >= MIN_WORD and word not in _GENERIC and not word.isdigit():
                return word
    part = _PART.search(norm)
    if part is not None and any(w in norm for w in PART_WORDS):
        word = part.group(1) or part.group(2)
        if word and len(word) >= MIN_WORD and word not in _GENERIC:
            return word
    return None


def _holds(text: str, word: str) -> bool:
    """A word of `text` is `word` or an inflection or compound of it ("Solgården": "Solgårdsområdet")."""
    stem = word[:max(MIN_WORD, len(word) - 2)]
    return any(t == word or t.startswith(stem) for t in tokens(text))


def agreement_naming(muni: Municipality, word: str) -> Agreement | None:
    """The one agreement of `muni` whose title names `word`, else the one whose areas' titles do."""
    if any(word == t for t in tokens(muni.name)):
        return None
    for texts in ((lambda a: [a.title]), (lambda a: [area.title for area in a.areas])):
        named = [a for a in muni.agreements if any(_holds(fold(t), word) for t in texts(a) if t)]
        if len(named) == 1:
            return named[0]
        if named:
            return None  # several name it: none is "the one for X"
    return None


def rescoped(scan: PlaceScan, raw: list[str], norm: str, muni: Municipality | None) -> PlaceScan:
    """`scan` with the name asked of as a part of `muni` (the kommun talked about) made a mention of
    `muni` through it, when `muni`'s agreements name it; `scan` as it is otherwise."""
    if muni is None or scan.regions or len(scan.mentions) > 1:
        return scan
    word = asked_word(norm)
    if word is None or (scan.mentions and scan.mentions[0].place.municipality_id == muni.id):
        return scan
    if agreement_naming(muni, word) is None:
        return scan
    folded = [fold(t) for t in raw]
    at = next((i for i, t in enumerate(folded) if t == word or t.startswith(word[:max(MIN_WORD, len(word) - 2)])), None)
    if at is None:
        return scan
    if scan.mentions and not (scan.mentions[0].start <= at < scan.mentions[0].end):
        return scan  # another place is named beside it: that one is asked of
    if scan.mentions and shared_agreements.naming_name(muni, scan.mentions[0].place.name):
        return scan  # "gäller samma avtal för Sundbyberg?" after Solna: the kommun that signed beside it, itself
    # A place the index knows (Sjöbo) is said to lie in the kommun; a word that is no place ("city",
    # "resecentrum") only leads to it, with no "City ligger i Örebro kommun" before the answer.
    via = scan.mentions[0].place.name if scan.mentions else ""  # "Sjöbo" as the other kommun's name is spelt
    place = Place(muni.name, muni.id, via, muni.id)
    used = (scan.used - set(range(scan.mentions[0].start, scan.mentions[0].end)) if scan.mentions else scan.used) | {at}
    return PlaceScan(mentions=[Mention(place, at, at + 1)], near_misses=[], used=used, regions=[], twins=[])

