"""Exports of residents' concerns for staff: CSV (in Swedish, or with Open311 names), XLSX, Open311 JSON.

No cell of a CSV or XLSX export can start a formula: a text beginning with = + - @ tab, CR or LF
(also after leading spaces or quotes, and after every comma, for spreadsheets that split on commas)
gets a leading apostrophe, as OWASP describes for CSV injection; so does every line of a text that
begins with = + - @ or tab, after its line break, since such a spreadsheet starts a new row there.
A text or line that already begins with an apostrophe gets one more, so `read_csv` can undo it
exactly. Cells are cleaned by `bot.text.clean_text` first: no control characters XML cannot hold,
no invisible bidi or zero-width characters. Exports never contain the resident hash, and contact
details only where the resident agreed.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections import Counter
from collections.abc import AsyncIterator, Iterable, Sequence
from pathlib import Path
from typing import Any

from bot.dates import MONTHS_EN, MONTHS_SV, STOCKHOLM
from bot.storage import STATUS_NAMES, Concern
from bot.text import clean_text, count

TIMEZONE = STOCKHOLM

COLUMNS = ("service_request_id", "municipality", "service_code", "service_name", "description", "lat",
           "long", "address_string", "requested_datetime", "updated_datetime", "status", "status_notes",
           "channel", "contact")
HEADERS_SV = ("Referens", "Kommun", "Kategorikod", "Kategori", "Beskrivning", "Latitud", "Longitud", "Plats",
              "Inkommen", "Uppdaterad", "Status", "Statusnotering", "Kanal", "Kontakt (med samtycke)")
CSV_DELIMITER = ";"  # Swedish Excel uses ; as its list separator (the comma is the decimal sign)
# The channels as the XLSX and the Swedish CSV name them (the lägesbild too).
CHANNEL_NAMES = {"telegram": "Telegram", "web": "Webbchatten", "terminal": "Terminalen"}
# Two CSVs: "csv" is for people, with the XLSX's Swedish columns and words; "open311.csv" keeps the
# Open311 GeoReport v2 names and codes (service_request_id, in_progress, web), as the JSON does.
OPEN311_CSV = "open311.csv"


_RISKY_FIRST = frozenset("=+-@\t\r\n' \"")
# Where a cell starts: the text's start and every comma, where a leading CR or LF counts too; and
# every line break, where it does not (an empty line or CRLF is no formula).
_CELL_START = re.compile("[ \"]*[=+\\-@\t\r\n']")
_LINE_START = re.compile("[ \"]*[=+\\-@\t']")
_SEPARATOR = re.compile("[,\r\n]")
_RISKY_AFTER_SEPARATOR = re.compile(",[ \"]*[=+\\-@\t\r\n']|[\r\n][ \"]*[=+\\-@\t']")
_NEUTRALISED_AFTER_SEPARATOR = re.compile("[,\r\n]'")


def _risky_at(value: str, position: int, after: str) -> bool:
    """Whether a cell or line starting at `position` (after the separator `after`, "" at the
    start) would start a formula; the characters after it decide, so neutralising later cells
    never changes the answer for this one."""
    return bool((_LINE_START if after in ("\r", "\n") else _CELL_START).match(value, position))


def neutralise(value: str) -> str:
    """Make a text safe for a spreadsheet cell; reversible with `restore`.

    Every part between commas is treated as a cell start too: a spreadsheet whose list separator is
    the comma reads our ;-separated lines by splitting on commas, quotes or not, so
    "Kyrkogatan,=1+1," would give it a formula. Quoting would not stop that; an apostrophe does.
    Such a spreadsheet also starts a row at every line break inside a quoted cell, so each line is
    a cell start as well, and its apostrophe goes after the line break."""
    if not value or (value[0] not in _RISKY_FIRST and (
            ("," not in value and "\n" not in value and "\r" not in value)
            or not _RISKY_AFTER_SEPARATOR.search(value))):
        return value  # the common cases, checked in C
    out: list[str] = []
    position, after = 0, ""
    for separator in _SEPARATOR.finditer(value):
        out.append(("'" if _risky_at(value, position, after) else "") + value[position:separator.start()])
        out.append(separator.group())
        position, after = separator.end(), separator.group()
    out.append(("'" if _risky_at(value, position, after) else "") + value[position:])
    return "".join(out)


def restore(value: str) -> str:
    if not value.startswith("'") and not _NEUTRALISED_AFTER_SEPARATOR.search(value):
        return value
    out: list[str] = []
    position, after = 0, ""
    for separator in [*_SEPARATOR.finditer(value), None]:
        end = separator.start() if separator is not None else len(value)
        part = value[position:end]
        out.append(part[1:] if part.startswith("'") and _risky_at(value, position + 1, after) else part)
        if separator is not None:
            out.append(separator.group())
            position, after = separator.end(), separator.group()
    return "".join(out)


_EXPORTED = len(COLUMNS)


def values_of(concern: Concern) -> tuple[Any, ...]:
    """The exported fields in COLUMNS order; contact only with consent, never the resident hash."""
    # COLUMNS are Concern's first fields in order; the last of them is the contact.
    values = tuple(concern[:_EXPORTED])
    return values if concern.contact_consent else (*values[:-1], None)


def row_of(concern: Concern) -> dict[str, Any]:
    return dict(zip(COLUMNS, values_of(concern)))


NULLABLE = frozenset(("lat", "long", "address_string", "contact"))


def _safe_text(text: str) -> str:
    """A text for a cell: cleaned, then neutralised. A printable text has no control, format
    character or line break, so the common case costs two scans in C."""
    if text.isprintable():
        return text if "," not in text and (not text or text[0] not in _RISKY_FIRST) else neutralise(text)
    return neutralise(clean_text(text))


def _cell_text(value: Any) -> str:
    if value.__class__ is str:
        return _safe_text(value)
    if value is None:
        return ""
    # Numbers too: a negative coordinate would otherwise start with "-".
    return _safe_text(repr(value) if isinstance(value, float) else str(value))


def _swedish_csv_cells(values: list[Any]) -> list[str]:
    """The XLSX's values as CSV text: times as local "2026-11-20 12:00:00", which Excel reads as
    dates, and coordinates with a decimal comma, as Swedish Excel reads numbers."""
    cells = [_cell_text(v) for v in values]
    for column in COORDINATE_COLUMNS:
        if values[column] is not None:
            cells[column] = _safe_text(repr(float(values[column])).replace(".", ","))
    for column in DATE_COLUMNS:
        cells[column] = values[column][:19].replace("T", " ")
    return cells


class CsvSink:
    """UTF-8 with BOM, `;`-separated, RFC 4180 quoting and CRLF line ends; fed in chunks. In Swedish
    (the XLSX's columns and words, `names` for the municipalities) unless `open311`."""

    def __init__(self, target: Path | io.StringIO, names: dict[str, str] | None = None, open311: bool = False) -> None:
        self._own = isinstance(target, Path)
        self._handle = target.open("w", encoding="utf-8-sig", newline="") if isinstance(target, Path) else target
        self._writer = csv.writer(self._handle, delimiter=CSV_DELIMITER, quoting=csv.QUOTE_MINIMAL,
                                  lineterminator="\r\n")
        self._writer.writerow(COLUMNS if open311 else HEADERS_SV)
        self._names = names or {}
        self._open311 = open311
        self.count = 0

    def write(self, concerns: Iterable[Concern]) -> None:
        if self._open311:
            cell = _cell_text
            rows = [[cell(v) for v in values_of(c)] for c in concerns]
        else:
            names = self._names
            rows = [_swedish_csv_cells(swedish_values(c, names)) for c in concerns]
        self._writer.writerows(rows)
        self.count += len(rows)

    def close(self) -> int:
        if self._own:
            self._handle.close()
        return self.count


async def write_chunks(chunks: AsyncIterator[Sequence[Concern]], path: Path, fmt: str, names: dict[str, str],
                       title: str = "Synpunkter") -> int:
    """Concerns read chunk by chunk into `path` as csv, open311.csv, json or xlsx; the count."""
    sink: CsvSink | JsonSink | XlsxSink
    if fmt in ("csv", OPEN311_CSV):
        sink = CsvSink(path, names, open311=fmt == OPEN311_CSV)
    elif fmt == "json":
        sink = JsonSink(path, names)
    else:
        sink = XlsxSink(path, title=title, names=names)
    async for chunk in chunks:
        sink.write(chunk)
    return sink.close()


def write_csv(concerns: Iterable[Concern], target: Path | io.StringIO, names: dict[str, str] | None = None,
              open311: bool = False) -> int:
    sink = CsvSink(target, names, open311)
    sink.write(concerns)
    return sink.close()


def read_csv(source: Path | str, names: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Parse either CSV back into rows equal to `row_of` of the stored concerns: the Swedish one's
    names (`names`: id -> name), words, local times and decimal commas back to ids and codes."""
    text = source.read_text(encoding="utf-8-sig") if isinstance(source, Path) else source.lstrip("\ufeff")
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=CSV_DELIMITER)
    swedish = bool(reader.fieldnames) and list(reader.fieldnames or ())[0] == HEADERS_SV[0]
    headers = dict(zip(COLUMNS, HEADERS_SV if swedish else COLUMNS))
    rows = []
    for raw in reader:
        row: dict[str, Any] = {}
        for column in COLUMNS:
            value = restore(raw[headers[column]])
            if column in ("lat", "long"):
                row[column] = float(value.replace(",", ".")) if value else None
            elif column in ("address_string", "contact") and value == "":
                row[column] = None
            elif swedish and column in ("requested_datetime", "updated_datetime"):
                row[column] = dt.datetime.fromisoformat(value).replace(tzinfo=TIMEZONE).isoformat()
            else:
                row[column] = value
        rows.append(from_swedish(row, names) if swedish else row)
    return rows


DATE_COLUMNS = (8, 9)  # requested_datetime, updated_datetime
COORDINATE_COLUMNS = (5, 6)  # lat, long
MUNICIPALITY_COLUMN, STATUS_COLUMN, CHANNEL_COLUMN = 1, 10, 12


def swedish_values(concern: Concern, names: dict[str, str]) -> list[Any]:
    """The exported fields as the XLSX and the Swedish CSV show them: the municipality's name, and
    the status and the channel in Swedish words."""
    values = list(values_of(concern))
    values[MUNICIPALITY_COLUMN] = names.get(concern.municipality, concern.municipality)
    values[STATUS_COLUMN] = STATUS_NAMES.get(concern.status, (concern.status,))[0]
    values[CHANNEL_COLUMN] = CHANNEL_NAMES.get(concern.channel, concern.channel)
    return values


def from_swedish(row: dict[str, Any], names: dict[str, str] | None = None) -> dict[str, Any]:
    """A row read from the XLSX or the Swedish CSV with its ids and codes back."""
    ids = {name: muni_id for muni_id, name in (names or {}).items()}
    statuses = {words[0]: code for code, words in STATUS_NAMES.items()}
    channels = {name: code for code, name in CHANNEL_NAMES.items()}
    row["municipality"] = ids.get(row["municipality"], row["municipality"])
    row["status"] = statuses.get(row["status"], row["status"])
    row["channel"] = channels.get(row["channel"], row["channel"])
    return row
EXCEL_DATE_FORMAT = "yyyy-mm-dd hh:mm"


def _local(iso: str) -> dt.datetime:
    """An exported time as Excel wants it, without an offset: times are stored in Swedish local
    time (ConcernDesk.now), so the wall-clock part is already right."""
    return dt.datetime.fromisoformat(iso[:19])


def month_label(key: str, language: str = "sv") -> str:
    """ "2026-11" -> "nov 2026"."""
    year, month = key.split("-")[:2]
    return f"{(MONTHS_SV if language == 'sv' else MONTHS_EN)[int(month) - 1][:3]} {year}"


class XlsxSink:
    """An Excel workbook for people: municipality names, Swedish status words and real date-time
    cells, a filter row, and a second sheet "Sammanfattning" with counts per category and month.
    openpyxl's write-only mode keeps 100 000 rows fast and small. Open311 names and codes stay in the
    Open311 CSV and the JSON that machines read."""

    def __init__(self, target: Path, title: str = "Synpunkter", names: dict[str, str] | None = None) -> None:
        from openpyxl import Workbook  # noqa: PLC0415 - heavy import, only when exporting
        from openpyxl.cell import WriteOnlyCell  # noqa: PLC0415
        from openpyxl.styles import Font  # noqa: PLC0415

        self._target = target
        self._names = names or {}
        self._cell = WriteOnlyCell
        self._workbook = Workbook(write_only=True)
        self._sheet = self._workbook.create_sheet(title[:31])
        self._sheet.freeze_panes = "A2"
        widths = (18, 14, 22, 30, 60, 10, 10, 30, 17, 17, 14, 30, 10, 24)
        for index, width in enumerate(widths):
            self._sheet.column_dimensions[chr(ord("A") + index)].width = width
        self._bold = Font(bold=True)
        self._sheet.append([self._header(name) for name in HEADERS_SV])
        self.count = 0
        self._categories: Counter[str] = Counter()
        self._months: Counter[str] = Counter()

    def _header(self, name: str) -> Any:
        cell = self._cell(self._sheet, value=name)
        cell.font = self._bold
        return cell

    def _date(self, iso: str) -> Any:
        cell = self._cell(self._sheet, value=_local(iso))
        cell.number_format = EXCEL_DATE_FORMAT
        return cell

    def write(self, concerns: Iterable[Concern]) -> None:
        append, names = self._sheet.append, self._names
        for concern in concerns:
            values = swedish_values(concern, names)
            # Coordinates stay numbers and times real dates (neither can hold a formula); texts are
            # cleaned (one control character made the whole export fail) and neutralised.
            row = [v if (i in COORDINATE_COLUMNS or v is None) else _safe_text(str(v)) for i, v in enumerate(values)]
            for column in DATE_COLUMNS:
                row[column] = self._date(values[column])
            append(row)
            self._categories[concern.service_name] += 1
            self._months[concern.requested_datetime[:7]] += 1
            self.count += 1

    def close(self) -> int:
        self._sheet.auto_filter.ref = f"A1:{chr(ord('A') + len(COLUMNS) - 1)}{self.count + 1}"
        summary = self._workbook.create_sheet("Sammanfattning")
        summary.column_dimensions["A"].width = 40
        summary.append([self._header_in(summary, "Kategori"), self._header_in(summary, "Antal")])
        for name, count in self._categories.most_common():
            summary.append([_safe_text(name), count])
        summary.append([])
        summary.append([self._header_in(summary, "Månad"), self._header_in(summary, "Antal")])
        for key in sorted(self._months):
            summary.append([month_label(key), self._months[key]])
        summary.append([])
        summary.append([self._header_in(summary, "Totalt"), self.count])
        self._workbook.save(self._target)
        return self.count

    def _header_in(self, sheet: Any, name: str) -> Any:
        cell = self._cell(sheet, value=name)
        cell.font = self._bold
        return cell


def write_xlsx(concerns: Iterable[Concern], target: Path, title: str = "Synpunkter",
               names: dict[str, str] | None = None) -> int:
    sink = XlsxSink(target, title, names)
    sink.write(concerns)
    return sink.close()


def read_xlsx(source: Path, names: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """The sheet back into exported rows: names to ids, status and channel words to codes, times to
    ISO 8601."""
    from openpyxl import load_workbook  # noqa: PLC0415

    workbook = load_workbook(source, read_only=True)
    sheet = workbook.worksheets[0]
    rows = []
    for values in sheet.iter_rows(min_row=2, values_only=True):
        row: dict[str, Any] = {}
        padded = (*values, *([None] * (len(COLUMNS) - len(values))))  # trailing empty cells are not stored
        for column, value in zip(COLUMNS, padded):
            if value is None and column not in NULLABLE:
                value = ""  # Excel keeps no difference between an empty text and no value
            if isinstance(value, dt.datetime):
                value = value.replace(tzinfo=TIMEZONE).isoformat()
            row[column] = restore(value) if isinstance(value, str) else value
        rows.append(from_swedish(row, names))
    workbook.close()
    return rows


def open311(concern: Concern, municipality_name: str) -> dict[str, Any]:
    """A GeoReport v2 service request, with municipality and channel as extensions."""
    row = row_of(concern)
    request = {
        "service_request_id": row["service_request_id"], "status": row["status"],
        "status_notes": row["status_notes"] or None, "service_name": row["service_name"],
        "service_code": row["service_code"], "description": row["description"],
        "agency_responsible": f"{municipality_name} kommun", "service_notice": None,
        "requested_datetime": row["requested_datetime"], "updated_datetime": row["updated_datetime"],
        "expected_datetime": None, "address": row["address_string"], "address_id": None, "zipcode": None,
        "lat": row["lat"], "long": row["long"], "media_url": None,
        "municipality": row["municipality"], "channel": row["channel"],
    }
    if row["contact"]:
        request["contact"] = row["contact"]
    return request


class JsonSink:
    """A JSON array of Open311 service requests, written as it goes."""

    def __init__(self, target: Path, names: dict[str, str]) -> None:
        self._handle = target.open("w", encoding="utf-8")
        self._names = names
        self._handle.write("[")
        self.count = 0

    def write(self, concerns: Iterable[Concern]) -> None:
        for concern in concerns:
            request = open311(concern, self._names.get(concern.municipality, concern.municipality))
            self._handle.write(("," if self.count else "") + "\n  " + json.dumps(request, ensure_ascii=False))
            self.count += 1

    def close(self) -> int:
        self._handle.write("\n]\n" if self.count else "]\n")
        self._handle.close()
        return self.count


def write_json(concerns: Iterable[Concern], target: Path, names: dict[str, str]) -> int:
    sink = JsonSink(target, names)
    sink.write(concerns)
    return sink.close()


def read_json(source: Path) -> list[dict[str, Any]]:
    """Open311 requests back into exported rows."""
    rows = []
    for request in json.loads(source.read_text(encoding="utf-8")):
        rows.append({"service_request_id": request["service_request_id"], "municipality": request["municipality"],
                     "service_code": request["service_code"], "service_name": request["service_name"],
                     "description": request["description"], "lat": request["lat"], "long": request["long"],
                     "address_string": request["address"], "requested_datetime": request["requested_datetime"],
                     "updated_datetime": request["updated_datetime"], "status": request["status"],
                     "status_notes": request["status_notes"] or "", "channel": request["channel"],
                     "contact": request.get("contact")})
    return rows
