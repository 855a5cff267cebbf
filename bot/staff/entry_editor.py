"""Staff keep their kommun's entry current in the console: the entry as a form, a new agreement with
the page it comes from, a preview of what residents would be told, and publishing.

The bundled knowledge base is never written. A published entry is stored (bot/storage/entry_edits.py:
files in the data dir for SQLite, a table for PostgreSQL) and takes the place of the bundled file of
the same id; every process reloads it (handlers/services.py, bot/answering/reload.py). Before it is
stored, the whole knowledge base is loaded with it, by the very rules `trygghetsbot validate` uses.
A member scoped to some kommuner edits only those; one with every kommun any. Each step is audited
under the reference `entry/<id>`.
"""

from __future__ import annotations

import copy
import datetime as dt
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.answering import lexicon
from bot.answering.engine import Engine
from bot.answering.knowledge import AGREEMENT_KINDS, Knowledge, load
from bot.answering.knowledge_parse import default_source_id
from bot.answering.places import Kommun, slug
from bot.dates import PartialDate
from bot.errors import KnowledgeError, Problem, TrygghetsbotError
from bot.settings import StaffMember
from bot.staff.desk import AccessDenied, StaffInputError
from bot.storage import Store
from bot.storage.base import AuditEntry
from bot.text import fold

logger = logging.getLogger(__name__)

KIND_NAMES = {"samverkansoverenskommelse": "Samverkansöverenskommelse", "medborgarlofte": "Medborgarlöfte"}
_ID_STEMS = {"samverkansoverenskommelse": "samverkan", "medborgarlofte": "medborgarlofte"}
MAX_LINES = 30  # focus areas, people, parties, localities: more than any entry has
MAX_TEXT = 500


class EntryRejected(TrygghetsbotError):
    """The entry as edited does not pass `validate`: `problems` says what and where."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s)")


def audit_reference(kommun_id: str) -> str:
    return f"entry/{kommun_id}"


@dataclass(frozen=True)
class NewAgreement:
    """An agreement added in the form, with the page it is read from."""

    kind: str
    title: str
    start: str
    end: str
    signed: str
    focus: tuple[tuple[str, str], ...]  # (Swedish title, English title)
    people: tuple[tuple[str, str, bool], ...]  # (name, role, signed it)
    parties: tuple[str, ...]
    url: str
    source_title: str
    publisher: str
    source_date: str
    quote: str


@dataclass(frozen=True)
class EntryChange:
    """What one form asks to change in an entry."""

    police_area: str
    localities: tuple[str, ...]
    agreement: NewAgreement | None


def may_edit(member: StaffMember, kommun_id: str) -> bool:
    """One rule for the console and every other channel: a member's scope is what they may edit."""
    return member.may_see(kommun_id)


def _lines(value: str, label: str) -> list[str]:
    lines = [line.strip() for line in value.replace("\r", "").split("\n") if line.strip()]
    if len(lines) > MAX_LINES:
        raise StaffInputError(f"{label}: högst {MAX_LINES} rader.")
    return lines


def _date(value: str, label: str, required: bool = False) -> str:
    value = value.strip()
    if not value:
        if required:
            raise StaffInputError(f"{label} behövs.")
        return ""
    try:
        PartialDate.parse(value)
    except ValueError:
        raise StaffInputError(f"{label}: skriv ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD.") from None
    return value


def parse_form(form: Mapping[str, str]) -> EntryChange:
    """The change a submitted form asks for; StaffInputError in Swedish says what is missing."""
    def text(name: str) -> str:
        value = (form.get(name) or "").strip()
        if len(value) > MAX_TEXT * (4 if name in ("focus", "people", "parties", "localities") else 1):
            raise StaffInputError("Ett fält är för långt.")
        return value

    agreement = None
    if form.get("add") == "1":
        kind = text("kind")
        if kind not in AGREEMENT_KINDS:
            raise StaffInputError("Välj vilken sorts avtal det är.")
        url = text("url")
        if not re.match(r"^https?://\S+$", url):
            raise StaffInputError("Källans adress ska börja med https:// (sidan avtalet står på).")
        for name, label in (("source_title", "Källans titel"), ("publisher", "Vem som publicerat källan"),
                            ("quote", "Ett kort citat ur källan")):
            if not text(name):
                raise StaffInputError(f"{label} behövs.")
        focus = []
        for line in _lines(text("focus"), "Fokusområden"):
            sv, _, en = line.partition("|")
            focus.append((sv.strip(), en.strip() or sv.strip()))
        people = []
        for line in _lines(text("people"), "Personer"):
            parts = [p.strip() for p in line.split(";")]
            if len(parts) < 2 or not parts[1]:
                raise StaffInputError(f"Skriv en person som ”Namn; roll”: {line[:60]}")
            people.append((parts[0], parts[1], len(parts) > 2 and fold(parts[2]).startswith("skrev")))
        parties = _lines(text("parties"), "Parter")
        if not parties:
            raise StaffInputError("Minst en part behövs (t.ex. kommunen och polisens lokalpolisområde).")
        agreement = NewAgreement(
            kind=kind, title=text("title"), start=_date(text("start"), "Startdatum", required=True),
            end=_date(text("end"), "Slutdatum"), signed=_date(text("signed"), "Undertecknat"),
            focus=tuple(focus), people=tuple(people), parties=tuple(parties), url=url,
            source_title=text("source_title"), publisher=text("publisher"),
            source_date=_date(text("source_date"), "Källans datum", required=True), quote=text("quote"))
    return EntryChange(police_area=text("police_area"), localities=tuple(_lines(text("localities"), "Orter")),
                       agreement=agreement)


