"""Staff tools: access per municipality, safe spreadsheets, date filters, round trips, chart, CLI, Telegram."""

from __future__ import annotations

import asyncio
import csv
import datetime as dt
import io
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from bot.answering.engine import Answer, Engine
from bot.answering.knowledge import Knowledge
from bot.concerns.desk import ConcernDesk
from bot.concerns.intake import Reply
from bot.settings import Settings, StaffMember
from bot.staff import AccessDenied, ExportRequest, NotStaff, StaffDesk, StaffInputError, export
from bot.storage import Concern
from tests.test_cli import run

SOLVESBORG_STAFF = StaffMember(111, frozenset({"solvesborg"}))
VELLINGE_STAFF = StaffMember(222, frozenset({"vellinge"}))
ADMIN = StaffMember(333, None)
HOSTILE = ["=HYPERLINK(\"http://x\")", "+SUM(A1)", "-2+3", "@cmd", "\tTAB", " =1+1", "'=quoted", "vanlig text"]


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 3, 10, 12, tzinfo=dt.timezone.utc).timestamp()

    def __call__(self) -> float:
        return self.now


@pytest.fixture()
async def desk(tmp_path: Path, knowledge: Knowledge) -> AsyncIterator[ConcernDesk]:
    opened = await ConcernDesk.open(tmp_path, Engine(knowledge), per_hour=100, per_day=100)
    opened._clock = Clock()  # noqa: SLF001
    yield opened
    await opened.close()


async def add(desk: ConcernDesk, user: str, municipality: str, description: str, *, contact: str | None = None,
              location: tuple[float, float] | None = None) -> str:
    await desk.start("test", user, municipality, "sv")
    await desk.reply("test", user, Reply(choice="trafik"))
    await desk.reply("test", user, Reply(location=location) if location else Reply(text="Storgatan"))
    await desk.reply("test", user, Reply(text=description))
    if contact:
        await desk.reply("test", user, Reply(choice="yes"))
        await desk.reply("test", user, Reply(text=contact))
        await desk.reply("test", user, Reply(choice="consent"))
    else:
        await desk.reply("test", user, Reply(choice="no"))
    receipt = await desk.reply("test", user, Reply(choice="send"))
    assert receipt.reference, receipt.text
    return receipt.reference


@pytest.fixture()
async def filled(desk: ConcernDesk) -> ConcernDesk:
    clock = desk._clock  # noqa: SLF001
    for month, text in enumerate(HOSTILE, start=0):
        clock.now += 15 * 86400  # type: ignore[attr-defined]
        await add(desk, f"u{month}", "solvesborg", f"{text} vid skolan", contact="070-123 45 67" if month == 2 else None,
                  location=(-33.5, -70.25) if month == 3 else None)
    await add(desk, "v", "vellinge", "Mörkt vid stranden hela vintern")
    return desk


def staff_desk(desk: ConcernDesk) -> StaffDesk:
    settings = Settings(staff=(SOLVESBORG_STAFF, VELLINGE_STAFF, ADMIN))
    return StaffDesk(settings, desk)


async def test_access_resident_other_municipality_and_admin(filled: ConcernDesk) -> None:
    staff = staff_desk(filled)
    with pytest.raises(NotStaff, match="Det här kommandot är för personal."):
        staff.member(999)
    own = staff.member(111)
    assert staff.municipality(own, None) == "solvesborg"
    with pytest.raises(AccessDenied, match="Du har inte behörighet för Vellinge."):
        staff.municipality(own, "Vellinge")
    with pytest.raises(AccessDenied):
        await staff.export(own, ExportRequest("vellinge", None, None, "csv"))
    with pytest.raises(AccessDenied):
        await staff.statistics(own, "vellinge")
    vellinge_ref = (await filled.concerns(frozenset({"vellinge"})))[0].service_request_id
    with pytest.raises(StaffInputError, match="Hittar ingen synpunkt"):
        await staff.set_status(own, [vellinge_ref, "closed"])
    admin = staff.member(333)
    with pytest.raises(StaffInputError, match="Ange kommun"):
        staff.municipality(admin, None)
    assert staff.municipality(admin, "vellinge") == "vellinge"
    file = await staff.export(admin, ExportRequest("vellinge", None, None, "csv"))
    assert file.count == 1 and b"Vellinge" not in file.content.split(b"\r\n")[0]


async def test_csv_round_trip_and_formula_neutralisation(filled: ConcernDesk, tmp_path: Path) -> None:
    concerns = await filled.concerns(frozenset({"solvesborg"}))
    path = tmp_path / "out.csv"
    assert export.write_csv(concerns, path) == len(HOSTILE)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    for record in csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"):
        for cell in record:
            assert not cell.lstrip(" ").startswith(("=", "+", "-", "@", "\t", "\r", "\n")), cell
    assert export.read_csv(path) == [export.row_of(c) for c in concerns]
    assert all("resident" not in row for row in export.read_csv(path))


