"""The lokalpolisområden (knowledge/police_areas.yaml), each spelled once as polisen.se spells it, and
the check across files that every municipality's `police_area` is one of them.

One spelling per area lets an answer, a comparison ("vilka lokalpolisområden?") and a search by area
treat "Luleå-Boden" and "Luleå/Boden" as the one area they are. Like every fact in the knowledge base,
each area carries the page that names it, with a verbatim quote.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz, process

from bot.answering.knowledge_model import Municipality
from bot.answering.knowledge_specs import Checker, Spec, as_strs
from bot.errors import Problem
from bot.text import fold

FILE = "police_areas.yaml"

POLICE_AREA: Spec = {"name": ("str", True), "region": ("str", False), "polisomrade": ("str", False),
                     "kommuner": ("strs", False), "also_written": ("strs", False), "sources": ("list", True)}
POLICE_AREA_SOURCE: Spec = {"publisher": ("str", True), "title": ("str", True), "url": ("str", True),
                            "date": ("date", False), "retrieved": ("date", False), "note": ("str", False),
                            "quote": ("str", True)}
SUGGEST_FROM = 80  # rapidfuzz WRatio (0-100) from which the nearest listed name is offered


@dataclass(frozen=True)
class PoliceArea:
    name: str
    region: str
    polisomrade: str
    kommuner: tuple[str, ...]  # only those a page states
    also_written: tuple[str, ...]  # other spellings met in sources, never written in police_area
    urls: tuple[str, ...]


def parse_police_areas(raw: Any, problems: list[Problem], kommun_names: Mapping[str, str]) -> dict[str, PoliceArea]:
    """name -> area; every problem recorded (a missing quote, a kommun listed twice, an unknown kommun)."""
    check = Checker(FILE, problems)
    if not isinstance(raw, dict) or not isinstance(raw.get("areas"), list):
        check.problem("expected a mapping with 'areas': a list of lokalpolisområden", "police_areas", "areas", raw)
        return {}
    for key in raw:
        if key != "areas":
            check.problem("unknown field (expected: areas)", "police_areas", str(key), raw)
    areas: dict[str, PoliceArea] = {}
    folded: dict[str, str] = {}
    home: dict[str, str] = {}  # kommun -> area
    for index, item in enumerate(raw["areas"]):
        entry = f"area {item.get('name', index + 1)}" if isinstance(item, dict) else f"area {index + 1}"
        checked = check.mapping(item, POLICE_AREA, entry)
        if checked is None:
            continue
        name = checked["name"]
        if fold(name) in folded:
            check.problem(f"duplicate area {name!r} (also {folded[fold(name)]!r})", entry, "name", item)
            continue
        folded[fold(name)] = name
        urls = _sources(checked, entry, check, item)
        for kommun in as_strs(checked.get("kommuner")):
            if kommun_names and kommun not in kommun_names:
                check.problem(f"{kommun!r} is not a municipality in kommuner.yaml", entry, "kommuner", item)
            elif kommun in home:
                check.problem(f"{kommun!r} is already in area {home[kommun]!r}", entry, "kommuner", item)
            else:
                home[kommun] = name
        areas[name] = PoliceArea(name, checked.get("region", ""), checked.get("polisomrade", ""),
                                 as_strs(checked.get("kommuner")), as_strs(checked.get("also_written")), urls)
    for area in areas.values():  # another spelling of one area must not be a listed name of its own
        for other in area.also_written:
            if fold(other) in folded and folded[fold(other)] != area.name:
                check.problem(f"{other!r} is listed as an area of its own", f"area {area.name}", "also_written")
    return areas


def _sources(checked: dict[str, Any], entry: str, check: Checker, item: Any) -> tuple[str, ...]:
    """The pages that name the area: each with url, title, publisher, a date or the day it was read,
    and a quote naming the area as the page writes it."""
    sources = checked["sources"]
    if not sources:
        check.problem("at least one source is required", entry, "sources", item)
    spellings = [fold(checked["name"]), *(fold(s) for s in as_strs(checked.get("also_written")))]
    urls: list[str] = []
    for number, raw in enumerate(sources, 1):
        source = check.mapping(raw, POLICE_AREA_SOURCE, f"{entry} source {number}")
        if source is None:
            continue
        urls.append(source["url"])
        if not (source.get("date") or source.get("retrieved")):
            check.problem("a web page needs the date it gives (date:), or the day it was read (retrieved:)",
                          f"{entry} source {number}", "date", raw)
        if not any(spelling in fold(source["quote"]) for spelling in spellings):
            check.problem("the quote must name the area (as name: or one of also_written:)",
                          f"{entry} source {number}", "quote", raw)
    return tuple(urls)


def check_police_areas(municipalities: Iterable[Municipality], areas: Mapping[str, PoliceArea],
                       problems: list[Problem]) -> None:
    """Every `police_area` is a listed name, spelled exactly so; and a municipality the list places in
    an area names that area."""
    home = {kommun: area.name for area in areas.values() for kommun in area.kommuner}
    for muni in municipalities:
        check = Checker(muni.file, problems)
        entry = f"municipality {muni.id}"
        if muni.police_area and muni.police_area not in areas:
            check.problem(f"{muni.police_area!r} is not a lokalpolisområde in {FILE}{_suggestion(muni.police_area, areas)}",
                          entry, "police_area")
        elif muni.police_area and muni.name in home and home[muni.name] != muni.police_area:
            check.problem(f"{FILE} places {muni.name} in {home[muni.name]!r}, not {muni.police_area!r}",
                          entry, "police_area")


def suggest(spelling: str, areas: Mapping[str, PoliceArea]) -> str | None:
    """The listed name closest to `spelling`, comparing it with every name and every other spelling a
    source uses (so "Storgöteborg Kungälv/Ale" finds Kungälv-Ale), or None when nothing is near."""
    spellings = {fold(other): area.name for area in areas.values() for other in (area.name, *area.also_written)}
    if fold(spelling) in spellings:
        return spellings[fold(spelling)]
    best = process.extractOne(fold(spelling), list(spellings), scorer=fuzz.WRatio, score_cutoff=SUGGEST_FROM)
    return spellings[best[0]] if best else None


def _suggestion(spelling: str, areas: Mapping[str, PoliceArea]) -> str:
    near = suggest(spelling, areas)
    return f" (did you mean {near!r}?)" if near else " (add it there, with the page that names it, if it is new)"
