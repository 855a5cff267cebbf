"""Staff operations with access control: the concern list, a concern, status, exports and statistics.

Every operation checks the municipality against the staff member's list first, so a staff member
never sees another municipality's data, whichever channel they use (Telegram commands, the web
console, the CLI).
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from bot import files
from bot.concerns.desk import ConcernDesk
from bot.concerns.intake import Choice
from bot.dates import day_start_epoch
from bot.errors import TrygghetsbotError
from bot.settings import Settings, StaffMember
from bot.staff import charts, export, jobs
from bot.storage import STATUS_NAMES, Concern
from bot.storage.records import AuditEntry, ConcernPage, ConcernQuery, OutboxRow, UpdateRequest
from bot.text import clean_text, fold, swedish_key

logger = logging.getLogger(__name__)

# The csv is in Swedish, as the xlsx; open311.csv and json keep the Open311 names and codes.
FORMATS = ("xlsx", "csv", export.OPEN311_CSV, "json")
FORMAT_HELP = "Format ska vara xlsx, csv, open311.csv eller json."
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_REFERENCE = re.compile(r"[A-Z]{1,5}-\d{4}-\d{1,9}")
# What staff may type for each status, in Telegram's /status (Swedish, English, without å/ä/ö).
STATUS_WORDS = {"open": "open", "oppen": "open", "in_progress": "in_progress", "pagar": "in_progress",
                "closed": "closed", "avslutad": "closed", "in_lagesbild": "in_lagesbild", "lagesbild": "in_lagesbild",
                "lagesbilden": "in_lagesbild"}
MAX_NOTE = 500
MAX_BULK = 5000  # concerns one bulk change may take
MAX_POINTS = 5000


class NotStaff(TrygghetsbotError):
    """The user is not listed as staff."""


class AccessDenied(TrygghetsbotError):
    """A staff member asked for a municipality they may not see."""


class StaffInputError(TrygghetsbotError):
    """A staff command's arguments could not be understood; the message says how to write them."""


class NoSuchConcern(TrygghetsbotError):
    """No concern has that reference."""


@dataclass(frozen=True)
class Filters:
    """The console's filter as staff chose it; every value is already checked. `until` is inclusive."""

    municipality: str = ""
    category: str = ""
    status: str = ""
    since: dt.date | None = None
    until: dt.date | None = None
    text: str = ""

    def as_params(self) -> dict[str, str]:
        """The filter as the console's query parameters, for links, paging and downloads."""
        values = {"kommun": self.municipality, "kategori": self.category, "status": self.status,
                  "fran": self.since.isoformat() if self.since else "",
                  "till": self.until.isoformat() if self.until else "", "q": self.text}
        return {key: value for key, value in values.items() if value}


@dataclass(frozen=True)
class Overview:
    """Counts per category and month, and the commonest unanswered questions, for one filter."""

    months: list[str]
    categories: list[str]
    counts: dict[tuple[str, str], int]
    total: int
    unanswered: list[tuple[str, int, str | None, str]]


@dataclass(frozen=True)
class Point:
    reference: str
    lat: float
    long: float
    category: str
    place: str
    status: str
    date: str


@dataclass(frozen=True)
class ExportRequest:
    municipality: str
    since: dt.date | None
    until: dt.date | None
    fmt: str


@dataclass(frozen=True)
class ExportFile:
    content: bytes
    filename: str
    count: int


