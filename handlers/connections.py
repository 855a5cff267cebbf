"""Connections that cost the server nothing when clients are slow or many (issue 35).

uvicorn times out neither a connection that never sends a request nor one whose request head never
ends: `GET / HTTP/1.1\\r\\nHost: x\\r\\n` and nothing more held a socket for ever, and a thousand of
them used every file descriptor. `guarded_protocol` gives uvicorn an HTTP protocol (its httptools
one) that

- closes a connection whose request head is not complete within `head_seconds` of the connection
  (or, on a kept-alive connection, of the request's first byte); idle kept-alive connections are
  uvicorn's `timeout_keep_alive`;
- closes at once a connection beyond `per_client` open ones from the same TCP peer address (behind
  a reverse proxy every client is the proxy: limiting per client there is the proxy's job, see the
  README), and any beyond `total`, kept under the open-file limit so the database always has
  descriptors left.

When accept() fails all the same (EMFILE), asyncio logs "socket.accept() out of system resource"
with a traceback once per pending connection and retries every second: thousands of lines a
second. `RateLimitedLog` lets one line through per interval, with how many it held back.
"""

from __future__ import annotations

import asyncio
import logging
import resource
import time
from typing import Any

from uvicorn.config import Config
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
from uvicorn.server import ServerState

logger = logging.getLogger(__name__)

HEAD_SECONDS = 5.0  # residents' browsers send a request's head in one packet
PER_CLIENT = 64  # a browser opens at most six; a school or an office behind one address, a few dozen
RESERVED_FILES = 128  # descriptors kept for the database, the worker pool's pipes, logs and files
LOG_INTERVAL = 10.0
ACCEPT_FAILED = "socket.accept() out of system resource"


class RateLimitedLog(logging.Filter):
    """Passes the first record whose message starts with `prefix`, then at most one per `interval`
    seconds, rewritten to say how many were held back, without the traceback. Other records pass."""

    def __init__(self, prefix: str, interval: float = LOG_INTERVAL, clock: Any = time.monotonic) -> None:
        super().__init__()
        self.prefix, self.interval, self.clock = prefix, interval, clock
        self.held = 0
        self.last: float | None = None

    def filter(self, record: logging.LogRecord) -> bool:
        if not isinstance(record.msg, str) or not record.msg.startswith(self.prefix):
            return True
        now = self.clock()
        if self.last is not None and now - self.last < self.interval:
            self.held += 1
            return False
        reason = f": {record.exc_info[1]}" if record.exc_info and record.exc_info[1] else ""
        held, self.held, self.last = self.held, 0, now
        record.msg = record.getMessage().split("\n", 1)[0] + reason + (
            f" ({held} more like it in the last {self.interval:.0f} s)" if held else "")
        record.args, record.exc_info, record.exc_text = None, None, None
        return True


_accept_filter = RateLimitedLog(ACCEPT_FAILED)
_refusals = RateLimitedLog("Refused connection")


def quiet_accept_errors() -> None:
    """Bound asyncio's accept() error lines (and this module's refusals) to one per LOG_INTERVAL."""
    for name, chosen in (("asyncio", _accept_filter), (__name__, _refusals)):
        log = logging.getLogger(name)
        if chosen not in log.filters:
            log.addFilter(chosen)


def raise_open_file_limit() -> int:
    """The soft open-file limit raised to the hard one (often 1024 of 4096 or more); the limit now."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and soft < hard:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
            soft = hard
        except (ValueError, OSError):
            pass
    return soft if soft != resource.RLIM_INFINITY else 1 << 20


class ClientCounts:
    """Open connections per peer address, shared by every connection of one server."""

    def __init__(self, per_client: int, total: int) -> None:
        self.per_client, self.total = per_client, total
        self.open: dict[str, int] = {}
        self.all = 0

    def admit(self, address: str) -> str | None:
        """Count a new connection; or why it must be closed (then it is not counted)."""
        count = self.open.get(address, 0)
        if count >= self.per_client:
            return "too many from one address"
        if self.all >= self.total:
            return "too many in all"
        self.open[address] = count + 1
        self.all += 1
        return None

    def release(self, address: str) -> None:
        count = self.open.get(address, 0) - 1
        if count > 0:
            self.open[address] = count
        else:
            self.open.pop(address, None)
        self.all -= 1


class GuardedHttpProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol with a deadline on the request head and a count per address.
    Subclassed by `guarded_protocol` with the limits and the shared counts."""

    head_seconds = HEAD_SECONDS
    counts = ClientCounts(PER_CLIENT, 1 << 20)

    def __init__(self, config: Config, server_state: ServerState, app_state: dict[str, Any],
                 _loop: asyncio.AbstractEventLoop | None = None) -> None:
        super().__init__(config, server_state, app_state, _loop)
        self._head_timer: asyncio.TimerHandle | None = None
        self._counted: str | None = None
        self._head_started = False

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        address = self.client[0] if self.client else ""
        refused = self.counts.admit(address)
        if refused is not None:
            logger.warning("Refused connection from %s: %s", address, refused)
            transport.abort()  # nothing was read: no answer is owed, and the descriptor is free at once
            return
        self._counted = address
        self._arm_head_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm_head_timer()
        if self._counted is not None:
            self.counts.release(self._counted)
            self._counted = None
        super().connection_lost(exc)

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._head_started = True
        if self._head_timer is None:  # a kept-alive connection's next request: its own deadline
            self._arm_head_timer()

    def on_headers_complete(self) -> None:
        self._disarm_head_timer()
        self._head_started = False
        super().on_headers_complete()

    def _arm_head_timer(self) -> None:
        self._disarm_head_timer()
        self._head_timer = self.loop.call_later(self.head_seconds, self._head_timed_out)

    def _disarm_head_timer(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _head_timed_out(self) -> None:
        self._head_timer = None
        if self.transport.is_closing():
            return
        if self._head_started:
            # Part of a request came: say why it ends (browsers retry a 408 on a fresh connection).
            self.transport.write(b"HTTP/1.1 408 Request Timeout\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")
        self.transport.close()


def guarded_protocol(head_seconds: float = HEAD_SECONDS, per_client: int = PER_CLIENT,
                     total: int | None = None) -> type[GuardedHttpProtocol]:
    """The protocol class for uvicorn.Config(http=…), with counts of its own for one server. `total`
    defaults to the open-file limit less RESERVED_FILES."""
    if total is None:
        total = max(raise_open_file_limit() - RESERVED_FILES, 16)
    return type("ServerHttpProtocol", (GuardedHttpProtocol,),
                {"head_seconds": head_seconds, "counts": ClientCounts(per_client, total)})
