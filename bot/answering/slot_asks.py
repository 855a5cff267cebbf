"""One slot asked of a thing the entry names: who convenes or leads it, what times or opening hours, how often,
how many, since when, its phone number or e-mail ("vem sammankallar Brå i Växjö?", "vilka tider hölls
medborgardialogerna?", "öppettider för fritidsgården?", "vad har Anna Tenje för telefonnummer?").

The slot is read from the question's frame (`slot`), the thing from its own words that the entry's sentences
hold (not the slot's words, not the kommun). Of the entry's sentences naming the thing:

- one that holds the slot (a convener's verb, a time of day, a frequency, a count, "sedan 2019", a phone number
  or an address) is the answer, quoted as written, figures as the entry writes them;
- where none does, the answer says the slot is not mentioned, naming the slot asked ("Öppettider för
  fritidsgården nämns inte i Alvestas överenskommelse."), then what the entry does say of the thing (its
  sentences), never the people list or the focus list in its place.

A person of the entry asked for a phone number or an e-mail gets the number the entry's source gives as a press
contact, or that none is mentioned, and who the person is. Nothing here is tried unless a slot's words are in the
message; None leaves the answer the routing gave.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answering import compose, lexicon, slot_persons
from bot.answering.answer import Answer
from bot.answering.common_words import STOPWORDS
from bot.answering.intents import PLACE
from bot.answering.lexicon import AGREEMENT_STEMS
from bot.answering.conversation import Conversation
from bot.answering.entry_detail import detail_answer
from bot.answering.knowledge import Municipality
from bot.answering.passage_index import stem, terms
from bot.answering.passage_kinds import ABOUT_SOURCES, Passage
from bot.answering.passages import MAX_QUOTED, THRESHOLD, Passages, question, quoted
from bot.text import fold, genitive, kept, message_store, tokens

if TYPE_CHECKING:
    from bot.answering.reading import Reading

# After a day's or a date's frame: no word of the agreement's own signing, start or end anywhere later.
_NOT_THE_AGREEMENTS = (r"(?!.*\b(?:skrev\w*|undertec\w*|signer\w*|tecknade\w*|borja\w*|startade|slutade|upphor\w*|"
                       r"gick ut|trad\w* i kraft|sign\w*|start\w*|began|begin|end\w*|expire\w*|came into)\b)")
# The slot a question asks, by its frame (folded), in the order tried.
SLOTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("email", re.compile(r"\b(?:mejl\w*|mail\w*|e ?post\w*|epost\w*|e mail\w*|email\w*)\b")),
    ("phone", re.compile(r"\b(?:telefon(?:nummer|numret)?|tfn|tel|mobilnummer|nummer till|numret till|phone(?: number)?(?! scam)|"
                         r"kontaktuppgift\w*|contact details)\b")),
    ("hours", re.compile(r"\b(?:oppettid\w*|har \w+(?: \w+){0,3} oppet|oppet (?:nar|vilka)|opening hours|"
                         r"(?:is|are) (?:the )?\w+(?: \w+){0,3} open)\b")),
    ("since", re.compile(r"\b(?:sedan nar|sen nar|sedan vilket ar|since when|since what year)\b")),
    # A weekday asked ("vilken veckodag har poliskontoret öppet?", "which day does the police visit?"): never the
    # day an agreement was signed, began or ended, which the period and the signing answer.
    # A calendar date asked of a thing the entry names ("vilket datum är föreläsningskvällen?", "what date is the
    # walk?"), with the same exclusion: the date an agreement was signed, began or ended is the signing's answer.
    ("date", re.compile(r"\b(?:vilket datum|vilka datum|vilket exakt datum|which date|what date|what dates|which dates|"
                        r"exact date|exakt datum|datumet)\b" + _NOT_THE_AGREEMENTS)),
    ("day", re.compile(r"\b(?:vilken veckodag|vilka veckodagar|vilken dag(?! i veckan)|which weekdays?|what weekdays?|"
                       r"which day(?! of the week)|what day(?! of the week))\b" + _NOT_THE_AGREEMENTS)),
    ("times", re.compile(r"\b(?:tider$|times$|vilka tider|vilken tid(?! pa aret)|vilka dagar|vilken dag i veckan|nar pa (?:dagen|dygnet|kvallen|"
                         r"veckan)|tid(?:er)? pa dygnet|what times?|at what time|what time of day|which days|"
                         r"what days|vilket klockslag|vilka klockslag|hur dags|at what hour|what hours?)\b")),
    # A share asked ("hur stor andel känner sig otrygga?", "what percentage feel unsafe?"): a figure in per cent.
    ("share", re.compile(r"\b(?:hur stor (?:andel|del)|vilken andel|hur manga procent|hur stor procent\w*|"
                         r"what (?:share|proportion|percentage|percent)|how many per ?cent|how large a (?:share|proportion))\b")),
    ("who", re.compile(r"\b(?:vem|vilka|vilken|who)\b(?: \w+){0,2} (?:sammankallar|sammankallas|kallar till|leder|leds|"
                       r"convenes|convened|leads|chairs|is in charge of)\b|\bsammankallande\b")),
    ("often", re.compile(r"\b(?:hur ofta|how often|how frequently|hur manga ganger|how many times)\b")),
    ("answers", re.compile(r"\b(?:hur manga|antal|how many|number of)\b(?: \w+){0,4} (?:svarade|svarat|besvarade|svar|"
                           r"svarande|answered|responded|responses|respondents|replies)\b")),
    ("many", re.compile(r"\b(?:hur manga|antal\w*|how many|number of)\b")),
)
# The words of a slot's frame: never the thing asked of.
_FRAME = frozenset(("telefon", "telefonnummer", "telefonnumret", "nummer", "numret", "tfn", "tel", "mobilnummer",
                    "mejl", "mejladress", "mail", "mailadress", "epost", "epostadress", "adress", "email", "phone",
                    "number", "address", "kontaktuppgifter", "oppettider", "oppettid", "oppet", "open", "opening",
                    "hours", "tider", "tid", "dagar", "dag", "dygnet", "dagen", "kvallen", "veckan", "times", "time",
                    "days", "sammankallar", "sammankallas", "sammankallande", "kallar", "leder", "leds", "ordforande",
                    "convenes", "convened", "leads", "chairs", "charge", "ofta", "often", "frequently", "manga",
                    "many", "antal", "svarade", "svarat", "svar", "svarande", "answered", "responded", "responses",
                    "deltog", "deltar", "deltagare", "took", "part", "people", "traffas", "mots", "mote", "meet",
                    "meetings", "held", "halls", "holls", "sker", "genomfors", "finns", "fanns", "haft", "had",
                    "funnits", "existed", "year", "ar", "sedan", "sen", "since", "when", "nar", "who", "vem",
                    "veckodag", "veckodagar", "weekday", "weekdays", "day", "datum", "datumet", "date", "dates", "exakt",
                    "exact", "take", "takes", "klockslag", "hour", "dags", "andel",
                    "del", "stor", "procent", "share", "proportion", "percentage", "percent", "large"))
# How a sentence holds each slot (the sentence as written).
_HELD = {
    "phone": re.compile(r"\b0\d{1,3}[- ]\d[\d ]{4,}\d\b|\b\S+@\S+\.\w+"),
    "hours": re.compile(r"\b(?:öppe[tn]\w*|kvällstid|dagtid|kväll(?:ar|arna)?|helger(?:na)?|fredag\w*|lördag\w*|"
                        r"klockan \d+|kl\. ?\d+|\d\d[.:]\d\d|evenings?|weekends?|Fridays?|Saturdays?|opening hours|(?:mån|tis|ons|tors|sön)dag\w*|(?:Mon|Tues|Wednes|Thurs|Sun)days?|"
                        r"open (?:on|from|until|in))\b", re.IGNORECASE),
    "times": re.compile(r"\b(?:kvällstid|nattetid|dagtid|på kvällar(?:na)?|på helger(?:na)?|helgkvällar|fredag\w*|"
                        r"lördag\w*|(?:mån|tis|ons|tors|sön)dag\w*|(?:Mon|Tues|Wednes|Thurs|Sun)days?|klockan \d+|kl\. ?\d+|\d\d[.:]\d\d|in the evenings?|at night|during the day|"
                        r"at weekends|on weekends|Fridays?|Saturdays?|\d+ ?(?:am|pm))\b", re.IGNORECASE),
    "since": re.compile(r"\b(?:sedan|since) (?:år )?(?:19|20)\d\d\b", re.IGNORECASE),
    # the chair named by the body's genitive ("kommunstyrelsens ordförande Amanda Lindblad") leads it too
    "who": re.compile(r"\b(?:sammankall\w*|leds av|ledd av|samordnas av|ordförande (?:i|för)|\w{4,}s ordförande|convened by|convenes|led by|"
                      r"chaired by|coordinated by|chair(?:man|person)? of)\b", re.IGNORECASE),
    "often": re.compile(r"\b(?:\w+ gånger? (?:i|per|om) \w+|varje (?:vecka|månad|år|kvartal|termin|dag|höst|vår)|"
                        r"var(?:annan|tannat|annat) (?:vecka|månad|år)|kvartalsvis|månadsvis|veckovis|årligen|dagligen|"
                        r"(?:once|twice|\w+ times) (?:a|per|each) \w+|every (?:week|month|year|quarter|term|day|other)|"
                        r"(?:i|per|om|varje) (?:veckan|månaden|året|vecka|månad)|(?:a|per|each) (?:week|month|year)|"
                        r"tillfällen (?:under|per|om) (?:året|år)|occasions (?:a|per|each) year|vår och höst|\w*intervall\w*|"
                        r"intervals?|(?:vid )?\d+ (?:tillfällen|gånger)|\d+ (?:times|occasions)|"
                        r"quarterly|monthly|weekly|annually|yearly|daily)\b", re.IGNORECASE),
    "many": re.compile(r"(?<![\d.,:/–-])\b(?!(?:19|20)\d\d\b)(?:\d{1,3}(?: \d{3})+|\d{1,3}(?:,\d{3})+|\d+|två|tre|fyra|fem|sex|sju|åtta|"
                       r"nio|tio|tolv|tjugo|hundra|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred)"
                       r"\s+(?!år\b|procent\b|%|kr\b|kronor\b|gånger\b|timmar\b|years?\b|percent\b|times\b|hours\b|"
                       r"(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|"
                       r"january|february|march|may|june|july|august|october)\b)"
                       # "två nya grannsamverkansområden": a count's adjective before what it counts
                       r"(?:(?:nya|nytt|ny|fler|extra|new|more|additional)\s+)?[a-zåäö]{4,}", re.IGNORECASE),
}
# A weekday or a kind of day ("på torsdagar", "helgkvällar", "varje dag"); a share as a figure in per cent, never
# "majoriteten", which says how many feel so but no share.
_HELD["day"] = re.compile(r"\b(?:(?:mån|tis|ons|tors|fre|lör|sön)dag\w*|helg\w*|vardag\w*|varje dag|dagligen|"
                          r"alla dagar|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?|weekends?|weekdays?|every day|"
                          r"daily)\b", re.IGNORECASE)
# A calendar date: a day of a month ("den 12 mars", "12 March", "March 12") or an ISO date; a month or a year alone
# ("i mars", "2024") names no date.
_MONTH_NAMES = (r"(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|january|"
                r"february|march|may|june|july|august|october)")
_HELD["date"] = re.compile(rf"\b(?:\d{{1,2}}(?:e|:e|st|nd|rd|th)? (?:of )?{_MONTH_NAMES}|{_MONTH_NAMES} \d{{1,2}}(?!\d)|"
                           r"(?:19|20)\d\d-\d\d-\d\d)\b", re.IGNORECASE)
_HELD["share"] = re.compile(r"\d+(?:[,.]\d+)? ?(?:%|procent\b|per ?cent\b)", re.IGNORECASE)
_HELD["email"] = _HELD["phone"]
_HELD["answers"] = _HELD["many"]
# How the answer names the slot that is not mentioned: Swedish ("… nämns inte i X:s överenskommelse."), English
# ("X's agreement does not mention …").
NOT_MENTIONED = {
    "phone": ("Telefonnummer till {T}", "a phone number for {T}"),
    "email": ("E-postadress till {T}", "an e-mail address for {T}"),
    "hours": ("Öppettider för {T}", "opening hours for {T}"),
    "times": ("Tider för {T}", "the times of {T}"),
    "day": ("Veckodag för {T}", "the weekday of {T}"),
    "date": ("Datum för {T}", "the date of {T}"),
    "share": ("Någon andel i procent", "a share in per cent"),
    "since": ("Sedan när {T} finns", "since when there is {T}"),
    "who": ("Vem som leder eller sammankallar {T}", "who leads or convenes {T}"),
    "often": ("Hur ofta {T} träffas eller genomförs", "how often {T} meets or takes place"),
    "answers": ("Hur många som svarade på {T}", "how many answered {T}"),
    "many": ("Hur många som deltar i {T}", "how many take part in {T}"),
    "number": ("Antalet {T}", "the number of {T}"),
}
# The agreement itself is no thing of it ("hur många aktörer står bakom medborgarlöftet?").
# Nor are its parts, which the fixed answers list ("hur många fokusområden finns det?").
_AGREEMENT = (*AGREEMENT_STEMS, "citizen", "promise", "agreement", "cooperation", "overenskommel", "samverkansavtal",
              "fokus", "focus", "area", "omrade", "atagande", "commitment", "prioriter", "priorit")
_NOT_SAID = re.compile(r"namns inte|anges inte|framgar inte|does not mention|does not say|not mentioned|not given")
# The slot's own words in a note that it is not mentioned (folded).
SLOT_NAMED = {"phone": ("telefon", "phone", "nummer", "number"), "email": ("post", "mejl", "mail"),
              "hours": ("oppe", "open"), "times": ("tid", "time", "nar ", "when"), "day": ("dag", "day"), "date": ("datum", "date"),
              "share": ("andel", "procent", "share", "per cent", "percent"), "since": ("sedan", "since", "start"),
              "who": ("vem", "who", "leder", "leds", "sammankall", "convene", "lead"),
              "often": ("ofta", "often", "gang", "times"), "answers": ("hur manga", "how many", "antal", "number", "siffr"),
              "many": ("hur manga", "how many", "antal", "number", "siffr")}
_DOERS = frozenset(("kommunen", "polisen", "kommun", "polis", "police", "municipality", "parterna", "parties"))
_OWN = frozenset(("jag", "mig", "min", "mitt", "mina", "me", "my", "mine"))


# The words that open a question: a message with two of them outside the slot's frame asks two things
# ("Klippan: vilka skrev under, och hur många trafikinsatser …?"), each answered on its own (clauses.py).
_QUESTION_WORDS = frozenset(("hur", "vad", "vem", "vilka", "vilken", "vilket", "nar", "varfor", "how", "what",
                             "who", "which", "when", "where", "why"))


# "…, och var redovisas uppföljningen?": a second question, where "var" asks where (never "hur många var med").
_ASKS_WHERE_TOO = re.compile(r"(?:[,;:–-]\s*|\b(?:och|samt|and)\s+)(?:var|vart|where)\b(?!\s+med\b)")


_TIMES = frozenset(("date", "day", "times"))  # slots that ask when
_SLOTS_ASKED: dict[str, tuple[str | None]] = message_store()


def slot(norm: str) -> str | None:
    """The slot the (folded) question asks, or None; none in a message asking two things. Asked of the same
    words by the routing and again after it (`instead`): its patterns run once per text of a message (kept
    in a tuple, as `kept` makes again what it holds as None)."""
    return kept(_SLOTS_ASKED, norm, lambda text: (_slot(text),))[0]


def _slot(norm: str) -> str | None:
    if "112" in norm:
        return None
    found = next((name for name, pattern in SLOTS if pattern.search(norm)), None)
    # "när är nästa föreläsningskväll, vilket datum?": "när" asks the time a date's or a day's frame asks, no second
    # question beside it
    asking = [word for word in norm.split() if word in _QUESTION_WORDS and not (found in _TIMES and word in ("nar", "when"))]
    return None if len(asking) > 1 else found


def _thing(found: Passages, muni: Municipality, r: Reading) -> list[str]:
    """The question's own words that name what the slot is asked of and that the entry's sentences hold."""
    asked = question(r.text, r.tokens, r.masked, r.terms).subject
    # and a word the reading takes for a cue or no term ("kommunpoliser", "survey"): the question's own words
    asked = tuple(dict.fromkeys([*asked, *(t for t in r.masked if t != PLACE and t not in STOPWORDS and len(t) > 3)]))
    own = fold(muni.name)
    asked = tuple(t for t in asked if t not in _FRAME and t not in _DOERS and not t.startswith(_AGREEMENT)
                  and not t.startswith(own[:5]) and len(t) > 2 and not t.isdigit() and found.holds(muni.id, t, r.language))
    # the words few entries hold; else any ("samverkansgruppen", which many entries name, is still the thing asked)
    return found.specific(list(asked)) or list(asked)


def _naming(found: Passages, muni: Municipality, thing: Sequence[str], r: Reading) -> list[Passage]:
    """The entry's sentences that hold a word of the thing, the best ranked for the question's words first."""
    wanted = set(terms(thing))
    ranked = found.rank(muni.id, [*thing, *r.masked], r.language)
    return [p for score, p in ranked if p.kind not in ABOUT_SOURCES and p.kind not in ("party", "partner", "contact")
            and wanted & set(terms(tokens(p.text)))]


# Who a count of people counts ("1 191 invånare svarade", "500 personer deltog"): a count of the thing asked, or of
# these, answers "hur många"; "tre fokusområden" in a sentence naming the kommunpolis does not.
_PEOPLE = ("person", "invanar", "deltagar", "svar", "elev", "ungdom", "medborgar", "besok", "people", "resident",
           "participant", "respon", "answer", "pupil", "young", "citizen", "visit")  # folded, as the count's word is


def _holds(asked: str, text: str, thing: Sequence[str], given: bool = False) -> bool:
    """Whether a sentence holds the slot asked; a count only of the thing or of people. Of an answer `given` by the
    routing: who leads only on a line that names the thing ("chair of the municipal executive board" is no chair
    of the council), a count of anything but the agreement's parts ("16 samverkansparter", never "tre
    fokusområden")."""
    if given:  # its own words, never its source line's dates
        text = re.split(r"\n\n(?:Källa|Source|Källor|Sources):", text)[0]
        if asked == "date":  # nor the agreement's period in brackets ("medborgarlöfte 2019–2021, från 1 juni 2019 …")
            text = re.sub(r"\([^()]*\)", " ", text)
    if asked == "who" and given:
        return any(_HELD[asked].search(line) and any(len(t) >= 5 and t[:5] in fold(line) for t in thing)
                   for line in text.split("\n"))
    if asked not in ("many", "answers"):
        return _HELD[asked].search(text) is not None
    listed = [line for line in text.split("\n") if line.startswith("• ") and not re.search("[”“]", line)]
    if given and asked == "many" and len(listed) >= 2:
        return True  # the places or things listed are how many ("• Centrala Laholm", "• Knäred")
    for m in _HELD[asked].finditer(text):
        counted = fold(m.group(0).split()[-1])
        if counted.startswith(_PEOPLE) or any(counted[:5] == t[:5] for t in thing) or (
                given and not counted.startswith(_AGREEMENT)):
            return True
    return False


