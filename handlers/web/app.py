"""The ASGI app: routes in one list, limits and headers as middleware, services from the bot.

Today it serves the Telegram webhook (instead of python-telegram-bot's own tornado server, so one
port serves everything) and `/healthz`; the resident chat and the staff console join the same list.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from handlers.services import Services

logger = logging.getLogger(__name__)

MAX_BODY_BYTES = 1024 * 1024  # Telegram's updates are a few kB; nothing a resident sends is near this


class BodyTooLarge(Exception):
    pass


class LimitBody:
    """Refuses a request body over `limit` bytes with 413, whether or not it says its length."""

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY_BYTES) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await _too_large(scope, receive, send)
            return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise BodyTooLarge
            return message

        try:
            await self.app(scope, limited, send)
        except BodyTooLarge:
            await _too_large(scope, receive, send)


async def _too_large(scope: Scope, receive: Receive, send: Send) -> None:
    logger.warning("Refused a request body over %s bytes to %s", MAX_BODY_BYTES, scope.get("path"))
    await JSONResponse({"error": "request body too large"}, status_code=413)(scope, receive, send)


class SecurityHeaders:
    """Headers every response carries; pages add their own Content-Security-Policy on top."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {name.lower() for name, _ in headers}
                for name, value in ((b"x-content-type-options", b"nosniff"),
                                    (b"referrer-policy", b"no-referrer"),
                                    (b"content-security-policy", b"default-src 'none'; frame-ancestors 'none'"),
                                    (b"cache-control", b"no-store")):
                    if name not in names:
                        headers.append((name, value))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)


async def read_json(request: Request) -> Any:
    """The request's JSON body, or None when it is not JSON (the caller answers 400)."""
    try:
        return json.loads(await request.body())
    except (ValueError, UnicodeDecodeError):
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


def create_app(services: Services, routes: Sequence[BaseRoute] = ()) -> Starlette:
    """The one app object; `routes` come from the channels that are on (the Telegram webhook)."""
    return Starlette(
        routes=[health_route(services), *routes],
        middleware=[Middleware(SecurityHeaders), Middleware(LimitBody)],
    )
