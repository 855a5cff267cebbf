"""Shared fixtures: the bundled knowledge base, an engine pinned to a date, a copy to break."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.answering.engine import Engine
from bot.answering.knowledge import Knowledge, bundled_path, load
from tests.pg import postgres_server  # noqa: F401 - a fixture for every test module

TODAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="session", autouse=True)
def cache_in_tmp(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """What the bot caches (the passage index, bot/files.py cache_dir) goes to a temporary folder,
    also for the processes tests start, never to the user's own cache."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
        yield


@pytest.fixture(scope="session")
def knowledge() -> Knowledge:
    return load(bundled_path())


@pytest.fixture(scope="module")
def bundled(knowledge: Knowledge) -> Engine:
    """An engine on the bundled knowledge base as of TODAY, one per test module (a module may override it)."""
    return Engine(knowledge, today=TODAY)


@pytest.fixture()
def engine(seeded_knowledge: Knowledge) -> Engine:
    """The rules' tests run on the five seed municipalities as first written (see seeded_knowledge)."""
    return Engine(seeded_knowledge, today=TODAY)


SEEDED = ("burlov", "kavlinge", "solvesborg", "vaxjo", "vellinge")
FROZEN = Path(__file__).resolve().parent / "fixtures" / "seeded"


@pytest.fixture(scope="session")
def seeded_knowledge(tmp_path_factory: pytest.TempPathFactory) -> Knowledge:
    """The five municipalities from the seed press releases only: for tests whose expected answer
    depends on which municipalities exist (the newest agreement, the oldest), so they keep testing
    the rule as the bundled base grows."""
    target = tmp_path_factory.mktemp("seeded") / "knowledge"
    shutil.copytree(bundled_path(), target, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    for file in (target / "municipalities").glob("*.yaml"):
        file.unlink()
    # As they were written from the seed press releases: the bundled files grow newer agreements,
    # people and areas, and a test of a rule must not change its answer when they do.
    for name in SEEDED:
        shutil.copy(FROZEN / f"{name}.yaml", target / "municipalities" / f"{name}.yaml")
    return load(target)


@pytest.fixture()
def knowledge_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled knowledge base, for tests that break or extend it."""
    target = tmp_path / "knowledge"
    shutil.copytree(bundled_path(), target, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    return target


# Tests of the storage and the desks run on both engines: SQLite in tmp_path, and a real PostgreSQL.
ENGINES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(params=ENGINES)
def database_url(request: pytest.FixtureRequest) -> str:
    """"" for SQLite in the test's data dir, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return ""
    return str(request.getfixturevalue("postgres_server").new_database())
