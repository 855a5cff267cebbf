"""Follow-ups that ask of the kommun's agreement as a whole, after a question about that kommun:

- "kommer det något nytt?", "blir det nåt nytt avtal snart", "is a new one coming?": what the source
  says of renewal (a note that it is revised each term or runs until further notice, the entry's
  `renewal:`), else the newest agreement's period and that the source does not say, and whom to ask;
- "hur många är de?", "hur många löften är det", "how many are there?" after its areas: how many each
  of its agreements lists, with their titles;
- "något om klotter?", "och om trafiken?", "anything on schools?", "finns det ANDTS-coacher?": a topic asked of
  the same agreement,
  which the engine answers from the kommun (or says it is not mentioned) instead of the glossary's
  definition of the word (`asks_of_it`); so is a survey's figure ("vad blev trygghetsindex?").

bot/answering/followup.py calls `renewal` and `count` before the usual routing; a message that names a
kommun is its own question and left to that routing.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from bot.answering import compose, ended, text_asks
from bot.answering.answer import Answer
from bot.answering.aspects import AREA_KIND_NAMES
from bot.answering.compose import pick
from bot.answering.conversation import Conversation
from bot.answering.details import source_dicts
from bot.answering.knowledge import Agreement, Knowledge, Municipality
from bot.answering.passage_kinds import ABOUT_SOURCES, Passage
from bot.answering.passages import Passages
from bot.answering.periods import agreement_name, by_relevance, neuter, span, status, status_sentence
from bot.text import fold

if TYPE_CHECKING:
    from bot.answering.reading import Reading

# Whether a new agreement is coming: "kommer det något nytt?", "blir det ett nytt avtal?", "förnyas
# det?", "is a new one coming?", "will it be renewed?" (the message folded: no å/ä/ö).
RENEWAL_ASKED = re.compile(
    r"\b(?:(?:kommer|blir|far|tecknas|skrivs) (?:det|de|dom|vi|ni|kommunen) (?:nagot|nat|nagonting|ett|en|nya?|nytt)"
    r"|nytt? (?:avtal|lofte|medborgarlofte|overenskommelse|samverkansavtal)|nya (?:loften|avtal)"
    r"|forny\w*|forlang\w*|nasta (?:avtal|lofte|overenskommelse)"
    r"|new one|a new (?:agreement|promise|citizen promise)|renew\w*|next (?:agreement|one|promise)"
    r"|(?:be|been|get) extended)\b")
# What the source may say of renewal, in an agreement's note or quote (folded).
RENEWAL_WORDS = ("revider", "forny", "lopande", "forlang", "tills vidare", "arligen", "varje ar", "mandatperiod",
                 "revised", "renew", "until further", "every year", "extended", "running")
# What a sentence of the entry says of agreements that recur or run on (a past "förnyat" is an event).
# "Varje år" alone is too loose ("ska minska för varje år"): the entry's `renewal:` carries such a source.
RECURRING = ("revider", "lopande", "tills vidare", "arligen", "en gang om aret", "mandatperiod",
             "annually", "once a year", "until further", "each term")
# Counting the last answer's areas: "hur många är de?", "hur manga punkter e det", "how many are there?".
# The word between is one for the list itself: "hur många trygghetsvandringar blir det?" asks a figure.
_LISTED = (r"(?:\s+(?:loften|lofte|punkter|punkt|omraden|fokusomraden|samverkansomraden|ataganden|atgarder|insatsomraden"
           r"|saker|st|stycken|areas|promises|points|items|things|commitments|priorities|prioriteringar))?")
COUNT_ASKED = re.compile(
    r"\b(?:hur manga|how many)\b" + _LISTED + r"\s+(?:(?:ar|e|var|blir|finns)\s+(?:de|dom|dem|det)\b|finns det\b|har (?:de|dom)\b"
    r"|(?:are|were)\s+(?:they|there)\b|of them\b|is that\b|does it have\b)|\bhur manga\s*\??$")
AREA_TOPICS = frozenset({"focus", "overview", "detail", "promises"})
# Which of the last answer's agreements still hold: "vilka av dem gäller fortfarande?", "gäller nåt av
# dem än?", "which of them are still in force?", "are they still valid?".
STILL_ASKED = re.compile(
    r"\b(?:(?:vilka|vilken|vilket|nagot|nat|nagon|nan|nagra) av (?:dem|dom|de|dessa|them)|which of (?:them|these)"
    r"|(?:galler|ar) (?:de|dom|nagot|nat|nagon|nagra)(?: av (?:dem|dom|de))?|are (?:they|any of them|any)"
    r"|is (?:any|one) of them)\b.*\b(?:galler|gäller|fortfarande|an|nu|i kraft|still|valid|in force|current)\b")
# A topic asked of the agreement talked about, not what a word means: "något om X", "och om X",
# "står det nåt om X", "nåt för oss som cyklar", "anything on/about X", "what about X".
ASKS_OF_IT = re.compile(r"(?:\b(?:nagot|nat|nagonting|nanting|anything|something)\s+(?:om|on|about|for|mot)\b"
                        r"|^(?:och|men|o)\s+(?:om|kring|angaende|vad\s+galler|hur\s+ar\s+det\s+med)\b"
                        r"|^(?:and\s+|so\s+)?(?:what|how)\s+about\b|^and\s+(?:on|about)\b|\bnamns\b|\bmentioned\b"
                        r"|\btas\s+(?:nagot|nat)?\s*upp\b"
                        # whether it holds a thing ("finns det ANDTS-coacher?", "are there night walkers?"), not
                        # what the thing's word means
                        r"|^(?:och\s+|o\s+|and\s+)?(?:finns|ingar|forekommer|is\s+there|are\s+there)\b"
                        # whether it is about a thing ("handlar det om våld i nära relation?", "does it cover fraud?")
                        r"|^(?:och\s+|o\s+|and\s+)?(?:handlar|galler|ror|tar)\s+(?:det|den|de|dom|loftet|avtalet)\s+"
                        r"(?:om|upp|nagot|nat)\b|^(?:and\s+)?(?:does|do)\s+(?:it|they)\s+(?:cover|include|mention|deal)"
                        # or whether a thing is among what it holds ("är bedrägerier ett av fokusområdena?", "e klotter
                        # med", "is fraud one of its focus areas?"): the thing is the copula's subject
                        r"|^(?:och\s+|o\s+)?(?:ar|e|ingar|ingick|raknas)\s+(?!(?:det|den|de|dom)\b)\w+.*"
                        r"\b(?:med|bland|en del|ett av|en av)\b"
                        r"|^(?:and\s+)?(?:is|are)\s+(?!(?:it|they|there)\b)\w+.*\b(?:among|included|one of|part of|covered)\b)")
RENEWAL_ACTIONS = ("question", "unsure", "limit", "out_of_scope", "greeting", "where_i_live")


def asks_of_it(r: Reading) -> bool:
    """"Något om klotter?", "och om trafiken?", "anything on schools?": a topic asked of the agreement."""
    return bool(ASKS_OF_IT.search(r.norm)) or text_asks.asks_a_figure_of_it(r.norm)


def _context(knowledge: Knowledge, r: Reading, conversation: Conversation) -> Municipality | None:
    """The kommun talked about, when the message names none of its own."""
    if r.known or r.unknown:
        return None
    return knowledge.municipalities.get(conversation.municipality or "")


def _asks_something_else(found: Passages, muni: Municipality, r: Reading) -> bool:
    """"När kunde invånarna tycka till inför ett nytt löfte 2023?" asks of a sentence the entry holds
    ("Medborgardialog i april 2023 inför ett nytt medborgarlöfte"), not whether a new one is coming:
    words of its own beside the renewal's, which the entry's sentences answer. An agreement's parts are
    not such words: a follow-up's "det" is read as the last answer's ("efter fokusområdena")."""
    own = [t for t in r.masked if len(t) > 4 and not t.isdigit() and not RENEWAL_ASKED.search(t)
           and not t.startswith(("kommer", "medborgarlof", "avtal", "overenskommelse", "samverkans", "lofte",
                                 "fokusomrad", "omrade", "atagand", "period"))]
    return len(own) >= 2 and bool(found.answering(muni.id, r.masked, r.language, subject=own))


def renewal(knowledge: Knowledge, found: Passages, r: Reading, conversation: Conversation, action: str,
            today: dt.date) -> Answer | None:
    """"Kommer det något nytt?" after a kommun: what its source says of a new agreement, never a guess.
    A detail asked with it ("förnyas löftet varje år?") is the passages' frame (detail_asks.py)."""
    muni = _context(knowledge, r, conversation)
    if muni is None or action not in RENEWAL_ACTIONS or not RENEWAL_ASKED.search(r.norm) or not muni.agreements \
            or r.detail_ask is not None or _asks_something_else(found, muni, r):
        return None
    lang = r.language
    # The agreement the conversation is about ("medborgarlöfte avesta"), else the one a resident reads first.
    newest = next((a for a in muni.agreements if a.id == conversation.agreement), by_relevance(muni.agreements, today)[0])
    said = _renewal_said(newest, lang)
    new_sv, new_en = ("ett nytt", "a new one") if neuter(newest) else ("en ny", "a new one")
    lines = [pick(lang, f"Om {new_sv} {agreement_name(newest, lang)} i {muni.name}:",
                  f"On a new {agreement_name(newest, lang)} in {muni.name}:"),
             f"{agreement_name(newest, lang, capital=True)} {span(newest, lang)}. "
             f"{status_sentence(newest, today, lang, ask=False)}"]
    ids = [newest.source_id]
    if said:
        lines.append(pick(lang, f"Källan säger: {said}.", f"The source says: {said}."))
    known = [said, pick(lang, muni.renewal.text, muni.renewal.text_en)] if muni.renewal is not None else [said]
    for passage in _renewal_passages(found, muni, lang, known):
        lines.append(f"{passage.label}: ”{passage.text}”" if passage.label else f"”{passage.text}”")
        ids.append(passage.source_id)
        said = said or passage.text
    # The closing paragraph speaks of the agreement a resident reads first (and of `renewal:`): only for that one.
    closing = ended.closing(muni, today, lang) if newest is ended.newest(muni, today) else None
    if muni.renewal is not None and closing is None:
        lines.append(pick(lang, muni.renewal.text, muni.renewal.text_en))
        ids.append(muni.renewal.source_id)
    if not said and muni.renewal is None:
        lines.append(pick(lang, "Om ett nytt avtal förbereds säger källan inget.",
                          "The source does not say whether a new one is being prepared."))
    if closing is not None:
        lines.append(closing.text)
        ids.extend(closing.source_ids)
    else:
        lines.append(pick(lang, f"Fråga {compose.municipality_party(muni)} om {new_sv} är på väg.",
                          f"Ask {muni.name} Municipality whether {new_en} is on its way."))
    conversation.municipality, conversation.topic = muni.id, "period"
    return _sourced(muni, lines, ids, "period", lang, today)


