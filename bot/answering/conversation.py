"""What a chat has been about: the state a follow-up is read against.

Every channel keeps one `Conversation` per chat (as a plain dict, see `to_dict`), so "och vem skrev
under?", "när går det ut?", "och Alvesta då?" or "vad sa hon?" can leave out what the last answer
was about. bot/answering/followup.py reads a message against it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass
class Conversation:
    """Context of one chat: what was last asked about, so follow-ups can leave it out."""

    municipality: str | None = None  # the municipality the last answer was about (one with an entry)
    topic: str | None = None  # its aspect: focus, period, people, … ("list" for a list of agreements)
    terms: tuple[str, ...] = ()
    language: str = "sv"
    updated: float = 0.0
    awaiting: str | None = None  # a question the bot asked and the next message may answer ("delete")
    unknown: str | None = None  # a municipality named that has no entry yet ("Jag har flyttat till Leksand")
    county: str | None = None  # the county a list of agreements was about
    people: tuple[str, ...] = ()  # ids of the people the last answer named
    role: str | None = None  # the role asked for (a lexicon.ROLES key), when the source names nobody in it
    agreement: str | None = None  # the agreement of `municipality` the resident named ("medborgarlöftet")
    # Whether the resident named `agreement` (its kind or year), not only an answer's areas were of it: who signed,
    # asked next, is then that agreement's signers (other_kind.py).
    agreement_said: bool = False
    # The year the resident gave with the agreement named ("medborgarlöftet 2024"), which a switch of kommun keeps
    # ("och Åsele samma period?": switched.py).
    year: int | None = None
    # What the resident last told or asked about, in their words ("otrygg", "centrum", "kvällarna"),
    # for a question that points back at it ("vad har kommunen lovat om det?").
    subject: tuple[str, ...] = ()
    # What "hur många är de?" counts: the police or community police a question asked about, or the
    # people the last answer named (bot/answering/in_context.py).
    counted: str | None = None
    # The areas the last answer numbered, in its order: what "det andra" names (bot/answering/ordinals.py).
    listed: tuple[str, ...] = ()
    # "Vilken kommun menar du: Håbo … eller Habo …?" asked: the aspect asked and the ids, for the answer to it.
    choosing: tuple[str, ...] = ()
    # The situation whose help the last answer gave (own_followup.py): what "vad ska jag göra nu?" asks again.
    situation: str | None = None
    # Set while the clauses of one message are answered in turn (clauses.py), never stored: a later clause may ask
    # of an agreement an earlier one's answer listed, so one clause's year or kind picks none (agreement_pick.py).
    in_clauses: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"municipality": self.municipality, "topic": self.topic, "terms": list(self.terms),
                "language": self.language, "updated": self.updated, "awaiting": self.awaiting,
                "unknown": self.unknown, "county": self.county, "people": list(self.people), "role": self.role,
                "agreement": self.agreement, "agreement_said": self.agreement_said, "year": self.year, "subject": list(self.subject),
                "counted": self.counted, "listed": list(self.listed), "choosing": list(self.choosing),
                "situation": self.situation}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Conversation:
        data = data or {}
        return cls(municipality=data.get("municipality"), topic=data.get("topic"),
                   terms=tuple(data.get("terms") or ()), language=data.get("language") or "sv",
                   updated=float(data.get("updated") or 0.0), awaiting=data.get("awaiting"),
                   unknown=data.get("unknown"), county=data.get("county"),
                   people=tuple(data.get("people") or ()), role=data.get("role"),
                   agreement=data.get("agreement"), agreement_said=bool(data.get("agreement_said")),
                   year=data.get("year") if isinstance(data.get("year"), int) else None, subject=tuple(data.get("subject") or ()),
                   counted=data.get("counted"), listed=tuple(data.get("listed") or ()),
                   choosing=tuple(data.get("choosing") or ()), situation=data.get("situation"))

    def clear(self) -> None:
        self.municipality, self.topic, self.terms, self.awaiting = None, None, (), None
        self.unknown, self.county, self.people, self.role, self.agreement = None, None, (), None, None
        self.agreement_said, self.year = False, None
        self.subject, self.counted, self.listed, self.choosing, self.situation = (), None, (), (), None

    def copy(self) -> Conversation:
        return Conversation.from_dict(self.to_dict())
