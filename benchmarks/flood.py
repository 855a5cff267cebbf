"""Another resident's answers during a flood of refused requests, on PostgreSQL (issue 35, item 5).

`trygghetsbot run --web` on one PostgreSQL (tests/pg.py starts it, fsync off), pinned to core 0. A
resident asks a question every 50 ms from its own addresses (127.0.0.10–29, a new conversation each
time, so its own limits never refuse it), first alone, then while a flooding client on 127.0.0.3
sends FLOOD_RATE requests a second over keep-alive connections from core 1: past its address's
allowance (4 × 30 a minute) every one of them is refused with 429. The resident's median and p99
are reported for both phases, with the flood's achieved rate and statuses, and the rows the database
wrote per refused request (PostgreSQL's own counters, less what the accepted requests wrote).

    .venv/bin/python benchmarks/flood.py                 # this checkout
    .venv/bin/python benchmarks/flood.py --code DIR      # the server from another checkout (before)
    .venv/bin/python benchmarks/flood.py --rate 400      # another flood rate

Before the change each refused request cost the database two writes (token buckets); now a refused
client is refused from the process's memory.
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser import free_port, wait_until_up  # noqa: E402
from tests.pg import PostgresServer  # noqa: E402

FLOOD_RATE = 1100  # requests a second, as in the report (the flooding client's most)
FLOOD_CONNECTIONS = 16
PHASE_SECONDS = 10.0
ASK_EVERY = 0.05
RESIDENT_ADDRESSES = [f"127.0.0.{n}" for n in range(10, 30)]
FLOOD_ADDRESS = "127.0.0.3"
KEY = "benchmark-key-" + "k" * 24


def _request(port: int, conversation: str, text: str) -> bytes:
    body = json.dumps({"conversation": conversation, "text": text}).encode()
    return (f"POST /api/chat HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode() + body


async def _exchange(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, request: bytes) -> int:
    writer.write(request)
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = next(int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                  if line.lower().startswith(b"content-length:"))
    await reader.readexactly(length)
    return status


async def _flood(port: int, seconds: float, rate: float, out: Any) -> None:
    statuses: Counter[int] = Counter()
    per_connection = rate / FLOOD_CONNECTIONS
    deadline = time.perf_counter() + seconds

    async def connection(n: int) -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port, local_addr=(FLOOD_ADDRESS, 0))
        sent = 0
        started = time.perf_counter()
        while time.perf_counter() < deadline:
            statuses[await _exchange(reader, writer, _request(port, f"flood-{n:03d}-{sent:08d}", "hej"))] += 1
            sent += 1
            ahead = started + sent / per_connection - time.perf_counter()
            if ahead > 0:
                await asyncio.sleep(ahead)
        writer.close()

    started = time.perf_counter()
    await asyncio.gather(*(connection(n) for n in range(FLOOD_CONNECTIONS)))
    out.put((dict(statuses), sum(statuses.values()) / (time.perf_counter() - started)))


def _flood_process(port: int, seconds: float, rate: float, out: Any) -> None:
    os.sched_setaffinity(0, {1})
    asyncio.run(_flood(port, seconds, rate, out))


async def _rows_written(url: str) -> int:
    """Rows inserted, updated and deleted in the database so far, by PostgreSQL's statistics."""
    import asyncpg  # noqa: PLC0415 - only with PostgreSQL

    await asyncio.sleep(1.5)  # the server flushes its counters about once a second
    connection = await asyncpg.connect(url)
    try:
        return int(await connection.fetchval(
            "SELECT tup_inserted + tup_updated + tup_deleted FROM pg_stat_database WHERE datname = current_database()"))
    finally:
        await connection.close()


