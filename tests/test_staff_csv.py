"""The two CSV exports (issue 32): "csv" in Swedish, with the XLSX's column names and words, for
people; "open311.csv" with Open311 GeoReport v2 names and codes, for machines, as the JSON. Both
on SQLite and PostgreSQL, from the core, the CLI and the console."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from bot.concerns.desk import ConcernDesk
from bot.settings import Settings
from bot.staff import FORMATS, ExportRequest, StaffDesk, export
from tests.test_cli import run
from tests.test_digest import ADMIN, SARA, STORTORGET, desk, put  # noqa: F401 - the desk fixture, both engines
from tests.test_web_staff import Console, console, signed_in  # noqa: F401 - the console fixture

SWEDISH = ["Referens", "Kommun", "Kategorikod", "Kategori", "Beskrivning", "Latitud", "Longitud", "Plats", "Inkommen",
           "Uppdaterad", "Status", "Statusnotering", "Kanal", "Kontakt (med samtycke)"]
OPEN311 = ["service_request_id", "municipality", "service_code", "service_name", "description", "lat", "long",
           "address_string", "requested_datetime", "updated_datetime", "status", "status_notes", "channel", "contact"]


def _records(raw: bytes) -> list[list[str]]:
    assert raw.startswith(b"\xef\xbb\xbf")  # the byte order mark Swedish Excel needs for å, ä, ö
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))


async def test_the_swedish_csv_is_the_xlsx_and_the_open311_csv_keeps_open311_names(desk: ConcernDesk,
                                                                                    tmp_path: Path) -> None:
    reference = await put(desk, 1, "=1+1 mörkt vid torget", code="belysning", name="Belysning/otrygg plats",
                          place="Stortorget", at=STORTORGET)
    await put(desk, 2, "Bilar kör fort", channel="telegram")
    staff = StaffDesk(Settings(), desk)
    await staff.change_status(ADMIN, reference, "in_progress", "Vi tittar på det")
    for fmt, name in (("csv", "x.csv"), (export.OPEN311_CSV, "x.open311.csv"), ("xlsx", "x.xlsx")):
        assert await staff.export_to(tmp_path / name, ExportRequest("solvesborg", None, None, fmt)) == 2

    swedish = _records((tmp_path / "x.csv").read_bytes())
    machine = _records((tmp_path / "x.open311.csv").read_bytes())
    assert swedish[0] == SWEDISH and machine[0] == OPEN311
    sheet = load_workbook(tmp_path / "x.xlsx", read_only=True).worksheets[0]
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert rows[0] == swedish[0]  # the same columns as the XLSX

    pinned = next(row for row in swedish[1:] if row[0] == reference)
    cells = dict(zip(SWEDISH, pinned))
    assert (cells["Kommun"], cells["Status"], cells["Kanal"]) == ("Sölvesborg", "pågår", "Webbchatten")
    assert cells["Latitud"] == "56,0505" and cells["Longitud"] == "14,585"  # decimal comma, as Swedish Excel reads
    assert cells["Beskrivning"] == "'=1+1 mörkt vid torget"  # no formula
    assert cells["Inkommen"] == "2026-11-20 12:00:00"
    sheet_row = dict(zip(SWEDISH, next(row for row in rows[1:] if row[0] == reference)))
    assert (sheet_row["Kommun"], sheet_row["Status"], sheet_row["Kanal"]) == ("Sölvesborg", "pågår", "Webbchatten")
    assert {dict(zip(SWEDISH, row))["Kanal"] for row in swedish[1:]} == {"Webbchatten", "Telegram"}
    text = (tmp_path / "x.csv").read_text(encoding="utf-8-sig")
    assert "in_progress" not in text and ";web;" not in text and "service_request_id" not in text

    coded = dict(zip(OPEN311, next(row for row in machine[1:] if row[0] == reference)))
    assert (coded["municipality"], coded["status"], coded["channel"]) == ("solvesborg", "in_progress", "web")
    assert coded["lat"] == "56.0505" and coded["description"] == "'=1+1 mörkt vid torget"

    # Both read back to the stored concerns: names, words, local times and decimal commas undone.
    stored = _by_reference([export.row_of(c) for c in await desk.concerns(frozenset({"solvesborg"}))])
    names = {k.id: k.name for k in desk.engine.places.kommuner.values()}
    assert _by_reference(export.read_csv(tmp_path / "x.csv", names)) == stored
    assert _by_reference(export.read_csv(tmp_path / "x.open311.csv")) == stored
    assert _by_reference(export.read_xlsx(tmp_path / "x.xlsx", names)) == stored


def _by_reference(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(rows, key=lambda row: str(row["service_request_id"]))


async def test_telegram_words_choose_the_csv(desk: ConcernDesk) -> None:
    await put(desk, 1, "Mörkt vid torget")
    staff = StaffDesk(Settings(), desk)
    for words, fmt in ((["csv"], "csv"), (["open311"], "open311.csv"), (["open311.csv"], "open311.csv"), ([], "xlsx")):
        request = staff.parse_export(SARA, ["solvesborg", *words])
        assert request.fmt == fmt
        file = await staff.export(SARA, request)
        assert file.filename.endswith("." + fmt) and file.count == 1
    assert FORMATS == ("xlsx", "csv", "open311.csv", "json")


def test_the_cli_takes_the_csv_from_the_file_name(tmp_path: Path) -> None:
    settings = tmp_path / "settings.yaml"
    settings.write_text(f"data_dir: {tmp_path / 'data'}\n", encoding="utf-8")
    for name, header in (("x.csv", SWEDISH), ("x.open311.csv", OPEN311)):
        code, out, _ = run("--settings", str(settings), "export", "--kommun", "solvesborg", "-o", str(tmp_path / name))
        assert code == 0, out
        assert _records((tmp_path / name).read_bytes())[0] == header
    code, out, _ = run("--settings", str(settings), "export", "--kommun", "solvesborg", "--format", "open311.csv",
                       "-o", str(tmp_path / "y.csv"))
    assert code == 0 and _records((tmp_path / "y.csv").read_bytes())[0] == OPEN311


async def test_the_console_offers_both_csvs(console: Console) -> None:
    await signed_in(console)
    page = await console.http.get("/staff/synpunkter")
    assert 'href="/staff/export.csv?' in page.text and 'href="/staff/export.open311.csv?' in page.text
    assert "CSV med Open311-namn" in page.text
    swedish = await console.http.get("/staff/export.csv?kommun=solvesborg")
    machine = await console.http.get("/staff/export.open311.csv?kommun=solvesborg")
    assert swedish.status_code == machine.status_code == 200
    assert machine.headers["content-disposition"].endswith('.open311.csv"')
    assert machine.headers["content-type"].startswith("text/csv")
    assert _records(swedish.content)[0] == SWEDISH and _records(machine.content)[0] == OPEN311
    assert _records(swedish.content)[1][10] == "öppen" and _records(machine.content)[1][10] == "open"
