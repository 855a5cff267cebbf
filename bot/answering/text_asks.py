"""Questions about what an entry's text says, by their frame: who holds a role the text names, a figure
or a date it states, what the agreement names (a question, not a concern), and the subject a
"what does it say about X?" asks about.

- a role ("Vem är brottsförebyggande strateg i Örebro?", "Who is the crime prevention strategist on
  Gotland?", "Har Tomelilla någon trygghetssamordnare?"): the words of the role, asked after "vem är",
  "who is" or "har/finns … någon"; a role is a word ending as roles end (-strateg, -samordnare, -chef,
  coordinator, strategist). The sentences holding it answer when no listed person has that role;
- a figure or a date ("Vilket datum har lägesbilden?", "Hur många poliser ingår i polisgruppen?",
  "Sedan när finns polisgruppen?", "What was the index?"): the sentences that hold a number (in digits
  or words), a month or a year, among those the question's own words pick;
- what the agreement or a survey names ("vilka platser nämns kring buskörningen", "which parts feel
  unsafe according to the surveys"): a question that asks which, where or what, with a word of
  naming, saying or "according to": a question about the text, never the start of a concern;
- the subject of "what does X's agreement say about the mine?", "vad säger Kumla om viltolyckor?":
  the words after "about"/"om" in such a frame, however short or rare (an absent subject is said to
  be missing only when it is asked about).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from bot.answering.intents import PLACE
from bot.answering.common_words import STOPWORDS
from bot.answering.lexicon import CueSet, is_cue_word
from bot.text import tokens

# How a role's name ends ("brottsförebyggande strateg", "säkerhetssamordnaren", "coordinator").
ROLE_ENDINGS = ("strateg", "strategen", "samordnare", "samordnaren", "koordinator", "koordinatorn", "chef",
                "chefen", "ansvarig", "ansvarige", "handlaggare", "handlaggaren", "strategist", "coordinator",
                "officer", "manager")
# "Vem samordnar …?", "who coordinates …?": the role of the one who does it.
_ROLE_VERBS = {"samordnar": "samordnare", "samordnade": "samordnare", "koordinerar": "koordinator",
               "coordinates": "coordinator", "coordinate": "coordinator"}
# Words of a role that also name other things alone ("säkerhetschef" is a role, "chef" is anyone's).
_BARE = frozenset(("chef", "chefen", "ansvarig", "ansvarige", "officer", "manager"))
_WHO = (("vem", "ar"), ("vem", "var"), ("vilken", "ar"), ("who", "is"), ("who", "s"), ("who", "was"),
        ("har",), ("finns", "det"), ("is", "there"), ("does",), ("has",))
_WHO_FIRST = frozenset(who[0] for who in _WHO)
# A named tool, app or system asked for ("Vilket IT-verktyg använder Klippan?", "Which app …?"): the stems
# of the kind, which the sentence naming it holds ("IT-verktyget Embrace", "appen Tryggt och Snyggt").
TOOL_KINDS = ("verktyg", "app", "system", "plattform", "tool", "platform", "program")
# Who takes part in a named body ("Vilka ingår i styrgruppen?", "who is on the steering group?").
MEMBERS = CueSet.of({3: ("vilka ingar i", "vilka sitter i", "vilka sitter med i", "vem sitter med i", "vilka finns med i",
                         "vilka ar ~ med i", "who serves on", "who are on", "vilka ar med i", "vilka deltar i", "vilka medverkar i",
                         "vilka traffas", "vem ingar i", "vem sitter i", "vem deltar i", "vilka organisationer",
                         "vilka aktorer", "vilka myndigheter", "who is on", "who sits on", "who is in",
                         "who takes part", "who are the members", "who is part of", "who meets", "members of",
                         "which organisations", "which organizations", "which agencies")})
_INTO = frozenset(("i", "in", "on", "of", "pa", "at"))
# What a body's name ends in ("styrgruppen", "samverkansforumet", "utsättningsmötena", "Lokala Brå").
_BODY_HEADS = ("forum", "grupp", "radet", "mote", "team", "natverk", "styrelse", "kommitte", "council", "group",
               "board", "meeting", "network", "committee", "panel")
# A council asked for bare ("lokala brå", "brottsförebyggande råd", "the crime prevention council"), and
# in a sentence: Brå, or råd/rådet as a word or a compound's head, never "området".
_COUNCIL_WORDS = frozenset(("bra", "rad", "radet", "council"))
_COUNCIL_NAME = frozenset(("bra", "brottsforebyggande", "crime", "prevention", "lokala", "local"))  # common words, yet a name here
_COUNCIL = re.compile(r"\bbrå\b|(?<!om)råd(?:et|en)?\b|\bcouncil\b")
# A question that asks for a figure or a date the text states.
FIGURE = CueSet.of({3: ("hur manga", "how many", "hur stor*", "sedan nar", "sen nar", "since when",
                        "vilket datum", "what date", "daterad*", "dated", "vilket index*", "vilket varde",
                        "what index", "which index", "what value", "vilken siffra", "what figure",
                        "hur hogt", "hur lagt", "vilket trygghetsindex", "vad blev ~ index*",
                        "vad var ~ index*", "what was ~ index")})
_FIGURE_WORDS = frozenset(("hur", "manga", "stor", "stora", "lang", "lange", "sedan", "sen", "nar", "vilket", "vilken",
                           "datum", "daterad", "daterades", "index", "indexet", "varde", "vardet", "siffra",
                           "siffran", "how", "many", "since", "when", "what", "which", "date", "dated", "value",
                           "figure", "blev", "var", "fick", "was", "is", "got", "hogt", "lagt", "big", "large"))
# Words a number may be written in, and the months: a sentence holding one states a figure or a date.
_NUMBERS = frozenset(("en", "ett", "tva", "tre", "fyra", "fem", "sex", "sju", "atta", "nio", "tio", "elva", "tolv",
                      "tretton", "fjorton", "femton", "sexton", "sjutton", "arton", "nitton", "tjugo", "trettio",
                      "fyrtio", "femtio", "sextio", "sjuttio", "attio", "nittio", "hundra", "tusen", "eleven",
                      "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "thirty",
                      "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "one", "two", "three", "four",
                      "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty", "hundred", "thousand", "januari", "februari", "mars",
                      "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december",
                      "january", "february", "march", "may", "june", "july", "august", "october"))
# Words that ask for a figure of the agreement itself, which its fixed aspects answer.
_AGREEMENT_FIGURES = frozenset(("fokusomraden", "fokusomrade", "fokusomradena", "omraden", "loften", "lofte",
                                "loftena", "areas", "focus", "promises", "priorities", "prioriteringar"))
# Naming, saying, "according to": what the agreement or a survey names or says.
CITES = CueSet.of({3: ("namns", "namner", "namnes", "namnges", "namnde", "omnamn*", "enligt", "according to",
                       "mentioned", "mentions", "mention", "named", "names", "pekas ut", "pekar ut", "utpekade",
                       "lyfts fram", "lyfter fram", "tas upp", "tar upp", "star det", "stod det", "sags",
                       "what does ~ say", "what do ~ say", "sager ~ om")})
_WHICH = frozenset(("vilka", "vilken", "vilket", "var", "vart", "vad", "which", "where", "what"))
# "säger X om Y", "say about Y", "står det något om Y", "nämner X Y": the words after these.
_ABOUT_FRAMES = CueSet.of({3: ("sager ~ om", "star det ~ om", "stod det ~ om", "star ~ om", "namns ~ om",
                               "say ~ about", "says ~ about", "said ~ about", "anything about", "nagot om",
                               "nagonting om", "mention ~ about")})
_LEAD = frozenset(("the", "a", "an", "any", "en", "ett", "den", "det", "de", "nagot", "nagon", "nagonting",
                   "anything", "something", "sa", "kallade", "so-called", "its", "their", "sin", "sina"))


def role_asked(toks: Sequence[str]) -> tuple[str, ...] | None:
    """The role word a question asks who holds ("strateg", "trygghetssamordnare"), or None: a word
    ending as roles end within six words of "vem är", "who is", "har/finns det … någon"."""
    words = [t for t in toks if t != PLACE]
    for at in range(len(words) - 1):
        if words[at] in ("vem", "who") and words[at + 1] in _ROLE_VERBS:  # "vem samordnar rådet?"
            return (_ROLE_VERBS[words[at + 1]],)
    for at in range(len(words)):
        if words[at] not in _WHO_FIRST or not any(tuple(words[at:at + len(who)]) == who for who in _WHO):
            continue
        for word in words[at + 1:at + 7]:
            if word.endswith(ROLE_ENDINGS):
                return None if word in _BARE else (word,)
    return None


def tool_kind(word: str) -> str | None:
    """The stem of the tool kind a word names ("it-verktyg" → "verktyg", "appen" → "app"), or None."""
    return next((kind for kind in TOOL_KINDS if word.startswith(kind) and len(word) <= len(kind) + 3
                 or kind == "verktyg" and kind in word or kind == "system" and word.endswith(("system", "systemet"))),
                None)


@lru_cache(maxsize=16384)
def names_a_tool(sentence: str, kind: str) -> bool:
    """Whether a sentence holds a word of the tool kind ("IT-verktyget", "appen", "the Embrace IT tool")."""
    return any(tool_kind(t) == kind for t in tokens(sentence))


def body_asked(norm: str, toks: Sequence[str]) -> tuple[str, ...] | None:
    """The words of the body whose members a question asks for ("styrgruppen", "lokala bra"), or None:
    `toks` with place names masked; the last word must name a body (a group, forum, council, meeting),
    so "vilka ingår i samverkan?" stays the parties' and "vilka myndigheter finns i Lund?" no body."""
    if not MEMBERS.found(norm):
        # "karlskrona lokala brå, vilka är med?": the body named first as the question's heading
        return _heading_body(toks) if _MEMBERS_BARE.found(norm) else None
    for at, word in enumerate(toks):
        if word not in _INTO or at == 0:
            continue
        rest = list(toks[at + 1:])
        while rest and (rest[0] in _LEAD or rest[0] in (PLACE, "s")):  # "on Burlöv's steering group"
            rest = rest[1:]
        body: list[str] = []
        for token in rest:
            if token == PLACE or token in _INTO or token in STOPWORDS and token not in _COUNCIL_NAME:
                break
            body.append(token.removesuffix("s") if token.endswith("s") and len(token) > 5 else token)
        if body and (body[-1] in _COUNCIL_WORDS or any(head in body[-1] for head in _BODY_HEADS)):
            return tuple(body[-3:])  # the head last: "the local crime prevention council" is a council
    return None


