"""Several questions in one message, built from the entries: is each part answered, in order (the multi class).

`joined.py` and `joined_details.py` join a passing case with one more question. What strangers' multi
messages (round twenty-three) failed besides: a THIRD part dropped; a detail asked LAST, after fixed aspects;
"vilka år gäller …" written without accents ("vilka ar galler", read as "vilka är"); "X respektive Y" asking
the same aspect of two kommuner. Four shapes, Swedish only:

- `three`: three fixed aspects of one kommun, the kommun named in the first part only ("Vilken period gäller
  överenskommelsen i X, vem skrev under och vilket lokalpolisområde hör kommunen till?");
- `detail_last`: two fixed aspects, then a passing `detail.yaml` case of the same kommun and half with its
  kommun taken out (`joined_details.without_kommun`) as the third part;
- `folded`: two fixed aspects, the first "vilka år gäller …", the whole message folded to ASCII and lower case;
- `respektive`: one fixed aspect asked of two kommuner ("Vem skrev under i X respektive Y?", or "… i X och
  i Y"); each kommun's own answer, and X's before Y's.

The fixed aspects are `joined.expected`'s (who signed, the period's years, the police area) and `focus` (any
focus area's title of any of the kommun's agreements); each is read from the ENTRY, never from a reply, and
used for a kommun only when its question alone, naming the kommun, gets one of its words. For `respektive`
only the words one kommun has and the other has not count, and the pair is used only when each has such words.

The halves keep the round's split: the kommuner of the seen `detail.yaml` and `places.yaml` cases that pass
alone, develop = the unnumbered top-level sets and rounds v2–v16, check = v17–v23 less the develop kommuner
(so no check message is built on a develop kommun). Read the check half at the start and the end only.
A part's check: a detail case's scorer groups (`first`/`not_first` left out); an aspect's expected word.

Round twenty-four (multi24), main's code at eb277dd → the branch's end: develop 279 → 24 failing of 1,674
(respektive 106 → 0, a detail last 170 → 21, three aspects 1 → 1, folded 2 → 2: "habo" folded is Håbo or Habo);
check 12 → 2 of 78 (19 kommuner not in develop). What is left: a detail asked last whose answer comes from a
follow-up's passage other than the one it gets alone (the operative agreement's year, BRÅ's members, "varför …"),
a long reply cut before its last part, English clauses inside a Swedish message.

Run: `python -m benchmarks.joined_multi [OUT.json] [develop|check]`. It prints tried/failed per shape and per
aspect, and writes the failures to OUT.json.
"""

from __future__ import annotations

import random
import sys
from collections import defaultdict
from typing import Any

import yaml

from benchmarks.blind import ROOT, failures, fold, last_reply, report
from benchmarks.joined import expected
from benchmarks.joined_details import part_failures, without_kommun
from bot.answering.knowledge_model import Municipality
from bot.cli.services import build_engine

HALVES = {"develop": ["", *(f"v{n}/" for n in range(2, 17))], "check": [f"v{n}/" for n in range(17, 24)]}
FILES = ("detail.yaml", "places.yaml")
ASPECTS = ("period", "signed", "police", "focus")

# An aspect's question: naming the kommun (first part), and without it (a later part).
NAMED = {"period": ["vilken period gäller överenskommelsen i {name}", "hur länge gäller avtalet i {name}",
                    "när går överenskommelsen i {name} ut"],
         "signed": ["vem skrev under överenskommelsen i {name}", "vilka undertecknade avtalet i {name}"],
         "police": ["vilket lokalpolisområde hör {name} till", "vilket polisområde tillhör {name}"],
         "focus": ["vad fokuserar {name} på", "vilka fokusområden har {name}"]}
LATER = {"period": ["hur länge gäller det", "när går den ut", "vilken period gäller den"],
         "signed": ["vem skrev under", "vilka har skrivit på"],
         "police": ["vilket lokalpolisområde hör kommunen till", "vilket polisområde är det"],
         "focus": ["vilka är fokusområdena", "vad fokuserar man på"]}
