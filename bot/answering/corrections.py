"""A resident who names one kommun and then takes it back: what is asked is of the kommun meant.

    "Vem skrev under i Timrå? Nej förresten, jag menar Ånge – och vilka år gäller det?"
        ──► "Vem skrev under i Ånge? och vilka år gäller det?"
    "Vad är Sölvesborgsmodellen? Nej förresten, jag menar Bromölla – vilka fokusområden har de?"
        ──► "Bromölla: vilka fokusområden har de?"
    "vem skrev på i kävlinge, nej förresten lomma menar jag"  ──► "vem skrev på i lomma"

A correction is read by its shape, not by phrases: a short part of the message that asks nothing of its own
and names a kommun, with a verb of meaning in it ("menar", "menade", "meant") or a retraction (a part that
opens with "nej"/"no", or says it was wrong: "fel", "rättelse"). With a verb of meaning alone it corrects only
when another kommun was named before it. The question before the correction is asked again of the kommun meant
when what follows adds to it ("och …", "and …") or asks nothing; when what follows asks on its own, it replaces
what was taken back. Read once at the door (Engine.answer), before any other step reads the message.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.text import fold, tokens

# Verbs of meaning: "jag menar Ånge", "Vingåker menade jag", "I meant Kalix".
MEANT = frozenset(("menar", "menade", "mente", "menas", "mean", "meant", "meaning"))
# What makes "menar" something else than a correction: "menar att …" (thinks that), "vad menar Lund med …".
_NOT_MEANT_AFTER = frozenset(("att", "that", "med", "by", "du", "you", "ni", "de", "dom"))
# A retraction: a part opening with a no, or one saying something was wrong.
NO = frozenset(("nej", "na", "nae", "neh", "nope", "no", "nix"))
WRONG = frozenset(("fel", "felskrivet", "felskrivning", "rattelse", "rattning", "wrong", "correction", "typo",
                   "oops", "hoppsan", "misstag", "mistake"))
# An ask that adds to the one before ("… – och vilka år gäller det?", "And what are their focus areas?").
ADDING = frozenset(("och", "o", "samt", "plus", "sen", "sedan", "ocksa", "aven", "and", "also", "then", "plus"))
_BEFORE_NO = frozenset(("eller", "elr", "or", "ah", "aa", "ah", "ahh", "ahm", "oj", "oh", "ops", "hm", "hmm", "asso", "alltsa"))
MAX_WORDS = 8  # a correction is short; a longer part tells or asks something of its own
_BREAK = re.compile(r"[.?!;:,\n]+|\s[-–—]+\s|[–—]")
_CUE_WORDS = MEANT | NO | WRONG


@dataclass(frozen=True)
class Named:
    """A kommun a part names: its id (or name, for one without an entry), its name and how it was written."""

    key: str
    name: str
    written: tuple[str, ...]


def _parts(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each part between punctuation or a dash."""
    spans, at = [], 0
    for m in _BREAK.finditer(text):
        spans.append((at, m.start()))
        at = m.end()
    spans.append((at, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _shape(words: list[str]) -> tuple[bool, bool]:
    """Whether a part's words mean a correction: (a verb of meaning, a retraction)."""
    meant = any(w in MEANT and (i + 1 == len(words) or words[i + 1] not in _NOT_MEANT_AFTER) for i, w in enumerate(words))
    # the no may follow a word that turns back to what was said ("eller nej, Vännäs", "or no, Kalix", "äh nej")
    opening = words[1:2] if words and words[0] in _BEFORE_NO else words[:1]
    retracted = bool(opening) and opening[0] in NO or bool(WRONG & set(words))
    return meant, retracted


def corrected(text: str, named: Callable[[str], list[Named]], asks: Callable[[str], bool]) -> str | None:
    """The message as the resident meant it, when it takes back a kommun named before; None when it does not.
    `named`: the kommuner a text names, in order; `asks`: whether a text asks something."""
    words = set(tokens(text))
    if not words & _CUE_WORDS:
        return None  # most messages: no word a correction needs
    parts = _parts(text)
    for at, (start, end) in enumerate(parts):
        found = _correction(text, parts, at, named, asks)
        if found is not None:
            return found
    return None


def _correction(text: str, parts: Sequence[tuple[int, int]], at: int, named: Callable[[str], list[Named]],
                asks: Callable[[str], bool]) -> str | None:
    start, end = parts[at]
    part = text[start:end]
    words = tokens(part)
    if not words or len(words) > MAX_WORDS or asks(part) or at == 0:
        return None
    meant, retracted = _shape(words)
    if not (meant or retracted):
        return None
    meant_kommun = named(part)
    last = at
    if not meant_kommun and retracted and at + 1 < len(parts):
        # "Nej förresten, jag menar Bromölla": the retraction, then the kommun meant in the part after it
        following = text[parts[at + 1][0]:parts[at + 1][1]]
        if len(tokens(following)) <= MAX_WORDS and not asks(following):
            meant_kommun, last = named(following), at + 1
    if len(meant_kommun) != 1:
        return None
    meant_one = meant_kommun[0]
    # What was taken back: the parts before, up to the last one that asks or names something ("Sorry," is neither)
    kept = at
    while kept > 0 and not (asks(text[parts[kept - 1][0]:parts[kept - 1][1]])
                            or named(text[parts[kept - 1][0]:parts[kept - 1][1]])):
        kept -= 1
    if kept == 0:
        return None
    before = text[:parts[kept - 1][1]]
    taken_back = [n for n in named(before) if n.key != meant_one.key]
    if not taken_back and (not retracted or named(before)):
        return None  # "Vad gör Lund? Jag menar Lunds kommun": the same kommun, no correction
    rest = text[parts[last][1]:].lstrip(" .?!;:,–—-\n")
    rest_words = tokens(rest)
    rest_asks = bool(rest_words) and asks(rest)
    again = _asked_of(before, taken_back[-1], meant_one) if taken_back else None
    if rest_asks and not (again is not None and rest_words[0] in ADDING):
        # What follows asks on its own: it replaces what was taken back, of the kommun meant.
        return rest if named(rest) else f"{meant_one.name}: {rest}"
    if again is None:
        return None
    ended = again.rstrip()
    return f"{ended}{'' if ended.endswith(('?', '.', '!')) else '?'} {rest}".strip() if rest_words else ended


def _asked_of(before: str, taken_back: Named, meant: Named) -> str | None:
    """The question before the correction with the kommun taken back replaced by the one meant ("Vem skrev under i
    Timrå?" -> "Vem skrev under i Ånge?", "Nybros löfte" -> "Tingsryds löfte"); None when it is not written apart."""
    plain = "".join(_plain(c) for c in before)  # letter for letter, so a match's place is the same in `before`
    for written in reversed(taken_back.written):
        pattern = r"[\s-]+".join(re.escape(w) for w in written.split())
        found = list(re.finditer(rf"(?<!\w){pattern}(?!\w)", plain))
        if found:
            m = found[-1]
            genitive = written != fold(taken_back.name) and written.endswith("s") \
                and not fold(meant.name).endswith("s")
            return before[:m.start()] + meant.name + ("s" if genitive else "") + before[m.end():]
    return None


def _plain(char: str) -> str:
    """One character folded to one ("Å" -> "a"), or kept when folding would change the text's length."""
    folded = fold(char)
    return folded if len(folded) == 1 else char