async def _resident(port: int, seconds: float, tag: str) -> tuple[list[float], Counter[int]]:
    connections = [await asyncio.open_connection("127.0.0.1", port, local_addr=(address, 0))
                   for address in RESIDENT_ADDRESSES]
    latencies: list[float] = []
    statuses: Counter[int] = Counter()
    deadline = time.perf_counter() + seconds
    n = 0
    while time.perf_counter() < deadline:
        reader, writer = connections[n % len(connections)]
        started = time.perf_counter()
        request = _request(port, f"resident-{tag}-{n:06d}", "Vad fokuserar Vellinge på?")
        statuses[await _exchange(reader, writer, request)] += 1
        latencies.append((time.perf_counter() - started) * 1000)
        n += 1
        await asyncio.sleep(max(0.0, ASK_EVERY - (time.perf_counter() - started)))
    for _, writer in connections:
        writer.close()
    return latencies, statuses


def _p99(values: list[float]) -> float:
    return statistics.quantiles(values, n=100)[98]


def measure(code: Path = ROOT, rate: float = FLOOD_RATE) -> dict[str, dict[str, Any]]:
    postgres = PostgresServer()
    port = free_port()
    url = postgres.new_database()
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    env.update({"TRYGGHETSBOT_DATA_DIR": tempfile.mkdtemp(prefix="flood-bench-"),
                "TRYGGHETSBOT_DATABASE_URL": url, "TRYGGHETSBOT_RESIDENT_HASH_KEY": KEY,
                "TRYGGHETSBOT_WEB_COOKIE_SECURE": "false", "PYTHONPATH": str(code)})
    server = subprocess.Popen(["taskset", "-c", "0", sys.executable, "-m", "bot", "run", "--web", f"127.0.0.1:{port}"],
                              env=env, cwd=code, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until_up(f"http://127.0.0.1:{port}/healthz", server)
        os.sched_setaffinity(0, {1})
        asyncio.run(_resident(port, 2.0, "warm"))
        written = asyncio.run(_rows_written(url))
        alone, alone_statuses = asyncio.run(_resident(port, PHASE_SECONDS, "alone"))
        per_resident_request = (asyncio.run(_rows_written(url)) - written) / len(alone)
        out: Any = multiprocessing.get_context("spawn").Queue()
        flood = multiprocessing.get_context("spawn").Process(target=_flood_process,
                                                             args=(port, PHASE_SECONDS + 2.0, rate, out))
        written = asyncio.run(_rows_written(url))
        flood.start()
        time.sleep(1.0)  # the flood is past its allowance and refused from here on
        during, during_statuses = asyncio.run(_resident(port, PHASE_SECONDS, "flood"))
        flood_statuses, flood_rate = out.get(timeout=60)
        flood.join(30)
        flood_rows = asyncio.run(_rows_written(url)) - written - per_resident_request * len(during)
    finally:
        server.terminate()
        server.wait(20)
        postgres.stop()
    if set(alone_statuses) != {200} or set(during_statuses) != {200}:
        raise SystemExit(f"the resident was refused: {alone_statuses} {during_statuses}")
    return {"resident_alone": {"p50_ms": statistics.median(alone), "p99_ms": _p99(alone), "requests": len(alone)},
            "resident_during_flood": {"p50_ms": statistics.median(during), "p99_ms": _p99(during),
                                      "requests": len(during)},
            "flood": {"requests_per_s": flood_rate, "refused_share": flood_statuses.get(429, 0)
                      / max(1, sum(flood_statuses.values())), "statuses": flood_statuses,
                      # the accepted ones write what a resident's request writes
                      "rows_written_per_refused_request": (flood_rows - per_resident_request
                                                           * flood_statuses.get(200, 0))
                      / max(1, flood_statuses.get(429, 0))}}


def run() -> dict[str, dict[str, Any]]:
    return measure()


if __name__ == "__main__":
    chosen = Path(sys.argv[sys.argv.index("--code") + 1]).resolve() if "--code" in sys.argv else ROOT
    given = float(sys.argv[sys.argv.index("--rate") + 1]) if "--rate" in sys.argv else FLOOD_RATE
    print(json.dumps(measure(chosen, given), indent=2))
