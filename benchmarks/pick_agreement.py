"""Which of a kommun's agreements is meant (issue #31 items 1 and 5): a probe of the agreement picker.

Many entries hold several agreements: a samverkansöverenskommelse and medborgarlöften of different years, or a
city's promises for its districts. A question that names one of them by its year, by the month and year it began
or was signed, by its kind's word alone (when the entry has one of that kind), or by the district its title names,
must be answered from that agreement, not with the kommun's newest or with all of them.

Part one (the entries): for every entry with two or more agreements, each agreement with focus areas is asked of
by each selector that picks it alone among the entry's agreements, as the probe reads them (not as the bot does):
- `year`: its first year (start, else signing), when no other agreement of its kind has that year in its period;
- `month`: the month and year it began or was signed ("löftet från november 2019"), when no other agreement of
  its kind began or was signed that month;
- `kind`: its kind's word alone ("Sölvesborgs samverkansöverenskommelse"), when it is the entry's only one of it;
- `district`: the place its title names after "Medborgarlöfte (för)" when that is not the kommun's name
  ("Hisings Backa", "Rosengård", "Västra Göteborg").
Each is asked in the shapes of `SHAPES` (Swedish and English, kommun first and place first; a district by its
name, lower-cased "västra" too). A reply passes when it is about the kommun, holds one of the agreement's own
area titles (in the reply's language, a title no other agreement of the entry holds) and none of the other
agreements' own titles (a distinct fact of another agreement is the must_not).

Part two (the seen rounds): the `places.yaml` cases of the develop half (`eval/blind/v2`–`v16` and the unnumbered
files) and of the check half (`v17`–`v25`), scored as score.py does (`benchmarks/blind.py`): their failures.

The entries are split develop/check by a hash of the id (`answer_kinds.half`); the check half is read at the
start and at the end only.

Measured (pick26, 7 December 2026), failing of tried, main's 68b80d5 → the branch's end: entries develop 659 → 9 of
798, check 975 → 56 of 1,206 (check read at those two points only; a first version, which held the kommun-wide
agreement beside a district's promise as wrong and said "avtalet 2023" of a samverkansöverenskommelse, read develop
667 and check 979 on main); places sets develop 22 → 22 of 1,180, check 23 → 22 of 702. At the start a year, a
month or a kind got every agreement of the kommun, and an English "What does X's 2019 … focus on?" was checked as a
claimed year ("Yes, 2019 agrees with the source."). Left: districts the resolver does not know as places
("Nordost"), a district whose promise's sentences are quoted before the focus (Skäggetorp), and a month that
is also a word of a quoted sentence ("november", Nyköping's signers).

Run: `python -m benchmarks.pick_agreement [develop|check] [OUT.json]`: tried/failing per selector and shape, the
places sets' failures of the half, and the entries' failures in OUT.json.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

from benchmarks.answer_kinds import half
from benchmarks.blind import ROOT, failures, fold, last_reply
from benchmarks.probe_tally import tally
from bot.answering.knowledge_model import Agreement, Municipality
from bot.dates import MONTHS_EN, MONTHS_SV
from bot.text import genitive

DEVELOP = [""] + [f"v{n}" for n in range(2, 17)]
CHECK = [f"v{n}" for n in range(17, 26)]

# Shape -> (language, wording): {K} the kommun, {Ks} its genitive, {g} the selector after a genitive
# ("medborgarlöfte 2024"), {d} the selector in the definite ("medborgarlöftet 2024").
SHAPES: dict[str, tuple[str, str]] = {
    "sv_gen": ("sv", "Vad handlar {Ks} {g} om?"),
    "sv_first": ("sv", "{K}: vad fokuserar {d} på?"),
    "sv_in": ("sv", "vilka fokusområden har {d} i {K}?"),
    "en_gen": ("en", "What does {K}'s {g} focus on?"),
    "en_first": ("en", "{K}: what is {d} about?"),
}
DISTRICT_SHAPES: dict[str, tuple[str, str]] = {
    "sv_district": ("sv", "Vad lovar polisen och kommunen i {D}?"),
    "sv_district_k": ("sv", "Jag bor i {D} i {K}, vad har polisen lovat här?"),
    "sv_district_promise": ("sv", "Vad handlar medborgarlöftet för {D} om?"),
    "en_district": ("en", "What is the promise for {D} about?"),
}
_WORDS = {  # kind -> language -> (after a genitive, definite)
    "medborgarlofte": {"sv": ("medborgarlöfte", "medborgarlöftet"), "en": ("citizen promise", "the citizen promise")},
    "samverkansoverenskommelse": {"sv": ("samverkansöverenskommelse", "samverkansöverenskommelsen"),
                                  "en": ("cooperation agreement", "the cooperation agreement")},
}
_SHORT = {"medborgarlofte": {"sv": ("löfte", "löftet"), "en": ("promise", "the promise")},
          # "avtal" and "agreement" alone are a resident's loose words for any of the kommun's agreements
          "samverkansoverenskommelse": {"sv": ("samverkansavtal", "samverkansavtalet"),
                                        "en": ("cooperation agreement", "the cooperation agreement")}}
MIN_TITLE = 8  # an area title shorter than this ("Trafik") is too likely inside another's words


def _first(a: Agreement) -> Any:
    return a.start or a.signed


def _covers(a: Agreement, year: int) -> bool:
    first = _first(a)
    if first is None:
        return False
    last = a.end.year if a.end is not None else first.year
    return first.year <= year <= last


def selectors(muni: Municipality, a: Agreement) -> list[tuple[str, dict[str, tuple[str, str]]]]:
    """The selectors that pick `a` alone among the entry's agreements, each with its words per language."""
    out: list[tuple[str, dict[str, tuple[str, str]]]] = []
    same = [b for b in muni.agreements if b is not a and b.kind == a.kind]
    first = _first(a)
    if first is not None and not any(_covers(b, first.year) for b in same):
        y = first.year
        w, s = _WORDS[a.kind], _SHORT[a.kind]
        out.append(("year", {"sv": (f"{w['sv'][0]} {y}", f"{s['sv'][1]} {y}"),
                             "en": (f"{y} {w['en'][0]}", f"the {y} {s['en'][0]}")}))
    for date in (a.start, a.signed):
        if date is None or date.month is None:
            continue
        taken = any((d.year, d.month) == (date.year, date.month) for b in same for d in (b.start, b.signed)
                    if d is not None and d.month is not None)
        if not taken:
            s = _SHORT[a.kind]
            msv, men = MONTHS_SV[date.month - 1], MONTHS_EN[date.month - 1]
            out.append(("month", {"sv": (f"{s['sv'][0]} från {msv} {date.year}", f"{s['sv'][1]} från {msv} {date.year}"),
                                  "en": (f"{s['en'][0]} from {men} {date.year}",
                                         f"{s['en'][1]} from {men} {date.year}")}))
            break
    if not same:
        out.append(("kind", {lang: _WORDS[a.kind][lang] for lang in ("sv", "en")}))
    return out


