"""The kinds of emergency and their cues (bot/answering/danger.py decides with them): for each kind,
the phrasings only someone in an emergency writes (`now`) and the events that are emergencies when
they are happening (`acute`), and the crimes residents also ask about as subjects (`topic`).

Apart from danger.py because what each kind of emergency sounds like is a list that grows by
itself, while deciding whether it is happening now is the gate's logic; other modules (reading,
not_now, imagined) look only for whether any cue is there at all (`ANY_CUE`).
"""
from __future__ import annotations

from bot.answering.lexicon import CueSet


# kind: (now cues, acute cues). Kinds name the line that follows 112 (see knowledge/helplines.yaml).
KINDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "medical": (
        ("andas inte", "andas hon inte", "andas han inte", "slutat andas", "kan inte andas",
         "svart att andas", "far ingen luft", "medvetslos*", "vaknar inte", "gar inte att vacka",
         # the subject after the verb, as in "andas han inte": "nu går han inte att väcka"
         "gar han inte att vacka", "gar hon inte att vacka", "vaknar han inte", "vaknar hon inte",
         "svarar inte nar", "har svimmat", "svimmade", "not breathing", "isnt breathing", "stopped breathing",
         "cant breathe", "can t breathe", "cannot breathe", "unconscious", "wont wake up", "won t wake up",
         # someone who cannot be woken now, said by the one trying: "now I can't wake her up"
         *(f"{cant} wake {whom}" for cant in ("can t", "cant", "cannot", "can not")
           for whom in ("her", "him", "them", "my", "mum", "mom", "dad")),
         "kan inte vacka", "far inte liv i",
         "collapsed", "having a stroke", "having a heart attack", "fatt en stroke", "har en stroke",
         "has a stroke", "had a stroke", "ont i brostet", "chest pain", "bloder mycket", "bloder kraftigt",
         # Bleeding told in the present of a person is now, whatever else the message is about.
         "han bloder", "hon bloder", "hen bloder", "jag bloder", "barnet bloder", "he is bleeding",
         "she is bleeding", "he s bleeding", "she s bleeding", "i am bleeding", "i m bleeding", "im bleeding",
         "blodar mycket", "bleeding heavily", "bleeding a lot", "lots of blood", "mycket blod", "ligger pa golvet", "ligger och svarar inte", "svarar inte och"),
        ("stroke", "hjartinfarkt", "hjartattack", "hjartstopp", "heart attack", "cardiac arrest",
         "krampanfall", "kramper", "krampar", "epileptiskt anfall", "seizure*", "bloder", "blodar",
         "bleeding", "overdos*", "overdose*", "drunknar", "drunkna", "drowning", "drowned",
         "ramlat", "ramlade", "slog i huvudet", "slagit i huvudet", "fell", "fallen", "ambulans",
         "ambulance", "diabetes*", "insulinkanning", "allergisk chock", "anafylax*", "anaphyla*",
         "svimmat", "fainted", "medvetande", "kraks", "krakts", "krakas", "vomiting"),
    ),
    "poisoning": (
        ("fatt i sig", "har svalt", "swallowed", "drank some"),
        ("forgift*", "giftig*", "poison*", "tabletter", "pills", "rengoringsmedel",
         "diskmedel", "lampolja", "tandvatska", "svamp", "mushroom*"),
    ),
    "suicide": (
        ("ta livet av mig", "ta mitt liv", "ta sitt liv", "ta livet av sig", "tar livet av mig",
         "vill do", "vill inte leva", "orkar inte leva", "vill inte finnas", "skada mig sjalv",
         # the same with the subject after the verb, as a clause after a time opens it ("nu vill jag inte leva")
         "vill jag do", "vill jag inte leva", "orkar jag inte leva", "vill jag inte finnas", "vill jag ta livet av mig",
         "kill myself", "killing myself", "end my life", "end it all", "take my life", "want to die",
         "dont want to live", "don t want to live", "kill himself", "kill herself", "take her life",
         "take his life", "hurt myself", "suicidal"),
        ("sjalvmord*", "suicide"),
    ),
    "fire": (
        ("det brinner", "brinner det", "brinner i", "brinner pa", "brinner vid", "brinner ute",
         "star i brand", "star i lagor", "fattat eld", "on fire", "is burning", "caught fire",
         "luktar rok", "ryker ur", "ryker fran", "rok fran", "rok ur", "rok kommer", "smoke coming",
         "smell smoke", "smoke from", "brandlarmet gar", "fire alarm is", "luktar gas", "smells of gas",
         "smell gas",
         # smoke rising told in the present, its subject no smoker ("it's still smoking in the stairwell")
         "it s smoking", "its smoking", "it s still smoking", "its still smoking", "there s smoke", "theres smoke",
         "det ryker"),
        ("brand", "brinner", "rok", "ryker", "smoke", "fire", "flames", "lagor", "eld", "explosion",
         "exploderade", "exploded", "gaslukt", "smell of gas", "gas leak"),
    ),
    "accident": (
        ("ligger pa marken", "ligger pa gatan", "ligger still", "ligger blodig", "lying on the ground",
         "lying in the street", "blev pakord", "har blivit pakord", "got hit by a car", "was hit by a car",
         "run over", "ar fastklamd", "is trapped", "sitter fast"),
        ("*olycka", "*olyckan", "accident", "crash*", "krock*", "krockade", "pakord*", "skadad*",
         "skadade", "injured", "hurt", "fastklamd"),
    ),
    "missing": (
        ("hittar honom inte", "hittar henne inte", "hittar inte mitt barn", "hittar inte min",
         "inte kommit hem", "kommit bort", "har gatt vilse", "gatt hemifran", "ar forsvunnen",
         "ar forsvunnet", "har forsvunnit", "forsvann", "cant find my", "can t find my",
         "cannot find my", "is missing", "went missing", "has gone missing", "wandered off"),
        ("forsvunn*", "vilse", "saknas", "missing", "dement*", "dementia"),
    ),
    "violence": (
        ("slar mig", "slar ihjal", "slar ner", "misshandlar mig", "attackerar mig", "hotar mig",
         "hotar att doda", "hotar att skada", "doda mig", "foljer efter mig", "forfoljer mig",
         "bryter sig in", "bryter upp", "forsoker ta sig in", "forsoker banda upp", "bander upp", "bander pa",
         "forcerar", "forsoker forcera", "sparkar in dorren", "forsoker sparka in", "trying to force", "forcing the door",
         "trying to pry", "prying open", "tar sig in", "har tagit sig in",
         "blir ranad", "blir slagen", "blir misshandlad", "ar beskjuten", "hor skott", "skjuts",
         "skjuter", "knivhugg*", "har en kniv", "har kniv", "med kniv", "med en kniv", "har en pistol",
         "har ett vapen", "har vapen", "valdtar", "valdtas", "attacking me", "attacked me",
         "hitting me", "beating me", "threatening me", "threatening to kill", "kill me", "following me",
         "being followed", "foljer efter oss", "following us",
         "stalking me", "breaking into", "breaking in", "break in", "breaks in", "breaks into", "has a knife", "has a gun",
         "with a knife", "with a gun", "shots fired", "shooting", "stabbed", "being robbed",
         "being attacked", "someone is attacking", "raping", "ring polisen", "call the police",
         "call police", "snalla hjalp", "i fara", "in danger", "hot mot mig", "hotad", "dodar mig", "dodar han mig",
         "dodar hon mig", "dodar de mig", "dodar dom mig", "mordar mig", "mordar han mig"),
        ("slagsmal", "slass", "fight*", "misshandl*", "assault*", "attack*", "hota*", "threat*", "kniv",
         "knife", "vapen", "weapon*", "gun", "pistol*", "skott", "shots", "ranar", "rana", "ranas",
         "robbery", "robbing", "inkraktare", "intruder*", "kidnap*", "bortford"),
    ),
}
# Crimes residents also ask about as subjects: 112 only when it is happening now.
TOPIC: tuple[str, ...] = ("inbrott", "vald", "violence", "burglar*", "tjuv*", "thief", "stjal", "stealing",
                          "snor", "skadegorelse", "vandalism", "droger", "langning", "knark", "brak*",
                          "skrik*", "scream*", "sparkar", "kicking", "slar", "hitting", "beating")
NOW_CUES = {kind: CueSet.of({3: cues[0]}) for kind, cues in KINDS.items()}
ACUTE_CUES = {kind: CueSet.of({3: cues[1]}) for kind, cues in KINDS.items()}
TOPIC_CUES = CueSet.of({3: TOPIC})
# Every cue at once: most messages have none, and one search tells.
ANY_CUE = CueSet.of({3: tuple(cue for cues in KINDS.values() for group in cues for cue in group) + TOPIC})
