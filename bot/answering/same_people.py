"""Whether two kommuner named share a person in a role, asked from their entries' people:

    "Har Vingåker samma polischef som Katrineholm?"     ──► "Ja, källorna för Vingåker och Katrineholm
                                                            namnger samma lokalpolisområdeschef: Johan Karlsson …"
    "har ystad och tomelilla samma lokalpolisomradeschef"
    "Does Kumla have the same chair as Örebro?"          ──► each one's, or that a source names nobody

"Samma lokalpolisområdeschef" holds the police area's word, but asks for a person: the area both
belong to is a different answer (belonging.py). A name is said as its source gives it, with the role.
The reply is the kommun's compared with ("… som Katrineholm?"), or no kommun's when both are asked alike.
"""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from bot.answering import compose, details, lexicon
from bot.answering.answer import Answer
from bot.answering.compose import pick
from bot.answering.conversation import Conversation
from bot.answering.knowledge import Knowledge, Person

if TYPE_CHECKING:
    from bot.answering.matching import Mention
    from bot.answering.reading import Reading

SAME = frozenset(("samma", "same"))
# "… som Katrineholm", "… as Örebro": the kommun compared with, which the question is about.
AS = frozenset(("som", "as"))


def asked_role(r: Reading) -> str | None:
    """The role asked to be the same ("samma polischef", "the same chair"), or None."""
    if not SAME & set(r.tokens):
        return None
    return next((role for role, cues in lexicon.ROLES.items() if cues.found(r.norm)), None)


def asked(knowledge: Knowledge, r: Reading, conversation: Conversation, today: dt.date) -> Answer | None:
    """The answer, with the conversation left on the kommun it is about (or the first named)."""
    found = answer(knowledge, r, today)
    if found is not None:
        conversation.municipality = found.municipality or str(r.known[0].place.municipality_id)
        conversation.topic, conversation.unknown = "people", None
    return found


def answer(knowledge: Knowledge, r: Reading, today: dt.date) -> Answer | None:
    """Both kommuner's people in the role asked, and whether one person stands in both; None when the
    message names fewer than two kommuner or asks for no role."""
    role = asked_role(r)
    mentions = [m for m in r.known if not m.place.via and not m.police_area]
    ids = list(dict.fromkeys(str(m.place.municipality_id) for m in mentions))
    munis = [m for i in ids if (m := knowledge.municipalities.get(i)) is not None]
    if role is None or len(munis) < 2:
        return None
    lang = r.language
    people = {m.id: [p for p in m.people if p.role_key == role] for m in munis}
    shared = set.intersection(*({p.name for p in found} for found in people.values()))
    role_name = lexicon.ROLE_NAMES[role][0 if lang == "sv" else 1]
    names = compose.join_words([m.name for m in munis], lang)
    if shared:
        who = [p for p in people[munis[0].id] if p.name in shared]
        said = _people(who, lang).replace(f"({role_name}, ", "(")  # "Patrik Ahrlin (lokalpolisområde Ystad (2023))"
        text = pick(lang, f"Ja, källorna för {names} namnger samma {role_name}: {said}.",
                    f"Yes, the sources for {names} name the same {role_name}: {said}.")
    else:
        each = [f"{m.name}: {_people(people[m.id], lang)}" if people[m.id] else
                pick(lang, f"{m.name}: källan namnger ingen {role_name}", f"{m.name}: the source names no {role_name}")
                for m in munis]
        lead = pick(lang, "Nej, inte enligt källorna.", "No, not according to the sources.") \
            if all(people.values()) else pick(lang, "Det kan jag inte bekräfta utifrån källorna.",
                                              "I cannot confirm that from the sources.")
        text = lead + "\n" + "\n".join(f"• {line}" for line in each)
    sources = [s for m in munis for s in compose.sources_of(m, [p.source_id for p in people[m.id]])]
    if sources:
        text += "\n\n" + compose.source_line(sources, lang, today)
    return Answer(True, _about(r, mentions), "people", text, sources=details.source_dicts(sources), language=lang)


def _people(people: list[Person], language: str) -> str:
    return compose.join_words([f"{p.name} ({p.role if language == 'sv' else p.role_en})" for p in people], language)


def _about(r: Reading, mentions: list[Mention]) -> str | None:
    """The kommun named after "som"/"as" (the one compared with), else None: both asked alike."""
    last = mentions[-1]
    return str(last.place.municipality_id) if last.start and r.tokens[last.start - 1] in AS else None

