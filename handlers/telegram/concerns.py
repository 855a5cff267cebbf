"""Rendering the concern conversation's prompts in Telegram, and the retention job. The flow itself
lives in the core (bot/concerns/intake.py, reached through bot/dialogue.py)."""

from __future__ import annotations

import html
import logging

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    Message,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    Update,
)

from bot.answering.compose import pick
from bot.concerns.intake import Prompt
from bot.concerns.updates import choice_of
from handlers.telegram.render import callback, split_message
from handlers.telegram.context import BotContext

logger = logging.getLogger(__name__)

CHANNEL = "telegram"


def language(update: Update, context: BotContext) -> str:
    """English for users whose Telegram is in English, else the conversation's language."""
    user = update.effective_user
    if user and user.language_code and user.language_code.lower().startswith("en"):
        return "en"
    return context.conversation().language
_LOCATION_KEYBOARD = "location_keyboard_shown"


def _inline(prompt: Prompt) -> InlineKeyboardMarkup | None:
    rows = []
    for choice in prompt.choices:
        # The erasure confirmation is not a concern step: its buttons have their own prefix.
        updates = choice_of(choice.id)
        if updates is not None:  # the question under a receipt: yes or no, and which concern
            data = callback("u", "yes" if updates[0] else "no", updates[1])
        else:
            data = (callback("d", choice.id.removeprefix("delete-")) if choice.id.startswith("delete-")
                    else callback("c", choice.id))
        if data:
            rows.append([InlineKeyboardButton(choice.label, callback_data=data)])
    return InlineKeyboardMarkup(rows) if rows else None


async def send_prompt(message: Message, prompt: Prompt, context: BotContext) -> None:
    """A prompt as text with buttons; the place step asks for a location with a reply keyboard."""
    chat_data = context.chat_data if context.chat_data is not None else {}
    lang = context.conversation().language
    if prompt.wants_location:
        keyboard = ReplyKeyboardMarkup(
            [[KeyboardButton(pick(lang, "📍 Dela plats", "📍 Share location"), request_location=True)],
             [KeyboardButton(choice.label) for choice in prompt.choices]],
            resize_keyboard=True, one_time_keyboard=True)
        chat_data[_LOCATION_KEYBOARD] = True
        await message.reply_text(prompt.text, reply_markup=keyboard, do_quote=False)
        return
    if chat_data.pop(_LOCATION_KEYBOARD, False):
        # The location keyboard must be removed by a message of its own when the prompt has buttons.
        if prompt.choices:
            await message.reply_text("✓", reply_markup=ReplyKeyboardRemove(), do_quote=False)
        else:
            await message.reply_text(prompt.text, reply_markup=ReplyKeyboardRemove(), do_quote=False)
            return
    chunks = split_message(html.escape(prompt.text, quote=False))
    for index, chunk in enumerate(chunks):
        markup = _inline(prompt) if index == len(chunks) - 1 else None
        await message.reply_html(chunk, reply_markup=markup, do_quote=False)


async def purge_job(context: BotContext) -> None:
    """Daily retention: delete concerns past the retention period and abandoned conversations."""
    await context.desk.purge()
