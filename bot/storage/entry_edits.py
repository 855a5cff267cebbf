"""Municipality entries as staff publish them in the console: each published version kept, the newest
one in force. The bundled knowledge base is never written; these take the place of its files.

For SQLite they are files in the data dir, one folder per entry and one YAML file per version,
which `trygghetsbot knowledge export` copies out in the knowledge base's own format. PostgreSQL keeps
them in the `entry_edits` table (bot/storage/postgres.py), so every process sees each publication.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

from bot import files
from bot.errors import TrygghetsbotError

EDITS_DIR = "knowledge-edits"  # in the data dir, for SQLite
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,80}$")
_VERSION_FILE = re.compile(r"^(\d{6})\.yaml$")


class EditConflict(TrygghetsbotError):
    """Someone else published the entry since it was opened: the edit was made on an older version."""


@dataclass(frozen=True)
class EntryEdit:
    """One published version of a municipality's entry: the whole file's YAML, who and when."""

    municipality_id: str
    version: int
    text: str
    actor: str
    at_datetime: str


def check_id(municipality_id: str) -> str:
    """An entry id is a file name here: lower-case letters, digits and hyphens only."""
    if not _ID.match(municipality_id):
        raise ValueError(f"not an entry id: {municipality_id!r}")
    return municipality_id


class EntryFiles:
    """The SQLite engine's published entries: `<data dir>/knowledge-edits/<id>/<version>.yaml`, with
    who published it and when beside it in `<version>.json`. One process writes (SQLite's rule)."""

    def __init__(self, data_dir: Path) -> None:
        self.root = data_dir / EDITS_DIR
        self._lock = asyncio.Lock()

    def _versions(self, municipality_id: str) -> list[int]:
        folder = self.root / municipality_id
        if not folder.is_dir():
            return []
        return sorted(int(m[1]) for p in folder.iterdir() if (m := _VERSION_FILE.match(p.name)))

    def _read(self, municipality_id: str, version: int) -> EntryEdit:
        base = self.root / municipality_id / f"{version:06d}"
        text = base.with_suffix(".yaml").read_text(encoding="utf-8")
        try:
            meta = json.loads(base.with_suffix(".json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            meta = {}
        return EntryEdit(municipality_id, version, text, str(meta.get("actor", "")), str(meta.get("at", "")))

    def _current(self) -> dict[str, EntryEdit]:
        if not self.root.is_dir():
            return {}
        current = {}
        for folder in sorted(self.root.iterdir()):
            if folder.is_dir() and _ID.match(folder.name):
                versions = self._versions(folder.name)
                if versions:
                    current[folder.name] = self._read(folder.name, versions[-1])
        return current

    def _stamp(self) -> str:
        if not self.root.is_dir():
            return ""
        return ";".join(f"{folder.name}:{max(self._versions(folder.name), default=0)}"
                        for folder in sorted(self.root.iterdir()) if folder.is_dir())

    def _save(self, municipality_id: str, text: str, actor: str, now: dt.datetime, expected: int) -> EntryEdit:
        versions = self._versions(municipality_id)
        latest = versions[-1] if versions else 0
        if latest != expected:
            raise EditConflict(f"{municipality_id} is at version {latest}, not {expected}")
        folder = files.private_dir(files.private_dir(self.root) / municipality_id)
        version = latest + 1
        stamp = now.isoformat(timespec="seconds")
        base = folder / f"{version:06d}"
        with files.replaced_atomically(base.with_suffix(".json")) as partial:
            partial.write_text(json.dumps({"actor": actor, "at": stamp}, ensure_ascii=False), encoding="utf-8")
        # The YAML last: a version counts once its file is there, and then who and when are there too.
        with files.replaced_atomically(base.with_suffix(".yaml")) as partial:
            partial.write_text(text, encoding="utf-8")
        return EntryEdit(municipality_id, version, text, actor, stamp)

    async def current(self) -> dict[str, EntryEdit]:
        return await asyncio.to_thread(self._current)

    async def versions(self, municipality_id: str) -> list[EntryEdit]:
        check_id(municipality_id)

        def read() -> list[EntryEdit]:
            return [self._read(municipality_id, v) for v in reversed(self._versions(municipality_id))]

        return await asyncio.to_thread(read)

    async def stamp(self) -> str:
        return await asyncio.to_thread(self._stamp)

    async def save(self, municipality_id: str, text: str, actor: str, now: dt.datetime, expected: int) -> EntryEdit:
        check_id(municipality_id)
        async with self._lock:
            return await asyncio.to_thread(self._save, municipality_id, text, actor, now, expected)
