"""SIGTERM stops the real server cleanly (issue 25): a half-written concern does not keep it from
exiting, nothing is logged as a traceback, and what was sent before is in the database after."""

from __future__ import annotations

import asyncio
import subprocess
from pathlib import Path

from bot.storage import open_store

from tests.browser import WebBot
from tests.test_web_staff_browser import api, report


def test_sigterm_with_a_concern_half_way_exits_cleanly_and_keeps_what_was_sent(tmp_path: Path) -> None:
    web = WebBot(tmp_path / "data")
    try:
        reference = report(web, "resident-done-000001", "solvesborg", "trafik", "Stortorget",
                           "Bilar kör fort över torget på kvällarna")
        for step in ({"text": "/synpunkt"}, {"choice": "solvesborg"}, {"choice": "trafik"}):
            api(web, "resident-half-000002", **step)  # left at the place step
        web.process.terminate()
        code = web.process.wait(10)
    except subprocess.TimeoutExpired:
        web.process.kill()
        raise AssertionError("the server did not exit within 10 s of SIGTERM") from None
    log = web.log.read_text(encoding="utf-8")
    assert code == 0, log[-2000:]
    assert "Traceback" not in log, log[-2000:]

    async def stored() -> list[str]:
        store = await open_store(tmp_path / "data")
        try:
            return [c.service_request_id for c in await store.concerns()]
        finally:
            await store.close()

    assert asyncio.run(stored()) == [reference]
