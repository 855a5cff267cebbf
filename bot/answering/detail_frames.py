"""Frames of a detail question that detail_asks.py did not read, kept apart so that module stays
one job's size: it asks `shape` and hands the picking to `chosen`.

- where, asked with a preposition before "which" and a kind of place ("I vilken ort …?", "i vilket
  område känner sig folk otrygga?", "vid vilken badplats …?", "in which part of town …?"): the sentence
  naming the place, as "var …?" is answered (detail_asks.py's "where"). "Vilket område" alone stays
  what it was (it may ask for a focus area), as do "i vilket år", "på vilket sätt", "i vilken kommun";
- most, by a superlative of the lägesbild or a survey ("vilket brott anmäls oftast?", "vilka brott är
  vanligast?", "what is the biggest problem?", "vad oroar sig flest för?"): the entry's sentences that
  say what is most common or largest, among those the question's words pick; never the "no statistics"
  limit when the entry says it, and nothing when it does not (the limit then stands);
- why a subject is a focus, or what is reported about it ("varför fokuserar X på bostadsinbrott?", "vad
  är problemet med trafiken?", "why is X focusing on burglaries?", "vad rapporteras om samlingsplatserna?"):
  the sentences of what the agreement builds on and of the areas' own texts that the subject picks, not
  the area's title alone. Without a subject ("varför finns medborgarlöften?") it is the purpose's question;
- new, what the agreement says is new ("vad är nytt med överenskommelsen?", "what is new in the promise?"): the
  sentences that say something is there for the first time, updated, required by the new law, or new, those the
  question's own words pick first; none, and the answer is what it was (the overview).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.answering import how_frames, who_frames
from bot.answering.intents import PLACE
from bot.answering.knowledge import Municipality
from bot.answering.common_words import STOPWORDS
from bot.answering.lexicon import AGREEMENT_STEMS, CueSet, is_cue_word
from bot.answering.limits import COMPARED, RANKING
from bot.answering.passage_index import stem
from bot.answering.passage_kinds import ABOUT_SOURCES, Passage
from bot.answering.passages import Passages
from bot.answering.pointed_out import sentence_words
from bot.text import fold

# The shapes `chosen` picks for.
SHAPES = ("most", "worry", "change", "new", "why", *who_frames.SHAPES, *how_frames.SHAPES, "survey")
# The prepositions that make "which X" a question of where ("i vilken ort", "in which area").
_AT = frozenset(("i", "pa", "vid", "inom", "kring", "runt", "in", "at", "on", "around", "near"))
_WHICH = frozenset(("vilken", "vilket", "vilka", "which", "what"))
# How a kind of place begins or ends ("ort", "tätorten", "området", "badplatsen", "stadsdel", "town").
_PLACE_STARTS = ("ort", "omrad", "del", "plats", "stalle", "by", "byn", "samhall", "kvarter", "gata", "gatan",
                 "torg", "park", "skola", "skolan", "town", "area", "part", "place", "village", "district",
                 "neighbo", "street", "square", "school", "spot", "site", "locat")
_PLACE_ENDS = ("ort", "orten", "orter", "omrade", "omradet", "omraden", "del", "delen", "delar", "plats", "platsen",
               "platser", "torg", "torget", "park", "parken", "skola", "skolan", "gata", "gatan")
# Kinds that ask for a kommun, a police area or a county, which other answers give.
_NOT_A_PLACE = ("polisomrad", "lokalpolisomrad", "kommun", "lan", "region", "county", "municipal", "police",
                "ordning", "sammanhang", "deltag", "party")

MOST = CueSet.of({3: (
    "vanligast*", "oftast", "flest", "de flesta", "mest", "storst*", "framst", "framtradande",
    "most common", "commonest", "most often", "most frequent*", "biggest", "largest", "greatest", "main problem*",
    "most people", "most residents", "the most")})
# How a sentence says what is most common or largest.
_SUPERLATIVES = ("vanligast", "storst", "flest", "de flesta", "mest", "tydligast", "framtradande", "framst",
                 "most", "biggest", "largest", "greatest", "commonest", "oftare", "fler ", "en stor del", "more often",
                 "a large part", "much of")
# Words of the frame, not of what is asked about.
FRAME_WORDS = frozenset(("vanligast", "vanligaste", "oftast", "flest", "flesta", "mest", "storst", "storsta",
                          "framst", "framtradande", "common", "commonest", "often", "frequent", "biggest",
                          "largest", "greatest", "main", "most", "varfor", "why", "anledningen", "anledning",
                          "reason", "problemet", "problem", "rapporteras", "reported", "fokuserar", "fokusera",
                          "focusing", "focus", "focuses", "satsar", "satsa", "valt", "valde", "chose", "chosen",
                          "prioriterar", "prioriterat", "prioritise", "prioritize", "just", "sager", "says",
                          "okat", "okade", "okar", "minskat", "minskade", "minskar", "increased", "decreased",
                          "improved", "worsened", "forbattrats", "forbattrat", "forsamrats", "forsamrat"))

# A change the lägesbild or a survey reports ("vilka brott har ökat?", "har tryggheten förbättrats?",
# "what has increased?"): the sentence saying it, picked as a superlative's is.
CHANGED = CueSet.of({3: (
    "okat", "okade", "okar", "okning*", "minskat", "minskade", "minskar", "minskning*", "forbattrat*", "forbattrades",
    "forsamrat*", "forsamrades", "increased", "increase", "risen", "rose", "decreased", "decrease", "fallen",
    "improved", "got worse", "worsened", "gone up", "gone down")})
_CHANGING = ("okat", "okade", "okar", "okning", "minskat", "minskade", "minskar", "minskning", "forbattr", "forsamr",
             "positiv utveckling", "increase", "rose", "risen", "decrease", "fallen", "improv", "worse")

# The kind a superlative or a change is asked of, which every entry holds ("brott", "problem"): a
# sentence holding any of them answers it ("största problemet" of "en stor del av otryggheten är …").
_KINDS_ASKED = ("brott", "crime", "problem", "otrygg", "unsafe", "oro", "worr")
# What residents worry about, asked ("vad oroar sig folk för?", "what are people worried about?"): the
# sentences that say what worries them or feels unsafe.
WORRY = CueSet.of({3: ("vad oroar", "vad ar ~ oroliga for", "vad ar ~ orolig for", "vilken oro", "vad kanner ~ sig otrygga",
                       "what are ~ worried about", "what do ~ worry about", "what worries", "what are ~ concerned about",
                       "what makes ~ feel unsafe", "what concerns")})
_WORRYING = ("oro", "orolig", "oroar", "otrygg", "worr", "concern", "unsafe", "insecur")

WHY = CueSet.of({3: (
    "varfor", "why", "av vilken anledning", "vad ar anledningen", "vad var anledningen", "what is the reason",
    "what was the reason", "vad ar problemet med", "vad ar det for problem med", "whats the problem with",
    "what is the problem with", "vad rapporteras om", "vad rapporteras det", "what is reported", "what s reported",
    "vad sags om", "vad sags det om")})


# What is new in the agreement ("vad är nytt med överenskommelsen?", "vad är det nya i löftet?", "what is new in
# the promise?"): the sentences that say what is new, for the first time, updated or required by the new law.
# Never "något nytt" ("kommer det något nytt avtal?" asks for a newer one) nor "skillnaden" (between kommuner).
NEW = CueSet.of({3: ("vad ar nytt", "vad ar det nya", "vad ar nyheten", "vad ar nyheterna", "vad finns det for nytt",
                     "what is new", "whats new", "what s new")})
_NEWS = ("for forsta gangen", "uppdater", "lagen", "lagkrav", "nytt", "nya", "ny", "nyhet", "for the first time",
         "updated", "the law", "legal requirement", "new")
_NEWEST = _NEWS[:5] + _NEWS[9:12]  # the first time, an update or the law said, before a plain "ny"


def _new(passage: Passage) -> int:
    """0: the sentence says something is there for the first time, updated or required by law; 1: new; 2: none."""
    folded = f" {' '.join(sentence_words(passage.text))} "
    return 0 if any(f" {word}" in folded for word in _NEWEST) else 1 if any(f" {w} " in folded for w in _NEWS) else 2


def _subject(masked: Sequence[str]) -> list[str]:
    """What is asked about: the longer words that are no frame, cue, place or agreement word."""
    return [t for t in masked if len(t) > 3 and t != PLACE and t not in STOPWORDS and t not in FRAME_WORDS
            and not is_cue_word(t) and not t.startswith(AGREEMENT_STEMS)]


def a_place_kind(word: str) -> bool:
    return not word.startswith(_NOT_A_PLACE) and (word.startswith(_PLACE_STARTS) or word.endswith(_PLACE_ENDS))


def where_asked(toks: Sequence[str]) -> bool:
    """"I vilken ort …?", "vid vilken badplats …?", "in which part of town …?": a question of where."""
    for at, word in enumerate(toks):
        if word in _WHICH and at > 0 and toks[at - 1] in _AT and at + 1 < len(toks) and a_place_kind(toks[at + 1]):
            return True
    return False


def places_named(masked: Sequence[str], toks: Sequence[str]) -> tuple[str, ...]:
    """The words of the places a message names ("varför tar Huddinge upp Flemingsberg och Vårby?"): the
    tokens the reading masked (a name of several words is one mask). The kommun's own name is among them,
    which no entry's text holds unmasked."""
    kept = set(masked)
    return tuple(t for t in toks if t not in kept and t != PLACE) if PLACE in kept else ()


