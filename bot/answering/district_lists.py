"""Which parts of a kommun have agreements of their own ("vilka stadsdelar i Göteborg har egna
medborgarlöften?", "which parts of Gothenburg have their own citizen promises?"): the kommun's
agreements whose titles name a district, a neighbourhood or a place within it ("Medborgarlöfte
Biskopsgården 2023–2024", "Medborgarlöfte för Skäggetorp (lokalt)", "… – Hedbo i Skene"), each with its
status. The question shares no word with any sentence of the entry, so it had been answered from
whatever sentence its words picked (Göteborg's basis sentences) and the list was lost. What one
district's agreement says is district_agreements.py's."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from bot.answering.compose import pick
from bot.answering.knowledge import Agreement, Municipality
from bot.answering.periods import status_phrase
from bot.text import fold, genitive

# The kinds of part asked about, then "own" or "har … löfte": the frame of the question.
_PARTS = frozenset(("stadsdelar", "stadsdel", "delar", "omraden", "bostadsomraden", "bydelar", "kommundelar",
                    "parts", "districts", "neighbourhoods", "neighborhoods", "areas", "neighbourhood", "district"))
_OWN = frozenset(("egna", "eget", "egen", "own", "separate", "sarskilda"))
_AGREEMENT_WORDS = ("lofte", "loften", "medborgarlofte", "avtal", "overenskommels", "promise", "agreement")
# Capitalised words of a title that name no district: the parties, the kind.
_NOT_PLACES = ("polis", "kommun", "medborgarlofte", "samverkan", "overenskommelse")


def asked(toks: Sequence[str]) -> bool:
    """Whether the message asks which parts of the kommun have agreements of their own."""
    words = set(toks)
    which = bool(words & {"vilka", "vilken", "which", "what"})
    return which and bool(words & _PARTS) and bool(words & _OWN) and any(
        t.startswith(_AGREEMENT_WORDS) or t.endswith(_AGREEMENT_WORDS) for t in toks)


def for_districts(muni: Municipality, kommuner: frozenset[str]) -> list[Agreement]:
    """The agreements whose Swedish titles name a place within the kommun: a capitalised word after the
    title's first that is no kommun's name (its genitive included), nor a police area's or region's,
    nor an abbreviation ("SSPF"); a title naming its parties ("… mellan X och Y") names no district."""
    found = []
    for agreement in muni.agreements:
        title = re.sub(r"\b(?:[Ll]okalpolisområde\w*|Region|Polisregion)(?:\s+[A-ZÅÄÖ][\w/-]*)+", " ", agreement.title)
        if re.search(r"\b(?:mellan|between)\b", title):
            continue
        words = re.findall(r"[^\W\d_]+", re.sub(rf"\b{re.escape(muni.name)}s?\b", " ", title))[1:]
        # "Sjöbo" is a kommun too, and a part of Borås the entry lists among its places
        local = {fold(name) for name in muni.localities}
        if any(word[:1].isupper() and not word.isupper() and (fold(word) not in kommuner or fold(word) in local)
               and fold(word).removesuffix("s") not in kommuner and not fold(word).startswith(_NOT_PLACES)
               for word in words):
            found.append(agreement)
    return found


def answer(muni: Municipality, kommuner: frozenset[str], today: dt.date,
           language: str) -> tuple[str, list[str]] | None:
    """The list and the sources it rests on, or None when no agreement is named for a part; `kommuner`:
    every kommun's name, folded."""
    named = for_districts(muni, kommuner)
    if not named:
        return None
    lines = [f"• {pick(language, a.title, a.title_en or a.title)} ({status_phrase(a, today, language, ask=False)})"
             for a in named]
    head = pick(language, f"De här av {genitive(muni.name)} överenskommelser gäller en del av kommunen:",
                f"These of {muni.name}'s agreements are for a part of the municipality:")
    return "\n".join([head, *lines]), [a.source_id for a in named]
