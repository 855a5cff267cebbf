"""An offline Bot API: a python-telegram-bot request class that answers in-process, no network."""

from __future__ import annotations

import itertools
import json
import time
from typing import Any

from telegram.request import BaseRequest, RequestData

BOT_USER = {"id": 1, "is_bot": True, "first_name": "Trygghetsboten", "username": "offline_bot"}


class OfflineRequest(BaseRequest):
    """Answers getMe, sendMessage and friends as Telegram would; counts the messages sent."""

    def __init__(self) -> None:
        self.sent = 0
        self._ids = itertools.count(1)

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    @property
    def read_timeout(self) -> float | None:
        return 1.0

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         read_timeout: Any = None, write_timeout: Any = None, connect_timeout: Any = None,
                         pool_timeout: Any = None) -> tuple[int, bytes]:
        endpoint = url.rsplit("/", 1)[-1]
        params = request_data.parameters if request_data else {}
        result: Any = True
        if endpoint == "getMe":
            result = BOT_USER
        elif endpoint in ("sendMessage", "editMessageText", "sendDocument", "sendPhoto"):
            self.sent += 1
            chat_id = int(params.get("chat_id", 0))
            result = {"message_id": next(self._ids), "date": int(time.time()), "from": BOT_USER,
                      "chat": {"id": chat_id, "type": "private"}, "text": str(params.get("text", ""))}
        elif endpoint == "getUpdates":
            result = []
        return 200, json.dumps({"ok": True, "result": result}).encode()
