"""Residents' concerns: the intake conversation, its storage, limits, receipts, erasure and retention.

Channels call `ConcernDesk` with their own user id; the desk turns it into a keyed hash at once, so
no name, username or Telegram id is ever stored. A receipt (the reference number) is returned only
after the concern is committed.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

from bot.answering.compose import kommun_of, municipality_party, pick
from bot.answering.engine import Answer, Engine
from bot.concerns.intake import Choice, Intake, IntakeState, Prompt, Reply
from bot.concerns.privacy import ResidentHasher, mask
from bot.dates import STOCKHOLM, day_start_epoch, quarter_of
from bot.errors import ConfigError, UnreadableText
from bot.concerns.limiter import CONCERN, Limiter, rules
from bot.settings import Settings
from bot.storage import STATUS_NAMES, Concern, LimitReached, Store, open_store
from bot.storage.windows import Check
from bot.text import clean_text, fold, readable

logger = logging.getLogger(__name__)

FLUSH_SECONDS = 0.2
KNOWN_SESSIONS = 20_000  # sessions a process remembers the version of, with a shared database
ABSENT_SESSIONS = 100_000  # residents a lone process knows to have no session (a few megabytes)

TIMEZONE = STOCKHOLM
# Channels whose chat contexts were once stored under "<channel>:<chat id>", in clear.
CONTEXT_CHANNELS = ("telegram", "web")


def reference_prefix(municipality_id: str) -> str:
    letters = "".join(c for c in fold(municipality_id) if c.isalpha())
    return (letters[:3] or "XXX").upper()


def months_ago(now: dt.datetime, months: int) -> dt.datetime:
    year, month = divmod(now.month - 1 - months, 12)
    year += now.year
    day = min(now.day, 28)
    return now.replace(year=year, month=month + 1, day=day)


class ConcernDesk:
    """The one place concerns come in, for every channel."""

    def __init__(self, database: Store, engine: Engine, hasher: ResidentHasher, *,
                 per_hour: int = 3, per_day: int = 10, timeout_minutes: int = 60,
                 retention_months: int = 24, clock: Callable[[], float] = time.time,
                 chat_per_minute: int = 30) -> None:
        self.db = database
        self.engine = engine
        self.intake = Intake(engine)
        self._hasher = hasher
        # The one limiter of every channel: the chat, concerns and the survey (limiter.py).
        self.limiter = Limiter(database, hasher.resident, rules(chat_per_minute, per_hour, per_day),
                               clock=lambda: self._clock())
        self._timeout = timeout_minutes * 60
        self.retention_months = retention_months
        self._clock = clock
        # Sessions in progress live here and are written behind to the database every
        # FLUSH_SECONDS (and on close), so a restarted bot resumes them. A crash loses at most the
        # last unfinished steps, never a receipted concern, which is committed and synced at once.
        self._sessions: dict[tuple[str, str], tuple[dict[str, Any], float]] = {}
        self._dirty: dict[tuple[str, str], tuple[dict[str, Any], float] | None] = {}
        self._flush_task: asyncio.Task[None] | None = None
        # A database other processes share (PostgreSQL): sessions are written through at once, since
        # the next message may reach another process. The last version this process read or wrote
        # is kept, and a step is written only if the stored version is still that one (a
        # conditional write): a resident who stays with one process costs one round trip a step,
        # and one whose last step went to another process gets a reload and the step again.
        self._shared = database.engine != "sqlite"
        self._known: OrderedDict[tuple[str, str], tuple[dict[str, Any], float]] = OrderedDict()
        # One process (SQLite): the residents known to have no session in progress, so a question
        # asked outside a concern (nearly every message) costs no database read. Only this process
        # writes sessions, so what it knows to be absent stays absent until it saves one itself.
        self._absent: OrderedDict[tuple[str, str], None] = OrderedDict()
        # Called when this process wrote messages to the outbox (bot/concerns/updates.py), so a
        # sender in the same process need not wait for its next look.
        self._outbox_listeners: list[Callable[[], None]] = []

    @classmethod
    async def open(cls, data_dir: Path, engine: Engine, hash_key: str = "", *, database_url: str = "",
                   per_hour: int = 3, per_day: int = 10, timeout_minutes: int = 60,
                   retention_months: int = 24, chat_per_minute: int = 30) -> ConcernDesk:
        if database_url and not hash_key:
            # Residents are hashed with this key; every process sharing the database needs the same one.
            raise ConfigError("database_url needs resident_hash_key (TRYGGHETSBOT_RESIDENT_HASH_KEY), the "
                              "same in every process, so a resident is the same resident in all of them")
        hasher = ResidentHasher.from_data_dir(data_dir, hash_key)
        database = await open_store(data_dir, database_url)
        try:
            await database.rekey_conversations(CONTEXT_CHANNELS, hasher.context)
        except BaseException:
            await database.close()
            raise
        return cls(database, engine, hasher, per_hour=per_hour, per_day=per_day, timeout_minutes=timeout_minutes,
                   retention_months=retention_months, chat_per_minute=chat_per_minute)

    @classmethod
    async def from_settings(cls, settings: Settings, engine: Engine,
                            retention_months: int | None = None) -> ConcernDesk:
        """The desk as the settings describe it (data dir, database, key, limits, timeout, retention)."""
        return await cls.open(settings.data_dir, engine, settings.resident_hash_key,
                              database_url=settings.database_url,
                              per_hour=settings.concerns_per_hour, per_day=settings.concerns_per_day,
                              timeout_minutes=settings.intake_timeout_minutes,
                              retention_months=retention_months or settings.retention_months,
                              chat_per_minute=settings.web_requests_per_minute)

    async def close(self) -> None:
        if self._flush_task is not None:
            self._flush_task.cancel()
        try:
            await self.flush()
        finally:
            # Whatever the last flush met, the database is closed: its worker thread would
            # otherwise keep a stopping process alive.
            await self.db.close()

    def now(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self._clock(), TIMEZONE)

    def on_outbox(self, listener: Callable[[], None]) -> None:
        self._outbox_listeners.append(listener)

    def outbox_written(self) -> None:
        for listener in self._outbox_listeners:
            listener()

    def derived_key(self, purpose: str) -> bytes:
        return self._hasher.derived_key(purpose)

    def resident(self, channel: str, user_id: int | str) -> str:
        return self._hasher.resident(channel, user_id)

    def context_key(self, channel: str, chat_id: int | str) -> str:
        """The key a chat's context is stored under, never the chat's id (see ResidentHasher.context)."""
        return self._hasher.context(channel, chat_id)

    # -- sessions -------------------------------------------------------------------------------

    async def _load(self, resident: str, channel: str, fresh: bool = False) -> tuple[dict[str, Any], float] | None:
        if self._shared:
            key = (resident, channel)
            if not fresh and key in self._known:
                return self._known[key]
            loaded = await self.db.load_session(resident, channel)
            self._remember(key, loaded)
            return loaded
        key = (resident, channel)
        cached = self._sessions.get(key)
        if cached is None and key not in self._dirty and key not in self._absent:
            cached = await self.db.load_session(resident, channel)
            if cached is not None:
                self._sessions.setdefault(key, cached)
            elif key not in self._sessions:  # none was saved while the read was on its way
                self._note_absent(key)
        return cached

    def _note_absent(self, key: tuple[str, str]) -> None:
        self._absent[key] = None
        self._absent.move_to_end(key)
        while len(self._absent) > ABSENT_SESSIONS:
            self._absent.popitem(last=False)

    def _remember(self, key: tuple[str, str], entry: tuple[dict[str, Any], float] | None) -> None:
        self._known.pop(key, None)
        if entry is not None:
            self._known[key] = entry
            while len(self._known) > KNOWN_SESSIONS:
                self._known.popitem(last=False)

    async def _save_if(self, resident: str, channel: str, state: IntakeState, based_on: float) -> bool:
        """Shared database: write the step if the stored session is still the version it was
        computed from; False (nothing written) when another process changed or ended it."""
        entry = (state.to_dict(), self._clock())
        if entry[1] <= based_on:  # two steps within the clock's resolution must still differ
            entry = (entry[0], based_on + 1e-6)
        written = await self.db.write_session_if(resident, channel, entry[0], entry[1], based_on)
        self._remember((resident, channel), entry if written else None)
        return written

    def _save(self, resident: str, channel: str, state: IntakeState) -> None:
        """One process: the step is kept here and written behind (a shared database uses `_save_if`)."""
        entry = (state.to_dict(), self._clock())
        self._sessions[(resident, channel)] = entry
        self._absent.pop((resident, channel), None)
        self._mark((resident, channel), entry)

    def _forget(self, resident: str, channel: str) -> bool:
        had = self._sessions.pop((resident, channel), None) is not None
        self._mark((resident, channel), None)
        self._known.pop((resident, channel), None)
        if not self._shared:
            self._note_absent((resident, channel))
        return had

    def _mark(self, key: tuple[str, str], entry: tuple[dict[str, Any], float] | None) -> None:
        self._dirty[key] = entry
        if self._shared:
            self._sessions.pop(key, None)  # nothing is kept: `_write_through` writes it now
            return
        if self._flush_task is None or self._flush_task.done():
            self._flush_task = asyncio.get_running_loop().create_task(self._flush_soon())

    async def _flush_soon(self) -> None:
        await asyncio.sleep(FLUSH_SECONDS)
        await self.flush()

    async def _write_through(self) -> None:
        if self._shared:
            await self.flush()

    async def flush(self) -> None:
        """Write changed sessions to the database in one transaction."""
        if not self._dirty:
            return
        dirty, self._dirty = self._dirty, {}
        try:
            await self._write(dirty)
        except Exception as exc:  # noqa: BLE001 - sorted out below
            if not self.db.refuses(exc):
                self._keep(dirty)  # the database did not answer: kept for the next flush
                raise
            # A session the database cannot take must not keep every other resident's unsaved (a
            # kept batch failed again at every flush): each goes alone, and only that one is lost.
            for key, entry in dirty.items():
                try:
                    await self._write({key: entry})
                except Exception as alone:  # noqa: BLE001
                    if not self.db.refuses(alone):
                        self._keep(dirty)
                        raise
                    logger.error("An intake session the database refused was dropped (%s)", type(alone).__name__)
        except BaseException:
            self._keep(dirty)
            raise

    def _keep(self, dirty: dict[tuple[str, str], tuple[dict[str, Any], float] | None]) -> None:
        for key, entry in dirty.items():
            self._dirty.setdefault(key, entry)

    async def _write(self, dirty: dict[tuple[str, str], tuple[dict[str, Any], float] | None]) -> None:
        saved = [(r, c, entry[0], entry[1]) for (r, c), entry in dirty.items() if entry is not None]
        deleted = [key for key, entry in dirty.items() if entry is None]
        await self.db.write_sessions(saved, deleted)

    # -- the conversation -------------------------------------------------------------------------

    def _already(self, language: str) -> Prompt:
        return Prompt(pick(language, "Den här synpunkten är redan skickad eller avbruten.",
                           "This concern was already sent or cancelled."), kind="cancelled")

    def _limit_prompt(self, language: str) -> Prompt:
        return Prompt(pick(language,
                           "Tack för ditt engagemang! Du har skickat många synpunkter på kort tid, så jag kan "
                           "inte ta emot fler just nu. Försök igen senare. Vid fara: ring 112.",
                           "Thank you for your engagement! You have sent many concerns in a short time, so I "
                           "can't take more right now. Please try again later. In danger: call 112."),
                      kind="limit")

    async def start(self, channel: str, user_id: int | str, municipality_hint: str | None,
                    language: str, address: str | None = None, candidates: list[str] | None = None) -> Prompt:
        """A new concern about `municipality_hint` (a kommun id), or asking which of `candidates`,
        unless the resident or the address (web) has sent as many as the limits allow: they hear so
        now, not after filling in every step."""
        if await self.limiter.room(CONCERN, channel, user_id, address) > 0:
            return self._limit_prompt(language)
        resident = self.resident(channel, user_id)
        state, prompt = self.intake.begin(municipality_hint, language, candidates)
        if self._shared:
            entry = (state.to_dict(), self._clock())
            await self.db.start_session(resident, channel, entry[0], entry[1])
            self._remember((resident, channel), entry)
            return prompt
        self._save(resident, channel, state)
        return prompt

    async def in_progress(self, channel: str, user_id: int | str) -> bool:
        stored = await self._load(self.resident(channel, user_id), channel)
        return stored is not None and self._clock() - stored[1] <= self._timeout

    async def current(self, channel: str, user_id: int | str) -> Prompt | None:
        """The prompt of a conversation in progress (to show it again), or None."""
        stored = await self._load(self.resident(channel, user_id), channel)
        if stored is None or self._clock() - stored[1] > self._timeout:
            return None
        return self.intake.prompt(IntakeState.from_dict(stored[0]))

    async def reply(self, channel: str, user_id: int | str, reply: Reply, language: str = "sv",
                    address: str | None = None) -> Prompt:
        """Apply a resident's reply. kind="none" when no concern is in progress; UnreadableText for
        text that is not valid Unicode (channels refuse it first; this keeps it out of the store).
        `address` is the web client's, counted with the resident when the concern is sent."""
        reply = Reply(readable(reply.text) if reply.text is not None else None,
                      readable(reply.choice) if reply.choice is not None else None, reply.location)
        resident = self.resident(channel, user_id)
        fresh = False
        while True:
            stored = await self._load(resident, channel, fresh=fresh)
            if stored is None:
                return Prompt("", kind="none")
            state = IntakeState.from_dict(stored[0])
            if self._clock() - stored[1] > self._timeout:
                if self._shared and not fresh:
                    fresh = True  # what this process last saw may be older than the stored session
                    continue
                self._forget(resident, channel)
                await self._write_through()
                minutes = self._timeout // 60
                return Prompt(pick(state.language,
                                   f"Din påbörjade synpunkt gick ut efter {minutes} minuter utan svar, så inget sparades. "
                                   "Skriv /synpunkt för att börja om.",
                                   f"Your unfinished concern expired after {minutes} minutes without a reply, so nothing "
                                   "was stored. Send /concern to start again."), kind="expired")
            prompt, action = self.intake.handle(state, reply)
            if action == "cancel":
                self._forget(resident, channel)
                await self._write_through()
                return prompt
            if self._shared:
                # Written (or sent) only if the stored session is still the version computed from.
                if action == "submit":
                    done = await self._submit(resident, channel, state, self.limiter.checks(
                        CONCERN, channel, user_id, address), stored[1])
                elif await self._save_if(resident, channel, state, stored[1]):
                    done = prompt
                else:
                    done = None
                if done is not None:
                    return done
                if fresh:  # changed again between our reload and our write: the chat lock should prevent it
                    logger.warning("An intake step lost a race twice; asking the resident to repeat it")
                    return self.intake.prompt(state, pick(state.language, "Försök igen.", "Please try again."))
                fresh = True
                continue
            if action == "submit":
                return await self._submit(resident, channel, state, self.limiter.checks(
                    CONCERN, channel, user_id, address)) or self._already(state.language)
            self._save(resident, channel, state)
            return prompt

    async def _submit(self, resident: str, channel: str, state: IntakeState, checks: tuple[Check, ...],
                      version: float | None = None) -> Prompt | None:
        """The receipt, or why there is none; None when the store had no session to end at `version`
        (sent, cancelled or moved on by another process): the caller looks at what is stored."""
        lang = state.language
        municipality = state.municipality or ""
        # What a spreadsheet cannot hold, and invisible controls, are left out here too (the channels
        # took the text in through `readable`; a session stored before may still hold them).
        contact = state.contact if state.wants_contact else None
        fields = {"municipality": municipality, "service_code": state.category or "annat",
                  "service_name": state.category_label or "", "description": clean_text(state.description or ""),
                  "lat": state.lat, "long": state.long,
                  "address_string": clean_text(state.address) if state.address is not None else None,
                  "contact": clean_text(contact) if contact is not None else None}
        if not self._shared:
            # No await between this check and the pop: a second "Skicka" finds the session gone.
            if self._sessions.pop((resident, channel), None) is None:
                return self._already(lang)
            self._dirty.pop((resident, channel), None)  # the submit deletes any stored row itself
        # With a shared database the commit claims the stored session at the version the fields came
        # from: of two "Skicka" sent to two processes, one gets the receipt and the other finds the
        # session gone. The limits are checked in the same commit, and the concern counted under
        # each of its keys (the resident's, the address's).
        self._known.pop((resident, channel), None)
        try:
            reference = await self.db.submit(resident, channel, reference_prefix(municipality), fields, self.now(),
                                             version=version, checks=checks)
        except LimitReached as refused:
            self.limiter.remember(refused.waits)
            self._forget(resident, channel)
            return self._limit_prompt(lang)
        if not reference:
            return None
        logger.info("Concern %s stored for %s via %s", reference, municipality, channel)
        kommun = self.engine.places.get(municipality)
        name = kommun.name if kommun else municipality
        # The kommun as it names itself: "Malmö stad", "Uppsala kommun" (not "Malmös kommun", "Uppsalas kommun").
        own = municipality_party(kommun.entry) if kommun and kommun.entry else kommun_of(name)
        return Prompt(pick(lang,
                           f"Tack! Din synpunkt är mottagen av {own}. Referensnummer: {reference}.\n"
                           "Du ser dina synpunkter och deras status med /mina och kan radera dem med /radera. "
                           "Vid fara: ring 112.",
                           f"Thank you! {name} Municipality has received your concern. Reference: {reference}.\n"
                           "See your concerns and their status with /mine and delete them with /delete. "
                           "In danger: call 112."), kind="receipt", reference=reference)

    async def municipality_in_progress(self, channel: str, user_id: int | str) -> str | None:
        """The kommun of the concern in progress, when one was chosen."""
        stored = await self._load(self.resident(channel, user_id), channel)
        return IntakeState.from_dict(stored[0]).municipality if stored is not None else None

    async def cancel(self, channel: str, user_id: int | str) -> bool:
        resident = self.resident(channel, user_id)
        had = await self._load(resident, channel) is not None
        self._forget(resident, channel)
        await self._write_through()
        return had

    # -- the resident's own concerns --------------------------------------------------------------

    async def mine(self, channel: str, user_id: int | str, language: str) -> str:
        concerns = await self.db.concerns_of(self.resident(channel, user_id))
        if not concerns:
            return pick(language, "Du har inga sparade synpunkter. Skriv /synpunkt för att lämna en.",
                        "You have no stored concerns. Send /concern to leave one.")
        lines = [pick(language, "Dina synpunkter:", "Your concerns:")]
        for concern in concerns:
            status = pick(language, *STATUS_NAMES.get(concern.status, (concern.status, concern.status)))
            line = (f"• {concern.service_request_id}, {concern.requested_datetime[:10]}, "
                    f"{concern.service_name}, {status}")
            if concern.status_notes:
                line += f": {concern.status_notes}"
            lines.append(line)
        return "\n".join(lines)

    def delete_prompt(self, language: str) -> Prompt:
        return Prompt(pick(language, "Vill du radera alla dina synpunkter? Det går inte att ångra.",
                           "Do you want to delete all your concerns? This cannot be undone."),
                      [Choice("delete-yes", pick(language, "Ja, radera", "Yes, delete")),
                       Choice("delete-no", pick(language, "Nej", "No"))], step="delete")

    async def delete_mine(self, channel: str, user_id: int | str, language: str) -> str:
        resident = self.resident(channel, user_id)
        for key in [key for key in self._sessions if key[0] == resident]:
            self._forget(*key)
        await self.flush()
        count = await self.db.delete_concerns_of(resident, self.now())
        logger.info("A resident erased %s concern(s) via %s", count, channel)
        return pick(language, f"Klart. {count} synpunkt(er) raderade.", f"Done. {count} concern(s) deleted.")

    # -- staff-facing upkeep ------------------------------------------------------------------------

    async def purge(self) -> tuple[int, int]:
        """Delete what is past the retention period, and abandoned intake sessions."""
        now = self.now()
        cutoff = months_ago(now, self.retention_months).timestamp()
        stale = self._clock() - self._timeout
        for key in [key for key, value in self._sessions.items() if value[1] < stale]:
            self._forget(*key)
        await self.flush()
        concerns, sessions = await self.db.purge(cutoff, stale, quarter_of(now.date()))
        logger.info("Retention: deleted %s concern(s) and %s stale session(s)", concerns, sessions)
        return concerns, sessions

    async def log_unanswered(self, text: str, answer: Answer) -> None:
        """Keep a question the engine could not answer, masked and without any resident id."""
        if answer.answered or answer.topic in ("emergency", "report", "feedback"):
            return
        try:
            text = readable(text)
        except UnreadableText:
            return  # nothing staff could read either
        await self.db.log_unanswered(mask(text.strip())[:500], answer.municipality, answer.topic,
                                     answer.language, self.now())

    async def concerns(self, municipalities: frozenset[str] | None = None, since: dt.date | None = None,
                       until: dt.date | None = None) -> list[Concern]:
        """Concerns for staff, filtered by municipality and by date (inclusive), oldest first."""
        return [c async for chunk in self.concern_chunks(municipalities, since, until) for c in chunk]

    def concern_chunks(self, municipalities: frozenset[str] | None = None, since: dt.date | None = None,
                       until: dt.date | None = None) -> AsyncIterator[list[Concern]]:
        start = day_start_epoch(since) if since else None
        end = day_start_epoch(until, days=1) if until else None
        return self.db.concern_chunks(municipalities, start, end)
