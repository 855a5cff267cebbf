"""Reloading the knowledge base: the one place that loads it again (bundled files with the entries
published in the staff console in their place), rebuilds everything derived from it (the engine with
its place names, passage index and follow-ups) and says which agreements are new or changed in each
kommun, so that whatever tells residents or staff about a change hooks on here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from bot.answering.engine import Engine
from bot.answering.knowledge import Knowledge, load

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class AgreementChanges:
    """One kommun's agreements that differ between two loads of the knowledge base, by id."""

    new: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.new or self.changed or self.removed)


@dataclass(frozen=True)
class Reloaded:
    knowledge: Knowledge
    engine: Engine
    changes: dict[str, AgreementChanges]  # kommun (entry) id -> what changed; only kommuner with a change


def agreement_changes(old: Knowledge | None, new: Knowledge) -> dict[str, AgreementChanges]:
    """Per kommun, the agreements in `new` that `old` did not have, those it had otherwise (any field,
    a focus area, a date), and those it had that are gone. With no `old`, nothing is new."""
    if old is None:
        return {}
    changes: dict[str, AgreementChanges] = {}
    for kommun in sorted(set(old.municipalities) | set(new.municipalities)):
        before = {a.id: a for a in old.municipalities[kommun].agreements} if kommun in old.municipalities else {}
        after = {a.id: a for a in new.municipalities[kommun].agreements} if kommun in new.municipalities else {}
        found = AgreementChanges(
            new=tuple(i for i in after if i not in before),
            changed=tuple(i for i in after if i in before and after[i] != before[i]),
            removed=tuple(i for i in before if i not in after))
        if found:
            changes[kommun] = found
    return changes


def reload(path: Path, edits: Mapping[str, str], previous: Knowledge | None,
           build: Callable[[Knowledge], Engine]) -> Reloaded:
    """Load the knowledge base at `path` with `edits` (entry id -> YAML) in place of its files, build a
    new engine from it with `build`, and compare with `previous`. Raises KnowledgeError with every
    problem when it does not validate; the caller keeps answering from what it has."""
    knowledge = load(path, edits)
    engine = build(knowledge)
    changes = agreement_changes(previous, knowledge)
    for kommun, change in changes.items():
        logger.info("Knowledge reloaded: %s has %s new, %s changed and %s removed agreement(s)", kommun,
                    len(change.new), len(change.changed), len(change.removed))
    return Reloaded(knowledge, engine, changes)
