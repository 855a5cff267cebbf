"""Loading and validating the YAML knowledge base.

Layout of a knowledge directory:
    municipalities/<id>.yaml   one file per municipality (adding one needs no code change)
    glossary.yaml              terms and their definitions
    general.yaml               fixed answers: emergency, reporting a crime, feedback, about, privacy
    kommuner.yaml              the names of all Swedish municipalities

Every problem found is collected (not just the first), each with file, line, entry and field, so that
staff editing the files can fix them in one go.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Callable, NamedTuple

import yaml

from bot.dates import PartialDate
from bot.errors import KnowledgeError, Problem
from bot.text import fold

AGREEMENT_KINDS = {"samverkansoverenskommelse", "medborgarlofte"}
AREA_KINDS = {"focus_area", "other_area", "collaboration_area", "commitment"}
ROLE_KEYS = {"kso", "police_chief", "community_police", "security_chief", "politician",
             "chief_executive", "safety_coordinator", "other"}
GENERAL_KEYS = ("emergency", "report_crime", "feedback", "about", "privacy")
KNOWLEDGE_ENV = "TRYGGHETSBOT_KNOWLEDGE"


# ---------------------------------------------------------------------------------------------
# The loaded model


@dataclass(frozen=True)
class Source:
    id: str
    publisher: str
    title: str
    date: PartialDate | None = None
    kind: str = "pressmeddelande"
    seed: str = ""
    url: str = ""
    note: str = ""
    note_en: str = ""
    documents: tuple[str, ...] = ()
    retrieved: PartialDate | None = None  # the day an undated page was read


@dataclass(frozen=True)
class Party:
    name: str
    name_en: str = ""
    note: str = ""
    note_en: str = ""


@dataclass(frozen=True)
class Area:
    """A focus area, another area the agreement covers, a collaboration area or a commitment."""

    id: str
    kind: str
    title: str
    title_en: str
    agreement_id: str
    source_id: str
    text: str = ""
    text_en: str = ""
    measures: tuple[str, ...] = ()
    measures_en: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class Agreement:
    id: str
    kind: str
    source_id: str
    title: str = ""
    title_en: str = ""
    start: PartialDate | None = None
    end: PartialDate | None = None
    signed: PartialDate | None = None
    signed_note: str = ""
    signed_note_en: str = ""
    purpose: str = ""
    purpose_en: str = ""
    basis: str = ""
    basis_en: str = ""
    part_of: str = ""
    areas: tuple[Area, ...] = ()
    source_date: PartialDate | None = None  # its source's date: what "no end date given" is as of


@dataclass(frozen=True)
class TextItem:
    """A statement about methods or follow-up."""

    text: str
    text_en: str
    source_id: str


@dataclass(frozen=True)
class Fact:
    id: str
    title: str
    title_en: str
    text: str
    text_en: str
    source_id: str
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class Measurement:
    name: str
    after: float
    source_id: str
    name_en: str = ""
    before: float | None = None
    scale: str = ""
    scale_en: str = ""
    year: int | None = None
    text: str = ""
    text_en: str = ""


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    role: str
    role_en: str
    source_id: str
    role_key: str = "other"
    title: str = ""
    party: str = ""
    organisation: str = ""
    signed: bool = False
    steering_group: bool = False
    phone: str = ""
    quote: str = ""


@dataclass(frozen=True)
class Municipality:
    id: str
    name: str
    police_area: str
    sources: tuple[Source, ...]
    parties: tuple[Party, ...]
    agreements: tuple[Agreement, ...]
    county: str = ""
    localities: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    partners: tuple[Party, ...] = ()
    methods: tuple[TextItem, ...] = ()
    follow_up: tuple[TextItem, ...] = ()
    facts: tuple[Fact, ...] = ()
    measurements: tuple[Measurement, ...] = ()
    people: tuple[Person, ...] = ()
    file: str = ""
    # The day someone last looked for a newer agreement than these, and what they found.
    checked: PartialDate | None = None
    checked_note: str = ""

    def source(self, source_id: str) -> Source:
        return next(s for s in self.sources if s.id == source_id)

    @property
    def areas(self) -> tuple[Area, ...]:
        return tuple(area for agreement in self.agreements for area in agreement.areas)


@dataclass(frozen=True)
class GlossaryTerm:
    term: str
    definition: str
    definition_en: str
    term_en: str = ""
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class GeneralText:
    text: str
    text_en: str


@dataclass(frozen=True)
class Helpline:
    """A support line shown after 112 or in a help answer; `kinds` are the situations it is for."""

    id: str
    name: str
    phone: str
    kinds: tuple[str, ...]
    text: str
    text_en: str
    url: str
    publisher: str
    title: str
    date: str  # the page's date, or the day the stored page was read when it shows none
    quote: str


@dataclass(frozen=True)
class PopulationSource:
    """Where kommuner.yaml's population figures come from: one source for the whole list, so that
    the shares `coverage` reports are all counted on the same day."""
    publisher: str
    title: str
    url: str  # the page the figures were read from
    date: PartialDate  # the day the figures count the population on
    quote: str
    note: str = ""
    total: int | None = None  # Sweden's population on that day, as the publisher states it


@dataclass(frozen=True)
class Knowledge:
    municipalities: dict[str, Municipality]
    glossary: tuple[GlossaryTerm, ...]
    general: dict[str, GeneralText]
    all_municipalities: dict[str, str]  # every Swedish municipality name -> county
    ambiguous_names: frozenset[str]
    name_aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    path: Path | None = None
    helplines: tuple[Helpline, ...] = ()
    population: dict[str, int] = field(default_factory=dict)  # municipality name -> inhabitants
    population_source: PopulationSource | None = None
    # Municipalities searched for with no published agreement found: county, police area, what was
    # searched and when (`checked`, `checked_note`), and any page that says where to ask. Kept apart
    # so that no answer about an agreement can ever be built from one of them.
    unpublished: dict[str, Municipality] = field(default_factory=dict)

    def searched(self, name: str) -> Municipality | None:
        """The record of a search for `name`'s agreement that found none, if there is one."""
        key = fold(name)
        return next((m for m in self.unpublished.values() if fold(m.name) == key), None)

    def helplines_for(self, kind: str) -> list[Helpline]:
        return [line for line in self.helplines if kind in line.kinds]


