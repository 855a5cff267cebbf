"""The digest as HTML (one printable file, or the console page's body) and as Markdown with its images
beside it."""

from __future__ import annotations

import base64
import html
import re
from collections.abc import Sequence
from pathlib import Path

from bot.staff.digest.model import HEADINGS, Digest
from bot.staff.digest.rows import (MAP_CAPTION, Table, category_table, channel_table, focus_table,
                                   no_map_line, places_table, summary_lines, survey_rows,
                                   uncovered_line)
from bot.text import clean_text


HTML_STYLE = """
body { font-family: Georgia, "Times New Roman", serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem;
       color: #111; line-height: 1.45; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #999; }
h3 { font-size: 1.05rem; margin-bottom: .25rem; }
table { border-collapse: collapse; width: 100%; margin: .75rem 0 1.25rem; font-size: .92rem; }
th, td { border: 1px solid #777; padding: .25rem .4rem; text-align: left; vertical-align: top; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
img { max-width: 100%; height: auto; }
blockquote { margin: .25rem 0 .25rem 1rem; font-style: italic; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } table, img { break-inside: avoid; } }
"""


def html_body(digest: Digest, chart_src: str, map_src: str = "") -> str:
    """The document's content as HTML, every text cleaned and escaped: the file's body and the
    console page's."""

    def e(text: str) -> str:
        return html.escape(clean_text(text))
    out: list[str] = [f'<article class="digest" lang="sv"><h1>{e(digest.title)}</h1>',
                      f"<p>Period: {e(digest.period.label())}</p>"]

    def table(rows: Table, caption: str, numbers: Sequence[int] = ()) -> None:
        header, body = rows
        out.append(f"<table><caption>{e(caption)}</caption><thead><tr>")
        out.extend(f'<th scope="col"{" class=number" if i in numbers else ""}>{e(h)}</th>'
                   for i, h in enumerate(header))
        out.append("</tr></thead><tbody>")
        for values in body:
            cells = [f'<th scope="row">{e(values[0])}</th>']
            cells += [f'<td{" class=number" if i in numbers else ""}>{e(v)}</td>'
                      for i, v in enumerate(values[1:], start=1)]
            out.append("<tr>" + "".join(cells) + "</tr>")
        out.append("</tbody></table>")

    out.append(f'<section id="sammanfattning"><h2>{HEADINGS[0]}</h2>')
    out.extend(f"<p>{e(line)}</p>" for line in summary_lines(digest))
    table(category_table(digest), "Synpunkter per kategori", (1, 2))
    table(channel_table(digest), "Synpunkter per kanal", (1, 2))
    out.append(f'<img src="{e(chart_src)}" width="1125" alt="Diagram: synpunkter per kategori, perioden och '
               'perioden före. Samma siffror finns i tabellen ovan."></section>')
    out.append(f'<section id="platser"><h2>{HEADINGS[1]}</h2>')
    if digest.places:
        table(places_table(digest), "Platser med flera synpunkter", (1,))
        if map_src and digest.has_map:
            out.append(f'<figure><img class="places-map" src="{e(map_src)}" width="975" alt="Karta över platserna med '
                       f'koordinater, numrerade som i tabellen; samma platser och antal finns i tabellen.">'
                       f"<figcaption>{e(MAP_CAPTION)}</figcaption></figure>")
        elif not digest.has_map:
            out.append(f"<p>{e(no_map_line(digest))}</p>")
    else:
        out.append("<p>Ingen plats har fler än en synpunkt under perioden.</p>")
    out.append(f'</section><section id="teman"><h2>{HEADINGS[2]}</h2>')
    for theme in digest.themes:
        out.append(f'<h3>{e(theme.word.capitalize())} (<span class="count">{theme.count}</span>)</h3>')
        out.extend(f"<blockquote>”{e(q)}”</blockquote>" for q in theme.quotes)
    if not digest.themes:
        out.append("<p>Inga återkommande teman under perioden.</p>")
    if digest.agreement:
        out.append(f'</section><section id="overenskommelsen"><h2>{HEADINGS[3]}</h2>')
        if digest.agreement_note:
            out.append(f"<p>{e(digest.agreement_note)}</p>")
        if digest.focus:
            table(focus_table(digest), "Fokusområden och synpunkter som berör dem", (2,))
        else:
            out.append("<p>Kunskapsbasen har inga fokusområden för kommunen.</p>")
        out.append(f'<p class="uncovered">{e(uncovered_line(digest))}</p>')
    out.append(f'</section><section id="fragor"><h2>{HEADINGS[4]}</h2>')
    for group in digest.unanswered:
        out.append(f"<h3>{e(group.label)} ({group.count})</h3><ul>")
        out.extend(f"<li>{e(text)} ({count})</li>" for text, count in group.questions[:10])
        out.append("</ul>")
    if not digest.unanswered:
        out.append("<p>Inga obesvarade frågor.</p>")
    out.append(f'</section><section id="trygghetsmatning"><h2>{HEADINGS[5]}</h2>')
    lines, questions, trend = survey_rows(digest)
    out.extend(f"<p>{e(line)}</p>" for line in lines)
    if questions is not None:
        table(questions, "Frågorna och deras index", (1, 2))
    if trend is not None:
        table(trend, "Trygghetsindex per kvartal", (1, 2))
    out.append(f'</section><section id="om-underlaget"><h2>{HEADINGS[6]}</h2><ul>')
    out.extend(f"<li>{e(line)}</li>" for line in digest.notes)
    out.append("</ul></section></article>")
    return "\n".join(out)


