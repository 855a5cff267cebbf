"""A bare ask of the other part of a signing: "och av vilka?" after when an agreement was signed, "vilken dag?"
after who signed it, "and by whom?", "när gjorde han det?".

A signing has two parts an answer may give one of: when, and by whom. Once the talk is about one of them (the
last answer's aspect was the period, with its signing date, or the people who signed), a short message that is
nothing but a question word (or a preposition with one: "av vem", "by whom", "on what date"), with pronouns,
"do it" and the signing verbs beside it, asks the other part of the same signing. Read alone it has no aspect
word ("av vilka?" is no people cue, "vilken dag?" after people is read as people again or as nothing), so the
message is read as the full question it stands for, with the signing verb the talk supplies: "vem skrev under?"
or "när skrevs det under?". The agreement stays the one talked about (`Conversation.agreement`, or the one
whose source names the people just answered: followup.py and other_kind.py narrow to it).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answering.conversation import Conversation
from bot.answering.knowledge import Municipality

if TYPE_CHECKING:
    from bot.answering.reading import Reading

# The talk was about a signing: the period (whose answer gives the signing date and signers) or the people.
SIGNING_TOPICS = ("period", "people")
# The part asked, by its question word (folded, fillers removed): who signed, or when.
WHO = frozenset(("vem", "vilka", "av vem", "av vilka", "vem da", "vilka da", "namnen", "namn", "who", "whom", "by whom",
                 "by who", "names", "the names", "which people", "vilka personer", "av vilka personer"))
WHEN = frozenset(("nar", "nar da", "nar i tiden", "vilken dag", "vilket datum", "vilken manad", "vilket ar", "datum",
                  "dagen", "datumet", "when", "what day", "which day", "what date", "which date", "the date",
                  "on what day", "on what date", "on which day", "on which date", "what month", "which month", "date"))
# Words beside the question word that change nothing: "och", "då", pronouns for the agreement and its
# signers, "do it" standing for the signing, the signing verbs themselves, courtesy.
_BESIDE = frozenset((
    "och", "o", "men", "sa", "da", "then", "and", "but", "so", "okej", "ok", "okay", "tack", "thanks", "aha", "jaha",
    "det", "den", "dom", "de", "dem", "han", "hon", "it", "they", "them", "he", "she", "that", "this", "those",
    "var", "was", "were", "is", "are", "som", "who", "gjorde", "gjort", "gor", "did", "do", "does", "done",
    "har", "hade", "has", "have", "had", "skrev", "skrevs", "skrivit", "skrivits", "under", "pa", "undertecknade",
    "undertecknat", "undertecknades", "undertecknad", "tecknade", "tecknades", "signerade", "signerades", "signed",
    "sign", "sig", "egentligen", "exakt", "exactly", "again", "igen", "nu", "now", "forresten", "by", "av", "on"))
MAX_WORDS = 9
# The signing asked by its verb ("när skrevs det under?", "vem undertecknade?", "who signed it?").
SIGNING = re.compile(r"\b(?:skrev|skrevs|skrivit|undertecknade|undertecknat|undertecknades|signerade|signerat|signed"
                     r"|tecknade|tecknades)\b")


def part_asked(r: Reading, conversation: Conversation, muni: Municipality | None) -> str | None:
    """"who" or "when" for a bare ask of a signing's part after an answer on a signing (of `muni`, the kommun
    talked about), else None."""
    if muni is None or conversation.topic not in SIGNING_TOPICS:
        return None
    if conversation.role and not any(p.signed for p in muni.people if p.id in conversation.people):
        return None  # "vem är kommunpolis?" then "när?": no signing was talked about, unless the role signed
    if r.known or r.unknown or r.scan.regions or r.persons or r.rules is not None or len(r.tokens) > MAX_WORDS:
        return None
    toks = r.tokens
    for kind, words in (("who", WHO), ("when", WHEN)):
        # The question word itself may be a word `_BESIDE` holds ("who", "by"): look for the longest ask first.
        for size in (3, 2, 1):
            for start in range(len(toks) - size + 1):
                said = " ".join(toks[start:start + size])
                if said in words and all(t in _BESIDE for t in toks[:start] + toks[start + size:]):
                    return kind
    return None


def as_question(kind: str, language: str) -> str:
    """The full question a bare ask stands for, with the signing the talk was about."""
    if kind == "who":
        return "who signed it?" if language == "en" else "vem skrev under det?"
    return "when was it signed?" if language == "en" else "när skrevs det under?"
