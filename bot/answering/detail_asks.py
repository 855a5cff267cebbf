"""What a detail question asks of one entry by its frame, not only by its content words.

Some questions about an agreement say what they want by their shape, in words no sentence of the
entry shares, so ranking the sentences by the question's words (passages.py) misses them:

- how the agreement or its focus areas were drawn up, what they rest on, who took part in that
  ("Hur togs fokusområdena fram?", "Vilka var med och tog fram löftena?", "how were the focus areas
  chosen?"): the entry's sentences on what it builds on (kind "basis"), the best for the question's
  own words first;
- how the lägesbild is made, by whom, who contributes to it ("Vem ansvarar för lägesbilden?", "vilka
  bidrar med info till lägesbilden?"): the sentences on the lägesbild and those on what it builds on;
- how often something is done ("Hur ofta gör X trygghetsvandringar?"): the sentences saying how often
  that the question's words pick;
- how many answered or took part ("Hur många svarade på enkäten?", "how many answered?"): the
  sentence that holds a count (a number that is not a year) beside the question's words;
- which named place, school, company or association ("Vilket bostadsbolag är med?", "Vilka skolor
  nämns?", "Which square is mentioned?"): the sentences naming one of that kind, a name being a
  capitalised word (or one after a capitalised word) ending as such names end (-gymnasiet, -hus,
  -försäkringar, torg), or one of the entry's own localities for "vilka orter";
- where something is ("Var kör folk skoter i Dorotea?"): the sentences naming a place that the
  question's words pick;
- how the work is followed up or measured, when the entry lists no follow-up ("Vem följer upp löftet?",
  "Hur ska polisen mäta närvaron?"): the sentences that say how something is followed up or measured,
  else the ones that answer the question's words;
- what a named programme, council or forum is ("Vad är Tryggare Trelleborg?", "Vad är VPC?"): the
  sentences that hold the name as written, the kommun's name in it included.

`ask(text, norm, tokens)` says which of these a message is; `framed` finds the sentences. Only the
frame picks the part of the entry; among its sentences the order is BM25's for the question's words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from bot.answering import detail_frames, how_frames, who_frames
from bot.answering.how_frames import SHOWED, SURVEYED
from bot.answering.intents import PLACE
from bot.answering.name_endings import NAME_ENDINGS
from bot.answering.knowledge import Municipality
from bot.answering.lexicon import (AGREEMENT_STEMS, ROLES, STOPWORDS, WANTS, CueSet, is_cue_word,
                                  wants_to_give_feedback)
from bot.answering.passages import (ABOUT_SOURCES, MAX_QUOTED, OPEN_TOPICS, SECOND_WITHIN, THRESHOLD, Passage, Passages,
                                    empty_aspect)
from bot.answering.pointed_out import (BODIES, PLACE_KINDS, YEAR, holds_name, names_a_body, names_a_named_place,
                                        names_a_place, names_of, of_the_years, pointed_places)
from bot.answering.pointed_out import sentence_words as _words
from bot.answering.times_asked import WHEN, says_when
from bot.answering.text_asks import (body_asked, figure_asked, figure_words, holds_body, holds_role, names_a_tool, role_asked, states_a_figure,
                                     tool_kind)
from bot.text import fold, tokens, without_genitive

# How the agreement, its promises or focus areas came about.
BASIS = CueSet.of({3: (
    "togs ~ fram", "tog ~ fram", "tagits ~ fram", "tas ~ fram", "tagit ~ fram", "framtag*", "tagna fram",
    "valdes ~ ut", "valde* ~ ut", "hur valdes", "hur valjs", "hur har ~ valts", "hur valde*", "valts ~ ut", "valjs ~ ut", "kom* ~ fram till", "kommit fram till",
    "bygger ~ pa", "byggde ~ pa", "grundar ~ sig", "ligger ~ till grund", "lag ~ till grund", "till grund for", "grundas ~ pa", "grundade* ~ sig", "baser* ~ pa", "utgar ~ fran", "utgick ~ fran",
    "tar ~ fram", "ta ~ fram", "underlag*", "varifran kommer", "hur bestamde*", "vem ~ bestamt", "vem bestamde*", "hur beslutade*", "hur prioriterade*", "varfor valde*",
    "drawn up", "draw up", "drew up", "drawing up", "drafted", "put together", "worked out", "based on",
    "base ~ on", "build on", "builds on", "built on", "came up with", "come up with", "rest on", "rests on", "come about",
    "came about", "how were ~ chosen", "how was ~ chosen", "how did ~ choose", "why were ~ chosen",
    "why did ~ choose", "how were ~ selected", "how did ~ select", "how were ~ decided", "how did ~ decide")})
# The lägesbild itself, with a word of how it is made, by whom or from what ("vem ansvarar för lägesbilden?",
# "vilka bidrar med info till lägesbilden?", "who contributes to the picture of the situation?"): its
# sentences and what the agreement builds on, never the glossary's definition of the word.
PICTURE = CueSet.of({3: ("lagesbild*", "problembild*", "picture of the situation", "picture of the local situation",
                         "situation picture", "situational picture", "joint picture", "local picture")})
MAKING = CueSet.of({3: ("ansvar*", "bidrar", "bidra", "bidragit", "info", "information", "uppgifter", "tar ~ fram",
                        "ta ~ fram", "tas ~ fram", "togs ~ fram", "tagit ~ fram", "framtag*", "vem gor", "vilka gor",
                        "hur gors", "hur gor", "sammanstaller", "utarbeta*", "responsible", "contribut*", "who makes", "who draws",
                        "how is ~ made", "how is ~ drawn up", "drawn up", "draws up", "put* ~ together", "provides",
                        "input")})
# What the lägesbild or a survey (SURVEYED, SHOWED: how_frames.py) says or showed about a subject ("vad säger
# Kalmars lägesbild om narkotika?", "vad visade trygghetsmätningarna om kvinnor och män?"): the entry's sentences
# on what it builds on and on the lägesbild that the subject's words pick, not a focus area sharing its word.
_SHOWING_STEMS = ("lagesbild", "problembild", "trygghetsmatning", "trygghetsundersokning", "trygghetsenkat",
                  "medborgarundersokning", "enkat", "undersokning", "survey", "sager", "visa", "framkom", "says",
                  "show", "picture", "situation")
# Contributing ("vilka bidrar med info till den?") after an answer on what the agreement or the lägesbild
# builds on: who contributes to that.
CONTRIBUTES = CueSet.of({3: ("bidrar", "bidra med", "bidragit", "lamnar ~ info*", "lamnar ~ uppgifter",
                             "contribut*", "who provides", "provide* ~ information", "input")})
_PICTURING = ("lagesbild", "problembild", "picture of", "situation picture", "picture of the")
# When something was decided ("när beslutade kommunstyrelsen om den?"): the sentence saying so.
DECIDED = CueSet.of({3: ("nar beslut*", "nar ~ beslut*", "nar fattade*", "nar ~ fattade*", "beslutsdatum*",
                         "when ~ decided", "when was ~ decided", "when did ~ decide", "when ~ approved")})
_DECIDING = ("beslut", "decide", "decision", "approved")
# A body's or the agreement's mandate: "vad har rådet för mandat?", "vem ansvarar för avtalet?", "what is its
# remit?", "who is responsible for the agreement?" (folded); a responsibility for a thing ("vem ansvarar för
# trygghetsvandringarna?") is that thing's sentence, not the mandate's.
_MANDATE = re.compile(r"\b(?:mandat\w*|befogenhet\w*|mandate\w*|remit)\b|\b(?:ansvar\w*|responsib\w*|in charge)\b"
                      r"(?:\s+\w+){0,2}?\s+(?:avtalet|overenskommelsen|samverkansoverenskommelsen|loftet|medborgarloftet|"
                      r"arbetet|samverkan|agreement|promise|work|cooperation)\b")
# In a sentence, the words that give a mandate: a responsibility held, a steering, deciding or coordinating.
_MANDATING = ("mandat", "ansvar", "styrning", "beslutar", "samordna", "mandate", "responsib", "steer", "decide",
              "coordinat")
# How the work is followed up or measured, asked of an entry that lists no follow-up of its own.
FOLLOW = CueSet.of({3: ("folj* ~ upp", "foljs upp", "uppfoljning*", "mats", "mater", "mata", "matning*",
                        "utvarder*", "followed up", "follow up", "follow-up", "measure*", "evaluat*", "hur vet ~ om",
                        "om ~ lyckas", "om ~ lyckats", "om ~ lyckades", "har ~ lyckats", "success*", "how ~ know if",
                        "know whether", "whether ~ worked", "if ~ worked")})
# In a sentence, the words that say how something is followed up or measured.
_FOLLOWING = ("uppfolj", "folj", "mats", "mata", "matning", "utvarder", "follow", "measur", "evaluat", "framgang", "success")
_FOLLOW_STEMS = ("folj", "uppfolj", "upp", "mat", "measur", "follow", "evaluat", "utvarder", "lyck", "success", "vet", "know")
_FOLLOWED = ("uppfoljning", "foljs upp", "foljas upp", "followed up", "follow-up", "utvardering")
_FOLLOWING_VERBS = ("uppfolj", "folj", "utvarder", "follow", "evaluat")  # a survey measured ("mätning") after these
# How often something is done: the sentence that says how often.
# "förnyas löftet varje år?", "is the promise renewed every year?" ask how often too.
OFTEN = CueSet.of({3: ("hur ofta", "how often", "hur manga ganger", "how many times", "med vilken frekvens",
                       "varje ar", "vartannat ar", "arligen", "every year", "each year", "annually")})
_OFTEN_WORDS = ("gang", "ganger", "varje", "varannan", "vartannat", "varannat", "vart annat", "arlig", "vecka", "manad", "dagligen", "times", "every",
                "weekly", "monthly", "annual", "yearly", "once", "twice", "per ar", "om aret", "a year", "i taget")
# "Vilken del av Ludvika …?", "vilken plats kändes mest otrygg?", "which part of town …?": where, as
# "var" asks it (never "vilket område", which may be a focus area).
_WHERE_NOUNS = frozenset(("del", "delen", "delar", "delarna", "plats", "platsen", "part", "parts", "place", "spot"))
# "Var …?" asks where, unless a verb of one's own doing follows ("var kan jag anmäla").
_NOT_WHERE = frozenset(("kan", "ska", "far", "hittar", "finns", "can", "should", "det", "it"))
# "vilket område gäller löftet?", "which neighbourhood is the promise about?": the place it covers.
_AREA_COVERED = re.compile(r"\b(?:vilket|vilken|which|what)\s+(?:omrade|area"
                           r")\s+(?:galler|omfattar|avser|handlar|is|does|covers)\b")
# "var ska kamerorna sitta?", "var kan polisen synas?": a thing's or the police's place, where "var ska
# jag anmäla" is one's own doing; the definite noun after the verb says so.
_THINGS_WHERE = re.compile(r"^(?!det$)\w{3,}(?:orna|arna|erna|na|en|et)$")
_ONESELF = frozenset(("jag", "vi", "man", "we", "you", "du"))  # and English "I", which folds as "i" (in)
# How many answered or took part: "hur många" with a word of answering or taking part.
COUNT = CueSet.of({3: ("hur manga", "how many", "antal*", "number of")})
_COUNTED = frozenset(("svarade", "besvarade", "besvarat", "svarat", "svar", "deltog", "deltagit", "deltagare",
                      "medverkade", "lamnade", "answered", "responded", "respondents", "replied", "answer",
                      "participated", "participants", "took", "enkat", "enkaten", "survey", "undersokningen",
                      "medborgardialogen", "dialogen"))
# In a sentence that holds a count, the words that say it counts answers or people.
_COUNTING = ("svar", "deltog", "deltag", "enkat", "personer", "invanare", "medborgare", "answered", "respond",
             "survey", "people", "residents", "took part")
# The words by which a question asks for one named thing of a kind ("vilka skolor", "which square").
_WHICH = frozenset(("vilken", "vilket", "vilka", "which", "heter", "namnen", "names"))
_WHICH_ONE = frozenset(("vilken", "which"))
# A role's verb as a sentence says it ("samordnas och följs upp av kommunstyrelsen"), for a role no
# sentence names: who does what the role does.
_DOING_STEMS = {"samordnare": "samordna", "koordinator": "koordiner", "coordinator": "coordinat"}
# The kinds asked for that name a part of a town ("vilket bostadsområde", "which district").
_DISTRICTS = ("bostadsomrad", "stadsdel", "district", "neighbo")
# "Vad är X?", "Vad innebär X?", "What is X?": a name asked about.
_DEFINING = re.compile(r"^\s*(?:vad|what)\s+(?:ar|innebar|betyder|menas med|is|does|are|was)\s+(.+?)[\s?.!]*$")
# "Vad gör Sollentunahem i samarbetet?", "What does Destination Sälenfjällen do?": what a partner or a
# programme named with a capital does, asked as written (a place or a cue word is no such name).
_DOING = re.compile(r"^\s*(?:vad|what)\s+(?:gör|gor|gjorde|does|did)\s+(?P<name>\w[\w-]*(?:\s+[\w-]+)*?)(?:\s+do)?"
                    r"(?:\s+(?:i|in|för|for|hos|at|med|with|inom|within)\s+.*)?[\s?.!]*$", re.IGNORECASE)
_ARTICLES = frozenset(("the", "en", "ett", "a", "an"))
NAMES = ("name", "partner")  # the frames that ask about a name as written (a partner's: "Vad gör Boxholmshus?")
_TRAILING = frozenset(("i", "in", "for", "hos", "at"))
# "vilka var med?" after an answer on how the agreement was drawn up asks who took part in that.
TOOK_PART = CueSet.of({3: ("vilka var med", "vilka deltog", "vem deltog", "vilka grupper", "vilka var inblandade",
                           "vilka medverkade", "who took part", "who was involved", "who were involved",
                           "which groups", "what groups")})
# A frame kept in the conversation's terms, so "och i Tanum?" asks the same of Tanum.
_MARK = "frame:"
REMEMBERED = ("basis", "picture", "count", "follow")
# The frames that only a question has: never something a resident tells the kommun.
ASKING_ONLY = ("count", "basis", "picture")
# Frames a concern's words may be asked in ("vilken stadsdel i Norrköping kändes otrygg?", "var känner sig
# folk otrygga?"): a question about what the text names, unless the resident says they want to tell.
ASKED_OF_THE_TEXT = ("where", "named")
_WHICH_FIRST = frozenset(("vilka", "vilken", "vilket", "which"))


def asks_the_text(asked: Ask | None, norm: str, toks: Sequence[str]) -> bool:
    """A where or which-named question in a concern's words that asks what the text names ("vilka
    stadsdelar känns otryggare i Kalmar?"): no wish to tell the kommun something, or a question opening
    with "vilka"/"which" (or "i vilket"/"in which") where the resident says no "jag vill"/"kan jag"."""
    if asked is None or asked.shape not in ASKED_OF_THE_TEXT:
        return False
    # "in which area do people feel unsafe?" opens with its "which" after a preposition
    return wants_to_give_feedback(norm) == 0 or (bool(set(toks[:2]) & _WHICH_FIRST) and not WANTS.found(norm))
_KOMMUN_WORDS = frozenset(("kommun", "kommunen", "kommuns", "stad", "staden", "municipality", "city", "town", "i",
                           "in", "of", "the"))


@dataclass(frozen=True)
class Ask:
    """What the question's frame asks for: `shape` is decided, basis, often, where, count, follow, mandate, named, places or name; `endings`
    how the names of the kind asked end; `names` the folded words of the name asked about, the
    longest reading first."""

    shape: str  # or role, figure (bot/answering/text_asks.py)
    endings: tuple[str, ...] = ()
    names: tuple[tuple[str, ...], ...] = ()


def ask(text: str, norm: str, toks: Sequence[str], masked: Sequence[str] = ()) -> Ask | None:
    """Which of the framed detail questions the message is, or None (read once, as the Reading's
    `detail_ask`); `masked`: the tokens with place names masked (the tokens when not given)."""
    toks = tuple(toks)
    if (early := how_frames.shape(norm, toks)) is not None:  # before "where" and "figure" take them
        return Ask(early)
    if OFTEN.found(norm):
        return Ask("often")
    if WHEN.found(norm):  # "när på veckan …?", "vilken tid …?": the day or hour, not the period
        return Ask("when")
    if (toks[:1] in (("var",), ("where",)) and len(toks) > 2 and (toks[1] not in _NOT_WHERE or _THINGS_WHERE.match(toks[2]))
            and not set(toks[1:3]) & _ONESELF and not (toks[0] == "where" and "i" in toks[1:3])):
        return Ask("where")
    if any(word in _WHICH_ONE and toks[at + 1:at + 2] and toks[at + 1] in _WHERE_NOUNS for at, word in enumerate(toks)):
        return Ask("where")
    if _AREA_COVERED.search(norm) or detail_frames.where_asked(toks):  # "vilket område gäller löftet?", "i vilken ort …?"
        return Ask("where")
    if COUNT.found(norm) and set(toks) & _COUNTED:
        return Ask("count")
    if DECIDED.found(norm):
        return Ask("decided")
    role = role_asked(toks) or role_asked(tokens(text))  # as written: the speller takes "strategist" for "strategisk"
    if role is not None:
        return Ask("role", names=(role,))
    body = body_asked(norm, masked or toks)
    if body is not None:
        return Ask("members", names=(body,))
    if figure_asked(norm):
        return Ask("figure")
    if _MANDATE.search(norm) and not (PICTURE.found(norm) and MAKING.found(norm)):
        return Ask("mandate")
    framed_shape = detail_frames.shape(norm, masked or toks)  # "vilket brott anmäls oftast?", "varför … på X?"
    # the basis named ("enligt underlaget för löftet"): its sentences, whatever frame is asked of them
    if framed_shape is not None and "underlag" not in norm:
        return Ask(framed_shape)
    if PICTURE.found(norm) and MAKING.found(norm):
        return Ask("picture")
    if (PICTURE.found(norm) or SURVEYED.found(norm)) and SHOWED.found(norm) and _a_subject(masked or toks):
        return Ask("showed")
    if SURVEYED.found(norm) and SHOWED.found(norm) and not {"om", "about"} & set(toks):  # of nothing else named
        return Ask("survey")
    # "vad bygger dals-eds medborgarlöfte 2021 på?": a place of several words is one word in the gap
    if (BASIS.found(norm) or BASIS.found(" ".join(masked))) and not _when_made(norm):
        return Ask("basis")
    if FOLLOW.found(norm):
        return Ask("follow")
    for at, token in enumerate(toks):
        if token not in _WHICH:
            continue
        for kind in toks[at + 1:at + 3]:
            if kind in PLACE_KINDS:
                return Ask("places")
            tool = tool_kind(kind)
            if tool is not None:
                return Ask("tool", (tool,))
            for start, endings in NAME_ENDINGS.items():
                if kind.startswith(start) and (len(start) > 3 or kind in (start, start + "er", start + "ar",
                                                                         start + "en", start + "et", start + "na")):
                    return Ask("named", endings, ((start,),))
    doing = _DOING.match(text)
    if doing and doing.group("name")[:1].isupper():
        words = tokens(doing.group("name"))
        at = len(tokens(text[:doing.start("name")]))
        if words and not is_cue_word(words[0]) and words[0] not in STOPWORDS and (
                not masked or at >= len(masked) or masked[at] != PLACE):
            return Ask("partner", names=(tuple(words),))
    defined = _DEFINING.match(fold(text))
    if defined:
        words = [t for t in tokens(defined.group(1)) if t not in ("mean", "betyder", "innebar")]
        while words and words[0] in _ARTICLES:
            words = words[1:]
        # "Vad är medborgarlöftet i Hisings Backa?" asks for the agreement itself, not a sentence naming it.
        if words and not (words[0].startswith(AGREEMENT_STEMS) and (len(words) == 1 or words[1] in _TRAILING)):
            return Ask("name", names=_names(words))
    return None


# "Vem var kommunstyrelsens ordförande när avtalet 2023 togs fram?": the making dates the person asked
# for by role; it is no question of how the agreement was made.
_WHEN_CLAUSE = re.compile(r"\b(?:nar|da|when|at the time)\b")


def _when_made(norm: str) -> bool:
    """The words of making stand only in a when-clause after a role asked for ("vem var KSO när löftet
    togs fram", "who was the chair when the 2023 agreement was drawn up")."""
    when = _WHEN_CLAUSE.search(norm)
    if when is None:
        return False
    head = norm[:when.start()]
    return not BASIS.found(head) and any(cues.found(head) for cues in ROLES.values())


def _names(words: list[str]) -> tuple[tuple[str, ...], ...]:
    """The name asked about as written, then without a trailing "i Ale" ("Trygg i Ale" is a name, "VPC
    i Botkyrka" is VPC)."""
    found = [tuple(words)]
    if len(words) > 2 and words[-2] in _TRAILING:
        found.append(tuple(words[:-2]))
    return tuple(found)


def remember(asked: Ask | None, terms: Sequence[str]) -> tuple[str, ...]:
    """The conversation's terms after a framed answer: the question's, and its frame when the frame
    alone says what is asked (how it was drawn up, how many answered, how it is followed up)."""
    words = tuple(t for t in terms if not t.startswith(_MARK))
    return (*words, _MARK + asked.shape) if asked is not None and asked.shape in REMEMBERED else words


def remembered(terms: Sequence[str]) -> Ask | None:
    """The frame the conversation's last answer was asked with, if `remember` kept it."""
    return next((Ask(t[len(_MARK):]) for t in terms if t.startswith(_MARK)), None)


def without_frame(terms: Sequence[str]) -> list[str]:
    return [t for t in terms if not t.startswith(_MARK)]


def counts(sentence: str) -> bool:
    """Whether a sentence holds a count: a number that is not a year ("188 personer", "drygt 700")."""
    return any(not YEAR.match(n) for n in re.findall(r"\d+", sentence))


def _a_subject(masked: Sequence[str]) -> bool:
    """Whether what the lägesbild or survey is asked about is a subject ("om narkotika"), not only the
    kommun ("vad säger lägesbilden om Lund?" asks of Lund's lägesbild as a whole)."""
    return any(len(t) > 4 and t != PLACE and not t.startswith(_SHOWING_STEMS) and not is_cue_word(t)
               for t in masked) or any(t in ("kvinnor", "man", "women", "men") for t in masked)


def _stem_picked(chosen: list[Passage], masked: Sequence[str]) -> list[Passage]:
    """The passages holding a word that begins as one of the question's longer words does, or a
    compound that holds its stem ("löftet" in "medborgarlöfte", "tryggheten" as "trygga"), which
    BM25's exact stems miss."""
    stems = {t[:5] for t in masked if len(t) > 5 and t != PLACE}  # "tryggheten" is a stopword: kept here
    return [p for p in chosen if any(w[:5] in stems or len(w) > 8 and any(stem in w for stem in stems)
                                     for w in _words(p.text))]


@lru_cache(maxsize=16384)
def _says_how_often(sentence: str) -> bool:
    folded = f" {' '.join(tokens(sentence))} "
    return any(f" {word}" in folded for word in _OFTEN_WORDS)


@lru_cache(maxsize=16384)
def counting(sentence: str) -> bool:
    """Whether a sentence with a count says it counts answers or people ("besvarades av 188 personer")."""
    folded = fold(sentence)
    return counts(sentence) and any(word in folded for word in _COUNTING)


def _holds(passage: Passage, name: tuple[str, ...]) -> bool:
    return holds_name(_words(passage.text), name) or holds_name(_words(passage.label), name)


def holders(found: Passages, asked: Ask, language: str) -> dict[str, list[Passage]]:
    """"Vad är VPC?" with no kommun named: per kommun, the sentences that hold the name as written."""
    for name in asked.names:
        if len(name) == 1 and not _names_a_thing(found, name[0]):
            continue
        held: dict[str, list[Passage]] = {}
        for passage in found.holding(name, language):
            if passage.kind not in ABOUT_SOURCES and _holds(passage, name):
                held.setdefault(passage.municipality_id, []).append(passage)
        if held:
            return held
    return {}


def _only(name: tuple[str, ...], places: set[str]) -> bool:
    """Whether a name is only the kommun's own ("Lund", "Lunds kommun")."""
    return {without_genitive(w) or w for w in name if w not in _KOMMUN_WORDS} <= places


def _names_a_thing(found: Passages, word: str) -> bool:
    """A word that can make a name: not a question's or a cue's word, nor one most entries hold."""
    return len(word) > 2 and word not in STOPWORDS and not is_cue_word(word) and bool(found.specific([word]))


def framed(found: Passages, muni: Municipality, asked: Ask, masked: Sequence[str], language: str,
           topic: str | None = None) -> list[tuple[float, Passage]]:
    """The entry's sentences that answer a framed question, best first (at most MAX_QUOTED), or []:
    of those the frame picks, the ones BM25 ranks highest for the question's words, else the first.
    A name is looked for only when no fixed aspect was asked ("What is the period?" is the period's)."""
    if asked.shape in NAMES and topic not in OPEN_TOPICS:
        return []
    # "vilket bostadsområde handlar löftet 2024–2025 om?": a year names which agreement's sentences answer
    own = of_the_years(muni, [p for p in found.of(muni.id, language) if p.kind not in ABOUT_SOURCES], masked)
    if asked.shape == "basis":
        chosen = [p for p in own if p.kind == "basis"]
    elif asked.shape == "picture":  # the sentences on the lägesbild, and what the agreement builds on
        picturing = [p for p in own if any(word in fold(p.text) for word in _PICTURING)]
        # An area "framtaget utifrån lägesbilden" says what came of it, not how it is made: last resort.
        chosen = [p for p in own if p.kind == "basis"] + [p for p in picturing if p.kind not in ("basis", "area", "measure")] \
            or picturing
    elif asked.shape == "showed":  # what it builds on and the lägesbild, as the subject's words pick them
        masked = [t for t in masked if not t.startswith(_SHOWING_STEMS)]
        chosen = [p for p in own if p.kind == "basis" or p.kind not in ("area", "measure") and any(
            word in fold(p.text) for word in (*_PICTURING, "matning", "enkat", "undersokning", "survey"))]
        if not any(passage in chosen for _, passage in found.rank(muni.id, masked, language)):
            # "om tryggheten" of a sentence on who feels "trygga": the subject's stem, else of nothing
            # the question names, and the subject's own answer is the one to give.
            chosen = _stem_picked(chosen, masked)
            if not chosen:
                return []
    elif asked.shape == "decided":  # "när beslutade kommunstyrelsen om den?": the sentence that says so
        chosen = [p for p in own if any(word in fold(p.text) for word in _DECIDING) and re.search(r"\d", p.text)]
    elif asked.shape == "follow":
        if not empty_aspect(muni, "follow_up"):
            return []  # the entry's own follow-up answers
        # Ranked by what is followed up; of equals, how the work is followed up ("uppföljningen sker i rådet") first.
        masked = [t for t in masked if not t.startswith(_FOLLOW_STEMS + AGREEMENT_STEMS)]
        chosen = sorted((p for p in own if any(word in fold(p.text) for word in _FOLLOWING)), key=lambda p: (
            not any(word in fold(p.text) for word in _FOLLOWED), not any(w in fold(p.text) for w in _FOLLOWING_VERBS)))
        if not chosen:  # "Hur ska polisen mäta närvaron?": what the entry says of what is to be measured
            return found.answering(muni.id, masked, language)
    elif asked.shape == "often":
        chosen = [p for p in own if _says_how_often(p.text)]
        if not any(passage in chosen for _, passage in found.rank(muni.id, masked, language)):
            # "förnyas löftet varje år?" of "Ett nytt medborgarlöfte skrivs en gång om året.": how often the
            # agreement itself is signed or followed up, by a stem shared; else how often of nothing the
            # question names ("hur många gånger skulle polisen vara på plats?" is no sentence on a cycle).
            cycle = [p for p in chosen if p.kind in ("signing", "follow_up")]
            chosen = _stem_picked(cycle, [t for t in masked if not t.startswith(("varje", "every", "arlig"))])
            if not chosen:
                return []  # how often, but of nothing the question names
    elif asked.shape == "when":  # an area's title may hold the day alone ("… varje helgfri torsdag kl. 10–11")
        chosen = [p for p in own if says_when(p.text) or p.kind == "area" and says_when(p.label)]
        if not any(passage in chosen for _, passage in found.rank(muni.id, masked, language)):
            # "när på veckan var polisen på plats?" of "uniformerad polis … varje helgfri torsdag": a stem
            # shared ("polis"); else a day, but of nothing the question names. "…, vilken dag, och …" names
            # nothing but the day: every sentence that names one.
            named = [t for t in masked if len(t) > 3 and t not in STOPWORDS and not is_cue_word(t)]
            chosen = _stem_picked(chosen, masked) if named else chosen
    elif asked.shape == "count":
        chosen = [p for p in own if counting(p.text)]
    elif asked.shape == "named":  # a partner's sentence opens with its name ("Grannsamverkansföreningar: …")
        kind = asked.names[0][0] if asked.names else ""
        if kind in BODIES:  # "i vilket råd …?": "det lokala brottsförebyggande rådet" is one, unnamed
            # A forum asked of "UmeBrå, Umeå kommuns lokala … förebyggande råd": a council is one whatever it is asked as.
            chosen = [p for p in own if names_a_body(p.text, asked.endings) or "rad" in _words(p.text)]
            # The entry's part on the body itself, or on how the work is followed up in it, before a
            # sentence that names a council in passing ("en metod framtagen av Brottsförebyggande rådet").
            chosen = [p for p in chosen if p.kind == "follow_up" or names_a_body(p.label, asked.endings)] or chosen
        else:
            chosen = [p for p in own if names_of(p.text, asked.endings, kind)
                      or (p.kind in ("partner", "party") and names_of(f"x {p.text}", asked.endings))]
        if not chosen and kind in _DISTRICTS:  # "Fokus ligger i den del av Rosengård, …": a district by name
            chosen = [p for p in own if p.kind not in ("partner", "party") and names_a_named_place(p.text, fold(muni.name))]
    elif asked.shape == "where":  # "Var kör folk skoter i Dorotea?": a place the question's words name
        localities = [tuple(tokens(name)) for name in muni.localities]
        chosen = [p for p in own if any(holds_name(_words(p.text), name) for name in localities if name)
                  or names_a_place(p.text, fold(muni.name))]
        covered = _AREA_COVERED.search(" ".join(masked)) is not None
        # "vilket område gäller löftet?" names nothing but the frame: the place the basis names, else the
        # basis itself ("… the western area including Tjärna Ängar"), which says where if anything does.
        chosen = chosen or [p for p in own if covered and p.kind == "basis"]
        if not any(passage in chosen for _, passage in found.rank(muni.id, masked, language)) and not (
                covered and chosen[:1] and chosen[0].kind in ("basis", "purpose")):
            return []
    elif asked.shape == "role":  # a role no listed person holds: the sentences that name it
        role = asked.names[0]
        if any(holds_role(p.role, role) or holds_role(p.role_en, role) for p in muni.people):
            return []  # the people answer names them
        chosen = [p for p in own if holds_role(p.text, role) or holds_role(p.label, role)]
        doing = _DOING_STEMS.get(role[-1])
        if not chosen and doing:  # "Vem samordnar arbetet?": who the text says coordinates ("samordnas av …")
            chosen = [p for p in own if any(t.startswith(doing) for t in _words(p.text))]
    elif asked.shape == "members":  # "Vilka ingår i styrgruppen?": the sentences naming the body
        chosen = who_frames.members_first([p for p in own if holds_body(p.text, asked.names[0]) or holds_body(p.label, asked.names[0])])
    elif asked.shape == "mandate":  # "vad har det för mandat?": a responsibility held, before a steering or deciding
        chosen = sorted((p for p in own if any(word in fold(p.text) for word in _MANDATING)),
                        key=lambda p: not any(word in fold(p.text) for word in _MANDATING[:2] + _MANDATING[6:8]))
    elif asked.shape == "tool":  # "Vilket IT-verktyg använder Klippan?": the sentences naming one
        chosen = [p for p in own if names_a_tool(p.text, asked.endings[0]) or names_a_tool(p.label, asked.endings[0])]
    elif asked.shape == "figure":  # "Vilket datum har lägesbilden?": a figure among what the words pick
        words = figure_words(masked)
        # an area's figure may stand in its title alone ("Minst tre medborgarmöten i offentlig miljö per år")
        stated = [(s, p) for s, p in (found.rank(muni.id, words, language) if words else [])
                  if p.kind not in ABOUT_SOURCES and (states_a_figure(p.text) or p.kind == "area" and states_a_figure(p.label))]
        if not stated or stated[0][0] < THRESHOLD:
            return []
        return [stated[0], *[(s, p) for s, p in stated[1:MAX_QUOTED] if s >= SECOND_WITHIN * stated[0][0]]]
    elif asked.shape == "places":
        return pointed_places(found, muni, own, masked, language)
    elif asked.shape in detail_frames.SHAPES:
        return [(1.0, p) for p in detail_frames.chosen(found, muni, asked.shape, own, masked, language)[:MAX_QUOTED]]
    else:
        chosen = []
        own_name = {t for name in (muni.name, *muni.aliases, *muni.localities) for t in tokens(name)}
        for name in asked.names:
            if len(name) == 1 and not _names_a_thing(found, name[0]) or _only(name, own_name):
                continue  # words in order are a name, one word only when it can be one; "Vad är Lund?" is none
            chosen = [p for p in own if _holds(p, name)]
            if chosen:
                break
    if not chosen:
        return []
    scores = {id(p): score for score, p in found.rank(muni.id, masked, language)}
    order = {id(p): i for i, p in enumerate(chosen)}
    ranked = sorted(chosen, key=lambda p: (-scores.get(id(p), 0.0), order[id(p)]))
    # An area's title and its source's sentence are one answer: the better of them only.
    firsts: dict[tuple[str, str], Passage] = {}
    for p in ranked:
        firsts.setdefault((p.kind, p.key) if p.key else (p.kind, str(id(p))), p)
    ranked = list(firsts.values())
    best = scores.get(id(ranked[0]), 0.0)
    # A second sentence none of the question's words picks is no answer beside one they pick.
    return [(scores.get(id(p), 0.0), p) for p in ranked[:MAX_QUOTED] if p is ranked[0] or not best or scores.get(id(p))]
