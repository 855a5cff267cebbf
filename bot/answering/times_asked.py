"""A day, an hour or a time of the week, the day or the year asked of an agreement ("när på veckan var
polisen på plats i Björbo?", "vilken tid är polisstationen öppen?", "what time of the week …?"). The
entry holds it in a sentence or an area's title ("varje helgfri torsdag kl. 10–11", "var tredje
fredagskväll", "vår och höst"), which shares no word with the question: without this frame "när" was
read as the agreement's period and the day was lost. Kept apart from detail_asks.py, which asks it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.answering.cues import CueSet
from bot.text import fold

# The question's frame: a time within a week, a day or a year, never "när" alone (the period's).
WHEN = CueSet.of({3: (
    "nar pa veckan", "nar i veckan", "nar pa dygnet", "nar pa dagen", "nar pa kvallen", "nar pa aret",
    "vilken dag", "vilka dagar", "vilken veckodag", "vilka veckodagar", "vilken tid", "vilka tider",
    "vilken tidpunkt", "vilket klockslag", "vilka klockslag", "vilken manad", "vilka manader", "nar pa helgen",
    "vilken arstid", "vilka arstider", "vilka tider pa", "vilka veckor", "vilken vecka",
    "nar brukar", "nar hander",  # a habit or an event asked of its time, never the agreement's period
    "what time", "what times", "which day", "which days", "what day", "what days", "which weekday",
    "what weekday", "when in the week", "when during the week", "what time of", "which time of",
    "when in the day", "what hours", "which hours", "which months", "what months", "which month",
    "what month", "when in the year", "which season", "what season")})
# "what time period does it cover?", "vilken tidsperiod gäller?", "vilka år omfattar det?", "what years does it
# cover?": the agreement's period, though "what time" asks a time of day. (Read beside the topics' cues, not among
# them: their words would be cue words everywhere, and "omfattar" is a subject a sentence may answer.)
A_PERIOD = re.compile(r"\b(?:time period|tidsperiod\w*|(?:vilka|which|what) (?:ar|years) (?:\w+ ){0,2}(?:omfattar|tacker|avser|"
                      r"galler|gallde|cover|covers|covered|span|spans|run|runs|ran))\b")
# "vad går löftet ut på?", "vad gick det ut på?" ask what it is about, where "när går det ut?" asks when it ends.
ABOUT = re.compile(r"^(?!.*\bnar\b).*\bvad\b.*\b(?:gar|gick|gatt)\b(?:\s+\w+){0,3}\s+ut\s+pa\b")
# In a sentence, the words that name a day, an hour or a time of the week, the day or the year.
_DAYS = ("mandag", "tisdag", "onsdag", "torsdag", "fredag", "lordag", "sondag", "helg", "vardag", "veckodag",
         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend", "weekday")
_TIMES = ("kvall", "natt", "morgon", "formiddag", "eftermiddag", "dagtid", "klockan", "evening", "night",
          "morning", "afternoon", "daytime", "o'clock")
_SEASONS = re.compile(r"\b(?:var och host|varen|hosten|sommar\w*|vinter\w*|spring and autumn|spring|autumn|summer"
                      r"|winter|dagar i veckan|days a week|per vecka|i veckan|a week)\b")
_CLOCK = re.compile(r"\b(?:kl\.?\s*\d|\d{1,2}[.:]\d\d\b|\d{1,2}\s*(?:am|pm)\b|\d{1,2}\s*[–-]\s*\d{1,2}\s*(?:am|pm))")


@lru_cache(maxsize=16384)
def says_when(sentence: str) -> bool:
    """Whether a sentence names a day, an hour or a time of the week, the day or the year ("varje helgfri
    torsdag mellan kl. 10.00 och 11.00", "var tredje fredagskväll", "Nattvandring under riskhelger")."""
    folded = fold(sentence)
    return (any(word in folded for word in (*_DAYS, *_TIMES)) or _SEASONS.search(folded) is not None
            or _CLOCK.search(folded) is not None)
