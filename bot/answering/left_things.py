"""A thing left, dumped or found in a public place, no one hurt: "någon har dumpat en gammal bil i
skogen", "hittade kanyler i sandlådan", "I found a needle in the playground". The model reads the car
as an accident and the needle as violence, and the answer was 112; what helps is telling the kommun
about the place (the concern, which also says when to ring 112 and how to report a crime), or, for a
weapon found, how to report it to the police. Nothing of a person may stand in it ("hittade en man
som ligger i diket" keeps the danger reading), and the danger rules must have seen nothing.
Read on folded tokens.
"""

from __future__ import annotations

from bot.answering.danger import Danger
from bot.answering.decide import Decision
from bot.answering.lexicon import CueSet

# Left, dumped, found, lying about.
LEFT = CueSet.of({3: (
    "dumpat", "dumpade", "dumpar", "dumpats", "slangt", "slangde", "slanger", "slangs", "lamnat", "lamnade",
    "stallt ut", "stallde ut", "overgiven", "overgivet", "overgivna", "hittade", "hittat", "hittar",
    "hittades", "legat", "star en", "star ett", "stod en", "stod ett", "har stått", "har statt", "star kvar", "dumped", "dumping", "abandoned",
    "found", "left behind", "dumps", "litter*", "nedskrap*")})
# Things, not anyone: what is left or found.
THING = CueSet.of({3: (
    "bil", "bilen", "bilar", "bilvrak*", "vrak", "cykel", "cykeln", "cyklar", "moped*", "kylskap*", "frys*",
    "soffa*", "madrass*", "mobler", "dack", "dacken", "sopor", "soporna", "skrap", "skrapet", "sopsack*",
    "spruta", "sprutor", "sprutorna", "kanyl*", "nal", "nalar", "glas", "glasbit*", "krossat glas",
    "lustgas*", "patron*", "burk*", "flask*", "byggavfall", "avfall", "kemikal*", "oljefat", "fat",
    "car", "cars", "bike", "bikes", "fridge", "sofa", "mattress", "tyres", "tires", "trash", "rubbish",
    "garbage", "needle", "needles", "syringe*", "glass", "waste", "canisters")})
# A weapon found is the police's to take care of: how to report it, not the kommun's concern.
WEAPON = CueSet.of({3: (
    "kniv", "kniven", "knivar", "knivliknande", "pistol", "pistolen", "vapen", "vapnet", "gevar", "ammunition",
    "patroner till", "handgranat*", "knife", "gun", "pistol", "weapon", "ammunition")})
# Anyone in it: the danger reading stands ("hittade en man i diket", "någon ligger i bilen"). "Någon" alone
# is who left it ("någon har dumpat …"), not anyone in it.
SOMEONE = CueSet.of({3: (
    "han", "hon", "hen", "honom", "henne", "dom", "de", "man", "mannen", "kvinna", "kvinnan", "person*",
    "barn*", "pojk*", "flick*", "kille*", "tjej*", "gubbe*", "tant*", "ungdom*", "tonaring*", "bebis*", "baby",
    "cyklist*", "forare*", "foraren", "fotgangar*", "granne*", "grannen", "kompis*", "van", "vannen", "mamma",
    "pappa", "son", "sonen", "dotter", "dottern", "bror", "brodern", "syster", "systern", "farbror", "morbror",
    "kropp*", "dod", "doda", "skadad*", "skadade", "blod*", "medvetslos", "andas", "ror sig", "sover", "sitter",
    "nagon ligger", "nan ligger", "nagon i", "nan i", "nagon inne", "jag ar", "vi ar", "pa mig", "mot mig",
    "pa oss", "mot oss", "at me", "on me", "at us",
    # what happened to anyone: a crash, a fall, someone run over
    "kort pa", "korde pa", "korde in", "kort in", "kor in", "pakord*", "krock*", "olyck*", "voltat", "voltade", "ramlat", "ramlade", "fallit",
    "brinner", "brand", "rok", "roker", "lackor", "lacker", "gas", "avgas*", "motorn igang", "kolmonoxid",
    "tickar", "explo*", "bomb*", "skriker", "grater", "stuckit", "stack sig", "ont", "hotar", "hotade", "viftar",
    "someone is", "someone in", "somebody is", "somebody in", "inside", "inne", "i den", "i bilen", "he", "she", "they", "him", "her",
    "body", "woman", "child*", "kid*", "boy", "girl", "driver", "cyclist", "pedestrian", "neighbour*",
    "injured", "hurt", "blood*", "unconscious", "breathing", "crash*", "hit by", "ran over", "run over",
    "fire", "burning", "smoke", "leaking", "exhaust", "engine running", "ticking", "pricked", "screaming", "threaten*", "waving")})


def decision(d: Decision, norm: str, rules: Danger | None) -> Decision | None:
    """A thing left or found and no one in it: the kommun's concern (a weapon: the report), for a reading
    of danger or of nothing the knowledge base answers. The danger rules may have seen only the weapon
    found, weakly ("hittade en kniv i buskarna"); anything else they saw stands."""
    if rules is not None and (rules.strong or not WEAPON.found(norm)) \
            or d.action not in ("emergency", "unsure", "out_of_scope", "situation") \
            or not (LEFT.found(norm) and (THING.found(norm) or WEAPON.found(norm))) or SOMEONE.found(norm):
        return None
    return Decision("report" if WEAPON.found(norm) else "concern", "", d.confidence)
