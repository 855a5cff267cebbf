"""The kommun's own part of an agreement, or the police's: "vad gör kommunen själv åt trafiken?", "what does
the municipality itself do?", "vad gör polisen på egen hand?", "kommunens egna insatser".

An agreement names who does each thing: an area's title ("… (kommunen)", "Kommunerna: …", "Polisen gör …")
or its sentence ("kommunen satsar på belysning", "Polisen ska …"). A clause that asks what one of the two does
itself is answered by the entry's areas that name that one as a doer (both named, "kommun och polis", count
for either), those that answer the clause's own words first; never by the whole focus list, whose areas may
be the other's. The actor's word is read where it stands as a doer: "i kommunen", "for the municipality" is
where or for whom, not who.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.answering.knowledge import Area
from bot.answering.passage_kinds import Passage
from bot.text import fold, tokens

# Each party as the folded words a resident and an entry call it by.
_WORDS = {"kommun": ("kommun", "kommunen", "kommunerna", "kommuner", "staden", "stad", "municipality",
                     "municipalities", "council"),
          "polis": ("polis", "polisen", "police")}
# "själv", "itself", "på egen hand": the one party alone.
_ALONE = r"(?:sjalv|sjalva|itself|themselves|on its own|on their own|pa egen hand|for egen del|egen del)"
_KOMMUN = r"(?:kommun(?:en|erna)?|staden|(?:the )?municipality|(?:the )?council)"
_POLICE = r"(?:(?:the )?polis(?:en)?|(?:the )?police)"
_ITSELF = re.compile(rf"\b(?:(?P<kommun>{_KOMMUN})|(?P<polis>{_POLICE})) {_ALONE}\b"
                     # "kommunens egna insatser", "the council's own measures"
                     rf"|\b(?:(?P<kommun2>kommunens|stadens|the municipality s|the council s)|"
                     rf"(?P<polis2>polisens|the police s)) (?:egna|eget|egen|own)\b")
# Before the party's word these make it where, for whom or of what, not who does it.
_NOT_A_DOER = frozenset(("i", "inom", "for", "av", "mot", "till", "fran", "hos", "in", "within", "of", "across",
                         "throughout", "hela", "whole", "the"))


def asked(norm: str) -> str | None:
    """"kommun" or "polis" when the folded clause asks what that party does itself, else None."""
    found = _ITSELF.search(norm)
    if found is None:
        return None
    return "kommun" if found.group("kommun") or found.group("kommun2") else "polis"


def does(texts: Sequence[str], party: str) -> bool:
    """Whether any of an area's texts (its title, quote, description) names the party as one who does it."""
    for text in texts:
        words = tokens(fold(text))
        for at, word in enumerate(words):
            if word in _WORDS[party] and (at == 0 or words[at - 1] not in _NOT_A_DOER):
                return True
    return False


def parts(passages: Sequence[Passage], areas: Sequence[Area], party: str) -> list[Passage]:
    """The passages of the entry's areas whose title, quote or description names the party as a doer: those
    naming it alone ("Kommunen startar …") when there are any, else those it shares with the other."""
    other = "polis" if party == "kommun" else "kommun"
    doing = [a for a in areas if does((a.title, a.quote, a.text, a.title_en, a.text_en), party)]
    alone = {a.id for a in doing if _named_first(a.title, party)
             or not does((a.title, a.quote, a.text, a.title_en, a.text_en), other)}
    chosen = alone or {a.id for a in doing}
    return [p for p in passages if p.kind in ("area", "measure") and p.key in chosen]


def _named_first(title: str, party: str) -> bool:
    """A title that opens with the party ("Kommunen startar en SSPF-grupp (skola, socialtjänst, polis …)") or
    ends with it alone in brackets ("Trygg yttre miljö … (kommunen)"): its own, whoever else the title names."""
    words = tokens(fold(title))
    bracket = re.search(r"\(([^()]*)\)\s*$", fold(title))
    return bool(words) and words[0] in _WORDS[party] or bracket is not None and tokens(bracket.group(1))[:1] in (
        [w] for w in _WORDS[party]) and len(tokens(bracket.group(1))) == 1


def words_of(party: str) -> frozenset[str]:
    """The party's own words, never a subject the clause asks about."""
    return frozenset(_WORDS[party]) | {"sjalv", "sjalva", "itself", "themselves", "egna", "eget", "egen", "own", "hand", "del"}
