"""The area of life a resident's own case lies in, read once (round sixteen): work, family, an
authority's decision (benefits), tenancy, insurance, a purchase or a contract with a firm, one's own
police record and one's own police report.

Round fifteen's writers told such cases in words the cue lists of own_cases.py, no_fit_cases.py and
refusal_signs.py did not hold ("gymavtal", "ob-ersättning", "underhåll", "förstahandshyresgästen"),
and the model then read fear or a threat in them and answered with the crime victim's list, 112 at its
top. Each area here holds its own words (those lists' words for it, and more), and one rule reads
them all: an area's words, a sign that the case is the resident's own (a word of the resident, or what
may be done in it asked), and nothing of danger, fear, safety or a crime suffered: the area's place in
knowledge/helplines.yaml answers it (KINDS), not an agreement. Danger now keeps 112 first, a crime or a
fraud suffered keeps its help, and a question about what a kommun does stays that
(agreement_first.about). Read on folded tokens."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answering import area_model, danger_when, limits, no_fit_cases, own_cases, own_law
from bot.answering import own_matter_signs as own_signs
from bot.answering import refusal_signs as signs
from bot.answering.danger_signs import PERSON_SIGNS, RESIDENT
from bot.answering.decide import UNSURE_DANGER, danger_probability
from bot.answering.lexicon import CueSet

if TYPE_CHECKING:
    from bot.answering.reading import Reading


def _cues(*sets: CueSet) -> tuple[str, ...]:
    """The cues of cue sets written for one shape of an area, to read them beside the area's own."""
    return tuple(cue for cueset in sets for _, cue in cueset.cues)


# One's own entries in the police's registers, asked to be seen ("står jag kvar i polisens register?").
REGISTER = CueSet.of({3: (
    "belastningsregist*", "brottsregist*", "misstankeregist*", "polisregist*", "polisens register", "polisens registe*",
    "register hos polisen", "registret hos polisen", "registerutdrag*", "utdrag ur ~ register*", "criminal record*",
    "police record*", "police register", "police s register", "on file", "on record", "in their records",
    "in the police records", "records about me", "record about me")})
# Whether one will end up in it ("hamnar jag i belastningsregistret?"): what follows from one's act, the
# law's question (own_law.py), not an extract of what the register holds now.
TO_COME = CueSet.of({3: (
    "hamnar", "hamna", "kommer ~ att", "kommer jag", "kommer han", "kommer hon", "blir jag", "blir det", "will i",
    "will it", "will he", "will she", "get a record", "end up", "go on my record", "kan jag fa", "could i get")})
# Someone else whose record it would be ("kommer min son få ett brottsregister?"): their case, not one's own.
NOT_ONE_S_OWN = CueSet.of({3: tuple(cue for _, cue in PERSON_SIGNS.cues if cue not in ("han", "hon", "he", "she"))})
# One's own police report, and no news of it ("anmälde stölden i maj och har inte hört något").
REPORT_MADE = CueSet.of({3: (
    "anmalde", "polisanmalde", "har anmalt", "har polisanmalt", "gjorde en anmalan", "gjorde en polisanmalan",
    "gjort en anmalan", "gjort en polisanmalan", "min anmalan", "min polisanmalan", "var anmalan", "anmalan jag",
    "i reported", "we reported", "i filed", "we filed", "my report", "my police report", "the report i")})
NO_NEWS = CueSet.of({3: (
    "inte hort", "inget hort", "inte hort nagot", "ingen har hort av sig", "ingen hor av sig", "hort av sig",
    "inget besked", "inget svar", "inga besked", "inget har hant", "ingenting har hant", "har inte hant",
    "hander inget", "hander ingenting", "hant nagot", "hant nat", "lagts ner", "lades ner", "lagt ner",
    "heard nothing", "not heard", "haven t heard", "no news", "no answer", "no reply", "never heard",
    "nothing has happened", "nothing happened", "any news", "was dropped", "been dropped", "closed the case")})
