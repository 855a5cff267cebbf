"""Speed on other writers' wording: how many of the seen rounds' messages take longer than issue #31's 2 ms for
a reading plus its answer, per half, and what a `chat --jsonl` process spends before its first answer.

The messages: the last turn of every case of the seen blind rounds that passes (each case replayed from a fresh
conversation, as `chat --jsonl` asks it: benchmarks/blind.py). The develop half is `eval/blind/v2`–`v16` and
the unnumbered top-level sets, the check half `v17`–`v25`. Each last turn is timed in CPU time (the process's,
so a machine shared with other jobs counts its own work only) over `--rounds` replays after one untimed pass,
and its best kept; a failure is a best over TARGET_MS. Printed per half: cases, passing messages timed,
failures, p50 and p99 of the bests.

The start: `--starts` fresh processes each build the engine as `trygghetsbot chat` does (services.build_engine,
the knowledge base's parsed YAML and every index made or read from the cache folder) and report the CPU time of
the import, the load and the engine; the best of each is printed.

    PYTHONPATH=<tree> .venv/bin/python benchmarks/speed_probe.py [--half develop|check|both] [--rounds 3] [--starts 5]

With PYTHONPATH another tree's code (main's, say) is measured by this same probe.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import yaml

ROOT = Path.cwd()
if str(ROOT) not in sys.path:  # run as a script from the tree without PYTHONPATH: its benchmarks package too
    sys.path.insert(0, str(ROOT))
TARGET_MS = 2.0
_ROUND = re.compile(r"^v(\d+)$")
_START = """
import json, time
t0 = time.process_time()
from bot.cli import services
t1 = time.process_time()
from bot import files
from bot.answering.knowledge import load
try:
    knowledge = load(cache=files.cache_dir())  # as services.build_engine loads it
except TypeError:  # a tree from before the parsed YAML was kept (speed24)
    knowledge = load()
t2 = time.process_time()
from bot.answering.engine import Engine
Engine(knowledge, passage_cache=files.cache_dir())
t3 = time.process_time()
print(json.dumps({"import": t1 - t0, "load": t2 - t1, "engine": t3 - t2}))
"""


def half_files(half: str) -> list[Path]:
    """The seen sets of one half: develop (v2–v16 and the top-level files) or check (v17–v25)."""
    base = ROOT / "eval" / "blind"
    chosen = sorted(base.glob("*.yaml")) if half == "develop" else []
    for folder in sorted(p for p in base.iterdir() if p.is_dir()):
        match = _ROUND.match(folder.name)
        if match and (2 <= int(match.group(1)) <= 16 if half == "develop" else 17 <= int(match.group(1)) <= 25):
            chosen += sorted(folder.glob("*.yaml"))
    return chosen


def _cases(paths: list[Path]) -> list[dict[str, Any]]:
    out = []
    for path in paths:
        for case in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            if isinstance(case, dict) and (case.get("turns") or case.get("q")):
                out.append(case)
    return out


def _timed_last(engine: Any, turns: list[str]) -> tuple[dict[str, Any], float]:
    from bot.cli.chat import jsonl_reply  # noqa: PLC0415 - the tree given by PYTHONPATH

    conversations: dict[str, Any] = {}
    for turn in turns[:-1]:
        jsonl_reply(engine, conversations, json.dumps({"conversation": "c", "text": turn}, ensure_ascii=False))
    start = time.process_time()
    reply = jsonl_reply(engine, conversations, json.dumps({"conversation": "c", "text": turns[-1]},
                                                          ensure_ascii=False))
    return reply, time.process_time() - start


def half(engine: Any, name: str, rounds: int) -> dict[str, Any]:
    from benchmarks import blind  # noqa: PLC0415

    cases = _cases(half_files(name))
    kept: list[list[str]] = []
    for case in cases:  # the untimed pass: which pass, and every cache filled as a running bot's is
        turns = [str(t) for t in (case.get("turns") or [case["q"]])]
        reply, _ = _timed_last(engine, turns)
        if not blind.failures(case, reply):
            kept.append(turns)
    best = [min(_timed_last(engine, turns)[1] for _ in range(rounds)) * 1000 for turns in kept]
    ordered = sorted(best)
    return {"half": name, "cases": len(cases), "timed": len(best),
            "failures": sum(ms > TARGET_MS for ms in best),
            "p50_ms": round(ordered[len(ordered) // 2], 3) if ordered else None,
            "p99_ms": round(ordered[int(len(ordered) * 0.99)], 3) if ordered else None}


def starts(count: int) -> dict[str, float]:
    runs = [json.loads(subprocess.run([sys.executable, "-c", _START], capture_output=True, text=True, check=True,
                                      cwd=ROOT).stdout) for _ in range(count + 1)][1:]  # the first may build caches
    return {part: round(min(run[part] for run in runs), 3) for part in ("import", "load", "engine")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("develop", "check", "both"), default="develop")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--starts", type=int, default=5)
    args = parser.parse_args()
    from bot.cli.services import build_engine  # noqa: PLC0415

    engine = build_engine(None)
    out: dict[str, Any] = {"start_cpu_s": starts(args.starts) if args.starts else None}
    for name in (("develop", "check") if args.half == "both" else (args.half,)):
        out[name] = half(engine, name, args.rounds)
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
