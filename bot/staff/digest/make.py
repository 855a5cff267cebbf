"""Reading the store for a digest and writing it: the staff desk's access rules and audit log, the
period chosen and capped, the work done in a worker process when the desk has one."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot import files
from bot.answering.knowledge import Municipality
from bot.answering.places import Places
from bot.concerns.survey_figures import SurveyReport
from bot.settings import StaffMember
from bot.staff import jobs
from bot.staff.desk import StaffDesk, StaffInputError
from bot.staff.digest.word import write_docx
from bot.staff.digest.gather import DigestBuilder, DigestCounts, assemble
from bot.staff.digest.markup import chart_path, map_path, write_html, write_md
from bot.staff.digest.model import FORMATS, MAX_YEARS, Digest, Period
from bot.storage import Concern, Store
from bot.storage.records import AuditEntry
from bot.text import count, swedish_key


@dataclass(frozen=True)
class DigestRequest:
    """What a digest is built from besides the concerns: plain data a worker process can be sent."""

    municipality: Municipality
    period: Period
    made: dt.datetime
    unanswered: list[tuple[str, int, str | None, str]]
    survey: SurveyReport | None
    # Every kommun, locality and district name of the knowledge base (folded): never a theme.
    place_names: tuple[str, ...] = ()
    # This kommun's localities and districts as written: names for places pinned without one.
    localities: tuple[str, ...] = ()


def known_places(places: Places, municipality: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The place names of the knowledge base (folded, for the themes) and the municipality's own
    localities and districts (as written, for the places)."""
    own = sorted({n.written for same in places.names.values() for n in same
                  if n.kommun.id == municipality and n.kind in ("locality", "district")}, key=swedish_key)
    return tuple(sorted(places.names)), tuple(own)


async def prepare(staff: StaffDesk, member: StaffMember, municipality: str, since: dt.date | None = None,
                  until: dt.date | None = None, survey: SurveyReport | None = None) -> DigestRequest:
    """The request for a municipality the member may see (AccessDenied, audited, otherwise) over a
    period of at most MAX_YEARS; the small reads (unanswered questions, the survey) done here."""
    known = staff.desk.engine.places.municipality(municipality)  # with an agreement's entry or without
    if known is None:
        raise StaffInputError(f"Okänd kommun: {municipality[:40]}")
    if not member.may_see(municipality):
        raise await staff.audit_denied(member, municipality, "")
    period = capped(period_of(staff.desk.now().date(), since, until))
    unanswered = await staff.desk.db.unanswered(frozenset({municipality}), limit=200)
    if survey is None:
        survey = await _survey(staff, municipality, period)
    place_names, localities = known_places(staff.desk.engine.places, municipality)
    return DigestRequest(known, period, staff.desk.now(), unanswered, survey, place_names, localities)


async def compose(store: Store, request: DigestRequest) -> Digest:
    """The digest: the period's concerns and the period before's, read from `store` in one pass each."""
    builder = DigestBuilder(request.municipality, request.period, request.place_names, request.localities)
    await _feed(store.matching_chunks(request.period.query(request.municipality.id)), builder.add)
    before = DigestCounts()
    await _feed(store.matching_chunks(request.period.previous().query(request.municipality.id)), before.add)
    digest = assemble(builder, before, request.made, request.unanswered, request.survey)
    # Issue #34: how many of the period's concerns were answered to their resident.
    digest.answered = await store.answered_counts(request.period.query(request.municipality.id))
    digest.notes.insert(2, f"Besked: {count(digest.answered, 'synpunkt', 'synpunkter')} av {digest.total} fick ett "
                           "besked till invånaren om ny status eller en notering (till dem som bett om besked).")
    return digest


async def build(staff: StaffDesk, member: StaffMember, municipality: str, since: dt.date | None = None,
                until: dt.date | None = None, survey: SurveyReport | None = None) -> Digest:
    """The digest of a municipality the member may see; AccessDenied (audited) otherwise. Built by
    the staff desk's worker process when it has one."""
    request = await prepare(staff, member, municipality, since, until, survey)
    if staff.offload is None:
        return await compose(staff.desk.db, request)
    made: Digest = await staff.offload(jobs.digest_of, jobs.Source.of(staff.desk.db), request)
    return made


