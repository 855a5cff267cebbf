"""The answering engine: `Engine.answer(text, conversation) -> Answer`.

It reads a resident's message (Swedish or English, typos, no å/ä/ö), decides what is asked and about
which municipality, keeps per-conversation context, and answers from the knowledge base alone. It
never guesses a municipality: an unknown place gets "nothing on X yet", an unsure reading gets
suggestions and `answered=False`.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable
from functools import cached_property, lru_cache
from dataclasses import dataclass, field
from typing import Any

from bot.answering import aspects, claims, clauses, compare, compose, danger, details, lexicon, limits, passages, \
    periods, refusals
from bot.answering.answer import Answer, helpline_source
from bot.answering.compose import pick
from bot.answering.conversation import Conversation
from bot.answering.decide import DANGER_THRESHOLD, DESCRIBING_THRESHOLD, SITUATION_KIND, Decision, decide
from bot.answering.followup import FollowUps
from bot.answering.intents import DANGER_INTENTS, SITUATION_INTENTS, IntentModel, bundled_model_path, masked
from bot.answering.knowledge import GlossaryTerm, Knowledge, Municipality, Person
from bot.answering.matching import ContentIndex, Doc, Mention, MunicipalityMatcher, Place, PlaceScan, \
    written_with_own_letters
from bot.answering.places import Places, which_one
from bot.answering.spelling import Speller
from bot.text import fold, genitive, original_words, swedish_key, tokens

MUNICIPALITY_TOPICS = ("overview", "focus", "detail", "period", "parties", "people", "follow_up",
                       "methods", "source", "purpose")
TOPIC_PRIORITY = ("people", "period", "purpose", "follow_up", "source", "parties", "methods", "focus",
                  "overview")
CLOSE_TO_BEST = 0.75  # items scoring this close to the best one are answered together
MAX_DETAIL_ITEMS = 5
BUTTON_TOPICS = ("focus", "period", "people", "source")
# How likely the resident's own situation must be for its help lines to follow 112 in an emergency.
SITUATION_BESIDE_DANGER = 0.3
DETAIL_MIN_SCORE = 1.5  # summed IDF of matched content words needed to answer about one item
CONTEXT_TTL_SECONDS = 30 * 60
CROSS_DETAIL_UP_TO = 8  # more matches than this are listed by county, names only
SUBJECT_ASKED = 0.5  # the model's "what does it say about X" at least this likely
# The topic a question intent asks for, when the message has no topic word of its own.
INTENT_TOPICS = {"ask_focus": "focus", "ask_period": "period", "ask_people": "people",
                 "ask_parties": "parties"}
MAX_INPUT_CHARS = 4096
FOLLOW_UP_MARKERS = frozenset(("och", "and", "samma", "ocksa", "aven", "da", "then", "what", "about",
                               "hur", "med", "i", "for", "in", "sa", "than", "an", "how"))


@dataclass
class Reading:
    """What the engine made of one message, read once; every later step uses this."""

    text: str
    norm: str
    tokens: list[str]  # folded, slipped letters put right
    language: str
    scan: PlaceScan
    topic_scores: dict[str, int]
    terms: list[str]
    glossary: GlossaryTerm | None  # the term named; the longest name wins
    display: dict[str, str]
    topic: str | None  # the strongest topic cue, if any
    intents: dict[str, float] = field(default_factory=dict)  # the model's reading (bot/answering/intents.py)
    rules: danger.Danger | None = None  # what the danger rules saw: the net under the model
    known_words: int = 0  # words the model has seen, or place names: none means keyboard mash

    known_content: bool = False  # words a named municipality's agreement has (the content index)
    other_terms: tuple[GlossaryTerm, ...] = ()  # more terms named ("skillnaden mellan X och Y")
    _decision: Decision | None = field(default=None, repr=False, compare=False)

    @cached_property
    def masked(self) -> list[str]:
        """The folded tokens with each place name masked, as the passages are indexed."""
        return masked(self.tokens, self.scan.used)

    @cached_property
    def limit(self) -> limits.Limit | None:
        """What the limits cues see (statistics, ranking, off topic, …), read once for every step."""
        return limits.assess(self.norm)

    @property
    def asks_for_the_list(self) -> bool:
        """"Vilka kommuner kan du svara om?", "hur många kommuner i Skåne?": the municipalities the
        bot knows, not one of them and not a police area's."""
        return (lexicon.LIST_MUNICIPALITIES.found(self.norm) and not self.known
                and not any(m.police_area for m in self.scan.mentions) and not self.scan.region("police_area"))

    @property
    def known(self) -> list[Mention]:
        """Municipalities named that the knowledge base has (not police areas)."""
        return [m for m in self.scan.mentions if m.place.municipality_id and not m.police_area]

    @property
    def unknown(self) -> list[Mention]:
        """Municipalities named that the knowledge base does not have yet."""
        return [m for m in self.scan.mentions if not m.place.municipality_id and not m.police_area]

    def decision(self, threshold: float = DANGER_THRESHOLD) -> Decision:
        """decide(), once per reading and threshold: every step that asks gets the same answer."""
        if threshold != DANGER_THRESHOLD:
            return self._decide(threshold)
        if self._decision is None:
            self._decision = self._decide(threshold)
        return self._decision

    def _decide(self, threshold: float) -> Decision:
        names = any(m.place.municipality_id or m.police_area for m in self.scan.mentions) or bool(self.scan.regions)
        municipality = any(not m.police_area for m in self.scan.mentions)  # known or not
        rest = [t for i, t in enumerate(self.tokens) if i not in self.scan.used and t not in lexicon.STOPWORDS]
        evidence = municipality and (self.topic is not None or self.known_content or len(rest) <= 1)
        limit = self.limit
        return decide(self.intents, self.rules, places_or_terms=names or self.glossary is not None,
                      question_evidence=evidence,
                      concern_evidence=lexicon.wants_to_give_feedback(self.norm) > 0,
                      off_topic_evidence=limit is not None and limit.kind == "off_topic",
                      words=len(self.tokens), threshold=threshold)


def strongest_topic(scores: dict[str, int]) -> str | None:
    # On a tie the more specific topic wins: "Vad bygger fokusområdena på?" asks for the basis.
    best = max(scores.items(), key=lambda kv: (kv[1], -TOPIC_PRIORITY.index(kv[0])), default=("", 0))
    return best[0] if best[1] > 0 else None


