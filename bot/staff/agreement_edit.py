"""Changing an agreement already in a kommun's entry, in the staff console: its title, period,
signing date, focus areas, and the entry's people and parties; ending it (an end date); or removing
it, which only an agreement added in the console may be (a bundled one is corrected, never deleted).

Every changed fact stays sourced, by one rule: a change names either a new source (a web page with
its address, title, publisher, date and a verbatim quote), which then becomes the agreement's
source while what came from the old one keeps the old one; or the agreement's existing source with
a verbatim quote from it that supports the changed value, added to the agreement's quote. New focus
areas and people carry the change's source and quote. The form's fields are read by the same rules
as a new agreement's (bot/staff/entry_editor.py); publishing, the preview and the audit are the same.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.staff import entry_editor as editor
from bot.staff.desk import NoSuchConcern, StaffInputError
from bot.text import fold

NEW_SOURCE = "ny"
EXISTING_SOURCE = "befintlig"
# The form's fields, sent again with the preview (with the entry form's FIELDS).
FIELDS = ("agreement", "remove", "source_choice")


class NoSuchAgreement(NoSuchConcern):
    """The entry has no agreement with that id (any more): a page not found, as a concern not found is."""


@dataclass(frozen=True)
class AgreementEdit:
    """What one form asks to change in one agreement, or that it be removed."""

    agreement_id: str
    remove: bool = False
    title: str = ""
    start: str = ""
    end: str = ""
    signed: str = ""
    focus: tuple[tuple[str, str], ...] = ()
    people: tuple[tuple[str, str, bool], ...] = ()
    parties: tuple[str, ...] = ()
    source: tuple[str, str, str, str] | None = None  # a new page: url, title, publisher, date; None: the existing
    quote: str = ""


def find(raw: Mapping[str, Any], agreement_id: str) -> dict[str, Any]:
    for agreement in raw.get("agreements") or []:
        if agreement.get("id") == agreement_id:
            return dict(agreement)
    raise NoSuchAgreement(f"Posten har inget avtal med id {agreement_id!r}.")


def _written(value: Any) -> str:
    return "" if value is None else str(value)


def form_values(raw: Mapping[str, Any], agreement_id: str, version: int) -> dict[str, str]:
    """The change form filled in with the agreement as it is today; NoSuchAgreement if there is none."""
    agreement = find(raw, agreement_id)
    focus = [area.get("title", "") + (f" | {area['title_en']}" if area.get("title_en") not in (None, "",
                                                                                              area.get("title")) else "")
             for area in agreement.get("areas") or [] if area.get("kind") == "focus_area"]
    people = [f"{p.get('name', '')}; {p.get('role', '')}" + ("; skrev under" if p.get("signed") else "")
              for p in raw.get("people") or []]
    return {"version": str(version), "agreement": agreement_id, "title": _written(agreement.get("title")),
            "start": _written(agreement.get("start")), "end": _written(agreement.get("end")),
            "signed": _written(agreement.get("signed")), "focus": "\n".join(focus), "people": "\n".join(people),
            "parties": "\n".join(p.get("name", "") for p in raw.get("parties") or []), "source_choice": "",
            "url": "", "source_title": "", "publisher": "", "source_date": "", "quote": "", "remove": ""}


def parse_edit(form: Mapping[str, str]) -> AgreementEdit:
    """The change a submitted form asks for; StaffInputError in Swedish says what is missing."""
    text = editor.form_text(form)
    agreement_id = text("agreement")
    if form.get("remove") == "1":
        return AgreementEdit(agreement_id, remove=True)
    choice = text("source_choice")
    source: tuple[str, str, str, str] | None = None
    if choice == NEW_SOURCE:
        url, title, publisher, date, quote = editor.parse_source(text)
        source = (url, title, publisher, date)
    elif choice == EXISTING_SOURCE:
        quote = text("quote")
        if not quote:
            raise StaffInputError("Skriv ett kort citat, ordagrant ur avtalets nuvarande källa, som styrker ändringen.")
    else:
        raise StaffInputError("Ange var ändringen står: välj en ny källa eller avtalets nuvarande källa, "
                              "och skriv ett citat ur den.")
    return AgreementEdit(
        agreement_id, title=text("title"), start=editor.parse_date(text("start"), "Startdatum"),
        end=editor.parse_date(text("end"), "Slutdatum"), signed=editor.parse_date(text("signed"), "Undertecknat"),
        focus=editor.parse_focus(text("focus")), people=editor.parse_people(text("people")),
        parties=editor.parse_parties(text("parties")), source=source, quote=quote)


def bundled_agreements(path: Path, kommun_id: str) -> set[str]:
    """The ids of the agreements the bundled knowledge base has for this kommun (none without a file)."""
    for suffix in (".yaml", ".yml"):
        file = path / "municipalities" / f"{kommun_id}{suffix}"
        if file.exists():
            raw = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
            return {str(a.get("id")) for a in raw.get("agreements") or [] if isinstance(a, dict)}
    return set()


def apply_edit(raw: Mapping[str, Any], edit: AgreementEdit, bundled: set[str]) -> dict[str, Any]:
    """The entry with the change made (the original left as it was). NoSuchAgreement if the agreement is
    not there; StaffInputError when removing one that is bundled or the last one."""
    entry = copy.deepcopy(dict(raw))
    agreements = entry.get("agreements") or []
    index = next((i for i, a in enumerate(agreements) if a.get("id") == edit.agreement_id), None)
    if index is None:
        raise NoSuchAgreement(f"Posten har inget avtal med id {edit.agreement_id!r}.")
    if edit.remove:
        return _removed(entry, index, edit.agreement_id in bundled)
    editor.pin_default_source(entry)
    agreement = agreements[index]
    old_source = agreement.get("source", "")
    if edit.source is not None:
        source_id = editor.add_source(entry, edit.agreement_id, *edit.source)
        for area in agreement.get("areas") or []:  # what the old page said keeps the old page
            if old_source and not area.get("source"):
                area["source"] = old_source
        agreement["source"], agreement["quote"] = source_id, edit.quote
    else:
        source_id = old_source
        quotes = [q for q in (str(agreement.get("quote") or "").strip(), edit.quote) if q]
        agreement["quote"] = " […] ".join(dict.fromkeys(quotes))
    if edit.title != _written(agreement.get("title")):
        agreement.pop("title_en", None)  # the English title was of the old one; answers fall back to the Swedish
    for key, value in (("title", edit.title), ("start", edit.start), ("end", edit.end), ("signed", edit.signed)):
        if not value:
            agreement.pop(key, None)
        elif _written(agreement.get(key)) != value:
            agreement[key] = value if key == "title" else editor.yaml_date(value)
    agreement["areas"] = _areas(agreement.get("areas") or [], edit, source_id)
    if not agreement["areas"]:
        del agreement["areas"]
    entry["people"] = _people(entry.get("people") or [], edit, source_id)
    if not entry["people"]:
        del entry["people"]
    entry["parties"] = [_kept(entry.get("parties") or [], ("name",), (name,)) or {"name": name}
                        for name in edit.parties]
    return entry


def _removed(entry: dict[str, Any], index: int, bundled: bool) -> dict[str, Any]:
    if bundled:
        raise StaffInputError("Ett avtal från den medföljande kunskapsbasen kan rättas men inte tas bort. "
                              "Har det upphört, ange slutdatumet i stället.")
    if len(entry["agreements"]) == 1:
        raise StaffInputError("Posten behöver minst ett avtal: rätta det här i stället för att ta bort det.")
    removed = entry["agreements"].pop(index)
    cited = _cited(entry)
    entry["sources"] = [s for s in entry.get("sources") or [] if s.get("id") != removed.get("source")
                        or s.get("id") in cited]
    return entry


def _cited(value: Any) -> set[str]:
    """Every source id the entry's items name."""
    if isinstance(value, list):
        return {found for item in value for found in _cited(item)}
    if isinstance(value, dict):
        own = {str(value["source"])} if isinstance(value.get("source"), str) else set()
        return own | {found for key, item in value.items() if key != "sources" for found in _cited(item)}
    return set()


