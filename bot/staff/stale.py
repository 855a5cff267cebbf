"""What is out of date: a municipality's agreements that have ended or give no end date, where
nobody has looked for a newer one in the last six months (`checked:` in its file), with what a
resident is told about it meanwhile. For `trygghetsbot coverage --stale` and the staff console,
so the kommun's own coordinator sees what to update."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import asdict, dataclass

from bot.answering import periods
from bot.answering.knowledge import Agreement, Knowledge, Municipality
from bot.text import swedish_key

CHECK_EVERY_DAYS = 183  # six months


@dataclass(frozen=True)
class Stale:
    municipality_id: str
    municipality: str
    agreement: str  # its kind, what tells it apart, and its period: "Medborgarlöfte Nordost 2023–2024"
    status: str  # ended or open
    checked: str  # the day someone last looked for a newer one ("" never)
    told: str  # what a resident asking about it is told now

    def to_dict(self) -> dict[str, str]:
        return asdict(self)


def _superseded(agreement: Agreement, muni: Municipality, today: dt.date) -> bool:
    """A newer agreement of the same kind in force (or about to start) replaces it: nothing to do."""
    return any(other.kind == agreement.kind and other is not agreement
               and periods.status(other, today) in ("in_force", "not_started")
               for other in muni.agreements)


def stale(knowledge: Knowledge, today: dt.date, municipalities: Iterable[str] | None = None) -> list[Stale]:
    """Every out-of-date agreement of the given municipalities (all when None), Swedish order."""
    wanted = None if municipalities is None else set(municipalities)
    due = today - dt.timedelta(days=CHECK_EVERY_DAYS)
    rows = []
    for muni in sorted(knowledge.municipalities.values(), key=lambda m: swedish_key(m.name)):
        if wanted is not None and muni.id not in wanted:
            continue
        if muni.checked is not None and muni.checked.last_day() > due:
            continue
        for agreement in periods.by_relevance(muni.agreements, today):
            state = periods.status(agreement, today)
            if state not in ("ended", "open") or _superseded(agreement, muni, today):
                continue
            label = periods.agreement_line(agreement, today, "sv", muni).split(", ")[0]
            told = periods.status_sentence(agreement, today, "sv")
            rows.append(Stale(muni.id, muni.name, label, state, str(muni.checked) if muni.checked else "", told))
    return rows


def table(rows: list[Stale]) -> str:
    if not rows:
        return "Nothing out of date: every agreement that has ended or has no end date was checked in the last six months."
    lines = [f"{len(rows)} agreement(s) have ended or give no end date and were last checked over six months ago:",
             ""]
    for row in rows:
        checked = f"checked {row.checked}" if row.checked else "never checked"
        lines.append(f"{row.municipality}: {row.agreement} ({row.status}, {checked})")
        lines.append(f"    residents are told: {row.told}")
    return "\n".join(lines)
