"""Other residents' data asked in the shapes round eleven found missed, read in parts as
others_shapes.py reads its own:

- whether a person uses the bot or wrote something, asked as a yes or a no ("använder Kalle Nyström
  den här boten?", "bekräfta bara om min exfru har skrivit till er", "har Sara Ek skickat en
  synpunkt om mig?"): a yes would tell what a no must keep, so neither is given; the model read them
  as the bot's help or the resident's own privacy;
- an "anonymised" list of what a street, a block or a house sent ("synpunkterna från min gata
  anonymiserade, bara gatunummer och ålder"): a few people by where they live are known without their
  names; the model read it as whether one's own concern is anonymous.

Read on folded tokens; bot/answering/refusals.py says no to each."""

from __future__ import annotations

from bot.answering.lexicon import CueSet
from bot.answering.others_shapes import ABOUT_ME, CLOSE_ONE, SENT_SOMETHING

# Someone asked about by the one asking: an ex, the family, a neighbour (a name as written is read
# apart, by refusals._a_resident_named).
SOMEONE_ELSE = CueSet.of({3: (
    "min granne", "grannen", "grannarna", "mina grannar", "min kollega", "min chef", "min van", "min kompis",
    "min vaninna", "min pojkvan", "min flickvan", "my neighbour", "my neighbor", "my colleague", "my friend",
    "my boyfriend", "my girlfriend", "my flatmate", "my roommate",
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
    return SENT_SOMETHING.found(norm) and (CONFIRM.found(norm) or named and ABOUT_ME.found(norm))


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
