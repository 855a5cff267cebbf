"""Which matter of one's own a message tells, one that no agreement answers and
bot/answering/refusals.py sends to the place that fits (its help lines' kind): one's own police
report or case, a parking fine or a prosecutor's, a drone, a camera (whose: a wildlife camera, one at
home, a neighbour's, a shop's), a tenancy, a purchase, a neighbour, the law in one's own case.

Apart from refusals.py, which decides whether to say no or send elsewhere at all (never before
danger now, a crime suffered or a question about the agreement): telling which matter it is reads
only the message's words (own_matter_signs.py), and the engine's other steps ask it too (beside.py).
"""
from __future__ import annotations

import re

from typing import TYPE_CHECKING

from bot.answering import case_shapes, lexicon, nuisance, life_areas, no_fit_cases, own_act, own_cases, own_law, record_checks, social_reports
from bot.answering import own_matter_signs as own_signs
from bot.answering import refusal_signs as signs

if TYPE_CHECKING:
    from bot.answering.reading import Reading

# "fine" as how someone is ("he seems fine", "she's fine now", "feels fine"): a state, not a penalty.
_FINE_STATE = re.compile(r"\b(?:seems?|seemed|is|s|m|am|are|re|was|were|feel|feels|felt|look|looks|looked|doing|all|be|"
                         r"being|perfectly|totally|completely|just|absolutely) fine\b")


# One's card or account used by someone else ("köp jag aldrig gjort", "purchases I never made", "okända dragningar"):
# a fraud, whatever a purchase's words say of a consumer's case.
CARD_MISUSED = re.compile(
    r"\b(?:(?:bank|kredit|betal)?kort\w*|konto\w*|card|account)\b.*\b(?:aldrig gjort|inte gjort|inte har gjort|"
    r"never made|did ?n t make|did not make|never did|obehorig\w*|unauthori[sz]ed|okanda (?:dragningar|kop|transaktioner)|"
    r"unknown (?:charges|purchases|transactions))\b")


def matter(r: Reading) -> str | None:
    """`_matter`, read once per reading (refusals.py and beside.py ask it of the same reading several times)."""
    kept = r.__dict__.get("_own_matter_kind", r)
    if kept is r:
        kept = r.__dict__["_own_matter_kind"] = _matter(r)
    return kept


def _matter(r: Reading) -> str | None:
    """The resident's own matter that no agreement answers (a helplines.yaml kind), or None: what the
    cue lists below name, else the area of life it lies in (life_areas.py). An authority's decision
    about one's benefits is an appeal's and JO's, whatever law the lists read in it."""
    if CARD_MISUSED.search(r.norm):
        return None  # "mitt bankkort har använts för köp jag aldrig gjort": a fraud to report, no purchase of one's own
    kind = listed_matter(r)
    if kind in (None, "legal", "case", "no_fit") and _decided(r.norm) \
            and (not own_law.ABOUT_THE_BOT.found(r.norm) or _BOT_TO_CHANGE.search(r.norm)):
        return "decision"  # (and "kan boten ändra beslutet?": the bot asked to undo it, the decision still one's own)
    area = life_areas.area(r.norm, r.tokens, r.language == "en")
    if kind == "consumer" and area == "work":
        return "work"  # "lönen kom inte, företaget svarar inte": the firm is one's employer, one's pay the case
    if kind in ("legal", "case") and area in _AREAS_WITH_A_PLACE:
        # "kan jag bli uppsagd nu?" after a warning from one's boss: the law asked, in an area with a place of its own
        # (the union, the rent tribunal, consumer guidance), which then stands before the legal-help line
        return life_areas.KINDS[area]
    # (the area lists' kind too: "äldreboendet" there names an authority's care, but "sommarvikariat på
    # äldreboendet" whose pay never came is a job, and the trained reading sure of that names the union)
    kind = kind or life_areas.kind(r.norm, r.tokens, r.language == "en")
    if OVER_THE_LISTS and (over := life_areas.trained_over(r, kind)) is not None:
        return over
    # One's own rights asked outright, in no area the lists or the trained reading name ("vad har jag för rättigheter
    # om polisen stoppar mig?"): the law's question of one's own, not the agreements' of its subject.
    # (over one's data with the bot, the privacy answer's words: lexicon.PRIVACY)
    rights = own_signs.RIGHTS_OF_MINE.found(r.norm) and not lexicon.PRIVACY.found(r.norm)
    return kind or life_areas.trained_kind(r) or ("legal" if rights else None)


# The bot asked to change a decision ("kan boten ändra beslutet?", "can you overturn it?").
_BOT_TO_CHANGE = re.compile(r"\b(?:kan|kunde|could|can) (?:du|ni|boten|chatten|you|the bot|this bot) (?:\w+ )?"
                            r"(?:andra|upphava|riva upp|overklaga|omprova|change|overturn|reverse|undo|appeal)\b")


# The areas of life whose own place (knowledge/helplines.yaml) a legal question inside them is asked of first.
_AREAS_WITH_A_PLACE = frozenset(("work", "tenancy", "consumer"))


