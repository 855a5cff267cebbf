"""A detail asked second (or third) in one message: does the reply answer each part (a probe of the joined class).

`joined.py` joins a passing detail case with a fixed aspect asked after it. What strangers' sets fail is the
other way round: the SECOND part is a detail only a sentence of the entry answers ("…, och vilket nytt
fokusområde kom till?", "…och varför hade trafikproblemen ökat?", "…sedan vilket år?"), or a third part is
dropped. Here the second question is itself a passing case of the seen blind `detail.yaml` sets (the
"detail", a single message naming a kommun that passes alone), written without its kommun ("i Jokkmokk",
"Jokkmokks", "Jokkmokk kommun" taken out, as a resident writes a second clause), joined after:

- `aspect`: a fixed aspect's question naming the kommun (who signed, when it ends, which police area;
  expected words read from the ENTRY by `joined.expected`, never from a reply);
- `detail`: another passing detail case of the SAME kommun from ANOTHER round of the same half, as written;
- `three`: that other detail, the detail, and a fixed aspect's question without the kommun last.

Each detail is tried in each shape it has a partner for, with a joint chosen per case by a seed from the
case's path (Swedish: ", och ", " och ", "? Och ", ". Dessutom: ", "? "; English cases, tag `en`, get
English joints and questions and English partners only). A joined case passes when each part's check passes on
the one reply: a detail case's scorer check (`kommun`, `answered`, `must`, `must_not`; `first`/`not_first`
left out, as the part no longer opens the message) and an aspect's expected word.

The halves keep the round's split: develop = the unnumbered top-level sets and rounds v2–v16, check = v17–v22;
a partner comes from the same half. Read the check half at the start and the end only.

Run: `python -m benchmarks.joined_details [OUT.json] [develop|check]`. It prints tried/failed per shape and
per joint, and writes the failures to OUT.json.
"""

from __future__ import annotations

import random
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

from benchmarks.blind import ROOT, failures, fold, last_reply, report
from benchmarks.joined import QUESTIONS, expected, is_english, join
from bot.answering.knowledge_model import Municipality
from bot.cli.services import build_engine

HALVES = {"develop": ["", *(f"v{n}/" for n in range(2, 17))], "check": [f"v{n}/" for n in range(17, 23)]}

JOINTS = {"sv": [(", och ", False), (" och ", False), ("? Och ", True), (". Dessutom: ", True), ("? ", True)],
          "en": [("; and ", False), ("? Also, ", False), (", and ", False), ("? And ", True)]}
# Three parts: the first two joined by a comma, the last by "och"/"and".
THREE = {"sv": (", ", " och "), "en": (", ", " and ")}
ASPECTS = ("signed", "period", "police")

Case = tuple[str, int, dict[str, Any]]


def cases(half: str) -> list[Case]:
    out = []
    for prefix in HALVES[half]:
        path = ROOT / f"eval/blind/{prefix}detail.yaml"
        if not path.exists():
            continue
        for i, case in enumerate(yaml.safe_load(path.read_text(encoding="utf-8")) or []):
            if isinstance(case, dict) and case.get("q") and case.get("kommun"):
                out.append((str(path.relative_to(ROOT)), i, case))
    return out


def without_kommun(text: str, entry: Municipality, lang: str = "sv") -> str:
    """The question as a second clause: the kommun's name taken out, or said as "kommunen", as a resident
    writes a second clause.

    "i/in/för/på/of X" goes; "X kommun" and a bare X become "kommunen" ("the municipality"), the genitive
    "Xs"/"X's" "kommunens" ("the municipality's"). A text naming the kommun as part of a place ("centrala
    X", "X centrum") or not by its name (a district, an alias) is kept as written."""
    names = sorted({entry.name, fold(entry.name)}, key=len, reverse=True)
    name = "(?:" + "|".join(re.escape(n) for n in names) + ")"
    if re.search(rf"\b(?:centrala|norra|södra|östra|västra|central|north|south|east|west|[Ss]tora|[Ll]illa)\s+{name}\b"
                 rf"|\b{name}s?\s+(?:centrum|stad|tätort|hamn|station|city|town|centre|center)\b", text, re.IGNORECASE):
        return text
    bare, owner = ("kommunen", "kommunens") if lang == "sv" else ("the municipality", "the municipality's")
    out = text
    for pattern, by in ((rf"^\s*{name}\s*[–:-]\s+", ""),
                        (rf"\b(?:i|in|för|for|på|of)\s+{name}s?\s+(?:kommuns?|municipality)\b", ""),
                        (rf"\b{name}\s+(?:kommun|municipality)\b", bare),
                        (rf"\b{name}s\s+kommuns?\b", owner),
                        (rf"\s*\b(?:i|in|för|for|på|of)\s+{name}\b(?![-'’])", ""),
                        (rf"\b{name}(?:s\b|'s\b|’s\b|')", owner),
                        (rf"\b{name}\b(?!-)", bare)):
        out = re.sub(pattern, by, out, flags=re.IGNORECASE)
    out = re.sub(r"\s+([?,.!])", r"\1", re.sub(r"\s{2,}", " ", out)).strip(" ,:–-")
    return out if out and fold(out) != fold(text) and len(out.split()) >= 2 else text


