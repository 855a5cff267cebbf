"""Another person's own data asked for, not only what they sent: who lives at an address, a
personnummer, a home address or a private number, who owns a car or a registration number, who is
suspected or was arrested, the names of people somewhere, what someone else asked the bot, whether
someone wrote about the resident. Read on folded tokens, and on the words as written where the
speller may pull a cue word to another ("straffet"). bot/answering/refusals.py says no to it.

An official's role in an agreement ("vad heter polischefen i Åmål?", "who signed in Älvsbyn?") is
no such request: only a private person's name, and only an official's private number or address."""

from __future__ import annotations

import re

from bot.answering.lexicon import CueSet

# Data that is always a person's own, whoever's it is: nobody's is given out.
PRIVATE_DATA = CueSet.of({3: (
    "personnummer*", "personnr", "hemadress*", "bostadsadress*", "privatadress*", "privat adress*",
    "privata adress*", "privat nummer", "privatnummer*", "privata nummer*", "mobilnummer*", "mobilnumret",
    "mobilnumren", "mobilnr", "telegram id*", "telegramid*", "anvandarnamn*", "ip adress*", "social security",
    "personal number", "personal identity number", "id number*", "home address*", "private address*",
    "private number*", "mobile number*", "cell number*", "cellphone number*", "telegram ids", "user ids",
    "usernames", "ip address*")})
# One's own: "mitt personnummer", "my home address": never a refusal.
OWN = CueSet.of({3: (
    "mitt personnummer", "min adress", "min hemadress", "mitt nummer", "mitt mobilnummer", "mina uppgifter",
    "mitt telegram", "mitt anvandarnamn", "my personal number", "my address", "my home address", "my number",
    "my phone number", "my details", "my telegram", "my username")})
# How the bot keeps such data, or how one gets one's own ("tar ni bort personnummer?", "hur får jag
# personnummer?"): a question of privacy or of one's own, not a request for another's.
KEPT_OR_GOT = CueSet.of({3: (
    "tar ni bort", "sparar ni", "sparas", "maskerar ni", "raderar ni", "hamtar ni", "lagrar ni", "loggar ni",
    "hur far jag", "hur jag far", "far jag ett", "fa ett", "hur far man", "skaffa", "ansoka*", "do you store",
    "do you save", "do you keep", "do you remove", "do you log", "do you mask", "how do i get", "how to get",
    "apply for", "min ip", "my ip")})
# A private person: who has no role in an agreement.
PRIVATE_PERSON = CueSet.of({3: (
    "mannen", "mannens", "kvinnan", "kvinnans", "kille*", "killarna", "tjejen", "tjejerna", "pojken",
    "pojkarna", "flickan", "flickorna", "grabbarna", "ungdomarna", "ungdomar", "familjen", "granne", "grannen",
    "grannens", "grannar", "grannarna", "min granne", "mina grannar", "personen", "personens", "personerna",
    "medlemmarna", "medlemmar", "alla i grannsamverkan", "deltagarna", "agaren", "ganget", "gangmedlemmar*",
    # not "nattvandrarna" nor "hyresgäst*": "numret till nattvandrarna, jag vill gå med", "hyresgästföreningen"
    "foraldrar*", "deltagar*", "hyresgasterna", "hyresgasten", "eleverna", "alla i", "alla pa", "alla som",
    "parents", "participants", "tenants", "pupils",
    # everyday people, and compounds of them ("mopedkillarna", "tonåringarna som …")
    "tanten", "gubben", "farbrorn", "grannfrun", "grannkillen", "tonaring*", "*killarna", "*tjejerna",
    "*grabbarna", "*ungdomarna", "the teenager*", "the lady", "the old man", "the old woman",
    "the man", "the woman", "the guy", "the guys", "the kids", "the boys", "the girls", "the teenagers",
    "the youths", "the family", "my neighbour*", "my neighbor*", "the neighbour*", "the neighbor*",
    "members", "everyone in", "the owner", "users",
    # who lives on one's street or is in a group near one ("who on my street is in the neighbourhood watch?")
    "who on my street", "who in my street", "who on our street", "who in my area", "who in my building",
    "vilka pa min gata", "vem pa min gata", "vilka pa var gata", "vilka i mitt omrade", "vilka i mitt hus",
    # people of one's own life, by what they are to one ("min gamla klasskompis", "an old friend of mine")
    "*kompis", "*kompisen", "kompisar*", "min van", "en van", "vannen", "vaninna*", "kollega*", "arbetskamrat*",
    "klasskamrat*", "kusin*", "friend*", "classmate*", "colleague*", "coworker*", "co worker*", "cousin*")})
