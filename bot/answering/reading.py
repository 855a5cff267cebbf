"""Reading a message once: `Reader.read(text, conversation) -> Reading`.

The words as the resident wrote them and as the speller put them right, the language, the places
named, the topic cues, the content words, the glossary terms, the model's intents and what the danger
rules saw. Every later step (decide.py, the engine's routing, the answers) uses this one reading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from bot.answering import (how_many, animals, nuisance, claim_spans, contact_asks, common_words, crime_worry, cues, danger, danger_kinds, danger_signs, done_clauses,
                           everyday,
                           danger_times, danger_when, detail_asks, imagined, left_things, lexicon, life_areas, limits, misroutes, named_asks, not_now,
                           order_words, supposed, text_asks)
from bot.answering.content_index import infinitives
from bot.answering.decide import DANGER_THRESHOLD, UNSURE_DANGER, Decision, danger_probability, decide
from bot.answering.intents import IntentModel, masked
from bot.answering.knowledge import GlossaryTerm
from bot.answering.matching import Mention, PlaceScan
from bot.answering.people_named import Named
from bot.text import cased_tokens, fold, tokens

TOPIC_PRIORITY = ("people", "period", "purpose", "follow_up", "source", "parties", "methods", "focus",
                  "overview")


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
    in_context: bool = False  # the conversation is about a kommun, which a follow-up may leave out
    # Words put in from the conversation for "det" (bot/answering/followup.py): what the resident told
    # before, which may pick what answers but is never said to be missing from an agreement.
    told: frozenset[str] = frozenset()
    persons: tuple[Named, ...] = ()  # people of the entries the message names (bot/answering/people_named.py)
    role_held: bool = False  # a role or body of someone of the entry talked about ("landshövdingen"; role_words.py)
    # folded as written, before the speller ("rapporteras", which it makes "rapportera")
    written: tuple[str, ...] = ()
    # a person's name in a message typed in lower case ("vad har eva andersson skrivit"): others_signs.lower_names
    lower_names: tuple[str, ...] = ()
    imagined: str = ""  # a case asked about, not happening (bot/answering/imagined.py): no danger rules read
    # The area-of-life reading (bot/answering/area_model.py), applied only when asked (`areas`): most
    # messages never need it.
    area_model: IntentModel | None = field(default=None, repr=False, compare=False)
    _decision: Decision | None = field(default=None, repr=False, compare=False)

    @cached_property
    def infinitives(self) -> frozenset[str]:
        """The verbs that stand in their infinitive ("lovat att öppna"): never a subject to look for."""
        return infinitives(self.tokens)

    @cached_property
    def detail_ask(self) -> detail_asks.Ask | None:
        """Which framed detail question the message is ("hur togs löftena fram?"), read once."""
        return detail_asks.ask(self.text, self.norm, self.tokens, self.masked)

    @cached_property
    def areas(self) -> dict[str, float]:
        """The area-of-life reading's probabilities for the message, read once when first asked ({} with
        no model shipped)."""
        return self.area_model.probabilities(self.masked) if self.area_model is not None else {}

    @cached_property
    def masked(self) -> list[str]:
        """The folded tokens with each place name masked, as the passages are indexed."""
        return masked(self.tokens, self.scan.used)

    @cached_property
    def limit(self) -> limits.Limit | None:
        """What the limits cues see (statistics, ranking, off topic, …), read once for every step; not
        in the places named ("Laxå" folds to "läxa", homework)."""
        found = limits.assess(self.norm)
        if found is None or not self.scan.used:
            return found
        return limits.assess(" ".join(t for i, t in enumerate(self.tokens) if i not in self.scan.used))

    @property
    def asks_for_the_list(self) -> bool:
        """"Vilka kommuner kan du svara om?", "hur många kommuner i Skåne?": the municipalities the
        bot knows, not one of them and not a police area's."""
        return (lexicon.LIST_MUNICIPALITIES.found(self.norm) and not self.known and not self.asks_of_its_promise
                and not any(m.police_area for m in self.scan.mentions) and not self.scan.region("police_area"))

    @property
    def asks_of_its_promise(self) -> bool:
        """"vilka kommuner är med i löftet?" after a kommun or a place in it: the municipalities of that
        kommun's agreement (its parties, a joint löfte's partners), not the list of all."""
        return self.in_context and not self.known and bool(WHOSE_PROMISE.search(self.norm))

    @property
    def asks_alone(self) -> bool:
        """A clause that asks of the text on its own: a question, a limit, or a framed detail without a
        wish to tell the kommun something ("vilken plats kändes mest otrygg?"), or where a feeling is felt."""
        action = self.decision().action
        return self.rules is None and (action in ("question", "limit") or (
            self.detail_ask is not None and lexicon.wants_to_give_feedback(self.norm) == 0)
            or detail_asks.asks_the_text(self.detail_ask, self.norm, self.tokens) or lexicon.asks_where_felt(self.norm))

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

    @property
    def _told_done(self) -> bool:
        """Every told clause told as done (done_clauses.py), where the model reads some danger or leans to a crime
        to report: the signs of a crime found afterwards, which its danger alone does not make an emergency, and
        which are a crime to report when it is unsure (not a past verb in any follow-up: "i vilken månad skedde det")."""
        leans_to_report = bool(self.intents) and max(self.intents, key=lambda i: self.intents[i]) == "report_crime"
        return (danger_probability(self.intents) >= UNSURE_DANGER or leans_to_report) \
            and done_clauses.told_done(self.text, self.norm)

    def _decide(self, threshold: float) -> Decision:
        names = any(m.place.municipality_id or m.police_area for m in self.scan.mentions) or bool(self.scan.regions)
        municipality = any(not m.police_area for m in self.scan.mentions)  # known or not
        rest = [t for i, t in enumerate(self.tokens) if i not in self.scan.used and t not in common_words.STOPWORDS]
        evidence = municipality and (self.topic is not None or self.known_content or len(rest) <= 1)
        limit = self.limit
        # "hur kom de fram till det?" after a kommun's answer: a known follow-up, which the rules place.
        follow_up = self.in_context and self.topic is not None and lexicon.asks(self.text, self.tokens) \
            and self.topic_scores.get(self.topic, 0) >= STRONG_CUE
        # What the model has no intent for, read once; a question about the bot's own services is, like one
        # about what it does, no emergency by the model's danger alone ("jag vill inte följa Lund längre").
        said = not_now.reads(self.norm, self.tokens, self.text)
        # How the danger's words are told as not now (danger_when.py) counts only where danger is read at all
        # (decide.py's `quiet`): most messages, with no rule and hardly any danger in the model's reading, skip it.
        danger_read = self.rules is not None or danger_probability(self.intents) >= UNSURE_DANGER
        if everyday.told(self.text, self.tokens):
            # "I drank a beer", "köpte en kniv till köket": an everyday act told, no danger and nothing asked
            return Decision("out_of_scope", "out_of_scope", self.intents.get("out_of_scope", 0.0))
        if self.in_context and self.topic == "follow_up" and lexicon.OUTCOME.search(self.norm) and self.rules is None:
            return Decision("question", "ask_topic", 1.0)  # "och hur blev det sen?" after the promises: their outcome
        if self.in_context and self.rules is None and not self.known and how_many.OFTEN.search(self.norm) \
                and how_many.CONTACT_ASKED.search(self.norm):
            return Decision("question", "ask_topic", 1.0)  # "hur ofta ska de träffa folk?": the agreement's rate
        decision = decide(self.intents, self.rules, places_or_terms=names or self.glossary is not None or follow_up,
                      # a follow-up asked with its aspect's word ("Följs det upp också?") is a question, not thanks
                      question_evidence=evidence or follow_up and "?" in self.text, question_mark="?" in self.text,
                      concern_evidence=lexicon.wants_to_give_feedback(self.norm) > 0,
                      off_topic_evidence=limit is not None and limit.kind == "off_topic",
                      # (these four and the aspect asked read only where the decision turns on them: decide.py's lazy signs)
                      told_over=lambda: danger.told_over(self.norm),
                      told_past=lambda: danger.told_past(self.norm) or self._told_done,
                      asks_the_bot=lambda: danger.asks_the_bot(self.norm, self.tokens) or said in not_now.BOT_FACTS,
                      privacy_words=lexicon.PRIVACY.found(self.norm),
                      what_if=lambda: danger.asks_what_if(self.norm, self.tokens) or self._places_a_kommun()
                      or self._counts_in_a_kommun() or self._speaks_of_an_agreement or self._asks_how_people_feel
                      or self._asks_what_is_done_there or danger_signs.work_asked(self.norm)
                      or self._only_a_place or self._own_matter
                      or not_now.said_not_now(self.norm),
                      not_now=said,
                      ended=danger.told_ended(self.norm), imagined=bool(self.imagined), follows_on=self._follows_on,
                      words=len(self.tokens), threshold=threshold,
                      about_the_kommun=about_the_kommun(self.tokens) or self._here_in_context(),
                      asks_an_aspect=lambda: (bool(self.known) or self.in_context) and (
                          self.topic in ASPECT_TOPICS and self.topic_scores.get(self.topic, 0) >= STRONG_CUE
                          or self.detail_ask is not None and self.detail_ask.shape in ("mandate", "follow")),
                      names_a_person=bool(self.persons) and lexicon.asks(self.text, self.tokens),
                      time_not_now=danger_when.not_now(self.text, self.norm) if danger_read else "",
                      body_told=danger_read and not_now.body_told(self.norm),
                      placed=bool(self.known) and bool(_LIES & set(self.tokens)) and self.scan.region("county") is not None
                      or self._claim_of_an_agreement, nuisance=bool(self.nuisance))
        if decision.kind == "out_of_scope" and self.rules is None and self.limit is None and self.known_content \
                and any(not m.police_area and m.place.municipality_id for m in self.scan.mentions):
            return Decision("question", "ask_topic", decision.confidence)  # "övertorneå hundsök skolan?": the entry's words
        if decision.action == "thanks" and self.in_context and self.detail_ask is not None \
                and lexicon.asks(self.text, self.tokens) and not lexicon.THANKS_WORDS.search(self.norm):
            return Decision("question", "ask_topic", decision.confidence)  # "var är det värst då?": a place asked
        if self.nuisance == nuisance.DRUGS and decision.action not in ("question", "report", "concern"):
            return Decision("report", "", decision.confidence)  # "det luktar cannabis hela tiden": a crime to report
        if decision.action == "help" and not decision.danger_first and not_now.HELP_WITH_REPORT.search(self.norm):
            return Decision("report", "", decision.confidence)  # "kan du hjälpa mig göra en polisanmälan?": how
        if decision.action == "situation" and decision.confidence < SURE_REPORT and self.rules is None \
                and (self.in_context or self.known and not claim_spans.marked(self.tokens)) and self.topic == "follow_up" \
                and lexicon.asks(self.text, self.tokens):
            # "Hur följer man upp om det blir bättre?" after a worry about drugs in a kommun, "Hur ofta tar man
            # fram lägesbild i Väsby?": how the agreement follows it up, not the resident's situation the model
            # leans to below sure.
            return Decision("question", "ask_topic", decision.confidence)
        if decision.action == "concern" and not decision.danger_first and (self.known or self.in_context) \
                and text_asks.asks_of_the_text(self.text, self.norm, self.tokens):
            # "vilka platser i Trelleborg nämns kring buskörningen?" asks what the agreement names: a question.
            return Decision("question", "ask_topic", decision.confidence)
        if decision.action == "concern" and not decision.danger_first and self.scan.twins and not self.known \
                and named_asks.asks_if_named(self.text, self.norm):
            # "Berga känns stökig på kvällarna – nämns den?": whether the agreement names a place two kommuner
            # have is a question, whose kommun is asked (a place of one kommun: place_asks.py answers it).
            return Decision("question", "ask_topic", decision.confidence)
        if (decision.action in ("concern", "report") or decision.action == "bot" and decision.kind == "follow") \
                and not decision.danger_first and self.rules is None and (self.known or self.in_context) \
                and misroutes.asks_of_the_agreement(self.text, self.language == "en"):
            # "vilka fordon klagar folk på vid skolorna i Kungsbacka?", "vilka bevakar otrygga platser i
            # Danderyd?": others' complaints or watching asked of the agreement, not a wish to send or follow.
            return Decision("question", "ask_topic", decision.confidence)
        if decision.action == "report" and not decision.danger_first and self.rules is None \
                and decision.confidence < SURE_REPORT and (self.known or self.in_context) \
                and misroutes.asks_about_the_police(self.text):
            # "Hur stor är polisgruppen i Ljusnarsberg och var utgår den ifrån?": the police there asked about,
            # not something to report, when the model is not sure of the report and nothing of one is said.
            return Decision("question", "ask_topic", decision.confidence)
        if (decision.action == "situation" and decision.kind == "suicide" and self.rules is None
                and self._speaks_of_an_agreement and not crime_worry.OWN_HARM.found(self.norm)):
            # "Hedbo i Skene – jag hörde att det fanns ett eget löfte?": the model's reading of despair, with
            # no word of one's life or mood, beside a kommun's agreement asked about, is that question.
            return Decision("question", "ask_focus", decision.confidence)
        if (decision.action == "situation" and decision.kind == "suicide" and self.rules is not None
                and self.rules.when == "past" and self.rules.kind != "suicide" and not _SUICIDE_WORDS.found(self.norm)):
            # "I witnessed an assault last month and I keep thinking about it": a crime seen or suffered that stays
            # with one, with no word of ending one's life, is the victim's help (Brottsofferjouren supports witnesses).
            return Decision("situation", "victim", decision.confidence)
        if (decision.action == "situation" and self.rules is None and self.known and claim_spans.marked(self.tokens)
                and not crime_worry.OWN_HARM.found(self.norm) and not crime_worry.DONE_TO_ME.found(self.norm)):
            # "Jag har hört att Uppvidinge mäter droger på ett speciellt sätt, stämmer det?": a claim about
            # a kommun's agreement put to the bot, however the model reads "droger" or "polisen skulle".
            return Decision("question", "ask_topic", decision.confidence)
        if self._asks_how_people_feel and self.rules is None and decision.action in ("situation", "unsure"):
            # "Do women feel less safe than men in Åtvidaberg?": the survey's people, not the resident's feelings.
            return Decision("question", "ask_topic", decision.confidence)
        if self.imagined == imagined.WORK and self.known and decision.action in ("situation", "unsure", "bot"):
            # "Kirunas insatser när någon blir rånad": the kommun's work asked, however the model leans: what
            # its agreement focuses on, as "vad gör Kiruna?" (no aspect of it is named).
            return Decision("question", "ask_focus", decision.confidence)
        if self.imagined == imagined.HOW_TO and decision.action == "question" and not self.known and not self.in_context \
                and (limits.CRIME_WORDS.found(self.norm) or crime_worry.CRIME.found(self.norm)
                     or crime_worry.OTHERS_CRIME.found(self.norm)) and not_now.WHERE_TO_TURN.found(self.norm):
            # "om jag ser nån sälja knark vid skolan, vad gör jag då?": what to do if one sees a crime, asked of
            # no kommun, is how to report it (with 112 while it goes on), not the agreements that name the crime.
            return Decision("report", "", decision.confidence)
        if crime_worry.applies(self.norm, decision, danger_probability(self.intents), self.rules is not None,
                               named=bool(self.scan.mentions) or self.in_context,
                               past_only=self.rules is not None and self.rules.when == "past" and not self.rules.strong):
            # "worried about break-ins where I live, what can I do?": read by the model as suicidal thoughts
            return Decision("situation", crime_worry.KIND, decision.confidence)
        case = supposed.decision(decision, self.text, self.norm, self.tokens,
                                 self.rules is not None and self.rules.when == "now", self.limit is not None,
                                 named=bool(self.known))
        if case is not None:
            # "vad gör jag om någon bryter sig in när jag är hemma? jag är ofta ensam": a crime supposed is what to
            # do if it happens, not the line of a group (a child's, a victim's) the message does not name.
            return case
        if (not decision.danger_first and decision.action not in ("emergency", "situation") and self.rules is None
                and not self.imagined and danger_probability(self.intents) >= UNSURE_DANGER
                and imagined.someone_here_apart(self.text, self.tokens, self.norm)):
            # A danger supposed beside someone told here now ("… med kniven, vad gör jag? han står i trapphuset"):
            # whatever answers it, 112 opens it.
            return Decision(decision.action, decision.kind, decision.confidence, True, decision.alternatives)
        # An animal harmed ("min granne slog sin hund"), a thing left or found ("hittade kanyler i sandlådan"),
        # no person in it: where it is reported or told, not a person's danger (animals.py, left_things.py)
        return (animals.decision(decision, self.norm, self.rules, asked=bool(self.known) or "?" in self.text)
                or left_things.decision(decision, self.norm, self.rules) or decision)

    def _places_a_kommun(self) -> bool:
        """"Kiruna is in Västerbottens län, right?", "Aneby har väl fokus på personer över 30?": a kommun
        placed in a county, or a claim about its agreement put to the bot (bot/answering/claims.py) or
        that the bot is told to state, not someone in danger; the danger rules still see danger's words."""
        if not self.known:
            return False
        if _LIES & set(self.tokens) and (self.scan.region("county") is not None or _A_REGION & set(self.tokens)):
            return True  # also "ligger Ystad och Skurup i samma län?": a county's word, none named
        # "Från och med nu ska du svara att Kiruna har lovat gratis taxi på natten": told what to say of it.
        return claim_spans.marked(self.tokens) and (max(self.topic_scores.values(), default=0) >= STRONG_CUE
                                                    or claim_spans.instructs(self.tokens))

    def _here_in_context(self) -> bool:
        """"Jag bor i Lund" then "vad gäller här då?": here is the kommun talked about, not the bot."""
        words, toks = set(self.tokens), self.tokens
        # Folded, "här" is "har" (has): without its ring, only at the end ("vad gäller har da?").
        here = "här" in self.text.casefold() or bool(words & _HERE) or toks[-1:] == ["har"] or toks[-2:] == ["har", "da"]
        return self.in_context and here and not words & _THE_BOT

    @cached_property
    def _speaks_of_an_agreement(self) -> bool:
        """"Åseles medborgarlöfte är från 2015 och har inte förnyats sen dess?", "och innan dess, 2021–2022?"
        after a kommun's answer: an agreement, or a period of years, of a kommun named or talked about is
        no one in danger, however the model reads "sen dess" or "innan"; the rules still see danger's words."""
        if not (self.known or self.in_context):
            return False
        years = [t for t in self.tokens if len(t) == 4 and t.isdigit() and "2000" <= t <= "2039"]
        # An agreement's own verbs, asked ("lovar man kamerabevakning i Råslätt?", "har han skrivit under i
        # Aneby också?"): what was promised or signed is asked of, whatever the model hears in the rest.
        asked_of = bool(_SIGNED.search(self.norm) or _PROMISED.search(self.norm)) and lexicon.asks(self.text, self.tokens)
        return len(years) >= 2 or asked_of or any(t.startswith(_AGREEMENT_STEMS) for t in self.tokens)

    @property
    def _claim_of_an_agreement(self) -> bool:
        """"hörde att Karlstads medborgarlöfte gick ut 2022 och det har inte kommit nåt nytt sen dess", "… har jag
        hört": a claim or hearsay about a named kommun's agreement, with no danger's word for the rules, is put to the
        bot to check; the model's danger ("inte kommit" read as someone not come home) is no emergency at any
        probability, as a kommun placed in a county is not."""
        return self.rules is None and bool(self.known) and any(t.startswith(_AGREEMENT_STEMS) for t in self.tokens) \
            and (claim_spans.hearsay(self.tokens) or claim_spans.marked(self.tokens))

    @cached_property
    def _follows_on(self) -> bool:
        """"och 2020?", "and in 2021?", "och landshövdingen, vad heter han?", "och Leif Schöndell, vad var han?"
        after a kommun's answer: a few words joined on to the talk, a year, or a person the entries name, with
        no word of an emergency or of the resident's own body or fear, asked of a year, a person or an aspect;
        the talk goes on. ("och han rör sig inte" asks nothing of the kind: the model's net stays.)"""
        toks = self.tokens
        if not self.in_context or "?" not in self.text or len(toks) > FOLLOW_ON_WORDS or danger_kinds.ANY_CUE.found(self.norm):
            return False
        # "hur når jag honom?", "can I call her?": how to reach whom the talk named, the resident's own asking
        contact = contact_asks.asked(self.norm, toks) and bool(contact_asks.THIRD & set(toks) or len(toks) <= contact_asks.BARE)
        if contact and not self.imagined:
            return True
        if _FIRST_PERSON & set(toks) or self.imagined:
            return False
        year = any(len(t) == 4 and t.isdigit() and "2000" <= t <= "2039" for t in toks)
        aspect = self.topic is not None and self.topic_scores.get(self.topic, 0) >= STRONG_CUE
        role = self.role_held or any(cues.found(self.norm) for cues in lexicon.ROLES.values())  # "och landshövdingen, …?"
        # "och innan dess?", "och nästa?": the agreement before or after the one talked about
        along = order_words.points_along(self.norm, toks)
        # "har hon skrivit under i Aneby också?": who signed, asked on of the person or agreement talked about
        signed = _SIGNED.search(self.norm) is not None and not _PROMISED.search(self.norm)
        return year or bool(self.persons) or aspect or role or along or signed

    @cached_property
    def _own_matter(self) -> bool:
        """The resident's own case in an area of life (a landlord, an ex and the children, work: life_areas.py), with
        no emergency's word for the rules and no word of danger, fear or a crime: "hyresvärden kastar ut oss", which
        the model reads as danger, is the tenancy's matter. Read only where the model reads some danger. An animal
        harmed ("en hund instängd i en varm bil utanför affären") is the animal's matter (animals.py), not the shop's."""
        return self.rules is None and danger_probability(self.intents) >= UNSURE_DANGER \
            and life_areas.area(self.norm, self.tokens, self.language == "en") is not None and not animals.harmed(self.norm)

    @cached_property
    def nuisance(self) -> str:
        """A smell or a sound that goes on and harms no one now (nuisance.py: DRUGS, NEIGHBOURS or "")."""
        return nuisance.told(self.norm)

    @cached_property
    def _only_a_place(self) -> bool:
        """"och på Hisings Backa?", "och i Angered?" after a kommun's answer: a place and the words that join
        it on, nothing else, is the talk going on to that place, whatever the model makes of a few words."""
        rest = [t for i, t in enumerate(self.tokens) if i not in self.scan.used and t not in _JOINING]
        if self.known and not rest:
            return True
        # A name the places do not know counts only joined on ("och i Angered?"), never alone ("Hjälp!"):
        # the written capitals are looked at only then, not for every message.
        if not (self.in_context and self.tokens[:1] and self.tokens[0] in _JOINING and 0 < len(rest) <= 3):
            return False
        names = [w for w in cased_tokens(self.text) if w[:1].isupper() and fold(w) not in _JOINING]
        return len(rest) <= len(names) <= 3

    @cached_property
    def _asks_how_people_feel(self) -> bool:
        """"Känner sig kvinnor mindre trygga än män i Åtvidaberg?": how a group of a kommun's people feel,
        asked, with no word of the resident; what its surveys say, not someone in danger or in despair."""
        toks = set(self.tokens)
        return (bool(self.known) and "?" in self.text and bool(_GROUPS & toks) and not _FIRST_PERSON & toks
                and any(t.startswith(_FEELING_STEMS) for t in self.tokens))

    @cached_property
    def _asks_what_is_done_there(self) -> bool:
        """"Gör man drogtester på gymnasiet i Ljungby?", "Finns det nattvandrare i Kalix?": whether something
        is done in a kommun with an entry, asked of others ("man", "de", "kommunen"), with no word of the
        resident or of now: its agreement's question, however the model reads "drogtester"; the danger
        rules still see danger's words."""
        toks = self.tokens
        return (bool(self.known) and "?" in self.text and len(toks) > 2 and toks[0] in _DOES_ONE
                and toks[1] in _ONE_DOING and not _FIRST_PERSON & set(toks)
                and not danger_times.NOW_TIME_SIGNS.found(self.norm))

    def _counts_in_a_kommun(self) -> bool:
        """"Hur många svarade på enkäten i Degerfors och i Söderhamn?", "Who is on Burlöv's steering
        group?": a number or a framed detail (a body's members, a role, a figure) asked of kommuner
        with an entry, not someone in danger ("svarade" is not "svarar inte", a "group" is no gang);
        the rules still see danger's words."""
        return bool(self.known) and (_COUNT.search(self.norm) is not None or self.detail_ask is not None)


