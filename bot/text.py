"""Text normalisation for matching: case and accents folded, punctuation dropped, tokens kept."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bot.errors import UnreadableText

# A lone surrogate cannot be encoded as UTF-8: no database, file or Telegram message can hold it.
_SURROGATE = re.compile("[\ud800-\udfff]")
# What XML 1.0 cannot hold (so no XLSX cell either): C0 controls but tab, line feed and carriage
# return, surrogates, and the two non-characters U+FFFE and U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_NON_WORD = re.compile(r"[^\w:]+|_")
_TRAILING_COLON = re.compile(r":(?!\d)")


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower-case and strip diacritics, so "Sölvesborgs" and "solvesborgs" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Swedish alphabetical order: å, ä, ö after z (not as a and o), ü as y, æ as ä and ø as ö; other
# accents are ignored ("Skövde" after "Skurup", "Åre" after "Ystad"). Made without the machine's
# locale, so every list sorts the same on every machine.
_SWEDISH_LAST = {"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}", "ü": "y"}


@lru_cache(maxsize=4096)
def swedish_key(text: str) -> str:
    """A sort key for Swedish alphabetical order, independent of the machine's locale."""
    letters = []
    for char in unicodedata.normalize("NFC", text.casefold()):
        if char in _SWEDISH_LAST:
            letters.append(_SWEDISH_LAST[char])
        else:
            letters.extend(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    return "".join(letters) + "\x00" + text  # ties broken by the text itself, so the order is total


def strip_accents(text: str) -> str:
    """Drop diacritics but keep case: "Åre" -> "Are"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def cased_tokens(text: str) -> list[str]:
    """Word tokens with accents stripped and case kept (to tell "Vara" the place from "vara")."""
    cleaned = _TRAILING_COLON.sub(" ", strip_accents(text))
    return [t for t in _NON_WORD.split(cleaned) if t]


def tokens(text: str) -> list[str]:
    """Folded word tokens; a colon survives only inside numbers such as "2023:196"."""
    cleaned = _TRAILING_COLON.sub(" ", fold(text))
    return [t for t in _NON_WORD.split(cleaned) if t]


def without_genitive(token: str) -> str | None:
    """The token without a genitive -s ("vellinges" -> "vellinge"), or None when it has none."""
    if len(token) > 3 and token.endswith("s") and not token.endswith("ss"):
        return token[:-1]
    return None


def genitive(name: str) -> str:
    """Swedish genitive of a place name: Sölvesborg -> Sölvesborgs, Borås -> Borås."""
    return name if name[-1:].lower() in {"s", "x", "z"} else name + "s"


def original_words(text: str) -> dict[str, str]:
    """Folded token -> the word as the resident wrote it (for quoting it back)."""
    written = [t for t in _NON_WORD.split(_TRAILING_COLON.sub(" ", text)) if t]
    folded = tokens(text)
    if len(written) != len(folded):
        return {t: t for t in folded}
    return dict(zip(folded, (w.lower() for w in written)))


def readable(text: str) -> str:
    """A resident's text as every channel takes it in: UnreadableText when it is not valid Unicode,
    else the text without the control characters that no spreadsheet or XML document can hold."""
    if text.isascii() and text.isprintable():  # the common case, checked cheaply
        return text
    if _SURROGATE.search(text):
        raise UnreadableText()
    return xml_safe(text)


def xml_safe(text: str) -> str:
    """The text without what XML 1.0 cannot hold; what it can is left exactly as it was."""
    return _NOT_XML.sub("", text) if _NOT_XML.search(text) else text
