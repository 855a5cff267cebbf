"""Residents in Telegram: every message, command and button goes to the core's one dialogue call,
and its outputs are rendered here (HTML answers, buttons, the concern prompts)."""

from __future__ import annotations

import functools
import logging
import re
import time
from collections.abc import Callable, Coroutine, Sequence
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, MessageEntity, Update
from telegram.ext import ApplicationHandlerStop, filters

from bot.answering.compose import pick
from bot.answering.engine import Answer, Conversation
from bot.concerns.intake import Prompt
from bot.concerns.limiter import CHAT, SLOW_DOWN
from bot.dialogue import STALE, Input, Notice, Output, parse_command
from bot.errors import UnreadableText
from bot.text import readable
from handlers.telegram import concerns
from handlers.telegram.concerns import CHANNEL, language
from handlers.telegram.render import answer_keyboard, callback, split_message, to_html
from handlers.telegram.context import BotContext, message_of, query_of

logger = logging.getLogger(__name__)

Handler = Callable[[Update, BotContext], Coroutine[Any, Any, None]]
_TOPIC_BUTTON = re.compile(r"t\|([a-z0-9-]{1,40})\|([a-z_]{1,20})")
_QUESTION_BUTTON = re.compile(r"q\|(.{1,60})", re.DOTALL)
_CHOICE_BUTTON = re.compile(r"c\|([a-z0-9-]{1,40})")
_DELETE_BUTTON = re.compile(r"d\|(yes|no)")
_UPDATES_BUTTON = re.compile(r"u\|(yes|no)\|([A-Z]{1,5}-\d{4}-\d{1,9})")
_FOLLOW_BUTTON = re.compile(r"f\|([a-z0-9-]{1,40})")


class AddressedToBot(filters.MessageFilter):
    """Private messages, and in groups only messages that mention the bot or reply to it."""

    def filter(self, message: Message) -> bool:
        if message.chat.type == "private":
            return True
        bot = message.get_bot()
        mention = f"@{bot.username}".casefold()
        for entity, text in message.parse_entities([MessageEntity.MENTION]).items():
            if text.casefold() == mention:
                return True
        reply = message.reply_to_message
        return bool(reply and reply.from_user and reply.from_user.id == bot.id)


def without_mention(text: str, username: str | None) -> str:
    if not username:
        return text
    return re.sub(rf"@{re.escape(username)}\b", " ", text, flags=re.IGNORECASE).strip()


# -- rendering -----------------------------------------------------------------------------------

async def send_answer(message: Message, answer: Answer, follow: tuple[str, str] | None = None) -> None:
    """Send an answer as HTML, split if needed, with its buttons on the last part."""
    chunks = split_message(to_html(answer.text))
    for index, chunk in enumerate(chunks):
        markup = answer_keyboard(answer, follow) if index == len(chunks) - 1 else None
        await message.reply_html(chunk, reply_markup=markup, do_quote=False,
                                 disable_web_page_preview=True)


def notice_keyboard(notice: Notice, bot_username: str | None) -> InlineKeyboardMarkup | None:
    if notice.municipalities:
        buttons = [InlineKeyboardButton(name, callback_data=callback("t", muni_id, "overview"))
                   for muni_id, name in notice.municipalities]
        return InlineKeyboardMarkup([buttons[i:i + 3] for i in range(0, len(buttons), 3)])
    if notice.private_start is not None and bot_username:
        url = f"https://t.me/{bot_username}" + (f"?start={notice.private_start}" if notice.private_start else "")
        return InlineKeyboardMarkup([[InlineKeyboardButton("Skriv till mig privat", url=url)]])
    return None


async def render(message: Message, outputs: Sequence[Output], context: BotContext) -> None:
    for output in outputs:
        if isinstance(output, Answer):
            await send_answer(message, output, context.dialogue.follows.offer(output, CHANNEL,
                                                                              message.chat.type == "private"))
        elif isinstance(output, Prompt):
            await concerns.send_prompt(message, output, context)
        else:
            await message.reply_text(output.text, reply_markup=notice_keyboard(output, context.bot.username),
                                     do_quote=False)


async def converse(update: Update, context: BotContext, given: Input) -> list[Output]:
    """The core's dialogue for this chat: the conversation is read from and saved to chat_data."""
    user, chat = update.effective_user, update.effective_chat
    if user is None:
        return []
    if user.language_code and user.language_code.lower().startswith("en"):
        given.language = "en"
    private = chat is None or chat.type == "private"
    if private and chat is not None:
        given.deliver_to = str(chat.id)  # kept only if the resident asks to hear back, and encrypted
    try:
        given.text = readable(given.text)
        given.choice = readable(given.choice) if given.choice is not None else None
    except UnreadableText:
        return [Notice(pick(given.language or language(update, context), *UnreadableText.TEXT), "unreadable")]
    # The chat's limit per resident key (bot/concerns/limiter.py): told once, then silence until the
    # wait is over (in_chat_order stops the rest before the lock), so a flood costs neither database
    # work nor messages to Telegram.
    limiter = context.desk.limiter
    if limiter.held(CHAT, CHANNEL, user.id) > 0:
        return []  # refused while this one waited for the chat's lock
    if await limiter.admit(CHAT, CHANNEL, user.id) > 0:
        return [Notice(pick(given.language or language(update, context), *SLOW_DOWN), "limit")]
    # A keyed hash, never the chat id: a private chat's id is the user's Telegram id.
    key = context.desk.context_key(CHANNEL, chat.id if chat else user.id)
    store = context.desk.db
    # The chat's context lives in the database, so any process of the bot can continue the chat.
    stored = await store.load_conversation(key)
    conversation = Conversation.from_dict(stored) if stored is not None else context.conversation()
    outputs = await context.dialogue.handle(CHANNEL, user.id, conversation, given, private=private,
                                            chat=str(chat.id) if chat else "")
    await store.save_conversation(key, conversation.to_dict(), time.time())
    context.save_conversation(conversation)  # kept in chat_data too, for the language of buttons
    return outputs


