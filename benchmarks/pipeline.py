"""Telegram pipeline: Updates through the real Application and handlers to the outgoing send.

The bot is offline (an in-process Bot API), pinned to one core; Telegram's flood limits are off so
the number measures our own pipeline: parsing, the per-chat processor, the engine, rendering.
"""

from __future__ import annotations

import asyncio
import os
import tempfile
import time
from pathlib import Path

from telegram import Update

from benchmarks.offline_bot import OfflineRequest
from bot.settings import Settings
from handlers.telegram.app import RetryingRateLimiter, build_application

QUESTIONS = ["Vad fokuserar Sölvesborg på?", "Hur länge gäller avtalet i Vellinge?", "What does Kävlinge focus on?",
             "Vem är kommunpolis i Sölvesborg?", "Vad betyder medborgarlöfte?", "Vilka kommuner har grannsamverkan?",
             "Vad fokuserar Malmö på?", "och Burlöv?", "/hjalp", "/kommuner"]


def _update(update_id: int, chat_id: int, text: str) -> dict[str, object]:
    message: dict[str, object] = {"message_id": update_id, "date": int(time.time()), "text": text,
                                  "chat": {"id": chat_id, "type": "private"},
                                  "from": {"id": chat_id, "is_bot": False, "first_name": "A"}}
    if text.startswith("/"):
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text)}]
    return {"update_id": update_id, "message": message}


async def _measure(count: int, chats: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        request = OfflineRequest()
        settings = Settings(telegram_bot_token="1:offline", data_dir=Path(tmp))
        limiter = RetryingRateLimiter(overall_max_rate=0, group_max_rate=0)
        app = build_application(settings, rate_limiter=limiter, request=request)
        async with app:
            await app.post_init(app)
            await app.start()
            updates = [Update.de_json(_update(i, 1000 + i % chats, QUESTIONS[i % len(QUESTIONS)]), app.bot)
                       for i in range(1, count + 1)]
            baseline = request.sent
            started = time.perf_counter()
            for update in updates:
                app.update_queue.put_nowait(update)
            while request.sent - baseline < count:
                await asyncio.sleep(0.005)
            elapsed = time.perf_counter() - started
            await app.stop()
            await app.post_shutdown(app)
    return {"updates": count, "chats": chats, "seconds": elapsed, "updates_per_s": count / elapsed}


def run() -> dict[str, dict[str, float]]:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    try:
        asyncio.run(_measure(300, 50))  # warm-up
        return {"offline_bot_1_core": asyncio.run(_measure(5000, 200))}
    finally:
        if hasattr(os, "sched_setaffinity"):
            os.sched_setaffinity(0, set(range(os.cpu_count() or 1)))
