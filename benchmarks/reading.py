"""The message reading on what it never trained on: eval/heldout.yaml, written before training.

Reports, from one run: the model's accuracy and per-intent F1, the confusion matrix (the most
frequent confusions), emergency recall (a danger message whose answer opens with 112), false alarms
over every message that is not an emergency (the emergency reply, or an answer opened with the 112
line), by intent; the blind sets (eval/blind/*.yaml, or the files named on the command line, scored
as ../shared/eval/score.py scores them: benchmarks/blind.py) per file and per tag, with their false
alarms; and speed: a reading plus its answer (p50/p99) in process, and per question through
`trygghetsbot chat --jsonl` against a fuzzy matcher (rapidfuzz over the knowledge base's paragraphs)
over the same questions in the same run.

    .venv/bin/python -m benchmarks.reading [BLIND.yaml ...]
"""

from __future__ import annotations

import datetime as dt
import json
import resource
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from benchmarks import blind
from bot.answering import compose
from bot.answering.engine import Conversation, Engine
from bot.answering.intents import DANGER_INTENTS
from bot.answering.knowledge import load

ROOT = Path(__file__).resolve().parent.parent
HELDOUT = ROOT / "eval" / "heldout.yaml"


def opens_with_112(text: str) -> bool:
    return "112" in text[:120]


def false_alarm(reply: dict[str, Any]) -> bool:
    """The emergency reply, or an answer opened with the 112 line, to a message that is not one.
    (A situation's help lines name 112 among them, for when it becomes acute: not an alarm.)"""
    text = str(reply.get("text", ""))
    return reply.get("topic") == "emergency" or any(text.startswith(compose.danger_line(language))
                                                    for language in ("sv", "en"))


def labelled(path: Path = HELDOUT) -> list[dict[str, str]]:
    return [item for item in yaml.safe_load(path.read_text(encoding="utf-8")) if item.get("text")]


def quality(engine: Engine, items: list[dict[str, str]]) -> dict[str, Any]:
    predicted, expected = [], []
    danger_total = danger_hit = 0
    alarms: Counter[str] = Counter()
    ordinary: Counter[str] = Counter()
    misses: list[dict[str, str]] = []
    for item in items:
        text, intent = item["text"], item["intent"]
        reading = engine.read(text)
        top = max(reading.intents, key=reading.intents.__getitem__) if reading.intents else ""
        predicted.append(top)
        expected.append(intent)
        answer = engine.answer(text, Conversation())
        if intent in DANGER_INTENTS:
            first = opens_with_112(answer.text)
            danger_total += 1
            danger_hit += first
            if not first:
                misses.append({"text": text, "intent": intent, "reply": answer.text[:80]})
        else:
            ordinary[intent] += 1
            alarms[intent] += false_alarm(answer.to_dict())
    labels = sorted(set(expected))
    f1 = {}
    for label in labels:
        tp = sum(p == e == label for p, e in zip(predicted, expected))
        fp = sum(p == label != e for p, e in zip(predicted, expected))
        fn = sum(e == label != p for p, e in zip(predicted, expected))
        f1[label] = round(2 * tp / (2 * tp + fp + fn), 3) if tp else 0.0
    confusions = Counter((e, p) for p, e in zip(predicted, expected) if p != e)
    not_emergencies = sum(ordinary.values())
    return {
        "messages": len(items),
        "accuracy": round(sum(p == e for p, e in zip(predicted, expected)) / len(items), 3),
        "macro_f1": round(statistics.mean(f1.values()), 3),
        "f1": f1,
        "confusions": [f"{e} -> {p}: {n}" for (e, p), n in confusions.most_common(15)],
        "emergency_recall": f"{danger_hit}/{danger_total}",
        "emergency_recall_share": round(danger_hit / danger_total, 3) if danger_total else None,
        "missed_emergencies": misses,
        "false_alarms": f"{sum(alarms.values())}/{not_emergencies}",
        "false_alarm_share": round(sum(alarms.values()) / not_emergencies, 4) if not_emergencies else None,
        "false_alarms_by_intent": {i: f"{alarms[i]}/{n}" for i, n in sorted(ordinary.items())},
    }


