"""Every sentence of every entry as a passage with its source, ranked by BM25 for a question.

A passage is one sentence of an entry (a focus area and its description, a measure, the purpose,
what the agreement builds on, how it was signed, a method, follow-up, a fact, a party or partner
and its note, a person's quote, a note on a source), in Swedish and in English, with the agreement
and the source it comes from and a label saying which part of the entry it belongs to (passage_kinds.py
cuts an entry into them). The label's words are indexed with the sentence: "Hur togs fokusområdena
fram?" finds the sentence on what the agreement builds on partly through its label.

The index is built once at load with `bm25s` (one index per language, over every municipality, so a
word's weight is how rare it is across all entries; the English one when the first English question
needs it), or read from a cache file a process before built for the same knowledge base
(bot/answering/passage_index.py), on the tokens `bot.text.tokens` gives, place
names masked as the reading masks them; the question's side is the reading's own tokens
(`Reading.tokens` with `Reading.scan.used` masked), never tokenised a second way. Both sides are cut
to a stem (`stem`) so "bedrägerier" finds "bedrägeri" and "fokusområden" finds "fokusområdena".

`THRESHOLD` was measured on the detail questions in tests/fixtures/detail_questions.yaml (the
`dev` half; the `holdout` half checks it): below it the best sentence is too weak a match to quote,
and the answer says what the entry does hold instead (benchmarks/passages.py reports both halves).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields
from pathlib import Path

import numpy as np

from bot.answering import acts, common_words, compose, derived_cache, lexicon, order_words, periods
from bot.answering.compound_parts import Parts
from bot.answering.knowledge import Knowledge, Municipality
from bot.answering.near_words import NearWords
from bot.answering.intents import PLACE
from bot.answering.passage_index import PassageIndex, cache_key, stem, terms
from bot.answering.passage_kinds import ABOUT_SOURCES, ASKED_WITH, LABELS, Passage, entry_passages
from bot.answering.stem_sets import stem_set
from bot.text import cased_tokens, fold, genitive, tokens, without_genitive

log = logging.getLogger(__name__)

THRESHOLD = 0.6  # measured: the middle of the best dev plateau (0.25-1.0), benchmarks/passages.py
LABEL_WEIGHT = 0.5  # a label's words count half: they are shared by every sentence under it
GENERIC_SHARE = 0.25  # a word in more entries than this is a theme of all agreements, not a detail of one
SECOND_WITHIN = 0.8  # a second sentence is quoted when it scores this close to the best one
MAX_QUOTED = 2
MIN_SUBJECT_PART = 4  # letters of a subject's stem found inside a compound the question's words make

class Passages:
    """The passages of every entry, and per language one BM25 index over the sentences and one over
    the labels: a sentence scores by its own words, plus LABEL_WEIGHT times its label's score, so
    of two sentences under the same label the one that shares the question's words comes first.
    The Swedish index is built at load; the English one when the first English question needs it."""

    def __init__(self, knowledge: Knowledge, places: Callable[[list[str]], Iterable[int]],
                 cache: Path | None = None) -> None:
        """`places(tokens)`: the indexes of the place-name tokens among `tokens` (see
        `place_tokens`), masked in the index as the reading masks them in a question. `cache`: a
        directory where each language's index is kept between processes (bot/answering/passage_index.py),
        used when `places` is a `PlaceTokens`, whose names go into the file's key."""
        self._places = places
        self._cache = cache if isinstance(places, PlaceTokens) else None
        self._anywhere: dict[str, frozenset[str]] = {}
        # The stems of an entry (or of all), per language or both: the knowledge base's own, asked of
        # every answer about one kommun (absent_first.py) and the same until the base is read again.
        self._stems: dict[tuple[str, str | None], frozenset[str]] = {}
        # Every entry's passages and the near words of the keyword lists, read from the entries once per
        # knowledge base and kept between processes (derived_cache.py).
        stored, self._ranges, near = derived_cache.cached(cache, "passages", knowledge.fingerprint,
                                                          lambda: _derived(knowledge))
        self.passages = {language: tuple(map(_passage, chosen)) for language, chosen in stored.items()}
        self._indexes: dict[str, PassageIndex] = {}
        self._parts: dict[str, Parts] = {}
        sv = self._index("sv")
        # How many entries say a word, counted on what they say themselves: the fixed labels
        # ("Underlag") stand in every entry.
        entries: dict[str, set[str]] = {}
        for held, words, passage in zip(sv.stems, sv.sentence_terms, sv.passages):
            for word in (words if passage.kind in LABELS or passage.kind in ASKED_WITH else held):
                entries.setdefault(word, set()).add(passage.municipality_id)
        most = GENERIC_SHARE * max(1, len(knowledge.municipalities))
        self._generic = frozenset(word for word, held in entries.items() if len(held) > most)
        # What the agreements take up as subjects: the words of their areas' and facts' titles and keywords.
        self._subjects = frozenset(word for held, words, passage in zip(sv.stems, sv.sentence_terms, sv.passages)
                                   if passage.kind in ("area", "measure", "fact") for word in held - set(words))
        self._near = NearWords((), {word: frozenset(others) for word, others in near.items()})
        log.info("passages: %s Swedish sentences indexed", len(self.passages["sv"]))

    def _index(self, language: str) -> PassageIndex:
        language = language if language in self.passages else "sv"
        index = self._indexes.get(language)
        if index is None:
            chosen = self.passages[language]
            key = cache_key(language, chosen, self._places.names) if isinstance(self._places, PlaceTokens) else ""
            index = self._indexes[language] = PassageIndex.cached(self._cache, key, language, chosen, self._places)
        return index

    def _parts_of(self, index: PassageIndex) -> Parts:
        """The passages' whole words split into parts (compound_parts.py), when a question first needs
        them: a stem is cut short of a compound's last part."""
        parts = self._parts.get(index.language)
        if parts is None:
            held = frozenset(index.sentences.vocabulary) | frozenset(index.labels.vocabulary)
            parts = self._parts[index.language] = Parts(index.words, stem, held)
        return parts

    def query_terms(self, toks: Sequence[str], language: str = "sv") -> tuple[list[str], list[str]]:
        """The question's stems as the ranking compares them: its own (with the verbs' nouns), and those
        its words meet only through a compound's parts or another word for the same act
        (compound_parts.py), which count in a sentence, never in a label's keywords (ours, not the source's)."""
        index = self._index(language)
        picking = order_words.picking(toks)
        if picking:  # "vad ingår i det nya löftet?": "nya" says which agreement, not what its text holds
            toks = [t for i, t in enumerate(toks) if i not in picking]
        query = [t for t in dict.fromkeys(terms(toks)) if t not in _AGREEMENT_WORDS]
        query += [noun for t in query for noun in _VERB_NOUNS.get(t, ()) if noun not in query]
        words = [t for t in toks if t != PLACE and t not in common_words.STOPWORDS and len(t) > 1]
        gained = [s for s in self._parts_of(index).expanded(words) if s not in query and s not in _AGREEMENT_WORDS]
        # A word the keyword lists use for the same subject as the sentences' ("väktare" and "ordningsvakter",
        # "knark" and "narkotika", near_words.py) meets them as a compound meets them through its parts.
        # Only a word no sentence holds: a question in the entry's own words ranks as before.
        gained += [near for near in dict.fromkeys(n for w in words if not index.sentences.ids([stem(w)])
                                                  for n in sorted(self._near.of(w)))
                   if near not in query and near not in gained and index.sentences.ids([near])]
        return query, gained

    def of(self, municipality_id: str, language: str = "sv") -> tuple[Passage, ...]:
        start, end = self._ranges[language].get(municipality_id, (0, 0))
        return self.passages[language][start:end]

    def rank(self, municipality_id: str, toks: Sequence[str], language: str = "sv") -> list[tuple[float, Passage]]:
        """One entry's passages that share a word with the masked question tokens, best first."""
        index = self._index(language)
        return [(score, index.passages[i]) for score, i in self._ranked(municipality_id, toks, index)]

    def _ranked(self, municipality_id: str, toks: Sequence[str], index: PassageIndex) -> list[tuple[float, int]]:
        start, end = self._ranges[index.language].get(municipality_id, (0, 0))
        query, gained = self.query_terms(toks, index.language)
        if start == end or not (query or gained):
            return []
        scores = np.zeros(end - start, dtype=np.float32)
        ids = index.sentences.ids([*query, *gained])
        if ids:
            scores += index.sentences.scores(ids)[start:end]
        label_ids = index.labels.ids(query)
        if label_ids:
            scores += LABEL_WEIGHT * index.labels.scores(label_ids)[index.label_of[start:end]]
        order = np.argsort(-scores, kind="stable")
        held = order[scores[order] > 0]  # the same positions, in the same order, picked by numpy, not one by one
        return list(zip(scores[held].tolist(), (held + start).tolist()))

    def answering(self, municipality_id: str, toks: Sequence[str], language: str = "sv",
                  subject: Sequence[str] = (), threshold: float = THRESHOLD) -> list[tuple[float, Passage]]:
        """The one or two passages that answer, or [] when the best is below the threshold. With a
        `subject` (the question's own content words), only passages holding one of them count: a
        sentence that shares only the question's frame ("hur", "fokusområden") does not answer."""
        index = self._index(language)
        found = self._ranked(municipality_id, toks, index)
        if subject:
            wanted, gained = set(terms(subject)), set(self.query_terms(subject, index.language)[1])
            # A compound the whole question's words make that holds a subject word ("kontrollerar … fordon" of
            # "fordonskontroller", the verb asked being no subject of a yes-no question) counts as the subject.
            gained |= {g for g in self.query_terms(toks, index.language)[1]
                       if any(len(w) >= MIN_SUBJECT_PART and w in g for w in wanted)}
            found = [(score, i) for score, i in found
                     if wanted & index.stems[i] or gained.intersection(index.sentence_terms[i])]
        ranked = [(score, index.passages[i]) for score, i in found if index.passages[i].kind not in ABOUT_SOURCES]
        if not ranked or ranked[0][0] < threshold:
            return []
        best = ranked[0][0]
        return [ranked[0], *[(s, p) for s, p in ranked[1:MAX_QUOTED] if s >= SECOND_WITHIN * best]]

    def specific(self, words: Sequence[str]) -> list[str]:
        """The words that could pick a sentence: not the ones most entries hold ("unga", "mål",
        "överens"), which the focus areas and the fixed aspects answer."""
        return [w for w in words if stem(w) not in self._generic]

    def is_subject(self, word: str) -> bool:
        """Whether some agreement takes the word up as a subject (its areas' and facts' titles and keywords)."""
        return stem(word) in self._subjects

    def holds(self, municipality_id: str, word: str, language: str = "sv") -> bool:
        """Whether any passage of the entry holds the word (its stem), in its label or its sentence."""
        index = self._index(language)
        start, end = self._ranges[index.language].get(municipality_id, (0, 0))
        wanted = stem(word)
        return any(wanted in held for held in index.stems[start:end])

    def near_held(self, municipality_id: str, word: str, asked: Sequence[str] = ()) -> bool:
        """Whether the entry holds, in either language, a word the keyword lists use for the same subject
        (near_words.py): "fylla" of an entry on "alkohol", "väktare" of one on "ordningsvakter". Words
        tell who or where, never what (near_words.NOT_A_SUBJECT), are no near words."""
        held = self.stems_in_both(municipality_id)
        # A near word inside the words asked ("narkotika" of "narkotikahundar", "våld" beside "hedersrelaterat")
        # is the broader subject, which says nothing of the one asked.
        return any(near in held and not any(near in fold(w) for w in asked) for near in self._near.of(word))

    def stems_of(self, municipality_id: str, language: str = "sv") -> frozenset[str]:
        """Every stem the entry's passages hold, labels and sentences (absent.py asks whether a
        subject's words are among them, compounds by their parts)."""
        index = self._index(language)
        cached = self._stems.get((index.language, municipality_id))
        if cached is None:
            start, end = self._ranges[index.language].get(municipality_id, (0, 0))
            cached = self._stems[index.language, municipality_id] = stem_set(frozenset().union(*index.stems[start:end]))
        return cached

    def stems_in_both(self, municipality_id: str | None) -> frozenset[str]:
        """Every stem the entry holds in Swedish or English (`stems_of`); of every entry, with None."""
        cached = self._stems.get(("both", municipality_id))
        if cached is None:
            cached = stem_set(self.stems_of(municipality_id, "sv") | self.stems_of(municipality_id, "en")
                              if municipality_id is not None else self.stems_anywhere("sv") | self.stems_anywhere("en"))
            self._stems["both", municipality_id] = cached
        return cached

    def stems_anywhere(self, language: str = "sv") -> frozenset[str]:
        """Every stem some entry holds: a word no entry names is no subject an agreement takes up."""
        index = self._index(language)
        cached = self._anywhere.get(index.language)
        if cached is None:
            cached = self._anywhere[index.language] = frozenset().union(*index.stems)
        return cached

    def holding(self, words: Sequence[str], language: str = "sv") -> list[Passage]:
        """The passages of any entry whose sentence or label holds every one of the words the index
        has (a place name is masked in it, so the caller checks the name as written), in entry order."""
        index = self._index(language)
        found: set[int] | None = None
        for bm25, of in ((index.sentences, None), (index.labels, index.label_of)):
            docs: set[int] | None = None
            for word in bm25.ids(dict.fromkeys(terms(words))):
                held = set(bm25.indices[bm25.indptr[word]:bm25.indptr[word + 1]].tolist())
                docs = held if docs is None else docs & held
            if docs is None:
                continue
            chosen = docs if of is None else {i for label in docs for i in index.sentences_of_label.get(label, ())}
            found = chosen if found is None else found | chosen
        return [index.passages[i] for i in sorted(found or ())]

    def rarest(self, words: Sequence[str]) -> str | None:
        """What the words are about: of those some agreement takes up as a subject ("kameror", not
        "sätta"), else of all, the one fewest passages hold (of equals, the last written, as a
        claim's object comes last)."""
        found = self.rarest_subjects(words, 1)
        return found[0] if found else None

    def rarest_subjects(self, words: Sequence[str], most: int = 2) -> list[str]:
        """`rarest` first, then up to `most` - 1 more of the words that some agreement takes up as a
        subject, the rarer first ("kameror på torget": both; "bestämt" is no subject)."""
        frequency = self._indexes["sv"].frequency
        scored = sorted((stem(w) not in self._subjects, frequency.get(stem(w), 0), -i, w) for i, w in enumerate(words))
        if not scored:
            return []
        return [scored[0][3], *[w for other, _, _, w in scored[1:] if not other][:most - 1]]


