"""A nuisance that goes on and harms no one now, told by what one smells or hears and a time that lasts or comes
back: "grannen odlar nog cannabis, det luktar hela tiden", "smells of smoke from the neighbour's barbecue every
evening", "det dunkar musik hela nätterna". The model, which met "luktar" and "rök" mostly in fires, reads a
fire, and the danger rules read "luktar rök" as one burning now; neither is: a smell or a sound that has gone on
for nights or comes back every evening is no emergency of this moment.

The shape, read on folded text: a sense's word (a smell, a sound, music, a dog barking), a time that lasts or
recurs ("hela tiden", "varje kväll", "i flera veckor", "every night", "constantly"), and nothing that says now
(danger_when.says_now: an emergency's state, a plea, someone at the door, a time of now), nothing of a fire
burning, an alarm or gas, and no one hurt, screaming or threatened. Smoke counts only with its harmless source
named (a barbecue, a fireplace, someone smoking): smoke from nowhere said may be a fire, and keeps 112 first.

What it is: `DRUGS` (a smell of cannabis: a crime to report, 114 14 and polisen.se) or `NEIGHBOURS` (the
neighbours' places of knowledge/helplines.yaml: the landlord or the board, the kommun's environmental health,
the police on 114 14 for a party). Read before the danger rules, as an everyday act is (bot/answering/everyday.py).
"""

from __future__ import annotations

import re

from bot.answering import danger_when
from bot.answering.danger_signs import NOT_BURNING
from bot.answering.lexicon import CueSet

DRUGS = "drugs"
NEIGHBOURS = "neighbours"

# What one smells.
SMELL = CueSet.of({3: (
    "luktar", "luktat", "lukt", "lukten", "stinker", "stank", "stanken", "osar", "os", "oset", "doftar",
    "smell*", "stink*", "reek*", "stench")})
# What one hears.
SOUND = CueSet.of({3: (
    "later", "hors", "hordes", "hor vi", "hor jag", "musik*", "musiken", "skaller", "skallande", "borr*",
    "dunk*", "bankar", "bankande", "bull*", "oljud*", "ovasen", "hogljud*", "hogljutt", "festar", "fester", "festande", "party*",
    "spelar hog*", "we hear", "i hear", "can hear", "music", "bark*", "drilling", "hammering", "thumping",
    "banging", "noise*", "noisy", "loud", "partying", "parties", "party")})
# A time that lasts or comes back (with danger_when's habitual times).
LASTS = CueSet.of({3: (
    "hela tiden", "hela natt*", "hela kvall*", "hela dag*", "hela helg*", "jamt", "standigt", "konstant",
    "dagligen", "varje", "natterna", "kvallarna", "helgerna", "i flera veckor", "i veckor", "i manader",
    "flera veckor", "flera manader", "flera kvallar", "flera natter", "manga kvallar", "manga natter",
    "several evenings", "several nights", "many evenings", "many nights", "all the time", "constantly", "every", "for weeks", "for months",
    "all night", "all evening", "nightly", "daily", "day and night", "dag och natt", "night after night")})
# Smoke, which counts only with a harmless source named.
SMOKE = CueSet.of({3: ("rok", "roken", "ryker", "rokig*", "smoke", "smoky", "os", "oset", "osar")})
HARMLESS_SOURCE = CueSet.of({3: (
    "grill*", "*grillen", "barbecue*", "bbq", "eldstad*", "*kamin", "*kaminen", "vedeld*", "vedspis*", "roker",
    "rokare", "rokning*", "cigg*", "cigarett*", "tobak*", "vattenpip*", "fimp*", "smokes", "smoking", "smoker*",
    "cigarette*", "tobacco", "fireplace*", "wood stove*", "wood burner*", "log burner*", "hookah", "shisha")})
# A smell of drugs.
DRUG_WORDS = CueSet.of({3: (
    "cannabis", "hasch", "marijuana", "knark*", "narkotika*", "weed", "skunk", "ganja", "luktar gras", "stinker gras",
    "rokt gras", "roker gras", "smells of grass")})
# Anything that makes it more than a nuisance: a fire burning, an alarm, gas, someone hurt, screaming, threatened.
BLOCK = CueSet.of({3: (
    "brinner", "brand", "branden", "eld", "elden", "lagor", "flames", "fire", "burning", "on fire", "*larm", "*larmet",
    "*larmar", "*varnare", "*varnaren", "alarm*", "detector*", "gas", "gasen", "gasol", "gaslukt", "kolos",
    "kolmonoxid", "carbon monoxide", "explo*", "skrik*", "skrek", "scream*", "slar", "slog", "slagen", "slagit",
    "hit", "hits", "hitting", "beat*", "grat*", "cry*", "hjalp", "help", "hot*", "threat*", "kniv*", "knife",
    "vapen", "gun*", "skott*", "skjut*", "shot*", "andas", "breath*", "yr", "dizzy", "illamaende", "nausea",
    "ont i", "headache", "huvudvark", "barnet", "bebis*", "baby")})


def told(norm: str) -> str:
    """DRUGS or NEIGHBOURS when the folded message tells a nuisance that goes on and harms no one now, else ""."""
    denied = NOT_BURNING.search(norm) is not None  # "det brinner inte nu men det luktar rök": the resident says no fire
    norm = NOT_BURNING.sub(" ", norm)
    # Someone smoking beside the smell ("grannarna röker på balkongen och det luktar in"): a habit of theirs,
    # told in the present, whatever time is said; a smell with no source said needs a time that lasts.
    norm = _IT_SMOKES.sub(" smoke rising ", norm)  # "it's still smoking in the stairwell": no smoker, smoke rising
    smoking = (SMELL.found(norm) or SMOKE.found(norm)) and SMOKING.found(norm)
    if not (SMELL.found(norm) or SOUND.found(norm) or smoking) or not (LASTS.found(norm) or smoking or _habitual(norm)):
        return ""
    if BLOCK.found(norm) or danger_when.says_now(norm):
        return ""
    if DRUG_WORDS.found(norm):
        return DRUGS
    if SMOKE.found(norm) and not (HARMLESS_SOURCE.found(norm) or SMOKING.found(norm)) and not denied:
        return ""  # smoke from nowhere said may be a fire
    return NEIGHBOURS


# Someone smoking tobacco (the harmless sources that are a person's habit, not a grill lit once).
SMOKING = CueSet.of({3: (
    "roker", "rokare", "rokning*", "cigg*", "cigarett*", "tobak*", "vattenpip*", "smokes", "smoking", "smoker*",
    "cigarette*", "tobacco", "hookah", "shisha", "smoke cigarettes")})  # not "smoke in": "smells of smoke in the hallway"


# Smoke rising told of "it" or "there" ("it's smoking", "it is still smoking"): a thing smoking, no one smoking tobacco.
_IT_SMOKES = re.compile(r"\b(?:it s|its|it is|there s|theres)(?: still| already)? smoking\b")


def _habitual(norm: str) -> bool:
    return danger_when.not_now(norm, norm) == danger_when.HABITUAL
