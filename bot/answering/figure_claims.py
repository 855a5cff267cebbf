"""A number a claim asserts about an entry, checked against the sentence whose figure is about the
same subject:

    "Lekebergs löfte bygger på en enkät med 2000 svar, stämmer det?"  ──► the survey sentence: "drygt 700
                                                                          invånare lämnade synpunkter"
    "Polisen i Partille lovade väl att fotpatrullera 50 gånger?"        ──► "fotpatrullering minst 300 gånger"
    "Piteå lovade väl 10 medborgarmöten per år?"                        ──► "Minst tre medborgarmöten …", not
                                                                          the sentence with "tio insatser per år"

The claim's figures are its counts: any number that is not a year ("2000 svar" is a count, "2020" alone
a year) and the number words before a noun or a unit ("fem personer", "tio gånger per år"). Its subject
is its own words without the frame ("lovade", "väl", "per år"); a sentence is about it when it holds
one of them (a word's form or the head of a compound: "kontroller" in "trafikkontroller"), or, for a
survey, patrols, checks, operations, meetings, walks or cameras, another word of the same kind ("enkät"
and "trygghetsundersökning", "svar" and "synpunkter"). Of the entry's sentences with a figure, the one
that holds the most of the subject is checked; with none, the claim is left to the other checks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from bot.answering.compose import pick
from bot.answering.intents import PLACE
from bot.answering.knowledge import Municipality
from bot.answering.common_words import STOPWORDS
from bot.answering.passage_kinds import Passage
from bot.text import tokens

# Number words, with a noun or a unit after them ("tre medborgarmöten", "ten times a year"); not "en",
# "ett", "one", which are articles more often than figures.
NUMBER_WORDS = {"tva": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "atta": 8, "nio": 9, "tio": 10,
                "elva": 11, "tolv": 12, "femton": 15, "tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50,
                "hundra": 100, "etthundra": 100, "tvahundra": 200, "trehundra": 300, "fyrahundra": 400,
                "femhundra": 500, "tusen": 1000, "ettusen": 1000, "two": 2, "three": 3, "four": 4, "five": 5,
                "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
                "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
                "thousand": 1000, "twice": 2, "once": 1}
YEAR = re.compile(r"^(?:19|20)\d\d$")
# A year-like number before one of these is a count ("2000 svar", "1500 personer"), not a year.
COUNTED = ("svar", "personer", "person", "invanare", "medborgare", "deltagare", "respondent", "answers",
           "responses", "people", "residents", "citizens", "ganger", "tillfallen", "times", "kameror", "cameras",
           "kontroller", "checks", "patruller", "patrols", "poliser", "officers", "timmar", "hours", "insatser",
           "operations", "moten", "meetings", "vandringar", "walks", "procent", "percent", "aktorer", "parter",
           "synpunkter", "enkatsvar", "kronor", "miljoner", "besok", "visits")
# Words between a number word and the unit that makes it a figure ("tre till fyra gånger per år").
UNITS = frozenset(("ganger", "gang", "tillfallen", "times", "time", "per", "om", "a", "i", "procent", "percent"))
UNIT_WITHIN = 3
# The claim's frame, never its subject: promising, doing, tags, units, the parties.
FRAME = frozenset((
    "lovade", "lovat", "lovar", "lova", "lovats", "promised", "promise", "promises", "ska", "skall", "skulle",
    "kommer", "gor", "gora", "gjorde", "gjort", "genomfor", "genomfora", "will", "would", "do", "does", "did",
    "doing", "make", "makes", "carry", "out", "val", "ju", "visst", "right", "correct", "true", "eller", "hur",
    "va", "stammer", "sant", "ratt", "inte", "isn", "didn", "doesn", "t", "they", "it", "per", "ar", "aret",
    "year", "years", "manad", "manaden", "month", "vecka", "veckan", "week", "minst", "atminstone", "least",
    "at", "bara", "endast", "only", "just", "polisen", "polis", "police", "kommunen", "kommun", "municipality",
    "lofte", "loftet", "avtal", "avtalet", "overenskommelse", "overenskommelsen", "medborgarlofte",
    "medborgarloftet", "agreement", "fick", "har", "hade", "got", "has", "had", "is", "was", "were", "are",
    "enligt", "according", "bygger", "byggde", "builds", "based", "ganger", "gang", "times", "time", "ca",
    "cirka", "runt", "about", "nastan", "almost", "over", "drygt", "fler", "more", "than", "an", "av", "by",
    "sa", "manga", "many", "hur", "how", "vad", "what", "fokus", "fokuserar", "fokusera", "focus", "focuses",
    "handlar", "about", "satsar", "prioriterar"))
# Kinds of subject a claim may name in other words than the entry: a claim word that starts with one
# of the first stems makes a sentence word that starts with one of the second about the same thing.
KINDS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("enkat", "undersokning", "trygghetsundersokning", "trygghetsmatning", "svar", "besvar", "survey",
      "questionnaire", "answer", "respon", "synpunkt", "deltog", "deltag", "particip"),
     ("enkat", "undersokning", "trygghetsundersokning", "trygghetsmatning", "svar", "besvar", "synpunkt",
      "deltog", "deltag", "survey", "answer", "respon", "particip")),
    (("patrull", "fotpatrull", "patrol", "narvar", "presence", "synlig", "visib"),
     ("patrull", "fotpatrull", "patrol", "narvar", "presence", "synlig", "visib", "bevakning")),
    (("kontroll", "trafikkontroll", "check", "inspect", "tillsyn"),
     ("kontroll", "trafikkontroll", "check", "inspect", "tillsyn")),
    (("insats", "operation", "tillslag", "razzi"), ("insats", "operation", "tillslag")),
    (("mote", "moten", "meeting", "traff"), ("mote", "moten", "meeting", "traff", "dialog")),
    (("vandring", "trygghetsvandring", "walk"), ("vandring", "walk")),
    (("kamera", "camera", "cctv", "overvakning", "surveillance"),
     ("kamera", "camera", "cctv", "overvakning", "surveillance", "bevakning")),
)
COMPOUND_HEAD = 6  # "kontroller" is the head of "trafikkontroller": a word this long may end another
NEAR = 4  # a figure this many words from a word of the subject is about it, in another clause too
_CLAUSE = re.compile(r"[,;:()]")
_NAMED_NUMBER = re.compile(r"(?<=[^\W\d_])-\d+")  # "covid-19"


def figures(toks: Sequence[str]) -> list[int]:
    """The counts among the tokens: every number that is not a year (a year-like number counts
    when a counted noun follows it: "2000 svar"), and the number words before a noun or a unit."""
    return [value for _, value in _figures_at(toks)]


def _figures_at(toks: Sequence[str]) -> list[tuple[int, int]]:
    """`figures`, each with where it stands."""
    found = []
    for i, t in enumerate(toks):
        if t.isdigit():
            if not YEAR.match(t) or _counted_after(toks, i):
                found.append((i, int(t)))
        elif t in NUMBER_WORDS and i + 1 < len(toks) and _figure_word(toks, i):
            found.append((i, NUMBER_WORDS[t]))
    return found


def counts_things(toks: Sequence[str]) -> bool:
    """A number of the tokens counts things ("2000 svar", "50 gånger", "fem personer"), not a bound
    ("personer över 30")."""
    return any(_counted_after(toks, i) or bool(set(toks[i + 1:i + 1 + UNIT_WITHIN]) & UNITS) for i, _ in _figures_at(toks))


def counted_years(toks: Sequence[str]) -> frozenset[int]:
    """The indexes of year-like numbers that are counts ("2000 svar"), which a claim's year check skips."""
    return frozenset(i for i, t in enumerate(toks) if t.isdigit() and YEAR.match(t) and _counted_after(toks, i))