ONESELF_REPORTED = CueSet.of({3: (
    "anmal* mig", "anmal* oss", "polisanmal* mig", "polisanmal* oss", "polisanmald", "anmald", "blivit ~ anmal*",
    "reported me", "reported us", "been reported", "was reported", "falsely")})
# A landlord, the rent, the lease, a sublet, a deposit.
TENANCY = CueSet.of({3: (
    *_cues(own_signs.TENANCY),
    "hyresratt*", "forstahand*", "andrahand*", "hyr ~ i andra hand", "hyr ut", "hyra ut", "hyrde ut", "hyr ~ lagenhet*",
    "hyra ~ lagenhet*", "hyrt ~ lagenhet*", "uppsagning av lagenhet*", "uppsagningen av lagenhet*", "hyresnamnd*",
    "sublet*", "sublease*", "subletting", "my lease", "tenancy", "rental contract", "renting", "rented",
    # the landlord's own people and firm, as tenants name them
    "forvaltare*", "fastighetsforvalt*", "bostadsbolag*", "hyresbolag*", "housing company", "property manager",
    "property owner")})
# A charge in the rent or beside it ("tar ut extra avgift för kamerorna", "adds 200 kr to the rent").
RENT_CHARGED = CueSet.of({3: (
    "hyra", "hyran", "hyror", "hyrorna", "hyreshojning*", "avgift*", "tillagg*", "kronor", "kr", "rent", "fee", "fees",
    "charge*", "surcharge*")})
# An authority's decision about the resident: benefits, care, a grant, and who decides them.
AUTHORITY = CueSet.of({3: (
    "forsorjningsstod*", "ekonomiskt bistand", "bistand*", "bistandet", "socialbidrag*", "soc", "socialtjanst*",
    "socialsekreterare*", "handlaggare*", "forsakringskassan", "forsakringskassans", "sjukpenning*",
    "sjukersattning*", "aktivitetsersattning*", "aktivitetsstod*", "a kassa*", "akassa*", "bostadsbidrag*",
    "bostadstillagg*", "foraldrapenning*", "barnbidrag*", "underhallsstod*", "studiemedel*", "studielan*", "csn",
    "lss", "personlig assistans", "assistansersattning*", "hemtjanst*", "fardtjanst*", "bostadsanpassning*",
    "aldreboende*", "sarskilt boende", "arbetsformedlingen", "welfare", "benefit", "benefits", "social services",
    "social worker", "caseworker", "case worker", "sick pay", "sickness benefit*", "unemployment benefit*",
    "housing allowance", "housing benefit", "student aid", "student loan*", "social insurance agency", "home care",
    "home help", "disability support", "mobility service")})
# What the authority decided, or the resident wants undone: an appeal's matter.
DECISION = CueSet.of({3: (
    "avslag*", "avslog", "avslagit", "nekad*", "nekat*", "nekade", "nekar", "drog in", "dragit in", "drar in",
    "indrag*", "sankte", "sankt", "sanker", "sankts", "beslut*", "overklag*", "aterkrav*", "kraver tillbaka",
    "vill ha tillbaka", "betala tillbaka", "stangt av", "stangde av", "stoppat", "stoppade", "tagit bort",
    "tog bort", "fick nej", "fatt nej", "sa nej", "sagt nej", "denied", "rejected", "refused", "cut", "cuts",
    "stopped", "decision", "appeal*", "reduced", "withdrawn", "turned down", "wants ~ back", "pay back", "pay ~ back")})
# Divorce, separation, custody, maintenance, an inheritance.
FAMILY = CueSet.of({3: (
    *_cues(own_cases.FAMILY_LAW),
    "underhallsbidrag*", "underhall till", "underhall for", "betalat underhall", "betalar underhall",
    "betala underhall", "betalt underhall", "separera*", "separation*", "gatt isar", "gick isar", "gar isar",
    "sambolag*", "barnens pappa", "barnens mamma", "pappan till min*", "mamman till min*", "pappan till vara",
    "mamman till vara", "child support", "alimony", "maintenance payment*", "separated", "split up", "splitting up",
    "divorc*", "co parent*")})
