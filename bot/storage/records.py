"""What the stores keep and hand back, the same on every engine: the concern record and its query,
the status names, the outbox, follows, audit entries, survey cells, and the tables' columns.

Plain data and the small functions both engines build their queries and results with; the
interface they implement is `Store` (bot/storage/base.py)."""

from __future__ import annotations

import datetime as dt
import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from bot.errors import TrygghetsbotError
from bot.storage.windows import Check, decide

# A concern's status: the code stored and exported to machines, and what people read (sv, en).
STATUS_NAMES: dict[str, tuple[str, str]] = {
    "open": ("öppen", "open"), "in_progress": ("pågår", "in progress"), "closed": ("avslutad", "closed"),
    "in_lagesbild": ("i lägesbilden", "in the lägesbild"),
}

CONCERN_FIELDS = ("service_request_id", "municipality", "service_code", "service_name", "description", "lat",
                  "long", "address_string", "requested_datetime", "updated_datetime", "status", "status_notes",
                  "channel", "contact", "contact_consent")
CONCERN_COLUMNS = ", ".join(CONCERN_FIELDS)
# Everything stored, table by table, in the order a copy must write them (see `trygghetsbot db migrate-to`).
TABLES: dict[str, tuple[str, ...]] = {
    "reference_counters": ("prefix", "year", "last"),
    "concerns": (*CONCERN_FIELDS, "resident", "requested_epoch"),
    "intake_sessions": ("resident", "channel", "state", "updated_epoch"),
    "unanswered": ("asked_datetime", "asked_epoch", "municipality_guess", "topic", "language", "text"),
    "conversations": ("key", "state", "updated_epoch"),
    "audit_log": ("at_datetime", "at_epoch", "actor", "municipality", "reference", "action", "old", "new", "note"),
    # The trygghetsmätning: how many gave each answer (no row per answer, no resident id), and the
    # keyed-hash marks that stop a second answer (or offer) in a quarter (bot/concerns/survey.py).
    "survey_marks": ("mark", "quarter", "answered"),
    "survey_counts": ("municipality", "quarter", "locality", "question", "value", "answers"),
    # Residents who asked to hear back about a concern (issue #34), and what they were told or will be
    # (bot/concerns/updates.py). `address` is the Telegram chat id encrypted with Fernet, never in clear.
    "update_requests": ("reference", "channel", "address", "language", "asked_epoch"),
    # Residents who follow a kommun (issue #34, item 4; bot/concerns/follows.py): `address` as in
    # update_requests, the Telegram chat id encrypted; the web's follower is known by `resident` alone.
    "follows": ("resident", "channel", "municipality", "address", "language", "followed_epoch", "seen_epoch"),
    # A news row (a followed kommun's new or changed agreement) has the follower's resident hash in
    # `follower`, the kommun's id in `reference`, and `news_key` unique per follower and change.
    "outbox": ("reference", "channel", "address", "status", "note", "language", "created_epoch", "due_epoch",
               "attempts", "sent_epoch", "failed", "follower", "news_key"),
}
# Tables whose rows have no key of their own: a copy that stopped midway starts them again.
KEYLESS = frozenset({"unanswered", "audit_log", "outbox"})
# The order a copy reads a table in where its first column is not its key.
ORDER_BY = {"survey_counts": ", ".join(TABLES["survey_counts"][:5])}


class StorageError(TrygghetsbotError):
    """The database cannot be used (newer schema, unreachable server)."""


class LimitReached(TrygghetsbotError):
    """A concern over one of its keys' limits (the resident's, the address's): `waits` holds the
    seconds until each full key has room again."""

    def __init__(self, waits: dict[str, float] | None = None) -> None:
        super().__init__("limit reached")
        self.waits = waits or {}


class SurveyCell(NamedTuple):
    """One count of the trygghetsmätning an answer touches: `add` is 1 for the value given, 0 for the
    rest of the municipality's grid (see `survey_grid`)."""

    locality: str
    question: str
    value: int
    add: int


class SurveyCount(NamedTuple):
    """How many in a municipality gave `value` to `question`, by locality ("" not given) and quarter."""

    locality: str
    quarter: str
    question: str
    value: int
    answers: int


