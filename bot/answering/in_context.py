"""Follow-ups about the kommun talked about that name a thing of its entry rather than an aspect:

- a document the entry names ("vad står i åtgärdsplanen?", "och lägesbilden?", "what is in the action
  plan?") after "Har Burlöv ett avtal?": the entry's sentences about that document, with the kommun
  kept, instead of the glossary's definition alone (which only "vad är en lägesbild?" adds, before them);
- "hur många är de?" after "finns det poliser i Säter?" or after the people named: how many the entry
  names, and that it gives no other number.

bot/answering/followup.py calls these before the usual routing; what "de" counts is remembered in
`Conversation.counted` (`counted_of`).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from bot.answering import compose, lexicon
from bot.answering.answer import Answer
from bot.answering.aspects import person_line
from bot.answering.compose import pick
from bot.answering.conversation import Conversation
from bot.answering.knowledge import Knowledge, Municipality, Person
from bot.answering.passage_kinds import ABOUT_SOURCES, Passage
from bot.answering.passages import Passages
from bot.text import fold

if TYPE_CHECKING:
    from bot.answering.reading import Reading

# A document an entry may name: how the message names it (folded tokens' starts, or phrases), how the
# entry's sentences name it (folded), and what it is called in the answer.
DOCUMENTS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, str]]] = {
    "atgardsplan": (("atgardsplan", "action plan"), ("atgardsplan", "action plan"), ("åtgärdsplanen", "the action plan")),
    "lagesbild": (("lagesbild", "situation picture"), ("lagesbild",), ("lägesbilden", "the lägesbild")),
    "trygghetsmatning": (("trygghetsmatning", "safety survey"), ("trygghetsmatning", "safety survey"),
                         ("trygghetsmätningen", "the safety survey")),
}
MAX_SENTENCES = 3
# Which sentences of an entry tell most about a document, first: a fact about it, how the work is
# followed up and done, what it builds on; an area's title last (it names the document in passing).
KIND_ORDER = {"fact": 0, "follow_up": 1, "method": 2, "basis": 3, "purpose": 4}
# What a follow-up may have been read as when it names a document (not the bot's privacy, not danger).
DOCUMENT_ACTIONS = ("question", "unsure", "limit", "out_of_scope", "help", "greeting")
# "Hur många är de?", "how many are they?", "hur många var dom?": counting what was just named.
COUNT_ASKED = re.compile(r"\b(?:hur manga|how many)\s+(?:(?:ar|var|blir|finns)\s+(?:de|dom|dem|det)|finns det"
                         r"|(?:are|were)\s+(?:they|there)|of them|is that)\b")
# What "de" counts after the message that named them ("finns det kommunpoliser i Ulricehamn?").
POLICE_WORDS = frozenset(("poliser", "poliserna", "omradespoliser", "omradespoliserna", "officers", "policemen",
                          "cops", "polisman", "poliserna"))
COMMUNITY_POLICE_START = ("kommunpolis", "community police")
NUMBERS = {"sv": ("noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio"),
           "en": ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")}


def document_named(r: Reading) -> str | None:
    """The document the message names ("åtgärdsplanen", "action plan"), or None."""
    for key, (asked, _, _) in DOCUMENTS.items():
        if any(t.startswith(asked) for t in r.tokens) or any(" " in a and a in r.norm for a in asked):
            return key
    return None


def document(knowledge: Knowledge, found: Passages, r: Reading, conversation: Conversation, action: str,
             today: dt.date) -> Answer | None:
    """"Vad står i åtgärdsplanen?" after a kommun's answer: the entry's sentences that name the
    document; None when the message asks across kommuner, names another or the entry names it nowhere."""
    muni = knowledge.municipalities.get(conversation.municipality or "")
    key = document_named(r)
    if muni is None or key is None or action not in DOCUMENT_ACTIONS or conversation.topic == "list":
        return None
    if key == "lagesbild" and r.detail_ask is not None and not lexicon.DEFINITION.found(r.norm):
        return None  # "hur tas lägesbilden fram?", "vem ansvarar för den?": detail_asks.py reads those frames
    if any(m.place.municipality_id != muni.id for m in r.known) or r.unknown or lexicon.CROSS.found(r.norm):
        return None
    lang = r.language
    said = _about_document(found.of(muni.id, lang), DOCUMENTS[key][1])
    if not said:
        return None
    name = DOCUMENTS[key][2][0 if lang != "en" else 1]
    lines = [pick(lang, f"Om {name} i {muni.name}:", f"On {name} in {muni.name}:")]
    lines += [f"• {p.text}" for p in said]
    text = "\n".join(lines)
    if r.glossary is not None and lexicon.DEFINITION.found(r.norm) and _indefinite(r):
        # "Vad är en lägesbild?": what the word means first, then what this kommun's entry says of it.
        text = f"{r.glossary.term}: {pick(lang, r.glossary.definition, r.glossary.definition_en)}\n\n{text}"
    sources = compose.sources_of(muni, [p.source_id for p in said])
    if sources:
        text += "\n\n" + compose.source_line(sources, lang, today)
    conversation.municipality, conversation.topic, conversation.unknown = muni.id, "detail", None
    return Answer(True, muni.id, "detail", text, language=lang,
                  sources=[{"publisher": s.publisher, "title": s.title, "date": str(s.date) if s.date else ""}
                           for s in sources], follow_ups=["focus", "period"])


def _about_document(passages: tuple[Passage, ...], written: tuple[str, ...]) -> list[Passage]:
    chosen: dict[str, Passage] = {}
    for passage in passages:
        if passage.kind in ABOUT_SOURCES or passage.text in chosen:
            continue
        folded = fold(passage.text)
        if any(w in folded for w in written):
            chosen[passage.text] = passage
    ordered = sorted(chosen.values(), key=lambda p: KIND_ORDER.get(p.kind, len(KIND_ORDER)))
    return ordered[:MAX_SENTENCES]


def _indefinite(r: Reading) -> bool:
    """"Vad är en lägesbild?", "what is an action plan?": the word asked as a word, not this kommun's."""
    return bool({"en", "ett", "a", "an"} & set(r.tokens))


