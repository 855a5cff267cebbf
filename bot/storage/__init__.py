"""Storage: one interface (`Store`), SQLite embedded by default, PostgreSQL for several processes.

    store = await open_store(data_dir)                                 # SQLite in the data dir
    store = await open_store(data_dir, "postgresql://bot@db/trygghet")  # PostgreSQL
"""

from __future__ import annotations

from pathlib import Path

from bot.storage.base import Store
from bot.storage.records import CONCERN_FIELDS, KEYLESS, STATUS_NAMES, TABLES, Concern, LimitReached, StorageError
from bot.storage.windows import Limit
from bot.storage.sqlite import DATABASE_FILE, SQLiteStore

__all__ = ["CONCERN_FIELDS", "DATABASE_FILE", "KEYLESS", "STATUS_NAMES", "TABLES", "Concern", "Limit",
           "LimitReached", "SQLiteStore", "StorageError", "Store", "open_store"]


async def open_store(data_dir: Path, url: str = "") -> Store:
    """The store a deployment is configured for: `url` postgresql://… or SQLite in `data_dir`."""
    if not url:
        return await SQLiteStore.open(data_dir / DATABASE_FILE)
    if url.startswith(("postgresql://", "postgres://")):
        from bot.storage.postgres import PostgresStore  # noqa: PLC0415 - asyncpg only when it is used

        return await PostgresStore.open(url)
    raise StorageError("database_url must start with postgresql:// (or be empty for SQLite in the data dir)")
