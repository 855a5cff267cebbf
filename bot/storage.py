"""The database: one SQLite file in the data dir, WAL mode, versioned schema, writes in transactions.

Concerns follow Open311 GeoReport v2's service request where it fits. One aiosqlite connection is
shared by the whole process; a lock keeps one write transaction at a time, because statements of
two coroutines on the same connection would otherwise interleave inside each other's transactions.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

import aiosqlite

from bot.errors import TrygghetsbotError

logger = logging.getLogger(__name__)

DATABASE_FILE = "trygghetsbot.sqlite3"

# A concern's status: the code stored and exported to machines, and what people read (sv, en).
STATUS_NAMES: dict[str, tuple[str, str]] = {
    "open": ("öppen", "open"), "in_progress": ("pågår", "in progress"), "closed": ("avslutad", "closed"),
    "in_lagesbild": ("i lägesbilden", "in the lägesbild"),
}

MIGRATIONS: tuple[str, ...] = (
    # 1: concerns, reference counters, intake sessions, unanswered questions
    """
    CREATE TABLE concerns (
        service_request_id TEXT PRIMARY KEY,
        municipality TEXT NOT NULL,
        service_code TEXT NOT NULL,
        service_name TEXT NOT NULL,
        description TEXT NOT NULL,
        lat REAL,
        long REAL,
        address_string TEXT,
        requested_datetime TEXT NOT NULL,
        updated_datetime TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
        status_notes TEXT NOT NULL DEFAULT '',
        channel TEXT NOT NULL,
        resident TEXT NOT NULL,
        contact TEXT,
        contact_consent INTEGER NOT NULL DEFAULT 0 CHECK (contact_consent IN (0, 1)),
        requested_epoch REAL NOT NULL
    );
    CREATE INDEX concerns_by_resident ON concerns (resident, requested_epoch);
    CREATE INDEX concerns_by_municipality ON concerns (municipality, requested_epoch);
    CREATE TABLE reference_counters (
        prefix TEXT NOT NULL,
        year INTEGER NOT NULL,
        last INTEGER NOT NULL,
        PRIMARY KEY (prefix, year)
    );
    CREATE TABLE intake_sessions (
        resident TEXT NOT NULL,
        channel TEXT NOT NULL,
        state TEXT NOT NULL,
        updated_epoch REAL NOT NULL,
        PRIMARY KEY (resident, channel)
    );
    CREATE TABLE unanswered (
        id INTEGER PRIMARY KEY,
        asked_datetime TEXT NOT NULL,
        asked_epoch REAL NOT NULL,
        municipality_guess TEXT,
        topic TEXT NOT NULL,
        language TEXT NOT NULL,
        text TEXT NOT NULL
    );
    CREATE INDEX unanswered_by_municipality ON unanswered (municipality_guess, asked_epoch);
    """,
)


@dataclass
class _Submission:
    resident: str
    channel: str
    prefix: str
    fields: dict[str, Any]
    now: dt.datetime
    future: asyncio.Future[str]


class Concern(NamedTuple):
    """A stored concern: an Open311 service request plus municipality, channel and consent.

    A named tuple, not a dataclass: exports build 100 000 of them, and a tuple is built in one step.
    """

    service_request_id: str
    municipality: str
    service_code: str
    service_name: str
    description: str
    lat: float | None
    long: float | None
    address_string: str | None
    requested_datetime: str
    updated_datetime: str
    status: str
    status_notes: str
    channel: str
    contact: str | None
    contact_consent: bool

    def to_dict(self) -> dict[str, Any]:
        return self._asdict()


_CONCERN_COLUMNS = ("service_request_id, municipality, service_code, service_name, description, lat, long, "
                    "address_string, requested_datetime, updated_datetime, status, status_notes, channel, "
                    "contact, contact_consent")


def _concern(row: aiosqlite.Row | tuple[Any, ...]) -> Concern:
    return Concern._make((*row[:-1], bool(row[-1])))


class Database:
    """The bot's SQLite database. Open with `await Database.open(path)`, close with `close()`."""

    def __init__(self, connection: aiosqlite.Connection, path: Path) -> None:
        self._db = connection
        self.path = path
        self._write_lock = asyncio.Lock()
        self._pending: list[_Submission] = []
        self._committer: asyncio.Task[None] | None = None

    @classmethod
    async def open(cls, path: Path) -> Database:
        path.parent.mkdir(parents=True, exist_ok=True)
        connection = await aiosqlite.connect(path, isolation_level=None)
        database = cls(connection, path)
        try:
            await connection.execute("PRAGMA journal_mode=WAL")
            await connection.execute("PRAGMA busy_timeout=5000")
            # WAL with NORMAL survives a process crash; receipted concerns are also synced (see submit).
            await connection.execute("PRAGMA synchronous=NORMAL")
            await connection.execute("PRAGMA foreign_keys=ON")
            await database._migrate()
        except BaseException:
            await connection.close()
            raise
        return database

    async def close(self) -> None:
        if self._committer is not None:
            await asyncio.gather(self._committer, return_exceptions=True)
        await self._db.close()

    async def close_connection(self) -> None:
        """Only close the connection: for an event loop other than the one that opened it."""
        await self._db.close()

    async def _migrate(self) -> None:
        version = await self.schema_version()
        if version > len(MIGRATIONS):
            raise TrygghetsbotError(f"database {self.path} has schema version {version}, newer than this "
                                    f"program knows ({len(MIGRATIONS)}); upgrade trygghetsbot")
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            async with self.transaction() as db:
                for statement in filter(str.strip, script.split(";")):
                    await db.execute(statement)
                await db.execute(f"PRAGMA user_version={number}")
            logger.info("Database migrated to schema version %s", number)

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

    # -- concerns ---------------------------------------------------------------------------------

    async def counts_since(self, resident: str, *since_epochs: float) -> list[int]:
        """How many concerns a resident sent since each of the given times, in one query."""
        columns = ", ".join("COALESCE(SUM(requested_epoch >= ?), 0)" for _ in since_epochs)
        rows = await self._rows(f"SELECT {columns} FROM concerns WHERE resident = ? AND requested_epoch >= ?",
                                (*since_epochs, resident, min(since_epochs)))
        return [int(v) for v in rows[0]]

    async def submit(self, resident: str, channel: str, prefix: str, fields: dict[str, Any],
                     now: dt.datetime) -> str:
        """Store a concern, end its intake session, and return the reference once it is on disk.

        Submissions that arrive while a commit is running are committed together in the next one
        (group commit): one synced transaction for many receipts. The caller sends the receipt only
        after this returns, so a receipt always means a stored concern.
        """
        future: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        self._pending.append(_Submission(resident, channel, prefix, fields, now, future))
        if self._committer is None or self._committer.done():
            # A task of its own: a caller that is cancelled cannot leave the others waiting.
            self._committer = asyncio.get_running_loop().create_task(self._commit_pending())
        return await asyncio.shield(future)

    async def _commit_pending(self) -> None:
        while self._pending:
            batch, self._pending = self._pending, []
            try:
                references = await self._commit_batch(batch)
            except BaseException as exc:  # noqa: BLE001 - every waiting submitter must hear of it
                for item in batch:
                    if not item.future.done():
                        item.future.set_exception(exc)
                if isinstance(exc, asyncio.CancelledError):
                    raise
                continue
            for item, reference in zip(batch, references):
                if not item.future.done():
                    item.future.set_result(reference)

    async def _commit_batch(self, batch: list[_Submission]) -> list[str]:
        async with self.transaction(durable=True) as db:
            keys = sorted({(item.prefix, item.now.year) for item in batch})
            last = {(p, y): 0 for p, y in keys}
            for prefix, year, value in await db.execute_fetchall(
                    "SELECT prefix, year, last FROM reference_counters WHERE "
                    + " OR ".join("(prefix = ? AND year = ?)" for _ in keys), [v for key in keys for v in key]):
                last[(prefix, year)] = int(value)
            references, rows = [], []
            for item in batch:
                key = (item.prefix, item.now.year)
                last[key] += 1
                reference = f"{item.prefix}-{item.now.year}-{last[key]:06d}"
                references.append(reference)
                stamp = item.now.isoformat(timespec="seconds")
                fields = item.fields
                rows.append((reference, fields["municipality"], fields["service_code"], fields["service_name"],
                             fields["description"], fields.get("lat"), fields.get("long"),
                             fields.get("address_string"), stamp, stamp, item.channel, item.resident,
                             fields.get("contact"), int(bool(fields.get("contact"))), item.now.timestamp()))
            await db.executemany(
                "INSERT INTO reference_counters (prefix, year, last) VALUES (?, ?, ?) "
                "ON CONFLICT (prefix, year) DO UPDATE SET last = excluded.last",
                [(p, y, value) for (p, y), value in last.items()])
            await db.executemany("DELETE FROM intake_sessions WHERE resident = ? AND channel = ?",
                                 [(item.resident, item.channel) for item in batch])
            await db.executemany(
                "INSERT INTO concerns (service_request_id, municipality, service_code, service_name, "
                "description, lat, long, address_string, requested_datetime, updated_datetime, status, "
                "status_notes, channel, resident, contact, contact_consent, requested_epoch) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', '', ?, ?, ?, ?, ?)", rows)
        return references

    async def concerns_of(self, resident: str) -> list[Concern]:
        return [_concern(row) for row in await self._rows(
            f"SELECT {_CONCERN_COLUMNS} FROM concerns WHERE resident = ? ORDER BY requested_epoch", (resident,))]

    async def delete_concerns_of(self, resident: str) -> int:
        async with self.transaction() as db:
            cursor = await db.execute("DELETE FROM concerns WHERE resident = ?", (resident,))
            await db.execute("DELETE FROM intake_sessions WHERE resident = ?", (resident,))
            return cursor.rowcount

    async def concerns(self, municipalities: frozenset[str] | None = None, since: float | None = None,
                       until: float | None = None) -> list[Concern]:
        """Concerns, oldest first, filtered by municipality set and [since, until) epoch seconds."""
        return [c async for chunk in self.concern_chunks(municipalities, since, until) for c in chunk]

    async def concern_chunks(self, municipalities: frozenset[str] | None = None, since: float | None = None,
                             until: float | None = None, size: int = 5000) -> AsyncIterator[list[Concern]]:
        """The same as `concerns`, in chunks, so an export of 100 000 rows never holds them all."""
        clauses: list[str] = []
        params: list[Any] = []
        if municipalities is not None:
            clauses.append(f"municipality IN ({', '.join('?' * len(municipalities))})")
            params.extend(sorted(municipalities))
        if since is not None:
            clauses.append("requested_epoch >= ?")
            params.append(since)
        if until is not None:
            clauses.append("requested_epoch < ?")
            params.append(until)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        async with self._db.execute(f"SELECT {_CONCERN_COLUMNS} FROM concerns {where} "
                                    "ORDER BY requested_epoch, service_request_id", params) as cursor:
            while rows := await cursor.fetchmany(size):
                yield [_concern(row) for row in rows]

    async def concern(self, reference: str) -> Concern | None:
        rows = await self._rows(f"SELECT {_CONCERN_COLUMNS} FROM concerns WHERE service_request_id = ?",
                                (reference,))
        return _concern(rows[0]) if rows else None

    async def set_status(self, reference: str, status: str, notes: str, now: dt.datetime) -> bool:
        return await self.write(
            "UPDATE concerns SET status = ?, status_notes = ?, updated_datetime = ? WHERE service_request_id = ?",
            (status, notes, now.isoformat(timespec="seconds"), reference)) == 1

    async def count_concerns(self) -> int:
        return int((await self._rows("SELECT COUNT(*) FROM concerns"))[0][0])

    # -- unanswered questions and retention -----------------------------------------------------

    async def log_unanswered(self, text: str, municipality_guess: str | None, topic: str, language: str,
                             now: dt.datetime) -> None:
        await self.write(
            "INSERT INTO unanswered (asked_datetime, asked_epoch, municipality_guess, topic, language, text) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (now.isoformat(timespec="seconds"), now.timestamp(), municipality_guess, topic, language, text))

    async def unanswered(self, municipalities: frozenset[str] | None = None,
                         limit: int = 50) -> list[tuple[str, int, str | None, str]]:
        """(text, count, municipality guess, last asked), most frequent first."""
        clause, params = "", list[Any]()
        if municipalities is not None:
            clause = f"WHERE municipality_guess IN ({', '.join('?' * len(municipalities))})"
            params.extend(sorted(municipalities))
        rows = await self._rows(
            f"SELECT text, COUNT(*) AS n, MAX(municipality_guess), MAX(asked_datetime) FROM unanswered "
            f"{clause} GROUP BY lower(text) ORDER BY n DESC, MAX(asked_epoch) DESC LIMIT ?", [*params, limit])
        return [(row[0], int(row[1]), row[2], row[3]) for row in rows]

    async def purge(self, older_than_epoch: float, sessions_older_than_epoch: float) -> tuple[int, int]:
        """Delete concerns and unanswered questions older than the retention, and stale sessions."""
        async with self.transaction() as db:
            concerns = await db.execute("DELETE FROM concerns WHERE requested_epoch < ?", (older_than_epoch,))
            await db.execute("DELETE FROM unanswered WHERE asked_epoch < ?", (older_than_epoch,))
            sessions = await db.execute("DELETE FROM intake_sessions WHERE updated_epoch < ?",
                                        (sessions_older_than_epoch,))
            return concerns.rowcount, sessions.rowcount
