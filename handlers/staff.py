"""Staff commands in Telegram: /export, /statistik, /status. Access is checked in the core."""

from __future__ import annotations

import io
import logging

from telegram import Update

from bot.staff import AccessDenied, NotStaff, StaffDesk, StaffInputError
from handlers.services import BotContext

logger = logging.getLogger(__name__)


def _staff_desk(context: BotContext) -> StaffDesk:
    return StaffDesk(context.services.settings, context.desk)


async def export_command(update: Update, context: BotContext) -> None:
    """Send the municipality's concerns as an XLSX (or CSV/JSON) document."""
    message = update.effective_message
    desk = _staff_desk(context)
    try:
        member = desk.member(update.effective_user.id if update.effective_user else None)
        request = desk.parse_export(member, list(context.args or []))
        file = await desk.export(member, request)
    except (NotStaff, AccessDenied, StaffInputError) as exc:
        await message.reply_text(str(exc), do_quote=False)
        return
    logger.info("Staff export of %s concern(s) for %s", file.count, request.municipality)
    await message.reply_document(io.BytesIO(file.content), filename=file.filename,
                                 caption=f"{file.count} synpunkt(er).", do_quote=False)


async def statistics_command(update: Update, context: BotContext) -> None:
    """Send a chart of concerns per category and month with a short summary."""
    message = update.effective_message
    desk = _staff_desk(context)
    try:
        member = desk.member(update.effective_user.id if update.effective_user else None)
        municipality = desk.municipality(member, " ".join(context.args or []) or None)
        png, summary = await desk.statistics(member, municipality)
    except (NotStaff, AccessDenied, StaffInputError) as exc:
        await message.reply_text(str(exc), do_quote=False)
        return
    await message.reply_photo(io.BytesIO(png), caption=summary[:1024], do_quote=False)
    if len(summary) > 1024:
        await message.reply_text(summary, do_quote=False)


async def status_command(update: Update, context: BotContext) -> None:
    """Set a concern's status and note; the resident sees it in /mina."""
    message = update.effective_message
    desk = _staff_desk(context)
    try:
        member = desk.member(update.effective_user.id if update.effective_user else None)
        text = await desk.set_status(member, list(context.args or []))
    except (NotStaff, AccessDenied, StaffInputError) as exc:
        await message.reply_text(str(exc), do_quote=False)
        return
    await message.reply_text(text, do_quote=False)
