"""Erasure and files (issue 35, item 8): after /radera the audit log keeps that staff acted and that
an erasure happened, but neither the concern's reference nor the staff's note; SQLite's files
(database, -wal, -shm) hold none of the erased text, reference or note, PostgreSQL's table pages
none after the erasure's VACUUM; and the bot's own files are readable by its user only. On SQLite
and PostgreSQL."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import pytest

from bot.concerns.desk import ConcernDesk
from bot.concerns.privacy import ResidentHasher
from bot.answering.engine import Engine
from bot.settings import Settings, StaffMember
from bot.staff import StaffDesk
from bot.storage import DATABASE_FILE
from handlers.telegram.persistence import HashedChatPersistence
from handlers.services import Services
from handlers.web import chat
from handlers.web.app import create_app
from tests.pg import _bin

KEY = "issue-35-resident-key-" + "k" * 20
CONVERSATION = "erasing-resident-conversation-01"
DESCRIPTION = "Fjällripornas gångtunnel är mörk och otrygg varje kväll"
NOTE = "Kungsörnsgruppen har bokat en ny armatur"
ADMIN = StaffMember(None, None, "Alla Admin", "admin")


@pytest.fixture()
async def resident(tmp_path: Path, database_url: str) -> AsyncIterator[tuple[httpx.AsyncClient, Services]]:
    services = Services()
    await services.open(Settings(data_dir=tmp_path / "data", database_url=database_url, resident_hash_key=KEY,
                                 web_requests_per_minute=1000, staff=(ADMIN,)))
    app = create_app(services, chat.routes(services))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as http:
        yield http, services
    await services.close()


async def post(http: httpx.AsyncClient, **body: Any) -> dict[str, Any]:
    response = await http.post("/api/chat", json={"conversation": CONVERSATION, **body})
    assert response.status_code == 200, response.text
    output: dict[str, Any] = response.json()["outputs"][0]
    return output


async def send_concern(http: httpx.AsyncClient) -> str:
    prompt = await post(http, text="/synpunkt")
    answers: dict[str, dict[str, Any]] = {
        "municipality": {"choice": "solvesborg"}, "place": {"text": "Fjällripegatan 3"},
        "description": {"text": DESCRIPTION}, "contact_wanted": {"choice": "no"}}
    for _ in range(10):
        step = prompt["step"]
        if step == "summary":
            break
        body = answers.get(step) or {"choice": prompt["choices"][0]["id"]}
        prompt = await post(http, **body)
    receipt = await post(http, choice="send")
    assert receipt["kind"] == "receipt"
    return str(receipt["reference"])


async def test_an_erasure_keeps_neither_reference_nor_note_in_the_audit_log(
        resident: tuple[httpx.AsyncClient, Services], tmp_path: Path, database_url: str) -> None:
    http, services = resident
    reference = await send_concern(http)
    # The resident asked to hear back (#34): the outbox then holds the notes too, until the erasure.
    assert (await post(http, choice=f"updates-yes:{reference}"))["kind"] == "updates"
    staff = StaffDesk(services.settings, services.desk)
    await staff.change_status(ADMIN, reference, "in_progress", NOTE)
    await staff.change_status(ADMIN, reference, "closed", NOTE + " och satt upp den")
    assert len(await services.desk.db.audit_entries(reference)) == 2
    assert len(await services.desk.db.outbox_of(reference)) == 2
    assert (await post(http, text="/radera"))["step"] == "delete"
    assert "1 synpunkt" in (await post(http, choice="delete-yes"))["text"]
    assert await services.desk.db.concern(reference) is None
    assert await services.desk.db.audit_entries(reference) == []
    assert await services.desk.db.update_request(reference) is None and await services.desk.db.outbox_of(reference) == []
    kept = await services.desk.db.audit_entries("")
    # That staff acted stays (who, which municipality, which status), and that an erasure happened.
    assert [(e.actor, e.municipality, e.action, e.new, e.note) for e in kept] == [
        ("Alla Admin", "solvesborg", "status", "in_progress", ""), ("Alla Admin", "solvesborg", "status", "closed", ""),
        ("invånare", "solvesborg", "erased", "", "1 synpunkt(er) raderade på invånarens begäran")]
    await services.desk.flush()
    leaked = [needle for needle in (DESCRIPTION, NOTE, reference, "Fjällripegatan")
              if needle.encode() in await everything_stored(tmp_path / "data", database_url)]
    assert leaked == []


async def everything_stored(data_dir: Path, database_url: str) -> bytes:
    """SQLite: every file of the data dir, free pages and the write-ahead log included. PostgreSQL:
    a full dump, and every tuple the pages of the tables that held the text still hold, dead ones
    included (VACUUM frees a deleted one's space; its bytes may stay until overwritten, as in any
    file system)."""
    if not database_url:
        return b"".join(path.read_bytes() for path in data_dir.rglob("*") if path.is_file())
    pg_dump = _bin("pg_dump")
    assert pg_dump
    stored = subprocess.run([pg_dump, "--no-owner", database_url], check=True, capture_output=True).stdout
    connection = await asyncpg.connect(database_url)
    try:
        await connection.execute("CREATE EXTENSION IF NOT EXISTS pageinspect")
        for table in ("concerns", "audit_log", "intake_sessions", "update_requests", "outbox", "follows"):
            pages = await connection.fetchval(f"SELECT pg_relation_size('{table}') / current_setting('block_size')::int")
            for number in range(int(pages)):
                rows = await connection.fetch("SELECT t_data FROM heap_page_items(get_raw_page($1, $2)) "
                                              "WHERE t_data IS NOT NULL", table, number)
                stored += b"".join(bytes(row[0]) for row in rows)
    finally:
        await connection.close()
    return stored


# -- modes ------------------------------------------------------------------------------------------


@pytest.fixture()
def open_umask() -> Iterator[None]:
    """As on a default system: files world-readable unless the program says otherwise."""
    before = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(before)


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


async def test_the_data_dir_and_the_database_files_are_private(tmp_path: Path, engine: Engine,
                                                               open_umask: None) -> None:
    data_dir = tmp_path / "data"
    desk = await ConcernDesk.open(data_dir, engine)
    try:
        await desk.start("web", "r1", "solvesborg", "sv")
        await desk.flush()
        database = data_dir / DATABASE_FILE
        assert {p.name for p in data_dir.iterdir()} >= {DATABASE_FILE, DATABASE_FILE + "-wal", DATABASE_FILE + "-shm",
                                                        "resident.key"}
        assert mode(data_dir) == 0o700
        for path in data_dir.iterdir():
            assert mode(path) == 0o600, path.name
    finally:
        await desk.close()
    persistence = HashedChatPersistence(data_dir / "telegram_chats.pickle", ResidentHasher.from_data_dir(data_dir))
    persistence._write({})  # noqa: SLF001 - as on the first save
    assert mode(data_dir / "telegram_chats.pickle") == 0o600


async def test_database_files_an_older_version_left_readable_become_private(tmp_path: Path, engine: Engine,
                                                                            open_umask: None) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir(mode=0o755)
    with sqlite3.connect(data_dir / DATABASE_FILE) as connection:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("CREATE TABLE t (x)")
    for path in data_dir.iterdir():
        os.chmod(path, 0o644)
    desk = await ConcernDesk.open(data_dir, engine)
    await desk.close()
    for path in data_dir.iterdir():
        assert mode(path) == 0o600, path.name
    assert mode(data_dir) == 0o755  # the operator's folder keeps the modes they gave it
