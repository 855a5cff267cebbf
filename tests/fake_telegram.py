"""A small fake of the Telegram Bot API on 127.0.0.1, for tests that must never reach the network.

It speaks what python-telegram-bot sends (form-encoded or multipart POSTs to /bot<token>/<method>),
hands out queued updates to long-polling getUpdates, records every call, and can be told to fail
the next calls of a method with 429 (retry_after) or 502.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import tornado.web
from tornado.httpserver import HTTPServer
from tornado.netutil import bind_sockets

TOKEN = "123456:TEST-token-abcdefghijklmnopqrstuvwxyz"
BOT_USER = {"id": 123456, "is_bot": True, "first_name": "Trygghetsboten", "username": "trygghets_test_bot",
            "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": False}


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    files: dict[str, bytes] = field(default_factory=dict)


class FakeTelegram:
    """The fake server; use as a context manager or call start()/stop()."""

    def __init__(self, token: str = TOKEN) -> None:
        self.token = token
        self.calls: list[Call] = []
        # The same calls by chat, so a test waiting on one chat's replies among thousands is O(its own).
        self._by_chat: dict[str, list[Call]] = {}
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._faults: list[list[Any]] = []  # [method, status, retry_after, calls to let through first]
        self._delays: dict[str, float] = {}
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._new_update: asyncio.Event | None = None
        self._thread: threading.Thread | None = None
        self.port = 0
        self.webhook: dict[str, Any] = {}

    # -- lifecycle ------------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    def start(self) -> FakeTelegram:
        ready = threading.Event()
        sockets = bind_sockets(0, "127.0.0.1")
        self.port = sockets[0].getsockname()[1]

        def serve() -> None:
            loop = asyncio.new_event_loop()
            asyncio.set_event_loop(loop)
            self._loop = loop
            self._new_update = asyncio.Event()
            app = tornado.web.Application([(r"/bot([^/]+)/(\w+)", _Handler, {"fake": self})])
            server = HTTPServer(app)
            server.add_sockets(sockets)
            ready.set()
            loop.run_forever()
            server.stop()
            loop.close()

        self._thread = threading.Thread(target=serve, daemon=True, name="fake-telegram")
        self._thread.start()
        ready.wait(5)
        return self

    def stop(self) -> None:
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread is not None:
            self._thread.join(5)

    def __enter__(self) -> FakeTelegram:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- test controls ------------------------------------------------------------------------------

    def push(self, update: dict[str, Any]) -> int:
        """Queue an update (its update_id is assigned here) for the next getUpdates."""
        with self._lock:
            update_id = next(self._update_ids)
            self._updates.append({"update_id": update_id, **update})
        if self._loop is not None and self._new_update is not None:
            self._loop.call_soon_threadsafe(self._new_update.set)
        return update_id

    def fail(self, method: str, status: int, times: int = 1, retry_after: int = 1, after: int = 0) -> None:
        """Make the next `times` calls of `method` fail with `status` (429 or 5xx), once `after`
        more calls of it have gone through."""
        with self._lock:
            self._faults.extend([[method, status, retry_after, after]] + [[method, status, retry_after, 0]
                                                                          for _ in range(times - 1)])

    def slow(self, method: str, seconds: float) -> None:
        """Answer `method` only after `seconds`, to catch the bot in the middle of a request."""
        self._delays[method] = seconds

    def sent(self, method: str = "sendMessage") -> list[Call]:
        with self._lock:
            return [c for c in self.calls if c.method == method]

    def sent_to(self, chat_id: int, method: str = "sendMessage") -> list[Call]:
        """The calls of `method` to one chat, in order."""
        with self._lock:
            return [c for c in self._by_chat.get(str(chat_id), []) if c.method == method]

    def wait_for(self, predicate: Callable[[], Any], timeout: float = 20.0) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            result = predicate()
            if result:
                return result
            time.sleep(0.02)
        raise AssertionError(f"timed out after {timeout}s; calls: {[c.method for c in self.calls][-20:]}")

    def wait_for_messages(self, count: int, chat_id: int | None = None, timeout: float = 20.0) -> list[Call]:
        def enough() -> list[Call] | None:
            found = [c for c in self.sent() if chat_id is None or int(c.params["chat_id"]) == chat_id]
            return found if len(found) >= count else None
        return self.wait_for(enough, timeout)

    # -- server side ------------------------------------------------------------------------------

    def _take_fault(self, method: str) -> tuple[int, int] | None:
        with self._lock:
            for index, (name, status, retry_after, after) in enumerate(self._faults):
                if name == method:
                    if after > 0:
                        self._faults[index][3] = after - 1
                        return None
                    del self._faults[index]
                    return status, retry_after
        return None

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        timeout = min(float(params.get("timeout") or 0), 2.0)
        deadline = time.monotonic() + timeout
        while True:
            with self._lock:
                # Telegram forgets updates below the offset once they are confirmed.
                self._updates = [u for u in self._updates if u["update_id"] >= offset]
                pending = list(self._updates)
            if pending or time.monotonic() >= deadline:
                return pending
            assert self._new_update is not None
            self._new_update.clear()
            try:
                await asyncio.wait_for(self._new_update.wait(), max(0.01, deadline - time.monotonic()))
            except asyncio.TimeoutError:
                pass

    def _message(self, params: dict[str, Any], **extra: Any) -> dict[str, Any]:
        chat_id = int(params["chat_id"])
        message = {"message_id": next(self._message_ids), "date": int(time.time()), "from": BOT_USER,
                   "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"}, **extra}
        markup = params.get("reply_markup")
        if isinstance(markup, dict) and "inline_keyboard" in markup:  # Messages carry inline keyboards only
            message["reply_markup"] = markup
        return message

    async def result(self, method: str, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        if method == "getMe":
            return BOT_USER
        if method == "getUpdates":
            return await self._get_updates(params)
        if method == "sendMessage":
            return self._message(params, text=params.get("text", ""))
        if method == "editMessageText":
            return self._message(params, text=params.get("text", ""),
                                 message_id=int(params.get("message_id", 0)))
        if method == "sendDocument":
            return self._message(params, document={"file_id": "doc1", "file_unique_id": "doc1",
                                                   "file_name": params.get("filename", "file")})
        if method == "sendPhoto":
            return self._message(params, photo=[{"file_id": "photo1", "file_unique_id": "photo1",
                                                 "width": 100, "height": 100}])
        if method == "setWebhook":
            self.webhook = dict(params)
            return True
        if method == "getWebhookInfo":
            return {"url": self.webhook.get("url", ""), "has_custom_certificate": False,
                    "pending_update_count": 0}
        return True  # setMyCommands, deleteWebhook, answerCallbackQuery, editMessageReplyMarkup, ...


class _Handler(tornado.web.RequestHandler):
    def initialize(self, fake: FakeTelegram) -> None:  # noqa: D401 - tornado hook
        self.fake = fake

    async def post(self, token: str, method: str) -> None:
        await self._handle(token, method)

    async def get(self, token: str, method: str) -> None:
        await self._handle(token, method)

    async def _handle(self, token: str, method: str) -> None:
        params: dict[str, Any] = {}
        for name, values in self.request.body_arguments.items():
            raw = values[-1].decode("utf-8")
            try:
                params[name] = json.loads(raw)
            except json.JSONDecodeError:
                params[name] = raw
        files = {name: parts[0]["body"] for name, parts in self.request.files.items()}
        for name, parts in self.request.files.items():
            params.setdefault("filename", parts[0]["filename"])
            params.setdefault(f"{name}_filename", parts[0]["filename"])
        if token != self.fake.token:
            self._reply(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
            return
        delay = self.fake._delays.get(method)
        fault = self.fake._take_fault(method)
        with self.fake._lock:
            call = Call(method, params, files if not fault else {})
            self.fake.calls.append(call)
            self.fake._by_chat.setdefault(str(params.get("chat_id")), []).append(call)
            if fault:
                call.method = f"{method}!{fault[0]}"
        if fault:
            status, retry_after = fault
            if status == 429:
                self._reply(429, {"ok": False, "error_code": 429,
                                  "description": f"Too Many Requests: retry after {retry_after}",
                                  "parameters": {"retry_after": retry_after}})
            else:
                self._reply(status, {"ok": False, "error_code": status, "description": "Bad Gateway"})
            return
        if delay:
            await asyncio.sleep(delay)
        self._reply(200, {"ok": True, "result": await self.fake.result(method, params, files)})

    def _reply(self, status: int, body: dict[str, Any]) -> None:
        self.set_status(status)
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps(body))


# -- updates as Telegram sends them ---------------------------------------------------------------

_counter = itertools.count(1)


def user(user_id: int = 4242, language_code: str = "sv") -> dict[str, Any]:
    return {"id": user_id, "is_bot": False, "first_name": "Anna", "language_code": language_code}


def message_update(text: str, chat_id: int = 4242, user_id: int | None = None, language_code: str = "sv",
                   chat_type: str = "private", reply_to_bot: bool = False) -> dict[str, Any]:
    """A text message; commands and @mentions get their entities as Telegram sets them."""
    message: dict[str, Any] = {
        "message_id": next(_counter), "date": int(time.time()), "text": text,
        "from": user(user_id if user_id is not None else chat_id if chat_id > 0 else 4242, language_code),
        "chat": {"id": chat_id, "type": chat_type, **({"title": "Grannar"} if chat_type != "private" else {})},
    }
    entities = []
    if text.startswith("/"):
        entities.append({"type": "bot_command", "offset": 0, "length": len(text.split()[0])})
    for word_start, word in _words(text):
        if word.startswith("@") and len(word) > 1:
            entities.append({"type": "mention", "offset": _utf16_len(text[:word_start]),
                             "length": _utf16_len(word)})
    if entities:
        message["entities"] = entities
    if reply_to_bot:
        message["reply_to_message"] = {"message_id": 1, "date": int(time.time()), "text": "…",
                                       "from": BOT_USER, "chat": message["chat"]}
    return {"message": message}


def location_update(latitude: float, longitude: float, chat_id: int = 4242) -> dict[str, Any]:
    return {"message": {"message_id": next(_counter), "date": int(time.time()), "from": user(chat_id),
                        "chat": {"id": chat_id, "type": "private"},
                        "location": {"latitude": latitude, "longitude": longitude}}}


def callback_update(data: str, chat_id: int = 4242, message_id: int = 1) -> dict[str, Any]:
    return {"callback_query": {
        "id": str(next(_counter)), "from": user(chat_id), "chat_instance": "ci", "data": data,
        "message": {"message_id": message_id, "date": int(time.time()), "from": BOT_USER,
                    "chat": {"id": chat_id, "type": "private"}, "text": "…"}}}


def _words(text: str) -> list[tuple[int, str]]:
    words, start = [], None
    for index, char in enumerate(text + " "):
        if char.isspace():
            if start is not None:
                words.append((start, text[start:index].rstrip(".,!?")))
                start = None
        elif start is None:
            start = index
    return words


def _utf16_len(text: str) -> int:
    # surrogatepass: a lone surrogate (fuzzed text) is one UTF-16 unit, as Telegram counts it
    return len(text.encode("utf-16-le", "surrogatepass")) // 2