# Whether the trained reading may name an area's place where the lists found only a general matter
# (measured both ways: see the README's round twenty).
OVER_THE_LISTS = True


def _decided(norm: str) -> bool:
    """An authority's decision about the resident: a benefit's (life_areas.py), or any other authority's
    about a thing of the resident's own ("nämnden sa nej till min altan"); a decision of the kommun's about
    a place ("kommunen beslutade att stänga fritidsgården") is not one."""
    if life_areas.decision_of_an_authority(norm):
        return True
    return (case_shapes.AUTHORITY_SIDE.found(norm) and life_areas.DECISION.found(norm)
            and (bool(_MINE & set(norm.split())) or _REFUSED_ME.search(norm) is not None)
            and not life_areas.CRIME.found(norm) and not life_areas.OF_THE_KOMMUN.found(norm))


# A thing of the resident's own the decision is about ("min ansökan", "my application").
_MINE = frozenset(("min", "mitt", "mina", "my"))
# The resident the decision was given to, just after its verb ("kommunen nekade mig bygglov", "the council refused
# me a permit"); not "stopped giving me shifts", an employer's.
_REFUSED_ME = re.compile(r"\b(?:nekade|nekat|nekar|avslog|avslagit|sa nej till|sagt nej till|refused|denied|rejected|"
                         r"turned down) (?:mig|oss|me|us)\b")


def listed_matter(r: Reading) -> str | None:
    """The matter the cue lists read (no area model, no decision of an authority's), read once per reading."""
    kept = r.__dict__.get("_listed_matter", r)
    if kept is r:
        kept = r.__dict__["_listed_matter"] = _listed_matter(r)
    return kept


