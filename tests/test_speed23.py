"""The indexes an engine derives from the knowledge base, kept between processes (bot/answering/derived_cache.py):
read back they are what a build makes, a changed knowledge file (or an edit) gets them built again, and a file
in the cache folder that holds more than plain data is never run."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import pytest

from bot.answering import content_index, derived_cache, entry_names, passages, places
from bot.answering.engine import Engine
from bot.answering.knowledge import Knowledge, bundled_path, load
from tests.conftest import FROZEN, SEEDED, TODAY


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


def _derived_files(cache: Path) -> set[str]:
    return {path.name for path in cache.glob("derived-*.pickle")}


def _state(engine: Engine) -> dict[str, object]:
    """What the cached indexes hold, as the engine uses them."""
    index, names, found = engine.reader.index, engine.reader.entry_names, engine.places
    return {"docs": index.docs, "vocabulary": index.vocabulary, "names": names.names, "always": names.always,
            "passages": engine.passages.passages, "ranges": engine.passages._ranges,
            "near": engine.passages._near._near, "generic": engine.passages._generic,
            "subjects": engine.passages._subjects, "place_names": found.names, "known": found.known_words,
            "inner": found.inner_districts, "single": found._single}


def test_the_indexes_read_back_are_those_built_and_answer_alike(small_base: Path, tmp_path: Path) -> None:
    knowledge = load(small_base)
    built = Engine(knowledge, today=TODAY)  # no cache folder: every index built
    cache = tmp_path / "cache"
    first = Engine(knowledge, today=TODAY, passage_cache=cache)  # built and written
    assert {name.split("-")[1] for name in _derived_files(cache)} == {"entry_names", "content_docs", "passages",
                                                                      "places"}
    again = Engine(load(small_base), today=TODAY, passage_cache=cache)  # another process: read back
    assert _state(built) == _state(first) == _state(again)
    for question in ("Vad gör Kävlinge mot otrygghet?", "Vilka fokusområden har Vellinge?",
                     "What does Sölvesborg focus on?", "Vem har skrivit under avtalet i Växjö?"):
        assert again.answer(question).to_dict() == built.answer(question).to_dict()


def test_the_cache_is_read_not_built_for_the_same_files(small_base: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    Engine(load(small_base), today=TODAY, passage_cache=cache)

    def never(*_: object) -> object:
        raise AssertionError("built again for the same knowledge files")

    for module, name in ((entry_names, "_built"), (passages, "_derived"), (places, "_entry_words")):
        monkeypatch.setattr(module, name, never)
    monkeypatch.setattr(content_index.ContentIndex, "_documents", never)
    Engine(load(small_base), today=TODAY, passage_cache=cache)


def test_a_changed_knowledge_file_builds_the_indexes_again(small_base: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    before = load(small_base)
    engine = Engine(before, today=TODAY, passage_cache=cache)
    assert "vindelnbostaderna" not in engine.reader.entry_names.names
    files_before = _derived_files(cache)
    entry = small_base / "municipalities" / "kavlinge.yaml"
    text = entry.read_text(encoding="utf-8")
    # A name one entry alone holds, written with a capital inside a sentence, and a word no entry had.
    changed = text.replace("text: ", "text: Arbetet sker med Vindelnbostäderna och trollskogsvakter. ", 1)
    assert changed != text
    entry.write_text(changed, encoding="utf-8")
    after = load(small_base)
    assert after.fingerprint != before.fingerprint
    fresh = Engine(after, today=TODAY, passage_cache=cache)
    new_files = _derived_files(cache) - files_before
    assert sorted(name.split("-")[1] for name in new_files) == ["content_docs", "entry_names", "passages", "places"]
    assert fresh.reader.entry_names.names.get("vindelnbostaderna") == "kavlinge"
    assert "trollskogsvakter" in fresh.reader.index.vocabulary
    assert any("Vindelnbostäderna" in p.text for p in fresh.passages.passages["sv"])
    assert _state(fresh) == _state(Engine(after, today=TODAY))  # what a build without the cache makes
    # Written back as it was: the first files serve again, nothing is built.
    entry.write_text(text, encoding="utf-8")
    assert load(small_base).fingerprint == before.fingerprint
    assert "vindelnbostaderna" not in Engine(load(small_base), today=TODAY, passage_cache=cache).reader.entry_names.names


def test_an_edit_from_the_console_is_another_knowledge_base(small_base: Path) -> None:
    plain = load(small_base)
    text = (small_base / "municipalities" / "vaxjo.yaml").read_text(encoding="utf-8")
    edited = load(small_base, {"vaxjo": text.replace("text: ", "text: Ny mening. ", 1)})
    same = load(small_base, {"vaxjo": text})
    assert len({plain.fingerprint, edited.fingerprint}) == 2 and plain.fingerprint and edited.fingerprint
    assert same.fingerprint != edited.fingerprint


def test_a_knowledge_base_built_in_code_is_never_cached(knowledge: Knowledge, tmp_path: Path) -> None:
    import dataclasses

    in_code = dataclasses.replace(knowledge, fingerprint="")
    derived_cache.cached(tmp_path, "entry_names", in_code.fingerprint, lambda: ({}, []))
    assert not list(tmp_path.iterdir())


class _Loud:
    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (print, ("ran",))


def test_a_file_that_is_not_plain_data_is_refused_and_built_again(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    key = derived_cache.key("names", "fp")
    path = tmp_path / f"derived-names-{key}.pickle"
    path.write_bytes(pickle.dumps({"x": _Loud()}))
    assert derived_cache.cached(tmp_path, "names", "fp", lambda: {"built": [1, 2]}) == {"built": [1, 2]}
    assert "ran" not in capsys.readouterr().out
    assert derived_cache.cached(tmp_path, "names", "fp", lambda: {"other": []}) == {"built": [1, 2]}  # rewritten
    # What is not plain data is never written.
    assert derived_cache.cached(tmp_path, "objects", "fp", lambda: {"x": Path("/")}) == {"x": Path("/")}
    assert not list(tmp_path.glob("derived-objects-*"))


def test_a_torn_file_is_built_again(tmp_path: Path) -> None:
    key = derived_cache.key("names", "fp")
    (tmp_path / f"derived-names-{key}.pickle").write_bytes(pickle.dumps({"a": [1, 2, 3]})[:7])
    assert derived_cache.cached(tmp_path, "names", "fp", lambda: {"a": [1]}) == {"a": [1]}


def test_the_key_follows_the_inputs_and_the_code(monkeypatch: pytest.MonkeyPatch) -> None:
    base = derived_cache.key("names", "fp", ["a", "b"])
    assert base == derived_cache.key("names", "fp", ["b", "a"])  # a set's order is no input
    assert len({base, derived_cache.key("names", "fp", ["a"]), derived_cache.key("names", "fq", ["a", "b"]),
                derived_cache.key("other", "fp", ["a", "b"])}) == 4
    monkeypatch.setattr(derived_cache, "code_digest", lambda: "other code")
    assert derived_cache.key("names", "fp", ["a", "b"]) != base
