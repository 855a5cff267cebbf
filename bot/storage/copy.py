"""Copying a whole store into another (SQLite into PostgreSQL), verified by counts and checksums.

Rows are written in chunks, table by table; a row whose key is already in the target is skipped, so
a copy that stopped can be run again and goes on where it was. Tables without a key of their own
(the unanswered-question log, the audit log) are copied again from the start when incomplete.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from bot.errors import TrygghetsbotError
from bot.storage.base import Store
from bot.storage.records import KEYLESS, TABLES


class CopyRefused(TrygghetsbotError):
    """The target already holds data and the copy was not told to resume."""


@dataclass(frozen=True)
class TableCopy:
    table: str
    source_rows: int
    copied: int
    checksum: str


async def checksum(store: Store, table: str) -> tuple[int, str]:
    """Row count and a digest of the rows in a canonical order, comparable across engines."""
    rows = sorted([_canonical(row) async for chunk in store.table_rows(table) for row in chunk])
    digest = hashlib.sha256()
    for row in rows:
        digest.update(row.encode("utf-8"))
        digest.update(b"\n")
    return len(rows), digest.hexdigest()


def _canonical(row: tuple[object, ...]) -> str:
    return "\x1f".join("" if value is None else repr(float(value)) if isinstance(value, float) else str(value)
                       for value in row)


async def copy_store(source: Store, target: Store, resume: bool = False,
                     progress: Callable[[str], object] = lambda line: None) -> list[TableCopy]:
    if not resume:
        filled = [table for table in TABLES if await target.count_rows(table)]
        if filled:
            raise CopyRefused(f"the target database already holds data ({', '.join(filled)}); give --resume to "
                              "continue a copy that stopped, or start from an empty database")
    report = []
    for table in TABLES:
        copied = 0
        if table in KEYLESS and await checksum(target, table) == await checksum(source, table):
            pass  # copied whole before
        else:
            if table in KEYLESS:
                await target.delete_rows(table)  # no key to skip by: start the table again
            async for chunk in source.table_rows(table):
                copied += await target.insert_rows(table, chunk)
        count, digest = await checksum(source, table)
        target_count, target_digest = await checksum(target, table)
        if (count, digest) != (target_count, target_digest):
            raise TrygghetsbotError(f"{table}: the copy does not match ({count} rows in the source, "
                                    f"{target_count} in the target); run again with --resume")
        progress(f"{table}: {count} row(s), {copied} copied now, checksum {digest[:12]} matches")
        report.append(TableCopy(table, count, copied, digest))
    return report