# A question's verbs, which end the name of the thing asked of ("hur många riktade insatser mot narkotikabrott har …").
_VERBS = frozenset(("ska", "skall", "skulle", "kommer", "lovar", "lovade", "lovat", "har", "hade", "ar", "var", "blir",
                    "blev", "kan", "kunde", "gor", "gora", "gjorde", "tar", "ger", "finns", "fanns", "enligt", "will",
                    "would", "should", "shall", "can", "could", "do", "does", "did", "is", "are", "was", "were", "be",
                    "been", "has", "have", "had", "promise", "promised", "promises", "according"))
# The small words inside a thing's name ("rådet för trygghet", "the council of elders").
_LINKING = frozenset(("for", "av", "och", "of", "the", "and", "for", "mot", "med", "om", "pa", "i", "in", "on", "at"))


def _written(thing: Sequence[str], naming: Sequence[Passage], r: Reading) -> str:
    """The thing as the question wrote it ("brottsförebyggande rådet": a word before it the entry's sentences hold
    too), in the entry's spelling where a sentence holds the word folded the same."""
    at = [i for i, t in enumerate(r.tokens) if t in thing]
    if not at:
        return " ".join(thing)
    after = at[0] + 1
    if r.tokens[at[0]].endswith("erar") and after < len(r.tokens) and after not in r.scan.used \
            and r.tokens[after] not in _VERBS | _DOERS | _LINKING | STOPWORDS:
        at = [after, *at[1:]]  # "vilken dag patrullerar ordningsvakterna?": the verb before the thing names none of it
    start = at[0] - 1 if at[0] > 0 and len(r.tokens[at[0] - 1]) >= 5 and r.tokens[at[0] - 1] not in _FRAME | _DOERS \
        and not r.tokens[at[0] - 1].endswith("erar") and any(
        r.tokens[at[0] - 1] in fold(p.text) for p in naming) and r.masked[at[0] - 1] != PLACE else at[0]
    as_typed = re.findall(r"\w+", r.text)  # "trygghetsundersökningar" as the resident wrote it
    written = as_typed if [fold(w) for w in as_typed] == list(r.tokens) else list(r.tokens)
    end = at[-1]
    for i in range(at[0] + 1, at[-1] + 1):
        # the thing's words up to a place or the question's verb: "krogarna i Karlstad enligt …", "cameras will be
        # installed in …", "timmar per år ska polisen synas …" name the krogar, the cameras, the hours a year
        if i in r.scan.used or r.tokens[i] in _VERBS and written[i].lower() != "år" or (  # ("år" folds as "är")
                r.tokens[i] in _FRAME and r.tokens[i] != "ar") or r.tokens[i] in _QUESTION_WORDS \
                or r.tokens[i] in _DOERS and r.language != "en" \
                or r.tokens[i].isdigit():  # "fritidsgårdarna – öppettider?", "… hann polisen" (never "police presence")
            end = i - 1
            break
    while end > at[0] and r.tokens[end] in _LINKING:
        end -= 1  # "krogarna i": the small word before the place left out
    words = []
    for i in range(start, end + 1):
        seen = next((w for p in naming for w in re.findall(r"[\wåäöÅÄÖé-]+", p.text) if fold(w) == r.tokens[i]), None) or next(
            (w for p in naming for w in re.findall(r"[\wåäöÅÄÖé-]+", p.text) if len(r.tokens[i]) >= 6
             and fold(w).startswith(r.tokens[i])), None)  # "trygghetsundersökningar" of a slipped "…undersokning"
        words.append(seen if seen and (seen.isupper() or seen.startswith("Brå")) else written[i] if (
            len(written[i]) > 1 and written[i].isupper()) else (seen or written[i]).lower())  # "CCTV" as typed
    if r.language == "en" and words[0].islower() and words[0] != "the":
        words.insert(0, "the")
    return " ".join(words)


