"""Whether a yes-or-no question asks of a subject the kommun's agreement does not take up.

"Använder polisen drönare i Kungsör enligt löftet?", "har X lovat kamerabevakning i centrum?", "lösa
hundar i X, finns det med?", "X: anything about phone scams targeting old people?", "Are night walkers
part of X's promise?": the resident asks whether the agreement takes a subject up. When the entry's
words do not carry it, the answer must open by saying so in the resident's own words; otherwise a
nearby passage (a safety walk for night walkers, traffic in the centre for cameras in the centre)
reads as a yes. The subject is the first run of content words of the asking clause, without the
frame's words (the kommun, "lovat", "löftet", "insatser") and cut at a word that places or aims it
("i centrum", "mot äldre", "targeting old people"), so that a frame word an entry happens to hold is
never taken for the subject. A subject is carried when each of its words is: the word's stem, a
compound starting with it ("kameror" in "kamerabevakning"), or a compound's last part ("bedrägerier"
of "telefonbedrägerier"), in the entry's Swedish or English passages.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from bot.answering import claim_spans, common_words, how_many, lexicon, plain_verdicts, subject_words
from bot.answering.answer import Answer
from bot.answering.municipality_answers import NOT_SUBJECTS
from bot.answering.passage_index import STEM_LENGTH, stem
from bot.answering.stem_sets import any_ending, any_starting
from bot.text import fold, tokens

# A clause that asks yes or no of the agreement: opened by a verb, or asked with "finns det med",
# "ingår", "står det något om", "anything about", "part of", "undrar om".
_POLAR_OPENERS = frozenset((
    "har", "finns", "ingar", "anvander", "tar", "gor", "star", "flyger", "jobbar", "arbetar", "satsar",
    "omfattar", "namner", "namns", "innehaller", "kommer", "ska", "is", "are", "does", "has", "any", "anything",
))
_POLAR_INSIDE = re.compile(
    r"\b(?:finns (?:det|de|dom) (?:med|nagot|nat|nagonting)|ingar|star det|namns|tar (?:de|dom|man|det) upp|"
    r"(?:har|gor) (?:de|dom|man|kommunen|polisen) (?:lovat|nagot|nat)|undrar om|anything (?:about|on)|"
    r"part of|included|include|mention|cover|say anything)\b")
# Words of the question's frame, never its subject.
_FRAME = frozenset((
    "har", "hade", "finns", "fanns", "ingar", "anvander", "anvands", "tar", "gor", "gora", "gjort", "star",
    "kommer", "ska", "skall", "flyger", "jobbar", "arbetar", "satsar", "omfattar", "namner", "namns",
    "innehaller", "handlar", "galler", "blir", "namnt", "namnd", "namnda", "lovat", "lova", "lovar", "lovade", "loftet", "lofte",
    "loften", "loftena", "medborgarloftet", "medborgarlofte", "medborgarloften", "medborgarloftena", "avtal",
    "avtalet", "avtalen", "overenskommelse", "overenskommelsen", "samverkansavtal", "samverkansavtalet",
    "samverkansoverenskommelse", "samverkansoverenskommelsen", "polisen", "polis", "kommunen", "kommun",
    "kommuns", "kommunens", "stad", "stads", "staden", "stadens", "enligt", "insatser", "insats", "atgarder", "atgard", "arbete", "nagot", "nat",
    "nagonting", "nagra", "nan", "fler", "mer", "mera", "mycket", "upp", "med", "det", "de", "dom", "man",
    "den", "sitt", "sina", "sin", "deras", "ocksa", "aven", "ens", "alls", "undrar", "jag", "vi", "hej",
    "tack", "ha", "finnas", "ingå", "the", "a", "an", "is", "are", "does", "do", "has", "have", "will",
    "there", "any", "anything", "something", "about", "part", "of", "agreement", "agreements", "promise",
    "promises", "citizen", "included", "include", "includes", "mention", "mentions", "mentioned", "cover",
    "covers", "say", "says", "police", "municipality", "municipalitys", "council", "use", "uses", "using",
    "their", "its", "it", "they", "plan", "plans", "planned", "work", "on", "against", "at", "to", "om",
    "at", "mot", "for", "kring", "pa", "kan", "can", "nagon", "just", "egentligen", "eller", "da", "sa",
    "vad", "what", "nu", "too", "also", "sant", "stammer", "right", "local", "lokala", "lokal", "polisens",
    "here", "there", "har", "dar", "precis", "kvar", "oftare", "annu", "fortfarande", "still", "yet", "val",
    "visst", "ju", "ibland", "valdigt", "alls", "safety", "trygghet", "tryggheten", "bli", "finnas", "komma",
    "fa", "satta", "sattas", "infora", "inforas", "borja", "starta", "nanstans", "nagonstans", "anywhere",
    "somewhere", "overhuvudtaget", "ens", "same", "samma",
    # where one lives, what is new or one's own, talking, coming, getting, truth: never a subject an
    # agreement could lack ("bor i Fredrika, finns det …", "ett eget löfte", "more police coming")
    "bor", "bo", "bodde", "live", "lives", "living", "eget", "egen", "egna", "own", "ny", "nya", "nytt", "new",
    "lokala", "lokalt", "local", "varas", "hostas",  # "det lokala löftet", "sen i våras"
    "prata", "pratar", "talk", "true", "coming", "come", "fatt", "fa", "fick", "got", "get", "langs", "along",
    "inga", "ingen", "inget", "no", "hela", "whole", "all", "safe", "saker", "sakert",
    # in force, being done, what to write, rules and goals asked of: the frame's ("är i kraft", "is anything
    # being done", "skriv exakt …", "finns det regler om fyrverkerier", "inga mål för grannsamverkan")
    "kraft", "force", "being", "done", "felt", "skriv", "write", "annat", "else", "regler", "regel", "rules",
    "rule", "mal", "malen", "goal", "goals", "target", "targets",
    # to invest in, to build, to hire: the frame's verb ("ska X satsa på drönare?", "ska det byggas en polisstation")
    "satsa", "satsas", "satsat", "satsats", "bygga", "byggas", "byggs", "byggt", "anlita", "anlitar", "anlitas",
    "anstalla", "anstaller", "anstallas", "invest", "invests", "build", "built", "hire", "hires",
)) | NOT_SUBJECTS
# Leading words skipped before a subject starts ("mot bedrägerier", "åt klotter", "about drones").
# A word after the subject that places or aims it, and ends it ("i centrum", "mot äldre").
_ENDS = frozenset((
    "i", "mot", "for", "pa", "vid", "bland", "hos", "runt", "kring", "inom", "under", "av", "fran", "till",
    "dar", "har", "enligt", "targeting", "against", "in", "for", "among", "at", "near", "around", "by",
    "part", "aimed", "of", "on", "from", "within", "och", "and", "eller", "or", "som", "that", "which",
    "finns", "ingar", "ar", "is", "are", "with", "med", "x", "over", "ovanfor", "above", "langs", "along",
))
# Words that name what kind of a subject it is: left out when another word carries it ("phone scams").
_KIND_ONLY = frozenset(("phone", "telephone", "telefon", "online", "internet"))
# English words the entries write otherwise ("scams" are "fraud", "CCTV" cameras), and a few
# Swedish ones the same ("psykisk hälsa" is "psykiskt mående"; the fire brigade is "räddningstjänsten",
# "brandförsvaret" or, in English, "fire and rescue").
_SYNONYMS = {"scam": "fraud", "scams": "fraud", "cctv": "camera", "frauds": "fraud", "brigade": "rescue",
             "halsa": "maende", "family": "familj", "brandkar": "brandforsvar", "brandkaren": "brandforsvar"}
_CLAUSE = re.compile(r"[.!?;:,\u2013\u2014]+|\s-\s")
MIN_PART = 5  # letters of a compound's part that may carry the subject ("kamer|abevakning")
MAX_WORDS = 3
MAX_TOPIC_CLAUSE = 3  # words of a subject put before the asking clause ("lösa hundar i X, finns det med?")
# Endings of a participle, a supine or an adverb ("förnyats", "redovisat", "skrivit", "stökigt",
# "renewed"): what is asked of the agreement or told of a place, never a subject it takes up.
_NOT_A_NOUN = ("ts", "at", "it", "gt", "tt", "ed", "ly")
PASSIVE = ("as",)  # a Swedish passive or deponent infinitive ("synas", "byggas"): what is done, not a subject


# A clause opened by a question word asks what, not whether ("vad har kommunen lovat om det?").
_WH = frozenset(("vad", "vilka", "vilken", "vilket", "hur", "var", "nar", "varfor", "vem", "vems", "what", "which",
                 "how", "where", "when", "why", "who"))


def asks_yes_no(clause: str) -> bool:
    """A clause that asks whether the agreement takes something up."""
    toks = clause.split()
    return bool(toks) and toks[0] not in _WH and (
        toks[0] in _POLAR_OPENERS or _POLAR_INSIDE.search(clause) is not None)


# Words that join a clause to the one before it ("…, och står det något om …?", "Also, is … part of …?").
_JOINING = frozenset(("och", "o", "samt", "dessutom", "sen", "and", "also", "plus"))


def asked_alone(clause: str, told: str) -> bool:
    """Whether a clause of several asks whether the agreement takes a subject up, and that alone: a yes-or-no
    question of its own ("…, och står det något om cykelstölder?"), with no story told before it ("i somras
    blev jag rånad, står det något om det?" takes a word of the story for the subject)."""
    toks = tokens(clause)
    while toks[:1] and toks[0] in _JOINING:
        toks = toks[1:]
    if told and len(tokens(told)) <= MAX_TOPIC_CLAUSE and not set(tokens(told)) & _WH \
            and told.rstrip()[-1:] in ",–—-" and tokens(clause)[:len(tokens(told))] == tokens(told):
        # "…, och lösa hundar – finns det med i löftet?": the subject put first, then the yes-or-no question
        return asks_yes_no(" ".join(tokens(clause)[len(tokens(told)):]))
    return not told and asks_yes_no(" ".join(toks))


def subject(text: str, places: frozenset[str]) -> list[str]:
    """The folded words of the subject a yes-or-no question asks of (as `tokens` folds them), or []."""
    clauses = [" ".join(t for t in tokens(c) if t not in places) for c in _CLAUSE.split(text)]
    clauses = [c for c in clauses if c]
    for at in range(len(clauses) - 1, -1, -1):
        if not asks_yes_no(clauses[at]):
            continue
        # "lösa hundar i X, finns det med?": the subject stands in the clause before the asking one,
        # when the asking one has none of its own.
        words = _run(clauses[at].split())
        before = clauses[at - 1].split() if at else []
        # (not a clause that tells where the resident lives: "bor i Fredrika, finns det …?", nor one that tells
        # the bot how to answer: "svara bara ja. har X ett löfte …?", "answer in one word: …")
        if not words and before and len(before) <= MAX_TOPIC_CLAUSE and not set(before) & _LIVING \
                and claim_spans.marker_at(claim_spans.INSTRUCTING_BY_FIRST, before, 0) is None:
            words = _run(before)
        lone_verb = len(words) == 1 and words[0].endswith(_NOT_A_NOUN)  # "har det förnyats?"
        return [] if not words or lone_verb else words
    return []


def counted(text: str, places: frozenset[str], marker: re.Pattern[str]) -> list[str]:
    """The folded words of what a "hur många …" / "how many …" clause counts ("kameror", "hours"), or []: the
    subject run after the marker, in the first clause that has one."""
    for clause in _CLAUSE.split(text):
        toks = [t for t in tokens(clause) if t not in places]
        found = marker.search(" ".join(toks))
        if found is not None:
            after = " ".join(toks)[found.end():].split()
            if after[:1] and after[0] in _WHO:  # "hur många som ska gå med": people counted, no thing named
                return [how_many.PEOPLE]
            if after[:1] and after[0].endswith(_DONE_ENDINGS) and len(after[0]) > 4:
                return [how_many.PEOPLE]  # "hur många svarade på enkäten?", "how many answered?": people, by their act
            while len(after) > 1 and after[0] in _BEFORE_NOUN:
                after = after[1:]  # "hur många nya poliser", "how many more officers": the noun after the adjective
            run, noun = _run(after), _noun_counted(after)
            # "hur många platser pekas ut": the word right after is what is counted, though an aspect's word
            # left the run to the verb after it
            return noun if noun and run[:1] != noun else run
    return []


# A past verb right after "hur många" ("svarade", "deltog" aside): people counted by what they did.
_DONE_ENDINGS = ("ade", "ades", "ed")
# Words that say which or how many more of a thing, before the thing counted.
_BEFORE_NOUN = frozenset(("nya", "fler", "flera", "extra", "ytterligare", "olika", "new", "more", "additional",
                          "extra", "different"))
# How a word after "hur många" ends when it is a verb or a participle ("svarade", "answered"), not a thing counted.
_VERB_ENDINGS = ("ade", "ades", "ats", "ed", "ande", "ende", "ing")


def _noun_counted(after: Sequence[str]) -> list[str]:
    """The word right after "hur många"/"how many" when the subject's run left it out as a word of the frame or
    an aspect ("hur många insatser", "how many visits", "antal kvällar"): what is counted all the same."""
    word = after[0] if after else ""
    if word in how_many.LISTED:  # "hur många år skulle den gälla?": the years, which the period lists
        return [word]
    if len(word) < 4 or word.isdigit() or word in _NOT_COUNTED or word in _ENDS or word.endswith(_VERB_ENDINGS):
        return []
    return [word]


# Words after "hur många" that are no thing counted (the common-words list holds nouns asked of: "invånare").
_NOT_COUNTED = frozenset(("andra", "olika", "fler", "flera", "nagra", "manga", "mycket", "finns", "there", "does",
                          "have", "other", "more", "many", "much", "these", "those", "such", "dessa", "sadana",
                          "kommer", "skulle", "ganska", "egentligen", "faktiskt", "ungefar", "about", "exactly"))


_WHO = frozenset(("som", "that", "who"))


_LIVING = frozenset(("bor", "bo", "bodde", "live", "lives", "living", "flyttat", "flyttade", "moved"))


def _run(toks: Sequence[str]) -> list[str]:
    words: list[str] = []
    for i, t in enumerate(toks):
        if i and toks[i - 1] in ("att", "to"):  # an infinitive ("lovat att använda drönare"): the verb, not the subject
            continue
        if words and (t in _ENDS or t in _FRAME or t in common_words.STOPWORDS):
            break
        if t in _FRAME or t in _ENDS or t in common_words.STOPWORDS or len(t) < 3 or t.isdigit():
            continue
        if not subject_words.can_be_subject(toks, i):
            # "kvinnor som utsätts för våld", "folk som blir knivhuggna", "min mamma": the resident's
            # account, never the subject; after one has started, it ends it.
            if words:
                break
            continue
        if t not in _KIND_ONLY and lexicon.is_cue_word(_without_kind(t)):
            # An aspect's word ("fokusområdena" in "har fokusområdena förnyats?") is of the frame;
            # before a subject or alone it ends nothing, after one it ends it.
            if words:
                break
            continue
        words.append(t)
    return words[:MAX_WORDS]


def _without_kind(word: str) -> str:
    """"telefonbedragerier" -> "bedragerier": the kind a compound opens with, which is no aspect."""
    for kind in _KIND_ONLY:
        if word.startswith(kind) and len(word) - len(kind) >= MIN_PART:
            return word[len(kind):]
    return word


def _stem_held(s: str, held: frozenset[str]) -> bool:
    """The stem, a compound starting with it, or the stem with an inflection the stemmer left on
    ("skolan" of "skol", "psykiskt" of "psykisk")."""
    if s in held:
        return True
    # A stem that s begins (of 4 letters or more, at most 3 shorter), else one that begins with s. Not of a
    # stem cut at its full length: what follows its first letters is another word's start, no inflection
    # ("narkotikah" of "narkotikahundar" is no "narkotik" with an ending).
    return any(s[:size] in held for size in range(max(4, len(s) - 3), len(s)) if len(s) < STEM_LENGTH) \
        or (len(s) >= MIN_PART and any_starting(held, s))


def word_held(word: str, held: frozenset[str]) -> bool:
    """The word, or a compound's last part ("bedrägerier" of "telefonbedrägerier"), or its first part
    as a word of its own ("kamera" of "kamerabevakning"), among the stems."""
    return any(_form_held(form, held) for form in {word, _SYNONYMS.get(word, word)})


def _form_held(word: str, held: frozenset[str]) -> bool:
    if _stem_held(stem(word), held):
        return True
    # A compound's last part carries it; its first part only as a stem of its own, never a kind
    # ("telefon") or the start of a longer word, and only when the last part names an act done on it
    # ("kamera|bevakning" is cameras at work): a compound whose last part is a thing is that thing, of
    # another kind than its first part ("polis|hästar" are horses, "narkotika|hundar" dogs).
    return any(_stem_held(stem(word[cut:]), held) or (word[:cut] not in _KIND_ONLY and stem(word[:cut]) in held
                                                      and _an_act(word[cut:]))
               for cut in range(MIN_PART, len(word) - MIN_PART + 1))


# How a Swedish noun of an act ends ("bevakning", "övervakningen", "patrullering", "kontroller" is a thing
# too, and left out), and an English one ("monitoring", "surveillance").
_ACT_ENDINGS = ("ning", "ningen", "ningar", "ningarna", "ing", "ingen", "ande", "andet", "else", "elsen", "ance",
                "ings")


def _an_act(part: str) -> bool:
    """A last part that names an act, or work of any kind ("narkotika|arbete", "trafik|insatser")."""
    return part.endswith(_ACT_ENDINGS) or part in _GENERIC or stem(part) in _GENERIC_STEMS


def part_held(word: str, held: frozenset[str]) -> bool:
    """Whether the word, or one of its parts as a compound (of MIN_PART letters or more), is among the entry's
    stems: "polishästar" of an entry that names the police, "fartkameror" of one with "kamerabevakning"."""
    return word_held(word, held) or any(
        _stem_held(stem(word[cut:]), held) or (len(word[:cut]) >= MIN_PART and stem(word[:cut]) in held)
        or _inside(stem(word[cut:]), held) for cut in range(MIN_PART - 2, len(word) - MIN_PART + 2))


MIN_INSIDE = 6  # letters of a part found inside one of the entry's compounds ("patrull" of "fotpatrullering")


def _inside(part: str, held: frozenset[str]) -> bool:
    return len(part) >= MIN_INSIDE and any(part in other for other in held)


def carried(words: Sequence[str], held: frozenset[str], anywhere: frozenset[str]) -> bool:
    """Whether the entry's words carry the subject: its last word (the noun), and each word before
    it that some entry holds ("hedersrelaterat" våld, "night" walkers); a word no entry holds
    ("dålig" belysning, "lösa" hundar) is a description, and a kind ("phone") is left out."""
    needed = [w for w in words if w not in _KIND_ONLY] or list(words)
    while len(needed) > 1 and needed[-1].endswith(_NOT_A_NOUN):  # "narkotikaarbete riktat (mot unga)": the noun
        needed = needed[:-1]
    for start in range(len(needed) - 1):  # written apart, one word in the entry ("waste water" of "wastewater")
        if _stem_held(stem("".join(needed[start:])), held):
            return all(word_held(w, held) for w in needed[:start] if word_held(w, anywhere))
    head, before = needed[-1], needed[:-1]
    # the head may also end one of the entry's compounds ("torg" of "Järntorget"): asked of this entry's words only
    return (word_held(head, held) or any_ending(held, stem(head))) \
        and all(word_held(w, held) for w in before if word_held(w, anywhere))


def note(words: Sequence[str], display: dict[str, str], name_genitive: str, name: str, language: str) -> str:
    """"Drönare nämns inte i Kungsörs överenskommelse.", in the resident's own words."""
    said = " ".join(display.get(w, w) for w in words)
    if language == "en":
        return f"{name}'s agreement does not mention {said}."
    return f"{said[:1].upper()}{said[1:]} nämns inte i {name_genitive} överenskommelse."



def narrower(answer: Answer, words: Sequence[str], text: str, held: frozenset[str], name_genitive: str, name: str,
             language: str) -> Answer:
    """"Står det något om cykelstölder?" where the entry says only "stölder": the answer quotes what it says
    of thefts, so it opens by saying bike thefts are not named as such, rather than let it read as covered.
    Only a compound whose last part alone the entry holds, never its first part too ("ungdomsbrott" where
    the entry has "ungdomar" and "brott" is its subject)."""
    if (len(words) != 1 or a_verdict(answer.text) or _stem_held(stem(words[0]), held)
            or "nämns inte i" in answer.text or "does not mention" in answer.text):
        return answer  # (an answer that already says the subject is not mentioned says it once)
    word = words[0]
    cut = next((c for c in range(MIN_PART, len(word) - MIN_PART + 1) if _stem_held(stem(word[c:]), held)), None)
    if cut is None or word[:cut] in _KIND_ONLY or _stem_held(stem(word[:cut]), held):
        return answer
    written = next((w for w in re.findall(r"[\w-]+", text) if fold(w) == word), word)
    said, broader = written.lower(), written[cut:].lower()
    # The broader subject is a word the answer quotes ("stölder", never the "ölder" inside it), and a
    # subject of its own: "samverkan" or "säkerhet" stand in nearly every agreement, so "grannsamverkan"
    # or "trafiksäkerhet" is simply not mentioned.
    if fold(broader) in _GENERIC or not re.search(rf"(?<!\w){re.escape(broader)}", answer.text, re.IGNORECASE):
        return answer
    if language == "en":
        opening = f"{name}'s agreement does not name {said} as such. It covers {broader} in general:"
    else:
        opening = (f"{said[:1].upper()}{said[1:]} nämns inte särskilt i {name_genitive} överenskommelse. "
                   f"Den tar upp {broader} i allmänhet:")
    answer.text = opening + "\n\n" + answer.text
    return answer


_GENERIC = frozenset(("samverkan", "sakerhet", "trygghet", "tryggheten", "arbete", "arbetet", "insatser", "atgarder",
                      "arbetet", "fragor", "omraden", "frågor"))
_GENERIC_STEMS = frozenset(stem(word) for word in _GENERIC)


def named(words: Sequence[str], text: str) -> bool:
    """A subject written with a capital inside the message is a name (a person, a street), which
    the people and place answers take; an acronym ("CCTV") is a subject."""
    written = {fold(w): w for w in re.findall(r"\w+", text)[1:]}
    return any((w := written.get(wd)) is not None and w[:1].isupper() and not w.isupper() for wd in words)


_VERDICTS = ("Nej, det stämmer inte", "Ja, det stämmer", "Det stämmer", "No, that", "Yes, that", "That is right",
             "That's right", "Det kan jag inte bekräfta")


# A claimed year or end confirmed ("Ja, 2026 stämmer med källan.", "Yes, according to the source it has ended:").
_DATED_VERDICT = re.compile(r"(?:Ja|Yes), (?:\d{4} (?:stämmer|agrees)|enligt källan|according to the source)")


def a_verdict(body: str) -> bool:
    """A claim's checked answer opens with its verdict, which stands first: "Is it true that Alvesta's agreement
    runs until 2026?" is confirmed by its period, and no "runs" said missing takes the period's place."""
    return body.startswith(_VERDICTS) or _DATED_VERDICT.match(body) is not None \
        or plain_verdicts.PLAIN_LEAD.match(body) is not None  # "Nej, fler än kommunen och polisen är med."


# The agreement named in a message that also tells of the resident's situation ("Min pappa har fått
# bluffsamtal. Har Sölvesborg lovat något mot bedrägerier?"): its question is the agreement's.
_OF_THE_AGREEMENT = re.compile(r"\b(?:lovat|lofte\w*|medborgarlofte\w*|avtal\w*|overenskommelse\w*|promise\w*|"
                               r"agreement\w*)\b")


def of_the_agreement(norm: str) -> bool:
    return _OF_THE_AGREEMENT.search(norm) is not None
