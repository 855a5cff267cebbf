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

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from bot.answering import absent, entry_detail, lexicon
from bot.answering.answer import Answer
from bot.answering.conversation import Conversation
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


def answer(d: Decision, r: Reading, muni: Municipality | None, conversation: Conversation, found: Passages,
           today: dt.date, ask: Callable[[], Answer]) -> Answer | None:
    """The entry's answer to a message read as a limit or a concern that asks what `muni`'s entry holds: a
    time asked of a thing it names is its sentence that says when (entry_detail.timed); else `ask()`, the
    question's own answer. None when the message is no such question."""
    if not _asks_of(d, r, muni):
        return None
    assert muni is not None
    timed = entry_detail.timed(found, muni, r, conversation, today)
    if timed is not None:
        return timed
    asked = question(r.text, r.tokens, r.masked, r.terms)
    subject = found.specific([t for t in asked.subject if not lexicon.is_cue_word(t)])
    if subject and found.answering(muni.id, [*r.masked, *subject], r.language, subject=subject):
        return ask()
    if d.action != "limit":
        return None
    # A yes-or-no question of a subject one of whose parts the entry holds: "not mentioned", and what it says.
    words = absent.subject(r.text, frozenset(r.tokens[i] for i in r.scan.used))
    held = found.stems_in_both(muni.id)
    return ask() if words and any(absent.part_held(w, held) for w in words) else None


def _asks_of(d: Decision, r: Reading, muni: Municipality | None) -> bool:
    """A limit or a concern the rules name nothing of, asked of one kommun with an entry, with no word of the
    resident's own and no danger; a concern only when a question word opens it."""
    if d.action not in _READ_AS or muni is None or not muni.agreements or r.rules is not None or r.limit is not None:
        return False
    if FIRST_PERSON & set(r.written) or not lexicon.asks(r.text, r.tokens):
        return False
    if len({m.place.municipality_id for m in r.known}) > 1 or r.unknown:
        return False
    return d.action != "concern" or (bool(r.tokens) and r.tokens[0] in _QUESTION_OPENERS)
