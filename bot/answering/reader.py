"""Reading a message into its one `Reading` (reading.py says what a reading holds and decides): the
indexes built once per knowledge base (content words, municipality names, people, the speller, the
glossary), and for each message the spelling put right, the places found, the glossary terms named,
the language, the topic and the readings of the same words kept for the parts of one message.

Apart from reading.py because building a reading from a knowledge base and deciding what a
reading asks are two jobs: the Reading is passed everywhere, the Reader only by the engine and the
one step (stated_first.py) that reads a statement before its question.
"""
from __future__ import annotations

import re
from pathlib import Path

from bot.answering import (aspect_shapes, common_words, compounds, cues, danger, danger_parts, district_named, everyday, followup, nuisance,
                           imagined, lexicon, order_words, others_signs, role_words, times_asked, twin_names)
from bot.answering.content_index import DETAIL_MIN_SCORE, ContentIndex
from bot.answering.cues import score_all
from bot.answering.entry_names import EntryNames
from bot.answering.conversation import Conversation
from bot.answering.intents import IntentModel, masked
from bot.answering.model_words import ModelWords
from bot.answering.knowledge import GlossaryTerm, Knowledge
from bot.answering.matching import MunicipalityMatcher
from bot.answering.people_named import PeopleIndex
from bot.answering.places import Places
from bot.answering.reading import FOLLOW_ON_WORDS, Reading, WHOSE_PROMISE, strongest_topic
from bot.answering.spelling import FORM_ENDINGS, MIN_STEM, Speller
from bot.text import cased_tokens, fold, new_message, original_words, tokens


# "I" in capitals after a word and a space or comma, never first in a sentence ("I Lund …" is Swedish).
_ENGLISH_I = re.compile(r"(?<=\w[ ,])I\b|(?<=\w, )I\b")
_WORD = re.compile(r"\w+")
# A word written with å/ä/ö whose folding spells a word of danger: "hur de skött mitt ärende" (handled) is no "skott"
# (shots). Read as the word it is; written without the ring and dots it stays as ambiguous as it is.
_FOLDS_TO_DANGER = {"skött": "hanterat", "skötts": "hanterats"}


def _unfolded(raw: list[str], text: str) -> list[str]:
    """`raw` (folded tokens) with each word of _FOLDS_TO_DANGER, as written, put as the word it means."""
    if text.isascii():
        return raw
    written = {fold(w): meant for w in _WORD.findall(text.lower()) if (meant := _FOLDS_TO_DANGER.get(w))}
    return [written.get(t, t) for t in raw] if written else raw


# "Is graffiti part of Söderhamn's citizen promise?": a subject asked to be in the agreement, not who
# its parties are ("who is part of it?", "which municipalities are part of the promise?" still are).
# "när det gäller ungdomar", "when it comes to young people": "as for", no time or validity asked of the agreement.
_REGARDING = re.compile(r"\bnar det (?:galler|gallde|kommer till|handlar om)\b|\bwhen it comes to\b")
_SUBJECT_PART_OF = re.compile(r"^(?:is|are|was|were)\b(?!.*\b(?:who|which|what|police|municipalit\w*|kommun\w*)\b).*\bpart of\b")
# "Jag bor i Helsingborg och undrar …": where the resident lives, told before the question, is no subject
# asked of the agreement (whose "för de som bor i staden" it would otherwise match).
_RESIDING = frozenset(("bor", "bodde", "lives", "live", "living"))
KEPT_READINGS = 16  # readings of one message's parts kept at once (Reader.read)


_OWNERS_WORD = frozenset(("kommuns", "stads"))


def _residing(raw: list[str], places: set[int]) -> set[int]:
    """The residing verb before a place named ("bor i Lund", "live in Lund"): where one lives, not a subject."""
    return {i for i, word in enumerate(raw) if word in _RESIDING and (i + 2 in places or i + 1 in places)}