def instead(given: Answer, r: Reading, muni: Municipality | None, conversation: Conversation, found: Passages,
            today: dt.date) -> Answer | None:
    """`answer` in place of the answer the routing `given`, never of an emergency's, a refusal's or one opened
    with the 112 line."""
    if given.topic in ("emergency", "refused") or given.text.startswith(compose.danger_line(r.language)):
        return None
    return answer(r, muni, found, conversation, today, given)


def _said_not_mentioned(given: Answer, asked: str, naming: Sequence[Passage]) -> bool:
    """Whether the routing's answer already says the slot asked is not mentioned ("Någon siffra för hur många nämns
    inte …") beside a sentence on the thing: never the limits line, nor a note on another slot or subject."""
    first = fold(given.text.split("\n\n")[0])
    return given.topic != "limits" and _NOT_SAID.search(first) is not None \
        and any(word in first for word in SLOT_NAMED[asked]) and any(p.text in given.text for p in naming)


def one_ask(parts: Sequence[str]) -> bool:
    """Whether at most one of a message's parts asks ("Salem medborgardialoger – hur många?": a heading, then
    the ask), so that a slot read in the whole message is the message's only question."""
    asking = [p for p in parts if lexicon.asks(p, tokens(p))]
    # "När är nästa föreläsningskväll, vilket datum?": a time's frame alone after a question says when the thing that
    # question names is, no second question ("…? hur många gånger" is one of its own: a count may be the thing's)
    alone = [p for p in asking if len(tokens(p)) <= 3 and slot(" ".join(tokens(p))) in _TIMES]
    return len(asking) - (len(alone) if len(alone) < len(asking) else 0) < 2


