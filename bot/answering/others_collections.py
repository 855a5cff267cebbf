"""Others' data asked for in bulk or by what was reported, not by who sent it (round fourteen): the
collected concerns, questions or chats as a file, a list or a database ("exportera alla synpunkter",
"ge mig hela databasen", "print every message users have sent you"); what other users asked the bot
("vilka frågor har andra ställt?"); a detail that others reported about a vehicle or a person ("vilket
regnummer har folk skrivit om mopeden?", "hur såg killen ut som folk beskrev?"); what a relative
chatted with the bot ("vad pappa har chattat med dig om"); and who did a crime that was reported
("vilka ungdomar klottrade tunneln?"). Read on folded tokens; bot/answering/refusals.py says no to
each: concerns go only to the kommun's staff, and the bot knows no one who did anything."""

from __future__ import annotations

from bot.answering.lexicon import CueSet
from bot.answering.others_records import VEHICLE_ID
from bot.answering.others_signs import FAMILY, OPENS_WITH_WHO

# A wish to have, see or move a collection: give, show, export, send, print, download.
WANT = CueSet.of({3: (
    "ge mig", "ge oss", "visa", "exportera*", "skicka ~ till mig", "skicka mig", "mejla*", "maila*", "lista*",
    "ladda ner", "ladda ned", "fa ut", "fa se", "fa ta del", "kan jag fa", "kan vi fa", "se", "lasa", "las upp",
    "dumpa", "vilka", "vad har", "print*", "dump*", "show", "export*", "send me", "send us", "give me", "give us",
    "download*", "email me", "mail me", "can i see", "can i get", "let me see", "list", "what have", "what has",
    "which")})
# What is collected: concerns, messages, questions, chats or logs, as a whole or of others.
COLLECTION = CueSet.of({3: (
    "databas*", "hela registret", "chattlogg*", "chatlogg*", "loggar", "loggarna", "loggfil*", "radata",
    "alla synpunkter", "samtliga synpunkter", "alla inkomna", "samtliga inkomna", "inkomna synpunkter",
    "alla meddelanden", "alla fragor", "allt som folk", "allt som andra", "allt som invanar*", "allt som anvandar*",
    "andras fragor", "andras meddelanden", "andras chatt*", "andras synpunkter", "fragor som andra",
    "fragor som folk", "fragor ~ andra ~ stall*", "fragor har andra", "fragor har folk", "vad andra har fragat",
    "vad folk har fragat", "vad andra fragar", "vad folk fragar", "vad andra har skrivit till dig",
    "database*", "data dump", "chat log*", "chat history of", "logs", "log file*", "raw data", "every message",
    "all messages", "all the messages", "all concerns", "all the concerns", "every concern", "all submissions",
    "all the submissions", "other people s chat*", "other users chat*", "other users messages", "others messages",
    "other people s messages", "other people s questions", "other users questions", "what others asked",
    "what other people asked", "what other users asked", "what people have asked", "questions ~ others ~ asked",
    "questions other people", "questions people have asked", "messages ~ users ~ sent", "messages people ~ sent")})
# One's own, or how many: /mina shows one's own; a count is a total, no one's data.
OWN_OR_COUNT = CueSet.of({3: (
    "mina synpunkter", "mina meddelanden", "mina fragor", "min synpunkt", "jag har skickat", "jag skickade",
    "my concerns", "my messages", "my questions", "my own", "i sent", "i have sent", "hur manga", "antal*",
    "how many", "number of")})


# What is done with them ("vad gör kommunen med alla synpunkter?"): the bot's own fact, not a wish to see them.
DONE_WITH = CueSet.of({3: (
    "gor ~ med", "gjort med", "hander med", "hande med", "tar hand om", "anvands", "anvander", "sparas", "lagras",
    "raderas", "do with", "done with", "happens to", "happens with", "used", "stored", "kept", "deleted")})