def shape(norm: str, masked: Sequence[str], places: Sequence[str] = ()) -> str | None:
    """"most", "worry", "change" or "why" when the message asks so of a subject (`places`: the words of the
    places it names, a subject of a why: "varför är Knäred med?"), "agent" or "partners" when it asks who
    is behind something or whom they work with on it (who_frames.py), else None."""
    who = who_frames.shape(norm)
    if who is not None:
        return who
    if MOST.found(norm) and not (RANKING.found(norm) and COMPARED.found(norm)):
        return "most"  # "vilken kommun har mest brott?" is a ranking, which the limits answer
    if WORRY.found(norm):
        return "worry"
    if NEW.found(norm):
        return "new"
    if CHANGED.found(norm) and not COMPARED.found(norm):
        return "change"  # "har brotten ökat i kommunen?" of what the entry reports, or the limit as before
    if WHY.found(norm) and (_subject(masked) or len(places) > 1):  # a place besides the kommun asked of
        return "why"
    return None


def _changing(passage: Passage) -> bool:
    """A word that begins as a change does ("ökat", "förbättrades"), not one that holds it ("utökar")."""
    folded = f" {' '.join(sentence_words(passage.text))}"
    return any(f" {word}" in folded for word in _CHANGING)


def _worrying(passage: Passage) -> bool:
    folded = f" {' '.join(sentence_words(passage.text))}"
    return any(f" {word}" in folded for word in _WORRYING)


