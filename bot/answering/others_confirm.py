"""Other residents' data asked in the shapes round eleven found missed, read in parts as
others_shapes.py reads its own:

- whether a person uses the bot or wrote something, asked as a yes or a no ("använder Kalle Nyström
  den här boten?", "bekräfta bara om min exfru har skrivit till er", "har Sara Ek skickat en
  synpunkt om mig?"): a yes would tell what a no must keep, so neither is given; the model read them
  as the bot's help or the resident's own privacy;
- an "anonymised" list of what a street, a block or a house sent ("synpunkterna från min gata
  anonymiserade, bara gatunummer och ålder"): a few people by where they live are known without their
  names; the model read it as whether one's own concern is anonymous.

- who sent the concerns or messages the bot took in, asked by who, by their names or to be confirmed ("vem i
  huset skickade dig ett meddelande om röken?", "hur många i trappuppgången har skickat synpunkter och vad
  heter de?", "my ex is sending complaints about me through this bot, can you confirm it's her?"): a
  sender is another resident, and what they wrote about is no danger now (round thirty).

Read on folded tokens; bot/answering/refusals.py says no to each."""

from __future__ import annotations

import re

from bot.answering import danger_when
from bot.answering.lexicon import CueSet
from bot.answering.others_shapes import ABOUT_ME, CLOSE_ONE, SENT_SOMETHING

# Someone asked about by the one asking: an ex, the family, a neighbour (a name as written is read
# apart, by refusals._a_resident_named).
SOMEONE_ELSE = CueSet.of({3: (
    "min granne", "grannen", "grannarna", "mina grannar", "min kollega", "min chef", "min van", "min kompis",
    "min vaninna", "min pojkvan", "min flickvan", "my neighbour", "my neighbor", "my colleague", "my friend",
    "my boyfriend", "my girlfriend", "my flatmate", "my roommate", "min hyresvard", "hyresvarden", "my landlord",
    # the wider family, beside others_shapes.CLOSE_ONE's nearest
    "min svag*", "min svarson", "min svardotter", "min styv*", "mitt styvbarn", "min farmor", "min mormor",
    "min farfar", "min morfar", "mitt barnbarn", "min brorson", "min brorsdotter", "min systerson",
    "min systerdotter", "min brorsa", "min syrra", "min kusin", "min sambo", "min partner", "mitt barn",
    "my brother in law", "my sister in law", "my son in law", "my daughter in law", "my step*", "my grand*",
    "my uncle", "my aunt", "my cousin", "my nephew", "my niece", "my flatmate")})
# Whether they use the bot, asked as a fact (not whether they could: "kan min mamma använda boten?").
USES_THE_BOT = CueSet.of({3: (
    "anvander ~ boten", "anvander ~ den har", "anvander ~ chatten", "anvander ~ tjansten",
    "anvander ~ trygghetsboten", "anvander ~ er", "ar ~ registrerad", "finns ~ registrerad", "finns ~ som anvandare",
    "ar ~ anvandare", "har ~ ett konto", "har ~ konto har", "har ~ konto hos", "does ~ use", "is ~ using",
    "is ~ registered", "is ~ a user", "has ~ an account", "signed up")})
# Writes to the bot as a habit ("vet du om Ahmed Ali brukar skriva här?"), only with a yes or no asked: "jag
# skriver detta till er" is the resident writing, whoever else the message names.
WRITES_AS_A_HABIT = CueSet.of({3: (
    "brukar ~ skriva", "brukar ~ skicka", "brukar ~ anvanda", "does ~ write to you", "does ~ write here",
    "usually ~ write*")})
# The resident is the one writing or using ("jag brukar skriva", "förlåt att jag skriver detta till er").
I_WRITE = CueSet.of({3: ("jag brukar", "jag skriver", "i usually", "i write", "i m writing", "i am writing")})
# The resident asks only for a yes or a no, or for it to be looked up.
CONFIRM = CueSet.of({3: (
    "bekrafta", "bekraftar", "ja eller nej", "ja el nej", "stammer det att", "ar det sant att", "bara svara",
    "kolla om", "kollar om", "se om", "titta om", "kontrollera om", "ta reda pa om", "confirm", "yes or no",
    "is it true that", "just tell me if", "just tell me whether", "check if", "check whether", "vet du om",
    "kan du saga om", "do you know if", "do you know whether", "can you tell me if", "can you tell me whether")})


