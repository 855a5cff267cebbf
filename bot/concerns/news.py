"""What is new in a kommun's entry (issue #34, item 4): the change event that followers of a kommun
would hear of. Pure: an old and a new entry in, the new or changed agreements out, each with its
source. Run on every knowledge reload (`changes`), whether the reload came from a changed file in
`knowledge/` or a staff edit saved through the same path.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from bot.answering.compose import pick
from bot.answering.knowledge import Agreement, Knowledge, Municipality, Source
from bot.answering.periods import KIND_NAMES, neuter, span


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


# -- what a follower is told (issue #34, item 4) --------------------------------------------------


@dataclass(frozen=True)
class NewsItem:
    """One new or changed agreement as a follower reads it, in both languages (sv, en)."""

    change: str  # "new" or "changed"
    neuter: bool  # ett medborgarlöfte, en samverkansöverenskommelse
    kind: tuple[str, str]
    title: tuple[str, str]
    period: tuple[str, str]
    source: str
    url: str

    @classmethod
    def of(cls, change: AgreementChange) -> NewsItem:
        agreement, source = change.agreement, change.source
        return cls(change.kind, neuter(agreement), KIND_NAMES.get(agreement.kind, (agreement.kind, agreement.kind)),
                   (agreement.title, agreement.title_en or agreement.title),
                   (span(agreement, "sv"), span(agreement, "en")),
                   source.title if source else "", source.url if source else "")

    def lines(self, language: str) -> list[str]:
        kind = pick(language, *self.kind)
        if language == "en":
            what = f"{'New' if self.change == 'new' else 'Changed'} {kind}"
        else:
            what = ("Nytt" if self.neuter else "Ny") if self.change == "new" else ("Ändrat" if self.neuter else "Ändrad")
            what = f"{what} {kind}"
        title = pick(language, *self.title)
        named = f"{what}: {title}" if title and title.casefold() != kind.casefold() else what
        lines = [f"{named} ({pick(language, *self.period)})."]
        if self.source:
            cited = f"{self.source}, {self.url}" if self.url else self.source
            lines.append(pick(language, f"Källa: {cited}", f"Source: {cited}"))
        return lines


@dataclass(frozen=True)
class NewsNotification:
    """What a follower of a kommun is told when its agreements change, as plain data: each channel
    renders it (its `heading` and `lines`, as a concern's Notification)."""

    municipality: str  # the kommun's name
    items: tuple[NewsItem, ...]
    language: str

    @property
    def heading(self) -> str:
        return pick(self.language, f"Nytt om trygghetsarbetet i {self.municipality}",
                    f"News on the safety work in {self.municipality}")

    def lines(self) -> list[str]:
        lines = [line for item in self.items for line in item.lines(self.language)]
        lines.append(pick(self.language, f"Du följer {self.municipality}. Sluta med /slutafolja {self.municipality}.",
                          f"You follow {self.municipality}. Stop with /unfollow {self.municipality}."))
        return lines

    def text(self) -> str:
        return "\n".join([self.heading, *self.lines()])

    def payload(self) -> str:
        """The news as the outbox keeps it (language-free: each follower's row has its own)."""
        return json.dumps({"municipality": self.municipality, "items": [
            {"change": i.change, "neuter": i.neuter, "kind": i.kind, "title": i.title, "period": i.period,
             "source": i.source, "url": i.url} for i in self.items]}, ensure_ascii=False)

    @classmethod
    def of_payload(cls, payload: str, language: str) -> NewsNotification:
        data = json.loads(payload)
        items = tuple(NewsItem(i["change"], bool(i["neuter"]), tuple(i["kind"]), tuple(i["title"]),
                               tuple(i["period"]), i["source"], i["url"]) for i in data["items"])
        return cls(data["municipality"], items, language)


def by_municipality(found: list[AgreementChange]) -> dict[str, list[AgreementChange]]:
    """The changes of one reload per kommun, in their order: one message per kommun and follower."""
    grouped: dict[str, list[AgreementChange]] = {}
    for change in found:
        grouped.setdefault(change.municipality, []).append(change)
    return grouped


def digest(found: list[AgreementChange]) -> str:
    """The same for every process that reloads the same change: the kommun and what its changed
    agreements and their sources now say (not whether each was new to that process)."""
    content = repr(sorted((c.municipality, c.agreement.id, repr(c.agreement), _cited(c.source)) for c in found))
    return hashlib.sha256(content.encode("utf-8")).hexdigest()[:32]
