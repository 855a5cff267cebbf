"""The core (`bot/`) is channel-free: nothing in it imports python-telegram-bot or a channel.

One exception, named here: `bot/cli/app.py` is the entry point above every channel and starts them,
so it may import `handlers` inside the function that runs them, never at module level.

Inside the core, the groups form layers and a group imports only from the ones below it, which
also keeps the core free of import cycles between groups:

    cli  >  dialogue  >  staff  >  concerns  >  answering  >  storage  >  shared (errors, text, dates, …)
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[1] / "bot"
CHANNEL_PACKAGES = ("telegram", "handlers", "starlette", "uvicorn")
ENTRY_POINT = CORE / "cli" / "app.py"


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


LAYERS = ("shared", "storage", "answering", "concerns", "staff", "dialogue", "cli")


def _layer(module: str) -> str:
    parts = module.split(".")
    if parts[0] != "bot" or len(parts) == 1:
        return "shared"  # `from bot import files`: the shared modules at the top of the core
    group = "cli" if parts[1] == "__main__" else parts[1]  # `python -m bot` runs the CLI
    return group if group in LAYERS else "shared"


def test_each_group_of_the_core_imports_only_from_the_groups_below_it() -> None:
    for path in CORE.rglob("*.py"):
        module = ".".join(path.relative_to(CORE.parent).with_suffix("").parts).removesuffix(".__init__")
        own = LAYERS.index(_layer(module))
        for _, name in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            if name.startswith("bot"):
                assert LAYERS.index(_layer(name)) <= own, f"{module} ({LAYERS[own]}) imports {name}"


def test_the_groups_of_the_core_are_folders_a_newcomer_can_see() -> None:
    folders = {path.name for path in CORE.iterdir() if (path / "__init__.py").is_file()}
    assert folders == {"answering", "cli", "concerns", "staff", "storage"}
    shared = {path.stem for path in CORE.glob("*.py")} - {"__init__", "__main__", "dialogue"}
    assert shared == {"dates", "errors", "files", "settings", "text"}, "a new top-level module: which group is it?"


def test_no_import_is_hidden_behind_importlib() -> None:
    for path in CORE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "import_module" not in text and "__import__" not in text, path.name


def test_using_the_core_loads_no_channel_module() -> None:
    code = ("import sys, bot.cli, bot.dialogue, bot.answering.engine, bot.concerns.desk, bot.staff, bot.staff.export; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            f"{CHANNEL_PACKAGES!r}))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert result.stdout.strip() == "[]"


ANSWERING = CORE / "answering"
MAX_MODULE_LINES = 500


def test_no_answering_module_is_over_500_lines() -> None:
    """Each module in bot/answering/ has one job (read, decide, passages, aspects, compose, …)."""
    long = {path.name: n for path in ANSWERING.glob("*.py")
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
}
    assert not long, f"over {MAX_MODULE_LINES} lines: {long}"


def _runtime_imports(tree: ast.Module) -> list[str]:
    """The modules imported when the module runs: not those under `if TYPE_CHECKING:`."""
    typing_only = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If)
                   and "TYPE_CHECKING" in ast.dump(node.test) for n in ast.walk(node)}
    names = []
    for node, name in _imports(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.ImportFrom) and name == "bot.answering":
            names.extend(f"bot.answering.{alias.name}" for alias in node.names)
        else:
            names.append(name)
    return names


def test_the_answering_modules_import_each_other_without_a_cycle() -> None:
    graph = {path.stem: {name.split(".")[2] for name in _runtime_imports(ast.parse(path.read_text(encoding="utf-8")))
                         if name.startswith("bot.answering.")}
             for path in ANSWERING.glob("*.py")}
    done: set[str] = set()

    def visit(module: str, path: tuple[str, ...]) -> None:
        assert module not in path, f"import cycle: {' -> '.join((*path, module))}"
        if module in done:
            return
        for imported in graph.get(module, ()):
            visit(imported, (*path, module))
        done.add(module)

    for module in graph:
        visit(module, ())


PRIVATE_YET: set[tuple[str, str]] = set()


def test_no_answering_module_reaches_for_another_ones_private_names() -> None:
    """What two modules share has a public name: no `from bot.answering.x import _y`, no `x._y`."""
    for path in ANSWERING.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        modules = {alias.asname or alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                   and node.module == "bot.answering" for alias in node.names}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("bot."):
                private = [a.name for a in node.names if a.name.startswith("_")]
                assert not private, f"{path.name} imports {private} from {node.module}"
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in modules:
                private = node.attr.startswith("_") and not node.attr.endswith("__")
                assert not private or (path.name, node.attr) in PRIVATE_YET, f"{path.name} uses {node.value.id}.{node.attr}"
CHANNELS = CORE.parent / "handlers"


def test_each_channel_is_one_folder_and_the_web_loads_nothing_of_telegram() -> None:
    """`handlers/telegram/` and `handlers/web/` side by side; what they share (services, workers,
    connections) imports neither, and only `server.py`, which runs both, imports Telegram's."""
    assert {path.name for path in CHANNELS.iterdir() if (path / "__init__.py").is_file()} == {"telegram", "web"}
    for path in CHANNELS.rglob("*.py"):
        if path.parent.name == "telegram" or path.name == "server.py":
            continue
        for _, name in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            assert not name.startswith(("telegram", "handlers.telegram")), f"{path.relative_to(CHANNELS)} imports {name}"


