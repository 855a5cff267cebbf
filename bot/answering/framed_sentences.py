"""The entry's sentences that answer a framed question (detail_asks.py says which frame a message
asks with): for each frame, the sentences its kind picks (what the agreement builds on, the
lägesbild, how often, a count, a named place, school or body, a role, a figure, …), ranked by BM25
for the question's own words; and, with no kommun named, the kommuner whose sentences hold a name.

Apart from detail_asks.py because reading the question's frame and choosing the entry's sentences
are two jobs: the first reads only the message, this one reads only the entry's passages.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from bot.answering import detail_frames, extension_asks, lead_asks, start_asks, who_frames
from bot.answering.detail_asks import AREA_COVERED, Ask, NAMES, SHOWING_STEMS
from bot.answering.intents import PLACE
from bot.answering.knowledge import Municipality
from bot.answering.common_words import STOPWORDS
from bot.answering.lexicon import AGREEMENT_STEMS, is_cue_word
from bot.answering.passage_kinds import ABOUT_SOURCES, Passage, entry_passages, sentences
from bot.answering.passages import MAX_QUOTED, OPEN_TOPICS, SECOND_WITHIN, THRESHOLD, Passages, empty_aspect
from bot.answering.pointed_out import (BODIES, YEAR, holds_name, names_a_body, names_a_named_place, names_a_place,
                                       names_of, of_the_years, pointed_places)
from bot.answering.pointed_out import felt_where
from bot.answering.pointed_out import sentence_words as _words
from bot.answering.text_asks import figure_words, holds_body, holds_role, names_a_tool, states_a_figure
from bot.answering.times_asked import says_when
from bot.text import fold, tokens, without_genitive


_PICTURING = ("lagesbild", "problembild", "picture of", "situation picture", "picture of the")
_DECIDING = ("beslut", "decide", "decision", "approved")
# In a sentence, the words that give a mandate: a responsibility held, a steering, deciding or coordinating.
_MANDATING = ("mandat", "ansvar", "styrning", "beslutar", "samordna", "mandate", "responsib", "steer", "decide",
              "coordinat")
# In a sentence, the words that say how something is followed up or measured.
_FOLLOWING = ("uppfolj", "folj", "mats", "mata", "matning", "utvarder", "follow", "measur", "evaluat", "framgang", "success")
_FOLLOW_STEMS = ("folj", "uppfolj", "upp", "mat", "measur", "follow", "evaluat", "utvarder", "lyck", "success", "vet", "know")
_FOLLOWED = ("uppfoljning", "foljs upp", "foljas upp", "followed up", "follow-up", "utvardering")
_FOLLOWING_VERBS = ("uppfolj", "folj", "utvarder", "follow", "evaluat")  # a survey measured ("mätning") after these
_OFTEN_WORDS = ("gang", "ganger", "varje", "varannan", "vartannat", "varannat", "vart annat", "arlig", "vecka", "manad", "dagligen", "times", "every",
                "weekly", "monthly", "annual", "yearly", "once", "twice", "per ar", "om aret", "a year", "i taget")
# In a sentence that holds a count, the words that say it counts answers or people.
_COUNTING = ("svar", "deltog", "deltag", "enkat", "personer", "invanare", "medborgare", "answered", "respond",
             "survey", "people", "residents", "took part")
# A role's verb as a sentence says it ("samordnas och följs upp av kommunstyrelsen"), for a role no
# sentence names: who does what the role does.
_DOING_STEMS = {"samordnare": "samordna", "koordinator": "koordiner", "coordinator": "coordinat"}
# The kinds asked for that name a part of a town ("vilket bostadsområde", "which district").
_DISTRICTS = ("bostadsomrad", "stadsdel", "district", "neighbo")
_KOMMUN_WORDS = frozenset(("kommun", "kommunen", "kommuns", "stad", "staden", "municipality", "city", "town", "i",
                           "in", "of", "the"))


# How a sentence says what something builds on or was drawn up from (folded): a closed set of Swedish and
# English phrasings, read on the entry's side, where the writer's words are few (a resident's are not).
_BASED = re.compile(r"\b(?:utifran|utgar fran|utgick fran|bygger pa|byggde pa|grundar sig|grundade sig|grundas pa|"
                    r"till grund|baserad\w* pa|baseras pa|underlag\w*|kom fram ur|framkommit|based on|builds on|"
                    r"drawn up (?:after|from)|on the basis of)\b")


@lru_cache(maxsize=16384)
def says_its_basis(sentence: str) -> bool:
    """Whether a sentence says what something builds on or was drawn up from."""
    return _BASED.search(fold(sentence)) is not None


def _source_bases(muni: Municipality, language: str) -> list[Passage]:
    """The sentences of the agreements' own quotes that say what they were drawn up from ("Utifrån bland annat
    statistikunderlag, enkäter och anmälda brott …"), in Swedish, as the source wrote them. Not indexed: most of
    a quote says the period or the signing, which the passages would then quote for anything."""
    held = {p.text for p in found_texts(muni)}
    label = "I källan" if language != "en" else "In the source (in Swedish)"
    return [Passage(muni.id, "source_quote", label, sentence, agreement.source_id, language, agreement.id)
            for agreement in muni.agreements for sentence in sentences(agreement.quote)
            if says_its_basis(sentence) and sentence not in held]


def found_texts(muni: Municipality) -> list[Passage]:
    """The entry's own passages, in Swedish (what a quote's sentence is not said beside twice)."""
    return [p for p in entry_passages(muni) if p.language == "sv"]


def counts(sentence: str) -> bool:
    """Whether a sentence holds a count: a number that is not a year ("188 personer", "drygt 700")."""
    return any(not YEAR.match(n) for n in re.findall(r"\d+", sentence))


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


# A day of a month ("Från den 26 april 2023"): a date, never a count.
_DAY_OF_MONTH = re.compile(r"\b\d{1,2}\.?\s+(?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)", re.IGNORECASE)
_COUNT_NEAR = 4  # words between the count and what says it counts answers or people ("besvarades av 188 personer")


@lru_cache(maxsize=16384)
def counting(sentence: str) -> bool:
    """Whether a sentence with a count says it counts answers or people ("besvarades av 188 personer"): the
    number (no year, no day of a month) a few words from a word of answering or of people, so neither "från den
    26 april" nor "en polisgrupp på fem personer sedan 1 september" counts who answered."""
    if not counts(sentence):
        return False
    toks = tokens(_DAY_OF_MONTH.sub(" ", sentence))
    return any(t.isdigit() and not YEAR.match(t) and any(
        word in " ".join(toks[max(0, at - _COUNT_NEAR):at + _COUNT_NEAR + 1]) for word in _COUNTING)
        for at, t in enumerate(toks))


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
        # What the agreement builds on; where the entry has no such part, a sentence that says what
        # something was drawn up from ("Utifrån … enkäter och anmälda brott har … legat till grund för de mål").
        chosen = [p for p in own if p.kind == "basis"] or [p for p in own if says_its_basis(p.text)]
        chosen += of_the_years(muni, _source_bases(muni, language), masked)
    elif asked.shape == "picture":  # the sentences on the lägesbild, and what the agreement builds on
        picturing = [p for p in own if any(word in fold(p.text) for word in _PICTURING)]
        # An area "framtaget utifrån lägesbilden" says what came of it, not how it is made: last resort.
        chosen = [p for p in own if p.kind == "basis"] + [p for p in picturing if p.kind not in ("basis", "area", "measure")] \
            or picturing
    elif asked.shape == "showed":  # what it builds on and the lägesbild, as the subject's words pick them
        masked = [t for t in masked if not t.startswith(SHOWING_STEMS)]
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
            # "how often does X make an agreement with the police?": what a source says of its renewal
            # ("varje år träffar en överenskommelse"), which no passage holds.
            if not chosen and muni.renewal is not None and any(t.startswith(AGREEMENT_STEMS) for t in masked):
                text = muni.renewal.text_en if language == "en" and muni.renewal.text_en else muni.renewal.text
                if _says_how_often(text):
                    chosen = [Passage(muni.id, "source_quote", "Förnyelse" if language != "en" else "Renewal", text,
                                      muni.renewal.source_id, language)]
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
    elif asked.shape == "starts":  # "när börjar X med medborgarenkäten?": the sentence with its own time phrase
        timed = [p for p in own if start_asks.timed(p.text) or p.kind == "area" and start_asks.timed(p.label)]
        picked = [(s, p) for s, p in found.rank(muni.id, start_asks.subject(masked), language) if p in timed]
        if not picked or picked[0][0] < THRESHOLD:
            return []  # of nothing a timed sentence holds: the period answers
        return [picked[0], *[(s, p) for s, p in picked[1:MAX_QUOTED] if s >= SECOND_WITHIN * picked[0][0]]]
    elif asked.shape == "hired":  # "vad skulle kommunen anställa?": the sentences saying whom
        chosen = lead_asks.hiring(own)
    elif asked.shape == "extend":  # "kan avtalet förlängas?": the sentences on an extension
        chosen = extension_asks.chosen(muni, own, language)
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
        masked = felt_where(masked)
        localities = [tuple(tokens(name)) for name in muni.localities]
        chosen = [p for p in own if any(holds_name(_words(p.text), name) for name in localities if name)
                  or names_a_place(p.text, fold(muni.name))]
        covered = AREA_COVERED.search(" ".join(masked)) is not None
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
        if not chosen and doing:  # "Who coordinates the work?" of a Swedish sentence: who leads it, contact first
            chosen = [p for p in own if p.kind == "contact" and lead_asks.says_who(p.text)]
    elif asked.shape == "lead":  # who leads, coordinates or works together: the contact sentence first
        # Only where the entry's contact sentence says it: elsewhere the parties' and people's answers stand.
        chosen = [p for p in own if lead_asks.says_who(p.text, asked.endings == ("together",))]
        contact = [p for p in chosen if p.kind == "contact"]
        if not contact or asked.endings == ("together",) and muni.partners:  # the partners listed answer
            return []
        ranked = [p for _, p in found.rank(muni.id, masked, language) if p in chosen and p not in contact]
        rest = [p for p in chosen if p not in ranked and p not in contact and p.kind == "basis"]
        return [(1.0, p) for p in (contact + ranked + rest)[:MAX_QUOTED]]
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
        places = asked.names[0] if asked.shape == "why" and asked.names else ()
        return [(1.0, p) for p in detail_frames.chosen(found, muni, asked.shape, own, masked, language, places)[:MAX_QUOTED]]
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