def answer(r: Reading, muni: Municipality | None, found: Passages, conversation: Conversation,
           today: dt.date, given: Answer) -> Answer | None:
    """The slot asked of a thing `muni`'s entry names: the sentence that holds it, else that it is not mentioned
    and what the entry says of the thing; None when no slot is asked, the entry names no such thing, or the
    answer `given` by the routing already holds the slot (its own sentence for "på trafikterminalen")."""
    asked = slot(r.norm) if not _ASKS_WHERE_TOO.search(r.text.lower()) else None
    if muni is None and r.persons and len({m.id for m, _ in r.persons}) == 1:
        muni = r.persons[0][0]  # "vad har Kjell Tenn för telefonnummer?": the kommun whose entry names them
    if muni is None and r.persons and asked in ("phone", "email") and r.rules is None:
        return slot_persons.contact(r.persons, asked, None, r.language, today, conversation)  # named for several kommuner
    if asked is None or muni is None or not muni.agreements or r.rules is not None or not lexicon.asks(r.text, r.tokens):
        return None
    if any(m.police_area or m.place.municipality_id != muni.id for m in r.scan.mentions):
        return None  # another kommun or a police area named: its own question
    language = r.language
    if asked in ("phone", "email"):
        persons = tuple((m, p) for m, p in r.persons if m.id == muni.id)
        if not persons and given.topic == "people" and given.municipality == muni.id:
            # named by their role ("vilken mejladress har trygghetssamordnaren?"): the people the answer found for it,
            # whose number or address is asked, even in a resident's own errand ("jag vill mejla …")
            listed = [p for p in muni.people if p.name in given.text.split("\n\n")[0]]
            persons = tuple((muni, p) for p in listed if slot_persons.role_asked(p, r, listed))
        if persons and not any(getattr(p, "phone", "") and getattr(p, "phone") in given.text for _, p in persons):
            return slot_persons.contact(persons, asked, muni, language, today, conversation)
        if _OWN & set(r.tokens):
            return None  # "kan jag få ert telefonnummer?", "my number": the resident's own errand
    thing = _thing(found, muni, r)
    if not thing and asked == "share":
        return _no_share(r, muni, found, given)
    if not thing:
        return _unheld(r, muni, found, given, asked)
    naming = _naming(found, muni, thing, r)
    if not naming and asked in _TIMES and given.topic == "detail" and given.municipality == muni.id \
            and not _holds(asked, given.text, thing, given=True) and not _NOT_SAID.search(fold(given.text.split("\n\n")[0])):
        # "vilka dagar i veckan patrullerar polisen i centrum?" of an entry whose words for the thing no sentence
        # holds together: the sentence the routing found is what it says, and that the time is not mentioned opens it
        return replace(given, text=_not_mentioned(asked, _done(thing, r), muni, language) + "\n\n" + given.text)
    # the question's own words beside the thing ("på trafikterminalen"), never the slot's ("chairs") nor the kommun's,
    # which a line on the chair of the municipal executive board holds
    own = (*thing, *(t for i, t in enumerate(r.tokens) if t not in _FRAME and t not in _DOERS and i not in r.scan.used))
    if not naming or given.municipality in (muni.id, None) and (_holds(asked, given.text, own, given=True)
                                                          or _said_not_mentioned(given, asked, naming)):
        return None
    held = [p for p in naming if _holds(asked, p.text, thing) or p.kind == "area" and _holds(asked, p.label, thing)]
    if held:
        return _quoted(muni, held[:MAX_QUOTED], language, today, conversation, "")
    name = _written(thing, naming, r)
    counted = asked == "many" and any(r.tokens[i - 1:i] in (["manga"], ["antal"], ["many"]) for i, t in enumerate(r.tokens)
                                       if t in thing)  # "hur många kommunpoliser": the number of them
    if counted and name.startswith("the "):
        name = name[4:]  # "the number of CCTV cameras", never "of the CCTV cameras" of them all
    line = _not_mentioned("number" if counted else asked, name, muni, language)
    return _quoted(muni, naming[:MAX_QUOTED], language, today, conversation, line)


