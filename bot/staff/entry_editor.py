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
from collections.abc import Callable, Mapping
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
from bot.storage.records import AuditEntry
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


def parse_date(value: str, label: str, required: bool = False) -> str:
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


def form_text(form: Mapping[str, str]) -> Callable[[str], str]:
    """A field of a submitted form, stripped; StaffInputError when it is longer than any entry needs."""
    def text(name: str) -> str:
        value = (form.get(name) or "").strip()
        if len(value) > MAX_TEXT * (4 if name in ("focus", "people", "parties", "localities") else 1):
            raise StaffInputError("Ett fält är för långt.")
        return value
    return text


def parse_source(text: Callable[[str], str]) -> tuple[str, str, str, str, str]:
    """The page an agreement or a change is read from: (url, title, publisher, date, quote), each required."""
    url = text("url")
    if not re.match(r"^https?://\S+$", url):
        raise StaffInputError("Källans adress ska börja med https:// (sidan avtalet står på).")
    for name, label in (("source_title", "Källans titel"), ("publisher", "Vem som publicerat källan"),
                        ("quote", "Ett kort citat ur källan")):
        if not text(name):
            raise StaffInputError(f"{label} behövs.")
    return (url, text("source_title"), text("publisher"),
            parse_date(text("source_date"), "Källans datum", required=True), text("quote"))


def parse_focus(value: str) -> tuple[tuple[str, str], ...]:
    """Focus areas, one a line: "Svensk titel | English title" (the English is optional)."""
    focus = []
    for line in _lines(value, "Fokusområden"):
        sv, _, en = line.partition("|")
        focus.append((sv.strip(), en.strip() or sv.strip()))
    return tuple(focus)


def parse_people(value: str) -> tuple[tuple[str, str, bool], ...]:
    """People, one a line: "Namn; roll" and "; skrev under" for one who signed."""
    people = []
    for line in _lines(value, "Personer"):
        parts = [p.strip() for p in line.split(";")]
        if len(parts) < 2 or not parts[1]:
            raise StaffInputError(f"Skriv en person som ”Namn; roll”: {line[:60]}")
        people.append((parts[0], parts[1], len(parts) > 2 and fold(parts[2]).startswith("skrev")))
    return tuple(people)


def parse_parties(value: str) -> tuple[str, ...]:
    parties = _lines(value, "Parter")
    if not parties:
        raise StaffInputError("Minst en part behövs (t.ex. kommunen och polisens lokalpolisområde).")
    return tuple(parties)


def parse_form(form: Mapping[str, str]) -> EntryChange:
    """The change a submitted form asks for; StaffInputError in Swedish says what is missing."""
    text = form_text(form)
    agreement = None
    if form.get("add") == "1":
        kind = text("kind")
        if kind not in AGREEMENT_KINDS:
            raise StaffInputError("Välj vilken sorts avtal det är.")
        url, source_title, publisher, source_date, quote = parse_source(text)
        focus, people, parties = parse_focus(text("focus")), parse_people(text("people")), parse_parties(text("parties"))
        agreement = NewAgreement(
            kind=kind, title=text("title"), start=parse_date(text("start"), "Startdatum", required=True),
            end=parse_date(text("end"), "Slutdatum"), signed=parse_date(text("signed"), "Undertecknat"),
            focus=focus, people=people, parties=parties, url=url,
            source_title=source_title, publisher=publisher, source_date=source_date, quote=quote)
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


def yaml_date(value: str) -> Any:
    """As the bundled files write dates: 2023, 2023-09 as text, 2023-09-30."""
    parsed = PartialDate.parse(value)
    if parsed.day is not None:
        return parsed.first_day()
    return parsed.year if parsed.month is None else value


def unique_id(base: str, taken: set[str]) -> str:
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
    pin_default_source(entry)
    start = PartialDate.parse(new.start)
    agreement_id = unique_id(f"{_ID_STEMS[new.kind]}-{start.year}", {a.get("id", "") for a in entry.get("agreements") or []})
    source_id = add_source(entry, agreement_id, new.url, new.source_title, new.publisher, new.source_date)
    add_parties(entry, new.parties)
    area_ids: set[str] = set()
    agreement: dict[str, Any] = {"id": agreement_id, "kind": new.kind}
    if new.title:
        agreement["title"] = new.title
    agreement["start"] = yaml_date(new.start)
    if new.end:
        agreement["end"] = yaml_date(new.end)
    if new.signed:
        agreement["signed"] = yaml_date(new.signed)
    agreement["source"] = source_id
    agreement["quote"] = new.quote
    if new.focus:
        agreement["areas"] = [focus_area(sv, en, new.quote, area_ids) for sv, en in new.focus]
    entry.setdefault("agreements", []).append(agreement)
    person_ids = {p.get("id", "") for p in entry.get("people") or []}
    for name, role, signed in new.people:
        entry.setdefault("people", []).append(person(name, role, signed, source_id, new.quote, person_ids))
    return entry


