"""Data minimisation: masking identifiers in free text, and residents as keyed hashes."""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
from pathlib import Path

from bot import files
from bot.text import PHONE_NUMBER
from bot.errors import ConfigError

# Order matters: personnummer before phone numbers (both are digit runs).
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("[e-post]", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    # 19YYMMDD-NNNN, YYMMDD-NNNN, YYMMDD+NNNN, with or without the separator
    # 19YYMMDD-NNNN, YYMMDD-NNNN or YYMMDD+NNNN; ten bare digits only when they cannot be a phone
    # number (which starts with 0)
    ("[personnummer]", re.compile(
        r"(?<![\d-])(?:(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[-+]?\d{4}"
        r"|\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[-+]\d{4}"
        r"|[1-9]\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{4})(?![\d-])")),
    # Swedish phone numbers: 070-123 45 67, +46 70 123 45 67, 08-123 456 78, 0701234567
    ("[telefon]", PHONE_NUMBER),
    # Registration plates: ABC 123, ABC 12D (upper case), or abc123 written together
    ("[regnr]", re.compile(r"\b(?:[A-HJ-PR-UW-Z]{3}\s?\d{2}[A-HJ-PR-UW-Z\d]|[a-hj-pr-uw-z]{3}\d{2}[a-hj-pr-uw-z\d])\b")),
)


def mask(text: str) -> str:
    """Replace personnummer, phone numbers, e-mail addresses and registration plates."""
    for replacement, pattern in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class ResidentHasher:
    """HMAC-SHA256 of a channel's user id: stable per resident, meaningless without the key."""

    def __init__(self, key: bytes) -> None:
        if len(key) < 16:
            raise ConfigError("the resident hash key must be at least 16 bytes")
        self._key = key

    @classmethod
    def from_data_dir(cls, data_dir: Path, configured: str = "") -> ResidentHasher:
        """Use the configured key, else the key file in the data dir, created on first start."""
        if configured:
            return cls(configured.encode("utf-8"))
        path = data_dir / "resident.key"
        if not path.exists():
            files.private_dir(data_dir)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w", encoding="ascii") as handle:
                handle.write(secrets.token_hex(32))
        return cls(path.read_text(encoding="ascii").strip().encode("ascii"))

    def derived_key(self, purpose: str) -> bytes:
        """A key for another purpose (signing staff sessions), the same in every process that shares
        the resident key, and useless for finding residents."""
        return hmac.new(self._key, f"derived:{purpose}".encode(), hashlib.sha256).digest()

    def resident(self, channel: str, user_id: int | str) -> str:
        digest = hmac.new(self._key, f"{channel}:{user_id}".encode(), hashlib.sha256)
        return digest.hexdigest()[:32]

    def context(self, channel: str, chat_id: int | str) -> str:
        """The key of a chat's context (the database's and Telegram's chat state): hashed like a
        resident, since a private chat's id is the user's id and a web conversation id is the
        resident's only credential; apart from the resident's hash, so the two do not match."""
        return self.resident(f"context-{channel}", chat_id)
