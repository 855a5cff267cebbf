"""The knowledge base ships inside the package, so an install from a wheel finds it."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

from bot.knowledge import bundled_path

ROOT = Path(__file__).resolve().parents[1]


def test_every_knowledge_file_is_package_data() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert "knowledge" in config["packages"]
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