def survey_grid(localities: Sequence[str], questions: Sequence[str], values: Sequence[int], locality: str,
                answers: dict[str, int]) -> list[SurveyCell]:
    """The cells one set of answers is written to: every (locality, question, value) of the
    municipality, 1 added to the values given and 0 to the others, in a fixed order. Every answer
    writes the same rows in the same order, in one statement, so nothing in the file (the order rows
    were created in, where they lie, PostgreSQL's row versions and their transaction ids) tells which
    counts an answer raised, or which came first."""
    places = list(dict.fromkeys(["", *localities, locality]))
    return [SurveyCell(place, question, value, int(place == locality and answers.get(question) == value))
            for place in places for question in questions for value in values]


class Concern(NamedTuple):
    """A stored concern: an Open311 service request plus municipality, channel and consent.

    A named tuple, not a dataclass: exports build 100 000 of them, and a tuple is built in one step.
    """

    service_request_id: str
    municipality: str
    service_code: str
    service_name: str
    description: str
    lat: float | None
    long: float | None
    address_string: str | None
    requested_datetime: str
    updated_datetime: str
    status: str
    status_notes: str
    channel: str
    contact: str | None
    contact_consent: bool

    def to_dict(self) -> dict[str, Any]:
        return self._asdict()


def concern_of(row: Sequence[Any]) -> Concern:
    return Concern._make((*row[:-1], bool(row[-1])))


class Params(ABC):
    """Query parameters collected while a WHERE clause is built, in the engine's own SQL."""

    def __init__(self) -> None:
        self.values: list[Any] = []

    @abstractmethod
    def __call__(self, value: Any) -> str:
        """Add a value; its placeholder."""

    @abstractmethod
    def any_of(self, column: str, values: frozenset[str]) -> str: ...

    @abstractmethod
    def text_search(self, words: str) -> str:
        """Concerns whose description or place contains `words`, in any case (or whose reference
        does, when `words` looks like one)."""


_REFERENCE_LIKE = re.compile(r"[A-Za-z]{1,5}-[\d-]*")  # what part of a reference looks like


def like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@dataclass(frozen=True)
class ConcernQuery:
    """Which concerns a staff member looks at: every field narrows, None or "" leaves it open.

    `since`/`until` are epoch seconds, [since, until). `text` matches the description, the place or
    the reference. One query object serves the console's page, its count, the map and the exports,
    so what staff download is what they filtered."""

    municipalities: frozenset[str] | None = None
    service_code: str = ""
    status: str = ""
    since: float | None = None
    until: float | None = None
    text: str = ""
    located: bool = False

    def where(self, params: Params) -> str:
        clauses: list[str] = []
        if self.municipalities is not None:
            clauses.append(params.any_of("municipality", self.municipalities))
        if self.service_code:
            clauses.append(f"service_code = {params(self.service_code)}")
        if self.status:
            clauses.append(f"status = {params(self.status)}")
        if self.since is not None:
            clauses.append(f"requested_epoch >= {params(self.since)}")
        if self.until is not None:
            clauses.append(f"requested_epoch < {params(self.until)}")
        if self.located:
            clauses.append("lat IS NOT NULL AND long IS NOT NULL")
        if self.text.strip():
            clauses.append(params.text_search(self.text.strip()))
        return f"WHERE {' AND '.join(clauses)}" if clauses else ""


def like_search(params: Params, words: str, like: str = "LIKE", fold_first: bool = True) -> str:
    """A substring search by LIKE, reading every row the other filters leave.

    SQLite's LIKE folds case for ASCII letters only, so for other letters "öde" and "Öde" are both
    tried (`fold_first`); each variant costs a scan, so only when the words need it."""
    variants = [words] if not fold_first or words.isascii() else list(dict.fromkeys(
        [words, words.lower(), words[:1].upper() + words[1:].lower()]))
    columns = ["description", "address_string"]
    if looks_like_reference(words):
        columns.append("service_request_id")
    alternatives = [f"{column} {like} {params(like_pattern(variant))} ESCAPE '\\'"
                    for variant in variants for column in columns]
    return f"({' OR '.join(alternatives)})"


def looks_like_reference(words: str) -> bool:
    return bool(_REFERENCE_LIKE.fullmatch(words))


