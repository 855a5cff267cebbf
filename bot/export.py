"""Exports of residents' concerns for staff: CSV, XLSX, Open311 JSON, and a summary chart.

No cell of a CSV or XLSX export can start a formula: a text beginning with = + - @ tab, CR or LF
(also after leading spaces) gets a leading apostrophe, as OWASP describes for CSV injection. A text
that already begins with an apostrophe gets one more, so `read_csv` can undo it exactly. Exports
never contain the resident hash, and contact details only where the resident agreed.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from bot.storage import Concern

COLUMNS = ("service_request_id", "municipality", "service_code", "service_name", "description", "lat",
           "long", "address_string", "requested_datetime", "updated_datetime", "status", "status_notes",
           "channel", "contact")
HEADERS_SV = ("Referens", "Kommun", "Kategorikod", "Kategori", "Beskrivning", "Latitud", "Longitud", "Plats",
              "Inkommen", "Uppdaterad", "Status", "Statusnotering", "Kanal", "Kontakt (med samtycke)")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
CSV_DELIMITER = ";"  # Swedish Excel uses ; as its list separator (the comma is the decimal sign)


_RISKY_FIRST = frozenset("=+-@\t\r\n' ")


def neutralise(value: str) -> str:
    """Make a text safe for a spreadsheet cell; reversible with `restore`."""
    if not value or value[0] not in _RISKY_FIRST:  # the common case, checked cheaply
        return value
    body = value.lstrip(" ")
    if body.startswith(_FORMULA_START) or body.startswith("'"):
        return "'" + value
    return value


def restore(value: str) -> str:
    if value.startswith("'"):
        body = value[1:].lstrip(" ")
        if body.startswith(_FORMULA_START) or body.startswith("'"):
            return value[1:]
    return value


_EXPORTED = len(COLUMNS)


def values_of(concern: Concern) -> tuple[Any, ...]:
    """The exported fields in COLUMNS order; contact only with consent, never the resident hash."""
    # COLUMNS are Concern's first fields in order; the last of them is the contact.
    values = tuple(concern[:_EXPORTED])
    return values if concern.contact_consent else (*values[:-1], None)


def row_of(concern: Concern) -> dict[str, Any]:
    return dict(zip(COLUMNS, values_of(concern)))


NULLABLE = frozenset(("lat", "long", "address_string", "contact"))


def _cell_text(value: Any) -> str:
    if value.__class__ is str:
        return value if not value or value[0] not in _RISKY_FIRST else neutralise(value)
    if value is None:
        return ""
    # Numbers too: a negative coordinate would otherwise start with "-".
    return neutralise(repr(value) if isinstance(value, float) else str(value))


class CsvSink:
    """UTF-8 with BOM, `;`-separated, RFC 4180 quoting and CRLF line ends; fed in chunks."""

    def __init__(self, target: Path | io.StringIO) -> None:
        self._own = isinstance(target, Path)
        self._handle = target.open("w", encoding="utf-8-sig", newline="") if isinstance(target, Path) else target
        self._writer = csv.writer(self._handle, delimiter=CSV_DELIMITER, quoting=csv.QUOTE_MINIMAL,
                                  lineterminator="\r\n")
        self._writer.writerow(COLUMNS)
        self.count = 0

    def write(self, concerns: Iterable[Concern]) -> None:
        cell = _cell_text
        rows = [[cell(v) for v in values_of(c)] for c in concerns]
        self._writer.writerows(rows)
        self.count += len(rows)

    def close(self) -> int:
        if self._own:
            self._handle.close()
        return self.count


def write_csv(concerns: Iterable[Concern], target: Path | io.StringIO) -> int:
    sink = CsvSink(target)
    sink.write(concerns)
    return sink.close()


def read_csv(source: Path | str) -> list[dict[str, Any]]:
    """Parse an export back into rows equal to `row_of` of the stored concerns."""
    text = source.read_text(encoding="utf-8-sig") if isinstance(source, Path) else source.lstrip("\ufeff")
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=CSV_DELIMITER)
    rows = []
    for raw in reader:
        row: dict[str, Any] = {}
        for column in COLUMNS:
            value = restore(raw[column])
            if column in ("lat", "long"):
                row[column] = float(value) if value else None
            elif column in ("address_string", "contact") and value == "":
                row[column] = None
            else:
                row[column] = value
        rows.append(row)
    return rows


class XlsxSink:
    """An Excel workbook (openpyxl in write-only mode, so 100 000 rows stay fast and small)."""

    def __init__(self, target: Path, title: str = "Synpunkter") -> None:
        from openpyxl import Workbook  # noqa: PLC0415 - heavy import, only when exporting
        from openpyxl.cell import WriteOnlyCell  # noqa: PLC0415
        from openpyxl.styles import Font  # noqa: PLC0415

        self._target = target
        self._workbook = Workbook(write_only=True)
        self._sheet = self._workbook.create_sheet(title[:31])
        self._sheet.freeze_panes = "A2"
        widths = (18, 12, 22, 30, 60, 10, 10, 30, 26, 26, 9, 30, 10, 24)
        for index, width in enumerate(widths):
            self._sheet.column_dimensions[chr(ord("A") + index)].width = width
        header = []
        for name in HEADERS_SV:
            cell = WriteOnlyCell(self._sheet, value=name)
            cell.font = Font(bold=True)
            header.append(cell)
        self._sheet.append(header)
        self.count = 0

    def write(self, concerns: Iterable[Concern]) -> None:
        append = self._sheet.append
        for concern in concerns:
            # Coordinates stay numbers (a number cell cannot hold a formula); texts are neutralised.
            append([v if (i in (5, 6) or v is None) else neutralise(str(v))
                    for i, v in enumerate(values_of(concern))])
            self.count += 1

    def close(self) -> int:
        self._sheet.auto_filter.ref = f"A1:{chr(ord('A') + len(COLUMNS) - 1)}{self.count + 1}"
        self._workbook.save(self._target)
        return self.count


def write_xlsx(concerns: Iterable[Concern], target: Path, title: str = "Synpunkter") -> int:
    sink = XlsxSink(target, title)
    sink.write(concerns)
    return sink.close()


def read_xlsx(source: Path) -> list[dict[str, Any]]:
    from openpyxl import load_workbook  # noqa: PLC0415

    workbook = load_workbook(source, read_only=True)
    sheet = workbook.worksheets[0]
    rows = []
    for values in sheet.iter_rows(min_row=2, values_only=True):
        row = {}
        padded = (*values, *([None] * (len(COLUMNS) - len(values))))  # trailing empty cells are not stored
        for column, value in zip(COLUMNS, padded):
            if value is None and column not in NULLABLE:
                value = ""  # Excel keeps no difference between an empty text and no value
            row[column] = restore(value) if isinstance(value, str) else value
        rows.append(row)
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


# -- the summary -----------------------------------------------------------------------------------


def summary_text(concerns: Sequence[Concern], municipality_name: str,
                 unanswered: Sequence[tuple[str, int, str | None, str]]) -> str:
    """A short text summary: totals, the commonest categories, the commonest unanswered questions."""
    if not concerns:
        lines = [f"Inga synpunkter för {municipality_name} ännu."]
    else:
        open_count = sum(c.status == "open" for c in concerns)
        first, last = concerns[0].requested_datetime[:10], concerns[-1].requested_datetime[:10]
        lines = [f"{len(concerns)} synpunkt(er) för {municipality_name} ({first} – {last}), "
                 f"{open_count} öppna och {len(concerns) - open_count} avslutade."]
        lines.append("Vanligaste kategorierna:")
        for name, count in Counter(c.service_name for c in concerns).most_common(5):
            lines.append(f"• {name}: {count}")
    if unanswered:
        lines.append("Vanligaste obesvarade frågorna:")
        lines.extend(f"• {text} ({count})" for text, count, _, _ in unanswered[:5])
    return "\n".join(lines)


def write_chart(concerns: Sequence[Concern], municipality_name: str, target: Path | io.BytesIO) -> None:
    """PNG: concerns per category and per month."""
    import matplotlib  # noqa: PLC0415 - heavy import, only for reports

    matplotlib.use("Agg")
    from matplotlib import pyplot  # noqa: PLC0415

    categories = Counter(c.service_name for c in concerns).most_common(12)
    months = Counter(c.requested_datetime[:7] for c in concerns)
    month_keys = sorted(months)
    figure, (left, right) = pyplot.subplots(1, 2, figsize=(12, 5.5), dpi=100)
    try:
        figure.suptitle(f"Synpunkter från invånare – {municipality_name} ({len(concerns)} st)")
        if categories:
            labels = [name if len(name) <= 40 else name[:38] + "…" for name, _ in categories][::-1]
            left.barh(labels, [count for _, count in categories][::-1], color="#2b6cb0")
        left.set_title("Per kategori")
        left.set_xlabel("Antal")
        right.bar(month_keys, [months[m] for m in month_keys], color="#2f855a")
        right.set_title("Per månad")
        right.set_ylabel("Antal")
        right.tick_params(axis="x", labelrotation=45)
        if not concerns:
            for axis in (left, right):
                axis.text(0.5, 0.5, "Inga synpunkter ännu", ha="center", va="center", transform=axis.transAxes)
        figure.tight_layout()
        figure.savefig(target, format="png")
    finally:
        pyplot.close(figure)
