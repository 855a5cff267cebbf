"""SIGTERM stops the real server cleanly (issue 25): a half-written concern does not keep it from
exiting, nor does a client that sent half a request body and went quiet; nothing is logged as a
traceback, and what was sent before is in the database after."""

from __future__ import annotations

import asyncio
import socket
import subprocess
import time
from pathlib import Path

from bot.storage import open_store

from tests.browser import WebBot
from tests.test_web_staff_browser import api, report


def test_sigterm_with_a_concern_half_way_exits_cleanly_and_keeps_what_was_sent(tmp_path: Path) -> None:
    web = WebBot(tmp_path / "data")
    quiet: socket.socket | None = None
    try:
        reference = report(web, "resident-done-000001", "solvesborg", "trafik", "Stortorget",
                           "Bilar kör fort över torget på kvällarna")
        for step in ({"text": "/synpunkt"}, {"choice": "solvesborg"}, {"choice": "trafik"}):
            api(web, "resident-half-000002", **step)  # left at the place step
        # A request whose body stops half-way: uvicorn waits for every request before it exits, and
        # this one's handler waited for the rest of the body for ever (the server never exited).
        quiet = socket.create_connection(("127.0.0.1", web.port), timeout=10)
        quiet.sendall(b"POST /api/chat HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                      b"Content-Length: 200\r\n\r\n{\"conversation\": \"resident-quiet-00003\", \"te")
        time.sleep(0.3)  # the handler is now reading the body
        web.process.terminate()
        code = web.process.wait(10)
        answered = b""
        while chunk := quiet.recv(65536):
            answered += chunk
    except subprocess.TimeoutExpired:
        raise AssertionError("the server did not exit within 10 s of SIGTERM") from None
    finally:
        if web.process.poll() is None:  # whatever failed above, no server is left running
            web.process.kill()
            web.process.wait(10)
        if quiet is not None:
            quiet.close()
    log = web.log.read_text(encoding="utf-8")
    assert code == 0, log[-2000:]
    assert "Traceback" not in log, log[-2000:]
    assert answered.startswith(b"HTTP/1.1 503"), answered  # told to try again, not left hanging

    async def stored() -> list[str]:
        store = await open_store(tmp_path / "data")
        try:
            return [c.service_request_id for c in await store.concerns()]
        finally:
            await store.close()

    assert asyncio.run(stored()) == [reference]
