"""The staff console's concern list at 100,000 concerns: whole pages (query, count, template) through
the ASGI app in-process, signed in, with each filter the page offers, and deep pages by cursor.

Both stores: SQLite (the default), then PostgreSQL when its server programs are on the machine.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import re
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from bot.concerns.desk import TIMEZONE
from bot.settings import Settings, StaffMember
from bot.staff.accounts import hash_password
from bot.storage import TABLES
from handlers.services import Services
from handlers.web import chat, staff
from handlers.web.app import create_app

ROWS = 100_000
REQUESTS_PER_CASE = 60
PASSWORD = "benchmark password 1"
MUNICIPALITIES = ("solvesborg", "solvesborg", "vellinge", "kavlinge", "solvesborg")
CATEGORIES = (("trafik", "Trafik"), ("droger", "Droger"), ("skadegorelse", "Skadegörelse"),
              ("belysning-otrygg-plats", "Belysning / otrygg plats"), ("ungdomar", "Ungdomar"))
STATUSES = ("open", "open", "in_progress", "closed", "in_lagesbild")


def rows() -> list[tuple[Any, ...]]:
    start = dt.datetime(2025, 1, 1, tzinfo=TIMEZONE)
    made = []
    for i in range(ROWS):
        when = start + dt.timedelta(minutes=7 * i)
        stamp = when.isoformat(timespec="seconds")
        municipality = MUNICIPALITIES[i % len(MUNICIPALITIES)]
        code, name = CATEGORIES[(i // 3) % len(CATEGORIES)]
        made.append((f"{municipality[:3].upper()}-{when.year}-{i:06d}", municipality, code, name,
                     f"Bilar kör för fort vid skola nummer {i % 40} och mer text om platsen {i % 977}.",
                     56.05 + i % 100 / 1e4, 14.58, f"Storgatan {i % 90}", stamp, stamp, STATUSES[i % 5], "",
                     "telegram", None, 0, f"{i:032x}", when.timestamp()))
    return made


CASES = {
    "no_filter": "",
    "category": "kategori=droger",
    "status": "status=in_lagesbild",
    "date_range": "fran=2025-06-01&till=2025-06-30",
    "text": "q=nummer+16",
    "all_filters": "kategori=trafik&status=open&fran=2025-03-01&till=2025-09-30&q=skola",
    "rare_text": "q=platsen+976.",
}


async def _measure(database_url: str = "") -> dict[str, dict[str, float]]:
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        services = Services()
        member = StaffMember(None, frozenset({"solvesborg"}), "Bench", "bench", hash_password(PASSWORD))
        await services.open(Settings(data_dir=folder, staff=(member,), database_url=database_url,
                                     resident_hash_key="benchmark-key-0123456789" if database_url else "",
                                     web_cookie_secure=False))
        made = rows()
        started = time.perf_counter()
        for n in range(0, ROWS, 10_000):
            await services.desk.db.insert_rows("concerns", [r[:15] + (r[15], r[16]) for r in made[n:n + 10_000]])
        assert list(TABLES["concerns"][-2:]) == ["resident", "requested_epoch"]
        results["fill"] = {"rows": ROWS, "seconds": time.perf_counter() - started}
        if database_url:
            # What autovacuum does soon after a bulk load in production: statistics for the planner,
            # and the visibility map that lets counts read the index alone.
            import asyncpg  # noqa: PLC0415

            connection = await asyncpg.connect(database_url)
            await connection.execute("VACUUM ANALYZE concerns")
            await connection.close()
        app = create_app(services, [*chat.routes(services), *staff.routes(services)])
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bench") as http:
            form = await http.get("/staff/")
            token = re.search(r'name="csrf" value="([^"]+)"', form.text)
            assert token
            signed = await http.post("/staff/logga-in", data={"csrf": token.group(1), "username": "bench",
                                                               "password": PASSWORD})
            assert signed.status_code == 303
            for case, query in CASES.items():
                results[f"list_{case}"] = await _time(http, f"/staff/synpunkter?{query}")
            # Deep pages: follow "Nästa sida" 40 times from the first page (page 41 = rows 2001-2050).
            timings, url = [], "/staff/synpunkter?"
            for _ in range(40):
                started = time.perf_counter()
                page = await http.get(url)
                timings.append((time.perf_counter() - started) * 1000)
                found = re.search(r'href="(\?[^"]+)" rel="next"', page.text)
                assert page.status_code == 200 and found
                url = "/staff/synpunkter" + found.group(1).replace("&amp;", "&")
            results["list_next_pages_1_to_40"] = _summary(timings, 0)
        await services.close()
    return results


async def _time(http: httpx.AsyncClient, url: str) -> dict[str, float]:
    first = await http.get(url)
    assert first.status_code == 200, first.text[:300]
    matched = re.search(r"(\d+) synpunkt", first.text)
    timings = []
    for _ in range(REQUESTS_PER_CASE):
        started = time.perf_counter()
        response = await http.get(url)
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200
    return _summary(timings, int(matched.group(1)) if matched else 0)


def _summary(timings: list[float], matched: int) -> dict[str, float]:
    ordered = sorted(timings)
    return {"matched": matched, "p50_ms": statistics.median(ordered),
            "p99_ms": ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]}


def run() -> dict[str, dict[str, float]]:
    """On SQLite, then on a PostgreSQL server started for the run (when its programs are here)."""
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
