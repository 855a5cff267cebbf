"""The SQLite store's concerns: committing them with their references and limits, the staff's
pages and statuses, hearing back about one, and following a kommun."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import AsyncIterator, Sequence
from typing import Any

from bot.storage.records import (CONCERN_COLUMNS, TABLES, AuditEntry, Concern, ConcernPage, ConcernQuery,
                                 LimitReached, Params, Submission, admitted, assign_references, checked_keys,
                                 concern_of, cursor_of, like_search, parse_cursor)
from bot.storage.records import (NEWS, OUTBOX_COLUMNS, SCRUBBED_AUDIT, Follow, OutboxRow, UpdateRequest,
                                 erasure_entries, outbox_row, status_effects)
from bot.storage.sqlite_base import SQLiteBase

_AUDIT_INSERT = (f"INSERT INTO audit_log ({', '.join(TABLES['audit_log'])}) "
                 f"VALUES ({', '.join('?' * len(TABLES['audit_log']))})")
_SCRUB_AUDIT = f"UPDATE audit_log SET {SCRUBBED_AUDIT} WHERE reference = ?"
_OUTBOX_INSERT = (f"INSERT INTO outbox ({', '.join(TABLES['outbox'])}) "
                  f"VALUES ({', '.join('?' * len(TABLES['outbox']))})")


class SQLiteParams(Params):
    def __call__(self, value: Any) -> str:
        self.values.append(value)
        return "?"

    def any_of(self, column: str, values: frozenset[str]) -> str:
        return f"{column} IN ({', '.join(self(v) for v in sorted(values))})"

    def text_search(self, words: str) -> str:
        return like_search(self, words)


class SQLiteConcerns(SQLiteBase):
    """Residents' concerns and what staff do with them."""

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

