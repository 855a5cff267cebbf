"""Telegram's side of hearing back (issue #34): sends the outbox's Telegram rows, a concern's news
and a followed kommun's alike.

Only a process with the token runs this (it is part of the Telegram application). Rows are leased
from the shared outbox (`Store.claim_outbox`: one process at a time per row, SKIP LOCKED on
PostgreSQL), sent through the application's bot and so through its rate limiter (AIORateLimiter:
Telegram's 30 messages a second, `telegram_messages_per_second`; a 429 waits its retry_after and is
tried again, a 5xx or a network error too), and marked sent one by one as they go, so a process that
dies resends at most the messages it had sent but not yet marked (the lease runs out).
"""

from __future__ import annotations

import asyncio
import html
import logging
import os
import secrets
import time
from collections import deque
from collections.abc import Callable

from telegram import Bot
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, TelegramError

from bot.concerns.news import NewsNotification
from bot.concerns.updates import Delivery, Notification, UpdatesDesk
from bot.storage.batches import Batcher
from handlers.telegram.render import split_message

logger = logging.getLogger(__name__)

CHANNEL = "telegram"
POLL_SECONDS = 2.0
BATCH = 100
LEASE_SECONDS = 300.0


def render(notification: Notification | NewsNotification) -> str:
    """The message as Telegram HTML: the heading in bold, every text escaped (a concern's news, or a
    followed kommun's)."""
    return "\n".join([f"<b>{html.escape(notification.heading, quote=False)}</b>",
                      *(html.escape(line, quote=False) for line in notification.lines())])


class OutboxSender:
    """One per Telegram application: claims due rows, sends them, marks them."""

    def __init__(self, bot: Bot, updates: Callable[[], UpdatesDesk], poll_seconds: float = POLL_SECONDS,
                 batch: int = BATCH) -> None:
        self._bot = bot
        self._updates = updates  # the services' current desk (a reload swaps the engine, not the store)
        self._poll = poll_seconds
        self._batch = batch
        self.worker = f"{os.getpid()}-{secrets.token_hex(4)}"
        self._marks: Batcher[int, None] = Batcher(self._mark)
        self._task: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()
        # For the benchmark: (seconds from the change to the send, from the send to its mark).
        self.timings: deque[tuple[float, float]] = deque(maxlen=100_000)

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run(), name="telegram-outbox")

    def wake(self) -> None:
        """Look at the outbox now (this process just wrote to it)."""
        self._wake.set()

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
            self._task = None
        await self._marks.wait()

    async def _run(self) -> None:
        while True:
            try:
                sent = await self.once()
            except asyncio.CancelledError:
                raise
            except Exception:  # noqa: BLE001 - the database was away: try again at the next poll
                logger.exception("The outbox could not be read")
                sent = 0
            if sent:
                continue  # more may be due
            self._wake.clear()
            try:
                await asyncio.wait_for(self._wake.wait(), self._poll)
            except asyncio.TimeoutError:
                pass

    async def once(self) -> int:
        """Claim and send one batch; how many rows were claimed."""
        deliveries = await self._updates().claim(CHANNEL, self.worker, self._batch, LEASE_SECONDS)
        if deliveries:
            await asyncio.gather(*(self._send(d) for d in deliveries))
        return len(deliveries)

    async def _send(self, delivery: Delivery) -> None:
        try:
            for chunk in split_message(render(delivery.notification)):
                await self._bot.send_message(int(delivery.chat_id), chunk, parse_mode=ParseMode.HTML,
                                             disable_web_page_preview=True)
        except (Forbidden, BadRequest) as exc:
            # The resident blocked the bot or the chat is gone: trying again cannot help.
            logger.warning("Outbox row %s not sent (%s); given up", delivery.row_id, type(exc).__name__)
            await self._updates().failed(delivery.row_id, self.worker, delivery.attempt, permanent=True,
                                         channel=CHANNEL, follower=delivery.follower)
            return
        except TelegramError as exc:
            # The rate limiter already waited out 429s and retried 5xx and network errors.
            logger.warning("Outbox row %s not sent (%s); tried again later", delivery.row_id, type(exc).__name__)
            await self._updates().failed(delivery.row_id, self.worker, delivery.attempt, permanent=False)
            return
        sent_at = time.time()
        await self._marks(delivery.row_id)
        self.timings.append((sent_at - delivery.created_epoch, time.time() - sent_at))

    async def _mark(self, row_ids: list[int]) -> list[None]:
        """Marks that arrive together go in one statement (the batcher)."""
        await self._updates().sent(row_ids, self.worker)
        return [None] * len(row_ids)
