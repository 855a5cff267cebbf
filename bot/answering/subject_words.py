"""Which words of a question can be the subject a "not mentioned" note names, and the whole of it.

The note ("Hedersrelaterat våld nämns inte i Lunds överenskommelse.") is read by the resident, so its
subject must be a noun phrase in their words. Three kinds of word never are one, whatever an entry lacks:
- what is told of people rather than a thing ("folk som blir knivhuggna", "people getting stabbed",
  "kvinnor som utsätts för våld"): the people word before a relative or "blir"/"getting", and the
  participle after it; the thing they suffer ("våld") may still be the subject;
- a word of the resident's story or frame: kin ("mamma"), times of day ("kvällarna"), opinions
  ("tycker"), amounts ("en massa", "lots of");
- a lone verb form or modifier: a passive or participle ("utsätts", "knivhuggen", "stabbed"), and an
  adjective only as part of the phrase it stands in ("domestic violence", "psykisk ohälsa").
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from bot.answering import common_words, lexicon, told_places
from bot.answering.intents import PLACE

# People a question tells something of; the subject is what befalls them, never the people themselves
# when a relative or a "blir"/"getting" follows ("de som utsätts", "people getting stabbed").
PEOPLE = frozenset((
    "folk", "personer", "person", "manniskor", "kvinnor", "kvinna", "man", "tjejer", "killar", "barn", "unga",
    "ungdomar", "aldre", "de", "dom", "dem", "den", "alla", "nagon", "offer", "offren", "drabbade", "utsatta",
    "people", "persons", "women", "woman", "men", "girls", "boys", "children", "kids", "youths", "those",
    "anyone", "someone", "victims", "elderly",
))
RELATIVE = frozenset(("som", "who", "that", "which", "whom"))
# "blir knivhuggen", "getting stabbed", "are attacked": the next word is said of someone, a participle.
PREDICATE = frozenset((
    "blir", "blev", "bli", "blivit", "varit", "ar", "var", "get", "gets", "getting", "got", "gotten", "become",
    "becomes", "being", "been", "are", "is", "was", "were", "utsatts", "utsattes", "drabbas", "drabbades",
))
# Words of the resident's story or frame: kin, times of day, opinions, amounts.
STORY = frozenset((
    "mamma", "pappa", "mor", "far", "mormor", "morfar", "farmor", "farfar", "mamman", "pappan", "syster",
    "bror", "sambo", "fru", "frun", "kompis", "kompisar", "van", "vannen", "vaninna", "granne", "grannen",
    "grannar", "grannarna", "mum", "mom", "dad", "mother", "father", "grandma", "grandmother", "grandpa",
    "sister", "brother", "wife", "husband", "friend", "neighbour", "neighbor",
    "kvallarna", "kvallen", "kvall", "natterna", "helgerna", "helgen", "morgnarna", "evenings", "weekends",
    # (in English, "night walkers" is a subject of two words: its times of day are kept)
    "natt", "natten", "nattetid", "kvallstid", "morgon", "morgonen",
    "tycker", "tyckte", "tror", "trodde", "anser", "undrar", "kanner", "think", "thinks", "believe", "wonder",
    "feel", "feels", "massa", "massor", "mangd", "mangder", "dros", "lots", "lot", "bunch", "loads", "tons",
    "plenty", "bo", "bor", "flytta", "flyttar", "years", "year",
    # a visit or a time compared ("staying in Färjestaden", "anything new compared with before?")
    "staying", "visiting", "stay", "visit", "before", "compared", "earlier", "innan", "tidigare", "forut", "osv",
    "etc", "enligt", "kring", "angaende", "regarding",
    # what the resident has trouble with is the subject, never the trouble ("problem med folk som …")
    "problem", "problemet", "problemen", "besvar", "trouble", "problems", "issue", "issues",
))
# Forms of a verb: a passive ("utsätts"), a participle of the violence a resident tells ("knivhuggen",
# "rånad", "stabbed"): never a noun, so never a subject alone.
_PARTICIPLE_ENDINGS = ("huggen", "huggna", "huggits", "slagen", "slagna", "skjuten", "skjutna", "stulen", "stulna",
                       "skuren", "skurna", "ranad", "ranade", "hotad", "hotade", "lurad", "lurade", "misshandlad",
                       "misshandlade", "drabbad", "drabbade", "utsatt", "utsatta", "attackerad", "attackerade")


def not_a_noun(word: str) -> bool:
    """A passive, a participle or an English past form ("utsätts", "knivhuggna", "stabbed")."""
    if word.endswith(_PARTICIPLE_ENDINGS):
        return True
    if len(word) > 5 and word.endswith("ed") and not word.endswith(("eed", "hatred")):
        return True
    # A Swedish passive or supine ("utsätts", "förnyats", "knivhuggits"), never a place ("arbetsplats").
    return len(word) > 5 and (word.endswith(("tts", "its")) or word.endswith("ats") and not word.endswith("plats"))


def told_of_people(toks: Sequence[str], at: int) -> bool:
    """Whether toks[at] is said of people ("kvinnor som …", "people getting …") or is the participle
    said of them ("blir knivhuggna"): either is the resident's account, not the subject."""
    word = toks[at]
    after = toks[at + 1] if at + 1 < len(toks) else ""
    before = toks[at - 1] if at else ""
    teller = toks[at - 2] if at > 1 else ""  # "som blir …", "people getting …"; never a question's "are loose dogs …"
    return (word in PEOPLE and (after in RELATIVE or after in PREDICATE)) or (
        before in PREDICATE and (teller in PEOPLE or teller in RELATIVE or teller in STORY)) or (
        before in _WHERE and not_a_noun(teller))  # "abused at home", "rånad i parken": where it befell them


