"""Passage ranking (bot/answering/passages.py) on the detail questions in
tests/fixtures/detail_questions.yaml: how often the best passage is the one that answers, how well
THRESHOLD separates questions the entry answers from those it does not (on the dev half, which set
it, and on the held-out half, which only checks it), the index's build time and a ranking's p99.

    python -m benchmarks.passages            # the report
    python -m benchmarks.passages --sweep    # accuracy at each candidate threshold (dev half only)
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import time
from pathlib import Path

import yaml

from bot.answering import passages as passages_module
from bot.answering.engine import Conversation, Engine
from bot.answering.knowledge import bundled_path, load
from bot.answering.passages import Passages, place_tokens
from bot.text import fold

QUESTIONS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "detail_questions.yaml"


def questions() -> list[dict[str, str | None]]:
    return list(yaml.safe_load(QUESTIONS.read_text(encoding="utf-8"))["questions"])


def _outcomes(engine: Engine) -> list[tuple[dict[str, str | None], float, bool]]:
    """Per question: the best passage's score and whether that passage holds the expected words."""
    rows = []
    for item in questions():
        reading = engine.read(str(item["q"]), Conversation())
        ranked = engine.passages.rank(str(item["municipality"]), reading.masked, reading.language)
        best = ranked[0] if ranked else (0.0, None)
        right = best[1] is not None and item["expect"] is not None and str(item["expect"]) in fold(
            f"{best[1].label} {best[1].text}")
        rows.append((item, best[0], right))
    return rows


def answered(engine: Engine, split: str) -> tuple[int, int]:
    """Through the whole engine: an answerable question's reply holds the expected words; an
    unanswerable one's does not quote a sentence (it says what the entry holds instead)."""
    good = total = 0
    for item in questions():
        if item["split"] != split:
            continue
        total += 1
        reply = engine.answer(str(item["q"]), Conversation())
        text = fold(reply.text)
        if item["expect"] is None:
            good += reply.topic != "detail"
        else:
            good += str(item["expect"]) in text
    return good, total


def accuracy(rows: list[tuple[dict[str, str | None], float, bool]], threshold: float, split: str) -> tuple[int, int]:
    """Right outcomes: an answerable question quoted with the right passage above the threshold, an
    unanswerable one below it."""
    chosen = [r for r in rows if r[0]["split"] == split]
    good = sum(1 for item, score, right in chosen
               if (item["expect"] is None and score < threshold) or (item["expect"] is not None and right and score >= threshold))
    return good, len(chosen)


def run(sweep: bool = False) -> dict[str, dict[str, float]]:
    knowledge = load(bundled_path())
    engine = Engine(knowledge, today=dt.date(2026, 11, 23))
    rows = _outcomes(engine)
    if sweep:
        for step in range(0, 41):
            threshold = step / 4
            good, total = accuracy(rows, threshold, "dev")
            print(f"threshold {threshold:5.2f}: dev {good}/{total}")
        for item, score, right in rows:
            print(f"{item['split']:8} {'ok ' if right else '-- '} {score:6.2f}  {item['q']}")
    started = time.perf_counter()
    Passages(knowledge, place_tokens(knowledge))
    build_s = time.perf_counter() - started
    readings = [(engine.read(str(i["q"]), Conversation()), str(i["municipality"])) for i in questions()]
    timings = []
    for _ in range(50):
        for reading, muni in readings:
            started_ns = time.perf_counter_ns()
            engine.passages.answering(muni, reading.masked, reading.language)
            timings.append((time.perf_counter_ns() - started_ns) / 1e6)
    timings.sort()
    threshold = passages_module.THRESHOLD
    dev, dev_total = accuracy(rows, threshold, "dev")
    held, held_total = accuracy(rows, threshold, "holdout")
    top1 = [r for r in rows if r[0]["expect"] is not None]
    engine_dev, _ = answered(engine, "dev")
    engine_held, _ = answered(engine, "holdout")
    return {"ranking": {"threshold": threshold, "dev_right": dev, "dev_total": dev_total,
                        "holdout_right": held, "holdout_total": held_total,
                        "top1_right": sum(1 for r in top1 if r[2]), "top1_total": len(top1)},
            "engine": {"dev_right": engine_dev, "holdout_right": engine_held},
            "speed": {"build_s": build_s, "rank_p50_ms": statistics.median(timings),
                      "rank_p99_ms": timings[int(0.99 * (len(timings) - 1))]}}

if __name__ == "__main__":
    print(run(sweep="--sweep" in sys.argv))