_DISTRICT = re.compile(r"^Medborgarlöfte(?:t)?\s+(?:för\s+)?((?:[A-ZÅÄÖ][\wåäö-]+)(?:\s+[A-ZÅÄÖ][\wåäö-]+)?)")


def district(muni: Municipality, a: Agreement) -> str:
    """The district an agreement's title names ("Medborgarlöfte Hisings Backa 2024–2025"), or ""."""
    m = _DISTRICT.match(a.title)
    if a.kind != "medborgarlofte" or not m:
        return ""
    place = m.group(1)
    if fold(muni.name) in fold(place) or fold(place).startswith(fold(muni.name)[:5]) or any(c.isdigit() for c in place):
        return ""
    return place


def _titles(a: Agreement, lang: str) -> list[str]:
    return [(area.title_en or area.title) if lang == "en" else area.title for area in a.areas]


def _text(a: Agreement) -> str:
    return fold(" ".join(f"{x.title} {x.title_en} {x.text} {x.text_en}" for x in a.areas) + f" {a.title} {a.title_en}")


def expected(muni: Municipality, a: Agreement, lang: str, same_kind: bool = False) -> tuple[list[str], list[str]]:
    """`a`'s own area titles (found in no other agreement's words), and the others' own titles (not in `a`'s);
    `same_kind`: only the others of its kind are wrong (a district's promise, beside the kommun-wide agreement of
    the other kind, which holds for the district too: district_agreements.py)."""
    others = [b for b in muni.agreements if b is not a]
    mine = [t for t in _titles(a, lang) if len(t) >= MIN_TITLE and not any(fold(t) in _text(b) for b in others)]
    theirs = [t for b in others if not same_kind or b.kind == a.kind for t in _titles(b, lang)
              if len(t) >= MIN_TITLE and fold(t) not in _text(a) and not any(fold(t) in fold(m) for m in mine)]
    return mine, theirs


