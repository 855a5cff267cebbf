"""A resident's /radera at 100,000 concerns: the time from the request to the reply, which now
includes scrubbing the audit log and, on SQLite, truncating the write-ahead log (secure_delete on),
on PostgreSQL a VACUUM of the tables it touched. Also what the README's weekly `VACUUM (FULL)` costs
at that size on PostgreSQL.

    .venv/bin/python -m benchmarks.erasure

Both stores: SQLite (the default), then PostgreSQL when its server programs are on the machine.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.console import ROWS, rows
from bot.settings import Settings
from bot.storage.records import AuditEntry
from handlers.services import Services

ERASURES = 30
KEY = "benchmark-key-0123456789"


async def _measure(database_url: str = "") -> dict[str, dict[str, float]]:
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        services = Services()
        await services.open(Settings(data_dir=Path(tmp), database_url=database_url, resident_hash_key=KEY))
        desk, db = services.desk, services.desk.db
        made = rows()
        # The first ERASURES residents own three concerns each, every one with two staff changes.
        owned: list[tuple[Any, ...]] = []
        for i, row in enumerate(made):
            resident = desk.resident("web", f"resident-{i // 3}") if i < ERASURES * 3 else row[15]
            owned.append(row[:15] + (resident, row[16]))
        for n in range(0, ROWS, 10_000):
            await db.insert_rows("concerns", owned[n:n + 10_000])
        now = desk.now()
        for row in owned[:ERASURES * 3]:
            for status in ("in_progress", "closed"):
                await db.log_audit(AuditEntry(now.isoformat(timespec="seconds"), "Bench", row[1], row[0], "status",
                                              "open", status, "En anteckning om platsen"), now.timestamp())
        timings = []
        for n in range(ERASURES):
            started = time.perf_counter()
            text = await desk.delete_mine("web", f"resident-{n}", "sv")
            timings.append((time.perf_counter() - started) * 1000)
            assert "3 synpunkt" in text, text
        ordered = sorted(timings)
        results["radera_3_concerns"] = {"p50_ms": statistics.median(ordered), "max_ms": ordered[-1],
                                        "erasures": ERASURES}
        if database_url:
            import asyncpg  # noqa: PLC0415

            connection = await asyncpg.connect(database_url)
            try:
                started = time.perf_counter()
                await connection.execute("VACUUM (FULL) concerns, audit_log, intake_sessions")
                results["vacuum_full"] = {"seconds": time.perf_counter() - started, "rows": ROWS}
            finally:
                await connection.close()
        await services.close()
    return results


def run() -> dict[str, dict[str, float]]:
    from tests.pg import INITDB, PG_CTL, PostgresServer  # noqa: PLC0415

    results = asyncio.run(_measure())
    if INITDB and PG_CTL:
        server = PostgresServer()
        try:
            measured = asyncio.run(_measure(server.new_database()))
        finally:
            server.stop()
        results.update({f"postgres_{case}": values for case, values in measured.items()})
    return results


if __name__ == "__main__":
    for name, values in run().items():
        print(name, values)
