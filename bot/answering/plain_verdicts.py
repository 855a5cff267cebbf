"""A yes-or-no question answered plainly: "Har Stenungsund ett eget medborgarlöfte?" claims nothing, so its
answer is "Nej, fler än kommunen och polisen är med.", not "Nej, det stämmer inte: …", which tells the resident
they said something wrong. A correction's words stand only where something was claimed ("Stenungsund har väl
ett eget löfte?", "Stämmer det att …", "…, eller hur?").

    "Har Stenungsund ett eget medborgarlöfte?" ─► claim_spans: opened by a yes-or-no verb, no marker, no
                                                  particle, no tag ─► claims.answer's text, its lead made plain:
    "Nej, det stämmer inte: X"  ─► "Nej, X"        "No, that is not right: X"  ─► "No, X"
    "Nej, det stämmer inte. X"  ─► "Nej. X"        "No, that is not right. X"  ─► "No. X"
    "Ja, det stämmer. X"        ─► "Ja. X"         "Yes, that is right. X"     ─► "Yes. X"
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from bot.answering.claim_spans import PRESUMING, YES_NO, claim_span

Result = tuple[str, str, list[str]]

# The correcting or confirming words of a claim's lead, and what follows them (": ", ". ", a line's end).
_LEADS = (
    (re.compile(r"^Nej, det stämmer inte: "), "Nej, "),
    (re.compile(r"^Nej, det stämmer inte(?=[.\n])"), "Nej"),
    (re.compile(r"^No, that is not right: "), "No, "),
    (re.compile(r"^No, that is not right(?=[.\n])"), "No"),
    (re.compile(r"^Ja, det stämmer(?=[.\n])"), "Ja"),
    (re.compile(r"^Yes, that is right(?=[.\n])"), "Yes"),
)


# "Gäller Höörs avtal fortfarande, eller har den gått ut?": of two alternatives, a bare "Nej" would answer either.
_EITHER = frozenset(("eller", "or"))


def asked(words: tuple[str, ...], instructed: bool, asserted: bool, presumed: bool, injected: bool) -> bool:
    """The claim's words are a plain yes-or-no question ("Har X ett eget löfte?", "Is Kiruna in Västerbotten?",
    "Skrevs avtalet under av …?"): read as a claim only because it opens with the verb that asks, with no marker,
    particle or tag (claim_spans.claim_span's last rule); a why or a "since" presumes, and keeps its verdict, as
    does a message that sets the bot rules (`injected`: "från och med nu gäller …") or asks one of two things."""
    return instructed and not asserted and not presumed and not injected and bool(words) and words[0] in YES_NO \
        and words[0] not in PRESUMING and not _EITHER & set(words)


# Verbs that open a yes-or-no question of where a kommun belongs ("Hör Alvesta till …?", "Tillhör …?").
_PLACING = frozenset(("hor", "tillhor", "ar", "sorterar", "ingar", "belong"))


def opens_question(toks: Sequence[str]) -> bool:
    """The message opens with the verb that asks yes or no and puts nothing to the bot as known: no "väl",
    "visst" or "ju", no closing tag ("…, eller hur?"), no marker ("stämmer det att")."""
    if not toks or not (toks[0] in YES_NO or toks[0] in _PLACING):
        return False
    return claim_span(toks, False) in (None, (0, len(toks), True))


# The leads plain() leaves: a verdict still, which no note of a subject missing may push aside (absent.py).
PLAIN_LEAD = re.compile(r"(?:Nej|No)[,.] |(?:Nej|No)\.\n")


def plain(result: Result | None) -> Result | None:
    """The result with its lead's correcting words taken out, for a question that claimed nothing."""
    if result is None:
        return None
    text, topic, ids = result
    for pattern, said in _LEADS:
        made = pattern.sub(said, text, count=1)
        if made != text:
            # "Nej, fler än …": the fact that followed a colon now follows the "Nej," and keeps its own case
            return made, topic, ids
    return result