def questions(knowledge: Any, which: str) -> list[dict[str, Any]]:
    out = []
    for muni in sorted(knowledge.municipalities.values(), key=lambda m: m.id):
        if half(muni.id) != which or len(muni.agreements) < 2:
            continue
        for a in muni.agreements:
            cases: list[tuple[str, str, str]] = []  # (selector, shape, question)
            for sel, words in selectors(muni, a):
                for shape, (lang, template) in SHAPES.items():
                    g, d = words[lang]
                    q = template.format(K=muni.name, Ks=genitive(muni.name), g=g, d=d)
                    cases.append((sel, shape, q[0].upper() + q[1:]))
            place = district(muni, a)
            if place:
                for shape, (lang, template) in DISTRICT_SHAPES.items():
                    cases.append(("district", shape, template.format(D=place, K=muni.name)))
                if " " in place:  # "västra Göteborg": its first word in lower case, as residents write it
                    low = place[0].lower() + place[1:]
                    cases.append(("district", "sv_district_lc", f"vad lovar polisen i {low}?"))
            for sel, shape, q in cases:
                lang = "en" if shape.startswith("en") else "sv"
                mine, theirs = expected(muni, a, lang, same_kind=sel == "district")
                if not mine:
                    continue
                out.append({"kommun": muni.id, "agreement": a.id, "selector": sel, "shape": shape, "q": q,
                            "must": mine, "must_not": theirs})
    return out


def passes(case: dict[str, Any], reply: dict[str, Any]) -> bool:
    text = fold(reply.get("text", ""))
    return (reply.get("municipality") == case["kommun"] and any(fold(t) in text for t in case["must"])
            and not any(fold(t) in text for t in case["must_not"]))


def places_failures(engine: Any, rounds: list[str]) -> tuple[int, list[dict[str, Any]]]:
    """The seen places sets of the rounds: cases tried and those failing, as score.py scores them."""
    tried, failed = 0, []
    for r in rounds:
        path = ROOT / "eval" / "blind" / r / "places.yaml"
        if not path.exists():
            continue
        for case in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            turns = case.get("turns") or [case["q"]]
            reply = last_reply(engine, turns)
            tried += 1
            why = failures(case, reply)
            if why:
                failed.append({"set": r, "turns": turns, "why": why})
    return tried, failed


def main(argv: list[str]) -> None:
    from bot.cli.services import build_engine

    which = argv[0] if argv else "develop"
    out = argv[1] if len(argv) > 1 else None
    engine = build_engine(None)
    cases = questions(engine.knowledge, which)
    counts, failed = tally(engine, cases, passes, lambda case: (case["selector"], case["shape"]))
    for (sel, shape), (n, bad) in sorted(counts.items()):
        print(f"  {sel:8} {shape:20} {n:5} tried, {bad:5} fail")
    print(f"{which} entries: {len(cases)} tried, {len(failed)} fail")
    tried, seen = places_failures(engine, DEVELOP if which == "develop" else CHECK)
    print(f"{which} places sets: {tried} tried, {len(seen)} fail")
    if out and which == "develop":
        Path(out).write_text(json.dumps({"entries": failed, "places": seen}, ensure_ascii=False, indent=1),
                             encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
