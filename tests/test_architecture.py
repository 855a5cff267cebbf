"""The core (`bot/`) is channel-free: nothing in it imports python-telegram-bot."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[1] / "bot"


def test_no_core_module_imports_telegram() -> None:
    for path in CORE.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            for name in names:
                assert not name.startswith(("telegram", "handlers")), f"{path.name} imports {name}"


def test_using_the_core_loads_no_telegram_module() -> None:
    code = ("import sys, bot.cli, bot.engine, bot.concerns, bot.staff, bot.export; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('telegram', 'handlers')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert result.stdout.strip() == "[]"
