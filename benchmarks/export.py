"""Export of 100,000 concerns: CSV and XLSX time and peak memory (Python allocations, tracemalloc)."""

from __future__ import annotations

import asyncio
import datetime as dt
import sqlite3
import tempfile
import time
import tracemalloc
from pathlib import Path

from bot import export
from bot.concerns import TIMEZONE, ConcernDesk
from bot.engine import Engine
from bot.knowledge import load
from bot.storage import DATABASE_FILE

ROWS = 100_000


def _fill(path: Path) -> None:
    start = dt.datetime(2025, 1, 1, tzinfo=TIMEZONE)
    rows = []
    for i in range(ROWS):
        when = start + dt.timedelta(minutes=7 * i)
        stamp = when.isoformat(timespec="seconds")
        rows.append((f"SOL-{when.year}-{i:06d}", "solvesborg", "trafik", "Trafik",
                     f"Bilar kör för fort vid skola nummer {i % 40}; =SUM(A1) och mer text om platsen.",
                     56.05 + i % 100 / 1e4, 14.58, f"Storgatan {i % 90}", stamp, stamp, "open", "", "telegram",
                     f"{i:032x}", None, 0, when.timestamp()))
    with sqlite3.connect(path) as connection:
        connection.executemany("INSERT INTO concerns VALUES (" + ", ".join("?" * 17) + ")", rows)


async def _measure() -> dict[str, dict[str, float]]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        desk = await ConcernDesk.open(folder, Engine(load()))
        _fill(folder / DATABASE_FILE)
        results = {}
        for name, writer in (("csv", export.write_csv), ("xlsx", export.write_xlsx)):
            tracemalloc.start()
            started = time.perf_counter()
            concerns = await desk.concerns(frozenset({"solvesborg"}))
            count = writer(concerns, folder / f"out.{name}")
            elapsed = time.perf_counter() - started
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            del concerns
            assert count == ROWS
            results[name] = {"rows": count, "seconds": elapsed, "peak_mb": peak / 2**20,
                             "file_mb": (folder / f"out.{name}").stat().st_size / 2**20}
        await desk.close()
    return results


def run() -> dict[str, dict[str, float]]:
    return asyncio.run(_measure())