YEARS = ["vilka år gäller överenskommelsen i {name}", "vilka år gäller avtalet i {name}"]
BOTH = {"period": ["när går avtalen i {a} respektive {b} ut", "vilken period gäller överenskommelserna i {a} respektive {b}",
                   "hur länge gäller avtalet i {a} och i {b}"],
        "signed": ["vem skrev under i {a} respektive {b}", "vilka undertecknade avtalen i {a} respektive {b}",
                   "vem skrev under i {a} och i {b}"],
        "police": ["vilket lokalpolisområde hör {a} respektive {b} till", "vilka polisområden tillhör {a} och {b}"],
        "focus": ["vad fokuserar {a} respektive {b} på", "vilka fokusområden har {a} respektive {b}"]}

Case = tuple[str, int, dict[str, Any]]


def words(entry: Municipality, aspect: str) -> list[str]:
    if aspect == "focus":
        return sorted({area.title for area in entry.areas if area.title})
    return expected(entry, aspect)


def cases(half: str) -> list[Case]:
    out = []
    for prefix in HALVES[half]:
        for name in FILES:
            path = ROOT / f"eval/blind/{prefix}{name}"
            if not path.exists():
                continue
            for i, case in enumerate(yaml.safe_load(path.read_text(encoding="utf-8")) or []):
                if (isinstance(case, dict) and case.get("q") and case.get("kommun")
                        and "en" not in (case.get("tags") or [])):
                    out.append((str(path.relative_to(ROOT)), i, case))
    return out


def join_parts(parts: list[str]) -> str:
    """"A, B och C?": parts joined by commas, the last by "och", each after the first lower-cased."""
    parts = [p.strip().rstrip("?.! ") for p in parts]
    parts = [parts[0][:1].upper() + parts[0][1:]] + [p[:1].lower() + p[1:] for p in parts[1:]]
    return f"{', '.join(parts[:-1])} och {parts[-1]}?" if len(parts) > 1 else f"{parts[0]}?"


def has(reply: str, options: list[str]) -> int:
    """The first place of any of `options` in the reply, or -1."""
    body = fold(reply)
    spots = [body.find(fold(w)) for w in options if fold(w) in body]
    return min(spots) if spots else -1


def in_order(reply: str, names: tuple[str, ...], options: list[list[str]]) -> bool:
    """Each kommun named in the reply in the order asked, each one's own answer after its name (a year of
    the first kommun's period may also stand in the second's)."""
    body = fold(reply)
    at = [body.find(fold(name)) for name in names]
    if any(a < 0 for a in at) or at != sorted(at):
        return False
    return all(any(fold(w) in body[a:] for w in words) for a, words in zip(at, options))


