"""Hearing back (issue #34): from a staff member's status change to the resident's Telegram message.

    .venv/bin/python -m benchmarks.outbox

One bot process (its Telegram application, the outbox sender, the staff desk) against the fake Bot
API on 127.0.0.1, on SQLite and, when its server programs are here, PostgreSQL:

- latency: 200 opted-in concerns changed one at a time, 50 ms apart; the time from the change's
  commit to the message's send (p50, p99), and the window in which a process that died would send
  a message twice: from the send's answer to the row's mark (p99);
- throughput: a bulk change of 2,000 opted-in concerns, messages a second through the outbox with
  the limiter raised, beside 200 bare `send_message` calls of the same bot to the same fake (the
  fake and the bot share one interpreter, so that bare rate bounds what the outbox can show here),
  and at Telegram's 30 a second (the default), which is what production sends at.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from bot.concerns.updates import ChatIdCipher
from bot.settings import Settings, StaffMember
from bot.storage import TABLES
from bot.storage.records import UpdateRequest
from handlers.services import Services
from handlers.telegram.app import build_application
from handlers.telegram.outbox import OutboxSender
from tests.fake_telegram import TOKEN, FakeTelegram

KEY = "benchmark-outbox-key-0123456789"
ANNA = StaffMember(None, None, "Anna", "anna")
FIRST_CHAT = 500_000_000


async def _seed(services: Services, count: int, start: int) -> list[str]:
    desk = services.desk
    cipher = ChatIdCipher.of(desk)
    now = desk.now()
    stamp = now.isoformat(timespec="seconds")
    references = [f"KAV-2026-{n:06d}" for n in range(start, start + count)]
    rows = [(reference, "kavlinge", "trafik", "Trafik", "Bilarna kör för fort vid skolan", None, None, None,
             stamp, stamp, "open", "", "telegram", None, 0, f"resident-{reference}", now.timestamp())
            for reference in references]
    assert len(rows[0]) == len(TABLES["concerns"])
    await desk.db.insert_rows("concerns", rows)
    for n, reference in enumerate(references):
        request = UpdateRequest(reference, "telegram", cipher.encrypt(FIRST_CHAT + start + n), "sv", now.timestamp())
        assert await desk.db.request_updates(reference, f"resident-{reference}", request)
    return references


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


async def _wait_sent(fake: FakeTelegram, count: int, timeout: float = 600.0) -> None:
    deadline = time.monotonic() + timeout
    while len(fake.sent()) < count:
        if time.monotonic() > deadline:
            raise AssertionError(f"only {len(fake.sent())} of {count} sent")
        await asyncio.sleep(0.01)


async def _measure(database_url: str, rate: int, latency: bool, bulk: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp, FakeTelegram() as fake:
        settings = Settings(telegram_bot_token=TOKEN, telegram_api_base_url=fake.base_url, data_dir=Path(tmp),
                            database_url=database_url, resident_hash_key=KEY, telegram_messages_per_second=rate)
        app = build_application(settings)
        async with app:
            await app.post_init(app)
            services: Services = app.bot_data
            sender: OutboxSender = app.outbox_senders[0]  # type: ignore[attr-defined]
            before = len(fake.sent())
            result: dict[str, Any] = {}
            if latency:
                references = await _seed(services, 200, 1)
                for reference in references:
                    await services.staff.change_status(ANNA, reference, "in_progress", "Vi tittar på det")
                    await asyncio.sleep(0.05)
                await _wait_sent(fake, before + len(references))
                await asyncio.sleep(0.5)  # the last marks
                to_send = [a * 1000 for a, _ in sender.timings]
                to_mark = [b * 1000 for _, b in sender.timings]
                result = {"change_to_send_p50_ms": statistics.median(to_send),
                          "change_to_send_p99_ms": _percentile(to_send, 0.99),
                          "send_to_mark_p99_ms": _percentile(to_mark, 0.99), "messages": len(to_send)}
            if bulk:
                # What this process's bot and the fake Bot API manage without the outbox, for scale:
                # both share one interpreter, so their cost, not Telegram's, bounds the raised rate.
                bare_started = time.perf_counter()
                await asyncio.gather(*(app.bot.send_message(FIRST_CHAT - 1 - n, "x") for n in range(200)))
                result["bare_sends_per_s"] = 200 / (time.perf_counter() - bare_started)
                references = await _seed(services, bulk, 10_000)
                before = len(fake.sent())
                started = time.perf_counter()
                changed = await services.staff.change_statuses(ANNA, references, "in_progress", "Vi tittar på det")
                assert changed == bulk
                committed = time.perf_counter()
                await _wait_sent(fake, before + bulk)
                done = time.perf_counter()
                result.update({"bulk_change_s": committed - started, "messages": bulk,
                               "messages_per_s": bulk / (done - committed), "rate_setting": rate})
            await app.post_shutdown(app)
            return result


def run() -> dict[str, dict[str, Any]]:
    results = {"sqlite_latency": asyncio.run(_measure("", 1000, True, 0)),
               "sqlite_bulk_raised": asyncio.run(_measure("", 100_000, False, 2000)),
               "sqlite_bulk_telegram_rate": asyncio.run(_measure("", 30, False, 300))}
    try:
        from tests.pg import PostgresServer  # noqa: PLC0415

        server = PostgresServer()
    except (AssertionError, OSError):
        return results
    try:
        results["postgres_latency"] = asyncio.run(_measure(server.new_database(), 1000, True, 0))
        results["postgres_bulk_raised"] = asyncio.run(_measure(server.new_database(), 100_000, False, 2000))
    finally:
        server.stop()
    return results


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=2))