def part_failures(case: dict[str, Any], reply: dict[str, Any]) -> list[str]:
    """A detail case's check on a reply to several parts: its position groups left out."""
    return failures({k: v for k, v in case.items() if k not in ("first", "not_first")}, reply)


def main(argv: list[str]) -> None:
    out = argv[0] if argv else ""
    half = argv[1] if len(argv) > 1 else "develop"
    engine = build_engine(None)
    knowledge = engine.knowledge

    def reply(text: str) -> dict[str, Any]:
        return last_reply(engine, [text])

    passing = [c for c in cases(half) if c[2]["kommun"] in knowledge.municipalities and not failures(c[2], reply(c[2]["q"]))]
    by_kommun: dict[tuple[str, str], list[Case]] = defaultdict(list)
    for c in passing:
        by_kommun[(c[2]["kommun"], "en" if is_english(c[2]) else "sv")].append(c)
    counts: dict[str, dict[str, list[int]]] = {k: defaultdict(lambda: [0, 0]) for k in ("shape", "joint")}
    failed: list[dict[str, Any]] = []
    tried = 0
    for path, i, case in passing:
        entry = knowledge.municipalities[case["kommun"]]
        lang = "en" if is_english(case) else "sv"
        rnd = random.Random(f"{path}{i}joined_details")
        second = without_kommun(case["q"], entry, lang)
        aspects = [a for a in ASPECTS if expected(entry, a) and not any(fold(w) in fold(case["q"]) for w in expected(entry, a))]
        partners = [c for c in by_kommun[(case["kommun"], lang)] if Path(c[0]).parent != Path(path).parent]
        partner = rnd.choice(partners) if partners else None
        aspect = rnd.choice(aspects) if aspects else None
        shapes: list[tuple[str, str, str, list[tuple[str, Any]]]] = []
        joint, starts = rnd.choice(JOINTS[lang])
        after_qs, before_qs = QUESTIONS[lang][aspect] if aspect else ([], [])
        if aspect:
            first = rnd.choice(before_qs).format(name=entry.name)
            text = join(first, second, joint, starts)
            shapes.append(("aspect", joint, text, [("aspect", aspect), ("case", case)]))
        if partner:
            joint2, starts2 = rnd.choice(JOINTS[lang])
            shapes.append(("detail", joint2, join(partner[2]["q"], second, joint2, starts2),
                           [("case", partner[2]), ("case", case)]))
            if aspect:
                comma, last = THREE[lang]
                text = join(join(partner[2]["q"], second, comma, False), rnd.choice(after_qs), last, False)
                shapes.append(("three", "three", text, [("case", partner[2]), ("case", case), ("aspect", aspect)]))
        for shape, used, text, parts in shapes:
            text = text[:1].upper() + text[1:]
            got = reply(text)
            why = []
            for n, (kind, part) in enumerate(parts, 1):
                if kind == "aspect":
                    words = expected(entry, part)
                    if not any(fold(w) in fold(got.get("text", "")) for w in words):
                        why.append(f"part {n} ({part}): none of {words}")
                else:
                    why.extend(f"part {n}: {w}" for w in part_failures(part, got))
            tried += 1
            for kind, key in (("shape", shape), ("joint", f"{shape}:{used.strip() or used}")):
                counts[kind][key][0] += 1
                counts[kind][key][1] += bool(why)
            if why:
                failed.append({"file": path, "case": i, "shape": shape, "partner": partner[:2] if partner else None,
                               "text": text, "why": why, "reply": got.get("text", "")})
    print(f"{half}: {len(passing)} details pass alone; {tried} joined, {len(failed)} fail "
          f"({1 - len(failed) / max(1, tried):.3f} kept)")
    report(counts, failed, out, width=22)


if __name__ == "__main__":
    main(sys.argv[1:])