def _derived(knowledge: Knowledge) -> tuple[dict[str, list[tuple[object, ...]]], dict[str, dict[str, tuple[int, int]]],
                                             dict[str, list[str]]]:
    """Every entry's passages per language (each a Passage's fields in order), each entry's range
    among them, and the near words of the areas' and facts' keyword lists: plain data (derived_cache.py)."""
    by_language: dict[str, list[tuple[object, ...]]] = {"sv": [], "en": []}
    ranges: dict[str, dict[str, tuple[int, int]]] = {"sv": {}, "en": {}}
    for muni in knowledge.municipalities.values():
        own = entry_passages(muni)
        for language, chosen in by_language.items():
            start = len(chosen)
            chosen.extend(tuple(getattr(p, name) for name in _FIELDS) for p in own if p.language == language)
            ranges[language][muni.id] = (start, len(chosen))
    near = NearWords([*(area.keywords for muni in knowledge.municipalities.values() for area in muni.areas),
                      *(fact.keywords for muni in knowledge.municipalities.values() for fact in muni.facts)])
    return by_language, ranges, near.plain()


_FIELDS = tuple(field.name for field in fields(Passage))


def _passage(row: tuple[object, ...]) -> Passage:
    """A Passage of its fields in order, made as pickle makes one (frozen: no __setattr__ per field)."""
    made = object.__new__(Passage)
    made.__dict__.update(zip(_FIELDS, row))
    return made


