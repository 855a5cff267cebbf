"""Four frames of a detail question that the fixed aspects answered with the wrong part of the entry,
read before detail_asks.py's own frames (whose "where" and "figure" would take them first):

- since when the kommun has had agreements ("Sedan när har X haft avtal med polisen?", "Hur länge har X
  samarbetat med polisen?", "How long has X had cooperation agreements?", and the year asked in any tense:
  "Sedan vilket år samverkar X med polisen?", "since what year …?"): the sentences that say since
  when ("… har haft samverkansöverenskommelser sedan 2009", "sedan flera år tillbaka"). The period is
  when one agreement runs, not since when they have had them; it answers only when no sentence says so.
  "Sen när gäller avtalet?" (no perfect tense) stays the period's question;
- where it was signed ("Var skrevs avtalet under?", "Where was the promise signed?"): the sentences on
  the signing that name a venue ("på kommunhuset i Kävlinge", "vid en gemensam träff"), else that the
  entry does not say where, with the period (when and by whom);
- on what scale a figure is given ("På vilken skala?", "av hur mycket?", "is a high number good or
  bad?"): a measurement's sentence and its scale, else that the entry gives no scale;
- what a survey showed, asked of the survey alone ("Vad visade trygghetsmätningen?", "vad kom
  undersökningen fram till?"): the sentences naming a survey that say what it showed or gave, else that
  the entry does not say. With a subject ("… om kvinnor?") it stays detail_asks.py's "showed".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.answering.common_words import STOPWORDS
from bot.answering.compose import pick
from bot.answering.intents import PLACE
from bot.answering.knowledge import Municipality
from bot.answering.lexicon import AGREEMENT_STEMS, SIGNER, CueSet, is_cue_word
from bot.answering.passage_kinds import ABOUT_SOURCES, Passage
from bot.answering.pointed_out import YEAR
from bot.text import fold, genitive, tokens

SHAPES = ("since", "signed_where", "scale", "long")  # and "survey", which detail_asks.py reads
NOT_SAID = ("signed_where", "scale", "survey")  # said not to be in the entry when no sentence answers

# Since when: a question of how long, in the perfect tense ("har … haft", "have … made", "has had").
SINCE = CueSet.of({3: ("sedan nar", "sen nar", "sedan hur lange", "hur lange", "lange", "since when", "how long")})
_PERFECT = frozenset(("har", "haft", "have", "has", "had"))
# The year asked ("sedan vilket år samverkar X med polisen?", "since what year …?"): since when, in any tense.
SINCE_YEAR = CueSet.of({3: ("sedan vilket ar", "sen vilket ar", "sedan vilka ar", "since what year", "since which year",
                            "from what year", "fran vilket ar ~ har", "sedan hur manga ar")})
# "Sedan vilket år gäller avtalet?": in force since, the period's own answer.
_IN_FORCE = frozenset(("galler", "gallt", "galla", "valid", "force", "undertecknades", "skrevs", "signed"))
# How long something other than the agreement lasts ("hur länge gäller handlingsplanen?", "hur lång tid pågår
# satsningen?", "how long does the project run?"): the sentence that gives a duration of it ("för ett år i
# taget", "under tre månader", "for two years"). Of the agreement itself, the period answers.
LONG = CueSet.of({3: ("hur lange", "hur lang tid", "hur langt tid", "under hur lang tid", "how long", "for how long")})
_LONG_FRAME = frozenset(("hur", "lange", "lang", "langt", "tid", "under", "galler", "pagar", "varar", "lopa", "loper",
                         "how", "long", "does", "last", "lasts", "run", "runs", "apply", "applies", "valid", "for"))
_DURATION = re.compile(r"(?<!inom )(?<!within )\b(?:en|ett|tva|tre|fyra|fem|sex|sju|atta|nio|tio|tolv|arton|\d+|one|two|"
                       r"three|four|five|six|a|an)\s+(?:ar|manader|manad|veckor|vecka|dagar|dag|timmar|timme|terminer|"
                       r"termin|years?|months?|weeks?|days?|hours?|terms?)\b(?!\s+sedan)|\bi taget\b|\bat a time\b|"
                       r"\btills vidare\b|\buntil further notice\b")
# How a sentence says since when ("sedan 2009", "sedan flera år tillbaka", "since 2015", "for several years").
_SINCE_SAID = re.compile(r"\b(?:sedan|sen|since)\s+(?:\w+\s+)?(?:\d{4}|flera|manga|lang|several|many)\b|"
                         r"\bfor (?:several|many) years\b")  # "sedan våren 2020" too

# Where: the question word of place beside one of signing. Swedish "var" is also "was" ("vem var ordförande
# när det skrevs under?", "var det X som skrev under?"): it asks where only right before the verb of signing
# ("var skrevs avtalet under?", "var undertecknades det?") or with "någonstans". Asked with when ("när
# undertecknades avtalet och var?"), the period's answer says both.
_WHERE = CueSet.of({3: ("where", "pa vilken plats", "i vilken lokal", "vilken lokal", "what place", "which venue",
                        "var nagonstans", "var skrevs", "var skrev", "var undertecknade*", "var signerade*",
                        "var tecknade*")})
_WHEN = frozenset(("nar", "when", "datum", "date"))
# A venue in a sentence on the signing: a preposition of place and a building, a room or a meeting.
_VENUE = re.compile(r"\b(?:i|pa|vid|at|in)\s+(?:\w+\s+){0,3}?\w*(?:hus|huset|salen|sal|trapp|traff|traffen|mote|motet|"
                    r"hall|meeting|office|station|stationen|radhuset|stadshuset)\b")
_SIGNING = ("underteckn", "skrev under", "skrevs under", "skrev pa", "signer", "signed", "signing", "tecknade")

# The scale of a figure: asked by the word, by "av hur mycket", or as whether a high number is good.
# Never "bra eller dålig" alone: "är avtalet bra eller dåligt?" asks an opinion, not a scale.
SCALE = CueSet.of({3: ("skala*", "scale", "av hur mycket", "av hur manga", "out of how", "out of what", "maxvarde*",
                       "vad ar max", "hogsta mojliga", "high number", "higher number", "low number", "hogt varde",
                       "hog siffra", "hogt tal", "lagre ~ battre", "hogre ~ battre", "lower ~ better", "higher ~ better")})
_SCALED = ("skala", "scale", "lagre ar battre", "lower is better", "hogre ar battre", "higher is better")

# What a survey showed: the survey named beside a word of showing (detail_asks.py reads them too).
# A dialogue with residents is asked of as a survey is ("vad framkom i medborgardialogen?").
SURVEYED = CueSet.of({3: ("trygghetsmatning*", "trygghetsundersokning*", "trygghetsenkat*", "medborgarundersokning*",
                          "enkat*", "undersokning*", "survey*", "questionnaire*", "medborgardialog*", "dialog*",
                          "dialogue*")})
SHOWED = CueSet.of({3: ("sager", "sa", "visar", "visade", "visat", "framkom", "kom ~ fram", "pekar", "says", "say",
                        "said", "show", "shows", "showed", "shown", "found", "tell", "tells")})
_SURVEY_WORDS = ("matning", "undersokning", "enkat", "survey", "questionnaire", "dialog")
# How a sentence says what a survey showed or gave.
_SHOWING = ("visa", "gav", "framkom", "pekade", "pekar", "show", "gave", "found", "lagsta", "hogsta", "lowest", "highest")
# How a sentence says what the residents who answered said, wanted or felt: they are its subject, before a
# verb of saying, wishing or feeling ("medborgarna lyfte …", "de flesta önskade …", "residents named …"), or
# it names their wishes ("… var återkommande önskemål", "mest framträdande var behovet …").
_WHO_ANSWERED = r"(?:medborgarna|invanarna|de boende|boende|de flesta|majoriteten|de svarande|folk|residents|most people|people)"
_SAID_VERB = (r"(?:lyfte|lyfter|uppgav|uppger|onskade|onskar|tycker|tyckte|upplever|upplevde|anser|ansag|vill|ville|"
              r"har uttryckt|uttryckte|namner|namnde|raised|named|wanted|want|said|say|feel|felt|see|saw)")
# Either order: "medborgarna lyfte …", and with the verb second in its clause, "I dialogerna lyfte medborgarna …".
_RESIDENTS_SAID = re.compile(rf"\b{_WHO_ANSWERED}\b(?:\s+\w+){{0,3}}?\s+{_SAID_VERB}\b|"
                             rf"\b{_SAID_VERB}\s+(?:\w+\s+){{0,1}}{_WHO_ANSWERED}\b|\bonskemal\b|\bframtradande\b")


def shape(norm: str, toks: Sequence[str], masked: Sequence[str] = ()) -> str | None:
    """"since", "signed_where", "scale" or "long" when the message asks so, else None (a survey asked of itself is
    read by detail_asks.py, after its count and beside its "showed", as "survey"). `masked`: the tokens with the
    places masked, whose other words say what a "long" is asked of."""
    words = set(toks)
    if SINCE.found(norm) and words & _PERFECT or SINCE_YEAR.found(norm) and not words & _IN_FORCE:
        return "since"
    if masked and LONG.found(norm) and long_subject(masked, norm):
        return "long"
    if _WHERE.found(norm) and SIGNER.found(norm) and not words & _WHEN:
        return "signed_where"
    if SCALE.found(norm):
        return "scale"
    return None


_LONG_ASKED = re.compile(r"\b(?:hur lang(?:e|t)?(?: tid)?|how long)\b")
_CLAUSE_END = re.compile(r"\s(?:och|and|samt|men|but)\s|[,;:?!.]")


def long_subject(masked: Sequence[str], norm: str = "") -> list[str]:
    """What a how-long is asked of: the longer words of its own clause (after "hur länge", `norm` given) that
    are no frame, cue, place or agreement word ("Vad gör X för stadskärnan och hur länge gäller det?" asks
    the period: no word of its own)."""
    if norm:
        asked = _LONG_ASKED.search(norm)
        tail = _CLAUSE_END.split(norm[asked.end():], maxsplit=1)[0] if asked else ""
        held = set(masked)
        masked = [t for t in tokens(tail) if t in held]
    return [t for t in masked if len(t) > 4 and t != PLACE and t not in STOPWORDS and t not in _LONG_FRAME
            and not is_cue_word(t) and not t.startswith(AGREEMENT_STEMS) and not YEAR.match(t)]


def chosen(asked: str, entry: Sequence[Passage], own: Sequence[Passage], masked: Sequence[str]) -> list[Passage]:
    """The entry's sentences that answer the frame, best first, or []. A year asked may name the agreement
    (`own`: its sentences, "Umeå's 2023 promise") or the survey ("trygghetsmätningen 2024", in the basis
    of the promise after it): the sentences that hold the year come first, then the agreement's, then the rest."""
    years = [t for t in masked if YEAR.match(t)]
    held = {id(p) for p in own}
    said = sorted((p for p in entry if p.kind not in ABOUT_SOURCES), key=lambda p: (
        not any(y in f"{p.label} {p.text}" for y in years), id(p) not in held))
    if asked == "since":
        return [p for p in said if _SINCE_SAID.search(fold(p.text))]
    if asked == "long":  # a duration in a sentence on what is asked of, by a stem shared
        stems = {t[:5] for t in long_subject(masked)}
        return [p for p in said if _DURATION.search(fold(p.text))
                and any(w[:5] in stems or len(w) > 8 and any(st in w for st in stems) for w in tokens(p.text))]
    if asked == "signed_where":
        on_signing = [p for p in said if p.kind == "signing" or any(w in fold(f"{p.label} {p.text}") for w in _SIGNING)]
        return [p for p in on_signing if _VENUE.search(fold(p.text))]
    if asked == "scale":
        measured = [p for p in said if p.kind == "measurement"]
        scaled = [p for p in said if any(w in fold(p.text) for w in _SCALED)]
        return sorted(dict.fromkeys([*measured, *scaled]), key=lambda p: not any(w in fold(p.text) for w in _SCALED))
    named = [p for p in said if any(w in fold(f"{p.label} {p.text}") for w in _SURVEY_WORDS)]
    # The sentence after one naming the survey, in the same part of the entry, may be the one that says what
    # it found ("En lokal problembild från medborgardialog … . … medborgarna lyfte bland annat …").
    following = [after for before, after in zip(entry, entry[1:]) if before in named and after not in named
                 and after.kind not in ABOUT_SOURCES and (after.kind, after.agreement_id, after.key, after.label)
                 == (before.kind, before.agreement_id, before.key, before.label)]
    showing = [p for p in [*named, *following] if any(w in fold(p.text) for w in _SHOWING)
               or re.search(r"\d[,.]\d", p.text) or _RESIDENTS_SAID.search(fold(p.text))]
    return showing or named


def not_said(muni: Municipality, asked: str, language: str) -> str:
    """That the entry does not say what the frame asks."""
    name = genitive(muni.name)
    if asked == "signed_where":
        return pick(language, f"Var den skrevs under nämns inte i {name} överenskommelse.",
                    f"Where it was signed is not mentioned in {muni.name}'s agreement.")
    if asked == "scale":
        return pick(language, f"På vilken skala något mäts nämns inte i {name} överenskommelse.",
                    f"On what scale anything is measured is not mentioned in {muni.name}'s agreement.")
    return pick(language, f"Vad en trygghetsmätning eller enkät visade nämns inte i {name} överenskommelse.",
                f"What a safety survey showed is not mentioned in {muni.name}'s agreement.")