# ---------------------------------------------------------------------------------------------
# YAML with line numbers and duplicate-key detection


class _LineDict(dict[str, Any]):
    line: int = 0


# The C parser is ~10x faster (290 municipalities load in well under a second) and keeps marks.
class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    pass


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> _LineDict:
    loader.flatten_mapping(node)
    result = _LineDict()
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in result:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark)
        result[key] = loader.construct_object(value_node, deep=True)
    result.line = node.start_mark.line + 1
    return result


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _read_yaml(path: Path, problems: list[Problem]) -> Any:
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.load(handle, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problems.append(Problem(path.name, f"invalid YAML: {exc.problem or exc}", line=line))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        problems.append(Problem(path.name, f"cannot read: {exc}"))
    return None


# ---------------------------------------------------------------------------------------------
# A small declarative schema: field name -> (kind, required)

_Spec = dict[str, tuple[str, bool]]  # kind is a type name, or "enum:" and the allowed values

SOURCE: _Spec = {"id": ("id", True), "publisher": ("str", True), "title": ("str", True),
                 "date": ("date", False), "kind": ("str", False), "seed": ("str", False),
                 "url": ("str", False), "note": ("str", False), "note_en": ("str", False),
                 "documents": ("strs", False), "retrieved": ("date", False)}
PARTY: _Spec = {"name": ("str", True), "name_en": ("str", False), "note": ("str", False),
                "note_en": ("str", False)}
AREA: _Spec = {"id": ("id", True), "kind": ("enum:" + ",".join(sorted(AREA_KINDS)), True), "title": ("str", True),
               "title_en": ("str", True), "text": ("str", False), "text_en": ("str", False),
               "measures": ("strs", False), "measures_en": ("strs", False),
               "keywords": ("strs", False), "source": ("str", False), "quote": ("str", False)}
AGREEMENT: _Spec = {"id": ("id", True), "kind": ("enum:" + ",".join(sorted(AGREEMENT_KINDS)), True), "title": ("str", False),
                    "title_en": ("str", False), "start": ("date", False), "end": ("date", False),
                    "signed": ("date", False), "signed_note": ("str", False),
                    "signed_note_en": ("str", False), "purpose": ("str", False),
                    "purpose_en": ("str", False), "basis": ("str", False), "basis_en": ("str", False),
                    "part_of": ("str", False), "source": ("str", False), "areas": ("list", False),
                    "quote": ("str", False)}
TEXT_ITEM: _Spec = {"text": ("str", True), "text_en": ("str", True), "source": ("str", False),
                    "quote": ("str", False)}
FACT: _Spec = {"id": ("id", True), "title": ("str", True), "title_en": ("str", True),
               "text": ("str", True), "text_en": ("str", True), "keywords": ("strs", False),
               "source": ("str", False), "quote": ("str", False)}
MEASUREMENT: _Spec = {"name": ("str", True), "name_en": ("str", False), "before": ("number", False),
                      "after": ("number", True), "scale": ("str", False), "scale_en": ("str", False),
                      "year": ("int", False), "text": ("str", False), "text_en": ("str", False),
                      "source": ("str", False), "quote": ("str", False)}
PERSON: _Spec = {"id": ("id", True), "name": ("str", False), "role": ("str", True),
                 "role_en": ("str", True), "role_key": ("enum:" + ",".join(sorted(ROLE_KEYS)), False),
                 "title": ("str", False),
                 "party": ("str", False), "organisation": ("str", False), "signed": ("bool", False),
                 "steering_group": ("bool", False), "phone": ("str", False), "quote": ("str", False),
                 "source": ("str", False)}
MUNICIPALITY: _Spec = {"id": ("id", True), "name": ("str", True), "county": ("str", False),
                       "police_area": ("str", False), "localities": ("strs", False),
                       "aliases": ("strs", False), "sources": ("list", False),
                       "parties": ("list", False), "partners": ("list", False),
                       "agreements": ("list", False), "methods": ("list", False),
                       "follow_up": ("list", False), "facts": ("list", False),
                       "measurements": ("list", False), "people": ("list", False),
                       "checked": ("date", False), "checked_note": ("str", False)}
GLOSSARY_TERM: _Spec = {"term": ("str", True), "term_en": ("str", False), "aliases": ("strs", False),
                        "definition": ("str", True), "definition_en": ("str", True)}
GENERAL_TEXT: _Spec = {"text": ("str", True), "text_en": ("str", True)}
HELPLINE: _Spec = {"id": ("str", True), "name": ("str", True), "phone": ("str", False), "for": ("strs", True),
                   "text": ("str", True), "text_en": ("str", True), "source": ("any", True)}
HELPLINE_SOURCE: _Spec = {"publisher": ("str", True), "title": ("str", True), "url": ("str", True),
                          "date": ("date", False), "retrieved": ("date", False), "quote": ("str", True)}
POPULATION_SOURCE: _Spec = {"publisher": ("str", True), "title": ("str", True), "url": ("str", True),
                            "date": ("date", True), "quote": ("str", True), "note": ("str", False),
                            "total": ("int", False), "total_url": ("str", False), "total_quote": ("str", False)}
KOMMUNER_KEYS = ("counties", "ambiguous", "aliases", "population", "population_source")
HELPLINE_KINDS = frozenset({"medical", "poisoning", "suicide", "fire", "accident", "missing", "violence",
                            "crime", "domestic", "children", "victim", "statistics",
                            "drone", "camera", "camera_home", "parking", "neighbours", "legal"})


def _type_ok(kind: str, value: Any) -> bool:
    if kind == "any":  # checked by its own spec afterwards
        return True
    if kind.startswith("enum:"):
        return value in kind[5:].split(",")
    if kind in ("str", "id"):
        return isinstance(value, str) and bool(value.strip())
    if kind == "strs":
        return isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)
    if kind == "list":
        return isinstance(value, list)
    if kind == "bool":
        return isinstance(value, bool)
    if kind == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == "date":
        try:
            PartialDate.parse(value)
        except ValueError:
            return False
        return True
    raise AssertionError(kind)