def _superlative(passage: Passage) -> bool:
    folded = f" {' '.join(sentence_words(passage.text))} "
    return any(f" {word}" in folded for word in _SUPERLATIVES)


def chosen(found: Passages, muni: Municipality, asked: str, own: Sequence[Passage], masked: Sequence[str],
           language: str, places: Sequence[str] = ()) -> list[Passage]:
    """The entry's sentences for a "most" or "why" frame that the question's own words pick, best first, or []
    (`places`: the words of the places the question names, which the index holds where no kommun has them
    as its own name)."""
    if asked in who_frames.SHAPES:
        return who_frames.chosen(found, muni, asked, own, masked, language)
    if asked in (*how_frames.SHAPES, "survey"):
        said = how_frames.chosen(asked, found.of(muni.id, language), own, masked)
        if asked not in ("since", "long"):
            return said
        scores = {id(p): score for score, p in found.rank(muni.id, masked, language)}  # since when of what is asked
        return sorted(said, key=lambda p: -scores.get(id(p), 0.0))
    if asked == "new":  # what it says is new, the question's own words first, else the firsts and updates first
        said = [p for p in own if p.kind not in ABOUT_SOURCES and p.kind not in ("quote", "contact") and _new(p) < 2]
        scored_ids = {id(p): i for i, (score, p) in enumerate(found.rank(muni.id, _subject(masked), language))
                      if score > 0} if _subject(masked) else {}
        return sorted(said, key=lambda p: (scored_ids.get(id(p), len(scored_ids)), _new(p)))
    subject = _subject(masked) + ([t for t in places if len(t) > 2] if asked == "why" else [])
    scored = [p for score, p in found.rank(muni.id, subject, language) if score > 0] if subject else []
    if asked in ("most", "worry", "change"):
        says = _superlative if asked == "most" else _changing if asked == "change" else _worrying
        said = [p for p in own if p.kind not in ABOUT_SOURCES and says(p)]
        picked = [p for p in scored if any(p is q for q in said)]
        # The kind asked for ("vilket brott", "biggest problem") is in every entry, so no subject the index
        # ranks by; a superlative of something else ("de mest utsatta områdena") is no answer to it.
        kinds = _KINDS_ASKED if any(t.startswith(_KINDS_ASKED) for t in masked) else ()
        if picked or subject or kinds:
            # Of what the subject names, by a stem where the index holds it for no subject ("brotten" of
            # "brottsligheten har ökat"), or nothing ("vilken skola har flest elever?"): the limit stands.
            heads = {t[:5] for t in subject} | set(kinds)
            return picked or [p for p in said if any(head in w for w in sentence_words(p.text) for head in heads)]
        # "what is the biggest problem?" names nothing but the frame: what the entry builds on says it first.
        return sorted(said, key=lambda p: p.kind != "basis")
    # Why: what the agreement builds on, else the own text of the focus area the subject names (by its
    # title or keywords), never its title alone nor a commitment's or another area's sentence that
    # merely holds the word ("… öka tryggheten i trafiken" in a narcotics area).
    held = {id(p) for p in own}
    stems = {stem(t) for t in subject}
    commitments = {a.id for a in muni.areas if a.kind == "commitment"}
    basis = [p for p in scored if p.kind == "basis" and id(p) in held]
    areas = [p for p in scored if p.kind == "area" and id(p) in held and p.key not in commitments
             and fold(p.text) != fold(p.label) and stems & {stem(w) for w in sentence_words(p.indexed_label)}]
    # A sentence the subject picks that gives its own reason ("…, då det är viktigt att …", "på grund av
    # covid-19"), ranked above what the agreement builds on, says why.
    reasons = [p for p in scored if id(p) in held and states_a_reason(p.text)]
    if reasons and not (basis and scored.index(basis[0]) < scored.index(reasons[0])):
        return reasons[:1]
    return basis[:1] or areas[:1]


