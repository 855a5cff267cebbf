"""A worry about crime where one lives, asked what to do about it ("I'm kinda worried about break-ins
where I live. What can I do?", "är lite orolig för inbrotten i området, vad kan jag göra?").

The model has learnt "worried … what can I do" from people with thoughts of suicide, and reads such a
message as one: Självmordslinjen is the wrong line for it. Nothing was done to the resident, no one is
in danger now, and no word speaks of harming oneself: the help that fits is reporting what happens
(polisen.se, 114 14), telling the kommun what feels unsafe (/synpunkt) and what the kommun and the
police have agreed on. Any word of one's own life or mood keeps the model's reading (and its line).
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.answering import limits
from bot.answering.compose import pick
from bot.answering.danger_times import NOW_SIGNS
from bot.answering.decide import IF_IT_HAPPENS, Decision
from bot.answering.knowledge_model import GlossaryTerm
from bot.answering.lexicon import CueSet
from bot.answering.not_now_signs import DONE_TO_ME

# The kind decide's situation takes for it (bot/answering/helping.py answers it).
KIND = "crime_worry"
# What the resident feels about it: worry, fear, unease.
WORRIED = CueSet.of({3: (
    "orolig*", "oroar mig", "oroar oss", "oro for", "radd for", "radda for", "nervos", "angslig", "otrygg*",
    "mar daligt av", "stressad over", "worried", "worry", "worries", "anxious", "nervous", "concerned",
    "scared of", "afraid of", "uneasy", "unsettled", "freaked out", "freaking out")})
# With a kommun named and a problem that goes on there, fear in wider words too ("jag är rädd att nån ska
# dö", "vågar inte gå dit"); not without one, where "I'm scared he's being pulled into a gang" is a parent's
# worry for a child, whose help is the child's.
WORRIED_THERE = CueSet.of({3: (
    "radd att", "radda att", "vagar inte", "inte vagar", "scared", "afraid", "worried about")})
# Crime in the place one lives, named as a kind of crime rather than one act happening.
CRIME = CueSet.of({3: (
    "inbrott*", "stolder", "stold*", "skadegorelse*", "klotter*", "vandalis*", "bilbrand*", "bilbrander",
    "anlagda brand*", "brott", "brotten", "brottslighet*", "droger", "langning*", "knarkhandel*", "narkotikahandel*",
    "gang", "gangen", "gangkriminalitet*", "skjutning*", "skottlossning*", "ran", "ranen", "cykelstold*",
    "break ins", "break in", "breakins", "burglar*", "theft*", "thefts", "vandalism", "graffiti", "car fires",
    "arson", "crime", "crimes", "drug dealing", "drug deals", "dealers", "gangs", "gang violence", "shootings",
    "robberies", "muggings", "bike theft*", "car theft*",
    # A local problem that goes on, named as a kind: fires set, dealing, reckless driving, fraud calls.
    "brander", "brand i soprum*", "knarkforsaljning*", "narkotikaforsaljning*", "droghandel*", "knarklangning*",
    "buskorning*", "a traktor*", "epa traktor*", "fortkorning*", "bedragare", "bedragerier", "bedragerisamtal",
    "fires", "drug dealers", "reckless driving", "speeding", "scammers", "scam calls", "break-ins")})
# Break-ins where one lives: neighbours who keep an eye on each other's homes are a step of one's own
# (glossary.yaml's grannsamverkan), beside reporting and telling the kommun.
BURGLARY = CueSet.of({3: ("inbrott*", "break ins", "break in", "breakins", "break-ins", "burglar*")})
NEIGHBOUR_WATCH = "grannsamverkan"
# Harming oneself, one's life or mood: the model's reading of suicide stands.
OWN_HARM = CueSet.of({3: (
    "sjalvmord*", "sjalvskad*", "suicid*", "ta mitt liv", "ta livet av mig", "livet", "leva", "vill do", "bara do",
    "att do", "doda mig", "skada mig", "orkar inte", "orka", "hopplos*", "meningslos*", "deprimer*", "depression",
    "angest", "panik*", "mar psykiskt", "ensam", "kill myself", "end it", "end my life", "my life", "hurt myself",
    "harm myself", "die", "dying", "dead", "hopeless", "depress*", "can t go on", "cant go on", "no point", "panic",
    "alone", "self harm")})
# What the model may read it as, when it is none of them: the resident's situation or nothing sure.
MISREAD = frozenset({"suicide", "harassment", "victim", "children", "youth"})
# How much danger the model may see beside it, below which the worry's own 112 line is enough.
LITTLE_DANGER = 0.3


# What the resident can do, asked: their own step, not what a kommun does.
OWN_STEP = CueSet.of({3: (
    "vad kan jag gora", "vad ska jag gora", "vad kan vi gora", "vad ska vi gora", "vad gor man", "vad kan man gora",
    "what can i do", "what should i do", "what can we do", "what should we do", "anything i can do",
    "what do i do", "any advice", "any tips", "vad gor jag", "vem ska jag saga till", "vem ska jag ringa",
    "who should i tell", "who do i tell", "who should i call")})
# A crime others commit, told as seen or suspected ("min granne säljer knark från lägenheten", "I think my
# neighbour is dealing drugs"): nothing done to the resident, and what to do is to tell the police.
OTHERS_CRIME = CueSet.of({3: (
    "saljer knark", "saljer droger", "saljer narkotika", "saljer hasch", "salja knark", "salja droger",
    "salja narkotika", "salja hasch", "langar", "langas", "langa", "knarkhandel*",
    "dealing drugs", "deals drugs", "selling drugs", "sells drugs", "dealing", "drug dealing", "stolen goods",
    "stoldgods", "haleri")})


# The resident's own worry, told of where they live: a word of the first person ("jag", "vi", "vårt område").
_FIRST_PERSON = CueSet.of({3: (
    "jag", "vi", "mig", "oss", "min", "mitt", "mina", "vart omrade", "vara omraden", "vart kvarter", "vart bostadsomrade",
    "i m", "im", "i am", "we", "our", "my", "me", "us", "i ve")})
# Something done to the resident themself: their own case, which the situation's help answers.
_DONE_TO_ONE = CueSet.of({3: ("blev", "blivit", "was", "got")})
# Readings a worry told beside a named kommun may get: a question about it, something to tell the kommun,
# nothing sure, or a situation the words do not hold.
_TOLD_BESIDE_A_KOMMUN = frozenset({"question", "concern", "unsure"})


def goes_on_where_one_lives(norm: str, decision: Decision, danger_p: float, rules_seen: bool,
                            past_only: bool = False) -> bool:
    """"det har varit mycket bilbränder i vårt område i Varberg senaste månaden och jag är orolig": one's
    own worry about a problem that goes on in a kommun named. The answer is what its agreement says of it,
    with where to report what happened (114 14) and to tell the kommun (/synpunkt), never 112 first: no one
    is in danger now. "Har haft" and "there have been" say the problem goes on, not that it was done to one;
    a danger rule's weak hit on a past event ("har haft inbrott i förråden") is that event, over."""
    worried = WORRIED.found(norm) or WORRIED_THERE.found(norm)
    if rules_seen and not past_only or danger_p >= LITTLE_DANGER or not (worried and CRIME.found(norm)):
        return False
    if OWN_HARM.found(norm) or _DONE_TO_ONE.found(norm) or not _FIRST_PERSON.found(norm):
        return False
    told = limits.assess(norm)
    if told is not None and told.kind in ("situation", "off_topic"):
        return False
    return decision.action in _TOLD_BESIDE_A_KOMMUN or decision.action == "situation" and decision.kind in MISREAD