def raw_entry(knowledge: Knowledge, path: Path, edits: Mapping[str, str], kommun: Kommun) -> dict[str, Any]:
    """The entry's YAML as a mapping: as published in the console, else the bundled file, else a new
    entry with the kommun's name and county."""
    if kommun.id in edits:
        return dict(yaml.safe_load(edits[kommun.id]))
    entry = knowledge.municipalities.get(kommun.id) or knowledge.unpublished.get(kommun.id)
    if entry is not None and entry.file:
        return dict(yaml.safe_load((path / "municipalities" / entry.file).read_text(encoding="utf-8")))
    return {"id": kommun.id, "name": kommun.name, "county": kommun.county}


def _yaml_date(value: str) -> Any:
    """As the bundled files write dates: 2023, 2023-09 as text, 2023-09-30."""
    parsed = PartialDate.parse(value)
    if parsed.day is not None:
        return parsed.first_day()
    return parsed.year if parsed.month is None else value


def _unique(base: str, taken: set[str]) -> str:
    base = slug(base) or "post"
    chosen, number = base, 2
    while chosen in taken:
        chosen, number = f"{base}-{number}", number + 1
    taken.add(chosen)
    return chosen


def _role_key(role: str) -> str:
    """The role's key by the cues the answers use (lexicon.ROLES), so "vem är kommunpolis?" finds it."""
    folded = fold(role)
    return next((key for key, cues in lexicon.ROLES.items() if cues.found(folded)), "other")


def apply(raw: Mapping[str, Any], change: EntryChange) -> dict[str, Any]:
    """The entry with the change made; the original is left as it was."""
    entry = copy.deepcopy(dict(raw))
    if change.police_area:
        entry["police_area"] = change.police_area
    else:
        entry.pop("police_area", None)
    if change.localities:
        entry["localities"] = list(change.localities)
    else:
        entry.pop("localities", None)
    new = change.agreement
    if new is None:
        return entry
    _pin_default_source(entry)
    start = PartialDate.parse(new.start)
    agreement_id = _unique(f"{_ID_STEMS[new.kind]}-{start.year}", {a.get("id", "") for a in entry.get("agreements") or []})
    source_id = _unique(f"kalla-{agreement_id}", {s.get("id", "") for s in entry.get("sources") or []})
    entry.setdefault("sources", []).append({
        "id": source_id, "publisher": new.publisher, "title": new.source_title, "date": _yaml_date(new.source_date),
        "kind": "webbsida", "url": new.url})
    known_parties = {fold(p.get("name", "")) for p in entry.get("parties") or []}
    for party in new.parties:
        if fold(party) not in known_parties:
            entry.setdefault("parties", []).append({"name": party})
            known_parties.add(fold(party))
    area_ids: set[str] = set()
    agreement: dict[str, Any] = {"id": agreement_id, "kind": new.kind}
    if new.title:
        agreement["title"] = new.title
    agreement["start"] = _yaml_date(new.start)
    if new.end:
        agreement["end"] = _yaml_date(new.end)
    if new.signed:
        agreement["signed"] = _yaml_date(new.signed)
    agreement["source"] = source_id
    agreement["quote"] = new.quote
    if new.focus:
        agreement["areas"] = [{"id": _unique(sv, area_ids), "kind": "focus_area", "title": sv, "title_en": en,
                               "quote": new.quote} for sv, en in new.focus]
    entry.setdefault("agreements", []).append(agreement)
    person_ids = {p.get("id", "") for p in entry.get("people") or []}
    for name, role, signed in new.people:
        person: dict[str, Any] = {"id": _unique(name or role, person_ids)}
        if name:
            person["name"] = name
        person.update({"role": role, "role_en": role, "role_key": _role_key(role)})
        if signed:
            person["signed"] = True
        person.update({"source": source_id, "quote": new.quote})
        entry.setdefault("people", []).append(person)
    return entry


def _pin_default_source(entry: dict[str, Any]) -> None:
    """With one source (a contact page aside), items may leave `source:` out; with a second one coming,
    name it on each."""
    only = default_source_id(entry)
    if not only:
        return
    for key in ("agreements", "methods", "follow_up", "facts", "measurements", "people"):
        for item in entry.get(key) or []:
            if isinstance(item, dict) and not item.get("source"):
                item["source"] = only


