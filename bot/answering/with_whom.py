"""Whom the kommun and the police work with on one thing: "vem samarbetar Osby med om grannsamverkan?",
"who does Jönköping partner with for EST?", "samarbetar polisen med soc i narkotikaarbetet?".

The parties' answer names the agreement's parties; a partner named for one piece of work stands in that
work's sentence ("… tillsammans med Länsförsäkringar Göinge-Kristianstad …", "EST tillsammans med
Vätterhem"). So a question of the parties that also names a thing of its own is answered with the parties
and, below them, the entry's sentences on that thing (passages.py), quoted with their source. The words
that ask who works with whom are left out of what picks the sentence: they would pick any sentence
saying "samverkan".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.answering.knowledge import Municipality
from bot.answering.passage_index import stem
from bot.answering.passage_kinds import Passage
from bot.answering.passages import Passages, Question
from bot.text import fold

NEAR = 0.5  # a sentence saying with whom, this close to the best one on the thing, is quoted first
_NOT_THE_WORK = ("party", "partner", "signing", "quote", "contact")  # a partner's note: the parties list it already
# How a sentence names whom the work is done with (folded).
_TOGETHER = re.compile(r"\b(?:tillsammans med|i samverkan med|i samarbete med|samverkar med|samarbetar med|"
                       r"together with|in cooperation with|with)\b")

# The words of the parties' own question (folded), whatever else it asks about.
_ASKING_WHOM = frozenset(stem(w) for w in (
    "samarbetar", "samarbete", "samarbeta", "samverkar", "samverka", "samverkan", "partner", "partners", "parter",
    "part", "aktorer", "aktor", "deltar", "delta", "jobbar", "arbetar", "involverade", "organisationer",
    "organisation", "vilka", "vem", "kommunen", "polisen", "kommun", "polis", "cooperate", "cooperates",
    "partner", "partners", "work", "works", "working", "together", "involved", "parties", "party",
    "organisations", "organizations", "police", "municipality", "upplysning", "onskar", "undrar", "tillsammans"))


def on_the_thing(found: Passages, muni: Municipality, asked: Question | None, subject: Sequence[str],
                 language: str) -> list[tuple[float, Passage]]:
    """The sentences on the thing the parties' question names besides whom, best first; [] when it
    names nothing else or no sentence is close enough."""
    if asked is None:
        return []
    thing = [w for w in found.specific(subject) if stem(w) not in _ASKING_WHOM and not w.isdigit()]
    if not thing:
        return []
    chosen = [(score, p) for score, p in found.answering(muni.id, asked.masked, language, subject=thing)
              if p.kind not in _NOT_THE_WORK]
    if not chosen or any(_TOGETHER.search(fold(p.text)) for _, p in chosen):
        return chosen
    # Of the sentences on the thing (ranked by the thing's words alone), the one that says with whom
    # ("… ska tillsammans med förenings- och näringsliv …"), before a title or a basis that only names it.
    on_thing = [(score, p) for score, p in found.rank(muni.id, thing, language) if p.kind not in _NOT_THE_WORK]
    best = on_thing[0][0] if on_thing else 0.0
    together = [(score, p) for score, p in on_thing if score >= NEAR * best and _TOGETHER.search(fold(p.text))]
    return [together[0], *[(s, p) for s, p in chosen if p is not together[0][1]][:1]] if together else chosen
