"""Writing files the staff asked for: all or nothing, with a clear error instead of a traceback."""

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
