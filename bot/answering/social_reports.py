"""A report to social services about the resident's own family (round nineteen): "förskolan har gjort
en orosanmälan om min son", "soc har inlett en utredning om mina barn", "social services got a report
of concern about my kids". The model reads a child at risk in them and answered with Bris, a line for
children, as if the resident were the child. knowledge/helplines.yaml's `socialtjansten-anmalan` line
answers them: the case is asked about at social services in one's kommun.

Read as one property: social services (or a report of concern, which only they receive) acting on one's
own family, and the resident not the one who means to report. Who reported is report_authors.py's."""

from __future__ import annotations

import re

from bot.answering.lexicon import CueSet

# Social services, by any of their names, or the report of concern that only they receive.
SOCIAL = CueSet.of({3: (
    "soc", "socialen", "socialtjanst*", "*socialsekreterare*", "socialkontoret", "orosanmal*", "anmal* oro",
    "anmalan om oro", "anmalt oro", "social services", "social worker*", "child protection", "cps",
    "report of concern", "concern report", "reported concern*")})
# Their act on a family: a report, an inquiry, a meeting called, a home visit.
ACTED = CueSet.of({3: (
    "*anmalan", "anmalt", "anmalde", "anmal*", "*utredning*", "utreder", "utreda", "inlett", "mote", "motet",
    "hembesok*", "kallat", "kallelse*", "brev", "report*", "investigat*", "inquiry", "meeting", "visit*", "letter")})
# One's own family, the one the report is about.
OWN_FAMILY = re.compile(
    r"\b(?:om|mot|for|kring|about|on|regarding|into)\s+(?:min|mitt|mina|var|vart|vara|oss|mig|my|our|us|me)\b"
    r"|\b(?:anmalt|anmalde|polisanmalt)\s+(?:oss|mig)\b|\b(?:reported|report)\s+(?:us|me)\b"
    r"|\b(?:min|mina|mitt|my|our)\s+(?:\w+\s+)?(?:barn|son|sonen|dotter|dottern|tvillingar|familj|kids|children|"
    r"child|son|daughter|family|twins)\b")
# The resident as the one who would report ("hur gör jag en orosanmälan om grannens barn?"): social
# services' help for the child, not this.
RESIDENT_REPORTS = re.compile(
    r"\b(?:jag|vi|man)\s+(?:vill|ska|kan|borde|maste|behover)\s+(?:\w+\s+)?(?:gora|gor|anmala|skicka|ringa)\b"
    r"|\bhur\s+(?:gor|anmaler|skickar)\s+(?:jag|man|vi)\b|\b(?:i|we)\s+(?:want|need|should|have)\s+to\s+report\b"
    r"|\bhow\s+do\s+(?:i|we|you)\s+(?:report|make)\b|\bshould\s+(?:i|we)\s+report\b|\bgrannens\b|\bneighbou?r s\b")


def about_own_family(norm: str) -> bool:
    """Social services act on, or were told of, the resident's own family: their case to ask about."""
    return (SOCIAL.found(norm) and ACTED.found(norm) and OWN_FAMILY.search(norm) is not None
            and RESIDENT_REPORTS.search(norm) is None)
