"""Telegram chat state in the data dir, keyed by the keyed hash of the chat, never by its id.

python-telegram-bot's PicklePersistence keys `chat_data` by the chat id, and a private chat's id is
the user's Telegram id: the file would list every resident who ever wrote to the bot. This
persistence keeps the same file (`telegram_chats.pickle`) keyed by `ConcernDesk.context_key`'s
hash instead. It cannot list chats by id at start, so it hands PTB nothing then and fills a chat's
data when PTB refreshes it before that chat's first update (`refresh_chat_data`). A file written
by PicklePersistence is rekeyed on the first start.
"""

from __future__ import annotations

import asyncio
import logging
import os
import pickle
from pathlib import Path
from typing import Any

from telegram.ext import BasePersistence, PersistenceInput

from bot import files
from bot.concerns.privacy import ResidentHasher

logger = logging.getLogger(__name__)

CHANNEL = "telegram"
FORMAT = "trygghetsbot-hashed-chats-1"

ChatData = dict[Any, Any]


class _Unpickler(pickle.Unpickler):
    """PicklePersistence stores the Bot object as a persistent id; nothing here needs it."""

    def persistent_load(self, pid: Any) -> None:
        return None


class HashedChatPersistence(BasePersistence[dict[Any, Any], ChatData, Any]):
    def __init__(self, path: Path, hasher: ResidentHasher, update_interval: float = 5) -> None:
        super().__init__(PersistenceInput(bot_data=False, user_data=False, chat_data=True, callback_data=False),
                         update_interval)
        self.path = path
        self._hasher = hasher
        self._chats: dict[str, ChatData] = self._load()
        self._write_pending = False

    def _key(self, chat_id: int) -> str:
        return self._hasher.context(CHANNEL, chat_id)

    def _load(self) -> dict[str, ChatData]:
        if not self.path.exists():
            return {}
        with self.path.open("rb") as handle:
            data = _Unpickler(handle).load()
        if isinstance(data, dict) and data.get("format") == FORMAT:
            return dict(data.get("chats") or {})
        # PicklePersistence's file: chat_data by chat id. Rekeyed and written back at once, so no
        # chat id stays in the data dir.
        old = data.get("chat_data") if isinstance(data, dict) else None
        chats = {self._key(chat_id): dict(value) for chat_id, value in (old or {}).items() if value}
        self._write(chats)
        logger.info("Telegram chat state: %s chat(s) rekeyed by hash", len(chats))
        return chats

    def _write(self, chats: dict[str, ChatData] | None = None) -> None:
        self._write_pending = False
        partial = self.path.with_name(self.path.name + ".partial")
        with os.fdopen(os.open(files.private_file(partial), os.O_WRONLY | os.O_TRUNC), "wb") as handle:
            pickle.dump({"format": FORMAT, "chats": self._chats if chats is None else chats}, handle,
                        protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(partial, self.path)

    def _write_soon(self) -> None:
        # PTB saves each changed chat in its own call; the file is written once for all of them.
        if not self._write_pending:
            self._write_pending = True
            asyncio.get_running_loop().call_soon(self._write)

    # -- chat data ----------------------------------------------------------------------------------

    async def get_chat_data(self) -> dict[int, ChatData]:
        return {}  # nothing can be listed by id: each chat is filled in by refresh_chat_data

    async def refresh_chat_data(self, chat_id: int, chat_data: ChatData) -> None:
        if not chat_data:
            chat_data.update(self._chats.get(self._key(chat_id), {}))

    async def update_chat_data(self, chat_id: int, data: ChatData) -> None:
        key = self._key(chat_id)
        if self._chats.get(key) == data:
            return
        if data:
            self._chats[key] = data
        else:
            self._chats.pop(key, None)
        self._write_soon()

    async def drop_chat_data(self, chat_id: int) -> None:
        if self._chats.pop(self._key(chat_id), None) is not None:
            self._write_soon()

    async def flush(self) -> None:
        self._write()

    # -- what the bot does not keep -----------------------------------------------------------------

    async def get_user_data(self) -> dict[int, dict[Any, Any]]:
        return {}

    async def get_bot_data(self) -> Any:
        return None

    async def get_callback_data(self) -> None:
        return None

    async def get_conversations(self, name: str) -> dict[Any, Any]:
        return {}

    async def update_conversation(self, name: str, key: Any, new_state: object | None) -> None:
        return None

    async def update_user_data(self, user_id: int, data: dict[Any, Any]) -> None:
        return None

    async def update_bot_data(self, data: Any) -> None:
        return None

    async def update_callback_data(self, data: Any) -> None:
        return None

    async def drop_user_data(self, user_id: int) -> None:
        return None

    async def refresh_user_data(self, user_id: int, user_data: dict[Any, Any]) -> None:
        return None

    async def refresh_bot_data(self, bot_data: Any) -> None:
        return None