def test_no_module_of_the_staff_group_is_over_500_lines() -> None:
    """One job per module: the lägesbild alone was 1,176 lines before it was split by job."""
    for path in (CORE / "staff").rglob("*.py"):
        lines = len(path.read_text(encoding="utf-8").splitlines())
        assert lines <= 500, f"{path.relative_to(CORE)} has {lines} lines"


def test_storage_keeps_its_schema_and_records_apart_from_the_queries() -> None:
    """An engine is its queries, split by job (the connection and what each message needs, the
    concerns, the rest); the schema's scripts and the records both engines share live in their own
    modules, so no storage module grows back past 500 lines (an engine was 990, then 781)."""
    for path in (CORE / "storage").glob("*.py"):
        lines = len(path.read_text(encoding="utf-8").splitlines())
        assert lines <= 500, f"{path.relative_to(CORE)} has {lines} lines"
    for module in ("sqlite", "sqlite_base", "sqlite_concerns", "postgres", "postgres_base", "postgres_concerns"):
        tree = ast.parse((CORE / "storage" / f"{module}.py").read_text(encoding="utf-8"))
        defined = {target.id for node in tree.body if isinstance(node, (ast.Assign, ast.AnnAssign))
                   for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
                   if isinstance(target, ast.Name)}
        assert "MIGRATIONS" not in defined, f"{module}.py defines its schema's scripts itself"


def test_the_digest_modules_use_only_each_others_public_names() -> None:
    """What one module of the lägesbild shares with another has a public name: none imports or
    reaches for another's `_name`."""
    package = CORE / "staff" / "digest"
    modules = {path.stem for path in package.glob("*.py")} - {"__init__"}
    for path in package.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("bot."):
                private = [a.name for a in node.names if a.name.startswith("_")]
                assert not private, f"{path.name} imports {private} from {node.module}"
            if isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__"):
                owner = node.value
                assert not (isinstance(owner, ast.Name) and owner.id in modules | {"staff"}), \
                    f"{path.name} reaches for {ast.unparse(node)}"


def test_no_module_of_the_core_is_over_500_lines() -> None:
    """A module does the one job its name says: the command line was 656 lines before it was split
    into its groups of commands, the storage engines 736 and 781."""
    for path in CORE.rglob("*.py"):
        lines = len(path.read_text(encoding="utf-8").splitlines())
        assert lines <= MAX_MODULE_LINES, f"{path.relative_to(CORE)} has {lines} lines"
