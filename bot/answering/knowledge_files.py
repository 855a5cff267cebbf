"""Reading the knowledge base from its directory: YAML with line numbers and duplicate-key detection,
the whole base loaded and validated at once (checks across files: duplicate ids, names in
kommuner.yaml, police areas in police_areas.yaml), and the watcher that notices when its files change.

Layout of a knowledge directory:
    municipalities/<id>.yaml   one file per municipality (adding one needs no code change)
    glossary.yaml              terms and their definitions
    general.yaml               fixed answers: emergency, reporting a crime, feedback, about, privacy, bot facts
    kommuner.yaml              the names of all Swedish municipalities
    police_areas.yaml          the lokalpolisområden, one spelling each, that police_area: must name
"""

from __future__ import annotations

import hashlib
import os
from importlib import resources
from pathlib import Path
from collections.abc import Mapping
from typing import IO, Any

import yaml

from bot.answering import knowledge_cache
from bot.answering.knowledge_model import (GENERAL_KEYS, KNOWLEDGE_ENV, GeneralText, GlossaryTerm, Knowledge,
                                           Municipality)
from bot.answering.knowledge_parse import Kommuner, parse_helplines, parse_kommuner, parse_municipality
from bot.answering.knowledge_specs import GENERAL_TEXT, GLOSSARY_TERM, Checker, as_strs
from bot.answering.police_areas import check_police_areas, parse_police_areas
from bot.errors import KnowledgeError, Problem
from bot.text import fold

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


class _Files:
    """The files of one load, read first and parsed together (through the cache folder's copy when it holds
    these texts: knowledge_cache.py); each file's value and problems are taken where the load reaches it, so
    the problems come in the order a file-by-file load tells them."""

    def __init__(self, digest: Any) -> None:
        self.digest = digest  # the text read, for the indexes derived from it (Knowledge.fingerprint)
        self._texts: list[tuple[str, str]] = []  # (name, text) in the order read
        self._problems: list[list[Problem]] = []  # per file read or not, in that order
        self._index: list[int | None] = []  # per file: its place in _texts, None if it could not be read
        self._values: list[Any] = []

    def read(self, path: Path) -> int:
        """Read `path` as a file of the load; the number returned takes it."""
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            self._index.append(None)
            self._problems.append([Problem(path.name, f"cannot read: {exc}")])
            return len(self._index) - 1
        _digested(self.digest, f"{path.parent.name}/{path.name}", text)
        return self.text(path.name, text)

    def text(self, name: str, text: str) -> int:
        """YAML given as text (an entry edited in the console), parsed as a file of that name; not digested."""
        self._index.append(len(self._texts))
        self._texts.append((name, text))
        self._problems.append([])
        return len(self._index) - 1

    def parse(self, cache: Path | None) -> None:
        found = [self._problems[file] for file, index in enumerate(self._index) if index is not None]
        done = iter(found)

        def one(name: str, text: str) -> tuple[Any, bool]:
            problems = next(done)
            value = _parse_yaml(text, name, problems)
            return value, not problems

        clean = not any(self._problems)
        self._values = knowledge_cache.parsed(cache if clean else None, self._texts, _Loader, _LineDict, one)

    def take(self, file: int, problems: list[Problem]) -> Any:
        """The parsed value of `file` (None if it could not be read or parsed); its problems join `problems`."""
        problems.extend(self._problems[file])
        index = self._index[file]
        return None if index is None else self._values[index]


def _digested(digest: Any, name: str, text: str) -> None:
    digest.update(name.encode() + b"\x1f" + text.encode() + b"\x1e")


def read_yaml_text(text: str, name: str, problems: list[Problem]) -> Any:
    """YAML given as text (an entry edited in the console), read as a file of that name would be."""
    return _parse_yaml(text, name, problems)


