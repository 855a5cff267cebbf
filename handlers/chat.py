"""Residents' questions: commands, free text and buttons. Each handler reads, calls the core, replies."""

from __future__ import annotations

import logging
import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, MessageEntity, Update
from telegram.ext import filters

from bot.compose import pick
from bot.engine import Answer
from bot.intake import Reply
from handlers import concerns
from handlers.concerns import STALE_BUTTON, language
from handlers.render import answer_keyboard, callback, split_message, to_html
from handlers.services import BotContext, message_of, query_of

logger = logging.getLogger(__name__)

WELCOME = (
    "Hej! Jag är Trygghetsboten. Jag berättar vad kommunen och polisen har kommit överens om för "
    "tryggheten där du bor, och tar emot dina synpunkter om otrygga platser.\n\n"
    "Fråga till exempel:\n• Vad fokuserar Sölvesborg på?\n• Hur länge gäller avtalet i Vellinge?\n"
    "• Vem är kommunpolis i Sölvesborg?\n\n"
    "Kommandon: /kommuner, /synpunkt, /hjalp, /integritet.\n\n"
    "Vid fara: ring 112. Anmäl brott på polisen.se eller 114 14.")
WELCOME_EN = (
    "Hi! I am Trygghetsboten. I tell you what your municipality and the police have agreed to do "
    "for local safety, and take your concerns about places that feel unsafe.\n\n"
    "Ask for example:\n• What does Kävlinge focus on?\n• How long is Vellinge's agreement valid?\n"
    "• Who is the community police officer in Sölvesborg?\n\n"
    "Commands: /municipalities, /concern, /help, /privacy.\n\n"
    "In danger: call 112. Report crimes at polisen.se or 114 14.")
HELP = (
    "Skriv en fråga om trygghetsarbetet i en kommun, på svenska eller engelska:\n"
    "• fokusområden: ”Vad fokuserar Burlöv på?”\n• period: ”När går Växjös avtal ut?”\n"
    "• personer: ”Vem är kommunstyrelsens ordförande i Kävlinge?”\n"
    "• begrepp: ”Vad betyder medborgarlöfte?”\n"
    "• alla kommuner: ”Vilka kommuner har grannsamverkan?”\n\n"
    "/kommuner – kommunerna jag känner till\n/synpunkt – berätta vad som känns otryggt\n"
    "/mina – dina synpunkter\n/radera – radera dina synpunkter\n/integritet – hur dina uppgifter hanteras\n"
    "/avbryt – avbryt det du håller på med\n\nVid fara: ring 112.")
HELP_EN = (
    "Ask about the safety work in a municipality, in Swedish or English:\n"
    "• focus areas: “What does Burlöv focus on?”\n• period: “When does Växjö's agreement end?”\n"
    "• people: “Who is the chair of the executive board in Kävlinge?”\n"
    "• terms: “What is a medborgarlöfte?”\n"
    "• all municipalities: “Which municipalities work with young people?”\n\n"
    "/municipalities – the municipalities I know\n/concern – tell us what feels unsafe\n"
    "/mine – your concerns\n/delete – delete your concerns\n/privacy – how your data is handled\n"
    "/cancel – cancel what you are doing\n\nIn danger: call 112.")
UNKNOWN_COMMAND = ("Det kommandot känner jag inte till. Skriv /hjalp för att se vad jag kan.",
                   "I don't know that command. Send /help to see what I can do.")
LOCATION_ONLY = ("Tack för platsen! Vill du berätta vad som känns otryggt där? Skriv /synpunkt.",
                 "Thanks for the location! Want to tell us what feels unsafe there? Send /concern.")
CANCELLED = ("Avbrutet. Fråga gärna något annat.", "Cancelled. Feel free to ask something else.")

_TOPIC_BUTTON = re.compile(r"^t\|([a-z0-9-]{1,40})\|([a-z_]{1,20})$")
_QUESTION_BUTTON = re.compile(r"^q\|(.{1,60})$", re.DOTALL)


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


async def send_answer(message: Message, answer: Answer) -> None:
    """Send an answer as HTML, split if needed, with its buttons on the last part."""
    chunks = split_message(to_html(answer.text))
    for index, chunk in enumerate(chunks):
        markup = answer_keyboard(answer) if index == len(chunks) - 1 else None
        await message.reply_html(chunk, reply_markup=markup, do_quote=False,
                                 disable_web_page_preview=True)