def _kept(items: list[dict[str, Any]], keys: tuple[str, ...], values: tuple[str, ...]) -> dict[str, Any] | None:
    """The item whose `keys` read `values` (case and accents aside), as it was, or None."""
    wanted = tuple(fold(v) for v in values)
    return next((dict(item) for item in items if tuple(fold(str(item.get(k) or "")) for k in keys) == wanted), None)


def _areas(areas: list[dict[str, Any]], edit: AgreementEdit, source_id: str) -> list[dict[str, Any]]:
    """The focus areas as the form lists them (those it still names as they were), the agreement's
    other areas where they were."""
    old_focus = [a for a in areas if a.get("kind") == "focus_area"]
    taken = {a.get("id", "") for a in areas if a.get("kind") != "focus_area"}
    focus: list[dict[str, Any] | tuple[str, str]] = []
    for sv, en in edit.focus:
        kept = _kept(old_focus, ("title",), (sv,))
        if kept is None:
            focus.append((sv, en))
            continue
        if en != sv:
            kept["title_en"] = en
        taken.add(kept.get("id", ""))
        focus.append(kept)
    new_focus = [item if isinstance(item, dict) else editor.focus_area(*item, edit.quote, taken, source_id)
                 for item in focus]
    first = next((i for i, a in enumerate(areas) if a.get("kind") == "focus_area"), len(areas))
    others = [a for a in areas if a.get("kind") != "focus_area"]
    return others[:first] + new_focus + others[first:]


def _people(people: list[dict[str, Any]], edit: AgreementEdit, source_id: str) -> list[dict[str, Any]]:
    """The entry's people as the form lists them: those it still names as they were (signed or not as
    it says), the others new with the change's source."""
    taken = {p.get("id", "") for p in people}
    found = []
    for name, role, signed in edit.people:
        kept = _kept(people, ("name", "role"), (name, role))
        if kept is None:
            found.append(editor.person(name, role, signed, source_id, edit.quote, taken))
            continue
        if signed:
            kept["signed"] = True
        else:
            kept.pop("signed", None)
        found.append(kept)
    return found
