"""Inputs that gave a 500 with a traceback (issue 35, item 6), formulas after line breaks in the CSV
export (item 7), and invisible controls at intake (item 8): a clean 400 or a clear reply, never a
500, and every writer (docx, xlsx, csv, html, md) opens whatever is stored."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import unicodedata
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import openpyxl
import pytest
from docx import Document

from bot.settings import Settings
from bot.staff import export
from bot.text import clean_text, readable
from handlers.services import Services
from handlers.web import chat, staff
from handlers.web.app import create_app
from tests.test_web_staff import Console, login_token, members, signed_in, submit

CONVERSATION = "edge-case-resident-0001"


@pytest.fixture()
async def console(tmp_path: Path, database_url: str) -> AsyncIterator[Console]:
    """The console with Sölvesborg's concerns, on SQLite and PostgreSQL."""
    services = Services()
    await services.open(Settings(data_dir=tmp_path / "data", database_url=database_url, staff=members(),
                                 map_tile_url="", web_requests_per_minute=1000,
                                 resident_hash_key="issue-35-resident-key-" + "k" * 20))
    references = {"solvesborg": [await submit(services, "s0", "solvesborg", "Mörkt vid stationen varje kväll")]}
    app = create_app(services, [*chat.routes(services), *staff.routes(services)])
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app, client=("10.0.0.1", 1234)),
                                 base_url="https://test") as http:
        yield Console(http, services, references)
    await services.close()


async def post(http: httpx.AsyncClient, body: Any) -> httpx.Response:
    return await http.post("/api/chat", content=json.dumps(body).encode(), headers={"content-type": "application/json"})


# -- 500s -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["\ud800", "\udfff", "a\udc00b", "\x00", "\u202e"])
async def test_an_unknown_json_key_is_a_clean_400_even_a_lone_surrogate(console: Console, key: str) -> None:
    response = await post(console.http, {"conversation": CONVERSATION, "text": "hej", key: 1})
    assert response.status_code == 400
    error = response.json()["error"]
    assert error.startswith("unknown field(s): ")
    error.encode("utf-8")  # what is echoed can be written


async def _at_a_survey_question(http: httpx.AsyncClient, conversation: str) -> dict[str, Any]:
    started = (await post(http, {"conversation": conversation, "text": "/trygghet"})).json()["outputs"][0]
    assert started["step"] == "survey_municipality"
    locality = (await post(http, {"conversation": conversation, "choice": "tm:k:solvesborg"})).json()["outputs"][0]
    assert locality["step"] == "survey_locality", locality
    question = (await post(http, {"conversation": conversation, "choice": "tm:o:-"})).json()["outputs"][0]
    assert question["kind"] == "survey" and [c["id"] for c in question["choices"]][0] == "tm:a:1"
    return question


@pytest.mark.parametrize("choice", ["tm:a:²", "tm:a:¹", "tm:a:³", "tm:a:①", "tm:a:" + "9" * 55, "tm:a:٣"])
async def test_a_survey_choice_that_is_no_number_gets_a_clear_reply(console: Console, choice: str) -> None:
    """int('²') raises and '²'.isdigit() is True: the survey's check let it through to a 500."""
    http = console.http
    await _at_a_survey_question(http, "survey-resident-" + "a" * 8)
    response = await post(http, {"conversation": "survey-resident-" + "a" * 8, "choice": choice})
    assert response.status_code == 200
    output = response.json()["outputs"][0]
    assert output["kind"] == "stale" and output["text"]
    # A typed superscript is the digit it stands for (folded), and the survey goes on.
    await _at_a_survey_question(http, "survey-resident-" + "b" * 8)
    typed = await post(http, {"conversation": "survey-resident-" + "b" * 8, "text": "²"})
    assert typed.status_code == 200 and typed.json()["outputs"][0]["step"].startswith("survey_")
    assert typed.json()["outputs"][0]["text"].startswith("2/")


@pytest.mark.parametrize("choice", ["tm:o:²", "tm:o:" + "9" * 55, "tm:o:١"])
async def test_a_survey_locality_that_is_no_number_gets_a_clear_reply(console: Console, choice: str) -> None:
    http = console.http
    await post(http, {"conversation": CONVERSATION, "text": "/trygghet"})
    await post(http, {"conversation": CONVERSATION, "choice": "tm:k:solvesborg"})
    response = await post(http, {"conversation": CONVERSATION, "choice": choice})
    assert response.status_code == 200 and response.json()["outputs"][0]["kind"] == "stale"