# One's employer, pay, hours, a dismissal.
WORK = CueSet.of({3: (
    *_cues(own_cases.WORK),
    "var chef", "chefen har", "chefen sa", "chefen vill", "chefen vagrar", "arbetsbrist", "lon", "loner",
    "lonespec*", "semesterersattning*", "semesterlon*", "semesterdagar*", "ob", "ob ersattning*", "ob tillagg*",
    "sjuklon*", "arbetstid*", "mina timmar", "mina pass", "timanstalld*", "vikariat*", "kollektivavtal*",
    "my manager", "dismiss*", "salary", "paycheck", "payslip", "my hours",
    "my shifts", "notice period", "employment contract", "redundan*", "unpaid overtime",
    # the employer as the resident names the one over them, and the things of a job itself (knowledge/
    # helplines.yaml's union line: "din anställning", "arbetsgivaren"): a warning, a shift, a trial period
    "narmaste chef*", "forman*", "arbetsledar*", "manager", "boss", "supervisor", "foreman",
    "varning", "varningen", "skriftlig varning", "warning", "written warning", "provanstallning*", "probation*",
    "omplacer*", "skift*", "nattskift*", "passen", "varje pass", "timlon*", "arbetsmiljo*",
    # (not "jobbar i Uddevalla": where one works tells no case)
    "anstallning*", "anstalld*", "let go", "employment", "my job", "reassigned", "shift*")})
# Leaving one's own job ("säger upp mig", "quit my job"): an employment's matter, the union's ("frågor om din
# anställning"), and what it means for a benefit too ("får jag a-kassa om jag säger upp mig?").
RESIGNING = CueSet.of({3: (
    "saga upp mig", "sager upp mig", "sagt upp mig", "sade upp mig", "sa upp mig", "saga upp sig", "sager upp sig",
    "sluta pa jobbet", "slutar pa jobbet", "sluta jobba", "slutar jobba", "sluta min anstallning",
    "quit my job", "quit the job", "quitting my job", "quit work", "resign*", "hand in my notice", "leave my job",
    "leaving my job")})
# An insurer and a claim.
INSURANCE = CueSet.of({3: (
    *_cues(own_cases.INSURANCE),
    "forsakring", "forsakringen", "*forsakring", "*forsakringen", "sjalvrisk*", "skadeanmalan", "insurance",
    "insurer", "my claim", "the claim", "deductible")})
# A purchase, a subscription, a membership, a bill: a consumer's contract with a firm.
CONSUMER = CueSet.of({3: (
    *_cues(own_signs.CONSUMER),
    "elbolag*", "mobilbolag*", "telefonbolag*", "gymmet", "gym", "telebolag*", "bredbandsbolag*",
    "*abonnemang*", "bindningstid*", "medlemskap*", "medlemsavgift*", "gymkort*", "*gymavtal*", "telefonoperator*",
    "operator*", "mobiloperator*", "elavtal*", "elrakning*", "*fakturan", "rakning*", "kop", "kopet", "angra ~ kop*", "angerratt*", "aterbetalning*", "returnera*", "returen", "skickade tillbaka",
    "skickat tillbaka", "butik*", "affar*", "natbutik*", "webbutik*", "webbshop*", "nathandel*", "leverans*",
    "dorrforsaljare*", "telefonforsaljare*", "bilhandlare*", "bilfirma*", "forsaljare*", "membership*",
    "phone contract", "mobile contract", "operator", "billed", "charged me", "refund*", "guarantee", "returned",
    "online order", "delivery", "salesman", "door to door", "cancel ~ membership", "cancel ~ subscription")})
