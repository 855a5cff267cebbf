"""The embedded store: one SQLite file in the data dir, WAL mode, versioned schema, writes in transactions.

Concerns follow Open311 GeoReport v2's service request where it fits. One aiosqlite connection is
shared by the whole process; a lock keeps one write transaction at a time, because statements of
two coroutines on the same connection would otherwise interleave inside each other's transactions.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import json
import logging
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiosqlite

from bot import files
from bot.storage.base import Store
from bot.storage.records import (CONCERN_COLUMNS, ORDER_BY, TABLES, AuditEntry, Concern, ConcernPage, ConcernQuery,
                                 LimitReached, Params, StorageError, Submission, SurveyCell, SurveyCount, WebSession,
                                 admitted, assign_references, checked_keys, concern_of, cursor_of, like_search,
                                 old_context_keys, parse_cursor)
from bot.storage.records import (NEWS, OUTBOX_COLUMNS, SCRUBBED_AUDIT, Follow, OutboxRow, UpdateRequest,
                                 erasure_entries, outbox_row, status_effects)
from bot.storage.batches import Batcher
from bot.storage.entry_edits import EntryEdit, EntryFiles
from bot.storage.sqlite_schema import MIGRATIONS, VACUUM_AFTER
from bot.storage.windows import Check, InMemory, limits_of, ordered, until

logger = logging.getLogger(__name__)

KNOWN_CONVERSATIONS = 10_000  # chat contexts kept in memory, the most recently used

DATABASE_FILE = "trygghetsbot.sqlite3"


_AUDIT_INSERT = (f"INSERT INTO audit_log ({', '.join(TABLES['audit_log'])}) "
                 f"VALUES ({', '.join('?' * len(TABLES['audit_log']))})")
_SCRUB_AUDIT = f"UPDATE audit_log SET {SCRUBBED_AUDIT} WHERE reference = ?"
_OUTBOX_INSERT = (f"INSERT INTO outbox ({', '.join(TABLES['outbox'])}) "
                  f"VALUES ({', '.join('?' * len(TABLES['outbox']))})")
# What goes with the concerns that are no longer there (erased, or past the retention).
_ORPHANS = ("DELETE FROM update_requests WHERE reference NOT IN (SELECT service_request_id FROM concerns)",
            "DELETE FROM outbox WHERE follower IS NULL AND reference NOT IN (SELECT service_request_id FROM concerns)",
            "DELETE FROM outbox WHERE follower IS NOT NULL AND NOT EXISTS (SELECT 1 FROM follows f WHERE "
            "f.resident = outbox.follower AND f.channel = outbox.channel AND f.municipality = outbox.reference)")


class SQLiteParams(Params):
    def __call__(self, value: Any) -> str:
        self.values.append(value)
        return "?"

    def any_of(self, column: str, values: frozenset[str]) -> str:
        return f"{column} IN ({', '.join(self(v) for v in sorted(values))})"

    def text_search(self, words: str) -> str:
        return like_search(self, words)


class SQLiteStore(Store):
    """The bot's SQLite database. Open with `await SQLiteStore.open(path)`, close with `close()`."""

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

    @classmethod
    async def open(cls, path: Path) -> SQLiteStore:
        files.private_dir(path.parent)
        for own in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            if own == path or own.exists():
                files.private_file(own)  # 0600, also a file made world-readable by an older version
        connection = await aiosqlite.connect(path, isolation_level=None)
        database = cls(connection, path)
        try:
            await connection.execute("PRAGMA journal_mode=WAL")
            await connection.execute("PRAGMA busy_timeout=5000")
            # Deleted rows are overwritten with zeros, so an erased concern's text is not left in
            # free pages (see delete_concerns_of for the write-ahead log).
            await connection.execute("PRAGMA secure_delete=ON")
            # WAL with NORMAL survives a process crash; receipted concerns are also synced (see submit).
            await connection.execute("PRAGMA synchronous=NORMAL")
            await connection.execute("PRAGMA foreign_keys=ON")
            await database._migrate()
        except BaseException:
            await connection.close()
            raise
        return database

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

    # -- concerns ---------------------------------------------------------------------------------

    async def commit_batch(self, batch: list[Submission]) -> list[str | LimitReached]:
        # One writer at a time (BEGIN IMMEDIATE), so reading and raising the counters cannot race.
        async with self.transaction(durable=True) as db:
            claimed = []
            for item in batch:
                # One process: the desk holds the session in memory and vouches for it (no version);
                # a version names the stored row that must still be there.
                if item.version is None:
                    await db.execute("DELETE FROM intake_sessions WHERE resident = ? AND channel = ?",
                                     (item.resident, item.channel))
                    claimed.append(True)
                else:
                    cursor = await db.execute(
                        "DELETE FROM intake_sessions WHERE resident = ? AND channel = ? AND updated_epoch = ?",
                        (item.resident, item.channel, item.version))
                    claimed.append(cursor.rowcount == 1)
            stamps = await self._stamps(db, checked_keys(batch, claimed))
            verdicts = admitted(batch, claimed, stamps)
            counted = [item.checks for item, verdict in zip(batch, verdicts) if verdict == {}]
            if counted:
                await self._write_stamps(db, stamps, counted)
            keys = sorted({(item.prefix, item.now.year) for item, verdict in zip(batch, verdicts) if verdict == {}})
            last = {(p, y): 0 for p, y in keys}
            if keys:
                for prefix, year, value in await db.execute_fetchall(
                        "SELECT prefix, year, last FROM reference_counters WHERE "
                        + " OR ".join("(prefix = ? AND year = ?)" for _ in keys), [v for key in keys for v in key]):
                    last[(prefix, year)] = int(value)
            following = {key: n + 1 for key, n in last.items()}
            references, rows = assign_references(batch, verdicts, following)  # moves `following` on
            if rows:
                await db.executemany(
                    "INSERT INTO reference_counters (prefix, year, last) VALUES (?, ?, ?) "
                    "ON CONFLICT (prefix, year) DO UPDATE SET last = excluded.last",
                    [(p, y, n - 1) for (p, y), n in following.items()])
                await db.executemany(f"INSERT INTO concerns ({', '.join(TABLES['concerns'])}) "
                                     f"VALUES ({', '.join('?' * len(TABLES['concerns']))})", rows)
        return references

    async def concerns_of(self, resident: str) -> list[Concern]:
        return [concern_of(row) for row in await self._rows(
            f"SELECT {CONCERN_COLUMNS} FROM concerns WHERE resident = ? ORDER BY requested_epoch", (resident,))]

    async def delete_concerns_of(self, resident: str, now: dt.datetime | None = None) -> int:
        async with self.transaction() as db:
            erased = [(row[0], row[1]) for row in await db.execute_fetchall(
                "SELECT service_request_id, municipality FROM concerns WHERE resident = ?", (resident,))]
            if erased:
                await db.executemany(_SCRUB_AUDIT, [(reference,) for reference, _ in erased])
                await db.executemany(_AUDIT_INSERT, [entry.row(epoch) for entry, epoch in erasure_entries(erased, now)])
            await db.execute("DELETE FROM concerns WHERE resident = ?", (resident,))
            await db.execute("DELETE FROM intake_sessions WHERE resident = ?", (resident,))
            if erased:  # the wish to hear back and its messages, the encrypted chat id with them
                for table in ("update_requests", "outbox"):
                    await db.executemany(f"DELETE FROM {table} WHERE reference = ?",
                                         [(reference,) for reference, _ in erased])
        if erased:
            await self._checkpoint()
        return len(erased)

    async def _checkpoint(self) -> None:
        """Copy the write-ahead log into the database and empty it: until then it still holds the
        pages as they were before a deletion. A reader in the middle of a long export can keep it
        from finishing; later writes then overwrite the log from its start once the readers are
        done, and the next erasure or retention run empties it."""
        async with self._write_lock:
            busy, _, _ = (await self._rows("PRAGMA wal_checkpoint(TRUNCATE)"))[0]
        if busy:
            logger.warning("The write-ahead log could not be emptied after a deletion (a reader was busy)")

    async def matching_chunks(self, query: ConcernQuery, size: int = 5000) -> AsyncIterator[list[Concern]]:
        params = SQLiteParams()
        where = query.where(params)
        async with self._db.execute(f"SELECT {CONCERN_COLUMNS} FROM concerns {where} "
                                    "ORDER BY requested_epoch, service_request_id", params.values) as cursor:
            while rows := await cursor.fetchmany(size):
                yield [concern_of(row) for row in rows]

    async def concern_page(self, query: ConcernQuery, after: str | None = None, limit: int = 50) -> ConcernPage:
        position = parse_cursor(after) if after else None
        if query.text.strip():
            return await self._searched_page(query, position, limit)
        params = SQLiteParams()
        where = query.where(params)
        if position is not None:
            where += (" AND " if where else "WHERE ") + \
                f"(requested_epoch, service_request_id) < ({params(position[0])}, {params(position[1])})"
        rows = await self._rows(f"SELECT {CONCERN_COLUMNS}, requested_epoch FROM concerns {where} "
                                f"ORDER BY requested_epoch DESC, service_request_id DESC LIMIT {params(limit + 1)}",
                                params.values)
        more = len(rows) > limit
        return ConcernPage([concern_of(row[:-1]) for row in rows[:limit]],
                           cursor_of(rows[limit - 1][-1], rows[limit - 1][0]) if more else None,
                           await self.count_matching(query))

    async def _searched_page(self, query: ConcernQuery, position: tuple[float, str] | None,
                             limit: int) -> ConcernPage:
        """A free-text search reads every row the other filters leave, whatever the plan; so read
        them once, keys only, and take both the count and the page from that one pass."""
        params = SQLiteParams()
        keys = await self._rows(f"SELECT requested_epoch, service_request_id FROM concerns {query.where(params)} "
                                "ORDER BY requested_epoch DESC, service_request_id DESC", params.values)
        start = 0
        if position is not None:
            start = next((n for n, key in enumerate(keys) if (key[0], key[1]) < position), len(keys))
        chosen = keys[start:start + limit + 1]
        found = {row[0]: concern_of(row) for row in await self._rows(
            f"SELECT {CONCERN_COLUMNS} FROM concerns WHERE service_request_id IN ({', '.join('?' * len(chosen))})",
            [key[1] for key in chosen])} if chosen else {}
        more = len(chosen) > limit
        return ConcernPage([found[key[1]] for key in chosen[:limit] if key[1] in found],
                           cursor_of(chosen[limit - 1][0], chosen[limit - 1][1]) if more else None, len(keys))

    async def count_matching(self, query: ConcernQuery) -> int:
        params = SQLiteParams()
        return int((await self._rows(f"SELECT COUNT(*) FROM concerns {query.where(params)}", params.values))[0][0])

    async def monthly_counts(self, query: ConcernQuery) -> list[tuple[str, str, int]]:
        params = SQLiteParams()
        rows = await self._rows(
            f"SELECT substr(requested_datetime, 1, 7) AS month, service_name, COUNT(*) FROM concerns "
            f"{query.where(params)} GROUP BY month, service_name ORDER BY month, service_name", params.values)
        return [(row[0], row[1], int(row[2])) for row in rows]

    async def concern(self, reference: str) -> Concern | None:
        rows = await self._rows(f"SELECT {CONCERN_COLUMNS} FROM concerns WHERE service_request_id = ?",
                                (reference,))
        return concern_of(rows[0]) if rows else None

    async def set_statuses(self, references: Sequence[str], status: str, notes: str, now: dt.datetime,
                           actor: str, internal: str = "") -> list[str]:
        stamp = now.isoformat(timespec="seconds")
        wanted = list(dict.fromkeys(references))
        async with self.transaction() as db:
            found: list[tuple[str, str, str, str]] = []
            requests: dict[str, tuple[str, str | None, str]] = {}
            for start in range(0, len(wanted), 500):  # SQLite's limit on a statement's parameters
                part = wanted[start:start + 500]
                marks = ", ".join("?" * len(part))
                found.extend((row[0], row[1], row[2], row[3]) for row in await db.execute_fetchall(
                    "SELECT service_request_id, municipality, status, status_notes FROM concerns "
                    f"WHERE service_request_id IN ({marks})", part))
                requests.update({row[0]: (row[1], row[2], row[3]) for row in await db.execute_fetchall(
                    f"SELECT reference, channel, address, language FROM update_requests WHERE reference IN ({marks})",
                    part)})
            audits, messages, closing = status_effects(found, requests, status, notes, internal, now, actor)
            await db.executemany("UPDATE concerns SET status = ?, status_notes = ?, updated_datetime = ? "
                                 "WHERE service_request_id = ?", [(status, notes, stamp, row[0]) for row in found])
            await db.executemany(_AUDIT_INSERT, audits)
            await db.executemany(_OUTBOX_INSERT, messages)
            await db.executemany("UPDATE update_requests SET address = NULL WHERE reference = ?",
                                 [(reference,) for reference in closing])
        return [row[0] for row in found]

    # -- hearing back -----------------------------------------------------------------------------

    async def request_updates(self, reference: str, resident: str, request: UpdateRequest) -> bool:
        return await self.write(
            "INSERT INTO update_requests (reference, channel, address, language, asked_epoch) "
            "SELECT ?, ?, ?, ?, ? FROM concerns WHERE service_request_id = ? AND resident = ? AND status != 'closed' "
            "ON CONFLICT (reference) DO UPDATE SET address = excluded.address, language = excluded.language",
            (reference, request.channel, request.address, request.language, request.asked_epoch, reference,
             resident)) == 1

    async def update_request(self, reference: str) -> UpdateRequest | None:
        rows = await self._rows("SELECT reference, channel, address, language, asked_epoch FROM update_requests "
                                "WHERE reference = ?", (reference,))
        return UpdateRequest(*rows[0]) if rows else None

    async def outbox_of(self, reference: str) -> list[OutboxRow]:
        return [outbox_row(row) for row in await self._rows(
            f"SELECT {OUTBOX_COLUMNS} FROM outbox WHERE reference = ? ORDER BY id", (reference,))]

    async def claim_outbox(self, channel: str, worker: str, now: float, lease_seconds: float,
                           limit: int) -> list[OutboxRow]:
        async with self.transaction() as db:
            rows = [outbox_row(row) for row in await db.execute_fetchall(
                f"SELECT {OUTBOX_COLUMNS} FROM outbox WHERE channel = ? AND sent_epoch IS NULL AND failed = 0 "
                "AND due_epoch <= ? AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY id LIMIT ?",
                (channel, now, now, limit))]
            await db.executemany("UPDATE outbox SET claimed_by = ?, claimed_until = ?, attempts = attempts + 1 "
                                 "WHERE id = ?", [(worker, now + lease_seconds, row.id) for row in rows])
        return [dataclasses.replace(row, attempts=row.attempts + 1) for row in rows]

    async def outbox_sent(self, ids: Sequence[int], worker: str, now: float) -> int:
        async with self.transaction() as db:
            cursor = await db.executemany(
                "UPDATE outbox SET sent_epoch = ?, address = NULL, claimed_until = NULL "
                "WHERE id = ? AND claimed_by = ? AND sent_epoch IS NULL", [(now, i, worker) for i in ids])
            return max(cursor.rowcount, 0)

    async def outbox_retry(self, row_id: int, worker: str, due: float, give_up: bool) -> None:
        if give_up:
            await self.write("UPDATE outbox SET failed = 1, address = NULL, claimed_by = NULL, claimed_until = NULL "
                             "WHERE id = ? AND claimed_by = ?", (row_id, worker))
        else:
            await self.write("UPDATE outbox SET due_epoch = ?, claimed_by = NULL, claimed_until = NULL "
                             "WHERE id = ? AND claimed_by = ?", (due, row_id, worker))

    async def take_shown(self, resident: str, channel: str, now: float) -> list[OutboxRow]:
        async with self.transaction() as db:
            rows = [outbox_row(row) for row in await db.execute_fetchall(
                f"SELECT {OUTBOX_COLUMNS} FROM outbox WHERE channel = ? AND sent_epoch IS NULL AND failed = 0 AND "
                "(reference IN (SELECT service_request_id FROM concerns WHERE resident = ?) OR follower = ?) "
                "ORDER BY id", (channel, resident, resident))]
            await db.executemany("UPDATE outbox SET sent_epoch = ? WHERE id = ?", [(now, row.id) for row in rows])
        return rows

    async def answered_counts(self, query: ConcernQuery) -> int:
        params = SQLiteParams()
        where = query.where(params)
        where += (" AND " if where else "WHERE ") + \
            "service_request_id IN (SELECT reference FROM outbox WHERE sent_epoch IS NOT NULL)"
        return int((await self._rows(f"SELECT COUNT(*) FROM concerns {where}", params.values))[0][0])

    # -- following a kommun -------------------------------------------------------------------------

    async def follow(self, follow: Follow) -> bool:
        async with self.transaction() as db:
            known = await db.execute_fetchall(
                "SELECT 1 FROM follows WHERE resident = ? AND channel = ? AND municipality = ?",
                (follow.resident, follow.channel, follow.municipality))
            await db.execute(
                f"INSERT INTO follows ({', '.join(TABLES['follows'])}) VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (resident, channel, municipality) DO UPDATE SET address = excluded.address, "
                "language = excluded.language, seen_epoch = excluded.seen_epoch", dataclasses.astuple(follow))
        return not known

    async def follows_of(self, resident: str, channel: str, renew_epoch: float | None = None) -> list[str]:
        if renew_epoch is not None:
            await self.write("UPDATE follows SET seen_epoch = ? WHERE resident = ? AND channel = ?",
                             (renew_epoch, resident, channel))
        return [row[0] for row in await self._rows(
            "SELECT municipality FROM follows WHERE resident = ? AND channel = ? ORDER BY municipality",
            (resident, channel))]

    async def unfollow(self, resident: str, channel: str, municipality: str | None = None) -> list[str]:
        which, values = ("", (resident, channel)) if municipality is None else \
            (" AND municipality = ?", (resident, channel, municipality))
        async with self.transaction() as db:
            gone = [row[0] for row in await db.execute_fetchall(
                f"SELECT municipality FROM follows WHERE resident = ? AND channel = ?{which} ORDER BY municipality",
                values)]
            await db.execute(f"DELETE FROM follows WHERE resident = ? AND channel = ?{which}", values)
            await db.execute(f"DELETE FROM outbox WHERE follower = ? AND channel = ?"
                             f"{which.replace('municipality', 'reference')}", values)
        if gone:
            await self._checkpoint()
        return gone

    async def delete_follows_of(self, resident: str) -> int:
        async with self.transaction() as db:
            cursor = await db.execute("DELETE FROM follows WHERE resident = ?", (resident,))
            await db.execute("DELETE FROM outbox WHERE follower = ?", (resident,))
            count = cursor.rowcount
        if count:
            await self._checkpoint()
        return count

    async def queue_news(self, municipality: str, note: str, digest: str, now: float) -> int:
        return await self.write(
            f"INSERT OR IGNORE INTO outbox ({', '.join(TABLES['outbox'])}) "
            "SELECT ?, channel, address, ?, ?, language, ?, ?, 0, NULL, 0, resident, "
            "resident || ':' || channel || ':' || ? FROM follows WHERE municipality = ? ORDER BY resident, channel",
            (municipality, NEWS, note, now, now, digest, municipality))

    async def log_audit(self, entry: AuditEntry, epoch: float) -> None:
        await self.write(f"INSERT INTO audit_log ({', '.join(TABLES['audit_log'])}) VALUES "
                         f"({', '.join('?' * len(TABLES['audit_log']))})", entry.row(epoch))

    async def audit_entries(self, reference: str) -> list[AuditEntry]:
        rows = await self._rows("SELECT at_datetime, actor, municipality, reference, action, old, new, note "
                                "FROM audit_log WHERE reference = ? ORDER BY at_epoch, id", (reference,))
        return [AuditEntry(*row) for row in rows]

    # -- entries published in the console: files in the data dir (bot/storage/entry_edits.py) -------

    async def entry_edits(self) -> dict[str, EntryEdit]:
        return await self._entries.current()

    async def entry_versions(self, municipality_id: str) -> list[EntryEdit]:
        return await self._entries.versions(municipality_id)

    async def entry_edits_stamp(self) -> str:
        return await self._entries.stamp()

    async def save_entry_edit(self, municipality_id: str, text: str, actor: str, now: dt.datetime,
                              expected_version: int, audit: AuditEntry | None = None) -> EntryEdit:
        saved = await self._entries.save(municipality_id, text, actor, now, expected_version)
        if audit is not None:
            await self.log_audit(audit, now.timestamp())
        return saved

    # -- staff web sessions ---------------------------------------------------------------------------

    async def save_web_session(self, token_hash: str, session: WebSession) -> None:
        await self.write("INSERT INTO web_sessions (token_hash, username, csrf, expires_epoch) VALUES (?, ?, ?, ?)",
                         (token_hash, session.username, session.csrf, session.expires_epoch))

    async def web_session(self, token_hash: str, now_epoch: float) -> WebSession | None:
        rows = await self._rows("SELECT username, csrf, expires_epoch FROM web_sessions "
                                "WHERE token_hash = ? AND expires_epoch > ?", (token_hash, now_epoch))
        return WebSession(*rows[0]) if rows else None

    async def delete_web_session(self, token_hash: str) -> None:
        await self.write("DELETE FROM web_sessions WHERE token_hash = ?", (token_hash,))

    async def add_login_failure(self, keys: Sequence[str], now_epoch: float) -> None:
        async with self.transaction() as db:
            await db.executemany("INSERT INTO login_failures (key, at_epoch) VALUES (?, ?)",
                                 [(key, now_epoch) for key in keys])

    async def login_failures(self, keys: Sequence[str], since_epoch: float) -> dict[str, tuple[int, float]]:
        if not keys:
            return {}
        rows = await self._rows(
            f"SELECT key, COUNT(*), MIN(at_epoch) FROM login_failures WHERE key IN ({', '.join('?' * len(keys))}) "
            "AND at_epoch >= ? GROUP BY key", (*keys, since_epoch))
        return {row[0]: (int(row[1]), float(row[2])) for row in rows}

    async def clear_login_failures(self, key: str) -> None:
        await self.write("DELETE FROM login_failures WHERE key = ?", (key,))

    async def claim_sign_in(self, limits: Sequence[tuple[str, int]], since_epoch: float,
                            now_epoch: float) -> tuple[str, float] | None:
        keys = [key for key, _ in limits]
        async with self.transaction() as db:  # one writer at a time: the count and the insert are one step
            rows = await db.execute_fetchall(
                f"SELECT key, COUNT(*), MIN(at_epoch) FROM login_failures WHERE key IN ({', '.join('?' * len(keys))}) "
                "AND at_epoch >= ? GROUP BY key", (*keys, since_epoch))
            counts = {row[0]: (int(row[1]), float(row[2])) for row in rows}
            for key, most in limits:
                count, first = counts.get(key, (0, now_epoch))
                if count >= most:
                    return key, first
            await db.executemany("INSERT INTO login_failures (key, at_epoch) VALUES (?, ?)",
                                 [(key, now_epoch) for key in keys])
        return None

    async def forgive_sign_in(self, clear_key: str, other_keys: Sequence[str], now_epoch: float) -> None:
        async with self.transaction() as db:
            await db.execute("DELETE FROM login_failures WHERE key = ?", (clear_key,))
            await db.executemany("DELETE FROM login_failures WHERE rowid = (SELECT rowid FROM login_failures "
                                 "WHERE key = ? AND at_epoch = ? LIMIT 1)", [(key, now_epoch) for key in other_keys])

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
        async with self._write_lock:
            await self._db.executemany(
                "INSERT INTO conversations (key, state, updated_epoch) VALUES (?, ?, ?) ON CONFLICT (key) "
                "DO UPDATE SET state = excluded.state, updated_epoch = excluded.updated_epoch", saves)
        return [None] * len(saves)

    # -- copying ---------------------------------------------------------------------------------------

    async def table_rows(self, table: str, size: int = 5000) -> AsyncIterator[list[tuple[Any, ...]]]:
        columns = ", ".join(TABLES[table])
        order = ORDER_BY.get(table, "rowid")
        async with self._db.execute(f"SELECT {columns} FROM {table} ORDER BY {order}") as cursor:
            while rows := await cursor.fetchmany(size):
                yield [tuple(row) for row in rows]

    async def insert_rows(self, table: str, rows: list[tuple[Any, ...]]) -> int:
        columns = TABLES[table]
        self._conversations.clear()
        async with self.transaction() as db:
            # rowcount counts this statement's rows, not those the text-index triggers write.
            cursor = await db.executemany(f"INSERT OR IGNORE INTO {table} ({', '.join(columns)}) "
                                          f"VALUES ({', '.join('?' * len(columns))})", rows)
            return max(cursor.rowcount, 0)

    async def count_rows(self, table: str) -> int:
        assert table in TABLES
        return int((await self._rows(f"SELECT COUNT(*) FROM {table}"))[0][0])

    async def delete_rows(self, table: str) -> None:
        assert table in TABLES
        self._conversations.clear()
        await self.write(f"DELETE FROM {table}")

    async def purge(self, older_than_epoch: float, sessions_older_than_epoch: float,
                    current_quarter: str = "") -> tuple[int, int]:
        """Delete concerns and unanswered questions older than the retention, and stale sessions."""
        self._conversations.clear()
        async with self.transaction() as db:
            concerns = await db.execute("DELETE FROM concerns WHERE requested_epoch < ?", (older_than_epoch,))
            await db.execute("DELETE FROM follows WHERE seen_epoch < ?", (older_than_epoch,))
            await db.execute("DELETE FROM outbox WHERE follower IS NOT NULL AND created_epoch < ?", (older_than_epoch,))
            for orphans in _ORPHANS:
                await db.execute(orphans)
            await db.execute("DELETE FROM unanswered WHERE asked_epoch < ?", (older_than_epoch,))
            sessions = await db.execute("DELETE FROM intake_sessions WHERE updated_epoch < ?",
                                        (sessions_older_than_epoch,))
            await db.execute("DELETE FROM conversations WHERE updated_epoch < ?", (sessions_older_than_epoch,))
            await db.execute("DELETE FROM audit_log WHERE at_epoch < ?", (older_than_epoch,))
            await db.execute("DELETE FROM web_sessions WHERE expires_epoch < ?", (time.time(),))
            await db.execute("DELETE FROM login_failures WHERE at_epoch < ?", (sessions_older_than_epoch,))
            await db.execute("DELETE FROM rate_windows WHERE until_epoch < ?", (time.time(),))
            if current_quarter:
                await db.execute("DELETE FROM survey_marks WHERE quarter < ?", (current_quarter,))
        await self._checkpoint()  # what retention deleted leaves the write-ahead log too
        return concerns.rowcount, sessions.rowcount

    # -- the trygghetsmätning ------------------------------------------------------------------------

    async def survey_offer(self, mark: str, quarter: str) -> bool:
        return await self.write("INSERT OR IGNORE INTO survey_marks (mark, quarter, answered) VALUES (?, ?, 0)",
                                (mark, quarter)) == 1

    async def survey_answered(self, mark: str) -> bool:
        return bool(await self._rows("SELECT 1 FROM survey_marks WHERE mark = ? AND answered = 1", (mark,)))

    async def save_survey(self, mark: str, quarter: str, municipality: str, cells: Sequence[SurveyCell]) -> bool:
        async with self.transaction() as db:
            cursor = await db.execute(
                "INSERT INTO survey_marks (mark, quarter, answered) VALUES (?, ?, 1) ON CONFLICT (mark) "
                "DO UPDATE SET answered = 1 WHERE survey_marks.answered = 0", (mark, quarter))
            if cursor.rowcount != 1:
                return False
            await db.execute(
                "INSERT INTO survey_counts (municipality, quarter, locality, question, value, answers) VALUES "
                + ", ".join("(?1, ?2, ?, ?, ?, ?)" for _ in cells)
                + " ON CONFLICT (municipality, quarter, locality, question, value) "
                "DO UPDATE SET answers = answers + excluded.answers",
                (municipality, quarter, *(v for cell in cells for v in cell)))
        # The log holds each commit's pages: the count page before and after this answer, next to
        # the concern sent just before it. Copied into the file and emptied now, it keeps neither.
        async with self._write_lock:
            await self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return True

    async def survey_counts(self, municipality: str, quarters: Sequence[str]) -> list[SurveyCount]:
        if not quarters:
            return []
        rows = await self._rows(
            "SELECT locality, quarter, question, value, answers FROM survey_counts WHERE municipality = ? AND "
            f"quarter IN ({', '.join('?' * len(quarters))}) ORDER BY quarter, locality, question, value",
            (municipality, *quarters))
        return [SurveyCount(*row) for row in rows]
