"""Intake: 10,000 concerns from 500 concurrent simulated residents, each through the whole conversation."""

from __future__ import annotations

import asyncio
import sqlite3
import tempfile
import time
from pathlib import Path

from bot.answering.engine import Engine
from bot.answering.knowledge import load
from bot.concerns.desk import ConcernDesk
from bot.concerns.intake import Reply
from bot.storage import DATABASE_FILE

MUNICIPALITIES = ("solvesborg", "vellinge", "kavlinge", "burlov", "vaxjo")


async def _resident(desk: ConcernDesk, index: int, concerns: int, references: list[str]) -> None:
    user = f"resident-{index}"
    for n in range(concerns):
        await desk.start("bench", user, MUNICIPALITIES[(index + n) % 5], "sv")
        for reply in (Reply(choice="trafik"), Reply(text=f"Gata {n}"),
                      Reply(text=f"Bilar kör för fort här, ring 070-123 45 {n % 100:02d}."), Reply(choice="no")):
            await desk.reply("bench", user, reply)
        receipt = await desk.reply("bench", user, Reply(choice="send"))
        assert receipt.reference, receipt.text
        references.append(receipt.reference)


async def _measure(residents: int, each: int) -> dict[str, float | int | str | bool]:
    with tempfile.TemporaryDirectory() as tmp:
        desk = await ConcernDesk.open(Path(tmp), Engine(load()), per_hour=10**6, per_day=10**6)
        references: list[str] = []
        started = time.perf_counter()
        await asyncio.gather(*(_resident(desk, i, each, references) for i in range(residents)))
        elapsed = time.perf_counter() - started
        integrity = await desk.db.integrity_check()
        await desk.close()
        with sqlite3.connect(Path(tmp) / DATABASE_FILE) as connection:
            stored = connection.execute("SELECT COUNT(*), COUNT(DISTINCT service_request_id) FROM concerns").fetchone()
    total = residents * each
    return {"residents": residents, "concerns": total, "seconds": elapsed, "concerns_per_s": total / elapsed,
            "stored": stored[0], "distinct": stored[1], "receipts": len(set(references)),
            "exact": stored[0] == stored[1] == len(set(references)) == total, "integrity": integrity}


def run() -> dict[str, dict[str, float | int | str | bool]]:
    return {"500_residents_10000_concerns": asyncio.run(_measure(500, 20))}
