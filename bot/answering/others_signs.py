"""Another resident's message to the kommun, asked for in three parts: a person other than the
resident ("mannen", "kvinnan som …", "my flatmate"), a verb of sending, reporting, writing or
answering ("skickade", "har anmält", "wrote"), and a wish to see, list or name it ("vad heter han",
"räkna upp", "vem var det som …", "show me"). Read on folded tokens; bot/answering/refusals.py says
no to it."""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Sequence

from bot.answering import refusal_signs
from bot.answering.common_words import STOPWORDS
from bot.answering.lexicon import CueSet
from bot.text import fold

# Someone who is not the resident: a person named by what they are, or people as a group, or a user of the bot.
PERSON = CueSet.of({3: (
    "user", "users", "anvandare", "anvandaren", "anvandarna", "resident", "the resident", "medborgare*",
    "mannen", "kvinnan", "tjejen", "kille*", "flickan", "pojken", "gubben", "tanten", "grabben",
    "larare*", "lararen", "pensionar*", "rumskompis*", "inneboende", "sambo*", "barn", "barnen", "elev*",
    "medlem*", "foraldr*", "personen", "personerna", "person", "personer", "folk", "alla som", "de som", "dom som",
    "dem som",
    "den som", "andra", "andras", "granne*", "grannar*", "grannen", "grannarna", "invanar*", "boende",
    "nagon", "nan", "hon", "han", "hen", "kusin*", "kollega*", "hyresgast*", "ex", "exfru*", "exman*",
    "svarmor", "svarfar", "min bror", "min syster", "min fru", "min man", "min mamma", "min pappa",
    "the man", "the woman", "the guy", "the girl", "the lady", "the boy", "the kids", "a man", "a woman",
    "teacher*", "roommate*", "flatmate*", "housemate*", "partner", "members", "parents", "people", "person",
    "persons", "residents", "neighbour*", "neighbor*", "someone", "somebody", "anyone", "everyone", "others",
    "he", "she", "they", "my ex", "my brother", "my sister", "my wife", "my husband", "my mother", "my father")})
# Sent, reported, written or answered (done: the resident asks about what is already in).
SENT = CueSet.of({3: (
    "skickat", "skickade", "skrev", "skrivit", "anmalt", "anmalde", "rapporterat", "rapporterade", "klagat",
    "klagade", "tipsat", "tipsade", "lamnat", "lamnade", "har svar*", "svarade", "ringt", "ringde",
    "kontaktat", "kontaktade", "hort av sig", "sent", "wrote", "written", "reported", "complained", "answered",
    "responded", "filed", "submitted", "tipped", "flagged", "called", "contacted", "svarat", "polisanmalan som",
    "anmalan som", "anmalningen som", "the report ~ made",
    # the past in "did": "what did my flatmate write", "did the neighbours report it"
    *(f"did ~ {verb}" for verb in ("write", "send", "report", "complain", "answer", "file", "submit")))})
# What of it is asked: who it was, their name or number, or to see or list it.
WANTS_IT = CueSet.of({3: (
    "vad heter", "vem var det", "vem det var", "vem ar det", "var det som", "vilken ~ var det", "vilka ~ var det",
    "namn*", "nummer", "numret", "telefonnum*", "adress*", "kontaktuppgift*", "mejl*", "mailadress*",
    "e post*", "epost*", "visa", "fa se", "se vad", "las", "lasa", "kopi*", "rakna upp", "lista*", "ge mig",
    "vad skrev", "vad stod", "vad har ~ skrivit", "vad har ~ skickat", "vad har ~ rapporterat", "vad har ~ svar*",
    "what s his", "what s her", "what is his", "what is her", "his name", "her name", "his number",
    "her number", "their name*", "their number*", "name*", "number*", "address*", "contact*", "email*",
    "username*", "user name*", "anvandarnamn*", "handle",
    "show", "see", "read", "copy", "copies", "list", "tell me what", "what did", "what ~ did", "what has", "who was it",
    "who it was",
    # where they live, or who they are asked as a wish to know
    "bor hon", "bor han", "bor hen", "bor de", "bor dom", "var bor", "where does ~ live", "where do they live",
    "undrar vem", "vill veta vem", "wonder who", "want to know who")})