def _renewal_passages(found: Passages, muni: Municipality, language: str, known: list[str]) -> list[Passage]:
    """Sentences of the entry that say how often or until when agreements run ("Ett nytt medborgarlöfte
    skrivs en gång om året"), at most two, not the note already quoted."""
    chosen: list[Passage] = []
    for passage in found.of(muni.id, language):
        folded = fold(passage.text)
        repeats = any(k and (k in passage.text or passage.text in k) for k in known)
        if passage.kind not in ABOUT_SOURCES and not repeats and any(w in folded for w in RECURRING) \
                and passage.text not in [p.text for p in chosen]:
            chosen.append(passage)
    return chosen[:2]


def _renewal_said(agreement: Agreement, language: str) -> str:
    """The part of the agreement's note or quote that speaks of renewal ("avtalet revideras varje
    mandatperiod", "är löpande"), or ""."""
    note = pick(language, agreement.signed_note, agreement.signed_note_en or agreement.signed_note)
    for part in [p.strip() for p in re.split(r"[;.]", note)] + [agreement.quote]:
        if part and any(w in fold(part) for w in RENEWAL_WORDS):
            return part if part != agreement.quote else f"”{part.rstrip('.')}”"
    return ""


def count(knowledge: Knowledge, r: Reading, conversation: Conversation, today: dt.date) -> Answer | None:
    """"Hur många är de?" after a kommun's areas: how many each of its agreements lists."""
    muni = _context(knowledge, r, conversation)
    if muni is None or conversation.topic not in AREA_TOPICS or not COUNT_ASKED.search(r.norm):
        return None
    lang = r.language
    listed = [a for a in by_relevance(muni.agreements, today) if a.areas]
    if not listed:
        return None
    numbers = compose_numbers(lang)
    lines = [pick(lang, f"I {muni.name}:", f"In {muni.name}:")]
    for agreement in listed:
        kinds = list(dict.fromkeys(area.kind for area in agreement.areas))
        counted = []
        for kind in kinds:
            n = sum(1 for area in agreement.areas if area.kind == kind)
            sv, en = AREA_KIND_NAMES[kind]
            name = pick(lang, sv if n == 1 else _plural_sv(sv), en if n == 1 else en + "s")
            counted.append(f"{numbers[n] if n < len(numbers) else n} {name}")
        titles = "; ".join(pick(lang, area.title, area.title_en or area.title) for area in agreement.areas)
        lines.append(f"• {agreement_name(agreement, lang, capital=True)} {span(agreement, lang)}, "
                     f"{compose.join_words(counted, lang)}: {titles}")
    conversation.municipality = muni.id
    ids = [a.source_id for a in listed]
    return _sourced(muni, lines, ids, "focus", lang, today)


