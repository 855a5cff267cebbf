"""Staff sign-in for the web console: argon2id passwords, throttling, signed server-side sessions.

A session is a random token. The browser holds `token.signature` (HMAC with a key derived from the
resident hash key, so every process of one deployment shares it); the database holds only the
token's SHA-256, the CSRF token for its forms, and when it expires. A forged or altered cookie is
refused before any database query; a stolen database does not yield a usable cookie; signing out
or expiry ends the session in every process at once.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import math
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from bot.errors import TrygghetsbotError
from bot.settings import Settings, StaffMember
from bot.storage import Store
from bot.storage.base import WebSession

logger = logging.getLogger(__name__)

# Failed sign-ins allowed per window before that account, or that address, must wait.
WINDOW_SECONDS = 15 * 60
PER_ACCOUNT = 5
PER_ADDRESS = 20
MAX_PASSWORD = 1024  # argon2 hashes anything, but a megabyte password is an attack, not a password

_HASHER = PasswordHasher()  # argon2id with the library's current recommended parameters
# Verified when the username is unknown, so a wrong username takes as long as a wrong password.
_DUMMY_HASH = _HASHER.hash(secrets.token_hex(16))


class SignInRefused(TrygghetsbotError):
    """Wrong username or password; the message never says which."""


class SignInThrottled(TrygghetsbotError):
    """Too many failed sign-ins for this account or address; `wait_minutes` until the next try."""

    def __init__(self, message: str, wait_minutes: int) -> None:
        super().__init__(message)
        self.wait_minutes = wait_minutes


def hash_password(password: str) -> str:
    if not password or len(password) > MAX_PASSWORD:
        raise ValueError(f"a password must be 1 to {MAX_PASSWORD} characters")
    return _HASHER.hash(password)


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _HASHER.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


@dataclass(frozen=True)
class SignedIn:
    member: StaffMember
    cookie: str
    csrf: str
    max_age: int


class Accounts:
    """Signs staff in and out, and finds the member behind a session cookie."""

    def __init__(self, settings: Settings, store: Store, signing_key: bytes,
                 clock: Callable[[], float] = time.time) -> None:
        self.settings = settings
        self.store = store
        self._key = signing_key
        self._clock = clock

    @property
    def session_seconds(self) -> int:
        return self.settings.web_session_minutes * 60

    async def sign_in(self, username: str, password: str, address: str) -> SignedIn:
        now = self._clock()
        name = username.strip().lower()[:40]
        keys = [f"account:{name}", f"address:{address}"]
        failures = await self.store.login_failures(keys, now - WINDOW_SECONDS)
        for key, limit in zip(keys, (PER_ACCOUNT, PER_ADDRESS)):
            count, first = failures.get(key, (0, now))
            if count >= limit:
                wait = max(1, math.ceil((first + WINDOW_SECONDS - now) / 60))
                logger.warning("Sign-in throttled for %s", key.split(":")[0])
                raise SignInThrottled(f"För många misslyckade inloggningar. Försök igen om {wait} minuter.", wait)
        member = self.settings.staff_by_username(name)
        ok = _verify(member.password_hash if member else _DUMMY_HASH, password[:MAX_PASSWORD])
        if member is None or not ok:
            await self.store.add_login_failure(keys, now)
            logger.warning("Failed staff sign-in")
            raise SignInRefused("Fel användarnamn eller lösenord.")
        await self.store.clear_login_failures(keys[0])
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        await self.store.save_web_session(_digest(token), WebSession(member.username, csrf,
                                                                     now + self.session_seconds))
        logger.info("Staff member %s signed in", member.username)
        return SignedIn(member, f"{token}.{self._sign(token)}", csrf, self.session_seconds)

    async def session(self, cookie: str) -> tuple[StaffMember, WebSession] | None:
        """The member and session behind a cookie, or None (unsigned, unknown, expired, or a member
        since removed from the settings)."""
        token, _, signature = cookie.partition(".")
        if not token or not hmac.compare_digest(signature, self._sign(token)):
            return None
        session = await self.store.web_session(_digest(token), self._clock())
        if session is None:
            return None
        member = self.settings.staff_by_username(session.username)
        return (member, session) if member is not None else None

    async def sign_out(self, cookie: str) -> None:
        token, _, signature = cookie.partition(".")
        if token and hmac.compare_digest(signature, self._sign(token)):
            await self.store.delete_web_session(_digest(token))

    def _sign(self, token: str) -> str:
        return hmac.new(self._key, token.encode(), hashlib.sha256).hexdigest()


def same_token(given: str | None, expected: str) -> bool:
    """A CSRF check in constant time; a missing token never matches."""
    return bool(given) and bool(expected) and hmac.compare_digest(str(given), expected)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
