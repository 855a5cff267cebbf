"""A crime supposed, not happening and not done: "vad gör jag om någon bryter sig in när jag är hemma? jag är ofta
ensam", "what if someone follows me home?", "jag är rädd att någon ska lura min pappa". Issue #31 (items 4 and 6):
help lines follow the situation, one or two that fit, and 112 opens an answer only for danger now.

The model has learnt a resident's own situation from people it happened to, and reads such a question as one: the
child's (Bris), the victim's (Brottsofferjouren), thoughts of suicide (a writer "ofta ensam"). Each of those lines is
for a group (knowledge/helplines.yaml: Bris "för barn och unga", Brottsofferjouren "den som utsatts för brott",
Kvinnofridslinjen "den som utsatts för hot eller våld", Självmordslinjen), and a case supposed names none of them by
itself: no one has been subjected to anything yet. What fits is what to do if it happens (general.yaml
`if_it_happens`: 112 while it goes on, 114 14 and polisen.se afterwards, /synpunkt), and beside it the line of a
group the message does name (a child: Bris).

Read only where the model's reading is such a situation, or unsure: the danger rules and the model's danger have
already taken every message of now (decide.py), and a case told as done, again or beside a word of now is not one
supposed.
"""

from __future__ import annotations

import re

from bot.answering import limits
from bot.answering.crime_worry import asked_after
from bot.answering.danger import fresh_violence
from bot.answering.danger_signs import STILL_THERE_SIGNS
from bot.answering.danger_times import NOW_TIME_SIGNS, PAST_SIGNS
from bot.answering.decide import IF_IT_HAPPENS, Decision
from bot.answering.imagined import someone_here_apart
from bot.answering.lexicon import PRIVACY, CueSet

# A condition before someone's act ("om någon", "tänk om nån", "ifall de", "what if someone", "if somebody"); "om" only
# before a subject, never "om" as "about" ("berätta om inbrotten").
_CONDITION = re.compile(
    r"\b(?:om|ifall|i fall|what if|if|in case|say|suppose|supposing|sag att|anta att)\s+"
    r"(?:nagon|nan|man|jag|vi|han|hon|hen|de|dom|folk|nagra|tjuvar|tjuven|someone|somebody|anyone|anybody|i|we|they|"
    r"he|she|people|a thief|thieves|a burglar|burglars)\b")
# A fear of an act to come ("rädd att någon ska bryta sig in", "afraid someone will break in").
_TO_COME = re.compile(
    r"\b(?:radd|radda|orolig|oroliga|skraj|nervos|afraid|scared|worried|nervous)(?: for)?(?: att| that)? "
    r"(?:nagon|nan|de|dom|han|hon|folk|tjuvar|someone|somebody|they|he|she|people|thieves|burglars) "
    r"(?:ska|skall|kommer|skulle|kan|will|might|could|may|would|is going to|are going to)\b")
# The case itself put as one that may come, anywhere in the message ("vad gör jag bara om det skulle hända?", "what
# should I do if it ever happens?"): the act told beside it is supposed, whatever its tense.
_IF_IT_HAPPENS = re.compile(
    r"\b(?:om|ifall|i fall) (?:det|detta|det har|nat sant|nagot sant) (?:nagon gang |en dag )?(?:skulle |ska |skall |kommer att )?"
    r"(?:handa|hander|ske|sker)\b"
    r"|\b(?:if|in case|should) (?:it|this|that|something like that) (?:ever |one day |someday )?(?:happens|happened|were to happen|"
    r"would happen|does happen|happen)\b")
# Someone's act against a person or a home: the crimes a case supposed is of (the danger words too, which
# bot/answering/imagined.py reads).
ACTS = CueSet.of({3: (
    "bryter sig in", "bryta sig in", "bryter in", "bryter upp", "bryta upp", "bander upp", "banda upp", "tar sig in",
    "ta sig in", "inbrott*", "ranar", "rana", "ranad", "ranas", "hotar", "hota",
    "hotad", "slar", "sla", "misshandla*", "overfall*", "foljer efter", "folja efter", "forfoljer", "forfolja",
    "stjal", "stjala", "snor", "sno", "klottrar", "klottra", "lurar", "lura", "lurad", "bedra*", "knackar pa",
    "knacka pa", "ringer pa", "trakassera*", "trakasserar", "ofredar", "tafsar", "attackerar", "attackera",
    "tanda eld", "tander eld", "satter eld", "satta eld", "slar sonder", "sla sonder", "vandaliserar",
    "breaks in", "break in", "breaks into", "break into", "pries open", "pry open", "forces the door", "force the door", "burgl*", "robs", "rob", "robbed", "mugs", "mug", "mugged",
    "threatens", "threaten", "threatened", "attacks", "attack", "attacked", "hits", "hit", "beats", "follows",
    "follow", "stalks", "stalk", "steals", "steal", "scam*", "con me", "graffiti", "harass*", "knocks on",
    "sets fire", "set fire", "vandalis*")})
# The resident asks what to do, whom to turn to.
_ASKS = CueSet.of({3: (
    "vad gor jag", "vad ska jag", "vad gor man", "vad ska man", "vad bor jag", "vad bor man", "vem ringer jag",
    "vem ska jag", "vart vander jag", "vart ringer jag", "hur gor jag", "hur gor man", "hur ska jag",
    "what do i do", "what should i", "what do you do", "what should you", "what should we", "who do i call",
    "who should i", "where do i", "how do i", "what can i do")})
# Told as done or as going on: the writer is in the victim's group ("igen", "har redan", "blev").
_DONE = CueSet.of({3: ("blev", "blivit", "har haft", "hade", "igen", "again", "redan", "already", "fortsatter",
                       "still", "was", "been", "keeps", "keep")})
