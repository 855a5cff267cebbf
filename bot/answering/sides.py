"""One side of an agreement asked after its people: "och för polisen?", "polisen då?", "what about the
police?" after "vem skrev under för kommunen i Karlstad?", or "och kommunen?" after the police's chief.

Read alone these name no kommun and no aspect: the routing took "polisen" for a topic word and answered
the focus areas, or did not understand at all. After an answer about people they ask the same of the
other party, so the answer is the people of that side the entry names (its signers first, when the
entry says who of them signed).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from bot.answering import aspects, compose, details
from bot.answering.answer import Answer
from bot.answering.conversation import Conversation
from bot.answering.knowledge import Knowledge, Municipality, Person
from bot.text import fold

if TYPE_CHECKING:
    from bot.answering.reading import Reading

POLICE = frozenset(("polisen", "polis", "polisens", "police", "polisers", "lokalpolisen", "polissidan",
                    "lokalpolisomradet", "polisomradet", "police's", "polices"))
KOMMUN = frozenset(("kommunen", "kommun", "kommunens", "kommunsidan", "municipality", "municipality's",
                    "council", "kommunledningen"))
# Words that only join the side on or repeat what was asked of the first ("och vem skrev under för
# polisen då?", "and who signed for the police?"); any other word asks something else.
JOINING = frozenset((
    "och", "men", "for", "fran", "pa", "hos", "av", "da", "sidan", "sida", "vem", "vilka", "vilken", "skrev",
    "under", "signerade", "undertecknade", "var", "ar", "det", "den", "nar", "galler", "samma", "fraga", "om",
    "and", "but", "for", "from", "on", "the", "what", "about", "how", "who", "signed", "side", "then", "of",
    "s", "was", "is", "it", "same", "question", "by", "x", "nu", "sen", "also", "ocksa", "aven"))


def _police(person: Person) -> bool:
    """The person speaks for the police: their role says so ("lokalpolisområdeschef", "kommunpolis")."""
    return "polis" in fold(person.role) or "police" in fold(person.role_en)


def side_asked(r: Reading) -> str | None:
    """"police" or "kommun" when the message is that side's name and joining words only; else None."""
    words = set(r.tokens)
    sides = [side for side, names in (("police", POLICE), ("kommun", KOMMUN)) if words & names]
    if len(sides) != 1 or not words <= JOINING | POLICE | KOMMUN:
        return None
    return sides[0]


def asked(knowledge: Knowledge, r: Reading, conversation: Conversation, today: dt.date) -> Answer | None:
    """The other side's people after an answer about people; None for anything else."""
    if conversation.topic != "people" or r.known:
        return None
    muni = knowledge.municipalities.get(conversation.municipality or "")
    side = side_asked(r) if muni is not None else None
    if muni is None or side is None:
        return None
    chosen = [p for p in muni.people if p.name and _police(p) == (side == "police")]
    if not chosen:
        return None
    chosen = [p for p in chosen if p.signed] or chosen
    return _answer(muni, chosen, r.language, today, conversation)


def _answer(muni: Municipality, chosen: list[Person], lang: str, today: dt.date,
            conversation: Conversation) -> Answer:
    text = aspects.people(muni, chosen, "", lang)
    if len(chosen) == 1 and len(muni.people) == 1:  # aspects.people lists a lone person under its heading
        text = f"{aspects.person_line(chosen[0], lang)} ({muni.name})."
    sources = compose.sources_of(muni, list(dict.fromkeys(p.source_id for p in chosen)))
    line = f"\n\n{compose.source_line(sources, lang, today)}" if sources else ""
    conversation.people = tuple(p.id for p in chosen)  # "vad sa hon?" next means these
    return Answer(True, muni.id, "people", text + line, sources=details.source_dicts(sources), language=lang)
