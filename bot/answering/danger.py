"""Is someone in danger now? The gate that puts 112 before everything else.

A message is read on folded tokens (lower case, no accents), after slipped letters in long words are
put right, so "medvetslöös" and "hjartinfarkt" count. Three kinds of cue, per kind of emergency:

- `now`: phrasings that only someone in an emergency writes ("andas inte", "ta livet av mig", "det
  brinner"). They give 112 whatever else the message says.
- `acute`: events that are emergencies when they are happening ("stroke", "rök", "försvunnen",
  "kniv"). They give 112 in a statement, or in a question that is about someone ("min pappa",
  "någon") rather than about the work of the kommun and the police.
- `topic` (shared): crimes that are also everyday subjects ("inbrott", "våld"): 112 only with a sign
  that it is happening now ("just nu", "pågår", "utanför").

A question about the subject ("Vad gör kommunen mot våld?", "Hur många bränder var det i fjol?") is
not an emergency; a crime told with a past time ("igår") is one to report, not 112.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.answering.danger_kinds import ACUTE_CUES, ANY_CUE, KINDS, NOW_CUES, TOPIC_CUES
from bot.answering.danger_signs import (
    ASKED_IF_SIGNS, BOT_ASKED, CALL_ASKED, CALL_WORDS, DONE_LAST_NIGHT, IMAGINED, LONG_PAST, STILL_SIGNS, SUICIDE_OVER, REPORTED_SIGNS, LIFE_STATE_SIGNS,
    SUICIDE_INTENT, SERVICE_SIGNS, CONDITION_SIGNS, PERCEIVED_SIGNS, CARRY_SIGNS, YOUNG_SIGNS, WEAPON_TURNED,
    TOLD_TO_SIGNS, THREATENS_SIGNS, LEGAL_THREAT, JUST_MOVED, HERE_SIGNS, WHAT_IF_SIGNS, WHAT_IF_SURE, ENDED_SIGNS, HOW_COMMON_SIGNS,
    JUST_DONE_VIOLENCE, STILL_THERE_SIGNS, JUST_NOW_SIGNS, GENERIC_IF_SIGNS, SAID_NOT_NOW, SERVICE_SILENT, STATE_NOW_AFTER, BY_NOW,
    PERSON_SIGNS, SHOTS, NOT_BURNING, NO_ONE_LEFT, AVOIDS_SINCE, PAST_FIRE, a_thing_not_a_person, work_asked, drop_next_step_now,
)
from bot.answering.danger_times import (BEEN_SIGNS, CHRONIC_SIGNS, FOUND_SIGNS, FUTURE_SIGNS, HABIT_TIME, NOW_SIGNS,
                                        NOW_TIME_SIGNS, PAST_SIGNS, SINCE_SIGNS, THIS_TIME, TOLD_OVER, WHENEVER_SIGNS)
from bot.answering import not_now_signs
from bot.answering.lexicon import CueSet

# A worry about a subject ("orolig för inbrotten", "worried about the burglaries"): no crime going on by itself.
WORRIED_ABOUT = CueSet.of({3: (
    "orolig for", "oroliga for", "oroar mig", "oroar oss", "radd for", "worried about", "concerned about",
    "anxious about", "nervous about", "scared of", "afraid of")})
# Someone in particular, rather than a subject.
PERSONAL_SIGNS = CueSet.of({3: (
    "min", "mitt", "mina", "my", "our", "var son", "var dotter", "vart barn", "vara barn", "nagon", "someone",
    "somebody", "en person", "en man", "en kvinna", "ett barn", "en kille", "en tjej", "a man", "a woman",
    "a person", "a child", "a kid", "folk", "people are", "han", "hon", "he", "she", "grannen",
    "jag", "mig", "i am", "im", "i m", "me", "vi", "oss", "we", "us")})
# The work of the kommun and the police, statistics, definitions: a question about the subject.
ABOUT_SIGNS = CueSet.of({3: (
    "kommun*", "polisen", "polisens", "avtal*", "*overenskommelse*", "medborgarlofte*", "arbete*", "arbetar",
    "jobbar", "atgard*", "forebygg*", "minska*", "motverka*", "prevent*", "reduce", "statistik*",
    "statistic*", "hur manga", "how many", "how often", "hur ofta", "antal", "number of", "municipalit*",
    "agreement*", "work on", "work against", "working", "unga", "ungdomar", "young people", "youth",
    "fokus*", "*sakerhet*", "safety", "*skydd*", "i sverige", "in sweden", "lagesbild*", "trygghet*",
    "strategi*", "insats*", "betyder", "innebar", "mean", "means", "definition", "vad ar", "what is",
    "i fjol", "last year", "forra aret", "per ar", "varje ar", "each year", "rad", "tips", "advice",
    "om man", "if someone", "if a", "om nagon", "om en",
    # what an agreement promises ("stämmer det att Högsby lovat att jobba mot vapen?"): its subject asked about
    "lofte", "loftet", "loften", "loftena", "lovat", "lovar", "jobba mot", "satsar pa", "promise", "promised",
    "promises")})
# Threats that reach the resident at a distance (messages, the net): help and reporting, not 112, unless here and now.
DISTANCE_SIGNS = CueSet.of({3: (
    "sms", "smsen", "meddelande*", "messages", "texts", "texting", "natet", "online", "internet",
    "instagram", "snapchat", "snap", "tiktok", "facebook", "sociala medier", "social media", "chatt*",
    "mejl*", "mail", "e post", "email*", "dm", "kommentar*", "comments", "gruppchatt*", "discord",
    "whatsapp", "telegram", "twitter", "youtube", "reddit", "forum*", "dolt nummer", "i telefon",
    "ringer och hotar", "on the phone", "phone calls", "nathat*")})
# Thoughts of suicide that come and go (not an act now): Självmordslinjen, with 112 when acute.
THOUGHTS_SIGNS = CueSet.of({3: (
    "tankar", "tankarna", "thoughts", "ibland", "sometimes", "ofta", "often", "i perioder", "perioder",
    "har haft", "have had", "i flera", "i manader", "i veckor", "for months", "for weeks", "da och da",
    "funderat", "funderar", "fantiserar", "tankt pa", "tanker pa", "tankt", "thought about",
    "thinking about", "think about", "lately", "recently", "these days", "pa sistone", "pa sista tiden",
    "senaste tiden", "den senaste tiden")})
# Asking for someone to talk to, or saying there is no plan: thoughts to share, not an act now.
TALK_SIGNS = CueSet.of({3: (
    "prata med", "prata med nagon", "snacka med", "vanda mig", "vanda sig", "vander man sig", "stod",
    "stodet", "talk to", "talk with", "someone to talk", "support", "inga planer", "ingen plan",
    "no plans", "no plan", "inte gora nagot", "inte gor nagot", "not going to do", "wont do anything",
    "won t do anything", "vem kan jag ringa", "vart kan jag ringa", "vem ringer man", "who can i call",
    "who do i call", "hotline", "helpline", "stodlinje*", "jourlinje*", "sjalvmordslinjen", "chatta",
    "kurator*", "psykolog*", "therapist", "counsel*", "hur kan jag hjalpa", "how can i help", "vem kan hjalpa",
    "finns det hjalp", "kan man prata", "anonymt", "vagar inte beratta", "vagar inte saga", "who can help",
    "is there help", "anonymous*",
    "how do i help", "stotta", "support him", "support her")})
# The act itself ("ta livet av mig", "kill myself"), not the wish not to live: wanting to talk does
# not make it less than 112; told as thoughts that come and go, it is Självmordslinjen.
SUICIDE_ACT = CueSet.of({3: (
    "ta livet av mig", "tar livet av mig", "ta mitt liv", "kill myself", "killing myself", "end my life",
    "take my life", "end it all")})
# Fear of what may come ("rädd att de ska bryta sig in igen"): the words of the act, not the act.
FEAR_OF_SIGNS = CueSet.of({3: (
    "radd att", "radd for att", "orolig att", "orolig for att", "angslig att", "afraid that",
    "afraid they", "afraid he", "afraid she", "scared that", "scared they", "worried that", "worried they",
    "worried he", "worried she", "tanken pa att")})
# What if, one day: a fear of what may happen, not something happening.
HYPOTHETICAL_SIGNS = CueSet.of({3: ("tank om", "what if", "i fall", "in case", "om nagon skulle",
                                    "if someone ever", "if anyone ever")})
# Where a threat is told to come from (a setting, not here), how it feels, what is suspected, that
# it has happened: with a threat's words only (no blow, no weapon), help rather than 112.
SETTING_SIGNS = CueSet.of({3: (
    "i skolan", "pa skolan", "i klassen", "pa rasten", "pa jobbet", "pa arbetet", "pa traningen",
    "at school", "at work", "in class", "in school")})
FEELING_SIGNS = CueSet.of({3: ("kanner mig", "kanns", "i feel", "feel", "feels", "kanner vi oss", "kanner sig",
                                "kande mig", "kande sig", "felt")})
SUSPECT_SIGNS = CueSet.of({3: (
    "misstanker", "suspect", "oroar mig", "orolig for", "oroliga for", "worried about", "concerned about",
    "tror att", "i think")})
# Asking how to report it or what can be done: it has happened, or goes on.
REPORTING_SIGNS = CueSet.of({3: (
    "anmal*", "polisanmal*", "report*", "vad kan jag gora", "vad kan man gora", "vad gor jag",
    "vad gor man", "what can i do", "what can be done", "what do i do about", "rad", "advice")})
# Fear after an event, or of one: with a past time or "since", the fear is the resident's situation.
FEAR_WORDS = CueSet.of({3: (
    "radd", "radda", "radsla", "angest", "panik", "orolig", "oroliga", "otrygg", "vagar inte",
    "kan inte sova", "kan jag inte sova", "kan vi inte sova", "sover daligt", "mardrom*", "afraid", "scared", "anxious", "anxiety", "panic", "nightmare*",
    "cant sleep", "can t sleep", "dare not", "dont dare", "don t dare")})
# The state after an event told as over ("blev knivhuggen … kan inte sluta tänka på det"): the resident's
# situation, not the event (a plain "rädd" is not enough: one can be afraid in the middle of it).
AFTERMATH_STATE = CueSet.of({3: (
    "kan inte sova", "kan jag inte sova", "kan vi inte sova", "sover daligt", "sover inte", "sover nastan", "mardrom*", "kan inte sluta tanka", "mar daligt", "mar alla daligt",
    "mar psykiskt", "vagar inte", "har svart att", "kanner mig krankt", "skams", "skammer", "radd att se",
    "radd att mota", "can t sleep", "cant sleep", "won t sleep", "wont sleep", "nightmare*", "terrified",
    "ashamed", "can t think about anything", "cant stop thinking", "can t stop thinking", "scared to see",
    "scared to go", "afraid to go", "scared they ll come back", "so scared", "traumatis*", "chock*")})
# A crime told as done ("har stulit min identitet", "lurade min pappa").
DONE_SIGNS = CueSet.of({3: ("har stulit", "stal", "stals", "stulen", "stulet", "har lurat", "lurade", "har tagit",
                            "har brutit", "brot sig in", "har klottrat", "slog sonder", "has stolen", "stole",
                            "was stolen", "scammed", "broke into")})
NOT_IN_DANGER = re.compile(r"\b(?:inte|ej|aldrig|not|never|isn t|aren t|m not) (?:\w+ )?i (?:akut |nagon )?fara\b|"
                           r"\b(?:not|never|isn t|aren t) in (?:any |immediate )?danger\b")
# The "now" phrasings of violence that are a threat's words alone (not a blow, a break-in, a weapon).
THREAT_WORDS = frozenset({"hotar mig", "hotad", "hot mot mig", "threatening me", "i fara", "in danger",
                          "foljer efter mig", "forfoljer mig", "following me", "stalking me",
                          "being followed", "foljer efter oss", "following us"})
PHYSICAL_NOW = CueSet.of({3: tuple(c for c in KINDS["violence"][0] if c not in THREAT_WORDS)
                          + ("slagsmal", "slass", "fight*", "misshandl*", "assault*", "attack*", "ranar",
                             "rana", "ranas", "robbery", "robbing", "kidnap*", "bortford")})
# Something lost or stolen, not a person missing: the kind of a Danger("past") the model's reading of
# a missing person does not overrule (bot/answering/decide.py).
THING = "thing"
# Money or an account said to be "in danger", a fraudster's threat: fraud, not violence.
FRAUD_SIGNS = CueSet.of({3: (
    "konto*", "bank*", "bedrag*", "lurad*", "lurade", "falsk*", "bluff*", "scam*", "bankid", "swish", "kortet",
    "account", "fraud*", "fake")})
# A thing hit, not a person ("min bil har blivit påkörd på parkeringen"): to report.
_THING_HIT = re.compile(r"\b(?:min|mitt|mina|var|vart|vara|our|my|grannens|hans|hennes)\s+(?:parkerade\s+)?"
                        r"(?:bil\w*|cykel\w*|cykl\w*|moped\w*|staket\w*|brevlad\w*|garage\w*|car|bike|fence|mailbox)\s+"
                        r"(?:har\s+blivit|blev|ar|har\s+blitt|was|has\s+been|got)\s+(?:pakord\w*|hit|run\s+over|krockad\w*|"
                        r"skadad\w*|damaged)")
WEAPON_SIGNS = CueSet.of({3: ("kniv", "knife", "pistol*", "vapen", "gun", "weapon*", "yxa", "machete")})
# The kinds whose "now" phrasings also tell a finished event ("blev påkörd i somras", "hotad för ett
# år sedan"): with a past time and nothing of now, a crime to report or a situation, not 112.
OVER_WHEN_PAST = frozenset({"violence", "accident"})
# The kinds whose fear afterwards is a situation of its own (bot/answering/limits.py "victim").
AFTERMATH = frozenset({"violence", "accident", "fire"})
QUESTION_WORDS = frozenset({"vad", "hur", "vilka", "vilken", "vilket", "varfor", "nar", "finns", "vem",
                            "what", "how", "which", "why", "when", "does", "do", "is", "are", "who",
                            "kan", "can", "har", "ar"})

@dataclass(frozen=True)
class Danger:
    """`when` is "now" (112 first), "ongoing" (a situation that goes on: help, with 112 when acute) or
    "past" (a crime to report); `kind` names the emergency."""

    when: str
    kind: str
    # An emergency-only phrasing ("andas inte", "det brinner"), not an acute word read in context.
    strong: bool = False


# Asking whether to call the police ("ska jag ringa polisen?", "should I call the police or report it
# online?"): a question about what to do, not the plea "ring polisen!".
# "how do I fight it?", "fight the fine": to contest a fine, a decision or a bill is no fight between people.
_CONTESTED = re.compile(r"\bfight(?:ing)? (?:it|this|that|(?:the|a|my|this|that|their|his|her) (?:\w+ ){0,2}?"
                        r"(?:ticket|fine|decision|charge|charges|bill|eviction|claim|penalty|fee|fees|invoice|ruling|"
                        r"appeal|refusal|rejection|dismissal))\b")
_ASKED_CALL = re.compile(r"\b(?:(?:should|do|can|shall|must) (?:i|we)|when (?:should|do) (?:i|we|you)|or) call (?:the )?police\b|"
                         r"\b(?:ska|bor|kan|behover|maste) (?:jag|vi|man) ring(?:a)? (?:till )?polisen\b|"
                         r"\b(?:eller|nar) ring(?:a|er)? (?:man |jag )?polisen\b")


def told_over(norm: str) -> bool:
    """A past time or something that goes on again and again, and no word of now: what the model's
    unsure reading of danger does not turn into a 112 opening."""
    return ((PAST_SIGNS.found(norm) or CHRONIC_SIGNS.found(norm) or BEEN_SIGNS.found(norm) or DONE_SIGNS.found(norm))
            and not NOW_SIGNS.found(_after_the_event(norm)) and not STILL_THERE_SIGNS.found(norm))


def told_past(norm: str) -> bool:
    """A past time ("igår", "förra veckan", "last month") and no word of now, or a worry of what may
    come: with no emergency's words for the rules, the model's reading of danger (below sure) is not
    112 (decide.py)."""
    last_night = DONE_LAST_NIGHT.search(norm) is not None and not STILL_THERE_SIGNS.found(norm) \
        and not _now_time(DONE_LAST_NIGHT.sub(" ", norm))  # "har brutit sig in i natt", no one still there
    return (PAST_SIGNS.found(norm) and not NOW_SIGNS.found(_after_the_event(norm))) or last_night or feared_to_come(norm)


def feared_to_come(norm: str) -> bool:
    """A worry of what may come ("orolig att han ska bli skjuten") and no word of now."""
    return FEAR_OF_SIGNS.found(norm) and FUTURE_SIGNS.found(norm) and not _now_time(norm)


def asks_the_bot(norm: str, toks: list[str]) -> bool:
    """A question about what the bot does ("vad gör du om någon skriver att det brinner?")."""
    if not (toks and (toks[0] in QUESTION_WORDS or toks[0] in ("om", "if")) and BOT_ASKED.found(norm) and not _now_time(norm)):
        return False
    rest = CALL_WORDS.sub(" ", norm)  # what is told besides the call asked: "…, pappa har svimmat"
    told = any(cues.found(rest) for cues in (*NOW_CUES.values(), *ACUTE_CUES.values()))
    return not (CALL_ASKED.found(norm) and told and not IMAGINED & set(toks[1:]))


def asks_what_if(norm: str, toks: list[str]) -> bool:
    """A case asked about ("vad ska jag göra om någon försöker bryta sig in?"), not one happening."""
    return (bool(toks) and (toks[0] in QUESTION_WORDS or toks[0] in ("om", "if", "tank")) and WHAT_IF_SIGNS.found(norm)
            and not _now_time(norm))


def told_ended(norm: str) -> bool:
    """An event told as ended ("rymde igår men kom hem i morse"), and no word of now nor of someone still there
    ("kom hem och dörren var uppbruten, tror att de är kvar": the one who did it may be inside)."""
    return ENDED_SIGNS.found(norm) and not _now_time(norm) and not STILL_THERE_SIGNS.found(norm) \
        and not _person_gone(norm)  # "kom hem, dörren uppbruten och mitt barn är borta": someone gone, not over


def _person_gone(norm: str) -> bool:
    """A person just before a word of something gone ("mitt barn är borta", "dad is missing")."""
    words = norm.split()
    return any(_GONE.fullmatch(word) and PERSON_SIGNS.found(" ".join(words[max(0, i - 3):i]))
               for i, word in enumerate(words))


def assess(norm: str, toks: list[str]) -> Danger | None:
    """The danger a message of folded tokens describes, or None when it describes none."""
    norm = LEGAL_THREAT.sub(" ", norm)  # "hotar att anmäla mig": a report threatened, no one's body
    norm = JUST_MOVED.sub(" ", norm)  # "vi har precis flyttat hit": when one moved, no time of a crime
    # "men jag är inte i fara just nu", "I'm not in danger": the danger denied, no threat's words; another's
    # danger beside it ("… men min syster är i fara") is read as it stands
    norm = NOT_IN_DANGER.sub(" ", norm)
    norm = NOT_BURNING.sub(" ", norm)  # "det brinner inte nu, men det luktar rök": no fire's words for what is denied
    norm = NO_ONE_LEFT.sub(" ", norm)  # "ingen är kvar där nu": its "nu" and "kvar" tell the danger gone, not here
    if fresh_violence(norm):
        return Danger("now", "violence", strong=True)
    if _broken_into_and_still_there(norm):
        return Danger("now", "violence")  # weak: a model sure of something else may still overrule it
    # "vad gör polisen om någon blir knivhuggen?": their work asked about a kind of case, no one's case told
    if not ANY_CUE.found(norm) or work_asked(norm) and not NOW_SIGNS.found(_after_the_event(norm)):
        return None
    now = NOW_SIGNS.found(_after_the_event(norm))
    asked, quiet = _ASKED_CALL.sub("", norm), SERVICE_SILENT.sub(r"\1", norm)
    for kind, cues in NOW_CUES.items():
        if cues.found(asked if kind == "violence" else quiet if kind == "medical" else norm):
            if asks_the_bot(norm, toks) or (kind in ("fire", "violence", "accident") and asks_what_if(norm, toks)
                                             and WHAT_IF_SURE.found(norm) and not WEAPON_SIGNS.found(norm)):
                return None  # "hur ska jag göra om jag ser någon som blir misshandlad?": a case imagined  # "kan du ringa 112 åt mig?", "vad gör du om jag skriver …?": about the bot
            if (kind == "violence" and bool(toks) and toks[0] in QUESTION_WORDS and not now
                    and ASKED_IF_SIGNS.found(norm) and not PHYSICAL_NOW.found(norm)):
                return None  # "vad gör du om någon skriver att de är i fara?": a question
            if (kind == "violence" and _asked_of_a_case(toks) and not now
                    and (GENERIC_IF_SIGNS.found(norm) or HOW_COMMON_SIGNS.found(norm)) and not WEAPON_SIGNS.found(norm)):
                return None  # "vad ska man göra om man blir rånad?", "om man blir rånad, vad gör man?": anyone's case
            if kind == "medical" and (NOW_CUES["poisoning"].found(norm) or ACUTE_CUES["poisoning"].found(norm)):
                kind = "poisoning"  # "svalde tabletter … går inte att väcka": the poison line, 112 first either way
            return _not_now(kind, norm, now) or Danger("now", kind, strong=True)
    acute = next((kind for kind, cues in ACUTE_CUES.items() if cues.found(_CONTESTED.sub(" ", norm))), None)
    if acute == "missing" and dementia_alone(norm):
        acute = None  # "pappa är dement och jag orkar inte": a condition the family lives with, no one gone
    topic = TOPIC_CUES.found(norm)
    if acute is None and not topic:
        return None
    past = PAST_SIGNS.found(norm) and not _now_time(norm)
    asking = bool(toks) and (toks[0] in QUESTION_WORDS or norm.endswith("?"))
    about = ABOUT_SIGNS.found(norm)
    if past:  # a past time, and no word of it happening now ("outside" or "help" is no time)
        return Danger("past", acute or "violence")
    if acute is not None:
        other = _not_now(acute, norm, now)
        if other is not None:
            return other
        personal = PERSONAL_SIGNS.found(norm)
        if (about or toks[:1] in (["om"], ["if"]) and asks_the_bot(norm, toks)) and not now:  # "om jag skriver att …"
            return None
        if asking and not (now or personal):
            return None
        return Danger("now", acute)
    # "worried about all the burglaries in my area, what should I do?": a worry about a subject, with no
    # time of now and nothing at the door, is no crime going on ("what should I do" is no time).
    worry = WORRIED_ABOUT.found(norm) and not _now_time(norm) and not HERE_SIGNS.found(norm)
    # "polisen lovade att komma, nu slår han mig": the police or an agreement named beside it does not
    # make it a question about the subject when a time of now and the resident as the one it is done to are.
    about = about and not (_now_time(norm) and bool(_DONE_TO_ME & set(toks)))
    if now and not about and not worry and not (asks_what_if(norm, toks) and WHAT_IF_SURE.found(norm)):  # "vad gör jag om jag hör …"
        return Danger("now", "violence")
    return None


_DONE_TO_ME, _IF = frozenset(("mig", "me", "oss", "us")), frozenset(("om", "ifall", "if"))


def _asked_of_a_case(toks: list[str]) -> bool:
    """A question about a case: opened by a question word, or by the case ("om man blir rånad, vad gör man?")."""
    return bool(toks) and (toks[0] in QUESTION_WORDS or (toks[0] in _IF and any(t in QUESTION_WORDS for t in toks[2:])))


def _broken_into_and_still_there(norm: str) -> bool:
    """A crime to a home or a thing found, with the one who did it maybe still there ("kom hem och dörren var
    uppbruten, tror att de är kvar inne", "the window was smashed, someone is still inside"), and no past time:
    112 first, as general.yaml's steps say for someone who may still be inside."""
    return STILL_THERE_SIGNS.found(norm) and not PAST_SIGNS.found(norm) and (
        not_now_signs.DAMAGE_DONE.found(norm) or _BROKEN_OPEN.search(norm) is not None)


# A door, a lock or a window forced, or things taken ("uppbruten", "uppbänd", "kicked in", "inbrott", "stolen").
_BROKEN_OPEN = re.compile(r"\b(?:\w*brut(?:en|et|na|it|its)|uppbrot|uppband\w*|bandes upp|brutits upp|kicked in|forced open|broken open|"
                          r"inbrott\w*|brutit sig in|brot sig in|stulit|stulen|stulet|stulna|stole|stolen|broke in|"
                          r"broken into|broke into)\b")


# The words that tell something gone ("borta", "försvunna", "missing", "gone").
_GONE = re.compile(r"\b(?:forsvunn\w*|forsvann|saknas|missing|borta|gone)\b")


def _taken_in_a_break_in(norm: str) -> bool:
    """Something gone beside a door or a window forced ("garageporten uppbruten och snöslungan borta", "the door
    kicked in and the telly missing"): what a thief took, whatever the thing is called, when no person stands
    just before the word of it gone and no one is said to be still there."""
    if not (_BROKEN_OPEN.search(norm) or not_now_signs.DAMAGE_DONE.found(norm)) or STILL_THERE_SIGNS.found(norm):
        return False
    return _GONE.search(norm) is not None and not _person_gone(norm)


def fresh_violence(norm: str) -> bool:
    """A violent crime just done to the resident, with the one who did it still there ("jag blev rånad
    och han står kvar") or with a word of just now ("I just got mugged"), and no past time: 112, as
    for a crime going on. A past time ("blev rånad igår, han bor kvar i huset") is a crime to report."""
    if not JUST_DONE_VIOLENCE.found(norm) or PAST_SIGNS.found(norm):
        return False
    return STILL_THERE_SIGNS.found(norm) or JUST_NOW_SIGNS.found(_after_the_event(norm))


def _not_now(kind: str, norm: str, now: bool) -> Danger | None:
    """What the words of an emergency tell instead, when the message says so: threats that go on,
    reach the resident at a distance or are feared to come, a threat's words alone told from a
    setting, as a feeling, a suspicion or as having happened; thoughts of suicide that come and go or
    that the resident wants to talk about (each unless a word says it is happening now); a thing (not
    a person) gone; an event that is over (a past time and no word of now). A weapon named keeps a
    threat 112."""
    if (kind == "violence" and not now and WEAPON_SIGNS.found(norm) and CARRY_SIGNS.found(norm)
            and YOUNG_SIGNS.found(norm) and not WEAPON_TURNED.found(norm)):
        return Danger("ongoing", kind)  # "min son har börjat bära kniv": a worry, not a weapon raised
    if kind == "accident" and not _now_time(norm) and _THING_HIT.search(norm) and not PERSON_SIGNS.found(norm):
        return Danger("past", kind)  # "min bil har blivit påkörd på parkeringen"
    if (kind == "violence" and not _now_time(norm) and not WEAPON_SIGNS.found(norm) and not PHYSICAL_NOW.found(norm)
            and not HERE_SIGNS.found(norm) and (CHRONIC_SIGNS.found(norm) or DISTANCE_SIGNS.found(norm))):
        return Danger("ongoing", kind)  # "mitt ex hotar mig hela tiden i sms, vad ska jag göra?": "hjälp" is no time
    if (kind == "violence" and not _now_time(norm) and not WEAPON_SIGNS.found(norm) and not PHYSICAL_NOW.found(norm)
            and HABIT_TIME.search(norm) and not THIS_TIME.search(norm) and not SHOTS.found(norm)):
        # "mitt ex står utanför mitt jobb varje eftermiddag", "keeps following me and waits outside": following or
        # waiting told as a habit, the place of it no time; its help says when to ring 112 ("igen" keeps 112 first)
        return Danger("ongoing", kind)
    if kind == "violence" and not now and not WEAPON_SIGNS.found(norm) and not SHOTS.found(norm):  # gunfire is a weapon's
        if (FRAUD_SIGNS.found(norm)
                or (WHENEVER_SIGNS.found(norm) and not {"mig", "me", "oss", "us"} & set(norm.split()))
                or ((SUSPECT_SIGNS.found(norm) or REPORTED_SIGNS.found(norm)) and not PERCEIVED_SIGNS.found(norm))
                or (not PHYSICAL_NOW.found(norm) and (SERVICE_SIGNS.found(norm) or CONDITION_SIGNS.found(norm)))):
            # Money "i fara"; violence told by someone else or suspected, not seen or heard now; a threat's
            # words alone with where help is asked or a condition ("om jag lämnar honom").
            return Danger("ongoing", kind)
        if (CHRONIC_SIGNS.found(norm) or DISTANCE_SIGNS.found(norm) or HYPOTHETICAL_SIGNS.found(norm)
                or (FEAR_OF_SIGNS.found(norm) and FUTURE_SIGNS.found(norm))):
            return Danger("ongoing", kind)
        if not PHYSICAL_NOW.found(norm) and (SETTING_SIGNS.found(norm) or FEELING_SIGNS.found(norm)
                                             or SUSPECT_SIGNS.found(norm) or BEEN_SIGNS.found(norm)
                                             or REPORTING_SIGNS.found(norm)):
            return Danger("ongoing", kind)
    if kind in AFTERMATH and not _now_time(norm) and (FEAR_WORDS.found(norm) or AVOIDS_SINCE.found(norm)) and (
            PAST_SIGNS.found(norm) or SINCE_SIGNS.found(norm) or _AFTER_AN_EVENT.search(norm)
            or kind == "fire" and PAST_FIRE.search(norm) and not _STILL_BURNING.search(norm)):
        # ("bilen tändes på och nu känner jag mig inte trygg"; not "… och det brinner fortfarande")
        # "sedan inbrottet är jag rädd", "ever since he pulled a knife on me I only take cabs": the fear or what
        # one avoids since, not the event (a weapon told so is the past's; "igen" or a time of now stays 112)
        return Danger("ongoing", kind)
    if kind in AFTERMATH and not _now_time(norm) and AFTERMATH_STATE.found(norm) and TOLD_OVER.found(norm):
        return Danger("ongoing", kind)  # "min kollega blev knivhuggen och vi mår alla dåligt"
    # "Hjälp" or "vad ska jag göra" is no time: wanting to talk about thoughts is not the act.
    if kind == "suicide" and not _now_time(norm) and (
            THOUGHTS_SIGNS.found(norm) or (TALK_SIGNS.found(norm) and not SUICIDE_ACT.found(norm))):
        return Danger("ongoing", kind)
    if kind == "suicide" and not _now_time(norm) and (
            (TOLD_TO_SIGNS.found(norm) and (DISTANCE_SIGNS.found(norm) or CHRONIC_SIGNS.found(norm)))
            or (THREATENS_SIGNS.found(norm) and CONDITION_SIGNS.found(norm))):
        return Danger("ongoing", "violence")  # told to by others, or a threat to control: harassment
    # "försökte ta sitt liv förra året", "min vän har sagt att hon vill dö", "orolig att han vill ta
    # livet av sig": an attempt that is over, another's words, a worry; not with the act to come.
    if kind == "suicide" and not _now_time(norm) and not SUICIDE_INTENT.found(norm) and (
            SUICIDE_OVER.found(norm) or REPORTED_SIGNS.found(norm)
            or (LIFE_STATE_SIGNS.found(norm) and not SUICIDE_ACT.found(norm))):
        return Danger("ongoing", kind)
    if kind == "missing" and not _now_time(norm) and PAST_SIGNS.found(norm) and (
            FOUND_SIGNS.found(norm) or (LONG_PAST.found(norm) and not STILL_SIGNS.found(norm))):
        return Danger("past", kind)  # "försvann förra året men kom hem igen"
    if kind == "missing" and (a_thing_not_a_person(norm) or _taken_in_a_break_in(norm)):
        return Danger("past", THING)  # "min väska försvann": something lost or stolen, to report
    if kind in OVER_WHEN_PAST and PAST_SIGNS.found(norm) and not _now_time(norm):
        return Danger("past", kind)
    return None


# A fire told as going on beside its past ("det brinner fortfarande", "it's still burning", "smoke everywhere").
_STILL_BURNING = re.compile(r"\b(?:brinner|burning|fortfarande|still|ryker|rok|smoke|smoking|flames|lagor|lagorna)\b")
# An event told in a clause opened by "after" ("after I was threatened …", "efter att han drog kniv …"): a time past.
_AFTER_AN_EVENT = re.compile(r"^(?:\w+ ){0,2}?(?:after|efter att|efter det att|sedan|sen|since)\b")
# "nu är jag rädd", "nu kan jag inte sova", "now I'm scared": how it is after the event, not a time of it.
_AFTER = re.compile(r"\b(?:nu|now)(?= (?:(?:ar|blir|ar ju) (?:jag|vi|han|hon|de) |(?:i m|i am|we re|i|we|she s|he s) )?"
                    r"(?:radd|radda|rad|vagar|far (?:jag |vi )?(?:panik|angest)|kan (?:jag |vi )?inte sova|mar|skakar|"
                    r"kanner|scared|afraid|terrified|can t sleep|cant sleep|have nightmares|panic|feel)\b)")


# Help asked for as a service ("finns det hjälp för män?", "where can I get help"): no plea from the middle of it.
_HELP_ASKED = re.compile(r"\b(?:finns det (?:nagon )?hjalp|fa hjalp|far (?:jag|vi|man) hjalp|hjalp for|where can i get help|"
                         r"can i get help|is there help|get help for|hjalp att|not going to do anything tonight|"
                         r"inte gora nagot (?:i kvall|ikvall|inatt|nu))\b")


# "nu" that opens a clause of what goes on since ("nu skickar han meddelanden", "now they keep texting me",
# "vad händer nu?"): no time of an act, unless an act or a weapon follows in the clause.
_NU_CLAUSE = re.compile(r"\b(?:nu (?=(?:har|ar|sager|skickar|star|sitter|far|kan|vill|bor|vet|skolkar|verkar|ringer|"
                        r"skriver|behover|undrar|maste|kommer han|kommer hon)\b)|now (?=(?:they|he|she|i|we|it s|he s|she s|they re|"
                        # a subject told as a noun ("now the other guy says …", "now his mother wants …")
                        r"the|his|her|my|our|their|this|that|everyone|nobody|someone)\b)|"
                        r"(?<=vad hander )nu\b|(?<=what happens )now\b)")


def _after_the_event(norm: str) -> str:
    norm = SAID_NOT_NOW.sub("", _HELP_ASKED.sub("", _AFTER.sub("", norm)))  # "inget händer just nu" is no time
    norm = BY_NOW.sub(" ", STATE_NOW_AFTER.sub(" ", drop_next_step_now(norm)))  # "he is ok now", "flera gånger nu": no time of the act
    for match in reversed(list(_NU_CLAUSE.finditer(norm))):
        clause = " ".join(norm[match.end():].split()[:8])
        if not (ANY_CUE.found(clause) or WEAPON_SIGNS.found(clause) or " sig in" in f" {clause}"):
            norm = norm[:match.start()] + norm[match.end():]
    return norm


def _now_time(norm: str) -> bool:
    """A word that says it is happening at this moment, "nu" of the state after an event aside."""
    return NOW_TIME_SIGNS.found(_after_the_event(norm))


# Dementia named: a person who may go missing, and a condition a family lives with.
DEMENTIA = re.compile(r"\b(?:dement\w*|demens\w*|alzheimer\w*)\b")
# Someone gone or going, away from where they should be ("har gått ut", "hittar honom inte", "wandered off").
_AWAY = re.compile(r"\b(?:gatt|gick|gar) (?:ut|ivag|hemifran|sin vag)\b|\b(?:stuck\w*|rymt|rymde|irrar|vandrat|vandrar"
                   r"|hittar (?:\w+ )?inte|inte (?:kommit|kommer) (?:hem|tillbaka)|wander\w*|left|gone out|went out|ingen vet var"
                   r"|can ?t find|cannot find|not come (?:home|back)|hasn ?t come)\b")


def dementia_alone(norm: str) -> bool:
    """Dementia is the only word of someone missing, and no one is told gone or away, nor anything now."""
    rest = DEMENTIA.sub(" ", norm)
    return DEMENTIA.search(norm) is not None and not ACUTE_CUES["missing"].found(rest) \
        and not someone_away(norm) and not _now_time(norm)


def someone_away(norm: str) -> bool:
    """Someone told gone or away from where they should be ("är borta", "gick ut i tofflor", "wandered off"); going
    off told as what keeps happening ("keeps wandering off, we always find him") is no one away now."""
    return _GONE.search(norm) is not None or (_AWAY.search(norm) is not None and not CHRONIC_SIGNS.found(norm))