@dataclass(frozen=True)
class ConcernPage:
    """One page of the console's list, newest first; `after` is the cursor for the next page, and
    `total` how many concerns the query matches in all."""

    concerns: list[Concern]
    after: str | None
    total: int


def cursor_of(epoch: float, reference: str) -> str:
    return f"{epoch!r}_{reference}"


def parse_cursor(cursor: str) -> tuple[float, str] | None:
    epoch, _, reference = cursor.partition("_")
    try:
        return float(epoch), reference
    except ValueError:
        return None


@dataclass(frozen=True)
class AuditEntry:
    """One staff action: who did what to which concern, from what to what."""

    at_datetime: str
    actor: str
    municipality: str
    reference: str
    action: str
    old: str = ""
    new: str = ""
    note: str = ""

    def row(self, epoch: float) -> tuple[Any, ...]:
        """In TABLES["audit_log"] order."""
        return (self.at_datetime, epoch, self.actor, self.municipality, self.reference, self.action, self.old,
                self.new, self.note)


# When a resident erases their concerns (/radera), the audit log keeps that staff acted and when,
# but not on what: the reference and the staff's note go, the status change stays. One row per
# municipality says an erasure happened and how many concerns it took.
SCRUBBED_AUDIT = "reference = '', note = ''"
ERASED = "erased"


def erasure_entries(erased: Sequence[tuple[str, str]], now: dt.datetime | None = None) -> list[tuple[AuditEntry, float]]:
    """The audit rows of an erasure, from the (reference, municipality) pairs it deleted."""
    when = now or dt.datetime.now(dt.timezone.utc).astimezone()
    stamp = when.isoformat(timespec="seconds")
    counts: dict[str, int] = {}
    for _, municipality in erased:
        counts[municipality] = counts.get(municipality, 0) + 1
    return [(AuditEntry(stamp, "invånare", municipality, "", ERASED, note=f"{count} synpunkt(er) raderade på "
                        "invånarens begäran"), when.timestamp()) for municipality, count in sorted(counts.items())]


@dataclass(frozen=True)
class UpdateRequest:
    """A resident's wish to hear back about a concern: the channel, the encrypted address (a Telegram
    chat id; None for the web, which shows updates on return, and once the concern is closed)."""

    reference: str
    channel: str
    address: str | None
    language: str
    asked_epoch: float


@dataclass(frozen=True)
class OutboxRow:
    """One message to a resident about a concern: its new status and the note for the resident.
    `sent_epoch` is when it was sent (Telegram) or shown (the web); `failed` when it was given up."""

    id: int
    reference: str
    channel: str
    address: str | None
    status: str
    note: str
    language: str
    created_epoch: float
    sent_epoch: float | None = None
    failed: bool = False
    attempts: int = 0
    follower: str | None = None  # a news row's follower (then `reference` is the kommun's id)


OUTBOX_COLUMNS = ("id, reference, channel, address, status, note, language, created_epoch, sent_epoch, failed, attempts, "
                  "follower")
NEWS = "news"  # the status column of a news row: its note holds the news as JSON (bot/concerns/news.py)
INTERNAL_NOTE = "internal_note"  # the audit action of a note staff keep to themselves


def outbox_row(row: Sequence[Any]) -> OutboxRow:
    return OutboxRow(int(row[0]), row[1], row[2], row[3], row[4], row[5], row[6], float(row[7]),
                     None if row[8] is None else float(row[8]), bool(row[9]), int(row[10]), row[11])


@dataclass(frozen=True)
class Follow:
    """A resident following a kommun: the channel, the encrypted address (a Telegram chat id; None
    for the web, which shows the news on return), the language to write in, when it was made and
    when it was last renewed (following again, or listing with /folj)."""

    resident: str
    channel: str
    municipality: str
    address: str | None
    language: str
    followed_epoch: float
    seen_epoch: float