async def test_xlsx_round_trip_and_no_formulas(filled: ConcernDesk, tmp_path: Path) -> None:
    concerns = await filled.concerns(frozenset({"solvesborg"}))
    path = tmp_path / "out.xlsx"
    assert export.write_xlsx(concerns, path) == len(HOSTILE)
    workbook = load_workbook(path)
    sheet = workbook.active
    assert sheet["A1"].value == "Referens" and sheet["A1"].font.bold
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type != "f"
            if isinstance(cell.value, str):
                assert not cell.value.lstrip(" ").startswith(("=", "+", "-", "@", "\t", "\r", "\n"))
    assert export.read_xlsx(path) == [export.row_of(c) for c in concerns]


async def test_json_is_open311_and_round_trips(filled: ConcernDesk, tmp_path: Path, knowledge: Knowledge) -> None:
    concerns = await filled.concerns(frozenset({"solvesborg"}))
    path = tmp_path / "out.json"
    names = {m.id: m.name for m in knowledge.municipalities.values()}
    export.write_json(concerns, path, names)
    assert export.read_json(path) == [export.row_of(c) for c in concerns]
    first = export.open311(concerns[0], "Sölvesborg")
    assert {"service_request_id", "status", "status_notes", "service_name", "service_code", "description",
            "agency_responsible", "requested_datetime", "updated_datetime", "address", "lat", "long"} <= set(first)
    assert first["agency_responsible"] == "Sölvesborg kommun"


async def test_contact_only_with_consent(filled: ConcernDesk) -> None:
    concerns = await filled.concerns(frozenset({"solvesborg"}))
    with_contact = [export.row_of(c)["contact"] for c in concerns if export.row_of(c)["contact"]]
    assert with_contact == ["070-123 45 67"]
    withdrawn = Concern(**{**concerns[2].to_dict(), "contact_consent": False})
    assert export.row_of(withdrawn)["contact"] is None


async def test_date_filters_are_inclusive(filled: ConcernDesk) -> None:
    staff = staff_desk(filled)
    admin = staff.member(333)
    all_rows = await filled.concerns(frozenset({"solvesborg"}))
    days = sorted({c.requested_datetime[:10] for c in all_rows})
    request = staff.parse_export(admin, ["solvesborg", days[1], days[3], "csv"])
    assert (request.since, request.until, request.fmt) == (dt.date.fromisoformat(days[1]),
                                                          dt.date.fromisoformat(days[3]), "csv")
    file = await staff.export(admin, request)
    rows = export.read_csv(file.content.decode("utf-8-sig"))
    assert [r["requested_datetime"][:10] for r in rows] == days[1:4]
    with pytest.raises(StaffInputError, match="Till-datumet är före från-datumet."):
        staff.parse_export(admin, ["solvesborg", days[3], days[1]])
    with pytest.raises(StaffInputError, match="Ogiltigt datum: 2026-02-30"):
        staff.parse_export(admin, ["solvesborg", "2026-02-30"])


async def test_status_reaches_the_resident(filled: ConcernDesk) -> None:
    staff = staff_desk(filled)
    reference = (await filled.concerns(frozenset({"solvesborg"})))[0].service_request_id
    text = await staff.set_status(staff.member(111), [reference.lower(), "closed", "Lampan", "är", "lagad."])
    assert text == f"{reference} är nu avslutad: Lampan är lagad."
    assert "avslutad: Lampan är lagad." in await filled.mine("test", "u0", "sv")


async def test_statistics_chart_and_summary(filled: ConcernDesk) -> None:
    await filled.log_unanswered("Var kan jag parkera?", Answer(False, "solvesborg", "out_of_scope", ""))
    await filled.log_unanswered("var kan jag parkera?", Answer(False, "solvesborg", "out_of_scope", ""))
    png, summary = await staff_desk(filled).statistics(SOLVESBORG_STAFF, "solvesborg")
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 10_000
    assert summary.startswith(f"{len(HOSTILE)} synpunkt(er) för Sölvesborg")
    assert "• Trafik: 8" in summary and "• Var kan jag parkera? (2)" in summary


def test_neutralise_is_reversible() -> None:
    for value in [*HOSTILE, "", "'", "''=x", "   ", "-", "x=1"]:
        assert export.restore(export.neutralise(value)) == value
        assert not export.neutralise(value).lstrip(" ").startswith(("=", "+", "-", "@", "\t", "\r", "\n"))