def latency(engine: Engine, texts: list[str], rounds: int = 5) -> dict[str, float]:
    # One untimed pass first: a running bot has filled its caches (folded words, spelling); the
    # first sight of each word is start-up cost, not an answer's.
    for text in texts:
        engine.answer(text, Conversation())
    times = []
    for _ in range(rounds):
        for text in texts:
            start = time.perf_counter()
            engine.answer(text, Conversation())
            times.append(time.perf_counter() - start)
    times.sort()
    return {"answers": len(times), "p50_ms": times[len(times) // 2] * 1000,
            "p99_ms": times[int(len(times) * 0.99)] * 1000}


FUZZY = '''
import json, sys, time
from rapidfuzz import fuzz, process
from bot.answering.knowledge import load
knowledge = load()
paragraphs = []
for muni in knowledge.municipalities.values():
    for area in muni.areas:
        paragraphs.append(f"{muni.name} {area.title} {area.text}")
    for fact in muni.facts:
        paragraphs.append(f"{muni.name} {fact.title} {fact.text}")
for line in sys.stdin:
    request = json.loads(line)
    best = process.extractOne(request["text"], paragraphs, scorer=fuzz.token_set_ratio)
    print(json.dumps({"conversation": request["conversation"], "text": best[0] if best else ""}))
'''


def per_question(texts: list[str]) -> dict[str, float]:
    """Seconds per question through a whole process: the bot's chat --jsonl and the fuzzy matcher."""
    lines = "".join(json.dumps({"conversation": f"c{i}", "text": t}, ensure_ascii=False) + "\n"
                    for i, t in enumerate(texts))
    bot = [str(Path(sys.executable).parent / "trygghetsbot"), "chat", "--jsonl"]
    fuzzy = [sys.executable, "-c", FUZZY]
    # The first run of the bot after the knowledge base changed builds the passage index and
    # writes its cache (bot/answering/passage_index.py); each run here starts as a deployed bot does.
    subprocess.run(bot, input="", capture_output=True, text=True, check=True, cwd=ROOT)
    result: dict[str, list[float]] = {"bot": [], "fuzzy": [], "bot_cpu": [], "fuzzy_cpu": []}
    for _ in range(3):
        for name, cmd in (("bot", bot), ("fuzzy", fuzzy)):
            start, cpu = time.perf_counter(), _children_cpu()
            subprocess.run(cmd, input=lines, capture_output=True, text=True, check=True, cwd=ROOT)
            result[name].append((time.perf_counter() - start) / len(texts))
            result[f"{name}_cpu"].append((_children_cpu() - cpu) / len(texts))
    median = {name: statistics.median(values) for name, values in result.items()}
    # CPU time as well: on a machine shared with other jobs the wall clock measures the load too.
    return {"questions": len(texts), "bot_ms_per_question": median["bot"] * 1000,
            "fuzzy_ms_per_question": median["fuzzy"] * 1000, "bot_over_fuzzy": median["bot"] / median["fuzzy"],
            "bot_cpu_ms_per_question": median["bot_cpu"] * 1000,
            "fuzzy_cpu_ms_per_question": median["fuzzy_cpu"] * 1000,
            "bot_over_fuzzy_cpu": median["bot_cpu"] / median["fuzzy_cpu"]}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(blind_sets: list[Path] | None = None) -> dict[str, Any]:
    engine = Engine(load(), today=dt.date(2026, 11, 28))
    items = labelled()
    texts = [item["text"] for item in items]
    results: dict[str, Any] = {"heldout": quality(engine, items), "latency": latency(engine, texts)}
    sets = blind_sets if blind_sets is not None else sorted(ROOT.glob(blind.BLIND))
    results["blind"] = blind.run_all(sets, false_alarm)
    results["chat_jsonl"] = per_question(texts * 4)
    return results


if __name__ == "__main__":
    named = [Path(arg).resolve() for arg in sys.argv[1:]]
    out = run(named or None)
    json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
