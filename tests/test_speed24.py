"""The knowledge base's parsed YAML kept between processes (bot/answering/knowledge_cache.py): a load that reads it
back makes the very knowledge base a parse makes, a changed file or an edit is parsed again, a base with a problem
is never written (its problems are the parser's, in the same order), and a file in the cache folder that holds
more than plain data is never run."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import pytest

from bot.answering import derived_cache, knowledge_cache, knowledge_files
from bot.answering.knowledge import bundled_path, load, validate
from bot.errors import KnowledgeError
from tests.conftest import FROZEN, SEEDED


@pytest.fixture()
def small_base(tmp_path: Path) -> Path:
    """A writable knowledge base of the five seed entries."""
    target = tmp_path / "knowledge"
    shutil.copytree(bundled_path(), target, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    for file in (target / "municipalities").glob("*.yaml"):
        file.unlink()
    for name in SEEDED:
        shutil.copy(FROZEN / f"{name}.yaml", target / "municipalities" / f"{name}.yaml")
    return target


def _cached(cache: Path) -> list[Path]:
    return sorted(cache.glob(knowledge_cache.PATTERN))


def _never(*_: object) -> object:
    raise AssertionError("parsed again for the same files")


def test_the_bundled_base_read_back_is_the_one_parsed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    parsed = load()
    written = load(cache=tmp_path)
    assert len(_cached(tmp_path)) == 1
    monkeypatch.setattr(knowledge_files, "_parse_yaml", _never)
    again = load(cache=tmp_path)
    assert parsed == written == again
    assert repr(parsed) == repr(again)  # every field, dates and line numbers too
    assert parsed.fingerprint == again.fingerprint


def test_a_changed_file_is_parsed_again(small_base: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    before = load(small_base, cache=cache)
    entry = small_base / "municipalities" / "kavlinge.yaml"
    text = entry.read_text(encoding="utf-8")
    entry.write_text(text.replace("text: ", "text: Arbetet sker med trollskogsvakter. ", 1), encoding="utf-8")
    after = load(small_base, cache=cache)
    assert len(_cached(cache)) == 2
    assert after == load(small_base) != before
    assert "trollskogsvakter" in repr(after.municipalities["kavlinge"])
    entry.write_text(text, encoding="utf-8")  # written back: the first file serves
    assert load(small_base, cache=cache) == before
    assert len(_cached(cache)) == 2


def test_an_edit_is_read_as_its_text(small_base: Path, tmp_path: Path) -> None:
    text = (small_base / "municipalities" / "vaxjo.yaml").read_text(encoding="utf-8")
    edits = {"vaxjo": text.replace("text: ", "text: Ny mening om trollskogsvakter. ", 1)}
    plain, edited = load(small_base, cache=tmp_path), load(small_base, edits, cache=tmp_path)
    assert edited == load(small_base, edits) and plain == load(small_base)
    assert "trollskogsvakter" in repr(edited.municipalities["vaxjo"])
    assert "trollskogsvakter" not in repr(plain.municipalities["vaxjo"])
    assert load(small_base, edits, cache=tmp_path) == edited


def test_a_base_with_a_problem_is_never_written_and_tells_the_same_problems(small_base: Path,
                                                                            tmp_path: Path) -> None:
    (small_base / "municipalities" / "vellinge.yaml").write_text("id: vellinge\nname: [unclosed\n", encoding="utf-8")
    (small_base / "glossary.yaml").write_text("- term: a\n  term: b\n", encoding="utf-8")  # a duplicate key
    with pytest.raises(KnowledgeError) as uncached:
        load(small_base)
    with pytest.raises(KnowledgeError) as cached:
        load(small_base, cache=tmp_path)
    assert not _cached(tmp_path)
    assert [str(p) for p in cached.value.problems] == [str(p) for p in uncached.value.problems]
    told = [p.file for p in uncached.value.problems]
    assert "vellinge.yaml" in told and "glossary.yaml" in told
    assert told.index("vellinge.yaml") < told.index("glossary.yaml")  # in the order a load reaches them


def test_the_problems_come_in_the_order_the_files_are_reached(small_base: Path) -> None:
    # A broken entry's YAML is told before an entry's wrong field, and both before a broken glossary.
    (small_base / "municipalities" / "burlov.yaml").write_text("id: [\n", encoding="utf-8")
    kavlinge = small_base / "municipalities" / "kavlinge.yaml"
    kavlinge.write_text(kavlinge.read_text(encoding="utf-8") + "\nunknown_field_here: 1\n", encoding="utf-8")
    (small_base / "glossary.yaml").write_text("[", encoding="utf-8")
    files = [p.file for p in validate(small_base)]
    assert files.index("burlov.yaml") < files.index("kavlinge.yaml") < files.index("glossary.yaml")


class _Loud:
    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (print, ("ran",))


def test_a_cache_file_that_is_not_plain_data_is_refused_and_parsed_again(small_base: Path, tmp_path: Path,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    load(small_base, cache=tmp_path)
    (path,) = _cached(tmp_path)
    path.write_bytes(pickle.dumps([_Loud()]))
    assert load(small_base, cache=tmp_path) == load(small_base)
    assert "ran" not in capsys.readouterr().out
    assert derived_cache.plain_data(path.read_bytes())  # written again, as plain data


@pytest.mark.parametrize("body", [pickle.dumps([1, 2])[:5], pickle.dumps([(1, 2, 3)]), pickle.dumps([])])
def test_a_torn_or_strange_file_is_parsed_again(small_base: Path, tmp_path: Path, body: bytes) -> None:
    load(small_base, cache=tmp_path)
    (path,) = _cached(tmp_path)
    path.write_bytes(body)
    assert load(small_base, cache=tmp_path) == load(small_base)


def test_the_key_follows_the_texts_and_the_code(monkeypatch: pytest.MonkeyPatch) -> None:
    loader = knowledge_files._Loader
    base = knowledge_cache.key([("a.yaml", "x: 1"), ("b.yaml", "y: 2")], loader)
    assert len({base, knowledge_cache.key([("b.yaml", "y: 2"), ("a.yaml", "x: 1")], loader),
                knowledge_cache.key([("a.yaml", "x: 2"), ("b.yaml", "y: 2")], loader),
                knowledge_cache.key([("c.yaml", "x: 1"), ("b.yaml", "y: 2")], loader)}) == 4
    monkeypatch.setattr(derived_cache, "code_digest", lambda: "other code")
    assert knowledge_cache.key([("a.yaml", "x: 1"), ("b.yaml", "y: 2")], loader) != base


def test_what_is_not_plain_is_not_written(tmp_path: Path) -> None:
    import datetime as dt

    def parse(name: str, text: str) -> tuple[object, bool]:
        return [dt.datetime(2026, 1, 1, 12, 0)], True

    assert knowledge_cache.parsed(tmp_path, [("a.yaml", "x")], knowledge_files._Loader, knowledge_files._LineDict,
                                  parse) == [[dt.datetime(2026, 1, 1, 12, 0)]]
    assert not _cached(tmp_path)
