"""A follow-up after help with one's own situation asks for that help again, not something new.

"Jag blev rånad i går kväll i Borlänge" gets who helps a victim (114 14, Brottsofferjouren); "vem kan jag prata med
om det?" or "vad ska jag göra nu?" after it asks the same, not who reads what is stored (privacy) or Borlänge's
agreement. The help answered last is kept in `Conversation.situation` (a situation of limits.SITUATION_LINES, or
REPORT for a crime to report); a short message that asks what to do or whom to turn to, names no kommun and reads
no danger, is read as that situation's again. After an answer about an agreement the same words ask for the
kommun's people (kommun_asks.contact), so any other answer forgets the situation.
"""

from __future__ import annotations

from bot.answering.conversation import Conversation
from bot.answering.decide import Decision
from bot.answering.lexicon import CueSet
from bot.answering.reading import Reading

REPORT = "report"  # a crime to report (Helping.report), kept as a situation is
# What to do, or whom to turn to, asked with no subject of its own ("om det" is the situation told).
NEXT_STEP = CueSet.of({3: (
    "vad ska jag gora", "vad gor jag", "vad kan jag gora", "vad bor jag gora", "vad gor man", "vad ska man gora",
    "vem kan jag prata med", "vem ska jag prata med", "vem kan jag ringa", "vem ska jag ringa", "vem ringer jag",
    "vart vander jag mig", "vart ska jag vanda mig", "vart kan jag vanda mig", "vem kan hjalpa", "vem hjalper",
    "vart ringer jag", "finns det nan att prata med", "finns det nagon att prata med", "finns det hjalp",
    "what should i do", "what do i do", "what can i do", "who can i talk to", "who should i talk to",
    "who do i call", "who should i call", "who can help", "where do i turn", "where can i turn", "where can i get help",
    "is there anyone i can talk to")})
# Longer than this, a message tells something new, which is read as written.
MOST_WORDS = 12


def asked_again(r: Reading, conversation: Conversation) -> Decision | None:
    """The decision of the last situation's help when the message asks for it again, or None."""
    if conversation.situation is None or r.rules is not None or r.known or r.unknown \
            or len(r.tokens) > MOST_WORDS or not NEXT_STEP.found(r.norm):
        return None
    decision = r.decision()
    if decision.action == "emergency" or decision.danger_first:
        return None
    if conversation.situation == REPORT:
        return Decision("report", "", decision.confidence)
    return Decision("situation", conversation.situation, decision.confidence)


def remember(conversation: Conversation, decision: Decision, answered_topic: str) -> None:
    """Keep the situation whose help was just given; any other answer forgets it."""
    if decision.action == "situation" and answered_topic == "help":
        conversation.situation = decision.kind
    elif decision.action == "report" and answered_topic == "report":
        conversation.situation = REPORT
    else:
        conversation.situation = None
