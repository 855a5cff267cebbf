"""When a message tells its danger's words to happen, read as a property of the whole message rather than
of one emergency's cue: told as not now outright ("inte just nu", "it's quiet right now"), as what
happens now and then ("ibland", "varje helg", "once a week", "av och till"), as over with how it ended
told ("i förmiddags …, hon verkar opåverkad", "took the kids home and threw it away"), or asked in
general ("hur vet man om bröstsmärta är akut?"). decide.py lets the model's danger and the rules' now
give way to it, as to an event told as ended; anything that says now keeps 112 first: a time of now not
negated, a plea for help, someone at the door, and an emergency's state (not breathing, unconscious,
bleeding, vomiting, a fire burning).

Apart from danger.py, which reads each kind of emergency's cues, because this reads the message's time
for every kind at once and is read beside them (bot/answering/reading.py). Read on folded text.
"""

from __future__ import annotations

import re

from bot.answering import danger, danger_times, limits
from bot.answering import not_now_signs as signs
from bot.answering.danger_signs import BY_NOW, NO_ONE_LEFT, NOT_BURNING, SAID_NOT_NOW, STATE_NOW_AFTER, drop_next_step_now
from bot.answering.lexicon import CueSet

# What each reading returns: how the danger is told as not now.
NEGATED = "negated"  # "inte nu, men …", "just nu är det tyst"
HABITUAL = "habitual"  # "ibland", "varje helg", "now and then"
OVER = "over"  # a past time, with how it ended told
GENERAL = "general"  # "hur vet man om …", "what should you do if …"
LASTING = "lasting"  # an ordinary illness told as lasting since a time: "feber sen i morse", "sore throat since yesterday"

# Now said as not now at a clause's start or before "men": "Inte nu, men …", "not right now but".
# ("kan inte nu", "andas inte nu" are a state, not a time: only after a clause's start or before "men".)
_NOT_NOW = re.compile(
    r"(?:^|\b(?:men|fast|och|but|and|det ar|det hander|it s|its|it is)\s)(?:inte|not|ej)(?: just| right)? (?:nu|now)\b"
    r"|\b(?<!kan )(?<!can )(?:inte|not|ej)(?: just| right)? (?:nu|now) (?:men|but|fast)\b"
    r"|\b(?:just )?(?:nu|right now|now|idag|i dag|today) (?:ar|is) (?:det|allt|it|all|everything) "
    r"(?:tyst|lugnt|bra|over|quiet|calm|fine|ok|okej|okay)\b"
    r"|\b(?:allt|det|all|everything) (?:ar )?(?:lugnt|tyst|quiet|calm)(?: (?:igen|nu|now|again))?\b")
# Again and again, now and then, as a habit: the time of something that recurs, not of this moment.
_HABITUAL = re.compile(
    r"\b(?:ibland|emellanat|av och till|till och fran|da och da|(?<!hur )ofta|brukar|alltid|jamt|for det mesta"
    r"|now and then|on and off|off and on|from time to time|at times|sometimes|(?<!how )often|always|usually|every so often"
    r"|(?:varje|varenda|varannan|var tredje|every|each|every other) \w+"
    # ("en gång i veckan", not "ett gäng i centrum": folded, gäng is gang too)
    r"|(?:en|nan|nagon|ett par|nagra|flera|once|twice|a few|several) (?:gang|ganger|times?) (?:i|per|om|varje|a|an|per|every) \w+"
    r"|(?:nagra|flera|manga|ett par|a few|several|many|a couple of|a number of) (?:ganger|times)"
    r"|(?:once|twice) (?:a|an|per) \w+"
    r"|pa (?:helgerna|kvallarna|natterna|morgnarna|eftermiddagarna|vardagarna|fredagarna|lordagarna|vintern|vintrarna)"
    r"|(?:on|at|in the) (?:weekends|evenings|nights|mornings))\b")
