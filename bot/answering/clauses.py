"""Several questions in one message, each answered in order, in one reply.

    "Två frågor om Burlöv: vem är kommunstyrelsens ordförande och när går avtalet ut?"
        ──► split ──► ["Två frågor om Burlöv: vem är kommunstyrelsens ordförande", "när går avtalet ut?"]
        ──► each clause answered in turn against one conversation (the second keeps the first's
            municipality, county or people, as a follow-up would) ──► one Answer

A message is taken apart only when the whole of it reads as a question (an emergency never is) and
every clause gets an answer of its own: a clause that alone asks nothing ("och vad gör hen?" with
nobody named before) keeps the message whole, and so do clauses that would answer the same (the
same aspect of the same municipality). A part that asks nothing ("Jag bor i Lund.") goes with the
question after it; a clause of question words alone ("…, av vem?", "by whom") asks what the clause
before it asked; aspects named one after the other ("period och fokusområden för Mjölby", "focus
areas, end date and contacts") are each answered, in the order named.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

from bot.answering import aspect_shapes, lexicon, said_before
from bot.answering.answer import Answer
from bot.answering.clause_breaks import (COLON_BREAK, HEADING, PAIRED_AFTER, PAIRED_BEFORE, V1_AT, V1_SUBJECT_AT,
                                         VERB_FIRST_AT, breaks, unheaded)
from bot.answering.compose import join_words
from bot.answering.conversation import Conversation
from bot.answering.said_before import SOURCE_PREFIXES
from bot.text import fold, kept, message_store, tokens

# A clause asks something: a question mark, a question word anywhere, or a verb first ("Finns det …",
# "Berätta om …").
ASKING_WORDS = frozenset({"hur", "vad", "vem", "vems", "vilka", "vilken", "vilket", "nar", "varfor", "how",
                          "what", "who", "whom", "whose", "which", "when", "where", "why"})
ASKING_FIRST = frozenset({"var", "finns", "galler", "har", "kan", "ar", "is", "are", "does", "do", "can", "has",
                          "beratta", "tell", "visa", "show", "forklara", "explain", "beskriv", "describe",
                          # a yes/no question opening with its verb ("Hör Falun och Avesta till samma
                          # polisområde och vad prioriterar de?", "Satsar Lund på trafik, och vem skrev under?")
                          "hor", "tillhor", "ligger", "delar", "stammer", "ingar", "samarbetar", "samverkar",
                          "satsar", "fokuserar", "lovar", "lovade", "foljs", "fornyas"})
_OPENING_CONNECTORS = frozenset(("o", "och", "samt", "plus", "sen", "then", "and", "also"))
# A clause of question words alone ("av vem", "by whom", "och när"): it asks what the clause before
# it asked, of something else.
_BARE = ASKING_WORDS | {"var", "vart", "och", "o", "samt", "and", "also", "da", "then", "av", "for", "med", "till",
                        "fran", "sedan", "sen", "om", "i", "by", "with", "until", "from", "since", "in", "on", "of",
                        "at", "to", "long", "lange", "det", "it", "manga", "many", "much", "mycket"}
_ASKING_WORD = re.compile(rf"\b(?:{'|'.join(sorted(ASKING_WORDS | {'när', 'varför'}))})\b", re.IGNORECASE)
# What a message of several questions may be read as whole when a clause's words are a concern's or a
# limit's ("… och vilken plats kändes mest otrygg?"), or when the model, not a danger rule, hears a
# resident's situation in the asks together ("Who chairs the executive board in Bjuv and what was the index
# in the last survey?" read as a victim's): taken apart when every clause asks on its own (`each_asks`).
ASKED_BESIDE = ("concern", "limit", "situation")
MAX_CLAUSES = 4  # more than this is a list of words, not of questions
# Aspects named one after the other: a word or a pair that names one outright (a cue this strong),
# with nothing but a comma, "och"/"and" and the like between them.
NAMES_AN_ASPECT = 3
_WORD = re.compile(r"\w+")
_JOINED = re.compile(r"\s*(?:,\s*|(?:,\s*)?(?:och|o|samt|plus|and|&|\+|/)\s+)(?:(?:the|its|their|dess|deras|sina)\s+)?",
                     re.IGNORECASE)
# Answers that say the clause was not understood on its own: the message is then read whole.
# The list of every municipality answers a clause whose subject was in the one before ("… och
# vilka kommuner har ett?"): read whole, the message names it.
NOT_AN_ANSWER = frozenset({"out_of_scope", "suggest", "unsure", "greeting", "thanks", "municipalities"})
# Answers across the kommuner (agreements in force, a term's list, a comparison, the list of them all):
# a clause that gets one while a later clause names the kommun asks of that kommun.
ACROSS = frozenset({"in_force", "cross", "compare", "ranking", "municipalities"})
_WHICH_AGREEMENTS = re.compile(r"\b(?:vilka|which|what) (?:avtal|medborgarloften|overenskommelser|samverkansavtal|"
                               r"agreements|promises|citizen promises)\b")
_ACROSS_WORDS = frozenset({"kommuner", "kommunerna", "alla", "andra", "avtalen", "loftena", "medborgarloftena",
                           "overenskommelserna", "landet", "sverige", "municipalities", "councils", "all", "other",
                           "agreements", "promises", "country", "sweden"})

# The words a later clause names the kommuner of the clause before by ("i båda", "for both of them", "respektive").
_BOTH = re.compile(r"\s*\b(?:(?:i|för|for|hos|av|in|of)\s+)?(?:de\s+|dem\s+)?(?:båda|bada|bägge|bagge|both|respektive)"
                   r"(?:\s+(?:kommunerna|of them|municipalities))?\b", re.IGNORECASE)
R = TypeVar("R")
_A_YEAR = re.compile(r"^(?:19|20)\d\d$")


# The clauses of the message's texts: split for the premises, for whether each asks, and to answer each; and
# the same as what each tells and asks (`each_asks`, for a message read whole as a concern or a limit).
_SPLIT: dict[str, tuple[str, ...]] = message_store()
_TOLD_AND_ASKED: dict[str, tuple[tuple[str, str], ...]] = message_store()


def split(text: str) -> list[str]:
    """The clauses of a message, each with some words in it; one clause when it asks one thing.
    A part that asks nothing ("Jag bor i Lund.") is kept with the question after it."""
    return list(kept(_SPLIT, text, _split))  # a list of its own: a caller may change it


def _split(text: str) -> tuple[str, ...]:
    return tuple(f"{told} {asked}".strip() for told, asked in told_and_asked(text))


def told_and_asked(text: str) -> list[tuple[str, str]]:
    """The clauses of `split`, each as what it tells before its question and the question ("Min son hänger
    med fel gäng.", "Vad gör Vännäs mot narkotika?"); a message that asks nothing is one clause of telling."""
    return list(kept(_TOLD_AND_ASKED, text, _told_and_asked))  # a list of its own: a caller may change it


def _told_and_asked(text: str) -> tuple[tuple[str, str], ...]:
    parts = [p.strip() for p in _broken(text)]
    parts = [p for p in parts if p and any(c.isalnum() for c in p)]
    clauses: list[tuple[str, str]] = []
    told = ""
    for part in parts:
        if not asks(part) and not named_aspect(part):
            told = f"{told} {part}".strip()
            continue
        clauses.append((told, part))
        told = ""
    if told:
        if not clauses:
            return ((told, ""),)
        clauses[-1] = (clauses[-1][0], f"{clauses[-1][1]} {told}")
    return tuple(_fronted(clauses, text))


# A subject put first and asked of after a comma or a dash ("…, när går den ut och lösa hundar, finns det med i
# löftet?", "… och elsparkcyklar – står det något om det?"): the words after the last "och" are the next
# clause's, which points back at them.
_FRONTED_TAIL = re.compile(r"^(?P<head>.+?)\s+(?:och|o|and)\s+(?P<tail>[^\W\d][^?!.;:]*?)\s*[,–—-]?\s*$")
_POINTING = frozenset(("det", "dom", "dem", "detta", "it", "them", "that"))
FRONTED_UP_TO = 5  # words of a subject put first


def _fronted(clauses: list[tuple[str, str]], text: str) -> list[tuple[str, str]]:
    out = list(clauses)
    for i in range(len(out) - 1):
        m = _FRONTED_TAIL.match(out[i][1])
        after = tokens(out[i + 1][1])
        if m is None or not _POINTING & set(after) or len(after) > 10:
            continue
        tail = m.group("tail")
        if (len(tail.split()) > FRONTED_UP_TO or any(w[:1].isupper() for w in tail.split()) or _ASKING_WORD.search(tail)
                or not asks(m.group("head")) or not re.search(rf"{re.escape(tail)}\s*[,–—-]", text)):
            continue
        out[i] = (out[i][0], m.group("head"))
        out[i + 1] = (out[i + 1][0], f"{tail} – {out[i + 1][1]}")
    return out


# A question opening with its verb that holds the same as what was asked before it ("Vilket lokalpolisområde hör
# Osby till, och ligger Östra Göinge i samma?") asks it of both: the message is one question.
_SAME_AS_BEFORE = re.compile(r"\b(?:samma|same|likadan\w*)\b", re.IGNORECASE)
_V1_CLAUSE_END = re.compile(r"[?.!;\n]")


def _broken(text: str) -> list[str]:
    """The text cut at each break, but not between two question words that ask of one thing together
    ("när och var genomfördes trygghetsvandringarna?", "when and where are the safety walks?")."""
    cuts = [m for m in breaks(text)
            if not (PAIRED_BEFORE.search(text[:m.start()]) and PAIRED_AFTER.match(text, m.end()))
            and not (V1_AT.match(text, m.end()) and _SAME_AS_BEFORE.search(_V1_CLAUSE_END.split(text[m.end():])[0]))]
    ends = [0, *(i for m in cuts for i in (m.start(), m.end())), len(text)]
    parts = [text[ends[i]:ends[i + 1]] for i in range(0, len(ends), 2)]
    return [piece for part in parts for piece in _after_colon(part)]


def _after_colon(part: str) -> list[str]:
    """A part cut after a colon that opens a question ("… och nu undrar hon: jobbar Kungsör …?"), unless what
    stands before the colon is a kommun's heading ("Borås: förnyas avtalet …?", "Moras avtal: sen när …")."""
    for m in COLON_BREAK.finditer(part):
        if not HEADING.match(part[:m.end()]):
            return [part[:m.start()], *_after_colon(part[m.end():])]
    return [part]


def asks(clause: str) -> bool:
    """Whether a clause asks something ("Jag bor i Lund" before ", vad gör de?" does not)."""
    # "Emmaboda: var ska kamerorna sitta": the heading's kommun is no word of the question, whose first asks.
    question = unheaded(clause)
    words = tokens(question) or tokens(clause)
    while words[:1] and words[0] in _OPENING_CONNECTORS:  # "o finns det något om bedrägerier" asks, after its "o"
        words = words[1:]
    # "Borås: förnyas avtalet varje år": a verb first after the heading asks, as it does after a connector.
    verb_first = VERB_FIRST_AT.match(question) is not None or V1_SUBJECT_AT.match(question) is not None or (
        V1_AT.match(question) is not None and not _owner_first(question))
    return "?" in clause or verb_first or bool(words) and (words[0] in ASKING_FIRST or any(w in ASKING_WORDS for w in words))


def _owner_first(text: str) -> bool:
    """A word in -s before an aspect's word ("Borgholms fokus är …", "kramfors fokusområden"): a kommun's
    genitive, which a passive verb first ("Nämns drönare …") looks like."""
    words = tokens(text)[:2]
    return len(words) == 2 and words[0].endswith("s") and lexicon.is_cue_word(words[1])


NAMED_ASPECT_WORDS = 3  # "period", "datum för underskrift", "Vadstena: fokusområden": more is a story


def named_aspect(part: str) -> bool:
    """A part that names an aspect and nothing else, after a kommun's heading ("Vadstena: period" before
    "+ vem skrev under", "period" before "och vem skrev under i Vadstena?"): an ask of its own, where a
    part that tells ("Jag bor i Lund") is not. Without a heading only a word alone counts: "Mycket trafik,
    vad gör ni?" tells, then asks."""
    words = _WORD.findall(unheaded(part))
    if len(words) == 2 and _owner_first(part):  # "Sölvesborgs fokusområden": the kommun's, as after a heading;
        # "Linköpings löfte" says which agreement the asks after it are of, as a heading does
        return _aspect(fold(words[1])) is not None and not fold(words[1]).startswith(lexicon.AGREEMENT_STEMS)
    if not words or len(words) > NAMED_ASPECT_WORDS or words == _WORD.findall(part) and len(words) > 1:
        return False
    # "datum för underskrift" names the signing day in three words, as a whole
    return any(_aspect(" ".join(fold(w) for w in words[-size:])) is not None for size in (1, 2, 3))


def bare(clause: str, also: frozenset[str] = frozenset()) -> bool:
    """Question words alone ("av vem", "by whom", "och när?"): the clause before says what about. `also`: more
    words that may stand beside them."""
    words = tokens(clause)
    return bool(words) and all(w in _BARE or w in also for w in words) and any(w in ASKING_WORDS for w in words)


# A time named beside the question words ("on what day?", "och vilket datum?"): alone it may ask a weekday of
# anything; after "vem skrev under" it asks when that was done.
_TIMES_NAMED = frozenset(("dag", "dagen", "datum", "datumet", "day", "date", "year", "month", "manad"))
# An occasion asked after what was done ("vem skrev under, och vid vilket tillfälle?", "and at what occasion?",
# "in connection with what?") asks when and how it was done: the clause before, asked when, whose answer gives
# the signing as its source tells it.
_OCCASIONS = frozenset(("tillfalle", "tillfallet", "occasion", "samband", "connection", "sammanhang"))
# What may stand beside the occasion and still ask of the clause before ("vid vilket tillfälle skedde det?",
# "at what occasion did that happen?"): its preposition, a verb of happening, a pronoun pointing back.
_HAPPENED = frozenset(("vid", "pa", "skedde", "sker", "hande", "hander", "gjordes", "gjorde", "det", "detta", "den",
                       "happen", "happened", "did", "was", "were", "that", "this", "take", "took", "place", "the"))


# What a question opening with its verb may hold besides its verb and subject and still ask nothing of its own
# ("gör polisen något där?", "gör de nåt åt det?"); "har de något gemensamt?" asks a thing of its own.
_FILLER = frozenset(("nagot", "nat", "nagonting", "dar", "har", "da", "det", "at", "alls", "sa", "mer", "med", "i",
                     "om", "about", "it", "that"))  # "står det nåt om det?": of what was asked before


def points_back(clause: str) -> bool:
    """A question opening with its verb whose words all carry no subject ("gör polisen något där?" after "Hur
    är det med tryggheten i Råslätt"): it asks what the clause before it asked, as `bare` does."""
    words = tokens(clause)
    while words[:1] and words[0] in _OPENING_CONNECTORS:
        words = words[1:]
    return V1_SUBJECT_AT.match(clause) is not None and len(words) >= 2 and all(w in _FILLER for w in words[2:])


def _names_only(clause: str, rest: str, before: str = "") -> bool:
    """Question words and a place ("hur många i Örebro?", "och i Söderhamn?"), or the words the clause `before`
    asked with ("…, och vilken plats i Simrishamn?"): `rest` is the clause without its places, and the clause
    named one."""
    said = set(tokens(before))
    return rest != " ".join(tokens(clause)) and (not rest or all(w in _BARE or w in said for w in tokens(rest)))


def completed(clause: str, before: str) -> str:
    """"av vem" after "Kiruna: när skrevs det under": "Kiruna: skrevs det under av vem", the clause
    before without its own question words, then this one's."""
    rest = " ".join(_ASKING_WORD.sub(" ", before.rstrip("?!. ")).split())
    return f"{rest} {clause}".strip()


def listed(clause: str) -> list[str]:
    """The aspects a clause names one after the other ("period och fokusområden för Mjölby", "focus
    areas, end date and contacts"), in order; one aspect, or none, when it names fewer than two so."""
    found: list[tuple[str, int, int]] = []  # (topic, start, end) of each word or word pair that names one
    words = list(_WORD.finditer(clause))
    at = 0
    while at < len(words):
        # a word, else a pair or three that name it only together ("end date", "datum för underskrift", not
        # "och fokus")
        for size in (1, 2, 3):
            part = words[at:at + size]
            if len(part) < size or size > 1 and any(_aspect(fold(w.group())) is not None for w in part):
                continue
            topic = _aspect(" ".join(fold(w.group()) for w in part))
            if topic is not None:
                found.append((topic, part[0].start(), part[-1].end()))
                at += size
                break
        else:
            at += 1
    aspects: list[str] = []
    for number, (topic, start, _) in enumerate(found):
        between = clause[found[number - 1][2]:start] if number else ""
        if number and topic == found[number - 1][0] and not between.strip():
            continue  # one aspect in two words ("focus areas")
        if number and not _JOINED.fullmatch(between):
            return []  # not a list: other words between ("How were the focus areas chosen?" asks one thing)
        if not aspects or aspects[-1] != topic:
            aspects.append(topic)
    return aspects if len(aspects) >= 2 and len(set(aspects)) == len(aspects) else []


def may_list(scores: dict[str, int], norm: str) -> bool:
    """Whether a message could name two aspects outright (`listed`): two topics' cues this strong in
    it. Read first, so most messages are not looked at word by word."""
    strong = {topic for topic, score in scores.items() if topic != "overview" and score >= NAMES_AN_ASPECT}
    return len(strong | ({"people"} if lexicon.CONTACT.score(norm) >= NAMES_AN_ASPECT else set())) >= 2


@lru_cache(maxsize=4096)
def _aspect(words: str) -> str | None:
    """The aspect one word or a pair names outright ("fokusområden", "period", "end date")."""
    scores = {topic: cues.score(words) for topic, cues in lexicon.TOPICS.items() if topic != "overview"}
    scores["people"] = max(scores["people"], lexicon.CONTACT.score(words))  # "kontakt", "contacts"
    scores = aspect_shapes.weighed(words, scores)  # "datum för underskrift": the period, with the signing day
    best = max(scores, key=scores.__getitem__)
    return best if scores[best] >= NAMES_AN_ASPECT else None


def each_asks(text: str, conversation: Conversation, read: Callable[[str, Conversation], R],
              alone: Callable[[R], bool]) -> bool:
    """Whether a message read whole as something else than a question (a concern's or a limit's words:
    "Hur många svarade på enkäten i Degerfors och vilken plats kändes mest otrygg?") is questions: two
    clauses or more, each of which `alone` says asks on its own."""
    parts = told_and_asked(text)
    if not 2 <= len(parts) <= MAX_CLAUSES:
        return False
    trial = conversation.copy()
    # A story told before the questions ("Min son hänger med fel gäng och jag är orolig. Vad gör Vännäs mot
    # narkotika bland unga och vilka skrev under?") is why they are asked, not one of them: each question is
    # judged by its own words, else with the story (which may name where the resident lives).
    return all(alone(read(asked, trial)) or alone(read(f"{told} {asked}".strip(), trial)) for told, asked in parts)


def answer_each(text: str, conversation: Conversation, read: Callable[[str, Conversation], R],
                answer: Callable[[R, Conversation], Answer],
                topic: Callable[[R], str | None] = lambda r: None, language: str | None = None,
                with_topic: Callable[[R, str], R] | None = None,
                without_places: Callable[[str], str] | None = None,
                named: Callable[[R], list[str]] = lambda r: []) -> Answer | None:
    """Each clause answered in turn, as one answer; None when the message is one question (or a
    clause alone asks nothing). `conversation` is updated only when the clauses are answered.
    A clause of question words alone is read with the words of the clause before it when that
    keeps its own aspect ("när skrevs det under, av vem": who signed), else alone ("Vad fokuserar
    Lund på, och när?": the period, of Lund, from the conversation). `language`: the message's, for
    a clause too short to tell. `without_places`: a clause's words without the places it names, so
    "hur många i Örebro?" after "hur många svarade i Arvidsjaur" asks the clause before, of Örebro.
    `named`: the kommuner a clause's reading names; a clause naming none after one that named several
    ("Vårgårda och Herrljunga har väl samma löfte? vad handlar det om …") is asked of them all."""
    clauses = split(text)
    if not 1 <= len(clauses) <= MAX_CLAUSES or len(clauses) == 1 and (with_topic is None or not listed(text)):
        return None  # one question, asking one aspect
    trial = conversation.copy()
    trial.language, trial.in_clauses = language or trial.language, len(clauses) > 1  # "by whom" alone: English
    answers: list[Answer] = []
    together: list[str] = []  # the kommuner of the last clause that named any
    listed_before = False  # a later clause's people were all listed by an answer before it
    for number, clause in enumerate(clauses):
        back = bool(number) and points_back(clause)
        # A clause with no words of its own is never read alone: the question before it stands in for it, once.
        reading = read(clauses[number - 1] if back else clause, trial)
        if number and not back:
            reading = _with_the_clause_before(clause, clauses[number - 1], reading, trial, read, topic, without_places)
        if named(reading):
            together = named(reading)
        elif not together and trial.municipality is None:
            reading = _of_the_kommun_ahead(clause, clauses[number + 1:], reading, trial, read, answer, named)
            together = named(reading)
        elif len(together) > 1:
            # The conversation keeps one kommun; the clause asks of every one named before it.
            # "…, och vilka år gäller avtalen i båda?": "båda" stands for them, no comparison of what they share.
            kommuner, asked = join_words(together, trial.language), _BOTH.sub("", clause).rstrip("?!., ")
            reading = read(f"{asked} {'in' if trial.language == 'en' else 'i'} {kommuner}", trial)
        aspects = listed(clause) if with_topic is not None else []
        if topic(reading) not in aspects:
            # "hur kom de fram till fokusområdena?" asks what they build on, not a period and a focus.
            if len(clauses) == 1:
                return None
            aspects = []
        readings = [with_topic(reading, a) for a in aspects] if with_topic is not None and aspects else [reading]
        for one in readings:
            result = answer(one, trial)
            if not _stands_alone(result):
                return None
            if not any(said_before.same(result, a) for a in answers):  # "…, när, och hur länge gäller det?": said once
                if said_before.quoted_before(result, answers):
                    listed_before = True  # the sentences it quotes answered a clause before it
                else:
                    answers.append(result)
            elif any(said_before.listed_in(result, a) for a in answers):
                listed_before = True
    if len(answers) < 2 and not listed_before and not (len(clauses) > 1 and answers and answers[0].topic == "detail"):
        # (Two clauses answered by one sentence of the entry, "Vad är EST i Karlskrona och vem tog fram metoden?",
        # are answered by it: read whole, all their words together may pick another sentence.)
        return None  # one thing asked twice ("Finns det en kommunpolis i Vellinge, vem?"): read whole
    # Two asks the first answer covered ("Is there a community police officer in Vellinge, and who signed?":
    # none, and the people named) are answered by it, not read whole again.
    conversation.__dict__.update(trial.__dict__, in_clauses=False)
    return combine(answers)


def _with_the_clause_before(clause: str, before: str, reading: R, trial: Conversation,
                            read: Callable[[str, Conversation], R], topic: Callable[[R], str | None],
                            without_places: Callable[[str], str] | None) -> R:
    """A later clause's reading, with the words of the clause before it where it asks that clause's question of
    something else (`answer_each`): question words alone, a time asked of what was done, or a place alone."""
    if bare(clause):
        fuller = read(completed(clause, before), trial)
        return fuller if topic(fuller) is not None and topic(fuller) == topic(reading) else reading
    if _OCCASIONS & set(tokens(clause)) and bare(clause, _OCCASIONS | _HAPPENED):
        fuller = read(completed("när" if trial.language != "en" else "when", before), trial)
        return fuller if topic(fuller) is not None else reading
    if topic(reading) is None and bare(clause, _TIMES_NAMED):
        # "who signed, and on what day?": what was done before, asked when; only when alone it asks nothing
        fuller = read(completed(clause, before), trial)
        return fuller if topic(fuller) is not None else reading
    if without_places is not None and _names_only(clause, without_places(clause), without_places(before)):
        return read(completed(clause, without_places(before)), trial)
    return reading


def _of_the_kommun_ahead(clause: str, after: list[str], reading: R, trial: Conversation,
                         read: Callable[[str, Conversation], R], answer: Callable[[R, Conversation], Answer],
                         named: Callable[[R], list[str]]) -> R:
    """"sen när gäller avtalet, och vad tar Falun upp?": a clause naming no kommun, with none talked
    about, that alone gets the list across the kommuner or "which kommun?", asks of the kommun(er) a
    later clause names; else it is read as it is."""
    if _ACROSS_WORDS & set(tokens(clause)) or _WHICH_AGREEMENTS.search(fold(clause)):
        return reading  # "vilka kommuner har grannsamverkan, och vad gör Osby?" asks across them, then of Osby
    ahead, naming = next(((names, later) for later in after if (names := named(read(later, trial.copy())))), ([], ""))
    if not ahead:
        return reading
    alone = answer(reading, trial.copy())
    if alone.topic not in ACROSS and _stands_alone(alone):
        return reading
    kommuner = join_words(ahead, trial.language)
    # "vilka platser pekas ut och när skrevs löftet under i Laholm 2021?": the year goes with the kommun.
    years = " ".join(t for t in tokens(naming) if _A_YEAR.match(t) and t not in tokens(clause))
    return read(f"{clause.rstrip('?!. –—-')} {'in' if trial.language == 'en' else 'i'} {kommuner} {years}".rstrip(), trial)


def _stands_alone(answer: Answer) -> bool:
    """An answer of its own: not "what do you mean?", nor "which municipality?"."""
    if answer.topic in NOT_AN_ANSWER:
        return False
    clarifying = not answer.answered and answer.municipality is None and not answer.sources \
        and answer.topic not in ("unknown_municipality", "case", "limits")
    return not clarifying


def combine(answers: list[Answer]) -> Answer:
    """The answers as one, in order; a source line said by the next answer too is said once, last."""
    texts = [a.text for a in answers]
    for i in range(len(texts) - 1):
        head, _, last = texts[i].rpartition("\n\n")
        if head and last.startswith(SOURCE_PREFIXES) and texts[i + 1].rstrip().endswith(last):
            texts[i] = head
    # A paragraph the answer before said already ("Fråga kommunen om ett nytt medborgarlöfte har
    # tecknats …" after the period and again after the focus areas) is said once.
    said: set[str] = set()
    for i, text in enumerate(texts):
        paragraphs = text.split("\n\n")
        before = "\n\n".join(texts[:i])
        kept = [p for p in (_unrepeated(p, before) for p in paragraphs if not _said(p, said)
                            or p.startswith(SOURCE_PREFIXES)) if p]
        # An answer whose every line was said before keeps no source line an answer before it gave already: it
        # would stand alone. One whose source was said last, here, is kept.
        if all(p.startswith(SOURCE_PREFIXES) for p in kept):
            kept = [p for p in kept if p.split(" ", 1)[-1].rstrip(".") not in before]
        texts[i] = "\n\n".join(kept)
        said.update(paragraphs)
    first = answers[0]
    sources = list({tuple(sorted(s.items())): s for a in answers for s in a.sources}.values())
    return Answer(all(a.answered for a in answers), next((a.municipality for a in answers if a.municipality), None),
                  first.topic, "\n\n".join(t for t in texts if t), sources=sources, language=first.language,
                  follow_ups=answers[-1].follow_ups)


def _unrepeated(paragraph: str, before: str) -> str:
    """A paragraph without the list it ends with when an answer before listed all of it ("Källan nämner
    ingen kommunpolis för Vellinge.\nPersoner som nämns: …" after the signers: the sentence alone)."""
    lines = paragraph.split("\n")
    for at, line in enumerate(lines[:-1]):
        if line.endswith(":") and all(item.startswith("• ") and item in before for item in lines[at + 1:]):
            return "\n".join(lines[:at])
    return paragraph


def _said(paragraph: str, said: set[str]) -> bool:
    """Said before, also under a kommun's name ("Vårgårda:\nDet här kom …" after a claim's answer that
    gave Vårgårda's focus): the name alone would head nothing."""
    head, _, rest = paragraph.partition("\n")
    return paragraph in said or (head.endswith(":") and rest in said)