@pytest.mark.parametrize("page", ["²", "٣", "9" * 5000, "0", "-1", "1e9", " 2"])
async def test_a_page_number_that_is_no_page_is_page_one(console: Console, page: str) -> None:
    await signed_in(console)
    response = await console.http.get("/staff/synpunkter", params={"sida": page})
    assert response.status_code == 200 and "Mörkt vid stationen" in response.text


@pytest.mark.parametrize("body", [b"csrf=" + b"x" * 20_000, b"csrf=\xff\xfe\xfd", b"\xc3(" * 10])
async def test_signing_out_with_a_body_that_cannot_be_read_is_no_500(console: Console, body: bytes) -> None:
    headers = {"content-type": "application/x-www-form-urlencoded"}
    anonymous = await console.http.post("/staff/logga-ut", content=body, headers=headers)
    assert anonymous.status_code == 400 and "Traceback" not in anonymous.text
    await signed_in(console)
    signed = await console.http.post("/staff/logga-ut", content=body, headers=headers)
    assert signed.status_code == 400
    # Still signed in: an unreadable form signs no one out.
    assert (await console.http.get("/staff/synpunkter")).status_code == 200


CONTROLS = "Mörkt\x01 vid\x0b stationen\x1b varje\x08 kväll \u202eotryggt\u202c\u200b"


async def test_a_stored_control_character_breaks_no_writer(console: Console) -> None:
    """A row from before the intake cleaned, or copied in: every download and the page still work,
    and none of them carries the control characters."""
    services = console.services
    reference = await submit(services, "s1", "solvesborg", CONTROLS + " vid stationen", place="Stor\x02gatan 1")
    await submit(services, "s2", "solvesborg", "Mörkt vid stationen\x03 igen", place="Stor\x02gatan 1")
    await services.desk.db.log_unanswered("Var är\x07 polisen\x1f?", "solvesborg", "out_of_scope", "sv",
                                          services.desk.now())
    await signed_in(console, "admin")
    changed = await console.http.post(f"/staff/synpunkter/{reference}/status", data={
        "csrf": login_token((await console.http.get("/staff/synpunkter")).text), "status": "in_progress",
        "note": "Ringt\x0c upp"})
    assert changed.status_code in (303, 400)
    # Place the note directly too, as a row copied in would have it.
    await services.desk.db.set_status(reference, "in_progress", "Ringt\x0c upp", services.desk.now(), "admin")
    period = "kommun=solvesborg&fran=2026-01-01&till=2026-12-31"
    word = await console.http.get(f"/staff/lagesbild.docx?{period}")
    assert word.status_code == 200, word.text
    document = Document(io.BytesIO(word.content))
    text = "\n".join(p.text for p in document.paragraphs) + "".join(
        c.text for t in document.tables for r in t.rows for c in r.cells)
    assert "Storgatan 1" in text and "Var är polisen?" in text
    for name, content in (("docx", text), ("html", (await console.http.get(f"/staff/lagesbild.html?{period}")).text),
                          ("md", (await console.http.get(f"/staff/lagesbild.md?{period}")).text),
                          ("page", (await console.http.get(f"/staff/lagesbild?{period}")).text)):
        assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\u202a-\u202e\u200b]", content), name
    for fmt in ("csv", "xlsx", "json"):
        response = await console.http.get(f"/staff/export.{fmt}?kommun=solvesborg")
        assert response.status_code == 200, fmt
        if fmt == "csv":
            content = response.content.decode("utf-8-sig")
        elif fmt == "xlsx":
            sheet = openpyxl.load_workbook(io.BytesIO(response.content)).worksheets[0]
            content = "\n".join(str(v) for row in sheet.iter_rows(values_only=True) for v in row)
        else:
            continue  # JSON escapes control characters; its readers get what is stored
        assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\u202a-\u202e\u200b]", content), fmt
        assert "Mörkt vid stationen varje kväll otryggt" in content and "Ringt upp" in content, fmt


async def test_a_from_date_in_the_future_is_a_clear_message(console: Console) -> None:
    await signed_in(console)
    future = (dt.date.today() + dt.timedelta(days=400)).isoformat()
    for path in (f"/staff/lagesbild?fran={future}", f"/staff/lagesbild.docx?fran={future}",
                 f"/staff/lagesbild.png?fran={future}", f"/staff/oversikt?fran={future}"):
        response = await console.http.get(path)
        assert response.status_code == 400, path
        assert "Från-datumet ligger efter dagens datum." in response.text, path


# -- formulas after line breaks (item 7) ------------------------------------------------------------------


