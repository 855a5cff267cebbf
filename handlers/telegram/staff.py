"""Staff commands in Telegram: /export, /statistik, /status. Access is checked in the core."""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence

from telegram import Update
from telegram.error import TelegramError

from bot.errors import Busy, UnreadableText
from bot.staff import AccessDenied, NotStaff, StaffDesk, StaffInputError
from bot.text import readable
from handlers.telegram.context import BotContext, message_of, query_of

logger = logging.getLogger(__name__)


def _staff_desk(context: BotContext) -> StaffDesk:
    return context.services.staff


def _args(context: BotContext) -> list[str]:
    """The command's words; UnreadableText for any that is not valid Unicode."""
    return [readable(arg) for arg in context.args or []]


async def export_command(update: Update, context: BotContext) -> None:
    """Send the municipality's concerns as an XLSX (or CSV/JSON) document."""
    message = message_of(update)
    desk = _staff_desk(context)
    try:
        member = desk.member(update.effective_user.id if update.effective_user else None)
        request = desk.parse_export(member, _args(context))
        file = await desk.export(member, request)
    except (NotStaff, AccessDenied, StaffInputError, UnreadableText, Busy) as exc:
        await message.reply_text(str(exc), do_quote=False)
        return
    logger.info("Staff export of %s concern(s) for %s", file.count, request.municipality)
    await message.reply_document(io.BytesIO(file.content), filename=file.filename,
                                 caption=f"{file.count} synpunkt(er).", do_quote=False)


async def statistics_command(update: Update, context: BotContext) -> None:
    """Send a chart of concerns per category and month with a short summary."""
    message = message_of(update)
    desk = _staff_desk(context)
    try:
        member = desk.member(update.effective_user.id if update.effective_user else None)
        municipality = desk.municipality(member, " ".join(_args(context)) or None)
        png, summary = await desk.statistics(member, municipality)
    except (NotStaff, AccessDenied, StaffInputError, UnreadableText) as exc:
        await message.reply_text(str(exc), do_quote=False)
        return
    await message.reply_photo(io.BytesIO(png), caption=summary[:1024], do_quote=False)
    if len(summary) > 1024:
        await message.reply_text(summary, do_quote=False)


async def status_command(update: Update, context: BotContext) -> None:
    """Set a concern's status and note; the resident sees it in /mina."""
    message = message_of(update)
    desk = _staff_desk(context)
    try:
        member = desk.member(update.effective_user.id if update.effective_user else None)
        text = await desk.set_status(member, _args(context))
    except (NotStaff, AccessDenied, StaffInputError, UnreadableText) as exc:
        await message.reply_text(str(exc), do_quote=False)
        return
    await message.reply_text(text, do_quote=False)


def problems_text(problems: Sequence[object]) -> str:
    lines = [f"Kunskapsbasen har {len(problems)} fel och laddades inte om; jag svarar från den senaste "
             "fungerande versionen:"]
    lines.extend(f"• {problem}" for problem in problems[:20])
    if len(problems) > 20:
        lines.append(f"… och {len(problems) - 20} till. Kör trygghetsbot validate för hela listan.")
    return "\n".join(lines)


async def reload_command(update: Update, context: BotContext) -> None:
    """Reload the knowledge base now and say whether it worked."""
    message = message_of(update)
    try:
        _staff_desk(context).member(update.effective_user.id if update.effective_user else None)
    except NotStaff as exc:
        await message.reply_text(str(exc), do_quote=False)
        return
    problems = context.services.reload()
    if problems:
        await message.reply_text(problems_text(problems), do_quote=False)
        return
    knowledge = context.engine.knowledge
    count = len(knowledge.municipalities) + len(knowledge.unpublished)  # a search that found none is known too
    await message.reply_text(f"Kunskapsbasen är omladdad: {count} kommuner.", do_quote=False)


async def watch_knowledge_job(context: BotContext) -> None:
    """Reload the knowledge base when its files change; tell staff when a change is broken."""
    if not context.services.knowledge_changed():
        return
    problems = context.services.reload()
    if not problems:
        return
    for member in context.services.settings.staff:
        if member.telegram_user_id is None:
            continue  # console-only staff see problems with `trygghetsbot validate`
        try:
            await context.bot.send_message(member.telegram_user_id, problems_text(problems))
        except TelegramError:
            logger.warning("Could not tell a staff member about the broken knowledge base")