# The order they are tried in: the narrower first ("hyresvärden" over a bill, "Försäkringskassan" over insurance,
# "underhållsstöd" a decision before a family's quarrel).
AREAS: tuple[tuple[str, CueSet], ...] = (
    ("tenancy", TENANCY), ("authority", AUTHORITY), ("family", FAMILY), ("work", WORK), ("work", RESIGNING),
    ("insurance", INSURANCE),
    ("consumer", CONSUMER))
# knowledge/helplines.yaml's kind for each area (refusals.py): a landlord's dispute is hyresnämnden's, a
# purchase Hallå Konsument's, an authority's decision an appeal's and JO's ("decision"), work the union's
# and a legal representative's ("work"), the rest a legal representative's ("case").
KINDS = {"tenancy": "tenancy", "authority": "decision", "family": "case", "work": "work", "insurance": "case",
         "consumer": "consumer"}

# Danger, fear or a safety matter beside the area's words: the situation's help, not a case.
UNSAFE = CueSet.of({3: (
    "otrygg*", "trygg*", "osaker*", "farlig*", "unsafe", "safe", "safety", "dangerous", "scared", "afraid")})
# A crime suffered or told: its report and its help (refusals.py keeps an insurer's case after one, own_cases.py).
# A firm gone with the money paid in advance stays a purchase, with its report to the police (refusals.py).
CRIME = CueSet.of({3: (
    "stal", "stulit", "stulen", "stulet", "stulna", "stold*", "snodde", "snott", "inbrott*", "ran", "ranad*",
    "ranade", "ranet", "gripen", "greps", "gripits", "anhallen", "haktad*", "arrested", "misshandel*", "skadegorelse*", "vandalis*", "knark*", "narkotika", "droger", "langar", "langning*",
    "bedrageri*", "bedragare*", "stole", "stolen", "theft*", "robbed", "robbery", "burglar*", "break in",
    "broke into", "drugs", "dealing", "mugged",
    # violence suffered, told in the past or as what someone does ("blev slagen av sin sambo", "pushes her
    # around"): its help, never a family's legal case, however sure the trained reading is of the family
    "slagen", "slog", "slagit", "knuffar", "knuffade", "beaten", "beat me", "beat her", "beat him", "beats",
    "pushes", "pushed", "shoves", "shoved", "kicked")})
# What a kommun or the police do, or their agreement, asked beside it ("jag är anställd på kommunen, vad gör
# kommunen för tryggheten?"): a question of the agreement, not one's own case.
OF_THE_KOMMUN = CueSet.of({3: (
    "gor kommunen", "gor polisen", "gor ni", "jobbar kommunen", "jobbar polisen", "arbetar kommunen",
    "arbetar polisen", "medborgarlofte*", "*overenskommelse*", "lagesbild*", "samverkan*", "brottsforebygg*",
    "what does the council", "what do the police", "what does the municipality", "agreement*", "citizen promise*")})
# Asked what may be done in it ("kan dom göra så?", "får de det?", "is that allowed?"): the resident's own.
ASKED_OF_ONE_S_CASE = CueSet.of({3: (
    *_cues(own_signs.ASKS_RIGHTS, own_signs.LEGAL, own_cases.THEIR_RIGHT),
    "kan dom gora sa", "kan de gora sa", "far dom gora sa", "far de gora sa", "ar det ratt", "stammer det",
    "is that allowed", "can they do that")})