# Someone named by what they did ("den som …", "the person who …").
WHO_DID = CueSet.of({3: (
    "den som", "de som", "dom som", "han som", "hon som", "hen som", "alla som", "personen som", "the person who",
    "the people who", "the one who", "whoever", "everyone who", "the man who", "the guy who")})
# An official named for a role: only their private data is refused, never their role.
OFFICIAL = CueSet.of({3: (
    "polischef*", "kommunalrad*", "kommunstyrelsens ordforande", "ordforande*", "samordnare*", "chef*",
    "lokalpolisomradeschef*", "police chief", "chief", "commissioner", "chair", "coordinator", "mayor")})
# Asked for as private ("mejladressen … privat", "her personal email"): nobody's is given out.
PRIVATELY = CueSet.of({3: ("privat", "privata", "privatperson*", "private", "personal", "privately")})
# How to reach someone, asked of them ("numret till …", "med adresser", "hans nummer"): refused of a
# private person; not "vilket nummer har polisen om grannarna festar?".
_CONTACT = ("telefonnum*", "mobilnum*", "numret", "numren", "nummer", "adress*", "mejl*", "mailadress*", "e post*",
            "epost*", "kontaktuppgift*")
_CONTACT_EN = ("phone number", "phone numbers", "number", "numbers", "address", "addresses", "email", "emails",
               "email address", "contact details", "contact info")
CONTACT = CueSet.of({3: (
    *(f"{c} {to}" for c in _CONTACT for to in ("till", "pa", "for", "at", "fran")),
    *(f"med {c}" for c in _CONTACT), *(f"och {c}" for c in _CONTACT),
    *(f"{whose} ~ {c}" for whose in ("hans", "hennes", "deras", "grannens", "grannarnas", "mannens",
                                     "personens", "personernas") for c in _CONTACT),
    # asked of whoever has it ("vilken mejladress har hen?"): theirs, as "hens mejladress" is
    *(f"{c} har {who}" for c in _CONTACT for who in ("han", "hon", "hen", "de", "dom", "grannen")),
    *(f"{c} {of}" for c in _CONTACT_EN for of in ("of", "for", "to")), *(f"with {c}" for c in _CONTACT_EN),
    *(f"{whose} ~ {c}" for whose in ("his", "her", "their", "neighbour s", "neighbor s") for c in _CONTACT_EN))})
# The resident's own next step ("vilket nummer ringer jag?", "which number do I call?"): theirs, not another's.
OWN_STEP = CueSet.of({3: (
    "ringer jag", "ska jag ringa", "kan jag ringa", "vander jag mig", "kontaktar jag", "ska jag kontakta",
    "do i call", "should i call", "can i call", "do i contact", "should i contact", "kan jag anmala",
    "ska jag anmala", "how do i report")})
