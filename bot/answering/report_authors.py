"""Who reported the resident, asked (round eighteen): "vem gjorde orosanmälan om mina barn?", "who
reported me to the police?", "did a neighbour complain about my dog through this bot? which one?".

The lists of refusal_signs.py (BEEN_REPORTED, WHO_REPORTED) hold the phrases their writers thought of;
a stranger's "fick brev från soc om en anmälan om oss, vem skickade in den" passed them, and the model
read children in danger in an "orosanmälan om mina barn". The shape is read here by three properties
of the message instead, each by the stem of its words, in Swedish and English alike:

- a report or a complaint is named (any word built on anmäl-, rapport-, klag-, tips-, report-,
  complain-: "orosanmälan", "polisanmälde", "klagomålet", "complaint");
- it is about the resident or their own ("mig", "oss", "me", "us", "mina barn", "my dog"), and the
  resident is not its maker ("jag anmälde", "can I report", "min anmälan": their own report);
- its maker is asked for (a who or which word, a name, "få reda på", "find out").

The answer is a plain no (the bot has no reports, and names no one), then where the resident's own
case can be asked about: social services for a report to them (knowledge/helplines.yaml), the police
for a police report, the bot's own rule for what was sent through it."""

from __future__ import annotations

import re

# A report or a complaint, by its stem anywhere in a word ("orosanmälan", "polisanmält", "klagomål").
_REPORT = re.compile(r"\b\w*(?:anmal|rapporter|klag|tipsa|report|complain|snitch)\w*\b")
# Its maker asked for: a who or which word, a name, finding out.
_AUTHOR = re.compile(r"\b(?:vem|vilka|vilken|vilket|vems|who|whom|whoever|which|namn\w*|name|names|"
                     r"fa reda pa|ta reda pa|fa veta|find out|tell me who)\b")
# The resident or their own as what the report is about: right after the report's word ("anmält mig",
# "reported us") or after about, on, against ("anmälan om oss", "complaint about my dog"); not the asker
# of "ge mig namnet på den som tipsade", nor "min granne" who reported.
_ABOUT_ME = re.compile(r"\b\w*(?:anmal|rapporter|klag|tipsa|report|complain|snitch|called|ringde|ringt|contacted|kontaktade)\w*"
                       r"\s+(?:\w+\s+){0,2}?(?:on\s+)?(?:mig|oss|me|us)\b"
                       r"|\b\w*(?:anmal|rapporter|klag|tipsa|report|complain|snitch)\w*\s+(?:min|mitt|mina|my|our)\b"
                       r"|\b\w*(?:anmal|rapporter|klag|tipsa|report|complain|snitch|oroa|worried|skrev|skrivit|wrote|"
                       r"written)\w*\s+(?:\w+\s+){0,3}?"
                       r"(?:om|pa|mot|for|gallande|angaende|about|on|against|of|regarding|concerning)\s+"
                       r"(?:mig|oss|me|us|min|mitt|mina|vara|vart|my|our)\b")
_TELLER = frozenset(("jag", "vi", "i", "we"))  # "i" only when the message is English (asked)
# The resident as the report's maker: "jag anmälde", "kan jag klaga", "do I report", "min anmälan".
_MADE_BY_ME = re.compile(r"\b(?:jag|vi|we|man)\s+(?:\w+\s+)?\w*(?:anmal|rapporter|klag|report|complain)\w*\b"
                         r"|\b(?:min|mitt|mina|my|our)\s+\w*(?:anmal|klagomal|report|complaint)\w*\b"
                         r"|\b\w*(?:anmal|klag|report|complain)\w*\s+(?:jag|vi|we|man)\b"
                         r"|\b(?:vem|vilka|who)\s+(?:\w+\s+)?(?:ska|kan|bor|should|can|do)\s+(?:jag|vi|we)\b")
# English "I" as the report's maker ("I reported", "do I complain"); Swedish "i" is "in".
_MADE_BY_I = re.compile(r"\bi\s+(?:\w+\s+)?\w*(?:report|complain)\w*\b|\b(?:who|where)\s+(?:\w+\s+)?(?:should|can|do)\s+i\b")
_CONTACTED = re.compile(r"\b(?:ringde|ringt|ringer|kontaktade|kontaktat|skrev|skrivit|oroat|oroade|called|rang|phoned|"
                        r"contacted|wrote|written|worried)\b")
# Where the report went, for where the resident's own case is asked about.
_SOCIAL = re.compile(r"\b(?:soc|socialen|social\w*|orosanmal\w*|lvu|barnavard\w*|social services|social worker)\b")
_POLICE = re.compile(r"\b(?:polis\w*|police|cops)\b")
_THE_BOT = re.compile(r"\b(?:boten|botten|chatten|chatbot\w*|appen|har i chatten|synpunkt\w*|bot|chat|app|"
                      r"concerns?)\b")


def asked(norm: str, tokens: list[str], english: bool) -> str | None:
    """Where a report about the resident went whose maker they ask for ("social", "police", "bot",
    "other"), or None when no such maker is asked."""
    social = bool(_SOCIAL.search(norm))
    # social services rung or contacted about one is a report to them ("who called social services on us?")
    reported = _REPORT.search(norm) or social and _CONTACTED.search(norm)
    if not reported or not _AUTHOR.search(norm) or _MADE_BY_ME.search(norm) \
            or english and _MADE_BY_I.search(norm):
        return None
    words = set(tokens) - ({"i"} if not english else set())
    # a report to social services told by the resident is theirs ("socialsekreteraren sa att det kommit in
    # en anmälan"): social services tell no one else of it
    if not (_ABOUT_ME.search(norm) or social and words & _TELLER):
        return None
    if social:
        return "social"
    if _POLICE.search(norm):
        return "police"
    return "bot" if _THE_BOT.search(norm) else "other"
