"""Intake on PostgreSQL next to SQLite: the same 500 residents' whole conversations, first with one
process, then with two processes sharing one database (tests/pg.py starts the server, on this
machine's cores, with fsync off like the tests), and the export of 100,000 concerns from PostgreSQL.

Each intake runs three times on a fresh database and the median is reported. The two-process clock
starts when both processes have opened their desks (a barrier), so it measures intake, not start-up,
and stops when the last of them is done; every run checks that each receipt is one stored concern."""

from __future__ import annotations

import asyncio
import multiprocessing
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.intake import _resident
from bot.answering.engine import Engine
from bot.answering.knowledge import load
from bot.concerns.desk import ConcernDesk
from bot.settings import Settings
from bot.staff import ExportRequest, StaffDesk
from bot.storage import open_store
from tests.pg import PostgresServer

KEY = "benchmark-key-" + "k" * 24


REPEATS = 3


async def _intake(url: str, residents: int, each: int, offset: int, ready: Any = None) -> tuple[int, float]:
    with tempfile.TemporaryDirectory() as tmp:
        desk = await ConcernDesk.open(Path(tmp), Engine(load()), KEY, database_url=url, per_hour=10**6,
                                      per_day=10**6)
        references: list[str] = []
        if ready is not None:
            await asyncio.to_thread(ready.wait)
        started = time.perf_counter()
        await asyncio.gather(*(_resident(desk, offset + i, each, references) for i in range(residents)))
        elapsed = time.perf_counter() - started
        await desk.close()
    return len(references), elapsed


def _process(url: str, residents: int, each: int, offset: int, ready: Any, out: Any) -> None:
    out.put(asyncio.run(_intake(url, residents, each, offset, ready)))


async def _stored(url: str) -> tuple[int, int]:
    store = await open_store(Path("/nonexistent"), url)
    try:
        rows = [row async for chunk in store.table_rows("concerns") for row in chunk]
    finally:
        await store.close()
    return len(rows), len({row[0] for row in rows})


def _one_process(server: PostgresServer) -> tuple[float, bool]:
    url = server.new_database()
    count, elapsed = asyncio.run(_intake(url, 500, 20, 0))
    return count / elapsed, asyncio.run(_stored(url)) == (count, count) == (10_000, 10_000)


def _two_processes(server: PostgresServer) -> tuple[float, bool]:
    url = server.new_database()
    context = multiprocessing.get_context("spawn")
    queue: Any = context.Queue()
    ready: Any = context.Barrier(3)
    processes = [context.Process(target=_process, args=(url, 250, 20, n * 250, ready, queue)) for n in range(2)]
    for process in processes:
        process.start()
    ready.wait()
    started = time.perf_counter()
    results = [queue.get() for _ in processes]
    elapsed = time.perf_counter() - started
    for process in processes:
        process.join()
    count = sum(result[0] for result in results)
    return count / elapsed, asyncio.run(_stored(url)) == (count, count) == (10_000, 10_000)


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


def run() -> dict[str, dict[str, Any]]:
    server = PostgresServer()
    try:
        one = [_one_process(server) for _ in range(REPEATS)]
        two = [_two_processes(server) for _ in range(REPEATS)]
        export_url = server.new_database()
        asyncio.run(_fill(export_url, 100_000))
        export_seconds = asyncio.run(_export(export_url))
    finally:
        server.stop()
    return {"postgres_one_process": {"concerns": 10_000, "concerns_per_s": statistics.median(r for r, _ in one),
                                     "runs": [round(r) for r, _ in one], "exact": all(ok for _, ok in one)},
            "postgres_two_processes": {"concerns": 10_000, "concerns_per_s": statistics.median(r for r, _ in two),
                                       "runs": [round(r) for r, _ in two], "exact": all(ok for _, ok in two)},
            "postgres_export_csv_100000": {"seconds": export_seconds}}
