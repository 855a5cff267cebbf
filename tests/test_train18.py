"""Round eighteen's training lines (knowledge/messages/*--t18.yaml), added in measured batches: each batch
was kept only if, over every seen set, it lost no scored case, added no false alarm, lost no emergency and
held-out accuracy held (see the train18 commits). Here: train17's dev and fresh sets at the kept model
(the measure, not ours to fit), the lines' distance from every seen message, and the kept batch's shapes
on messages written for these tests, in neither the training lines nor a seen set."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from rapidfuzz import fuzz, process

from bot.answering.engine import Engine
from bot.answering.training import unslotted
from tests.scored import asked, assert_case, dev_params, dev_set

ROOT = Path(__file__).resolve().parent.parent
DEV = dev_set("train17_dev17.yaml") + dev_set("train17_fresh17.yaml")
# The round's new sets are scored once at the end, by others: never read here.
UNREAD = {"v18"}

# Missed at the kept model (43/57 and 6/10): not-now health and poisoning, events told as over, a general
# what-to-do, the bot's calls and languages, the memory question, a work case. The batches for them lost seen
# cases (health as limits, events over as report_crime: see the commits) and were reverted. ("Who built this bot,
# is it the police" is answered since safety20b: whether the police is on the other end is what the bot is; a
# trial period ended "utan förklaring" since areas21's area reading.)
MISSES = ("hade jätteont i magen", "vår treåring åt upp", "licked some dishwasher", "tog strupgrepp",
          "köra rakt in i ett staket", "får en hjärtattack", "fått i sig nåt giftigt", "hotar mig med kniv, ska",
          "på andra sidan och läser", "phone an ambulance", "kommer du ihåg det vi",
          "skriva på engelska eller arabiska", "fick en fotboll",
          "bit av en julros", "bränt upp vår brevlåda", "does an ambulance get sent")


@pytest.mark.parametrize("case", dev_params(DEV, known_misses=MISSES))
def test_train17s_sets_at_the_kept_model(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)


def _seen_files() -> Iterator[Path]:
    for folder, dirs, files in os.walk(ROOT / "eval"):
        dirs[:] = [d for d in dirs if d not in UNREAD]
        yield from (Path(folder) / f for f in files if f.endswith(".yaml"))
    yield from (ROOT / "tests" / "fixtures").glob("*.yaml")
    yield from Path("/work/shared/eval").glob("*.yaml")


def _texts(item: Any) -> Iterator[str]:
    if isinstance(item, str):
        yield item
    elif isinstance(item, list):
        for part in item:
            yield from _texts(part)
    elif isinstance(item, dict):
        for key in ("q", "text", "turns", "cases", "messages"):
            yield from _texts(item.get(key))


def test_the_lines_are_far_from_every_seen_message() -> None:
    seen: set[str] = set()
    for path in _seen_files():
        try:
            seen.update(t.casefold() for t in _texts(yaml.safe_load(path.read_text(encoding="utf-8"))))
        except (OSError, yaml.YAMLError):
            continue
    lines = [unslotted(e).casefold() for p in sorted((ROOT / "knowledge" / "messages").glob("*--t18.yaml"))
             for e in yaml.safe_load(p.read_text(encoding="utf-8"))["examples"]]
    assert lines and seen
    near = [(line, process.extractOne(line, seen, scorer=fuzz.ratio)) for line in lines]
    assert [n for n in near if n[1] and n[1][1] >= 85] == []


# Written after the batch was kept, in other words than its lines: the reading's intent, and the reply.
@pytest.mark.parametrize("text, intent", [
    ("ta bort det jag skickade nyss är du snäll", "privacy"),
    ("can you erase my last message about the park", "privacy"),
    ("glömmer du allt när jag stänger fönstret", "privacy"),
    ("har ni kvar mina meddelanden från i måndags", "privacy"),
    ("sitter nån på kommunen och läser det här live", "help"),
    ("ar det en robot eller sitter det folk och svarar", "help"),
])
def test_questions_about_the_bot_are_read_as_such(bundled: Engine, text: str, intent: str) -> None:
    reading = bundled.read(text)
    assert max(reading.intents, key=reading.intents.__getitem__) == intent


# The second is read as help (0.49) but below the decision's sure reading: it still gets the unsure reply
# that opens with "Är någon i fara just nu? Ring 112." (not the emergency reply; left, see the report).
@pytest.mark.parametrize("text", ["ta bort det jag skickade nyss är du snäll",
                                  pytest.param("sitter nån på kommunen och läser det här live",
                                               marks=pytest.mark.xfail(strict=True)),
                                  "ar det en robot eller sitter det folk och svarar"])
def test_a_question_about_the_bot_is_no_alarm(bundled: Engine, text: str) -> None:
    assert "112" not in asked(bundled, [text]).text[:60]
