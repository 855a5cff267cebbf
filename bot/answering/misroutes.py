"""Round twelve's misroutes: words of a command or a concern that belong to a question, and questions
of who someone is asked in words of a place or a crime.

- A question about what a kommun's agreement says others do with complaints, views, reports or watching
  ("vilka fordon klagar folk på vid skolorna i Kungsbacka?", "i vilket forum tar polis och kommun i
  Karlskoga del av medborgarnas synpunkter?", "vilka bevakar otrygga platser i Danderyd?") is a question
  of the agreement: the concern's words ("klagar", "synpunkter") and /folj's ("bevaka") are its subject.
  A resident who wants to complain or follow says so in the first person ("jag vill klaga på …",
  "kan man lämna synpunkter …", "bevaka Växjö"), and keeps the invitation or the command.
- "vem är det som flyger drönare över vår tomt", "vilka har flest anmälningar mot sig i Växjö?": who a
  person is, asked outright, is a request for another's identity (refusals.py says no to it), whatever
  place or crime is named beside it.
"""

from __future__ import annotations

import re

from bot.answering.lexicon import CueSet
from bot.text import tokens

# A word of a command or of a concern: what makes the message look like /synpunkt, /folj or a report.
COMMAND_OR_CONCERN = CueSet.of({3: (
    "klaga*", "klagomal*", "synpunkt*", "rapporter*", "anmalning*", "orosanmalning*",
    "skickat", "skickar", "bevak*", "folj* ~ upp", "foljs upp", "uppfoljning*", "tipsa*", "tips", "larma*",
    "complain*", "complaint*", "views", "report*", "guard*", "watch*", "follow* ~ up", "tip*", "tips")})
# The resident as the one who would complain, send or follow: a wish, or what one does ("kan man …").
RESIDENT_ACTS = CueSet.of({3: (
    "jag", "mig", "min", "mitt", "mina", "vi", "oss", "kan man", "ska man", "gor man", "hur ~ man", "var ~ man",
    "vart ~ man", "far man", "kan du", "vill", "onskar", "me", "my", "we", "our", "us", "can one", "can you",
    "how do you", "where do you", "where can", "how can")})
# A question put without a question mark that opens with its verb ("bygger löftet i Arboga på invånarnas
# synpunkter", "blir det mer bevakning där unga samlas i Göteborg").
_VERB_FIRST = frozenset({"bygger", "blir", "finns", "ska", "har", "gor", "tar", "far", "kan", "ar", "lovar",
                         "does", "do", "is", "are", "will", "has", "have", "did"})
_QUESTION_WORDS = frozenset({"vad", "hur", "varfor", "vem", "vems", "vilka", "vilken", "vilket", "nar", "var", "vart",
                             "what", "how", "why", "who", "whom", "which", "when", "where"})
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def asking_sentence(text: str) -> str:
    """The sentence that asks: the last with a question mark, else the last; a story told before it
    ("Jag har bott i Hagfors i tio år … Vad är det för klagomål …?") is not the question's."""
    sentences = [s for s in _SENTENCE_END.split(text.strip()) if s.strip()]
    asked = [s for s in sentences if "?" in s]
    return (asked or sentences or [""])[-1]


def asks_of_the_agreement(text: str, english: bool) -> bool:
    """A question whose asking sentence carries a word of a command or a concern and does not put the
    resident in it as the one who acts: others' complaints, views, reports or watching, asked of an agreement.
    (The caller has a kommun named or talked about.)"""
    sentence = asking_sentence(text)
    toks = tokens(sentence)
    if not toks:
        return False
    norm = " ".join(toks)
    if not ("?" in sentence or toks[0] in _QUESTION_WORDS or toks[0] in _VERB_FIRST
            or _QUESTION_WORDS & set(toks[:3])):
        return False
    if not COMMAND_OR_CONCERN.found(norm):
        return False
    # Folded, the English "I" is the Swedish "i" (in): the resident's only where the message is English.
    return not (RESIDENT_ACTS.found(norm) or english and "i" in toks)