def test_a_formula_after_a_line_break_is_neutralised() -> None:
    """The issue's description, read back with a comma as separator the way a spreadsheet does
    that splits on commas and lines alike: no cell starts a formula."""
    description = "Det känns otryggt\n=2+5,\n@SUM(1+1),rest\r+1\r\n-2\n\t=3\n \"=4"
    safe = export.neutralise(description)
    assert export.restore(safe) == description
    for line in re.split("[\r\n]", safe):
        for cell in line.split(","):
            assert not cell.lstrip(' "').startswith(("=", "+", "-", "@", "\t")), (cell, safe)
    out = io.StringIO()
    export.write_csv([_concern(description)], out)
    written = out.getvalue().lstrip("\ufeff")
    assert [row["description"] for row in export.read_csv(written)] == [description]
    # Split as a spreadsheet does that takes the comma as separator and ignores quotes mid-field.
    for line in re.split("[\r\n]", written):
        for cell in line.split(","):
            assert not cell.lstrip(' "').startswith(("=", "+", "-", "@", "\t")), (cell, written)
    # Line breaks without a formula stay as they were.
    assert export.neutralise("Hej\n\nDet är mörkt\r\nvid stationen") == "Hej\n\nDet är mörkt\r\nvid stationen"


def _concern(description: str) -> Any:
    from bot.storage import Concern  # noqa: PLC0415

    return Concern("SOL-2026-000001", "solvesborg", "annat", "Annat", description, None, None, None,
                   "2026-11-20T09:30:00+01:00", "2026-11-20T09:30:00+01:00", "open", "", "web", None, False)


# -- invisible controls at intake (item 8) --------------------------------------------------------------


def test_invisible_controls_are_stripped_and_letters_kept() -> None:
    assert readable("Mörkt vid \u202estationen\u202c") == "Mörkt vid stationen"
    assert readable("Stor\u200bgatan\u2060 1\ufeff, \u2066Malmö\u2069 \u200e\u200f") == "Storgatan 1, Malmö "
    assert readable("\u00adBrand\u200d\u200c i källaren") == "Brand i källaren"
    # What names and emoji need stays: a Persian name with its zero-width non-joiner, a family emoji.
    assert readable("می\u200cخواهم") == "می\u200cخواهم"
    assert readable("👨\u200d👩\u200d👧") == "👨\u200d👩\u200d👧"
    assert readable("Åsa Öberg, Ünal, José, Zoë, Søren, Łukasz, Dương") == "Åsa Öberg, Ünal, José, Zoë, Søren, Łukasz, Dương"
    # Every format character the running Python knows is gone outside a joining context.
    for code in range(0x110000):
        char = chr(code)
        if unicodedata.category(char) == "Cf":
            assert clean_text(f"a{char}b") == "ab", hex(code)


async def test_intake_stores_no_override_or_zero_width_character(console: Console) -> None:
    http = console.http
    conversation = "invisible-resident-0001"
    response = await post(http, {"conversation": conversation, "text": "/synpunkt"})
    for _ in range(10):
        prompt = response.json()["outputs"][0]
        step, choices = prompt.get("step"), [c["id"] for c in prompt.get("choices", [])]
        if step == "summary":
            break
        body: dict[str, Any] = {
            "municipality": {"choice": "solvesborg"}, "category": {"choice": (choices or ["annat"])[0]},
            "place": {"text": "Stor\u200bgatan\u202e 1"},
            "description": {"text": "Mörkt\u2066 vid \u202estationen\u202c varje\u200b kväll\ufeff"},
            "contact_wanted": {"choice": "no"}}[step]
        response = await post(http, {"conversation": conversation, **body})
    sent = await post(http, {"conversation": conversation, "choice": "send"})
    reference = sent.json()["outputs"][0]["reference"]
    stored = await console.services.desk.db.concern(reference)
    assert stored is not None
    assert stored.description == "Mörkt vid stationen varje kväll"
    assert stored.address_string == "Storgatan 1"


async def test_a_staff_note_is_cleaned_like_a_residents_text(console: Console) -> None:
    from bot.staff import StaffDesk  # noqa: PLC0415

    services = console.services
    reference = console.references["solvesborg"][0]
    admin = next(m for m in services.settings.staff if m.username == "admin")
    changed = await StaffDesk(services.settings, services.desk).change_status(
        admin, reference, "in_progress", "Ringt\x0c upp \u202eidag\u202c\u200b")
    assert changed.status_notes == "Ringt upp idag"
    assert [e.note for e in await services.desk.db.audit_entries(reference)] == ["Ringt upp idag"]
