"""Someone the last answer named, asked about by a pronoun: "vad har han för parti?", "what's his title?",
"vad har hon skrivit under?" after the signers or a role of the kommun talked about.

`Conversation.people` holds whom the last answer named (followup.py remembers them). A pronoun with a
question of their role, title, party or signature asks about them: the answer is people_named's, as if the
resident had written their names, with the agreements whose signing note names them when asked what they
signed. The entries hold no one's gender, so "han" after two signers answers for both rather than guess.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from bot.answering import contact_asks, people_named
from bot.answering.answer import Answer
from bot.answering.compose import pick
from bot.answering.conversation import Conversation
from bot.answering.knowledge import Knowledge
from bot.answering.lexicon import CueSet
from bot.answering.periods import agreement_line

if TYPE_CHECKING:
    from bot.answering.reading import Reading

PRONOUNS = frozenset(("han", "hon", "hen", "hans", "hennes", "hens", "honom", "henne", "he", "she", "his", "her",
                      "him", "hers"))
# What is asked of them: the role words people_named reads, a party, or what they signed.
SIGNED = CueSet.of({3: ("skrivit under", "skrev ~ under", "skriva under", "undertecknat", "undertecknade", "signed",
                        "sign", "skrivit pa", "skrev pa")})


# "skrev han under Nyköpings också?", "var han med där också?", "did he sign Vilhelmina's as well?": the same
# person asked of another kommun's agreement, by a verb of signing or a word of "as well".
ALSO = frozenset(("ocksa", "aven", "med", "too", "also", "well"))


def asked(knowledge: Knowledge, r: Reading, conversation: Conversation, today: dt.date) -> Answer | None:
    """Who the people the last answer named are, when a pronoun asks of them; None otherwise."""
    muni = knowledge.municipalities.get(conversation.municipality or "")
    if muni is not None and conversation.people and not r.persons and PRONOUNS & set(r.tokens):
        elsewhere = _signed_elsewhere(knowledge, r, conversation, today)
        if elsewhere is not None:
            return elsewhere
    contact = contact_asks.asked(r.norm, r.tokens)  # "har han nåt nummer?", "telefon?"
    if muni is None or not conversation.people or r.persons or r.known or not (PRONOUNS & set(r.tokens) or contact):
        return None
    signed, party = SIGNED.found(r.norm), people_named.PARTY.found(r.norm)
    if not (signed or party or contact or people_named.ROLE_ASKED.found(r.norm)):
        return None
    people = [p for p in muni.people if p.id in conversation.people]
    if not people:
        return None
    found = people_named.answer(tuple((muni, p) for p in people), r.language, today, about=muni.id)
    lines = people_named.detail_lines(people, muni, r.norm, r.language, contact)
    if signed:
        for person in people:
            surname = person.name.split()[-1]
            mine = [a for a in muni.agreements if surname in a.signed_note]
            if mine:
                lines.append(pick(r.language, f"{person.name} skrev under: ", f"{person.name} signed: ")
                             + "; ".join(agreement_line(a, today, r.language, muni) for a in mine) + ".")
    found.text = people_named.with_lines(found.text, lines)
    return found


def _signed_elsewhere(knowledge: Knowledge, r: Reading, conversation: Conversation, today: dt.date) -> Answer | None:
    """Whether the people the last answer named signed another kommun's agreement ("har han skrivit under
    Nyköpings avtal med?"): each checked among that kommun's people by name, and its signers named; None
    unless one other kommun is named with a verb of signing or a word of "as well"."""
    named = {m.place.municipality_id for m in r.known}
    if len(named) != 1 or conversation.municipality in named:
        return None
    if not (SIGNED.found(r.norm) or ALSO & set(r.tokens)):
        return None
    last = knowledge.municipalities[conversation.municipality or ""]
    other = knowledge.municipalities.get(next(iter(named)) or "")
    asked_of = [p for p in last.people if p.id in conversation.people and p.name]
    if other is None or not asked_of:
        return None
    theirs = [p for p in other.people if any(p.name == q.name for q in asked_of)]
    signers = [p for p in other.people if p.signed and p.name]
    found: Answer | None
    if theirs:
        found = people_named.answer(tuple((other, p) for p in theirs), r.language, today, about=other.id)
        if found is None:  # named there, but with nothing to say of them: the answers before stand
            return None
    else:
        found = people_named.answer(tuple((other, p) for p in signers), r.language, today, about=other.id) if signers \
            else None
        names = " och ".join(p.name for p in asked_of)
        names_en = " and ".join(p.name for p in asked_of)
        said = pick(r.language, f"Källan för {other.name} nämner inte {names}.",
                    f"The source for {other.name} does not name {names_en}.")
        if found is None:
            return Answer(True, other.id, "people", said, language=r.language, follow_ups=["people", "focus"])
        found.text = f"{said}\n\n{found.text}"
    others = [p for p in signers if p not in theirs]
    if theirs and others:  # who else signed there
        head, sep, tail = found.text.rpartition("\n\n")
        more = pick(r.language, "Skrev också under: ", "Also signed: ") + ", ".join(
            f"{p.name}, {pick(r.language, p.role, p.role_en)}" for p in others) + "."
        found.text = f"{head}\n\n{more}{sep}{tail}" if head else f"{found.text}\n\n{more}"
    conversation.municipality = other.id
    conversation.people = tuple(p.id for p in theirs or signers)
    return found