def status_effects(found: Sequence[tuple[str, str, str, str]], requests: dict[str, tuple[str, str | None, str]],
                   status: str, notes: str, internal: str, now: dt.datetime, actor: str
                   ) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], list[str]]:
    """What one status change of many concerns writes, decided once for every engine: the audit rows,
    the outbox rows (in TABLES order) and the references whose stored address goes.

    `found` holds (reference, municipality, old status, old note) of the concerns that exist;
    `requests` the update requests among them, (channel, address, language). A resident who asked to
    hear back is told when the status changes or a note for them is written; an internal note is
    only audited. A closed concern's address is deleted: the message about the closing carries the
    last copy, which goes once it is sent."""
    stamp, epoch = now.isoformat(timespec="seconds"), now.timestamp()
    audits: list[tuple[Any, ...]] = []
    messages: list[tuple[Any, ...]] = []
    closing: list[str] = []
    for reference, municipality, old, old_notes in found:
        audits.append(AuditEntry(stamp, actor, municipality, reference, "status", old, status, notes).row(epoch))
        if internal:
            audits.append(AuditEntry(stamp, actor, municipality, reference, INTERNAL_NOTE, note=internal).row(epoch))
        request = requests.get(reference)
        if request is None:
            continue
        channel, address, language = request
        reachable = channel != "telegram" or address is not None
        if reachable and (status != old or (notes and notes != old_notes)):
            messages.append((reference, channel, address, status, notes, language, epoch, epoch, 0, None, 0, None, None))
        if status == "closed" and address is not None:
            closing.append(reference)
    return audits, messages, closing


@dataclass(frozen=True)
class WebSession:
    username: str
    csrf: str
    expires_epoch: float = 0.0


@dataclass
class Submission:
    resident: str
    channel: str
    prefix: str
    fields: dict[str, Any]
    now: dt.datetime
    # The intake session's version the fields were taken from (None: whichever is stored), and the
    # rate keys (the resident's, the address's) that must still have room when it is committed.
    version: float | None = None
    checks: tuple[Check, ...] = ()

    def row(self, reference: str) -> tuple[Any, ...]:
        """The concern's values in TABLES["concerns"] order."""
        stamp = self.now.isoformat(timespec="seconds")
        fields = self.fields
        return (reference, fields["municipality"], fields["service_code"], fields["service_name"],
                fields["description"], fields.get("lat"), fields.get("long"), fields.get("address_string"),
                stamp, stamp, "open", "", self.channel, fields.get("contact"), int(bool(fields.get("contact"))),
                self.resident, self.now.timestamp())


def admitted(batch: Sequence[Submission], claimed: Sequence[bool],
             stamps: dict[str, list[float]]) -> list[dict[str, float] | None]:
    """Per submission: None when its session was not claimed, {} when its keys have room (counted
    in `stamps`, which then holds what to write back), else the waits of the full keys. Earlier
    submissions of the same batch count."""
    verdicts: list[dict[str, float] | None] = [None] * len(batch)
    positions = [n for n, ok in enumerate(claimed) if ok]
    decided = decide([(batch[n].checks, batch[n].now.timestamp()) for n in positions], stamps)
    for n, verdict in zip(positions, decided):
        verdicts[n] = verdict
    return verdicts


def assign_references(batch: Sequence[Submission], verdicts: Sequence[dict[str, float] | None],
                      first: dict[tuple[str, int], int]) -> tuple[list[str | LimitReached], list[tuple[Any, ...]]]:
    """Each admitted submission's reference, numbered on from `first` per (prefix, year), which is
    left at the next free number, and the rows to insert; "" for one whose session was not there,
    LimitReached for one over a limit."""
    references: list[str | LimitReached] = []
    rows = []
    for item, verdict in zip(batch, verdicts):
        if verdict is None:
            references.append("")
            continue
        if verdict:
            references.append(LimitReached(verdict))
            continue
        key = (item.prefix, item.now.year)
        reference = f"{item.prefix}-{item.now.year}-{first[key]:06d}"
        first[key] += 1
        references.append(reference)
        rows.append(item.row(reference))
    return references, rows


def old_context_keys(channels: Sequence[str], keys: Sequence[str],
                     rekey: Callable[[str, str], str]) -> list[tuple[str, str]]:
    """(new key, old key) for the keys stored in clear as "<channel>:<chat id>"."""
    pairs = []
    for key in keys:
        channel, _, chat = key.partition(":")
        if channel in channels and chat:
            pairs.append((rekey(channel, chat), key))
    return pairs


def checked_keys(batch: Sequence[Submission], claimed: Sequence[bool]) -> list[str]:
    """The rate keys a batch's claimed submissions must have room under, sorted (one lock order)."""
    return sorted({key for item, ok in zip(batch, claimed) if ok for key, _ in item.checks})
