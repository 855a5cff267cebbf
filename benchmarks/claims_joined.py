"""Joined false premises (issue #31 item 4): a claim that holds a year AND a place, a subject, a focus area or a
signer, built from every entry, each part true or false, asked of the bot. Round twenty-five (premises25),
written before any code of that round changed.

For every entry with a dated agreement (the latest medborgarlöfte, else the latest agreement, with a start year):
- the year: its start year (true) or a year no agreement of the entry has or spans (false);
- `place`: a locality of the entry that the agreement's own text names (true), or a locality of another entry in
  another county that the entry's file never names (false);
- `focus`: an everyday topic whose Swedish stem stands in one of the agreement's focus-area titles (true), or one
  none of whose stems stands anywhere in the entry's file (false; the topics of `claims_tag.py`);
- `signer`: a person who signed for the entry (true) or who signed another entry's agreement, sharing no first name
  or surname with this entry's people (false), written in lower case ("skrev lars jansson under?") and by the
  first name only ("signerade anna avtalet?").
Each kind is crossed: true year + false part, false year + true part, both true, both false (a kind with no true
part in the entry gives the two combinations it can), in several shapes: a statement + "stämmer det?", "var X med
i …?", "pekade … ut X?", hearsay ("jag hörde att …", "I read that … was all about X"), English questions and tags.

A claim with a false part fails when the reply opens with a yes ("Ja", "Yes", "Det stämmer", …), when it names
nothing the entry does say of the false part (a false year: a year of the entry's agreements; a false place or
focus: one of the agreement's focus-area titles, or "nämns inte"/"not mentioned"/"inte med"/"not part"; a false
signer: a signer's surname or the entry's note on the signing), or when the false year stands in its first line
with no negation. With both parts false, either correction counts (the first false part answered). A claim with
both parts true fails when the reply opens with a no ("Nej", "No", "Det stämmer inte").

Split by entry: sha1 of the id, even `develop`, odd `check` (read at a round's start and end only). Also counted:
the seen premises sets, `eval/blind/premises.yaml` and `v2`–`v16` (develop), `v17`–`v24` (check), as score.py
scores them.

Counts (failed of tried), premises25, the oracle as mended before the end (a word-bounded "Ja" so "Järvsö …" opens
with none; a signing year for the signer kind; "ligger i"/"does not mention" as corrections of a place; no false
year for an entry with an undated agreement), main's code at b188590 against the branch's: develop 1,193 -> 23 of
7,904, check 805 -> 11 of 5,024; seen premises v2-v16 12 -> 11 of 962, v17-v24 19 -> 17 of 478 (check half read at
the start and the end only). First read, before that oracle's mending and any code: develop 1,324 of 8,416, check 877 of 5,408.

Run from the worktree: `python -m benchmarks.claims_joined [OUT.json] [--reveal] [--kind KIND] [--half HALF] [--no-seen]`
(failures of the check half and the check sets' cases only with --reveal).
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from benchmarks import blind
from benchmarks.claims_tag import TOPICS
from bot.answering.conversation import Conversation
from bot.answering.knowledge import Agreement, Knowledge, Municipality
from bot.cli.services import build_engine
from bot.text import fold, genitive

# {k} the kommun, {kg} its genitive, {y} the year, {v} the part (Swedish), {ve} the part in English.
SHAPES: dict[str, tuple[str, ...]] = {
    "place": ("{kg} medborgarlöfte {y} pekade ut {v}, stämmer det?",
              "Var {v} med i {kg} löfte {y}?",
              "Pekade {kg} avtal från {y} ut {v}?",
              "Jag hörde att {kg} löfte {y} handlade om {v}",
              "I read that {k}'s {y} promise was all about {v}",
              "Was {v} part of {k}'s agreement in {y}?",
              "löftet i {k} {y} gällde väl {v}?",
              "{kg} avtal {y} handlar om {v}, eller hur?"),
    "focus": ("{kg} medborgarlöfte {y} handlade om {v}, stämmer det?",
              "Var {v} med i {kg} löfte {y}?",
              "Pekade {kg} avtal från {y} ut {v}?",
              "Jag hörde att {kg} löfte {y} handlade om {v}",
              "I read that {k}'s {y} promise was all about {ve}",
              "{k}'s agreement from {y} focuses on {ve}, right?",
              "min granne säger att {kg} löfte {y} satsade på {v}!",
              "Is it true that {ve} was in {k}'s {y} agreement?"),
    "signer": ("skrev {v} under {kg} avtal {y}?",
               "signerade {v} avtalet i {k} {y}?",
               "{kg} löfte {y} undertecknades av {v}, stämmer det?",
               "Var det {v} som skrev under i {k} {y}?",
               "Did {v} sign {k}'s agreement in {y}?",
               "jag hörde att {v} skrev på {kg} avtal {y}",
               "{v} signed for {k} in {y}, right?",
               "skrev {f} under {kg} avtal {y}?"),
}
# The opening's first words, whole ("Järvsö ligger i …" opens with no "Ja").
YES = re.compile(r"(ja|yes|det stammer|stammer|correct|that's right|thats right|right|true)\b(?! inte| not)")
NO = re.compile(r"(nej|no|det stammer inte|that is not right|that's not right)\b")
NOT_SAID = ("namns inte", "not mentioned", "inte med", "not part", "tas inte upp", "not taken up", "inte i ",
            "not in ", "ligger i", "lies in", "is in", "does not mention")
NEGATION = re.compile(r"\b(nej|inte|ej|no|not|ingen|inget|inga|saknar|never|aldrig)\b")
SEEN = tuple(f"v{i}" for i in range(2, 17))
CHECKED = tuple(f"v{i}" for i in range(17, 25))


@dataclass(frozen=True)
class Probe:
    kind: str
    shape: int
    combo: str  # "TF": the year true, the part false; "FT", "TT", "FF"
    muni: str
    text: str
    year_facts: tuple[str, ...]  # what corrects a false year
    part_facts: tuple[str, ...]  # what corrects a false part
    wrong_year: str = ""


def half(mid: str) -> str:
    return "develop" if int(hashlib.sha1(mid.encode()).hexdigest(), 16) % 2 == 0 else "check"


def _year(date: Any) -> int | None:
    return int(str(date)[:4]) if date is not None else None


def _agreement(m: Municipality) -> Agreement | None:
    dated = [a for a in m.agreements if _year(a.start) is not None]
    promises = [a for a in dated if a.kind.startswith("medborgar")]
    return max(promises or dated, key=lambda a: (_year(a.start) or 0, _year(a.end) or 0)) if dated else None


def _spanned(m: Municipality) -> set[int]:
    years = set()
    for a in m.agreements:
        first = _year(a.start) or _year(a.signed)
        last = _year(a.end) or first
        if first is not None and last is not None:
            years |= set(range(first, last + 1))
        years |= {y for y in (_year(a.signed),) if y is not None}
    return years


def _text(a: Agreement) -> str:
    return fold(" ".join(f"{x.title} {x.text} {' '.join(x.measures)}" for x in a.areas))


def _file(m: Municipality) -> str:
    try:
        return fold(open(blind.ROOT / "knowledge/municipalities" / f"{m.id}.yaml", encoding="utf-8").read())
    except OSError:
        return ""


def _ask(template: str, m: Municipality, year: int, value: str, value_en: str = "", first: str = "") -> str:
    folded = template.endswith("!")
    text = template.rstrip("!").format(k=m.name, kg=genitive(m.name), y=year, v=value, ve=value_en or value, f=first)
    return text.translate(str.maketrans("åäöÅÄÖ", "aaoAAO")) if folded else text


def probes(knowledge: Knowledge) -> list[Probe]:
    ms = knowledge.municipalities
    signers = sorted({p.name for m in ms.values() for p in m.people if p.signed and len(p.name.split()) >= 2})
    localities = sorted({(loc, m.county) for m in ms.values() for loc in m.localities
                         if len(loc) > 3 and " " not in loc and loc != m.name})
    out: list[Probe] = []
    for mid in sorted(ms):
        m = ms[mid]
        a = _agreement(m)
        if a is None:
            continue
        rnd = random.Random(f"joined25{mid}")
        true_year = _year(a.start) or 0
        spanned = _spanned(m)
        undated = any(x.start is None and x.signed is None for x in m.agreements)
        false_year = next(y for y in (true_year - rnd.choice((3, 4)), true_year - 6, true_year - 8, 2001)
                          if y not in spanned)
        year_facts = tuple(str(y) for y in sorted({y for x in m.agreements
                                                   for y in (_year(x.start), _year(x.end), _year(x.signed))
                                                   if y is not None}))
        text, whole = _text(a), _file(m)
        titles = tuple(t for x in a.areas if x.kind == "focus_area" for t in (x.title, x.title_en) if t)
        all_titles = tuple(t for x in m.areas if x.title for t in (x.title, x.title_en) if t)
        parts: dict[str, tuple[tuple[str, str, str] | None, tuple[str, str, str] | None, tuple[str, ...]]] = {}
        own_places = [loc for loc in m.localities if len(loc) > 3 and fold(loc) in text and fold(loc) != fold(m.name)]
        others = [loc for loc, county in localities if county != m.county and fold(loc) not in whole]
        if others:
            parts["place"] = ((own_places[0], own_places[0], "") if own_places else None,
                              (lambda p: (p, p, ""))(rnd.choice(others)), all_titles + NOT_SAID)
        true_topics = [t for t in TOPICS if any(t[2][0] in fold(x.title) for x in a.areas if x.kind == "focus_area")]
        false_topics = [t for t in TOPICS if not any(s in whole for s in t[2])]
        if false_topics and all_titles:
            tt, ft = (rnd.choice(true_topics) if true_topics else None), rnd.choice(false_topics)
            parts["focus"] = ((tt[0], tt[1], "") if tt else None, (ft[0], ft[1], ""), all_titles + NOT_SAID)
        # a signer's true year: that of the agreement of the signer's source (signed, else its start)
        by_source = {x.source_id: _year(x.signed) or _year(x.start) for x in m.agreements}
        own = [p for p in m.people if p.signed and len(p.name.split()) >= 2 and by_source.get(p.source_id)]
        signed_year = {"signer": by_source[own[0].source_id] or true_year} if own else {}
        if own:
            names = {fold(w) for p in m.people for w in p.name.split()}
            wrong = [n for n in signers if not {fold(w) for w in n.split()} & names]
            other = rnd.choice(wrong)
            notes = tuple(x.signed_note for x in m.agreements if x.signed_note)
            parts["signer"] = ((own[0].name.lower(), own[0].name, own[0].name.split()[0].lower()),
                               (other.lower(), other, other.split()[0].lower()),
                               tuple(p.name.split()[-1] for p in own) + notes)
        for kind, (true_part, false_part, facts) in parts.items():
            for combo in ("TF", "FT", "TT", "FF"):
                part = false_part if combo[1] == "F" else true_part
                if part is None:
                    continue
                if combo[0] == "F" and undated:
                    continue  # an agreement with no dates might have had any year: no year is false
                year = (signed_year.get(kind, true_year) if combo[0] == "T" else false_year)
                for i, shape in enumerate(SHAPES[kind]):
                    value, value_en = (part[0], part[0]) if kind == "signer" else (part[0], part[1])
                    text_ = _ask(shape, m, year, value, value_en, part[2])
                    out.append(Probe(kind, i, combo, mid, text_, (*year_facts, *titles) if combo[0] == "F" else (),
                                     facts if combo[1] == "F" else (), str(year) if combo[0] == "F" else ""))
    return out


def failure(probe: Probe, reply: str) -> str:
    body = fold(reply)
    opening = body[:60].lstrip("*• ")
    if probe.combo == "TT":
        return "denied" if NO.match(opening) else ""
    if YES.match(opening):
        return "confirmed"
    facts = [fold(x) for x in (*probe.year_facts, *probe.part_facts)]
    if not any(x in body for x in facts):
        return "no correction"
    first = body.split("\n", 1)[0]
    if probe.wrong_year and probe.wrong_year in first and not NEGATION.search(first):
        return "wrong year stated"
    return ""


def seen(engine: Any, rounds: tuple[str, ...], top: bool) -> tuple[int, int, list[dict[str, Any]]]:
    """The seen premises sets of `rounds` (and the unnumbered one with `top`): failed, tried, the failures."""
    paths = [blind.ROOT / "eval/blind" / r / "premises.yaml" for r in rounds]
    paths = ([blind.ROOT / "eval/blind/premises.yaml"] if top else []) + paths
    failed, tried, cases = 0, 0, []
    for path in paths:
        if not path.exists():
            continue
        for case in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            turns = case.get("turns") or [case["q"]]
            why = blind.failures(case, blind.last_reply(engine, turns))
            tried += 1
            if why:
                failed += 1
                cases.append({"file": str(path.relative_to(blind.ROOT)), "q": turns[-1], "why": why})
    return failed, tried, cases


def main(argv: list[str]) -> None:
    reveal = "--reveal" in argv
    kinds = {argv[i + 1] for i, a in enumerate(argv) if a == "--kind" and i + 1 < len(argv)}
    halves = {argv[i + 1] for i, a in enumerate(argv) if a == "--half" and i + 1 < len(argv)}
    out = next((a for a in argv if a.endswith(".json")), "")
    engine = build_engine(None)
    tried: Counter[tuple[str, str, str]] = Counter()
    failed: Counter[tuple[str, str, str]] = Counter()
    failures: list[dict[str, Any]] = []
    for probe in probes(engine.knowledge):
        if kinds and probe.kind not in kinds:
            continue
        group = half(probe.muni)
        if halves and group not in halves:
            continue
        answer = engine.answer(probe.text, Conversation())
        why = failure(probe, answer.text) or ("wrong kommun" if answer.municipality != probe.muni else "")
        tried[group, probe.kind, probe.combo] += 1
        if why:
            failed[group, probe.kind, probe.combo] += 1
            if reveal or group == "develop":
                failures.append({"half": group, "kind": probe.kind, "shape": probe.shape, "combo": probe.combo,
                                 "muni": probe.muni, "q": probe.text, "why": why, "reply": answer.text[:300]})
    for group in ("develop", "check"):
        for kind in SHAPES:
            cells = " ".join(f"{c}:{failed[group, kind, c]}/{tried[group, kind, c]}" for c in ("TF", "FT", "TT", "FF"))
            print(f"{group:8} {kind:7} {cells}")
        f = sum(n for k, n in failed.items() if k[0] == group)
        t = sum(n for k, n in tried.items() if k[0] == group)
        print(f"{group:8} {f:5}/{t:5} failed ({1 - f / max(1, t):.3f} held)")
    if reveal:
        shapes: Counter[tuple[str, int, bool]] = Counter()
        for x in failures:
            shapes[x["kind"], x["shape"], x["half"] == "check"] += 1
        print("failures by shape (develop, check):",
              " ".join(f"{k}{i}:{shapes[k, i, False]},{shapes[k, i, True]}" for k in SHAPES for i in range(len(SHAPES[k]))))
    if "--no-seen" not in argv:
        f, t, cases = seen(engine, SEEN, True)
        print(f"seen premises v2-v16 {f}/{t} failed")
        failures += [{"half": "seen", **c} for c in cases]
        if not halves or "check" in halves:
            f, t, cases = seen(engine, CHECKED, False)
            print(f"seen premises v17-v24 {f}/{t} failed")
            if reveal:
                failures += [{"half": "seen_check", **c} for c in cases]
    if out:
        json.dump(failures, open(out, "w", encoding="utf-8"), ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main(sys.argv[1:])