class Engine:
    """Answers residents' questions from a loaded knowledge base."""

    def __init__(self, knowledge: Knowledge, today: Callable[[], dt.date] | dt.date | None = None,
                 clock: Callable[[], float] = time.time,
                 context_ttl: float = CONTEXT_TTL_SECONDS, model: IntentModel | None = None) -> None:
        self.knowledge = knowledge
        self.model = model if model is not None else bundled_model()
        if isinstance(today, dt.date):
            fixed = today
            self._today: Callable[[], dt.date] = lambda: fixed
        else:
            self._today = today or dt.date.today
        self._clock = clock
        self._ttl = context_ttl
        self.index = ContentIndex(knowledge.municipalities)
        self.followups = FollowUps(knowledge, self.today)
        vocabulary = self.index.vocabulary | {fold(w) for term in knowledge.glossary
                                              for w in (term.term, *term.aliases)}
        self.places = Places(knowledge)
        self.matcher = MunicipalityMatcher(knowledge, frozenset(vocabulary), self.places)
        self.passages = passages.Passages(knowledge, passages.place_tokens(knowledge))
        cue_words = {w for w in lexicon.all_cue_words() if w.isalpha()}
        places = {t for name in knowledge.all_municipalities for t in tokens(name)}
        self.speller = Speller(cue_words | vocabulary,
                               known=lexicon.STOPWORDS | lexicon.ENGLISH_WORDS | lexicon.SWEDISH_WORDS | places)
        self._glossary = sorted(
            ((tuple(tokens(name)), term) for term in knowledge.glossary
             for name in (term.term, term.term_en, *term.aliases) if name),
            key=lambda pair: -len(" ".join(pair[0])))
        self._subjects = frozenset(t for muni in knowledge.municipalities.values()
                                   for keywords in [*(a.keywords for a in muni.areas), *(f.keywords for f in muni.facts)]
                                   for word in keywords for t in tokens(word)
                                   if len(t) >= 4 and t not in lexicon.STOPWORDS)
        self._glossary_by_first: dict[str, list[int]] = {}
        for rank, (words, _) in enumerate(self._glossary):
            if words:
                self._glossary_by_first.setdefault(words[0], []).append(rank)

    # -- public API ---------------------------------------------------------------------------

    def answer(self, text: str, conversation: Conversation | None = None) -> Answer:
        """Answer one message, reading and updating the conversation's context."""
        conversation = conversation if conversation is not None else Conversation()
        now = self._clock()
        if conversation.updated and now - conversation.updated > self._ttl:
            conversation.clear()
        text = (text or "")[:MAX_INPUT_CHARS]
        reading = self._read(text, conversation)
        result = self._several(text, reading, conversation) or self._route(reading, conversation)
        conversation.language = result.language
        conversation.updated = now
        result.text = compose.truncate(result.text)
        return result

    def _several(self, text: str, whole: Reading, conversation: Conversation) -> Answer | None:
        """The questions in a message ("Vem skrev på i Vellinge och hur länge gäller det?"), each
        answered in turn (bot/answering/clauses.py); None when it asks one thing."""
        if whole.rules is not None or whole.decision().action != "question":
            return None  # 112 first: an emergency is never taken apart
        return clauses.answer_each(text, conversation, self._read, self._clause)

    def _clause(self, r: Reading, conversation: Conversation) -> Answer:
        """One question of several: the message as a whole was read as questions."""
        d = r.decision()
        d = d if d.action == "question" else Decision("question")
        answer = (refusals.refusal(d, r, self.knowledge) or self.followups.answer(d, r, conversation)
                  or self._question(d, r, conversation))
        self.followups.remember(conversation, r, answer)
        return answer

    def answer_topic(self, municipality_id: str, topic: str, conversation: Conversation | None = None,
                     language: str | None = None) -> Answer:
        """Answer a topic for a municipality directly (buttons); unknown ids get a polite no."""
        conversation = conversation if conversation is not None else Conversation()
        language = language or conversation.language
        muni = self.knowledge.municipalities.get(municipality_id)
        if muni is None or topic not in MUNICIPALITY_TOPICS or topic == "detail":
            return self._not_understood(language)
        conversation.municipality, conversation.topic, conversation.terms = muni.id, topic, ()
        conversation.updated = self._clock()
        return self._municipality_answer([muni], topic, [], "", language)

    def today(self) -> dt.date:
        return self._today()

    # -- reading ------------------------------------------------------------------------------

    def read(self, text: str, conversation: Conversation | None = None) -> Reading:
        """What a message says, read once: intents, places, topic, terms, language, danger rules."""
        return self._read(text[:MAX_INPUT_CHARS], conversation or Conversation())

    def _read(self, text: str, conversation: Conversation) -> Reading:
        raw = tokens(text)
        toks = self.speller.correct_all(raw)
        norm = " ".join(toks)
        english = sum(t in lexicon.ENGLISH_WORDS for t in toks)
        swedish = sum(t in lexicon.SWEDISH_WORDS for t in toks)
        language = "en" if english > swedish else "sv" if swedish > english else conversation.language
        scan = self.matcher.scan(text)
        scores = {topic: cues.score(norm) for topic, cues in lexicon.TOPICS.items()}
        terms = self.index.query_terms(text, skip=scan.used, correct=self.speller.correct)
        intents = self.model.probabilities(masked(raw, scan.used)) if self.model is not None else {}
        vocabulary = self.model.vocabulary if self.model is not None else {}
        known_words = sum(1 for i, (a, b) in enumerate(zip(raw, toks))
                          if i in scan.used or a.isdigit() or f"w {a}" in vocabulary or f"w {b}" in vocabulary)
        named = next((m.place.municipality_id for m in scan.mentions
                      if m.place.municipality_id and not m.police_area), None)
        ranked = self.index.ranked(named, terms) if named and terms else []
        known_content = bool(ranked) and ranked[0][0] >= DETAIL_MIN_SCORE
        glossary = self._glossary_terms(toks)
        display = original_words(text)
        # A word the speller corrected is still quoted as the resident wrote it ("nämner inte
        # övervakningskameror", not the vocabulary's "overvakningskamera").
        for written, corrected in zip(raw, toks):
            if corrected != written and written in display:
                display.setdefault(corrected, display[written])
        return Reading(text, norm, toks, language, scan, scores, terms, glossary[0] if glossary else None,
                       display, strongest_topic(scores), intents,
                       danger.assess(norm, toks) if toks else None, known_words, known_content,
                       tuple(glossary[1:]))

    def _glossary_terms(self, toks: list[str]) -> list[GlossaryTerm]:
        """The glossary terms named in the message, the longest name first (as in
        `self._glossary`), then the others whose words it does not overlap, in the order written.

        Names are looked up by their first word (a single word may run on by up to three letters,
        "medborgarlöftet"), so a message costs a few dictionary look-ups, not one scan per term."""
        found: list[tuple[int, int]] = []  # (rank, start)
        for start, token in enumerate(toks):
            keys = [token] + [token[:cut] for cut in range(max(5, len(token) - 3), len(token))]
            for key in keys:
                for rank in self._glossary_by_first.get(key, ()):
                    if self._glossary_at(self._glossary[rank][0], toks, start):
                        found.append((rank, start))
        chosen: list[tuple[int, int]] = []
        taken: set[int] = set()
        for rank, start in sorted(found):
            span = set(range(start, start + len(self._glossary[rank][0])))
            term = self._glossary[rank][1]
            if span & taken or any(self._glossary[r][1] is term for r, _ in chosen):
                continue
            chosen.append((rank, start))
            taken |= span
        first, rest = chosen[:1], sorted(chosen[1:], key=lambda rs: rs[1])
        return [self._glossary[rank][1] for rank, _ in first + rest]

    @staticmethod
    def _glossary_at(words: tuple[str, ...], toks: list[str], start: int) -> bool:
        window = toks[start:start + len(words)]
        if len(window) != len(words) or window[:-1] != list(words[:-1]):
            return False
        last, want = window[-1], words[-1]
        return last == want or (len(want) >= 5 and last.startswith(want) and len(last) - len(want) <= 3)

    # -- routing ------------------------------------------------------------------------------

    def _route(self, r: Reading, conversation: Conversation) -> Answer:
        lang = r.language
        if not r.tokens or (not r.known_words and r.rules is None):
            return self._not_understood(lang)
        decision = r.decision()
        refused = refusals.refusal(decision, r, self.knowledge)  # no danger seen: no 112 line before it
        answer = refused or self.followups.answer(decision, r, conversation) or self._act(decision, r, conversation)
        if decision.danger_first and answer.topic != "emergency" and refused is None:
            answer.text = compose.danger_line(lang) + "\n\n" + answer.text
        self.followups.remember(conversation, r, answer)
        return answer

    def _named(self, r: Reading) -> Municipality | None:
        known = r.known
        return self.knowledge.municipalities.get(str(known[0].place.municipality_id)) if known else None

    def _act(self, d: Decision, r: Reading, conversation: Conversation) -> Answer:
        """The answer a decision leads to (bot/answering/decide.py states the order)."""
        lang = r.language
        named = self._named(r)
        muni = named or self.knowledge.municipalities.get(conversation.municipality or "")
        if d.action == "emergency":
            answer = self._emergency(d.kind, lang, conversation.municipality)
            situation = self._situation_too(r)
            if situation is not None:
                # "Min man slår mig": 112 first, as the rules say, and then who helps with what goes
                # on at home (Kvinnofridslinjen, Bris), which the model reads as the resident's own situation.
                helping = self._help(situation, r, None, conversation)
                answer.text += "\n\n" + helping.text
                answer.sources = [*answer.sources, *helping.sources]
            return answer
        if d.action == "situation":
            return self._help(d.kind, r, muni, conversation)
        claim = claims.find(r.tokens, r.masked, r.terms, d.action) if muni is not None else None
        if claim is not None and muni is not None:
            # "Stämmer det att …?", "skriv att … gäller till 2035": the entry's fact, not the claim.
            text, topic, ids = claims.answer(claim, muni, self.passages, lang, self.today(), r.display)
            conversation.municipality, conversation.topic = muni.id, topic
            return self._sourced(muni, topic, text, ids, lang)
        if d.action in ("report", "concern") and named is not None and self._also_asks_what_is_done(r, d):
            # "Det langas knark vid torget i X. Gör kommunen något åt det?": what was seen, then a
            # question the agreement answers. Answer it, and offer what the first reading leads to.
            answer = self._about_municipalities(r, [named], r.known, r.unknown, conversation)
            answer.text += "\n\n" + (compose.also_report(lang) if d.action == "report" else compose.also_concern(lang))
            return answer
        if d.action == "report":
            return self._general("report_crime", "report", lang, named.id if named else None)
        if d.action == "concern":
            if named is not None:
                conversation.municipality = named.id
            return self._general("feedback", "feedback", lang, named.id if named else None)
        if d.action == "limit":
            return self._limit(r, muni, conversation)
        if d.action == "out_of_scope":
            return self._out_of_scope(lang)
        if d.action == "greeting":
            return self._greeting(lang)
        if d.action == "thanks":
            return Answer(True, None, "thanks", compose.thanks(lang), language=lang)
        if d.action == "help":
            return Answer(True, None, "help", compose.what_i_do(self.knowledge, lang),
                          suggestions=self._examples(lang), language=lang)
        if d.action == "privacy":
            return self._general("privacy", "privacy", lang, None)
        if r.scan.twins and not r.known and d.action in ("question", "where_i_live", "unsure"):
            return self._which_one(r)
        if d.action == "where_i_live":
            return self._where_i_live(r, named, conversation)
        if d.action == "unsure":
            return self._unsure(d, r, muni)
        return self._question(d, r, conversation)

    def _question(self, d: Decision, r: Reading, conversation: Conversation) -> Answer:
        """A question the knowledge base may answer: the rules find the municipality and the topic,
        the model's question intent helps where no topic word was written."""
        lang = r.language
        known, unknown = r.known, r.unknown
        police_areas = [m for m in r.scan.mentions if m.police_area]
        muni_id = known[0].place.municipality_id if known else None
        municipalities = self.knowledge.municipalities

        limit = r.limit
        if r.asks_for_the_list:
            return self._cross(r, conversation)  # the list, not a statistics limit
        if limit is not None and limit.kind not in ("off_topic", "situation") and not (unknown and not known):
            return self._limited(limit, r, municipalities.get(muni_id or conversation.municipality or ""),
                                 conversation)

        named = list(dict.fromkeys(str(m.place.municipality_id) for m in known))
        comparison = compare.kind(r.norm, len(named))
        if comparison is None and d.kind == "ask_compare" and len(named) > 1:
            comparison = "side_by_side"
        if comparison is not None:
            return self._comparison(comparison, [municipalities[i] for i in named], lang, conversation)

        police_area = police_areas[0].place.name if police_areas else r.scan.region("police_area")
        if police_area and not known:
            return self._police_area(police_area, lang)
        if unknown and not known:
            # "Is my kommun Ljusdal included?": that one, before any list's words are read.
            return self._unknown_municipality(unknown[0], lang, conversation)
        cross = (lexicon.CROSS.found(r.norm) or d.kind == "ask_which" or self.followups.lists_again(r, conversation)) \
            and not known
        # "Vilka kommuner har brott mot äldre som fokusområde?" asks which, not for the list of all.
        if cross and r.terms and self._matching_municipalities(r.terms):
            return self._cross(r, conversation)
        if lexicon.LIST_MUNICIPALITIES.found(r.norm):
            return self._municipality_list(lang)
        if cross:
            return self._cross(r, conversation)

        if r.topic is None and d.kind in INTENT_TOPICS and d.confidence >= 0.5:
            r.topic = INTENT_TOPICS[d.kind]
        if known:
            munis = list(dict.fromkeys(municipalities[str(m.place.municipality_id)] for m in known))
            return self._about_municipalities(r, munis, known, unknown, conversation)

        definition = lexicon.DEFINITION.found(r.norm)
        context_muni = municipalities.get(conversation.municipality or "")
        if r.glossary and (definition or not r.topic or d.kind == "ask_glossary"
                           or (self._only_term(r) and context_muni is None)):
            return self._glossary_answer([r.glossary, *r.other_terms], lang)

        if context_muni is not None:
            if r.topic or (r.terms and self.index.best(context_muni.id, r.terms)[1] is not None):
                return self._about_municipalities(r, [context_muni], [], [], conversation)

        for cues, key, topic in ((lexicon.PRIVACY, "privacy", "privacy"),
                                 (lexicon.ABOUT, "about", "about")):
            if cues.found(r.norm):
                return self._general(key, topic, lang, None)

        if r.terms and self._matching_municipalities(r.terms):
            return self._cross(r, conversation)

        if r.scan.near_misses:
            return self._did_you_mean(r.scan.near_misses, r.topic or "overview", lang)
        if r.topic in MUNICIPALITY_TOPICS:
            return self._clarify(r.topic, lang)
        return self._out_of_scope(lang)

    def _limit(self, r: Reading, muni: Municipality | None, conversation: Conversation) -> Answer:
        """Something the knowledge base does not hold: the rules name which, where they can."""
        if r.asks_for_the_list:
            # "Hur många kommuner vet du om?" counts what the bot knows: not a statistics question.
            return self._cross(r, conversation)
        limit = r.limit
        if limit is not None and limit.kind not in ("off_topic", "situation"):
            return self._limited(limit, r, muni, conversation)
        answer = Answer(False, muni.id if muni else None, "limits", compose.not_held(r.language),
                        language=r.language)
        if muni is not None:
            nearest = self._nearest(muni, r.terms, r.language)
            if nearest:
                answer.text += "\n\n" + nearest[0]
                answer.sources.extend(nearest[1])
        return answer

    def _where_i_live(self, r: Reading, named: Municipality | None, conversation: Conversation) -> Answer:
        lang = r.language
        unknown = r.unknown
        if named is not None and r.topic in MUNICIPALITY_TOPICS and r.topic != "overview":
            # "Follow-up in Vellinge" has the frame of "I live in Vellinge" and a topic's word: asked.
            return self._about_municipalities(r, [named], r.known, unknown, conversation)
        if named is not None:
            conversation.municipality, conversation.topic, conversation.terms = named.id, "overview", ()
            answer = self._municipality_answer([named], "overview", [], r.norm, lang, r.display)
            answer.text = pick(lang, f"Då svarar jag om {named.name}.\n\n",
                               f"Then I'll answer about {named.name}.\n\n") + answer.text
            return answer
        if unknown:
            return self._unknown_municipality(unknown[0], lang, conversation)
        return self._clarify("overview", lang)

    def _is_alias(self, place: Place) -> bool:
        muni = self.knowledge.municipalities.get(str(place.municipality_id))
        aliases = [*self.knowledge.name_aliases.get(place.name, ()), *(muni.aliases if muni else ())]
        return fold(place.via) in {fold(a) for a in aliases}

    def _which_one(self, r: Reading) -> Answer:
        """"habo": Habo in Jönköpings län or Håbo in Uppsala län? Asked, never guessed."""
        kommuner = [k for place in r.scan.twins[0] if (k := self.places.get(place.kommun_id))]
        topic = r.topic if r.topic in compose.TOPIC_LABELS else "overview"
        return Answer(False, None, "suggest", which_one(kommuner, r.language), language=r.language,
                      suggestions=[compose.topic_question(topic, k.municipality, r.language) for k in kommuner])

    def _unknown_municipality(self, mention: Mention, lang: str, conversation: Conversation) -> Answer:
        name = mention.place.via or mention.place.name
        self.followups.unknown(conversation, name)
        return Answer(False, None, "unknown_municipality",
                      compose.unknown_municipality(name, self.knowledge, lang), language=lang)

    def _unsure(self, d: Decision, r: Reading, muni: Municipality | None) -> Answer:
        """Not sure what is meant: the two likely readings as questions to pick, never a guess."""
        lang = r.language
        suggestions = list(dict.fromkeys(compose.intent_question(i, muni, lang) for i in d.alternatives))
        suggestions = [s for s in suggestions if s]
        if not suggestions:
            return self._out_of_scope(lang)
        text = pick(lang, "Jag förstår inte riktigt. Menade du: ", "I don't quite understand. Did you mean: ")
        return Answer(False, muni.id if muni else None, "unsure", text + " / ".join(suggestions),
                      suggestions=suggestions, language=lang)

    # -- what the knowledge base does not hold ------------------------------------------------

    def _limited(self, limit: limits.Limit, r: Reading, muni: Municipality | None,
                 conversation: Conversation) -> Answer:
        lang = r.language
        if limit.kind == "off_topic":
            return self._out_of_scope(lang)
        if limit.kind == "situation":
            return self._help(limit.situation, r, muni, conversation)
        if limit.kind == "ranking":
            return Answer(False, None, "ranking", compose.no_ranking(self.knowledge, lang), language=lang)
        if limit.kind == "case":
            return Answer(False, muni.id if muni else None, "case", compose.no_cases(lang), language=lang)
        lines = self.knowledge.helplines_for("statistics") if limit.kind == "statistics" else []
        text = (compose.no_statistics(lines, lang) if limit.kind == "statistics"
                else compose.no_money(muni, lang) if limit.kind == "money"
                else compose.no_event_dates(muni, lang))
        answer = Answer(False, muni.id if muni else None, limit.kind, text, language=lang,
                        sources=[helpline_source(line) for line in lines])
        if muni is not None:
            conversation.municipality = muni.id
            # The money's own words ("pengar") would find "spel om pengar": not what was asked about.
            terms = [t for t in r.terms if not limits.MONEY.found(t)] if limit.kind == "money" else r.terms
            nearest = self._nearest(muni, terms, lang)
            if nearest:
                answer.text += "\n\n" + nearest[0]
                answer.sources.extend(nearest[1])
        if lines:
            answer.text += "\n\n" + compose.helpline_sources(lines, lang)
        return answer

    def _nearest(self, muni: Municipality, terms: list[str], lang: str) -> tuple[str, list[dict[str, str]]] | None:
        """What the municipality's agreement says about the message's subject, with its source line."""
        ranked = self.index.ranked(muni.id, terms) if terms else []
        if not ranked or ranked[0][0] < DETAIL_MIN_SCORE:
            return None
        text, _, ids = details.detail(muni, ranked[0][1], lang, self.today())
        sources = compose.sources_of(muni, ids)
        heading = pick(lang, f"Det här säger {genitive(muni.name)} överenskommelse om det:",
                       f"This is what {muni.name}'s agreement says about it:")
        return (f"{heading}\n{text}\n\n{compose.source_line(sources, lang, self.today())}",
                details.source_dicts(sources))

    def _comparison(self, which: str, named: list[Municipality], lang: str, conversation: Conversation) -> Answer:
        today = self.today()
        munis = named or sorted(self.knowledge.municipalities.values(), key=lambda m: swedish_key(m.name))
        if which == "side_by_side":
            text, sources = compare.side_by_side(munis, today, lang)
        elif which == "police_areas":
            text, sources = compare.police_areas(munis, lang)
        elif which == "shared":
            text, sources = compare.shared_focus(munis, lang)
        else:
            text, sources = compare.superlative(munis, which, today, lang)
        conversation.clear()
        if sources:
            text += "\n\n" + compose.source_line(sources, lang, today)
        return Answer(True, None, "compare", text, language=lang,
                      sources=details.source_dicts(sources))

    def _help(self, situation: str, r: Reading, muni: Municipality | None,
              conversation: Conversation) -> Answer:
        """Who can help with the resident's own situation: danger first, then the lines that fit."""
        lang = r.language
        lines = list(dict.fromkeys(line for kind in limits.helpline_kinds(situation, r.norm)
                                   for line in self.knowledge.helplines_for(kind)))
        text = compose.help_text(situation in limits.REPORTABLE, situation in limits.SOCIAL_SERVICES,
                                 [pick(lang, line.text, line.text_en) for line in lines], lang)
        sources = [helpline_source(line) for line in lines]
        if muni is not None:
            conversation.municipality = muni.id
            # The resident's own words first ("droger"); the situation's usual words when they find nothing.
            nearest = (self._nearest(muni, r.terms, lang)
                       or self._nearest(muni, [*r.terms, *limits.SITUATION_TERMS[situation]], lang))
            if nearest:
                text += "\n\n" + nearest[0]
                sources.extend(nearest[1])
        if lines:
            text += "\n\n" + compose.helpline_sources(lines, lang)
        return Answer(True, muni.id if muni else None, "help", text, sources=sources, language=lang)

    @staticmethod
    def _situation_too(r: Reading) -> str | None:
        """The resident's own situation behind an emergency, when the model reads one at least as
        likely as any danger intent (violence at home, threats, a child at risk), else None."""
        situations = {i: p for i, p in r.intents.items() if i in SITUATION_INTENTS}
        if not situations:
            return None
        best = max(situations, key=situations.__getitem__)
        danger = max((r.intents.get(i, 0.0) for i in DANGER_INTENTS), default=0.0)
        return SITUATION_KIND[best] if situations[best] >= SITUATION_BESIDE_DANGER and situations[best] > danger else None

    @staticmethod
    def _also_asks_what_is_done(r: Reading, d: Decision) -> bool:
        """A question about the named municipality's agreement besides the concern or the crime: its
        words are in the agreement, the message asks, and it does not ask how to report or where to
        leave a tip (then that is the whole answer)."""
        if not r.known_content or not lexicon.asks(r.text, r.tokens) or not lexicon.DOING.found(r.norm):
            return False
        if d.action == "concern":
            return lexicon.wants_to_give_feedback(r.norm) == 0
        return not any(t.startswith(("anmal", "polisanmal")) or t == "report" for t in r.tokens)

    def _only_term(self, r: Reading) -> bool:
        return len([t for t in r.tokens if t not in lexicon.STOPWORDS]) <= 3

    def danger_now(self, text: str, describing: bool = False) -> bool:
        """True when a message says someone is in danger now: 112 comes before anything else.
        `describing`: the text is a concern's step, where the model must be surer."""
        reading = self._read(text[:MAX_INPUT_CHARS], Conversation())
        threshold = DESCRIBING_THRESHOLD if describing else DANGER_THRESHOLD
        return bool(reading.tokens) and reading.decision(threshold).action == "emergency"

    def _emergency(self, kind: str, lang: str, municipality: str | None) -> Answer:
        """112 first, in one short line; then, where one fits, the sourced line for this kind."""
        answer = self._general("emergency", "emergency", lang, municipality)
        lines = self.knowledge.helplines_for(kind)
        if lines:
            answer.text += "\n\n" + "\n".join(pick(lang, line.text, line.text_en) for line in lines)
            answer.text += "\n\n" + compose.helpline_sources(lines, lang)
            answer.sources = [helpline_source(line) for line in lines]
        return answer

    # -- municipality answers -----------------------------------------------------------------

    def _about_municipalities(self, r: Reading, munis: list[Municipality], known: list[Mention],
                              unknown: list[Mention], conversation: Conversation) -> Answer:
        lang = r.language
        topic = r.topic
        terms = list(r.terms)
        # "och Burlöv?" / "what about Burlöv?": nothing but follow-up words, so keep the last topic.
        asked: passages.Question | None = passages.question(r.text, r.tokens, r.masked, terms)
        if conversation.topic and self._is_follow_up(r):
            topic, terms, asked = conversation.topic, list(conversation.terms), None
            if topic == "detail":
                topic = None
        if topic not in MUNICIPALITY_TOPICS:
            topic = None
        munis = self.followups.narrow(r, munis, topic, conversation)  # "när går det (medborgarlöftet) ut?"
        answer = self._municipality_answer(munis, topic, terms, r.norm, lang, r.display,
                                           asked_subject=self._asks_about_a_subject(r), asked=asked)
        if unknown:
            names = compose.join_words(list(dict.fromkeys(m.place.via or m.place.name for m in unknown)), lang)
            answer.text += "\n\n" + pick(lang, f"Om {names} har jag inget ännu.",
                                         f"I have nothing on {names} yet.")
        fuzzy = [m for m in known if m.fuzzy]
        if fuzzy:
            answer.text = pick(lang, f"(Jag tolkar det som {fuzzy[0].place.name}.)\n",
                               f"(I take that to mean {fuzzy[0].place.name}.)\n") + answer.text
        # "Höllviken ligger i Vellinge kommun", but never "Gothenburg is in Göteborg Municipality":
        # an alias is the municipality itself under another name.
        localities = [m for m in known if m.place.via and fold(m.place.via) != fold(m.place.name)
                      and not self._is_alias(m.place)]
        if localities and not fuzzy:
            via = localities[0].place
            home = self.knowledge.municipalities[str(via.municipality_id)]
            answer.text = pick(lang, f"{via.via} ligger i {compose.municipality_party(home)}.\n",
                               f"{via.via} is in {via.name} Municipality.\n") + answer.text
        conversation.municipality = munis[0].id
        conversation.topic = answer.topic
        conversation.terms = tuple(terms) if answer.topic == "detail" else ()
        return answer

    @staticmethod
    def _asks_about_a_subject(r: Reading) -> bool:
        """The model reads "what does the agreement say about X" as the likeliest question."""
        best = max(r.intents, key=r.intents.__getitem__, default="")
        return best == "ask_topic" or r.intents.get("ask_topic", 0.0) >= SUBJECT_ASKED

    def _is_follow_up(self, r: Reading) -> bool:
        rest = [t for i, t in enumerate(r.tokens) if i not in r.scan.used]
        return all(t in FOLLOW_UP_MARKERS for t in rest) and len(rest) <= 4

    def _municipality_answer(self, munis: list[Municipality], topic: str | None, terms: list[str],
                             norm: str, lang: str, display: dict[str, str] | None = None,
                             asked_subject: bool = False, asked: passages.Question | None = None) -> Answer:
        parts: list[str] = []
        used_topic = topic or "overview"
        source_ids: list[tuple[Municipality, str]] = []
        for muni in munis:
            text, used_topic, ids = self._one_municipality(muni, topic, terms, norm, lang, display or {},
                                                           asked_subject, asked)
            if len(munis) > 1:
                text = f"{muni.name}:\n{text}"
            parts.append(text)
            source_ids.extend((muni, i) for i in ids)
        sources = []
        for muni in munis:
            own = compose.sources_of(muni, [i for m, i in source_ids if m is muni])
            if own:
                sources.extend(own)
                if used_topic != "source":
                    parts.append(compose.source_line(own, lang, self.today()))
        muni = munis[0]
        follow_ups = [t for t in BUTTON_TOPICS if t != used_topic]
        # Who is kommunpolis, when the source names nobody in that role, is a question left
        # unanswered: staff see it among "Frågor utan svar" and may add the person.
        answered = used_topic != "people" or any(self._people_answered(m, norm, lang) for m in munis)
        return Answer(answered, muni.id, used_topic, "\n\n".join(parts),
                      sources=details.source_dicts(sources),
                      language=lang, follow_ups=follow_ups)

    def _one_municipality(self, muni: Municipality, topic: str | None, terms: list[str], norm: str,
                          lang: str, display: dict[str, str], asked_subject: bool = False,
                          asked: passages.Question | None = None) -> tuple[str, str, list[str]]:
        today = self.today()
        all_sources = [s.id for s in muni.sources]
        # The sentences of the entry that answer what the question's own clauses ask about.
        # An aspect this entry holds nothing on ("Hur ofta tar Botkyrka fram en lägesbild?" with no
        # follow-up listed) is answered from the sentences too, whatever the subject.
        subject = list(asked.subject) if asked is not None else terms
        empty = passages.empty_aspect(muni, topic)
        detail = self.passages.specific(subject)
        found = (self.passages.answering(muni.id, asked.masked, lang, subject=() if empty else detail)
                 if asked is not None and (detail or empty) and topic in passages.OPEN_TOPICS else [])
        ranked = self.index.ranked(muni.id, subject) if subject else []
        score, doc = ranked[0] if ranked else (0.0, None)
        topic_strength = lexicon.TOPICS[topic].score(norm) if topic in lexicon.TOPICS else 0
        detail_wins = doc is not None and score >= DETAIL_MIN_SCORE and (
            topic in (None, "focus", "overview", "methods") or score > topic_strength)
        if detail_wins and doc is not None:
            if doc.kind in ("method", "follow_up", "measurement"):
                return details.detail(muni, doc, lang, today)
            close = [d for value, d in ranked
                     if value >= CLOSE_TO_BEST * score and d.kind in ("area", "fact")][:MAX_DETAIL_ITEMS]
            parts = [details.detail(muni, d, lang, today) for d in close]
            return "\n\n".join(p[0] for p in parts), "detail", [i for p in parts for i in p[2]]
        if found:
            return details.found(muni, found, lang, today)
        # Only a subject is worth saying this agreement lacks: one some agreement lists (its keywords),
        # or a content word when the question asks what the agreement says about something. "lovat",
        # "samma" or "väder" are words of the question, not subjects; "mamma" in the resident's story neither.
        asked_about = [t for t in subject if t in self._subjects or (asked_subject and _content_word(t))]
        if topic in (None, "focus", "overview") and asked_about and doc is None:
            first = asked_about[0]
            missing = display.get(first, first)
            note = pick(lang, f"{genitive(muni.name)} överenskommelse nämner inte {missing} särskilt.",
                        f"{muni.name}'s agreement does not mention {missing} specifically.")
            return note + "\n\n" + aspects.focus(muni, today, lang), "focus", all_sources
        if topic == "focus":
            return aspects.focus(muni, today, lang), "focus", all_sources
        if topic == "period":
            return aspects.period(muni, today, lang), "period", [a.source_id for a in muni.agreements]
        if topic == "parties":
            return aspects.parties(muni, lang), "parties", all_sources
        if topic == "people":
            chosen, missing = self._people_asked(muni, norm, lang)
            return (aspects.people(muni, chosen, missing, lang, lexicon.CONTACT.found(norm)), "people",
                    [p.source_id for p in chosen] or all_sources)
        if topic == "follow_up":
            return aspects.follow_up(muni, lang), "follow_up", all_sources
        if topic == "methods":
            return aspects.methods(muni, lang), "methods", all_sources
        if topic == "source":
            return aspects.sources(muni, lang), "source", all_sources
        if topic == "purpose":
            return aspects.purpose(muni, today, lang), "purpose", [a.source_id for a in muni.agreements]
        return aspects.overview(muni, today, lang), "overview", all_sources

    def _sourced(self, muni: Municipality, topic: str, text: str, ids: list[str], lang: str) -> Answer:
        """An answer about one municipality with the line naming its sources."""
        sources = compose.sources_of(muni, ids)
        return Answer(True, muni.id, topic, f"{text}\n\n{compose.source_line(sources, lang, self.today())}",
                      sources=details.source_dicts(sources), language=lang)

    def _people_answered(self, muni: Municipality, norm: str, lang: str) -> bool:
        """Whether the source names who was asked for: who signed (a person or the agreement's note
        on signing), the role asked, or anyone at all."""
        if lexicon.SIGNER.found(norm) and any(a.signed_note for a in muni.agreements):
            return True
        return bool(muni.people) and not self._people_asked(muni, norm, lang)[1]

    def _people_asked(self, muni: Municipality, norm: str, lang: str) -> tuple[list[Person], str]:
        if lexicon.SIGNER.found(norm):
            signers = [p for p in muni.people if p.signed]
            if signers:
                return signers, ""
        if lexicon.STEERING.found(norm):
            group = [p for p in muni.people if p.steering_group]
            if group:
                return group, ""
        wanted = [role for role, cues in lexicon.ROLES.items() if cues.found(norm)]
        if not wanted:
            return list(muni.people), ""
        chosen = [p for p in muni.people if p.role_key in wanted]
        if chosen:
            return chosen, ""
        sv, en = lexicon.ROLE_NAMES[wanted[0]]
        return list(muni.people), pick(lang, sv, en)

    # -- answers not about one municipality ---------------------------------------------------

    def _matching_municipalities(self, terms: list[str]) -> list[tuple[Municipality, Doc]]:
        return [(self.knowledge.municipalities[muni_id], doc)
                for muni_id, (score, doc) in self.index.best_per_municipality(terms).items()
                if score >= DETAIL_MIN_SCORE]

    def _cross(self, r: Reading, conversation: Conversation) -> Answer:
        """Which municipalities: within a county when one is named, by where their agreements stand
        (ended, in force, ending a given year) or by what their agreements say."""
        lang = r.language
        today = self.today()
        county = self.followups.county(r, conversation)
        own = self.knowledge.municipalities.get(conversation.municipality or "")
        self.followups.listed(conversation, county)
        pool = [m for m in self.knowledge.municipalities.values() if county is None or m.county == county]
        year = _year_asked(r.tokens) if lexicon.AGREEMENT_ENDS.found(r.norm) else None
        if year is not None:
            return self._ending_in(year, pool, county, lang, today)
        if lexicon.AGREEMENT_ENDED.found(r.norm):
            return self._agreements_in_force(lang, today, pool, county, only="ended")
        if lexicon.AGREEMENT_IN_FORCE.found(r.norm):
            return self._agreements_in_force(lang, today, pool, county, only="in_force")
        if r.topic_scores["period"] > 0 or lexicon.AGREEMENT_LIST.found(r.norm):
            return self._agreements_in_force(lang, today, pool, county)
        terms = list(r.terms)
        if not terms and r.glossary:
            terms = [t for t in tokens(r.glossary.term) if t not in lexicon.STOPWORDS]
        in_pool = {m.id for m in pool}
        matches = [(m, doc) for m, doc in self._matching_municipalities(terms) if m.id in in_pool] if terms else []
        if not terms:
            return self._municipality_list(lang, pool, county)
        conversation.clear()
        if not matches:
            words = [r.display.get(t, t) for t in terms if self.index.known(t) or _content_word(t)]
            if not words:
                return self._municipality_list(lang, pool, county) if county else self._out_of_scope(lang)
            word = words[0]
            among = compose.municipality_list(self.knowledge, "sv") if county is None else \
                f"{len(pool)} kommuner i {county}"
            among_en = compose.municipality_list(self.knowledge, "en") if county is None else \
                f"{len(pool)} municipalities in {county}"
            return Answer(True, None, "cross", pick(
                lang, f"Ingen av kommunerna jag känner till ({among}) nämner {word} i sin överenskommelse.",
                f"None of the municipalities I know ({among_en}) mentions {word} in its agreement."),
                language=lang)
        if len(matches) > CROSS_DETAIL_UP_TO:
            return self._cross_by_county(matches, r, own)
        lines = [pick(lang, "Det här tas upp i:", "This comes up in:")]
        sources = []
        for muni, doc in sorted(matches, key=lambda md: swedish_key(md[0].name)):
            lines.append(f"• {muni.name}: {details.doc_title(muni, doc, lang, self.today())}")
            sources.extend(compose.sources_of(muni, [s.id for s in muni.sources]))
        return Answer(True, None, "cross", "\n".join(lines),
                      sources=details.source_dicts(sources),
                      language=lang)

    def _cross_by_county(self, matches: list[tuple[Municipality, Doc]], r: Reading,
                         own: Municipality | None) -> Answer:
        """Many matches: names by county, the resident's own county first, and a question per name to
        see what that agreement says; a list of 40 focus areas is unreadable in a chat."""
        lang = r.language
        by_county: dict[str, list[str]] = {}
        for muni, _ in sorted(matches, key=lambda md: swedish_key(md[0].name)):
            by_county.setdefault(muni.county or "–", []).append(muni.name)
        order = sorted(by_county, key=lambda c: (own is None or c != own.county, swedish_key(c)))
        subject = r.display.get(r.terms[0], r.terms[0]) if r.terms else ""
        lines = [pick(lang, f"Det här tas upp i {len(matches)} kommuners överenskommelser:",
                      f"This comes up in the agreements of {len(matches)} municipalities:")]
        lines.extend(f"• {county} ({len(by_county[county])}): {', '.join(by_county[county])}" for county in order)
        lines.append("")
        lines.append(pick(lang, f"Fråga om en av dem för att se vad den säger, till exempel "
                                f"”Vad gör {matches[0][0].name} mot {subject}?”",
                          f"Ask about one of them to see what it says, for example "
                          f"“What does {matches[0][0].name} do about {subject}?”"))
        suggestions = [pick(lang, f"Vad gör {muni.name} mot {subject}?", f"What does {muni.name} do about {subject}?")
                       for muni, _ in matches[:3]] if subject else []
        return Answer(True, None, "cross", "\n".join(lines), suggestions=suggestions, language=lang)

    def _agreements_in_force(self, lang: str, today: dt.date, pool: list[Municipality] | None = None,
                             county: str | None = None, only: str | None = None) -> Answer:
        """In force (an end date still ahead), unknown (no end date in the source: ask the kommun),
        ended: three lists, so no agreement is called in force that may long have ended. Each
        municipality once, under its best-known agreement, grouped by county to stay readable.
        `only` keeps one of the lists (the question asked which have ended, or which still apply)."""
        groups: dict[str, dict[str, list[str]]] = {"in_force": {}, "open": {}, "ended": {}}
        for muni in sorted(pool if pool is not None else self.knowledge.municipalities.values(),
                           key=lambda m: swedish_key(m.name)):
            states = {a.id: periods.status(a, today) for a in muni.agreements}
            for state in ("in_force", "open", "ended"):
                chosen = [a for a in muni.agreements
                          if states[a.id] == state or (state == "in_force" and states[a.id] == "not_started")]
                if chosen:
                    agreement = chosen[-1]
                    entry = f"{muni.name} {periods.span(agreement, lang)}" if state == "in_force" else muni.name
                    groups[state].setdefault(muni.county or "–", []).append(entry)
                    break
        where = pick(lang, f" i {county}", f" in {county}") if county else ""
        headings = {
            "in_force": pick(lang, f"Gäller fortfarande{where} ({periods.date_text(today, 'sv')}), enligt slutdatum i källan",
                             f"Still in force{where} ({periods.date_text(today, 'en')}), by the end date in the source"),
            "open": pick(lang, f"Slutdatum anges inte i källan{where}, så jag vet inte om de gäller; fråga kommunen",
                         f"No end date in the source{where}, so I don't know whether they still apply; ask the municipality"),
            "ended": pick(lang, f"Har upphört{where}; fråga kommunen om en ny har tecknats",
                          f"Has ended{where}; ask the municipality whether a new one has been signed")}
        parts = []
        for state, by_county in groups.items():
            count = sum(len(v) for v in by_county.values())
            if only == "in_force" and state == "ended":
                # Asked which still apply: the ended ones only counted, with how to see them.
                parts.append(pick(lang, f"Har upphört{where}: {count} kommuner (fråga ”Vilka avtal har gått ut?”).",
                                  f"Has ended{where}: {count} municipalities (ask “Which agreements have ended?”)."))
                continue
            if only == "ended" and state != "ended":
                continue
            lines = [f"{headings[state]} ({count}):"]
            lines.extend(f"• {c}: {', '.join(entries)}" if county is None else f"• {', '.join(entries)}"
                         for c, entries in sorted(by_county.items(), key=lambda item: swedish_key(item[0])))
            parts.append("\n".join(lines) if count else f"{headings[state]}: {pick(lang, 'ingen', 'none')}")
        return Answer(True, None, "in_force", "\n\n".join(parts), language=lang)

    def _ending_in(self, year: int, pool: list[Municipality], county: str | None, lang: str,
                   today: dt.date) -> Answer:
        """Agreements whose end date in the source falls in `year`, by county."""
        by_county: dict[str, list[str]] = {}
        for muni in sorted(pool, key=lambda m: swedish_key(m.name)):
            ending = [a for a in muni.agreements if a.end is not None and a.end.year == year]
            if ending:
                by_county.setdefault(muni.county or "–", []).append(
                    f"{muni.name} ({periods.agreement_name(ending[-1], lang)} {periods.span(ending[-1], lang)})")
        where = pick(lang, f" i {county}", f" in {county}") if county else ""
        count = sum(len(v) for v in by_county.values())
        if not count:
            return Answer(True, None, "in_force", pick(
                lang, f"Ingen överenskommelse{where} som jag känner till har {year} som slutår i källan.",
                f"No agreement{where} that I know of has {year} as its end year in the source."), language=lang)
        past = year < today.year
        lines = [pick(lang, f"{'Gick' if past else 'Går'} ut {year}{where}, enligt slutdatum i källan ({count}):",
                      f"{'Ended' if past else 'Ending'} in {year}{where}, by the end date in the source ({count}):")]
        lines.extend(f"• {c}: {', '.join(entries)}" for c, entries in sorted(by_county.items(), key=lambda item: swedish_key(item[0])))
        if not past:
            lines.append("")
            lines.append(pick(lang, "Fråga kommunen om en ny överenskommelse är på väg.",
                              "Ask the municipality whether a new agreement is on its way."))
        return Answer(True, None, "in_force", "\n".join(lines), language=lang)

    def _municipality_list(self, lang: str, pool: list[Municipality] | None = None,
                           county: str | None = None) -> Answer:
        """Every municipality known (in a county, when one is named), by county: with over a
        hundred, one line per agreement would not fit in a chat message."""
        munis = sorted(pool if pool is not None else self.knowledge.municipalities.values(),
                       key=lambda m: swedish_key(m.name))
        if not munis:
            return Answer(False, None, "municipalities", pick(
                lang, f"Jag har ingen kommun i {county} ännu.", f"I have no municipality in {county} yet."),
                language=lang)
        by_county: dict[str, list[str]] = {}
        for muni in munis:
            by_county.setdefault(muni.county or "–", []).append(muni.name)
        if county is not None:
            total = sum(1 for c in self.knowledge.all_municipalities.values() if c == county)
            lines = [pick(lang, f"Jag kan svara om {len(munis)} av de {total} kommunerna i {county}: "
                                f"{compose.join_words([m.name for m in munis], lang)}.",
                          f"I can answer about {len(munis)} of the {total} municipalities in {county}: "
                          f"{compose.join_words([m.name for m in munis], lang)}.")]
        else:
            lines = [pick(lang, f"Jag kan svara om de här {len(munis)} kommunerna:",
                          f"I can answer about these {len(munis)} municipalities:")]
            lines.extend(f"• {c}: {', '.join(names)}" for c, names in sorted(by_county.items(), key=lambda item: swedish_key(item[0])))
        suggestions = [compose.topic_question("focus", m, lang) for m in munis] if len(munis) <= 3 else []
        return Answer(True, None, "municipalities", "\n".join(lines), language=lang, suggestions=suggestions)

    def _police_area(self, area: str, lang: str) -> Answer:
        # "Luleå/Boden", "Kungälv-Ale": either half names the area too.
        munis = [m for m in self.knowledge.municipalities.values()
                 if fold(area) == fold(m.police_area) or fold(area) in re.split(r"[/-]", fold(m.police_area))]
        if not munis:
            return Answer(False, None, "parties", pick(
                lang, f"Jag har ingen kommun i lokalpolisområde {area} ännu.",
                f"I have no municipality in the local police area {area} yet."), language=lang)
        names = compose.join_words(sorted(m.name for m in munis), lang)
        return Answer(True, munis[0].id if len(munis) == 1 else None, "parties", pick(
            lang, f"Lokalpolisområde {area} samverkar med: {names}.",
            f"The local police area {area} works with: {names}."), language=lang)

    def _glossary_answer(self, terms: list[GlossaryTerm], lang: str) -> Answer:
        """Each term named, so "skillnaden mellan medborgarlöfte och samverkansöverenskommelse" gets
        both definitions side by side."""
        lines = []
        for term in terms:
            name = pick(lang, term.term, f"{term.term} ({term.term_en})" if term.term_en and
                        fold(term.term_en) != fold(term.term) else term.term)
            lines.append(f"{name}: {pick(lang, term.definition, term.definition_en)}")
        return Answer(True, None, "glossary", "\n\n".join(lines), language=lang)

    def _general(self, key: str, topic: str, lang: str, municipality: str | None) -> Answer:
        entry = self.knowledge.general[key]
        return Answer(True, municipality, topic, pick(lang, entry.text, entry.text_en), language=lang)

    def _greeting(self, lang: str) -> Answer:
        about = self.knowledge.general["about"]
        return Answer(True, None, "greeting", pick(lang, "Hej! ", "Hi! ") + pick(lang, about.text, about.text_en),
                      language=lang)

    def _examples(self, lang: str) -> list[str]:
        """Three example questions for "what can you do?", each about a municipality whose source
        answers it, and each about another municipality."""
        munis = sorted(self.knowledge.municipalities.values(), key=lambda m: swedish_key(m.name))
        has = {"focus": lambda m: any(a.kind == "focus_area" for a in m.areas),
               "period": lambda m: any(a.start or a.end for a in m.agreements),
               "people": lambda m: bool(m.people)}
        examples, used = [], set()
        for topic, answers in has.items():
            muni = next((m for m in munis if answers(m) and m.id not in used), None)
            if muni is not None:
                used.add(muni.id)
                examples.append(compose.topic_question(topic, muni, lang))
        return examples

    # No suggestions where nothing in the message points to one: the first three municipalities in
    # the alphabet ("Ales fokusområden") are filler, not help.
    def _clarify(self, topic: str, lang: str) -> Answer:
        text = pick(lang, "Vilken kommun menar du? Jag kan svara om ",
                    "Which municipality do you mean? I can answer about ")
        text += compose.municipality_list(self.knowledge, lang) + "."
        return Answer(False, None, topic, text, language=lang)

    def _did_you_mean(self, near: list[Any], topic: str, lang: str) -> Answer:
        munis = []
        for place in near:
            muni = self.knowledge.municipalities.get(place.municipality_id or "")
            if muni and muni not in munis:
                munis.append(muni)
        if not munis:
            return self._out_of_scope(lang)
        question_topic = topic if topic in compose.TOPIC_LABELS else "overview"
        suggestions = [compose.topic_question(question_topic, m, lang) for m in munis[:3]]
        text = pick(lang, "Jag är inte säker på vilken kommun du menar. Menade du: ",
                    "I'm not sure which municipality you mean. Did you mean: ")
        return Answer(False, None, "suggest", text + " / ".join(f"{s}?" for s in suggestions),
                      suggestions=suggestions, language=lang)

    def _out_of_scope(self, lang: str) -> Answer:
        return Answer(False, None, "out_of_scope", compose.out_of_scope(self.knowledge, lang), language=lang)

    def _not_understood(self, lang: str) -> Answer:
        return Answer(False, None, "out_of_scope", pick(
            lang, "Skriv en fråga, till exempel ”Vad fokuserar Sölvesborg på?”.",
            "Write a question, for example “What does Kävlinge focus on?”."), language=lang)


@lru_cache(maxsize=1)
def bundled_model() -> IntentModel | None:
    """The shipped model, read once per process; None only in a checkout that was never trained."""
    path = bundled_model_path()
    return IntentModel.load(path) if path.is_file() else None


def _year_asked(toks: list[str]) -> int | None:
    """A year an agreement could end in, as written ("2026"), or None."""
    years = [int(t) for t in toks if len(t) == 4 and t.isdigit() and 2010 <= int(t) <= 2040]
    return years[-1] if years else None


def _content_word(term: str) -> bool:
    """A word that names a subject ("drönare", "kameraövervakning"), though the index lacks it."""
    return len(term) >= 5 and term.isalpha() and term not in lexicon.STOPWORDS and not lexicon.is_cue_word(term)
