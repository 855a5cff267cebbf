"""The batching under group commit and the PostgreSQL step writes."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import pytest

from bot.storage.batches import Batcher, rounds


async def test_what_arrives_during_a_batch_goes_in_the_next_and_each_caller_gets_its_own_result() -> None:
    seen: list[list[int]] = []

    async def run(batch: list[int]) -> Sequence[int | BaseException]:
        seen.append(batch)
        await asyncio.sleep(0.01)
        return [ValueError(n) if n == 13 else n * 10 for n in batch]

    batcher: Batcher[int, int] = Batcher(run)
    first = asyncio.ensure_future(batcher(1))
    await asyncio.sleep(0)  # the first batch is under way
    rest = await asyncio.gather(*(batcher(n) for n in range(2, 20)), return_exceptions=True)
    assert await first == 10
    assert seen == [[1], list(range(2, 20))]
    assert isinstance(rest[13 - 2], ValueError)
    assert [r for r in rest if not isinstance(r, BaseException)] == [n * 10 for n in range(2, 20) if n != 13]


async def test_a_failing_batch_reaches_every_caller_and_the_next_batch_still_runs() -> None:
    async def run(batch: list[str]) -> Sequence[str | BaseException]:
        if "boom" in batch:
            raise OSError("connection lost")
        return [item.upper() for item in batch]

    batcher: Batcher[str, str] = Batcher(run)
    outcomes = await asyncio.gather(batcher("boom"), batcher("a"), return_exceptions=True)
    assert isinstance(outcomes[0], OSError)
    assert await batcher("b") == "B"


async def test_a_cancelled_caller_does_not_stop_the_others() -> None:
    release = asyncio.Event()

    async def run(batch: list[int]) -> Sequence[int | BaseException]:
        await release.wait()
        return batch

    batcher: Batcher[int, int] = Batcher(run)
    cancelled, kept = asyncio.ensure_future(batcher(1)), asyncio.ensure_future(batcher(2))
    await asyncio.sleep(0)
    cancelled.cancel()
    release.set()
    assert await kept == 2
    with pytest.raises(asyncio.CancelledError):
        await cancelled
    await batcher.wait()


def test_rounds_never_repeat_a_key_and_keep_the_order() -> None:
    assert rounds(["a", "b", "a", "c", "a", "b"]) == [[0, 1, 3], [2, 5], [4]]
    assert rounds([]) == []


async def test_a_batch_that_loses_a_result_fails_its_callers_instead_of_leaving_them_waiting() -> None:
    async def run(batch: list[int]) -> Sequence[int | BaseException]:
        return batch[:-1]

    batcher: Batcher[int, int] = Batcher(run)
    outcomes = await asyncio.wait_for(asyncio.gather(batcher(1), batcher(2), return_exceptions=True), timeout=5)
    assert all(isinstance(outcome, RuntimeError) for outcome in outcomes)


async def test_a_cancelled_batch_fails_what_waits_behind_it_too() -> None:
    started = asyncio.Event()

    async def run(batch: list[int]) -> Sequence[int | BaseException]:
        started.set()
        await asyncio.sleep(10)
        return batch

    batcher: Batcher[int, int] = Batcher(run)
    first = asyncio.ensure_future(batcher(1))
    await started.wait()
    behind = asyncio.ensure_future(batcher(2))
    await asyncio.sleep(0)
    assert batcher._task is not None  # noqa: SLF001
    batcher._task.cancel()  # noqa: SLF001 - as the loop's shutdown would
    outcomes = await asyncio.wait_for(asyncio.gather(first, behind, return_exceptions=True), timeout=5)
    assert all(isinstance(outcome, asyncio.CancelledError) for outcome in outcomes)


async def test_one_item_that_breaks_its_batch_fails_only_its_own_caller() -> None:
    """A whole batch runs in one transaction; an item the database refuses (a text it cannot
    encode) made every caller in its batch fail, and with group commit that was every resident who
    pressed "Skicka" at that moment."""
    runs: list[list[str]] = []

    async def run(batch: list[str]) -> Sequence[str]:
        runs.append(batch)
        await asyncio.sleep(0.01)
        if "bad" in batch:
            raise UnicodeEncodeError("utf-8", "\udc00", 0, 1, "surrogates not allowed")
        return [item.upper() for item in batch]

    batcher: Batcher[str, str] = Batcher(run)
    first = asyncio.ensure_future(batcher("first"))
    await asyncio.sleep(0)
    results = await asyncio.gather(first, *(batcher(item) for item in ("a", "bad", "b")), return_exceptions=True)
    assert results[0] == "FIRST" and results[1] == "A" and results[3] == "B"
    assert isinstance(results[2], UnicodeEncodeError)
    assert ["a", "bad", "b"] in runs and ["bad"] in runs  # the batch first, then each item alone
    assert await batcher("later") == "LATER"


async def test_a_database_that_is_away_fails_the_batch_once() -> None:
    runs: list[list[int]] = []

    async def run(batch: list[int]) -> Sequence[int]:
        runs.append(batch)
        raise ConnectionRefusedError("no database")

    batcher: Batcher[int, int] = Batcher(run)
    results = await asyncio.gather(*(batcher(n) for n in range(5)), return_exceptions=True)
    assert all(isinstance(r, ConnectionRefusedError) for r in results) and len(runs) == 1
