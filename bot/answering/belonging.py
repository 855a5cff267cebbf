"""Where a kommun belongs: its county, and the other kommuner of its lokalpolisområde.

    "vilket län ligger Emmaboda i", "which county is Varberg in"        ──► "Emmaboda ligger i Kalmar län."
    "vilka andra kommuner ingår i det?" after Lomma's police area,
    "vilka kommuner delar lokalpolisområde med dem?"                     ──► the police area's kommuner

Asked alone, after an answer about the kommun, or as one of several questions (bot/answering/clauses.py):
the kommun is the one named, else the one talked about. The county is kommuner.yaml's; a police
area's kommuner are the entries that name it (`members`, which the list of a police area uses too).
"""

from __future__ import annotations

import re

from bot.answering import compose
from bot.answering.answer import Answer
from bot.answering.compose import pick
from bot.answering.knowledge import Knowledge, Municipality
from bot.answering.lexicon import CueSet
from bot.text import fold, swedish_key

# Asking which county ("vilket län", "i vilket lan", "which county", "what county").
COUNTY_ASKED = CueSet.of({3: ("vilket lan", "vilken lan", "which county", "what county", "in which county")})
# Asking which kommuner (other ones, more of them) share something.
KOMMUNER = CueSet.of({3: ("kommuner", "kommunerna", "municipalities", "councils", "towns")})
# The police area, by its word or pointed back at after an answer that named it.
POLICE_AREA = CueSet.of({3: ("lokalpolisomrade*", "polisomrade*", "police area*", "local police")})
OTHERS = CueSet.of({3: ("andra", "fler", "ovriga", "mer", "dela*", "delar", "ingar", "other*", "else", "more",
                        "share*", "belong*", "included", "tillhor", "hor till", "also", "ocksa", "aven")})
_POINTS_BACK = re.compile(r"\b(?:det|den|där|dar|dit|it|that|there|dem|them|dom)\b", re.IGNORECASE)


def members(knowledge: Knowledge, area: str, searched: bool = False) -> list[Municipality]:
    """The kommuner whose entries name lokalpolisområde `area` ("Luleå/Boden", "Kungälv-Ale": either
    half names the area too); `searched`: with the kommuner searched for without an agreement found
    (Ragunda, in lokalpolisområde Östersund), which are in the area without working with it in one."""
    entries = [*knowledge.municipalities.values(), *(knowledge.unpublished.values() if searched else ())]
    return [m for m in entries
            if m.police_area and (fold(area) == fold(m.police_area) or fold(area) in re.split(r"[/-]", fold(m.police_area)))]


def asks_county(norm: str, names_a_county: bool) -> bool:
    """"Vilket län ligger X i?": the county asked, not a county named ("vilka i Skåne län?")."""
    return not names_a_county and COUNTY_ASKED.found(norm)


def asks_area_members(norm: str, text: str, last_topic: str | None) -> bool:
    """"Vilka andra kommuner ingår i det?" after a police area's answer, "vilka kommuner delar
    lokalpolisområde med dem?": the other kommuner of the police area, not every kommun."""
    if not KOMMUNER.found(norm) or not OTHERS.found(norm):
        return False
    return POLICE_AREA.found(norm) or (last_topic == "parties" and bool(_POINTS_BACK.search(text)))


def county(muni: Municipality, language: str) -> Answer:
    name = muni.county or ""
    text = pick(language, f"{muni.name} ligger i {name}." if name else f"Jag vet inte vilket län {muni.name} ligger i.",
                f"{muni.name} is in {name}." if name else f"I don't know which county {muni.name} is in.")
    return Answer(bool(name), muni.id, "county", text, language=language)


def area_members(knowledge: Knowledge, muni: Municipality, language: str) -> Answer:
    """The kommuner of `muni`'s lokalpolisområde, as their entries name it."""
    if not muni.police_area:
        return Answer(False, muni.id, "parties", pick(
            language, f"Källorna för {muni.name} anger inget lokalpolisområde.",
            f"The sources for {muni.name} name no local police area."), language=language)
    names = sorted({m.name for m in members(knowledge, muni.police_area, searched=True)}, key=swedish_key)
    others = [n for n in names if n != muni.name]
    if not others:
        text = pick(language, f"Lokalpolisområde {muni.police_area}: jag har ingen annan kommun i det än {muni.name}.",
                    f"Local police area {muni.police_area}: I have no municipality in it besides {muni.name}.")
    else:
        text = pick(language, f"I lokalpolisområde {muni.police_area} ingår: {compose.join_words(names, language)}.",
                    f"The local police area {muni.police_area} covers: {compose.join_words(names, language)}.")
    return Answer(True, muni.id, "parties", text, language=language)
