"""What a resident asks about when they name an act, not its noun: "äldre som blir lurade", "folk som kör
för fort", "people selling drugs", "barn som mobbas", "att det är mörkt i tunneln".

The entries name the subject with a noun ("bedrägerier", "hastighet", "narkotika", "mobbning",
"belysning"); a resident asks with a verb, a participle or an adjective, often in a clause about the
people it befalls. Stems alone never join the two ("lurade" and "bedrägeri" share nothing), so `ACTS`
holds, per act, the folded forms residents write (Swedish and English, a few words together where one
alone says nothing: "kör för fort", "bryter sig in", "säljer knark") and the nouns the entries write
for it. `found` gives the act a message names and the clause it stands in, in the resident's own
words, so that:
- the passages are ranked for the act's nouns (passages.py `question`), never for a word that only
  says whom it befalls ("unga" in "unga som blir lurade" is a youth focus, not fraud);
- an entry that holds none of the nouns is said not to mention the clause, as the resident wrote it
  (engine.py `_absent_first`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from bot.answering.intents import PLACE
from bot.answering import common_words
from bot.answering.subject_words import PEOPLE, PREDICATE, RELATIVE, STORY
from bot.answering.stem_sets import any_starting
from bot.text import tokens

if TYPE_CHECKING:
    from bot.answering.passages import Question

# (what a resident writes, folded and tokenised, joined by single spaces: a verb's forms, a participle,
# an adjective said of a place, never the noun, which the entries' words meet as they are; the entries'
# nouns for it, folded; the noun said when the resident's own clause is the act alone, Swedish and English).
_RAW_ACTS: tuple[tuple[str, tuple[str, ...], tuple[str, str]], ...] = (
    (r"lura(?:d|de|des|ts|s|r|t)?|bluffa(?:d|de|s|r|t)?|blasta? (?:pa|av) (?:pengar|pengarna)|"
     r"scam(?:med|ming)|con(?:ned|ning)|cheated|tricked|defrauded|swindled",
     ("bedrageri", "bedragerier", "bedrageribrott", "fraud", "scam"), ("bedrägerier", "fraud")),
    (r"stjal|stjala|stjals|stulen|stulet|stulna|stulits|snor|snodd|snodda|snott|snattar|snattade|"
     r"steal(?:s|ing)?|stole|stolen|nick(?:ed|ing)|shoplift(?:s|ing|ed)",
     ("stold", "stolder", "tillgrepp", "tillgreppsbrott", "mangdbrott", "snatteri", "theft", "thefts"),
     ("stölder", "theft")),
    (r"(?:bryter|bryta|brot|bryts|brutit) sig in|(?:break|breaks|breaking|broke|broken) in(?:to)?|burgled",
     ("inbrott", "burglary"), ("inbrott", "burglary")),
    (r"mobba(?:d|de|des|s|r|t)?|mobbat|bull(?:ied|ying)",
     ("mobbning", "krankningar", "krankning", "bullying", "harassment"), ("mobbning", "bullying")),
    (r"klottr(?:ar|a|ade|as|at)|sprejar|sprejade|spreja|sprayar|sprayade|spraying|tagging|taggar",
     ("klotter", "graffiti", "skadegorelse", "vandalism"), ("klotter", "graffiti")),
    (r"forstor|forstora|forstors|forstorde|forstort|vandaliser(?:ar|a|ade|as|at)|vandali[sz](?:e|es|ed|ing)|"
     r"smash(?:es|ed|ing)? (?:up|things|windows)",
     ("skadegorelse", "vandalism"), ("skadegörelse", "vandalism")),
    (r"(?:kor|kora|korde|kors|drive|drives|driving|drove) (?:(?:\w+ ){0,2})(?:for|sa|alldeles for|too|so|way too) "
     r"(?:fort|snabbt|fast)|fortkor|fortkorde|speeding|ralla(?:r|de)?",
     ("hastighet", "fortkorning", "trafik", "trafiksakerhet", "speeding", "traffic"), ("fortkörning", "speeding")),
    (r"(?:kor|kora|korde|drive|drives|driving) (?:full|fulla|onykter|onyktra|berusad|berusade|packad|packade|drunk)",
     ("rattfylla", "trafik", "trafiksakerhet", "traffic"), ("rattfylla", "drink-driving")),
    (r"langa|langar|langade|langas|(?:salj\w*|saljs|deal\w*|sell\w*|push\w*) (?:(?:\w+ )?)"
     r"(?:knark|droger|drogerna|narkotika|gras|hasch|kokain|drugs|weed|cannabis|cocaine)",
     ("narkotika", "langning", "droger", "droghandel", "drugs", "drug"), ("narkotika", "drugs")),
    (r"(?:ranad|ranade|ranas|ranar|ranat|robbed|mugged)",
     ("ran", "personran", "robbery", "robberies"), ("rån", "robbery")),
    (r"(?:misshandl(?:as|ad|ade|ar|at)|slass|slas|beaten up|assaulted)",
     ("misshandel", "vald", "valdsbrott", "violence", "assault"), ("våld", "violence")),
    (r"morkt|morka|dark|unlit|(?:daligt|dalig|inte) (?:upplyst|belyst)|poorly lit",
     ("belysning", "lighting"), ("belysning", "lighting")),
    (r"buskor|buskorde|buskora|busaker|joyriding",
     ("buskorning", "busakning", "trafik", "reckless"), ("buskörning", "reckless driving")),
    (r"skrapar ner|slanger skrap|littering",
     ("nedskrapning", "litter"), ("nedskräpning", "littering")),
)
ACTS = tuple((re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])"), nouns, said) for pattern, nouns, said in _RAW_ACTS)
# Any act at all, one pattern of them all: where it finds none, none of ACTS does (most clauses name none), and
# their thirteen scans are not run.
ANY_ACT = re.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{pattern})" for pattern, _, _ in _RAW_ACTS) + r")(?![\w-])")
# Where a clause ends: the resident's punctuation.
_CLAUSES = re.compile(r"[^,.;:!?\n\u2013\u2014]+")
# Words that name the agreement or its parties: where the resident's clause ends, never inside it.
_FRAME = re.compile(r"(?:medborgar)?lofte\w*|avtal\w*|\w*overenskommelse\w*|agreement\w*|promise\w*|kommun\w*|"
                    r"polis\w*|council|municipality|police|enligt|stod|star|ingar|finns|included|covered")
# Small words that never end the clause named ("… som kör för fort i", "… bikes getting stolen in").
_TRAILING = frozenset(("i", "pa", "vid", "av", "for", "med", "om", "och", "eller", "in", "on", "at", "of", "to",
                       "the", "a", "an", "and", "or", "det", "den", "de", "dom", "som", "that", "who", "sa", "da",
                       "har", "there", "here", "alltsa", "typ", "nagot", "nat", "anything", "about"))
# Words by which a question points back to a story told before it ("gör de något mot sånt?").
_POINTING_BACK = frozenset(("det", "detta", "dem", "sant", "sadant", "sana", "sadana", "it", "this", "that", "them",
                            "such"))
# The resident's own ("på min gata", "in our street"): where the clause ends, as the bot cannot say it.
_OWN = frozenset(("min", "mitt", "mina", "var", "vart", "vara", "my", "our", "mine", "oss", "us"))
MAX_AFTER = 4  # words after the act that still belong to its clause ("i tunneln under järnvägen")
MAX_BEFORE = 3  # words before it: who or what ("äldre som blir", "old people getting")


@dataclass(frozen=True)
class Act:
    """An act a message names: the entries' nouns for it, and the clause it stands in, folded."""

    nouns: tuple[str, ...]
    said: tuple[str, str]  # the act's noun, Swedish and English, when the clause is a bare verb
    clause: tuple[str, ...]  # the resident's words around it, folded ("aldre", "som", "blir", "lurade")
    befalls: tuple[str, ...]  # words of the clause that only say whom it befalls ("aldre", "unga", "people")
    bare: bool = False  # the clause is the act's own words alone ("lurad"): said by its noun


