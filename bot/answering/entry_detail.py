"""A detail of the entry talked about, asked in a follow-up that names no kommun: the entry's own sentence.

After "Vad lovar Gällivare?", "var ska de fotpatrullera?", "vilken ålder gäller det?", "vad heter modellen
de ska införa?" or "när börjar trygghetsvandringarna?" ask of that entry; the answer is one of its
sentences (bot/answering/passages.py), quoted with its source. Read alone, such a message is little: the
model takes it for something out of scope, for a concern ("vilken del av kommunen kändes otrygg?"), or a
weak cue for the period ("gäller det", "när börjar"). Two ways in:

- `framed`, before the usual routing: an age asked ("vilken ålder gäller det?", "hur gamla är barnen?",
  "which school years?"), whose answer is a sentence stating ages or school years, which shares no word
  with the question; and a time asked of a thing the entry names ("när börjar trygghetsvandringarna?"),
  whose answer is the sentence on that thing that says when, not the agreement's period;
- `instead`, after it: when the usual routing answered nothing of the kommun (out of scope, unsure, an
  invitation to send a concern), a short question naming no place, with no word of the resident's own
  and no danger, gets the entry's sentences its own words pick above the passages' threshold.

Only the kommun talked about is read, and only sentences its entry holds; otherwise None, and the answer
the routing gave stands.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from bot.answering import compose, detail_asks, lexicon
from bot.answering.answer import Answer
from bot.answering.conversation import Conversation
from bot.answering.details import source_dicts
from bot.answering.knowledge import Knowledge, Municipality
from bot.answering.passage_kinds import ABOUT_SOURCES, Passage
from bot.answering.passage_index import terms
from bot.answering.passages import MAX_QUOTED, THRESHOLD, Passages, question, quoted
from bot.answering.pointed_out import holds_name, names_a_place
from bot.answering.times_asked import says_when
from bot.text import fold, tokens

if TYPE_CHECKING:
    from bot.answering.reading import Reading

# An age or a school year asked (the message folded): "vilken ålder", "vilka åldrar", "hur gamla",
# "åldersgrupp", "vilka årskurser", "what age", "how old", "which school years", "which grades".
AGE_ASKED = re.compile(r"\b(?:alder\w*|aldrar\w*|hur gamla|hur gammal|arskurs\w*|ages?|age group\w*|how old"
                       r"|(?:which|what) (?:school )?(?:years?|grades?|classes)|vilka klasser|vilken klass)\b")
# How a sentence states an age or a school year (folded): "0 till 18", "18–24 år", "upp till 18 år", "21 år och
# yngre", "åldern 13 till 24", "årskurs 5 och 6", "aged 13 to 24", "years 5 and 6", "gymnasieåldern".
_AGES = re.compile(r"\b\d{1,2}\s*(?:[–-]|till|to|och|and)\s*\d{1,2}\b(?!\s*(?:procent|percent|%|ganger|times))"
                   r"|\b(?:upp till|under|over|fran|up to|over|aged)\s+\d{1,2}\s*(?:ar|years)\b"
                   r"|\b\d{1,2}\s*(?:ar|years)\s+(?:och yngre|och aldre|or younger|or older|old)\b"
                   r"|\balder\w*|\barskurs\w*|\bgymnasiealder\w*|\byears? \d|\bgrades? \d|\bage\b|\baged\b")
# "när börjar …?", "när startar …?", "when does … start?": a time asked of what follows.
WHEN_ASKED = re.compile(r"^(?:och |men |okej |ok )?(?:nar|when)\b")
# Words that name the agreement itself or point back at it: "när börjar det?" asks the period.
_ITSELF = ("avtal", "overenskommels", "samverkansoverenskommels", "lofte", "medborgarlofte", "agreement", "promise",
           "det", "den", "it", "that", "this", "they", "de", "dom")
# Words of the resident themselves: a message with them tells something of their own (a concern, a case).
# ("vår", folded, is "var", where: not among them.)
FIRST_PERSON = frozenset(("jag", "mig", "min", "mitt", "mina", "vi", "oss", "me", "my", "we", "us", "our", "im", "ive"))
MAX_WORDS = 14  # a follow-up asks in a few words; a longer message tells something of its own
# What the usual routing answers when it found nothing of the kommun talked about.
NOTHING_FOUND = frozenset(("out_of_scope", "unsure", "feedback"))


# Where, asked of a topic just talked about (folded): "…, var då?", "var är det värst?", "var någonstans?",
# "på vilka gator?", "vilka orter gäller det?", "where exactly?", "which villages?". The answer is the
# entry's sentence naming a place that the message's words pick, else the first that names one.
WHERE_ASKED = re.compile(r"(?:^|\b(?:och|men|okej|ok|da|sa)\s+|[,;:–-]\s*)var\b(?!\s+(?:kan|ska|far|hittar|anmaler|ligger|det|den|de|dom|han|hon|hen|du|ni|jag|vi|man)\b)"
                         r"|\bvar(?:\s+(?:da|nanstans|nagonstans|exakt|nagon\s*stans|nanstans))\b|\bvar\s*\??$"
                         r"|\bwhere\b(?!\s+(?:can|do|should|to)\s+(?:i|we)\b)"
                         r"|\b(?:vilka|vilken|vilket|which|what)\s+(?:gator|gata|orter|ort|platser|plats|stallen|stalle|byar|by|"
                         r"stadsdelar|stadsdel|streets|places|villages|towns|place)\b")  # never "vilka områden": focus areas


# A kind of place asked ("vilken plats", "which streets"): the places the entry names, not one subject's.
_PLACE_KIND = re.compile(r"\b(?:vilka|vilken|vilket|which|what)\s+(?:gator|gata|orter|ort|platser|plats|stallen|stalle|byar|"
                         r"by|stadsdelar|stadsdel|streets|places|villages|towns|place)\b")


def asks_any(norm: str) -> bool:
    """Whether the message asks an age, a time or a place of a thing at all (most do not: nothing else is tried)."""
    return AGE_ASKED.search(norm) is not None or WHEN_ASKED.search(norm) is not None or WHERE_ASKED.search(norm) is not None


def _asks_of(muni: Municipality | None, r: Reading) -> bool:
    """The message asks something of `muni` in a few words, names no place, tells nothing of the resident's
    own and no danger."""
    if muni is None or not muni.agreements or r.unknown or r.scan.regions or r.rules is not None or r.imagined:
        return False
    if any(m.police_area or m.place.municipality_id != muni.id for m in r.scan.mentions):
        return False  # another kommun or a police area named: its own question ("den för barnen" is still this one)
    return len(r.tokens) <= MAX_WORDS and not FIRST_PERSON & set(r.written) and lexicon.asks(r.text, r.tokens)


def _own(found: Passages, muni: Municipality, language: str, conversation: Conversation) -> list[Passage]:
    """The entry's sentences, those of the agreement talked about first (in the entry's order otherwise)."""
    own = [p for p in found.of(muni.id, language) if p.kind not in ABOUT_SOURCES]
    return sorted(own, key=lambda p: bool(conversation.agreement) and p.agreement_id not in ("", conversation.agreement))


def _picked(found: Passages, muni: Municipality, chosen: list[Passage], r: Reading) -> list[tuple[float, Passage]]:
    """Of the sentences a frame chose, the ones the question's words rank highest, else the first; at most
    MAX_QUOTED, an area's title beside its own sentence counted once."""
    scores = {id(p): score for score, p in found.rank(muni.id, r.masked, r.language)}
    order = {id(p): i for i, p in enumerate(chosen)}
    ranked = sorted(chosen, key=lambda p: (-scores.get(id(p), 0.0), order[id(p)]))
    kept: dict[tuple[str, str], Passage] = {}
    for p in ranked:  # of an area's title and its source's sentence, the sentence (quoted under the title)
        first = kept.setdefault((p.kind, p.key or p.text), p)
        if first.text == first.label and p.text != p.label:
            kept[(p.kind, p.key or p.text)] = p
    best = list(kept.values())[:MAX_QUOTED]
    return [(scores.get(id(p), 0.0), p) for p in best]


