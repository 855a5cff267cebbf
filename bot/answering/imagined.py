"""A case imagined or asked about, not one happening: the danger words of a message that asks what to do
if something happens ("och om det brinner?", "what should you do if you witness a stabbing?"), how the
kommun or the police deal with a kind of crime ("hur hanterar polisen skjutningar i Malmö?", "Kirunas
insatser när någon blir rånad"), or tells a fear of a place or a time ("vågar man gå ut på kvällen i
Borås?", "I'm scared of getting mugged when I walk home"). Read before the danger rules
(bot/answering/danger.py), which would otherwise take "det brinner" or "blir rånad" inside them as happening.

The rule is one for every shape: in each clause that holds an emergency's words, a word that makes it a
case (a condition, the work asked, a fear) comes before them, and nothing anywhere tells of now ("nu",
"pågår", "hjälp"), of someone here ("utanför", "vid dörren") or of a violent crime just done. A person in
danger now keeps 112 first: "vad gör jag, han slår mig" has no such word before "slår", "min pappa andas
inte, vad ska jag göra?" none before "andas inte", and "han slår mig och jag vågar inte gå hem" has its
fear after the blow.
"""

from __future__ import annotations

import re

from bot.answering.danger import QUESTION_WORDS, fresh_violence
from bot.answering.danger_kinds import ACUTE_CUES, ANY_CUE, NOW_CUES
from bot.answering.danger_signs import HERE_SIGNS, RESIDENT, STILL_THERE_SIGNS
from bot.answering.danger_times import NOW_TIME_SIGNS
from bot.answering.lexicon import CueSet
from bot.text import tokens

FOLLOW_UP, HOW_TO, WORK, FEAR = "follow_up", "how_to", "work", "fear"

# Words that open a follow-up or a chat line before what it asks ("och om …", "men om …", "hej! …").
_LEADS = frozenset(("och", "men", "and", "but", "so", "sa", "ok", "okej", "okay", "hmm", "alltsa", "jamen", "well",
                    "hej", "hejsan", "hallo", "hello", "hi", "hey", "tja", "tjena", "ursakta"))
# "jag undrar (generellt) hur …", "I was wondering what …": a question told as a wish to know.
_WONDER = frozenset(("jag", "i", "undrar", "wonder", "was", "wondering", "bara", "generellt", "allmant", "lite",
                     "just", "generally", "in", "general"))
# A condition: the case that may come. "vid" only before an event ("vid en skjutning", not "vid dörren").
_CONDITION = frozenset(("om", "ifall", "if", "suppose", "tank", "fall", "case"))
# A case supposed, as the clause's first word ("säg att någon slår mig på stan, vad gör jag då?", "say someone
# breaks in", "anta att det brinner"), or a kind of case asked after ("what about a break-in?", "how about a fire?").
_SUPPOSE = frozenset(("anta", "antag", "say", "assume", "imagine", "suppose", "supposing"))
# A witness's part asked ("vad gör man som vittne till en misshandel?"): a role, not someone there now; a
# witness to an event only ("kallad som vittne i tingsrätten" is a court case of one's own, refusals.py).
_ROLE = frozenset(("vittne", "vittnen", "witness", "witnesses", "witnessing", "bystander"))
_VID_EVENT = re.compile(r"^vid (?:en |ett )?(?:brand|skjutning|skottlossning|kniv|ran|inbrott|misshandel|overfall|olycka|"
                        r"trafikolycka|hot|vald|brak|slagsmal|attack|explosion|sprangning|bombhot)")
# "när man blir rånad", "when someone gets stabbed": anyone's case; never "när det brinner i köket" (now).
_WHEN_GENERIC = frozenset(("man", "nagon", "nan", "folk", "you", "someone", "somebody", "people", "one"))
# Addressed, not imagined: "om du inte kommer …", "if you don't send someone …" (unless asked first).
_ADDRESSED = frozenset(("du", "ni", "you"))
# The kommun's or the police's work on a kind of case.
_WORK = CueSet.of({3: (
    "hanterar", "hanteras", "hantera", "handle*", "insats*", "atgard*", "plan", "planer", "planen", "handlingsplan*",
    "strategi*", "strategy", "strategies", "measures", "jobbar", "arbetar", "arbetet", "samarbetar", "samverkar",
    "forebygg*", "prevent*", "tackle*", "deal with", "deals with", "respond*", "work", "works", "working",
    "hander efter", "hander nar", "hander i", "happens after", "happens when", "happens in", "hur ser", "syn pa",
    "view on", "response to", "approach to")})
