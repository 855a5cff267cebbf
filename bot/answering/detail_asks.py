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

`ask(text, norm, tokens)` says which of these a message is; `framed` (framed_sentences.py) finds the
sentences. Only the frame picks the part of the entry; among its sentences the order is BM25's for the
question's words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.answering import detail_frames, extension_asks, how_frames, lead_asks, start_asks
from bot.answering.aspect_shapes import SIGNING_DAY
from bot.answering.how_frames import SHOWED, SURVEYED
from bot.answering.intents import PLACE
from bot.answering.name_endings import NAME_ENDINGS
from bot.answering.common_words import STOPWORDS
from bot.answering.lexicon import AGREEMENT_STEMS, ROLES, WANTS, CueSet, is_cue_word, wants_to_give_feedback
from bot.answering.pointed_out import PLACE_KINDS
from bot.answering.times_asked import WHEN
from bot.answering.text_asks import body_asked, figure_asked, role_asked, tool_kind
from bot.text import fold, tokens

# How the agreement, its promises or focus areas came about.
BASIS = CueSet.of({3: (
    "togs ~ fram", "tog ~ fram", "tagits ~ fram", "tas ~ fram", "tagit ~ fram", "framtag*", "tagna fram",
    "valdes ~ ut", "valde* ~ ut", "hur valdes", "hur valjs", "hur har ~ valts", "hur valde*", "valts ~ ut", "valjs ~ ut", "kom* ~ fram till", "kommit fram till",
    "bygger ~ pa", "byggde ~ pa", "grundar ~ sig", "ligger ~ till grund", "lag ~ till grund", "till grund for", "grundas ~ pa", "grundade* ~ sig", "baser* ~ pa", "utgar ~ fran", "utgick ~ fran",
    "tar ~ fram", "ta ~ fram", "underlag*", "varifran kommer", "var kommer fokusomrad* ~ ifran",
    "var kommer prioritering* ~ ifran", "where do ~ focus areas come from", "where do ~ priorities come from", "hur bestamde*", "vem ~ bestamt", "vem bestamde*", "hur beslutade*", "hur prioriterade*", "varfor valde*",
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
SHOWING_STEMS = ("lagesbild", "problembild", "trygghetsmatning", "trygghetsundersokning", "trygghetsenkat",
                 "medborgarundersokning", "enkat", "undersokning", "survey", "sager", "visa", "framkom", "says",
                 "show", "picture", "situation", "medborgardialog", "dialog")
# Contributing ("vilka bidrar med info till den?") after an answer on what the agreement or the lägesbild
# builds on: who contributes to that.
CONTRIBUTES = CueSet.of({3: ("bidrar", "bidra med", "bidragit", "lamnar ~ info*", "lamnar ~ uppgifter",
                             "contribut*", "who provides", "provide* ~ information", "input")})
# When something was decided ("när beslutade kommunstyrelsen om den?"): the sentence saying so.
DECIDED = CueSet.of({3: ("nar beslut*", "nar ~ beslut*", "nar fattade*", "nar ~ fattade*", "beslutsdatum*",
                         "when ~ decided", "when was ~ decided", "when did ~ decide", "when ~ approved")})
# A body's or the agreement's mandate: "vad har rådet för mandat?", "vem ansvarar för avtalet?", "what is its
# remit?", "who is responsible for the agreement?" (folded); a responsibility for a thing ("vem ansvarar för
# trygghetsvandringarna?") is that thing's sentence, not the mandate's.
_MANDATE = re.compile(r"\b(?:mandat\w*|befogenhet\w*|mandate\w*|remit)\b|\b(?:ansvar\w*|responsib\w*|in charge)\b"
                      r"(?:\s+\w+){0,2}?\s+(?:avtalet|overenskommelsen|samverkansoverenskommelsen|loftet|medborgarloftet|"
                      r"arbetet|samverkan|agreement|promise|work|cooperation)\b")
# How the work is followed up or measured, asked of an entry that lists no follow-up of its own.
FOLLOW = CueSet.of({3: ("folj* ~ upp", "foljs upp", "uppfoljning*", "mats", "mater", "mata", "matning*",
                        "utvarder*", "followed up", "follow up", "follow-up", "measure*", "evaluat*", "hur vet ~ om",
                        "om ~ lyckas", "om ~ lyckats", "om ~ lyckades", "har ~ lyckats", "success*", "how ~ know if",
                        "know whether", "whether ~ worked", "if ~ worked")})
# The work reported or accounted for ("till vem rapporteras löftet?", "när redovisas det?", "vem får
# rapporterna?", "who is it reported back to?"): how it is followed up. A passive or a noun of reporting in
# any of its forms, never one's own report ("var kan jag rapportera …", "hur rapporterar man?", _ONESELF).
REPORTED = re.compile(r"\b(?:ater|slut)?(?:rapporter|redovis)(?:as|ades|ats|ad|at|ade|ing|ingen|ingar|ning|ningen|ningar|en|na|"
                      r"erna)?\b|\brapport(?:en|er|erna)?\b|\b(?:reported|report(?:s|ed|ing)?\s+back)\b")
# What the agreement builds on, asked by a verb of basing in any of its forms ("vad grundar X sitt löfte
# på?", "utifrån vad …?", "på vilken grund …?", "vad baseras det på?", "what is it based on?"), which the
# phrases of BASIS miss: "grund-", "bygg-" (never "bygga", a thing built) or "utgå-" before its "på"/"från";
# "var kom prioriteringarna ifrån?" asks where they came from.
_BASED_ON = re.compile(r"\b(?:grund(?:ar|ade|as|ades|ats|at|ad)|bygg(?:er|s|de|des|t|ts))\b(?:\s+\w+){0,6}?\s+pa\b|"
                       r"\butg(?:ar|ick|att|as)\b(?:\s+\w+){0,6}?\s+(?:fran|ifran)\b|\butifran vad\b|"
                       r"\bpa vilken grund\b|\bbaser(?:ar|ade|as|ades|ats|at|ad)\b|\bbased (?:up)?on\b|"
                       r"\b(?:var|varifran)\b(?:\s+\w+){0,1}?\s+kom(?:mit)?\b(?:\s+\w+){0,6}?\s+(?:ifran|fran)\b")
# How often something is done: the sentence that says how often.
# "förnyas löftet varje år?", "is the promise renewed every year?" ask how often too.
OFTEN = CueSet.of({3: ("hur ofta", "how often", "hur manga ganger", "how many times", "med vilken frekvens",
                       "hur regelbundet", "med vilket intervall", "how frequently", "how regularly", "at what intervals",
                       "varje ar", "vartannat ar", "arligen", "every year", "each year", "annually")})
# "Vilken del av Ludvika …?", "vilken plats kändes mest otrygg?", "which part of town …?": where, as
# "var" asks it (never "vilket område", which may be a focus area).
_WHERE_NOUNS = frozenset(("del", "delen", "delar", "delarna", "plats", "platsen", "part", "parts", "place", "spot"))
# "Var …?" asks where, unless a verb of one's own doing follows ("var kan jag anmäla").
_NOT_WHERE = frozenset(("kan", "ska", "far", "hittar", "finns", "can", "should", "det", "it"))
# "vilket område gäller löftet?", "which neighbourhood is the promise about?": the place it covers.
AREA_COVERED = re.compile(r"\b(?:vilket|vilken|which|what)\s+(?:omrade|area"
                           r")\s+(?:galler|omfattar|avser|handlar|is|does|covers)\b")
# "var ska kamerorna sitta?", "var kan polisen synas?": a thing's or the police's place, where "var ska
# jag anmäla" is one's own doing; the definite noun after the verb says so.
_THINGS_WHERE = re.compile(r"^(?!det$)\w{3,}(?:orna|arna|erna|na|en|et)$")
_ONESELF = frozenset(("jag", "vi", "man", "we", "you", "du"))
_MINE = frozenset(("min", "mitt", "mina", "my", "our"))  # "min anmälan rapporterades", "my car … reported"  # and English "I", which folds as "i" (in)
# How many answered or took part: "hur många" with a word of answering or taking part.
COUNT = CueSet.of({3: ("hur manga", "how many", "antal*", "number of")})
_COUNTED = frozenset(("svarade", "besvarade", "besvarat", "svarat", "svar", "deltog", "deltagit", "deltagare",
                      "medverkade", "lamnade", "answered", "responded", "respondents", "replied", "answer",
                      "participated", "participants", "took", "enkat", "enkaten", "survey", "undersokningen",
                      "medborgardialogen", "dialogen"))
# The words by which a question asks for one named thing of a kind ("vilka skolor", "which square").
_WHICH = frozenset(("vilken", "vilket", "vilka", "which", "heter", "namnen", "names"))
_WHICH_ONE = frozenset(("vilken", "which"))
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
ASKING_ONLY = ("count", "basis", "picture", "when")  # "vilka tider …", "vilken dag …" only ask
# Frames a concern's words may be asked in ("vilken stadsdel i Norrköping kändes otrygg?", "var känner sig
# folk otrygga?"): a question about what the text names, unless the resident says they want to tell.
ASKED_OF_THE_TEXT = ("where", "named")
_WHICH_FIRST = frozenset(("vilka", "vilken", "vilket", "which"))
_ASKING_WHOM = frozenset(("vem", "vilka", "vilken", "vilket", "vad", "who", "whom", "what", "which"))


def asks_the_text(asked: Ask | None, norm: str, toks: Sequence[str]) -> bool:
    """A where or which-named question in a concern's words that asks what the text names ("vilka
    stadsdelar känns otryggare i Kalmar?"): no wish to tell the kommun something, or a question opening
    with "vilka"/"which" (or "i vilket"/"in which") where the resident says no "jag vill"/"kan jag"."""
    if asked is None or asked.shape not in ASKED_OF_THE_TEXT:
        return False
    # "in which area do people feel unsafe?" opens with its "which" after a preposition
    return wants_to_give_feedback(norm) == 0 or (bool(set(toks[:2]) & _WHICH_FIRST) and not WANTS.found(norm))


@dataclass(frozen=True)
class Ask:
    """What the question's frame asks for: `shape` is decided, basis, often, where, count, follow, mandate, named, places or name; `endings`
    how the names of the kind asked end; `names` the folded words of the name asked about, the
    longest reading first."""

    shape: str  # or role, figure (bot/answering/text_asks.py), extend (extension_asks.py)
    endings: tuple[str, ...] = ()
    names: tuple[tuple[str, ...], ...] = ()


_BY_THE_BASIS = re.compile(r"\b(?:enligt|according to) (?:\w+ )?(?:underlag\w*|the basis)\b")


# "Vilka koncept ska polisen ta fram mot våld i nära relationer?": what is to be made, a commitment's content, not
# how the agreement was drawn up; "ta fram" asks the basis only of the agreement, its areas or the lägesbild.
_TO_BE_MADE = re.compile(r"\b(?:vilka|vilket|vilken|vad)\b.*\b(?:ska|skall|kommer att)\b.*\bta\w* fram\b")
_DRAWN_UP = re.compile(r"lofte|loften|overenskommelse|avtal|fokus|prioriter|omrade|lagesbild|problembild|agreement|promise")


def _to_be_made(norm: str) -> bool:
    return bool(_TO_BE_MADE.search(norm)) and not _DRAWN_UP.search(norm)


def _role_by_the_basis(norm: str) -> bool:
    """"Vem är kommunalråd i Orsa enligt underlaget?": a role asked, "enligt underlaget" only where the answer is
    from; the basis is asked only when another of its words asks it."""
    rest = _BY_THE_BASIS.sub(" ", norm)
    return rest != norm and any(cues.found(rest) for cues in ROLES.values()) and not BASIS.found(rest)


def ask(text: str, norm: str, toks: Sequence[str], masked: Sequence[str] = ()) -> Ask | None:
    """Which of the framed detail questions the message is, or None (read once, as the Reading's
    `detail_ask`); `masked`: the tokens with place names masked (the tokens when not given)."""
    toks = tuple(toks)
    if (early := how_frames.shape(norm, toks, masked)) is not None:  # before "where" and "figure" take them
        return Ask(early)
    if OFTEN.found(norm):
        return Ask("often")
    signing = SIGNING_DAY.search(norm) is not None  # "vilket datum skrevs det under?": the period's, with its day
    if WHEN.found(norm) and not signing:  # "när på veckan …?", "vilken tid …?": the day or hour, not the period
        return Ask("when")
    if extension_asks.asked(norm):  # "kan avtalet förlängas?", "nytt eller en förlängning?"
        return Ask("extend")
    if lead_asks.asks_who_is_hired(norm) and set(toks) & _ASKING_WHOM:  # "vad skulle kommunen anställa?"
        return Ask("hired")
    # "Östra Göinge – var är det otryggast?": the kommun's heading before the question word is no word of it
    # and its years ("Boxholm 2018–2019, var skulle polisen synas mer?": which agreement, then the question)
    head = next((at for at, t in enumerate(masked) if t != PLACE and not (t.isdigit() and len(t) == 4)), 0)
    opening = tuple(masked[head:]) if PLACE in masked[:head] and tuple(masked[head:head + 1]) in (("var",), ("where",)) \
        else toks
    if (opening[:1] in (("var",), ("where",)) and len(opening) > 2 and (opening[1] not in _NOT_WHERE or _THINGS_WHERE.match(opening[2]))
            and not set(opening[1:3]) & _ONESELF and not (opening[0] == "where" and "i" in opening[1:3])
            and not _BASED_ON.search(norm)):  # "var kom prioriteringarna ifrån?" asks what they build on
        return Ask("where")
    if any(word in _WHICH_ONE and toks[at + 1:at + 2] and toks[at + 1] in _WHERE_NOUNS for at, word in enumerate(toks)):
        return Ask("where")
    if AREA_COVERED.search(norm) or detail_frames.where_asked(toks):  # "vilket område gäller löftet?", "i vilken ort …?"
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
    if figure_asked(norm) and not signing:
        return Ask("figure")
    if _MANDATE.search(norm) and not (PICTURE.found(norm) and MAKING.found(norm)):
        return Ask("mandate")
    places = detail_frames.places_named(masked, toks)
    framed_shape = detail_frames.shape(norm, masked or toks, places)  # "vilket brott anmäls oftast?", "varför … på X?"
    # the basis named ("enligt underlaget för löftet"): its sentences, whatever frame is asked of them
    if framed_shape is not None and "underlag" not in norm:
        return Ask(framed_shape, names=(places,) if framed_shape == "why" and places else ())
    if PICTURE.found(norm) and MAKING.found(norm):
        return Ask("picture")
    if (PICTURE.found(norm) or SURVEYED.found(norm)) and SHOWED.found(norm) and _a_subject(masked or toks):
        return Ask("showed")
    if SURVEYED.found(norm) and SHOWED.found(norm) and not {"om", "about"} & set(toks):  # of nothing else named
        return Ask("survey")
    # "vad bygger dals-eds medborgarlöfte 2021 på?": a place of several words is one word in the gap
    if (BASIS.found(norm) or BASIS.found(" ".join(masked)) or _BASED_ON.search(norm)) and not _when_made(norm) \
            and not _role_by_the_basis(norm) and not _to_be_made(norm):
        return Ask("basis")
    if FOLLOW.found(norm) or (REPORTED.search(fold(text)) and not set(toks) & (_ONESELF | _MINE) and not WANTS.found(norm)):
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
    led = lead_asks.asked(norm, toks) if not defined else None
    if led is not None:  # "vem driver arbetet?", "vilka samarbetar X med?": no other frame
        return Ask("lead", (led,))
    if defined:
        words = [t for t in tokens(defined.group(1)) if t not in ("mean", "betyder", "innebar")]
        while words and words[0] in _ARTICLES:
            words = words[1:]
        # "Vad är medborgarlöftet i Hisings Backa?" asks for the agreement itself, not a sentence naming it.
        if words and not (words[0].startswith(AGREEMENT_STEMS) and (len(words) == 1 or words[1] in _TRAILING)):
            return Ask("name", names=_names(words))
    if start_asks.asked(toks, masked or toks):  # "när börjar Motala med medborgarenkäten?": its own time phrase
        return Ask("starts")
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


def _a_subject(masked: Sequence[str]) -> bool:
    """Whether what the lägesbild or survey is asked about is a subject ("om narkotika"), not only the
    kommun ("vad säger lägesbilden om Lund?" asks of Lund's lägesbild as a whole)."""
    return any(len(t) > 4 and t != PLACE and not t.startswith(SHOWING_STEMS) and not is_cue_word(t)
               and t not in _MONTHS for t in masked) or any(t in ("kvinnor", "man", "women", "men") for t in masked)


# When a survey was made ("i december 2019", "in March") says which survey, not what it is asked about.
_MONTHS = frozenset(("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
                     "november", "december", "january", "february", "march", "june", "july", "august", "october",
                     "varen", "hosten", "sommaren", "vintern", "spring", "autumn", "summer", "winter"))


