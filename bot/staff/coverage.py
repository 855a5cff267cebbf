"""What the knowledge base covers: each municipality's agreements, their status today, how old the
sources are, which to update first (those whose newest agreement has ended), and what share of
Sweden's population lives in the municipalities it covers (kommuner.yaml's `population:`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from bot.answering import compose, periods
from bot.answering.knowledge import Agreement, Knowledge, Municipality, PopulationSource
from bot.text import swedish_key


@dataclass(frozen=True)
class Coverage:
    id: str
    name: str
    agreement: str  # the newest agreement's name and period
    status: str  # in_force, ended, not_started, open
    source_date: str  # the newest source's date, "" when none is given
    update_first: bool  # the newest agreement has ended
    check_soon: bool = False  # no end date given, and the newest source is over two years old
    checked: str = ""  # the day someone last looked for a newer agreement ("" never)
    checked_note: str = ""  # what they found

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


def _latest_day(agreement: Agreement) -> dt.date:
    known = agreement.end or agreement.start or agreement.signed
    return known.last_day() if known else dt.date.min


def _newest(muni: Municipality) -> tuple[str, str]:
    agreement = max(muni.agreements, key=_latest_day)
    return agreement.id, periods.span(agreement, "sv")


NONE_FOUND = "none_found"  # searched for, and no published agreement found
STATUS_NAMES = {"in_force": "gäller i dag", "ended": "har upphört", "open": "utan slutdatum",
                "not_started": "har inte börjat gälla", NONE_FOUND: "ingen publicerad hittad"}


def coverage(knowledge: Knowledge, today: dt.date) -> list[Coverage]:
    """One row per municipality the knowledge base knows: those with agreements, and those searched
    for with none found, in Swedish order."""
    rows = []
    everyone = [*knowledge.municipalities.values(), *knowledge.unpublished.values()]
    for muni in sorted(everyone, key=lambda m: swedish_key(m.name)):
        if not muni.agreements:
            rows.append(Coverage(muni.id, muni.name, "ingen publicerad överenskommelse hittad", NONE_FOUND, "",
                                 False, False, str(muni.checked) if muni.checked else "", muni.checked_note))
            continue
        newest_id, span = _newest(muni)
        agreement = next(a for a in muni.agreements if a.id == newest_id)
        # A kommun with any agreement in force is in force, whatever its newest one says; one whose
        # page gives no date at all (a renewed agreement found on an undated page) may still apply,
        # so it is "without an end date", never "ended" because an older dated one has ended.
        states = [periods.status(a, today) for a in muni.agreements]
        undated = [a for a in muni.agreements if not (a.start or a.end or a.signed)]
        if "in_force" in states:
            state = "in_force"
        elif undated and periods.status(agreement, today) == "ended":
            agreement, span = undated[-1], periods.span(undated[-1], "sv")
            state = "open"
        else:
            state = periods.status(agreement, today)
        dates = [s.date for s in muni.sources if s.date]
        source_date = str(max(dates, key=lambda d: d.last_day())) if dates else ""
        newest_source = max((d for d in dates), key=lambda d: d.last_day(), default=None)
        old = newest_source is not None and newest_source.more_than_years_before(compose.OLD_SOURCE_YEARS, today)
        rows.append(Coverage(muni.id, muni.name, f"{periods.agreement_name(agreement, 'sv', capital=True)} {span}",
                             state, source_date, state == "ended", state == "open" and old,
                             str(muni.checked) if muni.checked else "", muni.checked_note))
    return rows


LARGEST_MISSING = 10  # how many of the largest municipalities without an entry `coverage` names


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


@dataclass(frozen=True)
class CountyShare:
    county: str
    municipalities: int
    known: int  # with an entry in the knowledge base
    in_force: int  # of those, with an agreement in force today
    population: int  # the county's municipalities' figures added up
    known_population: int
    in_force_population: int
    without_figure: int = 0

    def to_dict(self) -> dict[str, object]:
        return {**asdict(self), "known_share": _share(self.known_population, self.population),
                "in_force_share": _share(self.in_force_population, self.population)}


@dataclass(frozen=True)
class Missing:
    name: str
    county: str
    population: int


@dataclass(frozen=True)
class PopulationCoverage:
    """How many municipalities, and how much of Sweden's population, the knowledge base covers."""
    municipalities: int  # all of Sweden's
    population: int  # Sweden's: the source's total, else the figures added up
    known: int
    known_population: int
    in_force: int  # municipalities with an agreement in force today
    in_force_population: int
    counties: tuple[CountyShare, ...]
    largest_missing: tuple[Missing, ...]  # the largest municipalities without an entry, largest first
    without_figure: tuple[str, ...]  # municipalities kommuner.yaml gives no population for
    source: PopulationSource | None

    @property
    def known_share(self) -> float:
        return _share(self.known_population, self.population)

    @property
    def in_force_share(self) -> float:
        return _share(self.in_force_population, self.population)

    def to_dict(self) -> dict[str, object]:
        source = self.source
        return {
            "municipalities": self.municipalities, "population": self.population,
            "known": self.known, "known_population": self.known_population, "known_share": self.known_share,
            "in_force": self.in_force, "in_force_population": self.in_force_population,
            "in_force_share": self.in_force_share,
            "with_figure": self.municipalities - len(self.without_figure),
            "without_figure": list(self.without_figure),
            "counties": [county.to_dict() for county in self.counties],
            "largest_missing": [asdict(missing) for missing in self.largest_missing],
            "source": None if source is None else {"publisher": source.publisher, "title": source.title,
                                                   "url": source.url, "date": str(source.date)},
        }


