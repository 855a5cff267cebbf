"""What every part of the SQLite store stands on: the connection and its write transactions, the
schema's migration, intake sessions, rate limits and chat context. `sqlite_concerns.py` adds the
concerns, `sqlite.py` the rest; `SQLiteStore` is the class to open."""

from __future__ import annotations

import asyncio
import json
import logging
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiosqlite

from bot.storage.base import Store
from bot.storage.records import StorageError, old_context_keys
from bot.storage.batches import Batcher
from bot.storage.entry_edits import EntryFiles
from bot.storage.sqlite_schema import MIGRATIONS, VACUUM_AFTER
from bot.storage.windows import Check, InMemory, limits_of, ordered, until

logger = logging.getLogger(__name__)

KNOWN_CONVERSATIONS = 10_000  # chat contexts kept in memory, the most recently used
ROWS_A_STATEMENT = 300  # conversations saved by one INSERT: 900 parameters, under the 999 of older SQLite builds


class SQLiteBase(Store):
    """The connection and what each message needs of it."""

    engine = "sqlite"

    def __init__(self, connection: aiosqlite.Connection, path: Path) -> None:
        super().__init__()
        self._db = connection
        self.path = path
        self._write_lock = asyncio.Lock()
        # Chat contexts, read on every message. Only the bot's one process saves them (several
        # processes need PostgreSQL), so what it saved last is what is stored: a message reads its
        # chat's context from here, without a trip to the database thread, and saves made together
        # go in one batch. Whatever deletes contexts (retention, a copy) empties this too.
        self._conversations: OrderedDict[str, str] = OrderedDict()
        self._conversation_saves: Batcher[tuple[str, str, float], None] = Batcher(self._save_conversations)
        # What `admit` counts (chat messages, survey answers) is kept in this process's memory: it is
        # the only process, and a write per chat message would cost every resident. Concerns are
        # counted in their commit, in `rate_windows`, so their limits outlive a restart as they do.
        self._admitted = InMemory()
        self._entries = EntryFiles(path.parent)

    async def drain(self) -> None:
        await asyncio.gather(super().drain(), self._conversation_saves.wait())

    async def close_connection(self) -> None:
        """Only close the connection: for an event loop other than the one that opened it."""
        await self._db.close()

    async def _migrate(self) -> None:
        version = await self.schema_version()
        if version > len(MIGRATIONS):
            raise StorageError(f"database {self.path} has schema version {version}, newer than this "
                                    f"program knows ({len(MIGRATIONS)}); upgrade trygghetsbot")
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            async with self.transaction() as db:
                for statement in filter(str.strip, script.split(";")):
                    await db.execute(statement)
                await db.execute(f"PRAGMA user_version={number}")
            logger.info("Database migrated to schema version %s", number)
            if number in VACUUM_AFTER and version:
                async with self._write_lock:
                    await self._db.execute("VACUUM")
                    await self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    @asynccontextmanager
    async def transaction(self, durable: bool = False) -> AsyncIterator[aiosqlite.Connection]:
        """One write transaction at a time; committed on success, rolled back on any error.

        `durable` syncs the commit to disk before returning, so it survives a power cut too (SQLite
        only lets the safety level change between transactions).
        """
        async with self._write_lock:
            if durable:
                await self._db.execute("PRAGMA synchronous=FULL")
            try:
                await self._db.execute("BEGIN IMMEDIATE")
                try:
                    yield self._db
                except BaseException:
                    await self._db.execute("ROLLBACK")
                    raise
                await self._db.execute("COMMIT")
            finally:
                if durable:
                    await self._db.execute("PRAGMA synchronous=NORMAL")

    async def write(self, sql: str, params: tuple[Any, ...] = ()) -> int:
        """A single-statement write: atomic on its own, so one round trip instead of three."""
        async with self._write_lock:
            cursor = await self._db.execute(sql, params)
            return cursor.rowcount

    async def _rows(self, sql: str, params: tuple[Any, ...] | list[Any] = ()) -> list[Any]:
        """All rows of a query in one round trip to the database thread."""
        return list(await self._db.execute_fetchall(sql, params))

    async def schema_version(self) -> int:
        return int((await self._rows("PRAGMA user_version"))[0][0])

    async def integrity_check(self) -> str:
        return str((await self._rows("PRAGMA integrity_check"))[0][0])

    async def _checkpoint(self) -> None:
        """Copy the write-ahead log into the database and empty it: until then it still holds the
        pages as they were before a deletion. A reader in the middle of a long export can keep it
        from finishing; later writes then overwrite the log from its start once the readers are
        done, and the next erasure or retention run empties it."""
        async with self._write_lock:
            busy, _, _ = (await self._rows("PRAGMA wal_checkpoint(TRUNCATE)"))[0]
        if busy:
            logger.warning("The write-ahead log could not be emptied after a deletion (a reader was busy)")

    # -- intake sessions ------------------------------------------------------------------------

    async def load_session(self, resident: str, channel: str) -> tuple[dict[str, Any], float] | None:
        rows = await self._rows("SELECT state, updated_epoch FROM intake_sessions WHERE resident = ? AND channel = ?",
                                (resident, channel))
        return (json.loads(rows[0][0]), float(rows[0][1])) if rows else None

    async def write_sessions(self, saved: list[tuple[str, str, dict[str, Any], float]],
                             deleted: list[tuple[str, str]]) -> None:
        """Many session changes in one transaction (the desk flushes them in batches)."""
        async with self.transaction() as db:
            if saved:
                await db.executemany(
                    "INSERT INTO intake_sessions (resident, channel, state, updated_epoch) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (resident, channel) DO UPDATE SET state = excluded.state, "
                    "updated_epoch = excluded.updated_epoch",
                    [(r, c, json.dumps(state, ensure_ascii=False), t) for r, c, state, t in saved])
            if deleted:
                await db.executemany("DELETE FROM intake_sessions WHERE resident = ? AND channel = ?", deleted)

    async def write_session_if(self, resident: str, channel: str, state: dict[str, Any], epoch: float,
                               expected_epoch: float) -> bool:
        return await self.write(
            "UPDATE intake_sessions SET state = ?, updated_epoch = ? "
            "WHERE resident = ? AND channel = ? AND updated_epoch = ?",
            (json.dumps(state, ensure_ascii=False), epoch, resident, channel, expected_epoch)) == 1

    # -- rate limits ------------------------------------------------------------------------------

    async def rate_stamps(self, keys: Sequence[str]) -> dict[str, list[float]]:
        return {**await self._stamps(self._db, keys), **self._admitted.stamps(keys)}

    async def _stamps(self, db: aiosqlite.Connection, keys: Sequence[str]) -> dict[str, list[float]]:
        found: dict[str, list[float]] = {}
        for start in range(0, len(keys), 500):  # SQLite's limit on a statement's parameters
            part = list(keys[start:start + 500])
            for key, stamps in await db.execute_fetchall(
                    f"SELECT key, stamps FROM rate_windows WHERE key IN ({', '.join('?' * len(part))})", part):
                found[key] = ordered([float(stamp) for stamp in json.loads(stamps)])
        return found

    async def _write_stamps(self, db: aiosqlite.Connection, stamps: dict[str, list[float]],
                            checks: Sequence[Sequence[Check]]) -> None:
        limits = limits_of(checks)
        await db.executemany(
            "INSERT INTO rate_windows (key, stamps, until_epoch) VALUES (?, ?, ?) "
            "ON CONFLICT (key) DO UPDATE SET stamps = excluded.stamps, until_epoch = excluded.until_epoch",
            [(key, json.dumps(stamps[key]), until(limits[key], stamps[key])) for key in sorted(limits)])

    async def admit(self, checks: Sequence[Check], now: float) -> dict[str, float]:
        return self._admitted.decide([(tuple(checks), now)])[0]  # no batch: nothing to wait for

    async def admit_batch(self, batch: list[tuple[tuple[Check, ...], float]]) -> list[dict[str, float]]:
        return self._admitted.decide(batch)

    # -- chat context --------------------------------------------------------------------------------

    async def load_conversation(self, key: str) -> dict[str, Any] | None:
        state = self._conversations.get(key)
        if state is None:
            rows = await self._rows("SELECT state FROM conversations WHERE key = ?", (key,))
            if not rows:
                return None
            state = rows[0][0]
            self._remember_conversation(key, state)
        else:
            self._conversations.move_to_end(key)
        return json.loads(state)

    async def save_conversation(self, key: str, state: dict[str, Any], epoch: float) -> None:
        text = json.dumps(state, ensure_ascii=False)
        self._remember_conversation(key, text)
        await self._conversation_saves((key, text, epoch))

    async def rekey_conversations(self, channels: Sequence[str], rekey: Callable[[str, str], str]) -> int:
        rows = await self._rows("SELECT key FROM conversations WHERE "
                                + " OR ".join("key LIKE ?" for _ in channels), [f"{c}:%" for c in channels])
        pairs = old_context_keys(channels, [row[0] for row in rows], rekey)
        if not pairs:
            return 0
        self._conversations.clear()
        async with self.transaction() as db:
            await db.executemany("INSERT OR IGNORE INTO conversations (key, state, updated_epoch) "
                                 "SELECT ?, state, updated_epoch FROM conversations WHERE key = ?", pairs)
            await db.executemany("DELETE FROM conversations WHERE key = ?", [(old,) for _, old in pairs])
        # A deleted row's bytes stay in free pages, index pages and the write-ahead log: rebuilt and
        # truncated, the files no longer hold a chat id.
        async with self._write_lock:
            await self._db.execute("VACUUM")
            await self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        logger.info("Chat contexts: %s rekeyed by hash", len(pairs))
        return len(pairs)

    def _remember_conversation(self, key: str, state: str) -> None:
        self._conversations[key] = state
        self._conversations.move_to_end(key)
        while len(self._conversations) > KNOWN_CONVERSATIONS:
            self._conversations.popitem(last=False)

    async def _save_conversations(self, saves: list[tuple[str, str, float]]) -> list[None]:
        # One statement per batch, not `executemany`: outside a transaction each of its rows was a
        # commit of its own, and the commits, not the round trip, were most of a chat message's cost
        # beside the answer (measured with 8 requests in flight). A key saved twice in a batch keeps
        # its last state, as the rows written in order did.
        latest = list({key: (key, state, epoch) for key, state, epoch in saves}.values())
        async with self._write_lock:
            for start in range(0, len(latest), ROWS_A_STATEMENT):
                rows = latest[start:start + ROWS_A_STATEMENT]
                await self._db.execute(
                    "INSERT INTO conversations (key, state, updated_epoch) VALUES "
                    + ", ".join("(?, ?, ?)" for _ in rows)
                    + " ON CONFLICT (key) DO UPDATE SET state = excluded.state, updated_epoch = excluded.updated_epoch",
                    [value for row in rows for value in row])
        return [None] * len(saves)