class PlaceTokens:
    """Gives the indexes of place-name tokens (every municipality's name, its aliases and
    localities, also in the genitive) among folded tokens: the matcher's names without its fuzzy
    matching, which the entries' own well-spelt text does not need, at a fraction of its cost."""

    def __init__(self, knowledge: Knowledge) -> None:
        names = {tuple(tokens(name)) for name in knowledge.all_municipalities}
        for muni in knowledge.municipalities.values():
            names.update(tuple(tokens(name)) for name in (muni.name, *muni.aliases, *muni.localities))
        names.discard(())
        self._names = names
        self._longest = max((len(n) for n in names), default=1)
        self._firsts = {n[0] for n in names}

    @property
    def names(self) -> list[str]:
        """The names masked, as words joined by spaces."""
        return [" ".join(name) for name in self._names]

    def __call__(self, toks: list[str]) -> list[int]:
        names, firsts = self._names, self._firsts
        hidden: list[int] = []
        for start, token in enumerate(toks):
            if token not in firsts and not (token[-1:] == "s" and (without_genitive(token) or "") in firsts):
                continue
            for size in range(min(self._longest, len(toks) - start), 0, -1):
                words = toks[start:start + size]
                bare = without_genitive(words[-1])
                if tuple(words) in names or (bare and (*words[:-1], bare) in names):
                    hidden.extend(range(start, start + size))
                    break
        return hidden


