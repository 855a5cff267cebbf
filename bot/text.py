"""Text normalisation for matching (case and accents folded, punctuation dropped, tokens kept), and
the one cleaning of text every channel takes in and every writer puts out."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from bot.errors import UnreadableText

# A lone surrogate cannot be encoded as UTF-8: no database, file or Telegram message can hold it.
_SURROGATE = re.compile("[\ud800-\udfff]")
# Invisible format characters (Unicode's Cf, as of Unicode 14): bidi overrides, embeddings and
# isolates reorder what a plain-text view shows ("\u202e" turns a line round), zero-width spaces and
# joiners split words a search or a reader would find, and none is a letter. A test checks the list
# against the running Python's own table.
_FORMAT = ("\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
           "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U00013438"
           "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f")
# Left out of every text: what XML 1.0 cannot hold (so no XLSX or docx either: C0 controls but tab,
# line feed and carriage return, surrogates, and the non-characters U+FFFE and U+FFFF), and _FORMAT.
_UNSAFE = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff{_FORMAT}]")
# Zero-width non-joiner and joiner are spelling inside a word of some scripts (Persian, the Indic
# scripts) and join emoji: kept between two such characters, that is, past Latin and IPA, where no
# Swedish or other Latin-script name needs them.
_JOINERS = frozenset("\u200c\u200d")
_NON_WORD = re.compile(r"[^\w:]+|_")
_TRAILING_COLON = re.compile(r":(?!\d)")


# The combining marks of Latin letters' decompositions ("ö" is "o" and U+0308), dropped by one regular expression:
# a text left all ASCII then (Swedish and English almost always are) needs no loop over its characters.
_LATIN_MARKS = re.compile("[" + "".join(chr(c) for c in range(0x300, 0x370) if unicodedata.combining(chr(c))) + "]")
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def _kept(char: re.Match[str]) -> str:
    return "" if unicodedata.combining(char[0]) else char[0]


def _without_marks(decomposed: str) -> str:
    """A decomposed text without its combining marks, as `unicodedata.combining` tells them: what is left past
    the Latin ones ("–", "”", another script's) looked at one character at a time."""
    decomposed = _LATIN_MARKS.sub("", decomposed)
    return decomposed if decomposed.isascii() else _NOT_ASCII.sub(_kept, decomposed)


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower-case and strip diacritics, so "Sölvesborgs" and "solvesborgs" compare equal."""
    return text.lower() if text.isascii() else _without_marks(unicodedata.normalize("NFKD", text.casefold()))


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


def count(n: int, one: str, many: str) -> str:
    """"1 synpunkt", "3 synpunkter": the noun agrees with the number (never "1 synpunkter")."""
    return f"{n} {one if n == 1 else many}"


def strip_accents(text: str) -> str:
    """Drop diacritics but keep case: "Åre" -> "Are"."""
    if text.isascii():  # nothing to decompose or drop, and most English is so
        return text
    return _without_marks(unicodedata.normalize("NFKD", text))


# The tokens of the texts of the message being answered, which its steps ask for again and again
# (the whole message, each clause). Emptied when the next message is started (`new_message`) and
# bounded, so no resident's words are kept past their own message.
_MESSAGE_TOKENS: dict[str, tuple[str, ...]] = {}
_MESSAGE_CASED: dict[str, tuple[str, ...]] = {}
MESSAGE_TEXTS = 64  # texts of one message kept at most (a message has a few clauses)
# Every store of what was made of the message's texts (these two, and those of `message_store`).
_MESSAGE_STORES: list[dict[str, Any]] = [_MESSAGE_TOKENS, _MESSAGE_CASED]


def new_message() -> None:
    """Start a new message: what is kept is of its own texts only."""
    for store in _MESSAGE_STORES:
        store.clear()


def message_store() -> dict[str, Any]:
    """A store for what a step makes of one of the message's texts and is asked again within it (its
    clauses, by several steps), emptied with the others when the next message is started."""
    store: dict[str, Any] = {}
    _MESSAGE_STORES.append(store)
    return store


def kept(store: dict[str, Any], text: str, make: Callable[[str], Any]) -> Any:
    """`make(text)`, made once per message and kept in `store` (one of `message_store`'s), bounded."""
    known = store.get(text)
    if known is None:
        if len(store) >= MESSAGE_TEXTS:
            store.clear()
        known = store[text] = make(text)
    return known


def _split_kept(store: dict[str, tuple[str, ...]], text: str, normalise: Callable[[str], str]) -> list[str]:
    """`text` split into word tokens after `normalise`, kept in `store` for the rest of the message."""
    known = store.get(text)
    if known is None:
        if len(store) >= MESSAGE_TEXTS:
            store.clear()
        cleaned = _TRAILING_COLON.sub(" ", normalise(text))
        known = store[text] = tuple(t for t in _NON_WORD.split(cleaned) if t)
    return list(known)  # a list of its own: a caller may change it


def cased_tokens(text: str) -> list[str]:
    """Word tokens with accents stripped and case kept (to tell "Vara" the place from "vara")."""
    return _split_kept(_MESSAGE_CASED, text, strip_accents)


def tokens(text: str) -> list[str]:
    """Folded word tokens; a colon survives only inside numbers such as "2023:196"."""
    return _split_kept(_MESSAGE_TOKENS, text, fold)


_SPACE = re.compile(r"\s+")
# A Swedish phone number as written: 070-123 45 67, +46 70 123 45 67, 08-123 456 78, 0701234567. Concerns are
# masked by it (bot/concerns/privacy.py), and a number's owner asked is read by it (others_records.py).
PHONE_NUMBER = re.compile(r"(?<![\w+])(?:\+46[\s-]?\(?0?\)?|0)\d{1,3}(?:[\s-]?\d){5,8}(?!\d)")


def word_tokens(text: str) -> list[str]:
    """`tokens(text)`, word by word through a cache: for the knowledge base's own text, indexed at
    every start, whose words repeat; folding each text's letters anew was most of the indexes'
    build time."""
    return [t for word in _SPACE.split(text) if word for t in _word_tokens(word)]


@lru_cache(maxsize=65536)
def _word_tokens(word: str) -> tuple[str, ...]:
    return tuple(tokens(word))


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
    else the text as `clean_text` leaves it (no control characters, no invisible format characters)."""
    if text.isascii() and text.isprintable():  # the common case, checked cheaply
        return text
    if _SURROGATE.search(text):
        raise UnreadableText()
    return clean_text(text)


def clean_text(text: str) -> str:
    """The text every writer puts out (docx, xlsx, csv, html, md) and intake stores: without what
    XML 1.0 cannot hold (C0 controls but tab and line breaks, surrogates, U+FFFE/U+FFFF) and without
    invisible format characters (bidi overrides, zero-width spaces), letters kept. Zero-width
    joiners stay where a script or an emoji needs them (see _JOINERS)."""
    # The common case, one pass in C: isprintable() is False for every control, format character,
    # surrogate and non-character (and for line breaks, tabs and no-break spaces, which the search
    # then lets through).
    if text.isprintable() or not _UNSAFE.search(text):
        return text
    kept: list[str] = []
    for index, char in enumerate(text):
        if not _UNSAFE.match(char) or (char in _JOINERS and _joins(text, index)):
            kept.append(char)
    return "".join(kept)


def _joins(text: str, index: int) -> bool:
    """A zero-width (non-)joiner between two characters of a script that uses it, or of emoji."""
    before, after = text[index - 1:index], text[index + 1:index + 2]
    return (bool(before) and bool(after) and ord(before) >= 0x370 and ord(after) >= 0x370
            and not _UNSAFE.match(before) and not _UNSAFE.match(after)
            and not before.isspace() and not after.isspace())

