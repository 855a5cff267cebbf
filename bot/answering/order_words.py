"""Words that place an agreement before or after the one just talked about: "och innan dess?", "och förra
gången?", "och nästa?", "and the one before that?".

Kept apart from earlier.py (which answers them) so that the reading, which decides on danger before any
answer is chosen, can see that such a follow-up goes on with the talk: the model, which has seen few lines
of two or three words, read danger in "och innan dess?" and opened with 112.
"""

from __future__ import annotations

import re

# "before that", "innan dess", "dessförinnan", "förra gången", "last time": earlier than the agreement just
# answered, said without naming it ("förra gången" is the last time they agreed, in a follow-up that names
# nothing else; the resident's own past is ruled out by the caller).
BEFORE_THAT = re.compile(r"\b(?:before (?:that|then|it)|prior to that|innan dess|dessforinnan|fore det|innan det"
                         r"|fore dess|(?:forra|foregaende) gangen|(?:the )?(?:last|previous) time)\b")
# "efter det", "nästa", "the next one", "sen då": after the agreement just answered.
AFTER_THAT = re.compile(r"\b(?:efter (?:det|dess)|darefter|sedan dess|nasta|nastkommande|senare|after (?:that|it)"
                        r"|(?:the )?next(?: one)?|later(?: one)?|following one)\b")
# Words that join a follow-up on and say nothing of their own ("och … då?", "and …?").
_JOINING = frozenset(("och", "da", "then", "and", "what", "about", "sa", "men", "but", "the", "one", "det", "den",
                      "lofte", "loftet", "avtalet", "overenskommelsen", "agreement", "promise"))
MAX_WORDS = 6  # "och det innan dess då?": a few words; a longer message tells something of its own


def points_along(norm: str, toks: list[str]) -> bool:
    """A short follow-up that asks only of the agreement before or after the one talked about: "och innan
    dess?", "och nästa?", "och förra gången?", "and the one before that?"."""
    if len(toks) > MAX_WORDS:
        return False
    found = [m for rx in (BEFORE_THAT, AFTER_THAT) for m in rx.finditer(norm)]
    if not found:
        return False
    said = {t for m in found for t in m.group(0).split()}
    return all(t in said or t in _JOINING for t in toks)
