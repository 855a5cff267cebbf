"""Batches: many callers' statements in one round trip, or one durable transaction.

While one batch is at the database, the items that arrive wait and then go together in the next.
Under light load a batch holds one item and costs what a lone statement costs; under load one round
trip serves dozens of residents, which is what lets a database server on another machine (or a
busy one) keep up with several bot processes.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Hashable, Sequence
from typing import Generic, TypeVar

logger = logging.getLogger(__name__)

Item = TypeVar("Item")
Result = TypeVar("Result")


class Batcher(Generic[Item, Result]):
    """`await batcher(item)` returns that item's result from `run(batch)`, which returns one result
    per item, or the exception that item's caller is to get."""

    def __init__(self, run: Callable[[list[Item]], Awaitable[Sequence[Result | BaseException]]]) -> None:
        self._run = run
        self._pending: list[tuple[Item, asyncio.Future[Result]]] = []
        self._task: asyncio.Task[None] | None = None

    async def __call__(self, item: Item) -> Result:
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Result] = loop.create_future()
        self._pending.append((item, future))
        if self._task is None or self._task.done():
            # A task of its own: a caller that is cancelled cannot leave the others waiting. Its
            # item still runs; the result, which nobody waits for, is dropped.
            self._task = loop.create_task(self._drain())
        return await future

    async def _drain(self) -> None:
        while self._pending:
            batch, self._pending = self._pending, []
            try:
                results = await self._results(batch)
            except BaseException as exc:  # noqa: BLE001 - every waiting caller must hear of it
                for _, future in batch:
                    if not future.done():
                        future.set_exception(exc)
                if isinstance(exc, asyncio.CancelledError):  # shutting down: nobody is left to run the rest
                    for _, future in self._pending:
                        if not future.done():
                            future.set_exception(exc)
                    self._pending = []
                    raise
                continue
            for (_, future), result in zip(batch, results):
                if future.done():
                    continue
                if isinstance(result, BaseException):
                    future.set_exception(result)
                else:
                    future.set_result(result)

    async def _results(self, batch: list[tuple[Item, asyncio.Future[Result]]]) -> Sequence[Result | BaseException]:
        try:
            return await self._checked([item for item, _ in batch])
        except Exception as exc:  # noqa: BLE001 - decided below: whose fault it was
            if len(batch) == 1 or isinstance(exc, (OSError, asyncio.TimeoutError)):
                raise  # one item, or the database is away: the whole batch hears of it
            logger.warning("A batch of %s failed (%s); each item goes alone", len(batch), type(exc).__name__)
        # One item the database cannot take (a text it cannot encode, say) must fail only its own
        # caller: the batch ran in one transaction, so nothing of it is stored, and each item is
        # tried again on its own.
        results: list[Result | BaseException] = []
        for item, _ in batch:
            try:
                results.extend(await self._checked([item]))
            except Exception as exc:  # noqa: BLE001 - that item's caller gets it
                results.append(exc)
        return results

    async def _checked(self, items: list[Item]) -> Sequence[Result | BaseException]:
        results = await self._run(items)
        if len(results) != len(items):  # a bug, but one that must not leave callers waiting forever
            raise RuntimeError(f"a batch of {len(items)} gave {len(results)} results")
        return results

    async def wait(self) -> None:
        """Until the batch under way and those waiting are done."""
        if self._task is not None:
            await asyncio.gather(self._task, return_exceptions=True)


def rounds(keys: Sequence[Hashable]) -> list[list[int]]:
    """Positions split into rounds in which no key appears twice, in order: one statement cannot
    change the same row twice, and the second change of a row must see the first."""
    split: list[list[int]] = []
    seen: dict[Hashable, int] = {}
    for position, key in enumerate(keys):
        n = seen.get(key, 0)
        seen[key] = n + 1
        if n == len(split):
            split.append([])
        split[n].append(position)
    return split
