"""A question about the agreement or the law the knowledge files describe, put in the words of a legal case:
"Vem betalar trygghetsvandringarna i Sölvesborg?", "Vem är ansvarig för samordningen i Lund?", "Är kommunen
skyldig att ta fram en lägesbild?", "Vad säger lagen om lägesbilden?", "Who pays for the action plan?".

The words ("betalar", "ansvarig", "skyldig", "lagen") are those of a resident's own matter, which gets the
out-of-scope legal reply (bot/answering/refusals.py), but nothing of one's own is told: no "jag", "min", "vi",
"my", no other party of a case (a landlord, an employer, an insurer, a neighbour), and what is asked about is
something the knowledge files hold: a kommun with an entry and a word its agreement has or an aspect of it, a
glossary term, or the agreement by name. Then the entry's or the glossary's answer stands; "min hyresvärd vägrar
betala, vad säger lagen?" and "jag fick böter i Lund, måste jag betala?" stay the resident's own case.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.answering import lexicon
from bot.answering import refusal_signs as signs
from bot.answering.lexicon import CueSet

if TYPE_CHECKING:
    from bot.answering.reading import Reading

# The legal case's frame words, asked of the agreement.
FRAME = CueSet.of({3: (
    "betala*", "bekosta*", "kostnad*", "kostar", "finansier*", "star for", "ansvar*", "skyldig*", "maste", "tvungen",
    "lag", "lagen", "lagar", "lagstift*", "lagkrav*", "krav", "enligt lag", "juridisk*", "rattslig*",
    "pay", "pays", "paid", "paying", "cost*", "fund*", "responsib*", "liable", "oblig*", "required", "require*",
    "must", "have to", "law", "laws", "legal*", "statut*")})
# One's own part or another party of a case of one's own: never a question of the agreement alone.
_OWN = frozenset(("jag", "mig", "min", "mitt", "mina", "vi", "oss", "mej", "my", "me", "we",
                  "our", "us", "mine", "ours", "myself"))
_PARTY = CueSet.of({3: (
    "hyresvard*", "vard", "bostadsbolag*", "granne*", "grannen*", "arbetsgivar*", "chef", "chefen", "forsakring*",
    "forsakringsbolag*", "saljare*", "saljaren", "firma*", "foretaget", "hantverkar*", "skola*", "skolan",
    "forsakringskassan", "ex", "exet", "sambo*", "landlord*", "neighbo*", "employer*", "boss", "insur*", "seller",
    "school", "boter", "fine", "fines", "ticket", "parkeringsbot*", "skadestand*", "damages",
    "stamma*", "sue", "suing", "overklaga*", "appeal*", "anmald*", "dom", "domen", "tingsratt*", "court")})


def asked(r: Reading) -> bool:
    """The message asks, in a legal case's words, about something the knowledge files hold, and tells no case."""
    if not lexicon.asks(r.text, r.tokens) or not FRAME.found(r.norm):
        return False
    own = _OWN if r.language == "sv" else _OWN | {"i"}
    ours = {"vår", "vårt", "våra"} & set(r.text.lower().split())  # "vår", not "var" (where, was)
    if own & set(r.tokens) or ours or _PARTY.found(r.norm):
        return False
    named = bool(r.known) and (r.known_content or r.topic is not None)
    return named or r.glossary is not None or signs.AGREEMENT_WORDS.found(r.norm)


def of_a_term(r: Reading) -> bool:
    """Asked of a glossary term in general, in a legal case's words, with no kommun named ("Måste kommunen ha en
    åtgärdsplan?", "Is the municipality required to have a lägesbild?"): the term's sense answers, which says
    what the law asks of it where the glossary does."""
    return r.glossary is not None and not r.known and not r.unknown and not r.in_context and asked(r)