# Who is in it, asked after the body was named first ("lokala brå, vilka är med?").
_MEMBERS_BARE = CueSet.of({3: ("vilka ar med", "vilka ingar", "vilka sitter med", "vilka deltar", "who is on it",
                               "who is in it", "who are in it", "who takes part")})
_ASKING_WORDS = frozenset(("vilka", "vem", "who", "which"))


def _heading_body(toks: Sequence[str]) -> tuple[str, ...] | None:
    """The body named before the question word, after the kommun ("karlskrona lokala bra, vilka …"), or None."""
    rest = list(toks)
    while rest and rest[0] in (PLACE, "s"):
        rest = rest[1:]
    body: list[str] = []
    for token in rest:
        if token in _ASKING_WORDS or token == PLACE or token in STOPWORDS and token not in _COUNCIL_NAME:
            break
        body.append(token)
    if body and len(body) <= 4 and (body[-1] in _COUNCIL_WORDS or any(head in body[-1] for head in _BODY_HEADS)):
        return tuple(body[-3:])
    return None


@lru_cache(maxsize=16384)
def holds_body(sentence: str, body: tuple[str, ...]) -> bool:
    """Whether a sentence names the body ("I styrgruppen ingår …", "Lokala Brå"): its last word's stem."""
    head = body[-1]
    if head in _COUNCIL_WORDS:  # "Brå" folds to "bra", the everyday "good"; a council is one however asked
        return _COUNCIL.search(sentence.casefold()) is not None
    stem = head
    for ending in ("erna", "arna", "orna", "ena", "en", "et", "er", "ar", "or", "na", "n"):
        if stem.endswith(ending) and len(stem) - len(ending) >= 5:
            stem = stem[:-len(ending)]
            break
    return any(t.startswith(stem) or (len(stem) >= 6 and stem in t) for t in tokens(sentence))


