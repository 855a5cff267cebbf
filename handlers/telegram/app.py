"""Building and running the Telegram application: services, handlers in order, logging, retries."""

from __future__ import annotations

import asyncio
import hmac
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from telegram import Bot, BotCommand, Update
from telegram.request import BaseRequest
from telegram.error import BadRequest, InvalidToken, NetworkError, TelegramError
from telegram.ext import (AIORateLimiter, Application, BaseRateLimiter, BaseUpdateProcessor,
                          CallbackQueryHandler, CommandHandler, ContextTypes, MessageHandler, filters)

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from bot import files
from bot.concerns.privacy import ResidentHasher
from bot.settings import Settings
from handlers.telegram import chat, concerns, staff
from handlers.telegram.outbox import OutboxSender
from handlers.telegram.persistence import HashedChatPersistence
from handlers.services import Services
from handlers.telegram.context import BotContext
from handlers.web.app import read_json

logger = logging.getLogger(__name__)

COMMANDS_SV = [("start", "Börja här"), ("kommuner", "Kommunerna jag känner till"),
               ("synpunkt", "Berätta vad som känns otryggt"), ("trygghet", "Hur trygg känner du dig? Några korta frågor"),
               ("mina", "Dina synpunkter"),
               ("radera", "Radera dina synpunkter"), ("folj", "Följ en kommun, t.ex. /folj Växjö"),
               ("slutafolja", "Sluta följa en kommun"), ("integritet", "Hur dina uppgifter hanteras"),
               ("hjalp", "Hjälp"), ("avbryt", "Avbryt")]
COMMANDS_EN = [("start", "Start here"), ("municipalities", "The municipalities I know"),
               ("concern", "Tell us what feels unsafe"), ("survey", "How safe do you feel? A short survey"),
               ("mine", "Your concerns"),
               ("delete", "Delete your concerns"), ("follow", "Follow a municipality, e.g. /follow Växjö"),
               ("unfollow", "Stop following a municipality"), ("privacy", "How your data is handled"),
               ("help", "Help"), ("cancel", "Cancel")]
# Only what the handlers take: Telegram then sends nothing else (business messages, paid media, …).
ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY]
FRIENDLY_ERROR = ("Något gick fel hos mig. Försök igen om en stund. Vid fara: ring 112.")

BotApplication = Application[Any, BotContext, dict[Any, Any], dict[Any, Any], Services, Any]


class RedactToken(logging.Filter):
    """Removes the bot token from log records (httpx logs request URLs, which contain it)."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self._token = token

    def filter(self, record: logging.LogRecord) -> bool:
        if self._token:
            message = record.getMessage()
            if self._token in message:
                record.msg, record.args = message.replace(self._token, "<token>"), None
        return True


def configure_logging(token: str, level: int = logging.INFO) -> None:
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    redact = RedactToken(token)
    for handler in logging.getLogger().handlers:
        handler.addFilter(redact)
    # Request URLs carry the token; keep them out of INFO logs altogether.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    # bm25s sets its own logger to DEBUG and says "Building index from tokens" on every start.
    logging.getLogger("bm25s").setLevel(logging.WARNING)


def _interruption(error: BaseException) -> BaseException | None:
    """The GeneratorExit or CancelledError behind an error, if the request was interrupted."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, (GeneratorExit, asyncio.CancelledError)):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


class RetryingRateLimiter(AIORateLimiter):
    """AIORateLimiter that also retries passing network errors (502, timeouts), so answers are not lost."""

    def __init__(self, network_retries: int = 4, backoff_seconds: float = 0.5, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._network_retries = network_retries
        self._backoff = backoff_seconds

    async def process_request(self, callback: Callable[..., Coroutine[Any, Any, Any]], args: Any,
                              kwargs: dict[str, Any], endpoint: str, data: dict[str, Any],
                              rate_limit_args: int | None) -> Any:
        for attempt in range(self._network_retries + 1):
            try:
                return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
            except BadRequest:
                raise  # our request is wrong; repeating it will not help
            except NetworkError as exc:
                interruption = _interruption(exc)
                if interruption is not None:
                    # The request was cut off because the bot is stopping (its coroutine is being
                    # closed or cancelled): a retry would keep a stopping bot alive.
                    raise interruption from None
                if attempt == self._network_retries:
                    raise
                logger.warning("Telegram %s failed (%s); retry %s of %s", endpoint,
                               type(exc).__name__, attempt + 1, self._network_retries)
                await asyncio.sleep(self._backoff * 2 ** attempt)
        raise AssertionError("unreachable")


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Updates of one chat in order (its context depends on the previous answer), chats concurrently.

    Processed one after another, a group held back by Telegram's 20 messages a minute, or a
    retry after a 429 or 502, would hold up every other resident.
    """

    def __init__(self, max_concurrent_updates: int = 256) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[int, tuple[asyncio.Lock, int]] = {}

    async def do_process_update(self, update: object, coroutine: Any) -> None:
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:
            await coroutine
            return
        lock, users = self._locks.get(chat.id, (asyncio.Lock(), 0))
        self._locks[chat.id] = (lock, users + 1)
        try:
            async with lock:
                await coroutine
        finally:
            lock, users = self._locks[chat.id]
            if users <= 1:
                del self._locks[chat.id]
            else:
                self._locks[chat.id] = (lock, users - 1)

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to tear down."""


async def error_handler(update: object, context: BotContext) -> None:
    """Log the error first, then give the resident a short friendly message."""
    logger.error("Error while handling an update", exc_info=context.error)
    if isinstance(update, Update) and update.effective_chat:
        try:
            await context.bot.send_message(update.effective_chat.id, FRIENDLY_ERROR)
        except TelegramError:
            logger.warning("Could not send the error message to the chat")


def register(application: BotApplication) -> None:
    """All handlers, in one place. Order matters where noted."""
    private_or_addressed = chat.AddressedToBot()
    # Group -1 runs first: in a group, a command that would show personal or staff data is
    # answered with a pointer to the private chat and goes no further.
    application.add_handler(MessageHandler(filters.COMMAND & ~filters.ChatType.PRIVATE, chat.shared_chat_gate),
                            group=-1)
    # Staff commands send files; everything a resident says goes to the core's dialogue.
    application.add_handler(CommandHandler("export", staff.export_command))
    application.add_handler(CommandHandler(["statistik", "statistics"], staff.statistics_command))
    application.add_handler(CommandHandler("status", staff.status_command))
    application.add_handler(CommandHandler(["reload", "ladda"], staff.reload_command))
    application.add_handler(MessageHandler(filters.COMMAND, chat.text))
    # Buttons: the handler tells topic, suggestion, concern and erasure buttons apart (and stale data).
    application.add_handler(CallbackQueryHandler(chat.button))
    application.add_handler(MessageHandler(filters.LOCATION & private_or_addressed, chat.location))
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND & private_or_addressed, chat.text))
    application.add_error_handler(error_handler)


