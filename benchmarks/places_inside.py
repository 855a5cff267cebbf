"""Places inside passages probe: a district, village or ort that an entry names only inside a passage (a focus
area's sentence, a commitment, what the promise builds on), asked of as a resident asks of where they live.

Part one (the entries): every locality and district the resolver knows whose name a passage of its own entry
writes (`places_probe.places`), asked in the shapes of `SHAPES`: "jag bor i X …", "X och resten av kommunen
<period>", "varför nämns X i Ks löfte?" / "why is X mentioned …", a follow-up after a question about the
kommun ("och X då?", "What does it say about X?"), and the kommun written by a short form of its name
(kommuner.yaml's aliases, "Ö-vik") with the place in English. A reply passes when it is about the place's
kommun, is no concern form, opens with no denial ("No, that is not right", "Nej"), and holds a passage of the
entry that names the place, in the reply's language (`places_probe.naming_texts`). A shape that asks what is
promised (`PROMISED_SHAPES`) needs more, where the entry has it: a sentence of a focus area or a commitment
(kinds `area`, `measure`) that names the place, not only what the promise builds on.

The entries are split in halves by a hash of the kommun's id (md5's first byte even: develop, odd: check).

Part two (the seen rounds): the cases of `places.yaml` in the develop rounds (`eval/blind/v2`–`v16` and the
unnumbered file) and the check rounds (`v17`–`v26`), counted as score.py counts them.

Read the check half at the start and at the end only.

Measured (places27, 7 December 2026), failing of tried, main's 3b8e63d → the branch's end, all shapes above:
entries develop 176 → 3 of 630, check 157 → 14 of 685; seen places.yaml develop 21 → 21 of 1,180, check 26 → 25
of 774. At the start: "varför nämns X?" / "why is X mentioned" answered with the agreement's purpose (read as
"varför"), "jag bor i X och känner mig otrygg, vad lovar de?" the concern form, "I live in X" a sentence not
naming X, the basis sentence alone where a commitment names X, and "The promise in Ö-vik is about X" denied
("Ö-vik" taken for a place the agreement lacks). Left at the end (develop): a name that is no place ("Våga
värna", a programme the resolver lists) and "Hisingen", answered by the sentence on Hisings Backa.

Run: `python -m benchmarks.places_inside [OUT.json] [develop|check|all]`. Prints tried/failing per shape and
half, and writes the develop half's failures to OUT.json.
"""

from __future__ import annotations

import glob
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import yaml

from benchmarks import blind
from benchmarks.blind import ROOT
from benchmarks.places_probe import _clean, _pattern, genitive, naming_texts, places
from benchmarks.probe_tally import tally

DEVELOP_ROUNDS = [""] + [f"v{n}" for n in range(2, 17)]
CHECK_ROUNDS = [f"v{n}" for n in range(17, 27)]

# Shape -> (language, turns); {p} the place, {k} the kommun, {kg} its genitive, {y} a period of the agreement
# that names the place, {a} a short form of the kommun's name. "||" parts the turns of a conversation.
SHAPES: dict[str, tuple[str, str]] = {
    "sv_bor_lovat": ("sv", "Jag bor i {p}. Har polisen lovat något för vår stadsdel?"),
    "sv_bor_otrygg": ("sv", "jag bor i {p} och känner mig otrygg, vad lovar de?"),
    "sv_bor_gor": ("sv", "Vi bor i {p}, vad gör polisen och kommunen här?"),
    "sv_period": ("sv", "Vad har polisen lovat för {p} och resten av kommunen {y}?"),
    "sv_why": ("sv", "Varför nämns {p} i {kg} löfte?"),
    "sv_why_short": ("sv", "varför står {p} med?"),
    "en_why": ("en", "Why is {p} mentioned in {kg} promise?"),
    "en_live": ("en", "I live in {p}. What have the police promised for my neighbourhood?"),
    "sv_follow": ("sv", "Vad lovar {k}? || och {p} då?"),
    "sv_follow_star": ("sv", "Vad har {k} för fokusområden? || Vad står det om {p}?"),
    "en_follow": ("en", "What does {k} promise? || What does it say about {p}?"),
    "en_follow_switch": ("en", "Vad lovar {k}? || What does it say about {p}?"),
    "en_follow_why": ("en", "What are {kg} focus areas? || Why is {p} mentioned?"),
    "sv_follow_bor": ("sv", "Vad gör {k}? || jag bor i {p}, gör de något där?"),
    "en_alias": ("en", "What has {a} promised for {p}?"),
    "en_alias_claim": ("en", "I heard {a} promised more police in {p}. Is that right?"),
    "en_alias_about": ("en", "The promise in {a} is about {p}, isn't it?"),
    "sv_alias_about": ("sv", "Löftet i {a} handlar om {p}, eller hur?"),
}
PROMISED_SHAPES = frozenset(("sv_bor_lovat", "sv_bor_otrygg", "sv_bor_gor", "sv_period", "en_live", "sv_follow",
                             "en_follow", "en_follow_switch", "sv_follow_bor", "en_alias", "en_alias_claim"))
PROMISED_KINDS = frozenset(("area", "measure"))
DENIALS = ("no, that is not right", "no, ", "nej, ", "that is not right", "det stammer inte")