def add_source(entry: dict[str, Any], agreement_id: str, url: str, title: str, publisher: str, date: str) -> str:
    """Add a web page to the entry's sources; its new id."""
    source_id = unique_id(f"kalla-{agreement_id}", {s.get("id", "") for s in entry.get("sources") or []})
    entry.setdefault("sources", []).append({
        "id": source_id, "publisher": publisher, "title": title, "date": yaml_date(date), "kind": "webbsida",
        "url": url})
    return source_id


def add_parties(entry: dict[str, Any], parties: tuple[str, ...]) -> None:
    """Add the parties the entry does not name yet (by name, case and accents aside)."""
    known_parties = {fold(p.get("name", "")) for p in entry.get("parties") or []}
    for party in parties:
        if fold(party) not in known_parties:
            entry.setdefault("parties", []).append({"name": party})
            known_parties.add(fold(party))


def focus_area(sv: str, en: str, quote: str, taken: set[str], source_id: str = "") -> dict[str, Any]:
    """A focus area as the files write it, with an id not in `taken`."""
    area: dict[str, Any] = {"id": unique_id(sv, taken), "kind": "focus_area", "title": sv, "title_en": en}
    if source_id:
        area["source"] = source_id
    area["quote"] = quote
    return area


def person(name: str, role: str, signed: bool, source_id: str, quote: str, taken: set[str]) -> dict[str, Any]:
    """A person as the files write them, with an id not in `taken` and the role's key for the answers."""
    found: dict[str, Any] = {"id": unique_id(name or role, taken)}
    if name:
        found["name"] = name
    found.update({"role": role, "role_en": role, "role_key": _role_key(role)})
    if signed:
        found["signed"] = True
    found.update({"source": source_id, "quote": quote})
    return found


def pin_default_source(entry: dict[str, Any]) -> None:
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
    """Who changed what, for the audit log: the fields changed, the agreements added, each changed
    agreement with its changed fields (dates and titles with old and new value), and those removed."""
    notes = []
    for key in ("police_area", "localities"):
        if before.get(key) != after.get(key):
            notes.append(f"{key}: {before.get(key) or '–'} → {after.get(key) or '–'}")
    # A source named where it was implied (a second source came) is no change.
    pinned_before, pinned_after = copy.deepcopy(dict(before)), copy.deepcopy(dict(after))
    for pinned in (pinned_before, pinned_after):
        pin_default_source(pinned)
        for agreement in pinned.get("agreements") or []:  # an area names the source it inherited: no change
            for area in agreement.get("areas") or []:
                if agreement.get("source"):
                    area.setdefault("source", agreement["source"])
    old = {a.get("id"): a for a in pinned_before.get("agreements") or []}
    for agreement in pinned_after.get("agreements") or []:
        previous = old.get(agreement.get("id"))
        if previous is None:
            notes.append(f"nytt avtal {agreement.get('id')} ({agreement.get('start')}–{agreement.get('end', '')})")
        elif previous != agreement:
            fields = [f"{key}: {previous.get(key, '–')} → {agreement.get(key, '–')}" if key in _SHOWN else key
                      for key in dict.fromkeys([*previous, *agreement]) if previous.get(key) != agreement.get(key)]
            notes.append(f"avtal {agreement.get('id')} ändrat ({', '.join(fields)})")
    kept = {a.get("id") for a in pinned_after.get("agreements") or []}
    notes += [f"avtal {i} borttaget" for i in old if i not in kept]
    notes += [f"{key} ändrade" for key in ("people", "parties") if before.get(key) != after.get(key)]
    return "; ".join(notes) or "inga ändringar"


_SHOWN = ("title", "start", "end", "signed", "source")  # short fields the audit note gives old and new of


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