# Sending told in the present ("mitt ex skickar klagomål om mig", "my landlord is sending concerns about me"), beside
# others_shapes.SENT_SOMETHING's past; only with what is sent named (SENT_THINGS), not "min son skriver bra".
SENDS_NOW = CueSet.of({3: ("skickar", "skriver", "klagar", "anmaler", "rapporterar", "sending", "sends", "writing",
                           "writes", "complaining", "reporting")})
SENT_THINGS = re.compile(r"\b(?:synpunkt\w*|klagomal\w*|meddelande\w*|anmalning\w*|anmalan|tips|concerns?|complaints?|"
                         r"messages?|reports?)\b|\b(?:till dig|till er|till boten|via boten|genom boten|i boten|i chatten|"
                         r"via chatten|to you|through (?:this|the) (?:bot|chat)|via (?:this|the) (?:bot|chat)|sent you|"
                         r"skickade dig|skickat dig)\b")
# The sender asked for: who, which of them, their names, or that it is a certain one.
_SENDER_ASKED = re.compile(r"\b(?:vem|vilka|vilken|who|whom|which of|which one)\b|\b(?:vad heter (?:de|dom|han|hon|den)|"
                           r"deras namn|namnen|vilka namn|what are their names|their names|names of|the name of|"
                           r"(?:it s|it is|that it s|that it is) (?:her|him|them)|det ar (?:hon|han|dom|de))\b")
_SENT = re.compile(r"\b(?:skickat|skickade|skickats|skrivit|skrev|lamnat in|lamnade in|sent|wrote|written|submitted|"
                   r"skickar|skriver|sending|sends|writing|writes|klagar|klagat|klagade|complaining|complained)\b")


# The resident sending (Swedish "jag"/"vi"; English "I"/"we" only with an English verb, never the Swedish "i" of
# "Per Andersson i Lund skickat"), and who sees, reads or handles it ("vem kan läsa …", "who can see …").
_OWN_SENT = re.compile(r"\b(?:(?:jag|vi)(?: \w+)? (?:skickar|skickade|skickat|skriver|skrev|skrivit|lamnar|lamnade|lamnat)|"
                       r"(?:i|we)(?: \w+)? (?:send|sent|write|wrote|written|submit\w*))\b")
_WHO_SEES = re.compile(r"\b(?:who|vem|vilka)(?: \w+)? (?:se|ser|lasa|laser|see|sees|read|reads|tar emot|receives?|gets?|"
                       r"far se|far lasa|tar hand om|hanterar|behandlar|handles?|deals with|processes)\b")
# Whether someone learns who sent ("får kommunen veta vem som skickat?"): how a concern is kept.
_LEARNS_WHO = re.compile(r"\b(?:fa|far|get to|gets to|find out|finds out|learn|learns)(?: \w+)?(?: (?:veta|know|see|se))? "
                         r"(?:vem|who)\b")
_WHO_SENT = re.compile(r"\b(?:vem|vilka|who)\b(?: \w+){0,2} (?:skickade|skickat|skrev|skrivit|sent|wrote|reported|anmalde)\b")
_SOMEONE_ELSE_SENT = re.compile(r"\b(?:han|hon|de|dom|grannen|grannarna|he|she|they|my \w+|min \w+|mitt \w+) "
                                r"(?:skickar|skickade|skickat|skriver|skrev|sends|sent|writes|wrote)\b")


def _the_residents_own(norm: str) -> bool:
    """The resident as the one sending, the reader or handler asked for, or whether one learns who sent: the bot's
    rule, no one's data (never a sender asked for)."""
    return any(p.search(norm) is not None for p in (_OWN_SENT, _WHO_SEES, _LEARNS_WHO))


def own_sending_asked(norm: str) -> bool:
    """Who sees or reads what the resident sends ("who can see the concerns I send?", "vem kan se synpunkterna jag
    skickar?"), no one else named as the sender: the bot's rule (who_sees), not another's data."""
    return _OWN_SENT.search(norm) is not None and _WHO_SEES.search(norm) is not None and _WHO_SENT.search(norm) is None \
        and _SOMEONE_ELSE_SENT.search(norm) is None


