"""A question asked of the kommun talked about, that lost it on the way: asked again with the kommun as its heading.

"Jag bor i Tranemo" then "Gör kommunen något åt mopederna som far runt?", "vilka medborgarlöften har Höör" then
"Vad har ökat där enligt lägesbilden?": the second message leaves the kommun out because it was just said. Its
own reading, without the name, may land where no kommun is (a list across all kommuner for "vilka löften finns?",
a word's definition for "lägesbilden", a wish to send a concern for "vad gör kommunen?", the bot's help). The same
message asked with its kommun ("Tranemo: Gör kommunen något …?") is what the resident means, and its answer is
the one a stranger gets who names it: so where the first answer lost the kommun, the message is asked again
with the kommun's name as a heading, the form residents write themselves ("Ale: vad lovar de?"), and that
answer is kept when it is about the kommun and no emergency's.

The general property read is not a word list of shapes but where the answer went: an answer about no kommun, or
one of the answers that are never about the entry (`LOST`), to a question (lexicon.asks) that named no place,
no county and no kommun, in a conversation about a kommun with an entry. Never for danger (the rules' words or
the model's 112 line): those answers stand as read. Never when the message asks across the kommuner in words
("vilka kommuner …", "alla", "andra") or asks what a word means ("vad är en lägesbild?").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import re

from bot.answering import absent, lexicon
from bot.answering.answer import Answer
from bot.answering.conversation import Conversation
from bot.answering.knowledge import Knowledge, Municipality
from bot.text import fold, genitive

if TYPE_CHECKING:
    from bot.answering.reading import Reading

# Answers that are never about a kommun's entry: a list across kommuner, a comparison, a definition, the bot's
# help or scope, a wish to send a concern, how to report, a refusal, "not understood".
LOST = frozenset({"cross", "in_force", "municipalities", "compare", "ranking", "glossary", "feedback", "out_of_scope",
                  "help", "refused", "unsure", "report", "not_understood"})
# What the message was read as, that may still be a question of the entry (not danger, thanks, greetings).
MAY_ASK = frozenset({"question", "unsure", "out_of_scope", "concern", "report", "help", "limit"})
# Words that ask across the kommuner or of the whole country, not of the one talked about.
ACROSS = frozenset({"kommuner", "kommunerna", "municipalities", "councils", "towns", "cities", "stader", "alla",
                    "andra", "ovriga", "other", "others", "all", "landet", "sverige", "sweden", "lan", "lanet",
                    "county", "counties", "overallt", "everywhere", "nationellt", "nationally"})
# Words that point at the kommun talked about ("deras", "kommunens", "där", "their", "there").
POINTING = frozenset({"kommunen", "kommunens", "dar", "deras", "dess", "their", "its", "there", "dom", "de", "they"})
# The definite endings of a Swedish noun: "lägesbilden", "samverkansavtalet", "medborgarlöftena".
DEFINITE = frozenset({"en", "et", "n", "t", "na", "arna", "erna", "orna", "ena"})
# The agreement's text asked about a subject ("vad står det om skadegörelse?", "står det något om äldre?", "hur
# beskrivs tryggheten?", "vad sägs om klotter?", "what does it say about graffiti?"): the kommun's words on it, never
# the word's definition, which "vad står X för?" asks.
_ABOUT_ITS_TEXT = re.compile(r"\b(?:(?:vad|hur) (?:star|stod|sags|sades|skrivs|skrevs|beskrivs|beskrevs|namns)"
                             r"(?: det)?(?: \w+)? om|star det (?:\w+ )?om|sags det (?:\w+ )?om|hur beskrivs"
                             r"|(?:what|anything) (?:does it|do they|is) (?:say|said|mention)\w*(?: \w+)? about)\b")
# A word asked as a word: "vad är en lägesbild?", "what is an action plan?".
INDEFINITE = frozenset({"en", "ett", "a", "an"})


def carried(r: Reading, before: Conversation, knowledge: Knowledge) -> Municipality | None:
    """The kommun a question leaves out because the conversation is about it, or None: no kommun with an entry
    talked about, a place or region named, danger read, no question asked, or a question across kommuner."""
    muni = knowledge.municipalities.get(before.municipality or "")
    if muni is None or r.rules is not None or not r.tokens:
        return None
    d = r.decision()
    if d.danger_first or d.action not in MAY_ASK:
        return None
    scan = r.scan
    if scan.mentions or scan.regions or scan.twins or scan.near_misses:
        return None
    toks = set(r.tokens)
    if toks & ACROSS or not lexicon.asks(r.text, r.tokens):
        return None
    if r.glossary is not None and lexicon.DEFINITION.found(r.norm) and toks & INDEFINITE:
        return None  # the word's meaning asked, which the definition answers
    return muni


def guessed_over(r: Reading, before: Conversation, knowledge: Knowledge) -> Municipality | None:
    """The kommun talked about, where a clause names no kommun but one guessed from a near spelling ("Hur länge
    gäller avtalet i Kinda? Vilket brott anmäls oftast …?": "anmäls" is near "Åmål"): the clause before named
    its kommun outright, which the clause leaves out as `carried` ones do. None without danger read, a kommun
    talked about, or when every kommun the clause names is no guess or the kommun talked about."""
    muni = knowledge.municipalities.get(before.municipality or "")
    if muni is None or r.rules is not None or not r.known or not all(m.fuzzy for m in r.known):
        return None
    return None if any(str(m.place.municipality_id) == muni.id for m in r.known) else muni


def of_the_entry(r: Reading) -> bool:
    """Whether a message with a glossary word asks the kommun's own thing, not the word: it points at the kommun
    ("deras brå", "står det i kommunens avtal?", "vad ökade där?") or writes the word in its definite form, this
    kommun's one ("vad kom fram i lägesbilden?"; "vad är brå?" asks the word)."""
    if set(r.tokens) & POINTING or _ABOUT_ITS_TEXT.search(r.norm):
        return True
    toks = fold(r.text).split()  # as written: the speller takes "lägesbilden" back to "lägesbild"
    written = [fold(w) for term in (r.glossary, *r.other_terms) if term is not None
               for w in (term.term, term.term_en, *term.aliases) if w]
    return any(t.strip(".,;:!?") != w and t.startswith(w) and t.strip(".,;:!?")[len(w):] in DEFINITE
               for t in toks for w in written if " " not in w)


def lost(answer: Answer, r: Reading, muni: Municipality) -> bool:
    """Whether an answer left the kommun behind: about no kommun, or one of the answers never of an entry (a
    definition only where the message asks the kommun's own thing)."""
    if answer.topic == "glossary":
        # "vad är BRÅ?", "vad gör ett kommunalråd?" ask the word; "vilka var med i medborgardialogen?" the kommun's.
        return of_the_entry(r) or not (lexicon.DEFINITION.found(r.norm) or set(r.tokens) & INDEFINITE)
    return answer.topic in LOST or answer.municipality != muni.id


def headed(muni: Municipality, asked: str) -> str:
    """The question with its kommun as a heading, as residents write it ("Tranemo: gör kommunen något …?")."""
    return f"{muni.name}: {asked}"


def kept(answer: Answer, r: Reading, muni: Municipality, first: Answer, read_first: Reading) -> bool:
    """Whether the answer to the headed question is the one meant: about the kommun, answered from its entry,
    and read with no danger (an emergency is never made by putting a name in). Not the kommun's overview, which
    the name alone gets ("Lund: vad tycker du om fotboll?"), where the message alone was read as out of scope ("anything
    that applies here?" is a question of the entry, and its overview answers it); nor, in place of a word's definition, an answer that does not hold the word ("vad står i
    åtgärdsplanen?" of an entry that names no such plan keeps the definition)."""
    d = r.decision()
    if answer.topic == "overview" and read_first.decision().action == "out_of_scope":
        return False
    if first.topic == "glossary" and r.glossary is not None and not _holds_the_word(answer, r) \
            and not _ABOUT_ITS_TEXT.search(r.norm):
        return False  # "vad står det om äldre och skadegörelse?" gets the kommun's words, and `noted` the word's absence
    return (answer.answered and answer.municipality == muni.id and answer.topic not in LOST
            and r.rules is None and not d.danger_first and d.action not in ("emergency", "situation"))


def _holds_the_word(answer: Answer, r: Reading) -> bool:
    """Whether the answer's text names the glossary term the message asked about: the term whole, which its
    inflected forms begin with ("åtgärdsplan" in "åtgärdsplanen"; "åtgärder" alone is not the plan)."""
    text = fold(answer.text)
    terms = [t for t in (r.glossary, *r.other_terms) if t is not None]
    return any(fold(w) in text for t in terms for w in (t.term, t.term_en, *t.aliases) if w)


def noted(answer: Answer, r: Reading, muni: Municipality) -> Answer:
    """The kommun's answer to what its text says of a glossary word ("vad står det om äldre och skadegörelse?"), with
    the word said to be absent first when the answer does not hold it, as a subject the agreement does not carry is."""
    if r.glossary is None or _holds_the_word(answer, r) or not _ABOUT_ITS_TEXT.search(r.norm):
        return answer
    word = r.glossary.term if r.language != "en" else (r.glossary.term_en or r.glossary.term)
    answer.text = f"{absent.note([word], {}, genitive(muni.name), muni.name, r.language)}\n\n{answer.text}"
    return answer
