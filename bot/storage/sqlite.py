"""The embedded store: one SQLite file in the data dir, WAL mode, versioned schema, writes in transactions.

Concerns follow Open311 GeoReport v2's service request where it fits. One aiosqlite connection is
shared by the whole process; a lock keeps one write transaction at a time, because statements of
two coroutines on the same connection would otherwise interleave inside each other's transactions.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import Any

import aiosqlite

from bot import files
from bot.storage.records import ORDER_BY, TABLES, AuditEntry, SurveyCell, SurveyCount, WebSession
from bot.storage.entry_edits import EntryEdit
from bot.storage.sqlite_concerns import SQLiteConcerns

DATABASE_FILE = "trygghetsbot.sqlite3"


# What goes with the concerns that are no longer there (erased, or past the retention).
_ORPHANS = ("DELETE FROM update_requests WHERE reference NOT IN (SELECT service_request_id FROM concerns)",
            "DELETE FROM outbox WHERE follower IS NULL AND reference NOT IN (SELECT service_request_id FROM concerns)",
            "DELETE FROM outbox WHERE follower IS NOT NULL AND NOT EXISTS (SELECT 1 FROM follows f WHERE "
            "f.resident = outbox.follower AND f.channel = outbox.channel AND f.municipality = outbox.reference)")


class SQLiteStore(SQLiteConcerns):
    """The bot's SQLite database. Open with `await SQLiteStore.open(path)`, close with `close()`."""

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