def main(argv: list[str]) -> None:
    out = argv[0] if argv else ""
    half = argv[1] if len(argv) > 1 else "develop"
    engine = build_engine(None)
    knowledge = engine.knowledge

    def reply(text: str) -> dict[str, Any]:
        return last_reply(engine, [text])

    seen = {c[2]["kommun"] for c in cases("develop")} if half == "check" else set()
    passing = [c for c in cases(half) if c[2]["kommun"] in knowledge.municipalities and c[2]["kommun"] not in seen
               and not failures(c[2], reply(c[2]["q"]))]
    details: dict[str, list[Case]] = defaultdict(list)
    for c in passing:
        if c[0].endswith("detail.yaml"):
            details[c[2]["kommun"]].append(c)
    kommuner = sorted({c[2]["kommun"] for c in passing})
    usable: dict[str, list[str]] = {}
    for k in kommuner:
        entry = knowledge.municipalities[k]
        usable[k] = [a for a in ASPECTS if words(entry, a)
                     and has(reply(NAMED[a][0].format(name=entry.name) + "?").get("text", ""), words(entry, a)) >= 0]
    counts: dict[str, dict[str, list[int]]] = {k: defaultdict(lambda: [0, 0]) for k in ("shape", "aspect")}
    failed: list[dict[str, Any]] = []

    def ask(shape: str, text: str, parts: list[tuple[str, Any]], keys: list[str], extra: dict[str, Any],
            names: tuple[str, ...] = ()) -> None:
        got = reply(text)
        body = got.get("text", "")
        why: list[str] = []
        for n, (kind, part) in enumerate(parts, 1):
            if kind == "case":
                why.extend(f"part {n}: {w}" for w in part_failures(part, got))
            elif has(body, part[1]) < 0:
                why.append(f"part {n} ({part[0]}): none of {part[1]}")
        if shape == "respektive" and not why and not in_order(body, names, [p[1][1] for p in parts]):
            why.append("the second kommun's answer before the first's")
        counts["shape"][shape][0] += 1
        counts["shape"][shape][1] += bool(why)
        for key in keys:
            counts["aspect"][key][0] += 1
            counts["aspect"][key][1] += bool(why)
        if why:
            failed.append({"shape": shape, "text": text, "why": why, "reply": body, **extra})

    for k in kommuner:
        entry = knowledge.municipalities[k]
        rnd = random.Random(f"{k}joined_multi")
        aspects = usable[k]
        if len(aspects) >= 3:
            chosen = rnd.sample(aspects, 3)
            text = join_parts([rnd.choice(NAMED[chosen[0]]).format(name=entry.name)]
                              + [rnd.choice(LATER[a]) for a in chosen[1:]])
            ask("three", text, [("aspect", (a, words(entry, a))) for a in chosen], chosen, {"kommun": k})
        if len(aspects) >= 2:
            for path, i, case in details[k]:
                chosen = rnd.sample(aspects, 2)
                last = without_kommun(case["q"], entry)
                if any(fold(w) in fold(case["q"]) for a in chosen for w in words(entry, a)):
                    continue
                text = join_parts([rnd.choice(NAMED[chosen[0]]).format(name=entry.name), rnd.choice(LATER[chosen[1]]), last])
                ask("detail_last", text, [("aspect", (a, words(entry, a))) for a in chosen] + [("case", case)],
                    chosen, {"kommun": k, "file": path, "case": i})
        if "period" in aspects and len(aspects) >= 2:
            other = rnd.choice([a for a in aspects if a != "period"])
            text = fold(join_parts([rnd.choice(YEARS).format(name=entry.name), rnd.choice(LATER[other])]))
            ask("folded", text, [("aspect", (a, words(entry, a))) for a in ("period", other)], ["period", other], {"kommun": k})
    for n, a in enumerate(kommuner):
        rnd = random.Random(f"{a}joined_multi_pair")
        others = kommuner[n + 1:]
        if not others:
            continue
        for b in rnd.sample(others, min(2, len(others))):
            ea, eb = knowledge.municipalities[a], knowledge.municipalities[b]
            common = [x for x in ASPECTS if x in usable[a] and x in usable[b]]
            if not common:
                continue
            aspect = rnd.choice(common)
            wa, wb = words(ea, aspect), words(eb, aspect)
            own_a = [w for w in wa if not any(fold(w) in fold(v) or fold(v) in fold(w) for v in wb)]
            own_b = [w for w in wb if not any(fold(w) in fold(v) or fold(v) in fold(w) for v in wa)]
            if not own_a or not own_b:
                continue
            text = join_parts([rnd.choice(BOTH[aspect]).format(a=ea.name, b=eb.name)])
            ask("respektive", text, [("aspect", (f"{aspect} {a}", own_a)), ("aspect", (f"{aspect} {b}", own_b))],
                [aspect], {"kommun": [a, b]}, (ea.name, eb.name))
    tried = sum(n for n, _ in counts["shape"].values())
    print(f"{half}: {len(kommuner)} kommuner, {len(passing)} cases pass alone; {tried} joined, {len(failed)} fail "
          f"({1 - len(failed) / max(1, tried):.3f} kept)")
    report(counts, failed, out, width=14)


if __name__ == "__main__":
    main(sys.argv[1:])
