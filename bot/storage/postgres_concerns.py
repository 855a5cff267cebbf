"""The PostgreSQL store's concerns: committing them with their references and limits, the staff's
pages and statuses, hearing back about one, and following a kommun."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import AsyncIterator, Sequence
from typing import Any

from bot.storage.records import (CONCERN_COLUMNS, TABLES, AuditEntry, Concern, ConcernPage, ConcernQuery,
                                 LimitReached, Params, Submission, admitted, assign_references, checked_keys,
                                 concern_of, cursor_of, like_search, parse_cursor)
from bot.storage.records import (NEWS, OUTBOX_COLUMNS, SCRUBBED_AUDIT, Follow, OutboxRow, UpdateRequest,
                                 erasure_entries, outbox_row, status_effects)
from bot.storage.postgres_base import LOCK_KEYS, PostgresBase, stamps_in, write_stamps

logger = logging.getLogger(__name__)

AUDIT_INSERT = (f"INSERT INTO audit_log ({', '.join(TABLES['audit_log'])}) "
                f"VALUES ({', '.join(f'${n + 1}' for n in range(len(TABLES['audit_log'])))})")
_OUTBOX_INSERT = (f"INSERT INTO outbox ({', '.join(TABLES['outbox'])}) "
                  f"VALUES ({', '.join(f'${n + 1}' for n in range(len(TABLES['outbox'])))})")


class PostgresParams(Params):
    def __call__(self, value: Any) -> str:
        self.values.append(value)
        return f"${len(self.values)}"

    def any_of(self, column: str, values: frozenset[str]) -> str:
        return f"{column} = ANY({self(sorted(values))})"

    def text_search(self, words: str) -> str:
        # ILIKE folds every letter; the trigram indexes (when pg_trgm is there) answer it.
        return like_search(self, words, "ILIKE", fold_first=False)


class PostgresConcerns(PostgresBase):
    """Residents' concerns and what staff do with them."""

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
                await connection.execute(LOCK_KEYS, rate_keys)
            stamps = await stamps_in(connection, rate_keys) if rate_keys else {}
            verdicts = admitted(batch, claimed, stamps)
            counted = [item.checks for item, verdict in zip(batch, verdicts) if verdict == {}]
            if counted:
                await write_stamps(connection, stamps, counted)
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
                    await connection.executemany(AUDIT_INSERT, [entry.row(epoch)
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
            await connection.executemany(AUDIT_INSERT, audits)
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
        await self._pool.execute(AUDIT_INSERT, *entry.row(epoch))

    async def audit_entries(self, reference: str) -> list[AuditEntry]:
        rows = await self._pool.fetch("SELECT at_datetime, actor, municipality, reference, action, old, new, note "
                                      "FROM audit_log WHERE reference = $1 ORDER BY at_epoch, id", reference)
        return [AuditEntry(*row) for row in rows]

