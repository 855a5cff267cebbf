"""A small declarative schema for the knowledge files (field name -> (kind, required)) and the checker
that holds a mapping to it, recording every problem with file, line, entry and field.

The same specs make the JSON Schema (entry_schema.py), so `validate` and an editor agree on a file's
structure; the rules that need a whole entry are in knowledge_parse.py.
"""

from __future__ import annotations

from typing import Any, Callable

from bot.answering.knowledge_model import AGREEMENT_KINDS, AREA_KINDS, ROLE_KEYS
from bot.dates import PartialDate
from bot.errors import Problem


Spec = dict[str, tuple[str, bool]]  # kind is a type name, or "enum:" and the allowed values

SOURCE: Spec = {"id": ("id", True), "publisher": ("str", True), "title": ("str", True),
                 "date": ("date", False), "kind": ("str", False), "seed": ("str", False),
                 "url": ("str", False), "note": ("str", False), "note_en": ("str", False),
                 "documents": ("strs", False), "retrieved": ("date", False)}
PARTY: Spec = {"name": ("str", True), "name_en": ("str", False), "note": ("str", False),
                "note_en": ("str", False)}
AREA: Spec = {"id": ("id", True), "kind": ("enum:" + ",".join(sorted(AREA_KINDS)), True), "title": ("str", True),
               "title_en": ("str", True), "text": ("str", False), "text_en": ("str", False),
               "measures": ("strs", False), "measures_en": ("strs", False),
               "keywords": ("strs", False), "source": ("str", False), "quote": ("str", False)}
AGREEMENT: Spec = {"id": ("id", True), "kind": ("enum:" + ",".join(sorted(AGREEMENT_KINDS)), True), "title": ("str", False),
                    "title_en": ("str", False), "start": ("date", False), "end": ("date", False),
                    "signed": ("date", False), "signed_note": ("str", False),
                    "signed_note_en": ("str", False), "purpose": ("str", False),
                    "purpose_en": ("str", False), "basis": ("str", False), "basis_en": ("str", False),
                    "part_of": ("str", False), "source": ("str", False), "areas": ("list", False),
                    "quote": ("str", False)}
TEXT_ITEM: Spec = {"text": ("str", True), "text_en": ("str", True), "source": ("str", False),
                    "quote": ("str", False)}
FACT: Spec = {"id": ("id", True), "title": ("str", True), "title_en": ("str", True),
               "text": ("str", True), "text_en": ("str", True), "keywords": ("strs", False),
               "source": ("str", False), "quote": ("str", False)}
MEASUREMENT: Spec = {"name": ("str", True), "name_en": ("str", False), "before": ("number", False),
                      "after": ("number", True), "scale": ("str", False), "scale_en": ("str", False),
                      "year": ("int", False), "text": ("str", False), "text_en": ("str", False),
                      "source": ("str", False), "quote": ("str", False)}
PERSON: Spec = {"id": ("id", True), "name": ("str", False), "role": ("str", True),
                 "role_en": ("str", True), "role_key": ("enum:" + ",".join(sorted(ROLE_KEYS)), False),
                 "title": ("str", False),
                 "party": ("str", False), "organisation": ("str", False), "signed": ("bool", False),
                 "steering_group": ("bool", False), "phone": ("str", False), "quote": ("str", False),
                 "source": ("str", False)}
CONTACT: Spec = {"source": ("str", True), "quote": ("str", True), "role": ("str", False),
                  "role_en": ("str", False)}
RENEWAL: Spec = {"text": ("str", True), "text_en": ("str", True), "source": ("str", True),
                  "quote": ("str", True)}
MUNICIPALITY: Spec = {"id": ("id", True), "name": ("str", True), "county": ("str", False),
                       "police_area": ("str", False), "localities": ("strs", False),
                       "aliases": ("strs", False), "sources": ("list", False),
                       "parties": ("list", False), "partners": ("list", False),
                       "agreements": ("list", False), "methods": ("list", False),
                       "follow_up": ("list", False), "facts": ("list", False),
                       "measurements": ("list", False), "people": ("list", False),
                       "checked": ("date", False), "checked_note": ("str", False),
                       "contact": ("map", False), "renewal": ("map", False)}
GLOSSARY_TERM: Spec = {"term": ("str", True), "term_en": ("str", False), "aliases": ("strs", False),
                        "definition": ("str", True), "definition_en": ("str", True)}
GENERAL_TEXT: Spec = {"text": ("str", True), "text_en": ("str", True)}
HELPLINE: Spec = {"id": ("str", True), "name": ("str", True), "phone": ("str", False), "for": ("strs", True),
                   "text": ("str", True), "text_en": ("str", True), "source": ("any", True)}
HELPLINE_SOURCE: Spec = {"publisher": ("str", True), "title": ("str", True), "url": ("str", True),
                          "date": ("date", False), "retrieved": ("date", False), "quote": ("str", True)}
POPULATION_SOURCE: Spec = {"publisher": ("str", True), "title": ("str", True), "url": ("str", True),
                            "date": ("date", True), "quote": ("str", True), "note": ("str", False),
                            "total": ("int", False), "total_url": ("str", False), "total_quote": ("str", False),
                            "counties": ("list", False)}
# A county's page, when the publisher's own table cannot be read whole: its kommuner's figures for the
# same day, and the county's total as the page gives it, which they must add up to.
COUNTY_FIGURES: Spec = {"county": ("str", True), "publisher": ("str", True), "title": ("str", True),
                        "url": ("str", True), "date": ("str", True), "quote": ("str", True),
                        "total": ("int", True), "note": ("str", False)}
KOMMUNER_KEYS = ("counties", "ambiguous", "aliases", "population", "population_source")
HELPLINE_KINDS = frozenset({"medical", "poisoning", "suicide", "fire", "accident", "missing", "violence",
                            "crime", "domestic", "children", "victim", "statistics",
                            "drone", "camera", "camera_home", "parking", "neighbours", "legal",
                            "tenancy", "consumer", "fines", "summary_fine", "own_report", "legal_help",
                            "camera_own", "camera_wildlife", "camera_public", "authority_complaint", "own_record",
                            "animal", "work", "own_listing", "report_about_me_social", "low"})


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
    if kind == "map":
        return isinstance(value, dict)
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
               "list": "a list", "map": "a mapping", "bool": "true or false", "int": "a whole number",
               "number": "a number", "date": "a date (YYYY, YYYY-MM or YYYY-MM-DD)"}


class Checker:
    """Checks mappings against specs, recording problems for one file."""

    def __init__(self, file: str, problems: list[Problem]) -> None:
        self.file = file
        self.problems = problems

    def problem(self, message: str, entry: str = "", fld: str = "", node: Any = None) -> None:
        line = getattr(node, "line", None) or None
        self.problems.append(Problem(self.file, message, entry=entry, field=fld, line=line))

    def mapping(self, value: Any, spec: Spec, entry: str) -> dict[str, Any] | None:
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

    def entries(self, parent: dict[str, Any], key: str, spec: Spec, label: str,
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


def as_date(value: Any) -> PartialDate | None:
    return None if value is None else PartialDate.parse(value)


def as_strs(value: Any) -> tuple[str, ...]:
    return tuple(value or ())
