"""Words that place an agreement before or after the one just talked about: "och innan dess?", "och förra
gången?", "och nästa?", "and the one before that?", "och den som ersatte den?", "och det senaste då?".

Kept apart from the answers (earlier.py, neighbours.py) so that the reading, which decides on danger before
any answer is chosen, can see that such a follow-up goes on with the talk: the model, which has seen few lines
of two or three words, read danger in "och innan dess?" and in "och året innan?" and opened with 112.

The direction is read from the turn's folded words, not from whole phrases: an order word ("före",
"nästa", "nyare", "ersatte", "following", "latest") said of what the talk was about: an agreement's name, a
pronoun or "one" ("den som ersatte den", "the one before that"), a year ("året innan"), or nothing else
("och senare?").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

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

# Order words by direction (folded). "before"/"earlier" words say older than the agreement talked about,
# "after"/"newer" words younger, "latest" words the newest of all.
# Not "äldre", "gamla": "finns det något för äldre?" asks of the elderly (earlier.py reads "det gamla avtalet").
BEFORE = frozenset(("fore", "innan", "tidigare", "forra", "foregaende", "forut",
                    "dessforinnan", "forst", "foregangare", "foregangaren", "before", "predecessor", "previous", "earlier", "prior", "older", "preceding", "former"))
AFTER = frozenset(("efter", "nasta", "senare", "nyare", "nya", "nye", "foljande", "foljde", "foljer", "efterfoljande",
                   "ersatte", "ersatt", "ersatts", "ersattes", "eftertradare", "eftertradaren", "successor", "darefter", "darpa", "next", "after", "later", "newer",
                   "new", "following", "followed", "follows", "replaced", "succeeded", "subsequent", "afterwards"))
LATEST = frozenset(("senaste", "nuvarande", "aktuella", "aktuelle", "gallande", "nyaste", "latest", "current",
                    "newest", "recent"))
# What an order word is said of when it places an agreement: the agreement itself (any word of its stems), a
# pointing word or "one", or a period. "än så", "than that", "som kom efter" point back as well.
_POINTING = frozenset(("det", "den", "dess", "dem", "sa", "that", "this", "it", "one", "ones", "those", "kom",
                       "came", "come", "ut", "perioden", "period"))
_AGREEMENT_STEMS = ("avtal", "overenskommels", "samverkansoverenskommels", "lofte", "medborgarlofte", "agreement",
                    "promise", "samverkansavtal")
# A year placed by an order word after it ("året innan", "the year after", "the following year") is the
# agreement's neighbour; "förra året", "next year", "last year" are the calendar's, never an agreement's.
_YEARS = frozenset(("ar", "aret", "year", "years", "aren"))
_CALENDAR = frozenset(("forra", "nasta", "next", "last", "previous", "senaste", "this", "detta"))
_NEAR = 3  # how far from its order word the agreement, pronoun or year may stand


# What may follow an order word that places an agreement: the end, a pronoun or "one", the agreement, "än så",
# or the next question ("och den nya, hur länge gäller den?"). Any other word is what the order word is said of
# ("det senaste brottet", "efter skolan", "nästa vecka"): not an agreement.
_QUESTION_WORDS = frozenset(("vad", "hur", "vem", "vilka", "vilken", "vilket", "nar", "var", "what", "how", "who",
                             "which", "when", "where", "an", "than", "da", "then", "sa", "som", "that", "to"))


def _said_of(toks: list[str], i: int) -> bool:
    """Whether the order word at `i` is said of an agreement, a pronoun for one, or a year placed by it."""
    after = toks[i + 1] if i + 1 < len(toks) else ""
    if after and not (after in _JOINING or after in _POINTING or after in _YEARS or after in _QUESTION_WORDS
                      or after.startswith(_AGREEMENT_STEMS)):
        return False
    near = toks[max(0, i - _NEAR):i] + toks[i + 1:i + 1 + _NEAR]
    if any(t.startswith(_AGREEMENT_STEMS) or t in _POINTING for t in near):
        return True
    if toks[i] in _CALENDAR:
        return False
    return any(t in _YEARS for t in near)


def direction(toks: list[str]) -> str | None:
    """"before", "after" or "latest" when a turn places an agreement by its order ("och den som ersatte den?",
    "the one before that", "och året innan?", "och senare?", "det senaste"); None when no order word is said
    of an agreement (the resident's own "innan jag flyttade" is ruled out by the callers)."""
    found: list[str] = []
    for i, t in enumerate(toks):
        kind = "before" if t in BEFORE else "after" if t in AFTER else "latest" if t in LATEST else None
        if kind is None:
            continue
        alone = all(u in _JOINING or u in BEFORE | AFTER | LATEST for u in toks)  # "och senare?", "och dessförinnan?"
        if alone or _said_of(toks, i):
            found.append(kind)
    kinds = set(found)
    if len(kinds) != 1:
        return "latest" if kinds == {"latest", "after"} else None  # "det senaste nya": the newest; both ways: unsure
    return found[0]


def points_along(norm: str, toks: list[str]) -> bool:
    """A short follow-up that asks only of the agreement before or after the one talked about: "och innan
    dess?", "och nästa?", "och förra gången?", "and the one before that?", "och året innan?"."""
    if len(toks) > MAX_WORDS:
        return False
    found = [m for rx in (BEFORE_THAT, AFTER_THAT) for m in rx.finditer(norm)]
    said = {t for m in found for t in m.group(0).split()}
    if found and all(t in said or t in _JOINING for t in toks):
        return True
    # A few words, each an order word, a year or pronoun it places, or a joining word ("och året innan?",
    # "och tidigare än så?", "och den som ersatte den?").
    placing = BEFORE | AFTER | LATEST | _YEARS | _POINTING | {"an", "than", "som", "that", "which"}
    return direction(toks) is not None and all(t in _JOINING or t in placing for t in toks)


def placing_words() -> frozenset[str]:
    """Every word that only places an agreement in order or points at it ("newer", "one", "året", "än så"):
    none is a subject to look for in the agreement's text, nor an aspect asked ("the following year")."""
    return BEFORE | AFTER | LATEST | _POINTING | _YEARS | _JOINING | _QUESTION_WORDS


# "det nya löftet", "the new promise", "det gamla avtalet": a word that picks the agreement by its age, written
# before it, says which agreement, never what to look for in its text ("nya nattvandrargrupper").
_AGE = BEFORE | AFTER | LATEST | frozenset(("ny", "nytt", "gamla", "gammal", "gamle", "old"))


# Whose or which agreement an age word without its noun stands for ("i sin nya", "in their new one", "det senaste").
_OWNING = frozenset(("sin", "sitt", "sina", "deras", "dess", "den", "det", "de", "their", "its", "the"))


def picking(toks: Sequence[str]) -> set[int]:
    """The places of the words that pick an agreement by its age, written just before it ("det nya löftet"), or
    standing for it after an owner, at the message's end or before "one" ("i sin nya?", "in their new one?")."""
    before_it = {i for i, t in enumerate(toks[:-1]) if t in _AGE and toks[i + 1].startswith(_AGREEMENT_STEMS)}
    for_it = {i for i, t in enumerate(toks) if t in _AGE and i > 0 and toks[i - 1] in _OWNING
              and (i + 1 == len(toks) or toks[i + 1] in ("one", "ones"))}
    return before_it | for_it | {i + 1 for i in for_it if i + 1 < len(toks)}
