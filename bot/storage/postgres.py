"""The PostgreSQL store, for deployments where several processes share one database.

Through asyncpg and a small pool. The schema is versioned in `schema_version` and migrated on start
under an advisory lock, so a process that starts while another migrates waits and then finds the
work done. Reference numbers come from `INSERT … ON CONFLICT DO UPDATE … RETURNING` on the counter
row, which serialises concurrent commits from any number of processes: unique, and gap-tolerant.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import time
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from typing import Any

import asyncpg

from bot.storage.base import Store
from bot.storage.records import (CONCERN_COLUMNS, ORDER_BY, TABLES, AuditEntry, Concern, ConcernPage, ConcernQuery,
                                 LimitReached, Params, StorageError, Submission, SurveyCell, SurveyCount, WebSession,
                                 admitted, assign_references, checked_keys, concern_of, cursor_of, like_search,
                                 old_context_keys, parse_cursor)
from bot.storage.records import (NEWS, OUTBOX_COLUMNS, SCRUBBED_AUDIT, Follow, OutboxRow, UpdateRequest,
                                 erasure_entries, outbox_row, status_effects)
from bot.storage.batches import Batcher, rounds
from bot.storage.entry_edits import EditConflict, EntryEdit, check_id
from bot.storage.postgres_schema import MIGRATIONS, REACHES, SCHEMA_VERSION, TEXT_INDEXES
from bot.storage.windows import Check, decide, limits_of, ordered, until

logger = logging.getLogger(__name__)

_AUDIT_INSERT = (f"INSERT INTO audit_log ({', '.join(TABLES['audit_log'])}) "
                 f"VALUES ({', '.join(f'${n + 1}' for n in range(len(TABLES['audit_log'])))})")
_OUTBOX_INSERT = (f"INSERT INTO outbox ({', '.join(TABLES['outbox'])}) "
                  f"VALUES ({', '.join(f'${n + 1}' for n in range(len(TABLES['outbox'])))})")
_ORPHANS = ("DELETE FROM update_requests r WHERE NOT EXISTS "
            "(SELECT 1 FROM concerns c WHERE c.service_request_id = r.reference)",
            "DELETE FROM outbox o WHERE o.follower IS NULL AND NOT EXISTS "
            "(SELECT 1 FROM concerns c WHERE c.service_request_id = o.reference)",
            "DELETE FROM outbox o WHERE o.follower IS NOT NULL AND NOT EXISTS (SELECT 1 FROM follows f WHERE "
            "f.resident = o.follower AND f.channel = o.channel AND f.municipality = o.reference)")
MIGRATION_LOCK = 7_462_201  # pg_advisory_lock key: "TB" plus a number, held while migrating



async def _reset_only_if_needed(connection: asyncpg.Connection) -> None:
    """What a connection of the main pool needs on its way back: nothing, unless a transaction was
    left open. It never LISTENs, holds an advisory lock (those have their own pool) or keeps a
    cursor past its transaction, so asyncpg's full reset would be a round trip per statement for
    nothing; that doubled the round trips of every intake step."""
    if connection.is_in_transaction():
        await connection.reset()


async def _try_text_indexes(connection: asyncpg.Connection) -> None:
    try:
        async with connection.transaction():  # a savepoint: a refusal leaves the migration intact
            await connection.execute(TEXT_INDEXES)
    except asyncpg.PostgresError as exc:
        logger.warning("No trigram indexes for the staff console's text search (pg_trgm: %s); the search "
                       "still works, more slowly", exc)


# New intake sessions for many residents in one statement.
_START_SESSIONS = """
    INSERT INTO intake_sessions (resident, channel, state, updated_epoch)
    SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[])
    ON CONFLICT (resident, channel) DO UPDATE SET state = excluded.state, updated_epoch = excluded.updated_epoch
"""
# Rate keys are read under a lock per key, taken in one order in every process (no deadlock), and
# held to the end of the transaction: a process that counts under a key waits for the one before.
# The lock is taken before the read, in a statement of its own, so the read sees what the process
# before wrote.
_LOCK_KEYS = """
    SELECT pg_advisory_xact_lock(hashtextextended(k, 7462202))
    FROM (SELECT k FROM unnest($1::text[]) AS k ORDER BY k) AS ordered
