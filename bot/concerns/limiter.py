"""How often a resident may ask: one limiter for the chat, concerns and the trygghetsmätning.

A request is counted under every key it has: the resident (a Telegram user, or a web conversation
id, which the client chooses freely) and, on the web, the client's address too, so new conversation
ids do not buy new allowances. Keys are keyed hashes (the resident hash key), never an id or an
address in clear. An IPv6 client counts by its /64 network, which one household usually has whole.

Accepted requests are counted in the database (bot/storage/windows.py), so every process of the bot
shares one limit. A refused key is remembered in this process until it has room again ("blocked
until"): a client that goes on sending is refused from memory, at no database read or write. Another
process learns of the refusal from the database the first time that client reaches it.
"""

from __future__ import annotations

import functools
import ipaddress
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from bot.storage import Limit, Store
from bot.storage.windows import Check, fits, wait

CHAT = "chat"  # every message, button or place a resident sends
CONCERN = "concern"  # a concern sent (checked already when one is started)
SURVEY = "survey"  # a trygghetsmätning's answers stored
BLOCKED_KEYS = 100_000  # refused keys a process remembers; past it the oldest refusals go first
SLOW_DOWN = ("Du skickar många meddelanden på kort tid. Vänta en stund och skriv sedan igen. Vid fara: ring 112.",
             "You are sending many messages in a short time. Please wait a moment, then write again. "
             "In danger: call 112.")


@dataclass(frozen=True)
class Rule:
    """The windows of one kind of request: per resident (or conversation) and per client address."""

    resident: tuple[Limit, ...]
    address: tuple[Limit, ...]


def rules(chat_per_minute: int, concerns_per_hour: int, concerns_per_day: int) -> dict[str, Rule]:
    """The bot's limits from its settings. An address may carry several residents (a household, a
    school behind one router) in the chat, four times one resident's allowance; concerns and survey
    answers count the same per address as per resident, so new conversation ids buy nothing."""
    written = (Limit(3600, concerns_per_hour), Limit(86400, concerns_per_day))
    return {CHAT: Rule((Limit(60, chat_per_minute),), (Limit(60, chat_per_minute * 4),)),
            CONCERN: Rule(written, written),
            SURVEY: Rule(written, written)}


@functools.lru_cache(maxsize=65_536)
def address_key(address: str) -> str:
    """The part of an address that names one client: an IPv4 address, an IPv6 /64 network."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


class Blocked:
    """Keys refused lately, and until when, in this process's memory; at most `size` of them."""

    def __init__(self, size: int = BLOCKED_KEYS) -> None:
        self._size = size
        self._until: OrderedDict[str, float] = OrderedDict()

    def __len__(self) -> int:
        return len(self._until)

    def left(self, keys: Sequence[str], now: float) -> float:
        """Seconds until every one of the keys has room, as far as this process knows (0: no refusal)."""
        longest = 0.0
        for key in keys:
            until = self._until.get(key)
            if until is None:
                continue
            if until <= now:
                del self._until[key]
            else:
                longest = max(longest, until - now)
        return longest

    def add(self, waits: Mapping[str, float], now: float) -> None:
        for key, seconds in waits.items():
            self._until.pop(key, None)
            self._until[key] = now + seconds
        while len(self._until) > self._size:
            self._until.popitem(last=False)


class Limiter:
    """The one place requests are counted: `admit` counts, `room` only looks, `held` asks memory alone."""

    def __init__(self, store: Store, hash_key: Callable[[str, int | str], str], kinds: Mapping[str, Rule],
                 clock: Callable[[], float] = time.time, size: int = BLOCKED_KEYS) -> None:
        self._store, self._kinds, self._clock = store, dict(kinds), clock
        # A flood asks for the same few keys again and again: their hashes are kept, the newest ones.
        self._hash = functools.lru_cache(maxsize=65_536)(hash_key)
        self.blocked = Blocked(size)

    def checks(self, kind: str, channel: str, user_id: int | str | None,
               address: str | None = None) -> tuple[Check, ...]:
        """The keys a request counts under, with their windows."""
        rule = self._kinds[kind]
        found: list[Check] = []
        if user_id is not None:
            found.append((self._hash(f"rate-{kind}-{channel}", user_id), rule.resident))
        if address:
            found.append((self._hash(f"rate-{kind}-address", address_key(address)), rule.address))
        return tuple(found)

    def held(self, kind: str, channel: str, user_id: int | str | None = None, address: str | None = None) -> float:
        """Seconds a remembered refusal still holds for any of the request's keys; no database."""
        return self.blocked.left([key for key, _ in self.checks(kind, channel, user_id, address)], self._clock())

    async def admit(self, kind: str, channel: str, user_id: int | str | None, address: str | None = None) -> float:
        """0 when the request may go ahead (it is then counted under each key), else the seconds to
        wait; a refusal is remembered, so the next ones from the client cost nothing."""
        checks = self.checks(kind, channel, user_id, address)
        now = self._clock()
        left = self.blocked.left([key for key, _ in checks], now)
        if left > 0 or not checks:
            return left
        refused = await self._store.admit(checks, now)
        self.blocked.add(refused, now)
        return max(refused.values(), default=0.0)

    async def room(self, kind: str, channel: str, user_id: int | str | None, address: str | None = None) -> float:
        """Like `admit`, but only looks: 0 when one more would be accepted now, else the wait."""
        checks = self.checks(kind, channel, user_id, address)
        now = self._clock()
        left = self.blocked.left([key for key, _ in checks], now)
        if left > 0 or not checks:
            return left
        stamps = await self._store.rate_stamps([key for key, _ in checks])
        refused = {key: wait(limits, stamps.get(key, []), now) for key, limits in checks
                   if not fits(limits, stamps.get(key, []), now)}
        self.blocked.add(refused, now)
        return max(refused.values(), default=0.0)

    def remember(self, waits: Mapping[str, float]) -> None:
        """A refusal decided elsewhere (a concern's commit)."""
        self.blocked.add(waits, self._clock())
