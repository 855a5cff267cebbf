"""Blind question sets (eval/blind/*.yaml), scored as ../shared/eval/score.py scores them.

A set is a YAML list of cases: `q` (one message) or `turns` (one conversation, the last reply
scored), and what the reply must hold: `kommun` (the municipality id, null for none), `answered`,
`must` (groups, one alternative of each in the reply), `must_not`, `first` (one alternative of each
group within the first 120 characters: 112 first for an emergency) and `not_first` (not within the
first 60), and `tags` (the classes it counts in). Text is compared casefolded, without accents.

The cases go through `trygghetsbot chat --jsonl`, as score.py sends them, so its figure and this
one agree. Besides the pass rate per file and per tag, each file's false alarms are counted: a case
that is not an emergency (no `first` group asks for 112, no `emergency` tag) answered with the
emergency reply or opened with the 112 line.
"""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
BLIND = "eval/blind/**/*.yaml"  # the first sets and, in v2/, those written after the research of 4 December


def fold(text: object) -> str:
    decomposed = unicodedata.normalize("NFKD", str(text).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def failures(case: dict[str, Any], reply: dict[str, Any]) -> list[str]:
    """Why a reply fails its case (none: it passes), by score.py's rules."""
    why = []
    body = fold(reply.get("text", ""))
    if "kommun" in case and reply.get("municipality") != case["kommun"]:
        why.append(f"municipality {reply.get('municipality')!r} != {case['kommun']!r}")
    if "answered" in case and bool(reply.get("answered")) != case["answered"]:
        why.append(f"answered {reply.get('answered')!r} != {case['answered']!r}")
    why.extend(f"missing one of {group}" for group in case.get("must", [])
               if not any(fold(alt) in body for alt in group))
    why.extend(f"contains {bad!r}" for bad in case.get("must_not", []) if fold(bad) in body)
    why.extend(f"none of {group} first" for group in case.get("first", [])
               if not any(fold(alt) in body[:120] for alt in group))
    why.extend(f"{bad!r} first" for bad in case.get("not_first", []) if fold(bad) in body[:60])
    return why


def is_emergency(case: dict[str, Any]) -> bool:
    """A case that expects 112 first (a `first` group naming it), or tagged as an emergency."""
    return (any("112" in str(alt) for group in case.get("first", []) for alt in group)
            or "emergency" in (case.get("tags") or []))


def replies(cases: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The reply to each case's last message, each case a conversation of its own."""
    lines, last_line = [], []
    for i, case in enumerate(cases):
        for turn in case.get("turns") or [case["q"]]:
            lines.append(json.dumps({"conversation": f"c{i}", "text": turn}, ensure_ascii=False))
        last_line.append(len(lines) - 1)
    command = [str(Path(sys.executable).parent / "trygghetsbot"), "chat", "--jsonl"]
    done = subprocess.run(command, input="\n".join(lines) + "\n", capture_output=True, text=True,
                          check=True, cwd=ROOT, timeout=600)
    out = [json.loads(line) for line in done.stdout.splitlines() if line.strip().startswith("{")]
    if len(out) != len(lines):
        raise RuntimeError(f"expected {len(lines)} replies, got {len(out)}")
    return [out[i] for i in last_line]


def last_reply(engine: Any, turns: Sequence[str]) -> dict[str, Any]:
    """The reply to the last of `turns`, asked in-process as `chat --jsonl` asks it: one conversation per case
    (the probes: perturb.py, carried.py, joined.py)."""
    from bot.cli.chat import jsonl_reply  # the bot only for the probes, not for scoring through the CLI

    conversations: dict[str, Any] = {}
    reply: dict[str, Any] = {}
    for turn in turns:
        reply = jsonl_reply(engine, conversations, json.dumps({"conversation": "c", "text": turn}, ensure_ascii=False))
    return reply


def score(path: Path, false_alarm: Any) -> dict[str, Any]:
    """One set: pass rate overall and per tag, false alarms overall and per tag."""
    cases = [c for c in yaml.safe_load(path.read_text(encoding="utf-8")) or [] if isinstance(c, dict)]
    tags: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # passed, cases, alarms, not emergencies
    passed = alarms = ordinary = 0
    for case, reply in zip(cases, replies(cases)):
        ok = not failures(case, reply)
        alarm = not is_emergency(case) and false_alarm(reply)
        passed += ok
        alarms += alarm
        ordinary += not is_emergency(case)
        for tag in case.get("tags") or ["untagged"]:
            counts = tags[tag]
            counts[0] += ok
            counts[1] += 1
            counts[2] += alarm
            counts[3] += not is_emergency(case)
    return {"cases": len(cases), "passed": passed, "pass_rate": round(passed / len(cases), 3) if cases else None,
            "false_alarms": f"{alarms}/{ordinary}",
            "by_tag": {tag: {"pass_rate": round(p / n, 3), "passed": f"{p}/{n}", "false_alarms": f"{a}/{o}"}
                       for tag, (p, n, a, o) in sorted(tags.items())}}


def run_all(paths: Sequence[Path], false_alarm: Any) -> dict[str, Any]:
    return {str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path): score(path, false_alarm)
            for path in paths}


def report(counts: dict[str, dict[str, list[int]]], failed: list[dict[str, Any]], out: str | None,
           width: int = 14) -> None:
    """A probe's tried and failing counts per kind and key, printed, and its failures written to `out`
    (the probes: joined.py, joined_details.py)."""
    for kind, by in counts.items():
        for key, (n, bad) in sorted(by.items()):
            print(f"  {kind:6} {key!r:{width}} {n:4} tried, {bad:4} fail")
    if out:
        Path(out).write_text(json.dumps(failed, ensure_ascii=False, indent=1), encoding="utf-8")