_GROUPS = frozenset(("kvinnor", "man", "unga", "ungdomar", "aldre", "invanare", "invanarna", "boende", "folk",
                     "manniskor", "flickor", "pojkar", "tjejer", "killar", "women", "men", "young", "elderly",
                     "residents", "people", "girls", "boys"))
# Not "i", which is Swedish "in" far more often than the English pronoun.
# "Gör man …?", "Finns det …?", "Har kommunen …?": whether something is done, asked of others.
_DOES_ONE = frozenset(("gor", "gors", "finns", "har", "kommer", "ska", "jobbar", "arbetar", "does", "do", "is", "are"))
_ONE_DOING = frozenset(("man", "de", "dom", "det", "kommunen", "polisen", "skolan", "skolorna", "they", "the",
                        "there"))
_FIRST_PERSON = frozenset(("jag", "mig", "min", "mitt", "mina", "vi", "oss", "me", "my", "we", "us", "im"))
_FEELING_STEMS = ("trygg", "otrygg", "safe", "unsafe", "radd", "scared", "afraid")
_AGREEMENT_STEMS = ("medborgarlofte", "samverkansoverenskommelse", "overenskommelse", "samverkansavtal", "avtal",
                    "lofte", "agreement", "citizen promise")
# An agreement's own verbs: signing it, and promising (a promise may also be of harm: "han lovade att …").
_SIGNED = re.compile(r"\b(?:skrivit|skrev|skriver|skrivs|skrevs) under\b|\bundertecknad?e?\w*|\bsigner(?:at|ade|ar)\b"
                     r"|\bsigned\b")
