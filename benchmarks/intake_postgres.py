"""Intake on PostgreSQL next to SQLite: the same 500 residents' whole conversations, first with one
process, then with two processes sharing one database (tests/pg.py starts the server), and the
export of 100,000 concerns from PostgreSQL."""

from __future__ import annotations

import asyncio
import multiprocessing
import tempfile
import time
from pathlib import Path
from typing import Any

from bot.concerns import ConcernDesk
from bot.engine import Engine
from bot.knowledge import load
from bot.settings import Settings
from bot.staff import ExportRequest, StaffDesk
from bot.storage import open_store
from benchmarks.intake import _resident
from tests.pg import PostgresServer

KEY = "benchmark-key-" + "k" * 24


async def _intake(url: str, residents: int, each: int, offset: int) -> tuple[int, float]:
    with tempfile.TemporaryDirectory() as tmp:
        desk = await ConcernDesk.open(Path(tmp), Engine(load()), KEY, database_url=url, per_hour=10**6,
                                      per_day=10**6)
        references: list[str] = []
        started = time.perf_counter()
        await asyncio.gather(*(_resident(desk, offset + i, each, references) for i in range(residents)))
        elapsed = time.perf_counter() - started
        await desk.close()
    return len(references), elapsed


def _process(url: str, residents: int, each: int, offset: int, out: Any) -> None:
    out.put(asyncio.run(_intake(url, residents, each, offset)))


async def _export(url: str) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        desk = await ConcernDesk.open(Path(tmp), Engine(load()), KEY, database_url=url)
        started = time.perf_counter()
        count = await StaffDesk(Settings(data_dir=Path(tmp)), desk).export_to(
            Path(tmp) / "x.csv", ExportRequest("solvesborg", None, None, "csv"))
        elapsed = time.perf_counter() - started
        await desk.close()
        assert count > 0
        return elapsed


async def _fill(url: str, rows: int) -> None:
    store = await open_store(Path("/nonexistent"), url)
    import datetime as dt  # noqa: PLC0415

    start = dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc)
    batch = []
    for i in range(rows):
        when = start + dt.timedelta(minutes=7 * i)
        stamp = when.isoformat(timespec="seconds")
        batch.append((f"SOL-{when.year}-{i:06d}", "solvesborg", "trafik", "Trafik", f"Bilar kör för fort {i % 40}",
                      56.05, 14.58, f"Storgatan {i % 90}", stamp, stamp, "open", "", "telegram", None, 0,
                      f"{i:032x}", when.timestamp()))
        if len(batch) == 10_000:
            await store.insert_rows("concerns", batch)
            batch = []
    await store.close()


def run() -> dict[str, dict[str, float]]:
    server = PostgresServer()
    try:
        one_url = server.new_database()
        count, elapsed = asyncio.run(_intake(one_url, 500, 20, 0))
        two_url = server.new_database()
        queue: Any = multiprocessing.get_context("spawn").Queue()
        started = time.perf_counter()
        processes = [multiprocessing.get_context("spawn").Process(target=_process, args=(two_url, 250, 20, n * 250, queue))
                     for n in range(2)]
        for process in processes:
            process.start()
        results = [queue.get() for _ in processes]
        for process in processes:
            process.join()
        two_elapsed = time.perf_counter() - started
        export_url = server.new_database()
        asyncio.run(_fill(export_url, 100_000))
        export_seconds = asyncio.run(_export(export_url))
    finally:
        server.stop()
    return {"postgres_one_process": {"concerns": count, "concerns_per_s": count / elapsed},
            "postgres_two_processes": {"concerns": sum(r[0] for r in results),
                                       "concerns_per_s": sum(r[0] for r in results) / two_elapsed},
            "postgres_export_csv_100000": {"seconds": export_seconds}}
