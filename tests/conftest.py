"""Shared fixtures: the bundled knowledge base, an engine pinned to a date, a copy to break."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from bot.engine import Engine
from bot.knowledge import Knowledge, bundled_path, load

TODAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="session")
def knowledge() -> Knowledge:
    return load(bundled_path())


@pytest.fixture()
def engine(knowledge: Knowledge) -> Engine:
    return Engine(knowledge, today=TODAY)


@pytest.fixture()
def knowledge_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled knowledge base, for tests that break or extend it."""
    target = tmp_path / "knowledge"
    shutil.copytree(bundled_path(), target, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    return target
