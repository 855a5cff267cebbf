"""The lägesbild digest: a municipality's concerns over a period, as sections a coordinator can paste.

    concerns (streamed in chunks) ──► DigestBuilder ──► Digest ──► write_docx / write_html / write_md

Sections, in the order of the document: Sammanfattning (counts against the period before, by
category and channel, and one chart), Platser (concerns within about 150 m of each other, or the
same typed place after normalising), Teman (what recurs in residents' own words, with short quotes
as stored, that is masked), Överenskommelsen (each focus area of the municipality's agreement and
the concerns that touch it, and what none covers), Frågor utan svar, Trygghetsmätning (only with
enough answers) and Om underlaget.

Everything is computed in one pass over the concerns, so 100 000 of them take seconds. Access is the
staff desk's: `build` checks the municipality against the member's list and keeps the download in
the audit log like the other exports.

The modules, one job each:

    model    the digest as plain data (Period, Place, Theme, Digest …) and the section headings
    places   concerns grouped into places (PlaceClusters)
    themes   the themes' words and quotes, and the unanswered questions grouped by theme
    focus    the agreements' focus areas in force and the words that touch them
    gather   the one pass over the concerns (DigestBuilder) and the notes of Om underlaget
    images   the chart and the map as PNG
    rows     the document as lines and tables, shared by the writers
    word     the .docx
    markup   the HTML and the .md
    make     reading the store, access, audit, worker processes; `build`, `write`, `render`
"""

from bot.staff.digest.gather import DigestBuilder, DigestCounts, about, assemble
from bot.staff.digest.images import chart_png, figure_png, map_png
from bot.staff.digest.make import (WRITERS, DigestRequest, build, capped, compose, filename, image, period_of,
                                   prepare, render, write)
from bot.staff.digest.markup import chart_path, html_body, map_path, markdown_text, write_html, write_md
from bot.staff.digest.model import (CLUSTER_METRES, FORMATS, HEADINGS, MAX_YEARS, Change, Digest, FocusRow, Period,
                                    Place, Theme, UnansweredGroup, change_text, month_label)
from bot.staff.digest.places import PlaceClusters, place_key
from bot.staff.digest.rows import MAP_CAPTION, NO_MAP, NO_MAP_ONE
from bot.staff.digest.word import write_docx

__all__ = ["CLUSTER_METRES", "FORMATS", "HEADINGS", "MAP_CAPTION", "MAX_YEARS", "NO_MAP", "NO_MAP_ONE", "WRITERS",
           "Change", "Digest", "DigestBuilder", "DigestCounts", "DigestRequest", "FocusRow", "Period", "Place",
           "PlaceClusters", "Theme", "UnansweredGroup", "about", "assemble", "build", "capped", "change_text",
           "chart_path", "chart_png", "compose", "figure_png", "filename", "html_body", "image", "map_path", "map_png",
           "markdown_text", "month_label", "period_of", "place_key", "prepare", "render", "write", "write_docx",
           "write_html", "write_md"]