def write_html(digest: Digest, target: Path, final: Path | None = None) -> None:
    """One printable file: the chart inside it as a data URL, so it can be mailed as it is."""
    chart = "data:image/png;base64," + base64.b64encode(digest.chart()).decode("ascii")
    drawn = digest.map()
    where = "data:image/png;base64," + base64.b64encode(drawn).decode("ascii") if drawn is not None else ""
    page = (f'<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{html.escape(digest.title)}</title><style>{HTML_STYLE}</style></head>"
            f"<body>\n{html_body(digest, chart, where)}\n</body></html>\n")
    target.write_text(page, encoding="utf-8")


def markdown_text(text: str) -> str:
    """Text for a Markdown table cell or line: nothing in it can become markup. Parentheses stay as
    written: with every bracket escaped, none can open a link ("Stora torget (3)", not "\\(3\\)")."""
    return re.sub(r"([\\`*_{}\[\]<>#+!|~])", r"\\\1", " ".join(clean_text(text).split()))


def write_md(digest: Digest, target: Path, final: Path | None = None) -> None:
    """Markdown, with the chart and the map as PNGs beside it (FILE-diagram.png, FILE-karta.png);
    `final` is the name the file will have, which its links use (`target` may be a partial file)."""
    named = final or target
    out: list[str] = [f"# {markdown_text(digest.title)}", "", f"Period: {markdown_text(digest.period.label())}", ""]

    def table(rows: Table) -> None:
        header, body = rows
        out.append("| " + " | ".join(markdown_text(h) for h in header) + " |")
        out.append("|" + "|".join(" --- " for _ in header) + "|")
        out.extend("| " + " | ".join(markdown_text(v) for v in values) + " |" for values in body)
        out.append("")

    out += [f"## {HEADINGS[0]}", ""]
    out += [markdown_text(line) for line in summary_lines(digest)] + [""]
    table(category_table(digest))
    table(channel_table(digest))
    out += [f"![Synpunkter per kategori, perioden och perioden före]({chart_path(named).name})", ""]
    out += [f"## {HEADINGS[1]}", ""]
    if digest.places:
        table(places_table(digest))
        if digest.has_map:
            out += [f"![{markdown_text(MAP_CAPTION)}]({map_path(named).name})", ""]
        else:
            out += [markdown_text(no_map_line(digest)), ""]
    else:
        out += ["Ingen plats har fler än en synpunkt under perioden.", ""]
    out += [f"## {HEADINGS[2]}", ""]
    for theme in digest.themes:
        out += [f"### {markdown_text(theme.word.capitalize())} ({theme.count})", ""]
        out += [f"> ”{markdown_text(q)}”\n" for q in theme.quotes]
    if digest.agreement:
        out += [f"## {HEADINGS[3]}", ""]
        if digest.agreement_note:
            out += [markdown_text(digest.agreement_note), ""]
        if digest.focus:
            table(focus_table(digest))
        out += [markdown_text(uncovered_line(digest)), ""]
    out += [f"## {HEADINGS[4]}", ""]
    for group in digest.unanswered:
        out += [f"### {markdown_text(group.label)} ({group.count})", ""]
        out += [f"- {markdown_text(text)} ({count})" for text, count in group.questions[:10]] + [""]
    out += [f"## {HEADINGS[5]}", ""]
    lines, questions, trend = survey_rows(digest)
    out += [markdown_text(line) for line in lines] + [""]
    for rows in (questions, trend):
        if rows is not None:
            table(rows)
    out += [f"## {HEADINGS[6]}", ""] + [f"- {markdown_text(line)}" for line in digest.notes] + [""]
    target.write_text("\n".join(out), encoding="utf-8")



def chart_path(path: Path) -> Path:
    return path.with_name(path.stem + "-diagram.png")


def map_path(path: Path) -> Path:
    return path.with_name(path.stem + "-karta.png")
