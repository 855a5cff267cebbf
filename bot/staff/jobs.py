"""Staff work that takes seconds of CPU, as functions a worker process runs (issue 35).

An XLSX of 100,000 concerns took 18 s and held the server's event loop for seconds at a time
(openpyxl is pure Python: a thread would still hold the interpreter). With `StaffDesk.offload` set
(the server sets it to its process pool), exports and the lägesbild are built by these functions in
another process instead. Each receives plain picklable data, never a connection: where the database
is (`Source`), the query or the municipality and period, and what the parent already read (the
unanswered questions, the survey figures); it opens the database itself and reads the concerns, so
nothing large crosses between the processes. Without `offload` (the CLI, tests of the core) the
same code runs in-process on the desk's own store.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from bot.storage import SQLiteStore, Store, open_store
from bot.storage.records import ConcernQuery

T = TypeVar("T")
# Runs fn(*args) somewhere else and gives its result: the server's process pool.
Offload = Callable[..., Awaitable[Any]]


@dataclass(frozen=True)
class Source:
    """Where a worker finds the concerns: the SQLite file `path`, or PostgreSQL at `url`."""

    path: Path | None = None
    url: str = ""

    @classmethod
    def of(cls, store: Store) -> Source:
        if isinstance(store, SQLiteStore):
            return cls(path=store.path)
        url = getattr(store, "url", "")
        if not url:
            raise TypeError(f"a worker cannot open a {type(store).__name__}")
        return cls(url=url)

    async def open(self) -> Store:
        if self.path is not None:
            return await SQLiteStore.open(self.path)
        return await open_store(Path(), self.url)


def warm() -> None:
    """A worker's first job need not import the writers (a second or so): its initializer."""
    import docx  # noqa: F401, PLC0415
    import matplotlib  # noqa: PLC0415
    import openpyxl  # noqa: F401, PLC0415

    matplotlib.use("Agg")
    from matplotlib import pyplot  # noqa: F401, PLC0415


def _reading(source: Source, work: Callable[[Store], Awaitable[T]]) -> T:
    async def opened() -> T:
        store = await source.open()
        try:
            return await work(store)
        finally:
            await store.close_connection()

    return asyncio.run(opened())


def export_file(source: Source, query: ConcernQuery, fmt: str, path: Path, names: dict[str, str],
                title: str) -> int:
    """The concerns `query` matches into `path` as `fmt`; the count."""
    from bot.staff import export  # noqa: PLC0415

    return _reading(source, lambda store: export.write_chunks(store.matching_chunks(query), path, fmt, names,
                                                              title))


def digest_of(source: Source, request: Any) -> Any:
    """The lägesbild (digest.Digest) of a digest.DigestRequest."""
    from bot.staff import digest  # noqa: PLC0415

    return _reading(source, lambda store: digest.compose(store, request))


def digest_file(source: Source, request: Any, path: Path, fmt: str) -> Any:
    """The lägesbild written to `path` as `fmt` (with its images beside a .md); the Digest."""
    from bot.staff import digest  # noqa: PLC0415

    made = digest_of(source, request)
    digest.render(made, path, fmt)
    return made


def digest_image(source: Source, request: Any, which: str) -> bytes | None:
    """The lägesbild's chart ("chart") or map ("map") as PNG; None when there is no map."""
    from bot.staff import digest  # noqa: PLC0415

    made = digest_of(source, request)
    return made.chart() if which == "chart" else made.map()