# How something is reported or to whom: the report's own question, whatever else is asked beside it.
REPORTING = CueSet.of({3: (
    "anmal*", "polisanmal*", "rapporter*", "tipsa*", "larma*", "ringa", "ring", "ringer", "kontakta*", "report*",
    "tip off", "call", "contact")})


def asks_about_the_police(text: str) -> bool:
    """A question opened by its question word with nothing of a report or of the resident in it ("hur stor
    är polisgruppen i Ljusnarsberg och var utgår den ifrån?"): what the police are or do there, which the
    model reads as a report for the police's word. (The caller has a kommun named or talked about.)"""
    toks = tokens(asking_sentence(text))
    if not toks or toks[0] not in _QUESTION_WORDS:
        return False
    norm = " ".join(toks)
    return not (REPORTING.found(norm) or RESIDENT_ACTS.found(norm) or "i" in toks[:1])


# Who a person is, asked outright ("vem är det som …", "who is it that …").
WHO_IS_IT = CueSet.of({3: (
    "vem ar det som", "vem e det som", "vem var det som", "vilka ar det som", "vilka e det som", "vilka var det som",
    "vem ar den som", "vem ar han som", "vem ar hon som", "who is it that", "who is the one", "who was it that",
    # someone among a group ("vem i föreningen var det som klagade på vår grill?")
    "vem ~ var det som", "vem ~ ar det som", "vilka ~ var det som", "vilka ~ ar det som",
    "who is the person", "who s the person", "who s the guy", "who is the guy")})
# What the agreement names people for (their roles): "vem är det som skrev under?" asks the signers.
AGREEMENT_ROLES = CueSet.of({3: (
    "skrev under", "skrivit under", "undertecknade", "signed", "ansvarar", "ansvarig*", "leder", "kommunpolis*",
    "chef*", "samordnar*", "samordnare", "kontaktperson*", "in charge", "responsible", "coordinat*", "lovar",
    "lovat", "promised", "tar fram", "tog fram", "bestammer", "beslutar", "foljer upp", "follows up", "kommunen",
    "polisen", "the police", "the municipality", "the council",
    # "vem är det som föreslår dem?" of the promises: who proposes or stands behind them, as the entry says
    "foreslar", "foreslog", "foreslagit", "proposes", "proposed", "star bakom", "stod bakom", "is behind",
    # the bot itself ("vem är det som driver den här tjänsten?"): who runs it is the bot's own fact
    "tjansten", "boten", "chatten", "chattboten", "appen", "the service", "this service", "the bot", "this bot",
    "the app", "this chat")})
# Most reports against them: a ranking of people, not of places or crimes.
MOST_AGAINST = CueSet.of({3: (
    "mot sig", "against them", "against him", "against her", "flest anmalningar mot", "most reports against",
    "most complaints against", "anmald flest", "anmalts flest", "reported the most", "most reported people")})


# Where the resident lives or a name asked for: a private person, not those an agreement names.
PRIVATE = CueSet.of({3: (
    "var tomt", "min tomt", "vart hus", "mitt hus", "var gard", "var gata", "min gata", "hos oss", "hos mig",
    "var trappa", "vart trapphus", "min bil", "var bil", "grann*", "namn*", "adress*", "nummer", "numret",
    "our garden", "our house", "our street", "my street", "my car", "neighbo*", "name*", "address*")})


def asks_who_someone_is(norm: str, kommun_named: bool) -> bool:
    """"vem är det som flyger drönare över vår tomt", "vilka har flest anmälningar mot sig?": a person's
    identity asked, not the role an agreement names ("vem är det som leder arbetet i Lund?"); with a
    kommun named, only of something at the resident's home or with a name asked for ("vilka är det som
    bevakar de otrygga platserna i Danderyd?" asks the agreement)."""
    if MOST_AGAINST.found(norm):
        return True
    if not WHO_IS_IT.found(norm) or AGREEMENT_ROLES.found(norm):
        return False
    return not kommun_named or PRIVATE.found(norm)
