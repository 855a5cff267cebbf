"""A person's phone number or e-mail asked of the entry (slot_asks.py's "phone" and "email" slots): the press
contact's number the source gives, else that none is mentioned, then who the person is; and which of the people the
routing listed for a role the question names. Kept apart from slot_asks.py, which reads the slot."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from bot.answering import compose, people_named
from bot.answering.answer import Answer
from bot.answering.conversation import Conversation
from bot.answering.knowledge import Municipality, Person
from bot.text import tokens

if TYPE_CHECKING:
    from collections.abc import Sequence

    from bot.answering.reading import Reading


def role_asked(person: Person, r: Reading, others: Sequence[Person]) -> bool:
    """Whether the question names the person's role ("trygghetssamordnaren" of a "trygghetssamordnare"), so that the
    people the routing listed for a role are those asked of, never the signers listed for want of a kommunpolis;
    of `others` listed, the one whose role shares most words with it ("security coordinator", not "coordinator")."""
    return _role_words(person, r) > 0 and _role_words(person, r) == max(_role_words(p, r) for p in others)


def _role_words(person: Person, r: Reading) -> int:
    role = {w[:7] for w in tokens(f"{person.role} {person.role_en}") if len(w) >= 7}
    return len(role & {t[:7] for t in r.tokens if len(t) >= 7})


def contact(persons: tuple[people_named.Named, ...], asked: str, muni: Municipality | None, language: str,
            today: dt.date, conversation: Conversation) -> Answer:
    """A person's phone number or e-mail: the press contact's number the source gives, else that none is
    mentioned; then who the person is."""
    found = people_named.answer(persons, language, today, about=muni.id if muni else None)
    lines = []
    for person in {p.name: p for _, p in persons}.values():
        name, phone = person.name, person.phone
        if phone:
            lines.append(compose.pick(language, f"Telefon till {name} (presskontakt i källan): {phone}."
                                      + (" E-postadress nämns inte." if asked == "email" else ""),
                                      f"Phone for {name} (press contact in the source): {phone}."
                                      + (" The source does not mention an e-mail address." if asked == "email" else "")))
        else:
            lines.append(compose.pick(language, ("E-postadress" if asked == "email" else "Telefonnummer")
                                      + f" till {name} nämns inte i källan.",
                                      f"The source does not mention "
                                      + ("an e-mail address" if asked == "email" else "a phone number") + f" for {name}."))
    found.text = "\n".join(lines) + "\n\n" + found.text
    if muni is not None:
        conversation.municipality = muni.id
    return found
