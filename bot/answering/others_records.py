"""More shapes of another person's data asked for (round nine), each read in parts as others_signs.py
reads its own: who sent a concern asked by their car ("vad har den som klagade för regnummer?"),
a concern someone else sent asked to be read out ("Anna Svensson har skickat en synpunkt, kan du läsa
upp den?", "läs upp min mammas synpunkt"), a family member's survey answers ("hur svarade min pappa
på enkäten?"), and what an authority has passed to the bot about the resident ("har kommunpolisen
lämnat uppgifter om mig?"). Read on folded tokens; bot/answering/refusals.py says no to each.

The last is its own no: the bot holds nothing about anyone from the police or the kommun, which is
not the same as "others' concerns go to the kommun's staff"."""

from __future__ import annotations

import re

from bot.answering.lexicon import CueSet
from bot.answering.others_signs import FAMILY, PERSON
from bot.text import PHONE_NUMBER

# A vehicle's identity: with the one who sent or reported something, their data.
VEHICLE_ID = CueSet.of({3: (
    # "-numret" and "-numren" too: the definite forms drop the m ("regnumret")
    "registreringsnummer*", "registreringsnumr*", "regnummer*", "regnumr*", "regnr", "reg nr", "reg nummer", "registreringsskylt*", "nummerplat*",
    "nummerskylt*", "registration number*", "registration plate*", "number plate*", "licence plate*",
    "license plate*", "plate number*", "reg number", "plates")})
# The one who sent, complained or reported: by what they did, not who they are.
SENDER = CueSet.of({3: (
    *(f"{who} ~ {did}" for who in ("den som", "de som", "dom som", "han som", "hon som", "hen som", "personen som",
                                   "grannen som", "mannen som", "kvinnan som")
      for did in ("anmal*", "rapporter*", "klaga*", "skicka*", "lamna*", "skrev", "skrivit", "tipsa*", "ringde")),
    *(f"{who} ~ {did}" for who in ("the person who", "the one who", "whoever", "the guy who", "the man who",
                                   "the woman who", "the neighbour who", "the neighbor who", "someone who")
      for did in ("report*", "complain*", "sent", "filed", "wrote", "tipped", "called")))})

# A concern, sent: the thing to be read out.
CONCERN = CueSet.of({3: ("synpunkt*", "klagomal*", "anmalan", "anmalningen", "tips", "tipset", "concern*",
                         "complaint*")})
# Read it out, read it to me, tell me what it says: a wish for its words, not how to send one.
READ_OUT = CueSet.of({3: (
    "las upp", "lasa upp", "las den", "lasa den", "las det", "lasa det", "las for mig", "lasa for mig",
    "las hennes", "las hans", "lasa hennes", "lasa hans", "vad star i den", "vad stod i den", "vad star det i",
    "vad stod det i", "vad star i det", "vad stod i det", "vad star i dem", "vad stod i dem", "vad star i dom",
    "vad stod i dom", "vad den handlar om", "vad handlar den om", "vad gick den ut pa", "citera",
    "read it", "read out", "read me", "read her", "read his", "what it says", "what does it say",
    "what did it say", "quote it")})
# Someone else whose concern it is: a person of one's life, or one's family's by the genitive.
WHOSE = CueSet.of({3: (
    "mammas", "pappas", "mammans", "pappans", "mormors", "morfars", "farmors", "farfars", "brors", "systers",
    "sons", "dotterns", "dotters", "fruns", "mannens", "sambons", "grannens", "grannarnas", "kollegans",
    "min mamma", "min pappa", "min mormor", "min morfar", "min farmor", "min farfar", "mother s", "father s",
    "mum s", "mom s", "dad s", "neighbour s", "neighbor s", "wife s", "husband s", "my mother", "my father",
    "my mum", "my mom", "my dad", "my grandmother", "my grandfather", "my grandma", "my grandpa")})