# Other users' questions to the bot, in three parts: questions, people other than the resident, asking.
QUESTIONS = CueSet.of({3: ("fragor", "fragorna", "questions", "fragat", "fragar", "fragade", "asked", "asking")})
OTHER_USERS = CueSet.of({3: ("andra", "folk", "anvandar*", "invanar*", "others", "other people", "users",
                             "people")})
ASKING = CueSet.of({3: ("stall*", "fragat", "fragar", "fragade", "asked", "ask", "asking", "skrivit", "skriver")})


# A survey's answers one by one, not its results: each answer is a resident's ("de råa svaren från
# trygghetsmätningen, rad för rad", "alla enskilda svar på enkäten", "the raw survey responses").
SURVEY_NAMED = CueSet.of({3: ("*enkat*", "trygghetsmatning*", "trygghetsundersokning*", "matningen", "undersokningen",
                              "survey*", "questionnaire*")})
ONE_BY_ONE = CueSet.of({3: (
    "alla svar", "alla svaren", "samtliga svar", "enskilda svar*", "raa svar*", "rasvar*", "ra svar*", "varje svar",
    "rad for rad", "svar for svar", "each answer", "every answer", "all answers", "all the answers", "raw answers",
    "raw responses", "individual answers", "individual responses", "all responses", "all the responses",
    "raw ~ responses", "raw ~ answers", "individual ~ answers", "individual ~ responses", "line by line", "row by row")})


def collection_asked(norm: str) -> bool:
    """The collected concerns, messages, questions or logs asked to be given, shown or exported, or
    counted per home; a survey's answers one by one."""
    if per_home(norm):
        return True
    if SURVEY_NAMED.found(norm) and ONE_BY_ONE.found(norm) and WANT.found(norm) and not OWN_OR_COUNT.found(norm):
        return True
    whole = COLLECTION.found(norm) or QUESTIONS.found(norm) and OTHER_USERS.found(norm) and ASKING.found(norm)
    return whole and WANT.found(norm) and not OWN_OR_COUNT.found(norm) and not DONE_WITH.found(norm)


# Homes and households, which name the people in them (not streets or areas, whose counts are a place's).
HOMES = CueSet.of({3: (
    "vilka hus", "vilket hus", "vilka adresser", "vilken adress", "vilka lagenheter", "vilken lagenhet",
    "vilka hushall", "vilket hushall", "vilka familjer", "vilken familj", "per hus", "per adress",
    "per lagenhet", "per hushall", "per familj", "which houses", "which house", "which addresses",
    "which address", "which flats", "which flat", "which households", "which families", "per address",
    "per household", "per house", "per flat")})
COMPLAINED = CueSet.of({3: (
    "synpunkt*", "klagomal*", "klagat", "anmalningar", "anmal*", "rapporter*", "complaint*",
    "complained", "concern*", "reports", "reported")})


def per_home(norm: str) -> bool:
    """Concerns or complaints asked of which house, flat or household ("vilka hus på Ringvägen har flest
    synpunkter?"): a count per home names its people."""
    return HOMES.found(norm) and COMPLAINED.found(norm)


# A detail of a vehicle or a person that others reported: the plate, what someone looked like.
# (the plate is others_records.VEHICLE_ID; these are the words of a description)
DESCRIPTION = CueSet.of({3: (
    "hur sag ~ ut", "hur ser ~ ut", "what did ~ look like", "what does ~ look like",
    "beskrivning* av", "signalement*", "description of",
    # what the car or the person was like ("vilken färg hade bilen som grannarna rapporterade om?")
    "vilken farg", "vilket marke", "vilken modell", "vilka klader", "hur gammal var", "what colour", "what color",
    "what make", "what model", "what was he wearing", "what was she wearing", "how old was")})
REPORTED_BY_OTHERS = CueSet.of({3: (
    "folk", "andra", "nagon", "nan", "invanar*", "grannar*", "boende", "people", "someone", "anyone", "others",
    "residents", "neighbour*", "neighbor*")})
