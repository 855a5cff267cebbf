"""What is new in a kommun's entry (issue #34, item 4): the change event that followers of a kommun
would hear of. Pure: an old and a new entry in, the new or changed agreements out, each with its
source. Run on every knowledge reload (`changes`), whether the reload came from a changed file in
`knowledge/` or a staff edit saved through the same path.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.answering.knowledge import Agreement, Knowledge, Municipality, Source


@dataclass(frozen=True)
class AgreementChange:
    """One agreement of a kommun that is new ("new") or differs from before ("changed")."""

    municipality: str
    agreement: Agreement
    kind: str
    source: Source | None

    @property
    def title(self) -> str:
        return self.agreement.title or self.agreement.kind


def agreement_changes(old: Municipality | None, new: Municipality) -> list[AgreementChange]:
    """The agreements of `new` that `old` did not have (by id) or had otherwise (any field, its areas
    or its source's title, address or date); in `new`'s order. A new entry's agreements are all new."""
    before = {a.id: a for a in old.agreements} if old is not None else {}
    found = []
    for agreement in new.agreements:
        source = next((s for s in new.sources if s.id == agreement.source_id), None)
        previous = before.get(agreement.id)
        if previous is None:
            found.append(AgreementChange(new.id, agreement, "new", source))
            continue
        old_source = next((s for s in old.sources if s.id == previous.source_id), None) if old else None
        if previous != agreement or _cited(old_source) != _cited(source):
            found.append(AgreementChange(new.id, agreement, "changed", source))
    return found


def _cited(source: Source | None) -> tuple[object, ...]:
    return () if source is None else (source.publisher, source.title, source.url, source.date)


def changes(old: Knowledge, new: Knowledge) -> list[AgreementChange]:
    """Every kommun's new or changed agreements between two loads of the knowledge base."""
    return [change for municipality in new.municipalities.values()
            for change in agreement_changes(old.municipalities.get(municipality.id), municipality)]