def _owners_word(raw: list[str], places: set[int]) -> set[int]:
    """The kommun's own word in the genitive after its name ("Vara kommuns löfte", "Lunds stads avtal"): whose
    agreement is asked, never a sentence holding "kommuns"."""
    return {i for i, word in enumerate(raw) if word in _OWNERS_WORD and i - 1 in places}


class Reader:
    """Reads messages against one knowledge base: its places, its agreements' words, its glossary."""

    def __init__(self, knowledge: Knowledge, places: Places, model: IntentModel | None,
                 area_model: IntentModel | None = None, cache: Path | None = None) -> None:
        """`cache`: a folder where the indexes derived from the knowledge base are kept between processes
        (derived_cache.py); None builds them."""
        self.model = model
        self.area_model = area_model
        self.index = ContentIndex(knowledge.municipalities, knowledge.fingerprint, cache)
        vocabulary = self.index.vocabulary | {fold(w) for term in knowledge.glossary
                                              for w in (term.term, *term.aliases)}
        self.matcher = MunicipalityMatcher(knowledge, frozenset(vocabulary), places)
        self.places = places
        self.people = PeopleIndex(knowledge)
        known = {feature[2:] for feature in (model.vocabulary if model is not None else ()) if feature.startswith("w ")}
        self.entry_names = EntryNames(knowledge, {w for key in places.names for w in key.split()}, known, cache)
        self._munis = knowledge.municipalities
        self._kommun_names = frozenset(key for key, names in places.names.items()
                                       if any(n.kind in ("name", "alias") for n in names))
        cue_words = {w for w in cues.all_cue_words() if w.isalpha()}
        place_words = {t for name in knowledge.all_municipalities for t in tokens(name)}
        # The words of the help lines and the general texts too ("personnumret", "hantverkare", "landshövding"): a
        # slip in a word the knowledge files write is put right, not only in the agreements' words.
        written = {w for text in (*(t for h in knowledge.helplines for t in (h.name, h.text, h.text_en, h.title, h.quote)),
                                  *(t for g in knowledge.general.values() for t in (g.text, g.text_en)))
                   for w in tokens(text) if len(w) >= 6 and w.isalpha()}
        # The entries' people's roles in their definite forms too ("lansdhövdingen", "kommunoplisen"): a slip in
        # the role asked about is put right as a slip in an agreement's word is.
        written |= {form for m in knowledge.municipalities.values() for person in m.people
                    for w in tokens(f"{person.role} {person.title}") if len(w) >= 6 and w.isalpha()
                    for form in (w, w + "en" if w[-1] not in "aeiouyns" else w, w + "n" if w[-1] == "e" else w)}
        # A short word the trained reading knows ("anna", "bott") is a word, never a slip of a cue word; a longer one
        # ("munnen", "swelling") is put right only to another form of itself (Speller.residents).
        short_known = {w for w in known if len(w) < 6}
        self.speller = Speller(cue_words | vocabulary | written,
                               known=common_words.STOPWORDS | common_words.ENGLISH_WORDS | common_words.SWEDISH_WORDS
                               | place_words | short_known, short_targets=lexicon.CUE_WORDS & common_words.STOPWORDS,
                               residents={w for w in known if w.isalpha()})
        # The trained reading's own words, a slip in one put right before it reads them (model_words.py).
        self.model_words = ModelWords(known, self.speller.knows)
        self._glossary = sorted(
            ((tuple(tokens(name)), term) for term in knowledge.glossary
             for name in (term.term, term.term_en, *term.aliases) if name),
            key=lambda pair: -len(" ".join(pair[0])))
        self._kept: dict[tuple[str, str, str | None], Reading] = {}  # this message's readings (`read`)
        self._glossary_by_first: dict[str, list[int]] = {}
        for rank, (words, _) in enumerate(self._glossary):
            if words:
                self._glossary_by_first.setdefault(words[0], []).append(rank)

    def knows(self, word: str) -> bool:
        """A folded word the speller or the trained reading knows: never read as a slip of another."""
        return self.speller.knows(word) or (self.model is not None and f"w {word}" in self.model.vocabulary)

    def courtesy_alone(self, part: str) -> bool:
        """The part read alone is a greeting or thanks, naming no place and no danger ("Tjabba!", "Tackar")."""
        reading = self.read(part, Conversation())
        return reading.rules is None and not reading.scan.mentions and \
            reading.decision().action in ("greeting", "thanks")

    def forget(self) -> None:
        """Start a new message: the readings kept are those of its own parts only (Engine.answer)."""
        self._kept.clear()
        new_message()

    def read(self, text: str, conversation: Conversation) -> Reading:
        """What a message says, read once: intents, places, topic, terms, language, danger rules. The
        same words read again for the same message (its clauses, taken apart once to see whether it asks
        several things and again to answer each) with the same context are not read twice; each caller
        gets its own copy, as steps may set a reading's topic."""
        key = (text, conversation.language, conversation.municipality)
        kept = self._kept.get(key)
        if kept is None:
            if len(self._kept) >= KEPT_READINGS:  # a message has a few parts; never let the kept ones pile up
                self._kept.clear()
            kept = self._kept[key] = self._read(text, conversation)
        # A shallow copy, as copy.copy makes it (the same __dict__, cached properties too), made directly.
        copied = object.__new__(Reading)
        copied.__dict__.update(kept.__dict__)
        return copied

    def _read(self, text: str, conversation: Conversation) -> Reading:
        text = compounds.split(text, self.is_kommun)  # "Hylteavtalet": Hylte's agreement
        text = compounds.joined(text, self.speller.holds, self.is_kommun)  # "medborgar löfte": one word
        raw = _unfolded(tokens(text), text)
        toks = self.speller.correct_all(raw)
        norm = " ".join(toks)
        # "Åre", "Gävle är": a word written with å/ä/ö is never the English word its folding spells ("are").
        swedish_letters = {fold(w) for w in _WORD.findall(text) if not w.isascii()} if not text.isascii() else set()
        english = sum(t in common_words.ENGLISH_SIGNS and t not in swedish_letters for t in toks)
        swedish = sum(t in common_words.SWEDISH_WORDS for t in toks)
        # A capital "I" inside a sentence is the English pronoun ("can I stay anonymous if I …"), not "i".
        pronoun_i = len(_ENGLISH_I.findall(text))
        english, swedish = english + pronoun_i, swedish - pronoun_i
        language = "en" if english > swedish else "sv" if swedish > english else conversation.language
        # "och den för Sjöbo?" after Borås: Borås's district, not Sjöbo kommun (district_named.py)
        scan = district_named.rescoped(self.matcher.scan(text), raw, norm, self._munis.get(conversation.municipality or ""))
        cased = cased_tokens(text)  # "habo i jönköping" is Habo's; "…, nej jag menar Leksand" Leksand's
        scan = twin_names.corrected(twin_names.settle(scan, cased, self.places), cased)
        # "Anna-Karin Lund": a kommun's name written after a first name is a surname
        scan.mentions = [m for m in scan.mentions if not (
            m.end - m.start == 1 and m.start > 0 and m.start < len(cased) and cased[m.start][:1].isupper()
            and cased[m.start - 1][:1].isupper() and fold(cased[m.start - 1]) in self.people.first_names)]
        # "Väsbyhem, vad bidrar de med?": a name only one entry holds leads to its kommun (entry_names.py)
        led = self.entry_names.led(scan, raw, cased, conversation.municipality, self._munis)
        # "Sölvesborgsmodlelen": the name as the speller put it right leads there as well
        scan = led if led is not scan or toks == raw else self.entry_names.led(scan, toks, cased, conversation.municipality, self._munis)
        score_all(norm)  # asked of hundreds of CueSets from here on: scored for all of them at once
        scores = {topic: cues.score(norm) for topic, cues in lexicon.TOPICS.items()}
        for topic, more in followup.MORE_TOPIC_CUES.items():  # "höll de löftena?", "vilken lokalpolis?"
            scores[topic] = max(scores[topic], more.score(norm))
        if _SUBJECT_PART_OF.search(norm):
            scores["parties"] = 0
        if _REGARDING.search(norm):  # "Vad gör Lund när det gäller ungdomar?": the period's words are the phrase's
            scores["period"] = lexicon.TOPICS["period"].score(_REGARDING.sub(" ", norm))
        if times_asked.A_PERIOD.search(norm):  # "vilka år omfattar det?", "what time period does it cover?"
            scores["period"] = max(scores["period"], 3)
        elif times_asked.WHEN.found(norm) or times_asked.ABOUT.search(norm):
            scores["period"] = 0  # "när på veckan …?", "vad går löftet ut på?": no end date asked
        elif conversation.municipality and WHOSE_PROMISE.search(norm):
            scores["parties"] = max(scores["parties"], 3)  # "vilka kommuner är med i löftet?"
        outcome = False  # nothing but how it went asked: no subject in its words ("how did it turn out?")
        if conversation.municipality and conversation.topic in lexicon.OUTCOME_AFTER and lexicon.OUTCOME.search(norm):
            scores["follow_up"] = max(scores["follow_up"], 4)  # "hur gick det?" after the promises: their outcome
            outcome = True
        # "vilka mer än kommunen och polisen …?", "vad annat ingår?", "vilken dag skrevs det under?" (a day asked
        # of the signing, not of the week)
        scores = aspect_shapes.weighed(norm, scores)
        # "det nya löftet": "nya" picks the agreement by its age, it is nothing to look for in its text
        skip = scan.used | _residing(raw, scan.used) | _owners_word(raw, scan.used) | order_words.picking(toks)
        terms = self.index.query_terms(text, skip=skip,
                                       correct=self.speller.correct)
        # "vad mer ingår utöver trafik?": the rest, not the traffic; "which problems were chosen?": the list, no subject
        outside = aspect_shapes.left_out(norm) | aspect_shapes.chosen_frame(norm) | aspect_shapes.worked_on_frame(norm)
        terms = [t for t in terms if t not in outside] if outside else terms
        terms = [] if outcome else terms
        intents = self.model.probabilities(masked(self.model_words.put_right(raw, toks, scan.used), scan.used)) \
            if self.model is not None else {}
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
        # A danger's thing inside a compound ("sömntabletter", "köksbranden") as the danger rules' own word.
        parted = danger_parts.split(toks)
        case = imagined.shape(text, parted, bool(named or conversation.municipality))
        persons = self.people.named([*raw, *toks], (conversation.municipality, named),
                                    [raw[i] for i in scan.used if i < len(raw)])
        return Reading(text, norm, toks, language, scan, scores, terms, glossary[0] if glossary else None,
                       display, strongest_topic(scores), intents,
                       None if case or everyday.told(text, parted) or nuisance.told(norm) else danger.assess(" ".join(parted), parted) if toks else None, known_words, known_content,
                       tuple(glossary[1:]), bool(conversation.municipality), persons=persons, written=tuple(raw),
                       lower_names=others_signs.lower_names(text, raw, toks, scan.used, self._a_form_known),
                       area_model=self.area_model,
                       imagined=case, role_held=bool(conversation.municipality) and len(toks) <= FOLLOW_ON_WORDS
                       and bool(role_words.holding(self._munis.get(conversation.municipality or ""), [*raw, *toks])))

    def _a_form_known(self, word: str) -> bool:
        """A word known, or another form of one ("enkaten" of "enkat"): no name."""
        return self.knows(word) or any(word.endswith(ending) and len(word) - len(ending) >= MIN_STEM and any(
            self.knows(word[:len(word) - len(ending)] + other) for other in FORM_ENDINGS if other != ending) for ending in FORM_ENDINGS)

    def is_kommun(self, folded: str) -> bool:
        """A kommun's own name or alias (folded): never a compound's head, written apart or together."""
        return folded in self._kommun_names

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