# Who they are, asked outright: even of people who told of harm ("vilka har hört av sig om våld? namn"),
# no name or number is given out. Exact forms: "namns" is "nämns" typed without its dots.
NAMED_OUT = CueSet.of({3: (
    "namn", "namnen", "namnet", "namnlist*", "vad heter", "telefonnummer*", "personnummer*", "adress", "adresser",
    "adressen", "kontaktuppgift*", "their names", "their name", "phone number*", "home address*", "names of",
    "names please", "the names", "with names", "by name")})
# An agreement signed ("vilka har skrivit under?", "who signed it? names"): its signers are no residents.
SIGNED = CueSet.of({3: ("skrivit under", "skrev under", "skrivits under", "undertecknat", "undertecknade", "signed",
                        "signerat", "signerade", "signat", "signade")})
# A question that opens with who or which ("vilka på min gata har rapporterat …?", "which people …").
OPENS_WITH_WHO = ("vem", "vilka", "vilken", "vilket", "who", "which", "whose")
# "vilka på …", "vem har …", "which of …": after who or which, a person who sent is meant.
AFTER_WHICH = frozenset({"pa", "i", "av", "som", "har", "hade", "fran", "var", "ar", "det", "of", "on", "in", "from",
                         "have", "has", "had", "was", "is", "s", "exactly"})
# The resident asking what to do, whom to turn to: a question of their own, not of who sent what.
OWN_NEXT_STEP = CueSet.of({3: (
    "ska jag", "ska vi", "kan jag kontakta", "kan jag ringa", "vander jag", "kontaktar jag", "ringer jag",
    "should i", "should we", "do i", "can i contact", "can i call", "jag vill lamna", "jag vill skicka",
    "jag vill anmala", "i want to report")})


def asks_for_others(norm: str) -> bool:
    """Someone else, a thing sent, and a wish to know who or what: another resident's data."""
    words = norm.split()
    # "vilka har hört av sig om våld i Timrå? namn", "who has written in about it? names please": who sent,
    # their names asked, with no word of a person (not who signed an agreement)
    who_named = _opens_with_who(words) and NAMED_OUT.found(norm) and not SIGNED.found(norm)
    if not ((PERSON.found(norm) or who_named) and SENT.found(norm)) or OWN_NEXT_STEP.found(norm):
        return False
    # "… som har skrivit om det? Vem?": who, asked on its own after the question
    return WANTS_IT.found(norm) or _opens_with_who(words) or words[-1:] in (["vem"], ["vilka"], ["who"])


def _opens_with_who(tokens: list[str]) -> bool:
    """"Vem har …", "vilka på min gata …", "which people …": who or which of people who sent, not of
    things ("which areas have residents reported …") or of who handles it ("vem tar hand om …")."""
    if not tokens or tokens[0] not in OPENS_WITH_WHO:
        return False
    if len(tokens) == 1:
        return True
    # "vem har …", "vem var det som …", "who reported …"; not "vem tar hand om synpunkterna …"
    return tokens[1] in AFTER_WHICH or PERSON.found(tokens[1]) or SENT.found(tokens[1])


def which_of_things(norm: str) -> bool:
    """"Which areas …", "vilka problem …": which, asked of things, not of who sent them."""
    tokens = norm.split()
    return len(tokens) > 1 and tokens[0] in OPENS_WITH_WHO and not _opens_with_who(tokens)