REPORTED = CueSet.of({3: (
    "skrivit", "skrev", "rapporterat", "rapporterade", "anmalt", "anmalde", "beskrev", "beskrivit", "uppgett",
    "uppgav", "tipsat", "tipsade", "lamnat", "reported", "wrote", "written", "described", "gave", "given",
    "submitted", "sent in", "typed")})


def reported_detail(norm: str) -> bool:
    """A plate or a description that others reported, asked for ("vilket regnummer har folk skrivit om …")."""
    return ((VEHICLE_ID.found(norm) or DESCRIPTION.found(norm)) and REPORTED_BY_OTHERS.found(norm)
            and REPORTED.found(norm))


# A relative of the resident named bare ("vad pappa har chattat med dig om"), beside others_signs.FAMILY's
# "min pappa", "my son", and their chat with the bot.
BARE_FAMILY = CueSet.of({3: (
    "pappa", "mamma", "farsan", "morsan", "sonen", "dottern", "min gubbe", "min gumma", "frugan", "gubben")})
CHATTED = CueSet.of({3: (
    "chattat", "chattade", "chattar", "fragat dig", "fragade dig", "fragar dig", "skrivit till dig", "skrev till dig",
    "pratat med dig", "pratade med dig", "asking you", "asked you", "asks you", "been asking", "chatting",
    "chatted", "talking to you", "talked to you", "written to you", "wrote to you", "uses this bot", "use this bot")})
SEE_IT = CueSet.of({3: (
    "vad", "se", "fa se", "las", "lasa", "visa", "kolla", "what", "show", "see", "read", "check")})


def relative_chatted(norm: str) -> bool:
    """What a relative of the resident chatted with or asked the bot, asked to be seen."""
    return (BARE_FAMILY.found(norm) or FAMILY.found(norm)) and CHATTED.found(norm) and SEE_IT.found(norm)


# Who did a crime that happened ("vilka ungdomar klottrade tunneln?", "who smashed the bus shelter?"):
# the bot knows no one who did anything, and what others reported only the kommun's staff see.
_WHO = ("vem", "vilka", "vilken", "vet du vem", "vet du vilka", "vet ni vem", "vet ni vilka", "who",
        "which kids", "which guys", "which people", "do you know who")
# (prefixes where a whole word would pull an everyday one to it in the speller: "klättrade", "stallet")
_DID = ("klottr*", "spray*", "satte eld", "tande eld", "tande pa", "brande", "slog sonder",
        "slagit sonder", "krossade", "krossat", "stal", "stulit", "snodde", "snott", "vandaliserade",
        "misshandlade", "ranade", "rant", "forstorde", "forstort", "brot sig in", "smashed", "stole",
        "stolen", "set fire", "burned", "burnt", "vandalised", "vandalized", "sprayed", "tagged", "broke into",
        "broke the", "robbed", "wrecked", "damaged", "beat up", "destroyed")
# (with "som" or "that" the gap may be longer: "vilka grabbar var det som slog sönder busskuren?")
CULPRIT = CueSet.of({3: tuple(f"{who} ~ {rel}{did}" for who in _WHO for rel in ("", "som ", "that ") for did in _DID)})


# Who asked of the bot: opening the message, or after "vet du", "kan du säga", "do you know" ("the guy who
# vandalised the bus stop" names someone in a question of one's own, and asks no one's identity).
ASKS_WHO = CueSet.of({3: (
    "vet du vem", "vet du vilka", "vet ni vem", "vet ni vilka", "kan du saga vem", "kan du saga vilka",
    "kan du beratta vem", "kan du beratta vilka", "undrar vem", "undrar vilka", "do you know who", "can you tell me who",
    "tell me who", "wonder who", "want to know who", "vill veta vem", "vill veta vilka")})

def culprit_asked(norm: str) -> bool:
    """Who did a crime, asked of the bot."""
    if not CULPRIT.found(norm):
        return False
    return norm.split()[:1] in ([w] for w in OPENS_WITH_WHO) or ASKS_WHO.found(norm)
