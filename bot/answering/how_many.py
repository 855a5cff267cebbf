"""Whether an answer tells the count or the frequency a question asks for.

"Hur många kameror ska sättas upp vid Knutpunkten?", "How many hours a year will police patrol on foot?",
"Hur ofta ska det göras trygghetsvandringar?": the passage that answers such a question is often about the
right subject and gives no number ("Kamerabevakning vid Vendevägen"). Quoted alone it reads as the answer;
a reader asked for a figure and needs to hear that the agreement does not give one, then what it does say.
A count is a number that is no year, date, phone number or list number, or a number word; a frequency is
said with "varje", "gång", "per vecka", "every", "weekly" and the like.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.answering.compose import pick
from bot.text import fold, tokens

COUNT = re.compile(r"\b(?:hur (?:manga|mycket)|how (?:many|much)|antal(?:et)?|number of)\b")
OFTEN = re.compile(r"\b(?:hur ofta|how often|how frequently|how regularly|hur regelbundet|med vilken frekvens|"
                   r"hur manga ganger|how many times)\b")

_MONTHS = ("januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|january|"
           "february|march|may|june|july|august|october")
_NOT_A_COUNT = re.compile(
    rf"^\s*\d+\.\s|\b\d{{1,2}} (?:{_MONTHS})\b|\b(?:19|20)\d\d\b|\b11[234](?: ?\d\d)?\b|\d{{3}}-\d{{3}} ?\d\d ?\d\d|"
    r"\b\d+[-–]\d+\b", re.IGNORECASE | re.MULTILINE)
_NUMBER_WORDS = re.compile(
    r"\b(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|femton|tjugo|trettio|fyrtio|femtio|hundra|tusen|"
    r"(?:tio|tjugo|trettio|hundra|tusen)tal\w*|dussin|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"hundred|thousand|dozen|dozens|dubbelt|double|halv\w*|half)\b", re.IGNORECASE)
_FREQUENCY = re.compile(
    r"\b(?:varje|var(?:annan|annat|tannat)|var (?:annan|annat|tredje|fjärde) \w+|gång|gånger|gången|tillfälle\w*|"
    r"(?:i|per|om|under) (?:dag|dagen|vecka|veckan|månad|månaden|år|året|kvartal|kvartalet|termin|terminen)|"
    r"(?:kvartals|månads|vecko|års|dags|halvårs|termins|period|omgångs)vis\w*|årlig\w*|dagligen|kvartal\w*|"
    r"(?:vår|höst)(?: och| respektive| resp\.?) (?:höst|vår)|regelbund\w*|"
    r"every|each (?:week|month|year)|weekly|monthly|yearly|regular\w*|"
    r"annually|daily|quarterly|times|once|twice|(?:a|per) (?:day|week|month|year)|occasions?)\b", re.IGNORECASE)
# What a count of is listed by the answer itself ("hur många fokusområden"), or is a period ("hur många år"):
# the list or the years are the answer.
LISTED = frozenset(("fokusomraden", "omraden", "punkter", "loften", "ataganden", "prioriteringar", "insatsomraden",
                     "samverkansomraden", "delar", "mal", "ar", "manader", "veckor", "areas", "focus", "points",
                     "promises", "commitments", "priorities", "parts", "goals", "years", "months", "weeks",
                     "overenskommelser", "avtal", "agreements", "parter", "parties", "kommuner", "municipalities"))


def asked(norm: str) -> str | None:
    """"often" or "count" when the message asks how often or how many, else None."""
    if OFTEN.search(norm):
        return "often"
    return "count" if COUNT.search(norm) else None


def told(kind: str, body: str, counted: Sequence[str] = ()) -> bool:
    """Whether the answer's text (without its sources) gives a frequency (a count of times, "vid 200 tillfällen",
    answers "hur många gånger" too; a count of anything else, "tre riktade insatser", "280 personer", no
    frequency), or for a count, a count: with the folded words `counted` ("kvallar"), a count of that thing, a
    number a few words before a word that shares its stem ("fem kvällar", "fem nya kommunpoliser" for
    "poliser"), never "vid 200 tillfällen" for "hur många kvällar"."""
    if kind == "often":
        return _FREQUENCY.search(body) is not None
    rest = _NOT_A_COUNT.sub(" ", body)
    named = [word for word in counted if len(word) >= STEM and word != PEOPLE]  # "i rad" names no thing: any count
    if named:
        return any(_counts_of(rest, word) for word in named)
    return re.search(r"\d", rest) is not None or _NUMBER_WORDS.search(rest) is not None


_NEAR = 4  # words between a number and the thing it counts ("tre riktade trafikkontroller per år")
STEM = 5  # letters of a word's start that name it ("kvällar", "kvällarna")
_HEAD = 7  # letters of a compound's end that name it ("trygghetsvandringar" of "vandringar")


def _counts_of(body: str, word: str) -> bool:
    """Whether a number stands a few words before a word naming the same thing as `word` (folded)."""
    toks = tokens(body)
    for at, token in enumerate(toks):
        if not (token.isdigit() or _NUMBER_WORDS.fullmatch(token) or token in ("tva", "atta")):  # folded
            continue
        for near in toks[at + 1:at + 1 + _NEAR]:
            if _same_thing(near, word):
                return True
    return False


def _same_thing(near: str, word: str) -> bool:
    if len(near) < 4:
        return False
    return (word[:STEM] in near or near[:STEM] in word
            or len(word) > _HEAD + 2 and near.endswith(word[-_HEAD:]) or len(near) > _HEAD + 2 and word.endswith(near[-_HEAD:]))


PEOPLE = "som"  # what absent.counted gives for a count of people named only by what they do ("hur många som …")


def of_a_thing(kind: str, counted: Sequence[str]) -> bool:
    """A count asked of a thing the answer may lack ("kameror", "hours"), not of its own list or years, nor a
    count of people who did something ("hur många svarade"); a frequency always."""
    if kind == "often":
        return True
    return bool(counted) and counted[0] not in LISTED and not counted[0].endswith(("ade", "ades", "ats"))


def note(kind: str, words: Sequence[str], display: dict[str, str], name_genitive: str, name: str,
         language: str) -> str:
    """"Antalet kameror nämns inte i Faluns överenskommelse." / "Falun's agreement does not mention how often." """
    said = " ".join(display.get(w, w) for w in words)
    if list(words) == [PEOPLE]:  # "hur många som ska gå med": a number of people, named by what they do
        return pick(language, f"Någon siffra för hur många nämns inte i {name_genitive} överenskommelse.",
                    f"{name}'s agreement does not mention how many.")
    if language == "en":
        what = "how often" if kind == "often" else f"how many {said}"
        return f"{name}'s agreement does not mention {what}."
    what = "Hur ofta det ska ske" if kind == "often" else f"Antalet {said}"
    return f"{what} nämns inte i {name_genitive} överenskommelse."


# How often they are to meet or talk with people ("hur ofta ska de prata med folk?", "how often will they meet
# residents?"), asked in the resident's verbs: the entry says it with a noun of contact ("minst tre
# medborgarkontakter per vecka", "dialogmöten två gånger per termin"), which shares no word with the question.
CONTACT_ASKED = re.compile(r"\b(?:prata|pratar|pratat|snacka\w*|traffa|traffar|traffas|mota|moter|motas|samtala\w*|"
                           r"kontakt\w*|besoka|besoker|talk|talks|talking|speak|speaks|meet|meets|meeting|contact\w*|"
                           r"visit|visits|dialog\w*)\b")
_CONTACT_SAID = re.compile(r"kontakt|\bmote\b|moten|dialog|samtal|besok|\btraff|contact|meeting|dialogue|visit|\btalk")


def tells_contacts_often(sentence: str) -> bool:
    """Whether a sentence says how often people are met or talked with ("tre medborgarkontakter per vecka")."""
    return _CONTACT_SAID.search(fold(sentence)) is not None and told("often", sentence)

