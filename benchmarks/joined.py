"""Two questions in one message: does the reply still answer both (a probe of the joined class).

Each single-message case of the seen blind `detail.yaml` and `places.yaml` sets that names a kommun and
passes alone is joined with a second question about a fixed aspect of the same kommun, whose expected
content is read from the ENTRY (never from a reply):

- `signed`: who signed (the surname of a person marked `signed: true`);
- `period`: when it ends (an agreement's end year; its start year when the source gives no end);
- `police`: which local police area the kommun belongs to (`police_area`, or the police party's name).

Why these files: a detail or places case is one question about one passage of the entry, the shape whose
second half residents most often add ("…, och när går det ut?"); the premises sets are claims answered by a
correction, a different reply, and the multi sets are already joined.

Each case is joined in both orders (`after`: the original first, the aspect's question after it without the
kommun, as a resident writes it; `before`: the aspect's question first, naming the kommun) with a joint
chosen per case by a seed from the case's path, so that two runs and two worktrees agree. English cases
(tag `en`) get English questions and joints. A joined case passes when the original case's scorer check
passes on the joined reply AND one of the aspect's expected words is in it.

Run: `python -m benchmarks.joined [OUT.json] [develop|check|all]` (develop: rounds v2–v16; check: v17–v21).
It prints tried/failed per joint, per order and per aspect, and writes the failures to OUT.json.
"""

from __future__ import annotations

import random
import re
import sys
from collections import defaultdict
from typing import Any

import yaml

from benchmarks.blind import ROOT, failures, fold, last_reply, report
from bot.answering.knowledge_model import Municipality
from bot.cli.services import build_engine

ROUNDS = {"develop": range(2, 17), "check": range(17, 22), "all": range(2, 22)}
FILES = ("detail.yaml", "places.yaml")

# Joints: (text between the two questions, whether the second question starts a sentence).
JOINTS_SV = [(", och ", False), (" och ", False), ("? Och ", True), (". Dessutom: ", True)]
JOINTS_EN = [("; and ", False), ("? Also, ", False), (", and ", False), ("? And ", True)]

# The aspect's question: without the kommun (after the original) and naming it (before the original).
QUESTIONS: dict[str, dict[str, tuple[list[str], list[str]]]] = {
    "sv": {
        "signed": (["vem skrev under", "vilka undertecknade överenskommelsen", "vem har skrivit på"],
                   ["vem skrev under i {name}", "vilka undertecknade överenskommelsen i {name}"]),
        "period": (["när går det ut", "hur länge gäller det", "vilken period gäller överenskommelsen"],
                   ["när går överenskommelsen i {name} ut", "hur länge gäller avtalet i {name}"]),
        "police": (["vilket lokalpolisområde hör kommunen till", "vilket polisområde är det"],
                   ["vilket lokalpolisområde hör {name} till", "vilket polisområde tillhör {name}"]),
    },
    "en": {
        "signed": (["who signed it", "who put their names to the agreement"],
                   ["who signed the agreement in {name}", "who signed for {name}"]),
        "period": (["when does it end", "how long does it run"],
                   ["when does the agreement in {name} end", "how long does {name}'s agreement run"]),
        "police": (["which local police area is it", "which police area does it belong to"],
                   ["which local police area covers {name}", "which police area is {name} in"]),
    },
}


def expected(entry: Municipality, aspect: str) -> list[str]:
    """What a reply to the aspect must hold, read from the entry; empty when the entry cannot answer it."""
    if aspect == "signed":
        return sorted({p.name.split()[-1] for p in entry.people if p.signed})
    if aspect == "period":
        # "när går det ut?" after a question about one agreement asks about that one: any agreement's end
        # year answers it, or its start year when its source gives no end ("från juli 2023").
        dates = [a.end or a.start or a.signed for a in entry.agreements]
        return sorted({str(d.year) for d in dates if d is not None})
    if aspect == "police":
        # The police area's own name, or the police party's name, which names the area as its source does
        # ("Lokalpolisen i Haninge/Nynäshamn").
        area = entry.police_area
        words = [f"lokalpolisområde {area}", f"polisområde {area}", f"police area {area}"] if area else []
        return words + [name for p in entry.parties if "polis" in fold(p.name) and fold(p.name) != "polisen"
                        for name in (p.name, p.name_en) if name]
    return []


