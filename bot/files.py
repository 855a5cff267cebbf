"""Writing files: what the staff asked for all or nothing, with a clear error instead of a
traceback; the bot's own data (database, keys, chat state) readable by its user only."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from bot.errors import TrygghetsbotError


class CannotWrite(TrygghetsbotError):
    """The output file could not be written (no such folder, no permission, disk full)."""


@contextlib.contextmanager
def replaced_atomically(path: Path) -> Iterator[Path]:
    """Yield a temporary path in `path`'s folder; on success it becomes `path`, on failure it goes."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise CannotWrite(f"cannot write {path}: {exc.strerror or exc}") from None
    os.close(handle)
    partial = Path(name)
    try:
        yield partial
        os.replace(partial, path)
    except OSError as exc:
        raise CannotWrite(f"cannot write {path}: {exc.strerror or exc}") from None
    finally:
        partial.unlink(missing_ok=True)


PRIVATE_DIR, PRIVATE_FILE = 0o700, 0o600


def cache_dir() -> Path:
    """Where the bot keeps what it can always build again (the passage index): the user's cache
    folder, $XDG_CACHE_HOME/trygghetsbot or ~/.cache/trygghetsbot."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "trygghetsbot"


def private_dir(path: Path) -> Path:
    """The data dir, created readable by the bot's user only (0700) when it does not exist; an
    existing folder keeps the modes its operator gave it."""
    if not path.is_dir():
        path.mkdir(parents=True, mode=PRIVATE_DIR, exist_ok=True)
        os.chmod(path, PRIVATE_DIR)  # mkdir's mode is narrowed by the umask, never widened: say it exactly
    return path


def private_file(path: Path) -> Path:
    """`path` created empty, or kept, with mode 0600: the bot's own data is no one else's to read.
    SQLite gives its -wal and -shm files the mode of the database file."""
    handle = os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE)
    try:
        os.fchmod(handle, PRIVATE_FILE)
    finally:
        os.close(handle)
    return path


def keep_newest(directory: Path, pattern: str, kept: int) -> None:
    """Remove all but the `kept` newest files of `directory` matching `pattern`: a cache keyed by its inputs
    keeps a few versions (another checkout, a console edit), never one per change."""
    older = sorted(directory.glob(pattern), key=_modified, reverse=True)
    for stale in older[kept:]:
        stale.unlink(missing_ok=True)


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0  # removed meanwhile by another process