def _done(thing: Sequence[str], r: Reading) -> str:
    """The thing as written, after the act the question names it by in a verb in -erar, said as its noun
    ("patrullerar polisen i centrum": "patrullering i centrum"), where the thing is only where it is done."""
    name = _written(thing, [], r)
    at = next((i for i, t in enumerate(r.tokens) if t in thing), len(r.tokens))
    verbs = [i for i, t in enumerate(r.tokens[:at]) if t.endswith("erar") and t not in _FRAME and len(t) > 6]
    written = re.findall(r"\w+", r.text)
    if r.language == "en" or not verbs or len(written) != len(r.tokens):
        return name
    noun = re.sub(r"erar$", "ering", written[verbs[-1]].lower())
    where = next((r.tokens[i] for i in range(verbs[-1] + 1, at) if r.tokens[i] in ("i", "pa", "vid")), None)
    return f"{noun} {written[r.tokens.index(where, verbs[-1])].lower()} {name}" if where else noun


def _not_mentioned(asked: str, name: str, muni: Municipality, language: str) -> str:
    """"Datum för föreläsningskväll nämns inte i Österåkers överenskommelse." / "X's agreement does not mention …"."""
    sv, en = NOT_MENTIONED[asked]
    return compose.pick(language, sv.format(T=name) + f" nämns inte i {genitive(muni.name)} överenskommelse.",
                        f"{muni.name}'s agreement does not mention " + en.format(T=name) + ".")