def population_coverage(knowledge: Knowledge, today: dt.date) -> PopulationCoverage:
    figures = knowledge.population
    # Known: an entry with agreements, or the record of a search that found none published.
    known = {muni.name for muni in [*knowledge.municipalities.values(), *knowledge.unpublished.values()]}
    in_force = {muni.name for muni in knowledge.municipalities.values()
                if any(periods.status(agreement, today) == "in_force" for agreement in muni.agreements)}
    counties: dict[str, list[str]] = {}
    for name, county in knowledge.all_municipalities.items():
        counties.setdefault(county, []).append(name)

    def people(names: set[str] | list[str]) -> int:
        return sum(figures.get(name, 0) for name in names)

    shares = tuple(CountyShare(county, len(names), len(known.intersection(names)), len(in_force.intersection(names)),
                               people(names), people(known.intersection(names)), people(in_force.intersection(names)),
                               sum(1 for name in names if name not in figures))
                   for county, names in counties.items())
    missing = sorted((name for name in knowledge.all_municipalities if name not in known and name in figures),
                     key=lambda name: (-figures[name], swedish_key(name)))
    source = knowledge.population_source
    # The source's own total counts Sweden even while some municipalities lack a figure here.
    sweden = source.total if source is not None and source.total else sum(figures.values())
    return PopulationCoverage(
        municipalities=len(knowledge.all_municipalities), population=sweden,
        known=len(known), known_population=people(known), in_force=len(in_force),
        in_force_population=people(in_force), counties=shares,
        largest_missing=tuple(Missing(name, knowledge.all_municipalities[name], figures[name])
                              for name in missing[:LARGEST_MISSING]),
        without_figure=tuple(sorted((n for n in knowledge.all_municipalities if n not in figures), key=swedish_key)),
        source=source)


def _number(value: int) -> str:
    return f"{value:,}".replace(",", " ")


def _percent(share: float) -> str:
    return f"{share * 100:.1f} %".replace(".", ",")


def population_lines(shares: PopulationCoverage) -> list[str]:
    """The population part of the table, in Swedish like the rest of it."""
    if shares.municipalities == len(shares.without_figure):
        return ["Folkmängd saknas i kommuner.yaml (population:), så andelen av befolkningen kan inte räknas."]
    source = shares.source
    heading = f"Befolkning {source.date.format('sv')} ({source.publisher})" if source else "Befolkning"
    lines = [heading + ":",
             f"  i kunskapsbasen: {shares.known} av {shares.municipalities} kommuner, "
             f"{_number(shares.known_population)} av {_number(shares.population)} invånare "
             f"({_percent(shares.known_share)})",
             f"  med en överenskommelse som gäller i dag: {shares.in_force} kommuner, "
             f"{_number(shares.in_force_population)} invånare ({_percent(shares.in_force_share)})"]
    if shares.without_figure:
        lines.append(f"  {len(shares.without_figure)} kommuner saknar folkmängd och räknas inte: "
                     + ", ".join(shares.without_figure))
    lines.append("")
    lines.append(f"{'län':<24} {'kommuner':>8} {'i basen':>8} {'gäller':>7} {'invånare':>10} "
                 f"{'andel i basen':>14} {'andel gäller':>13}")
    for county in shares.counties:
        lines.append(f"{county.county:<24} {county.municipalities:>8} {county.known:>8} {county.in_force:>7} "
                     f"{_number(county.population):>10} "
                     f"{_percent(_share(county.known_population, county.population)):>14} "
                     f"{_percent(_share(county.in_force_population, county.population)):>13}")
    if shares.largest_missing:
        lines.append("")
        lines.append("Största kommuner som saknas: " + ", ".join(
            f"{missing.name} ({_number(missing.population)})" for missing in shares.largest_missing))
    return lines


def table(rows: list[Coverage], known: int, total: int, population: PopulationCoverage | None = None) -> str:
    lines = [f"{'kommun':<14} {'överenskommelse':<58} {'status':<12} {'källa':<11} kontrollerad"]
    for row in rows:
        lines.append(f"{row.name:<14} {row.agreement[:58]:<58} {row.status:<12} {row.source_date or '-':<11} "
                     f"{row.checked or 'aldrig'}")
    ended = [row.name for row in rows if row.update_first]
    lines.append("")
    lines.append(f"{known} av {total} kommuner finns i kunskapsbasen.")
    counts = {status: sum(1 for row in rows if row.status == status) for status in STATUS_NAMES}
    lines.append("Efter status: " + ", ".join(f"{STATUS_NAMES[status]} {count}"
                                              for status, count in counts.items() if count) + ".")
    if ended:
        lines.append("Uppdatera först (den senaste överenskommelsen har upphört): " + ", ".join(ended))
    soon = [row.name for row in rows if row.check_soon]
    if soon:
        lines.append("Kontrollera sedan (inget slutdatum i källan, som är över två år gammal): " + ", ".join(soon))
    never = [row.name for row in rows if not row.checked]
    if never:
        lines.append("Aldrig kontrollerade mot nyare överenskommelser: " + ", ".join(never))
    if population is not None:
        lines.append("")
        lines.extend(population_lines(population))
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