# The resident's own ("min synpunkt", "jag skickade"): /mina shows it; not another's.
MINE = CueSet.of({3: ("jag har skickat", "jag skickade", "jag skickat", "min synpunkt", "mina synpunkter",
                      "min egen", "i sent", "my concern", "my own")})

# An authority that could have passed data on, and passing it on about the resident.
AUTHORITY = CueSet.of({3: (
    "kommunpolis*", "polisen", "polis", "poliserna", "kommunen", "socialtjanst*", "socialen", "myndighet*",
    "the police", "police", "community police*", "the council", "the municipality", "social services")})
PASSED_ON = CueSet.of({3: (
    "lamnat", "lamnade", "lamnar", "gett", "gav", "ger", "skickat", "skickade", "delat", "delade", "overlamnat",
    "berattat", "beratta", "fatt", "fick", "vet", "vet om", "registrerat", "sparat", "lamnat ut", "lamnar ut",
    "given", "gave", "give", "shared", "passed", "sent", "told", "know", "knows", "handed")})
ABOUT_ME = CueSet.of({3: ("om mig", "om oss", "pa mig", "about me", "about us", "on me")})
TO_THE_BOT = CueSet.of({3: (
    "till dig", "till er", "till boten", "till chatten", "du fatt", "ni fatt", "har du", "har ni", "dig", "er",
    "boten", "uppgifter", "information", "info", "data", "you", "the bot", "this bot", "details")})


def complainant_vehicle(norm: str) -> bool:
    """The registration number of the one who sent or reported something."""
    return VEHICLE_ID.found(norm) and SENDER.found(norm)


# A name heading the message as the one who sent ("Anna Svensson har skickat en synpunkt …"), which
# others_signs.names_in leaves out (any message's first word is capitalised).
_NAMED_SENDER = re.compile(r"^\s*[A-ZÅÄÖ][a-zåäöéü]+ [A-ZÅÄÖ][a-zåäöéü]+ (?:har |hade |has |had )?"
                           r"(?:skickat|skickade|lämnat|lämnade|lamnat|lamnade|skrivit|skrev|sent|wrote|submitted)\b")


def named_sender(text: str) -> bool:
    """A first name and a surname opening the message, then a verb of sending."""
    return _NAMED_SENDER.search(text) is not None


def concern_read_out(norm: str, named: bool) -> bool:
    """Someone else's concern asked to be read out: a person named or of one's life, a concern, a wish for
    its words ("Anna Svensson har skickat en synpunkt, kan du läsa upp den?"); never one's own."""
    if MINE.found(norm) or not (CONCERN.found(norm) and READ_OUT.found(norm)):
        return False
    return named or WHOSE.found(norm) or FAMILY.found(norm) or PERSON.found(norm)


def family_survey(norm: str, survey: bool, how_answered: bool) -> bool:
    """How one of the resident's family answered the survey ("hur svarade min pappa på enkäten?")."""
    return survey and how_answered and (FAMILY.found(norm) or WHOSE.found(norm))


def authority_about_me(norm: str) -> bool:
    """Whether the police or the kommun passed the bot data about the resident ("har kommunpolisen lämnat
    uppgifter om mig?", "has the police given you any information about me?")."""
    return AUTHORITY.found(norm) and PASSED_ON.found(norm) and ABOUT_ME.found(norm) and TO_THE_BOT.found(norm)


# --- who owns a vehicle, asked by its plate or its look (round nineteen): the owner's data, never given
OWNER_ASKED = CueSet.of({3: (
    "vems", "vem ager", "vem som ager", "agaren till", "agare till", "agaren av", "tillhor", "vem har bilen",
    "kolla upp ~ bil*", "sla upp ~ bil*", "who owns", "owner of", "owner s", "whose", "belongs to", "look up ~ car",
    "run ~ plate*", "check ~ plate*")})