# What is not mentioned of a thing the entry does not name at all, after the thing itself ("…, och därmed inga tider").
_NOR = {"phone": ("inget telefonnummer", "nor a phone number"), "email": ("ingen e-postadress", "nor an e-mail address"),
        "hours": ("inga öppettider", "nor opening hours"), "times": ("inga tider", "nor any times"),
        "day": ("ingen veckodag", "nor a weekday"), "date": ("inget datum", "nor a date"), "since": ("inte sedan när", "nor since when"),
        "who": ("ingen ledare eller sammankallande", "nor a leader or convener"), "often": ("inte hur ofta", "nor how often"),
        "answers": ("inte hur många som svarade", "nor how many answered"),
        "many": ("inget antal", "nor a number"), "share": ("ingen andel", "nor a share")}
_ANSWERS_NOTHING = ("overview", "focus")  # a routing's answer that quotes nothing of the thing asked
_GOVERNING = ("council", "board", "kommunstyrelse", "fullmaktige", "kommunfullmaktige", "namnd", "styrelse", "kommunledning")
_ALL_NAMED = re.compile(r"Personer som nämns för |People named for |Personer nämns inte vid namn |The source does not "
                        r"mention anyone by name ")  # the people answer's openings when no role was picked


def _no_share(r: Reading, muni: Municipality, found: Passages, given: Answer) -> Answer | None:
    """A share asked ("hur stor andel känner sig trygga?") of an entry no sentence of which gives one in per cent:
    that none is mentioned opens the routing's answer about the kommun."""
    if given.municipality != muni.id or given.topic in ("limits", "emergency", "refused") or _HELD["share"].search(
            given.text) or any(_HELD["share"].search(p.text) for p in found.of(muni.id, r.language)):
        return None
    sv, en = NOT_MENTIONED["share"]
    line = compose.pick(r.language, f"{sv} nämns inte i {genitive(muni.name)} överenskommelse.",
                        f"{muni.name}'s agreement does not mention {en}.")
    return None if line in given.text else replace(given, text=line + "\n\n" + given.text)


