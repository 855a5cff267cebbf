"""What an entry's own sentences say about a district or locality in it. "Vad händer med tryggheten i
Skäggetorp?", "Hulta känns otryggt, vad gör kommunen?" or "när kommer polisen till Idre?" name a place the
kommun's entry writes about ("… tillsammans med 16 samverkansparter … utveckla Skäggetorp", "nya poliser
ska utgå från Idre"): those sentences, quoted under their agreement and dated by their source, answer what
is asked of the place before the kommun's agreements, which a title alone ("Medborgarlöfte för
Skäggetorp") does not.

And the one question a place asks of the police ("när kommer polisen till Idre?", "finns polisen kvar i
Särna?", "when will the police come to Idre?"): it is asked of the entry that names the place, not of
the bot or of figures the bot does not have."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answering import passages
from bot.answering.passages import ABOUT_SOURCES, Passage
from bot.text import fold

if TYPE_CHECKING:
    from bot.answering.knowledge import Municipality
    from bot.answering.matching import Mention
    from bot.answering.reading import Reading

MAX_SENTENCES = 3  # the place's own few sentences; the kommun's agreements follow
# Kinds of passage that are the entry's text about what is done or found, never a title or a list word.
_WORDS_OF = frozenset(("area", "measure", "fact", "purpose", "basis", "method", "follow_up", "quote", "partner",
                       "signing"))
# "när kommer polisen", "kommer det fler poliser", "finns polisen kvar", "will the police come".
_POLICE = re.compile(r"\b(?:polis\w*|police)\b", re.IGNORECASE)
_WHEN_OR_WHETHER = frozenset(("nar", "kommer", "finns", "blir", "far", "ska", "when", "will", "is", "are",
                              "does", "do", "hur"))
_TO_THE_BOT = frozenset(("du", "dig", "ni", "er", "you", "me", "mig"))  # "kan du skicka polisen …": the bot's


def places_named(r: Reading) -> list[Mention]:
    """The districts and localities the message names (not a kommun under its own name or an alias)."""
    return [m for m in r.known if m.place.via and m.place.via.casefold() != m.place.name.casefold()]


def naming(found: passages.Passages, muni: Municipality, place: str, language: str) -> list[Passage]:
    """The entry's sentences that write the place's name, in the entry's order, at most a few."""
    pattern = re.compile(rf"(?<!\w){re.escape(place)}s?(?!\w)", re.IGNORECASE)
    candidates = [p for p in found.of(muni.id, language) if p.kind in _WORDS_OF and p.kind not in ABOUT_SOURCES]
    if language == "sv":  # the source's own words, Swedish as quoted: who works where, what was promised there
        for agreement in muni.agreements:
            candidates.append(Passage(muni.id, "quote", agreement.title, agreement.quote, agreement.source_id,
                                      language, agreement.id))
            candidates += [Passage(muni.id, "quote", area.title, area.quote, area.source_id or agreement.source_id,
                                   language, agreement.id, area.id) for area in agreement.areas]
    chosen: list[Passage] = []
    for passage in candidates:
        if pattern.search(passage.text) and all(p.text != passage.text for p in chosen):
            chosen.append(passage)
    # A sentence that only repeats an area's title says nothing the list of areas does not.
    said = [p for p in chosen if p.text != p.label] or chosen
    return said[:MAX_SENTENCES]


def quoted(found: passages.Passages, muni: Municipality, place: str, language: str,
           shown: str) -> tuple[str, list[str]]:
    """The place's sentences quoted under their agreement, unless the answer (`shown`) already holds
    them all; and their source ids."""
    chosen = [p for p in naming(found, muni, place, language) if p.text not in shown]
    if not chosen:
        return "", []
    return passages.quoted(muni, [(0.0, p) for p in chosen], language)


def asks_police_at_place(r: Reading) -> bool:
    """"När kommer polisen till Idre?", "finns polisen kvar i Särna?": a question about the police at a
    district or locality the entry names, not a request to the bot ("kan du skicka polisen …")."""
    if not places_named(r) or not _POLICE.search(r.text) or "?" not in r.text and r.tokens[:1] != ["nar"]:
        return False
    return bool(set(r.tokens) & _WHEN_OR_WHETHER) and not set(r.tokens) & _TO_THE_BOT


def searched_at_place(r: Reading, found: passages.Passages, muni: Municipality) -> bool:
    """"långshyttan otrygga platser": a place and a few words, typed as a search, that the entry's own
    text about the place holds ("Åtgärder vid otrygga platser i Långshyttan"). It is asked of the entry;
    "Hageby känns otryggt", a feeling told, is not (its "känns" is no word of the entry's)."""
    named = places_named(r)
    if len(named) != 1 or "?" in r.text:
        return False
    place = named[0]
    rest = [t for i, t in enumerate(r.tokens) if not place.start <= i < place.end]
    if not 1 <= len(rest) <= 3 or any(len(t) < 4 for t in rest):
        return False
    pattern = re.compile(rf"(?<!\w){re.escape(place.place.via)}s?(?!\w)", re.IGNORECASE)
    texts = [fold(f"{p.label} {p.text}") for p in found.of(muni.id, r.language) if pattern.search(f"{p.label} {p.text}")]
    return any(all(re.search(rf"\b{re.escape(t[:5])}", text) for t in rest) for text in texts)
