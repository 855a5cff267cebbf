"""A switch of kommun that keeps what was asked: the aspect AND the agreement (its kind, and its year when one was
said). "Vad är fokus i Åtvidabergs medborgarlöfte 2024?" then "och Åsele samma period?", "samma sak för Ånge?",
"och Orusts löfte då?", "and Överkalix that year?" ask Åsele's (Ånge's, …) focus of its medborgarlöfte of 2024.

Answered as a follow-up of the aspect alone, the switch lost the agreement asked ("samma period" even read as the
period asked), so another year's agreement, or every agreement, was answered. The message stands for the last
question asked again of the other kommun, so it is asked as that question, written out with the agreement's kind
and year ("Vad är fokus i Åseles medborgarlöfte 2024?"); its answer is the one a stranger gets who asks so: that
agreement's aspect, or that the kommun has none of that kind or year and which ones it has (years_asked.py).

Only when the resident named the agreement before (its kind, perhaps its year: `Conversation.agreement_said`), the
last aspect is one of the agreement's (its focus, its period, who signed it), and the message names one other
kommun with an entry and nothing else besides words of sameness, of time and of the agreement's kind.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.answering import shared_agreements
from bot.answering.conversation import Conversation
from bot.answering.followup import AGREEMENT_KINDS
from bot.answering.knowledge import Knowledge
from bot.answering.municipality_answers import AGREEMENT_WORD, FOLLOW_UP_MARKERS, YEAR
from bot.answering.same_asks import SAMENESS
from bot.text import genitive

if TYPE_CHECKING:
    from bot.answering.reading import Reading

# Words that point at the time asked before ("samma period", "samma år", "that year", "the same time"), at how it
# looks ("hur ser det ut för …?"), and a genitive's "s" written apart ("Vänersborg's"): none asks a thing of its own.
POINTING = frozenset(("period", "perioden", "perioder", "ar", "aret", "year", "years", "that", "tid", "tiden", "time",
                      "ser", "ut", "look", "looks", "like", "the", "s", "there", "dar", "deras", "their", "its"))
MAX_WORDS = 10
KIND_WORDS = {"medborgarlofte": ("medborgarlöfte", "citizen promise"),
              "samverkansoverenskommelse": ("samverkansöverenskommelse", "cooperation agreement")}
# The last question written out, by its aspect: {bg} the kommun's genitive, {b} its name, {kind}, {year} (" 2024"
# or ""; in English " from 2024").
ASKED = {"focus": ("Vad är fokus i {bg} {kind}{year}?", "What are the focus areas of {b}'s {kind}{year}?"),
         "overview": ("Vad är fokus i {bg} {kind}{year}?", "What are the focus areas of {b}'s {kind}{year}?"),
         "period": ("När går {bg} {kind}{year} ut?", "When does {b}'s {kind}{year} end?"),
         "people": ("Vilka skrev under {bg} {kind}{year}?", "Who signed {b}'s {kind}{year}?")}


def asked(r: Reading, conversation: Conversation, knowledge: Knowledge) -> str | None:
    """The question the switch stands for, written out of the other kommun; None for any other message."""
    last = knowledge.municipalities.get(conversation.municipality or "")
    if last is None or not conversation.agreement_said or r.rules is not None or conversation.topic not in ASKED:
        return None
    if shared_agreements.asks_if_shared(r.norm):
        return None  # "gäller det också i Kungsör?": whether it is shared, first (shared_agreements.py)
    if conversation.topic == "people" and conversation.role is not None:
        return None  # "Vem är kommunpolis …?" then "och i Ånge?": the role's holder (municipality_answers.py)
    agreement = next((a for a in last.agreements if a.id == conversation.agreement), None)
    named = {m.place.municipality_id for m in r.known}
    if agreement is None or len(named) != 1 or last.id in named or r.unknown or len(r.tokens) > MAX_WORDS:
        return None
    other = knowledge.municipalities.get(str(next(iter(named))))
    if other is None or not other.agreements:
        return None
    rest = [t for i, t in enumerate(r.tokens) if i not in r.scan.used]
    if any(YEAR.fullmatch(t) for t in rest):
        return None  # "och Åsele 2023?": a year of its own (years_asked.py)
    if any(t not in FOLLOW_UP_MARKERS and t not in SAMENESS and t not in POINTING and not AGREEMENT_WORD.fullmatch(t)
           for t in rest):
        return None
    kinds = [kind for kind, cues in AGREEMENT_KINDS.items() if cues.found(r.norm)]
    kind = kinds[0] if len(kinds) == 1 else agreement.kind
    year = conversation.year if kind == agreement.kind else None
    english = r.language == "en"
    when = "" if year is None else (f" from {year}" if english else f" {year}")
    template = ASKED[conversation.topic][english]
    return template.format(b=other.name, bg=genitive(other.name), kind=KIND_WORDS[kind][english], year=when)