def applies(norm: str, decision: Decision, danger_p: float, rules_seen: bool, named: bool = False,
            past_only: bool = False) -> bool:
    """A worry about crime where one lives that the reading took for the resident's own situation, or
    could not place: nothing for the danger rules, no situation in the resident's words, nothing done
    to them, and no word of harming oneself."""
    if decision.action == "bot" and decision.kind == IF_IT_HAPPENS:
        # "orolig för att det blir fler inbrott i vårt område, vad kan man göra": read as a case that may
        # come, which a worry about crime where one lives is too; its own answer fits it better.
        decision = Decision("unsure", "", decision.confidence)
    if named and goes_on_where_one_lives(norm, decision, danger_p, rules_seen, past_only):
        return True
    if (not rules_seen and danger_p < LITTLE_DANGER and OTHERS_CRIME.found(norm) and OWN_STEP.found(norm)
            and not OWN_HARM.found(norm) and not DONE_TO_ME.found(norm)
            and decision.action in ("unsure", "situation") and decision.kind in (*MISREAD, "")):
        told = limits.assess(norm)  # "min son langar, vad gör jag?": the child's help, as the words say
        return told is None or told.kind not in ("situation", "off_topic")
    if rules_seen or danger_p >= LITTLE_DANGER or not (WORRIED.found(norm) and CRIME.found(norm)):
        return False
    if OWN_HARM.found(norm) or DONE_TO_ME.found(norm):
        return False
    told = limits.assess(norm)
    if told is not None and told.kind in ("situation", "off_topic"):
        return False  # "orolig för min son som langar": the child's help, as the words say
    # Unsure, even with a little danger among the readings: the worry's answer says when to ring 112. A
    # question of no kommun that asks what one can do ("anxious about the vandalism, what can I do") is
    # the resident's step, not a list of the kommuner whose agreements name vandalism.
    return (decision.action == "unsure" or decision.action == "situation" and decision.kind in MISREAD
            or decision.action == "question" and not named and OWN_STEP.found(norm))