def entry_text(entry: Mapping[str, Any]) -> str:
    """The entry as a file in today's format (what `trygghetsbot knowledge export` writes)."""
    return yaml.safe_dump(dict(entry), allow_unicode=True, sort_keys=False, width=110, default_flow_style=False)


def check(path: Path, edits: Mapping[str, str], kommun_id: str, text: str) -> Knowledge:
    """The knowledge base with this entry in place, loaded by validate's rules; EntryRejected if not."""
    try:
        return load(path, {**edits, kommun_id: text})
    except KnowledgeError as exc:
        raise EntryRejected(exc.problems) from None


def changes_note(before: Mapping[str, Any], after: Mapping[str, Any]) -> str:
    """Who changed what, for the audit log: the fields changed and the agreements added."""
    notes = []
    for key in ("police_area", "localities"):
        if before.get(key) != after.get(key):
            notes.append(f"{key}: {before.get(key) or '–'} → {after.get(key) or '–'}")
    old_ids = {a.get("id") for a in before.get("agreements") or []}
    notes += [f"nytt avtal {a.get('id')} ({a.get('start')}–{a.get('end', '')})"
              for a in after.get("agreements") or [] if a.get("id") not in old_ids]
    return "; ".join(notes) or "inga ändringar"


@dataclass(frozen=True)
class PreviewRow:
    question: str
    today: str
    proposed: str


def preview(current: Engine, proposed: Engine, kommun_name: str) -> list[PreviewRow]:
    """What a resident asking about focus, period and people is told today and would be told."""
    questions = (f"Vad fokuserar {kommun_name} på?", f"Hur länge gäller avtalet i {kommun_name}?",
                 f"Vem har skrivit under i {kommun_name}?")
    return [PreviewRow(q, current.answer(q).text, proposed.answer(q).text) for q in questions]


class EntryEditor:
    """Publishing entries and auditing each step, on whichever store the deployment has."""

    def __init__(self, store: Store, clock: type[dt.datetime] = dt.datetime) -> None:
        self.store = store
        self._clock = clock

    def _now(self) -> dt.datetime:
        return self._clock.now(dt.timezone.utc).astimezone()

    async def audit(self, member: StaffMember, kommun_id: str, action: str, old: str = "", new: str = "",
                    note: str = "") -> None:
        now = self._now()
        await self.store.log_audit(AuditEntry(now.isoformat(timespec="seconds"), member.label, kommun_id,
                                              audit_reference(kommun_id), action, old, new, note), now.timestamp())

    async def allow(self, member: StaffMember, kommun: Kommun) -> None:
        """AccessDenied (and an audit row) unless the member may edit this kommun."""
        if not may_edit(member, kommun.id):
            logger.warning("Staff member %s was refused editing the entry of %s", member.label, kommun.id)
            await self.audit(member, kommun.id, "entry_denied")
            raise AccessDenied(f"Du har inte behörighet att ändra {kommun.name}.")

    async def version(self, kommun_id: str) -> int:
        versions = await self.store.entry_versions(kommun_id)
        return versions[0].version if versions else 0

    async def publish(self, member: StaffMember, kommun: Kommun, path: Path, edits: Mapping[str, str],
                      before: Mapping[str, Any], after: Mapping[str, Any], expected_version: int) -> Knowledge:
        """Check the edited entry by validate's rules, then store it as a new version with its audit row.
        EntryRejected, AccessDenied or EditConflict (someone published meanwhile) when it cannot be."""
        await self.allow(member, kommun)
        text = entry_text(after)
        try:
            knowledge = check(path, edits, kommun.id, text)
        except EntryRejected as exc:
            await self.audit(member, kommun.id, "entry_rejected", note=f"{len(exc.problems)} fel")
            raise
        now = self._now()
        await self.store.save_entry_edit(kommun.id, text, member.label, now, expected_version, AuditEntry(
            now.isoformat(timespec="seconds"), member.label, kommun.id, audit_reference(kommun.id), "entry_published",
            str(expected_version), str(expected_version + 1), changes_note(before, after)))
        logger.info("Staff member %s published version %s of the entry of %s", member.label, expected_version + 1,
                    kommun.id)
        return knowledge


async def export(store: Store, folder: Path) -> list[Path]:
    """Write each entry published in the console as `<folder>/municipalities/<id>.yaml`, in the
    knowledge base's own format, for review and for the bundled base."""
    written = []
    target = folder / "municipalities"
    target.mkdir(parents=True, exist_ok=True)
    for kommun_id, edit in sorted((await store.entry_edits()).items()):
        path = target / f"{kommun_id}.yaml"
        path.write_text(edit.text, encoding="utf-8")
        written.append(path)
    return written