def found(toks: Sequence[str]) -> Act | None:
    """The last act the folded (place-masked) tokens name in a clause's shape, with its clause, or None.
    A clause's shape: someone or something it befalls or who does it before it ("äldre som blir lurade",
    "folk langar", "people selling drugs", "att det är mörkt"). A verb's form alone is a noun ("anything
    about speeding?", "racing"), an adjective beside its noun names a thing ("a dark path"), and a clause
    of when ("när det är mörkt", "när någon blir rånad") tells a circumstance: none is the subject."""
    text = " ".join(toks)
    if not ANY_ACT.search(text):
        return None
    spans = sorted(((text[:m.start()].count(" "), m.group().count(" ") + 1, row)
                    for row, (pattern, _, _) in enumerate(ACTS) for m in pattern.finditer(text)), reverse=True)
    for start, size, row in spans:
        shaped = _clause(list(toks), start, start + size)
        if shaped is None:
            continue
        first, last, bare = shaped
        clause = tuple(toks[start:start + size] if bare else toks[first:last])
        befalls = tuple(t for t in clause if t in PEOPLE or t in _WHO)
        return Act(ACTS[row][1], ACTS[row][2], clause, befalls, bare)
    return None


def of_message(text: str, masked: Sequence[str], asking_only: bool = True) -> Act | None:
    """`found` clause by clause (`masked`: the reading's tokens of `text`, places masked), the last
    clause that asks and names an act; with `asking_only` False, the last clause that names one (a story
    the question points back to: "blev lurad förra året. gör de något mot sånt?")."""
    spans, position = [], 0
    for clause in _CLAUSES.findall(text):
        count = len(tokens(clause))
        spans.append((clause, list(masked[position:position + count])))
        position += count
    if position != len(masked):  # the clauses do not add up to the reading's tokens: the message whole
        spans = [(text, list(masked))]
    if not asking_only:
        # Only a question that points back ("gör de något mot sånt?") asks of the story before it.
        asking = [i for i, (clause, words) in enumerate(spans) if _asks(clause, words)]
        if not asking or not _POINTING_BACK.intersection(spans[asking[-1]][1]):
            return None
        spans = spans[:asking[-1] + 1]
    for clause, words in reversed(spans):
        act = found(words) if not asking_only or _asks(clause, words) else None
        if act is not None:
            return act
    return None