def place_tokens(knowledge: Knowledge) -> PlaceTokens:
    """The place-name tokens of `knowledge`, as `PlaceTokens` finds them."""
    return PlaceTokens(knowledge)


# The words a question names the agreement itself with (the overview cue's "avtal*",
# "*overenskommelse*", "samverkan"): they frame the question, they do not pick a sentence.
# "Kommit överens" names it too (and "överens" stems as the preposition "över").
# A verb asked beside the noun an entry writes ("vad klagar invånarna på?" of "klagomål från allmänheten",
# "vem bevakar?" of "bevakning"): the noun's stem is looked for too. Inflection alone cannot join them.
_VERB_NOUNS = {stem("klagar"): (stem("klagomal"),), stem("complain"): (stem("complaints"),),
               stem("bevakar"): (stem("bevakning"), stem("vaktare")), stem("tipsar"): (stem("tips"),),
               stem("rapporterar"): (stem("rapport"), stem("rapportering")),
               stem("foljer"): (stem("uppfoljning"),), stem("follows"): (stem("follow"),)}
_AGREEMENT_WORDS = frozenset(stem(cue.strip("*")) for weight, cue in lexicon.TOPICS["overview"].cues
                             if weight == 1 and " " not in cue) | {stem("overens")}


# -- the question's side ----------------------------------------------------------------------