# Who follows a kommun in the bot ("vilka användare följer Växjö?", "who follows Lund here?"): the
# followers are no one's to see; not who follows the work up ("vem följer upp arbetet i Lund?").
FOLLOWERS = CueSet.of({3: (
    "vilka ~ foljer", "vem ~ foljer", "vilka som foljer", "vem som foljer", "hur manga foljer", "foljarna", "foljare",
    "who follows", "who ~ follows", "who is following", "who s following", "which users", "followers",
    # in the past: "vilka har följt Lund?", "vem har börjat följa Umeå?", "who has followed Uppsala?"
    "vilka ~ foljt", "vem ~ foljt", "vilka ~ foljde", "vem ~ foljde", "som foljt", "vilka ~ borjat folja",
    "vem ~ borjat folja", "who ~ followed", "who ~ started following", "everyone who followed",
    "how many follow", "how many people follow",
    # the followers as a list, asked by staff or anyone ("exportera chat-id för alla som följer Lund")
    *(f"{who} som foljer" for who in ("alla", "de", "dom", "dem", "invanarna", "anvandarna", "anvandare",
                                      "personerna", "folk", "personen", "person", "den", "han", "hon", "nagon")),
    "the person who follows", "the person following", "someone who follows", "whoever follows",
    "everyone following", "everyone who follows", "people following", "users following", "people who follow",
    "users who follow", "chat id*", "chatt id*", "chatid*", "telegram id*", "anvandarid*", "user id*",
    "prenumerant*", "som prenumererar", "subscriber*")})
FOLLOWING_UP = CueSet.of({3: ("foljer upp", "folja upp", "folj* ~ upp", "follow up", "follows up", "follow ~ up",
                              "uppfoljning*", "foljer med", "follow-up", "kommuner foljer",
                              # one's own follows: the follow command lists them
                              "jag foljer", "vi foljer", "i follow", "i m following", "am i following", "we follow",
                              # one's own chat id is no one else's ("vad är mitt chat-id?")
                              "mitt chat*", "mitt id", "mitt telegram*", "my chat*", "my id", "my telegram*")})
# What a person named by name sent ("vad har Anna Berg skrivit för synpunkter?", "vad skrev Johan Lind om
# parkeringen?"): asked what they wrote, sent or reported.
CONTENT_ASKED = CueSet.of({3: (
    "vad har ~ skrivit", "vad har ~ skickat", "vad har ~ lamnat", "vad har ~ rapporterat", "vad har ~ klagat",
    "vad skrev", "vad skickade", "vad lamnade", "vad rapporterade", "vad klagade", "what did ~ write",
    "what did ~ send", "what did ~ report", "what has ~ written", "what has ~ sent", "what has ~ reported",
    # the asking word far before: "vad har Anna Berg i Lund skrivit för synpunkter?"
    "skrivit for synpunkter", "skickat for synpunkter", "lamnat for synpunkter", "skrivit for klagomal",
    "skrivit om", "skickat in", "written about", "sent in",
    # how many they sent, and what was in them ("hur många synpunkter har Anna Berg skickat och vad stod i dem?")
    *(f"hur manga {what} har" for what in ("synpunkter", "klagomal", "anmalningar", "tips", "rapporter")),
    *(f"how many {what} has" for what in ("concerns", "complaints", "reports")),
    "vad stod i dem", "vad stod det i dem", "vad handlade de om", "vad handlade dom om", "what did they say",
    "what was in them",
    # asked inside a sentence, the verb last ("berätta vad Eva Lind har rapporterat", "visa vad han skickat")
    *(f"vad ~ ~ har {did}" for did in ("skrivit", "skickat", "lamnat", "rapporterat", "klagat", "anmalt", "tipsat")),
    *(f"tell me what ~ ~ {did}" for did in ("wrote", "sent", "reported", "has written", "has reported", "has sent")))})
# A first name and a surname as written ("Anna Berg"): a person, unless it is a place the reading names.
# Read overlapping, so that a capitalised first word does not take the first name ("Is Peter Lind …?").
_NAME = re.compile(r"\b(?=([A-ZÅÄÖ][a-zåäöéü]+ [A-ZÅÄÖ][a-zåäöéü]+)\b)")


