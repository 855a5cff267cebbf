"""The lägesbild in the staff console: the page, the chart and the downloads, for one's own
municipalities only, each download kept in the audit log."""

from __future__ import annotations

import datetime as dt
import io

from docx import Document

from bot.concerns import survey
from bot.storage.records import SurveyCell, survey_grid

from tests.test_web_staff import Console, console, signed_in, submit  # noqa: F401 - the fixture

__all__ = ["console"]


async def test_the_page_and_the_downloads_of_my_municipality(console: Console) -> None:
    await signed_in(console)  # sara: Sölvesborg only, so the page picks it
    # The fixture's three concerns are one place: no map, and the map's address says why.
    alone = await console.http.get("/staff/lagesbild")
    assert 'class="places-map"' not in alone.text and "bara en av platserna har koordinater" in alone.text
    missing = await console.http.get("/staff/lagesbild-karta.png?kommun=solvesborg")
    assert missing.status_code == 404 and "Färre än två platser har koordinater" in missing.text
    for n in range(2):  # a second place with coordinates, about a kilometre north: now the map shows both
        await submit(console.services, f"t{n}", "solvesborg", "Klotter på väggen", place="Stortorget", lat=56.06)
    page = await console.http.get("/staff/lagesbild")
    assert page.status_code == 200 and "Lägesbild från invånarnas synpunkter – Sölvesborg" in page.text
    assert "<script" not in page.text and 'aria-current="page">Lägesbild' in page.text
    assert "Fortkörning i Höllviken" not in page.text  # Vellinge's concern
    chart = await console.http.get("/staff/lagesbild.png?kommun=solvesborg")
    assert chart.status_code == 200 and chart.content[:4] == b"\x89PNG"
    drawn = await console.http.get("/staff/lagesbild-karta.png?kommun=solvesborg")
    # The page shows the map of the places with coordinates, served by the bot like the chart.
    assert 'class="places-map" src="/staff/lagesbild-karta.png?kommun=solvesborg"' in page.text
    assert drawn.status_code == 200 and drawn.content[:4] == b"\x89PNG"
    word = await console.http.get("/staff/lagesbild.docx?kommun=solvesborg&fran=2026-01-01&till=2026-12-31")
    assert word.status_code == 200
    assert 'filename="lagesbild-solvesborg-2026-01-01-2026-12-31.docx"' in word.headers["content-disposition"]
    document = Document(io.BytesIO(word.content))
    totals = next(row for row in document.tables[0].rows if row.cells[0].text == "Totalt")
    assert [c.text for c in totals.cells][1:3] == ["5", "0"]
    for fmt in ("html", "md"):
        assert (await console.http.get(f"/staff/lagesbild.{fmt}?kommun=solvesborg")).status_code == 200
    audit = await console.services.desk.db.audit_entries("")
    assert [(a.actor, a.municipality, a.action, a.new) for a in audit] == [
        ("Sara Samordnare", "solvesborg", "lagesbild", fmt) for fmt in ("docx", "html", "md")]


async def test_another_municipality_is_refused_and_audited(console: Console) -> None:
    await signed_in(console)
    for path in ("/staff/lagesbild?kommun=vellinge", "/staff/lagesbild.docx?kommun=vellinge",
                 "/staff/lagesbild.png?kommun=vellinge", "/staff/lagesbild-karta.png?kommun=vellinge"):
        response = await console.http.get(path)
        assert response.status_code == 403 and "Höllviken" not in response.text
    audit = await console.services.desk.db.audit_entries("")
    assert [(a.municipality, a.action) for a in audit] == [("vellinge", "denied")] * 4
    assert (await console.http.get("/staff/lagesbild.pdf?kommun=solvesborg")).status_code == 400


async def test_an_administrator_chooses_and_nothing_without_a_session(console: Console) -> None:
    assert (await console.http.get("/staff/lagesbild.docx?kommun=solvesborg")).status_code == 303
    await signed_in(console, "admin")
    page = await console.http.get("/staff/lagesbild")
    assert page.status_code == 200 and "Ladda ner" not in page.text and 'value="vellinge"' in page.text


async def test_the_overview_shows_the_index_only_from_ten_answers(console: Console) -> None:
    """Ten answers in a quarter that has ended; the running quarter is never shown."""
    db = console.services.desk.db
    today = console.services.desk.now().date()
    ended = survey.quarter_of(today - dt.timedelta(days=92))
    running = survey.quarter_of(today)
    ids = [q.id for q in survey.QUESTIONS]

    def grid(value: int) -> list[SurveyCell]:
        return survey_grid([], ids, range(1, 7), "", dict.fromkeys(ids, value))

    for n in range(9):
        assert await db.save_survey(f"m{n}", ended, "solvesborg", grid(1))
    for n in range(12):
        assert await db.save_survey(f"r{n}", running, "solvesborg", grid(6))
    await signed_in(console)
    page = await console.http.get("/staff/oversikt")
    assert "Inget avslutat kvartal under perioden har minst 10 svar" in page.text
    assert "Trygghetsindex per kvartal" not in page.text
    assert await db.save_survey("m9", ended, "solvesborg", grid(6))
    page = await console.http.get("/staff/oversikt")
    assert "Trygghetsindex 0,60 (10 svar)" in page.text and "Trygghetsindex per kvartal" in page.text
    assert "pågår, visas när kvartalet är slut" in page.text
