"""A JSON Schema for one municipality file (`knowledge/municipalities/*.yaml`), made from the same
field specs that `validate` checks, so the two can never disagree on a file's structure.

The schema ships as `knowledge/entry.schema.json`; an editor with a YAML language server checks a
file against it while it is written (see knowledge/README.md). It covers one file's structure:
fields, their types, what is required, a source's url/seed and date. What needs more than one file
or the whole entry (duplicate ids, names in kommuner.yaml, a source id that exists, a quote for a
fact from a web page, an end after the start) stays in `trygghetsbot validate`.

    python3 -m bot.answering.entry_schema > knowledge/entry.schema.json
"""

from __future__ import annotations

import json
import sys
from typing import Any

from bot.answering import knowledge as kb

SCHEMA_URI = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_FILE = "entry.schema.json"

# YAML reads 2023 as a number and 2022-12-09 as a date; an editor's language server sees both as
# JSON (a number, a string), so both forms are allowed, as PartialDate.parse allows them.
_DATE: dict[str, Any] = {"anyOf": [
    {"type": "integer", "minimum": 1900, "maximum": 2100},
    {"type": "string", "pattern": r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"},
], "description": "YYYY, YYYY-MM or YYYY-MM-DD"}
_TEXT: dict[str, Any] = {"type": "string", "minLength": 1, "pattern": r"\S"}
_KINDS: dict[str, dict[str, Any]] = {
    "str": _TEXT, "id": _TEXT, "strs": {"type": "array", "items": _TEXT},
    "bool": {"type": "boolean"}, "int": {"type": "integer"}, "number": {"type": "number"},
    "date": _DATE, "any": {},
}

# Which spec the items of each list field of a municipality follow (an agreement's areas: AREA).
_LISTS: dict[str, kb.Spec] = {
    "sources": kb.SOURCE, "parties": kb.PARTY, "partners": kb.PARTY, "agreements": kb.AGREEMENT,
    "methods": kb.TEXT_ITEM, "follow_up": kb.TEXT_ITEM, "facts": kb.FACT,
    "measurements": kb.MEASUREMENT, "people": kb.PERSON,
}
# The mappings a municipality may hold once: where to ask the kommun, what a source says of renewal.
_MAPS: dict[str, kb.Spec] = {"contact": kb.CONTACT, "renewal": kb.RENEWAL}


def _field(kind: str, items: dict[str, Any] | None) -> dict[str, Any]:
    """A field's schema; `items` is a list's item schema, or a mapping's own."""
    if kind.startswith("enum:"):
        return {"enum": kind[5:].split(",")}
    if kind in ("list", "map"):
        if items is None:
            raise AssertionError("a list or mapping field needs its spec")
        return {"type": "array", "items": items} if kind == "list" else items
    return dict(_KINDS[kind])


def _object(spec: kb.Spec, lists: dict[str, dict[str, Any]] | None = None,
            min_items: tuple[str, ...] = ()) -> dict[str, Any]:
    lists = lists or {}
    properties = {}
    for name, (kind, _required) in spec.items():
        prop = _field(kind, lists.get(name))
        if name in min_items:
            prop["minItems"] = 1
        properties[name] = prop
    return {"type": "object", "additionalProperties": False, "properties": properties,
            "required": [name for name, (_kind, required) in spec.items() if required]}


def entry_schema() -> dict[str, Any]:
    """The schema of one municipality file, as a JSON-serialisable dict."""
    area = _object(kb.AREA)
    agreement = _object(kb.AGREEMENT, {"areas": area})
    source = _object(kb.SOURCE)
    # The same rules as validate's: a source names its page or seed, and a page its date.
    source["allOf"] = [
        {"anyOf": [{"required": ["url"]}, {"required": ["seed"]}]},
        {"if": {"required": ["url"]}, "then": {"anyOf": [{"required": ["date"]}, {"required": ["retrieved"]}]}},
    ]
    lists = {name: (agreement if spec is kb.AGREEMENT else source if spec is kb.SOURCE else _object(spec))
             for name, spec in _LISTS.items()}
    lists.update({name: _object(spec) for name, spec in _MAPS.items()})
    top = _object(kb.MUNICIPALITY, lists, min_items=("sources", "parties", "agreements"))
    # An entry holds agreements with their sources and parties, or records a search that found none.
    top["if"] = {"required": ["agreements"]}
    top["then"] = {"required": ["sources", "parties"]}
    top["else"] = {"required": ["checked", "checked_note"]}
    return {"$schema": SCHEMA_URI,
            "title": "Trygghetsboten: one municipality's entry (knowledge/municipalities/ID.yaml)",
            "description": "Checks one file's structure; trygghetsbot validate checks across files.",
            **top}


def to_json_data(value: Any) -> Any:
    """A YAML-loaded value as JSON would hold it: dates become ISO strings."""
    if isinstance(value, dict):
        return {str(k): to_json_data(v) for k, v in value.items()}
    if isinstance(value, list):
        return [to_json_data(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def render() -> str:
    return json.dumps(entry_schema(), ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":
    sys.stdout.write(render())