def in_chat_order(handler: Handler) -> Handler:
    """One message of a chat at a time, replies included, also when two processes of the bot receive
    a chat's messages (a lock in the shared database; one process orders them itself). A resident
    this process has just refused is not let as far as the lock: a flood costs no database work."""

    @functools.wraps(handler)
    async def ordered(update: Update, context: BotContext) -> None:
        user, chat = update.effective_user, update.effective_chat
        if user is not None and context.desk.limiter.held(CHAT, CHANNEL, user.id) > 0:
            if update.callback_query is not None:  # the button's spinner must stop
                await update.callback_query.answer(pick(language(update, context), *SLOW_DOWN))
            return
        async with context.desk.db.chat_lock(f"{CHANNEL}:{chat.id if chat else 0}"):
            await handler(update, context)

    return ordered


# -- handlers ------------------------------------------------------------------------------------

async def shared_chat_gate(update: Update, context: BotContext) -> None:
    """In a group, a command whose reply would show personal or staff data gets a pointer to the
    private chat instead, and no other handler sees it."""
    message, user, chat = update.effective_message, update.effective_user, update.effective_chat
    if message is None or user is None or chat is None or chat.type == "private":
        return
    parsed = parse_command(message.text or "")
    if parsed is None:
        return
    notice = context.dialogue.shared_chat_notice(CHANNEL, user.id, parsed[0], language(update, context),
                                                 str(chat.id))
    if notice is not None:
        await render(message, [notice], context)
        raise ApplicationHandlerStop


@in_chat_order
async def text(update: Update, context: BotContext) -> None:
    """A command or a typed message: the dialogue decides what it leads to."""
    message = message_of(update)
    typed = without_mention(message.text or "", context.bot.username)
    await render(message, await converse(update, context, Input(text=typed)), context)


@in_chat_order
async def location(update: Update, context: BotContext) -> None:
    """A shared location: the place of a concern in progress, or a pointer to /synpunkt."""
    message = message_of(update)
    shared = message.location
    given = Input(location=(shared.latitude, shared.longitude) if shared else None)
    await render(message, await converse(update, context, given), context)


@in_chat_order
async def button(update: Update, context: BotContext) -> None:
    """An inline button; stale or forged data gets a polite note, never an exception."""
    query = query_of(update)
    data = query.data or ""
    topic, question = _TOPIC_BUTTON.fullmatch(data), _QUESTION_BUTTON.fullmatch(data)
    choice, delete = _CHOICE_BUTTON.fullmatch(data), _DELETE_BUTTON.fullmatch(data)
    message = query.message if isinstance(query.message, Message) else None
    edit_with: str | None = None
    given: Input | None
    if topic:
        given = Input(topic=(topic[1], topic[2]))
    elif question:
        given = Input(text=question[1])
    elif delete:
        given = Input(choice=f"delete-{delete[1]}")
    elif updates := _UPDATES_BUTTON.fullmatch(data):
        given = Input(choice=f"updates-{updates[1]}:{updates[2]}")
    elif follow := _FOLLOW_BUTTON.fullmatch(data):
        given = Input(choice=f"follow:{follow[1]}")
    elif choice and update.effective_user is not None:
        current = await context.desk.current(CHANNEL, update.effective_user.id)
        chosen = next((c for c in current.choices if c.id == choice[1]), None) if current else None
        if current is not None and chosen is not None:
            # Show what was chosen in place of the buttons, so an old prompt cannot be pressed again.
            edit_with = f"{current.text}\n\n✓ {chosen.label}"
        given = Input(choice=choice[1])
    else:
        given = None  # forged or from an older version of the bot
    outputs = await converse(update, context, given) if message is not None and given is not None else []
    stale = [o for o in outputs if isinstance(o, Notice) and o.kind == "stale"]
    if not outputs or stale:
        await query.answer(stale[0].text if stale else _stale_text(update, context))
        return
    await query.answer()
    assert message is not None
    first = outputs[0]
    if delete and isinstance(first, Notice):
        await query.edit_message_text(first.text)  # the confirmation becomes its outcome
        return
    if edit_with is not None:
        await query.edit_message_text(edit_with)
    await render(message, outputs, context)


def _stale_text(update: Update, context: BotContext) -> str:
    return pick(language(update, context), *STALE)