def figure_asked(norm: str) -> bool:
    return FIGURE.found(norm)


def figure_words(masked: Sequence[str]) -> list[str]:
    """The question's words that pick the sentence stating the figure: not the frame's, nor the
    agreement's own ("hur många fokusområden" is the focus answer's)."""
    return [t for t in masked if t != PLACE and t not in _FIGURE_WORDS and t not in STOPWORDS
            and not t.isdigit() and t not in _AGREEMENT_FIGURES]


@lru_cache(maxsize=16384)
def states_a_figure(sentence: str) -> bool:
    """Whether a sentence holds a number (digits or words) or a month: it can state a figure or a date."""
    return bool(re.search(r"\d", sentence)) or any(t in _NUMBERS for t in tokens(sentence) if t not in ("en", "ett"))


@lru_cache(maxsize=16384)
def holds_role(sentence: str, role: tuple[str, ...]) -> bool:
    """Whether the role's word stands in the sentence, in any of its forms or at the end of a compound
    ("strategen", "säkerhetssamordnaren" for "samordnare"), never inside another word ("strategiskt")."""
    last = role[-1]
    base = last[:-2] if last.endswith("en") and len(last) > 6 else last[:-1] if last.endswith("n") else last
    forms = {last, base, base + "n", base + "en", base + "s", base + "er", base + "erna", base + "ns", base + "ens"}
    return any(t.endswith(form) for t in tokens(sentence) for form in forms)


