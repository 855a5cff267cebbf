"""What the knowledge base covers: each municipality's agreements, their status today, how old the
sources are, and which to update first (those whose newest agreement has ended)."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from bot.answering import compose
from bot.answering.knowledge import Agreement, Knowledge, Municipality
from bot.text import fold


@dataclass(frozen=True)
class Coverage:
    id: str
    name: str
    agreement: str  # the newest agreement's name and period
    status: str  # in_force, ended, not_started, open
    source_date: str  # the newest source's date, "" when none is given
    update_first: bool  # the newest agreement has ended
    check_soon: bool = False  # no end date given, and the newest source is over two years old

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


def _latest_day(agreement: Agreement) -> dt.date:
    known = agreement.end or agreement.start or agreement.signed
    return known.last_day() if known else dt.date.min


def _newest(muni: Municipality) -> tuple[str, str]:
    agreement = max(muni.agreements, key=_latest_day)
    return agreement.id, compose.span(agreement, "sv")


def coverage(knowledge: Knowledge, today: dt.date) -> list[Coverage]:
    rows = []
    for muni in sorted(knowledge.municipalities.values(), key=lambda m: fold(m.name)):
        newest_id, span = _newest(muni)
        agreement = next(a for a in muni.agreements if a.id == newest_id)
        state = compose.status(agreement, today)
        dates = [s.date for s in muni.sources if s.date]
        source_date = str(max(dates, key=lambda d: d.last_day())) if dates else ""
        newest_source = max((d for d in dates), key=lambda d: d.last_day(), default=None)
        old = newest_source is not None and newest_source.more_than_years_before(compose.OLD_SOURCE_YEARS, today)
        rows.append(Coverage(muni.id, muni.name, f"{compose.agreement_name(agreement, 'sv', capital=True)} {span}",
                             state, source_date, state == "ended", state == "open" and old))
    return rows


def table(rows: list[Coverage], known: int, total: int) -> str:
    lines = [f"{'kommun':<14} {'överenskommelse':<58} {'status':<12} källa"]
    for row in rows:
        lines.append(f"{row.name:<14} {row.agreement[:58]:<58} {row.status:<12} {row.source_date or '-'}")
    ended = [row.name for row in rows if row.update_first]
    lines.append("")
    lines.append(f"{known} av {total} kommuner finns i kunskapsbasen.")
    if ended:
        lines.append("Uppdatera först (den senaste överenskommelsen har upphört): " + ", ".join(ended))
    soon = [row.name for row in rows if row.check_soon]
    if soon:
        lines.append("Kontrollera sedan (inget slutdatum i källan, som är över två år gammal): " + ", ".join(soon))
    return "\n".join(lines)


def skeleton(municipality_id: str, name: str, county: str) -> str:
    """A new municipality file with every field to fill in from the published agreement."""
    return f"""# {name}: fill in from the kommun's or the police's published agreement, and nothing else.
# Every fact needs its source; run `trygghetsbot validate` when done (see knowledge/README.md).
id: {municipality_id}
name: {name}
county: {county}
police_area: TODO          # lokalpolisområde, as the source names it (leave the line out if it does not)
localities: []             # towns in the municipality
sources:
  - id: source-1
    kind: nyhet            # nyhet, pressmeddelande or sida
    publisher: TODO        # e.g. {name} kommun
    title: TODO            # the page's title, as published
    date: TODO             # the date the page gives: YYYY, YYYY-MM or YYYY-MM-DD
    url: TODO              # the page's address
parties:
  - name: {name} kommun
    name_en: {name} Municipality
  - name: Polisen, lokalpolisområde TODO
    name_en: Swedish Police, local police area TODO
agreements:
  - id: samverkan-TODO
    kind: samverkansoverenskommelse   # or medborgarlofte
    title: TODO
    start: TODO
    end: TODO
    signed: TODO
    quote: TODO                       # words from the page, exactly as published, that support the period
    purpose: TODO
    purpose_en: TODO
    areas:
      - id: TODO
        kind: focus_area              # focus_area, collaboration_area, other_area, commitment
        title: TODO
        title_en: TODO
        quote: TODO                   # the words on the page that name it
        keywords: []
people: []                 # named officials, only as the source names them
"""