@lru_cache(maxsize=16384)
def states_an_age(sentence: str) -> bool:
    """Whether a sentence states an age or a school year ("barn från 0 till 18", "årskurs 5 och 6")."""
    return _AGES.search(fold(sentence)) is not None


def framed(knowledge: Knowledge, found: Passages, r: Reading, conversation: Conversation,
           today: dt.date) -> Answer | None:
    """An age, or the time of a thing the entry names, asked of the kommun talked about: its sentence."""
    if not asks_any(r.norm):
        return None
    muni = knowledge.municipalities.get(conversation.municipality or "")
    if muni is None or not _asks_of(muni, r):
        return None
    own = _own(found, muni, r.language, conversation)
    if AGE_ASKED.search(r.norm):
        chosen = [p for p in own if states_an_age(p.text) or p.kind == "area" and states_an_age(p.label)]
    elif WHEN_ASKED.search(r.norm):
        subject = _thing(found, r)
        if not subject:
            return None
        # The sentence on the thing that says when ("… påbörjas under hösten 2024"), not its title alone.
        holding = {id(p) for _, p in found.rank(muni.id, subject, r.language)}
        chosen = [p for p in own if id(p) in holding and says_when(p.text)]
    elif WHERE_ASKED.search(r.norm):
        # The sentences naming one of the entry's localities or a place ("vid Hamnplan i Grebbestad"); of
        # those, the ones the message's words pick (the topic just asked: "skoteråkningen", "trafiken").
        localities = [tuple(tokens(name)) for name in muni.localities]
        chosen = [p for p in own if any(holds_name(tokens(p.text), name) or holds_name(tokens(p.label), name)
                                         for name in localities if name) or names_a_place(p.text, fold(muni.name))]
        subject = [t for t in r.masked if not lexicon.is_cue_word(t)]
        holding = {id(p) for score, p in found.rank(muni.id, subject, r.language) if score >= THRESHOLD}
        talked = detail_asks.without_frame(conversation.terms)
        if talked and r.topic is None and not _PLACE_KIND.search(r.norm) and not any(id(p) in holding for p in chosen):
            # "var är det värst då?": of the subject just asked (not "var följs det upp?", an aspect's own question,
            # nor "vilken plats pekas ut?", which asks the places named, whatever the subject)
            holding = {id(p) for score, p in found.rank(muni.id, talked, r.language) if score >= THRESHOLD}
        if r.detail_ask is not None and not any(id(p) in holding for p in chosen):
            return None  # "vilken ort gäller det?" of nothing named: the frame's own answer
        chosen = [p for p in chosen if id(p) in holding] or chosen
    else:
        return None
    if not chosen:
        return None
    return _answer(muni, _picked(found, muni, chosen, r), r.language, today, conversation)


