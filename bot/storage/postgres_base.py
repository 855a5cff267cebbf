"""What every part of the PostgreSQL store stands on: the connection and its write transactions, the
schema's migration, intake sessions, rate limits and chat context. `postgres_concerns.py` adds the
concerns, `postgres.py` the rest; `PostgresStore` is the class to open."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from typing import Any

import asyncpg

from bot.storage.base import Store
from bot.storage.records import StorageError, old_context_keys
from bot.storage.batches import Batcher, rounds
from bot.storage.postgres_schema import MIGRATIONS, REACHES, SCHEMA_VERSION, TEXT_INDEXES
from bot.storage.windows import Check, decide, limits_of, ordered, until

logger = logging.getLogger(__name__)

MIGRATION_LOCK = 7_462_201  # pg_advisory_lock key: "TB" plus a number, held while migrating


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
LOCK_KEYS = """
    SELECT pg_advisory_xact_lock(hashtextextended(k, 7462202))
    FROM (SELECT k FROM unnest($1::text[]) AS k ORDER BY k) AS ordered
"""


async def stamps_in(connection: asyncpg.Connection | asyncpg.Pool, keys: Sequence[str]) -> dict[str, list[float]]:
    return {row[0]: ordered([float(stamp) for stamp in row[1]]) for row in await connection.fetch(
        "SELECT key, stamps FROM rate_windows WHERE key = ANY($1::text[])", list(keys))}


async def write_stamps(connection: asyncpg.Connection, stamps: dict[str, list[float]],
                       checks: Sequence[Sequence[Check]]) -> None:
    limits = limits_of(checks)
    await connection.executemany(  # pipelined: one round trip
        "INSERT INTO rate_windows (key, stamps, until_epoch) VALUES ($1, $2, $3) "
        "ON CONFLICT (key) DO UPDATE SET stamps = excluded.stamps, until_epoch = excluded.until_epoch",
        [(key, stamps[key], until(limits[key], stamps[key])) for key in sorted(limits)])


class PostgresBase(Store):
    """The connection and what each message needs of it."""

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
        found = await stamps_in(self._pool, sorted({key for keys in reads for key in keys}))
        return [{key: found[key] for key in keys if key in found} for keys in reads]

    async def admit_batch(self, batch: list[tuple[tuple[Check, ...], float]]) -> list[dict[str, float]]:
        keys = sorted({key for checks, _ in batch for key, _ in checks})
        async with self._pool.acquire() as connection, connection.transaction():
            await connection.execute(LOCK_KEYS, keys)
            stamps = await stamps_in(connection, keys)
            verdicts = decide(batch, stamps)
            accepted = [checks for (checks, _), verdict in zip(batch, verdicts) if not verdict]
            if accepted:
                await write_stamps(connection, stamps, accepted)
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

