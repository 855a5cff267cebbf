"""What an engine derives from a knowledge base, kept between processes: the entries' names (entry_names.py),
the content index's documents (content_index.py) and the entries' passages (passages.py). Each is built from
the knowledge base and the code alone, and building them was about half of a `trygghetsbot chat --jsonl`
process's start, done again in every process; the passage index was already kept (passage_index.py).

One file per index in the cache folder (files.cache_dir()), named by a key over everything it is computed from:
the knowledge base's content (`Knowledge.fingerprint`, a digest of the files' and the console's edits' text as
read), the other inputs the caller names (the trained model's words, the place names) and the source of the
bot's code (every file of the `bot` package). Another knowledge base, an edited file or other code gets
another file; one that cannot be read is built again. A knowledge base with no fingerprint (built in code, as
tests build one) is never cached.

Only plain data is stored (dicts, lists, tuples, sets, strings, numbers): written with pickle and read with an
unpickler that loads no class and no function, so a file in the cache folder can hold data but never run code.
"""

from __future__ import annotations

import hashlib
import io
import logging
import pickle
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from bot.files import CannotWrite, keep_newest, replaced_atomically

log = logging.getLogger(__name__)

CACHE_FORMAT = "1"
FILES_KEPT = 4  # per index: the newest; older knowledge bases' and code's files are removed
_PACKAGE = Path(__file__).resolve().parents[1]  # bot/
T = TypeVar("T")


class _PlainData(pickle.Unpickler):
    """Reads builtin containers and scalars only: a class or function named in the file is refused."""

    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"not plain data: {module}.{name}")


def plain_data(body: bytes) -> Any:
    """What `body` (a pickle) holds, read by the unpickler that refuses every class and function."""
    return _PlainData(io.BytesIO(body)).load()


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of every file of the bot package (its code and its data), the same in every process until
    the code changes."""
    digest = hashlib.sha256()
    for path in sorted(p for p in _PACKAGE.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(str(path.relative_to(_PACKAGE)).encode() + b"\x1f")
        digest.update(path.read_bytes() + b"\x1e")
    return digest.hexdigest()


def key(name: str, fingerprint: str, *inputs: Iterable[str]) -> str:
    """The key of index `name` built from the knowledge base whose fingerprint is given and from `inputs`
    (each a collection of strings, taken in sorted order)."""
    digest = hashlib.sha256(f"{CACHE_FORMAT}\x00{name}\x00{fingerprint}\x00{code_digest()}\x00".encode())
    for strings in inputs:
        digest.update("\x1f".join(sorted(strings)).encode() + b"\x1e")
    return digest.hexdigest()[:24]


def cached(directory: Path | None, name: str, fingerprint: str, build: Callable[[], T],
           inputs: tuple[Iterable[str], ...] = ()) -> T:
    """The plain data `build()` returns, read from `directory`'s file for this knowledge base, inputs and
    code, or built and written there. No directory or no fingerprint: built."""
    if directory is None or not fingerprint:
        return build()
    path = directory / f"derived-{name}-{key(name, fingerprint, *inputs)}.pickle"
    try:
        data: T = _PlainData(io.BytesIO(path.read_bytes())).load()
        log.debug("derived: %s read from %s", name, path)
        return data
    except FileNotFoundError:
        pass
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError, IndexError) as exc:
        log.warning("derived: cannot read %s (%s); building it again", path, exc)
    data = build()
    _save(path, name, data)
    return data


def _save(path: Path, name: str, data: object) -> None:
    try:
        body = pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL)
        _PlainData(io.BytesIO(body)).load()  # what cannot be read back as plain data is not written
    except (pickle.PicklingError, pickle.UnpicklingError, TypeError, AttributeError) as exc:
        log.warning("derived: %s is not plain data (%s); not cached", name, exc)
        return
    write(path, body, f"derived-{name}-*.pickle")


def write(path: Path, body: bytes, pattern: str) -> None:
    """A cache file written whole (a reader meanwhile sees the old one or none), and only the newest few of
    its `pattern` kept; a folder that cannot be written to costs the cache, never the start."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with replaced_atomically(path) as partial:  # whole, for a reader meanwhile
            partial.write_bytes(body)
    except (OSError, CannotWrite) as exc:
        log.warning("cache: cannot write %s (%s)", path, exc)
        return
    keep_newest(path.parent, pattern, FILES_KEPT)
