"""Whether a word written with å/ä/ö is the place name it folds to: "Laxå" and "läxa" fold alike, "Ockerö" is
Öckerö with one ring dropped, "Åre" written so is no "are"."""
from __future__ import annotations

import re

from bot.text import fold


def not_another_word(name: str, text: str) -> bool:
    """False when the text writes the name's folded form with other å/ä/ö than the name has:
    "läxa" folds to "laxa" like "Laxå", but is another word. Without any å/ä/ö ("laxa", "vaxjo")
    it is taken for the name, as residents often type."""
    if name.isascii() or " " in name:
        return True
    folded = fold(name)
    own = name.casefold()
    # "Malung-Sälens" is one word, as its name is; "Sjöbo-borna", "borlänge-avtalet" hold the name as a part.
    return any(fold(word) in (folded, folded + "s") and (word.isascii() or word.startswith(own) or part_folded(word, own))
               for written in re.findall(r"\w+(?:-\w+)*", text.casefold()) for word in {written, *written.split("-")})


def part_folded(word: str, own: str) -> bool:
    """"Ockerö" for "Öckerö": each letter the name's own or its letter without the ring or dots, as a
    keyboard drops one and keeps another; "läxa" puts an ä where "Laxå" has none, so it is another word."""
    return len(word) >= len(own) and all(w == o or w == fold(o) for w, o in zip(word, own))


def written_with_own_letters(name: str, text: str) -> bool:
    """Written with the name's own å/ä/ö ("Åre", "Malå"), it is not the everyday word ("are")."""
    return not name.isascii() and re.search(rf"(?<!\w){re.escape(name.casefold())}", text.casefold()) is not None