# A child or young person named: Bris's group ("för barn och unga").
_CHILD = CueSet.of({3: (
    "barn", "barnet", "barnen", "mitt barn", "mina barn", "son", "sonen", "dotter", "dottern", "tonaring*", "elev*",
    "skolan", "i klassen", "klasskompis*", "kid", "kids", "child", "children", "daughter", "teen*", "school",
    "my class")})
# Thoughts of ending one's life or harming oneself, in the writer's words (never "ensam", "alone").
_OWN_HARM = CueSet.of({3: (
    "sjalvmord*", "sjalvskad*", "suicid*", "ta mitt liv", "ta livet av mig", "vill do", "orkar inte", "hopplos*",
    "deprimer*", "kill myself", "end my life", "end it all", "hurt myself", "harm myself", "self harm", "depress*")})
# Someone close (Kvinnofridslinjen's, the domestic line's, violence in a close relationship).
_CLOSE = CueSet.of({3: (
    "min man", "min fru", "min sambo", "min partner", "mitt ex", "min ex", "min exman", "min exfru", "min exsambo",
    "min pojkvan", "min flickvan", "min kille", "min tjej", "min pappa", "min mamma", "min bror", "min syster",
    "i familjen", "my husband", "my wife", "my partner", "my ex", "my boyfriend", "my girlfriend", "my father",
    "my mother", "my dad", "my mom")})
# The readings of a group's situation whose lines a case supposed need not have.
_GROUPS = frozenset({"victim", "harassment", "fraud", "children", "youth", "suicide", "domestic"})


def supposed(text: str, norm: str, toks: list[str]) -> bool:
    """A crime supposed to come, asked about or feared, with nothing of now, of someone here or of it done."""
    supposing = _CONDITION.search(norm) or _TO_COME.search(norm)
    # the act is the one supposed, after the condition ("hotar att säga upp mig om jag tjatar" supposes no crime), or
    # anywhere beside "om det skulle hända" ("rädd att någon försöker bryta sig in, vad gör jag bara om det skulle hända?")
    if (supposing is None or not ACTS.found(norm[supposing.start():])) \
            and not (_IF_IT_HAPPENS.search(norm) and ACTS.found(norm)):
        return False
    if not ("?" in text or _ASKS.found(norm) or _TO_COME.search(norm) or _IF_IT_HAPPENS.search(norm)):
        return False
    if (NOW_TIME_SIGNS.found(norm) or PAST_SIGNS.found(norm) or _DONE.found(norm) or STILL_THERE_SIGNS.found(norm)
            or {"hjalp", "help"} & set(toks) or fresh_violence(norm) or someone_here_apart(text, toks, norm)):
        return False
    return True


# Young people named, beside a child: Bris is "för barn och unga".
_YOUNG = CueSet.of({3: (
    "unga", "ungdom*", "tonaring*", "aring", "aringen", "aringar", "aringarna", "pojk*", "flick*", "grabb*", "minderarig*",
    "young", "youth*", "youngster*", "boy", "boys", "girl", "girls", "teen*", "minor", "minors")})


def child_named(norm: str) -> bool:
    """A child or young person named: the writer ("jag är 14") or the one concerned ("min son", "ungdomarna")."""
    return limits.A_CHILD_WRITES.found(norm) or _CHILD.found(norm) or _YOUNG.found(norm)


def _group_named(kind: str, norm: str) -> bool:
    """Whether the message names the group the situation's lines are for."""
    if kind in ("children", "youth"):
        return child_named(norm)
    if kind == "suicide":
        return _OWN_HARM.found(norm)
    if kind == "domestic":
        return _CLOSE.found(norm) or limits.SITUATIONS["domestic"].found(norm)
    return False  # a victim's: no one is one in a case supposed


def decision(d: Decision, text: str, norm: str, toks: list[str], rules_now: bool, off_topic: bool,
             named: bool = False) -> Decision | None:
    """What to do if it happens, for a crime supposed that the reading took for a group's situation the message
    does not name, or could not place; None to keep the reading. Not where a kommun is named, whose agreement the
    situation's answer speaks of."""
    if not rules_now and not named and asked_after(toks, norm):
        # "och hur är det med inbrotten där?", "och rånen där?" after a kommun's answer: a kind of crime asked of its
        # agreement, in a follow-up's frame with nothing told, however the model leans to danger
        return Decision("question", "ask_focus", d.confidence)
    if d.danger_first or rules_now or named:
        return None
    if d.action == "emergency" and d.kind == "violence" and supposed(text, norm, toks):
        # the model's danger alone, no rule's ("om någon försöker bryta sig in hos mig, vad gör jag då? bara om det
        # skulle hända"): a crime supposed, with nothing of now, of someone here or of it done
        return Decision("bot", IF_IT_HAPPENS, d.confidence)
    situation = d.action == "situation" and d.kind in _GROUPS and not _group_named(d.kind, norm)
    # Unplaced, or read as a wish to tell the kommun or a question of what is stored, while it asks what to do
    # ("om nån stjäl min cykel, vem ringer jag?")
    unplaced = d.action in ("unsure", "out_of_scope") and not off_topic or d.action in ("concern", "privacy") \
        and _ASKS.found(norm) and not PRIVACY.found(norm)
    if (situation or unplaced) and supposed(text, norm, toks):
        return Decision("bot", IF_IT_HAPPENS, d.confidence)
    return None


def group_kinds(norm: str) -> tuple[str, ...]:
    """The help lines' kinds (knowledge/helplines.yaml `for:`) of a group the message names, beside what to do if
    it happens: a child's (Bris)."""
    return ("children",) if child_named(norm) else ()
