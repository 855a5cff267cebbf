"""Telegram's callback context: typed access to the shared services and the chat's conversation."""

from __future__ import annotations

from typing import Any

from telegram import CallbackQuery, Message, Update
from telegram.ext import CallbackContext, ExtBot

from bot.answering.engine import Conversation, Engine
from bot.concerns.desk import ConcernDesk
from bot.dialogue import Dialogue
from handlers.services import Services

_CONVERSATION_KEY = "conversation"


class BotContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], Services]):
    """The callback context: typed access to the services and the chat's conversation."""

    @property
    def services(self) -> Services:
        return self.bot_data

    @property
    def engine(self) -> Engine:
        return self.bot_data.engine

    @property
    def desk(self) -> ConcernDesk:
        return self.bot_data.desk

    @property
    def dialogue(self) -> Dialogue:
        return self.bot_data.dialogue

    def conversation(self) -> Conversation:
        data = self.chat_data if self.chat_data is not None else {}
        return Conversation.from_dict(data.get(_CONVERSATION_KEY))

    def save_conversation(self, conversation: Conversation) -> None:
        if self.chat_data is not None:
            self.chat_data[_CONVERSATION_KEY] = conversation.to_dict()


def message_of(update: Update) -> Message:
    """The update's message; handlers get only updates whose filter guarantees one."""
    message = update.effective_message
    if message is None:
        raise RuntimeError(f"update {update.update_id} has no message")
    return message


def query_of(update: Update) -> CallbackQuery:
    """The update's button press; callback handlers get only updates that have one."""
    query = update.callback_query
    if query is None:
        raise RuntimeError(f"update {update.update_id} has no callback query")
    return query
