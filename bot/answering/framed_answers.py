"""Answers from the part of one entry a question's frame asks for (detail_asks.py reads the frame,
framed_sentences.py finds its sentences): how the agreement or the lägesbild was drawn up, how many
answered, which named place, body or company, who is behind it, and, when the entry does not say,
that it does not; the agreements a kommun names for its districts; and a named programme asked of no
kommun ("Vad är VPC?"), answered from the entries that hold its name.

Apart from municipality_answers.py, which picks the fixed aspect, item or sentences of the
question's own words: a frame asks by its shape, and its answers (and their "the entry does not
say") are one job of their own.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot.answering import (aspects, common_words, compose, detail_asks, details, district_lists, framed_sentences,
                           extension_asks, how_frames, lexicon, passages, place_sentences, who_frames)
from bot.answering.answer import Answer
from bot.answering.compose import pick
from bot.answering.conversation import Conversation
from bot.answering.knowledge import Knowledge, Municipality
from bot.answering.reading import Reading
from bot.text import fold, genitive

# The frames a clause asks whatever aspect or action its other words read as: "Kommer löftet i X att förlängas?" reads
# as its focus ("löftet"), "hur ofta syns polisen?" and "hur många möten per år?" as its period or its methods.
OUTRIGHT = frozenset(("extend", "often", "count"))
MAX_NAMED = 3  # a name no kommun was given for is answered from this many entries at most


class FramedAnswers:
    """Answers to a question whose frame asks for a part of one entry."""

    def __init__(self, knowledge: Knowledge, found: passages.Passages, today: Callable[[], dt.date]) -> None:
        self.knowledge = knowledge
        self.passages = found
        self.today = today
        self._kommuner = frozenset(fold(name) for name in knowledge.all_municipalities)  # district_lists.py

    def framed(self, r: Reading, muni: Municipality, conversation: Conversation,
               only_asking: bool = False) -> Answer | None:
        """A question whose frame asks for a part of the entry (detail_asks.py: how it was drawn up,
        how many answered, which named place or company, what a named programme is) answered from
        `muni`'s sentences, or None: also when the model read the message as something else ("hur
        togs löftena fram?" after a question about the kommun). `only_asking`: only the frames that
        cannot be something to tell the kommun ("hur många lämnade synpunkter?", not "vilka platser")."""
        if (districts := self.districts(r, muni, conversation)) is not None:
            return districts
        asked = r.detail_ask
        last = detail_asks.remembered(conversation.terms) if conversation.municipality == muni.id else None
        if asked is None and last is not None and last.shape in ("basis", "picture") and (
                detail_asks.TOOK_PART.found(r.norm) or detail_asks.CONTRIBUTES.found(r.norm)):
            # "vilka var med?", "vilka bidrar med info till den?" after how the promises or the
            # lägesbild were drawn up: who took part in that.
            asked = last
        if asked is not None and only_asking and asked.shape not in detail_asks.ASKING_ONLY and not \
                detail_asks.asks_the_text(asked, r.norm, r.tokens):
            return None  # "Var kör folk skoter?" asks; "var kan jag anmäla otrygga platser?" tells
        found = framed_sentences.framed(self.passages, muni, asked, r.masked, r.language, r.topic) if asked else []
        if asked is not None and asked.shape == "where":
            found = self._at_the_place(r, muni, found)
        if not found and asked is not None and asked.shape in ("basis", "picture"):
            # Asked how it was made and the entry does not say: said so, of this kommun, never the
            # glossary's definition or another kommun's sentences.
            conversation.municipality, conversation.topic = muni.id, "detail"
            conversation.terms = detail_asks.remember(asked, r.terms)
            return self._sourced(muni, "detail", _not_said(muni, asked.shape, r.language),
                                [s.id for s in muni.sources], r.language)
        if not found and asked is not None and r.known and (asked.shape == "agent" and not who_frames.behind_the_agreement(r.norm) or
                                                    asked.shape == "follow" and passages.empty_aspect(muni, "follow_up") and not who_frames.of_a_subject(r.terms)
                                                    and not aspects.quoted_follow_up(muni)):
            # Asked who is behind it or how success is measured, and the entry does not say: said so of
            # that subject, then what the agreement takes up.
            conversation.municipality, conversation.topic = muni.id, "detail"
            text = f"{who_frames.not_said(muni, asked.shape, '', r.language)}\n\n{aspects.focus(muni, self.today(), r.language)}"
            return self._sourced(muni, "detail", text, [s.id for s in muni.sources], r.language)
        if not found and asked is not None and asked.shape == "extend" and extension_asks.of_the_agreement(r.tokens):
            # Whether it will be extended, and the entry does not say: said so, then its period.
            conversation.municipality, conversation.topic = muni.id, "detail"
            text = f"{extension_asks.not_said(muni, r.language)}\n\n{aspects.period(muni, self.today(), r.language)}"
            return self._sourced(muni, "detail", text, [s.id for s in muni.sources], r.language)
        if not found and asked is not None and asked.shape in how_frames.NOT_SAID:
            # Where it was signed, on what scale, what a survey showed, and the entry does not say: said so,
            # then when and by whom it was signed, or what the agreement takes up.
            conversation.municipality, conversation.topic = muni.id, "detail"
            told = aspects.period if asked.shape == "signed_where" else aspects.focus
            text = f"{how_frames.not_said(muni, asked.shape, r.language)}\n\n{told(muni, self.today(), r.language)}"
            return self._sourced(muni, "detail", text, [s.id for s in muni.sources], r.language)
        if not found:
            return None
        text, topic, ids = details.found(muni, found, r.language, self.today())
        if asked is not None and asked.shape == "members" and not who_frames.lists_members([p for _, p in found]):
            body = who_frames.as_written(r.text, asked.names[0])
            text = f"{who_frames.not_said(muni, 'members', body, r.language)}\n\n{text}"
        conversation.municipality, conversation.topic = muni.id, topic
        conversation.terms = detail_asks.remember(asked, r.terms)
        return self._sourced(muni, topic, text, ids, r.language)

    def _at_the_place(self, r: Reading, muni: Municipality,
                      found: list[tuple[float, passages.Passage]]) -> list[tuple[float, passages.Passage]]:
        """"Var stökar det mest i Hamnplan enligt löftena?": where, asked within a place of the kommun the
        message names, is answered by the entry's sentences naming that place, not by others that name
        other places (what the promises build on: "en trygghetsenkät i Hamburgsund, Fjällbacka …"). Where the
        frame found nothing ("var ligger Floda?"), the place's kommun answers, as before."""
        aliases = {fold(a) for a in (*self.knowledge.name_aliases.get(muni.name, ()), *muni.aliases)}
        named = [m.place.via for m in place_sentences.places_named(r)  # "Göinge" is Östra Göinge itself
                 if m.place.municipality_id == muni.id and fold(m.place.via) not in aliases]
        if not found or not named or any(place_sentences.names(p.text, named[0]) for _, p in found):
            return found
        own = place_sentences.naming(self.passages, muni, str(named[0]), r.language)
        return [(0.0, p) for p in own] or found

    def districts(self, r: Reading, muni: Municipality, conversation: Conversation) -> Answer | None:
        """"Vilka stadsdelar i Göteborg har egna medborgarlöften?": the agreements named for a part of it."""
        listed = district_lists.answer(muni, self._kommuner, self.today(), r.language) \
            if district_lists.asked(r.tokens) else None
        if listed is None:
            return None
        conversation.municipality, conversation.topic = muni.id, "detail"
        return self._sourced(muni, "detail", listed[0], listed[1], r.language)

    def framed_alone(self, r: Reading, muni: Municipality | None, conversation: Conversation,
                     action: str) -> Answer | None:
        """A frame alone among several asks ("…, vilken dag, och vilka är med?"), which the model reads as
        nothing asked: asked of the kommun the clause before was about."""
        # A frame that says what it asks outright is what the clause asks, whatever the model took the words for ("kan
        # det förlängas?" alone reads as a concern, "kommer den att förlängas" as a limit).
        if muni is None or r.detail_ask is None or not (action == "out_of_scope" and not r.known or r.detail_ask.shape
                                                        in OUTRIGHT and action in ("question", "concern", "limit", "unsure")):
            return None
        return self.framed(r, muni, conversation)

    def named_anywhere(self, r: Reading, conversation: Conversation) -> Answer | None:
        """"Vad är VPC?" with no kommun named: the sentences that hold the name as written, under the
        kommun (the conversation's, when its entry holds it) whose agreement they come from, when at
        most MAX_NAMED kommuner hold it; else None (a list of kommuner answers)."""
        asked = r.detail_ask
        if asked is None or asked.shape not in detail_asks.NAMES or r.topic not in passages.OPEN_TOPICS:
            return None
        if all(lexicon.is_cue_word(w) or w in common_words.STOPWORDS for w in asked.names[0]):
            return None  # "vad är fokus i överenskommelsen?" asks an aspect, of the kommun talked about
        held = framed_sentences.holders(self.passages, asked, r.language)
        if conversation.municipality in held:
            held = {conversation.municipality: held[conversation.municipality]}
        if not held or len(held) > MAX_NAMED:
            return None
        lang, today = r.language, self.today()
        parts, sources = [], []
        for muni_id, chosen in held.items():
            muni = self.knowledge.municipalities[muni_id]
            text, ids = passages.quoted(muni, [(0.0, p) for p in chosen[:passages.MAX_QUOTED]], lang)
            parts.append(text)
            sources.extend(compose.sources_of(muni, ids))
        if len(held) == 1:
            conversation.municipality, conversation.topic = next(iter(held)), "detail"
            conversation.terms = tuple(r.terms)
        parts.append(compose.source_line(sources, lang, today))
        return Answer(True, next(iter(held)) if len(held) == 1 else None, "detail", "\n\n".join(parts),
                      sources=details.source_dicts(sources), language=lang)

    def _sourced(self, muni: Municipality, topic: str, text: str, ids: list[str], lang: str) -> Answer:
        return details.sourced(muni, topic, text, ids, lang, self.today())


def _not_said(muni: Municipality, shape: str, language: str) -> str:
    """That the entry does not say how its agreement or its lägesbild was made."""
    if shape == "picture":
        return pick(language, f"Hur lägesbilden tas fram eller vilka som bidrar till den nämns inte i "
                              f"{genitive(muni.name)} överenskommelse.",
                    f"How the picture of the local situation is drawn up or who contributes to it is not mentioned in "
                    f"{muni.name}'s agreement.")
    return pick(language, f"Hur den togs fram eller vilka som var med nämns inte i {genitive(muni.name)} överenskommelse.",
                f"How it was drawn up or who took part is not mentioned in {muni.name}'s agreement.")
