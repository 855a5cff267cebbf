"""The ASGI app: routes in one list, limits and headers as middleware, services from the bot.

Today it serves the Telegram webhook (instead of python-telegram-bot's own tornado server, so one
port serves everything) and `/healthz`; the resident chat and the staff console join the same list.
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import BaseRoute, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bot.settings import trusted_networks
from handlers.services import Services

IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

logger = logging.getLogger(__name__)

MAX_BODY_BYTES = 1024 * 1024  # Telegram's updates are a few kB; nothing a resident sends is near this
# A whole body must arrive within this many seconds of the handler asking for it: what residents and
# Telegram send is a few kB, sent with the headers. A client that stops half-way would otherwise hold
# its handler, and on SIGTERM the server, which waits for every request to finish, for ever.
BODY_SECONDS = 5.0


class BodyTooLarge(Exception):
    pass


class BodyNotSent(Exception):
    """The body did not arrive: too slowly (408), or the server is stopping (503)."""

    def __init__(self, stopping: bool) -> None:
        super().__init__("stopping" if stopping else "too slow")
        self.stopping = stopping


class LimitBody:
    """Refuses a request body over `limit` bytes with 413, whether or not it says its length; one
    not sent whole within `seconds` with 408, and one still awaited when `stopping` is set with 503,
    so a stopping server does not wait on a client that went quiet."""

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY_BYTES, seconds: float = BODY_SECONDS,
                 stopping: asyncio.Event | None = None) -> None:
        self.app, self.limit, self.seconds, self.stopping = app, limit, seconds, stopping
        # The requests waiting on their body, and those of them `_stop` cancelled: one watcher of
        # `stopping` for the app's life, instead of a task and a future for every body awaited.
        self._waiting: set[asyncio.Task[Any]] = set()
        self._stopped: set[asyncio.Task[Any]] = set()
        self._watcher: asyncio.Task[None] | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await _too_large(scope, receive, send)
            return
        seen = 0
        whole = False  # after the body, receive() only waits for a disconnect: no deadline then
        deadline: float | None = None

        async def limited() -> Message:
            nonlocal seen, whole, deadline
            if whole:
                return await receive()
            if deadline is None:
                deadline = asyncio.get_running_loop().time() + self.seconds
            message = await self._within(receive, deadline)
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise BodyTooLarge
                whole = not message.get("more_body", False)
            return message

        try:
            await self.app(scope, limited, send)
        except BodyTooLarge:
            await _too_large(scope, receive, send)
        except BodyNotSent as exc:
            await _not_sent(scope, receive, send, exc.stopping)

    async def _within(self, receive: Receive, deadline: float) -> Message:
        """The next message, unless the deadline passes or the server starts stopping first.

        Awaited in the request's own task under a deadline: a body that is already in (nearly every
        one) costs no task, no future and no extra turn of the event loop, which a task racing
        `stopping.wait()` cost on every request."""
        if self.stopping is not None and self.stopping.is_set():
            raise BodyNotSent(stopping=True)
        task = asyncio.current_task()
        if self.stopping is None or task is None:
            return await self._before(receive, deadline)
        if self._watcher is None or self._watcher.get_loop() is not task.get_loop():  # an app outlives a test's loop
            self._waiting.clear()
            self._watcher = asyncio.ensure_future(self._stop(self.stopping))
        self._waiting.add(task)
        try:
            return await self._before(receive, deadline)
        except asyncio.CancelledError:
            if task not in self._stopped:
                raise  # cancelled by someone else (the server's grace period ended): theirs to handle
            task.uncancel()
            raise BodyNotSent(stopping=True) from None
        finally:
            self._waiting.discard(task)
            self._stopped.discard(task)

    @staticmethod
    async def _before(receive: Receive, deadline: float) -> Message:
        try:
            async with asyncio.timeout_at(deadline):
                return await receive()
        except TimeoutError:
            raise BodyNotSent(stopping=False) from None

    async def _stop(self, stopping: asyncio.Event) -> None:
        """Once the server starts stopping, every request still waiting on its body stops waiting."""
        await stopping.wait()
        for task in self._waiting:
            self._stopped.add(task)
            task.cancel()


async def _too_large(scope: Scope, receive: Receive, send: Send) -> None:
    logger.warning("Refused a request body over %s bytes to %s", MAX_BODY_BYTES, scope.get("path"))
    await JSONResponse({"error": "request body too large"}, status_code=413)(scope, receive, send)


async def _not_sent(scope: Scope, receive: Receive, send: Send, stopping: bool) -> None:
    """408 or 503, closing the connection: the rest of the body may still come, and must not be
    read as the next request."""
    logger.warning("A request body to %s %s", scope.get("path"),
                   "was still awaited when the server stopped" if stopping else "did not arrive in time")
    if stopping:
        response = JSONResponse({"error": "the server is restarting, try again"}, status_code=503,
                                headers={"connection": "close", "retry-after": "5"})
    else:
        response = JSONResponse({"error": "request body not sent in time"}, status_code=408,
                                headers={"connection": "close"})
    await response(scope, receive, send)


class SecurityHeaders:
    """Headers every response carries; pages add their own Content-Security-Policy on top. With
    `hsts` (the console's cookie is Secure, so the bot is reached over https) browsers are told to
    use https only."""

    def __init__(self, app: ASGIApp, hsts: bool = False) -> None:
        self.app = app
        self.extra = [(b"strict-transport-security", b"max-age=31536000")] if hsts else []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {name.lower() for name, _ in headers}
                for name, value in ((b"x-content-type-options", b"nosniff"),
                                    (b"referrer-policy", b"no-referrer"),
                                    (b"content-security-policy", b"default-src 'none'; frame-ancestors 'none'"),
                                    (b"cache-control", b"no-store"), *self.extra):
                    if name not in names:
                        headers.append((name, value))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)


class CatchErrors:
    """A handler's error becomes a 500 here, inside SecurityHeaders, so it carries the headers too;
    and since nothing is raised on to uvicorn, the connection stays open for the next request
    (uvicorn reset it after an error)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def watched(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, watched)
        except Exception:
            logger.exception("Error while serving %s %s", scope.get("method"), scope.get("path"))
            if started:
                raise  # half an answer is out: only closing the connection can end it
            await PlainTextResponse("Något gick fel. Försök igen om en stund.", status_code=500)(scope, receive, send)


class RealClient:
    """`scope["client"]` is the client's address, also behind the reverse proxies named in
    web_trusted_proxies. Only a trusted peer's X-Forwarded-For is read, from the right, past every
    trusted hop: what the client wrote itself is further left and never reached. Without trusted
    proxies the connecting address is the client, whatever the header says."""

    def __init__(self, app: ASGIApp, trusted: Sequence[IPNetwork] = ()) -> None:
        self.app, self.trusted = app, tuple(trusted)

    def _is_trusted(self, address: str) -> bool:
        try:
            ip = ipaddress.ip_address(address)
        except ValueError:
            return False
        return any(ip in network for network in self.trusted)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        client = scope.get("client")
        if scope["type"] == "http" and self.trusted and client and self._is_trusted(client[0]):
            hops = [hop.strip() for name, value in scope.get("headers") or [] if name == b"x-forwarded-for"
                    for hop in value.decode("latin-1").split(",")]
            address = client[0]
            for hop in reversed(hops):
                if self._is_trusted(hop):
                    address = hop
                    continue
                try:
                    address = str(ipaddress.ip_address(hop))
                except ValueError:
                    pass  # not an address: the last trusted hop is the best we know
                break
            scope = {**scope, "client": (address, 0)}
        await self.app(scope, receive, send)


async def read_json(request: Request) -> Any:
    """The request's JSON body, or None when it is not JSON (the caller answers 400)."""
    try:
        return json.loads(await request.body())
    except (ValueError, UnicodeDecodeError, RecursionError):  # RecursionError: "[" a hundred thousand times
        return None


def health_route(services: Services) -> Route:
    async def healthz(request: Request) -> Response:
        try:
            await services.desk.db.schema_version()
            database = "ok"
        except Exception:  # noqa: BLE001 - health reports any failure as a state, never a 500
            logger.exception("Health check: the database does not answer")
            database = "unavailable"
        status = 200 if database == "ok" else 503
        return JSONResponse({"status": "ok" if status == 200 else "degraded",
                             "municipalities": len(services.engine.knowledge.municipalities),
                             "database": database}, status_code=status)

    return Route("/healthz", healthz, methods=["GET"])


Handler = Callable[[Request], Awaitable[Response]]


def create_app(services: Services, routes: Sequence[BaseRoute] = (),
               stopping: asyncio.Event | None = None) -> Starlette:
    """The one app object; `routes` come from the channels that are on (the Telegram webhook).
    `stopping` is set on SIGTERM: a body still awaited then is answered 503 at once."""
    settings = services.settings
    app = Starlette(
        routes=[health_route(services), *routes],
        middleware=[Middleware(SecurityHeaders, hsts=settings.web_cookie_secure), Middleware(CatchErrors),
                    Middleware(RealClient, trusted=trusted_networks(settings.web_trusted_proxies)),
                    Middleware(LimitBody, stopping=stopping)],
    )
    # Starlette's redirect to the path with or without a slash is built from the Host header,
    # which the client chooses; every path the bot serves is routed as it is written.
    app.router.redirect_slashes = False
    return app
