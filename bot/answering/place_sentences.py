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
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answering import compose, details, passages, place_asks
from bot.answering.passage_kinds import ABOUT_SOURCES, Passage
from bot.text import fold

if TYPE_CHECKING:
    from bot.answering.answer import Answer
    from bot.answering.conversation import Conversation
    from bot.answering.decide import Decision
    from bot.answering.knowledge import Municipality
    from bot.answering.municipality_answers import MunicipalityAnswers
    from bot.answering.matching import Mention
    from bot.answering.reading import Reading

MAX_SENTENCES = 3  # the place's own few sentences; the kommun's agreements follow
# Kinds of passage that are the entry's text about what is done or found, never a title or a list word.
_WORDS_OF = frozenset(("area", "measure", "fact", "purpose", "basis", "method", "follow_up", "quote", "partner",
                       "signing"))
# "när kommer polisen", "kommer det fler poliser", "finns polisen kvar", "will the police come".
_POLICE = re.compile(r"\b(?:polis\w*|police)\b", re.IGNORECASE)
_WHEN_OR_WHETHER = frozenset(("nar", "kommer", "finns", "blir", "far", "ska", "when", "will", "is", "are",
                              "does", "do"))
# "Hur många poliser finns i Hemse?" asks a figure the bot does not have: the limits answer says so.
_HOW_MANY = frozenset(("hur", "manga", "antal", "many", "number"))
# A focus area's or a commitment's sentence: what is promised, not what the promise builds on.
PROMISED = frozenset(("area", "measure"))
# Words that tell where the resident lives, just before the place ("jag bor i", "I live in").
_LIVING = frozenset(("bor", "bo", "bodde", "boende", "live", "lives", "living"))
_TO_THE_BOT = frozenset(("du", "dig", "ni", "er", "you", "me", "mig"))  # "kan du skicka polisen …": the bot's


def places_named(r: Reading) -> list[Mention]:
    """The districts and localities the message names (not a kommun under its own name or an alias)."""
    return [m for m in r.known if m.place.via and m.place.via.casefold() != m.place.name.casefold()]


def names(text: str, place: str) -> bool:
    """Whether a text writes the place's name."""
    return re.search(rf"(?<![\w-]){re.escape(place)}s?(?![\w-])", text, re.IGNORECASE) is not None


