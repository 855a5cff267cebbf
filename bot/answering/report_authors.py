"""Who reported the resident, asked (round eighteen): "vem gjorde orosanmälan om mina barn?", "who
reported me to the police?", "did a neighbour complain about my dog through this bot? which one?".

The lists of refusal_signs.py (BEEN_REPORTED, WHO_REPORTED) hold the phrases their writers thought of;
a stranger's "fick brev från soc om en anmälan om oss, vem skickade in den" passed them, and the model
read children in danger in an "orosanmälan om mina barn". The shape is read here by three properties
of the message instead, each by the stem of its words, in Swedish and English alike:

- a report or a complaint is named (any word built on anmäl-, rapport-, klag-, tips-, report-,
  complain-: "orosanmälan", "polisanmälde", "klagomålet", "complaint"), or someone turned to one who
  acts on it (round eighteen b): a call, a contact, a word said to the police, social services, the
  kommun, the landlord or the guards ("ringt polisen på oss", "rang the council about our shed", "gick
  till polisen och sa att min son …", "polisen knackade på för att nån sagt att vi stör");
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
# Its maker asked for: a who or which word, a name of any kind ("förnamnet", "efternamnet", "surname",
# "initials"), finding out.
_AUTHOR = re.compile(r"\b(?:vem|vilka|vilken|vilket|vems|who|whom|whoever|which|\w*namn\w*|\w*names?|initials?|"
                     r"fa reda pa|ta reda pa|fa veta|find out|tell me who)\b")
# Someone turned, in the past, to one who acts on what they are told: a call, a contact, an alarm, a
# tip, a mail, a visit ("ringt", "kontaktade", "larmade", "rang", "phoned", "went to"). Only what was done:
# "vilket nummer ringer jag till polisen om min bil" is the resident's own next step.
_CALLED = (r"(?:ringde|ringt|ringat|rang|phoned|called|kontaktade|kontaktat|contacted|larmade|larmat|alerted|"
           r"tipsade|tipsat|tipped|snitched|skvallrade|skvallrat|mejlade|mejlat|mailade|mailat|emailed|"
           r"gick till|gatt till|went to|gone to)")
# A word said of the resident to them ("sa till polisen att vi stör", "told the council we …").
_SAID = r"(?:sa|sade|sagt|said|told)"
_TURNED_TO = r"(?:" + _CALLED + "|" + _SAID + r"|skrev|skrivit|wrote|written)"
# Those who act on it: the police, social services, the kommun, a landlord or a board, guards, a school.
_ACTS_ON_IT = re.compile(r"\b(?:polis\w*|snut\w*|aina|police|cops?|soc|socialen|social\w*|kommun\w*|council|"
                         r"municipality|hyresvard\w*|landlord|forvaltar\w*|bostadsbolag\w*|housing|styrelse\w*|"
                         r"forening\w*|board|vakt\w*|vaktar\w*|guards?|security|miljo\w*|skola\w*|school|"
                         r"rektor\w*|principal)\b")
_CONTACT = re.compile(r"\b" + _TURNED_TO + r"\b")
# What was said of the resident or their own ("sa att min son säljer", "sagt att vi stör", "said we were"),
# or the authority sent to them ("larmade polisen till oss", "polisen knackade på hos oss").
# Said by someone who is not the one who acts on it ("nån sagt att vi stör", "sagt till polisen att vi
# odlar"), and a claim about the
# resident, not advice to them: "hyresgästföreningen sa att jag borde kolla med en myndighet" is neither.
_SAID_OF_ME = re.compile(r"\b(\w+\s+)?(?:" + _SAID + r"|told \w+|pastatt|pastod|claimed)\s+(?:(?:till|to)\s+(?:the\s+)?\w+\s+)?(?:att\s+|that\s+)?"
                         r"(?:jag|vi|min|mitt|mina|vara|vart|i|we|my|our)\b(?!\s+(?:borde|bor|ska|skulle|kan|"
                         r"kunde|maste|far|should|could|can|must|might|may|need|ought)\b)")
_SENT_TO_ME = re.compile(r"\b(?:till|hos|to)\s+(?:oss|mig|us|me)\b")
# The resident or their own as what the report is about: right after the report's word ("anmält mig",
# "reported us") or after about, on, against ("anmälan om oss", "complaint about my dog"); not the asker
# of "ge mig namnet på den som tipsade", nor "min granne" who reported.
_ABOUT_ME = re.compile(r"\b(?:\w*(?:anmal|rapporter|klag|tipsa|report|complain|snitch)\w*|" + _CALLED + r")"
                       r"\s+(?:\w+\s+){0,2}?(?:on\s+)?(?:mig|oss|me|us)\b"
                       r"|\b\w*(?:anmal|rapporter|klag|tipsa|report|complain|snitch)\w*\s+(?:min|mitt|mina|my|our)\b"
                       r"|\b(?:\w*(?:anmal|rapporter|klag|tipsa|report|complain|snitch|oroa|worried)\w*|" + _TURNED_TO
                       + r")\s+(?:\w+\s+){0,3}?"
                       r"(?:om|pa|mot|for|gallande|angaende|about|on|against|of|regarding|concerning)\s+"
                       r"(?:mig|oss|me|us|min|mitt|mina|vara|vart|var|my|our)\b")  # "om vår bil": "var" after a preposition
_TELLER = frozenset(("jag", "vi", "i", "we"))  # "i" only when the message is English (asked)
# The resident as the report's maker: "jag anmälde", "kan jag klaga", "do I report", "min anmälan".
_MADE_BY_ME = re.compile(r"\b(?:jag|vi|we|man)\s+(?:\w+\s+)?(?:\w*(?:anmal|rapporter|klag|report|complain)\w*|"
                         r"ringde|ringt|ringer|kontaktade|kontaktat|larmade|larmat|called|phoned|rang|contacted)\b"
                         r"|\b(?:min|mitt|mina|my|our)\s+\w*(?:anmal|klagomal|report|complaint)\w*\b"
                         r"|\b\w*(?:anmal|klag|report|complain)\w*\s+(?:jag|vi|we|man)\b"
                         r"|\b(?:vem|vilka|who)\s+(?:\w+\s+)?(?:ska|kan|bor|should|can|do)\s+(?:jag|vi|we)\b")
# English "I" as the report's maker ("I reported", "do I complain"); Swedish "i" is "in".
_MADE_BY_I = re.compile(r"\bi\s+(?:\w+\s+)?(?:\w*(?:report|complain)\w*|called|phoned|rang|contacted)\b|\b(?:who|where)\s+(?:\w+\s+)?(?:should|can|do)\s+i\b")
_CONTACTED = re.compile(r"\b(?:ringde|ringt|ringer|kontaktade|kontaktat|skrev|skrivit|oroat|oroade|called|rang|phoned|"
                        r"contacted|wrote|written|worried)\b")
# Where the report went, for where the resident's own case is asked about.
_SOCIAL = re.compile(r"\b(?:soc|socialen|social\w*|orosanmal\w*|lvu|barnavard\w*|social services|social worker)\b")
_POLICE = re.compile(r"\b(?:polis\w*|snut\w*|aina|police|cops?)\b")
_THE_BOT = re.compile(r"\b(?:boten|botten|chatten|chatbot\w*|appen|har i chatten|synpunkt\w*|bot|chat|app|"
                      r"concerns?)\b")


def _said_of_me(norm: str) -> bool:
    """A claim about the resident said by someone other than the police, the kommun or the landlord, or
    one of them sent to the resident ("larmade polisen till oss")."""
    if _SENT_TO_ME.search(norm):
        return True
    return any(not (m.group(1) and _ACTS_ON_IT.fullmatch(m.group(1).strip())) for m in _SAID_OF_ME.finditer(norm))


def asked(norm: str, tokens: list[str], english: bool) -> str | None:
    """Where a report about the resident went whose maker they ask for ("social", "police", "bot",
    "other"), or None when no such maker is asked."""
    social = bool(_SOCIAL.search(norm))
    # social services rung or contacted about one is a report to them ("who called social services on us?")
    # someone turned to an authority, a landlord or the guards about one is a report to them ("who called
    # the cops on us?", "vem har kontaktat kommunen om vårt staket?")
    turned_to = _CONTACT.search(norm) and _ACTS_ON_IT.search(norm)
    reported = _REPORT.search(norm) or social and _CONTACTED.search(norm) or turned_to
    if not reported or not _AUTHOR.search(norm) or _MADE_BY_ME.search(norm) \
            or english and _MADE_BY_I.search(norm):
        return None
    words = set(tokens) - ({"i"} if not english else set())
    # a report to social services told by the resident is theirs ("socialsekreteraren sa att det kommit in
    # en anmälan"): social services tell no one else of it
    if not (_ABOUT_ME.search(norm) or social and words & _TELLER or turned_to and _said_of_me(norm)):
        return None
    if social:
        return "social"
    if _POLICE.search(norm):
        return "police"
    return "bot" if _THE_BOT.search(norm) else "other"