def test_cli_export_report_unanswered(tmp_path: Path, knowledge: Knowledge) -> None:
    async def setup() -> None:
        desk = await ConcernDesk.open(tmp_path, Engine(knowledge))
        await add(desk, "x", "vaxjo", "=cmd|' /C calc'!A0 vid torget")
        await desk.log_unanswered("Vad kostar busskort?", Answer(False, None, "out_of_scope", ""))
        await desk.close()

    asyncio.run(setup())
    env = {"TRYGGHETSBOT_DATA_DIR": str(tmp_path)}
    code, out, _ = run("export", "--kommun", "vaxjo", "-o", str(tmp_path / "v.csv"), env=env)
    assert (code, out) == (0, f"Exported 1 concern(s) for Växjö to {tmp_path / 'v.csv'} (csv).\n")
    assert export.read_csv(tmp_path / "v.csv")[0]["description"] == "=cmd|' /C calc'!A0 vid torget"
    code, out, _ = run("export", "--kommun", "vaxjo", "--format", "json", "-o", str(tmp_path / "v.out"), env=env)
    assert code == 0 and export.read_json(tmp_path / "v.out")[0]["municipality"] == "vaxjo"
    code, _, err = run("export", "--kommun", "vaxjo", "--since", "2026-13-01", "-o", str(tmp_path / "v.csv"), env=env)
    assert (code, err) == (1, "Error: --since must be a date (YYYY-MM-DD), got '2026-13-01'\n")
    code, _, err = run("export", "--kommun", "atlantis", "-o", str(tmp_path / "a.csv"), env=env)
    assert (code, err) == (1, "Error: Okänd kommun: atlantis\n")
    code, out, _ = run("report", "--kommun", "vaxjo", "-o", str(tmp_path / "r.png"), env=env)
    assert code == 0 and out.endswith(f"Chart written to {tmp_path / 'r.png'}.\n")
    assert (tmp_path / "r.png").read_bytes().startswith(b"\x89PNG")
    code, _, _ = run("report", "--kommun", "vaxjo", "-o", str(tmp_path / "r.svg"), env=env)
    assert code == 0 and "Källa: synpunkter från invånare via Trygghetsboten" in (tmp_path / "r.svg").read_text()
    code, out, _ = run("unanswered", env=env)
    assert code == 0 and out.startswith("   1  Vad kostar busskort?  [-, last ")


# -- Telegram ------------------------------------------------------------------------------------------

from tests.fake_telegram import TOKEN, FakeTelegram, message_update  # noqa: E402
from tests.test_telegram import Harness, fast_limiter  # noqa: E402


@pytest.fixture()
async def staff_harness(tmp_path: Path) -> AsyncIterator[Harness]:
    from handlers.telegram.app import build_application  # noqa: PLC0415

    with FakeTelegram() as fake:
        settings = Settings(telegram_bot_token=TOKEN, telegram_api_base_url=fake.base_url,
                            data_dir=tmp_path / "data", staff=(SOLVESBORG_STAFF, ADMIN))
        app = build_application(settings, rate_limiter=fast_limiter())
        async with app:
            await app.post_init(app)
            await add(app.bot_data.desk, "r1", "solvesborg", "=2+2 mörkt vid parken")
            yield Harness(app, fake)
            await app.post_shutdown(app)


def as_staff(text: str, user_id: int) -> dict[str, Any]:
    return message_update(text, chat_id=user_id, user_id=user_id)


async def test_resident_gets_staff_only_and_nothing_else(staff_harness: Harness) -> None:
    for command in ("/export", "/statistik", "/status SOL-2026-000001 closed"):
        await staff_harness.send(as_staff(command, 4242))
        assert staff_harness.replies(4242)[-1] == "Det här kommandot är för personal."
    assert staff_harness.fake.sent("sendDocument") == [] and staff_harness.fake.sent("sendPhoto") == []


async def test_staff_export_and_statistics_in_telegram(staff_harness: Harness) -> None:
    await staff_harness.send(as_staff("/export", 111))
    (document,) = staff_harness.fake.sent("sendDocument")
    assert document.params["filename"].startswith("synpunkter-solvesborg-") and document.params["filename"].endswith(".xlsx")
    assert document.files["document"].startswith(b"PK")  # a zip container: XLSX
    await staff_harness.send(as_staff("/export csv", 111))
    csv_file = staff_harness.fake.sent("sendDocument")[-1].files["document"]
    assert export.read_csv(csv_file.decode("utf-8-sig"))[0]["description"] == "=2+2 mörkt vid parken"
    assert b"'=2+2" in csv_file
    await staff_harness.send(as_staff("/export vellinge", 111))
    assert staff_harness.replies(111)[-1] == "Du har inte behörighet för Vellinge."
    await staff_harness.send(as_staff("/statistik", 111))
    (photo,) = staff_harness.fake.sent("sendPhoto")
    assert photo.files["photo"].startswith(b"\x89PNG") and photo.params["caption"].startswith("1 synpunkt(er)")
    await staff_harness.send(as_staff("/statistik", 333))
    assert staff_harness.replies(333)[-1].startswith("Ange kommun")


