"""The web app: limits and headers, in-process over ASGI."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from handlers.web.app import MAX_BODY_BYTES, LimitBody, SecurityHeaders


async def echo(request: Request) -> Response:
    return Response(str(len(await request.body())))


APP = Starlette(routes=[Route("/echo", echo, methods=["POST"])],
                middleware=[Middleware(SecurityHeaders), Middleware(LimitBody)])


async def chunks(size: int) -> AsyncIterator[bytes]:
    sent = 0
    while sent < size:
        yield b"x" * 65536
        sent += 65536


async def test_a_body_over_the_limit_is_413_even_without_a_length() -> None:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=APP), base_url="http://test") as client:
        small = await client.post("/echo", content=b"x" * 1000)
        assert small.status_code == 200 and small.text == "1000"
        streamed = await client.post("/echo", content=chunks(MAX_BODY_BYTES + 65536))
        assert streamed.status_code == 413
        declared = await client.post("/echo", content=b"x" * (MAX_BODY_BYTES + 1))
        assert declared.status_code == 413


async def test_every_response_has_the_security_headers() -> None:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=APP), base_url="http://test") as client:
        response = await client.post("/echo", content=b"")
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert response.headers["referrer-policy"] == "no-referrer"


def test_a_busy_port_is_one_clear_line_and_the_start_names_the_addresses(tmp_path: Path) -> None:
    import socket

    from tests.browser import WebBot
    from tests.test_cli import run as cli

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code, out, err = cli("run", "--web", f"127.0.0.1:{port}")
    assert code == 1 and out == ""
    assert err.strip().count("\n") == 0 and f"127.0.0.1:{port} is already in use" in err and "Errno" not in err
    bot = WebBot(tmp_path / "data")
    try:
        log = bot.log.read_text(encoding="utf-8")
        assert f"Web chat at {bot.url}/ and staff console at {bot.url}/staff/" in log
    finally:
        assert bot.stop() == 0