def _listed_matter(r: Reading) -> str | None:
    norm = r.norm
    legal = own_signs.LEGAL.found(norm)
    asks = legal or own_signs.ASKS_RIGHTS.found(norm)
    appeal = own_law.APPEAL.found(norm) and not own_law.ABOUT_THE_BOT.found(norm)
    if ((own_signs.OWN_CASE.found(norm) or own_cases.MADE_A_REPORT.found(norm)) and own_signs.CASE_STATUS.found(norm)
            or life_areas.own_report(norm) or case_shapes.report_followed(norm)) and not appeal:
        return "own_report"  # "hur går det med min anmälan?", "kan jag följa min polisanmälan?" (not the bot's /folj)
    if social_reports.about_own_family(norm) and not appeal:
        # "förskolan har gjort en orosanmälan om min son": the case is social services' to answer, not Bris's
        return "report_about_me_social"
    if case_shapes.own_details_listed(norm):
        return "own_listing"  # "mitt hemnummer finns på eniro": the site's to remove, none of the bot's data
    if own_cases.complaint_about_an_authority(norm) or case_shapes.authority_failed(norm):
        # "polisen var otrevlig när de stoppade mig, hur klagar jag?", "handläggaren har inte svarat på fyra
        # månader", "hemtjänsten kommer bara en gång": how an authority handled one's matter is JO's, not a concern
        return "authority_complaint"
    if case_shapes.raised_at_work(norm):
        return "work"  # "sparkad efter att jag anmält trakasserierna": the employer's answer is the case, not the harm
    if (own_cases.own_record(norm) or life_areas.own_record(norm, r.tokens, r.language == "en")
            or record_checks.asked(norm, r.tokens, r.language == "en")) and not signs.ANOTHER_PERSON.found(norm):
        return "own_record"  # "kan jag få ut vad polisen har registrerat om mig?": the police's register, asked of
    if signs.PARKING.found(norm):
        return "parking"
    if own_signs.SUMMARY_FINE.found(norm) and own_signs.FINES.found(norm):
        return "summary_fine"  # "strafföreläggande": the prosecution office, not the police's ordningsbot
    if signs.WILDLIFE_CAMERA.found(norm) and (asks or own_law.CONSEQUENCE.found(norm) or own_signs.LAW_QUESTION.found(norm)):
        return "camera_wildlife"  # "can I get fined for putting up a trail camera?": Naturvårdsverket's rules
    if own_law.posting_asked(norm) or legal and own_law.POSTING.found(norm) and own_law.MEDIA.found(norm):
        # "can I be sued if I post a video of a shoplifter?": the law of one's own act; a drone's film, IMY's rules
        return "drone" if signs.DRONE.found(norm) else "legal"
    if signs.CAMERA.found(norm) and own_law.CONSEQUENCE.found(norm):
        # "kan jag få böter om min kamera filmar grannens trädgård?": a camera's rules are IMY's to explain
        return _whose_camera(norm, signs.HOME.found(norm), signs.NEIGHBOURS.found(norm))
    if own_law.CONSEQUENCE.found(norm) and not own_law.ABOUT_THE_BOT.found(norm):
        return "legal"  # "kan jag få böter om jag filmar polisen?": no fine had, the law of one's own act
    if own_signs.FINES.found(_FINE_STATE.sub(" ", norm)) and (asks or own_signs.GOT.found(norm)):
        return "fines"  # (not "he seems fine": how one is, no penalty)
    if appeal:
        return "legal"  # "kan jag överklaga att åklagaren lade ner min anmälan?": a decision appealed, not its status
    if own_act.own_liability(norm, r.text):
        return "legal"  # "kan jag bli dömd för att jag slog tillbaka?", "min son åkte fast, vad blir straffet?"
    camera = signs.CAMERA.found(norm)
    if signs.DRONE.found(norm) and (asks or camera):
        return "drone"
    home, neighbours = signs.HOME.found(norm), signs.NEIGHBOURS.found(norm)
    # A neighbour's, one in one's building, or one put up and asked about ("får affären ha en kamera som
    # filmar trottoaren?"); not where the kommun's cameras are ("kan jag se var kamerorna sitter?").
    if camera and (legal or own_signs.LAW_QUESTION.found(norm) or neighbours or home
                   or asks and signs.CAMERA_SETUP.found(norm)):
        return _whose_camera(norm, home, neighbours)
    if own_signs.TENANCY.found(norm) and (asks or own_signs.TENANCY_PROBLEM.found(norm) or own_signs.TENANCY_THREAT.search(norm)):
        return "tenancy"
    claim = own_act.CONSUMER_CLAIM.found(norm)  # "vägrar reklamationen", "the online shop won't refund me"
    at_fault = own_cases.FIRM_AT_FAULT.found(norm)  # "verkstaden lagade inte bilen men vill ha betalt"
    if (own_signs.CONSUMER.found(norm) or claim) and (own_signs.CONSUMER_PROBLEM.found(norm) or at_fault) and (
            asks or claim or at_fault) or case_shapes.trade_at_fault(norm):
        return "consumer"  # and "rörmokaren bytte blandaren och nu läcker det": a service bought, done badly
    if signs.NEIGHBOURS.found(norm) and signs.NOISE.found(norm) or case_shapes.thing_sounds(norm) \
            or r.nuisance == nuisance.NEIGHBOURS and not r.known:  # (no kommun named, whose agreement may be asked) a smell or a sound that goes on ("luktar rök från grannens grill varje kväll")
        return "neighbours"  # and a machine's hum at one's home ("grannens värmepump surrar hela nätterna")
    if own_law.own_case_in_court(norm) or own_law.offence_on_own_land(norm):
        return "legal"  # "kommer min son få ett brottsregister?", "folk kör cross olagligt på min mark"
    if own_law.asked(norm):
        return "legal"  # "får jag bära pepparspray?", "har jag rätt att vägra blåsa?", "can I be fired for …?"
    if own_signs.BOUNDARY.found(norm) or own_signs.OWN_LAND.found(norm) and own_signs.PUT_UP.found(norm) and (
            asks or signs.NEIGHBOURS.found(norm)):
        return "legal"  # "grannens staket står på min tomt, vad gäller?"
    if (own_signs.STRONG_LEGAL.found(norm) or own_signs.NEIGHBOUR_RIGHTS.found(norm) or (own_signs.CIVIL.found(norm) and asks and not signs.OWN_DATA.found(norm))
            or (legal and own_signs.PRIVATE_MATTER.found(norm))):
        return "legal"
    if own_cases.own_case(norm):
        # an insurer, benefits, work, custody, an inheritance, a neighbour's tree: one's own case; work's the union's too
        at_work = own_cases.WORK.found(norm) and not (own_cases.INSURANCE.found(norm) or own_cases.BENEFITS.found(norm))
        return "work" if at_work else "case"
    if (own_cases.LIABILITY.found(norm) or own_cases.BOUGHT_STOLEN.found(norm)
            or own_cases.their_right_asked(norm) and not signs.HURT.found(norm)):
        return "legal"  # "grannens barn repade min bil, vem ska betala?", "skolan stängde av min son, får de det?"
    if (no_fit := no_fit_cases.kind(norm)) is not None:
        return no_fit  # a tax, permit, school or visa matter, a debt claimed, a contract with a firm
    decision = r.decision()
    if legal and (decision.action == "out_of_scope" or decision.action == "unsure" and not decision.danger_first):
        return "legal"  # "är det tillåtet att ha höns i villaområde": the model reads it as no safety matter
    if reported_oneself(r):
        return "legal"  # "jag har blivit polisanmäld för något jag inte gjort"
    return None


def _whose_camera(norm: str, home: bool, neighbours: bool) -> str:
    """The camera's kind for where to ask: a wildlife camera, one in a block of flats, a neighbour's,
    the resident's own at home, or one facing a public place (a shop's, a kommun's)."""
    if signs.WILDLIFE_CAMERA.found(norm):
        return "camera_wildlife"
    if home:
        return "camera_home"
    if neighbours:
        return "camera"
    own = signs.OWN_CAMERA.found(norm) and not signs.NOT_A_RESIDENTS_CAMERA.found(norm)
    return "camera_own" if own else "camera_public"


def reported_oneself(r: Reading) -> bool:
    """Reported to the police or accused oneself ("nån har anmält mig falskt", "I was falsely reported",
    "någon har polisanmält mig för stöld"): a matter of one's own, unless who did it is asked."""
    norm = r.norm
    return signs.BEEN_REPORTED.found(norm) and not signs.WHO_REPORTED.found(norm)