def _counted_after(toks: Sequence[str], i: int) -> bool:
    return any(t.startswith(COUNTED) for t in toks[i + 1:i + 3])


def _figure_word(toks: Sequence[str], i: int) -> bool:
    after = toks[i + 1]
    return (bool(set(toks[i + 1:i + 1 + UNIT_WITHIN]) & UNITS) or after.startswith(COUNTED)
            or (after.isalpha() and len(after) > 3 and after not in STOPWORDS and after not in FRAME))


def subject(masked: Sequence[str]) -> list[str]:
    """The claim's words that say what its figure counts ("enkät", "svar"; "fotpatrullera")."""
    return [t for t in dict.fromkeys(masked) if t != PLACE and t.isalpha() and len(t) > 2 and t not in STOPWORDS
            and t not in FRAME and t not in NUMBER_WORDS]


def _same(word: str, other: str) -> bool:
    """One word in another form ("fotpatrullera", "fotpatrullering") or as a compound's head."""
    if len(word) < 4 or len(other) < 4:
        return word == other
    stem = word[:max(4, len(word) - 3)]
    return other.startswith(stem) or (len(word) >= COMPOUND_HEAD and other.endswith(word))


def _kind_of(word: str, other: str) -> bool:
    return any(word.startswith(claimed) and other.startswith(held) for claimed, held in KINDS)


@lru_cache(maxsize=1 << 17)
def _matches(word: str, other: str) -> bool:
    return _same(word, other) or _kind_of(word, other)


@dataclass(frozen=True)
class _Read:
    """A passage's words read once (kept per passage: a claim's check reads every sentence of an entry)."""

    label: tuple[str, ...]
    held: frozenset[str]  # the label's and the sentence's words
    text: tuple[str, ...]  # the sentence's words, a number written onto a word ("covid-19") left out
    clause: tuple[int, ...]  # which clause of the sentence each of them stands in
    figures_at: tuple[tuple[int, int], ...]  # the sentence's figures, where they stand
    figures: tuple[int, ...]  # the label's and the sentence's figures


@lru_cache(maxsize=1 << 14)
def _read(passage: Passage) -> _Read:
    label = tokens(passage.label)
    text: list[str] = []
    clause: list[int] = []
    for n, part in enumerate(_CLAUSE.split(_NAMED_NUMBER.sub(" ", passage.text))):
        part_tokens = tokens(part)
        text += part_tokens
        clause += [n] * len(part_tokens)
    return _Read(tuple(label), frozenset(label) | frozenset(tokens(passage.text)), tuple(text), tuple(clause),
                 tuple(_figures_at(text)), tuple(figures(label) + figures(tokens(passage.text))))