async def image(staff: StaffDesk, member: StaffMember, municipality: str, which: str, since: dt.date | None = None,
                until: dt.date | None = None) -> bytes | None:
    """The digest's chart ("chart") or map ("map") as PNG; None when no place has coordinates."""
    request = await prepare(staff, member, municipality, since, until)
    if staff.offload is None:
        made = await compose(staff.desk.db, request)
        return made.chart() if which == "chart" else made.map()
    drawn: bytes | None = await staff.offload(jobs.digest_image, jobs.Source.of(staff.desk.db), request, which)
    return drawn


async def _survey(staff: StaffDesk, municipality: str, period: Period) -> SurveyReport | None:
    from bot.concerns import survey_figures  # noqa: PLC0415 - the survey is optional for a store

    muni = staff.desk.engine.places.municipality(municipality)
    if muni is None:
        return None
    return await survey_figures.report(staff.desk.db, muni, period.since, period.until, staff.desk.now().date())


async def _feed(chunks: AsyncIterator[list[Concern]], add: Any) -> None:
    async for chunk in chunks:
        add(chunk)


def period_of(today: dt.date, since: dt.date | None, until: dt.date | None) -> Period:
    """The chosen period; the last 12 months by default."""
    if since and until and until < since:
        raise StaffInputError("Till-datumet är före från-datumet.")
    if since and until is None and since > today:  # the period would run from it back to today
        raise StaffInputError("Från-datumet ligger efter dagens datum.")
    if since is None and until is None:
        return Period.default(today)
    if since is None:
        assert until is not None
        return Period(Period.default(until).since, until)
    return Period(since, until or today)


def capped(period: Period) -> Period:
    """The period, if it is at most MAX_YEARS long (a digest reads it and the period before it)."""
    if period.until >= _years_later(period.since, MAX_YEARS):
        earliest = _years_later(period.until, -MAX_YEARS) + dt.timedelta(days=1)
        raise StaffInputError(f"En lägesbild kan omfatta högst {MAX_YEARS} år. Välj en kortare period, till "
                              f"exempel från {earliest.isoformat()} till {period.until.isoformat()}.")
    return period


def _years_later(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year without one: 1 March
        return day.replace(year=day.year + years, day=28) + dt.timedelta(days=1)


async def write(staff: StaffDesk, member: StaffMember, municipality: str, path: Path, fmt: str = "",
                since: dt.date | None = None, until: dt.date | None = None) -> Digest:
    """The digest into a file (docx, html or md, from the name unless given), written whole or not at
    all; kept in the audit log with who, which municipality, period and format."""
    fmt = fmt or path.suffix.lstrip(".").lower()
    if fmt not in FORMATS:
        raise StaffInputError("Formatet ska vara docx, html eller md.")
    request = await prepare(staff, member, municipality, since, until)
    if staff.offload is None:
        digest = await compose(staff.desk.db, request)
        render(digest, path, fmt)
    else:
        digest = await staff.offload(jobs.digest_file, jobs.Source.of(staff.desk.db), request, path, fmt)
    now = staff.desk.now()
    await staff.desk.db.log_audit(AuditEntry(
        now.isoformat(timespec="seconds"), member.label, municipality, "", "lagesbild", new=fmt,
        note=f"{digest.period.since}–{digest.period.until}, {count(digest.total, 'synpunkt', 'synpunkter')}"), now.timestamp())
    return digest


def render(digest: Digest, path: Path, fmt: str) -> None:
    """The digest into `path` as `fmt`, and a .md's chart and map beside it, each written whole."""
    with files.replaced_atomically(path) as partial:
        WRITERS[fmt](digest, partial, path)
    if fmt == "md":
        with files.replaced_atomically(chart_path(path)) as partial:
            partial.write_bytes(digest.chart())
        drawn = digest.map()
        if drawn is not None:
            with files.replaced_atomically(map_path(path)) as partial:
                partial.write_bytes(drawn)


def filename(digest: Digest, fmt: str) -> str:
    return f"lagesbild-{digest.municipality}-{digest.period.since}-{digest.period.until}.{fmt}"


WRITERS = {"docx": write_docx, "html": write_html, "md": write_md}