def naming(found: passages.Passages, muni: Municipality, place: str, language: str,
           kinds: frozenset[str] = _WORDS_OF) -> list[Passage]:
    """The entry's sentences of `kinds` that write the place's name, in the entry's order, at most a few."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(place)}s?(?![\w-])", re.IGNORECASE)
    # Of the agreements a question picked (by a year or kind, agreement_pick.py) only theirs: "Altona: what does the
    # 2023 promise focus on?" is not the 2021 promise's sentence on Altona.
    dropped = {a.id for a in muni.left_out}
    candidates = [p for p in found.of(muni.id, language) if p.kind in kinds and p.kind not in ABOUT_SOURCES
                  and p.agreement_id not in dropped]
    if language == "sv" and kinds is _WORDS_OF:  # the source's own words, Swedish as quoted: who works where, what was promised there
        for agreement in muni.agreements:
            candidates.append(Passage(muni.id, "quote", agreement.title, agreement.quote, agreement.source_id,
                                      language, agreement.id))
            candidates += [Passage(muni.id, "quote", area.title, area.quote, area.source_id or agreement.source_id,
                                   language, agreement.id, area.id) for area in agreement.areas]
    chosen: list[Passage] = []
    for passage in candidates:
        # A quote the entry's own sentence already holds (or the reverse) is said once.
        # A focus area or commitment asked for is also one whose title names the place ("Safety work in Gusum").
        named = pattern.search(passage.text) or kinds is PROMISED and pattern.search(passage.label)
        if named and not any(_same(p.text, passage.text) for p in chosen):
            chosen.append(passage)
    # A sentence that only repeats an area's title says nothing the list of areas does not.
    said = [p for p in chosen if p.text != p.label] or chosen
    return said[:MAX_SENTENCES]


def _same(one: str, other: str) -> bool:
    a, b = fold(one).strip(" .”\""), fold(other).strip(" .”\"")
    return a in b or b in a


def quoted(found: passages.Passages, muni: Municipality, place: str, language: str,
           shown: str, kinds: frozenset[str] = _WORDS_OF, promised: bool = False) -> tuple[str, list[str]]:
    """The place's sentences (of `kinds`) quoted under their agreement, unless the answer (`shown`) already
    holds them all; and their source ids. `promised`: with the focus areas and commitments naming it, also
    one whose sentence only repeats its title (what is promised there, asked with no list of areas)."""
    chosen = naming(found, muni, place, language, kinds)
    if promised and kinds is not PROMISED:
        chosen += [p for p in naming(found, muni, place, language, PROMISED)
                   if not any(_same(c.text, p.text) for c in chosen)]
    chosen = [p for p in chosen if p.text not in shown]
    if not chosen:
        return "", []
    text, ids = passages.quoted(muni, [(0.0, p) for p in chosen], language)
    source = next((s for s in muni.sources if s.id == chosen[0].source_id), None)
    if all(not p.agreement_id and p.source_id == chosen[0].source_id for p in chosen) and source and source.date:
        # A news item's sentence, no agreement's: said with who wrote it and when ("nya poliser ska utgå från
        # Idre", Dalademokraten, 14 november 2022), as the resident asks what holds now.
        when = source.date.format(language)
        heading = compose.pick(language, f"Om {place}, enligt {source.publisher} ({when}):",
                               f"On {place}, according to {source.publisher} ({when}):")
        text = heading + text[text.index("\n"):]
    return text, ids


def lives_at(r: Reading, place: str) -> bool:
    """"Jag bor i Hageby", "vi bor på Hisingen", "I live in Skene": the resident tells that the place is theirs,
    so what is asked after it ("har polisen lovat något för vår stadsdel?") is asked of the place."""
    return any(m.place.via == place and any(t in _LIVING for t in r.tokens[max(0, m.start - 3):m.start])
               for m in places_named(r))


def own_first(found: passages.Passages, r: Reading, muni: Municipality, place: str, topic: str,
              shown: str) -> tuple[str, list[str]]:
    """What of the entry's sentences about a district or locality the message names goes before the kommun's
    answer (`shown`, of `topic`), and their source ids. Before the agreements (overview, focus, methods,
    parties), every sentence naming it. Before a sentence found for the question's words (detail, or the
    purpose asked by "varför nämns X?"), when the place is asked of (whether or why it is named, unease there,
    where in it) or is where the resident lives: the sentences naming it if the answer names it nowhere, and
    if it does, the focus areas and commitments naming it (not only what the promise builds on: "jag bor i
    Hageby, har polisen lovat något för vår stadsdel?" is the visible police promised in Hageby)."""
    language = r.language
    if topic in ("overview", "focus", "methods", "parties"):
        return quoted(found, muni, place, language, shown)
    if topic not in ("detail", "purpose") or not (place_asks.asks_of_the_place(r) or lives_at(r, place)):
        return "", []
    if not names(shown, place):
        return quoted(found, muni, place, language, shown, promised=True)
    return quoted(found, muni, place, language, shown, PROMISED)


def put_first(answer: Answer, found: passages.Passages, r: Reading, muni: Municipality, place: str) -> None:
    """`answer` about the place's kommun with `own_first`'s sentences before it, their sources first."""
    own, ids = own_first(found, r, muni, place, answer.topic, answer.text)
    if own:
        heading = own.split("\n", 1)[0]
        # Under the same agreement's heading as the answer's own sentences: one heading, the place's first.
        same = answer.text.startswith(heading + "\n• ")
        answer.text = own + ("\n" + answer.text[len(heading) + 1:] if same else "\n\n" + answer.text)
        added = details.source_dicts(compose.sources_of(muni, ids))
        answer.sources = [*added, *(d for d in answer.sources if d not in added)]


def lead(r: Reading, named: Municipality, language: str) -> str:
    """"Jag bor i hageby": the line that opens the kommun's answer, with the place that led there."""
    # Only a place of the kommun answered about: "Jag bor i Kalmar, vad händer i Bergkvara?" must never
    # be told that Bergkvara lies in Kalmar.
    via = [m for m in places_named(r) if m.place.municipality_id == named.id]
    if via:
        return compose.pick(language, f"{via[0].place.via} ligger i {compose.municipality_party(named)}, så jag svarar "
                            f"om {named.name}.\n\n", f"{via[0].place.via} is in {named.name} Municipality, so I'll "
                            f"answer about {named.name}.\n\n")
    return compose.pick(language, f"Då svarar jag om {named.name}.\n\n", f"Then I'll answer about {named.name}.\n\n")


def asks_police_at_place(r: Reading) -> bool:
    """"När kommer polisen till Idre?", "finns polisen kvar i Särna?": a question about the police at a
    district or locality the entry names, not a request to the bot ("kan du skicka polisen …")."""
    if not places_named(r) or not _POLICE.search(r.text) or "?" not in r.text and r.tokens[:1] != ["nar"]:
        return False
    words = set(r.tokens)
    return bool(words & _WHEN_OR_WHETHER) and not words & (_TO_THE_BOT | _HOW_MANY)


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
    pattern = re.compile(rf"(?<![\w-]){re.escape(place.place.via)}s?(?![\w-])", re.IGNORECASE)
    texts = [fold(f"{p.label} {p.text}") for p in found.of(muni.id, r.language) if pattern.search(f"{p.label} {p.text}")]
    return any(all(re.search(rf"\b{re.escape(t[:5])}", text) for t in rest) for text in texts)


def answer(d: Decision, r: Reading, named: Municipality | None, answers: MunicipalityAnswers,
           found: passages.Passages, conversation: Conversation) -> Answer | None:
    """The answer about the place's kommun when a message asks of a place what the decision alone would
    not answer: the police at the place ("När kommer polisen till Idre?", read as a limit, the bot or a
    period), or a place typed with the entry's own words ("långshyttan otrygga platser", read as a
    concern, which is still offered). None: the decision's own answer."""
    if named is None:
        return None
    if asks_police_at_place(r) and (d.action in ("limit", "unsure", "bot", "out_of_scope", "report", "concern")
                                    or d.action == "question" and r.topic in (None, "period", "overview")):
        # "när" asks no period here, and "fler poliser" no subject of the entry's: the place's own
        # sentences, then the kommun's police area and agreements.
        placed = replace(r, topic=None, terms=[])
        return place_asks.offered(answers.about(placed, [named], r.known, r.unknown, conversation), r)
    if d.action == "concern" and searched_at_place(r, found, named):
        told = answers.about(r, [named], r.known, r.unknown, conversation)
        told.text += "\n\n" + compose.also_concern(r.language)
        return told
    return None