_KIND_WORDS = {"str": "a non-empty text", "id": "a non-empty id", "strs": "a list of texts",
               "list": "a list", "bool": "true or false", "int": "a whole number",
               "number": "a number", "date": "a date (YYYY, YYYY-MM or YYYY-MM-DD)"}


class _Checker:
    """Checks mappings against specs, recording problems for one file."""

    def __init__(self, file: str, problems: list[Problem]) -> None:
        self.file = file
        self.problems = problems

    def problem(self, message: str, entry: str = "", fld: str = "", node: Any = None) -> None:
        line = getattr(node, "line", None) or None
        self.problems.append(Problem(self.file, message, entry=entry, field=fld, line=line))

    def mapping(self, value: Any, spec: _Spec, entry: str) -> dict[str, Any] | None:
        """The mapping if its shape is right enough to build from, else None (problems recorded)."""
        if not isinstance(value, dict):
            self.problem(f"expected a mapping, got {type(value).__name__}", entry, node=value)
            return None
        ok = True
        for key in value:
            if key not in spec:
                self.problem(f"unknown field (expected one of: {', '.join(spec)})", entry,
                             str(key), value)
        for name, (kind, required) in spec.items():
            if name not in value or value[name] is None:
                if required:
                    self.problem("missing required field", entry, name, value)
                    ok = False
                continue
            if not _type_ok(kind, value[name]):
                expected = (f"one of: {kind[5:].replace(',', ', ')}" if kind.startswith("enum:")
                            else _KIND_WORDS[kind])
                self.problem(f"must be {expected}, got {value[name]!r}", entry, name, value)
                ok = False
        return value if ok else None

    def entries(self, parent: dict[str, Any], key: str, spec: _Spec, label: str,
                build: Callable[[dict[str, Any], str], Any]) -> list[Any]:
        """Check and build each entry of list `parent[key]`, flagging duplicate ids."""
        built: list[Any] = []
        seen: set[str] = set()
        values = parent.get(key) or []
        if not isinstance(values, list):
            return built  # the wrong type is already reported by mapping()
        for index, raw in enumerate(values):
            entry = f"{label} {raw.get('id', index + 1)}" if isinstance(raw, dict) else f"{label} {index + 1}"
            checked = self.mapping(raw, spec, entry)
            if checked is None:
                continue
            if "id" in spec:
                if checked["id"] in seen:
                    self.problem(f"duplicate id {checked['id']!r}", entry, "id", raw)
                    continue
                seen.add(checked["id"])
            item = build(checked, entry)
            if item is not None:
                built.append(item)
        return built


