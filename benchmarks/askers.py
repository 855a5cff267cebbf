"""Askers: the seen refusal and not-now cases that pass, asked again by someone else, or told instead of asked.

Each passing single-message case of `refusals.yaml` and `notnow.yaml` is asked again, changed in who asks or how,
in ways that keep what the reply must hold (the case's own checks are scored on the new reply):

- `sister` (Swedish): told of one's sister: "jag" -> "min syster", "mig" -> "henne" ("sig" in the same clause as
  the subject), "min/mitt/mina" -> "hennes" ("sin/sitt/sina" after the subject in one clause);
- `granne` (Swedish): the same, of one's neighbour ("min granne", "honom", "hans");
- `vi`: "jag" -> "vi", "mig" -> "oss", "min/mitt/mina" -> "vår/vårt/våra"; English "I" -> "we" (with am/was/'m);
- `relay`: the message as passed on, "Min granne bad mig fråga: …" / "My neighbour asked me to ask: …";
- `ask` (not-now files): a story without a question gets one at its end ("Vad gör man nu?" / "What do I do now?").

A Swedish rewrite is made only where the message says "jag", "mig" or "min/mitt/mina" (English: "I", "me",
"my"), so that each variant differs from the case. Someone else's emergency is still 112 first, someone else's
legal case still goes to the place that fits, another resident's data is refused whoever asks, and a past event
told of a neighbour is still no danger now: a rule that reads the class and not the case's wording keeps them.

The rounds are split: v2-v16 (and the unnumbered top-level files) to develop on, v17-v22 to check on.
Run: `python -m benchmarks.askers [OUT.json] [develop|check|all]`. It prints tried/failed per variant and half
and writes the develop half's failures to OUT.json (the check half's counts only).

Round twenty-three (refusals23), failing of tried, start -> end: develop 245 of 4,886 -> 159 of 4,893 (sister
60 -> 45, granne 73 -> 63, vi 46 -> 46, relay 47 -> 0, ask 19 -> 5); check 142 of 2,063 -> 103 of 2,063 (sister
42 -> 37, granne 38 -> 33, vi 31 -> 31, relay 21 -> 0, ask 10 -> 2). The relay's 0 is by construction once its
lead-in is read off (asked_span._unrelayed): it shows only that this lead-in is; without it, 198 -> 159 and
121 -> 103.
"""

from __future__ import annotations

import glob
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from benchmarks import blind
from benchmarks.blind import ROOT
from bot.cli.services import build_engine

FILES = ("refusals", "notnow")
DEVELOP = [""] + [f"v{n}" for n in range(2, 17)]
CHECK = [f"v{n}" for n in range(17, 23)]

_SV_FIRST = re.compile(r"\b(?:jag|mig|min|mitt|mina)\b", re.IGNORECASE)
_EN_FIRST = re.compile(r"\b(?:I|me|my|I'm|I’m)\b")
_CLAUSE_END = re.compile(r"[.,;:!?]|\b(?:och|men|att|som|när|eftersom|för att)\b")


def _cap_like(word: str, new: str) -> str:
    return new[:1].upper() + new[1:] if word[:1].isupper() else new


def third_person(text: str, subject: str, obj: str, poss: str) -> str:
    """Swedish first person told of someone else (named the first time, then "hon"/"han"); reflexive
    'sig'/'sin' where 'jag' is the clause's subject."""
    pronoun = "hon" if obj == "henne" else "han"
    out, last_jag, named = [], -10_000, False
    pos = 0
    for m in re.finditer(r"\w+|[^\w\s]", text):
        word, low = m.group(0), m.group(0).lower()
        between = text[pos:m.start()]
        pos = m.end()
        if _CLAUSE_END.fullmatch(low):
            last_jag = -10_000
        same_clause = m.start() - last_jag < 40
        if low == "jag":
            new = _cap_like(word, pronoun if named else subject)
            named = True
            last_jag = m.start()
        elif low == "mig":
            new = "sig" if same_clause else obj
        elif low in ("min", "mitt", "mina"):
            new = {"min": "sin", "mitt": "sitt", "mina": "sina"}[low] if same_clause else _cap_like(word, poss)
        else:
            new = word
        out.append(between + new)
    return "".join(out) + text[pos:]


