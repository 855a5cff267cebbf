"""What the knowledge base cannot answer, told apart from what it can.

- A resident's own situation (harassment, violence at home, a child at risk, fear after a crime,
  thoughts of suicide) gets who can help, danger first, not an agreement's overview.
- Crime statistics, dates of coming events, rankings of municipalities and a named person's case are
  not in the knowledge base: the bot says so, then gives the nearest thing it knows.
- Requests that are not about local safety (a poem, homework, legal advice, "ignore your
  instructions") get one line on what the bot is for.

Messages are read as folded tokens, after slipped letters are put right (see Engine).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.answering.lexicon import CueSet

SITUATIONS: dict[str, CueSet] = {
    "domestic": CueSet.of({3: (
        "slar mig", "misshandlar mig", "vald i hemmet", "vald i nara relation*", "kontrollerar mig",
        "mitt ex", "min ex", "min exman", "min exfru", "my ex", "hits me", "beats me", "controls me",
        "domestic violence", "slar min mamma", "slar min pappa", "slar barnen", "hits my")}),
    "harassment": CueSet.of({3: (
        "trakasser*", "harass*", "ofredar mig", "forfoljer mig", "hotar mig", "hotad", "hotade mig",
        "threatens me", "threatening me", "threatened me", "mobbad*", "mobbar", "mobbning", "bullied",
        "bullying", "hatbrott", "hate crime", "stalkar", "stalking", "nathat", "kranker mig")}),
    "children": CueSet.of({3: (
        "fel kompisar", "daliga kompisar", "wrong crowd", "bad crowd", "hamnat snett", "koper droger",
        "tar droger", "knarkar", "roker hasch", "roker cannabis", "langar", "saljer droger", "ar kriminell",
        "i ett gang", "med i ett gang", "far illa", "uses drugs", "buys drugs", "taking drugs",
        "selling drugs", "in a gang", "orolig for min son", "orolig for min dotter", "orolig for mitt barn",
        "orolig for vart barn", "orolig for mina barn", "worried about my son", "worried about my daughter",
        "worried about my child", "worried about my kid")}),
    "victim": CueSet.of({3: (
        "radd efter", "otrygg efter", "mar daligt efter", "kan inte sova", "vagar inte", "scared after",
        "afraid after", "cant sleep", "can t sleep", "utsatt for brott", "utsatt for ett brott",
        "victim of a crime", "victim of crime", "blev ranad", "blev misshandlad", "blev overfallen",
        "har haft inbrott", "hade inbrott", "was robbed", "was burgled", "was assaulted", "been robbed",
        "been burgled")}),
    "suicide": CueSet.of({3: (
        "sjalvmordstankar", "tankar pa att ta mitt liv", "tankar pa sjalvmord", "suicidal thoughts",
        "thoughts of suicide", "mar psykiskt daligt", "orkar inte mer", "feel like dying")}),
}
# Help lines (knowledge/helplines.yaml `for:`) per situation.
SITUATION_LINES = {"domestic": ("domestic",), "harassment": ("crime", "domestic"), "children": ("children",),
                   "youth": ("children",), "fraud": ("crime", "victim"), "victim": ("victim",),
                   "suicide": ("suicide",), "health": ("medical",), "injury": ("medical",),
                   "poisoning": ("poisoning", "medical"), "animal": ("animal",),
                   # a relative's dementia or dependence: the care's advice line, then socialtjänsten (SOCIAL_SERVICES)
                   "relative": ("medical",),
                   # one's own low mood (mood.py): 1177's advice, and Självmordslinjen for thoughts that go further
                   "low": ("low", "suicide")}
# One's own health: no kommun's agreement speaks of it ("injury" is a bite, which may also be reported).
HEALTH = frozenset({"health", "injury", "poisoning", "low"})
# Threats or harassment from someone close, or of a sexual kind: Kvinnofridslinjen's (the domestic
# line's) to answer; from a colleague, a neighbour or a stranger it is not.
CLOSE_OR_SEXUAL = CueSet.of({3: (
    # "min ex*" would be "min exkollega": an ex-partner only ("min exman", "min exsambo").
    "min man", "min fru", "min sambo", "min partner", "mitt ex", "min ex", "min exman", "min exfru",
    "min exsambo", "min expartner", "min expojkvan", "min exflickvan", "min exkille", "min extjej", "min pojkvan", "min flickvan",
    "min kille", "min tjej", "min pappa", "min mamma", "min bror", "min syster", "i familjen", "hemma",
    "my husband", "my wife", "my partner", "my ex", "my boyfriend", "my girlfriend", "my father", "my mother",
    "at home", "sexuell*", "sexual*", "vald*", "violence", "slar*", "hits", "beats")})
# At school: the children's line (Bris) fits the one harassed there.
AT_SCHOOL = CueSet.of({3: ("i skolan", "pa skolan", "i klassen", "klasskompis*", "skolgard*", "pa rasten",
                           "at school", "in my class", "classmate*")})


# The resident tells they are a child ("jag är 15", "I'm 14", "går i åttan"): Bris is for them, whatever
# else their situation needs (Bris: "för barn och unga", knowledge/helplines.yaml).
A_CHILD_WRITES = CueSet.of({3: (
    # (with the spoken "e" for "är": "jag e 14", "ja e 12")
    *(f"{lead} {age}" for lead in ("jag ar", "jag ar bara", "jag e", "ja e", "jag e bara", "i m", "i am", "im",
                                   "i m only", "i am only")
      for age in range(8, 18)),
    *(f"{age} {years}" for age in range(8, 18) for years in ("ar gammal", "years old", "year old")),
    "gar i sjuan", "gar i attan", "gar i nian", "gar pa hogstadiet", "gar pa mellanstadiet",
    "gar i fyran", "gar i femman", "gar i sexan", "i m in year", "i m in grade", "im in year", "im in grade",
    "i am in year", "i am in grade")})


# A childhood told as over, by or of someone grown ("när hon var liten", "som barn", "nu som vuxen", "hon är 60 nu",
# "when I was a kid"): what happened then is an adult's to get help with (Brottsofferjouren, Kvinnofridslinjen),
# not Bris's, which is for children and young people (knowledge/helplines.yaml).
CHILDHOOD_OVER = re.compile(
    r"\b(?:nar|da) (?:jag|hon|han|hen|vi|de|dom|du|man) (?:var|gick|bodde hemma)(?: \w+)? (?:liten|sma|barn|ung|unga|yngre"
    r"|tonaring|tonaringar|i (?:lag|mellan|hog)stadiet)\b|\bsom (?:barn|liten|sma|ung|tonaring)\b|\bi (?:min|hennes|hans|sin|var)"
    r" barndom\b|\bunder (?:min|hennes|hans|sin|var) (?:barndom|uppvaxt)\b|\b(?:nu )?som vuxen\b|\bvuxen nu\b"
    r"|\bas an? (?:child|kid|teen\w*)\b|\bwhen (?:i|she|he|they|we|you) (?:was|were) (?:little|young|small|an? (?:child|kid|teen\w*))\b"
    r"|\bgrowing up\b|\b(?:now )?as an adult\b|\bin (?:my|her|his|their) childhood\b|\bgrown up now\b")
# ... or an adult's age told ("hon är 60 nu", "he is 25").
GROWN_UP = re.compile(CHILDHOOD_OVER.pattern + r"|\b(?:ar|fyllt|is|am|m|s) (?:nu )?(?:1[89]|[2-9]\d)(?: ar| years| nu| now)?\b"
                      r"(?! (?:kr|kronor|minuter|minutes|dagar|days|hours|timmar))")


def helpline_kinds(situation: str, norm: str) -> tuple[str, ...]:
    """The help lines' kinds (knowledge/helplines.yaml `for:`) that fit the resident's situation, as
    written: one or two lines, not every line the situation could ever need."""
    kinds = SITUATION_LINES[situation]
    if "children" in kinds and GROWN_UP.search(norm) and not A_CHILD_WRITES.found(norm):
        return ("victim", "domestic")  # "slog henne när hon var liten, vart vänder hon sig nu som vuxen?"
    if situation == "harassment":
        kinds = tuple(k for k in kinds if k != "domestic" or CLOSE_OR_SEXUAL.found(norm))
        kinds = (*kinds, "children") if AT_SCHOOL.found(norm) else kinds
    if situation not in HEALTH and "children" not in kinds and A_CHILD_WRITES.found(norm):
        kinds = (*kinds, "children")
    return kinds


# Words for finding the municipality's matching focus area when the resident's own words do not.
SITUATION_TERMS: dict[str, tuple[str, ...]] = {
    "domestic": ("vald", "relation", "kvinnofrid"), "harassment": ("hot", "trakasserier"),
    "children": ("barn", "unga", "ungdomar", "droger"),
    "youth": ("barn", "unga", "ungdomar", "riskzon", "kriminell", "droger"),
    "fraud": ("bedrageri", "bedragerier", "aldre"), "victim": ("brottsoffer", "stod"), "suicide": (),
    "health": (), "injury": (), "poisoning": (), "low": (), "animal": (), "relative": ("alkohol", "spel", "droger", "aldre")}
# Situations where a report to the police is one of the ways forward.
REPORTABLE = frozenset({"domestic", "harassment", "victim", "fraud", "injury", "animal"})
# Where the kommun's socialtjänst is the place to turn.
SOCIAL_SERVICES = frozenset({"domestic", "children", "youth", "relative"})
# The victim cues also describe plain crimes ("blev rånad"): as a situation only when help is sought.
SEEKING_HELP = CueSet.of({3: (
    "radd", "radda", "rädd", "orolig", "otrygg", "mar daligt", "hjalp", "help", "stod", "support",
    "prata med", "talk to", "vad ska jag gora", "vad kan jag gora", "vart vander jag mig",
    "vem kan hjalpa", "what can i do", "what should i do", "where can i", "who can help", "afraid",
    "scared", "worried", "kan inte sova", "cant sleep", "can t sleep", "vagar inte")})
# Swedish "i" is "in" and "vår" folds to "var" (where): neither tells that the writer means themself.
PERSONAL = CueSet.of({3: ("jag", "mig", "min", "mitt", "mina", "vi", "oss", "me", "my", "we", "us", "our",
                          "im", "i m", "i am", "i have", "i think", "i feel", "i was", "i need", "i can")})

STATISTICS = CueSet.of({3: (
    "hur manga", "how many", "antal*", "*statistik*", "*statistic*", "hur vanlig*", "how common", "procent",
    "percent", "siffr*", "hur mycket brott", "how much crime", "brottsniva*", "crime rate", "okat", "minskat",
    "increased", "decreased", "fler brott", "farre brott", "more crime", "less crime",
    # a change over time asked of a kind of crime ("har det blivit fler rån?", "are burglaries on the rise?"),
    # as a figure, never a goal ("för att färre ska …", which CRIME_WORDS' question about the work holds)
    "blivit fler", "blir fler", "blivit farre", "blir farre", "blivit vanligare", "blir vanligare",
    "blivit ovanligare", "blivit mer", "blivit mindre", "blivit varre", "blir varre", "fler och fler",
    "more and more", "on the rise", "getting worse", "gone up", "going up", "gone down", "going down",
    # where a kind of crime is most common ("vilken kommun har flest inbrott?"): a figure of Brå's, not a ranking
    # of the agreements
    "flest", "farst", "the most", "the fewest", "fewest", "hogst brottslighet", "highest crime",
    "numbers on", "numbers of", "figures on", "figures for", "data on")})
# The figures themselves named ("statistik", "siffror", "numbers on"): asked where they are, not a crime to report,
# even where the model reads "anmälda brott" as a report (engine.py).
FIGURES = CueSet.of({3: ("*statistik*", "*statistic*", "siffr*", "numbers on", "numbers of", "figures on",
                         "figures for", "data on", "antal*",
                         # a count of what was reported, asked ("hur många bilinbrott anmäldes i fjol?"): figures,
                         # not a report of one's own
                         "hur manga ~ anmaldes", "hur manga ~ anmalts", "hur manga ~ anmalda", "hur manga anmalda",
                         "how many ~ were reported", "how many ~ reported")})
# (Compounds too, "cykelstölderna", "kriminalstatistik": a kind of crime is often its first part.)
CRIME_WORDS = CueSet.of({3: (
    "*brott*", "stol*", "*stold*", "stal*", "stul*", "kriminal*", "inbrott*", "ran", "ranen", "misshandel*", "skjutning*",
    "skottlossning*", "bil", "bilar", "cykel", "cyklar", "brand", "bran*", "olycka", "olyckor",
    "skadegorelse", "klotter", "mord", "crime*", "theft*", "burglar*", "robber*", "assault*",
    "shooting*", "stolen", "fires", "accidents", "anmal*", "polisanmalning*", "narkotikabrott",
    # våld and its compounds, not "vald*": folded, "väldigt" (very) and "valde" (chose) begin the same
    "vald", "valdet", "valds*", "valdtakt*", "valdtag*",
    "break in", "break ins", "breakin*", "vandalism", "reported")})
EVENT_DATE = CueSet.of({3: (
    "nar ar nasta", "nar blir nasta", "nasta", "vilket datum", "vilken dag", "vilken tid", "datum for",
    "when is the next", "next", "what date", "which date", "when is")})
EVENTS = CueSet.of({3: (
    "trygghetsvandring*", "mote*", "moten", "medborgardialog*", "dialog*", "traff*", "meeting*", "walk*",
    "event*", "aktivitet*", "samrad*", "informationsmote*", "evenemang")})
RANKING = CueSet.of({3: (
    "tryggast", "otryggast", "farligast", "sakrast", "bast", "samst", "safest", "most dangerous",
    "least safe", "best", "worst", "mest brott", "minst brott", "most crime", "least crime", "rangordna",
    "ranking", "rank")})
COMPARED = CueSet.of({3: ("kommun*", "municipalit*", "stad", "staden", "stader", "city", "cities", "town*",
                          "vilken av", "vilka av", "which of", "omrade*", "area*", "av dem", "of them")})
CASE = CueSet.of({3: (
    "mitt arende", "min anmalan", "min polisanmalan", "mitt brott", "my case", "my report",
    "my police report", "hur gar det med min", "vad hande med min", "what happened to my")})
# What safety work costs: no agreement here states a budget. "Spel om pengar" is a focus area
# (gambling, in ANDTS), not a question about money; "satsar på" is what they focus on, not spend.
MONEY = CueSet.of({3: (
    "pengar", "kostar", "kostade", "kostat", "kostnad*", "budget*", "miljoner", "kronor", "finansier*",
    "skattepengar", "money", "cost", "costs", "funding", "funded", "budget", "how much does",
    # spending of money, never of time ("I'm spending the summer in Visby")
    "spend on", "spends on", "spending on", "spent on", "how much ~ spend*", "how much ~ ~ spend*", "how much ~ spent",
    "how much ~ ~ spent", "how much ~ ~ ~ spent",
    # who pays, asked of the work ("Vem betalar trygghetsvandringarna?"): what it costs and who pays is the budget's
    "vem betalar", "vem bekostar", "vilka betalar", "who pays", "who funds", "who is paying", "who pay")})
OFF_TOPIC = CueSet.of({3: (
    "dikt", "poem", "sang", "song", "berattelse om", "write a story", "laxa", "laxan", "homework",
    "uppsats", "essay", "ignore your", "ignore all", "ignore previous", "ignorera", "glom dina", "glom alla",
    "forget your", "system prompt", "systemprompt", "du ar nu", "you are now", "lat som", "pretend",
    "advokat", "lawyer", "juridisk*", "legal advice", "stamma kommunen", "stamma grannen", "stamning*", "sue", "skilsmassa", "divorce", "arv",
    "recept", "recipe", "vadret", "weather", "blir det sno", "kommer det sno", "snoar det", "blir det regn",
    "regnar det", "kommer det regna", "will it snow", "will it rain", "vaderprognos*", "skamt", "joke", "aktie*", "stock market", "bitcoin",
    "programmera", "write code", "kod i python")})


@dataclass(frozen=True)
class Limit:
    """`kind`: "situation", "statistics", "event_date", "money", "ranking", "case" or "off_topic";
    `situation` names the resident's situation for "situation"."""

    kind: str
    situation: str = ""


def assess(norm: str) -> Limit | None:
    """What in the message lies beyond the knowledge base, or None when nothing does."""
    if OFF_TOPIC.found(norm):
        return Limit("off_topic")
    if PERSONAL.found(norm):
        for situation, cues in SITUATIONS.items():
            if cues.found(norm) and (situation != "victim" or SEEKING_HELP.found(norm)):
                return Limit("situation", situation)
    if CASE.found(norm):
        return Limit("case")
    if MONEY.found(norm) and "spel om pengar" not in norm:
        return Limit("money")
    if RANKING.found(norm) and COMPARED.found(norm):
        return Limit("ranking")
    if STATISTICS.found(norm) and CRIME_WORDS.found(norm):
        return Limit("statistics")
    if EVENT_DATE.found(norm) and EVENTS.found(norm):
        return Limit("event_date")
    return None