def build_application(settings: Settings, rate_limiter: BaseRateLimiter[Any] | None = None,
                      request: BaseRequest | None = None, polling: bool = True) -> BotApplication:
    """The application; `rate_limiter` and `request` are seams for tests and benchmarks. Without
    `polling`, updates come from the web server's webhook route and no Updater is built."""
    files.private_dir(settings.data_dir)
    senders: list[OutboxSender] = []

    async def post_init(application: BotApplication) -> None:
        await application.bot_data.open(settings)
        # Residents who asked to hear back: this process has the token, so it sends their messages.
        sender = OutboxSender(application.bot, lambda: application.bot_data.dialogue.updates)
        senders.append(sender)
        application.bot_data.desk.on_outbox(sender.wake)
        sender.start()
        if application.job_queue is not None:
            application.job_queue.run_repeating(concerns.purge_job, interval=24 * 3600, first=60,
                                                name="retention")
            application.job_queue.run_repeating(staff.watch_knowledge_job, interval=10, first=10,
                                                name="knowledge-watch")
        for commands, code in ((COMMANDS_SV, None), (COMMANDS_SV, "sv"), (COMMANDS_EN, "en")):
            await application.bot.set_my_commands([BotCommand(c, d) for c, d in commands], language_code=code)

    async def post_shutdown(application: BotApplication) -> None:
        while senders:
            await senders.pop().stop()
        await application.bot_data.close()

    persistence = HashedChatPersistence(settings.data_dir / "telegram_chats.pickle",
                                        ResidentHasher.from_data_dir(settings.data_dir, settings.resident_hash_key),
                                        update_interval=5)
    builder = Application.builder().token(settings.telegram_bot_token)
    if request is not None:
        builder = builder.request(request)
    if not polling:
        builder = builder.updater(None)
    application = (
        builder
        .base_url(settings.telegram_api_base_url)
        .context_types(ContextTypes(context=BotContext, bot_data=Services))
        .persistence(persistence)
        # Telegram's flood limit (30 messages a second to different chats) is a setting: the outbox
        # sends a bulk change's thousand messages through it.
        .rate_limiter(rate_limiter or RetryingRateLimiter(max_retries=5,
                                                          overall_max_rate=settings.telegram_messages_per_second))
        .concurrent_updates(PerChatUpdateProcessor())
        .post_init(post_init)
        .post_shutdown(post_shutdown)
        .build()
    )
    register(application)
    application.outbox_senders = senders  # type: ignore[attr-defined]  # for tests and the benchmark
    return application


async def check_token(settings: Settings) -> None:
    async with Bot(settings.telegram_bot_token, base_url=settings.telegram_api_base_url) as bot:
        logger.info("Connected to Telegram as @%s", bot.username)


def webhook_route(application: BotApplication, path: str, secret: str) -> Route:
    """Telegram's POSTs: the secret header checked, bad JSON a 400, a good update queued."""

    async def telegram_webhook(request: Request) -> Response:
        given = request.headers.get("x-telegram-bot-api-secret-token", "")
        if not hmac.compare_digest(given.encode(), secret.encode()):
            logger.warning("Webhook: refused a request without the right secret token")
            return JSONResponse({"error": "forbidden"}, status_code=403)
        data = await read_json(request)
        if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
            logger.warning("Webhook: refused a body that is not a Telegram update")
            return JSONResponse({"error": "expected a Telegram update as JSON"}, status_code=400)
        try:
            update = Update.de_json(data, application.bot)
        except (KeyError, TypeError, ValueError):
            logger.warning("Webhook: refused an update that could not be read")
            return JSONResponse({"error": "malformed update"}, status_code=400)
        await application.update_queue.put(update)
        return Response(status_code=200)

    return Route(path, telegram_webhook, methods=["POST"])