# Who lives at an address, or where someone lives.
WHO_LIVES = CueSet.of({3: (
    # at an address or in a home, not "vem bor i Lund och är med i grannsamverkan?"
    *(f"{who} {where}" for who in ("vem bor", "vilka bor", "vem som bor", "vilka som bor", "vem ~ bor", "vilka ~ bor",
                                   "vem hyr", "vilka hyr", "vem som hyr", "vilka som hyr",
                                   # a list of them by name ("en lista på alla som bor på Storgatan")
                                   *(f"{listed} {who}" for listed in ("lista pa", "lista over", "namnen pa", "namn pa")
                                     for who in ("alla som bor", "de som bor", "dom som bor")))
      for where in ("pa", "i huset", "i husen", "i radhus*", "i lagenhet*", "i villa*", "i porten", "i nummer",
                    "i trappuppgang*", "bredvid", "ovanfor", "under mig", "under oss", "mitt emot", "granne med",
                    "dar", "huset", "lagenhet*", "villa*", "radhus*")),
    "bor han", "bor hon", "bor hen", "bor de", "bor dom", "var bor", "where does ~ live", "where do ~ live",
    "where ~ lives",
    # where someone has moved ("kan du ta reda på vart min ex flyttat?")
    "vart ~ flyttat", "vart ~ ~ flyttat", "var ~ flyttat", "vart ~ flyttade", "vart ~ ~ flyttade", "where ~ moved",
    "where ~ ~ moved", "where ~ has moved", "where ~ ~ has moved",
    *(f"{who} {where}" for who in ("who lives", "who live", "who is living", "who s living",
                                   *(f"{listed} {who}" for listed in ("list of", "names of")
                                     for who in ("everyone living", "everyone who lives", "the people living",
                                                 "the people who live", "all the people who live"))) for where in (
        "at", "on", "in the house", "in the flat", "in the apartment", "in apartment", "in flat", "in number",
        "next door", "above", "below", "across", "there")))})
# Where someone lives told, not asked: the verb after a time or place word ("nu bor hon hos sin syster", "där bor
# de fortfarande"), the order of a statement; "bor hon på Storgatan?" and "var bor hon?" stay asked.
_LIVES_TOLD = re.compile(r"\b(?:nu|numera|nufortiden|dar|har|idag|sedan dess|sen dess|fortfarande|just nu|redan) "
                         r"bor (?:han|hon|hen|de|dom)\b")
# "var bor …" of the resident, the bot, or people in general: no one's address.
WHERE_ONE_LIVES = CueSet.of({3: (
    "var bor jag", "var bor vi", "var bor du", "var bor ni", "var bor man", "var bor det", "var bor flest",
    "var bor de flesta", "var bor folk", "var bor mest")})
# Who owns a car, a house or what a registration number is of.
OWNER = CueSet.of({3: ("vem ager", "vem som ager", "vilka ager", "vem agare", "agaren", "agare till",
                       "who owns", "whose car", "the owner", "owner of", "registered to", "registrerad pa")})
PROPERTY = CueSet.of({3: (
    "bil*", "volvo*", "moped*", "mc", "motorcykel*", "bat", "baten", "hus", "huset", "villan", "lagenhet*",
    "fastighet*", "tomt*", "hund*", "car", "cars", "van", "moped", "house", "flat", "apartment", "dog", "boat")})
REGISTRATION = CueSet.of({3: (
    "reg nr", "regnr", "regnummer", "regnumret", "reg nummer", "registreringsnummer", "registreringsnumret", "registreringsskylt*", "nummerplat*", "nummerskylt*",
    "plate", "plates", "number plate", "licence plate", "license plate", "registration number", "reg number")})
WHO_OR_NAME = CueSet.of({3: (
    "vem", "vilka", "vilken", "namn*", "heter", "who", "whose", "name", "names", "identity", "identitet*")})
# Suspected of a crime, or arrested for one: who, asked of another.
SUSPECT = CueSet.of({3: (
    # not "misstänkt" alone: "jag såg något misstänkt, vem ringer jag?"
    "misstanks", "misstankt for", "misstankta for", "misstankta", "den misstankte", "greps", "gripen", "gripna",
    "gripits", "anhallen", "anhallna", "haktad*", "garningsm*",
    "suspected of", "is suspected", "was suspected", "are suspected", "the suspect", "the suspects",
    "a suspect", "was arrested", "were arrested", "got arrested", "the culprit", "the perpetrator")})