async def start(update: Update, context: BotContext) -> None:
    """Welcome the resident; a deep-link payload (/start solvesborg) opens on that municipality."""
    message = message_of(update)
    lang = language(update, context)
    if context.args:
        conversation = context.conversation()
        answer = context.engine.answer_topic(context.args[0].casefold(), "overview", conversation, lang)
        if answer.answered:
            context.save_conversation(conversation)
            await send_answer(message, answer)
            return
    await message.reply_text(pick(lang, WELCOME, WELCOME_EN), reply_markup=municipality_buttons(context, lang),
                             do_quote=False)


async def help_command(update: Update, context: BotContext) -> None:
    """Explain what the bot answers and which commands exist."""
    await message_of(update).reply_text(pick(language(update, context), HELP, HELP_EN), do_quote=False)


def municipality_buttons(context: BotContext, lang: str) -> InlineKeyboardMarkup:
    munis = sorted(context.engine.knowledge.municipalities.values(), key=lambda m: m.name)
    buttons = [InlineKeyboardButton(m.name, callback_data=callback("t", m.id, "overview"))
               for m in munis]
    return InlineKeyboardMarkup([buttons[i:i + 3] for i in range(0, len(buttons), 3)])


async def municipalities(update: Update, context: BotContext) -> None:
    """List the municipalities as buttons, each opening an overview."""
    lang = language(update, context)
    await message_of(update).reply_text(
        pick(lang, "Välj en kommun:", "Choose a municipality:"),
        reply_markup=municipality_buttons(context, lang), do_quote=False)


async def privacy(update: Update, context: BotContext) -> None:
    """Say what is stored, why, for how long, who sees it and how to delete it."""
    entry = context.engine.knowledge.general["privacy"]
    await message_of(update).reply_text(pick(language(update, context), entry.text, entry.text_en),
                                              do_quote=False)


async def cancel(update: Update, context: BotContext) -> None:
    """Cancel a concern in progress and forget the chat's context."""
    if update.effective_user is not None:
        await context.desk.cancel(concerns.CHANNEL, update.effective_user.id)
    conversation = context.conversation()
    conversation.clear()
    context.save_conversation(conversation)
    await message_of(update).reply_text(pick(language(update, context), *CANCELLED), do_quote=False)


async def question(update: Update, context: BotContext) -> None:
    """Continue a concern in progress, or answer the message with the engine."""
    message = message_of(update)
    text = without_mention(message.text or "", context.bot.username)
    if await concerns.continue_concern(update, context, Reply(text=text)):
        return
    conversation = context.conversation()
    answer = context.engine.answer(text, conversation)
    context.save_conversation(conversation)
    await context.desk.log_unanswered(text, answer)
    if answer.topic == "feedback" and message.chat.type == "private":
        # "Jag vill tycka till …": start the guided conversation straight away.
        await concerns.start_concern(update, context)
        return
    logger.debug("Answered topic=%s municipality=%s answered=%s", answer.topic, answer.municipality,
                 answer.answered)
    await send_answer(message, answer)


async def button(update: Update, context: BotContext) -> None:
    """Answer an inline button; stale or forged data gets a polite note, never an exception."""
    query = query_of(update)
    data = query.data or ""
    conversation = context.conversation()
    topic_match, question_match = _TOPIC_BUTTON.match(data), _QUESTION_BUTTON.match(data)
    answer: Answer | None = None
    if topic_match:
        answer = context.engine.answer_topic(topic_match[1], topic_match[2], conversation)
        if not answer.answered:
            answer = None
    elif question_match:
        answer = context.engine.answer(question_match[1], conversation)
    if answer is None or query.message is None:
        await query.answer(pick(conversation.language, *STALE_BUTTON), show_alert=False)
        return
    await query.answer()
    context.save_conversation(conversation)
    if isinstance(query.message, Message):
        await send_answer(query.message, answer)


async def location(update: Update, context: BotContext) -> None:
    """A location is the place of a concern in progress; otherwise point to /synpunkt."""
    shared = message_of(update).location
    if shared and await concerns.continue_concern(update, context, Reply(location=(shared.latitude,
                                                                                   shared.longitude))):
        return
    await message_of(update).reply_text(pick(language(update, context), *LOCATION_ONLY), do_quote=False)


async def unknown_command(update: Update, context: BotContext) -> None:
    """Tell the resident a command is unknown."""
    await message_of(update).reply_text(pick(language(update, context), *UNKNOWN_COMMAND), do_quote=False)