def half_of(kommun_id: str) -> str:
    return "develop" if hashlib.md5(kommun_id.encode()).digest()[0] % 2 == 0 else "check"


def short_forms(engine: Any, kommun_name: str) -> list[str]:
    """kommuner.yaml's aliases of the kommun, and a shortening "X-vik" of a compound name ending in a word
    of its own ("Örnsköldsvik": "Ö-vik"), when that is an alias too."""
    aliases = yaml.safe_load(open(ROOT / "knowledge/kommuner.yaml", encoding="utf-8")).get("aliases") or {}
    return list(aliases.get(kommun_name, ()))


def promised_texts(engine: Any, kommun_id: str, place: str, language: str) -> list[str]:
    """The focus areas' and commitments' sentences (or labels) of the entry that name the place."""
    pattern = _pattern(place)
    return [p.text if pattern.search(p.text) else p.label for p in engine.passages.of(kommun_id, language)
            if p.kind in PROMISED_KINDS and (pattern.search(p.text) or pattern.search(p.label))]


def _period(engine: Any, kommun_id: str, place: str) -> str:
    """The years of an agreement whose passage names the place ("2023–2024"), or ""."""
    pattern = _pattern(place)
    entry = engine.knowledge.municipalities.get(kommun_id)
    ids = [p.agreement_id for p in engine.passages.of(kommun_id, "sv") if pattern.search(p.text) or pattern.search(p.label)]
    for agreement in entry.agreements if entry else ():
        if agreement.id in ids and agreement.start:
            start, end = agreement.start.year, agreement.end.year if agreement.end else None
            return f"{start}–{end}" if end and end != start else str(start)
    return ""


def cases(engine: Any, which: str) -> list[dict[str, Any]]:
    out = []
    for place, kid, kommun in places(engine):
        half = half_of(kid)
        if which not in ("all", half):
            continue
        for shape, (language, wording) in SHAPES.items():
            texts = naming_texts(engine, kid, place, language)
            if not texts:
                continue
            fill = {"p": place, "k": kommun, "kg": genitive(kommun) if language == "sv" else kommun + "'s",
                    "y": _period(engine, kid, place) if "{y}" in wording else ""}
            if "{y}" in wording and not fill["y"]:
                continue
            for alias in short_forms(engine, kommun) if "{a}" in wording else [""]:
                turns = [t.strip().format(a=alias, **fill) for t in wording.split("||")]
                promised = promised_texts(engine, kid, place, language) if shape in PROMISED_SHAPES else []
                out.append({"half": half, "shape": shape, "q": turns[-1], "turns": turns, "kommun": kid,
                            "texts": texts, "promised": promised})
    return out


def why_fails(case: dict[str, Any], reply: dict[str, Any]) -> list[str]:
    why = []
    if reply.get("municipality") != case["kommun"]:
        why.append(f"municipality {reply.get('municipality')!r}")
    if reply.get("topic") == "feedback":
        why.append("concern form")
    body = _clean(reply.get("text", ""))
    if any(body.startswith(d) for d in DENIALS):
        why.append("denial")
    if not any(_clean(t) in body for t in case["texts"]):
        why.append("no passage naming the place")
    elif case["promised"] and not any(_clean(t) in body for t in case["promised"]):
        why.append("no commitment naming the place")
    return why


def seen(engine: Any, rounds: list[str]) -> tuple[int, int]:
    """Tried and failing places.yaml cases of the rounds, as score.py counts them."""
    tried = bad = 0
    for r in rounds:
        for path in sorted(glob.glob(str(ROOT / "eval/blind" / r / "places.yaml"))):
            for case in yaml.safe_load(open(path, encoding="utf-8")) or []:
                if not isinstance(case, dict):
                    continue
                tried += 1
                bad += bool(blind.failures(case, blind.last_reply(engine, case.get("turns") or [case["q"]])))
    return tried, bad


def main(argv: list[str]) -> None:
    from bot.cli.services import build_engine

    out = argv[0] if argv else ""
    which = argv[1] if len(argv) > 1 else "all"
    engine = build_engine(None)

    def passes(case: dict[str, Any], reply: dict[str, Any]) -> bool:
        case["why"] = why_fails(case, reply)
        return not case["why"]

    built = cases(engine, which)
    counts, failed = tally(engine, built, passes, lambda c: (c["half"], c["shape"]))
    for (half, shape), (n, bad) in sorted(counts.items()):
        if half == "develop":  # the check half: its totals only
            print(f"  {half:8} {shape:16} {n:5} tried, {bad:4} fail")
    for half, rounds in (("develop", DEVELOP_ROUNDS), ("check", CHECK_ROUNDS)):
        if which not in ("all", half):
            continue
        n = sum(v[0] for (h, _), v in counts.items() if h == half)
        bad = sum(v[1] for (h, _), v in counts.items() if h == half)
        print(f"{half:10} entries {n:5} tried, {bad:4} fail")
        n, bad = seen(engine, rounds)
        print(f"{half:10} seen places.yaml {n:5} tried, {bad:4} fail")
    if out:
        keep = [{k: v for k, v in f.items() if k != "texts"} for f in failed if f["half"] == "develop"]
        Path(out).write_text(json.dumps(keep, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