def _parse_yaml(stream: str | IO[str], name: str, problems: list[Problem]) -> Any:
    try:
        return yaml.load(stream, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problems.append(Problem(name, f"invalid YAML: {exc.problem or exc}", line=line))
    except (UnicodeDecodeError, yaml.YAMLError) as exc:
        problems.append(Problem(name, f"cannot read: {exc}"))
    return None


def bundled_path() -> Path:
    """The knowledge directory shipped with the package (works from a checkout and from a wheel)."""
    return Path(str(resources.files("knowledge")))


def default_path() -> Path:
    """$TRYGGHETSBOT_KNOWLEDGE if set, else the bundled knowledge base."""
    override = os.environ.get(KNOWLEDGE_ENV)
    return Path(override) if override else bundled_path()


def _load(path: Path, edits: Mapping[str, str] | None = None,
          cache: Path | None = None) -> tuple[Knowledge | None, list[Problem]]:
    problems: list[Problem] = []
    digest = hashlib.sha256()  # the text read, for the indexes derived from it (Knowledge.fingerprint)
    if not path.is_dir():
        return None, [Problem(str(path), "not a directory")]

    # Every file is read, then all are parsed (or their parsed YAML read from the cache folder), then each is
    # taken in turn below.
    read = _Files(digest)
    kommuner_file = path / "kommuner.yaml"
    kommuner_read = read.read(kommuner_file) if kommuner_file.exists() else None
    muni_dir = path / "municipalities"
    files = sorted(muni_dir.glob("*.yaml")) + sorted(muni_dir.glob("*.yml")) if muni_dir.is_dir() else []
    # An entry edited in the staff console (bot/staff/entry_editor.py) takes the place of the bundled
    # file of the same id, and is checked by the very same rules.
    edits = edits or {}
    entry_reads = [(file.name, read.read(file)) for file in files if file.stem not in edits]
    for key, text in sorted(edits.items()):
        _digested(digest, f"edit/{key}.yaml", text)
    entry_reads += [(f"{key}.yaml", read.text(f"{key}.yaml", text)) for key, text in sorted(edits.items())]
    glossary_file, general_file = path / "glossary.yaml", path / "general.yaml"
    areas_file, helplines_file = path / "police_areas.yaml", path / "helplines.yaml"
    glossary_read, general_read, areas_read, helplines_read = (read.read(file) if file.exists() else None for file in
                                                               (glossary_file, general_file, areas_file,
                                                                helplines_file))
    read.parse(cache)

    kommuner = Kommuner({}, frozenset(), {}, {}, None)
    if kommuner_read is not None:
        raw = read.take(kommuner_read, problems)
        if raw is not None:
            kommuner = parse_kommuner(raw, problems)
    else:
        problems.append(Problem("kommuner.yaml", "missing file"))

    municipalities: dict[str, Municipality] = {}
    unpublished: dict[str, Municipality] = {}
    all_names = kommuner.names
    folded_names = frozenset(fold(n) for n in all_names)
    if not files:
        problems.append(Problem("municipalities/", "no municipality files"))
    readings: list[tuple[str, Any]] = [(name, read.take(file, problems)) for name, file in entry_reads]
    for name, raw in readings:
        if raw is None:
            continue
        municipality = parse_municipality(raw, name, problems, folded_names)
        if municipality is None:
            continue
        if municipality.id in municipalities or municipality.id in unpublished:
            other = (municipalities.get(municipality.id) or unpublished[municipality.id]).file
            problems.append(Problem(name, f"duplicate municipality id {municipality.id!r} (also in {other})",
                                    entry=f"municipality {municipality.id}", field="id"))
            continue
        (municipalities if municipality.agreements else unpublished)[municipality.id] = municipality

    glossary: list[GlossaryTerm] = []
    raw_glossary = read.take(glossary_read, problems) if glossary_read is not None else []
    check = Checker("glossary.yaml", problems)
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
                                         checked.get("term_en", ""), as_strs(checked.get("aliases"))))

    general: dict[str, GeneralText] = {}
    raw_general = read.take(general_read, problems) if general_read is not None else None
    check = Checker("general.yaml", problems)
    if general_read is None:
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

    # Each `police_area` must be a lokalpolisområde of police_areas.yaml, spelled as listed there.
    if areas_read is not None:
        raw_areas = read.take(areas_read, problems)
        if raw_areas is not None:
            areas = parse_police_areas(raw_areas, problems, kommuner.names)
            check_police_areas([*municipalities.values(), *unpublished.values()], areas, problems)

    helplines = (parse_helplines(read.take(helplines_read, problems), helplines_file.name, problems)
                 if helplines_read is not None else [])
    if problems:
        return None, problems
    return Knowledge(municipalities=municipalities, unpublished=unpublished, glossary=tuple(glossary), general=general,
                     all_municipalities=all_names, ambiguous_names=kommuner.ambiguous,
                     name_aliases=kommuner.aliases, path=path, helplines=tuple(helplines),
                     population=kommuner.population, population_source=kommuner.population_source,
                     fingerprint=digest.hexdigest()), []


def validate(path: Path, edits: Mapping[str, str] | None = None) -> list[Problem]:
    """Every problem in the knowledge base at `path` (empty when it is valid); `edits`, entry id ->
    YAML text, take the place of the bundled files of those ids."""
    return _load(path, edits)[1]


def load(path: Path | None = None, edits: Mapping[str, str] | None = None, cache: Path | None = None) -> Knowledge:
    """Load and validate a knowledge base, with `edits` in place of bundled entries (see validate);
    raises KnowledgeError listing every problem. With `cache` (a folder, files.cache_dir()), the files' parsed
    YAML is kept there and read back while their text and the code are the same (knowledge_cache.py)."""
    knowledge, problems = _load(path or default_path(), edits, cache)
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