# A time past in general shapes: "för en timme sedan", "för typ två dagar sen", "an hour ago", "i förmiddags".
_PAST = re.compile(
    r"\b(?:for (?:\w+ ){0,3}(?:sekund|sekunder|minut|minuter|kvart|timme|timmar|dag|dagar|vecka|veckor|manad|manader"
    r"|ar|halvtimme|halvtimma) (?:sedan|sen)"
    r"|(?:\w+ ){1,3}ago|earlier(?: today| this \w+)?|i (?:formiddags|eftermiddags|morse|kvall igar|natt igar)"
    r"|igar|i gar|haromdagen|haromkvallen|haromnatten|i forrgar|tidigare(?: idag| i dag)?|innan|forut)\b")
# How it ended, told: dealt with, gone over, or the one it happened to well ("tog hand om den", "det gick
# över", "spat it out", "he's totally fine"); not_now_signs.FINE_NOW holds the fine states.
_ENDED = re.compile(
    r"\b(?:(?:har |hade )?(?:tagit|tog) hand om|fixade|fixat|lagade|lagat|slangde|slangt|kastade|kastat|stadade|stadat"
    r"|lamnade (?:in|den|det|dem)|lamnat in|tog (?:bort|hem)|ringde (?:kommunen|polisen|hyresvarden|1177)"
    r"|gick over|gar over|gatt over|slapper|slappte|har slappt|slutade|slutat|upphorde|lagt sig|la sig|spottade ut|spytt ut|kom ut|fick upp"
    r"|dealt with|took care of|took (?:the kids|them|him|her) (?:home|away)|threw (?:it|them) away|handed (?:it|them) in"
    r"|cleaned (?:it )?up|fixed|repaired|spat (?:it )?out|spit (?:it )?out|stopped|stops|went away|goes away|passed"
    r"|(?:is|s|are|re|am|m|seems|looks|feels) (?:\w+ )?(?:fine|ok|okay|alright|well|normal)"
    r"|(?:ar|mar|verkar|kanns) (?:\w+ ){0,2}(?:bra|ok|okej|pigg|opaverkad|som vanligt|lugn|lugnt)"
    r"|allt (?:ar )?(?:lugnt|bra|ok)|all (?:is )?(?:calm|quiet|good)|opaverkad|inga besvar|inga symtom|inga symptom|no symptoms|as usual|som vanligt|leker som vanligt)\b")
# Asked in general ("vad gör man om", "hur vet man om", "what should you do if"): anyone's case, no one's now.
_GENERAL = re.compile(
    r"^(?:\w+ ){0,3}?(?:vad|hur|nar|vem|vart|what|how|when|who|where)\b(?: \w+){0,4}? "
    r"(?:man|ens|you|one|someone|nagon)\b(?: \w+){0,3}? (?:om|ifall|if|when|whether|nar)\b")
# "om det är akut", "whether it is urgent": akut asked of, not a time told.
_AKUT_ASKED = re.compile(r"\b(?:om|ifall|if|whether)\b(?: \w+){0,5}? (?:ar|is|blir) (?:det |it )?(?:akut|acute|urgent|an emergency)\b")
# An illness of the everyday kind: a fever, an ache, a cough, a stomach bug (the kind 1177's advice is for, "när det
# inte är ett nödläge"). Only these, told with how long they have lasted, make the time LASTING: violence or a
# threat told "since this morning" goes on, and keeps 112 first.
# A temperature told as a figure ("38,5", "har 39 grader", "38.9 fever"; folded, the comma is a space): a fever,
# from 38 (1177's "Feber - egenvård", http://www.1177.se/Vasterbotten/Tema/Egenvard/Infektioner/Feber---egenvard/,
# undated, read 6 December 2026: "Har man omkring 38 grader brukar det räknas som feber"; hardukoll.se citing 1177:
# "Temperaturer på 38 grader och högre räknas som feber"; 37,x is no fever).
TEMPERATURE = re.compile(r"\b(?:3[89]|4[01])(?: \d)? (?:grader|degrees|i feber|fever|c)\b|\b(?:3[89]|4[01]) \d\b")
_ILLNESS = re.compile(r"\b(?:feber\w*|febrig|temp|tempen|ont i \w+|ont|varker|vark|hosta(?!s\b)\w*|hostar|forkyl\w*|snuvig|snuva|"
                      r"halsont|oronont|magont|huvudvark|magsjuk\w*|diarre|utslag|hangig|krasslig|sjuk|migran|yrsel|illamaende|"
                      r"fever|temperature|sore \w+|aches?|aching|cough\w*|cold|flu|rash|runny nose|earache|"
                      r"stomach ?ache|tummy ache|headache|diarrh?o?ea|poorly|unwell|ill|sick|migraine|dizz\w*|nausea)\b"
                      r"|" + TEMPERATURE.pattern)