# How a sentence gives a reason: "eftersom", "på grund av", "då det är …", "because (of)", "due to", "since" (not "since 2020").
_REASON = re.compile(r"\b(?:eftersom|pa grund av|med anledning av|darfor att|da (?:det|de|den|vi|manga|fler)|"
                     r"because|due to|owing to|since (?!\d)(?:it|the|they|there|many|more|we))\b")


def states_a_reason(text: str) -> bool:
    return _REASON.search(fold(text)) is not None


# A negation in a sentence's words: "in 2020 no physical dialogues were held because of covid-19" states an absence.
_NEGATIONS = frozenset(("inte", "ej", "inga", "ingen", "inget", "aldrig", "no", "not", "never", "none"))


def gives_reason_for_absence(words: Sequence[str], found: Passages, muni: Municipality, masked: Sequence[str],
                             language: str) -> bool:
    """Whether a why asked of something that did not happen ("why were there no dialogues in 2020?") has a sentence
    that states the same absence with its reason ("inga fysiska dialoger på grund av covid-19"): the question's
    negation is then the entry's own, no denial to correct."""
    return bool(_NEGATIONS & set(words)) and any(_NEGATIONS & set(sentence_words(p.text))
               for p in chosen(found, muni, "why", found.of(muni.id, language), masked, language))


def gives_reason(found: Passages, muni: Municipality, masked: Sequence[str], language: str) -> bool:
    """Whether a why asked of a subject ("varför är trafiken ett fokusområde?") has sentences that give the
    reason: then they answer, not a claim's check of what the question takes for given."""
    return bool(chosen(found, muni, "why", found.of(muni.id, language), masked, language))
