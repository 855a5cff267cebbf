"""The words that tell when an emergency's words happen (bot/answering/danger.py decides with them):
now ("just nu", "utanför"), in the past ("igår", "last week"), over and over ("hela tiden"), since an
event, again in the future, whenever someone does it, or over because the missing were found.

Apart from danger.py because the time of a message is read by other modules too (not_now and
the reading) and its lists grow by themselves, while danger.py keeps the deciding.
"""
from __future__ import annotations

import re

from bot.answering.lexicon import CueSet


# Words that say it is happening at this moment; with them, a past time does not make it over.
NOW_TIME: tuple[str, ...] = (
    "nu", "just nu", "pagar", "haller pa", "right now", "now", "happening", "currently", "akut", "emergency",
    "snabbt", "hurry", "quick", "nyss", "precis", "ikvall", "inatt", "tonight")
NOW_SIGNS = CueSet.of({3: NOW_TIME + (
    "hjalp", "help", "hjalp mig", "help me", "utanfor", "outside", "bredvid", "next door", "hos mig",
    "hos grannen", "i trapphuset", "vad ska jag gora", "what do i do", "what should i do")})
NOW_TIME_SIGNS = CueSet.of({3: NOW_TIME})
PAST_SIGNS = CueSet.of({3: (
    "igar", "i gar", "yesterday", "forra veckan", "forra manaden", "forra aret", "last week", "last month",
    "last night", "i helgen", "har varit", "i somras", "i vintras", "tidigare", "forut", "ago",
    "i fjol", "for en vecka sedan", "for nagra dagar sedan", "days ago", "forra helgen", "last weekend",
    "last year", "last summer", "i varas", "i hostas", "under semestern", "veckor sedan", "veckor sen",
    "manader sedan", "manader sen", "ar sedan", "ar sen", "en manad sedan", "en manad sen", "dagar sen",
    "for en vecka sen", "i forrgar", "weeks ago", "months ago", "years ago", "i mandags", "i tisdags",
    "i onsdags", "i torsdags", "i fredags", "i lordags", "i sondags", "i morse", "nar jag var", "when i was",
    "som barn", "as a child", "last monday", "last tuesday", "last wednesday", "last thursday", "last friday",
    "last saturday", "last sunday", "this morning", "this autumn", "this summer", "this spring", "this winter",
    "i host", "i julas", "over the weekend", "earlier this", "forra vintern", "forra sommaren", "forra hosten",
    "forra varen", "last winter", "last spring", "last autumn", "last fall", "for ett tag sedan", "for ett tag sen",
    "a while ago", "the other day", "the other night", "this past weekend", "past weekend",
    "efter olyckan", "efter en olycka", "efter inbrottet", "efter ett inbrott", "efter branden", "efter misshandeln",
    "after the accident", "after an accident", "after the break in", "after the fire",  # after it; English told as past:
    *(f"{on} {day}{part}" for on in ("on", "this past") for day in ("monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday") for part in (" night", " evening", " morning", " afternoon")))})
# A threat or violence that goes on and on: help and reporting, with 112 for when it is acute.
CHRONIC_SIGNS = CueSet.of({3: (
    "hela tiden", "ofta", "jamt", "varje dag", "varje kvall", "ibland", "i manader", "i flera", "lange",
    "all the time", "always", "constantly", "every day", "every night", "sometimes", "for months", "keeps",
    "sedan flera", "flera manader", "flera veckor", "flera ar", "i aratal", "for years", "for weeks",
    "brukar", "aldrig", "inte langre", "no longer", "anymore", "flera ganger", "varje gang",
    "every time", "keep", "vagar inte", "dont dare", "don t dare", "mobb*", "bullied", "bullying", "harass*",
    "trakasser*", "varje rast", "pa vagen hem", "on the way home", "i rad", "flera natter", "flera kvallar",
    "senaste manaden", "senaste veckan", "senaste tiden", "in a row", "several nights", "lately")})
# Someone missing who has been found: an event that is over.
FOUND_SIGNS = CueSet.of({3: ("kom hem", "kom tillbaka", "hittades", "hittade vi", "hittade honom", "hittade henne",
                             "came home", "came back", "was found", "found him", "found her")})
TOLD_OVER = CueSet.of({3: ("blev", "har blivit", "hade blivit", "was", "were", "had", "sag", "saw", "witnessed",
                           "var med nar", "after being", "efter att", "efter")})
SINCE_SIGNS = CueSet.of({3: ("sedan", "sen dess", "efter att", "ever since", "since the", "since my", "after the")})
BEEN_SIGNS = CueSet.of({3: ("har blivit", "blev", "hade blivit", "jag blivit", "att jag blivit", "sedan jag blivit", "has been", "have been", "was", "got")})
FUTURE_SIGNS = CueSet.of({3: ("ska", "skall", "kommer att", "igen", "will", "going to", "again", "nagon gang")})
# Violence against someone else told as what happens whenever ("pappan slår henne när hon är där"): a
# situation to get help with. (Against the resident, "slår mig när han dricker" stays 112 first.)
WHENEVER_SIGNS = CueSet.of({3: ("nar han", "nar hon", "nar de", "nar barnen", "nar pappa", "nar mamma", "whenever",
                                "when he", "when she", "when they")})
# A time that recurs told of someone's following or waiting ("står utanför mitt jobb varje eftermiddag", "keeps
# following me", "on the way home in the evenings"): a habit of harassment, not this moment. Narrower than
# CHRONIC_SIGNS, whose "vågar inte" or "aldrig" tell a feeling, not when the following happens.
HABIT_TIME = re.compile(
    r"\b(?:(?:varje|varenda|varannan|every|each|every other) (?:dag|kvall|natt|morgon|eftermiddag|helg|vecka|rast|lunch|"
    r"gang|day|night|evening|morning|afternoon|weekend|week|time)"
    r"|pa (?:kvallarna|natterna|helgerna|morgnarna|eftermiddagarna|rasterna)|(?:in the|on|at) (?:evenings|nights|mornings|"
    r"afternoons|weekends)|hela tiden|all the time|keeps|keep|brukar|always|constantly)\b")
# A word that says the recurring thing is here this time ("igen", "again", "ikväll"): 112 first as before.
THIS_TIME = re.compile(r"\b(?:igen|again|ikvall|i kvall|inatt|tonight|this evening)\b")

