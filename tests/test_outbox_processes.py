"""A bulk change of 1,000 opted-in concerns, two `trygghetsbot run` processes on one PostgreSQL, the
fake Bot API answering one send in the middle with 429 (issue #34): every resident gets exactly one
message, both processes send, nothing twice. The limiter's rate is the setting, raised here."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import asyncpg
import pytest
import yaml

from bot.concerns.privacy import ResidentHasher
from bot.concerns.updates import ChatIdCipher
from bot.dates import STOCKHOLM
from bot.storage import TABLES, open_store
from bot.storage.records import Follow, UpdateRequest
from tests.browser import free_port, wait_until_up
from tests.fake_telegram import TOKEN, FakeTelegram
from tests.pg import PostgresServer, needs_postgres

pytestmark = [needs_postgres, pytest.mark.postgres]
KEY = "outbox-shared-key-" + "k" * 24
CONCERNS = 1000
FIRST_CHAT = 700_000_000
NOTE = "Vi har tagit upp det med polisen."


def start_bot(fake: FakeTelegram, url: str, data: Path, log: Path, **extra: str) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": fake.base_url,
           "TELEGRAM_WEBHOOK_SECRET": "outbox-secret", "TRYGGHETSBOT_DATABASE_URL": url,
           "TRYGGHETSBOT_RESIDENT_HASH_KEY": KEY, "TRYGGHETSBOT_DATA_DIR": str(data),
           "TRYGGHETSBOT_TELEGRAM_MESSAGES_PER_SECOND": "2000", **extra}
    process = subprocess.Popen([sys.executable, "-m", "bot", "run", "--webhook", f"http://127.0.0.1:{port}/hook",
                                "--listen", f"127.0.0.1:{port}"], env=env, stdout=log.open("wb"),
                               stderr=subprocess.STDOUT)
    wait_until_up(f"http://127.0.0.1:{port}/healthz", process)
    return process, port


async def seed(url: str, data: Path) -> list[str]:
    """1,000 concerns whose residents asked to hear back in Telegram, each from its own chat."""
    store = await open_store(data, url)
    cipher = ChatIdCipher(ResidentHasher(KEY.encode()).derived_key("telegram-chat-id-fernet"))
    now = dt.datetime(2026, 11, 2, 10, 0, tzinfo=STOCKHOLM)
    stamp = now.isoformat(timespec="seconds")
    references = [f"KAV-2026-{n:06d}" for n in range(1, CONCERNS + 1)]
    try:
        rows = [(reference, "kavlinge", "trafik", "Trafik", "Bilarna kör för fort vid skolan", None, None, None,
                 stamp, stamp, "open", "", "telegram", None, 0, f"resident-{n}", now.timestamp())
                for n, reference in enumerate(references)]
        assert len(rows[0]) == len(TABLES["concerns"])
        await store.insert_rows("concerns", rows)
        for n, reference in enumerate(references):
            request = UpdateRequest(reference, "telegram", cipher.encrypt(FIRST_CHAT + n), "sv", now.timestamp())
            assert await store.request_updates(reference, f"resident-{n}", request)
        return references
    finally:
        await store.close()


async def bulk_change(url: str, data: Path, references: list[str]) -> None:
    store = await open_store(data, url)
    try:
        changed = await store.set_statuses(references, "in_progress", NOTE, dt.datetime.now(STOCKHOLM), "Anna")
        assert len(changed) == CONCERNS
    finally:
        await store.close()


async def outbox(url: str) -> list[asyncpg.Record]:
    connection = await asyncpg.connect(url)
    try:
        return list(await connection.fetch("SELECT reference, sent_epoch, address, claimed_by, failed FROM outbox"))
    finally:
        await connection.close()


def test_a_bulk_change_of_a_thousand_reaches_each_resident_once(postgres_server: PostgresServer,
                                                                 tmp_path: Path) -> None:
    url = postgres_server.new_database()
    references = asyncio.run(seed(url, tmp_path / "seed"))
    with FakeTelegram() as fake:
        bots = [start_bot(fake, url, tmp_path / f"data{n}", tmp_path / f"bot{n}.log") for n in range(2)]
        try:
            fake.fail("sendMessage", 429, times=1, retry_after=1, after=CONCERNS // 3)
            started = time.monotonic()
            asyncio.run(bulk_change(url, tmp_path / "seed", references))

            def news() -> list[int]:
                return [int(c.params["chat_id"]) for c in fake.sent() if "Nytt besked" in str(c.params.get("text"))]

            fake.wait_for(lambda: len(news()) >= CONCERNS, timeout=120)
            elapsed = time.monotonic() - started
            time.sleep(3)  # anything sent twice would come now
            chats = news()
            assert sorted(chats) == list(range(FIRST_CHAT, FIRST_CHAT + CONCERNS)), "one message per resident"
            assert len(fake.sent("sendMessage!429")) == 1  # the 429 came, and its message was sent after it
            rows = asyncio.run(outbox(url))
            assert len(rows) == CONCERNS and all(r["sent_epoch"] is not None and r["address"] is None for r in rows)
            assert len({r["claimed_by"] for r in rows}) == 2, "both processes sent"
            assert elapsed < 120
        finally:
            for process, _ in bots:
                process.send_signal(signal.SIGTERM)
            for process, _ in bots:
                assert process.wait(30) == 0


async def follow_vaxjo(url: str, data: Path, chat_id: int) -> None:
    """A Telegram resident who follows Växjö (issue #34, item 4), as /folj Växjö stores them."""
    store = await open_store(data, url)
    cipher = ChatIdCipher(ResidentHasher(KEY.encode()).derived_key("telegram-chat-id-fernet"))
    now = dt.datetime.now(STOCKHOLM).timestamp()
    try:
        assert await store.follow(Follow("follower-1", "telegram", "vaxjo", cipher.encrypt(chat_id), "sv", now, now))
    finally:
        await store.close()


def test_two_processes_reloading_the_same_change_send_one_message(postgres_server: PostgresServer, tmp_path: Path,
                                                                  knowledge_copy: Path) -> None:
    """Both processes watch the knowledge base and reload a changed Växjö entry; each queues the news,
    the outbox keeps one row for the follower (its news_key), and one message is sent."""
    from tests.test_follows import HEADING, change_vaxjo  # noqa: PLC0415

    url = postgres_server.new_database()
    chat_id = FIRST_CHAT - 1
    asyncio.run(follow_vaxjo(url, tmp_path / "seed", chat_id))
    logs = [tmp_path / f"follow{n}.log" for n in range(2)]
    with FakeTelegram() as fake:
        bots = [start_bot(fake, url, tmp_path / f"data{n}", logs[n], TRYGGHETSBOT_KNOWLEDGE=str(knowledge_copy))
                for n in range(2)]
        try:
            vaxjo = yaml.safe_load((knowledge_copy / "municipalities" / "vaxjo.yaml").read_text(encoding="utf-8"))
            change_vaxjo(knowledge_copy, vaxjo["agreements"][-1]["id"], "Reviderad i två processer")

            def reloaded() -> bool:  # each process's watcher (every 10 s) has taken the change in
                return all(re.search(r"[1-9]\d* new or changed agreement", log.read_text(errors="replace"))
                           for log in logs)

            fake.wait_for(reloaded, timeout=60)
            fake.wait_for(lambda: fake.sent_to(chat_id), timeout=30)
            time.sleep(3)  # a second message would come now
            (message,) = fake.sent_to(chat_id)
            assert HEADING in str(message.params["text"]) and "Reviderad i två processer" in str(message.params["text"])
            rows = asyncio.run(outbox(url))
            assert len(rows) == 1 and rows[0]["sent_epoch"] is not None and rows[0]["address"] is None
        finally:
            for process, _ in bots:
                process.send_signal(signal.SIGTERM)
            for process, _ in bots:
                assert process.wait(30) == 0
