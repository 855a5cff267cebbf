"""Rendering the core's answers for Telegram: escaped HTML, split under 4096, inline buttons."""

from __future__ import annotations

import html

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.answering.compose import TOPIC_LABELS, pick
from bot.answering.engine import Answer

MAX_MESSAGE = 4096
MAX_CALLBACK_BYTES = 64


def to_html(text: str) -> str:
    """Escape a plain answer and set its source line in italics."""
    lines = []
    for line in text.split("\n"):
        escaped = html.escape(line, quote=False)
        if line.startswith(("Källa:", "Source:")):
            escaped = f"<i>{escaped}</i>"
        lines.append(escaped)
    return "\n".join(lines)


def split_message(text: str, limit: int = MAX_MESSAGE) -> list[str]:
    """Split rendered text into messages under `limit`, at paragraph, line or space boundaries."""
    chunks: list[str] = []
    rest = text
    while len(rest) > limit:
        cut = max(rest.rfind("\n\n", 0, limit), rest.rfind("\n", 0, limit))
        if cut <= 0:
            cut = rest.rfind(" ", 0, limit)
        if cut <= 0:
            cut = limit
            # never cut inside an HTML entity such as &amp;
            amp = rest.rfind("&", cut - 8, cut)
            if amp != -1 and ";" not in rest[amp:cut]:
                cut = amp
        chunks.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip("\n ")
    if rest or not chunks:
        chunks.append(rest)
    return chunks


def callback(*parts: str) -> str | None:
    """Callback data for a button, or None when it would not fit Telegram's 64 bytes."""
    data = "|".join(parts)
    return data if len(data.encode("utf-8")) <= MAX_CALLBACK_BYTES else None


def answer_keyboard(answer: Answer, follow: tuple[str, str] | None = None) -> InlineKeyboardMarkup | None:
    """The answer's suggestions and follow-up topics; `follow` the core's "Följ Växjö" offer (its
    choice id "follow:<kommun id>" and label), sent as "f|<kommun id>": nothing personal in it."""
    rows: list[list[InlineKeyboardButton]] = []
    for suggestion in answer.suggestions[:3]:
        data = callback("q", suggestion)
        if data:
            rows.append([InlineKeyboardButton(suggestion, callback_data=data)])
    if answer.municipality and answer.follow_ups:
        buttons = []
        for topic in answer.follow_ups:
            sv, en = TOPIC_LABELS[topic]
            data = callback("t", answer.municipality, topic)
            if data:
                buttons.append(InlineKeyboardButton(pick(answer.language, sv, en), callback_data=data))
        if buttons:
            rows.append(buttons)
    if follow is not None:
        data = callback("f", follow[0].split(":", 1)[1])
        if data:
            rows.append([InlineKeyboardButton(follow[1], callback_data=data)])
    return InlineKeyboardMarkup(rows) if rows else None