def _asks(clause: str, words: Sequence[str]) -> bool:
    """A clause that asks: with a question mark, opened by a question's verb or word, or asking the
    agreement in its words ("… i löftet om folk som klottrar")."""
    return "?" in clause or bool(words) and words[0] in _ASKING_OPENERS or _ASKS_THE_AGREEMENT.search(
        " ".join(words)) is not None


_ASKING_OPENERS = frozenset((
    "har", "finns", "ingar", "tar", "gor", "star", "namns", "kommer", "ska", "jobbar", "arbetar", "satsar", "vad", "hur",
    "is", "are", "does", "do", "has", "have", "any", "anything", "what", "how", "will"))
_ASKS_THE_AGREEMENT = re.compile(
    r"\b(?:star det|finns det|ingar|namns|tar (?:de|dom|man|det) upp|lovat|lofte\w*|avtal\w*|\w*overenskommelse\w*|"
    r"agreement\w*|promise\w*|anything about|say anything|mention\w*|cover\w*|include\w*)\b")


# Who or what an act befalls, or who does it, beside the people words: never the subject's head.
_WHO = frozenset(("pensionarer", "elever", "bilister", "bilar", "cyklister", "ungdomarna", "tonaringar", "kids",
                  "teenagers", "teens", "elderly", "young", "pensioners", "drivers", "cars", "barnen", "aldre",
                  "unga", "manniskorna", "hundagare", "pupils", "students", "residents", "boende"))
# Whom the resident tells of ("hon blev lurad", "we got scammed"): their story, never words the bot can say back.
_PRONOUNS = frozenset(("jag", "du", "han", "hon", "vi", "ni", "mig", "dig", "honom", "henne", "hen", "oss", "de", "dom",
                       "dem", "i", "you", "he", "she", "we", "me", "him", "her", "us", "they", "it"))
# A verb's helper before the act ("has been stealing", "har blivit lurad"): never who or what it befalls.
_AUXILIARIES = frozenset(("has", "have", "had", "har", "hade", "will", "would", "kan", "ska", "skulle", "kommer",
                          "could", "should", "might", "may", "must", "maste"))
_ATTRIBUTES = frozenset(("old", "older", "young", "aldre", "unga", "sma", "little", "elderly"))
_BETWEEN = PREDICATE | RELATIVE | frozenset(("att", "det", "sig", "nastan", "often", "ofta", "alltid", "always"))


