"""What every command builds: the answering engine (with "today" pinnable for tests) and the settings."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import gc
import os
from pathlib import Path

from bot import files
from bot.answering.engine import Engine
from bot.answering.knowledge import load
from bot.errors import TrygghetsbotError
from bot.settings import Settings



TODAY_ENV = "TRYGGHETSBOT_TODAY"  # pins "today" (YYYY-MM-DD) for reproducible answers in tests


def pinned_today() -> dt.date:
    """Today, or the date TRYGGHETSBOT_TODAY pins."""
    pinned = os.environ.get(TODAY_ENV)
    if pinned:
        try:
            return dt.date.fromisoformat(pinned)
        except ValueError as exc:
            raise TrygghetsbotError(f"{TODAY_ENV} must be a date (YYYY-MM-DD), got {pinned!r}") from exc
    return dt.date.today()


def build_engine(knowledge_dir: str | None) -> Engine:
    # What is built here lives as long as the command and leaves no garbage: the collector's passes while it is
    # made (a tenth of a `chat --jsonl` process's start) would find nothing to free.
    collecting = gc.isenabled()
    gc.disable()
    try:
        knowledge = load(Path(knowledge_dir) if knowledge_dir else None, cache=files.cache_dir())
        today = pinned_today()
        return Engine(knowledge, today=today if os.environ.get(TODAY_ENV) else None, passage_cache=files.cache_dir())
    finally:
        if collecting:
            gc.enable()


def load_settings(args: argparse.Namespace) -> Settings:
    settings = Settings.load(Path(args.settings) if getattr(args, "settings", None) else None)
    if args.knowledge:
        settings = dataclasses.replace(settings, knowledge_dir=Path(args.knowledge))
    return settings
