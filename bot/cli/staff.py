"""The staff's commands on the bot's own machine: `purge`, `db`, `export`, `report`, `lagesbild`,
`unanswered`, `staff`."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from bot import files
from bot.concerns.desk import ConcernDesk
from bot.errors import TrygghetsbotError
from bot.settings import StaffMember
from bot.staff import FORMATS, ExportRequest, StaffDesk
from bot.staff.desk import within_range
from bot.storage import open_store
from bot.storage.copy import copy_store



def cmd_purge(args: argparse.Namespace, out: TextIO) -> int:
    settings = load_settings(args)
    months = settings.retention_months if args.months is None else args.months
    if months <= 0:
        raise TrygghetsbotError("--months must be positive")

    async def purge() -> tuple[int, int]:
        desk = await ConcernDesk.from_settings(settings, build_engine(args.knowledge), retention_months=months)
        try:
            return await desk.purge()
        finally:
            await desk.close()

    concerns, sessions = asyncio.run(purge())
    out.write(f"Deleted {concerns} concern(s) older than {months} months and {sessions} abandoned "
              f"conversation(s) from {settings.data_dir}.\n")
    return 0


async def _with_staff_desk(args: argparse.Namespace, work: Callable[[StaffDesk], Any]) -> Any:
    settings = load_settings(args)
    desk = await ConcernDesk.from_settings(settings, build_engine(args.knowledge))
    try:
        return await work(StaffDesk(settings, desk))
    finally:
        await desk.close()


# The command line runs on the bot's own machine: whoever can run it can read the database anyway.
from bot.cli.services import build_engine, load_settings
ADMIN = StaffMember(0, None, "command line")


def _date(value: str | None, flag: str) -> dt.date | None:
    if value is None:
        return None
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise TrygghetsbotError(f"{flag} must be a date (YYYY-MM-DD), got {value!r}") from None
    return within_range(day)


def cmd_db(args: argparse.Namespace, out: TextIO) -> int:
    """`db migrate-to URL`: copy this deployment's store (SQLite by default) into PostgreSQL."""
    settings = load_settings(args)
    if not args.url.startswith(("postgresql://", "postgres://")):
        raise TrygghetsbotError("db migrate-to needs a postgresql:// URL")
    if args.url == settings.database_url:
        raise TrygghetsbotError("the target is the database this deployment already uses")

    async def work() -> None:
        source = await open_store(settings.data_dir, settings.database_url)
        try:
            target = await open_store(settings.data_dir, args.url)
            try:
                await copy_store(source, target, resume=args.resume, progress=lambda line: out.write(line + "\n"))
            finally:
                await target.close()
        finally:
            await source.close()

    asyncio.run(work())
    out.write(f"Copied and verified. Set TRYGGHETSBOT_DATABASE_URL (database_url) to use it; keep "
              f"TRYGGHETSBOT_RESIDENT_HASH_KEY the same as the key in {settings.data_dir}.\n")
    return 0


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    since, until = _date(args.since, "--since"), _date(args.until, "--until")
    if since and until and until < since:
        raise TrygghetsbotError("--until is before --since")
    named = Path(args.output).name.lower() if args.output else ""
    # From the name: "x.open311.csv" is the Open311 CSV, any other ".csv" the Swedish one.
    fmt = args.format or next((f for f in sorted(FORMATS, key=len, reverse=True) if named.endswith("." + f)), "")
    if fmt not in FORMATS:
        raise TrygghetsbotError(f"--format must be one of: {', '.join(FORMATS)}")

    async def work(staff: StaffDesk) -> tuple[int, str]:
        municipality = staff.municipality(ADMIN, args.kommun)
        count = await staff.export_to(Path(args.output), ExportRequest(municipality, since, until, fmt))
        return count, staff.desk.engine.places.kommuner[municipality].name

    count, name = asyncio.run(_with_staff_desk(args, work))
    out.write(f"Exported {count} concern(s) for {name} to {args.output} ({fmt}).\n")
    return 0


def cmd_report(args: argparse.Namespace, out: TextIO) -> int:
    async def work(staff: StaffDesk) -> str:
        municipality = staff.municipality(ADMIN, args.kommun)
        fmt = "svg" if args.output.lower().endswith(".svg") else "png"
        chart, summary = await staff.statistics(ADMIN, municipality, fmt)
        with files.replaced_atomically(Path(args.output)) as partial:
            partial.write_bytes(chart)
        return summary

    summary = asyncio.run(_with_staff_desk(args, work))
    out.write(f"{summary}\nChart written to {args.output}.\n")
    return 0


def cmd_lagesbild(args: argparse.Namespace, out: TextIO) -> int:
    """The lägesbild digest of one municipality as .docx, .html or .md (bot/staff/digest/)."""
    from bot.staff import digest  # noqa: PLC0415 - python-docx and matplotlib only for this command

    since, until = _date(args.since, "--from"), _date(args.until, "--to")
    if since and until and until < since:
        raise TrygghetsbotError("--to is before --from")
    fmt = Path(args.output).suffix.lstrip(".").lower()
    if fmt not in digest.FORMATS:
        raise TrygghetsbotError(f"the file must end in one of: {', '.join('.' + f for f in digest.FORMATS)}")

    async def work(staff: StaffDesk) -> digest.Digest:
        return await digest.write(staff, ADMIN, staff.municipality(ADMIN, args.kommun), Path(args.output), fmt,
                                  since, until)

    made = asyncio.run(_with_staff_desk(args, work))
    # Operator output is English like every other command's; the period is the digest's own label.
    out.write(f"Wrote the lägesbild for {made.name} ({made.period.label()}, {made.total} "
              f"{'concern' if made.total == 1 else 'concerns'}) to {args.output}.\n")
    return 0


def cmd_unanswered(args: argparse.Namespace, out: TextIO) -> int:
    async def work(staff: StaffDesk) -> list[tuple[str, int, str | None, str]]:
        scope = frozenset({staff.municipality(ADMIN, args.kommun)}) if args.kommun else None
        return await staff.desk.db.unanswered(scope, limit=args.limit)

    rows = asyncio.run(_with_staff_desk(args, work))
    if not rows:
        out.write("No unanswered questions.\n")
        return 0
    for text, count, municipality, last in rows:
        out.write(f"{count:>4}  {text}  [{municipality or '-'}, last {last[:10]}]\n")
    return 0


def cmd_staff(args: argparse.Namespace, out: TextIO, read_line: Callable[[], str]) -> int:
    """`staff hash-password`: a password from standard input (not echoed at a terminal), its
    argon2id hash on standard output, for a staff entry's password_hash."""
    from bot.staff.accounts import MAX_PASSWORD, hash_password  # noqa: PLC0415 - argon2 only for this command

    if sys.stdin.isatty() and read_line is sys.stdin.readline:
        import getpass  # noqa: PLC0415

        password = getpass.getpass("Lösenord: ")
        if getpass.getpass("Samma lösenord igen: ") != password:
            raise TrygghetsbotError("the passwords differ")
    else:
        password = read_line().rstrip("\r\n")
    if len(password) < 12:
        raise TrygghetsbotError("a staff password must be at least 12 characters")
    if len(password) > MAX_PASSWORD:
        raise TrygghetsbotError(f"a staff password must be at most {MAX_PASSWORD} characters")
    out.write(hash_password(password) + "\n")
    return 0
