"""An entry cut into passages: each sentence of a focus area, a measure, the purpose, what the
agreement builds on, how it was signed, a method, the follow-up, a fact, a party or partner, a quote
or a note on a source becomes a `Passage`, in Swedish and in English, with the label that says which
part of the entry it belongs to and the words a resident asks about that part with.

Apart from passages.py, which indexes and ranks the passages for a question: what a passage is and
how an entry is cut into them is read by others too (the knowledge checks, the index's cache), and
does not change with how they are ranked.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.answering.knowledge import Agreement, Municipality
from bot.text import fold


# Notes about a source ("the page gives no date of its own") or about the search for a newer agreement:
# never an answer to a question about the agreement (the source's own answer says them).
ABOUT_SOURCES = frozenset(("source_note", "checked"))
# A sentence ends at . ! ? before a capital or a digit; "t.ex. polisen" does not end one.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"”“(]?[A-ZÅÄÖÉÜ0-9])")

# What each part of an entry is called (shown before its sentence), and the words a resident asks
# about it with (indexed with the label, not shown).
LABELS: dict[str, tuple[str, str]] = {
    "purpose": ("Syfte och mål", "Purpose and goal"),
    "basis": ("Underlag", "What it builds on"),
    "signing": ("Undertecknandet", "The signing"),
    "method": ("Arbetssätt", "Way of working"),
    "follow_up": ("Uppföljning", "Follow-up"),
    "partner": ("Samverkar också med", "Also works with"),
    "party": ("Part", "Party"),
    "checked": ("Senast kontrollerat om det finns en nyare", "Last checked for a newer one"),
    "source_note": ("Om källan", "About the source"),
}
ASKED_WITH: dict[str, tuple[str, str]] = {
    "purpose": ("varför", "why"),
    "basis": ("vad den bygger på och hur fokusområdena togs fram", "what it builds on and how the focus areas were chosen"),
    "signing": ("hur när var och av vem den skrevs under", "how when where and by whom it was signed"),
}

# Kinds of passage that name a place as who signed or takes part ("lokalpolisområde Hallsberg"), or where the
# search was made, never as where something is done: a place claimed for an activity is not held by them.
NOT_WHERE = frozenset(("signing", "party", "partner", "contact", "checked", "source_note"))


@dataclass(frozen=True)
class Passage:
    """One sentence of an entry, where it stands and what it rests on."""

    municipality_id: str
    kind: str  # area, measure, purpose, basis, signing, method, follow_up, fact, quote, contact, partner, ...
    label: str  # which part of the entry: an area's or a fact's title, a person, or LABELS[kind]
    text: str  # the sentence, exactly as the entry has it
    source_id: str
    language: str = "sv"
    agreement_id: str = ""
    key: str = ""  # the area's or fact's id
    keywords: tuple[str, ...] = ()  # the area's or fact's keywords: indexed with the label, not shown

    @property
    def indexed_label(self) -> str:
        """The label with the words a resident asks about this part of the entry with."""
        asked = ASKED_WITH.get(self.kind)
        words = [self.label, *([asked[0] if self.language == "sv" else asked[1]] if asked else []), *self.keywords]
        return " ".join(words)


def sentences(text: str) -> list[str]:
    """The sentences of a text, each as written (whitespace tidied)."""
    flat = " ".join(text.split())
    return [s for s in _SENTENCE_END.split(flat) if s]


def entry_passages(muni: Municipality) -> list[Passage]:
    """Every sentence of one entry, Swedish then English, in the entry's order."""
    out: list[Passage] = []

    def add(kind: str, label: tuple[str, str], sv: str, en: str | None, source_id: str, agreement_id: str = "",
            key: str = "", keywords: tuple[str, ...] = ()) -> None:
        """`en` None: a Swedish sentence only (a source's own words, which the English index does not hold)."""
        both = (("sv", sv, label[0]), ("en", en or sv, label[1] or label[0]))
        for language, text, name in both if en is not None else both[:1]:
            out.extend(Passage(muni.id, kind, name, sentence, source_id, language, agreement_id, key, keywords)
                       for sentence in sentences(text))

    for agreement in muni.agreements:
        _agreement_passages(agreement, add)
    for item in muni.methods:
        add("method", LABELS["method"], item.text, item.text_en, item.source_id)
    for item in muni.follow_up:
        add("follow_up", LABELS["follow_up"], item.text, item.text_en, item.source_id)
    for fact in muni.facts:
        add("fact", (fact.title, fact.title_en), fact.text, fact.text_en, fact.source_id, "", fact.id, fact.keywords)
    for measurement in muni.measurements:
        add("measurement", (measurement.name, measurement.name_en), measurement.text or measurement.name,
            measurement.text_en or measurement.name_en, measurement.source_id)
        if measurement.scale and fold(measurement.scale) not in fold(measurement.text):  # "på vilken skala?"
            add("measurement", (measurement.name, measurement.name_en), f"Skala: {measurement.scale}.",
                f"Scale: {measurement.scale_en or measurement.scale}.", measurement.source_id)
    first_source = muni.sources[0].id if muni.sources else ""
    for kind, parties in (("party", muni.parties), ("partner", muni.partners)):
        for party in parties:
            sv = f"{party.name}: {party.note}" if party.note else party.name
            en_name = party.name_en or party.name
            en = f"{en_name}: {party.note_en}" if party.note_en else en_name
            add(kind, LABELS[kind], sv, en, first_source)
    for person in muni.people:
        if person.quote:
            who = f"{person.name}, {person.role}" if person.name else person.role
            who_en = f"{person.name}, {person.role_en}" if person.name else person.role_en
            add("quote", (who, who_en), person.quote, person.quote, person.source_id)
    if muni.contact is not None:  # "säger Olov Nordvall, brottsförebyggande strateg"
        contact = muni.contact
        add("contact", (contact.role or "Kontakt", contact.role_en or contact.role or "Contact"), contact.quote,
            contact.quote, contact.source_id)
    for source in muni.sources:
        if source.note:
            add("source_note", LABELS["source_note"], source.note, source.note_en, source.id)
    if muni.checked_note:
        add("checked", LABELS["checked"], muni.checked_note, "", first_source)
    return out


def _agreement_passages(agreement: Agreement, add: Callable[..., None]) -> None:
    source, own = agreement.source_id, agreement.id
    if agreement.purpose:
        add("purpose", LABELS["purpose"], agreement.purpose, agreement.purpose_en, source, own)
    if agreement.basis:
        add("basis", LABELS["basis"], agreement.basis, agreement.basis_en, source, own)
    if agreement.signed_note:
        add("signing", LABELS["signing"], agreement.signed_note, agreement.signed_note_en, source, own)
    for area in agreement.areas:
        title = (area.title, area.title_en)
        add("area", title, area.text or area.title, area.text_en or area.title_en, area.source_id, own,
            area.id, area.keywords)
        if not area.text and area.quote:  # the title is ours; the source's sentence holds what it leaves out
            add("area", title, area.quote, None, area.source_id, own, area.id, area.keywords)
        for sv, en in zip(area.measures, [*area.measures_en, *[""] * len(area.measures)]):
            add("measure", title, sv, en, area.source_id, own, area.id, area.keywords)
