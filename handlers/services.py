"""Services shared by every channel: the core's objects, opened once per process."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from bot import files
from bot.answering.engine import Engine
from bot.answering.knowledge import Knowledge, KnowledgeWatcher, load
from bot.answering.reload import Reloaded, reload
from bot.concerns.desk import ConcernDesk
from bot.concerns.intake import Intake
from bot.concerns.news import AgreementChange, changes
from bot.dialogue import Dialogue
from bot.errors import KnowledgeError, Problem
from bot.settings import Settings
from bot.staff import StaffDesk
from bot.staff.accounts import Accounts
from handlers.workers import Workers

logger = logging.getLogger(__name__)

# How often each process looks for an entry published in the staff console by another process (the
# publishing one reloads at once): every process serves it within a minute.
EDITS_POLL_SECONDS = 20.0


class Services:
    """Created once per Application (as its bot_data), opened in post_init, closed in post_shutdown."""

    def __init__(self) -> None:
        self._settings: Settings | None = None
        self._engine: Engine | None = None
        self._desk: ConcernDesk | None = None
        self._dialogue: Dialogue | None = None
        self._staff: StaffDesk | None = None
        self._accounts: Accounts | None = None
        self._watcher: KnowledgeWatcher | None = None
        self._workers: Workers | None = None
        self._today: dt.date | None = None
        # Entries published in the staff console (entry id -> YAML), in place of the bundled files.
        self._edits: dict[str, str] = {}
        self._edits_stamp = ""
        self._edits_lock = asyncio.Lock()
        self._poller: asyncio.Task[None] | None = None
        self.edits_poll_seconds = EDITS_POLL_SECONDS
        # Called with each reload that took (e.g. to tell followers of a kommun what changed).
        self.reload_listeners: list[Callable[[Reloaded], None]] = []
        self.agreement_news: list[AgreementChange] = []  # from the last reload (issue #34)
        # Followers of a kommun are told of its news from every reload after the start: the start's own
        # taking in of published entries is no change to anyone (issue #34, item 4).
        self._announcing = False
        self._announcements: set[asyncio.Task[int]] = set()

    async def open(self, settings: Settings, today: dt.date | None = None) -> None:
        self._settings = settings
        self._today = today
        self._watcher = KnowledgeWatcher(settings.knowledge_dir)
        knowledge = load(self._watcher.path, cache=files.cache_dir())  # its parsed YAML kept, as the CLI's
        self._engine = self.build_engine(knowledge)
        logger.info("Knowledge base loaded: %s municipalities", len(knowledge.municipalities))
        self._desk = await ConcernDesk.from_settings(settings, self._engine)
        self._dialogue = Dialogue(self._desk, settings)
        self._staff = StaffDesk(settings, self._desk)
        self._accounts = Accounts(settings, self._desk.db, self._desk.derived_key("staff-session-cookie"))
        # Exports and the lägesbild are built in worker processes, off this event loop.
        self._workers = Workers()
        self._staff.offload = self._workers.run
        await self.refresh_edits()
        self._announcing = True
        self._poller = asyncio.create_task(self._poll_edits())

    def build_engine(self, knowledge: Knowledge) -> Engine:
        """The one way this process builds an engine (at start, on reload, for a staff preview); the
        passage index is read from the on-disk cache when the knowledge base has not changed, as the CLI's."""
        return Engine(knowledge, today=self._today, context_ttl=self.settings.context_minutes * 60,
                      passage_cache=files.cache_dir())

    @property
    def knowledge_path(self) -> Path:
        if self._watcher is None:
            raise RuntimeError("services are not open")
        return self._watcher.path

    @property
    def edits(self) -> dict[str, str]:
        """The entries published in the staff console that this process serves, id -> YAML."""
        return dict(self._edits)

    def _swap(self, reloaded: Reloaded) -> None:
        if self._desk is None:
            raise RuntimeError("services are not open")
        engine = reloaded.engine
        # What is new or changed in each kommun's agreements (issue #34): the event followers would hear of.
        self.agreement_news = changes(self._engine.knowledge, reloaded.knowledge) if self._engine else []
        self._engine = engine
        self._desk.engine, self._desk.intake = engine, Intake(engine)
        logger.info("Knowledge base reloaded: %s municipalities, %s edited in the console, %s new or changed "
                    "agreement(s)", len(reloaded.knowledge.municipalities), len(self._edits),
                    len(self.agreement_news))
        for listener in self.reload_listeners:
            try:
                listener(reloaded)
            except Exception:  # one listener's fault must not undo the reload
                logger.exception("A knowledge reload listener failed")
        if self._announcing and self.agreement_news and self._dialogue is not None:
            self._announce(self._dialogue, self.agreement_news)

    def _announce(self, dialogue: Dialogue, news: list[AgreementChange]) -> None:
        """Queue the news for the kommuner's followers, off the reload (which may be called outside a
        coroutine); every process that reloads the same change does this, and it is queued once."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            logger.warning("Agreement news not queued: no event loop")
            return
        task = loop.create_task(dialogue.follows.announce(news))
        self._announcements.add(task)
        task.add_done_callback(self._announced)

    def _announced(self, task: asyncio.Task[int]) -> None:
        self._announcements.discard(task)
        if not task.cancelled() and task.exception() is not None:
            logger.error("Agreement news not queued", exc_info=task.exception())

    async def announcements(self) -> None:
        """Wait for the news of the reloads so far to be queued (close, tests)."""
        while self._announcements:
            await asyncio.gather(*self._announcements, return_exceptions=True)

    def reload(self) -> list[Problem]:
        """Load the knowledge base again; on problems keep answering from the last good version."""
        if self._watcher is None or self._engine is None or self._desk is None:
            raise RuntimeError("services are not open")
        try:
            reloaded = reload(self._watcher.path, self._edits, self._engine.knowledge, self.build_engine)
        except KnowledgeError as exc:
            logger.error("Knowledge base not reloaded, %s problem(s); still using the last good version",
                         len(exc.problems))
            return exc.problems
        self._swap(reloaded)
        return []

    async def refresh_edits(self, force: bool = False) -> list[Problem]:
        """Reload when an entry was published in the console (by any process) since the last look."""
        if self._engine is None or self._desk is None or self._watcher is None:
            raise RuntimeError("services are not open")
        async with self._edits_lock:
            stamp = await self._desk.db.entry_edits_stamp()
            if stamp == self._edits_stamp and not force:
                return []
            edits = {key: edit.text for key, edit in (await self._desk.db.entry_edits()).items()}
            if stamp == self._edits_stamp and edits == self._edits:
                # Forced by a publish that the poller took in just before it (the same edits): one reload,
                # not two, and its news told once.
                return []
            previous = self._engine.knowledge
            try:
                # Built off the event loop: residents are answered from the current engine meanwhile.
                reloaded = await asyncio.to_thread(reload, self._watcher.path, edits, previous, self.build_engine)
            except KnowledgeError as exc:
                self._edits_stamp = stamp  # logged once; publishing checks first, so this is rare
                logger.error("Published entries not taken in, %s problem(s); still using the last good version",
                             len(exc.problems))
                return exc.problems
            self._edits, self._edits_stamp = edits, stamp
            self._swap(reloaded)
            await self.announcements()
            return []

    async def _poll_edits(self) -> None:
        while True:
            await asyncio.sleep(self.edits_poll_seconds)
            try:
                await self.refresh_edits()
            except asyncio.CancelledError:
                raise
            except Exception:  # the database away for a moment: look again next time
                logger.exception("Could not look for entries published in the console")

    def knowledge_changed(self) -> bool:
        return self._watcher is not None and self._watcher.changed()

    async def close(self) -> None:
        if self._poller is not None:
            self._poller.cancel()
            await asyncio.gather(self._poller, return_exceptions=True)
            self._poller = None
        await self.announcements()
        if self._workers is not None:
            await self._workers.close()
        if self._desk is not None:
            await self._desk.close()
        self._engine, self._desk, self._dialogue, self._staff, self._accounts = None, None, None, None, None

    def close_after_loop(self) -> None:
        """Close the database when the event loop ended without post_shutdown (no loop is running)."""
        if self._workers is not None and not self._workers.closed:
            asyncio.run(self._workers.close())
        if self._desk is None:
            return
        desk, self._desk, self._engine = self._desk, None, None
        logger.warning("Closing the database after an unclean stop")
        asyncio.run(desk.db.close_connection())

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            raise RuntimeError("services are not open")
        return self._settings

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise RuntimeError("services are not open")
        return self._engine

    @property
    def desk(self) -> ConcernDesk:
        if self._desk is None:
            raise RuntimeError("services are not open")
        return self._desk

    @property
    def dialogue(self) -> Dialogue:
        if self._dialogue is None:
            raise RuntimeError("services are not open")
        return self._dialogue


    @property
    def staff(self) -> StaffDesk:
        if self._staff is None:
            raise RuntimeError("services are not open")
        return self._staff

    @property
    def workers(self) -> Workers:
        if self._workers is None:
            raise RuntimeError("services are not open")
        return self._workers

    @property
    def accounts(self) -> Accounts:
        if self._accounts is None:
            raise RuntimeError("services are not open")
        return self._accounts
