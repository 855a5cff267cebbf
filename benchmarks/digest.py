"""The lägesbild digest of 100,000 concerns: one municipality, one year, written as .docx, .html and .md
through the staff desk (read from SQLite in chunks, clustered, themed and mapped in one pass)."""

from __future__ import annotations

import asyncio
import datetime as dt
import random
import sqlite3
import tempfile
import time
from pathlib import Path

from bot.answering.engine import Engine
from bot.answering.knowledge import load
from bot.concerns.desk import TIMEZONE, ConcernDesk
from bot.settings import Settings, StaffMember
from bot.staff import StaffDesk, digest
from bot.storage import DATABASE_FILE

ROWS = 100_000
NOW = dt.datetime(2026, 11, 20, 12, tzinfo=TIMEZONE)
TEXTS = ("Det är mörkt vid {p} på kvällen, lampan har varit trasig länge.",
         "Bilar kör för fort förbi {p}, fortkörning varje morgon när barnen går till skolan.",
         "Ungdomar samlas vid {p} och det langas narkotika, det känns otryggt.",
         "Mycket nedskräpning och krossat glas vid {p}, klotter på väggarna.",
         "Cykelstölder vid {p} hela tiden, inbrott i förråden också.",
         "Otrygg gångtunnel vid {p}, ingen belysning och buskar som skymmer sikten.")
PLACES = [f"{name}" for name in ("Stortorget", "Busstationen", "Tivoliparken", "Norjeboke", "Hamnen",
                                  "Stadsparken", "Mjällbyvägen", "Gamla stan", "Idrottsplatsen", "Skolan")]
CATEGORIES = (("belysning-otrygg-plats", "Belysning/otrygg plats"), ("fokus-trafik-2024", "Trafik"),
              ("droger", "Droger"), ("skadegorelse", "Skadegörelse"), ("fokus-tillgreppsbrott", "Stölder"),
              ("ungdomar", "Ungdomar"), ("annat", "Annat"))


def _fill(path: Path) -> None:
    rng = random.Random(28)
    start = NOW - dt.timedelta(days=364)
    with sqlite3.connect(path) as connection:
        batch = []
        for i in range(ROWS):
            when = start + dt.timedelta(seconds=i * 364 * 86400 // ROWS)
            stamp = when.isoformat(timespec="seconds")
            place = rng.choice(PLACES) if rng.random() < 0.7 else f"Gata {rng.randrange(2000)}"
            located = rng.random() < 0.6
            code, name = rng.choice(CATEGORIES)
            batch.append((f"SOL-{when.year}-{i:06d}", "solvesborg", code, name,
                          rng.choice(TEXTS).format(p=place) + f" Tillägg {rng.randrange(10**6)}.",
                          56.0 + rng.random() * 0.1 if located else None,
                          14.5 + rng.random() * 0.15 if located else None, place, stamp, stamp, "open", "",
                          rng.choice(("telegram", "web", "web", "terminal")), f"{i:032x}", None, 0,
                          when.timestamp()))
            if len(batch) == 10_000 or i == ROWS - 1:
                connection.executemany("INSERT INTO concerns VALUES (" + ", ".join("?" * 17) + ")", batch)
                batch = []


async def _measure() -> dict[str, dict[str, float]]:
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        desk = await ConcernDesk.open(folder, Engine(load()))
        desk._clock = lambda: NOW.timestamp()  # noqa: SLF001 - the year the concerns fill
        _fill(folder / DATABASE_FILE)
        staff = StaffDesk(Settings(data_dir=folder), desk)
        admin = StaffMember(0, None, "benchmark")
        for fmt in digest.FORMATS:
            started = time.perf_counter()
            made = await digest.write(staff, admin, "solvesborg", folder / f"lagesbild.{fmt}", fmt)
            elapsed = time.perf_counter() - started
            assert made.total == ROWS, made.total
            results[fmt] = {"concerns": made.total, "seconds": elapsed, "places": len(made.places),
                            "themes": len(made.themes),
                            "file_kb": (folder / f"lagesbild.{fmt}").stat().st_size / 1024}
        await desk.close()
    return results


def run() -> dict[str, dict[str, float]]:
    return asyncio.run(_measure())


if __name__ == "__main__":
    import json

    print(json.dumps(run()))