def asks_of_the_text(text: str, norm: str, toks: Sequence[str]) -> bool:
    """A question asking which, where or what the agreement or a survey names or says ("vilka platser
    i Trelleborg nämns kring buskörningen", "which parts feel unsafe according to the surveys")."""
    asking = "?" in text or bool(toks) and toks[0] in _WHICH
    return asking and bool(set(toks[:3]) & _WHICH) and CITES.found(norm)


def about_subject(toks: Sequence[str], keep_the: bool = False) -> list[str]:
    """The words a "what does it say about X?" asks about, up to the next small word or place ("mine"
    in "…say about the mine?", "lösa hundar" in "vad säger Örebro om lösa hundar"), or []; with
    `keep_the`, an English "the" before them stays ("the mine")."""
    if not _ABOUT_FRAMES.found(" ".join(toks)):
        return []
    for at in range(len(toks) - 1, -1, -1):
        if toks[at] in ("om", "about", "regarding"):
            rest = list(toks[at + 1:])
            while rest and rest[0] in _LEAD:
                rest = rest[1:]
            words: list[str] = ["the"] if keep_the and list(toks[at + 1:at + 2]) == ["the"] and rest else []
            for word in rest:
                if word == PLACE or word in STOPWORDS:
                    break
                words.append(word)
            return words[:3]
    return []


# "Vad är fokus i medborgarlöftet?", "what is the focus of the promise?": an aspect asked of the term, not
# what the term means ("vad är ett medborgarlöfte?" names the term right after the question's words).
_ASPECT_OF = re.compile(r"^\s*(?:vad ar|vad var|what is|what are|whats|what was)\s+(?:the\s+)?(\w+)\s+"
                        r"(?:i|in|of|for|med|av|inom)\s+")


def asks_an_aspect_of(norm: str) -> bool:
    """Whether "vad är X i …" asks an aspect (fokus, period, syfte) of what follows, not what X means."""
    found = _ASPECT_OF.match(norm)
    return found is not None and is_cue_word(found.group(1)) or asks_a_figure_of_it(norm)


# "vad blev trygghetsindex?", "what is the latest safety index?", "vad är trygghetsindex där": a survey's
# figure asked of the kommun talked about (a word of the value or of "there" beside the measure's name),
# not what the measure means; a second clause after "who is the police chief in Kävlinge" names no kommun.
_MEASURE = re.compile(r"\b(?:trygghetsindex\w*|problemindex\w*|index\w*|safety index|trygghetsmatning\w*|"
                      r"trygghetsundersokning\w*|survey)\b")
_ITS_VALUE = re.compile(r"\b(?:blev|blivit|fick|fatt|visade|visar|senaste|latest|last|current|nuvarande|utvecklats|"
                        r"utvecklat|dar|there|siffr\w*|vard\w*|value|figure|score|hogt|lagt|high|low)\b")


def asks_a_figure_of_it(norm: str) -> bool:
    """Whether a message asks a survey's figure ("vad blev indexet?", "what was the latest safety index?")
    rather than what the measure means ("vad är trygghetsindex?")."""
    return _MEASURE.search(norm) is not None and _ITS_VALUE.search(norm) is not None