def about(words: Sequence[str], passage: Passage) -> int:
    """How many of the claim's subject words the passage (its label and its sentence) holds."""
    held = _read(passage).held
    return sum(1 for w in words if any(_matches(w, t) for t in held))


def figures_about(words: Sequence[str], passage: Passage) -> list[int]:
    """The passage's figures that are about the subject: all of them when its label holds the subject
    (the sentence is that area's: "ten times a year" under "youth parties"), else those in the same
    clause as a word of the subject or a few words from one ("drygt 700 invånare lämnade synpunkter",
    "chefssamrådet … sammanträder fyra gånger per år"; not "covid-19", a clause before Salem's
    "trygghetsundersökning"). A number written onto a word ("covid-19") is a name, not a figure."""
    read = _read(passage)
    if not read.figures:
        return []
    if any(_matches(w, t) for w in words for t in read.label):
        return list(read.figures)
    near = [i for i, t in enumerate(read.text) if any(_matches(w, t) for w in words)]
    return [value for at, value in read.figures_at
            if any(abs(at - i) <= NEAR or read.clause[at] == read.clause[i] for i in near)]


def best(words: Sequence[str], candidates: Sequence[Passage]) -> Passage | None:
    """Of the passages with a figure about the subject, the one that holds the most of it (the first
    of equals, the caller's order), or None when none has such a figure."""
    scored = [(about(words, p), -i, p) for i, p in enumerate(candidates) if figures_about(words, p)]
    return max(scored, key=lambda s: (s[0], s[1]))[2] if scored else None


def without_figure(words: Sequence[str], candidates: Sequence[Passage]) -> Passage | None:
    """The passage that holds the most of the subject, when none has a figure about it: the source
    says something of it, and no number ("underlaget var polisens trygghetsundersökning")."""
    scored = [(about(words, p), -i, p) for i, p in enumerate(candidates)]
    scored = [s for s in scored if s[0] > 0]
    return max(scored, key=lambda s: (s[0], s[1]))[2] if scored else None


def source_quotes(muni: Municipality, language: str) -> list[Passage]:
    """Each agreement's and area's own quote from its source, as a passage: a figure may stand only
    there ("Linköpings kommun har tillsammans med 16 samverkansparter tagit fram …", Malå's "Vid minst
    sex tillfällen per år …" under its area's title), quoted as written."""
    label = pick(language, "Ur källan", "From the source")
    found = [Passage(muni.id, "quote", label, a.quote, a.source_id, language, a.id) for a in muni.agreements
             if a.quote and figures(tokens(a.quote))]
    found += [Passage(muni.id, "quote", pick(language, area.title, area.title_en), area.quote, area.source_id,
                      language, area.agreement_id) for agreement in muni.agreements for area in agreement.areas
              if area.quote and figures(tokens(area.quote))]
    return found


# A figure told in a statement's order and asked by its question mark alone ("Polisgruppen i Kopparberg är tre
# personer?", "Ljusnarsbergs polisgrupp består av tre poliser?", "The police team is three people?"): the verb of
# being or having, then the number and what it counts. Not of the one asking ("jag är 15 år?").
_MAX_COUNT = 150  # larger numbers are years or counts of answers, read elsewhere
_FIGURE_VERBS = frozenset(("ar", "var", "har", "hade", "bestar", "bestod", "omfattar", "is", "was", "has", "had",
                           "consists", "are", "were"))
_FIGURE_BETWEEN = frozenset(("av", "pa", "of", "just", "bara", "only", "endast", "cirka", "about", "ungefar", "hela"))
_ASKER = frozenset(("jag", "mig", "min", "mitt", "mina", "vi", "oss", "me", "my", "we", "us", "our", "du", "you"))
_OPENS_ASK = frozenset(("vad", "vem", "vilka", "vilken", "vilket", "nar", "hur", "varfor", "var", "vart", "what",
                        "who", "which", "when", "how", "why", "where", "is", "are", "does", "did", "har", "ar", "kan",
                        "finns", "stammer"))


def told_as_asked(toks: Sequence[str]) -> bool:
    """A count of something put in a statement's order and asked by "?" alone: a claim of the figure."""
    if not toks or toks[0] in _OPENS_ASK or _ASKER & set(toks):
        return False
    for i, t in enumerate(toks[1:], 1):
        if t not in _FIGURE_VERBS:
            continue
        j = i + 1
        while j < len(toks) and toks[j] in _FIGURE_BETWEEN:
            j += 1
        number = toks[j] if j < len(toks) else ""
        counted = NUMBER_WORDS.get(number, 0) >= 2 or number.isdigit() and 1 < int(number) <= _MAX_COUNT
        if counted and j + 1 < len(toks) and toks[j + 1].isalpha() and toks[j + 1] not in STOPWORDS:
            return True
    return False