class StaffDesk:
    def __init__(self, settings: Settings, desk: ConcernDesk) -> None:
        self.settings = settings
        self.desk = desk
        # Where exports and the lägesbild are built: a worker process when the server sets this
        # (its process pool), else here, on this event loop (the CLI).
        self.offload: jobs.Offload | None = None

    def _denied(self, member: StaffMember, municipality: str, reference: str = "") -> AccessDenied:
        """Logged, and kept in the audit log, so a pattern of attempts can be seen afterwards."""
        logger.warning("Staff member %s was refused access to %s %s", member.label, municipality, reference)
        return AccessDenied(f"Du har inte behörighet för {self._name(municipality)}.")

    def _name(self, municipality: str) -> str:
        known = self.desk.engine.places.get(municipality)
        return known.name if known else municipality

    async def audit_denied(self, member: StaffMember, municipality: str, reference: str) -> AccessDenied:
        now = self.desk.now()
        await self.desk.db.log_audit(AuditEntry(now.isoformat(timespec="seconds"), member.label, municipality,
                                                reference, "denied"), now.timestamp())
        return self._denied(member, municipality, reference)

    def allowed(self, member: StaffMember) -> list[str]:
        """The municipalities a member may see, by name: any of the 290 kommuner, with an agreement's
        entry or without (a concern belongs to the kommun)."""
        municipalities = self.desk.engine.places.kommuner
        ids = municipalities if member.municipalities is None else \
            [m for m in member.municipalities if m in municipalities]
        return sorted(ids, key=lambda m: swedish_key(municipalities[m].name))

    def categories(self, member: StaffMember, municipality: str = "") -> list[Choice]:
        """The categories a resident could choose for the municipalities in view."""
        seen: dict[str, Choice] = {}
        for m in [municipality] if municipality else self.allowed(member):
            for choice in self.desk.intake.categories(m, "sv"):
                seen.setdefault(choice.id, choice)
        return sorted(seen.values(), key=lambda c: swedish_key(c.label))

    def filters(self, member: StaffMember, raw: Mapping[str, str]) -> Filters:
        """The filter from the console's query parameters; StaffInputError or AccessDenied."""
        municipality = (raw.get("kommun") or "").strip()
        if municipality:
            if municipality not in self.desk.engine.places.kommuner:
                raise StaffInputError(f"Okänd kommun: {municipality[:40]}")
            if not member.may_see(municipality):
                raise self._denied(member, municipality)
        category = (raw.get("kategori") or "").strip()
        if category and category not in {c.id for c in self.categories(member, municipality)}:
            raise StaffInputError(f"Okänd kategori: {category[:40]}")
        status = (raw.get("status") or "").strip()
        if status and status not in STATUS_NAMES:
            raise StaffInputError(f"Okänd status: {status[:40]}")
        since, until = _date(raw.get("fran"), "Från"), _date(raw.get("till"), "Till")
        if since and until and until < since:
            raise StaffInputError("Till-datumet är före från-datumet.")
        text = " ".join((raw.get("q") or "").split())
        if len(text) > 100:
            raise StaffInputError("Sökordet får vara högst 100 tecken.")
        return Filters(municipality, category, status, since, until, text)

    def query(self, member: StaffMember, filters: Filters, located: bool = False) -> ConcernQuery:
        if filters.municipality:
            if not member.may_see(filters.municipality):
                raise self._denied(member, filters.municipality)
            municipalities: frozenset[str] | None = frozenset({filters.municipality})
        else:
            municipalities = member.municipalities
        return ConcernQuery(municipalities, filters.category, filters.status, _epoch(filters.since),
                            _epoch(filters.until, days=1), filters.text, located)

    async def page(self, member: StaffMember, filters: Filters, after: str | None = None,
                   limit: int = 50) -> ConcernPage:
        """A page of the list, newest first, with how many concerns the filter matches in all."""
        return await self.desk.db.concern_page(self.query(member, filters), after, limit)

    async def concern(self, member: StaffMember, reference: str) -> tuple[Concern, list[AuditEntry]]:
        """A concern and its audit log. NoSuchConcern also when it belongs to a municipality the
        member may not see (logged and audited): a different answer would let anyone count another
        municipality's concerns by trying references."""
        reference = reference.strip().upper()
        concern = await self.desk.db.concern(reference) if _REFERENCE.fullmatch(reference) else None
        missing = NoSuchConcern(f"Det finns ingen synpunkt {reference[:30]} som du har behörighet till.")
        if concern is None:
            raise missing
        if not member.may_see(concern.municipality):
            await self.audit_denied(member, concern.municipality, reference)
            raise missing
        return concern, await self.desk.db.audit_entries(reference)

    async def change_status(self, member: StaffMember, reference: str, status: str, note: str,
                            internal: str = "") -> Concern:
        """Set a concern's status and the note the resident sees in /mina (and is sent, if they asked
        to hear back); an internal note only staff see. Kept in the audit log."""
        status, note, internal = _checked_change(status, note, internal)
        concern, _ = await self.concern(member, reference)
        await self.desk.db.set_statuses([concern.service_request_id], status, note, self.desk.now(), member.label,
                                        internal)
        self.desk.outbox_written()
        logger.info("Staff member %s set %s to %s", member.label, concern.service_request_id, status)
        changed = await self.desk.db.concern(concern.service_request_id)
        assert changed is not None
        return changed

    async def change_statuses(self, member: StaffMember, references: list[str], status: str, note: str,
                              internal: str = "") -> int:
        """The console's bulk change: one status and note for every concern chosen, in one transaction;
        AccessDenied (audited) when any of them belongs to a municipality the member may not see."""
        status, note, internal = _checked_change(status, note, internal)
        wanted = sorted({reference.strip().upper() for reference in references if reference.strip()})
        if not wanted:
            raise StaffInputError("Välj minst en synpunkt.")
        if len(wanted) > MAX_BULK:
            raise StaffInputError(f"Högst {MAX_BULK} synpunkter åt gången.")
        if any(not _REFERENCE.fullmatch(reference) for reference in wanted):
            raise StaffInputError("Ett av referensnumren går inte att läsa.")
        for reference in wanted:
            concern = await self.desk.db.concern(reference)
            if concern is not None and not member.may_see(concern.municipality):
                raise await self.audit_denied(member, concern.municipality, reference)
        changed = await self.desk.db.set_statuses(wanted, status, note, self.desk.now(), member.label, internal)
        self.desk.outbox_written()
        logger.info("Staff member %s set %s concern(s) to %s", member.label, len(changed), status)
        return len(changed)

    async def hearing_back(self, member: StaffMember, reference: str) -> tuple[UpdateRequest | None, list[OutboxRow]]:
        """Whether the resident asked to hear back, and what they were told when (never the address)."""
        concern, _ = await self.concern(member, reference)
        request = await self.desk.db.update_request(concern.service_request_id)
        return request, await self.desk.db.outbox_of(concern.service_request_id)

    async def overview(self, member: StaffMember, filters: Filters) -> Overview:
        query = self.query(member, filters)
        rows = await self.desk.db.monthly_counts(query)
        counts = {(month, category): n for month, category, n in rows}
        totals: dict[str, int] = {}
        for (_, category), n in counts.items():
            totals[category] = totals.get(category, 0) + n
        unanswered = await self.desk.db.unanswered(query.municipalities, limit=10)
        return Overview(sorted({m for m, _ in counts}), sorted(totals, key=lambda c: (-totals[c], swedish_key(c))), counts,
                        sum(counts.values()), unanswered)

    async def chart(self, member: StaffMember, filters: Filters, fmt: str = "svg") -> bytes:
        """The chart /statistik sends, for the console's filter."""
        rows = await self.desk.db.monthly_counts(self.query(member, filters))
        buffer = io.BytesIO()
        name = self._name(filters.municipality) if filters.municipality else \
            ", ".join(self._name(m) for m in self.allowed(member))
        charts.write_chart_counts(rows, name, buffer, fmt, period=_period(filters))
        return buffer.getvalue()

    async def points(self, member: StaffMember, filters: Filters) -> tuple[list[Point], bool]:
        """Concerns with a place on the map, newest last; True when there were more than MAX_POINTS."""
        points: list[Point] = []
        async for chunk in self.desk.db.matching_chunks(self.query(member, filters, located=True)):
            points.extend(Point(c.service_request_id, float(c.lat or 0), float(c.long or 0), c.service_name,
                                c.address_string or "", STATUS_NAMES.get(c.status, (c.status,))[0],
                                c.requested_datetime[:10]) for c in chunk)
            if len(points) > MAX_POINTS:
                return points[-MAX_POINTS:], True
        return points, False

    async def export_filtered(self, member: StaffMember, filters: Filters, fmt: str, path: Path) -> int:
        """The concerns of the console's filter into a file, written atomically; returns the count."""
        if fmt not in FORMATS:
            raise StaffInputError(FORMAT_HELP)
        query = self.query(member, filters)
        with files.replaced_atomically(path) as partial:
            return await self._write(partial, fmt, query, filters.municipality)

    def export_filename(self, filters: Filters, fmt: str) -> str:
        return f"synpunkter-{filters.municipality or 'alla'}-{dt.date.today().isoformat()}.{fmt}"

    def member(self, telegram_user_id: int | None) -> StaffMember:
        member = self.settings.staff_member(telegram_user_id)
        if member is None:
            raise NotStaff("Det här kommandot är för personal.")
        return member

    def municipality(self, member: StaffMember, written: str | None) -> str:
        """The municipality a staff member means, if they may see it."""
        places = self.desk.engine.places
        municipalities = places.kommuner
        if not written:
            allowed = sorted(municipalities) if member.municipalities is None else sorted(member.municipalities)
            if len(allowed) == 1:
                return allowed[0]
            raise StaffInputError("Ange kommun, till exempel: " + ", ".join(allowed[:8]) + (
                ", …" if len(allowed) > 8 else ""))
        chosen = written if written in municipalities else None
        if chosen is None:
            found = [k.id for k in places.resolve(written)] or self.desk.engine.matcher.scan(written).kommuner()
            if len(found) > 1:
                raise StaffInputError(f"Flera kommuner passar {written}: ange id: " + ", ".join(found))
            chosen = found[0] if found else None
        if chosen is None:
            raise StaffInputError(f"Okänd kommun: {written}")
        if not member.may_see(chosen):
            raise AccessDenied(f"Du har inte behörighet för {municipalities[chosen].name}.")
        return chosen

    def parse_export(self, member: StaffMember, args: list[str]) -> ExportRequest:
        """`[kommun] [från] [till] [xlsx|csv|open311.csv|json]`, dates as YYYY-MM-DD."""
        dates, fmt, words = [], "xlsx", []
        for arg in args:
            if _DATE.fullmatch(arg):
                try:
                    dates.append(within_range(dt.date.fromisoformat(arg)))
                except ValueError:
                    raise StaffInputError(f"Ogiltigt datum: {arg}") from None
            elif fold(arg) in FORMATS or fold(arg) == "open311":
                fmt = export.OPEN311_CSV if fold(arg) == "open311" else fold(arg)
            else:
                words.append(arg)
        if len(dates) > 2:
            raise StaffInputError("Ange högst två datum: från och till (ÅÅÅÅ-MM-DD).")
        since = dates[0] if dates else None
        until = dates[1] if len(dates) > 1 else None
        if since and until and until < since:
            raise StaffInputError("Till-datumet är före från-datumet.")
        return ExportRequest(self.municipality(member, " ".join(words) or None), since, until, fmt)

    async def export(self, member: StaffMember, request: ExportRequest) -> ExportFile:
        if not member.may_see(request.municipality):
            raise AccessDenied("Du har inte behörighet för den kommunen.")
        stamp = dt.date.today().isoformat()
        filename = f"synpunkter-{request.municipality}-{stamp}.{request.fmt}"
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / filename
            count = await self.export_to(path, request)
            return ExportFile(path.read_bytes(), filename, count)

    async def export_to(self, path: Path, request: ExportRequest) -> int:
        """Stream the concerns into `path` chunk by chunk; returns the row count.

        Written to a temporary file beside `path` and renamed, so a failure leaves no half file."""
        with files.replaced_atomically(path) as partial:
            return await self._export_to(partial, request)

    async def _export_to(self, path: Path, request: ExportRequest) -> int:
        query = ConcernQuery(frozenset({request.municipality}), since=_epoch(request.since),
                             until=_epoch(request.until, days=1))
        return await self._write(path, request.fmt, query, request.municipality)

    async def _write(self, path: Path, fmt: str, query: ConcernQuery, municipality: str) -> int:
        names = {k.id: k.name for k in self.desk.engine.places.kommuner.values()}
        title = f"Synpunkter {self._name(municipality)}" if municipality else "Synpunkter"
        if self.offload is not None:
            return int(await self.offload(jobs.export_file, jobs.Source.of(self.desk.db), query, fmt, path, names,
                                          title))
        return await export.write_chunks(self.desk.db.matching_chunks(query), path, fmt, names, title)

    async def statistics(self, member: StaffMember, municipality: str, fmt: str = "png") -> tuple[bytes, str]:
        """The chart (PNG or SVG) and a text summary of a municipality's concerns."""
        if not member.may_see(municipality):
            raise AccessDenied("Du har inte behörighet för den kommunen.")
        name = self._name(municipality)
        concerns = await self.desk.concerns(frozenset({municipality}))
        unanswered = await self.desk.db.unanswered(frozenset({municipality}), limit=5)
        buffer = io.BytesIO()
        charts.write_chart(concerns, name, buffer, fmt)
        return buffer.getvalue(), charts.summary_text(concerns, name, unanswered)

    async def set_status(self, member: StaffMember, args: list[str]) -> str:
        """Telegram's `/status REF öppen|pågår|avslutad|lägesbild [note]`."""
        if len(args) < 2 or fold(args[1]) not in STATUS_WORDS:
            raise StaffInputError("Skriv: /status REFERENS öppen|pågår|avslutad|lägesbild [notering]")
        reference = args[0].upper()
        try:
            concern = await self.change_status(member, reference, STATUS_WORDS[fold(args[1])],
                                               " ".join(args[2:])[:MAX_NOTE])
        except (NoSuchConcern, AccessDenied):
            # In a chat, the same answer whether it exists elsewhere or not at all: nothing leaks.
            raise StaffInputError(f"Hittar ingen synpunkt {reference} som du har behörighet till.") from None
        shown = STATUS_NAMES[concern.status][0]
        return f"{reference} är nu {shown}" + (f": {concern.status_notes}" if concern.status_notes else ".")