def asks_for_followers(norm: str) -> bool:
    """Who follows a kommun in the bot: not who follows the work up, nor which kommuner follow something."""
    return FOLLOWERS.found(norm) and not FOLLOWING_UP.found(norm)


def names_in(text: str) -> list[str]:
    """Two capitalised words in a row, as written, not the message's first word: a person's name."""
    return [m.group(1) for m in _NAME.finditer(text) if m.start() > 0]


def lower_names(text: str, raw: Sequence[str], toks: Sequence[str], places: Container[int],
                knows: Callable[[str], bool]) -> tuple[str, ...]:
    """In a message with no capital letter, two words in a row that are no place, no small word and no slip
    the speller put right, one of them no word known: a first name and a surname typed in lower case
    ("vad har eva andersson i hofors skrivit", "vad svarade karin holm"), as `names_in` reads them capitalised."""
    if any(c.isupper() for c in text):
        return ()
    def name_like(i: int) -> bool:
        return raw[i].isalpha() and len(raw[i]) >= 3 and raw[i] not in STOPWORDS and i not in places \
            and i < len(toks) and toks[i] == raw[i]
    return tuple(f"{raw[i]} {raw[i + 1]}" for i in range(len(raw) - 1)
                 if name_like(i) and name_like(i + 1) and not (knows(raw[i]) and knows(raw[i + 1])))


# A first name alone where the one who sent stands: "hur många synpunkter har Ahmed på Sjöbo skickat",
# "what did Anna from Kalmar write" (CONTENT_ASKED says it is what they sent that is asked).
_FIRST_NAME_SENDING = re.compile(r"\b(?:har|hade|has|had|did)\s+([A-ZÅÄÖ][a-zåäöéü]+)\b")
_NO_PERSON = frozenset(("polisen", "kommunen", "police", "council", "municipality", "staden", "regionen", "lansstyrelsen"))


def first_names_sending(text: str) -> list[str]:
    """A capitalised word after "har"/"did" in a question of what someone sent, as written: a first name,
    unless it is an institution (the caller sets places aside)."""
    return [m.group(1) for m in _FIRST_NAME_SENDING.finditer(text) if fold(m.group(1)) not in _NO_PERSON]


# What a person of the resident's own life sent, asked in the past ("vad rapporterade min kollega om …?"):
# with refusal_signs.ANOTHER_PERSON, never a pronoun, which may be an official just named ("vad
# rapporterade hon om droger?" after the kommunpolis).
PAST_CONTENT = CueSet.of({3: (
    "vad rapporterade", "vad skickade", "vad lamnade", "vad klagade", "vad anmalde", "vad tipsade",
    "vad ~ rapporterade", "vad ~ skickade", "vad ~ anmalde", "vad ~ klagade", "what did ~ flag",
    "what did ~ complain")})
# Someone else's concern passed on or shown to the resident ("kan du vidarebefordra grannens synpunkt till
# mig?", "show me the concern my mother-in-law sent"): with a person (refusal_signs.ANOTHER_PERSON).
CONCERN_NOUN = CueSet.of({3: ("synpunkt*", "klagomal*", "concern*", "complaint*")})
# What they wrote, asked beside concerns ("finns det synpunkter från min gata? vad skrev de?"): what other
# residents sent, which only the kommun's staff see. (How many came in is a total, no one's data.)
THEY_WROTE = CueSet.of({3: (
    "vad skrev de", "vad skrev dom", "vad skrev folk", "vad har de skrivit", "vad har dom skrivit",
    "vad har folk skrivit", "vad star det i dem", "what did they write", "what did people write",
    "what have people written")})


def they_wrote(norm: str) -> bool:
    """What other residents wrote, asked beside their concerns."""
    return THEY_WROTE.found(norm) and CONCERN_NOUN.found(norm) and not _I_SENT.found(norm)


