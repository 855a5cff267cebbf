"""speed22: work the answering did over again, found by profiling (no timing here: the machine is shared).

- A CueSet made inside a call (of_the_last.of_year) was added to every CueSet kept and emptied the index of
  all of them: each message that asked of a year with two agreements grew the list for good and made the
  next message build the whole index again (a fifth of a second). Now none is made while answering.
- EntryNames folds the words of the entries once each, not once per sentence they are written in: the same
  names with a fifth of a process's start less.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.answering import cues
from bot.answering.engine import Conversation, Engine
from bot.answering.entry_names import EntryNames
from bot.answering.knowledge import Knowledge, load
from bot.answering.passage_kinds import entry_passages
from bot.text import fold, tokens


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    return load()


@pytest.fixture(scope="module")
def engine(knowledge: Knowledge) -> Engine:
    return Engine(knowledge, today=dt.date(2026, 11, 28))


def _same_year_twice(knowledge: Knowledge) -> list[tuple[str, int]]:
    """Kommuner with two agreements that began the same year, and that year."""
    found = []
    for muni in knowledge.municipalities.values():
        years = [start.year for a in muni.agreements if (start := a.start or a.signed) is not None]
        doubled = sorted({y for y in years if years.count(y) > 1})
        if doubled:
            found.append((muni.name, doubled[0]))
    return found


def test_no_cueset_is_made_while_answering(knowledge: Knowledge, engine: Engine) -> None:
    pairs = _same_year_twice(knowledge)[:3]
    assert pairs, "the bundled base has kommuner with two agreements begun the same year"
    engine.answer("hej", Conversation())
    before = cues.made()
    for name, year in pairs:
        for text in (f"Vad gjorde polisen i {name} under {year}?", f"Hur gick arbetet i {name} {year}, blev det bättre?",
                     f"what did {fold(name)} promise in {year}"):
            engine.answer(text, Conversation())
    assert cues.made() == before


def _held_text_by_text(knowledge: Knowledge) -> dict[str, set[str]]:
    """Which kommuner's entries hold each word, every sentence, label and party tokenised on its own."""
    held: dict[str, set[str]] = {}
    for muni in knowledge.municipalities.values():
        texts = [t for p in entry_passages(muni) for t in (p.text, p.label)]
        texts += [party.name for party in (*muni.parties, *muni.partners)]
        for text in texts:
            for word in tokens(text):
                held.setdefault(word, set()).add(muni.id)
    return held


def test_entry_names_are_names_of_one_entry(engine: Engine, knowledge: Knowledge) -> None:
    names = engine.reader.entry_names
    held = _held_text_by_text(knowledge)
    assert names.names
    for word, muni_id in names.names.items():
        assert held[word] == {muni_id}
        assert word == fold(word)
    assert names.always <= set(names.names)


def test_entry_names_built_twice_are_the_same(engine: Engine, knowledge: Knowledge) -> None:
    """The words folded once for the whole base: a second build (its caches warm) gives the same names."""
    places = {w for key in engine.places.names for w in key.split()}
    known = {f[2:] for f in (engine.model.vocabulary if engine.model is not None else ()) if f.startswith("w ")}
    again = EntryNames(knowledge, places, known)
    assert again.names == engine.reader.entry_names.names
    assert again.always == engine.reader.entry_names.always