def timed(found: Passages, muni: Municipality, r: Reading, conversation: Conversation,
          today: dt.date) -> Answer | None:
    """A "när …?" asked of a thing `muni`'s entry names, in a message that names the kommun ("när brukar
    ungdomarna hänga vid skolan i X?"): the entry's sentences on the thing that say when. The thing may be a
    word most entries hold ("ungdomarna"): the sentence must both hold it and name a time."""
    if not WHEN_ASKED.search(r.norm):
        return None
    asked = question(r.text, r.tokens, r.masked, r.terms).subject
    thing = [t for t in asked if not t.startswith(_ITSELF) and not lexicon.is_cue_word(t) and not t.isdigit()]
    if not thing:
        return None
    wanted = set(terms(thing))
    holding = [p for score, p in found.rank(muni.id, [*r.masked, *thing], r.language)
               if wanted & set(terms(tokens(f"{p.label} {p.text}"))) and score >= THRESHOLD]
    chosen = [p for p in holding if p.kind not in ABOUT_SOURCES and (says_when(p.text) or p.kind == "area" and says_when(p.label))]
    if not chosen:
        return None
    return _answer(muni, _picked(found, muni, chosen, r), r.language, today, conversation)


def _thing(found: Passages, r: Reading) -> list[str]:
    """What a "när …?" asks the time of: its words a sentence could hold, not the agreement or a pronoun."""
    asked = question(r.text, r.tokens, r.masked, r.terms).subject
    return [t for t in found.specific(list(asked)) if not t.startswith(_ITSELF) and not lexicon.is_cue_word(t)
            and not t.isdigit()]


def instead(answer: Answer, r: Reading, muni: Municipality | None, conversation: Conversation, found: Passages,
            today: dt.date) -> Answer | None:
    """The entry's sentences for a short question the usual routing found nothing of `muni` for."""
    if muni is None or answer.topic not in NOTHING_FOUND or conversation.municipality not in (None, muni.id) \
            or not _asks_of(muni, r):
        return None
    subject = found.specific(list(question(r.text, r.tokens, r.masked, r.terms).subject))
    if not subject:
        return None
    if r.language == "en":  # "how often will they meet?" of "meetings": an English verb's noun is its -ing form
        subject = [*subject, *(f"{w}ing" for w in subject if w.isalpha() and len(w) > 2 and not w.endswith("ing"))]
    picked = found.answering(muni.id, [*r.masked, *subject], r.language, subject=subject)
    if not picked:
        return None
    return _answer(muni, picked, r.language, today, conversation)


def _answer(muni: Municipality, picked: Sequence[tuple[float, Passage]], language: str, today: dt.date,
            conversation: Conversation) -> Answer:
    # An area's title standing alone beside its own sentence, which quotes it as its label, is said once.
    labels = {p.label for _, p in picked if p.label != p.text}
    text, ids = quoted(muni, [(s, p) for s, p in picked if p.text not in labels] or picked, language)
    return detail_answer(muni, text, ids, language, today, conversation)


def detail_answer(muni: Municipality, text: str, ids: Sequence[str], language: str, today: dt.date,
                  conversation: Conversation) -> Answer:
    """The entry's sentences quoted (`text`, from the sources `ids`) as a detail's answer, with their source
    line; the conversation is then about the kommun's detail."""
    sources = compose.sources_of(muni, list(ids))
    if sources:
        text += "\n\n" + compose.source_line(sources, language, today)
    conversation.municipality, conversation.topic, conversation.unknown = muni.id, "detail", None
    return Answer(True, muni.id, "detail", text, sources=source_dicts(sources), language=language,
                  follow_ups=["focus", "period", "people"])
