"""The knowledge base ships inside the package, so an install from a wheel finds it."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

import setuptools

from bot.answering.knowledge import bundled_path

ROOT = Path(__file__).resolve().parents[1]


def test_every_python_package_is_in_the_wheel() -> None:
    """bot/storage and bot/staff were once missing from the list: an editable install hid it."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    found = set(setuptools.find_packages(str(ROOT), include=config["packages"]["find"]["include"]))
    on_disk = {path.parent.relative_to(ROOT).as_posix().replace("/", ".")
               for top in ("bot", "handlers", "knowledge") for path in (ROOT / top).rglob("*.py")
               if "__pycache__" not in path.parts}
    assert {"bot.answering", "bot.concerns", "bot.staff", "bot.storage", "handlers.telegram", "handlers.web"} <= on_disk
    assert on_disk <= found, f"left out of a wheel: {sorted(on_disk - found)}"
    assert not {name for name in found if name.startswith(("tests", "benchmarks"))}


def test_every_knowledge_file_is_package_data() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    patterns = config["package-data"]["knowledge"]
    files = [p.relative_to(ROOT / "knowledge").as_posix() for p in (ROOT / "knowledge").rglob("*")
             if p.is_file() and p.suffix in (".yaml", ".yml", ".md")]
    assert files
    for name in files:
        assert any(fnmatch.fnmatch(name, pattern) for pattern in patterns), f"{name} would not be installed"


def test_bundled_path_comes_from_the_package() -> None:
    assert bundled_path() == ROOT / "knowledge"
    assert (bundled_path() / "kommuner.yaml").is_file()


def test_every_web_template_and_static_file_is_package_data() -> None:
    """The console's templates and the vendored map library too: a wheel without them serves 404s."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    patterns = config["package-data"]["handlers.web"]
    web = ROOT / "handlers" / "web"
    files = [p.relative_to(web).as_posix() for folder in ("templates", "static") for p in (web / folder).rglob("*")
             if p.is_file() and "__pycache__" not in p.parts]
    assert "static/vendor/leaflet/leaflet.js" in files and "templates/staff/concern.html" in files
    for name in files:
        # fnmatch's * crosses "/", so match segment by segment as setuptools does.
        assert any(len(name.split("/")) == len(pattern.split("/")) and fnmatch.fnmatch(name, pattern)
                   for pattern in patterns), f"{name} would not be installed"
