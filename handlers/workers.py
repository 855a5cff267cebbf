"""The worker processes that build exports and lägesbilder, so residents' chats are not held (issue 35).

One pool per server, opened with the services and closed with them. Processes are started by
forkserver (spawn where there is none), never fork: a fork of a running event loop with its
threads (the database's, anyio's) copies locks in whatever state they were. At most `at_once`
jobs run at a time; one that finds no free worker within `wait_seconds` is refused with `Busy`
(the console answers 503 with Retry-After), so a queue of downloads cannot grow without end.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import multiprocessing
import os
from collections.abc import Callable
from typing import Any, TypeVar

from bot.errors import Busy
from bot.staff import jobs

logger = logging.getLogger(__name__)

T = TypeVar("T")
WAIT_SECONDS = 30.0  # a download waits this long for a worker before it is refused
RETRY_AFTER = 30  # what a refused download is told: about as long as the largest export takes
CLOSE_SECONDS = 5.0  # at shutdown, a job still running after this is ended with its process


NICENESS = 10  # the event loop's process goes first: a worker takes what CPU the residents leave


def _start_worker() -> None:
    """Each worker process's initializer: a lower priority, and the writers imported."""
    try:
        os.nice(NICENESS)
    except OSError:  # not allowed here: the same priority as the server, still another process
        pass
    jobs.warm()


def _context() -> multiprocessing.context.BaseContext:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


class Workers:
    def __init__(self, processes: int | None = None, at_once: int | None = None,
                 wait_seconds: float = WAIT_SECONDS) -> None:
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
        self.processes = processes or max(1, min(cores, 4))
        self.at_once = at_once or self.processes
        self.wait_seconds = wait_seconds
        self._slots = asyncio.Semaphore(self.at_once)
        self._pool: concurrent.futures.ProcessPoolExecutor | None = self._new_pool()
        self.running = 0
        self.completed = 0

    def _new_pool(self) -> concurrent.futures.ProcessPoolExecutor:
        return concurrent.futures.ProcessPoolExecutor(self.processes, mp_context=_context(),
                                                      initializer=_start_worker)

    @property
    def closed(self) -> bool:
        return self._pool is None

    async def run(self, work: Callable[..., T], *args: Any) -> T:
        """work(*args) in a worker process; Busy when no worker was free within wait_seconds."""
        pool = self._pool
        if pool is None:
            raise RuntimeError("the workers are closed")
        try:
            await asyncio.wait_for(self._slots.acquire(), self.wait_seconds)
        except TimeoutError:
            logger.warning("Refused %s: all %s workers busy for %s s", getattr(work, "__name__", work),
                           self.at_once, self.wait_seconds)
            raise Busy(retry_after=RETRY_AFTER) from None
        loop = asyncio.get_running_loop()
        self.running += 1
        try:
            future = pool.submit(work, *args)
        except BaseException:
            self._release()
            raise

        def finished(_: concurrent.futures.Future[T]) -> None:
            # The slot is free only when the process is: a request cancelled meanwhile does not end
            # the job it started, so it must not let another one in beside it.
            try:
                loop.call_soon_threadsafe(self._release)
            except RuntimeError:  # the event loop has closed: nothing is waiting for the slot
                pass

        future.add_done_callback(finished)
        try:
            return await asyncio.wrap_future(future)
        except concurrent.futures.process.BrokenProcessPool:
            # A worker died (killed, out of memory): this download fails, the next gets a new pool.
            logger.error("A worker process died while building %s; starting new workers",
                         getattr(work, "__name__", work))
            if self._pool is pool:
                self._pool = self._new_pool()
                pool.shutdown(wait=False, cancel_futures=True)
            raise

    def _release(self) -> None:
        self.running -= 1
        self.completed += 1
        self._slots.release()

    async def close(self) -> None:
        """Stop taking work, wait CLOSE_SECONDS for jobs under way, then end their processes."""
        pool, self._pool = self._pool, None
        if pool is None:
            return
        processes = list(getattr(pool, "_processes", {}).values())  # to end them if they do not stop
        waiting = asyncio.ensure_future(asyncio.to_thread(pool.shutdown, wait=True, cancel_futures=True))
        done, _ = await asyncio.wait({waiting}, timeout=CLOSE_SECONDS)
        if not done:
            logger.warning("Ending %s worker process(es) still building a download", len(processes))
            for process in processes:
                if process.is_alive():
                    process.terminate()
            await waiting