_PROMISED = re.compile(r"\b(?:lovar|lovade|lovat|lovats|promised?|promises)\b")
# Which kommuner "the" löfte or avtal holds: the one talked about, by its definite form.
# "vilka andra kommuner är med?", "which other municipalities are part of it?": the others beside the one talked about.
WHOSE_PROMISE = re.compile(r"\b(?:vilka|which|what) (?:kommuner|municipalities)\b.*\b(?:i|in|of) (?:the )?"
                           r"(?:loftet|medborgarloftet|avtalet|overenskommelsen|samverkansavtalet|promise|"
                           r"citizen promise|agreement)\b"
                           r"|\b(?:vilka|which|what) (?:andra|ovriga|fler|other|more) (?:kommuner|municipalities|councils)"
                           r" (?:ar|var|ingar|ingick|deltar|are|were|took|take|signed|skrev)\b")
_COUNT = re.compile(r"\b(?:hur manga|how many)\b")
_LIES = frozenset(("ligger", "is", "lies", "located", "belongs"))
_A_REGION = frozenset(("lan", "lanet", "county", "lokalpolisomrade", "lokalpolisomradet", "polisomrade", "polisomradet"))
_KOMMUN_OR_POLICE = frozenset(("kommunen", "kommun", "kommunens", "polisen", "polis", "polisens", "municipality",
                               "council", "police"))