def _sentence_end(text: str) -> str:
    return re.sub(r"[\s?.!]+$", "", text.strip())


def _lower_first(text: str) -> str:
    # Lower the first letter, as a resident writes a second clause, unless it starts an acronym ("VPC").
    return text if len(text) > 1 and text[1].isupper() else text[:1].lower() + text[1:]


def join(first: str, second: str, joint: str, starts: bool) -> str:
    second = second[:1].upper() + second[1:] if starts else _lower_first(second)
    return f"{_sentence_end(first)}{joint}{_sentence_end(second)}?"


def is_english(case: dict[str, Any]) -> bool:
    return "en" in (case.get("tags") or [])


def cases(which: str) -> list[tuple[str, int, dict[str, Any]]]:
    out = []
    for n in ROUNDS[which]:
        for name in FILES:
            path = ROOT / f"eval/blind/v{n}/{name}"
            if not path.exists():
                continue
            for i, case in enumerate(yaml.safe_load(path.read_text(encoding="utf-8")) or []):
                if isinstance(case, dict) and case.get("q") and case.get("kommun"):
                    out.append((str(path.relative_to(ROOT)), i, case))
    return out


def main(argv: list[str]) -> None:
    out = argv[0] if argv else ""
    which = argv[1] if len(argv) > 1 else "develop"
    engine = build_engine(None)
    knowledge = engine.knowledge

    def reply(text: str) -> dict[str, Any]:
        return last_reply(engine, [text])

    counts: dict[str, dict[str, list[int]]] = {k: defaultdict(lambda: [0, 0]) for k in ("joint", "order", "aspect")}
    failed: list[dict[str, Any]] = []
    tried = alone = 0
    for path, i, case in cases(which):
        if failures(case, reply(case["q"])):
            continue
        alone += 1
        entry = knowledge.municipalities.get(case["kommun"])
        if entry is None:
            continue
        lang = "en" if is_english(case) else "sv"
        rnd = random.Random(f"{path}{i}joined")
        aspects = [a for a in ("signed", "period", "police")
                   if expected(entry, a) and not any(fold(w) in fold(case["q"]) for w in expected(entry, a))]
        if not aspects:
            continue
        aspect = rnd.choice(aspects)
        words = expected(entry, aspect)
        after_qs, before_qs = QUESTIONS[lang][aspect]
        for order in ("after", "before"):
            joint, starts = rnd.choice(JOINTS_EN if lang == "en" else JOINTS_SV)
            if order == "after":
                text = join(case["q"], rnd.choice(after_qs), joint, starts)
            else:
                text = join(rnd.choice(before_qs).format(name=entry.name), case["q"], joint, starts)
                text = text[:1].upper() + text[1:]
            got = reply(text)
            why = failures(case, got)
            if not any(fold(w) in fold(got.get("text", "")) for w in words):
                why.append(f"{aspect}: none of {words}")
            tried += 1
            for kind, key in (("joint", joint.strip() or joint), ("order", order), ("aspect", aspect)):
                counts[kind][key][0] += 1
                counts[kind][key][1] += bool(why)
            if why:
                failed.append({"file": path, "case": i, "order": order, "aspect": aspect, "joint": joint,
                               "text": text, "why": why, "reply": got.get("text", "")})
    print(f"{which}: {alone} cases pass alone; {tried} joined, {len(failed)} fail "
          f"({1 - len(failed) / max(1, tried):.3f} kept)")
    report(counts, failed, out)


if __name__ == "__main__":
    main(sys.argv[1:])
