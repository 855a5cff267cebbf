"""A question the knowledge base may answer, once the engine has decided it is one (decide.py): which
kommun it is of, which aspect, or a list across kommuner, a comparison, a police area, a definition; and
the answers beside it that are still about the knowledge base (a limit of it, where one lives, an unsure
reading, a kommun with no entry). The engine (engine.py) routes to it; this module finds the answer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from collections.abc import Callable

from bot.answering import (common_words, compare, compose, lexicon, of_the_agreement, place_sentences, text_asks,
                           told_places, twin_names, which_asks)
from bot.answering.answer import Answer
from bot.answering.area_texts import AreaTexts
from bot.answering.compose import pick
from bot.answering.conversation import Conversation
from bot.answering.decide import Decision
from bot.answering.followup import FollowUps
from bot.answering.framed_answers import FramedAnswers
from bot.answering.helping import Helping
from bot.answering.content_index import ContentIndex
from bot.answering.knowledge import Knowledge, Municipality
from bot.answering.lists import Lists
from bot.answering.matching import Mention
from bot.answering.municipality_answers import MUNICIPALITY_TOPICS, MunicipalityAnswers
from bot.answering.passages import Passages
from bot.answering.places import Places
from bot.answering.reading import STRONG_CUE, Reading
from bot.answering.replies import Replies
from bot.text import fold

# A possessive or pronoun for the kommun talked about ("deras brå", "their council", "kommunens EST"): its own.
THEIRS = frozenset(("deras", "dess", "their", "its", "kommunens", "dom", "dem"))

# The topic a question intent asks for, when the message has no topic word of its own.
INTENT_TOPICS = {"ask_focus": "focus", "ask_period": "period", "ask_people": "people", "ask_parties": "parties"}


class Questions:
    """Answers a message read as a question of the knowledge base, with the services the engine made once."""

    def __init__(self, knowledge: Knowledge, places: Places, index: ContentIndex, passages: Passages, followups: FollowUps,
                 replies: Replies, answers: MunicipalityAnswers, framed_answers: FramedAnswers, lists: Lists,
                 helping: Helping, area_texts: AreaTexts, today: Callable[[], dt.date]) -> None:
        self.knowledge, self.places, self.index, self.passages = knowledge, places, index, passages
        self.followups, self.replies, self.answers, self.framed_answers = followups, replies, answers, framed_answers
        self.lists, self.helping, self.area_texts, self.today = lists, helping, area_texts, today

    def answer(self, d: Decision, r: Reading, conversation: Conversation) -> Answer:
        """A question the knowledge base may answer: the rules find the municipality and the topic,
        the model's question intent helps where no topic word was written."""
        lang = r.language
        known, unknown = r.known, r.unknown
        police_areas = [m for m in r.scan.mentions if m.police_area]
        muni_id = known[0].place.municipality_id if known else None
        municipalities = self.knowledge.municipalities

        limit = r.limit
        if r.asks_for_the_list:
            return self.lists.cross(r, conversation)  # the list, not a statistics limit
        if limit is not None and limit.kind not in ("off_topic", "situation") and not (unknown and not known):
            return self.helping.limited(limit, r, municipalities.get(muni_id or conversation.municipality or ""),
                                 conversation)

        named = compare.with_the_last(r.norm, list(dict.fromkeys(str(m.place.municipality_id) for m in known)),
                                      conversation.municipality if conversation.municipality in municipalities else None)
        comparison = compare.unless_each(compare.kind(r.norm, len(named), conversation.municipality in municipalities) or (
            "side_by_side" if d.kind == "ask_compare" and len(named) > 1 else None), r.topic, r.topic_scores, r.detail_ask)
        if comparison == "side_by_side" and self._subject_compared(r, named):
            comparison = None  # "Vad lovar polisen om hundsök i A jämfört med B?": each one's sentence, labelled
        if comparison is not None:
            return self._comparison(comparison, [municipalities[i] for i in named], lang, conversation,
                                    county=r.scan.region("county"), kind=compare.agreement_kind(r.norm))

        police_area = (police_areas[0].place.via or police_areas[0].place.name) if police_areas \
            else r.scan.region("police_area")  # "lokalpolisområde Hisingen" is Hisingen, not Göteborg
        carried = self.area_texts.answer(r, police_area, self.answers, self.today()) if not known else None
        if carried is not None:  # "hur gick det för lokalpolisområde Hisingen i enkäten?": Öckerö's sentence
            return carried
        if police_area and not known:
            # "Vilket index fick lokalpolisområde Ystad?": a detail the entry of the kommun the area is
            # named after states, before the area's list of kommuner.
            home = next((m for m in municipalities.values() if m.name == police_area), None)
            framed = self.framed_answers.framed(r, home, conversation) if home is not None and r.detail_ask else None
            return framed or self.lists.police_area(police_area, lang)
        if unknown and not known:
            # "Is my kommun Ljusdal included?": that one, before any list's words are read; "har Ragunda
            # eller Skinnskatteberg något medborgarlöfte?": each of them, in the order named.
            return self.unknown_municipality(unknown[0], lang, conversation, unknown[1:])
        which = d.kind == "ask_which" and not self.followups.asks_of_the_last(r, conversation)
        cross = (lexicon.asks_across(r.norm) or which or self.followups.lists_again(r, conversation)) and not (
            known or r.asks_of_its_promise or _the_same_kommuner(r, conversation) or _a_kind_of_the_last(r, conversation))
        # "Vilka kommuner har brott mot äldre som fokusområde?" asks which, not for the list of all.
        if cross and r.terms and self.lists.matching(r.terms):
            return self.lists.cross(r, conversation)
        if lexicon.LIST_MUNICIPALITIES.found(r.norm) and not r.asks_of_its_promise:
            return self.lists.municipality_list(lang)
        if cross:
            return self.lists.cross(r, conversation)

        if r.topic is None and d.kind in INTENT_TOPICS and d.confidence >= 0.5 and not (
                # "vilka möten går de på?" is read as which parties, by its "vilka … de": where no word names
                # the parties and the kommun's sentences answer its words ("föräldramöten"), they answer it.
                d.kind == "ask_parties" and r.terms and (muni_id or conversation.municipality)
                and (found := self.passages.answering(str(muni_id or conversation.municipality), r.terms, lang, subject=r.terms))
                and not any(p.kind in ("party", "partner") for _, p in found)):  # "var Fastighetsägarna med?": the parties
            r.topic = INTENT_TOPICS[d.kind]
        if known:
            known = told_places.asked(r.tokens, known)  # "Jag bor i Fjällbacka. Vad fokuserar Uddevalla på?"
            munis = list(dict.fromkeys(municipalities[str(m.place.municipality_id)] for m in known))
            return self.answers.about(r, munis, known, unknown, conversation)

        definition = lexicon.DEFINITION.found(r.norm) and not text_asks.asks_an_aspect_of(r.norm)
        context_muni = municipalities.get(conversation.municipality or "")
        partner = r.detail_ask is not None and r.detail_ask.shape == "partner"  # "Vad gör Boxholmshus i löftet?"
        # "vad står det om fokus i samverkansöverenskommelsen?" after a kommun: its aspect asked, not a definition.
        of_its_agreement = (context_muni is not None and r.topic in MUNICIPALITY_TOPICS and r.glossary is not None
                            and r.topic_scores.get(r.topic, 0) >= STRONG_CUE
                            and fold(r.glossary.term) in ("samverkansoverenskommelse", "medborgarlofte"))
        of_its_agreement = of_its_agreement or context_muni is not None and not definition and of_the_agreement.asks_of_it(r)
        if r.glossary and not partner and not of_its_agreement and (definition or not r.topic or d.kind == "ask_glossary"
                           or (self._only_term(r) and context_muni is None)):
            general = self.replies.glossary_answer([r.glossary, *r.other_terms], lang)
            if context_muni is not None and THEIRS & set(r.tokens):
                # "vad heter deras lokala brå?" after Karlskrona: the kommun's own body or practice by its own
                # name and words first, when its entry has a passage on it; the general sense after.
                # The term is what is asked ("vad gör deras råd?" is no question of the focus areas).
                own = self.answers.about(replace(r, topic=None), [context_muni], [], [], conversation)
                if own.municipality == context_muni.id and own.topic == "detail":
                    body, sep, cited = own.text.rpartition("\n\n")  # the general sense before the sources
                    own.text = f"{body}\n\n{general.text}{sep}{cited}" if body else f"{own.text}\n\n{general.text}"
                    return own
            return general

        named_programme = self.framed_answers.named_anywhere(r, conversation)  # "Vad är VPC?": its sentence and kommun
        if named_programme is not None:
            return named_programme
        matching = bool(r.terms) and bool(self.lists.matching(r.terms))  # what other kommuner take up
        if context_muni is not None:
            # "Vad gör Eslöv?" then "finns det något om narkotika?": Eslöv's, said plainly when its
            # agreement does not take it up; only "vilka kommuner …" (above) asks across them all.
            doing = lexicon.DOING.found(r.norm) and not lexicon.ABOUT.found(r.norm)  # "gör de något åt det?"
            if r.topic or doing or of_its_agreement or _a_kind_of_the_last(r, conversation) or (r.terms and (self.index.best(context_muni.id, r.terms)[1] is not None
                                                                     or matching)):
                return self.answers.about(r, [context_muni], [], [], conversation)

        for cues, key, topic in ((lexicon.PRIVACY, "privacy", "privacy"),
                                 (lexicon.ABOUT, "about", "about")):
            if cues.found(r.norm):
                return self.replies.general(key, topic, lang, None)

        if matching:
            return self.lists.cross(r, conversation)

        if r.scan.near_misses:
            return self.replies.did_you_mean(r.scan.near_misses, r.topic or "overview", lang)
        if r.topic in MUNICIPALITY_TOPICS:  # "vem skrev under i habo": Habo or Håbo, asked; else which kommun at all
            return twin_names.ask(r.scan, r.topic, lang, conversation, self.places) if r.scan.twins else self.replies.clarify(r.topic, lang)
        return self.replies.out_of_scope(lang)

    def limit(self, r: Reading, muni: Municipality | None, conversation: Conversation) -> Answer:
        """Something the knowledge base does not hold: the rules name which, where they can."""
        if r.asks_for_the_list:
            # "Hur många kommuner vet du om?" counts what the bot knows: not a statistics question.
            return self.lists.cross(r, conversation)
        limit = r.limit
        if limit is not None and limit.kind not in ("off_topic", "situation"):
            return self.helping.limited(limit, r, muni, conversation)
        answer = Answer(False, muni.id if muni else None, "limits", compose.not_held(r.language),
                        language=r.language)
        if muni is not None:
            nearest = self.answers.nearest(muni, r.terms, r.language)
            if nearest:
                answer.text += "\n\n" + nearest[0]
                answer.sources.extend(nearest[1])
        return answer

    def where_i_live(self, r: Reading, named: Municipality | None, conversation: Conversation) -> Answer:
        lang = r.language
        unknown = r.unknown
        follow_up = conversation.topic in MUNICIPALITY_TOPICS and self.answers.is_follow_up(r)  # "o i Lomma?"
        if named is not None and (r.topic in MUNICIPALITY_TOPICS and r.topic != "overview" or follow_up):
            # "Follow-up in Vellinge" has the frame of "I live in Vellinge" and a topic's word: asked.
            return self.answers.about(r, [named], r.known, unknown, conversation)
        if named is not None:
            conversation.municipality, conversation.topic, conversation.terms = named.id, "overview", ()
            answer = self.answers.answer([named], "overview", [], r.norm, lang, r.display)
            # "jag bor i Altona, gör de något där?": what the entry says of the place, then the kommun's agreements
            via = [m.place.via for m in place_sentences.places_named(r) if m.place.municipality_id == named.id]
            if via:
                place_sentences.put_first(answer, self.answers.passages, r, named, str(via[0]))
            answer.text = place_sentences.lead(r, named, lang) + answer.text  # "Hageby ligger i …, så …"
            return answer
        if unknown:
            return self.unknown_municipality(unknown[0], lang, conversation)
        return twin_names.ask(r.scan, "overview", lang, conversation, self.places) if r.scan.twins else self.replies.clarify("overview", lang)

    def _subject_compared(self, r: Reading, named: list[str]) -> bool:
        """Whether a comparison of kommuner named asks about a subject their entries speak of ("om hundsök i
        skolan", "about safety walks"): the table shows only periods and focus titles, so each kommun's own
        sentence on the subject answers, as "… i A respektive B" gets. A subject is a word some agreement takes up (its
        areas' and facts' titles and keywords); the comparison's own words and the words most entries hold are none."""
        subject = [w for w in self.passages.specific(compare.subject_words(r.terms)) if self.passages.is_subject(w)]
        return bool(subject) and any(self.passages.answering(one, subject, r.language, subject=subject)
                                     for one in named)

    def unknown_municipality(self, mention: Mention, lang: str, conversation: Conversation,
                              more: list[Mention] | None = None) -> Answer:
        names = list(dict.fromkeys(m.place.via or m.place.name for m in [mention, *(more or [])]))
        self.followups.unknown(conversation, names[0])
        # An answer about one kommun searched for carries its id, with no agreement too ("Ragundas löfte 2024?");
        # one the knowledge base has nothing on is about no kommun it knows.
        searched = self.knowledge.searched(names[0]) if len(names) == 1 else None
        kommun = searched.id if searched is not None else None
        return Answer(False, kommun, "unknown_municipality", "\n\n".join(
            compose.unknown_municipality(name, self.knowledge, lang) for name in names), language=lang)

    def unsure(self, d: Decision, r: Reading, muni: Municipality | None) -> Answer:
        """Not sure what is meant: the two likely readings as questions to pick, never a guess."""
        lang = r.language
        suggestions = list(dict.fromkeys(compose.intent_question(i, muni, lang) for i in d.alternatives))
        suggestions = [s for s in suggestions if s]
        if not suggestions:
            return self.replies.out_of_scope(lang)
        text = pick(lang, "Jag förstår inte riktigt. Menade du: ", "I don't quite understand. Did you mean: ")
        return Answer(False, muni.id if muni else None, "unsure", text + " / ".join(suggestions),
                      suggestions=suggestions, language=lang)

    def _comparison(self, which: str, named: list[Municipality], lang: str, conversation: Conversation,
                    county: str | None = None, kind: str | None = None) -> Answer:
        conversation.clear()  # across kommuner: no one kommun to point back at
        return compare.answer(which, named, self.knowledge, lang, self.today(), county, kind)

    def _only_term(self, r: Reading) -> bool:
        return len([t for t in r.tokens if t not in common_words.STOPWORDS]) <= 3


# Words that ask across kommuner, beside "kommunerna": "vilka/alla/andra kommunerna".
_ACROSS = frozenset(("vilka", "vilken", "alla", "andra", "fler", "flera", "ovriga", "which", "all", "other", "any"))


def _a_kind_of_the_last(r: Reading, conversation: Conversation) -> bool:
    """"which towns?", "vilka orter?" after a kommun's answer, with nothing else asked: the towns (schools,
    associations) its agreement names, though "which towns" with a subject asks across the kommuner."""
    words = which_asks.asked_noun(r.text, frozenset())
    return conversation.municipality is not None and which_asks.category(words) is not None \
        and not set(r.terms) - set(words)


def _the_same_kommuner(r: Reading, conversation: Conversation) -> bool:
    """"vad lovar kommunerna om trafiken?" after a kommun whose promise is shared ("tillsammans med"): the
    kommuner of that promise, asked of the kommun talked about, not a list across every kommun."""
    toks = set(r.tokens)
    return (conversation.municipality is not None and bool(toks & {"kommunerna", "municipalities"})
            and not toks & _ACROSS)
