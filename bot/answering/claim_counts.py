"""How many times, or how many years running, an agreement was signed, claimed against the entry's own words
(claims.py): "Varberg har väl bara skrivit under medborgarlöfte två år i rad?", "för tredje gången", "Was that
Varberg's first citizen promise?", where the entry says "sjätte året i rad".

The claim's count is a number or an ordinal before "år i rad", "gången", "years running", "time", or "första"/"first"
beside an agreement's word. The entry's is an ordinal before "året i rad" or "year in a row" in its renewal note or
its sentences, or before "gången" in one that tells a signing. The verdict, then the entry's sentence, never the
count claimed; a claim when the entry states no count is left to the other checks.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from bot.answering.compose import pick
from bot.answering.knowledge import Municipality
from bot.answering.passages import Passages
from bot.text import fold

Result = tuple[str, str, list[str]]

ORDINALS = {"forsta": 1, "andra": 2, "tredje": 3, "fjarde": 4, "femte": 5, "sjatte": 6, "sjunde": 7, "attonde": 8,
            "nionde": 9, "tionde": 10, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
            "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
NUMBERS = {"ett": 1, "en": 1, "tva": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "atta": 8, "nio": 9,
           "tio": 10, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "twice": 2}
# What a count of times or years running is of ("två år i rad", "för tredje gången", "years running", "third time").
RUNNING = (("ar", "i", "rad"), ("aret", "i", "rad"), ("years", "in", "a", "row"), ("year", "in", "a", "row"),
           ("years", "running"), ("gangen",), ("ganger",), ("time",), ("times",), ("ar", "i", "foljd"))
ENTRY_COUNT = re.compile(r"\b(" + "|".join(k for k in ORDINALS) + r") (aret i rad|year in a row|gangen|time"
                         # "den femte överenskommelsen i ordningen", "the fifth such agreement": its place in the row
                         # ("det andra avtalet" alone is "the other one", no place in a row)
                         r"|(?:overenskommelse|samverkansoverenskommelse|avtal|lofte|medborgarlofte)\w* i ordningen"
                         r"|such (?:agreement|promise|citizen promise))\b")
# An ordinal claimed of the agreement ("bara den andra", "the second one they've had", "deras tredje avtal"): after
# a word that makes it one of a row, so "andra" ("other") alone is no count.
_ORDINAL_BEFORE = frozenset(("den", "det", "the", "its", "their", "deras", "sin", "sitt", "kommunens", "stadens"))
_ONE = frozenset(("one", "i", "ordningen", "such"))
# The agreement in any of its forms ("löftet", "medborgarlöftena", "avtalet").
STEMS = ("lofte", "medborgarlofte", "avtal", "overenskommelse", "samverkansavtal", "promise", "agreement")
SIGNING = ("skrev under", "skrivit under", "undertecknade", "tecknade", "signed", "skrev pa")


def claimed(words: Sequence[str], agreement_words: Collection[str]) -> int | None:
    """The count a claim puts on the signings, or None: "två år i rad" 2, "för tredje gången" 3, "första löftet" 1."""
    for i in range(len(words)):
        for tail in RUNNING:
            if tuple(words[i + 1:i + 1 + len(tail)]) == tail:
                word = words[i]
                n = ORDINALS.get(word) or NUMBERS.get(word) or (int(word) if word.isdigit() and int(word) < 30 else None)
                if n is not None:
                    return n
    for i, word in enumerate(words):  # "Varbergs första medborgarlöfte", "that was its first promise"
        if word in ("forsta", "first") and any(w in agreement_words or w.startswith(STEMS) for w in words[i + 1:i + 3]):
            return 1
        if word in ORDINALS and i and words[i - 1] in _ORDINAL_BEFORE and (i + 1 == len(words) or any(
                w in agreement_words or w.startswith(STEMS) or w in _ONE for w in words[i + 1:i + 3])):
            return ORDINALS[word]  # "är bara den andra", "the second one they've had"
    return None


def stated(muni: Municipality, passages: Passages, language: str) -> tuple[int, str, str] | None:
    """The count the entry states: (the count, the sentence, its source id), from the renewal note first."""
    sentences = []
    if muni.renewal is not None:
        sentences.append((pick(language, muni.renewal.text, muni.renewal.text_en), muni.renewal.source_id))
    sentences += [(p.text, p.source_id) for p in passages.of(muni.id, language)]
    for text, source in sentences:
        folded = fold(text)
        for found in ENTRY_COUNT.finditer(folded):
            if found.group(2) not in ("gangen", "time") or any(s in folded for s in SIGNING):
                return ORDINALS[found.group(1)], text, source
    return None


def check(words: Sequence[str], muni: Municipality, passages: Passages, language: str,
          agreement_words: Collection[str]) -> Result | None:
    """"Nej" (or "Ja") by the entry's count, then its sentence; None when the claim or the entry has no count."""
    count = claimed(words, agreement_words)
    if count is None:
        return None
    entry = stated(muni, passages, language)
    if entry is None:
        return None
    true, text, source = count == entry[0], entry[1], entry[2]
    lead = pick(language, "Ja." if true else "Nej, det stämmer inte.", "Yes." if true else "No, that is not right.")
    if text[:1].islower():  # a signing's note ("av X och Y; den femte överenskommelsen i ordningen"): its clause of the count
        clause = next((c.strip() for c in text.split(";") if ENTRY_COUNT.search(fold(c))), text.strip())
        text = pick(language, f"Enligt källan: {clause}", f"According to the source: {clause}")
    return f"{lead} {text.rstrip('.')}.", "period", [source]
