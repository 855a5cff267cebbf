"""Exports and the lägesbild built in worker processes (issue 35, item 4): the same files as built
in-process, on SQLite and PostgreSQL; at most so many at once, the rest told 503 with Retry-After;
a digest's period at most five years; the workers gone when the services close."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.concerns.desk import ConcernDesk
from bot.settings import Settings
from bot.staff import FORMATS, Filters, StaffDesk, StaffInputError, digest, export
from handlers.services import Services
from handlers.workers import Workers
from tests.test_digest import ADMIN, SARA, desk, put, seed  # noqa: F401 - the desk fixture
from tests.test_web_staff import Console, console, signed_in  # noqa: F401 - the console fixture

HERE = os.getpid()


def _sleep(seconds: float) -> int:
    """A job that holds its worker (module level: the worker imports it by name)."""
    time.sleep(seconds)
    return os.getpid()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _gone(pid: int, seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    return not _alive(pid)


@pytest.fixture()
async def workers() -> AsyncIterator[Workers]:
    pool = Workers(processes=1)
    yield pool
    await pool.close()


def _docx_text(path: Path) -> list[str]:
    from docx import Document  # noqa: PLC0415

    document = Document(str(path))
    return [p.text for p in document.paragraphs] + \
        [cell.text for table in document.tables for row in table.rows for cell in row.cells]


async def test_exports_built_by_a_worker_are_the_ones_built_here(desk: ConcernDesk, workers: Workers,
                                                                 tmp_path: Path) -> None:
    await seed(desk)
    await put(desk, 20, "=1+1 och @SUM(A1) vid -torget, \"citat\" och ;semikolon", place="+46 Torget")
    staff = StaffDesk(Settings(), desk)
    for fmt in FORMATS:
        staff.offload = None
        here = await staff.export_filtered(ADMIN, Filters(), fmt, tmp_path / f"here.{fmt}")
        staff.offload = workers.run
        there = await staff.export_filtered(ADMIN, Filters(), fmt, tmp_path / f"there.{fmt}")
        assert here == there == 13, fmt
        if fmt == "xlsx":  # the workbook carries the time it was written; its cells are compared
            assert export.read_xlsx(tmp_path / "there.xlsx") == export.read_xlsx(tmp_path / "here.xlsx")
        else:
            assert (tmp_path / f"there.{fmt}").read_bytes() == (tmp_path / f"here.{fmt}").read_bytes(), fmt
    assert workers.completed == len(FORMATS)


async def test_a_digest_built_by_a_worker_is_the_one_built_here(desk: ConcernDesk, workers: Workers,
                                                                tmp_path: Path) -> None:
    await seed(desk)
    # A second concern at the bus station: two places with coordinates, so the digest has a map.
    await put(desk, 12, "Narkotika säljs vid busstationen igen.", code="droger", name="Droger", place="Busstationen",
              at=(56.0601, 14.6001))
    staff = StaffDesk(Settings(), desk)
    here = await digest.build(staff, SARA, "solvesborg")
    assert here.has_map
    for fmt in digest.FORMATS:
        await digest.write(staff, SARA, "solvesborg", tmp_path / f"here.{fmt}")
    chart_here = await digest.image(staff, SARA, "solvesborg", "chart")
    staff.offload = workers.run
    there = await digest.build(staff, SARA, "solvesborg")
    assert there == here and there.total == 10
    for fmt in digest.FORMATS:
        await digest.write(staff, SARA, "solvesborg", tmp_path / f"there.{fmt}")
    assert _docx_text(tmp_path / "there.docx") == _docx_text(tmp_path / "here.docx")
    assert (tmp_path / "there.md").read_text(encoding="utf-8") == \
        (tmp_path / "here.md").read_text(encoding="utf-8").replace("here-", "there-")
    assert (tmp_path / "there.html").read_bytes() == (tmp_path / "here.html").read_bytes()
    assert (tmp_path / "there-karta.png").read_bytes() == (tmp_path / "here-karta.png").read_bytes()
    assert await digest.image(staff, SARA, "solvesborg", "chart") == chart_here
    assert await digest.image(staff, SARA, "solvesborg", "map") == (tmp_path / "here-karta.png").read_bytes()
    assert workers.completed == 1 + len(digest.FORMATS) + 2
    audit = [a.action for a in await desk.db.audit_entries("")]
    assert audit == ["lagesbild"] * 2 * len(digest.FORMATS)  # the parent keeps the audit log, once each


async def test_a_digest_covers_at_most_five_years(desk: ConcernDesk, tmp_path: Path) -> None:
    staff = StaffDesk(Settings(), desk)
    made = await digest.build(staff, SARA, "solvesborg", dt.date(2020, 1, 1), dt.date(2024, 12, 31))
    assert made.period.days == 5 * 365 + 2
    for since, until, earliest in ((dt.date(2020, 1, 1), dt.date(2025, 1, 1), "2020-01-02"),
                                   (dt.date(2000, 1, 1), None, "2021-11-21"),
                                   (dt.date(2020, 2, 29), dt.date(2025, 3, 1), "2020-03-02")):
        with pytest.raises(StaffInputError) as refused:
            await digest.write(staff, SARA, "solvesborg", tmp_path / "long.docx", since=since, until=until)
        assert str(refused.value).startswith("En lägesbild kan omfatta högst 5 år. Välj en kortare period, "
                                             f"till exempel från {earliest} till ")
    assert not (tmp_path / "long.docx").exists()
    assert await desk.db.audit_entries("") == []


async def test_the_console_says_why_a_long_period_is_refused(console: Console) -> None:  # noqa: F811
    await signed_in(console)
    query = "kommun=solvesborg&fran=2015-01-01&till=2026-01-01"
    for path in ("/staff/lagesbild", "/staff/lagesbild.docx", "/staff/lagesbild.png", "/staff/lagesbild-karta.png"):
        response = await console.http.get(f"{path}?{query}")
        assert response.status_code == 400, path
        assert "En lägesbild kan omfatta högst 5 år" in response.text, path
    page = await console.http.get("/staff/lagesbild?kommun=solvesborg&fran=2022-01-01&till=2026-11-20")
    assert page.status_code == 200 and "Sammanfattning" in page.text


async def test_a_download_beyond_the_workers_waits_then_is_told_to_come_back(console: Console) -> None:  # noqa: F811
    await signed_in(console)
    busy = Workers(processes=1, at_once=1, wait_seconds=0.5)
    console.services.staff.offload = busy.run
    try:
        holding = asyncio.ensure_future(busy.run(_sleep, 3))
        await asyncio.sleep(0.1)
        for path in ("/staff/export.xlsx", "/staff/lagesbild.docx?kommun=solvesborg", "/staff/lagesbild"):
            response = await console.http.get(path)
            assert response.status_code == 503, path
            assert response.headers["retry-after"] == "30", path
            assert "Många nedladdningar tas fram just nu" in response.text
        assert await holding != HERE
        response = await console.http.get("/staff/export.xlsx")  # a worker is free again
        assert response.status_code == 200 and response.content[:2] == b"PK"
    finally:
        await busy.close()


async def test_at_most_at_once_jobs_run_even_when_their_requests_are_cancelled() -> None:
    pool = Workers(processes=2, at_once=1, wait_seconds=30)
    try:
        first = asyncio.ensure_future(pool.run(_sleep, 1.5))
        await asyncio.sleep(0.5)
        first.cancel()  # the request went away; its job still runs in the worker
        started = time.monotonic()
        await pool.run(_sleep, 0)
        assert time.monotonic() - started > 0.5  # it waited for the cancelled request's job to end
    finally:
        await pool.close()


async def test_the_workers_run_elsewhere_and_are_gone_after_shutdown(tmp_path: Path) -> None:
    services = Services()
    await services.open(Settings(data_dir=tmp_path / "data"))
    pool = services.workers
    worker = await pool.run(os.getpid)
    assert worker != HERE
    running = asyncio.ensure_future(pool.run(_sleep, 60))  # still building when the server stops
    await asyncio.sleep(0.5)
    started = time.monotonic()
    await services.close()
    assert time.monotonic() - started < 15
    assert pool.closed and _gone(worker)
    with pytest.raises(BaseException):  # noqa: B017 - ended with its process, however the pool says so
        await running
    with pytest.raises(RuntimeError):
        await pool.run(os.getpid)


async def test_a_worker_that_dies_fails_its_download_and_the_next_one_gets_new_workers() -> None:
    from concurrent.futures.process import BrokenProcessPool  # noqa: PLC0415

    pool = Workers(processes=1)
    try:
        with pytest.raises(BrokenProcessPool):
            await pool.run(os._exit, 1)  # as a worker killed for its memory would
        assert await pool.run(os.getpid) != HERE
    finally:
        await pool.close()
