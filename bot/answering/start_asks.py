"""When a thing the agreement names starts or happens: "När börjar Motala med medborgarenkäten?", "När kommer
Olofström igång med lägesbildsarbetet?", "when will the reporting to the board happen in Hammarö?".

Read as the agreement's period these lost the answer, which the entry's own sentence gives in a time phrase of
its own ("hösten 2024", "under sommaren", "varje sommar", "i maj 2023", "since spring 2020"). A message asks this
when it opens with "när"/"when" (after a kommun's heading, perhaps), has a verb of starting or happening, and names
something beyond the agreement itself: "när börjar avtalet gälla?" and "when does the promise end?" stay the
period's. The sentence is the one the question's own words pick among those with a time phrase; none picked, the
period answers as before (framed_sentences.py returns nothing).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from bot.answering.common_words import STOPWORDS
from bot.answering.intents import PLACE
from bot.answering.lexicon import AGREEMENT_STEMS
from bot.text import fold

_WHEN = frozenset(("nar", "when"))
# A verb of starting or happening (folded tokens).
_STARTING = frozenset(("borjar", "borja", "startar", "starta", "startas", "igang", "sker", "ske", "blir",
                       "genomfors", "genomforas", "hander", "planeras", "planerad", "planerat", "kommer", "ska",
                       "skall", "start", "starts", "begin", "begins", "happen", "happens", "planned", "held", "will",
                       "take", "takes", "place", "done", "carried"))
# The words of the frame itself, and of the agreement's own time ("gälla", "upphöra", "end"): never its subject.
_FRAME = _WHEN | _STARTING | frozenset((
    "med", "with", "det", "den", "de", "it", "they", "does", "is", "are", "was", "the", "a", "an", "with", "of",
    "galla", "galler", "gallde", "upphor", "upphora", "slutar", "sluta", "ut", "end", "ends", "expire", "expires",
    "valid", "force", "signed", "undertecknat", "undertecknad", "skrevs", "skrev", "under", "tecknades", "ny", "nytt",
    "nya", "new", "next", "nasta", "first", "forsta", "egentligen", "exakt", "exactly", "man", "de", "dom", "igen"))
_MONTHS_SV = "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"
_MONTHS_EN = "january|february|march|april|june|july|august|september|october|november|december"
# A time phrase in a sentence (folded): a season or a month with a year, a season "under"/"during", "varje"/"every"
# season, a month after "i"/"under"/"från"/"in".
TIMED = re.compile(
    r"\b(?:(?:varen|hosten|sommaren|vintern|host|sommar|vinter|spring|autumn|summer|winter|fall)\s+(?:of\s+)?20\d\d"
    r"|(?:under|inför|infor)\s+(?:varen|hosten|sommaren|vintern|sommarlovet|julen)"
    r"|(?:during|in)\s+the\s+(?:spring|autumn|summer|winter)"
    r"|(?:varje|every)\s+(?:var|host|sommar|vinter|sommarlov|jul|spring|autumn|summer|winter)"
    rf"|(?:{_MONTHS_SV}|{_MONTHS_EN}|may)\s+20\d\d"
    rf"|(?:i|under|fran|till|in|during|from|by)\s+(?:{_MONTHS_SV}|{_MONTHS_EN}))\b")


def asked(toks: Sequence[str], masked: Sequence[str]) -> bool:
    """Whether a message asks when a thing the agreement names starts or happens (its folded tokens, and the
    same with places masked)."""
    opening = [t for t in masked[:4] if t != PLACE]
    if not opening or opening[0] not in _WHEN or not set(toks) & _STARTING:
        return False
    return bool(subject(masked))


def subject(masked: Sequence[str]) -> list[str]:
    """The question's words that name what starts or happens: not the frame's nor the agreement's."""
    return [t for t in masked if t != PLACE and t not in _FRAME and t not in STOPWORDS and len(t) > 2
            and not t.isdigit() and not t.startswith(AGREEMENT_STEMS)]


@lru_cache(maxsize=16384)
def timed(sentence: str) -> bool:
    """Whether a sentence holds a time phrase of its own ("hösten 2024", "under sommaren", "varje sommar")."""
    return TIMED.search(fold(sentence)) is not None
