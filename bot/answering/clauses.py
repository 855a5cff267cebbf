"""Several questions in one message, each answered in order, in one reply.

    "Två frågor om Burlöv: vem är kommunstyrelsens ordförande och när går avtalet ut?"
        ──► split ──► ["Två frågor om Burlöv: vem är kommunstyrelsens ordförande", "när går avtalet ut?"]
        ──► each clause answered in turn against one conversation (the second keeps the first's
            municipality, county or people, as a follow-up would) ──► one Answer

A message is taken apart only when the whole of it reads as a question (an emergency never is) and
every clause gets an answer of its own: a clause that alone asks nothing ("och vad gör hen?" with
nobody named before) keeps the message whole, and so do clauses that would answer the same (the
same aspect of the same municipality).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from bot.answering.answer import Answer
from bot.answering.conversation import Conversation
from bot.text import tokens

QUESTION_WORDS = (r"hur|vad|vem|vilka|vilken|vilket|när|nar|var|varför|varfor|finns|gäller|galler|"
                  r"how|what|who|which|when|where|why|is|are|does|do")
# Where a second question starts: after a question mark; "och"/"samt"/"and"/"plus", a comma or a
# semicolon before a question word ("…, och när går det ut?", "; vem skrev under?").
_BREAK = re.compile(
    rf"(?<=\?)\s+|\s*[;]\s*|\s*,?\s+(?:och|samt|plus|and|also)\s+(?=(?:{QUESTION_WORDS})\b)"
    rf"|\s*,\s+(?=(?:{QUESTION_WORDS})\b)", re.IGNORECASE)
# A clause asks something: a question mark, a question word anywhere, or a verb first ("Finns det …").
ASKING_WORDS = frozenset({"hur", "vad", "vem", "vilka", "vilken", "vilket", "nar", "varfor", "how", "what",
                          "who", "which", "when", "where", "why"})
ASKING_FIRST = frozenset({"var", "finns", "galler", "har", "kan", "ar", "is", "are", "does", "do", "can", "has"})
MAX_CLAUSES = 4  # more than this is a list of words, not of questions
# Answers that say the clause was not understood on its own: the message is then read whole.
# The list of every municipality answers a clause whose subject was in the one before ("… och
# vilka kommuner har ett?"): read whole, the message names it.
NOT_AN_ANSWER = frozenset({"out_of_scope", "suggest", "unsure", "greeting", "thanks", "municipalities"})
SOURCE_PREFIXES = ("Källa: ", "Källor: ", "Source: ", "Sources: ")

R = TypeVar("R")


def split(text: str) -> list[str]:
    """The clauses of a message, each with some words in it; one clause when it asks one thing."""
    parts = [p.strip() for p in _BREAK.split(text)]
    return [p for p in parts if p and any(c.isalnum() for c in p)]


def asks(clause: str) -> bool:
    """Whether a clause asks something ("Jag bor i Lund" before ", vad gör de?" does not)."""
    words = tokens(clause)
    return "?" in clause or bool(words) and (words[0] in ASKING_FIRST or any(w in ASKING_WORDS for w in words))


def answer_each(text: str, conversation: Conversation, read: Callable[[str, Conversation], R],
                answer: Callable[[R, Conversation], Answer]) -> Answer | None:
    """Each clause answered in turn, as one answer; None when the message is one question (or a
    clause alone asks nothing). `conversation` is updated only when the clauses are answered."""
    clauses = split(text)
    if not 2 <= len(clauses) <= MAX_CLAUSES or not all(map(asks, clauses)):
        return None
    trial = conversation.copy()
    answers: list[Answer] = []
    for clause in clauses:
        result = answer(read(clause, trial), trial)
        if not _stands_alone(result) or any(_same(result, a) for a in answers):
            return None
        answers.append(result)
    conversation.__dict__.update(trial.__dict__)
    return combine(answers)


def _same(one: Answer, other: Answer) -> bool:
    """Two clauses answered alike: the same text, or the same aspect of the same municipality
    ("Finns det en kommunpolis i Vellinge, vem?" asks one thing twice)."""
    return one.text == other.text or (one.municipality is not None and
                                      (one.municipality, one.topic) == (other.municipality, other.topic))


def _stands_alone(answer: Answer) -> bool:
    """An answer of its own: not "what do you mean?", nor "which municipality?"."""
    if answer.topic in NOT_AN_ANSWER:
        return False
    clarifying = not answer.answered and answer.municipality is None and not answer.sources \
        and answer.topic not in ("unknown_municipality", "case", "limits")
    return not clarifying


def combine(answers: list[Answer]) -> Answer:
    """The answers as one, in order; a source line said by the next answer too is said once, last."""
    texts = [a.text for a in answers]
    for i in range(len(texts) - 1):
        head, _, last = texts[i].rpartition("\n\n")
        if head and last.startswith(SOURCE_PREFIXES) and texts[i + 1].rstrip().endswith(last):
            texts[i] = head
    first = answers[0]
    sources = list({tuple(sorted(s.items())): s for a in answers for s in a.sources}.values())
    return Answer(all(a.answered for a in answers), next((a.municipality for a in answers if a.municipality), None),
                  first.topic, "\n\n".join(texts), sources=sources, language=first.language,
                  follow_ups=answers[-1].follow_ups)
