"""Web chat benchmark: POST /api/chat against `trygghetsbot run --web` pinned to core 0, loaded by
wrk (Debian's package; a C load generator, so the client is not what is measured) on core 1 with 8
connections for 10 s. Questions rotate over 500 conversations (benchmarks/web_post.lua)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.browser import free_port, wait_until_up

HERE = Path(__file__).parent
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def _ms(text: str) -> float:
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()  # type: ignore[union-attr]
    return float(value) * UNITS[unit]


def run() -> dict[str, dict[str, float]]:
    if shutil.which("wrk") is None:
        raise SystemExit("the web benchmark needs wrk: apt-get install wrk")
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    env.update({"TRYGGHETSBOT_DATA_DIR": tempfile.mkdtemp(prefix="web-bench-"),
                "TRYGGHETSBOT_WEB_REQUESTS_PER_MINUTE": "100000000"})
    server = subprocess.Popen(["taskset", "-c", "0", sys.executable, "-m", "bot", "run", "--web", f"127.0.0.1:{port}"],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until_up(f"http://127.0.0.1:{port}/healthz", server)
        command = ["taskset", "-c", "1", "wrk", "-t1", "-c8", "-d10s", "--latency", "-s",
                   str(HERE / "web_post.lua"), f"http://127.0.0.1:{port}/"]
        subprocess.run([*command[:6], "-d2s", *command[7:]], capture_output=True, check=True)  # warm up
        output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    finally:
        server.terminate()
        server.wait(20)
    if "Non-2xx" in output:
        raise SystemExit(f"the server answered with errors:\n{output}")
    percentiles = dict(re.findall(r"^\s+(50|99)%\s+(\S+)$", output, re.MULTILINE))
    return {"api_chat_server_on_1_core": {
        "answers_per_s": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),  # type: ignore[union-attr]
        "p50_ms": _ms(percentiles["50"]), "p99_ms": _ms(percentiles["99"])}}