def _date(value: Any) -> PartialDate | None:
    return None if value is None else PartialDate.parse(value)


def _strs(value: Any) -> tuple[str, ...]:
    return tuple(value or ())


def _parse_municipality(raw: Any, file: str, problems: list[Problem],
                        all_names: frozenset[str]) -> Municipality | None:
    check = _Checker(file, problems)
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
        id=s["id"], publisher=s["publisher"], title=s["title"], date=_date(s.get("date")),
        kind=s.get("kind", "pressmeddelande"), seed=s.get("seed", ""), url=s.get("url", ""),
        note=s.get("note", ""), note_en=s.get("note_en", ""), documents=_strs(s.get("documents")),
        retrieved=_date(s.get("retrieved"))))
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
    default_source = sources[0].id if len(sources) == 1 else ""

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
        start, end = _date(a.get("start")), _date(a.get("end"))
        if start and end and end.last_day() < start.first_day():
            check.problem(f"end {end} is before start {start}", a_entry, "end", a)

        def area(r: dict[str, Any], r_entry: str) -> Area:
            return Area(id=r["id"], kind=r["kind"], title=r["title"], title_en=r["title_en"],
                        agreement_id=a["id"], source_id=source_of(r, r_entry, source_id),
                        text=r.get("text", ""), text_en=r.get("text_en", ""),
                        measures=_strs(r.get("measures")), measures_en=_strs(r.get("measures_en")),
                        keywords=_strs(r.get("keywords")))

        areas = check.entries(a, "areas", AREA, f"{a_entry} area", area)
        return Agreement(id=a["id"], kind=a["kind"], source_id=source_id, title=a.get("title", ""),
                         title_en=a.get("title_en", ""), start=start, end=end,
                         signed=_date(a.get("signed")), signed_note=a.get("signed_note", ""),
                         signed_note_en=a.get("signed_note_en", ""), purpose=a.get("purpose", ""),
                         purpose_en=a.get("purpose_en", ""), basis=a.get("basis", ""),
                         basis_en=a.get("basis_en", ""), part_of=a.get("part_of", ""),
                         areas=tuple(areas), source_date=source_dates.get(source_id))

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
        source_id=source_of(f, f_entry), keywords=_strs(f.get("keywords"))))
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
    if not top_ok:
        return None
    return Municipality(
        id=top["id"], name=top["name"], police_area=top.get("police_area", ""), sources=tuple(sources),
        parties=tuple(parties), agreements=tuple(agreements), county=top.get("county", ""),
        localities=_strs(top.get("localities")), aliases=_strs(top.get("aliases")),
        partners=tuple(partners), methods=tuple(methods), follow_up=tuple(follow_up),
        facts=tuple(facts), measurements=tuple(measurements), people=tuple(people), file=file,
        checked=_date(top.get("checked")), checked_note=top.get("checked_note", ""))


