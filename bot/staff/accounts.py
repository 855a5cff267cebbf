"""Staff sign-in for the web console: argon2id passwords, throttling, signed server-side sessions.

A session is a random token. The browser holds `token.signature` (HMAC with a key derived from the
resident hash key, so every process of one deployment shares it); the database holds only the
token's SHA-256, the CSRF token for its forms, and when it expires. A forged or altered cookie is
refused before any database query; a stolen database does not yield a usable cookie; signing out
or expiry ends the session in every process at once.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import math
import secrets
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from bot.errors import TrygghetsbotError
from bot.settings import Settings, StaffMember
from bot.storage import Store
from bot.storage.records import WebSession

logger = logging.getLogger(__name__)

# Failed sign-ins allowed per window before that account, or that address, must wait.
WINDOW_SECONDS = 15 * 60
PER_ACCOUNT = 5
PER_ADDRESS = 20
MAX_PASSWORD = 1024  # argon2 hashes anything, but a megabyte password is an attack, not a password
# Password checks at once (each takes 64 MiB and a core for a few tens of milliseconds), and how many
# may wait for their turn before a sign-in is asked to come back later.
VERIFY_AT_ONCE = 2
MAX_WAITING = 64
LOGIN_TOKEN_SECONDS = 3600
_VERIFIERS = ThreadPoolExecutor(max_workers=VERIFY_AT_ONCE, thread_name_prefix="argon2")

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
        self._verifying = asyncio.Semaphore(VERIFY_AT_ONCE)
        self._waiting = 0

    @property
    def session_seconds(self) -> int:
        return self.settings.web_session_minutes * 60

    async def sign_in(self, username: str, password: str, address: str) -> SignedIn:
        now = self._clock()
        name = username.strip().lower()[:40]
        # The address as a keyed hash: the table of failures lists no one's address.
        keys = [f"account:{name}", f"address:{self._sign('address:' + address)[:32]}"]
        if self._waiting >= MAX_WAITING:
            logger.warning("Sign-in refused: %s checks already waiting", self._waiting)
            raise SignInThrottled("För många inloggningar just nu. Försök igen om 1 minuter.", 1)
        # Counted as a failure from the start, in the same step as the check, so attempts that
        # arrive together each see those before them (checked first and recorded after, 30
        # concurrent attempts on one account were all let through).
        over = await self.store.claim_sign_in([(keys[0], PER_ACCOUNT), (keys[1], PER_ADDRESS)],
                                              now - WINDOW_SECONDS, now)
        if over is not None:
            key, first = over
            wait = max(1, math.ceil((first + WINDOW_SECONDS - now) / 60))
            logger.warning("Sign-in throttled for %s", key.split(":")[0])
            raise SignInThrottled(f"För många misslyckade inloggningar. Försök igen om {wait} minuter.", wait)
        member = self.settings.staff_by_username(name)
        ok = await self._verify(member.password_hash if member else _DUMMY_HASH, password[:MAX_PASSWORD])
        if member is None or not ok:
            logger.warning("Failed staff sign-in")
            raise SignInRefused("Fel användarnamn eller lösenord.")
        await self.store.forgive_sign_in(keys[0], keys[1:], now)
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        await self.store.save_web_session(_digest(token), WebSession(member.username, csrf,
                                                                     now + self.session_seconds))
        logger.info("Staff member %s signed in", member.username)
        return SignedIn(member, f"{token}.{self._sign(token)}", csrf, self.session_seconds)

    async def _verify(self, password_hash: str, password: str) -> bool:
        """argon2 in a thread of its own (it releases the GIL), a few at a time: on the event loop,
        40 concurrent sign-ins held every resident's chat up for seconds."""
        self._waiting += 1
        try:
            async with self._verifying:
                return await asyncio.get_running_loop().run_in_executor(_VERIFIERS, _verify, password_hash,
                                                                        password)
        finally:
            self._waiting -= 1

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

    def login_token(self) -> tuple[str, str]:
        """The sign-in form's CSRF token, and the cookie that vouches for it: signed and dated, so
        an attacker who can plant a cookie cannot pick a pair of their own."""
        token = secrets.token_urlsafe(32)
        expires = int(self._clock()) + LOGIN_TOKEN_SECONDS
        return token, f"{token}.{expires}.{self._sign(f'login:{token}:{expires}')}"

    def login_token_ok(self, given: str | None, cookie: str) -> bool:
        token, _, rest = cookie.partition(".")
        expires, _, signature = rest.partition(".")
        if not (token and expires.isascii() and expires.isdigit() and signature):
            return False
        if not hmac.compare_digest(signature, self._sign(f"login:{token}:{expires}")):
            return False
        return int(expires) >= self._clock() and same_token(given, token)

    def _sign(self, token: str) -> str:
        return hmac.new(self._key, token.encode(), hashlib.sha256).hexdigest()


def same_token(given: str | None, expected: str) -> bool:
    """A CSRF check in constant time; a missing token never matches."""
    return bool(given) and bool(expected) and hmac.compare_digest(str(given), expected)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