VEHICLE = CueSet.of({3: (
    "bil", "bilen", "bilar", "bilarna", "*bilen", "fordon*", "mc", "motorcykel*", "moped*", "mopeden", "husbil*",
    "slap*", "slapvagn*", "reg", "car", "the car", "cars", "van", "truck", "vehicle*", "motorbike", "motorcycle",
    "scooter", "trailer", "plate", "plates")})
# A Swedish plate as written: three letters and three characters ("ABC 123", "ABC12D").
_PLATE = re.compile(r"\b[A-ZÅÄÖa-zåäö]{3}\s?\d{2}[A-Za-z0-9]\b")


def vehicle_owner(norm: str, text: str) -> bool:
    """Who owns a vehicle, asked by its plate, its make or where it stands: another person's data. A
    car's make is read by the plate beside it or by a vehicle's word ("den vita volvon" needs "bilen"
    or a plate)."""
    vehicle = VEHICLE.found(norm) or VEHICLE_ID.found(norm) or _PLATE.search(text) is not None
    return OWNER_ASKED.found(norm) and vehicle and not _MY_OWN_VEHICLE.search(norm)


# Who has a phone number, asked by the number or its word ("kan du kolla vem som äger numret 070-…?", "whose
# number is this?"): another person's data, as a plate's owner is.
NUMBER = CueSet.of({3: ("numret", "nummer", "*telefonnummer*", "*mobilnummer*", "*nummret", "number", "phone number",
                        "the number")})
_MY_OWN_NUMBER = re.compile(r"\b(?:mitt|min|my|vart|our)\s+(?:\w+\s+)?(?:nummer|number)\b")


def number_owner(norm: str, text: str) -> bool:
    """Who owns or has a phone number, asked: another person's data (never one's own number's)."""
    asked = OWNER_ASKED.found(norm) or re.search(r"\bvem (?:som )?har (?:numret|nummer|det numret)\b", norm) is not None
    return asked and (NUMBER.found(norm) or PHONE_NUMBER.search(text) is not None) and not _MY_OWN_NUMBER.search(norm)


# One's own vehicle ("vem äger min bil om den är leasad?"): one's own case, not another's data.
_MY_OWN_VEHICLE = re.compile(r"\b(?:min|mitt|my|var|vart|our)\s+(?:\w+\s+)?(?:bil|car|mc|moped|fordon|vehicle)\b")

# --- a person of one's own named in what the police wrote (round nineteen): never read out
POLICE_WRITING = CueSet.of({3: (
    "lagesbild*", "polisrapport*", "polisens rapport*", "rapporten", "rapport", "polisens anteckning*", "anteckning*",
    "situation report", "situation picture", "police report", "the report", "police notes", "police records")})
MENTIONED = CueSet.of({3: (
    "skrivit om", "skrev om", "skriver om", "star ~ med", "star med", "finns med", "finns ~ med", "namnd*", "namner",
    "namnt", "namns", "omnamn*", "mentioned", "named", "written about", "wrote about", "listed", "appear*", "in it")})


def named_in_police_writing(norm: str, text: str) -> bool:
    """Whether a person of one's own family, or one named, is in the police's picture or report: their data."""
    mentioned = MENTIONED.found(norm) or _IN_IT.search(norm) is not None
    return POLICE_WRITING.found(norm) and mentioned and (FAMILY.found(norm) or bool(_NAMED.search(text)))


# "Står min dotter Alva med i …", "finns min son Elias med i …": the one asked of, between the verb and "med".
_IN_IT = re.compile(r"\b(?:star|finns|kommer)\b(?:\s+\w+){1,4}\s+med\s+i\b"
                    r"|\b(?:skriv\w*|skrev|noterat|antecknat|wr[io]te\w*|said)\s+(?:\w+\s+)?(?:om|about)\b")


# A first name inside the message (not its first word): "min son Elias", "my son Adam".
_NAMED = re.compile(r"(?<=[a-zåäö,] )[A-ZÅÄÖ][a-zåäöé]+\b")
