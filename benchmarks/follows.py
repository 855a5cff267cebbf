"""Following a kommun (issue #34, item 4): from a reload's change to every follower's message.

    .venv/bin/python -m benchmarks.follows

- queue: 10,000 followers of one kommun; the time to queue the news (one outbox row each, one
  statement), and to queue the same change again (what a second process that reloaded it does:
  nothing written, every row's news_key already there); on SQLite and, when its server programs are
  here, PostgreSQL;
- delivery: 1,000 Telegram followers, one bot process against the fake Bot API on 127.0.0.1 with the
  limiter raised: from the change's announcement to the last message sent, and messages a second.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path
from typing import Any

from bot.concerns.news import AgreementChange
from bot.concerns.updates import ChatIdCipher
from bot.settings import Settings
from bot.storage import open_store
from handlers.services import Services
from handlers.telegram.app import build_application
from tests.fake_telegram import TOKEN, FakeTelegram

KEY = "benchmark-follows-key-0123456789"
FIRST_CHAT = 600_000_000


def _follows(count: int, channel: str, address: str | None, now: float) -> list[tuple[Any, ...]]:
    return [(f"resident-{n:06d}", channel, "vaxjo", address, "sv", now, now) for n in range(count)]


async def _queue(database_url: str, count: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as folder:
        store = await open_store(Path(folder), database_url)
        try:
            now = time.time()
            await store.insert_rows("follows", _follows(count, "telegram", "x" * 120, now))
            started = time.perf_counter()
            queued = await store.queue_news("vaxjo", '{"municipality": "Växjö", "items": []}', "d1", now)
            first = time.perf_counter() - started
            started = time.perf_counter()
            again = await store.queue_news("vaxjo", '{"municipality": "Växjö", "items": []}', "d1", now)
            second = time.perf_counter() - started
            assert (queued, again) == (count, 0)
            return {"followers": count, "queue_s": round(first, 3), "queue_again_s": round(second, 3)}
        finally:
            await store.close()


async def _deliver(count: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as folder, FakeTelegram() as fake:
        settings = Settings(telegram_bot_token=TOKEN, telegram_api_base_url=fake.base_url, data_dir=Path(folder),
                            resident_hash_key=KEY, telegram_messages_per_second=100_000)
        app = build_application(settings)
        async with app:
            await app.post_init(app)
            services: Services = app.bot_data
            cipher = ChatIdCipher.of(services.desk)
            now = time.time()
            rows = [(f"resident-{n:06d}", "telegram", "vaxjo", cipher.encrypt(FIRST_CHAT + n), "sv", now, now)
                    for n in range(count)]
            await services.desk.db.insert_rows("follows", rows)
            entry = services.engine.knowledge.municipalities["vaxjo"]
            change = AgreementChange("vaxjo", entry.agreements[-1], "changed",
                                     entry.source(entry.agreements[-1].source_id))
            started = time.perf_counter()
            assert await services.dialogue.follows.announce([change]) == count
            while len(fake.sent()) < count:
                await asyncio.sleep(0.01)
            elapsed = time.perf_counter() - started
            await app.post_shutdown(app)
    return {"followers": count, "seconds": round(elapsed, 2), "messages_per_s": round(count / elapsed)}


def run() -> dict[str, dict[str, Any]]:
    results = {"sqlite_queue": asyncio.run(_queue("", 10_000)), "sqlite_delivery": asyncio.run(_deliver(1000))}
    try:
        from tests.pg import PostgresServer  # noqa: PLC0415

        server = PostgresServer()
    except (AssertionError, OSError):
        return results
    try:
        results["postgres_queue"] = asyncio.run(_queue(server.new_database(), 10_000))
    finally:
        server.stop()
    return results


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=2))
