"""The storage interface the core uses, whichever database is behind it.

`Store` holds what every engine shares: the concern record, the status names, and the group
commit that turns many receipts into one durable transaction. An engine (SQLite, PostgreSQL)
implements the queries. Anything that must hold across processes, reference numbers and rate
limits (bot/storage/windows.py), is the database's job, not a process's memory.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from abc import ABC, abstractmethod
from contextlib import asynccontextmanager
from collections.abc import AsyncIterator, Callable, Sequence
from typing import Any

from bot.storage.batches import Batcher
from bot.storage.entry_edits import EntryEdit
from bot.storage.records import (AuditEntry, Concern, ConcernPage, ConcernQuery, Follow,
                                 LimitReached, OutboxRow, Submission, SurveyCell, SurveyCount, UpdateRequest,
                                 WebSession)
from bot.storage.windows import Check


class Store(ABC):
    """What the desks need from a database. Open with the engine's `open`, close with `close()`."""

    engine = ""

    def __init__(self) -> None:
        self._commits: Batcher[Submission, str] = Batcher(self._commit)
        self._admits: Batcher[tuple[tuple[Check, ...], float], dict[str, float]] = Batcher(self.admit_batch)

    async def close(self) -> None:
        try:
            await self.drain()
        finally:
            await self.close_connection()  # even when a batch under way failed

    def refuses(self, exc: BaseException) -> bool:
        """Whether an error says the database refused the values given (a text it cannot encode),
        rather than that it is away: then retrying the same values cannot help."""
        return isinstance(exc, (ValueError, TypeError))

    async def drain(self) -> None:
        """Until every batch under way or waiting is written."""
        await asyncio.gather(self._commits.wait(), self._admits.wait())

    @abstractmethod
    async def close_connection(self) -> None:
        """Only close the connection (also from an event loop other than the one that opened it)."""

    @abstractmethod
    async def schema_version(self) -> int: ...

    @abstractmethod
    async def integrity_check(self) -> str: ...

    # -- intake sessions and chat context --------------------------------------------------------

    @abstractmethod
    async def load_session(self, resident: str, channel: str) -> tuple[dict[str, Any], float] | None: ...

    @abstractmethod
    async def write_sessions(self, saved: list[tuple[str, str, dict[str, Any], float]],
                             deleted: list[tuple[str, str]]) -> None:
        """Many session changes in one transaction (the desk flushes them in batches)."""

    @abstractmethod
    async def write_session_if(self, resident: str, channel: str, state: dict[str, Any], epoch: float,
                               expected_epoch: float) -> bool:
        """Replace a session only if it is still the version stored at `expected_epoch`, in one
        statement; False when another process changed or ended it."""

    @abstractmethod
    async def load_conversation(self, key: str) -> dict[str, Any] | None:
        """A chat's context (see engine.Conversation), shared by every process of the bot."""

    @abstractmethod
    async def save_conversation(self, key: str, state: dict[str, Any], epoch: float) -> None: ...

    @abstractmethod
    async def rekey_conversations(self, channels: Sequence[str], rekey: Callable[[str, str], str]) -> int:
        """Move chat contexts stored under "<channel>:<chat id>" (as they once were) to
        `rekey(channel, chat id)`, leaving no trace of the old keys; how many were moved. Cheap when
        there are none, so it runs at every start; processes that start together may both run it."""

    # -- rate limits (bot/storage/windows.py; bot/concerns/limiter.py decides what to ask) ----------

    async def admit(self, checks: Sequence[Check], now: float) -> dict[str, float]:
        """Count one request at `now` under every key if each has room in its windows: {} then;
        otherwise nothing is counted and the answer holds the seconds each full key must wait.
        Requests that arrive together are decided in one transaction, in order."""
        return await self._admits((tuple(checks), now))

    @abstractmethod
    async def admit_batch(self, batch: list[tuple[tuple[Check, ...], float]]) -> list[dict[str, float]]:
        """`admit` for many requests, in order: with a shared database the keys are read under a lock,
        `decide`d and written back in one transaction; the store of one process may keep them in memory."""

    @abstractmethod
    async def rate_stamps(self, keys: Sequence[str]) -> dict[str, list[float]]:
        """The times of the requests counted under each key (for a look that counts nothing)."""

    @asynccontextmanager
    async def chat_lock(self, key: str) -> AsyncIterator[None]:
        """Held while one message of a chat is handled, so its messages are handled one at a time
        even when two processes receive them. One process needs nothing more than its own per-chat
        order (handlers/telegram/app.py), so the default holds nothing."""
        yield

    async def start_session(self, resident: str, channel: str, state: dict[str, Any], epoch: float) -> None:
        """Store a new intake session for the resident, replacing any. An engine whose round trips
        cost may batch the starts of many residents."""
        await self.write_sessions([(resident, channel, state, epoch)], [])

    # -- concerns ---------------------------------------------------------------------------------

    async def submit(self, resident: str, channel: str, prefix: str, fields: dict[str, Any],
                     now: dt.datetime, *, version: float | None = None, checks: Sequence[Check] = ()) -> str:
        """Store a concern, end its intake session, and return the reference once it is committed.

        Submissions that arrive while a commit is running are committed together in the next one
        (group commit): one durable transaction for many receipts. The caller sends the receipt only
        after this returns, so a receipt always means a stored concern.

        "" when the session is not there to end (sent or cancelled elsewhere, or, with `version`,
        changed since); LimitReached when one of the rate keys in `checks` has no room, which ends
        the session too. Both are decided inside the commit, so two processes cannot both pass them;
        an accepted concern is counted under each key in the same transaction.
        """
        return await self._commits(Submission(resident, channel, prefix, fields, now, version, tuple(checks)))

    async def _commit(self, batch: list[Submission]) -> list[str | LimitReached]:
        return await self.commit_batch(batch)

    @abstractmethod
    async def commit_batch(self, batch: list[Submission]) -> list[str | LimitReached]:
        """Give each submission its reference (`PREFIX-YEAR-NNNNNN`, unique across processes), store
        them and end their sessions, in one durable transaction: "" for one whose session was not
        there to end, LimitReached for one `admitted` refused."""

    @abstractmethod
    async def concerns_of(self, resident: str) -> list[Concern]: ...

    @abstractmethod
    async def delete_concerns_of(self, resident: str, now: dt.datetime | None = None) -> int:
        """Delete a resident's concerns and intake session, scrub the audit log of them (see
        SCRUBBED_AUDIT) and note the erasure there, in one transaction; then make the engine
        forget the deleted text on disk as far as it cheaply can."""

    async def concerns(self, municipalities: frozenset[str] | None = None, since: float | None = None,
                       until: float | None = None) -> list[Concern]:
        """Concerns, oldest first, filtered by municipality set and [since, until) epoch seconds."""
        return [c async for chunk in self.concern_chunks(municipalities, since, until) for c in chunk]

    def concern_chunks(self, municipalities: frozenset[str] | None = None, since: float | None = None,
                       until: float | None = None, size: int = 5000) -> AsyncIterator[list[Concern]]:
        """The same as `concerns`, in chunks, so an export of 100 000 rows never holds them all."""
        return self.matching_chunks(ConcernQuery(municipalities, since=since, until=until), size)

    @abstractmethod
    def matching_chunks(self, query: ConcernQuery, size: int = 5000) -> AsyncIterator[list[Concern]]:
        """The concerns a query matches, oldest first, in chunks."""

    @abstractmethod
    async def concern_page(self, query: ConcernQuery, after: str | None = None, limit: int = 50) -> ConcernPage:
        """A page of the concerns a query matches, newest first, starting after a cursor, with the
        number matched in all."""

    @abstractmethod
    async def count_matching(self, query: ConcernQuery) -> int: ...

    @abstractmethod
    async def monthly_counts(self, query: ConcernQuery) -> list[tuple[str, str, int]]:
        """(YYYY-MM of the Swedish date, category name, count) for the concerns a query matches."""

    @abstractmethod
    async def concern(self, reference: str) -> Concern | None: ...

    async def set_status(self, reference: str, status: str, notes: str, now: dt.datetime, actor: str,
                         internal: str = "") -> bool:
        """Change a concern's status and note, and keep the change in the audit log, in one transaction."""
        return bool(await self.set_statuses([reference], status, notes, now, actor, internal))

    @abstractmethod
    async def set_statuses(self, references: Sequence[str], status: str, notes: str, now: dt.datetime,
                           actor: str, internal: str = "") -> list[str]:
        """Give many concerns one status and note in one transaction (`status_effects`): the audit
        log, an internal note kept there only, and a message in the outbox for each resident who
        asked to hear back. Returns the references that exist."""

    # -- hearing back (bot/concerns/updates.py) -----------------------------------------------------

    @abstractmethod
    async def request_updates(self, reference: str, resident: str, request: UpdateRequest) -> bool:
        """Keep the wish to hear back, only for the resident's own concern; False when it is not theirs."""

    @abstractmethod
    async def update_request(self, reference: str) -> UpdateRequest | None: ...

    @abstractmethod
    async def outbox_of(self, reference: str) -> list[OutboxRow]:
        """What a concern's resident was told or will be, oldest first."""

    @abstractmethod
    async def claim_outbox(self, channel: str, worker: str, now: float, lease_seconds: float,
                           limit: int) -> list[OutboxRow]:
        """Up to `limit` due, unsent rows of a channel, leased to `worker` until `now + lease_seconds`:
        another process skips them until the lease runs out (a process that died holding them)."""

    @abstractmethod
    async def outbox_sent(self, ids: Sequence[int], worker: str, now: float) -> int:
        """Mark rows sent and delete their address; only rows this worker still holds (`claimed_by`
        then stays, as the process that sent it)."""

    @abstractmethod
    async def outbox_retry(self, row_id: int, worker: str, due: float, give_up: bool) -> None:
        """Release a row to be tried again at `due`, or give it up (its address deleted)."""

    @abstractmethod
    async def take_shown(self, resident: str, channel: str, now: float) -> list[OutboxRow]:
        """The unsent rows of a resident's concerns in a channel that shows them on return (the
        web), marked sent now, oldest first."""

    @abstractmethod
    async def answered_counts(self, query: ConcernQuery) -> int:
        """How many of the concerns a query matches were answered to their resident (a message sent
        or shown)."""

    # -- following a kommun (bot/concerns/follows.py) ------------------------------------------------

    @abstractmethod
    async def follow(self, follow: Follow) -> bool:
        """Keep a follow, or renew it (address, language, seen); True when it is new."""

    @abstractmethod
    async def follows_of(self, resident: str, channel: str, renew_epoch: float | None = None) -> list[str]:
        """The kommun ids a resident follows in a channel, sorted; renewed at `renew_epoch` when given."""

    @abstractmethod
    async def unfollow(self, resident: str, channel: str, municipality: str | None = None) -> list[str]:
        """Stop following one kommun (or every one, None) and delete its news rows, sent or not, in one
        transaction; the kommun ids that were followed."""

    @abstractmethod
    async def delete_follows_of(self, resident: str) -> int:
        """/radera: every follow of the resident and every news row for them, the encrypted chat id
        with them; how many follows there were."""

    @abstractmethod
    async def queue_news(self, municipality: str, note: str, digest: str, now: float) -> int:
        """One outbox row (status NEWS, `note` the news as JSON) for each follower of a kommun, in one
        statement; a follower who already has a row for `digest` gets none, so two processes that
        reload the same change write it once. How many rows were written."""

    @abstractmethod
    async def log_audit(self, entry: AuditEntry, epoch: float) -> None: ...

    @abstractmethod
    async def audit_entries(self, reference: str) -> list[AuditEntry]:
        """A concern's audit log, oldest first."""

    # -- municipality entries published in the staff console (bot/storage/entry_edits.py) -----------

    @abstractmethod
    async def entry_edits(self) -> dict[str, EntryEdit]:
        """The newest published version of each entry staff have edited, by entry id."""

    @abstractmethod
    async def entry_versions(self, municipality_id: str) -> list[EntryEdit]:
        """Every published version of one entry, newest first."""

    @abstractmethod
    async def entry_edits_stamp(self) -> str:
        """Changes whenever an entry is published: what each process polls to reload in time."""

    @abstractmethod
    async def save_entry_edit(self, municipality_id: str, text: str, actor: str, now: dt.datetime,
                              expected_version: int, audit: AuditEntry | None = None) -> EntryEdit:
        """Publish a new version of an entry on top of `expected_version` (0: none yet), with its audit
        row; raises EditConflict when another version was published meanwhile. Earlier versions stay."""

    # -- staff web sessions and sign-in throttling (shared by every process) -----------------------

    @abstractmethod
    async def save_web_session(self, token_hash: str, session: WebSession) -> None: ...

    @abstractmethod
    async def web_session(self, token_hash: str, now_epoch: float) -> WebSession | None:
        """The session, if it exists and has not expired."""

    @abstractmethod
    async def delete_web_session(self, token_hash: str) -> None: ...

    @abstractmethod
    async def add_login_failure(self, keys: Sequence[str], now_epoch: float) -> None: ...

    @abstractmethod
    async def login_failures(self, keys: Sequence[str], since_epoch: float) -> dict[str, tuple[int, float]]:
        """Per key: failed sign-ins since a time, and the first of them."""

    @abstractmethod
    async def clear_login_failures(self, key: str) -> None: ...

    @abstractmethod
    async def claim_sign_in(self, limits: Sequence[tuple[str, int]], since_epoch: float,
                            now_epoch: float) -> tuple[str, float] | None:
        """Decide and record a sign-in attempt in one step, so concurrent attempts see each other:
        when every key has fewer failures than its limit since `since_epoch`, record one for each
        at `now_epoch` (counted as failed until `forgive_sign_in`) and return None; else return
        the key over its limit and its first failure, and record nothing."""

    @abstractmethod
    async def forgive_sign_in(self, clear_key: str, other_keys: Sequence[str], now_epoch: float) -> None:
        """A claimed attempt succeeded: every failure of `clear_key` goes, and the attempt's own
        record (at `now_epoch`) of each other key."""

    @abstractmethod
    async def count_concerns(self) -> int: ...

    # -- unanswered questions and retention -----------------------------------------------------

    @abstractmethod
    async def log_unanswered(self, text: str, municipality_guess: str | None, topic: str, language: str,
                             now: dt.datetime) -> None: ...

    @abstractmethod
    async def unanswered(self, municipalities: frozenset[str] | None = None,
                         limit: int = 50) -> list[tuple[str, int, str | None, str]]:
        """(text, count, municipality guess, last asked), most frequent first."""

    @abstractmethod
    async def purge(self, older_than_epoch: float, sessions_older_than_epoch: float,
                    current_quarter: str = "") -> tuple[int, int]:
        """Delete concerns, unanswered questions and audit entries older than the retention, follows
        not renewed within it and news rows older than it, stale intake sessions and chat context,
        and expired staff sessions; and the trygghetsmätning's marks
        of quarters before `current_quarter` ("2026-Q4"): they only stop a second answer within one
        quarter, so once it has passed they have no use and are not kept."""

    # -- copying a whole store (trygghetsbot db migrate-to) -------------------------------------

    @abstractmethod
    def table_rows(self, table: str, size: int = 5000) -> AsyncIterator[list[tuple[Any, ...]]]:
        """Every row of a table in TABLES order of columns, in chunks, in key order."""

    @abstractmethod
    async def insert_rows(self, table: str, rows: list[tuple[Any, ...]]) -> int:
        """Insert rows (TABLES order), skipping any whose key is already there; returns how many were new."""

    @abstractmethod
    async def count_rows(self, table: str) -> int: ...

    @abstractmethod
    async def delete_rows(self, table: str) -> None: ...

    # -- the trygghetsmätning (bot/concerns/survey.py) ----------------------------------------------

    @abstractmethod
    async def survey_offer(self, mark: str, quarter: str) -> bool:
        """Note that the survey was offered under a mark this quarter: True the first time only."""

    @abstractmethod
    async def survey_answered(self, mark: str) -> bool:
        """Whether the mark has answered (its quarter is in the mark)."""

    @abstractmethod
    async def save_survey(self, mark: str, quarter: str, municipality: str, cells: Sequence[SurveyCell]) -> bool:
        """Add one set of answers to the counts (`survey_grid`'s cells, in one UPSERT) and mark it
        answered, in one transaction; False (nothing counted) when the mark has already answered.
        Nothing of the mark goes into the counts."""

    @abstractmethod
    async def survey_counts(self, municipality: str, quarters: Sequence[str]) -> list[SurveyCount]:
        """A municipality's counts in those quarters (zeros included), in key order."""