# Something wrong told, or something asked: "vi har köpt hus i Mölnlycke" tells where one lives, no case.
TROUBLE = CueSet.of({3: (
    *_cues(own_cases.CASE_WORDS, own_signs.CONSUMER_PROBLEM, own_signs.TENANCY_PROBLEM, DECISION),
    "inte", "aldrig", "inget", "inga", "ingen", "fel", "fast jag", "fast vi", "fast han", "fast hon", "fast de",
    "fast dom", "trots att", "fortfarande", "utan att", "dragit av",
    "hur", "vad", "vart", "vem", "varfor", "kan", "far", "maste", "ska", "men", "anda", "why", "without", "but",
    "keep", "keeps", "anyway", "not", "never", "no", "nothing", "wrong", "still", "although", "even though",
    "how", "what", "where", "who", "can", "may", "should", "must", "do i", "is it", "is that", "won t", "didn t",
    "hasn t", "haven t", "doesn t", "isn t",
    # a sanction or a judgement asked of it ("en varning", "som straff", "is that fair?")
    "varning*", "straff*", "tillatet", "tillat", "orattvis*", "orimlig*", "warning", "punish*", "allowed", "fair",
    "unfair", "options")})
# Someone close at home: what they do with one's money or one's things is the home's situation (Kvinnofridslinjen's
# help), never a contract's or a job's case ("min sambo tar hela min lön").
AT_HOME = CueSet.of({3: _cues(limits.CLOSE_OR_SEXUAL)})


# One's own people, named as only the resident names them ("exet har inte betalat underhållet").
_OWN_PEOPLE = frozenset(("exet", "exfrun", "exmannen", "exsambon", "sambon", "barnens", "chefen", "hyresvarden"))


def _own(norm: str, tokens: list[str], english: bool) -> bool:
    """The resident's own case: a word of theirs ("min", "jag", English "I"), or what may be done asked."""
    mine = RESIDENT | {"i"} if english else RESIDENT
    return bool(mine & set(tokens) or _OWN_PEOPLE & set(tokens)) or ASKED_OF_ONE_S_CASE.found(norm) or own_signs.GOT.found(norm)


def _not_a_case(norm: str) -> bool:
    """Danger, fear, safety, a crime or a fraud, or the bot's own matters: not the area's place."""
    return bool(signs.HURT.found(signs.LEGAL_THREAT.sub(" ", norm)) or signs.HAPPENING.found(norm)
                or own_law.WEAPON.found(norm) or own_cases.WORRY.found(norm) or UNSAFE.found(norm)
                or CRIME.found(norm) or own_signs.SCAM.found(norm)
                or no_fit_cases.IMPOSTOR.found(norm) or own_law.ABOUT_THE_BOT.found(norm) or OF_THE_KOMMUN.found(norm)
                or not TROUBLE.found(norm))


# The one over the resident, named bare, with the resident as the one acted on ("chefen gav mig en varning",
# "jag fick en varning av chefen"); "vad sa chefen där om Idre?" asks what a police chief said.
_MY_BOSS = re.compile(r"\bchef(?:en)?\b(?:\s+\w+){0,3}\s+(?:mig|oss)\b"
                      r"|\b(?:jag|vi)\b(?:\s+\w+){0,5}\s+(?:av|fran|med|till|for)\s+chef(?:en)?\b")


def area(norm: str, tokens: list[str], english: bool) -> str | None:
    """The area of life of the resident's own case the message tells or asks about, or None."""
    if not _own(norm, tokens, english) or _not_a_case(norm):
        return None
    found = next((name for name, words in AREAS if words.found(norm)), None)
    if found is None and _MY_BOSS.search(norm):
        found = "work"
    return None if found not in (None, "family") and AT_HOME.found(norm) else found


def kind(norm: str, tokens: list[str], english: bool) -> str | None:
    """knowledge/helplines.yaml's kind for the resident's own case in an area of life: an authority's
    matter with no decision told is no decision ("no_fit": out of scope, no place named)."""
    found = area(norm, tokens, english)
    if found == "authority" and not DECISION.found(norm) and RESIGNING.found(norm):
        return "work"  # a benefit asked of leaving one's own job: the job's matter (the union's line)
    if found == "authority" and not DECISION.found(norm):
        return "no_fit"
    return KINDS[found] if found else None


