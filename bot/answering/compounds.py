"""A kommun's name written together with the agreement's word ("Hylteavtalet", "Nyköpingsavtalet",
"Karlstadavtalets", "Malålöftet") or with its police ("Malmöpolisen", "halmstadspolisen"): split
before the message is read, so the name is found as any ("Hylte avtalet", "Malmö polisen"). Only a kommun's own name or alias is split off, never a locality's or a word's
("medborgarlöftet", "trygghetsavtalet" stay whole).

The other way round, `joined`: one compound written as two or three words ("medborgar löfte", "lokal polis
område", "grann samverkan") is written together when the whole is a word of the agreements, the cues or the
help lines, so it is read as the word it is. Never after a small word ("för äldre" is no "föräldre", "hans
dotter" no "Hansdotter") and never a kommun's name with its agreement (that is the split above)."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.answering.common_words import STOPWORDS
from bot.answering.lexicon import CUE_WORDS
from bot.text import fold

# The agreement's words a name may be written together with (folded), and the police's.
PARTS = ("samverkansoverenskommelse", "samverkansavtal", "overenskommelse", "medborgarlofte", "avtal", "lofte",
         "polisen")
MIN_NAME = 3  # "Åre" is the shortest kommun name written so
MIN_SLIPPED = 5  # a shorter name with two letters swapped is too near other words' beginnings
_WORD = re.compile(r"\w+")
MIN_HEAD = 5  # "lokal|polis", "grann|samverkan"; "hans dotter" is no "Hansdotter", "för äldre" no "föräldre"
MIN_TAIL = 4  # "löfte", "avtal", "polis"; shorter ones are mostly endings or small words
MIN_WHOLE = 9
_ENDINGS = ("erna", "arna", "orna", "en", "et", "er", "ar", "na", "s")


def _swaps(word: str) -> set[str]:
    """`word` with each pair of neighbouring letters swapped back."""
    return {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1) if word[i] != word[i + 1]}


def split(text: str, is_kommun: Callable[[str], bool]) -> str:
    """`text` with each compound of a kommun's name and an agreement word written apart;
    `is_kommun`: whether a folded word is a kommun's name or alias."""
    folded_text = fold(text)  # each word folds to a part of it: without any part, no word is split
    if not any(part in folded_text for part in PARTS):
        return text

    def apart(match: re.Match[str]) -> str:
        word = match.group(0)
        folded = fold(word)
        if len(folded) != len(word):
            return word
        for part in PARTS:
            at = folded.find(part, MIN_NAME)
            if at < MIN_NAME:
                continue
            head = folded[:at]
            if is_kommun(head) or (head.endswith("s") and is_kommun(head[:-1])):
                return f"{word[:at]} {word[at:]}"
            # "hoofrsmedborgarlöftet", "Hlymeavtalet": a kommun's name with two neighbouring letters swapped, the
            # commonest slip, is written as the name (one name only that near).
            names = {name for bare in (head, head[:-1] if head.endswith("s") else "") if len(bare) >= MIN_SLIPPED
                     for name in _swaps(bare) if is_kommun(name)}
            if len(names) == 1:
                name = names.pop()
                return f"{name.capitalize() if word[:1].isupper() else name} {word[at:]}"
        return word

    return _WORD.sub(apart, text)


def joined(text: str, holds: Callable[[str], bool], is_kommun: Callable[[str], bool]) -> str:
    """`text` with each compound written apart that `holds` knows put together ("medborgar löftet" ->
    "medborgarlöftet"); `holds`: whether a folded word (or its stem without an ending) is a compound of the
    agreements' words."""
    if " " not in text:
        return text
    words = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text)]
    if len(words) < 2:
        return text
    # The text folded once and cut at its words; a word that folds to another length ("ß") or holds a digit
    # is never a part.
    whole_text = fold(text)
    if len(whole_text) == len(text):
        folded = [f if f.isalpha() else "" for a, b, _ in words for f in (whole_text[a:b],)]
    else:
        folded = [f if len(f) == len(w) and f.isalpha() else "" for _, _, w in words for f in (fold(w),)]

    def whole(index: int, size: int) -> bool:
        parts = folded[index:index + size]
        # A small word is no head ("hans dotter" is no "Hansdotter"), but the agreements' own "polis" and
        # "kommun", which the stopwords hold too, are ("kommun polis").
        if len(parts) != size or len(parts[0]) < MIN_HEAD or any(len(w) < MIN_TAIL for w in parts[1:]) \
                or parts[0] in STOPWORDS and parts[0] not in CUE_WORDS or is_kommun(parts[0]) \
                or any(text[words[i][1]:words[i + 1][0]] != " " for i in range(index, index + size - 1)):
            return False
        together = "".join(parts)
        return len(together) >= MIN_WHOLE and (holds(together) or any(
            together.endswith(ending) and holds(together[:-len(ending)]) for ending in _ENDINGS))

    # Where a compound may start: a head of MIN_HEAD letters and a next part of MIN_TAIL, as `whole` asks of any
    # size; most messages have few such pairs, or none.
    starts = {i for i in range(len(folded) - 1) if len(folded[i]) >= MIN_HEAD and len(folded[i + 1]) >= MIN_TAIL}
    if not starts:
        return text
    out: list[str] = []
    at = 0
    index = 0
    while index < len(words) - 1:
        size = next((size for size in (3, 2) if whole(index, size)), 0) if index in starts else 0
        if size:
            out.append(text[at:words[index][0]] + "".join(w for _, _, w in words[index:index + size]))
            at = words[index + size - 1][1]
            index += size
        else:
            index += 1
    return "".join(out) + text[at:] if out else text
