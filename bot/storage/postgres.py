"""The PostgreSQL store, for deployments where several processes share one database.

Through asyncpg and a small pool. The schema is versioned in `schema_version` and migrated on start
under an advisory lock, so a process that starts while another migrates waits and then finds the
work done. Reference numbers come from `INSERT … ON CONFLICT DO UPDATE … RETURNING` on the counter
row, which serialises concurrent commits from any number of processes: unique, and gap-tolerant.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import AsyncIterator, Sequence
from typing import Any

import asyncpg

from bot.storage.records import ORDER_BY, TABLES, AuditEntry, StorageError, SurveyCell, SurveyCount, WebSession
from bot.storage.entry_edits import EditConflict, EntryEdit, check_id
from bot.storage.postgres_concerns import AUDIT_INSERT, PostgresConcerns

logger = logging.getLogger(__name__)

# What goes with the concerns that are no longer there (erased, or past the retention).
_ORPHANS = ("DELETE FROM update_requests r WHERE NOT EXISTS "
            "(SELECT 1 FROM concerns c WHERE c.service_request_id = r.reference)",
            "DELETE FROM outbox o WHERE o.follower IS NULL AND NOT EXISTS "
            "(SELECT 1 FROM concerns c WHERE c.service_request_id = o.reference)",
            "DELETE FROM outbox o WHERE o.follower IS NOT NULL AND NOT EXISTS (SELECT 1 FROM follows f WHERE "
            "f.resident = o.follower AND f.channel = o.channel AND f.municipality = o.reference)")


async def _reset_only_if_needed(connection: asyncpg.Connection) -> None:
    """What a connection of the main pool needs on its way back: nothing, unless a transaction was
    left open. It never LISTENs, holds an advisory lock (those have their own pool) or keeps a
    cursor past its transaction, so asyncpg's full reset would be a round trip per statement for
    nothing; that doubled the round trips of every intake step."""
    if connection.is_in_transaction():
        await connection.reset()


class PostgresStore(PostgresConcerns):
    """The bot's PostgreSQL database. Open with `await PostgresStore.open(url)`, close with `close()`."""

    @classmethod
    async def open(cls, url: str) -> PostgresStore:
        try:
            # asyncpg prepares every statement, and after five runs PostgreSQL may switch to a generic
            # plan that ignores the values; for the console's filters (a rare word, a common word)
            # that plan can be ten times slower. Planning each time costs well under a millisecond.
            # The server ends a statement after 60 s (statement_timeout), not a client timer per
            # statement: those timers were a twentieth of the intake's time.
            pool = await asyncpg.create_pool(url, min_size=1, max_size=10, command_timeout=None,
                                             server_settings={"plan_cache_mode": "force_custom_plan",
                                                              "statement_timeout": "60000"},
                                             reset=_reset_only_if_needed)
            locks = await asyncpg.create_pool(url, min_size=0, max_size=20, command_timeout=60)
        except (OSError, asyncpg.PostgresError) as exc:
            raise StorageError(f"cannot reach the PostgreSQL database: {exc}") from None
        store = cls(pool, locks, url)
        try:
            await store._migrate()
        except BaseException:
            await store.close_connection()
            raise
        return store

    # -- entries published in the console (bot/storage/entry_edits.py) -------------------------------

    async def entry_edits(self) -> dict[str, EntryEdit]:
        rows = await self._pool.fetch(
            "SELECT DISTINCT ON (municipality_id) municipality_id, version, text, actor, at_datetime "
            "FROM entry_edits ORDER BY municipality_id, version DESC")
        return {row[0]: EntryEdit(*row) for row in rows}

    async def entry_versions(self, municipality_id: str) -> list[EntryEdit]:
        rows = await self._pool.fetch("SELECT municipality_id, version, text, actor, at_datetime FROM entry_edits "
                                      "WHERE municipality_id = $1 ORDER BY version DESC", check_id(municipality_id))
        return [EntryEdit(*row) for row in rows]

    async def entry_edits_stamp(self) -> str:
        row = await self._pool.fetchrow("SELECT COUNT(*), COALESCE(MAX(at_epoch), 0) FROM entry_edits")
        return f"{row[0]}:{row[1]}" if row[0] else ""

    async def save_entry_edit(self, municipality_id: str, text: str, actor: str, now: dt.datetime,
                              expected_version: int, audit: AuditEntry | None = None) -> EntryEdit:
        stamp = now.isoformat(timespec="seconds")
        version = expected_version + 1
        try:
            async with self._pool.acquire() as connection, connection.transaction():
                latest = await connection.fetchval("SELECT COALESCE(MAX(version), 0) FROM entry_edits "
                                                   "WHERE municipality_id = $1", check_id(municipality_id))
                if latest != expected_version:
                    raise EditConflict(f"{municipality_id} is at version {latest}, not {expected_version}")
                # Two publishing at once both read the same version: the key lets one of them in.
                await connection.execute("INSERT INTO entry_edits (municipality_id, version, text, actor, at_datetime, "
                                         "at_epoch) VALUES ($1, $2, $3, $4, $5, $6)", municipality_id, version, text,
                                         actor, stamp, now.timestamp())
                if audit is not None:
                    await connection.execute(AUDIT_INSERT, *audit.row(now.timestamp()))
        except asyncpg.UniqueViolationError:
            raise EditConflict(f"{municipality_id} was published by someone else meanwhile") from None
        return EntryEdit(municipality_id, version, text, actor, stamp)

    # -- staff web sessions ---------------------------------------------------------------------------

    async def save_web_session(self, token_hash: str, session: WebSession) -> None:
        await self._pool.execute("INSERT INTO web_sessions (token_hash, username, csrf, expires_epoch) "
                                 "VALUES ($1, $2, $3, $4)", token_hash, session.username, session.csrf,
                                 session.expires_epoch)

    async def web_session(self, token_hash: str, now_epoch: float) -> WebSession | None:
        row = await self._pool.fetchrow("SELECT username, csrf, expires_epoch FROM web_sessions "
                                        "WHERE token_hash = $1 AND expires_epoch > $2", token_hash, now_epoch)
        return WebSession(*row) if row else None

    async def delete_web_session(self, token_hash: str) -> None:
        await self._pool.execute("DELETE FROM web_sessions WHERE token_hash = $1", token_hash)

    async def add_login_failure(self, keys: Sequence[str], now_epoch: float) -> None:
        await self._pool.executemany("INSERT INTO login_failures (key, at_epoch) VALUES ($1, $2)",
                                     [(key, now_epoch) for key in keys])

    async def login_failures(self, keys: Sequence[str], since_epoch: float) -> dict[str, tuple[int, float]]:
        rows = await self._pool.fetch("SELECT key, COUNT(*), MIN(at_epoch) FROM login_failures "
                                      "WHERE key = ANY($1) AND at_epoch >= $2 GROUP BY key", list(keys), since_epoch)
        return {row[0]: (int(row[1]), float(row[2])) for row in rows}

    async def clear_login_failures(self, key: str) -> None:
        await self._pool.execute("DELETE FROM login_failures WHERE key = $1", key)

    async def claim_sign_in(self, limits: Sequence[tuple[str, int]], since_epoch: float,
                            now_epoch: float) -> tuple[str, float] | None:
        keys = [key for key, _ in limits]
        async with self._pool.acquire() as connection, connection.transaction():
            # Attempts on one key, from any process, take their turn here: each counts those before it.
            for key in sorted(keys):  # the same order everywhere: no deadlock
                await connection.execute("SELECT pg_advisory_xact_lock(hashtextextended($1, 25))", key)
            counts = {row[0]: (int(row[1]), float(row[2])) for row in await connection.fetch(
                "SELECT key, COUNT(*), MIN(at_epoch) FROM login_failures WHERE key = ANY($1) AND at_epoch >= $2 "
                "GROUP BY key", keys, since_epoch)}
            for key, most in limits:
                count, first = counts.get(key, (0, now_epoch))
                if count >= most:
                    return key, first
            await connection.executemany("INSERT INTO login_failures (key, at_epoch) VALUES ($1, $2)",
                                         [(key, now_epoch) for key in keys])
        return None

    async def forgive_sign_in(self, clear_key: str, other_keys: Sequence[str], now_epoch: float) -> None:
        async with self._pool.acquire() as connection, connection.transaction():
            await connection.execute("DELETE FROM login_failures WHERE key = $1", clear_key)
            await connection.executemany(
                "DELETE FROM login_failures WHERE ctid = (SELECT ctid FROM login_failures WHERE key = $1 "
                "AND at_epoch = $2 LIMIT 1)", [(key, now_epoch) for key in other_keys])

    async def count_concerns(self) -> int:
        return int(await self._pool.fetchval("SELECT COUNT(*) FROM concerns"))

    # -- unanswered questions and retention -----------------------------------------------------

    async def log_unanswered(self, text: str, municipality_guess: str | None, topic: str, language: str,
                             now: dt.datetime) -> None:
        await self._pool.execute(
            "INSERT INTO unanswered (asked_datetime, asked_epoch, municipality_guess, topic, language, text) "
            "VALUES ($1, $2, $3, $4, $5, $6)",
            now.isoformat(timespec="seconds"), now.timestamp(), municipality_guess, topic, language, text)

    async def unanswered(self, municipalities: frozenset[str] | None = None,
                         limit: int = 50) -> list[tuple[str, int, str | None, str]]:
        clause, params = "", list[Any]()
        if municipalities is not None:
            params.append(sorted(municipalities))
            clause = "WHERE municipality_guess = ANY($1)"
        params.append(limit)
        rows = await self._pool.fetch(
            f"SELECT MIN(text), COUNT(*) AS n, MAX(municipality_guess), MAX(asked_datetime) FROM unanswered "
            f"{clause} GROUP BY lower(text) ORDER BY n DESC, MAX(asked_epoch) DESC LIMIT ${len(params)}", *params)
        return [(row[0], int(row[1]), row[2], row[3]) for row in rows]

    async def purge(self, older_than_epoch: float, sessions_older_than_epoch: float,
                    current_quarter: str = "") -> tuple[int, int]:
        async with self._pool.acquire() as connection, connection.transaction():
            concerns = await connection.execute("DELETE FROM concerns WHERE requested_epoch < $1", older_than_epoch)
            await connection.execute("DELETE FROM follows WHERE seen_epoch < $1", older_than_epoch)
            await connection.execute("DELETE FROM outbox WHERE follower IS NOT NULL AND created_epoch < $1",
                                     older_than_epoch)
            for orphans in _ORPHANS:
                await connection.execute(orphans)
            await connection.execute("DELETE FROM unanswered WHERE asked_epoch < $1", older_than_epoch)
            sessions = await connection.execute("DELETE FROM intake_sessions WHERE updated_epoch < $1",
                                                sessions_older_than_epoch)
            await connection.execute("DELETE FROM conversations WHERE updated_epoch < $1", sessions_older_than_epoch)
            await connection.execute("DELETE FROM audit_log WHERE at_epoch < $1", older_than_epoch)
            await connection.execute("DELETE FROM web_sessions WHERE expires_epoch < $1", time.time())
            await connection.execute("DELETE FROM login_failures WHERE at_epoch < $1", sessions_older_than_epoch)
            await connection.execute("DELETE FROM rate_windows WHERE until_epoch < $1", time.time())
            if current_quarter:
                await connection.execute("DELETE FROM survey_marks WHERE quarter < $1", current_quarter)
            return int(concerns.split()[-1]), int(sessions.split()[-1])

    # -- copying ---------------------------------------------------------------------------------------

    async def table_rows(self, table: str, size: int = 5000) -> AsyncIterator[list[tuple[Any, ...]]]:
        order = "id" if table in ("unanswered", "audit_log", "outbox") else ORDER_BY.get(table, TABLES[table][0])
        # survey_marks.answered is a boolean here and 0/1 in SQLite: copied and compared as 0/1.
        columns = [f"{c}::int" if (table, c) == ("survey_marks", "answered") else c for c in TABLES[table]]
        async with self._pool.acquire() as connection, connection.transaction():
            cursor = await connection.cursor(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}")
            while rows := await cursor.fetch(size):
                yield [tuple(row) for row in rows]

    async def insert_rows(self, table: str, rows: list[tuple[Any, ...]]) -> int:
        columns = TABLES[table]
        placeholders = ", ".join(f"${n + 1}::int::boolean" if (table, c) == ("survey_marks", "answered")
                                 else f"${n + 1}" for n, c in enumerate(columns))
        async with self._pool.acquire() as connection, connection.transaction():
            before = await connection.fetchval(f"SELECT COUNT(*) FROM {table}")
            await connection.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders}) "
                                         "ON CONFLICT DO NOTHING", rows)
            after = await connection.fetchval(f"SELECT COUNT(*) FROM {table}")
            return int(after - before)

    async def count_rows(self, table: str) -> int:
        assert table in TABLES
        return int(await self._pool.fetchval(f"SELECT COUNT(*) FROM {table}"))

    async def delete_rows(self, table: str) -> None:
        assert table in TABLES
        await self._pool.execute(f"DELETE FROM {table}")

    # -- the trygghetsmätning ------------------------------------------------------------------------

    async def survey_offer(self, mark: str, quarter: str) -> bool:
        status = await self._pool.execute("INSERT INTO survey_marks (mark, quarter, answered) VALUES ($1, $2, false) "
                                          "ON CONFLICT (mark) DO NOTHING", mark, quarter)
        return status.endswith(" 1")

    async def survey_answered(self, mark: str) -> bool:
        return bool(await self._pool.fetchval("SELECT answered FROM survey_marks WHERE mark = $1", mark))

    async def save_survey(self, mark: str, quarter: str, municipality: str, cells: Sequence[SurveyCell]) -> bool:
        async with self._pool.acquire() as connection, connection.transaction():
            status = await connection.execute(
                "INSERT INTO survey_marks AS m (mark, quarter, answered) VALUES ($1, $2, true) ON CONFLICT (mark) "
                "DO UPDATE SET answered = true WHERE NOT m.answered", mark, quarter)
            if not status.endswith(" 1"):
                return False
            # Every row of the grid gets a new version in this transaction, so the rows' xmin is
            # the same for all of them and says nothing about which counts this answer raised.
            await connection.execute(
                "INSERT INTO survey_counts AS c (municipality, quarter, locality, question, value, answers) "
                "SELECT $1, $2, x.locality, x.question, x.value, x.add "
                "FROM unnest($3::text[], $4::text[], $5::smallint[], $6::int[]) AS x(locality, question, value, add) "
                "ON CONFLICT (municipality, quarter, locality, question, value) "
                "DO UPDATE SET answers = c.answers + excluded.answers",
                municipality, quarter, [c.locality for c in cells], [c.question for c in cells],
                [c.value for c in cells], [c.add for c in cells])
        return True

    async def survey_counts(self, municipality: str, quarters: Sequence[str]) -> list[SurveyCount]:
        rows = await self._pool.fetch(
            "SELECT locality, quarter, question, value, answers FROM survey_counts WHERE municipality = $1 "
            "AND quarter = ANY($2::text[]) ORDER BY quarter, locality, question, value", municipality, list(quarters))
        return [SurveyCount(*row) for row in rows]
