"""The core (`bot/`) is channel-free: nothing in it imports python-telegram-bot or a channel.

One exception, named here: `bot/cli.py` is the entry point above every channel and starts them,
so it may import `handlers` inside the function that runs them, never at module level.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[1] / "bot"
CHANNEL_PACKAGES = ("telegram", "handlers", "starlette", "uvicorn")
ENTRY_POINT = CORE / "cli.py"


def _imports(tree: ast.AST) -> list[tuple[ast.AST, str]]:
    found: list[tuple[ast.AST, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            found.append((node, node.module or ""))
    return found


def test_no_core_module_imports_a_channel() -> None:
    for path in CORE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        allowed_lazily = {id(n) for f in ast.walk(tree) if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))
                          for n in ast.walk(f)} if path == ENTRY_POINT else set()
        for node, name in _imports(tree):
            if name.startswith(CHANNEL_PACKAGES):
                assert id(node) in allowed_lazily, f"{path.relative_to(CORE)} imports {name}"


def test_no_import_is_hidden_behind_importlib() -> None:
    for path in CORE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "import_module" not in text and "__import__" not in text, path.name


def test_using_the_core_loads_no_channel_module() -> None:
    code = ("import sys, bot.cli, bot.dialogue, bot.engine, bot.concerns, bot.staff, bot.export; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            f"{CHANNEL_PACKAGES!r}))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert result.stdout.strip() == "[]"
