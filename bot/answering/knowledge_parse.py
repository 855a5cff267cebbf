"""Building the model from the YAML of one file: a municipality entry (every rule that needs the whole
entry: its sources, a quote for a fact from a web page, an end after the start), kommuner.yaml with
its population figures, and helplines.yaml. Each records every problem it finds, not just the first.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, NamedTuple

from bot.answering.knowledge_model import (Agreement, Area, Contact, CountyFigures, Fact, Helpline, Measurement, Municipality, Party,
                                           Person, PopulationSource, Renewal, Source, TextItem)
from bot.answering.knowledge_specs import (AGREEMENT, AREA, CONTACT, COUNTY_FIGURES, FACT, HELPLINE, HELPLINE_KINDS, HELPLINE_SOURCE,
                                           KOMMUNER_KEYS, MEASUREMENT, MUNICIPALITY, PARTY, PERSON,
                                           POPULATION_SOURCE, RENEWAL, SOURCE, TEXT_ITEM, Checker, as_date,
                                           as_strs)
from bot.dates import PartialDate
from bot.errors import Problem
from bot.text import fold


def parse_municipality(raw: Any, file: str, problems: list[Problem],
                        all_names: frozenset[str]) -> Municipality | None:
    check = Checker(file, problems)
    if not isinstance(raw, dict):
        check.problem(f"expected a mapping, got {type(raw).__name__}", "municipality", node=raw)
        return None
    top: dict[str, Any] = raw
    entry = f"municipality {top.get('id', '?')}"
    # Keep checking the rest after a bad top-level field, so every problem is reported at once.
    top_ok = check.mapping(top, MUNICIPALITY, entry) is not None
    if isinstance(top.get("id"), str) and Path(file).stem != top["id"]:
        check.problem(f"file name must be the id: {top['id']}.yaml", entry, "id", top)
    name = top.get("name")
    if all_names and isinstance(name, str) and fold(name) not in all_names:
        check.problem(f"{name!r} is not a Swedish municipality in kommuner.yaml", entry, "name", top)

    sources = check.entries(top, "sources", SOURCE, "source", lambda s, _: Source(
        id=s["id"], publisher=s["publisher"], title=s["title"], date=as_date(s.get("date")),
        kind=s.get("kind", "pressmeddelande"), seed=s.get("seed", ""), url=s.get("url", ""),
        note=s.get("note", ""), note_en=s.get("note_en", ""), documents=as_strs(s.get("documents")),
        retrieved=as_date(s.get("retrieved"))))
    # An entry either holds agreements (with their sources and parties), or records a search that
    # found none: then `checked` and `checked_note` say when and what was searched.
    unpublished = not top.get("agreements")
    if unpublished and not (top.get("checked") and str(top.get("checked_note") or "").strip()):
        check.problem("at least one agreement is required (or, when none was found, checked: and checked_note: "
                      "saying when and what was searched)", entry, "agreements", top)
    for required in ("sources", "parties"):
        if not top.get(required) and (required in top or not unpublished):
            check.problem(f"at least one {required.removesuffix('s').replace('partie', 'party')} is required", entry, required, top)
    for raw_source, built_source in zip(top.get("sources") or [], sources):
        source_entry = f"source {built_source.id}"
        if not built_source.url and not built_source.seed:
            check.problem("a source needs url: (the page it comes from) or seed: (a file in shared/seeds)",
                          source_entry, "url", raw_source)
        if built_source.url and not (raw_source.get("date") or raw_source.get("retrieved")):
            check.problem("a web page needs the date it gives (date:), or the day it was read (retrieved:)",
                          source_entry, "date", raw_source)
    source_ids = {s.id for s in sources}
    source_dates = {s.id: s.date for s in sources}
    web_pages = {s.id for s in sources if s.url}
    default_source = default_source_id(top)

    def source_of(item: dict[str, Any], item_entry: str, inherited: str = "") -> str:
        source_id = item.get("source") or inherited or default_source
        if not source_id:
            check.problem("missing source (required when a municipality has several sources)",
                          item_entry, "source", item)
        elif source_id not in source_ids:
            check.problem(f"unknown source {source_id!r} (known: {', '.join(sorted(source_ids))})",
                          item_entry, "source", item)
        elif source_id in web_pages and not str(item.get("quote") or "").strip():
            # Web pages change and vanish: the words that support the fact are kept with it.
            check.problem("a fact from a web page needs quote: (a few words from the page, exactly as "
                          "published, that support it)", item_entry, "quote", item)
        return source_id

    def party(p: dict[str, Any], _: str) -> Party:
        return Party(p["name"], p.get("name_en", ""), p.get("note", ""), p.get("note_en", ""))

    parties = check.entries(top, "parties", PARTY, "party", party)
    partners = check.entries(top, "partners", PARTY, "partner", party)

    def agreement(a: dict[str, Any], a_entry: str) -> Agreement:
        source_id = source_of(a, a_entry)
        start, end = as_date(a.get("start")), as_date(a.get("end"))
        if start and end and end.last_day() < start.first_day():
            check.problem(f"end {end} is before start {start}", a_entry, "end", a)

        def area(r: dict[str, Any], r_entry: str) -> Area:
            return Area(id=r["id"], kind=r["kind"], title=r["title"], title_en=r["title_en"],
                        agreement_id=a["id"], source_id=source_of(r, r_entry, source_id),
                        text=r.get("text", ""), text_en=r.get("text_en", ""),
                        measures=as_strs(r.get("measures")), measures_en=as_strs(r.get("measures_en")),
                        keywords=as_strs(r.get("keywords")), quote=r.get("quote", ""))

        areas = check.entries(a, "areas", AREA, f"{a_entry} area", area)
        return Agreement(id=a["id"], kind=a["kind"], source_id=source_id, title=a.get("title", ""),
                         title_en=a.get("title_en", ""), start=start, end=end,
                         signed=as_date(a.get("signed")), signed_note=a.get("signed_note", ""),
                         signed_note_en=a.get("signed_note_en", ""), purpose=a.get("purpose", ""),
                         purpose_en=a.get("purpose_en", ""), basis=a.get("basis", ""),
                         basis_en=a.get("basis_en", ""), part_of=a.get("part_of", ""),
                         areas=tuple(areas), source_date=source_dates.get(source_id), quote=a.get("quote", ""))

    agreements = check.entries(top, "agreements", AGREEMENT, "agreement", agreement)
    if "agreements" in top and not top.get("agreements"):
        check.problem("an empty list: leave agreements: out when none was found", entry, "agreements", top)
    agreement_ids = {a.id for a in agreements}
    for raw_agreement, built in zip(top.get("agreements") or [], agreements):
        if built.part_of and built.part_of not in agreement_ids:
            check.problem(f"unknown agreement {built.part_of!r}", f"agreement {built.id}", "part_of",
                          raw_agreement)

    def text_item(t: dict[str, Any], t_entry: str) -> TextItem:
        return TextItem(t["text"], t["text_en"], source_of(t, t_entry))

    methods = check.entries(top, "methods", TEXT_ITEM, "method", text_item)
    follow_up = check.entries(top, "follow_up", TEXT_ITEM, "follow_up", text_item)
    facts = check.entries(top, "facts", FACT, "fact", lambda f, f_entry: Fact(
        id=f["id"], title=f["title"], title_en=f["title_en"], text=f["text"], text_en=f["text_en"],
        source_id=source_of(f, f_entry), keywords=as_strs(f.get("keywords"))))
    measurements = check.entries(top, "measurements", MEASUREMENT, "measurement", lambda m, m_entry: Measurement(
        name=m["name"], after=float(m["after"]), source_id=source_of(m, m_entry),
        name_en=m.get("name_en", ""), before=None if m.get("before") is None else float(m["before"]),
        scale=m.get("scale", ""), scale_en=m.get("scale_en", ""), year=m.get("year"),
        text=m.get("text", ""), text_en=m.get("text_en", "")))

    def person(p: dict[str, Any], p_entry: str) -> Person:
        return Person(id=p["id"], name=p.get("name", ""), role=p["role"], role_en=p["role_en"],
                      source_id=source_of(p, p_entry), role_key=p.get("role_key", "other"), title=p.get("title", ""),
                      party=p.get("party", ""), organisation=p.get("organisation", ""),
                      signed=p.get("signed", False), steering_group=p.get("steering_group", False),
                      phone=p.get("phone", ""), quote=p.get("quote", ""))

    people = check.entries(top, "people", PERSON, "person", person)
    contact = _contact(top.get("contact"), check, source_of)
    renewal = _renewal(top.get("renewal"), check, source_of)
    if not top_ok:
        return None
    return Municipality(
        id=top["id"], name=top["name"], police_area=top.get("police_area", ""), sources=tuple(sources),
        parties=tuple(parties), agreements=tuple(agreements), county=top.get("county", ""),
        localities=as_strs(top.get("localities")), aliases=as_strs(top.get("aliases")),
        partners=tuple(partners), methods=tuple(methods), follow_up=tuple(follow_up),
        facts=tuple(facts), measurements=tuple(measurements), people=tuple(people), file=file,
        checked=as_date(top.get("checked")), checked_note=top.get("checked_note", ""),
        contact=contact, renewal=renewal)


SourceOf = Callable[[dict[str, Any], str], str]


def default_source_id(top: dict[str, Any]) -> str:
    """The source a fact may leave out: the entry's only one. A contact page (or a page on renewal)
    beside it does not count, since it is where to ask, not where the agreement was read."""
    ids = [str(s.get("id")) for s in top.get("sources") or [] if isinstance(s, dict) and s.get("id")]
    asking = {str(top[key].get("source")) for key in ("contact", "renewal") if isinstance(top.get(key), dict)}
    facts = [i for i in ids if i not in asking] or ids
    return facts[0] if len(facts) == 1 else ""


def _contact(raw: Any, check: Checker, source_of: SourceOf) -> Contact | None:
    """`contact:` where to ask the kommun, from a page of its own; the role only as the page names it."""
    if raw is None:
        return None
    checked = check.mapping(raw, CONTACT, "contact")
    if checked is None:
        return None
    if bool(checked.get("role")) != bool(checked.get("role_en")):
        check.problem("role: and role_en: go together (the role as the page names it, and in English)",
                      "contact", "role_en" if checked.get("role") else "role", raw)
    return Contact(source_id=source_of(checked, "contact"), quote=checked["quote"],
                   role=checked.get("role", ""), role_en=checked.get("role_en", ""))


def _renewal(raw: Any, check: Checker, source_of: SourceOf) -> Renewal | None:
    """`renewal:` what a source says about new agreements being signed ("förnyas årligen")."""
    if raw is None:
        return None
    checked = check.mapping(raw, RENEWAL, "renewal")
    if checked is None:
        return None
    return Renewal(text=checked["text"], text_en=checked["text_en"], source_id=source_of(checked, "renewal"),
                   quote=checked["quote"])


class Kommuner(NamedTuple):
    names: dict[str, str]  # name -> county
    ambiguous: frozenset[str]
    aliases: dict[str, tuple[str, ...]]
    population: dict[str, int]
    population_source: PopulationSource | None


def parse_kommuner(raw: Any, problems: list[Problem]) -> Kommuner:
    file = "kommuner.yaml"
    check = Checker(file, problems)
    top = raw
    names: dict[str, str] = {}
    if not isinstance(top, dict) or not isinstance(top.get("counties"), dict):
        check.problem("expected a mapping 'counties' of county name -> list of municipality names",
                      "kommuner", "counties", top)
        return Kommuner(names, frozenset(), {}, {}, None)
    for key in top:
        if key not in KOMMUNER_KEYS:  # a misspelt "populaton:" would otherwise be ignored silently
            check.problem(f"unknown field (expected one of: {', '.join(KOMMUNER_KEYS)})", "kommuner", str(key), top)
    for county, members in top["counties"].items():
        if not isinstance(members, list) or not all(isinstance(m, str) for m in members):
            check.problem("must be a list of names", f"county {county}", "counties", top)
            continue
        for name in members:
            if name in names:
                check.problem(f"duplicate municipality {name!r}", f"county {county}", "counties", top)
            names[name] = str(county)
    ambiguous = top.get("ambiguous") or []
    for name in ambiguous:
        if name not in names:
            check.problem(f"unknown municipality {name!r}", "kommuner", "ambiguous", top)
    aliases: dict[str, tuple[str, ...]] = {}
    for name, alias_list in (top.get("aliases") or {}).items():
        if name not in names:
            check.problem(f"unknown municipality {name!r}", "kommuner", "aliases", top)
        elif not isinstance(alias_list, list):
            check.problem("must be a list of names", f"alias {name}", "aliases", top)
        else:
            aliases[name] = tuple(str(a) for a in alias_list)
    population = _population(top, names, check)
    source = _population_source(top, population, names, check)
    return Kommuner(names, frozenset(ambiguous), aliases, population, source)


def _population(top: dict[str, Any], names: dict[str, str], check: Checker) -> dict[str, int]:
    """`population:` municipality name -> inhabitants; a name must be one of `counties`' exactly, so a
    figure is never counted for a municipality that the rest of the bot does not know."""
    raw = top.get("population")
    population: dict[str, int] = {}
    if raw is None:
        return population
    if not isinstance(raw, dict):
        check.problem("expected a mapping of municipality name -> inhabitants", "kommuner", "population", top)
        return population
    for name, value in raw.items():
        entry = f"population {name}"
        if name not in names:
            check.problem(f"unknown municipality {name!r} (write it as in counties)", entry, "population", raw)
        elif isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            check.problem(f"must be a whole number above 0, got {value!r}", entry, "population", raw)
        else:
            population[name] = value
    return population


def _population_source(top: dict[str, Any], population: dict[str, int], names: dict[str, str],
                       check: Checker) -> PopulationSource | None:
    raw = top.get("population_source")
    if raw is None:
        if population:  # never a number without where it was read
            check.problem("population figures need a population_source: publisher, title, url, date and quote",
                          "kommuner", "population_source", top)
        return None
    checked = check.mapping(raw, POPULATION_SOURCE, "population_source")
    if checked is None:
        return None
    total = checked.get("total")
    if total is not None and total <= 0:
        check.problem(f"must be a whole number above 0, got {total!r}", "population_source", "total", raw)
        return None
    if total is not None and len(population) == len(names) and sum(population.values()) != total:
        # With every municipality's figure, they must add up to the publisher's own total: this catches
        # a figure mistyped while copying, which no other check would.
        check.problem(f"the figures add up to {sum(population.values())}, but the source gives Sweden's "
                      f"population as {total}: check for a mistyped figure", "population_source", "total", raw)
    return PopulationSource(publisher=checked["publisher"], title=checked["title"], url=checked["url"],
                            date=PartialDate.parse(checked["date"]), quote=checked["quote"],
                            note=checked.get("note", ""), total=total,
                            counties=_county_figures(checked.get("counties") or [], population, names, check))


def _county_figures(raw: list[Any], population: dict[str, int], names: dict[str, str],
                    check: Checker) -> tuple[CountyFigures, ...]:
    """The pages each county's figures were read from. A county's figures must add up to the total its
    page gives: with 21 pages copied by hand, this names the county a mistyped figure is in."""
    counties: list[CountyFigures] = []
    known = set(names.values())
    for index, item in enumerate(raw):
        checked = check.mapping(item, COUNTY_FIGURES, f"population_source county {index + 1}")
        if checked is None:
            continue
        county, entry = checked["county"], f"population_source {checked['county']}"
        if county not in known:
            check.problem(f"unknown county {county!r} (write it as in counties)", entry, "county", item)
            continue
        if any(c.county == county for c in counties):
            check.problem(f"{county} has a page already", entry, "county", item)
            continue
        figures = [population.get(name) for name, of in names.items() if of == county]
        if None not in figures and sum(f or 0 for f in figures) != checked["total"]:
            check.problem(f"the figures of {county} add up to {sum(f or 0 for f in figures)}, but its page "
                          f"gives {checked['total']}: check for a mistyped figure", entry, "total", item)
        counties.append(CountyFigures(county=county, publisher=checked["publisher"], title=checked["title"],
                                      url=checked["url"], date=str(checked["date"]), quote=checked["quote"],
                                      total=checked["total"], note=checked.get("note", "")))
    return tuple(counties)


def parse_helplines(raw: Any, file: str, problems: list[Problem]) -> list[Helpline]:
    """Support lines; each must carry the page it comes from, with URL, date and a quote."""
    check = Checker(file, problems)
    if raw is None:
        return []
    if not isinstance(raw, list):
        check.problem("expected a list of support lines")
        return []
    lines: list[Helpline] = []
    seen: set[str] = set()
    for index, item in enumerate(raw):
        entry = f"line {item.get('id', index + 1)}" if isinstance(item, dict) else f"line {index + 1}"
        checked = check.mapping(item, HELPLINE, entry)
        if checked is None:
            continue
        source = check.mapping(checked["source"], HELPLINE_SOURCE, f"{entry} source")
        kinds = as_strs(checked["for"])
        unknown = [k for k in kinds if k not in HELPLINE_KINDS]
        if unknown:
            check.problem(f"unknown kind(s) {', '.join(unknown)} (known: {', '.join(sorted(HELPLINE_KINDS))})",
                          entry, "for", item)
        if checked["id"] in seen:
            check.problem(f"duplicate id {checked['id']!r}", entry, "id", item)
        seen.add(checked["id"])
        if source is None:
            continue
        date = source.get("date") or source.get("retrieved")
        if date is None:
            check.problem("a source needs the page's date (date:) or the day it was read (retrieved:)",
                          f"{entry} source", "date", checked["source"])
            continue
        if unknown:
            continue
        lines.append(Helpline(str(checked["id"]), checked["name"], str(checked.get("phone") or ""), tuple(kinds),
                              checked["text"], checked["text_en"], source["url"], source["publisher"],
                              source["title"], str(date), source["quote"]))
    return lines