def decision_of_an_authority(norm: str) -> bool:
    """A benefit or a grant decided by an authority, and what it decided ("Försäkringskassan drog in min
    sjukpenning"): an appeal's matter and JO's, whatever other words of law stand beside it."""
    return AUTHORITY.found(norm) and DECISION.found(norm) and not CRIME.found(norm)


def own_record(norm: str, tokens: list[str], english: bool) -> bool:
    """One's own entries in the police's registers ("står jag fortfarande i polisens register?", "what the
    police have on file about me"), of no one else's. Swedish "i" is "in", never the resident."""
    me = {"jag", "mig", "me", "my", "min", "mina"} | ({"i"} if english else set())
    return REGISTER.found(norm) and bool(me & set(tokens)) and not NOT_ONE_S_OWN.found(norm) \
        and not TO_COME.found(norm)


def own_report(norm: str) -> bool:
    """One's own police report and no news of it: how it goes is the police's to answer (114 14). Not a
    report made of the resident ("polisanmäld", "anmälde mig"), which is their own case under the law;
    refusal_signs.BEEN_REPORTED's "polisanmald*" also reads "polisanmälde", the resident's own act."""
    return REPORT_MADE.found(norm) and NO_NEWS.found(norm) and not ONESELF_REPORTED.found(norm)


# Danger now, a crime or a fraud, fear, or what a kommun does: never the trained reading's to take for a
# case, whatever area its words lie in ("min chef hotar att slå mig", "någon stal min cykel på jobbet").
def _kept_elsewhere(norm: str) -> bool:
    return bool(signs.HURT.found(signs.LEGAL_THREAT.sub(" ", norm)) or signs.HAPPENING.found(norm)
                or own_law.WEAPON.found(norm) or own_cases.WORRY.found(norm) or UNSAFE.found(norm)
                or CRIME.found(norm) or own_signs.SCAM.found(norm) or no_fit_cases.IMPOSTOR.found(norm)
                or own_law.ABOUT_THE_BOT.found(norm) or OF_THE_KOMMUN.found(norm) or danger_when.everyday_illness(norm))


# Areas where someone close at home named is the home's situation, as `area` reads it ("min sambo tar
# hela min lön"); a decision about one's mother's care or a school's about one's son stays the case.
_HOME_SITUATIONS = frozenset(("work", "consumer", "tenancy"))


def trained_area(r: Reading) -> str | None:
    """The area the trained reading (area_model.py) finds in the resident's own case: the message the
    resident's own (a word of theirs, or their people named, or no one else named and the reading sure)
    with something wrong told or asked in it (TROUBLE, or a question: "vi har flyttat till Berg" tells no
    case), nothing kept elsewhere in it, the intent model
    not sure it is something else (a threat, a crime to report, a question of the agreements, the bot's
    own data), and the area the reading's strongest. A kommun named asks more of it: a question about
    its agreement is then likely."""
    norm = r.norm
    if r.rules is not None or not (TROUBLE.found(norm) or _asked(r.text)) or _kept_elsewhere(norm) \
            or _sure_of_another(r.intents):
        return None
    if (r.known or r.in_context) and not _mine(r):
        return None  # "vilken skola i Ljungby får drogtester?": a kommun's agreement asked, no case of one's own
    # (asked after the words above, which need no trained reading: a kommun's question skips it)
    found = area_model.strongest(r.areas)
    if found is None or not (_own(norm, r.tokens, r.language == "en") or _told_of_oneself(r, found)):
        return None
    # (a kommun named or talked about, or some danger in the intent model's reading, as a spread of weak danger intents
    # often is in such stories: "min man blödde näsblod i en timme igår" is no family case)
    if (r.known or r.in_context or danger_probability(r.intents) >= UNSURE_DANGER) \
            and r.areas[found] < area_model.OVERRIDE:
        return None
    return None if found in _HOME_SITUATIONS and AT_HOME.found(norm) else found