# Where something befell someone ("abused at home", "knivhuggen i centrum"): the account's, not the subject.
_WHERE = frozenset(("i", "pa", "vid", "hemma", "at", "in", "on", "near", "utanfor", "outside"))


def can_be_subject(toks: Sequence[str], at: int) -> bool:
    """Whether toks[at] may name the subject a note says the agreement lacks."""
    word = toks[at]
    after = toks[at + 1] if at + 1 < len(toks) else ""
    # A participle before its noun is the noun's attribute ("utsatta kvinnor", "stulna cyklar").
    attribute = len(after) > 2 and after != PLACE and after not in common_words.STOPWORDS and after not in STORY
    before = toks[at - 1] if at else ""
    when = word in _TIMES_OF_DAY and before in _AT_A_TIME and after not in _TIMED_NOUNS  # "at night", not "night walkers"
    return (word not in STORY and word not in PREDICATE and (attribute or not not_a_noun(word)) and not when
            and not told_of_people(toks, at) and not _done_by_people(toks, at) and not _second_verb(toks, at)
            and not told_places.tells_a_place(toks, word)
            and not (len(word) > 6 and word.endswith("ligen")))  # an adverb ("nyligen", "tydligen"), never a thing


# A verb's particle ("kommer ut", "går runt", "åker dit"): "… ut och hälsar på", "go out and check": the
# word after "och"/"and" is a second verb, what is done, never a subject.
_PARTICLES = frozenset(("ut", "in", "upp", "ner", "hem", "dit", "hit", "fram", "runt", "ivag", "forbi", "out", "round",
                        "around", "over", "by"))


def _second_verb(toks: Sequence[str], at: int) -> bool:
    return at > 1 and toks[at - 1] in ("och", "and") and toks[at - 2] in _PARTICLES


# An English time of day after the words that set it ("at night", "during the evening", "every weekend"):
# when the resident's story happens. Swedish says it in one word ("på kvällarna", STORY); "night walkers"
# is a subject of two.
_TIMES_OF_DAY = frozenset(("night", "nights", "evening", "evenings", "morning", "mornings", "weekend", "weekends",
                           "nighttime", "daytime"))