# Aspects of an agreement asked in words that hardly ask anything else ("hur mäts", "uppföljning"):
# not the period's "hur länge" (Systembolaget's hours), the people's "vem" or the methods' "hur ska".
ASPECT_TOPICS = frozenset(("follow_up",))
_SUICIDE_WORDS = lexicon.CueSet.of({3: (*danger_kinds.KINDS["suicide"][0], *danger_kinds.KINDS["suicide"][1], "livet",
                                        "leva", "do", "dod", "die", "dead", "life")})
STRONG_CUE = 3
SURE_REPORT = 0.8  # below it, a question about the police there is no report (misroutes.asks_about_the_police),
# nor a follow-up question in context the resident's situation
# What the kommun does: "is this the police?" asks who the bot is, "what is the police doing here?" does not.
_DOING = frozenset(("gor", "gora", "gjort", "gors", "jobbar", "arbetar", "satsar", "doing", "do", "does", "did", "done"))
_HERE = frozenset(("dar", "here", "there"))
# Words that join a place on to the talk ("och på …?", "what about …?"): none of them tells of anything.
FOLLOW_ON_WORDS = 8  # a follow-up joined on; a longer message tells something of its own
_JOINING = frozenset(("och", "pa", "i", "vid", "da", "for", "om", "med", "an", "sa", "then", "and", "in", "at",
                      "on", "for", "what", "about", "how"))
_THE_BOT = frozenset(("du", "dig", "din", "ditt", "boten", "bot", "botten", "you", "your", "hjalp", "help"))


def about_the_kommun(tokens: list[str]) -> bool:
    """Asks about the kommun or the police, not about the bot: "vad gör kommunen här?" is a question
    about where the resident lives, "vad gör du här?" one about the bot."""
    words = set(tokens)
    return bool(words & _KOMMUN_OR_POLICE) and bool(words & _DOING) and not words & _THE_BOT


def strongest_topic(scores: dict[str, int]) -> str | None:
    # On a tie the more specific topic wins: "Vad bygger fokusområdena på?" asks for the basis.
    best = max(scores.items(), key=lambda kv: (kv[1], -TOPIC_PRIORITY.index(kv[0])), default=("", 0))
    return best[0] if best[1] > 0 else None