# One's own sending ("hur många synpunkter har jag skickat?"): one's own, seen with /mina.
_I_SENT = CueSet.of({3: ("jag", "vi", "have i", "i have", "i ve", "did i", "have we", "we have")})
PASS_ON = CueSet.of({3: (
    "vidarebefordra*", "skicka vidare", "skicka ~ till mig", "mejla ~ till mig", "forward*", "pass ~ on",
    "send ~ to me", "send me", "share ~ with me")})
# Passed on to the police or the kommun: the concern's way, not the resident's wish to read it.
TO_THE_AUTHORITIES = CueSet.of({3: (
    "till polisen", "till kommunen", "to the police", "to the council", "to the municipality")})
# What people typed into their concerns ("vilka registreringsnummer har folk skrivit in i synpunkterna?",
# "har någon skrivit mitt namn i en synpunkt?"): a detail, in concerns that others wrote.
IN_CONCERNS = CueSet.of({3: (
    "i en synpunkt", "i nagon synpunkt", "i synpunkter*", "i sina synpunkter", "i era synpunkter",
    "i klagomal*", "i sina klagomal", "i anmalningar*", "i nagot klagomal", "in a concern", "in any concern*",
    "in their concerns", "into their concerns", "in the concerns", "in concerns", "into concerns",
    "in complaints", "in their complaints", "in the complaints",
    # a report rather than a concern ("finns min adress med i någon anmälan hos er?")
    "in any of the complaints", "in any of the concerns", "in any of the reports", "i nagon av synpunkterna",
    "i nagot av klagomalen", "i nagon av anmalningarna", "i nagon anmalan", "i nan anmalan", "i en anmalan", "i nagra anmalningar", "in any report*", "in a report",
    "in someone s report", "in their reports",
    # what was typed in, with no concern named ("registreringsnumret som nån skrev in om bilen")
    "som ~ skrev in", "som ~ skrivit in", "som ~ har skrivit in", "som ~ lagt in", "som ~ angav", "som ~ angett",
    "that ~ typed in", "that ~ entered", "someone typed", "someone entered")})
DETAIL = CueSet.of({3: (
    "namn*", "adress*", "registreringsnummer*", "regnummer*", "reg nr", "registreringsnumret", "regnumret", "registreringsskylt*", "nummerplat*",
    "telefonnummer*", "personnummer*", "licence plate*", "license plate*", "plates", "plate numbers", "names",
    "addresses", "phone numbers", "my name", "my address", "registration*", "vad stod", "vad star", "what did ~ say", "what does ~ say")})
WROTE_BY_OTHERS = CueSet.of({3: (
    "nagon", "nan", "folk", "andra", "invanar*", "boende", "grannar*", "grannen", "vilka", "people", "someone",
    "anyone", "residents", "others", "neighbour*", "neighbor*", "which")})
# The resident's own concern, or what the bot keeps of a name: privacy, never a refusal.
MINE_OR_KEPT = CueSet.of({3: (
    "jag skrev", "jag har skrivit", "jag skrivit", "jag skickade", "jag har skickat", "jag skickar", "jag angav",
    "jag har angett", "jag lamnade", "jag lamnar", "min synpunkt", "mina synpunkter", "i wrote", "i typed",
    "i sent", "i send", "i put", "i entered", "my concern*", "sparas", "maskeras", "syns", "stored", "masked",
    "saved", "kept")})


def details_in_concerns(norm: str) -> bool:
    """A detail (a name, an address, a registration) in concerns others wrote, asked for."""
    return (IN_CONCERNS.found(norm) and DETAIL.found(norm) and WROTE_BY_OTHERS.found(norm)
            and not MINE_OR_KEPT.found(norm))


# What one of the resident's family wrote or asked the bot ("kan jag se vad min dotter har skrivit till
# dig?", "can I read my son's messages to this bot?"): theirs, not the parent's or the partner's to read.
FAMILY = CueSet.of({3: (
    "min dotter", "min son", "mitt barn", "mina barn", "vart barn", "var son", "var dotter", "*dotter", "*dottern",
    "min fru", "min man", "min sambo", "min partner", "min pojkvan", "min flickvan", "min mamma", "min pappa",
    "min bror", "min syster", "min tonaring", "my son", "my daughter*", "my kid*", "my child*", "my teen*",
    "my wife", "my husband", "my partner", "my boyfriend", "my girlfriend", "my mum", "my mom", "my dad",
    "my brother", "my sister")})