_DOERS = CueSet.of({3: ("polis*", "police", "kommun*", "municipality", "council", "samverkan", "myndighet*")})
# A fear of something that may come, or of a place or a time.
_FEAR = CueSet.of({3: (
    "radd", "radda", "livradd", "livradda", "skraj", "orolig", "oroliga", "nervos", "vagar", "otrygg", "otryggt",
    "farligt", "dangerous", "scared", "afraid", "frightened", "terrified", "worried", "unsafe", "safe")})
_OWN_BODY = frozenset(("mig", "me", "oss", "us"))
# Violence and fire the model reads as danger though the rules' cues do not hold them as words of now
# ("en skjutning", "ett rån", "börjar brinna"): their clause is read as the cues' are.
_CRIME = CueSet.of({3: (
    "skjut*", "skott*", "shooting*", "shot", "gunfire", "stabbing*", "stabbed", "kniv*", "knife", "knives", "gun",
    "guns", "vapen*", "weapon*", "ran", "ranet", "ranad", "ranas", "ranar", "ranade", "rana",
    "robbery", "robbed", "mugg*", "overfall*", "misshandel", "misshandla*", "assault*", "attack*", "brand", "branden",
    "fire", "brinna", "brinner", "explosion*", "sprangning*", "bomb*")})
# A fear of a place or a time, told with nothing of danger's words ("vågar man gå ut på kvällen i Borås?",
# "är det farligt att gå genom parken?", "is it safe to walk there at night?").
_PLACE_FEAR = re.compile(r"\b(?:vagar (?:man|du|ni) |(?:ar det|is it) (?:farligt|sakert|safe|dangerous|otryggt) |farligt att |"
                         r"safe to |dangerous to |radda? (?:for att|att) ga |(?:scared|afraid) (?:of|to) (?:walk|go))")
# How to protect someone or prevent a harm ("hur skyddar vi henne?", "how can we prevent it?"), with no danger's
# words: a worry of what may come, which no one asks from the middle of it.
_PROTECT = re.compile(r"\b(?:hur|how) (?:kan |ska |skall |bor |do |can |should |could )?(?:vi|jag|man|ni|we|i|you|one) "
                      r"(?:\w+ )?(?:skydda\w*|forhindra\w*|forebygg\w*|undvika|undviker|protect|prevent|avoid)\b|"
                      r"\bhur (?:skydda\w*|forhindra\w*|forebygg\w*|undviker) (?:vi|jag|man|ni)\b")
_AT_THE_DOOR = CueSet.of({3: ("utanfor", "outside", "hos mig", "i trapphuset", "pa dorren", "vid dorren", "har inne",
                              "at my door", "at the door", "next door", "bredvid", "just nu", "right now")})
# A later clause that opens with a question word asks ("ifall någon hotar mig en kväll, vad är smartast att göra"),
# question mark or not.
_ASKING = QUESTION_WORDS | {"how", "what", "should", "who", "where"}
# A clause asked with its verb first ("ska man gå ut i trapphuset?"): a place asked of, no one told there.
_ASKING_VERBS = frozenset(("ska", "skall", "kan", "bor", "borde", "maste", "should", "can", "do", "does", "is", "are",
                           "must", "shall"))
# Help cried for ("hjälp"), whatever else is told: never a case imagined.
_CRY = frozenset(("hjalp", "help"))


