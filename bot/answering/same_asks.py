""""Har Ockelbo lovat samma?", "gäller samma löfte i Gislaved?", "samma fråga om Knivsta", "same for Nässjö?":
the last question asked again of another kommun.

A word of sameness points back at what was asked: the aspect (who signed, when, the promises) and the subject
(drugs, traffic) of the last answer. Beside it, the message names the kommun that changes and may say the
agreement's own verbs ("lovat", "gäller", "löfte"), which are no new subject. Read word by word, "samma" was
taken for a subject of its own ("Samma nämns inte i Ockelbos överenskommelse"), and any verb beside it made
the message more than "och Ockelbo?", so the last aspect was lost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.answering import common_words
from bot.answering.conversation import Conversation

if TYPE_CHECKING:
    from bot.answering.reading import Reading

SAMENESS = frozenset(("samma", "same", "likadant", "likadan", "likadana", "liknande", "detsamma", "densamma",
                      "desamma", "similar"))
OWN_ASPECT = 3  # a cue this strong asks an aspect of its own ("samma sak i Ljusdal, vem skrev under där?")
# Aspects a sameness word may stand beside without asking them: the promise itself ("lovat samma", "samma löfte").
_OF_THE_PROMISE = ("focus", "overview")
MAX_WORDS = 12


def without_sameness(terms: list[str]) -> list[str]:
    """The message's subject terms, without the words of sameness, which point back and are no subject, and
    without the plain words of either language ("have", "gör"), which the index may keep as terms."""
    return [t for t in terms if t not in SAMENESS and t not in common_words.STOPWORDS
            and t not in common_words.ENGLISH_WORDS and t not in common_words.SWEDISH_WORDS]


def asked(r: Reading, conversation: Conversation, topics: tuple[str, ...]) -> bool:
    """The message asks the last question (of `topics`, the kommun aspects) again, of another kommun it names."""
    if conversation.topic not in topics or conversation.municipality is None or len(r.tokens) > MAX_WORDS:
        return False
    named = {m.place.municipality_id for m in r.known}
    if len(named) != 1 or conversation.municipality in named or r.unknown:
        return False
    if not SAMENESS & set(r.tokens) or without_sameness(r.terms):
        return False
    score = r.topic_scores.get(r.topic or "", 0)
    return r.topic is None or r.topic == conversation.topic or r.topic in _OF_THE_PROMISE or score < OWN_ASPECT