class _Kommuner(NamedTuple):
    names: dict[str, str]  # name -> county
    ambiguous: frozenset[str]
    aliases: dict[str, tuple[str, ...]]
    population: dict[str, int]
    population_source: PopulationSource | None


def _parse_kommuner(raw: Any, problems: list[Problem]) -> _Kommuner:
    file = "kommuner.yaml"
    check = _Checker(file, problems)
    top = raw
    names: dict[str, str] = {}
    if not isinstance(top, dict) or not isinstance(top.get("counties"), dict):
        check.problem("expected a mapping 'counties' of county name -> list of municipality names",
                      "kommuner", "counties", top)
        return _Kommuner(names, frozenset(), {}, {}, None)
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
    source = _population_source(top, population, len(names), check)
    return _Kommuner(names, frozenset(ambiguous), aliases, population, source)


def _population(top: dict[str, Any], names: dict[str, str], check: _Checker) -> dict[str, int]:
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


def _population_source(top: dict[str, Any], population: dict[str, int], municipalities: int,
                       check: _Checker) -> PopulationSource | None:
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
    if total is not None and len(population) == municipalities and sum(population.values()) != total:
        # With every municipality's figure, they must add up to the publisher's own total: this catches
        # a figure mistyped while copying, which no other check would.
        check.problem(f"the figures add up to {sum(population.values())}, but the source gives Sweden's "
                      f"population as {total}: check for a mistyped figure", "population_source", "total", raw)
    return PopulationSource(publisher=checked["publisher"], title=checked["title"], url=checked["url"],
                            date=PartialDate.parse(checked["date"]), quote=checked["quote"],
                            note=checked.get("note", ""), total=total)


def bundled_path() -> Path:
    """The knowledge directory shipped with the package (works from a checkout and from a wheel)."""
    return Path(str(resources.files("knowledge")))


def default_path() -> Path:
    """$TRYGGHETSBOT_KNOWLEDGE if set, else the bundled knowledge base."""
    override = os.environ.get(KNOWLEDGE_ENV)
    return Path(override) if override else bundled_path()