def _clause(toks: list[str], start: int, end: int) -> tuple[int, int, bool] | None:
    """Where the act's clause starts and ends, with who or what it befalls before it ("äldre som blir",
    "people getting", "cyklar som blir") and what it is done to or where after it ("cyklar", "i
    tunneln"), and whether it is the act's words alone ("blev nästan lurad"); None when the act stands in
    no clause's shape."""
    first, relative, predicate = start, False, False
    while first > 0 and toks[first - 1] in _BETWEEN and start - first < MAX_BEFORE:
        first -= 1
        relative = relative or toks[first] in RELATIVE
        predicate = predicate or toks[first] in PREDICATE
    before = toks[first - 1] if first > 0 else ""
    told = before in _PRONOUNS  # "hon blev lurad", "de säljer droger": the resident's story, said by its noun
    doer = before in PEOPLE or before in _WHO
    predicate = predicate and first > 0  # "Is shoplifting part of …?": the question's verb, no one's act
    if not (relative or predicate or doer or told):
        return None  # a noun's form ("speeding", "racing") or an attribute ("a dark path")
    framed = before == PLACE or before in STORY or _FRAME.fullmatch(before) is not None
    named = doer or ((relative or predicate) and len(before) > 2 and before not in common_words.STOPWORDS
                     and before not in _TRAILING and before not in _AUXILIARIES)
    if before and not told and not framed and named:
        first -= 1
        if first > 0 and toks[first - 1] in _ATTRIBUTES:
            first -= 1
        if first > 0 and toks[first - 1] == "att":  # "att folk bryter sig in"
            first -= 1
    if any(t in _WHEN for t in toks[max(0, first - 1):start]):
        return None  # "när det är mörkt", "när någon blir rånad": when, not what
    last = end
    while last < len(toks) and last - end < MAX_AFTER and toks[last] != PLACE and toks[last] not in _OWN \
            and toks[last] not in STORY and toks[last] not in _TIMES and not _FRAME.fullmatch(toks[last]):
        last += 1
    while last > end and toks[last - 1] in _TRAILING:
        last -= 1
    # Nothing named before the act but its helpers ("blev nästan lurad i telefon"): said by its noun; a
    # clause opened by "att" reads as one ("att det är mörkt i tunneln").
    bare = told or toks[first] != "att" and all(t in _BETWEEN for t in toks[first:start])
    return first, last, bare


# A clause of when: a circumstance told, never the subject asked of.
_WHEN = frozenset(("nar", "when", "whenever", "while", "medan"))
# Times told in a story ("förra året", "last week"): where the clause ends.
_TIMES = frozenset(("forra", "fjol", "igar", "idag", "ifjol", "nyss", "sist", "senast", "last", "yesterday", "ago",
                    "recently", "sedan", "sen"))


def as_written(act: Act, display: dict[str, str], language: str) -> str:
    """The clause in the resident's words ("äldre som blir lurade"), lower case as inside a sentence;
    a bare verb is said by its noun ("lurad" as "bedrägerier")."""
    if act.bare:
        return act.said[1] if language == "en" else act.said[0]
    words = [display.get(t, t) for t in act.clause]
    said = " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in words)
    if language != "en" and act.clause[0] != "att" and not RELATIVE.intersection(act.clause):
        return f"att {said}"  # "folk langar" is said as a clause: "nämner inte att folk langar"
    return said


def widened(asked: Question, text: str) -> Question:
    """The question with the act it names: its nouns added to what the passages are ranked for, and
    in its subject in place of the clause's own words ("aldre som blir lurade" asks of "bedrägerier",
    never of "äldre"). Only an act the asking clauses name, or the one a question pointing back
    ("gör de något mot sånt?") is about."""
    own = [w for w in asked.subject if w not in _POINTING_BACK and not _FRAME.fullmatch(w)]
    act = of_message(text, asked.masked) or (None if own else of_message(text, asked.masked, asking_only=False))
    if act is None:
        return asked
    subject = tuple(dict.fromkeys([*(w for w in asked.subject if w not in act.clause), *act.nouns]))
    return replace(asked, masked=(*asked.masked, *act.nouns), subject=subject, polar=(), act=act)


def held(act: Act, stems: frozenset[str], stem: Callable[[str], str]) -> bool:
    """Whether an entry's stems hold one of the act's nouns (or a compound it begins: "trafiksäkerhet")."""
    return any(stem(noun) in stems or len(stem(noun)) >= 5 and any_starting(stems, stem(noun)) for noun in act.nouns)


def note(act: Act, display: dict[str, str], name_genitive: str, name: str, language: str) -> str:
    """"Bodens överenskommelse nämner inte äldre som blir lurade.", in the resident's own words."""
    said = as_written(act, display, language)
    if language == "en":
        return f"{name}'s agreement does not mention {said}."
    return f"{name_genitive} överenskommelse nämner inte {said}."
