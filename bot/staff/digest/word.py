"""The digest as a Word document (A4, Swedish proofing) with real headings and tables, to paste from."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from bot.staff.digest.model import HEADINGS, Digest
from bot.staff.digest.rows import (MAP_CAPTION, Table, category_table, channel_table, focus_table,
                                   no_map_line, places_table, summary_lines, survey_rows,
                                   uncovered_line)
from bot.text import clean_text


def _a4_in_swedish(document: Any) -> None:
    """python-docx's template is US Letter with en-US proofing: a Swedish coordinator prints on A4
    and wants Word to check the spelling in Swedish."""
    from docx.oxml import OxmlElement  # noqa: PLC0415 - only for this format
    from docx.oxml.ns import qn  # noqa: PLC0415
    from docx.shared import Mm  # noqa: PLC0415

    for section in document.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(25)
        section.top_margin = section.bottom_margin = Mm(25)
    document.core_properties.language = "sv-SE"
    defaults = document.styles.element.find(qn("w:docDefaults"))
    run_defaults = defaults.find(qn("w:rPrDefault")) if defaults is not None else None
    if run_defaults is None:
        return
    properties = run_defaults.find(qn("w:rPr"))
    if properties is None:
        properties = OxmlElement("w:rPr")
        run_defaults.append(properties)
    lang = properties.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        properties.append(lang)
    for attribute in ("w:val", "w:eastAsia", "w:bidi"):
        lang.set(qn(attribute), "sv-SE")


def write_docx(digest: Digest, target: Path, final: Path | None = None) -> None:
    """A Word document with real headings (Rubrik 1/2) and tables, to paste from."""
    from docx import Document  # noqa: PLC0415 - only for this format
    from docx.shared import Cm, Pt  # noqa: PLC0415

    document = Document()
    document.core_properties.title = clean_text(digest.title)
    document.core_properties.author = "Trygghetsboten"
    document.styles["Normal"].font.size = Pt(10)
    _a4_in_swedish(document)

    # Every text goes through clean_text: python-docx refuses a control character, and one stored
    # before intake cleaned would otherwise fail the whole document.
    def paragraph(text: str = "", style: str | None = None) -> None:
        document.add_paragraph(clean_text(text), style=style)

    def heading(text: str, level: int) -> None:
        document.add_heading(clean_text(text), level=level)

    def table(rows: Table) -> None:
        header, body = rows
        grid = document.add_table(rows=1, cols=len(header))
        grid.style = "Table Grid"
        for cell, text in zip(grid.rows[0].cells, header):
            cell.text = ""
            cell.paragraphs[0].add_run(clean_text(text)).bold = True
        for values in body:
            cells = grid.add_row().cells
            for cell, text in zip(cells, values):
                cell.text = clean_text(text)
        paragraph()

    heading(digest.title, level=0)
    paragraph(f"Period: {digest.period.label()}")
    heading(HEADINGS[0], level=1)
    for line in summary_lines(digest):
        paragraph(line)
    table(category_table(digest))
    table(channel_table(digest))
    document.add_picture(io.BytesIO(digest.chart()), width=Cm(16))
    paragraph("Diagram: synpunkter per kategori, perioden och perioden före. Samma siffror finns "
                           "i tabellen ovan.")
    heading(HEADINGS[1], level=1)
    if digest.places:
        table(places_table(digest))
        drawn = digest.map()
        if drawn is not None:
            document.add_picture(io.BytesIO(drawn), width=Cm(13))
        paragraph(MAP_CAPTION if drawn is not None else no_map_line(digest))
    else:
        paragraph("Ingen plats har fler än en synpunkt under perioden.")
    heading(HEADINGS[2], level=1)
    for theme in digest.themes:
        heading(f"{theme.word.capitalize()} ({theme.count})", level=2)
        for quote in theme.quotes:
            paragraph(f"”{quote}”", style="List Bullet")
    if not digest.themes:
        paragraph("Inga återkommande teman under perioden.")
    if digest.agreement:
        heading(HEADINGS[3], level=1)
        if digest.agreement_note:
            paragraph(digest.agreement_note)
        if digest.focus:
            table(focus_table(digest))
        else:
            paragraph("Kunskapsbasen har inga fokusområden för kommunen.")
        paragraph(uncovered_line(digest))
    heading(HEADINGS[4], level=1)
    for group in digest.unanswered:
        heading(f"{group.label} ({group.count})", level=2)
        for text, count in group.questions[:10]:
            paragraph(f"{text} ({count})", style="List Bullet")
    if not digest.unanswered:
        paragraph("Inga obesvarade frågor.")
    heading(HEADINGS[5], level=1)
    lines, questions, trend = survey_rows(digest)
    for line in lines:
        paragraph(line)
    for rows in (questions, trend):
        if rows is not None:
            table(rows)
    heading(HEADINGS[6], level=1)
    for line in digest.notes:
        paragraph(line, style="List Bullet")
    document.save(str(target))