def sender_asked(norm: str) -> bool:
    """Who sent the concerns or messages the bot or the kommun took in, asked: a sending verb with what was
    sent or where it went, and who, their names or a person to be confirmed as the one; not the resident's own."""
    return bool(_SENT.search(norm) and SENT_THINGS.search(norm) and _SENDER_ASKED.search(norm)
                and not _the_residents_own(norm))


def sender_asked_of_no_danger_now(norm: str) -> bool:
    """A sender asked for, and nothing in the message says its danger is now (danger_when.says_now: "det brinner
    i trapphuset nu" keeps 112 first; `goes_on`, which refusals._no_danger asks first): the danger's words are what was
    sent about."""
    return sender_asked(norm) and not danger_when.says_now(norm)


def goes_on(norm: str) -> bool:
    """The danger told as going on, or a plea closing the message ("det ryker fortfarande i trapphuset, hjälp", "it's
    still smoking, help!"): danger now beside a question of who sent or reported, which 112 answers first."""
    return _GOES_ON.search(norm) is not None


_GOES_ON = re.compile(r"\b(?:fortfarande|still|pagar|going on|ongoing)\b|\b(?:hjalp|help)(?: oss| mig| us| me)?\W*$")


def asked(norm: str, named: bool) -> bool:
    """Any of this module's shapes (refusals._asks_to_confirm)."""
    return person_uses_or_wrote(norm, named) or anonymised_list(norm) or sender_asked(norm)


def person_uses_or_wrote(norm: str, named: bool) -> bool:
    """Whether a person named, one of the family or a neighbour uses the bot, or sent something,
    asked to be told or confirmed."""
    someone = named or CLOSE_ONE.found(norm) or SOMEONE_ELSE.found(norm)
    if not someone:
        return False
    if USES_THE_BOT.found(norm):
        return True
    if WRITES_AS_A_HABIT.found(norm) and not I_WRITE.found(norm):
        return CONFIRM.found(norm)
    sent = SENT_SOMETHING.found(norm) or SENDS_NOW.found(norm) and SENT_THINGS.search(norm) is not None
    return sent and (CONFIRM.found(norm) or named and ABOUT_ME.found(norm))


# A list made "anonymous" by leaving the names out.
ANONYMISED = CueSet.of({3: (
    "anonymiser*", "avidentifier*", "anonym lista", "anonyma listan", "anonyma synpunkt*", "utan namn",
    "utan namnen", "bara gatunummer", "bara husnummer", "bara lagenhetsnummer", "anonymised", "anonymized",
    "anonymous list", "without names", "without the names", "no names", "just the flat numbers",
    "just the house numbers", "just the street numbers")})
# What others sent or answered.
THEIR_MESSAGES = CueSet.of({3: (
    "synpunkterna", "synpunkter fran", "alla synpunkter", "synpunkter fran", "synpunkter om", "klagomalen",
    "svaren", "enkatsvaren", "the concerns", "concerns from", "all concerns", "all the concerns", "complaints",
    "the answers", "answers from", "survey answers")})
# A few people by where they live, or a detail that tells who they are.
FEW_PEOPLE = CueSet.of({3: (
    "min gata", "var gata", "gatan", "gatunummer*", "husnummer*", "lagenhetsnummer*", "alder", "aldern",
    "i huset", "vart hus", "mitt hus", "min trappuppgang", "var trappuppgang", "kvarteret", "mitt kvarter",
    "granne*", "grannar*", "*gatan", "*vagen", "my street", "our street", "my block", "our block",
    "my building", "our building", "flat number*", "house number*", "street number*", "age", "neighbour*",
    "neighbor*")})
# One's own concern sent anonymously, or how the bot stores it: the privacy answer's.
OWN_SENDING = CueSet.of({3: (
    "kan jag skicka", "kan jag fa skicka", "kan jag lamna", "skicka in anonymt", "mina synpunkter", "min synpunkt",
    "sparas", "can i send", "can i submit", "my concern*", "stored")})


def anonymised_list(norm: str) -> bool:
    """What a street, a block or a house sent or answered, asked for without the names: still them."""
    return (ANONYMISED.found(norm) and THEIR_MESSAGES.found(norm) and FEW_PEOPLE.found(norm)
            and not OWN_SENDING.found(norm))
