"""What is out of date: ended or open agreements not checked for six months, per municipality."""

from __future__ import annotations

import datetime as dt

from bot.answering.knowledge import Knowledge
from bot.staff.stale import stale
from tests.test_cli import run


def test_nothing_is_stale_right_after_a_check_and_everything_open_or_ended_later(knowledge: Knowledge) -> None:
    checked = [m.checked.last_day() for m in knowledge.municipalities.values() if m.checked]
    assert stale(knowledge, max(checked) + dt.timedelta(days=1), {m.id for m in knowledge.municipalities.values()
                                                                   if m.checked and m.checked.last_day() == max(checked)}) == []
    later = dt.date(2027, 9, 1)
    rows = stale(knowledge, later)
    assert rows and {r.status for r in rows} <= {"ended", "open"}
    solvesborg = [r for r in rows if r.municipality_id == "solvesborg"]
    # Its medborgarlöften ended, but only the newest-ended of a kind still matters once a newer one is
    # in force; the samverkansöverenskommelse 2022–2026 has ended by then too.
    assert any(r.agreement.startswith("Samverkansöverenskommelse") for r in solvesborg)
    assert all(r.told.endswith("har tecknats.") or "fråga kommunen" in r.told for r in solvesborg)
    only = stale(knowledge, later, ["vellinge"])
    assert only and {r.municipality_id for r in only} == {"vellinge"}


def test_coverage_stale_on_the_command_line() -> None:
    code, out, _ = run("coverage", "--stale", env={"TRYGGHETSBOT_TODAY": "2027-09-01"})
    assert code == 0 and "were last checked over six months ago" in out and "residents are told:" in out
