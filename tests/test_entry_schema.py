"""The JSON Schema shipped for a municipality file: current, valid for every bundled file, and as
strict as `validate` on each file's structure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from bot.answering.entry_schema import SCHEMA_FILE, entry_schema, render, to_json_data
from bot.answering.knowledge import bundled_path, validate

jsonschema = pytest.importorskip("jsonschema", reason="the schema tests need jsonschema (the [test] extra)")

SHIPPED = bundled_path() / SCHEMA_FILE


def _validator() -> "jsonschema.protocols.Validator":
    schema = json.loads(SHIPPED.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _errors(path: Path) -> list[str]:
    data = to_json_data(yaml.safe_load(path.read_text(encoding="utf-8")))
    return [error.message for error in _validator().iter_errors(data)]


def test_the_shipped_schema_is_the_generated_one() -> None:
    assert SHIPPED.read_text(encoding="utf-8") == render(), \
        "regenerate: python3 -m bot.answering.entry_schema > knowledge/entry.schema.json"
    schema = entry_schema()
    assert schema["required"] == ["id", "name"]
    # Agreements with their sources and parties, or the record of a search that found none.
    assert schema["then"]["required"] == ["sources", "parties"]
    assert schema["else"]["required"] == ["checked", "checked_note"]


def test_every_bundled_file_is_valid() -> None:
    files = sorted((bundled_path() / "municipalities").glob("*.yaml"))
    assert len(files) >= 169
    broken = {f.name: errors for f in files if (errors := _errors(f))}
    assert broken == {}


# Each change breaks one file's structure; validate refuses it, and so must the schema.
BROKEN = [
    ("burlov.yaml", "name: Burlöv\n", "", "'name' is a required property"),
    ("vellinge.yaml", "county: Skåne län\n", "county: Skåne län\ncountry: Sverige\n", "Additional properties"),
    ("vellinge.yaml", "    start: 2023\n", "    start: 2023-13\n", "is not valid"),
    ("vellinge.yaml", "    kind: samverkansoverenskommelse\n", "    kind: avtal\n", "is not one of"),
    ("vellinge.yaml", "    signed: 2022-12\n", "    signed: december\n", "is not valid"),
    ("lund.yaml", "    date: 2024-03\n", "", "is not valid"),  # a web page without its date
    ("lund.yaml", "    url: https://polisen.se/aktuellt/nyheter/syd/2024/mars/sa-ska-kommun-och-polis-samverka-for-"
                  "mer-trygghet-och-mindre-brott/\n", "", "is not valid"),  # neither page nor seed
    ("vellinge.yaml", "police_area: Trelleborg\n", "police_area: ''\n", "should be non-empty"),
    ("vellinge.yaml", "localities: [", "localities: [7, ", "is not of type 'string'"),
    ("burlov.yaml", "agreements:\n", "agreements: []\nold_agreements:\n", "should be non-empty"),
    ("ale.yaml", "checked_note:", "checked_notes:", "Additional properties"),
]


def test_a_search_record_without_what_was_searched_is_refused(knowledge_copy: Path) -> None:
    target = knowledge_copy / "municipalities" / "hjo.yaml"
    target.write_text("id: hjo\nname: Hjo\ncounty: Västra Götalands län\nchecked: 2026-12-04\n", encoding="utf-8")
    assert [p for p in validate(knowledge_copy) if p.file == "hjo.yaml"]
    assert any("'checked_note' is a required property" in error for error in _errors(target))
    target.write_text("id: hjo\nname: Hjo\nchecked: 2026-12-04\nchecked_note: Sökte; inget hittades.\n",
                      encoding="utf-8")
    assert validate(knowledge_copy) == [] and _errors(target) == []


@pytest.mark.parametrize(("file", "old", "new", "message"), BROKEN)
def test_a_broken_structure_is_refused_by_validate_and_the_schema(knowledge_copy: Path, file: str, old: str,
                                                                   new: str, message: str) -> None:
    target = knowledge_copy / "municipalities" / file
    text = target.read_text(encoding="utf-8")
    assert old in text
    target.write_text(text.replace(old, new, 1), encoding="utf-8")
    assert [p for p in validate(knowledge_copy) if p.file == file], "validate accepted it"
    errors = _errors(target)
    assert any(message in error for error in errors), errors


def test_a_file_that_is_not_a_mapping_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "x.yaml"
    target.write_text("- just\n- a list\n", encoding="utf-8")
    assert any("is not of type 'object'" in error for error in _errors(target))
