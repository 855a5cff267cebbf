"""Publishing an entry from the staff console: checking the whole knowledge base with the edited entry
in place (validate's rules), and the reload that follows (load, a new engine with its place names and
passage index, the comparison of agreements). Median of five, bundled knowledge base."""

from __future__ import annotations

import statistics
import time

from bot.answering.engine import Engine
from bot.answering.knowledge import bundled_path, load
from bot.answering.places import Places
from bot.answering.reload import reload
from bot.staff import entry_editor

FORM = {"add": "1", "kind": "medborgarlofte", "start": "2026-01-01", "end": "2027-12-31",
        "focus": "Trygghet kring Testtorget", "people": "Testa Testsson; kommunstyrelsens ordförande",
        "parties": "Sölvesborgs kommun", "url": "https://example.org/test", "source_title": "Test",
        "publisher": "Sölvesborgs kommun", "source_date": "2026-01-10", "quote": "Vi lovar trygghet"}


def run() -> dict[str, dict[str, float]]:
    knowledge = load()
    kommun = Places(knowledge).get("solvesborg")
    assert kommun is not None
    raw = entry_editor.raw_entry(knowledge, bundled_path(), {}, kommun)
    text = entry_editor.entry_text(entry_editor.apply(raw, entry_editor.parse_form(FORM)))
    checks, reloads = [], []
    for _ in range(5):
        started = time.perf_counter()
        entry_editor.check(bundled_path(), {}, kommun.id, text)
        checks.append(time.perf_counter() - started)
        started = time.perf_counter()
        done = reload(bundled_path(), {kommun.id: text}, knowledge, Engine)
        reloads.append(time.perf_counter() - started)
        assert done.changes["solvesborg"].new
    return {"publish": {"check_s": statistics.median(checks), "reload_s": statistics.median(reloads)}}
