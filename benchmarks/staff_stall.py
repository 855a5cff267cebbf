"""How long a resident's POST /api/chat is held while staff download from the console (issue 35).

`trygghetsbot run --web` on SQLite with 100,000 concerns (one municipality, one year: the
lägesbild benchmark's data). A resident sends a message every 20 ms; a staff member downloads
export.xlsx, export.csv, the lägesbild page, the lägesbild .docx, and then three .docx at once.
For each, the longest and the median answer time of the resident's messages sent while the
download ran, and the same over 10 s without a download (the machine's own noise: it is shared). Before the worker processes, export.xlsx held the resident up to 3.9 s, the
lägesbild page 1.1 s and the .docx 0.8 s (three at once 6.4 s). Target: under 100 ms.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import yaml

from benchmarks.digest import ROWS, _fill
from bot.staff.accounts import hash_password
from bot.storage import DATABASE_FILE, open_store
from tests.browser import free_port, wait_until_up

PASSWORD = "benchmark lösenord för konsolen"
PERIOD = "kommun=solvesborg&fran=2025-11-21&till=2026-11-20"
DOWNLOADS = {"export_xlsx": ["/staff/export.xlsx?kommun=solvesborg"],
             "export_csv": ["/staff/export.csv?kommun=solvesborg"],
             "lagesbild_page": [f"/staff/lagesbild?{PERIOD}"],
             "lagesbild_docx": [f"/staff/lagesbild.docx?{PERIOD}"],
             "three_docx_at_once": [f"/staff/lagesbild.docx?{PERIOD}"] * 3}


class Resident(threading.Thread):
    """Sends a message every 20 ms and keeps (start, seconds) of each answer."""

    def __init__(self, url: str) -> None:
        super().__init__(daemon=True)
        self.url, self.stop, self.timed = url, threading.Event(), []  # type: list[tuple[float, float]]

    def run(self) -> None:
        with httpx.Client(base_url=self.url, timeout=60) as client:
            number = 0
            while not self.stop.is_set():
                number += 1
                started = time.monotonic()
                response = client.post("/api/chat", json={"conversation": f"resident-stall-{number % 50:06d}",
                                                          "text": "Vad gör polisen i Sölvesborg?"})
                if response.status_code != 200:
                    raise SystemExit(f"the resident was answered {response.status_code}")
                self.timed.append((started, time.monotonic() - started))
                time.sleep(0.02)

    def during(self, start: float, end: float) -> list[float]:
        return [seconds * 1000 for began, seconds in self.timed if began + seconds >= start and began <= end]


def _signed_in(url: str) -> httpx.Client:
    client = httpx.Client(base_url=url, timeout=600)
    form = client.get("/staff/")
    token = re.search(r'name="csrf" value="([^"]+)"', form.text)
    assert token, form.text
    answer = client.post("/staff/logga-in", data={"csrf": token.group(1), "username": "bench", "password": PASSWORD})
    assert answer.status_code == 303, answer.text
    return client


def _download(client: httpx.Client, path: str, statuses: list[int]) -> None:
    response = client.get(path)
    statuses.append(response.status_code)
    if response.status_code not in (200, 503):  # 503: every worker busy for 30 s, told to come back
        raise SystemExit(f"{path}: {response.status_code} {response.text[:300]}")


def run() -> dict[str, dict[str, float]]:
    folder = Path(tempfile.mkdtemp(prefix="stall-bench-"))
    data = folder / "data"
    asyncio.run(_create(data))
    _fill(data / DATABASE_FILE)
    settings = folder / "settings.yaml"
    settings.write_text(yaml.safe_dump({
        "web_cookie_secure": False, "map_tile_url": "",
        "staff": [{"username": "bench", "name": "Benchmark", "password_hash": hash_password(PASSWORD),
                   "municipalities": "all"}]},
        allow_unicode=True), encoding="utf-8")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    env.update({"TRYGGHETSBOT_DATA_DIR": str(data), "TRYGGHETSBOT_SETTINGS": str(settings),
                "TRYGGHETSBOT_WEB_REQUESTS_PER_MINUTE": "100000000"})
    server = subprocess.Popen([sys.executable, "-m", "bot", "run", "--web", f"127.0.0.1:{port}"], env=env,
                              stdout=(folder / "web.log").open("wb"), stderr=subprocess.STDOUT)
    print(f"server log: {folder / 'web.log'}", file=sys.stderr)
    results: dict[str, dict[str, Any]] = {}
    try:
        wait_until_up(f"{url}/healthz", server)
        staff = [_signed_in(url) for _ in range(3)]
        _download(staff[0], "/staff/export.csv?kommun=vellinge", [])  # the workers started and warm
        resident = Resident(url)
        resident.start()
        time.sleep(1.0)
        started = time.monotonic()
        time.sleep(10.0)  # no download: what this machine's own noise holds the resident up
        idle = resident.during(started, time.monotonic())
        results["no_download_10_s"] = {"resident_max_ms": max(idle), "resident_p99_ms": _p99(idle),
                                       "resident_p50_ms": statistics.median(idle), "resident_answers": len(idle)}
        for case, paths in DOWNLOADS.items():
            started = time.monotonic()
            statuses: list[int] = []
            threads = [threading.Thread(target=_download, args=(client, path, statuses))
                       for client, path in zip(staff, paths)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            ended = time.monotonic()
            during = resident.during(started, ended)
            results[case] = {"download_s": ended - started, "resident_max_ms": max(during),
                             "resident_p99_ms": _p99(during), "resident_p50_ms": statistics.median(during),
                             "resident_answers": len(during), "downloads_refused_503": statuses.count(503)}
            time.sleep(0.5)
        resident.stop.set()
        resident.join()
    finally:
        server.terminate()
        server.wait(30)
    return results


def _p99(values: list[float]) -> float:
    return sorted(values)[min(len(values) - 1, int(len(values) * 0.99))]


async def _create(data: Path) -> None:
    store = await open_store(data)  # the schema, for _fill's rows
    await store.close()


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