def _checked_change(status: str, note: str, internal: str) -> tuple[str, str, str]:
    if status not in STATUS_NAMES:
        raise StaffInputError("Status ska vara " + ", ".join(s[0] for s in STATUS_NAMES.values()) + ".")
    # Cleaned like a resident's text: the note is shown, sent and exported; the internal note is shown.
    note, internal = " ".join(clean_text(note).split()), " ".join(clean_text(internal).split())
    if len(note) > MAX_NOTE or len(internal) > MAX_NOTE:
        raise StaffInputError(f"En notering får vara högst {MAX_NOTE} tecken.")
    return status, note, internal


# The dates a filter may name: 9999-12-31 plus the day its range ends on is past what a date holds.
FIRST_DATE, LAST_DATE = dt.date(2000, 1, 1), dt.date(2999, 12, 31)


def within_range(day: dt.date) -> dt.date:
    if not FIRST_DATE <= day <= LAST_DATE:
        raise StaffInputError(f"Datumet {day.isoformat()} ligger utanför {FIRST_DATE.isoformat()}–{LAST_DATE.isoformat()}.")
    return day


def _date(value: str | None, label: str) -> dt.date | None:
    value = (value or "").strip()
    if not value:
        return None
    problem = StaffInputError(f"{label}-datumet ska skrivas ÅÅÅÅ-MM-DD, till exempel 2026-03-01.")
    if not _DATE.fullmatch(value):
        raise problem
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise problem from None
    return within_range(day)


def _epoch(day: dt.date | None, days: int = 0) -> float | None:
    return None if day is None else day_start_epoch(day, days)


def _period(filters: Filters) -> str:
    if filters.since or filters.until:
        return f"{filters.since or '…'} – {filters.until or '…'}"
    return ""
