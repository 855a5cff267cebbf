"""The earlier agreement asked of a kommun: "vad stod det i det förra avtalet?", "och det gamla då?",
"vad handlade det tidigare medborgarlöftet om?", "what about the previous agreement?".

Answered as usual these got the kommun's current agreement again (every answer leads with the newest),
which is exactly what the resident had just read. The answer is the same question asked of the
agreements that came before the newest of each kind (of the kind named, when one is), the kommun's
own from the message or the one talked about.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answering import agreement_pick
from bot.answering.answer import Answer
from bot.answering.compose import pick
from bot.answering.conversation import Conversation
from bot.answering.first_newest import order, since
from bot.answering.followup import AGREEMENT_KINDS
from bot.answering.knowledge import Agreement, Municipality
from bot.answering.lexicon import AGREEMENT_STEMS
from bot.answering.order_words import BEFORE_THAT
from bot.answering.periods import span

if TYPE_CHECKING:
    from bot.answering.municipality_answers import MunicipalityAnswers
    from bot.answering.reading import Reading

# "förra", "tidigare", "gamla", "föregående", "äldre", "previous", "earlier", "old", "prior" (folded).
EARLIER = frozenset(("forra", "tidigare", "gamla", "gamle", "foregaende", "aldre", "forut", "previous",
                     "earlier", "old", "older", "prior", "former",
                     # "the one before", "löftet innan": said of an agreement or "one" like the others
                     "before", "innan"))
# Earlier words that are also the elderly ("brott mot äldre", "fraud against older people").
ELDERLY = frozenset(("aldre", "older"))
# "de äldre", "dom äldre", "the older" (people): the elderly, however the pointing words below read.
PEOPLE_BEFORE = frozenset(("de", "dom", "the"))
# What the earlier word must be said of: an agreement by name, or by a pronoun ("det gamla", "the old one").
POINTING = frozenset(("det", "den", "dom", "de", "one", "ones", "it", "those"))
# "förra perioden", "the previous period": the agreement of that period, as the agreement's own name is.
PERIOD = ("period",)
# Earlier words that, ending a question, say "before this agreement" by themselves.
TRAILING = frozenset(("tidigare", "innan", "forut", "before", "earlier", "previously"))
ASKING = frozenset(("vad", "vilka", "vilken", "vilket", "hur", "vem", "vilka", "what", "which", "how", "who"))
# A time the earlier word is said of ("förra året", "last week"), not an agreement.
TIMES = frozenset(("aret", "ar", "veckan", "manaden", "gangen", "sommaren", "vintern", "hosten", "varen",
                   "year", "week", "month", "time"))
# "jag bodde tidigare i Lund", "innan jag flyttade": the resident's own past, not an agreement's.
OWN_PAST = frozenset(("jag", "vi", "we", "my", "me", "us", "min", "mitt", "mina", "oss"))


def asked(r: Reading) -> bool:
    """The message asks of an earlier agreement: an earlier word said of one ("det förra avtalet",
    "medborgarlöften tidigare", "the previous one", "det gamla"), never of a time ("förra året")."""
    toks = r.tokens
    if set(toks) & OWN_PAST:
        return False
    if BEFORE_THAT.search(r.norm):
        return True
    if toks and toks[-1] in TRAILING and toks[0] in ASKING:
        return True  # "vad fokuserade de på innan?", "what did they do earlier?": the adverb ends the question
    for i, token in enumerate(toks):
        if token not in EARLIER:
            continue
        near = toks[max(0, i - 3):i] + toks[i + 1:i + 3]
        if token in ELDERLY:
            # "bedrägerier mot äldre i medborgarlöftet 2024": the elderly, unless it stands right before the
            # agreement ("det äldre avtalet", "the older agreement")
            near = toks[i + 1:i + 2]
        if any(t.startswith(AGREEMENT_STEMS + PERIOD) for t in near):
            return True
        after = toks[i + 1] if i + 1 < len(toks) else ""
        if token in ELDERLY and i > 0 and toks[i - 1] in PEOPLE_BEFORE:
            continue  # "vad gör de för de äldre?", "för dom äldre": older people, not the older agreements
        if (i > 0 and toks[i - 1] in POINTING or after in ("one", "ones")) and after not in TIMES:
            return True  # "och det gamla då?", "what did the previous one say?"
    return False


def newest_of_kind(r: Reading, muni: Municipality) -> bool:
    """Whether the newest agreement of the kind the message names (any kind when it names none) is the kommun's newest
    of all: "det förra medborgarlöftet" of Eskilstuna, whose samverkansöverenskommelse 2024–2027 came after its last
    promise (2022–2023), may be that last promise itself, as a clause among others is read (engine._clause)."""
    if order(r.tokens) is not None:
        return True  # "den första", "den nya": first_newest.py picks among the kind named, whichever is newest of all
    kinds = [kind for kind, cues in AGREEMENT_KINDS.items() if cues.found(r.norm)]
    newest = max(muni.agreements, key=since, default=None)
    return not kinds or newest is None or newest.kind in kinds


def before_newest(muni: Municipality, kinds: list[str]) -> tuple[Agreement, ...]:
    """The agreements before the newest of each kind (of `kinds`, when given)."""
    earlier: list[Agreement] = []
    for kind in dict.fromkeys(a.kind for a in muni.agreements):
        if kinds and kind not in kinds:
            continue
        of_kind = sorted((a for a in muni.agreements if a.kind == kind), key=since, reverse=True)
        earlier.extend(of_kind[1:])
    return tuple(sorted(earlier, key=since, reverse=True))


def answer(r: Reading, muni: Municipality | None, answers: MunicipalityAnswers,
           conversation: Conversation) -> Answer | None:
    """The question asked of the kommun's earlier agreements; None when it asks of no earlier one, or
    the kommun has none before its newest (its answer, as usual, says what it has)."""
    if muni is None or len(muni.agreements) < 2 or len({m.place.municipality_id for m in r.known}) > 1 or not asked(r):
        return None
    kinds = [kind for kind, cues in AGREEMENT_KINDS.items() if cues.found(r.norm)]
    earlier = before_newest(muni, kinds)
    # "och medborgarlöftet innan, 2022–2023?", "the promise before that, 2020?": the years given name the one
    # asked back, of whichever kind, where they pick some of the kommun's agreements.
    if any(t.isdigit() and len(t) == 4 for t in r.tokens):
        named = agreement_pick.picked(r.text, r.tokens, r.norm, muni, AGREEMENT_KINDS)
        if named:
            earlier = tuple(sorted(named, key=since, reverse=True))
    if not earlier:
        return None
    # "förra", "previous", "innan" say which agreement, never a subject to look for in its text (Höör's
    # "det förra löftet" found a lägesbild sentence of "förra året"; Borås's "does not mention previous").
    r = replace(r, terms=[t for t in r.terms if t not in EARLIER | TRAILING])
    if r.topic == "period" and any(t.startswith(PERIOD) for t in r.tokens):
        # "och förra perioden, vad var fokus då?": the period names which agreement; what is asked of it
        # is the other aspect the message scores as high (its focus), not the period list again.
        rival = max((t for t in r.topic_scores if t != "period"), key=r.topic_scores.__getitem__, default=None)
        if rival is not None and r.topic_scores[rival] >= r.topic_scores["period"]:
            r = replace(r, topic=rival)
    # The sources the earlier agreements cite first, where an answer cites the entry's first: Ånge's 2021
    # promise is the kommun's 2021 news, not the 2023 article of the newest one (the others stay, as the
    # kommun's contact page and people cite them).
    cited = {i for a in earlier for i in (a.source_id, *(area.source_id for area in a.areas))}
    sources = tuple(sorted(muni.sources, key=lambda s: s.id not in cited))
    answered = answers.about(r, [replace(muni, agreements=earlier, sources=sources)], r.known, r.unknown, conversation)
    if answered.municipality != muni.id or answered.topic == "people":
        return None  # the people are the entry's, not one agreement's: the usual answer says whom it names
    spans = ", ".join(span(a, r.language) for a in earlier)
    lead = pick(r.language, f"Det som gällde tidigare i {muni.name} ({spans}):",
                f"What applied earlier in {muni.name} ({spans}):")
    answered.text = f"{lead}\n\n{answered.text}"
    return answered