def _mine(r: Reading) -> bool:
    """A word of the resident's own ("jag", "min", English "I"): what `_own` reads without the questions of
    what may be done, which a question about a kommun's agreement asks as well ("vad gäller för …?")."""
    return bool((RESIDENT | {"i"} if r.language == "en" else RESIDENT) & set(r.tokens))


def _asked(text: str) -> bool:
    """A question asked (its mark, or the one the engine put back where the word order asks: asked_span.py),
    whatever words ask it ("ar det ok??", "is that normal"): something of the case is asked, not only told."""
    return "?" in text


def _told_of_oneself(r: Reading, found: str) -> bool:
    """A case told with no word of the resident, as a short message drops the subject ("sparkad efter två
    dagar sjuk", "köpte en tvättmaskin som läckte"), or tells only what the other side did ("försäkringsbolaget
    vill ha kvitton på allt"): the writer's own when no one else of theirs is named (a son, a neighbour, "hon"),
    no kommun is named nor talked about (then an agreement is asked about: "vilket försäkringsbolag samarbetar
    Osby med?") and the reading is sure of the area."""
    return not r.known and not r.in_context and r.areas[found] >= area_model.OVERRIDE and not PERSON_SIGNS.found(r.norm)


# The intent model's own reading of a case of one's own: these, or no intent it is sure of.
_CASE_INTENTS = frozenset(("out_of_scope", "limits"))
SURE_OF_ANOTHER = 0.8


# A fraud or a crime to report keeps its help already when the intent model leans to it ("my grandpa is
# called every day by a 'crypto advisor' who wants more money" is no purchase).
_CRIME_INTENTS = frozenset(("situation_fraud", "report_crime"))
LEANS_TO_A_CRIME = 0.5


def _sure_of_another(intents: dict[str, float]) -> bool:
    """The intent model sure the message is something other than a case of one's own ("Do you store my
    Telegram id?" privacy, "dom ska spöa mig efter skolan" a threat), or leaning to a fraud or a crime."""
    return any(p >= (LEANS_TO_A_CRIME if name in _CRIME_INTENTS else SURE_OF_ANOTHER)
               for name, p in intents.items() if name not in _CASE_INTENTS)


def trained_kind(r: Reading) -> str | None:
    """knowledge/helplines.yaml's kind for the area the trained reading finds, where the cue lists found none."""
    found = trained_area(r)
    return area_model.KINDS[found] if found else None


# The cue lists' kinds that name no place of an area's own (the law in general, a case, out of scope), and
# a purchase, which may be a job with a firm ("städfirman jag jobbar på har inte betalat ut min slutlön"):
# the trained reading, when it is sure of an area that has a place, names that place instead.
_GENERAL_KINDS = frozenset(("legal", "case", "no_fit", "consumer"))
_PLACED_AREAS = frozenset(("work", "tenancy", "consumer", "authority"))


def trained_over(r: Reading, listed: str | None) -> str | None:
    """The kind the trained reading gives in place of a general kind the cue lists found ("min
    arbetsgivare schemalägger mig elva dagar i rad, är det lagligt?": the union, not only a lawyer), when
    it is sure of an area with a place of its own (OVERRIDE of the whole reading); else None. The lists
    have already read a case of one's own here, so only which place is asked: what the intent model
    reads does not stop it, what is kept elsewhere does."""
    if listed not in _GENERAL_KINDS or _kept_elsewhere(r.norm) or not _own(r.norm, r.tokens, r.language == "en"):
        return None
    found = area_model.strongest(r.areas)
    if found not in _PLACED_AREAS or r.areas[found] < area_model.OVER_THE_LISTS:
        return None
    if listed == "consumer" and found != "work" or found in _HOME_SITUATIONS and AT_HOME.found(r.norm):
        return None  # a purchase stays one unless it is one's own job
    if found == "consumer" and AUTHORITY.found(r.norm):
        return None  # an authority named (CSN, Försäkringskassan) is no firm one has bought from
    kind = area_model.KINDS[found]
    return None if kind == listed else kind