async def test_staff_status_in_telegram(staff_harness: Harness) -> None:
    await staff_harness.send(as_staff("/status SOL-2026-000001 closed Lampan lagad", 111))
    assert staff_harness.replies(111)[-1] == "SOL-2026-000001 är nu avslutad: Lampan lagad"
    await staff_harness.send(as_staff("/status SOL-2026-000001 maybe", 111))
    assert staff_harness.replies(111)[-1] == "Skriv: /status REFERENS öppen|pågår|avslutad|lägesbild [notering]"


# -- exports and charts a safety coordinator can use as they are ----------------------------------

async def test_xlsx_for_people_dates_names_status_and_summary(filled: ConcernDesk, tmp_path: Path,
                                                              knowledge: Knowledge) -> None:
    staff = staff_desk(filled)
    path = tmp_path / "sol.xlsx"
    count = await staff.export_to(path, ExportRequest("solvesborg", None, None, "xlsx"))
    workbook = load_workbook(path)
    sheet, summary = workbook.worksheets
    assert summary.title == "Sammanfattning"
    first = [cell for cell in sheet[2]]
    received, updated = first[8], first[9]
    assert isinstance(received.value, dt.datetime) and received.is_date and received.value.tzinfo is None
    assert received.number_format == "yyyy-mm-dd hh:mm" and updated.number_format == "yyyy-mm-dd hh:mm"
    concerns = await filled.concerns(frozenset({"solvesborg"}))
    stored = dt.datetime.fromisoformat(concerns[0].requested_datetime)
    assert received.value == stored.replace(tzinfo=None)  # Swedish time, as stored
    assert first[1].value == "Sölvesborg" and first[10].value == "öppen"
    rows = [[c.value for c in row] for row in summary.iter_rows()]
    assert rows[0] == ["Kategori", "Antal"]
    assert sum(r[1] for r in rows[1:] if r and r[0] not in (None, "Månad", "Totalt") and isinstance(r[1], int)
               and r[0] in {c.service_name for c in concerns}) == count
    months = [r for r in rows if r and isinstance(r[0], str) and r[0][:3] in ("nov", "dec", "jan", "feb", "mar", "apr")]
    assert months and all(isinstance(r[1], int) for r in months)
    assert ["Totalt", count] in rows
    names = {m.id: m.name for m in knowledge.municipalities.values()}
    assert export.read_xlsx(path, names) == [export.row_of(c) for c in concerns]


async def test_the_open311_csv_keeps_ids_and_codes(filled: ConcernDesk, tmp_path: Path) -> None:
    staff = staff_desk(filled)
    await staff.export_to(tmp_path / "x.csv", ExportRequest("solvesborg", None, None, export.OPEN311_CSV))
    rows = export.read_csv(tmp_path / "x.csv")
    assert {r["municipality"] for r in rows} == {"solvesborg"} and {r["status"] for r in rows} == {"open"}
    await staff.export_to(tmp_path / "sv.csv", ExportRequest("solvesborg", None, None, "csv"))
    assert export.read_csv(tmp_path / "sv.csv", {"solvesborg": "Sölvesborg"}) == rows  # the Swedish one reads back


async def test_chart_has_its_caption_whole_number_ticks_and_an_svg(filled: ConcernDesk) -> None:
    staff = staff_desk(filled)
    member = staff.member(333)
    svg, _ = await staff.statistics(member, "solvesborg", "svg")
    text = svg.decode("utf-8")
    assert text.lstrip().startswith(("<?xml", "<svg"))
    assert "Källa: synpunkter från invånare via Trygghetsboten" in text
    assert "Sölvesborg, " in text and f"{len(HOSTILE)} synpunkter" in text
    concerns = await filled.concerns(frozenset({"solvesborg"}))
    assert export.month_label(concerns[0].requested_datetime[:7]) in text  # "jan 1970", Swedish month
    labels = re.findall(r"<text[^>]*>([^<]*)</text>", text)
    numbers = [label for label in labels if re.fullmatch(r"[\d.,−-]+", label)]
    assert numbers and all(label.isdigit() for label in numbers), numbers  # counts are whole numbers
    png, _ = await staff.statistics(member, "solvesborg")
    assert png.startswith(b"\x89PNG")

