"""A resident's POST /api/chat while 1,100 connections from another address send an unfinished
request head (`GET / HTTP/1.1\\r\\nHost: x\\r\\n`); the server runs with an open-file limit
of 1024 (issue 35). Two cases: the 1,100 opened once (the issue's attack), and reopened as soon as
the server closes them (a connection flood, tens of thousands a second: a reverse proxy's
limit_conn/limit_req is the answer to that). Reports the resident's median and longest answer time
before and during the attack, and how large the server's log grew."""

from __future__ import annotations

import http.client
import json
import os
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from tests.browser import free_port, wait_until_up

SLOW = 1100
FILE_LIMIT = 1024
SECONDS = 15.0
HEAD = b"GET / HTTP/1.1\r\nHost: x\r\n"


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_NOFILE, (FILE_LIMIT, FILE_LIMIT))


def _ask(port: int, number: int) -> float:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60, source_address=("127.0.0.3", 0))
    started = time.perf_counter()
    try:
        connection.request("POST", "/api/chat", body=json.dumps({"conversation": f"resident-bench-{number:06d}",
                                                                  "text": "Vad gör polisen i Sölvesborg?"}),
                           headers={"Content-Type": "application/json"})
        response = connection.getresponse()
        response.read()
        if response.status != 200:
            raise SystemExit(f"the resident was answered {response.status}")
    finally:
        connection.close()
    return (time.perf_counter() - started) * 1000


def _attack(port: int, stop: threading.Event, opened: list[int], reopen: bool) -> None:
    held: list[socket.socket] = []
    first = True
    while not stop.is_set():
        alive = []
        for sock in held:
            try:
                sock.setblocking(False)
                if sock.recv(4096) == b"":
                    sock.close()
                    continue
            except BlockingIOError:
                pass
            except OSError:
                sock.close()
                continue
            alive.append(sock)
        held = alive
        while (first or reopen) and len(held) < SLOW and opened[1] < SLOW * (1 + 1000 * reopen) \
                and not stop.is_set():
            opened[1] += 1
            sock = socket.socket()
            try:
                sock.bind(("127.0.0.2", 0))
                sock.settimeout(2)
                sock.connect(("127.0.0.1", port))
                sock.sendall(HEAD)
            except OSError:
                sock.close()
                continue
            opened[0] += 1
            held.append(sock)
        first = False
        time.sleep(0.2)
    for sock in held:
        sock.close()


def run() -> dict[str, dict[str, float]]:
    results: dict[str, dict[str, float]]
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, 8192), hard))
    port = free_port()
    folder = Path(tempfile.mkdtemp(prefix="slow-bench-"))
    log = folder / "web.log"
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    env.update({"TRYGGHETSBOT_DATA_DIR": str(folder / "data"), "TRYGGHETSBOT_WEB_REQUESTS_PER_MINUTE": "100000000"})
    server = subprocess.Popen([sys.executable, "-m", "bot", "run", "--web", f"127.0.0.1:{port}"], env=env,
                              stdout=log.open("wb"), stderr=subprocess.STDOUT, preexec_fn=_limit)
    try:
        wait_until_up(f"http://127.0.0.1:{port}/healthz", server)
        results = {"before": {"p50_ms": statistics.median([_ask(port, n) for n in range(50)])}}
        for case, reopen in (("resident_during_1100_unfinished_heads", False),
                             ("resident_during_unfinished_heads_reopened", True)):
            stop, opened = threading.Event(), [0, 0]
            attacker = threading.Thread(target=_attack, args=(port, stop, opened, reopen))
            attacker.start()
            time.sleep(1.0)
            during: list[float] = []
            started = time.monotonic()
            while time.monotonic() - started < SECONDS:
                during.append(_ask(port, 1000 + len(during)))
                time.sleep(0.05)
            stop.set()
            attacker.join()
            results[case] = {"p50_ms": statistics.median(during), "max_ms": max(during), "answers": len(during),
                             "slow_connections_opened": opened[0]}
            time.sleep(6)  # the server closes what is left
    finally:
        server.terminate()
        server.wait(20)
    results["server"] = {"log_kb": log.stat().st_size / 1024}
    return results


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