"""


async def _stamps(connection: asyncpg.Connection | asyncpg.Pool, keys: Sequence[str]) -> dict[str, list[float]]:
    return {row[0]: ordered([float(stamp) for stamp in row[1]]) for row in await connection.fetch(
        "SELECT key, stamps FROM rate_windows WHERE key = ANY($1::text[])", list(keys))}


async def _write_stamps(connection: asyncpg.Connection, stamps: dict[str, list[float]],
                        checks: Sequence[Sequence[Check]]) -> None:
    limits = limits_of(checks)
    await connection.executemany(  # pipelined: one round trip
        "INSERT INTO rate_windows (key, stamps, until_epoch) VALUES ($1, $2, $3) "
        "ON CONFLICT (key) DO UPDATE SET stamps = excluded.stamps, until_epoch = excluded.until_epoch",
        [(key, stamps[key], until(limits[key], stamps[key])) for key in sorted(limits)])


class PostgresParams(Params):
    def __call__(self, value: Any) -> str:
        self.values.append(value)
        return f"${len(self.values)}"

    def any_of(self, column: str, values: frozenset[str]) -> str:
        return f"{column} = ANY({self(sorted(values))})"

    def text_search(self, words: str) -> str:
        # ILIKE folds every letter; the trigram indexes (when pg_trgm is there) answer it.
        return like_search(self, words, "ILIKE", fold_first=False)


class PostgresStore(Store):
    """The bot's PostgreSQL database. Open with `await PostgresStore.open(url)`, close with `close()`."""

    engine = "postgresql"

    def __init__(self, pool: asyncpg.Pool, locks: asyncpg.Pool, url: str) -> None:
        super().__init__()
        self._steps: Batcher[tuple[str, str, str, float, float], bool] = Batcher(self._write_steps)
        self._starts: Batcher[tuple[str, str, str, float], None] = Batcher(self._start_sessions)
        self._conversation_loads: Batcher[str, str | None] = Batcher(self._load_conversations)
        self._stamp_reads: Batcher[tuple[str, ...], dict[str, list[float]]] = Batcher(self._read_stamps)
        self._conversation_saves: Batcher[tuple[str, str, float], None] = Batcher(self._save_conversations)
        self._pool = pool
        # Chat locks hold a connection while the chat's message is handled, and that handling needs
        # connections of its own: a pool apart, so lock holders can never starve the work they wait on.
        self._locks = locks
        self.url = url

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

    async def _migrate(self) -> None:
        async with self._pool.acquire() as connection:
            # One process migrates; another that starts meanwhile waits here, then finds it done.
            await connection.execute("SELECT pg_advisory_lock($1)", MIGRATION_LOCK)
            try:
                await connection.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
                version = await connection.fetchval("SELECT MAX(version) FROM schema_version") or 0
                if version > SCHEMA_VERSION:
                    raise StorageError(f"the database has schema version {version}, newer than this program "
                                       f"knows ({SCHEMA_VERSION}); upgrade trygghetsbot")
                for script, reaches in zip(MIGRATIONS, REACHES):
                    if version >= reaches:
                        continue
                    async with connection.transaction():
                        await connection.execute(script)
                        if reaches == 3:
                            await _try_text_indexes(connection)
                        await connection.execute("INSERT INTO schema_version VALUES ($1)", reaches)
                    version = reaches
                    logger.info("Database migrated to schema version %s", reaches)
            finally:
                await connection.execute("SELECT pg_advisory_unlock($1)", MIGRATION_LOCK)

    def refuses(self, exc: BaseException) -> bool:
        return super().refuses(exc) or isinstance(exc, asyncpg.DataError)

    async def drain(self) -> None:
        await asyncio.gather(super().drain(), self._steps.wait(), self._starts.wait(),
                             self._conversation_loads.wait(), self._conversation_saves.wait(),
                             self._stamp_reads.wait())

    async def close_connection(self) -> None:
        await self._pool.close()
        await self._locks.close()

    async def schema_version(self) -> int:
        return int(await self._pool.fetchval("SELECT MAX(version) FROM schema_version") or 0)

    async def integrity_check(self) -> str:
        duplicates = await self._pool.fetchval(
            "SELECT COUNT(*) FROM (SELECT service_request_id FROM concerns GROUP BY 1 HAVING COUNT(*) > 1) d")
        return "ok" if duplicates == 0 else f"{duplicates} duplicate reference(s)"

    # -- intake sessions and chat context --------------------------------------------------------

    async def load_session(self, resident: str, channel: str) -> tuple[dict[str, Any], float] | None:
        row = await self._pool.fetchrow(
            "SELECT state, updated_epoch FROM intake_sessions WHERE resident = $1 AND channel = $2", resident, channel)
        return (json.loads(row[0]), float(row[1])) if row else None

    async def write_sessions(self, saved: list[tuple[str, str, dict[str, Any], float]],
                             deleted: list[tuple[str, str]]) -> None:
        if len(saved) + len(deleted) == 1:
            # The common case with write-through: one statement, atomic on its own, one round trip.
            if saved:
                resident, channel, state, epoch = saved[0]
                await self._pool.execute(
                    "INSERT INTO intake_sessions (resident, channel, state, updated_epoch) VALUES ($1, $2, $3, $4) "
                    "ON CONFLICT (resident, channel) DO UPDATE SET state = excluded.state, "
                    "updated_epoch = excluded.updated_epoch",
                    resident, channel, json.dumps(state, ensure_ascii=False), epoch)
            else:
                await self._pool.execute("DELETE FROM intake_sessions WHERE resident = $1 AND channel = $2",
                                         *deleted[0])
            return
        async with self._pool.acquire() as connection, connection.transaction():
            if saved:
                await connection.executemany(
                    "INSERT INTO intake_sessions (resident, channel, state, updated_epoch) VALUES ($1, $2, $3, $4) "
                    "ON CONFLICT (resident, channel) DO UPDATE SET state = excluded.state, "
                    "updated_epoch = excluded.updated_epoch",
                    [(r, c, json.dumps(state, ensure_ascii=False), t) for r, c, state, t in saved])
            if deleted:
                await connection.executemany("DELETE FROM intake_sessions WHERE resident = $1 AND channel = $2",
                                             deleted)

    async def write_session_if(self, resident: str, channel: str, state: dict[str, Any], epoch: float,
                               expected_epoch: float) -> bool:
        return await self._steps((resident, channel, json.dumps(state, ensure_ascii=False), epoch, expected_epoch))

    async def _write_steps(self, steps: list[tuple[str, str, str, float, float]]) -> list[bool]:
        """Many residents' intake steps, one statement for all (a round per repeated session)."""
        written = [False] * len(steps)
        for positions in rounds([step[:2] for step in steps]):
            batch = sorted((steps[n] for n in positions), key=lambda step: step[:2])  # one lock order
            done = {(row[0], row[1]) for row in await self._pool.fetch(
                "UPDATE intake_sessions s SET state = x.state, updated_epoch = x.epoch "
                "FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[], $5::float8[]) "
                "AS x(resident, channel, state, epoch, expected) "
                "WHERE s.resident = x.resident AND s.channel = x.channel AND s.updated_epoch = x.expected "
                "RETURNING s.resident, s.channel", *(list(column) for column in zip(*batch)))}
            for n in positions:
                written[n] = steps[n][:2] in done
        return written

    async def load_conversation(self, key: str) -> dict[str, Any] | None:
        state = await self._conversation_loads(key)
        return json.loads(state) if state is not None else None

    async def _load_conversations(self, keys: list[str]) -> list[str | None]:
        found = {row[0]: row[1] for row in await self._pool.fetch(
            "SELECT key, state FROM conversations WHERE key = ANY($1::text[])", sorted(set(keys)))}
        return [found.get(key) for key in keys]

    async def save_conversation(self, key: str, state: dict[str, Any], epoch: float) -> None:
        await self._conversation_saves((key, json.dumps(state, ensure_ascii=False), epoch))

    async def _save_conversations(self, saves: list[tuple[str, str, float]]) -> list[None]:
        for positions in rounds([save[0] for save in saves]):
            batch = sorted(saves[n] for n in positions)  # one lock order in every process
            await self._pool.execute(
                "INSERT INTO conversations (key, state, updated_epoch) "
                "SELECT * FROM unnest($1::text[], $2::text[], $3::float8[]) ON CONFLICT (key) "
                "DO UPDATE SET state = excluded.state, updated_epoch = excluded.updated_epoch",
                *(list(column) for column in zip(*batch)))
        return [None] * len(saves)

    async def rate_stamps(self, keys: Sequence[str]) -> dict[str, list[float]]:
        return await self._stamp_reads(tuple(keys))

    async def _read_stamps(self, reads: list[tuple[str, ...]]) -> list[dict[str, list[float]]]:
        """Many looks at once (every resident starting a concern at the same moment), one query."""
        found = await _stamps(self._pool, sorted({key for keys in reads for key in keys}))
        return [{key: found[key] for key in keys if key in found} for keys in reads]

    async def admit_batch(self, batch: list[tuple[tuple[Check, ...], float]]) -> list[dict[str, float]]:
        keys = sorted({key for checks, _ in batch for key, _ in checks})
        async with self._pool.acquire() as connection, connection.transaction():
            await connection.execute(_LOCK_KEYS, keys)
            stamps = await _stamps(connection, keys)
            verdicts = decide(batch, stamps)
            accepted = [checks for (checks, _), verdict in zip(batch, verdicts) if not verdict]
            if accepted:
                await _write_stamps(connection, stamps, accepted)
        return verdicts

    @asynccontextmanager
    async def chat_lock(self, key: str) -> AsyncIterator[None]:
        async with self._locks.acquire() as connection:
            await connection.execute("SELECT pg_advisory_lock(hashtextextended($1, 0))", key)
            try:
                yield
            finally:
                await connection.execute("SELECT pg_advisory_unlock(hashtextextended($1, 0))", key)

    async def rekey_conversations(self, channels: Sequence[str], rekey: Callable[[str, str], str]) -> int:
        rows = await self._pool.fetch("SELECT key FROM conversations WHERE key LIKE ANY($1::text[])",
                                      [f"{c}:%" for c in channels])
        pairs = old_context_keys(channels, [row[0] for row in rows], rekey)
        if not pairs:
            return 0
        async with self._pool.acquire() as connection, connection.transaction():
            # Another process starting now may move the same rows: whichever comes second finds
            # them gone, or the new key there.
            await connection.execute(
                "INSERT INTO conversations (key, state, updated_epoch) SELECT x.new, c.state, c.updated_epoch "
                "FROM unnest($1::text[], $2::text[]) AS x(new, old) JOIN conversations c ON c.key = x.old "
                "ON CONFLICT (key) DO NOTHING", [new for new, _ in pairs], [old for _, old in pairs])
            await connection.execute("DELETE FROM conversations WHERE key = ANY($1::text[])",
                                     [old for _, old in pairs])
        logger.info("Chat contexts: %s rekeyed by hash", len(pairs))
        return len(pairs)

    async def start_session(self, resident: str, channel: str, state: dict[str, Any], epoch: float) -> None:
        await self._starts((resident, channel, json.dumps(state, ensure_ascii=False), epoch))

    async def _start_sessions(self, starts: list[tuple[str, str, str, float]]) -> list[None]:
        """Many residents' new sessions in one statement (a round per repeated session)."""
        for positions in rounds([start[:2] for start in starts]):
            batch = sorted((starts[n] for n in positions), key=lambda start: start[:2])
            await self._pool.execute(_START_SESSIONS, *(list(column) for column in zip(*batch)))
        return [None] * len(starts)

    # -- concerns ---------------------------------------------------------------------------------

    async def commit_batch(self, batch: list[Submission]) -> list[str | LimitReached]:
        """As the interface says, in a fixed number of statements whatever the batch's size: the
        sessions are claimed, the limits read and the counters raised each in one statement."""
        async with self._pool.acquire() as connection, connection.transaction():
            ended = {(row[0], row[1]): float(row[2]) for row in await connection.fetch(
                "DELETE FROM intake_sessions s USING unnest($1::text[], $2::text[], $3::float8[]) "
                "AS x(resident, channel, version) WHERE s.resident = x.resident AND s.channel = x.channel "
                "AND (x.version IS NULL OR s.updated_epoch = x.version) RETURNING s.resident, s.channel, "
                "s.updated_epoch", [item.resident for item in batch], [item.channel for item in batch],
                [item.version for item in batch])}
            claimed = []
            for item in batch:
                # A session ends once: of two "Skicka" for it in one batch, the first one has it.
                version = ended.get((item.resident, item.channel))
                ok = version is not None and item.version in (None, version)
                if ok:
                    del ended[(item.resident, item.channel)]
                claimed.append(ok)
            rate_keys = checked_keys(batch, claimed)
            if rate_keys:
                await connection.execute(_LOCK_KEYS, rate_keys)
            stamps = await _stamps(connection, rate_keys) if rate_keys else {}
            verdicts = admitted(batch, claimed, stamps)
            counted = [item.checks for item, verdict in zip(batch, verdicts) if verdict == {}]
            if counted:
                await _write_stamps(connection, stamps, counted)
            wanted: dict[tuple[str, int], int] = {}
            for item, verdict in zip(batch, verdicts):
                if verdict == {}:
                    wanted[(item.prefix, item.now.year)] = wanted.get((item.prefix, item.now.year), 0) + 1
            first: dict[tuple[str, int], int] = {}
            if wanted:
                keys = sorted(wanted)  # the same order in every process: no deadlock between them
                for prefix, year, last in await connection.fetch(
                        "INSERT INTO reference_counters (prefix, year, last) "
                        "SELECT * FROM unnest($1::text[], $2::int[], $3::int[]) ON CONFLICT (prefix, year) "
                        "DO UPDATE SET last = reference_counters.last + excluded.last RETURNING prefix, year, last",
                        [p for p, _ in keys], [y for _, y in keys], [wanted[key] for key in keys]):
                    first[(prefix, year)] = int(last) - wanted[(prefix, year)] + 1
            references, rows = assign_references(batch, verdicts, first)
            if rows:
                columns = TABLES["concerns"]
                await connection.executemany(
                    f"INSERT INTO concerns ({', '.join(columns)}) "
                    f"VALUES ({', '.join(f'${n + 1}' for n in range(len(columns)))})", rows)
        return references

    async def concerns_of(self, resident: str) -> list[Concern]:
        rows = await self._pool.fetch(
            f"SELECT {CONCERN_COLUMNS} FROM concerns WHERE resident = $1 ORDER BY requested_epoch", resident)
        return [concern_of(tuple(row)) for row in rows]

    async def delete_concerns_of(self, resident: str, now: dt.datetime | None = None) -> int:
        async with self._pool.acquire() as connection:
            async with connection.transaction():
                erased = [(row[0], row[1]) for row in await connection.fetch(
                    "DELETE FROM concerns WHERE resident = $1 RETURNING service_request_id, municipality", resident)]
                if erased:
                    await connection.execute(f"UPDATE audit_log SET {SCRUBBED_AUDIT} WHERE reference = ANY($1::text[])",
                                             [reference for reference, _ in erased])
                    await connection.executemany(_AUDIT_INSERT, [entry.row(epoch)
                                                                 for entry, epoch in erasure_entries(erased, now)])
                await connection.execute("DELETE FROM intake_sessions WHERE resident = $1", resident)
                if erased:  # the wish to hear back and its messages, the encrypted chat id with them
                    for table in ("update_requests", "outbox"):
                        await connection.execute(f"DELETE FROM {table} WHERE reference = ANY($1::text[])",
                                                 [reference for reference, _ in erased])
            if erased:
                # Deleted and updated rows stay in the table's pages until a VACUUM frees them, and
                # their entries in the indexes (the description's trigrams too) unless it cleans
                # the indexes, which it would skip for a few rows. The README says what an operator
                # schedules on top. Skipped when another VACUUM holds a table, so a resident never
                # waits on one.
                await connection.execute("VACUUM (SKIP_LOCKED, INDEX_CLEANUP ON) concerns, audit_log, intake_sessions, "
                                         "update_requests, outbox")
        return len(erased)

    async def matching_chunks(self, query: ConcernQuery, size: int = 5000) -> AsyncIterator[list[Concern]]:
        params = PostgresParams()
        where = query.where(params)
        async with self._pool.acquire() as connection, connection.transaction():
            cursor = await connection.cursor(f"SELECT {CONCERN_COLUMNS} FROM concerns {where} "
                                             "ORDER BY requested_epoch, service_request_id", *params.values)
            while rows := await cursor.fetch(size):
                yield [concern_of(tuple(row)) for row in rows]

    async def concern_page(self, query: ConcernQuery, after: str | None = None, limit: int = 50) -> ConcernPage:
        params = PostgresParams()
        where = query.where(params)
        position = parse_cursor(after) if after else None
        if position is not None:
            where += (" AND " if where else "WHERE ") + \
                f"(requested_epoch, service_request_id) < ({params(position[0])}, {params(position[1])})"
        rows = await self._pool.fetch(
            f"SELECT {CONCERN_COLUMNS}, requested_epoch FROM concerns {where} "
            f"ORDER BY requested_epoch DESC, service_request_id DESC LIMIT {params(limit + 1)}", *params.values)
        concerns = [concern_of(tuple(row)[:-1]) for row in rows[:limit]]
        more = len(rows) > limit
        return ConcernPage(concerns, cursor_of(rows[limit - 1][-1], rows[limit - 1][0]) if more else None,
                           await self.count_matching(query))

    async def count_matching(self, query: ConcernQuery) -> int:
        params = PostgresParams()
        return int(await self._pool.fetchval(f"SELECT COUNT(*) FROM concerns {query.where(params)}", *params.values))

    async def monthly_counts(self, query: ConcernQuery) -> list[tuple[str, str, int]]:
        params = PostgresParams()
        rows = await self._pool.fetch(
            f"SELECT substr(requested_datetime, 1, 7) AS month, service_name, COUNT(*) FROM concerns "
            f"{query.where(params)} GROUP BY month, service_name ORDER BY month, service_name", *params.values)
        return [(row[0], row[1], int(row[2])) for row in rows]

    async def concern(self, reference: str) -> Concern | None:
        row = await self._pool.fetchrow(f"SELECT {CONCERN_COLUMNS} FROM concerns WHERE service_request_id = $1",
                                        reference)
        return concern_of(tuple(row)) if row else None

    async def set_statuses(self, references: Sequence[str], status: str, notes: str, now: dt.datetime,
                           actor: str, internal: str = "") -> list[str]:
        stamp = now.isoformat(timespec="seconds")
        wanted = sorted(set(references))  # one lock order in every process
        async with self._pool.acquire() as connection, connection.transaction():
            # FOR UPDATE: two staff members changing one concern at once each log the status they replaced.
            found = [(row[0], row[1], row[2], row[3]) for row in await connection.fetch(
                "SELECT service_request_id, municipality, status, status_notes FROM concerns "
                "WHERE service_request_id = ANY($1::text[]) ORDER BY service_request_id FOR UPDATE", wanted)]
            requests = {row[0]: (row[1], row[2], row[3]) for row in await connection.fetch(
                "SELECT reference, channel, address, language FROM update_requests WHERE reference = ANY($1::text[]) "
                "FOR UPDATE", [row[0] for row in found])}
            audits, messages, closing = status_effects(found, requests, status, notes, internal, now, actor)
            await connection.execute("UPDATE concerns SET status = $1, status_notes = $2, updated_datetime = $3 "
                                     "WHERE service_request_id = ANY($4::text[])", status, notes, stamp,
                                     [row[0] for row in found])
            await connection.executemany(_AUDIT_INSERT, audits)
            await connection.executemany(_OUTBOX_INSERT, messages)
            if closing:
                await connection.execute("UPDATE update_requests SET address = NULL WHERE reference = ANY($1::text[])",
                                         closing)
        return [row[0] for row in found]

    # -- hearing back -----------------------------------------------------------------------------

    async def request_updates(self, reference: str, resident: str, request: UpdateRequest) -> bool:
        result = await self._pool.execute(
            "INSERT INTO update_requests (reference, channel, address, language, asked_epoch) "
            "SELECT $1, $2, $3, $4, $5 FROM concerns WHERE service_request_id = $1 AND resident = $6 "
            "AND status != 'closed' "
            "ON CONFLICT (reference) DO UPDATE SET address = excluded.address, language = excluded.language",
            reference, request.channel, request.address, request.language, request.asked_epoch, resident)
        return bool(int(result.split()[-1]))

    async def update_request(self, reference: str) -> UpdateRequest | None:
        row = await self._pool.fetchrow("SELECT reference, channel, address, language, asked_epoch "
                                        "FROM update_requests WHERE reference = $1", reference)
        return UpdateRequest(*row) if row else None

    async def outbox_of(self, reference: str) -> list[OutboxRow]:
        return [outbox_row(tuple(row)) for row in await self._pool.fetch(
            f"SELECT {OUTBOX_COLUMNS} FROM outbox WHERE reference = $1 ORDER BY id", reference)]

    async def claim_outbox(self, channel: str, worker: str, now: float, lease_seconds: float,
                           limit: int) -> list[OutboxRow]:
        # SKIP LOCKED: two processes claiming at once take different rows, neither waits for the other.
        rows = await self._pool.fetch(
            f"UPDATE outbox SET claimed_by = $1, claimed_until = $2, attempts = attempts + 1 WHERE id IN ("
            "SELECT id FROM outbox WHERE channel = $3 AND sent_epoch IS NULL AND failed = 0 AND due_epoch <= $4 "
            "AND (claimed_until IS NULL OR claimed_until < $4) ORDER BY id LIMIT $5 FOR UPDATE SKIP LOCKED) "
            f"RETURNING {OUTBOX_COLUMNS}", worker, now + lease_seconds, channel, now, limit)
        return sorted((outbox_row(tuple(row)) for row in rows), key=lambda row: row.id)

    async def outbox_sent(self, ids: Sequence[int], worker: str, now: float) -> int:
        result = await self._pool.execute(
            "UPDATE outbox SET sent_epoch = $1, address = NULL, claimed_until = NULL "
            "WHERE id = ANY($2::bigint[]) AND claimed_by = $3 AND sent_epoch IS NULL", now, list(ids), worker)
        return int(result.split()[-1])

    async def outbox_retry(self, row_id: int, worker: str, due: float, give_up: bool) -> None:
        if give_up:
            await self._pool.execute("UPDATE outbox SET failed = 1, address = NULL, claimed_by = NULL, "
                                     "claimed_until = NULL WHERE id = $1 AND claimed_by = $2", row_id, worker)
        else:
            await self._pool.execute("UPDATE outbox SET due_epoch = $1, claimed_by = NULL, claimed_until = NULL "
                                     "WHERE id = $2 AND claimed_by = $3", due, row_id, worker)

    async def take_shown(self, resident: str, channel: str, now: float) -> list[OutboxRow]:
        rows = await self._pool.fetch(
            f"UPDATE outbox SET sent_epoch = $1 WHERE id IN (SELECT o.id FROM outbox o WHERE o.channel = $3 "
            "AND o.sent_epoch IS NULL AND o.failed = 0 AND (o.follower = $2 OR EXISTS (SELECT 1 FROM concerns c "
            "WHERE c.service_request_id = o.reference AND c.resident = $2)) FOR UPDATE OF o SKIP LOCKED) "
            f"RETURNING {OUTBOX_COLUMNS}", now, resident, channel)
        return sorted((outbox_row(tuple(row)) for row in rows), key=lambda row: row.id)

    async def answered_counts(self, query: ConcernQuery) -> int:
        params = PostgresParams()
        where = query.where(params)
        where += (" AND " if where else "WHERE ") + \
            "EXISTS (SELECT 1 FROM outbox o WHERE o.reference = service_request_id AND o.sent_epoch IS NOT NULL)"
        return int(await self._pool.fetchval(f"SELECT COUNT(*) FROM concerns {where}", *params.values))

    # -- following a kommun -------------------------------------------------------------------------

    async def follow(self, follow: Follow) -> bool:
        # xmax is 0 for a row this statement inserted, another transaction's id for one it updated.
        inserted = await self._pool.fetchval(
            f"INSERT INTO follows ({', '.join(TABLES['follows'])}) VALUES ($1, $2, $3, $4, $5, $6, $7) "
            "ON CONFLICT (resident, channel, municipality) DO UPDATE SET address = excluded.address, "
            "language = excluded.language, seen_epoch = excluded.seen_epoch RETURNING (xmax = 0)",
            follow.resident, follow.channel, follow.municipality, follow.address, follow.language,
            follow.followed_epoch, follow.seen_epoch)
        return bool(inserted)

    async def follows_of(self, resident: str, channel: str, renew_epoch: float | None = None) -> list[str]:
        if renew_epoch is not None:
            await self._pool.execute("UPDATE follows SET seen_epoch = $1 WHERE resident = $2 AND channel = $3",
                                     renew_epoch, resident, channel)
        return [row[0] for row in await self._pool.fetch(
            "SELECT municipality FROM follows WHERE resident = $1 AND channel = $2 ORDER BY municipality",
            resident, channel)]

    async def unfollow(self, resident: str, channel: str, municipality: str | None = None) -> list[str]:
        async with self._pool.acquire() as connection:
            async with connection.transaction():
                gone = [row[0] for row in await connection.fetch(
                    "DELETE FROM follows WHERE resident = $1 AND channel = $2 AND ($3::text IS NULL OR "
                    "municipality = $3) RETURNING municipality", resident, channel, municipality)]
                await connection.execute("DELETE FROM outbox WHERE follower = $1 AND channel = $2 AND "
                                         "($3::text IS NULL OR reference = $3)", resident, channel, municipality)
            if gone:
                await connection.execute("VACUUM (SKIP_LOCKED, INDEX_CLEANUP ON) follows, outbox")
        return sorted(gone)

    async def delete_follows_of(self, resident: str) -> int:
        async with self._pool.acquire() as connection:
            async with connection.transaction():
                result = await connection.execute("DELETE FROM follows WHERE resident = $1", resident)
                await connection.execute("DELETE FROM outbox WHERE follower = $1", resident)
            count = int(result.split()[-1])
            if count:
                await connection.execute("VACUUM (SKIP_LOCKED, INDEX_CLEANUP ON) follows, outbox")
        return count

    async def queue_news(self, municipality: str, note: str, digest: str, now: float) -> int:
        result = await self._pool.execute(
            f"INSERT INTO outbox ({', '.join(TABLES['outbox'])}) "
            "SELECT $1, channel, address, $2, $3, language, $4, $4, 0, NULL, 0, resident, "
            "resident || ':' || channel || ':' || $5 FROM follows WHERE municipality = $1 ORDER BY resident, channel "
            "ON CONFLICT DO NOTHING", municipality, NEWS, note, now, digest)
        return int(result.split()[-1])

    async def log_audit(self, entry: AuditEntry, epoch: float) -> None:
        await self._pool.execute(_AUDIT_INSERT, *entry.row(epoch))

    async def audit_entries(self, reference: str) -> list[AuditEntry]:
        rows = await self._pool.fetch("SELECT at_datetime, actor, municipality, reference, action, old, new, note "
                                      "FROM audit_log WHERE reference = $1 ORDER BY at_epoch, id", reference)
        return [AuditEntry(*row) for row in rows]

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
                    await connection.execute(_AUDIT_INSERT, *audit.row(now.timestamp()))
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