# How long it has lasted: since a time of the day or a day before, all day, or for some days.
_LASTED = re.compile(r"\b(?:sedan|sen|since|from)\s(?:i\s)?(?:morse|natt|gar|igar|formiddags|eftermiddags|kvall|lunch|"
                     r"frukost|morgonen|igar kvall|i gar kvall|\w+dag|\w+dags|yesterday|this morning|last night|lunch|"
                     r"breakfast|\w+day|the morning)\b"
                     r"|\b(?:hela (?:dagen|natten|morgonen|helgen|veckan|kvallen)|all (?:day|night|morning|weekend|week)|"
                     r"(?:i|for|in|sista|senaste|the last|the past|over) (?:\w+ )?(?:tva|tre|fyra|fem|sex|sju|ett par|nagra|flera|"
                     r"\d+|two|three|four|five|six|seven|a couple of|a few|several) "
                     r"(?:dagar|dagarna|dygn|days|nights|natter|veckor|veckorna|weeks|manader|manaderna|months))\b"
                     # since a season, a month or a holiday ("sen i somras", "sedan i januari", "since Christmas")
                     r"|\b(?:sedan|sen|since) (?:i |in )?(?:somras|varas|host|hostas|vintras|julas|jul|pask|paskas|"
                     r"januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|"
                     r"january|february|march|june|july|august|october|christmas|easter|the summer|summer|spring|autumn)\b"
                     r"|\b(?:for|in|i) (?:a|en|ett) (?:vecka|week|manad|month)\b|\b(?:a|en) (?:vecka|week) (?:nu|now)\b")
# What makes an ache more than an everyday illness: the chest or the heart, breath, a blow or a fall, something
# swallowed. Told beside them, the time is not LASTING (112, or Giftinformation, as before).
_NOT_EVERYDAY = re.compile(r"\b(?:\w*brost\w*|chest|hjart\w*|heart|andas|andning\w*|breath\w*|slag\w*|slog|slagit|"
                           r"sparkat?|misshand\w*|hit|beat\w*|kick\w*|drack|druckit|svalde|svalt|atit|at upp|"
                           r"swallow\w*|drank|drunk|ate|eaten|gift\w*|poison\w*|piller|tabletter|pills|tablets|"
                           r"ramlade|ramlat|foll|fallit|fell|fallen|krock\w*|pakord|crash\w*|olycka|accident|"
                           r"stel nacke|stiff neck|nackstel\w*|blaaktig|bluish|blue|vacka|vaken|wake|awake|medvetslos\w*|"
                           r"unconscious|kramp\w*|seizure\w*|slapp|limp)\b")
