"""A kommun's name written together with the agreement's word ("Hylteavtalet", "Nyköpingsavtalet",
"Karlstadavtalets", "Malålöftet") or with its police ("Malmöpolisen", "halmstadspolisen"): split
before the message is read, so the name is found as any ("Hylte avtalet", "Malmö polisen"). Only a kommun's own name or alias is split off, never a locality's or a word's
("medborgarlöftet", "trygghetsavtalet" stay whole)."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.text import fold

# The agreement's words a name may be written together with (folded), and the police's.
PARTS = ("samverkansoverenskommelse", "samverkansavtal", "overenskommelse", "medborgarlofte", "avtal", "lofte",
         "polisen")
MIN_NAME = 3  # "Åre" is the shortest kommun name written so
_WORD = re.compile(r"\w+")


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
        return word

    return _WORD.sub(apart, text)