# The words around a kind of crime asked after a kommun's answer ("och hur är det med inbrotten där?", "och rånen
# där?", "what about the burglaries there?"): a follow-up's frame, nothing told.
_FOLLOW_FRAME = frozenset((
    "och", "men", "sa", "hur", "ar", "e", "det", "med", "da", "dar", "vad", "galler", "nar", "om", "ocksa", "aven", "then",
    "what", "about", "how", "and", "but", "the", "there", "with", "is", "it", "s", "whats", "hows", "also", "too", "as",
    "for", "regarding", "concerning", "liksom", "sjalva", "typ", "nagot", "kring", "then"))
# Words of such a frame that say it asks (one at least; a bare "rånen där" may be told).
_ASKING = frozenset(("hur", "vad", "what", "how", "och", "and", "about", "med"))


def asked_after(tokens: list[str], norm: str) -> bool:
    """A kind of crime asked of the kommun talked about, in a follow-up's frame and nothing else ("och hur är det med
    inbrotten där?", "och rånen där?", "what about the shootings there?"): a question of its agreement, with no word
    of now (no time of now, no plea, no one here). Read by supposed.decision where no danger rule of now is read and no
    kommun is named (one named is asked of as any question is)."""
    rest = [t for t in tokens if t not in _FOLLOW_FRAME]
    if not rest or len(rest) > 2 or len(tokens) > 10 or not _ASKING & set(tokens):
        return False
    return CRIME.found(" ".join(rest)) and not NOW_SIGNS.found(norm)


def neighbour_watch(norm: str, glossary: Sequence[GlossaryTerm], language: str) -> str | None:
    """Grannsamverkan as one's own step against break-ins, in glossary.yaml's words; None for another worry."""
    if not BURGLARY.found(norm):
        return None
    term = next((t for t in glossary if t.term == NEIGHBOUR_WATCH), None)
    if term is None:
        return None
    # The definition opens with the term ("Grannsamverkan betyder att …"): the line is the definition.
    return pick(language, f"• {term.definition} Fråga kommunen eller polisen om det finns där du bor.",
                f"• {term.definition_en} Ask the municipality or the police whether there is one where you live.")


def text(language: str, kommun: str | None, step: str | None = None) -> str:
    """What one can do about crime where one lives, in the resident's language; `step`: a line of one's own step
    (neighbour_watch), put before the example question that ends the list."""
    example = kommun or "Lund"
    own = f"{step}\n" if step else ""
    return pick(
        language,
        "Det här kan du göra när du oroar dig för brott där du bor:\n"
        "• Har något hänt: anmäl det på polisen.se eller ring 114 14. Pågår ett brott eller är någon i fara: "
        "ring 112.\n"
        "• Berätta för kommunen vad som känns otryggt och var, med /synpunkt: det går till kommunens arbete "
        f"med nästa lägesbild.\n{own}"
        f"• Vad kommunen och polisen har kommit överens om där du bor: fråga till exempel ”Vad gör {example} "
        "mot inbrott?”",
        "This is what you can do when you worry about crime where you live:\n"
        "• If something has happened: report it at polisen.se or call 114 14. If a crime is happening or "
        "someone is in danger: call 112.\n"
        "• Tell the municipality what feels unsafe and where, with /concern: it goes into the municipality's "
        f"work on its next lägesbild.\n{own}"
        f"• What the municipality and the police have agreed on where you live: ask, for example, ”What does "
        f"{example} do about burglaries?”")