def _load(path: Path) -> tuple[Knowledge | None, list[Problem]]:
    problems: list[Problem] = []
    if not path.is_dir():
        return None, [Problem(str(path), "not a directory")]

    kommuner_file = path / "kommuner.yaml"
    kommuner = _Kommuner({}, frozenset(), {}, {}, None)
    if kommuner_file.exists():
        raw = _read_yaml(kommuner_file, problems)
        if raw is not None:
            kommuner = _parse_kommuner(raw, problems)
    else:
        problems.append(Problem("kommuner.yaml", "missing file"))

    municipalities: dict[str, Municipality] = {}
    unpublished: dict[str, Municipality] = {}
    all_names = kommuner.names
    folded_names = frozenset(fold(n) for n in all_names)
    muni_dir = path / "municipalities"
    files = sorted(muni_dir.glob("*.yaml")) + sorted(muni_dir.glob("*.yml")) if muni_dir.is_dir() else []
    if not files:
        problems.append(Problem("municipalities/", "no municipality files"))
    for file in files:
        raw = _read_yaml(file, problems)
        if raw is None:
            continue
        municipality = _parse_municipality(raw, file.name, problems, folded_names)
        if municipality is None:
            continue
        if municipality.id in municipalities or municipality.id in unpublished:
            other = (municipalities.get(municipality.id) or unpublished[municipality.id]).file
            problems.append(Problem(file.name, f"duplicate municipality id {municipality.id!r} (also in {other})",
                                    entry=f"municipality {municipality.id}", field="id"))
            continue
        (municipalities if municipality.agreements else unpublished)[municipality.id] = municipality

    glossary: list[GlossaryTerm] = []
    glossary_file = path / "glossary.yaml"
    raw_glossary = _read_yaml(glossary_file, problems) if glossary_file.exists() else []
    check = _Checker("glossary.yaml", problems)
    if raw_glossary is not None and not isinstance(raw_glossary, list):
        check.problem("expected a list of terms")
    else:
        seen_terms: set[str] = set()
        for index, raw in enumerate(raw_glossary or []):
            entry = f"term {raw.get('term', index + 1)}" if isinstance(raw, dict) else f"term {index + 1}"
            checked = check.mapping(raw, GLOSSARY_TERM, entry)
            if checked is None:
                continue
            if fold(checked["term"]) in seen_terms:
                check.problem(f"duplicate term {checked['term']!r}", entry, "term", raw)
                continue
            seen_terms.add(fold(checked["term"]))
            glossary.append(GlossaryTerm(checked["term"], checked["definition"], checked["definition_en"],
                                         checked.get("term_en", ""), _strs(checked.get("aliases"))))

    general: dict[str, GeneralText] = {}
    general_file = path / "general.yaml"
    raw_general = _read_yaml(general_file, problems) if general_file.exists() else None
    check = _Checker("general.yaml", problems)
    if not general_file.exists():
        check.problem("missing file")
    elif isinstance(raw_general, dict):
        for key in GENERAL_KEYS:
            if key not in raw_general:
                check.problem("missing required entry", key, node=raw_general)
                continue
            checked = check.mapping(raw_general[key], GENERAL_TEXT, key)
            if checked is not None:
                general[key] = GeneralText(checked["text"], checked["text_en"])
        for key in raw_general:
            if key not in GENERAL_KEYS:
                check.problem(f"unknown entry (expected one of: {', '.join(GENERAL_KEYS)})", str(key),
                              node=raw_general)
    elif raw_general is not None:
        check.problem("expected a mapping of entries")

    helplines = _helplines(path / "helplines.yaml", problems)
    if problems:
        return None, problems
    return Knowledge(municipalities=municipalities, unpublished=unpublished, glossary=tuple(glossary), general=general,
                     all_municipalities=all_names, ambiguous_names=kommuner.ambiguous,
                     name_aliases=kommuner.aliases, path=path, helplines=tuple(helplines),
                     population=kommuner.population, population_source=kommuner.population_source), []


def _helplines(file: Path, problems: list[Problem]) -> list[Helpline]:
    """Support lines; each must carry the page it comes from, with URL, date and a quote."""
    if not file.exists():
        return []
    raw = _read_yaml(file, problems)
    check = _Checker(file.name, problems)
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
        kinds = _strs(checked["for"])
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


def validate(path: Path) -> list[Problem]:
    """Every problem in the knowledge base at `path` (empty when it is valid)."""
    return _load(path)[1]


def load(path: Path | None = None) -> Knowledge:
    """Load and validate a knowledge base; raises KnowledgeError listing every problem."""
    knowledge, problems = _load(path or default_path())
    if knowledge is None:
        raise KnowledgeError(problems)
    return knowledge


class KnowledgeWatcher:
    """Notices when the knowledge base's files change (added, removed, edited)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_path()
        self._seen = self.fingerprint()

    def fingerprint(self) -> tuple[tuple[str, int, int], ...]:
        entries = []
        for file in sorted(self.path.rglob("*.y*ml")):
            try:
                stat = file.stat()
            except OSError:
                continue
            entries.append((str(file.relative_to(self.path)), stat.st_mtime_ns, stat.st_size))
        return tuple(entries)

    def changed(self) -> bool:
        """True once per change: the next call is False until the files change again."""
        current = self.fingerprint()
        if current == self._seen:
            return False
        self._seen = current
        return True