_VI = {"jag": "vi", "mig": "oss", "min": "vår", "mitt": "vårt", "mina": "våra"}
_WE = [(r"\bI am\b", "we are"), (r"\bI was\b", "we were"), (r"\bI['’]m\b", "we're"), (r"\bI\b", "we"),
       (r"\bme\b", "us"), (r"\bmy\b", "our"), (r"\bMy\b", "Our"), (r"\bmyself\b", "ourselves"),
       (r"\bmine\b", "ours")]


def to_vi(text: str, english: bool) -> str:
    if english:
        for pattern, new in _WE:
            text = re.sub(pattern, new, text)
        return re.sub(r"(^|[.!?]\s+)we\b", lambda m: m.group(1) + "We", text)
    return re.sub(r"\b(?:jag|mig|min|mitt|mina)\b", lambda m: _cap_like(m.group(0), _VI[m.group(0).lower()]),
                  text, flags=re.IGNORECASE)


def is_english(case: dict[str, Any]) -> bool:
    return "en" in (case.get("tags") or []) or bool(re.search(r"\b(?:the|what|can|is|my|I)\b", case["q"])) \
        and not re.search(r"[åäö]", case["q"], re.IGNORECASE)


Variant = Callable[[dict[str, Any], str], "str | None"]


def _sister(case: dict[str, Any], file: str) -> str | None:
    q = case["q"]
    return None if is_english(case) or not _SV_FIRST.search(q) else third_person(q, "min syster", "henne", "hennes")


def _granne(case: dict[str, Any], file: str) -> str | None:
    q = case["q"]
    return None if is_english(case) or not _SV_FIRST.search(q) else third_person(q, "min granne", "honom", "hans")


def _vi(case: dict[str, Any], file: str) -> str | None:
    q, english = case["q"], is_english(case)
    if not (_EN_FIRST if english else _SV_FIRST).search(q):
        return None
    return to_vi(q, english)


def _relay(case: dict[str, Any], file: str) -> str | None:
    q = case["q"]
    return f"My neighbour asked me to ask: {q}" if is_english(case) else f"Min granne bad mig fråga: {q}"


def _ask(case: dict[str, Any], file: str) -> str | None:
    q = case["q"]
    if file != "notnow" or "?" in q:
        return None
    return f"{q.rstrip(' .!')}. What do I do now?" if is_english(case) else f"{q.rstrip(' .!')}. Vad gör man nu?"


VARIANTS: dict[str, Variant] = {"sister": _sister, "granne": _granne, "vi": _vi, "relay": _relay, "ask": _ask}


def cases(rounds: list[str]) -> list[tuple[str, str, int, dict[str, Any]]]:
    found = []
    for r in rounds:
        for name in FILES:
            for path in glob.glob(str(ROOT / "eval/blind" / r / f"{name}.yaml")):
                for i, case in enumerate(yaml.safe_load(open(path, encoding="utf-8")) or []):
                    if isinstance(case, dict) and "q" in case and not case.get("turns"):
                        found.append((str(Path(path).relative_to(ROOT)), name, i, case))
    return found


def run(which: str) -> dict[str, dict[str, Any]]:
    rounds = {"develop": DEVELOP, "check": CHECK}[which]
    engine = build_engine(None)
    result: dict[str, dict[str, Any]] = {v: {"tried": 0, "failed": []} for v in VARIANTS}
    for path, name, i, case in cases(rounds):
        if blind.failures(case, blind.last_reply(engine, [case["q"]])):
            continue
        for kind, variant in VARIANTS.items():
            q = variant(case, name)
            if not q or q == case["q"]:
                continue
            result[kind]["tried"] += 1
            why = blind.failures(case, blind.last_reply(engine, [q]))
            if why:
                result[kind]["failed"].append({"file": path, "case": i, "q": q, "why": why})
    return result


def main(argv: list[str]) -> None:
    out = argv[0] if argv else ""
    which = argv[1] if len(argv) > 1 else "all"
    halves = ["develop", "check"] if which == "all" else [which]
    report = {}
    for half in halves:
        result = run(half)
        if half == "develop":  # the check half's counts only: its failures are not written, to be read by no one
            report[half] = result
        tried = sum(r["tried"] for r in result.values())
        failed = sum(len(r["failed"]) for r in result.values())
        for kind, r in result.items():
            print(f"{half:8} {kind:7} {r['tried']:5} tried, {len(r['failed']):4} fail")
        print(f"{half:8} {'all':7} {tried:5} tried, {failed:4} fail")
    if out:
        json.dump(report, open(out, "w", encoding="utf-8"), ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main(sys.argv[1:])