def shape(text: str, toks: list[str], kommun_named: bool) -> str:
    """Which shape of case asked the message is (FOLLOW_UP, HOW_TO, WORK, FEAR), or "" when its danger
    words may be happening now (or it has none). `toks` are the reading's corrected folded tokens."""
    norm = " ".join(toks)
    words_of_danger = bool(toks) and _danger_words(norm)
    if not words_of_danger and not _PLACE_FEAR.search(norm + " ") and not _PROTECT.search(norm):
        return ""  # most messages: nothing to read as a case (looked at first, as it costs least)
    if (NOW_TIME_SIGNS.found(norm) or _CRY & set(toks) or fresh_violence(norm) or _of_the_body(norm)
            or _SEEING_NOW.search(norm) is not None or _COURT.found(norm)):
        return ""  # "jag ser ficklampor inne hos dom": seen now; "ska vittna i tingsrätten om": a court case
    if not words_of_danger:
        # Asked how to protect someone, the home named is where it tends to happen ("släpper in folk i lägenheten"),
        # not someone here now; at the door or outside still is.
        here = _AT_THE_DOOR.found(norm) if _PROTECT.search(norm) else HERE_SIGNS.found(norm)
        told = here or STILL_THERE_SIGNS.found(norm) or _OWN_BODY & set(toks)
        return "" if told else FEAR
    clauses = _clauses(text, toks)
    if clauses is None:
        return ""
    start = _opening(toks)
    # Asked: a question mark, a question word first, "tänk om …" (itself a question), or a follow-up's "då".
    asks = "?" in text or (start < len(toks) and toks[start] in QUESTION_WORDS | {"till", "should", "how", "what", "tank",
                                                                                 "suppose", "imagine"}) \
        or toks[-1] in ("da", "then") or any(words[0] in _ASKING for words in clauses[1:] if words)
    led = start > 0 and toks[0] in ("och", "men", "and", "but")
    found = ""
    for words in clauses:
        if not _danger_words(" ".join(words)):
            if HERE_SIGNS.found(" ".join(words)) and words[0] not in _ASKING | _ASKING_VERBS:
                return ""  # "om han kommer hit igen, vad gör jag? han står i trapphuset": someone here, told apart
            continue
        if STILL_THERE_SIGNS.found(" ".join(words)):
            return ""
        kind = _marked(words, norm, asks, led, kommun_named, toks[start:start + 2])
        # A place in a clause whose case is supposed ("om någon bryter sig in hos mig", "if I see a fight outside a
        # bar") is where the case would happen; in any other clause it tells someone here now.
        supposed = kind in (HOW_TO, FOLLOW_UP) and bool((_CONDITION | _SUPPOSE) & set(words))  # not a witness's role
        if not kind or HERE_SIGNS.found(" ".join(words)) and not supposed:
            return ""
        found = found or kind
    return found


# The event told as one the resident saw ("om ett bråk jag såg i Visby"): "om" is "about" it, no case supposed.
_SEEN = CueSet.of({3: ("jag sag", "vi sag", "i saw", "we saw", "jag bevittnade", "i witnessed", "jag var med om")})
# Seen or heard as it happens ("jag ser ficklampor inne hos dom", "I can hear them breaking the door"): now.
# ("om jag ser någon bära kniv", "if I see …" suppose it).
_SEEING_NOW = re.compile(r"(?<!\bom )(?<!\bif )(?<!\bnar )(?<!\bwhen )(?<!\bifall )\b(?:jag|vi|i|we)(?: can)? (?:ser|hor|see|hear)\b")
# A court case of one's own (a witness summoned, a trial): refusals.py's, never a case imagined.
_COURT = CueSet.of({3: ("tingsratt*", "hovratt*", "domstol*", "rattegang*", "huvudforhandling*", "vittna", "vittnar",
                        "court", "trial", "testify")})
# Someone who acts, and the words that put the act to come ("rädd att någon ska råna mig").
_ACTORS = frozenset(("nagon", "nan", "han", "hon", "de", "dom", "someone", "somebody", "he", "she", "they", "folk",
                     "people", "killar", "killarna", "gang", "ganget"))
_TO_COME = frozenset(("ska", "skall", "kommer", "skulle", "kan", "will", "would", "might", "could", "may"))


def _acted_now(words: list[str], fear_at: int) -> bool:
    """"vågar inte gå ut någon skjuter på gatan": after the fear, someone does the act, told with no word
    that puts it to come; that is told as happening, not feared."""
    rest = words[fear_at + 1:]
    j = _first_danger(rest)
    return j is not None and bool(_ACTORS & set(rest[max(0, j - 2):j])) and not _TO_COME & set(rest[:j])