# Where a clause ends: punctuation between words (a colon stays, as in "2023:196").
_CLAUSE = re.compile(r"[^,.;!?\n]+[,.;!?\n]*")
_QUESTION_WORDS = frozenset((
    "hur", "vad", "vem", "vems", "vilka", "vilken", "vilket", "nar", "var", "varfor", "finns", "har",
    "gor", "kan", "ska", "stammer", "ar", "galler", "how", "what", "who", "which", "when", "where",
    "why", "does", "do", "is", "are", "has", "have", "can", "will"))
# Words by which a question points back to what was said before it.
_BACK = frozenset(("det", "detta", "dem", "sadant", "sant", "it", "this", "that", "them"))
# Aspects a quoted sentence may answer; people, period, parties and sources keep their fixed answers.
OPEN_TOPICS = (None, "focus", "overview", "methods", "purpose", "follow_up")
_WHY = frozenset(("varfor", "why"))
_FRONTED = 2  # words of a topic put before the question with a comma ("Väsbyhem,"): more tell a story ("Hulta känns otryggt,")


def empty_aspect(muni: Municipality, topic: str | None, subject: Sequence[str] = (), norm: str = "") -> bool:
    """True when the entry lists nothing for the aspect asked (methods, follow-up), or states no goal of
    its own where a subject's goal or grounds are asked ("vad är målet med satsningen på unga?": its
    sentences' "Målet är att …" for that subject answer it). "Varför blev det just centrum?" asks why the
    agreement chose it: its basis, not a sentence that names the subject."""
    return ((topic == "follow_up" and not muni.follow_up and not muni.measurements)
            or (topic == "methods" and not muni.methods)
            or (topic == "purpose" and bool(subject) and not _WHY & set(norm.split())
                and not any(a.purpose for a in muni.agreements)))


@dataclass(frozen=True)
class Question:
    """What the passages are ranked for: the reading's masked tokens, and its subject, the content
    words of the clauses that ask ("Min mamma känner sig otrygg. Vad gör Lund mot bedrägerier?"
    asks about "bedrägerier"; "mamma" is the resident's story, never a subject to say is missing)."""

    masked: tuple[str, ...]
    subject: tuple[str, ...]
    polar: tuple[str, ...] = ()  # of the subject, the words a yes-no question asks about (`polar_words`)
    act: acts.Act | None = None  # an act asked of in a clause ("äldre som blir lurade"): its nouns are asked (acts.py)


def question(text: str, toks: Sequence[str], masked: Sequence[str], content: Sequence[str]) -> Question:
    """`toks`: the reading's tokens (aligned with `tokens(text)`); `content`: its content terms."""
    return acts.widened(_asked(text, toks, masked, content), text)


