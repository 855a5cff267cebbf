"""A place and a question in one message: "Rosengård känns otryggt på kvällarna, finns det med i något
löfte?", "otrygga platser i Hisings Backa – står det något?". The words of unease are what the kommun's
concern conversation collects, but a question is asked of the place's agreement: it is answered about the
kommun the place lies in, and /synpunkt is still offered for the place. A message that only tells of a
place ("Rosengård känns otryggt på kvällarna") stays the concern it is."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answering import compose, lexicon, named_asks
from bot.answering.answer import Answer
from bot.answering.lexicon import CueSet
from bot.text import tokens

if TYPE_CHECKING:
    from bot.answering.decide import Decision
    from bot.answering.reading import Reading

# Asked of the agreement itself, with no word of doing: "finns det med i något löfte?", "står det något?".
ASKS_THE_AGREEMENT = CueSet.of({3: (
    "finns det med", "finns det i", "star det nagot", "star det nat", "star det nan", "star det om",
    "nagot lofte", "nat lofte", "nan lofte", "nagot av loftena", "nagon overenskommelse", "med i loftet",
    "med i avtalet", "tas det upp", "tar de upp", "namns det", "is it in", "any promise*", "any of the promises",
    "in the agreement", "agreement say*", "promise say*", "say anything", "mentioned", "covered",
    # What the agreement says or what was done, asked in the words residents use after telling of a place
    # ("Hageby känns otryggt, vad säger medborgarlöftet?", "otryggt i Långshyttan, gjordes något?").
    "vad sager lofte*", "vad sager medborgarlofte*", "vad sager avtal*", "vad sager overenskommelse*",
    "vad sager samverkansoverenskommelse*", "gjordes", "gjorts", "gjort nagot", "gjort nat", "gors nagot",
    "gors det nagot", "gors det nat", "har de gjort", "vad gor kommunen", "vad gor polisen",
    "vad gor de", "gor kommunen nagot", "gor polisen nagot", "gor de nagot", "vad tanker kommunen",
    "vad tanker polisen", "vad tanker de", "har polisen lovat", "har kommunen lovat", "har de lovat", "lovat nagot",
    "lovat nat", "lovat nan", "kommit overens", "vad har de lovat", "what are they doing", "what is being done",
    "what has been done", "doing about it", "what has been agreed", "anything been done", "what did they promise",
    "have they promised",
    # What is promised, asked after telling where one lives and how it feels ("jag bor i Floda och känner mig
    # otrygg, vad lovar de?", "… what do they promise?").
    "vad lovar de", "vad lovar dom", "vad lovar ni", "vad lovar kommunen", "vad lovar polisen", "lovar de nagot",
    "lovar de nat", "what do they promise", "what have they promised", "what have the police promised",
    "what do the police promise",
    # The agreement asked whether it takes something up, beside what the resident tells ("bilarna kör som
    # galningar, tar vellinges avtal upp att folk kör för fort?", "finns det något i löftet om …?")
    "i loftet", "i medborgarloftet", "i avtalet", "i overenskommelsen", "avtal upp", "avtalet upp", "lofte upp",
    "loftet upp", "overenskommelse upp", "overenskommelsen upp", "medborgarlofte upp")})
# Unease told of a place, also in English, where the concern cues are Swedish.
UNEASE = CueSet.of({3: ("otrygg*", "stokig*", "stokigt", "obehaglig*", "unsafe", "not safe", "feels unsafe",
                        "scary", "rowdy")})
# A word naming an agreement, in a message that asks: the agreement is asked of, whatever the words around
# it ("finns det ett löfte om det?", "is there a promise about that?").
_AGREEMENT = re.compile(r"(?:medborgar)?lofte(?:t|n|na)?|medborgarloften\w*|avtal(?:et|en)?|samverkansavtal\w*"
                        r"|(?:samverkans)?overenskommelse(?:n|r|rna)?|promises?|agreements?")
_CLAUSES = re.compile(r"[,;:?!.–—]+|\s-\s")
# Words that open a clause asking, not telling ("vilka delar … känns otrygga", "which parts … feel unsafe").
_ASKING = frozenset(("vad", "vilka", "vilken", "vilket", "var", "hur", "nar", "varfor", "vem", "finns", "ar",
                     "kanns", "which", "what", "where", "how", "who", "why", "is", "are", "do", "does"))
# What asks where to leave a concern, not what the agreement says: then the concern is the whole answer.
_TELLING = ("synpunkt", "tips", "rapport", "anmal", "lamna", "skicka", "report", "feedback", "concern", "tell")


# What the kommun or the police do asked of them by name beside a concern ("Det är stökigt vid tennisparken, vad gör
# Vingåkers kommun och polisen?", "det känns otryggt runt skolorna i alsike, gör nån nåt?"): asked of the agreement
# even when the place's words are none of its own, whose answer is then what the agreement holds.
_ACTOR_ASKED = CueSet.of({3: (
    "vad gor ~ kommun", "vad gor kommunen", "vad gor polisen", "vad gor ~ kommun och polisen", "gor nan nat",
    "gor nagon nagot", "gor nagon nat", "gor nan nagot", "gors det nagot", "gors det nat", "gor kommunen nagot",
    "gor kommunen nat", "gor polisen nagot", "gor polisen nat", "what is ~ municipality doing", "what are the police doing",
    "what does the municipality do", "what do the police do", "is anyone doing anything", "is anything being done",
    "is anything done")})


def also_asks_what_is_done(r: Reading, d: Decision) -> bool:
    """A question about the named municipality's agreement besides the concern or the crime: the message
    asks what is done ("Märsta känns otryggt, vad gör kommunen?") in words its agreement has, or asks the
    agreement itself ("finns det med i något löfte?"), and does not ask how to report or where to leave a
    tip (then that is the whole answer)."""
    if not lexicon.asks(r.text, r.tokens):
        return False
    if not (r.known_content and lexicon.DOING.found(r.norm)) and not ASKS_THE_AGREEMENT.found(r.norm) \
            and not (d.action == "concern" and _ACTOR_ASKED.found(r.norm)) \
            and not any(_AGREEMENT.fullmatch(t) for t in r.tokens) and not named_asks.asks_if_named(r.text, r.norm):
        return False
    if d.action == "concern":  # not "var lämnar jag en synpunkt?"
        return not any(t.startswith(_TELLING) for t in r.tokens)
    return not any(t.startswith(("anmal", "polisanmal")) or t == "report" for t in r.tokens)


# The resident's own words: a message with them may tell of their place, not only ask of the agreement.
_OWN = frozenset(("jag", "mig", "min", "mitt", "mina", "vi", "oss", "var", "vart", "vara", "me", "my", "we", "our",
                  "us", "mine"))


def asks_of_the_kommun(r: Reading) -> bool:
    """A question opened by a question word of one kommun with an entry, telling nothing of the resident's
    own ("Var i Osby är folk mest otrygga på kvällen?", "Kan kommunen ta in vakter på terminalen i Sjöbo?"):
    asked of its agreement, though the words of unease read as a concern."""
    if not r.tokens or r.tokens[0] not in _ASKING | {"kan", "ska", "far", "har", "can", "will", "has"}:
        return False
    if "?" not in r.text or len({m.place.municipality_id for m in r.known}) != 1 or r.unknown:
        return False
    if r.tokens[0] in ("kan", "far", "ska", "can", "will") and r.tokens[1:2] and r.tokens[1] in (
            "du", "jag", "i", "man", "ni", "vi", "you", "we"):
        return False  # "Kan du säga vem …?", "Can I contest …?": asked of the bot or of one's own case
    own = [t for i, t in enumerate(r.tokens) if t in _OWN and not (t == "var" and i == 0)]
    # A passive of the work's own ("när ska arbetet rapporteras till kommunstyrelsen?") tells nothing: read
    # as written, as the speller may have made it an active ("rapportera").
    return not own and not any(t.startswith(_TELLING) and not t.endswith(("as", "ats")) for t in r.written)


def one_kommun(r: Reading) -> bool:
    """The message is about at most one kommun with an entry, names no other and asks no list."""
    return (len({m.place.municipality_id for m in r.known}) <= 1 and not r.unknown
            and not lexicon.CROSS.found(r.norm) and not r.asks_for_the_list)


def tells_of_place(r: Reading) -> bool:
    """A place named with words of unease told, in a message that asks something besides: the unease
    stands in a clause of its own that asks nothing ("Gimo känns otryggt, står det …?"). "Vilka delar av
    Degerfors känns otrygga enligt enkäten?" asks what the survey found, and tells nothing."""
    if not r.known or not lexicon.asks(r.text, r.tokens):
        return False
    for clause in _CLAUSES.split(r.text):
        words = tokens(clause)
        norm = " ".join(words)
        if words and words[0] not in _ASKING and (lexicon.wants_to_give_feedback(norm) > 0 or UNEASE.found(norm)):
            return True
    return False


def asks_of_the_place(r: Reading) -> bool:
    """Whether the agreement names the place ("Broby känns stökig – nämns den?"), unease told of it beside a
    question ("Fjällbacka känns otryggt på nätterna, står det något i löftet?"), or where within it ("var stökar
    det mest i Rosengård enligt löftena?"): its own sentences are asked."""
    return named_asks.asks_if_named(r.text, r.norm) or tells_of_place(r) \
        or r.detail_ask is not None and r.detail_ask.shape == "where"


def offered(answer: Answer, r: Reading) -> Answer:
    """An answer about the place's kommun, with /synpunkt offered when the message told of unease there."""
    if answer.municipality and answer.answered and tells_of_place(r) and "/synpunkt" not in answer.text:
        answer.text += "\n\n" + compose.also_concern(r.language)
    return answer
