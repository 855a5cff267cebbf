"""Export of 100,000 concerns through the staff export path (streamed from SQLite in chunks).

Time and memory are measured in separate passes: tracemalloc slows every allocation, so the timed
pass runs without it, and the memory pass reports the peak of Python allocations.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import sqlite3
import tempfile
import time
import tracemalloc
from pathlib import Path

from bot.answering.engine import Engine
from bot.answering.knowledge import load
from bot.concerns.desk import TIMEZONE, ConcernDesk
from bot.settings import Settings
from bot.staff import ExportRequest, StaffDesk
from bot.storage import DATABASE_FILE

ROWS = 100_000


def _fill(path: Path) -> None:
    start = dt.datetime(2025, 1, 1, tzinfo=TIMEZONE)
    with sqlite3.connect(path) as connection:
        batch = []
        for i in range(ROWS):
            when = start + dt.timedelta(minutes=7 * i)
            stamp = when.isoformat(timespec="seconds")
            batch.append((f"SOL-{when.year}-{i:06d}", "solvesborg", "trafik", "Trafik",
                          f"Bilar kör för fort vid skola nummer {i % 40}; =SUM(A1) och mer text om platsen.",
                          56.05 + i % 100 / 1e4, 14.58, f"Storgatan {i % 90}", stamp, stamp, "open", "",
                          "telegram", f"{i:032x}", "070-123 45 67" if i % 10 == 0 else None, int(i % 10 == 0),
                          when.timestamp()))
            if len(batch) == 10_000:
                connection.executemany("INSERT INTO concerns VALUES (" + ", ".join("?" * 17) + ")", batch)
                batch = []


async def _measure() -> dict[str, dict[str, float]]:
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        desk = await ConcernDesk.open(folder, Engine(load()))
        _fill(folder / DATABASE_FILE)
        staff = StaffDesk(Settings(data_dir=folder), desk)
        for fmt in ("csv", "open311.csv", "xlsx", "json"):
            request = ExportRequest("solvesborg", None, None, fmt)
            started = time.perf_counter()
            count = await staff.export_to(folder / f"timed.{fmt}", request)
            elapsed = time.perf_counter() - started
            tracemalloc.start()
            await staff.export_to(folder / f"traced.{fmt}", request)
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            assert count == ROWS
            results[fmt] = {"rows": count, "seconds": elapsed, "peak_python_mb": peak / 2**20,
                            "file_mb": (folder / f"timed.{fmt}").stat().st_size / 2**20}
        await desk.close()
    return results


def run() -> dict[str, dict[str, float]]:
    return asyncio.run(_measure())
