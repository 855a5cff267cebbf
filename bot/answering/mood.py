"""One's own low mood, told with nothing else: "jag mår dåligt", "I feel really low".

No crime, no danger, no kommun's work is asked about: the help is 1177's advice (knowledge/helplines.yaml, `low`)
and Självmordslinjen for thoughts that go further, not a victim's line (Brottsofferjouren), not the bot's own
introduction, and not the agreement of the kommun the message also names ("Jag mår dåligt och bor i Falun").
A mood after a crime ("mår dåligt efter inbrottet") is the victim's (limits.SITUATIONS), a fear of a place the
concern's (crime_worry), thoughts of suicide Självmordslinjen's first (danger rules, limits.SITUATIONS)."""

from __future__ import annotations

import re

from bot.answering import danger, danger_kinds, limits
from bot.answering.lexicon import CueSet
from bot.answering.not_now_signs import HARMED_BY_SOMEONE, THREAT_TOLD

KIND = "low"  # a situation of limits.SITUATION_LINES and a `for:` of knowledge/helplines.yaml

LOW = CueSet.of({3: (
    "mar daligt", "mar inte bra", "mar skit", "mar jattedaligt", "mar sa daligt", "mar inte sa bra", "mar uselt",
    "mar inte alls bra", "ar deprimerad", "kanner mig deprimerad", "ar nedstamd", "kanner mig nedstamd",
    "kanner mig ledsen", "ar ledsen hela tiden", "kanner mig ensam", "kanner mig sa ensam", "kanner mig tom",
    "i feel low", "feel really low", "feeling low", "feel so low", "feeling down", "feel down", "feel depressed",
    "feeling depressed", "i m depressed", "im depressed", "i am depressed", "i feel awful", "i feel terrible",
    "i m not ok", "im not ok", "i m not okay", "im not okay", "i am not okay", "not doing well", "i feel lonely",
    "i feel so lonely", "feel empty",
    # with a word of how much between ("mår rätt dåligt", "feeling really low"): the same mood
    *(f"mar {much} daligt" for much in ("ratt", "ganska", "valdigt", "riktigt", "verkligen", "lite", "typ", "rejalt",
                                          "helt", "sa himla", "jatte")),
    *(f"feeling {much}" for much in ("low", "down", "lonely", "depressed", "really low", "really down", "so low",
                                     "pretty low", "pretty down", "quite low", "very low", "very down")))})
# The writer is the one who feels it: "min mamma mår dåligt", "he seems down" are someone else's (a relative's
# help, not_now.relative_condition), and a subject named before the verb says so.
_OTHER_SUBJECT = re.compile(
    r"\b(?:han|hon|hen|de|dom|min|mitt|mina|var|vart|vara|he|she|they|my|our|his|her|their)\b(?: \w+){0,2} "
    r"(?:mar|ar|kanner|verkar|feels|is|seems|looks)\b")
# Words of the kommun's and the police's work or of a place's safety: a question about them, or a worry about
# a place, with a mood beside it, is not the mood alone.
_WORK_WORDS = CueSet.of({3: (
    "trygg*", "otrygg*", "kommun*", "polis*", "police", "municipalit*", "medborgarloft*", "samverkan*",
    "overenskommelse*", "avtal*", "agreement*", "safe", "unsafe", "safety", "grann*", "neighbour*", "neighbor*",
    "droger", "drugs", "gang*", "brott*", "crime*",
    # something done to the writer or seen, told beside the mood: the event's help (a victim's, a witness's)
    "hot", "hotad*", "hotfull*", "hotade", "threat*", "slog", "slagit", "slar", "hit me", "hits me", "vittne*",
    "witness*", "sag en", "saw a", "knivskar*", "kniv*", "knife", "stabbing", "mobba*", "bullied", "bullying")})


# Thoughts of not being alive beside the mood ("think about not being here anymore", "better off without me"):
# thoughts of suicide, whose reading (Självmordslinjen) stands.
_NOT_BEING_HERE = CueSet.of({3: (
    "not being here", "not be here", "better off without me", "better off if i", "inte finnas", "inte vara har",
    "battre utan mig", "battre om jag", "wish i was dead", "wish i were dead", "want to disappear", "vill forsvinna")})


def low(norm: str) -> bool:
    """Whether the message tells the writer's own low mood and nothing the other readings answer."""
    if not LOW.found(norm) or _OTHER_SUBJECT.search(norm) or _NOT_BEING_HERE.found(norm):
        return False
    # (a past time told is an event's: "mår dåligt sedan han slog mig i somras" is the model's and the victim's)
    return not (danger.told_past(norm) or THREAT_TOLD.search(norm) or limits.CRIME_WORDS.found(norm) or danger_kinds.ANY_CUE.found(norm)
                or HARMED_BY_SOMEONE.found(norm) or _WORK_WORDS.found(norm) or limits.assess(norm) is not None)


# One's own body hurt and said not to be urgent ("foten är svullen men inte akut. vart ringer jag"): 1177's advice
# (the "health" situation's line), not a shop's consumer line because the fall was outside one.
HURT = CueSet.of({3: (
    "svullen", "svullet", "svullna", "stukat", "stukade", "stukad", "vrickat", "vrickade", "vrickad", "har ont",
    "ont i foten", "ont i handen", "ont i armen", "ont i knat", "ont i ryggen", "ont i huvudet", "sprained", "swollen",
    "it hurts", "hurts a lot", "twisted my")})
NOT_URGENT = CueSet.of({3: ("inte akut", "inget akut", "inte brattom", "not urgent", "not an emergency", "not acute")})


def hurt_not_urgent(norm: str, asks_where: bool) -> bool:
    """Whether the writer tells their own body hurt, not urgently, and asks where to turn: the health situation."""
    if not HURT.found(norm) or _OTHER_SUBJECT.search(norm) or not (asks_where or NOT_URGENT.found(norm)):
        return False
    return not (THREAT_TOLD.search(norm) or limits.CRIME_WORDS.found(norm) or HARMED_BY_SOMEONE.found(norm)
                or (danger_kinds.ANY_CUE.found(norm) and not NOT_URGENT.found(norm)))