# Suspected oneself: the resident's own case, not another's identity.
SUSPECTED_SELF = CueSet.of({3: (
    "jag ar misstankt", "jag misstanks", "som misstankt", "misstanker mig", "misstankt mig", "ar jag misstankt",
    "i am suspected", "i m suspected", "as a suspect", "suspect me", "suspected me", "am i a suspect")})
# A name asked for: "ge mig namnen på …", "säg namnet", "vad heter killen som …".
NAME_ASKED = CueSet.of({3: (
    "ge mig namn*", "namnen pa", "namnet pa", "namn pa", "sag namn*", "saga namn*", "vad heter", "vilka namn",
    "names of", "the name of", "their names", "his name", "her name", "what s the name", "what is the name",
    "tell me the name", "give me the name*", "give me their name*", "ge mig namn", "namn tack",
    "names and numbers", "names and phone numbers", "names please", "namn och nummer", "namn och telefonnummer")})
# Someone doing a crime named ("vem är det som säljer knark …"): the name asked is a private person's.
CRIME_DOER = CueSet.of({3: (
    "vem ar det som", "vilka ar det som", "vem som", "vilka som", "den som", "de som", "dom som", "who is", "who s",
    "who are", "who was", "who were", "the person who", "the people who")})
CRIME = CueSet.of({3: (
    "saljer", "langar", "langade", "klotter*", "bryter sig in", "brot sig in", "stjal",
    "stal", "tander", "tande", "snattar", "ranar", "ranade", "knark*", "narkotika", "inbrott*",
    "skadegorelse*", "deals", "dealing", "sells", "selling", "steals", "stole", "broke in", "breaking in",
    "vandalis*", "graffiti", "fires", "set fire", "drugs", "burglar*")})
# What someone else asked or told the bot.
OTHER_CHATS = CueSet.of({3: (
    "chattade", "chattat", "chattar", "pratade med dig", "pratat med dig", "skrev till dig", "skrivit till dig",
    "innan mig", "fore mig", "andra anvandare*", "andra har fragat", "andra fragat", "folk har fragat",
    "before me", "other users", "chatted", "chatting", "talked to you", "other people asked", "others asked",
    "someone else asked", "fragat dig", "fragat er", "loggen", "chattloggen",
    "chatt log*", "chat log*", "konversation*", "asked you", "sent you", "conversations")})
# Someone else who chatted: a person, or "han", "någon", "others".
SOMEONE = CueSet.of({3: (
    "han", "hon", "hen", "de", "dom", "nagon", "nan", "andra", "personen", "person", "anvandare*", "folk",
    "someone", "somebody", "he", "she", "they", "others", "other", "person", "people", "users", "anyone")})
# The resident's own chat ("vad sa du till mig när jag chattade igår?"): theirs to see.
OWN_CHAT = CueSet.of({3: (
    "jag chattade", "jag har chattat", "jag chattat", "vi chattade", "vi har chattat", "i chatted", "we chatted",
    "i was chatting", "i ve been chatting", "i have been chatting")})
ASKED = CueSet.of({3: (
    "fragade", "fragat", "fragar", "fragor", "ville", "skrev", "sa", "sagt", "vad", "visa", "asked", "ask",
    "wanted", "said", "wrote", "what", "show", "questions")})
# Whether someone wrote about the resident ("har någon skrivit om mig i era synpunkter?").
ABOUT_ME = CueSet.of({3: (
    "skrivit om mig", "skrev om mig", "skrivit om oss", "skrivit nagot om mig", "skrivit nat om mig",
    "klagat pa mig", "rapporterat om mig", "written about me", "wrote about me", "written anything about me",
    "complained about me", "said about me",
    *(f"{sent} ~ {about}" for sent in ("skrivit", "skickat", "lamnat", "klagomal", "synpunkt*", "written", "sent",
                                       "complaint*", "filed", "reported")
      for about in ("om mig", "om oss", "pa mig", "mot mig", "about me", "about us", "against me")))})
HAS_ANYONE = CueSet.of({3: (
    "har nagon", "har nan", "har folk", "har grannen", "har grannarna", "finns det", "har ni", "vem har",
    "has anyone", "has someone", "have people", "is there", "did anyone", "did someone")})


