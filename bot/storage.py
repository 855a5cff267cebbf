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
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import aiosqlite

from bot.errors import TrygghetsbotError

logger = logging.getLogger(__name__)

DATABASE_FILE = "trygghetsbot.sqlite3"

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


class DuplicateSubmission(TrygghetsbotError):
    """The intake session was already submitted or is gone (a second press on "Skicka")."""


@dataclass(frozen=True)
class Concern:
    """A stored concern: an Open311 service request plus municipality, channel and consent."""

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
        return asdict(self)


_CONCERN_COLUMNS = ("service_request_id, municipality, service_code, service_name, description, lat, long, "
                    "address_string, requested_datetime, updated_datetime, status, status_notes, channel, "
                    "contact, contact_consent")


def _concern(row: aiosqlite.Row | tuple[Any, ...]) -> Concern:
    values = list(row)
    values[-1] = bool(values[-1])
    return Concern(*values)


class Database:
    """The bot's SQLite database. Open with `await Database.open(path)`, close with `close()`."""

    def __init__(self, connection: aiosqlite.Connection, path: Path) -> None:
        self._db = connection
        self.path = path
        self._write_lock = asyncio.Lock()

    @classmethod
    async def open(cls, path: Path) -> Database:
        path.parent.mkdir(parents=True, exist_ok=True)
        connection = await aiosqlite.connect(path, isolation_level=None)
        database = cls(connection, path)
        try:
            await connection.execute("PRAGMA journal_mode=WAL")
            await connection.execute("PRAGMA busy_timeout=5000")
            await connection.execute("PRAGMA synchronous=FULL")  # a receipt means the concern is on disk
            await connection.execute("PRAGMA foreign_keys=ON")
            await database._migrate()
        except BaseException:
            await connection.close()
            raise
        return database

    async def close(self) -> None:
        await self._db.close()

    async def _migrate(self) -> None:
        async with self._db.execute("PRAGMA user_version") as cursor:
            row = await cursor.fetchone()
        version = int(row[0]) if row else 0
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
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """One write transaction at a time; committed on success, rolled back on any error."""
        async with self._write_lock:
            await self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                await self._db.execute("ROLLBACK")
                raise
            await self._db.execute("COMMIT")

    async def schema_version(self) -> int:
        async with self._db.execute("PRAGMA user_version") as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else 0

    async def integrity_check(self) -> str:
        async with self._db.execute("PRAGMA integrity_check") as cursor:
            row = await cursor.fetchone()
        return str(row[0]) if row else ""

    # -- intake sessions ------------------------------------------------------------------------

    async def load_session(self, resident: str, channel: str) -> tuple[dict[str, Any], float] | None:
        async with self._db.execute(
                "SELECT state, updated_epoch FROM intake_sessions WHERE resident = ? AND channel = ?",
                (resident, channel)) as cursor:
            row = await cursor.fetchone()
        return (json.loads(row[0]), float(row[1])) if row else None

    async def save_session(self, resident: str, channel: str, state: dict[str, Any], now: float) -> None:
        async with self.transaction() as db:
            await db.execute(
                "INSERT INTO intake_sessions (resident, channel, state, updated_epoch) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (resident, channel) DO UPDATE SET state = excluded.state, "
                "updated_epoch = excluded.updated_epoch",
                (resident, channel, json.dumps(state, ensure_ascii=False), now))

    async def delete_session(self, resident: str, channel: str) -> None:
        async with self.transaction() as db:
            await db.execute("DELETE FROM intake_sessions WHERE resident = ? AND channel = ?", (resident, channel))

    # -- concerns ---------------------------------------------------------------------------------

    async def count_since(self, resident: str, since_epoch: float) -> int:
        async with self._db.execute(
                "SELECT COUNT(*) FROM concerns WHERE resident = ? AND requested_epoch >= ?",
                (resident, since_epoch)) as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else 0

    async def submit(self, resident: str, channel: str, prefix: str, fields: dict[str, Any],
                     now: dt.datetime) -> str:
        """Store a concern and end its intake session in one transaction; return the reference.

        Raises DuplicateSubmission when the session is already gone, so a repeated "Skicka" never
        stores the concern twice.
        """
        async with self.transaction() as db:
            async with db.execute("DELETE FROM intake_sessions WHERE resident = ? AND channel = ? RETURNING 1",
                                  (resident, channel)) as cursor:
                if await cursor.fetchone() is None:
                    raise DuplicateSubmission("no intake session to submit")
            async with db.execute(
                    "INSERT INTO reference_counters (prefix, year, last) VALUES (?, ?, 1) "
                    "ON CONFLICT (prefix, year) DO UPDATE SET last = last + 1 RETURNING last",
                    (prefix, now.year)) as cursor:
                row = await cursor.fetchone()
            assert row is not None
            reference = f"{prefix}-{now.year}-{int(row[0]):06d}"
            stamp = now.isoformat(timespec="seconds")
            await db.execute(
                "INSERT INTO concerns (service_request_id, municipality, service_code, service_name, "
                "description, lat, long, address_string, requested_datetime, updated_datetime, status, "
                "status_notes, channel, resident, contact, contact_consent, requested_epoch) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', '', ?, ?, ?, ?, ?)",
                (reference, fields["municipality"], fields["service_code"], fields["service_name"],
                 fields["description"], fields.get("lat"), fields.get("long"), fields.get("address_string"),
                 stamp, stamp, channel, resident, fields.get("contact"), int(bool(fields.get("contact"))),
                 now.timestamp()))
        return reference

    async def concerns_of(self, resident: str) -> list[Concern]:
        async with self._db.execute(
                f"SELECT {_CONCERN_COLUMNS} FROM concerns WHERE resident = ? ORDER BY requested_epoch",
                (resident,)) as cursor:
            return [_concern(row) for row in await cursor.fetchall()]

    async def delete_concerns_of(self, resident: str) -> int:
        async with self.transaction() as db:
            cursor = await db.execute("DELETE FROM concerns WHERE resident = ?", (resident,))
            await db.execute("DELETE FROM intake_sessions WHERE resident = ?", (resident,))
            return cursor.rowcount

    async def concerns(self, municipalities: frozenset[str] | None = None, since: float | None = None,
                       until: float | None = None) -> list[Concern]:
        """Concerns, oldest first, filtered by municipality set and [since, until) epoch seconds."""
        clauses, params = [], []
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
            return [_concern(row) for row in await cursor.fetchall()]

    async def concern(self, reference: str) -> Concern | None:
        async with self._db.execute(f"SELECT {_CONCERN_COLUMNS} FROM concerns WHERE service_request_id = ?",
                                    (reference,)) as cursor:
            row = await cursor.fetchone()
        return _concern(row) if row else None

    async def set_status(self, reference: str, status: str, notes: str, now: dt.datetime) -> bool:
        async with self.transaction() as db:
            cursor = await db.execute(
                "UPDATE concerns SET status = ?, status_notes = ?, updated_datetime = ? "
                "WHERE service_request_id = ?", (status, notes, now.isoformat(timespec="seconds"), reference))
            return cursor.rowcount == 1

    async def count_concerns(self) -> int:
        async with self._db.execute("SELECT COUNT(*) FROM concerns") as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else 0

    # -- unanswered questions and retention -----------------------------------------------------

    async def log_unanswered(self, text: str, municipality_guess: str | None, topic: str, language: str,
                             now: dt.datetime) -> None:
        async with self.transaction() as db:
            await db.execute(
                "INSERT INTO unanswered (asked_datetime, asked_epoch, municipality_guess, topic, language, text) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (now.isoformat(timespec="seconds"), now.timestamp(), municipality_guess, topic, language, text))

    async def unanswered(self, municipalities: frozenset[str] | None = None,
                         limit: int = 50) -> list[tuple[str, int, str | None, str]]:
        """(text, count, municipality guess, last asked), most frequent first."""
        clause, params = "", []
        if municipalities is not None:
            clause = f"WHERE municipality_guess IN ({', '.join('?' * len(municipalities))})"
            params.extend(sorted(municipalities))
        async with self._db.execute(
                f"SELECT text, COUNT(*) AS n, MAX(municipality_guess), MAX(asked_datetime) FROM unanswered "
                f"{clause} GROUP BY lower(text) ORDER BY n DESC, MAX(asked_epoch) DESC LIMIT ?",
                [*params, limit]) as cursor:
            return [(row[0], int(row[1]), row[2], row[3]) for row in await cursor.fetchall()]

    async def purge(self, older_than_epoch: float, sessions_older_than_epoch: float) -> tuple[int, int]:
        """Delete concerns and unanswered questions older than the retention, and stale sessions."""
        async with self.transaction() as db:
            concerns = await db.execute("DELETE FROM concerns WHERE requested_epoch < ?", (older_than_epoch,))
            await db.execute("DELETE FROM unanswered WHERE asked_epoch < ?", (older_than_epoch,))
            sessions = await db.execute("DELETE FROM intake_sessions WHERE updated_epoch < ?",
                                        (sessions_older_than_epoch,))
            return concerns.rowcount, sessions.rowcount
