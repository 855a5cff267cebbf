"""Running the bot: the web server and Telegram in one process, one event loop, one port.

    trygghetsbot run                         Telegram by long polling
    trygghetsbot run --web HOST:PORT         the web chat; Telegram too when a token is set
    trygghetsbot run --webhook URL --listen HOST:PORT    Telegram's webhook on the web server

Services (knowledge base, engine, database) are opened once and closed at the end, whichever
channels run. SIGINT and SIGTERM stop the web server first, then Telegram, then the services.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import gc
import logging
import secrets
import signal
import socket
from collections.abc import Iterator
from urllib.parse import urlsplit

import uvicorn
from telegram.error import InvalidToken, TelegramError

from bot.errors import ConfigError, TrygghetsbotError
from bot.settings import Settings
from handlers.telegram.app import ALLOWED_UPDATES, BotApplication, build_application, check_token, configure_logging, \
    webhook_route
from handlers import connections
from handlers.services import Services
from handlers.web import chat, staff
from handlers.web.app import create_app

logger = logging.getLogger(__name__)

GRACE_SECONDS = 8


def check_port_free(host: str, port: int) -> None:
    """One clear line when the address is taken, instead of uvicorn's "[Errno 98] error while
    attempting to bind" after the services have opened."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds: TIME_WAIT is no conflict
        try:
            probe.bind((host, port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise ConfigError(f"{host}:{port} is already in use (another program, or another trygghetsbot, "
                                  f"listens there): stop it or choose another port") from None
            raise ConfigError(f"cannot listen on {host}:{port}: {exc.strerror}") from None


def listen_address(listen: str, flag: str = "--listen") -> tuple[str, int]:
    host, _, port = listen.rpartition(":")
    if not host or not (port.isascii() and port.isdigit()) or not 0 <= int(port) <= 65535:
        raise ConfigError(f"{flag} must be HOST:PORT, got {listen!r}")
    return host, int(port)


class _Server(uvicorn.Server):
    """uvicorn without its own signal handling: the bot stops the server and PTB in order."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


async def serve(settings: Settings, application: BotApplication | None, host: str, port: int,
                webhook: str | None = None, web_chat: bool = True) -> None:
    """Serve until SIGINT/SIGTERM: the web app, and Telegram when `application` is given (by
    webhook on the same server when `webhook` is set, else by polling)."""
    stop = asyncio.Event()
    connections.quiet_accept_errors()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    async with contextlib.AsyncExitStack() as stack:
        services: Services
        if application is not None:
            await stack.enter_async_context(application)
            services = application.bot_data
            if application.post_init is not None:
                await application.post_init(application)  # opens the services
            if application.post_shutdown is not None:
                stack.push_async_callback(application.post_shutdown, application)
        else:
            services = Services()
            await services.open(settings)
            stack.push_async_callback(services.close)
            logger.info("Telegram is off (no TELEGRAM_BOT_TOKEN); serving the web chat only")
        routes = [*chat.routes(services), *staff.routes(services)] if web_chat else []
        if application is not None and webhook:
            secret = settings.telegram_webhook_secret or secrets.token_urlsafe(32)
            routes.append(webhook_route(application, "/" + urlsplit(webhook).path.lstrip("/"), secret))
        server = _Server(uvicorn.Config(create_app(services, routes, stopping=stop), host=host, port=port,
                                        lifespan="off",
                                        access_log=False, log_level="warning", log_config=None,
                                        # The client's address is RealClient's to find (web_trusted_proxies):
                                        # uvicorn believed X-Forwarded-For from 127.0.0.1 by default.
                                        proxy_headers=False,
                                        # A request still running this long after SIGTERM is cancelled:
                                        # the process must stop (LimitBody already ends waits on a body).
                                        timeout_graceful_shutdown=GRACE_SECONDS,
                                        # A request head not complete within 5 s closes its connection, so
                                        # do idle kept-alive ones; at most 64 connections per address.
                                        http=connections.guarded_protocol(), timeout_keep_alive=5))
        if stop.is_set():
            return
        # What start-up built (the knowledge base, its indexes, the templates) lives as long as the
        # process: out of the collector's way, a full collection no longer walks it mid-request.
        gc.freeze()
        if application is not None:
            if webhook:
                await application.bot.set_webhook(webhook, secret_token=secret, allowed_updates=ALLOWED_UPDATES)
            elif application.updater is not None:
                await application.updater.start_polling(allowed_updates=ALLOWED_UPDATES)
            await application.start()
        if web_chat:
            base = f"http://{f'[{host}]' if ':' in host else host}:{port}"
            logger.info("Web chat at %s/ and staff console at %s/staff/", base, base)
        serving = asyncio.create_task(server.serve())
        stopping = asyncio.create_task(stop.wait())
        await asyncio.wait({serving, stopping}, return_when=asyncio.FIRST_COMPLETED)
        server.should_exit = True
        await serving
        stopping.cancel()
        logger.info("Stopping")
        if application is not None:
            if application.updater is not None and application.updater.running:
                await application.updater.stop()
            await application.stop()


def run(settings: Settings, webhook: str | None = None, listen: str | None = None, web: str | None = None) -> int:
    """Run the bot until SIGINT/SIGTERM; Telegram errors become core errors for the CLI."""
    if not settings.telegram_bot_token and not web:
        raise ConfigError("TELEGRAM_BOT_TOKEN is not set. Create a bot with @BotFather and set the token "
                          "(see README), serve the web chat alone with --web 127.0.0.1:8080, "
                          "or try the bot without Telegram: trygghetsbot chat")
    if webhook and web:
        raise ConfigError("--webhook and --web share one server: give --web HOST:PORT and the webhook is "
                          "served there too (leave out --listen)")
    address = listen_address(web, "--web") if web else listen_address(listen or "127.0.0.1:8443")
    if web or webhook:
        check_port_free(*address)
    telegram = bool(settings.telegram_bot_token)
    if telegram:
        settings.check_token_shape()
    configure_logging(settings.telegram_bot_token)
    application = build_application(settings, polling=not webhook) if telegram else None
    try:
        if application is not None:
            # Ask Telegram about the token first: PTB would log a traceback for a rejected one.
            asyncio.run(check_token(settings))
        if application is not None and not webhook and not web:
            application.run_polling(allowed_updates=ALLOWED_UPDATES)
        else:
            asyncio.run(serve(settings, application, *address, webhook=webhook, web_chat=bool(web)))
    except InvalidToken:
        raise ConfigError("Telegram rejected the token in TELEGRAM_BOT_TOKEN; check it with @BotFather") from None
    except TrygghetsbotError:
        raise
    except TelegramError as exc:
        raise TrygghetsbotError(f"Telegram: {exc}") from None
    finally:
        if application is not None:
            # Whatever path python-telegram-bot took to stop, the database must be closed: its worker
            # thread would otherwise keep the process alive after a SIGTERM.
            application.bot_data.close_after_loop()
    return 0
