"""Where a `POST /api/chat` spends its time: the bot's ASGI app (middleware, the chat handler, the
dialogue, the engine, the conversation's save) driven in one process, without sockets or a load
generator sharing the core, with benchmarks/web_post.lua's six questions over 500 conversations.

    .venv/bin/python -m benchmarks.web_profile [REQUESTS] [--profile]

prints the CPU time per request and, with --profile, cProfile's heaviest functions (by their own time
and by time below them). Not a section of benchmarks/run.py: it measures no target, it finds costs."""

from __future__ import annotations

import asyncio
import cProfile
import gc
import json
import os
import pstats
import sys
import tempfile
import time
from collections.abc import MutableMapping
from typing import Any

from bot.settings import Settings
from handlers.services import Services
from handlers.web import chat, staff
from handlers.web.app import create_app

QUESTIONS = ("Vad fokuserar Sölvesborg på?", "Hur länge gäller avtalet i Vellinge?", "Vem är kommunpolis i Sölvesborg?",
             "Vad betyder medborgarlöfte?", "Vilka kommuner har grannsamverkan?", "What does Kävlinge focus on?")
WARM_UP = 300


async def _profile(requests: int, profile: bool) -> None:
    services = Services()
    await services.open(Settings.load())
    app = create_app(services, [*chat.routes(services), *staff.routes(services)], stopping=asyncio.Event())
    gc.freeze()  # as handlers/server.py does after start-up

    async def one(n: int) -> None:
        body = json.dumps({"conversation": f"bench-conversation-{n % 500:05d}",
                           "text": QUESTIONS[n % len(QUESTIONS)]}).encode()
        scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
                 "scheme": "http", "path": "/api/chat", "raw_path": b"/api/chat", "query_string": b"",
                 "root_path": "", "client": ("127.0.0.1", 40000), "server": ("127.0.0.1", 8080),
                 "headers": [(b"host", b"127.0.0.1:8080"), (b"content-type", b"application/json"),
                             (b"content-length", str(len(body)).encode())]}
        sent: list[MutableMapping[str, Any]] = []
        given = False

        async def receive() -> dict[str, Any]:
            nonlocal given
            if not given:
                given = True
                return {"type": "http.request", "body": body, "more_body": False}
            await asyncio.Event().wait()  # no disconnect: the handler never asks once the body is read
            raise AssertionError

        async def send(message: MutableMapping[str, Any]) -> None:
            sent.append(message)

        await app(scope, receive, send)
        if sent[0]["status"] != 200:
            raise SystemExit(f"the app answered {sent[0]['status']}: {sent[-1].get('body', b'')[:200]!r}")

    try:
        for n in range(WARM_UP):
            await one(n)
        profiler = cProfile.Profile() if profile else None
        if profiler is not None:
            profiler.enable()
        cpu = time.process_time()  # every thread's: the database's too
        for n in range(WARM_UP, WARM_UP + requests):
            await one(n)
        cpu = time.process_time() - cpu
        if profiler is not None:
            profiler.disable()
            stats = pstats.Stats(profiler)
            stats.sort_stats("tottime").print_stats(30)
            stats.sort_stats("cumulative").print_stats(50)
        print(f"{requests} requests: {cpu / requests * 1000:.3f} ms CPU a request"
              + (" (under cProfile, which slows every call)" if profile else ""))
    finally:
        await services.close()


def main(argv: list[str]) -> None:
    os.environ.setdefault("TRYGGHETSBOT_DATA_DIR", tempfile.mkdtemp(prefix="web-profile-"))
    os.environ["TRYGGHETSBOT_WEB_REQUESTS_PER_MINUTE"] = "100000000"  # as benchmarks/web.py: one client
    os.environ.pop("TELEGRAM_BOT_TOKEN", None)
    numbers = [int(arg) for arg in argv if arg.isdigit()]
    asyncio.run(_profile(numbers[0] if numbers else 3000, "--profile" in argv))


if __name__ == "__main__":
    main(sys.argv[1:])
