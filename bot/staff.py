"""Staff operations with access control: exports, statistics and status, one municipality at a time.

Every operation names a municipality and checks it against the staff member's list first, so a staff
member never sees another municipality's data, whichever command they use.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from bot import export, files
from bot.concerns import ConcernDesk
from bot.errors import TrygghetsbotError
from bot.settings import Settings, StaffMember
from bot.storage import STATUS_NAMES
from bot.text import fold

FORMATS = ("xlsx", "csv", "json")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class NotStaff(TrygghetsbotError):
    """The user is not listed as staff."""


class AccessDenied(TrygghetsbotError):
    """A staff member asked for a municipality they may not see."""


class StaffInputError(TrygghetsbotError):
    """A staff command's arguments could not be understood; the message says how to write them."""


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

    def member(self, telegram_user_id: int | None) -> StaffMember:
        member = self.settings.staff_member(telegram_user_id)
        if member is None:
            raise NotStaff("Det här kommandot är för personal.")
        return member

    def municipality(self, member: StaffMember, written: str | None) -> str:
        """The municipality a staff member means, if they may see it."""
        municipalities = self.desk.engine.knowledge.municipalities
        if not written:
            allowed = sorted(municipalities) if member.municipalities is None else sorted(member.municipalities)
            if len(allowed) == 1:
                return allowed[0]
            raise StaffInputError("Ange kommun, till exempel: " + ", ".join(allowed))
        chosen = written if written in municipalities else None
        if chosen is None:
            mentions = self.desk.engine.matcher.scan(written).mentions
            chosen = next((m.place.municipality_id for m in mentions if m.place.municipality_id), None)
        if chosen is None:
            raise StaffInputError(f"Okänd kommun: {written}")
        if not member.may_see(chosen):
            raise AccessDenied(f"Du har inte behörighet för {municipalities[chosen].name}.")
        return chosen

    def parse_export(self, member: StaffMember, args: list[str]) -> ExportRequest:
        """`[kommun] [från] [till] [csv|xlsx|json]`, dates as YYYY-MM-DD."""
        dates, fmt, words = [], "xlsx", []
        for arg in args:
            if _DATE.match(arg):
                try:
                    dates.append(dt.date.fromisoformat(arg))
                except ValueError:
                    raise StaffInputError(f"Ogiltigt datum: {arg}") from None
            elif fold(arg) in FORMATS:
                fmt = fold(arg)
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
        knowledge = self.desk.engine.knowledge
        sink: export.CsvSink | export.JsonSink | export.XlsxSink
        if request.fmt == "csv":
            sink = export.CsvSink(path)
        elif request.fmt == "json":
            sink = export.JsonSink(path, {m.id: m.name for m in knowledge.municipalities.values()})
        else:
            sink = export.XlsxSink(path, title=f"Synpunkter {knowledge.municipalities[request.municipality].name}",
                                   names={m.id: m.name for m in knowledge.municipalities.values()})
        async for chunk in self.desk.concern_chunks(frozenset({request.municipality}), request.since,
                                                    request.until):
            sink.write(chunk)
        return sink.close()

    async def statistics(self, member: StaffMember, municipality: str, fmt: str = "png") -> tuple[bytes, str]:
        """The chart (PNG or SVG) and a text summary of a municipality's concerns."""
        if not member.may_see(municipality):
            raise AccessDenied("Du har inte behörighet för den kommunen.")
        name = self.desk.engine.knowledge.municipalities[municipality].name
        concerns = await self.desk.concerns(frozenset({municipality}))
        unanswered = await self.desk.db.unanswered(frozenset({municipality}), limit=5)
        buffer = io.BytesIO()
        export.write_chart(concerns, name, buffer, fmt)
        return buffer.getvalue(), export.summary_text(concerns, name, unanswered)

    async def set_status(self, member: StaffMember, args: list[str]) -> str:
        """`REF open|closed [note]`."""
        if len(args) < 2 or fold(args[1]) not in ("open", "closed", "oppen", "avslutad"):
            raise StaffInputError("Skriv: /status REFERENS open|closed [notering]")
        reference = args[0].upper()
        status = "open" if fold(args[1]) in ("open", "oppen") else "closed"
        note = " ".join(args[2:])[:500]
        concern = await self.desk.db.concern(reference)
        if concern is None or not member.may_see(concern.municipality):
            # The same answer whether it exists elsewhere or not at all: nothing leaks.
            raise StaffInputError(f"Hittar ingen synpunkt {reference} som du har behörighet till.")
        await self.desk.db.set_status(reference, status, note, self.desk.now())
        shown = STATUS_NAMES[status][0]
        return f"{reference} är nu {shown}" + (f": {note}" if note else ".")