def _unheld(r: Reading, muni: Municipality, found: Passages, given: Answer, asked: str) -> Answer | None:
    """A slot asked of a thing no sentence of the entry names ("vid vilken tid fotpatrullerar polisen?" of an entry
    without foot patrols), answered by the overview or the focus list: that the thing is not mentioned, nor the slot,
    opens it. The thing is the question's one long word the entry lacks, a verb in -erar said as its noun
    ("fotpatrullering"); nothing when there are several, or none."""
    # (or all the people named, for who leads a body the entry does not name: "vem leder arbetsgrupperna?"; never one
    # the routing chose for a role asked, "who chairs the council?", the chair of the municipal executive board)
    if not (given.topic in _ANSWERS_NOTHING or asked == "who" and given.topic == "people" and _ALL_NAMED.match(given.text)) \
            or given.municipality != muni.id or r.persons \
            or any(t.startswith(_AGREEMENT) for t in r.tokens):
        return None  # ("hur många fokusområden har X, sex stycken?" asks of the agreement's parts, which it holds)
    frame = dict(SLOTS)[asked].search(r.norm)
    after = len(r.norm[:frame.start()].split()) if frame is not None else 0  # the thing follows the slot's words
    own = fold(muni.name)
    written = re.findall(r"\w+", r.text)
    if len(written) != len(r.tokens):
        return None

    def unheld(i: int) -> bool:
        t = r.tokens[i]
        return t not in _FRAME and t not in _DOERS and t not in STOPWORDS and not t.startswith((*_AGREEMENT, own[:5])) \
            and not t.isdigit() and i not in r.scan.used and not found.holds(muni.id, t, r.language)
    at = [i for i, t in enumerate(r.tokens) if len(t) >= 6 and i >= after and unheld(i)]
    if len(at) != 1 and not (r.language == "en" and at and at[-1] - at[0] == len(at) - 1):
        return None  # (but "working groups": one thing of words side by side)
    at = at[-1:]
    start = at[0]
    while r.language == "en" and start > 0 and len(r.tokens[start - 1]) >= 3 and (unheld(start - 1) or (
            asked == "who" and start - 1 not in r.scan.used and r.tokens[start - 1] not in _FRAME | _DOERS | _LINKING | _QUESTION_WORDS | _VERBS)):
        start -= 1  # "foot patrols": the words before it the entry lacks too; "the safety council", a body's whole name
    if given.topic == "people" and start == at[0] and r.tokens[start].startswith(_GOVERNING):
        return None  # "who chairs the council?": the kommun's own board, whose chair the people named may be
    word = ("the " if r.language == "en" and asked == "who" else "") + " ".join(written[start:at[0] + 1]).lower()
    noun = re.sub(r"(?:erar|erade|eras)$", "ering", word) if r.language != "en" else word
    if r.language != "en" and noun == word and re.search(r"(?:ar|ade|as|er)$", word) and stem(fold(word)) not in found.stems_in_both(None):
        return None  # a verb with no noun said for it ("övervakar"): no thing to name
    sv, en = _NOR[asked]
    line = compose.pick(r.language, f"{noun[:1].upper()}{noun[1:]} nämns inte i {genitive(muni.name)} överenskommelse, och därmed {sv}.",
                        f"{muni.name}'s agreement does not mention {noun}, {en}.")
    first, _, rest = given.text.partition("\n\n")
    if line in first:
        return None  # said already (the answer is read again after the routing)
    # a note on a word of it ("… does not mention foot.") gives way to the note on the thing
    body = rest if rest and _NOT_SAID.search(fold(first)) else given.text
    return replace(given, text=line + "\n\n" + body)


def _quoted(muni: Municipality, chosen: Sequence[Passage], language: str, today: dt.date, conversation: Conversation,
            line: str) -> Answer:
    text, ids = quoted(muni, [(THRESHOLD, p) for p in chosen], language)
    return detail_answer(muni, line + "\n\n" + text if line else text, ids, language, today, conversation)