# A state that is an emergency whenever it is told ("andas inte", "blöder", "brinner", "svarar inte"); the chest's
# pain is no such state by itself (told as coming and going, it is for 1177, which says when to ring 112).
EMERGENCY_STATE = CueSet.of({3: (
    "andas", "andning", "medvetslos*", "vaknar inte", "svarar inte", "gar inte att vacka", "gar han inte att vacka", "gar hon inte att vacka", "kraks", "krakts", "spyr",
    "spydde", "kramp*", "bloder", "blodar", "blodet", "forvirrad", "slo", "dasig", "somnig", "svimmar", "svimmat",
    "brinner", "ar blek", "kallsvett*", "breath*", "unconscious", "vomiting", "throwing up", "seizure*",
    "bleeding", "confused", "drowsy", "won t wake", "wont wake", "not responding", "isn t responding", "unresponsive",
    "passed out", "on fire", "burning", "pale")})
# A plea from the middle of it: "hjälp!", "help me", "kom fort".
_PLEA = re.compile(r"\b(?:hjalp|help)(?: mig| me| oss| us)?\b(?! (?:med|with|till|to|att))|\b(?:kom fort|snabbt|hurry)\b")
# Someone at the door, inside or still there ("står utanför dörren", "at our door", "är kvar"): here now. Not a
# place alone ("lägenheten bredvid", "utanför ica varje kväll"): where something happens, at no time.
_AT_THE_DOOR = re.compile(
    r"\b(?:(?:utanfor|vid|pa) (?:min |var |vart |hans |hennes )?(?:dorr|dorren|ytterdorren|fonstret)|star kvar|ar kvar"
    r"|sitter kvar|fortfarande (?:kvar|utanfor|dar)|har inne|i lagenheten nu|at (?:my|our|the) (?:door|window)"
    r"|outside (?:my|our|the) (?:door|house|flat|window)|still (?:here|there|outside|around)|in the house)\b")
# Help asked as a service ("vem kan hjälpa", "where can I get help"): no plea.
_HELP_ASKED = re.compile(r"\b(?:kan|kunna|can|could|som|who|that)(?: \w+)? (?:hjalpa|help)\b|\bfa hjalp\b|\bget help\b")


def everyday_illness(norm: str) -> bool:
    """An everyday illness told with how long it has lasted or with a temperature ("utslag i tre dagar", "38.5
    fever for a week"): a matter of health for 1177, none of the law's."""
    return bool(_ILLNESS.search(norm) and (_LASTED.search(norm) or TEMPERATURE.search(norm))
                and not _NOT_EVERYDAY.search(norm))


def not_now(text: str, norm: str) -> str:
    """How the message tells its danger as not happening now (NEGATED, HABITUAL, OVER, GENERAL), or "" when it
    does not, or when anything in it says now: a time of now not negated, a plea, someone at the door, an
    emergency's state."""
    norm = NOT_BURNING.sub(" ", norm)  # "det brinner inte": a fire denied is no emergency's state
    gone = NO_ONE_LEFT.search(norm) is not None
    norm = NO_ONE_LEFT.sub(" ", norm)  # "ingen är kvar där nu": the danger gone, its "nu" no time of an act
    if limits.CHILDHOOD_OVER.search(norm) and not (EMERGENCY_STATE.found(norm) or _AT_THE_DOOR.search(norm)
                                                  or _PLEA.search(_HELP_ASKED.sub(" ", norm))):
        return OVER  # "blev slagen av morfar som liten, hon är 60 nu": a childhood that is over, whatever "nu" says
    if says_now(norm):
        return ""
    # Over with how it ended is read first: the surest of them, which an emergency's own phrasing gives way to.
    if (_PAST.search(norm) or danger_times.PAST_SIGNS.found(norm) or gone and _TONIGHT_PAST.search(norm)) and (
            _ENDED.search(norm) or signs.FINE_NOW.found(norm) or gone):
        return OVER
    if _ILLNESS.search(norm) and _LASTED.search(norm) and not _NOT_EVERYDAY.search(norm):
        return LASTING  # "dottern har ont i magen och feber sen i morse": an illness that has lasted, for 1177
    if _GENERAL.search(norm) and not (set(norm.split()) & _FIRST_PERSON):
        return GENERAL
    if _HABITUAL.search(norm) and not _DONE_ONCE_NOW.search(norm):
        return HABITUAL
    return NEGATED if _NOT_NOW.search(norm) or SAID_NOT_NOW.search(norm) else ""