def _asked(text: str, toks: Sequence[str], masked: Sequence[str], content: Sequence[str]) -> Question:
    asking: list[int] = []
    polar: list[int] = []
    position, any_question = 0, False
    fronted: list[int] = []  # a name before a comma and the question: its topic
    for match in _CLAUSE.finditer(text):
        count = len(tokens(match.group()))
        words = tokens(match.group())
        if "?" in match.group() or (words and words[0] in _QUESTION_WORDS):
            asking.extend([*fronted, *range(position, position + count)])
            any_question = True
            if "?" in match.group() and words and words[0] not in _WH:
                polar.extend(polar_words(masked[position:position + count], position))
        # A name put before the question ("Väsbyhem, vad bidrar de med?"): what it asks about. Not a fronted
        # common word ("stadskärnan, vad lovar de?"), which the question's own words and the aspects answer.
        cased = cased_tokens(match.group())
        fronted = [position + i for i, word in enumerate(cased) if word[:1].isupper()] \
            if 0 < count <= _FRONTED and len(cased) == count and match.group().rstrip().endswith(",") else []
        position += count
    wanted = set(content)
    if not any_question or position != len(toks):
        return Question(tuple(masked), tuple(content))
    subject = tuple(dict.fromkeys(toks[i] for i in asking if toks[i] in wanted))
    if not subject and any(toks[i] in _BACK for i in asking):
        # "Äldre blir lurade i telefon. Gör kommunen något åt det?": the question points back.
        return Question(tuple(masked), tuple(content))
    return Question(tuple(masked), subject, tuple(toks[i] for i in polar if toks[i] in subject))


# A yes-no question's verb is its first word; after a modal or a doer comes another verb ("kan du hjälpa").
_WH = frozenset(("hur", "vad", "vem", "vems", "vilka", "vilken", "vilket", "nar", "var", "varfor", "varifran",
                 "how", "what", "who", "whose", "which", "when", "where", "why"))
_BEFORE_A_VERB = frozenset(("att", "ska", "skall", "skulle", "kan", "kunna", "vill", "maste", "borde", "kommer",
                            "du", "ni", "de", "dom", "vi", "jag", "man", "kommunen", "polisen", "to", "will",
                            "would", "should", "could", "can", "may", "must", "you", "they", "we", "i", "it"))

# Who a yes-no question about the agreement asks about: the kommun, the police, "ni" ("Har ni drönare?").
_DOERS = frozenset(("kommunen", "polisen", "ni", "de", "dom", "they", "you", "the", "police", "municipality", PLACE))
_IS = frozenset(("is", "are", "was", "were"))
_THERE = (("finns", "det"), ("fanns", "det"), ("is", "there"), ("are", "there"))


def polar_words(masked: Sequence[str], start: int = 0) -> list[int]:
    """In a yes-no question about what the kommun or the police do ("Använder Kumla drönare?", "Does
    Kumla use drones?", "Finns det drönare i Kumla?"; not "Blir det regn i Kumla?"), the positions of
    the words that may be what it asks about: not its verb, a place, nor a verb after a modal or a doer."""
    if len(masked) > 3 and masked[0] in _IS and "part" in masked[2:]:
        # "Are drones part of Mjölby's citizen promise?": what is asked to be part of it.
        return [start + i for i in range(1, masked.index("part", 2)) if masked[i] not in _DOERS]
    if len(masked) < 2 or masked[0] == PLACE or (masked[1] not in _DOERS and tuple(masked[:2]) not in _THERE):
        return []
    return [start + i for i in range(1, len(masked))
            if masked[i] != PLACE and masked[i - 1] not in _BEFORE_A_VERB]


def polar_verb(masked: Sequence[str]) -> str | None:
    """The finite verb a yes-no question opens with ("Testar Norberg …?", "Söker polisen …?"): Swedish
    puts it first, before the doer, so it is what is done, never the subject an entry may lack."""
    if len(masked) > 1 and masked[0] != PLACE and (masked[1] in _DOERS or tuple(masked[:2]) in _THERE):
        return masked[0]
    return None


def quoted(muni: Municipality, found: Sequence[tuple[float, Passage]], language: str) -> tuple[str, list[str]]:
    """The passages found, each in quotes after its label, under a line naming the agreement they
    come from; and their source ids."""
    chosen = [p for _, p in found]
    agreements = {p.agreement_id for p in chosen}
    agreement = next((a for a in muni.agreements if a.id in agreements), None) if len(agreements) == 1 else None
    if agreement is not None:
        name = f"{periods.agreement_name(agreement, language)} {periods.span(agreement, language)}"
        heading = compose.pick(language, f"Det här står i {genitive(muni.name)} {name}:",
                               f"This is what {muni.name}'s {name} says:")
    else:
        heading = compose.pick(language, f"Det här står om {muni.name} i källan:",
                               f"This is what the source says about {muni.name}:")
    lines = [heading]
    for passage in chosen:
        text = f"”{passage.text}”" if language == "sv" else f"“{passage.text}”"
        lines.append(f"• {text}" if passage.text == passage.label else f"• {passage.label}: {text}")
    return "\n".join(lines), list(dict.fromkeys(p.source_id for p in chosen))