_AT_A_TIME = frozenset(("at", "during", "every", "the", "on", "in", "late", "by", "all", "each"))
_TIMED_NOUNS = frozenset(("walker", "walkers", "walk", "walks", "patrol", "patrols", "walking", "watch", "shift"))


def _done_by_people(toks: Sequence[str], at: int) -> bool:
    """Whether toks[at] is in what people are told to do ("folk som kör för fort", "grannar som stör på
    nätterna"): an active verb after "som"/"who", and the rest of the message from it; a passive one
    ("som utsätts för våld") tells what befalls them, and the thing after it may be the subject."""
    for i in range(1, at + 1):
        if toks[i - 1] in RELATIVE and i > 1 and (toks[i - 2] in PEOPLE or toks[i - 2] in STORY) \
                and toks[i] not in PREDICATE and not not_a_noun(toks[i]) and toks[i] not in common_words.STOPWORDS:
            return True
    return False


# How an attribute before its noun ends ("psykisk", "hedersrelaterat", "domestic", "sexual"), and nouns
# English puts before a noun as one ("knife crime", "hate crime"): the words a subject's phrase takes in.
_ATTRIBUTE_ENDINGS = ("isk", "iskt", "iska", "ig", "igt", "iga", "lig", "ligt", "liga", "erat", "erad", "erade",
                      "ell", "ellt", "ella", "ic", "ous", "ive", "ful")
_ATTRIBUTES = frozenset(("sexual", "criminal", "mental", "physical", "racial", "illegal", "digital", "verbal", "nara", "grov", "grova", "grovt", "hog", "hoga", "honour", "honor", "hate", "knife",
                         "gun", "drug", "youth", "child", "gang", "online", "phone", "street", "car", "bike"))


def _attribute(word: str) -> bool:
    return word in _ATTRIBUTES or (len(word) > 4 and word.endswith(_ATTRIBUTE_ENDINGS))


def phrase(toks: Sequence[str], at: int, stop: Collection[str], most: int = 3) -> list[str]:
    """The noun phrase toks[at] stands in ("psykisk ohälsa" around "ohälsa", "domestic violence" around
    "domestic"): the attributes before its noun, up to `most` words, never over a small word, a word of
    `stop` (the frame, a place), nor a word that cannot be a subject; a word beside it that is no
    attribute ("enligt", "tas", "osv", "samverkansavtal") is a word of the frame, never taken in."""
    def joins(i: int) -> bool:
        w = toks[i]
        return (len(w) > 2 and w != PLACE and w not in stop and w not in common_words.STOPWORDS and not w.isdigit()
                and can_be_subject(toks, i) and not lexicon.is_cue_word(w))
    start = end = at
    while start > 0 and end - start + 1 < most and joins(start - 1) and _attribute(toks[start - 1]):
        start -= 1
    while end + 1 < len(toks) and end - start + 1 < most and joins(end + 1) and _attribute(toks[end]):
        end += 1
    if start > 1 and toks[start - 1] in ("i", "in", "mot", "against") and toks[start - 2] in _HEADS:
        start -= 2  # "våld i nära relationer", "violence in close relationships": the head the phrase is of
    return list(toks[start:end + 1])


# Heads a phrase with "i"/"mot" is of ("våld i nära relationer", "brott mot äldre").
_HEADS = frozenset(("vald", "violence", "brott", "crime", "crimes", "hot", "threats", "bedragerier", "fraud"))


def subjects_of(toks: Sequence[str], candidates: Sequence[str]) -> list[str]:
    """The candidates that may be a subject where they stand in the message."""
    return [c for c in candidates if c not in toks or can_be_subject(toks, list(toks).index(c))]


def phrase_of(toks: Sequence[str], word: str, stop: Collection[str]) -> list[str]:
    """The phrase `word` stands in, or the word itself when the message does not hold it as written."""
    return phrase(toks, list(toks).index(word), stop) if word in toks else [word]