# "i natt" or "i kväll" after a verb told in the past ("blev uppbruten i natt", "bröt sig in i natt"): last night, a
# time past, though "i natt" alone may be the night to come; read only beside NO_ONE_LEFT, which says it is over.
_TONIGHT_PAST = re.compile(r"\b(?:blev|var|bröt|brot|slog|tog|stal|stals|kom|hade|gjorde)\b(?: \w+){0,4}? i (?:natt|kvall)\b"
                           r"|\b\w+(?:ades|des|tes|ats|its)\b(?: \w+){0,3}? i (?:natt|kvall)\b")
# The resident or their own ("jag", "min son"): no general question.
_FIRST_PERSON = frozenset(("jag", "mig", "min", "mitt", "mina", "vi", "oss", "var", "vart", "vara", "i", "me", "my",
                           "we", "us", "our", "im"))
# A habit's word beside something done this once ("brukar inte skriva, men nu …"): the habit is not the danger's.
_DONE_ONCE_NOW = re.compile(r"\bbrukar inte\b|\busually (?:don t|do not|wouldn t)\b")


def says_now(norm: str) -> bool:
    """Anything that keeps 112 first: an emergency's state, someone at the door or still there, a plea, or
    a time of now that is not negated, not how one is after ("mår bra nu") and not "by now"."""
    norm = NO_ONE_LEFT.sub(" ", NOT_BURNING.sub(" ", norm))  # "ingen är kvar": no one at the door, no time of now
    if EMERGENCY_STATE.found(norm) or _AT_THE_DOOR.search(norm):
        return True
    if _PLEA.search(_HELP_ASKED.sub(" ", norm)):
        return True
    if not danger_times.NOW_TIME_SIGNS.may_fit(norm):  # no word of now at all (most messages): none left below
        return danger.WEAPON_SIGNS.found(norm) and not _PAST.search(norm)
    rest = _HABITUAL.sub(" ", _NOT_NOW.sub(" ", SAID_NOT_NOW.sub(" ", _AKUT_ASKED.sub(" ", norm))))  # "now and then"
    rest = BY_NOW.sub(" ", STATE_NOW_AFTER.sub(" ", drop_next_step_now(rest)))
    rest = _SPAN_TO_NOW.sub(r"\1", rest)  # "hostat i tre veckor nu": how long, up to now; no event's time
    words = rest.split()
    # "nu" beside how one is after ("han leker som vanligt nu", "nu känns det ok") is that state's time.
    kept = [w for i, w in enumerate(words)
            if not (w in signs.STATE_NOW and (signs.STATE_WORDS | _STATE_MORE) & set(words[max(0, i - 4):i + 4]))]
    return danger_times.NOW_TIME_SIGNS.found(" ".join(kept)) or danger.WEAPON_SIGNS.found(norm) and not _PAST.search(norm)


# A span counted up to now ("i tre veckor nu", "for a week now", "två dagar nu").
_SPAN_TO_NOW = re.compile(r"\b(dagar|dygn|veckor|vecka|manader|manad|timmar|days|weeks|week|months|month|hours) (?:nu|now)\b")
# More words of how one is after than not_now_signs.STATE_WORDS ("leker som vanligt nu", "nu känns det ok").
_STATE_MORE = frozenset({"vanligt", "kanns", "lugnt", "lugn", "tyst", "quiet", "calm", "better", "battre", "fine",
                         "opaverkad", "inga", "mar", "leker", "sover", "borta", "gone",
                         # a temperature measured now ("och nu 38,2", "now 39 degrees"): the illness's state, no event's time
                         "grader", "degrees", "feber", "febern", "tempen", "fever", "temperature",
                         *(str(t) for t in range(38, 42))})
