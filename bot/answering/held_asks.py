"""A question about one kommun's agreement that the model reads as something the bot cannot answer, or as
something to tell the kommun, while the kommun's own entry holds what it asks.

The model learnt "limits" from questions about coming dates, opinions and one's own case ("Kommer polisen
att komma om jag ringer?", "Blir det tryggare?"), and it reads many plain questions about what an agreement
does in those frames: "Kommer polisen att patrullera till fots i X?", "Ordnar X vandringar på natten?",
"Kommer X att sätta upp fartkameror?". Its "concern" is learnt from residents telling of a place or a time,
and it reads "när brukar ungdomarna hänga vid skolan i X?" so. Neither reading is wrong in its frame; what
tells these apart is the entry itself: when the sentences of the kommun asked about hold the question's own
subject (passages.py, the same threshold a detail answer needs), it is a question about the agreement, and
the entry answers it. A yes-or-no question about a subject the entry does not hold as such, though one of
its parts is an entry word ("fartkameror" where the entry has "kamerabevakning"), is one too: the answer
says it is not mentioned (absent_first.py) rather than that the bot holds no such facts at all.

Only where the rules name no limit (statistics, money, a ranking: those keep their own answers), where the
resident tells nothing of their own ("jag", "min") and no danger is read, and only for the kommun named
(or talked about) with an entry.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.answering import absent, lexicon
from bot.answering.entry_detail import FIRST_PERSON
from bot.answering.knowledge import Municipality
from bot.answering.passages import Passages, question

if TYPE_CHECKING:
    from bot.answering.decide import Decision
    from bot.answering.reading import Reading

# The readings of the model that such a question falls into.
_READ_AS = frozenset(("limit", "concern"))
# Words a question opens with: a concern is asked about only in these (a resident telling "det är stökigt vid
# torget på kvällarna" asks nothing).
_QUESTION_OPENERS = frozenset(("nar", "var", "vilka", "vilken", "vilket", "hur", "vem", "vad", "when", "where",
                               "which", "who", "how", "what"))


def asks_the_entry(d: Decision, r: Reading, muni: Municipality | None, found: Passages) -> bool:
    """Whether the message, read as a limit or a concern, asks what `muni`'s entry holds."""
    if d.action not in _READ_AS or muni is None or not muni.agreements or r.rules is not None or r.limit is not None:
        return False
    if FIRST_PERSON & set(r.written) or not lexicon.asks(r.text, r.tokens):
        return False
    if len({m.place.municipality_id for m in r.known}) > 1 or r.unknown:
        return False
    if d.action == "concern" and r.tokens[:1] and r.tokens[0] not in _QUESTION_OPENERS:
        return False  # a concern asked only by a question word: "det är stökigt där, gör ni något?" tells
    asked = question(r.text, r.tokens, r.masked, r.terms)
    subject = found.specific([t for t in asked.subject if not lexicon.is_cue_word(t)])
    if subject and found.answering(muni.id, [*r.masked, *subject], r.language, subject=subject):
        return True
    if d.action != "limit":
        return False
    # A yes-or-no question of a subject one of whose parts the entry holds: "not mentioned", and what it says.
    words = absent.subject(r.text, frozenset(r.tokens[i] for i in r.scan.used))
    held = found.stems_in_both(muni.id)
    return bool(words) and any(absent.part_held(w, held) for w in words)
