"""An animal harmed, not a person: "min granne slog sin hund igår", "vart anmäler jag djurplågeri?",
"someone keeps kicking the cat next door". The model and the danger rules read the violence in it as
a person's emergency (Kvinnofridslinjen, 112 as the whole answer); what helps is where an animal that
is mistreated is reported (the county administrative board, the police), from knowledge/helplines.yaml's
`animal` line, which also says to ring 112 while an animal is being abused. A person harmed beside the
animal ("slår hunden och mig") keeps the person's reading; so does an animal that attacks someone.
Read on folded tokens.
"""

from __future__ import annotations

from bot.answering.danger import Danger
from bot.answering.decide import Decision
from bot.answering.lexicon import CueSet

KIND = "animal"  # the situation's kind (limits.SITUATION_LINES) and the help line's (`for: [animal]`)

ANIMAL = CueSet.of({3: (
    "hund", "hunden", "hundar", "hundarna", "hundens", "valp", "valpen", "valpar", "katt", "katten", "katter",
    "katterna", "kattunge*", "hast", "hasten", "hastar", "hastarna", "kanin", "kaninen", "kaniner", "djur",
    "djuret", "djuren", "husdjur*", "dog", "dogs", "puppy", "puppies", "cat", "cats", "kitten*", "horse",
    "horses", "rabbit*", "animal", "animals", "pet", "pets",
    # farm animals, whose neglect is the länsstyrelse's as a pet's is
    "korna", "kossor*", "kalv*", "getter", "getterna", "gris", "grisar", "grisarna", "hons", "honsen", "ponny*", "cow",
    "cows", "calf", "calves", "sheep", "goat", "goats", "pig", "pigs", "chicken*", "hens", "pony", "ponies",
    "livestock")})
# What is done to it: beaten, kicked, starved, left without care; and the words that name it outright.
HARMED = CueSet.of({3: (
    "sla", "slar", "slog", "slagit", "slagen", "sparka", "sparkar", "sparkade", "sparkat", "sparkad", "misshandl*", "plagar", "plagade", "plagat",
    "svalter", "svalt", "svaltes", "vanvard*", "vanskot*", "far illa", "djurplag*", "djurskydd*", "torterar",
    "beats", "beat", "beating", "kick", "kicks", "kicked", "kicking", "hits", "hit", "hitting", "abuse*", "abusing",
    "starv*", "neglect*", "tortur*", "cruelty", "mistreat*",
    # neglect seen in the animal's state or keeping: thin, without food or water, in mud, shut in, left alone
    # ("jättemager", "skitmager": thin with a word that says how thin before it)
    "*mager", "*magert", "*magra", "utmargl*", "utan mat", "utan vatten", "ingen mat", "inget vatten", "i lera",
    "i leran", "i skit", "instangd*", "lamnad ensam", "lamnade ensam", "ensam hemma", "thin", "skinny",
    "i kedja", "kedjad*", "chained", "on a chain",
    "emaciated", "no food", "no water", "without food", "without water", "in the mud", "locked in", "left alone",
    # poisoned, or killed
    "forgift*", "poisoned", "poisoning", "dodad", "dodade", "dodat", "killed")})
# The animal told dead ("den är död nu", "hittades död", "it died"): nothing left to save this moment, an act to report.
DEAD = CueSet.of({3: (
    "ar dod", "ar doda", "var dod", "var doda", "hittades dod", "hittade den dod", "hittade henne dod", "hittade honom dod",
    "har dott", "dott", "dodad", "dodade", "dodat", "is dead", "was dead", "are dead", "found dead", "died", "has died",
    "killed")})
# A person harmed or attacked beside it: the person's reading stands. ("mig" alone is no person harmed:
# "vart vänder jag mig", "känner mig osäker".)
_TO_ME = ("slar", "slog", "sparkar", "sparkade", "hotar", "hotade", "attackerar", "attackerade", "bet", "biter",
          "bitit", "hits", "hit", "kicked", "kicks", "attacks", "attacked", "bit", "bites", "threatens")
PERSON = CueSet.of({3: (
    *(f"{verb} ~ {me}" for verb in _TO_ME for me in ("mig", "oss", "me", "us")), "henne", "honom", "barn", "barnet", "barnen", "min fru", "min man",
    "min sambo", "frun", "mamma", "pappa", "min son", "min dotter", "her", "him", "child", "children", "kid",
    "kids", "my wife", "my husband", "my son", "my daughter", "bet", "biter", "bitit", "attackerar",
    "attackerade", "bites", "bitten", "attacks", "attacked")})

def harmed(norm: str) -> bool:
    """An animal told of as harmed or neglected, and no person harmed or attacked."""
    return ANIMAL.found(norm) and HARMED.found(norm) and not PERSON.found(norm) or (
        "djurplag" in norm and not PERSON.found(norm))


def decision(d: Decision, norm: str, rules: Danger | None, asked: bool = True) -> Decision | None:
    """Where an animal is harmed: the animal's help, with 112 first while it goes on (the danger rules read
    it as now), for any reading but a question the knowledge base answers. A "question" read of a message that
    names no kommun and asks nothing ("Grannens hund står ute i kedja hela dagarna och ser väldigt mager ut",
    `asked` False) is the animal told of, not the kommuner whose agreements name dogs."""
    if d.action in ("greeting", "thanks", "privacy", "bot") or d.action == "question" and asked or not harmed(norm):
        return None
    now = rules is not None and rules.when == "now" and not DEAD.found(norm)  # a dead animal is past saving now
    return Decision("situation", KIND, d.confidence, danger_first=now and d.action == "emergency")