THEIR_WORDS = CueSet.of({3: (
    "skrivit", "skrev", "skriver", "write", "type", "typed", "say", "fragat", "fragade", "fragar", "meddelande*", "chattat", "chattar", "chattade",
    "sagt", "konversation*", "messages", "message", "wrote", "written", "writes", "asked", "asks", "chats",
    "chatted", "said", "conversation*", "skickat", "skickade", "skickar", "sent", "sends")})
TO_THE_BOT = CueSet.of({3: (
    "till dig", "till er", "till boten", "till chatten", "i chatten", "med dig", "med er", "med boten", "boten",
    "chatten", "to you", "this bot", "the bot", "with you", "in the chat", "this chat", "to this")})
ASKS_TO_SEE = CueSet.of({3: (
    "vad", "visa", "se", "fa se", "las", "lasa", "kolla", "ta del av", "what", "show", "see", "read", "check",
    # whether they did, asked of the bot ("har min dotter skickat något till er?")
    "har min", "har mitt", "har mina", "has my", "did my")})


# Another person's own view of the bot, theirs to open: someone's account, their list of concerns (/mina), their
# messages, asked in the genitive ("visa /mina för min mans konto", "my wife's concerns", "min sambos chatt").
_WHOSE = (r"(?:min|mitt|mina|var|vart|vara|my|our) (?:\w+ )?(?:mans|frus|sambos|partners|pojkvans|flickvans|mammas|pappas|"
          r"mors|fars|brors|systers|sons|dotters|barns|kompis|kompisens|vans|vaninnans|grannes|kollegas|husband s|wife s|"
          r"partner s|boyfriend s|girlfriend s|mum s|mom s|dad s|mother s|father s|brother s|sister s|son s|daughter s|"
          r"friend s|neighbour s|neighbor s|flatmate s|roommate s)")
_OWN_VIEW = r"(?:konto\w*|account\w*|synpunkter|mina|mine|concerns|meddelanden|messages|chatt\w*|chats?|historik|history|inloggning)"
OTHERS_ACCOUNT = re.compile(rf"\b{_WHOSE} {_OWN_VIEW}\b|\b(?:mina|mine) (?:for|of|pa|on|i|in|from|fran) {_WHOSE}\b")


def others_account(norm: str) -> bool:
    """Another person's account or own list of concerns asked to be shown ("kan du visa /mina för min mans konto?",
    "show me my wife's concerns"): theirs to open, never shown to anyone else, family or not."""
    return OTHERS_ACCOUNT.search(norm) is not None and ASKS_TO_SEE.found(norm)


def who_sent(norm: str) -> bool:
    """Who did the sending or the calling to an authority, asked ("vem ringde polisen om bråket?", "who told the
    council?"); not who wrote the bot itself ("vem har skrivit den här boten?")."""
    return refusal_signs.WHO_DID.found(norm) and refusal_signs.SUBMITTED.found(norm) and not which_of_things(norm) \
        and _AN_AUTHORITY.search(norm) is not None


_AN_AUTHORITY = re.compile(r"\b(?:polis\w*|kommun\w*|police|council|municipality|socialtjanst\w*|soc|hyresvard\w*|"
                           r"landlord|styrelsen|board|112|114 14)\b")


def family_to_the_bot(norm: str) -> bool:
    """What someone of one's family wrote or asked the bot, asked to be seen; not the resident's own
    next step about it ("min son skrev till boten att han mobbas, vad ska jag göra?")."""
    return (FAMILY.found(norm) and THEIR_WORDS.found(norm) and TO_THE_BOT.found(norm) and ASKS_TO_SEE.found(norm)
            and not OWN_NEXT_STEP.found(norm))


