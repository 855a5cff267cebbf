"""Entries published in the staff console, stored on both engines: every version kept, the newest in
force, a publication on top of an older version refused, the stamp every process polls changes."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.storage import Store, open_store
from bot.storage.records import AuditEntry
from bot.storage.entry_edits import EDITS_DIR, EditConflict

NOW = dt.datetime(2026, 12, 4, 17, 0, tzinfo=dt.timezone.utc)


@pytest.fixture()
async def store(tmp_path: Path, database_url: str) -> AsyncIterator[Store]:
    opened = await open_store(tmp_path, database_url)
    yield opened
    await opened.close()


async def test_versions_are_kept_and_the_newest_is_in_force(store: Store, tmp_path: Path) -> None:
    assert await store.entry_edits() == {} and await store.entry_edits_stamp() == ""
    audit = AuditEntry(NOW.isoformat(), "Anna", "vellinge", "entry/vellinge", "entry_published", "0", "1")
    first = await store.save_entry_edit("vellinge", "id: vellinge\n", "Anna", NOW, 0, audit)
    stamp = await store.entry_edits_stamp()
    assert first.version == 1 and stamp
    second = await store.save_entry_edit("vellinge", "id: vellinge\nname: Vellinge\n", "Bo", NOW, 1)
    assert second.version == 2 and await store.entry_edits_stamp() != stamp
    current = await store.entry_edits()
    assert list(current) == ["vellinge"] and current["vellinge"].text.endswith("name: Vellinge\n")
    assert current["vellinge"].actor == "Bo" and current["vellinge"].at_datetime.startswith("2026-12-04T17:00")
    assert [v.version for v in await store.entry_versions("vellinge")] == [2, 1]
    assert [(a.actor, a.action) for a in await store.audit_entries("entry/vellinge")] == [("Anna", "entry_published")]
    if store.engine == "sqlite":  # files in the data dir, the bundled knowledge base untouched
        assert (tmp_path / EDITS_DIR / "vellinge" / "000002.yaml").read_text(encoding="utf-8").startswith("id:")


async def test_a_publication_on_an_older_version_is_refused(store: Store) -> None:
    await store.save_entry_edit("kavlinge", "a: 1\n", "Anna", NOW, 0)
    with pytest.raises(EditConflict):
        await store.save_entry_edit("kavlinge", "a: 2\n", "Bo", NOW, 0)
    assert [v.text for v in await store.entry_versions("kavlinge")] == ["a: 1\n"]


async def test_an_id_that_is_no_file_name_is_refused(store: Store) -> None:
    with pytest.raises(ValueError):
        await store.save_entry_edit("../etc", "a: 1\n", "Anna", NOW, 0)