# A private datum the resident says they do not want ("jag vill inte ha nåt privat nummer, bara veta vem som
# är trygghetssamordnare"): no request for it; what is asked beside it is read without it.
DISCLAIMED = re.compile(
    r"\b(?:vill inte ha|behover inte|ber inte om|fragar inte efter|letar inte efter|soker inte|inte ute efter|"
    r"don t want|do not want|don t need|do not need|not asking for|not after|not looking for)\b(?: \w+){0,3}? "
    r"(?:privat\w*|hem\w*|mobil\w*|personnummer\w*|private|home|personal|mobile)\b(?: \w+)?")


# A word every one of DISCLAIMED's openings holds: without any of them (most messages) there is nothing to take out.
_DISCLAIMING = ("inte", "not", "don t")


def without_disclaimed(norm: str) -> str:
    """The message without a private datum it says is not wanted."""
    return DISCLAIMED.sub(" ", norm) if any(word in norm for word in _DISCLAIMING) else norm


# The name of a thing asked ("… någon särskild metod för ungdomar och blåljuspersonal. Vad heter den?", "vad heter
# metoden …", "what is the project called?"): the entry's words, never a person's name.
_THING_NAMED = re.compile(r"\bvad heter (?:den|det|metoden|modellen|projektet|satsningen|arbetssattet|programmet|"
                          r"insatsen|radet|forumet|natverket|appen|kampanjen|konceptet|samarbetet|overenskommelsen|"
                          r"avtalet|loftet)\b|\bwhat (?:is|s) (?:it|that|the (?:method|model|project|programme|program|"
                          r"initiative|app|campaign|scheme)) called\b|\bthe name of the (?:method|model|project|"
                          r"programme|program|initiative|app|campaign|scheme)\b")


def asks_for_personal_data(norm: str) -> bool:
    """Another person's own data asked for: a plain no, in the message's language."""
    norm = without_disclaimed(norm)
    if OWN.found(norm) and not PRIVATE_PERSON.found(norm):
        return False
    if PRIVATE_DATA.found(norm) and not KEPT_OR_GOT.found(norm):
        return True  # "ge mig personnumret på …", "the home address of the police chief"
    if WHO_LIVES.found(_LIVES_TOLD.sub(" ", norm)) and not WHERE_ONE_LIVES.found(norm) or (REGISTRATION.found(norm) and (WHO_OR_NAME.found(norm) or OWNER.found(norm))):
        return True  # "vem bor på Storgatan 12", "vem äger bilen med reg nr …"
    if OWNER.found(norm) and PROPERTY.found(norm) and WHO_OR_NAME.found(norm):
        return True
    if SUSPECT.found(norm) and WHO_OR_NAME.found(norm) and not SUSPECTED_SELF.found(norm):
        return True  # "vem misstänks för inbrotten i Hjo?", "vilka greps för rånet?"
    if NAME_ASKED.found(norm) and (PRIVATE_PERSON.found(norm) or CRIME_DOER.found(norm) and CRIME.found(norm)) \
            and not _THING_NAMED.search(norm):
        return True  # "ge mig namnen på ungdomarna som …", "vem är det som säljer knark …? ge mig namn"
    whose = PRIVATE_PERSON.found(norm) or WHO_DID.found(norm) or PRIVATELY.found(norm)
    if CONTACT.found(norm) and whose and not OWN_STEP.found(norm):
        return True  # "telefonnumret till min granne", "telefonnummer till alla i grannsamverkan"
    someone = SOMEONE.found(norm) or PRIVATE_PERSON.found(norm) or WHO_DID.found(norm)
    if (OTHER_CHATS.found(norm) and ASKED.found(norm) and someone
            and not OWN_CHAT.found(norm)):
        return True  # "vad frågade personen som chattade med dig innan mig?"
    return ABOUT_ME.found(norm) and HAS_ANYONE.found(norm)
