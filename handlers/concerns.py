"""Residents' concerns in Telegram: /synpunkt and its steps, /mina, /radera. The flow lives in the core."""

from __future__ import annotations

import html
import logging
import re

from telegram import (InlineKeyboardButton, InlineKeyboardMarkup, KeyboardButton, Message, ReplyKeyboardMarkup,
                      ReplyKeyboardRemove, Update)

from bot.compose import pick
from bot.intake import Prompt, Reply
from handlers.render import callback, split_message
from handlers.services import BotContext, message_of, query_of

logger = logging.getLogger(__name__)

CHANNEL = "telegram"
STALE_BUTTON = ("Den här knappen fungerar inte längre. Skriv din fråga i stället.",
                "This button no longer works. Please type your question instead.")


def language(update: Update, context: BotContext) -> str:
    """English for users whose Telegram is in English, else the conversation's language."""
    user = update.effective_user
    if user and user.language_code and user.language_code.lower().startswith("en"):
        return "en"
    return context.conversation().language
_LOCATION_KEYBOARD = "location_keyboard_shown"
_CHOICE_BUTTON = re.compile(r"^c\|([a-z0-9-]{1,40})$")
_DELETE_BUTTON = re.compile(r"^d\|(yes|no)$")


def _inline(prompt: Prompt) -> InlineKeyboardMarkup | None:
    rows = []
    for choice in prompt.choices:
        data = callback("c", choice.id)
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


async def start_concern(update: Update, context: BotContext) -> None:
    """Start the guided concern conversation, with the chat's municipality preselected."""
    user = update.effective_user
    if user is None:
        return
    conversation = context.conversation()
    prompt = await context.desk.start(CHANNEL, user.id, conversation.municipality, language(update, context))
    await send_prompt(message_of(update), prompt, context)


async def continue_concern(update: Update, context: BotContext, reply: Reply) -> bool:
    """Pass a resident's message to a concern in progress; False when there is none."""
    user = update.effective_user
    if user is None:
        return False
    prompt = await context.desk.reply(CHANNEL, user.id, reply)
    if prompt.kind == "none":
        return False
    await send_prompt(message_of(update), prompt, context)
    return True


async def choice_button(update: Update, context: BotContext) -> None:
    """A button in the concern conversation; stale ones (finished or cancelled) get a polite note."""
    query = query_of(update)
    match = _CHOICE_BUTTON.match(query.data or "")
    lang = context.conversation().language
    if not match or query.message is None or update.effective_user is None:
        await query.answer(pick(lang, *STALE_BUTTON))
        return
    current = await context.desk.current(CHANNEL, update.effective_user.id)
    chosen = next((c for c in current.choices if c.id == match[1]), None) if current else None
    if chosen is None:
        await query.answer(pick(lang, *STALE_BUTTON))
        return
    await query.answer()
    # Show what was chosen in place of the buttons, so an old prompt cannot be pressed again.
    await query.edit_message_text(f"{current.text}\n\n✓ {chosen.label}" if current else chosen.label)
    await continue_concern(update, context, Reply(choice=chosen.id))


async def mine(update: Update, context: BotContext) -> None:
    """List the resident's own concerns with reference, date, category and status."""
    user = update.effective_user
    if user is None:
        return
    text = await context.desk.mine(CHANNEL, user.id, language(update, context))
    await message_of(update).reply_text(text, do_quote=False)


async def delete_mine(update: Update, context: BotContext) -> None:
    """Ask for confirmation before deleting the resident's concerns."""
    prompt = context.desk.delete_prompt(language(update, context))
    markup = InlineKeyboardMarkup([[InlineKeyboardButton(c.label, callback_data=f"d|{c.id.split('-')[1]}")
                                    for c in prompt.choices]])
    await message_of(update).reply_text(prompt.text, reply_markup=markup, do_quote=False)


async def delete_button(update: Update, context: BotContext) -> None:
    """Delete the resident's concerns when confirmed."""
    query = query_of(update)
    match = _DELETE_BUTTON.match(query.data or "")
    lang = language(update, context)
    if not match or update.effective_user is None:
        await query.answer(pick(lang, *STALE_BUTTON))
        return
    await query.answer()
    if match[1] == "yes":
        text = await context.desk.delete_mine(CHANNEL, update.effective_user.id, lang)
    else:
        text = pick(lang, "Inget raderades.", "Nothing was deleted.")
    await query.edit_message_text(text)


async def purge_job(context: BotContext) -> None:
    """Daily retention: delete concerns past the retention period and abandoned conversations."""
    await context.desk.purge()