# -- how many ---------------------------------------------------------------------------------------


def counted_of(r: Reading, topic: str | None) -> str | None:
    """What a later "hur många är de?" counts after this message: the police it asked about, the
    people an answer named, or nothing."""
    if any(t.startswith(COMMUNITY_POLICE_START) for t in r.tokens) or "community police" in r.norm:
        return "community_police"
    if set(r.tokens) & POLICE_WORDS or re.search(r"\bpolice officers?\b|\bare there police\b", r.norm):
        return "police"
    return "people" if topic == "people" else None


def count(knowledge: Knowledge, r: Reading, conversation: Conversation, today: dt.date) -> Answer | None:
    """"Hur många är de?" after the police or the people of a kommun: how many its entry names, and
    that it says no more; None for anything else (the usual routing answers)."""
    muni = knowledge.municipalities.get(conversation.municipality or "")
    if muni is None or conversation.counted is None or r.known or not COUNT_ASKED.search(r.norm):
        return None
    people = _counted(muni, conversation)
    lang = r.language
    if not people:
        return None
    n = len(people)
    number = NUMBERS[lang][n] if n < len(NUMBERS[lang]) else str(n)
    police = conversation.counted != "people"
    what_sv = ("kommunpolis" if n == 1 else "kommunpoliser") if conversation.counted == "community_police" \
        else ("polis" if n == 1 else "poliser") if police else ("person" if n == 1 else "personer")
    what_en = ("community police officer" if conversation.counted == "community_police" else
               "police officer" if police else "person" if n == 1 else "people") + ("s" if n != 1 and police else "")
    names = compose.join_words([person_line(p, lang) for p in people], lang)
    text = pick(lang, f"Källan för {muni.name} nämner {number} {what_sv}: {names}.",
                f"The source for {muni.name} names {number} {what_en}: {names}.")
    if police:
        text += "\n" + pick(lang, "Hur många poliser som arbetar i kommunen anger den inte.",
                            "It does not say how many police officers work in the municipality.")
    sources = compose.sources_of(muni, [p.source_id for p in people])
    if sources:
        text += "\n\n" + compose.source_line(sources, lang, today)
    conversation.topic = "people"
    return Answer(True, muni.id, "people", text, language=lang,
                  sources=[{"publisher": s.publisher, "title": s.title, "date": str(s.date) if s.date else ""}
                           for s in sources], follow_ups=["people", "focus"])


def _counted(muni: Municipality, conversation: Conversation) -> list[Person]:
    if conversation.counted == "community_police":
        return [p for p in muni.people if p.role_key == "community_police"]
    if conversation.counted == "police":
        return [p for p in muni.people if p.role_key in ("community_police", "police_chief")
                or "polis" in fold(p.role)]
    return [p for p in muni.people if p.id in conversation.people]