def _first_danger(words: list[str]) -> int | None:
    """The word at which danger's words are first complete, found by halving: a longer start of the
    clause holds every cue a shorter one does, so a few look-ups do, not one per word."""
    if not _danger_words(" ".join(words)):
        return None
    low, high = 0, len(words) - 1
    while low < high:
        middle = (low + high) // 2
        if _danger_words(" ".join(words[:middle + 1])):
            high = middle
        else:
            low = middle + 1
    return low


def _danger_words(norm: str) -> bool:
    return ANY_CUE.found(norm) or _CRIME.found(norm)


# Illness, poisoning, suicide and a person gone: the body's emergencies, where "om man tar 20 tabletter? jag
# har tagit dem" tells its act in words no cue holds. These keep the danger net's reading, asked or not.
_BODY_KINDS = ("medical", "poisoning", "suicide", "missing")


def _of_the_body(norm: str) -> bool:
    return any(NOW_CUES[kind].found(norm) or ACUTE_CUES[kind].found(norm) for kind in _BODY_KINDS)


def _clauses(text: str, toks: list[str]) -> list[list[str]] | None:
    """The corrected tokens cut where the text has a clause's mark; None if the cut does not line up."""
    out, at = [], 0
    for piece in re.split(r"[.,!?;:\n]+", text):
        n = len(tokens(piece))
        if n:
            out.append(toks[at:at + n])
            at += n
    return out if at == len(toks) else None


def _opening(toks: list[str]) -> int:
    """Where the message's own words start, after "och", "hej" or "jag undrar"."""
    i = 0
    while i < len(toks) and (toks[i] in _LEADS or toks[i] in _WONDER and i + 1 < len(toks)
                             and (toks[i + 1] in _WONDER or toks[i + 1] in QUESTION_WORDS)):
        i += 1
    return i


def _marked(words: list[str], norm: str, asks: bool, led: bool, kommun_named: bool, first: list[str]) -> str:
    """The kind of word that makes this clause's danger a case, when one comes before its first danger word."""
    first_danger = _first_danger(words)
    for i, word in enumerate(words):
        if first_danger is not None and i > first_danger:
            return ""  # the danger's words come first: told, not asked
        rest = words[i:]
        condition = word in _CONDITION and (word != "fall" or i > 0 and words[i - 1] == "i") \
            and (word != "case" or i > 0 and words[i - 1] == "in") \
            or _VID_EVENT.match(" ".join(rest)) is not None \
            or word in ("nar", "when") and len(rest) > 1 and rest[1] in _WHEN_GENERIC or word in _ROLE and rest[1:2] in (["till"], ["to"], ["of"]) \
            or i == 0 and (word in _SUPPOSE or word == "sag" and rest[1:2] == ["att"]) or word == "about" and i > 0 and words[i - 1] in ("what", "how")
        if condition and (asks or led) and not _SEEN.found(" ".join(words[i:])):
            addressed = word in ("om", "if") and len(rest) > 1 and rest[1] in _ADDRESSED
            if addressed and not (first and first[0] in QUESTION_WORDS | {"how", "what", "should"}):
                return ""
            return FOLLOW_UP if led else HOW_TO
        if (_WORK.found(" ".join(words[i:i + 2])) and (kommun_named or _DOERS.found(norm))
                and not RESIDENT & set(norm.split())):
            return WORK
        if _FEAR.found(word) and not _OWN_BODY & set(words) and not _acted_now(words, i):
            return FEAR
    return ""


def someone_here_apart(text: str, toks: list[str], norm: str) -> bool:
    """"om han kommer tillbaka med kniven, vad gör jag? han står i trapphuset": a danger told as a case that may
    come, and in a clause of its own, with no danger's words, someone told here now (not asked of). shape() gives
    no case imagined for it; this says the danger it supposes is at the door, so 112 opens whatever else answers."""
    if not _danger_words(norm):
        return False
    clauses = _clauses(text, toks)
    if clauses is None or len(clauses) < 2:
        return False
    dangerous = [bool(_danger_words(" ".join(words))) for words in clauses]
    return any(dangerous) and any(
        not danger_told and words and HERE_SIGNS.found(" ".join(words)) and words[0] not in _ASKING | _ASKING_VERBS
        for words, danger_told in zip(clauses, dangerous))