# Who in the trygghetsmätning said they feel unsafe ("vilka i Lund har svarat att de känner sig
# otrygga?", "which people in Umeå said they feel unsafe?"); not how many did.
SAID = CueSet.of({3: (
    "svarat", "svarade", "sa att", "sagt att", "uppgav", "uppgett", "angav", "angett", "tyckte", "said", "say", "answered",
    "responded", "told", "reported",
    # an answer given on a form: a box ticked, a form filled in, a word written in it
    # (not "skrev att": what someone wrote is a concern, others' data of its own, not a survey's answer)
    "kryssa*", "fyllde i", "fyllt i", "markera*", "ticked", "checked", "marked", "filled in")})
FEELING = CueSet.of({3: (
    "otrygg*", "trygg*", "radd*", "orolig*", "unsafe", "safe", "scared", "afraid", "worried", "insecure")})
COUNTED = CueSet.of({3: ("hur manga", "how many", "andel*", "procent*", "percent*", "share of", "hur stor del")})


# Who the people who answered are, asked anywhere in the message ("hur många i min trappa svarade att de är
# otrygga, och vilka var det?"): their names, who they were, a wish to reach them. A count beside it is
# the survey's; the names are not.
WHO_THEY_WERE = CueSet.of({3: (
    "vilka var det", "vilka det var", "vilka var de", "vilka var dom", "vilka de var", "vilka dom var", "vem var det",
    "vem det var", "vilka personer", "namnen", "namn pa dem", "namn pa dom", "deras namn", "*namnen", "*namn tack",
    "kontakta dem", "kontakta dom", "prata med dem", "prata med dom", "who were they", "who they were", "who was it",
    "who it was", "their names", "the names", "names", "which people", "which residents", "which ones",
    "contact them", "talk to them", "reach them")})


# "vilka är dom", "who are they", "who were those": who asked of the people themselves, in any tense.
_WHO_ARE_THEY = re.compile(r"\b(?:vilka|vem|who)\s+(?:var|ar|were|are|was|is)\s+(?:det|de|dom|dem|they|it|those|"
                           r"them|these)\b")


def who_said_unsafe(norm: str) -> bool:
    """Who answered or said that they feel unsafe, asked of people: their answers are theirs. A message
    opening with who asks it unless it counts ("vilka har svarat …", not "hur många har svarat …"); who
    they were asked anywhere asks it beside a count too."""
    if not (SAID.found(norm) and FEELING.found(norm)):
        return False
    return (_opens_with_who(norm.split()) and not COUNTED.found(norm) or WHO_THEY_WERE.found(norm)
            or _WHO_ARE_THEY.search(norm) is not None)


# Someone who told of harm done to them, asked who they are ("någon skrev att hon blivit slagen, vem är
# det? jag vill hjälpa henne"): no name, but the help lines that fit the one hurt.
HARMED = CueSet.of({3: (
    "slagen", "slagits", "blir slagen", "misshandl*", "vald*", "hotad*", "hotar henne", "hotar honom", "slar henne",
    "slar honom", "valdtagen", "beaten", "being hit", "abused", "abuse", "assaulted", "violence", "threatened",
    "raped")})
WHO_THEY_ARE = CueSet.of({3: (
    "vem ar det", "vem ar hon", "vem ar han", "vem hon ar", "vem han ar", "vem det ar", "vad heter", "namn*",
    "var bor hon", "var bor han", "hennes namn", "hans namn", "who is she", "who is he", "who is it", "who she is",
    "who he is", "her name", "his name", "their name", "where she lives", "where does she live", "who it is")})


def who_was_hurt(norm: str) -> bool:
    """Who someone is who sent word of harm done to them: a person, a sending verb, harm, who asked."""
    return PERSON.found(norm) and SENT.found(norm) and HARMED.found(norm) and WHO_THEY_ARE.found(norm)
