"""The answering engine: `Engine.answer(text, conversation) -> Answer`.

It reads a resident's message (Swedish or English, typos, no å/ä/ö), decides what is asked and about
which municipality, keeps per-conversation context, and answers from the knowledge base alone. It
never guesses a municipality: an unknown place gets "nothing on X yet", an unsure reading gets
suggestions and `answered=False`.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from bot.answering.absent import PASSIVE, asked_alone, subject as absent_subject
from bot.answering import (absent_first, supposed, agreement_law, area_model, asked_kommun, asked_span, bare_asks, beside, bot_asks, carried_kommun, close_one, clause_breaks, clauses, compose,
                           corrections, danger_signs, durations, earlier, entry_detail, first_newest, held_asks, lexicon, limits, neighbours, of_the_agreement,
                           ordinals, own_followup, passages, place_asks, place_sentences, refusals, same_check, shared_agreements, signing_day, slot_asks, switched, twin_names, uncovered, where_asks, year_areas, years_asked)
from bot.answering.answer import Answer
from bot.answering.area_texts import AreaTexts
from bot.answering.claim_checks import ClaimChecks
from bot.answering.conversation import Conversation
from bot.answering.decide import DANGER_THRESHOLD, DESCRIBING_THRESHOLD, IF_IT_HAPPENS, Decision
from bot.answering.followup import FollowUps
from bot.answering.framed_answers import FramedAnswers
from bot.answering.kommun_asks import KommunAsks
from bot.answering.helping import Helping, situation_beside_danger
from bot.answering.intents import IntentModel, bundled_model_path
from bot.answering.knowledge import Knowledge, Municipality
from bot.answering.lists import Lists
from bot.answering.municipality_answers import MUNICIPALITY_TOPICS, MunicipalityAnswers
from bot.answering.places import Places
from bot.answering.reader import Reader
from bot.answering.reading import Reading
from bot.answering.questions import Questions
from bot.answering.replies import Replies
from bot.answering.stated_first import StatedFirst
from bot.text import cased_tokens, tokens

CONTEXT_TTL_SECONDS = 30 * 60
# People pointed at by a pronoun: who they are is asked ("hur många svarade, och vad tyckte dom?").
_PEOPLE_POINTED = frozenset(("dom", "dem", "de", "them", "they", "han", "hon", "hen", "he", "she", "him", "her"))
# What a message may have been read as when its frame asks for a part of a kommun's entry (detail_asks.py).
FRAMED_ACTIONS = ("question", "limit", "greeting", "unsure", "out_of_scope")
MAX_INPUT_CHARS = 4096
FIXED_ASPECTS = frozenset(("focus", "period", "parties", "people", "police"))


class Engine:
    """Answers residents' questions from a loaded knowledge base: reads the message once
    (reading.py), decides what it is (decide.py), and routes it to the step that answers."""

    def __init__(self, knowledge: Knowledge, today: Callable[[], dt.date] | dt.date | None = None,
                 clock: Callable[[], float] = time.time,
                 context_ttl: float = CONTEXT_TTL_SECONDS, model: IntentModel | None = None,
                 passage_cache: Path | None = None) -> None:
        """`passage_cache`: a folder where the passages' index (bot/answering/passage_index.py) and the other
        indexes derived from the knowledge base (derived_cache.py) are kept between processes; None builds
        them in every process."""
        self.knowledge = knowledge
        self.model = model if model is not None else bundled_model()
        if isinstance(today, dt.date):
            fixed = today
            self._today: Callable[[], dt.date] = lambda: fixed
        else:
            self._today = today or dt.date.today
        self._day: dt.date | None = None  # the message's day, asked of the clock once per message (`answer`)
        self._clock = clock
        self._ttl = context_ttl
        self.places = Places(knowledge, passage_cache)
        self.reader = Reader(knowledge, self.places, self.model, bundled_area_model(), passage_cache)
        self.index, self.matcher, self.speller = self.reader.index, self.reader.matcher, self.reader.speller
        self.passages = passages.Passages(knowledge, passages.place_tokens(knowledge), passage_cache)
        self.followups = FollowUps(knowledge, self.today, self.passages,
                                   known=lambda word: bool(self.index.expand(word)))
        self.replies = Replies(knowledge)
        self.claim_checks = ClaimChecks(knowledge, self.passages)
        self.framed_answers = FramedAnswers(knowledge, self.passages, self.today)
        self.answers = MunicipalityAnswers(knowledge, self.index, self.passages, self.followups, self.framed_answers,
                                           self.today)
        self.kommun_asks = KommunAsks(knowledge, self.passages, self.answers, self.today)  # ways to act, worries about a kommun
        self.lists = Lists(knowledge, self.index, self.followups, self.replies, self.today)
        self.helping = Helping(knowledge, self.answers, self.replies)
        self.area_texts = AreaTexts(knowledge, self.passages)
        self.questions = Questions(knowledge, self.places, self.index, self.passages, self.followups, self.replies,
                                   self.answers, self.framed_answers, self.lists, self.helping, self.area_texts, self.today)
        self.stated_first = StatedFirst(knowledge, self.reader, self.answers, self.claim_checks, self.today,
                                        named=self._named, rest=self._rest)

    # -- public API ---------------------------------------------------------------------------

    def answer(self, text: str, conversation: Conversation | None = None) -> Answer:
        """Answer one message, reading and updating the conversation's context. Its steps ask `today` a few dozen
        times: the clock is asked once, and a message answered across midnight is answered of one day."""
        if self._day is not None:  # a part of the message answered as a message of its own (same_check.py)
            return self._answer(text, conversation)
        self._day = self._today()
        try:
            return self._answer(text, conversation)
        finally:
            self._day = None

    def _answer(self, text: str, conversation: Conversation | None) -> Answer:
        conversation = conversation if conversation is not None else Conversation()
        now = self._clock()
        if conversation.updated and now - conversation.updated > self._ttl:
            conversation.clear()
        before = conversation.copy()
        result, reading = self._answer_once((text or "")[:MAX_INPUT_CHARS], conversation)
        # A question of the kommun talked about whose answer lost it ("Gör kommunen något åt mopederna?" answered
        # as a wish to send a concern): asked again with the kommun as its heading (carried_kommun.py).
        muni = carried_kommun.carried(reading, before, self.knowledge)
        # (Help with one's own situation, kept in `situation`, is no kommun's to lose: own_followup.py.)
        if muni is not None and conversation.situation is None and carried_kommun.lost(result, reading, muni):
            trial = before.copy()
            again, fuller = self._answer_once(carried_kommun.headed(muni, reading.text), trial)
            if carried_kommun.kept(again, fuller, muni, result, reading):
                result = carried_kommun.noted(again, fuller, muni)
                conversation.__dict__.update(trial.__dict__)
        # A matter of someone close told in their name ("kan min syster bli dömd för …?"): the place to ask that
        # the same matter told as one's own gets (close_one.py), never over an emergency or a no.
        own = close_one.as_own(reading.text, reading.language == "en") if close_one.may_be_theirs(result) else None
        if own is not None:
            trial = before.copy()
            again, _ = self._answer_once(own, trial)
            if close_one.kept(result, again):
                result = close_one.theirs(again)
                conversation.__dict__.update(trial.__dict__)
        conversation.updated = now
        return result

    def _answer_once(self, text: str, conversation: Conversation) -> tuple[Answer, Reading]:
        """One message read and answered, the conversation updated: the answer and the message's reading."""
        self.reader.forget()
        # The question itself, without the greeting, thanks or signature around it and with its question
        # words' slips put right: what every later step reads (asked_span.py).
        text = asked_span.question(asked_span.mend(text, self.reader.knows), self.reader.courtesy_alone,
                                   clauses.asks, self.reader.knows, lambda part: bool(self.matcher.scan(part).mentions))
        text = asked_span.marked(text, clause_breaks.opens_with_verb)  # "… vad gör kommunen": its "?" put back
        reading = self.reader.read(text, conversation)
        meant = corrections.corrected(text, self._kommuner_named, clauses.asks)  # "…i Timrå? Nej, jag menar Ånge"
        if meant is not None and reading.rules is None:  # 112 first: an emergency is read as written
            text, reading = meant, self.reader.read(meant, conversation)
        text, reading = self._switched(text, reading, conversation)  # "och Åsele samma period?": the question written out
        picked = twin_names.chosen(reading.scan, text, conversation, self.places)  # "den i Uppsala län" after "habo"
        # "berätta mer om det andra": an item of the last answer's list, before "det" is read as its subject; "hur då?"
        result = (self.answer_topic(picked[0].id, picked[1], conversation, reading.language)
                  if picked and picked[0].entry and reading.rules is None else None) \
            or ordinals.answer(reading, conversation, self.knowledge, self.answers, self.today()) \
            or bare_asks.answer(reading, conversation, self.knowledge, self.answers, self.today()) \
            or neighbours.answer(reading, conversation, self.knowledge, self.answers) \
            or where_asks.answer(reading, conversation, self.knowledge, self.answers, self._places_in) \
            or same_check.answer(text, conversation, self.knowledge, lambda rest: self.answer(rest, conversation),
                                 reading.rules is None, bool(reading.unknown) or any(
                                     m.place.municipality_id != conversation.municipality for m in reading.known))
        if result is None:
            text, reading = self.followups.pointed_back(text, reading, conversation, self.reader.read)
            text, reading = self.followups.signing_part(text, reading, conversation, self.reader.read)  # "och av vilka?"
            result = (self.stated_first.answer(text, reading, conversation) or self._several(text, reading, conversation)
                      or self._route(reading, conversation))
        if slot_asks.one_ask(clauses.split(text)):  # a slot asked of a thing the entry names, whatever path answered it
            result = slot_asks.instead(result, reading, self._named(reading) or self.knowledge.municipalities.get(
                conversation.municipality or ""), conversation, self.passages, self.today()) or result
        result = beside.beside(result, reading, self.knowledge)  # despair or a crime told beside the question
        result = uncovered.added(reading, result, self.knowledge, self.passages, self.today())  # a clause left unanswered
        self.followups.keep_subject(conversation, reading)
        conversation.language = result.language
        result.text = compose.truncate(result.text)
        return result, reading

    def _switched(self, text: str, reading: Reading, conversation: Conversation) -> tuple[str, Reading]:
        """"och Åsele samma period?" after the focus of Åtvidaberg's medborgarlöfte 2024: the question it stands for,
        written out of Åsele (switched.py), read as such when no danger is read in it; as they are otherwise."""
        asked = switched.asked(reading, conversation, self.knowledge)
        if asked is None:
            return text, reading
        fuller = self.reader.read(asked, conversation)
        return (asked, fuller) if fuller.rules is None and not fuller.decision().danger_first else (text, reading)

    def _several(self, text: str, whole: Reading, conversation: Conversation) -> Answer | None:
        """The questions in a message ("Vem skrev på i Vellinge och hur länge gäller det?"), each
        answered in turn (bot/answering/clauses.py); None when it asks one thing."""
        action = whole.decision().action
        if whole.rules is not None or action not in ("question", *clauses.ASKED_BESIDE) or (
                refusals.others_data(whole) and not self._each_of_the_entry(text, conversation)):
            return None  # 112 first: an emergency is never taken apart; nor another's data, refused whole
        if action != "question" and not clauses.each_asks(text, conversation, self.reader.read, lambda r: r.asks_alone):
            return None  # "Det är otryggt vid torget, vad gör ni?" tells, then asks: read whole
        listing = clauses.may_list(whole.topic_scores, whole.norm)  # "period och fokusområden för Mjölby"
        return clauses.answer_each(text, conversation, self.followups.clause_reader(self.reader.read), self._clause_of_the_kommun, lambda r: r.topic,
                                   whole.language, (lambda r, topic: replace(r, topic=topic)) if listing else None,
                                   self._without_places, lambda r: list(dict.fromkeys(m.place.name for m in r.known)))

    def _each_of_the_entry(self, text: str, conversation: Conversation) -> bool:
        """Whether a message read whole as another's data has clauses that each ask of the entry, none of them
        another's data: "how many answered the survey, and what did people ask for?" joins a count of a survey
        and a question of what was asked, whose words ("people … answered … what did") read as a person's answers
        only together. A kommun named or talked about is what the clauses ask of."""
        parts = clauses.split(text)
        if len(parts) < 2 or not (conversation.municipality or self.matcher.scan(text).mentions):
            return False
        # Only a survey's count is the entry's figure ("hur många har klagat …? vad heter dom?" asks who complained);
        # a clause that points back at people ("vad heter dom?", "i så fall vem?") asks who they are.
        readings = [self.reader.read(part, conversation) for part in parts]
        # Or a fixed aspect of a kommun named first ("Vilket polisområde tillhör Gnesta och gör kommunen något åt
        # mopeder …?": a vehicle's owner only across the two clauses).
        first_an_aspect = readings[0].topic in FIXED_ASPECTS and bool(readings[0].known)
        if not (refusals.asks_a_survey_count(text) or first_an_aspect) \
                or any(clauses.bare(p) or clauses.points_back(p) for p in parts[1:]):
            return False
        return not any(refusals.others_data(r) or r.rules is not None or _PEOPLE_POINTED & set(r.tokens)
                       for r in readings)

    def _kommuner_named(self, text: str) -> list[corrections.Named]:
        """The kommuner a text names, in order, each as written (corrections.py); a police area is no kommun."""
        written = [t.casefold() for t in cased_tokens(text)]
        return [corrections.Named(str(m.place.municipality_id or m.place.kommun_id or m.place.name), m.place.name,
                                  (" ".join(written[m.start:m.end]),))
                for m in sorted(self.matcher.scan(text).mentions, key=lambda m: m.start) if not m.police_area]

    def _places_in(self, text: str) -> list[tuple[str, str]]:
        """The (kommun id, place as written) pairs the place index finds in a text (where_asks.py)."""
        return [(str(m.place.municipality_id), m.place.via) for m in self.matcher.scan(text).mentions]

    def _without_places(self, text: str) -> str:
        """The words of `text` without the places it names ("hur många i Örebro" -> "hur många i")."""
        used = self.reader.matcher.scan(text).used
        return " ".join(t for i, t in enumerate(tokens(text)) if i not in used)

    def _rest(self, asked: str, rest: Reading, conversation: Conversation) -> Answer:
        """What is asked after a premise or a statement, answered as any message."""
        return self._several(asked, rest, conversation) or self._route(rest, conversation)

    def _clause_of_the_kommun(self, r: Reading, conversation: Conversation) -> Answer:
        """One question of several, of the kommun an earlier clause named where it leaves the kommun out: "Vilket
        polisområde tillhör Kalmar? Dessutom: vilka bostadsområden pekas ut i kommunens medborgarlöften?" asks the
        second of Kalmar, as the same clause sent after it would be (carried_kommun.py, read clause by clause)."""
        before = conversation.copy()
        result = self._clause(r, conversation)
        muni = carried_kommun.carried(r, before, self.knowledge) or carried_kommun.guessed_over(r, before, self.knowledge)
        if muni is not None and carried_kommun.lost(result, r, muni):
            trial = before.copy()
            fuller = self.reader.read(carried_kommun.headed(muni, r.text), trial)
            again = self._clause(fuller, trial)
            if carried_kommun.kept(again, fuller, muni, result, r):
                conversation.__dict__.update(trial.__dict__)
                return carried_kommun.noted(again, fuller, muni)
        if conversation.municipality is None and result.municipality in self.knowledge.municipalities:
            # "Vad blev totalindex för lokalpolisområde Ystad …, och hur länge gäller det?": a clause answered of a kommun
            # it named by its police area is of that kommun, which the clauses after it leave out.
            conversation.municipality = result.municipality
        return result

    def _clause(self, r: Reading, conversation: Conversation) -> Answer:
        """One question of several: the message as a whole was read as questions."""
        d = r.decision()
        muni = self._named(r) or self.knowledge.municipalities.get(conversation.municipality or "")
        framed = self.framed_answers.framed_alone(r, muni, conversation, d.action)  # "…, vilken dag, och …"
        # "…? Och vilken period gällde det förra löftet?": the agreements before the newest, as when asked alone
        framed = framed or (earlier.answer(r, muni, self.answers, conversation) or first_newest.answer(r, muni, self.answers, conversation)
                            if r.rules is None and muni is not None and earlier.newest_of_kind(r, muni) else None)
        d = d if d.action == "question" else Decision("question")
        last = self.knowledge.municipalities.get(conversation.municipality or "")
        refused = refusals.refusal(d, r, self.knowledge)
        answer = framed or (refused or self.followups.answer(d, r, conversation)
                            or self._claim(d, r, muni, conversation) or self.questions.answer(d, r, conversation))
        if framed is None and refused is None and answer.topic != "emergency":
            # A clause gets what it gets asked alone (`_route`): the entry's own sentence for a detail, the year's
            # areas. The note that a subject is not mentioned only for a clause that asks that alone ("…, och står det
            # något om cykelstölder?"): read from a clause cut out of a story it takes a word of the story for the
            # subject ("i somras", "anyone"), where the whole message's answer did not.
            answer = self._as_asked(r, answer, last, conversation, absent=asked_alone(r.text, clauses.told_and_asked(r.text)[0][0]))
        self.followups.remember(conversation, r, answer)
        own_followup.remember(conversation, d, answer.topic)
        ordinals.remember(conversation, self.knowledge, answer)
        return answer

    def answer_topic(self, municipality_id: str, topic: str, conversation: Conversation | None = None,
                     language: str | None = None) -> Answer:
        """Answer a topic for a municipality directly (buttons); unknown ids get a polite no."""
        conversation = conversation if conversation is not None else Conversation()
        language = language or conversation.language
        muni = self.knowledge.municipalities.get(municipality_id)
        if muni is None or topic not in MUNICIPALITY_TOPICS or topic == "detail":
            return self.replies.not_understood(language)
        conversation.municipality, conversation.topic, conversation.terms = muni.id, topic, ()
        conversation.updated = self._clock()
        return self.answers.answer([muni], topic, [], "", language)

    def today(self) -> dt.date:
        return self._day or self._today()

    # -- reading ------------------------------------------------------------------------------

    def read(self, text: str, conversation: Conversation | None = None) -> Reading:
        """What a message says, read once: intents, places, topic, terms, language, danger rules."""
        return self.reader.read(text[:MAX_INPUT_CHARS], conversation or Conversation())

    # -- routing ------------------------------------------------------------------------------

    def _route(self, r: Reading, conversation: Conversation) -> Answer:
        lang = r.language
        if not r.tokens or (not r.known_words and r.rules is None):
            return self.replies.not_understood(lang)
        decision = own_followup.asked_again(r, conversation) or r.decision()  # "vem kan jag prata med om det?"
        last = self.knowledge.municipalities.get(conversation.municipality or "")
        if last is not None and conversation.topic in MUNICIPALITY_TOPICS and shared_agreements.asks_if_shared(r.norm) \
                and len({m.place.municipality_id for m in r.known}) == 1:
            # "Gäller det även i Burlöv?" after Lomma's focus areas asks Burlöv's, not its words ("apply").
            r.topic, r.terms = conversation.topic, []
        refused = refusals.refusal(decision, r, self.knowledge)  # no danger seen: no 112 line before it
        if refused is None and not decision.danger_first and decision.action != "emergency" \
                and agreement_law.of_a_term(r) and conversation.municipality is None:
            # "Är kommunen skyldig att ta fram en lägesbild?", "Who pays for the action plan?": the term's own sense
            return self.replies.glossary_answer([r.glossary, *r.other_terms], lang)  # type: ignore[list-item]
        answer = (refused or self.kommun_asks.answer(decision, r, conversation)
                  or self.followups.answer(decision, r, conversation) or self._act(decision, r, conversation))
        if refused is None and not decision.danger_first and answer.topic != "emergency":
            answer = self._as_asked(r, answer, last, conversation)
        else:
            answer = entry_detail.instead(answer, r, last, conversation, self.passages, self.today()) or answer
        named = self.knowledge.municipalities.get(answer.municipality or "")
        if last is not None and named is not None and named is not last and answer.answered \
                and shared_agreements.asks_if_shared(r.norm):
            # "gäller det även i Vårgårda?" after Herrljunga: whether Herrljunga's parties name it, first.
            answer.text = shared_agreements.line(last, named, lang) + "\n\n" + answer.text
        if decision.danger_first and answer.topic != "emergency" and refused is None:
            answer.text = compose.danger_line(lang) + "\n\n" + answer.text
        self.followups.remember(conversation, r, answer)
        own_followup.remember(conversation, decision, answer.topic)
        ordinals.remember(conversation, self.knowledge, answer)
        return answer

    def _as_asked(self, r: Reading, answer: Answer, last: Municipality | None, conversation: Conversation,
                  absent: bool = True) -> Answer:
        """The answer put closer to what was asked: the entry's sentence that answers a detail ("var ska de …?"),
        the year's own areas said first, or (`absent`) a subject the agreement does not carry said first; a slot asked
        of a thing the entry names (slot_asks.py) is its sentence, or that the slot is not mentioned."""
        answer = entry_detail.instead(answer, r, last, conversation, self.passages, self.today()) or answer
        before = answer.text
        answer = self._year_areas(r, answer)
        # the year's own areas, said first, are what it lacks
        answer = self._absent_first(r, answer) if absent and answer.text == before else answer
        return slot_asks.instead(answer, r, self._named(r) or last, conversation, self.passages, self.today()) or answer

    def _year_areas(self, r: Reading, answer: Answer) -> Answer:
        """A subject asked of a year's agreement that only another year's takes up (year_areas.py)."""
        muni = self.knowledge.municipalities.get(answer.municipality or "")
        years = years_asked.asked_years(r.tokens)
        return year_areas.opened(r, answer, muni, self.passages, years) if muni is not None and years else answer

    def _absent_first(self, r: Reading, answer: Answer) -> Answer:
        """A subject the kommun's agreement does not carry opens the answer (absent_first.py)."""
        muni = self.knowledge.municipalities.get(answer.municipality or "")
        if muni is None:
            return answer
        answer = signing_day.opened(r.norm, r.tokens, r.language, answer, muni)  # a day asked that is not given
        return absent_first.opened(r, answer, muni, self.passages,
                                   lambda: self.answers.answer([muni], "focus", [], r.norm, r.language), self.today())

    def _named(self, r: Reading) -> Municipality | None:  # "… under Vingåkers löfte?" is Vingåker's (asked_kommun.py)
        kept = r.__dict__.get("_named_kommun", r)  # of its tokens and places, which no step changes: made once
        if kept is r:
            kept = r.__dict__["_named_kommun"] = self.knowledge.municipalities.get(asked_kommun.of_agreement(r) or asked_kommun.owner(
                r) or str(r.known[0].place.municipality_id)) if r.known else None
        return kept

    def _act(self, d: Decision, r: Reading, conversation: Conversation) -> Answer:
        """The answer a decision leads to (bot/answering/decide.py states the order)."""
        lang = r.language
        named = self._named(r)
        muni = named or self.knowledge.municipalities.get(conversation.municipality or "")
        if d.action == "emergency":
            answer = self.helping.emergency(d.kind, lang, conversation.municipality, r.norm)
            situation = situation_beside_danger(r)
            if situation is not None:
                # "Min man slår mig": 112 first, as the rules say, and then who helps with what goes
                # on at home (Kvinnofridslinjen, Bris), which the model reads as the resident's own situation.
                helping = self.helping.help(situation, r, None, conversation)
                answer.text += "\n\n" + helping.text
                answer.sources = [*answer.sources, *helping.sources]
            return answer
        if d.action == "situation":
            return self.helping.help(d.kind, r, muni, conversation)
        if d.action in ("report", "unsure") and r.limit is not None and r.limit.kind == "statistics" \
                and limits.FIGURES.found(r.norm):
            # "Var hittar jag statistik över anmälda brott?": the figures asked for, which Brå keeps, not how to report.
            return self.questions.limit(r, muni, conversation)
        # "medborgarlöftet 2025" of a kommun whose are 2022–2024; "inom en månad?" where the entry says a week.
        checked = (years_asked.answer(r, named, self.answers, conversation) or durations.answer(
            r, named, self.passages, self.answers, self.today()) if d.action in FRAMED_ACTIONS else None) \
            or self._claim(d, r, muni, conversation)
        if checked is not None:
            return checked
        asked_in_concern = d.action == "concern" and lexicon.asks(r.text, r.tokens)
        if muni is not None and (d.action in FRAMED_ACTIONS or asked_in_concern) and place_asks.one_kommun(r):
            # "Hur många svarade på enkäten?", "hur togs löftena fram?" after a question about a kommun.
            framed = self.framed_answers.framed(r, muni, conversation, only_asking=asked_in_concern)
            if framed is not None:
                return framed
        if d.action in ("report", "concern") and named is not None and (
                place_asks.also_asks_what_is_done(r, d) or d.action == "concern" and place_asks.asks_of_the_kommun(r)):
            # "Det langas knark vid torget i X. Gör kommunen något åt det?": what was seen, then a
            # question the agreement answers. Answer it, and offer what the first reading leads to.
            answer = self.answers.about(r, [named], r.known, r.unknown, conversation)
            answer.text += "\n\n" + (compose.also_report(lang) if d.action == "report" else compose.also_concern(lang))
            return answer
        at_place = place_sentences.answer(d, r, named, self.answers, self.passages, conversation)
        if at_place is not None:  # "när kommer polisen till Idre?", "långshyttan otrygga platser"
            return at_place
        held = held_asks.answer(d, r, muni, conversation, self.passages, self.today(), lambda: self.questions.answer(
            Decision("question", "ask_topic", d.confidence), r, conversation))  # "Kommer polisen att patrullera till fots i X?"
        if held is not None:
            return held
        if d.action == "report":
            return self.helping.report(r, named.id if named else None)
        if d.action == "concern":
            if named is not None:
                conversation.municipality = named.id
            return self.replies.general("feedback", "feedback", lang, named.id if named else None)
        if d.action == "limit":
            asked = absent_subject(r.text, frozenset(r.tokens[i] for i in r.scan.used)) if muni is not None else []
            if muni is not None and r.limit is None and asked and not asked[-1].endswith(PASSIVE):  # "ska synas mer"
                # "Ska det byggas en polisstation i Alvesta?": a subject the agreement does not take up, said so
                # in the resident's words before the focus areas, rather than what the bot holds in general
                focus = self.answers.answer([muni], "focus", [], r.norm, r.language)
                noted = self._absent_first(r, replace(focus))
                if noted.text != focus.text:
                    return noted
            return self.questions.limit(r, muni, conversation)
        if d.action == "out_of_scope":
            if muni is not None and lexicon.asks(r.text, r.tokens) and (of_the_agreement.asks_of_it(r) and not (r.known or r.unknown)
                                                                        or any(self.passages.holds(muni.id, t, lang) for t in r.terms)):
                # "vilken väg nämns?", "hur gick det i trygghetsundersökningen?" after a kommun: its entry's words, asked of it
                return self.questions.answer(Decision("question", "ask_topic", d.confidence), r, conversation)
            return self.replies.out_of_scope(lang)
        if d.action == "greeting":
            conversation.municipality = named.id if named else conversation.municipality  # "hej, fråga om Vellinge"
            return self.replies.greeting(lang, named)
        if d.action == "thanks":
            return Answer(True, None, "thanks", compose.thanks(lang), language=lang)
        if d.action == "help":
            text = compose.what_i_do(self.knowledge, lang)
            if danger_signs.cries_for_help(r.text, r.tokens):
                text = compose.danger_line(lang) + "\n\n" + text
            return Answer(True, None, "help", text, suggestions=self.replies.examples(lang), language=lang)
        if d.action == "privacy":
            return self.replies.general("privacy", "privacy", lang, None)
        if d.action == "bot":  # a question about the bot (bot/answering/not_now.py): its fact from general.yaml
            answer = self.replies.general(d.kind, d.kind, lang, None, answer_no=bot_asks.says_no(d.kind, r.norm))
            if d.kind == IF_IT_HAPPENS:  # beside what to do, the line of a group the message names (a child's: Bris)
                return self.helping.lines_after(answer, supposed.group_kinds(r.norm), lang)
            if d.kind == "human" and bot_asks.asks_who_reads(r.norm):
                # "is this the police? will someone read what I write?": what the bot is, then who sees what
                answer.text += "\n\n" + self.replies.general("who_sees", "who_sees", lang, None).text
            return answer
        if r.scan.twins and not r.known and d.action in ("question", "where_i_live", "unsure"):
            return twin_names.ask(r.scan, r.topic, r.language, conversation, self.places)
        if d.action == "where_i_live":
            return self.questions.where_i_live(r, named, conversation)
        if d.action == "unsure":
            return self.questions.unsure(d, r, muni)
        return place_asks.offered(self.questions.answer(d, r, conversation), r)  # "Gimo känns otryggt, står det …?"

    def _claim(self, d: Decision, r: Reading, muni: Municipality | None, conversation: Conversation) -> Answer | None:
        """"Stämmer det att …?", "X ligger väl i Y län?", "skriv att … gäller till 2035": the entry's fact that
        corrects or confirms the claim, never the claim (claims.py), of the kommun it is of (asked_kommun.py)."""
        def checked(one: Municipality) -> Answer | None:
            found = asked_kommun.check(r, d, one, self.claim_checks, self.today())
            return None if found is None else self.answers.sourced(one, found[1], found[0], found[2], r.language)
        answer = asked_kommun.each(r, self.knowledge, checked) or (checked(
            self.knowledge.municipalities.get(asked_kommun.claimed(r) or "") or muni) if muni is not None else None)
        if answer is not None and answer.municipality is not None:
            conversation.municipality, conversation.topic = answer.municipality, answer.topic
        return answer

    def danger_now(self, text: str, describing: bool = False) -> bool:
        """True when a message says someone is in danger now: 112 comes before anything else.
        `describing`: the text is a concern's step, where the model must be surer."""
        self.reader.forget()  # a message of its own (a concern's step): no earlier message's readings kept
        reading = self.reader.read(text[:MAX_INPUT_CHARS], Conversation())
        threshold = DESCRIBING_THRESHOLD if describing else DANGER_THRESHOLD
        return bool(reading.tokens) and reading.decision(threshold).action == "emergency"


@lru_cache(maxsize=1)
def bundled_model() -> IntentModel | None:
    """The shipped model, read once per process; None only in a checkout that was never trained."""
    path = bundled_model_path()
    return IntentModel.load(path) if path.is_file() else None


@lru_cache(maxsize=1)
def bundled_area_model() -> IntentModel | None:
    """The shipped area-of-life reading, read once per process (bot/answering/area_model.py)."""
    return area_model.load_bundled()