def _sourced(muni: Municipality, lines: list[str], ids: list[str], topic: str, lang: str, today: dt.date) -> Answer:
    """The lines as one answer about `muni`, its sources' line after them; the other aspects offered next."""
    sources = compose.sources_of(muni, ids)
    text = "\n".join(lines)
    if sources:
        text += "\n\n" + compose.source_line(sources, lang, today)
    return Answer(True, muni.id, topic, text, sources=source_dicts(sources), language=lang,
                  follow_ups=[t for t in ("focus", "period", "people") if t != topic])


def still(knowledge: Knowledge, r: Reading, conversation: Conversation, today: dt.date) -> Answer | None:
    """"Vilka av dem gäller fortfarande?" after a kommun's agreements or areas: the agreements in
    force with their areas, and those that have ended by name; None for anything else."""
    muni = _context(knowledge, r, conversation)
    if muni is None or conversation.topic not in AREA_TOPICS | {"period", "list"} or not STILL_ASKED.search(r.norm) \
            or not muni.agreements:
        return None
    lang = r.language
    ordered = by_relevance(muni.agreements, today)
    holding = [a for a in ordered if status(a, today) in ("in_force", "open")]
    lines = [pick(lang, f"I {muni.name}:", f"In {muni.name}:")]
    for agreement in holding:
        titles = "; ".join(pick(lang, area.title, area.title_en or area.title) for area in agreement.areas)
        lines.append(f"• {agreement_name(agreement, lang, capital=True)} {span(agreement, lang)}. "
                     f"{status_sentence(agreement, today, lang)}" + (f" {pick(lang, 'Det' if neuter(agreement) else 'Den', 'It')} {pick(lang, 'tar upp', 'covers')}: "
                                                                      f"{titles}." if titles else ""))
    gone = [a for a in ordered if status(a, today) == "ended"]
    if gone:
        names = compose.join_words([f"{agreement_name(a, lang)} {span(a, lang)}" for a in gone], lang)
        lines.append(pick(lang, f"Har upphört: {names}.", f"Ended: {names}."))
    if not holding:
        lines.append(pick(lang, "Inget av dem gäller längre enligt källan; fråga kommunen om ett nytt har tecknats.",
                          "None of them applies any longer according to the source; ask the municipality whether "
                          "a new one has been signed."))
    conversation.municipality, conversation.topic = muni.id, "period"
    sources = compose.sources_of(muni, [a.source_id for a in ordered])
    text = "\n".join(lines)
    if sources:
        text += "\n\n" + compose.source_line(sources, lang, today)
    return Answer(True, muni.id, "period", text, sources=source_dicts(sources), language=lang,
                  follow_ups=["focus", "people"])


def compose_numbers(language: str) -> tuple[str, ...]:
    """Numbers as words up to ten ("tre fokusområden", "three focus areas"), in the message's language."""
    return tuple(pick(language, "noll|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio",
                      "no|one|two|three|four|five|six|seven|eight|nine|ten").split("|"))


def _plural_sv(word: str) -> str:
    """fokusområde → fokusområden, åtagande → åtaganden, "område som också tas upp" → "områden som …"."""
    head, _, rest = word.partition(" ")
    head = head + "n" if head.endswith("e") else head
    return f"{head} {rest}".strip()
