"""Carried follow-ups: a seen blind question asked again as the second turn, the kommun said only before.

For each passing single-message case with a `kommun` in the seen detail, places and multi rounds, whose message
names that kommun (by name or alias in `knowledge/kommuner.yaml`, in any form: genitive, "X kommun", folded) and
no other, the probe makes a two-turn conversation: an opening about the kommun (seeded per case, of one of a few
kinds), then the original message with the name taken out the way a resident would leave it out ("Vad gör Lunds
kommun mot X?" -> "Vad gör kommunen mot X?", "Ales löfte" -> "deras löfte", "i Ale" -> "där" or nothing,
"Ale:" heading dropped; English "in Ale" -> "there", "Ale's" -> "their"). The case passes when the scorer's check
of the original case passes on the last reply.

Why these three files: their questions ask the kommun's entry (a detail, a place inside it, several things at
once), so each has a standalone answer that the carried question should repeat. The follow-up files already are
conversations, and the refusal, not-now and premises files ask things where the kommun is not what is asked.

The rounds are split: v2-v16 (and the unnumbered top-level files) to develop on, v17-v21 to check on.
Run: `python -m benchmarks.carried [OUT.json] [develop|check|all]`. It prints tried/failed per opening kind and
writes the failures to OUT.json.

With `--switch` (round twenty-four) it runs the switch mode instead (`benchmarks/carried_switch.py`): built from
the entries, a follow-up that changes the kommun and keeps the aspect and the year or kind asked before ("och
Trosa samma period?"), split by entry hash. It prints tried/failed per half, aspect and phrasing. Counts (failed
of tried), round twenty-four, the final oracle on main's code (eb277dd) and on the branch's end: develop 410 ->
18 of 3,293, check 240 -> 18 of 2,092 (read before any code changed with the first oracle: 431 of 3,348 and 255 of
2,151; then, mended, 420 of 3,279 and 252 of 2,092; an area's title counts as the overview only as a line of the
reply since, which the start was taken again on).
"""

from __future__ import annotations

import glob
import json
import random
import re
import sys
from pathlib import Path
from collections.abc import Callable
from typing import Any

import yaml

from benchmarks import blind
from benchmarks.blind import ROOT
from bot.cli.services import build_engine
from bot.text import fold

FILES = ("detail", "places", "multi")
DEVELOP = [f"v{n}" for n in range(2, 17)]
CHECK = [f"v{n}" for n in range(17, 22)]

# Openings: the kind's name, and its wording with {name} for the kommun. Swedish for Swedish cases, English for `en`.
OPENINGS_SV: dict[str, str] = {
    "avtal": "Vad har {name} för avtal med polisen?",
    "berätta": "Berätta om {name}",
    "bor": "Jag bor i {name}.",
    "löften": "vilka medborgarlöften har {name}",
}
OPENINGS_EN: dict[str, str] = {
    "en_focus": "What does {name} focus on?",
    "en_tell": "Tell me about {name}",
    "en_live": "I live in {name}.",
}


def _names() -> tuple[dict[str, list[str]], set[str]]:
    """Each kommun's id with its names (name and aliases), and the names that are also everyday words."""
    listing = yaml.safe_load(open(ROOT / "knowledge/kommuner.yaml", encoding="utf-8"))
    aliases: dict[str, list[str]] = listing.get("aliases") or {}
    names: dict[str, list[str]] = {}
    for path in sorted((ROOT / "knowledge/municipalities").glob("*.yaml")):
        head = path.read_text(encoding="utf-8")[:400]
        kid = re.search(r"^id: (.+)$", head, re.M)
        name = re.search(r"^name: (.+)$", head, re.M)
        if kid and name:
            names[kid.group(1).strip()] = [name.group(1).strip()] + list(aliases.get(name.group(1).strip(), []))
    return names, set(listing.get("ambiguous") or [])


def _pattern(forms: list[str]) -> str:
    """A name in any written form: folded or not, with or without the genitive s."""
    alts = sorted({re.escape(f) for name in forms for f in (name, fold(name))}, key=len, reverse=True)
    return r"(?<![\w-])(?:" + "|".join(alts) + r")(?P<gen>s|'s|’s|'|’)?(?![\w-])"


def mentions(text: str, forms: list[str], ambiguous: bool) -> list[re.Match[str]]:
    """Where a kommun's name stands in a text (an everyday-word name only with a capital or before 'kommun')."""
    found = []
    for m in re.finditer(_pattern(forms), text, re.I):
        if ambiguous and not m.group(0)[0].isupper() and not re.match(r"\s+kommun", text[m.end():], re.I):
            continue
        found.append(m)
    return found


def _cap(word: str, m: re.Match[str]) -> str:
    """Upper-case the replacement only where it opens a sentence."""
    opens = not m.string[:m.start()].strip() or m.string[:m.start()].rstrip()[-1] in ".!?"
    return word[:1].upper() + word[1:] if opens else word


ENGLISH = {"the", "what", "who", "how", "is", "does", "and", "when", "which", "are", "there", "about", "any"}


def is_english(case: dict[str, Any]) -> bool:
    """An English case: tagged so, or written with English function words."""
    words = set(re.findall(r"[a-z']+", case["q"].lower()))
    return "en" in (case.get("tags") or []) or len(words & ENGLISH) >= 2


def take_out(text: str, forms: list[str], english: bool, rnd: random.Random) -> str:
    """The message with the kommun's name left out, as one would after saying it in the turn before."""
    name = _pattern(forms)
    # A heading "Ale:" / "Ale –" / "Ale kommun." at the start: dropped.
    out = re.sub(r"^\s*" + name + r"(?:\s+kommun)?\s*(?:[:,–—-]|\.\s)\s*", "", text, count=1, flags=re.I)
    if out != text:
        return out[:1].upper() + out[1:]
    if english:
        rules = [
            (r"\b(in|for|at|of|from|about|on)\s+(?:the\s+)?" + name + r"(?:\s+municipality)?",
             lambda m: (m.group(1) + " their" if m.group("gen") else
                       {"in": "there", "at": "there"}.get(m.group(1).lower(), m.group(1) + " them"))),
            (name + r"\s+municipality", lambda m: "the municipality"),
            (name, lambda m: "their" if m.group("gen") else "they"),
        ]
    else:
        there = rnd.choice(["där", "där", ""])
        rules = [
            # "Region Gotland" is the region; "centrala Sundsvall" is the town's centre.
            (r"\bregion\s+" + name, lambda m: "regionen" + (m.group("gen") or "")),
            (r"\bcentrala\s+" + name, lambda m: "centrum"),
            (name + r"\s+kommun(?P<kgen>s)?\b", lambda m: "kommunen" + ("s" if m.group("kgen") else "")),
            (r"\b(i|på)\s+" + name, lambda m: m.group(1) + " kommunens" if m.group("gen") else there),
            (r"\b(för|från|med|om|av|hos|till|inom)\s+" + name,
             lambda m: m.group(1) + (" kommunen" + (m.group("gen") or ""))),
            (name, lambda m: (rnd.choice(["kommunens", "deras"]) if m.group("gen") else "kommunen")),
        ]
    for pattern, repl in rules:
        def capped(m: re.Match[str], r: Callable[[re.Match[str]], str] = repl) -> str:
            return _cap(r(m), m)
        out = re.sub(pattern, capped, out, flags=re.I)
    out = re.sub(r"\s+([?.,!])", r"\1", re.sub(r"\s{2,}", " ", out)).strip()
    return out[:1].upper() + out[1:] if text[:1].isupper() else out


def cases(rounds: list[str]) -> list[tuple[str, int, dict[str, Any]]]:
    paths = [p for r in rounds for name in FILES for p in glob.glob(str(ROOT / f"eval/blind/{r}/{name}.yaml"))]
    found = []
    for path in sorted(paths):
        for i, case in enumerate(yaml.safe_load(open(path, encoding="utf-8")) or []):
            if "q" in case and "kommun" in case and not case.get("turns"):
                found.append((str(Path(path).relative_to(ROOT)), i, case))
    return found


def _print(result: dict[str, dict[str, Any]], width: int = 8) -> None:
    """tried/failed per key, then per half (a key's part before "/", where it has one) and in all."""
    halves: dict[str, list[int]] = {}
    for kind, r in sorted(result.items()):
        tried, failed = r["tried"], len(r["failed"])
        print(f"{kind:{width}} {tried:5} tried, {failed:4} fail ({1 - failed / max(1, tried):.3f} kept)")
        for key in {"all", kind.split("/")[0]} if "/" in kind else {"all"}:
            halves.setdefault(key, [0, 0])
            halves[key][0] += tried
            halves[key][1] += failed
    for key, (tried, failed) in sorted(halves.items()):
        print(f"{key:{width}} {tried:5} tried, {failed:4} fail ({1 - failed / max(1, tried):.3f} kept)")


def main(argv: list[str]) -> None:
    from benchmarks.blind import failures  # the scorer's own rules

    switch = "--switch" in argv
    argv = [a for a in argv if a != "--switch"]
    out = argv[0] if argv else ""
    which = argv[1] if len(argv) > 1 else "all"
    if switch:
        from benchmarks.carried_switch import run

        engine = build_engine(None)
        result = run(engine, which, lambda turns: blind.last_reply(engine, turns))
        _print(result, width=32)
        if out:
            json.dump(result, open(out, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        return
    rounds = {"develop": DEVELOP + ["."], "check": CHECK, "all": DEVELOP + ["."] + CHECK}[which]
    rounds = ["" if r == "." else r for r in rounds]
    engine = build_engine(None)
    names, ambiguous = _names()

    def last_reply(turns: list[str]) -> dict[str, Any]:
        return blind.last_reply(engine, turns)

    result: dict[str, dict[str, Any]] = {}
    for path, i, case in cases(rounds):
        kid, q = case["kommun"], case["q"]
        if kid not in names:
            continue
        own = mentions(q, names[kid], names[kid][0] in ambiguous)
        others = [k for k, forms in names.items() if k != kid and mentions(q, forms, forms[0] in ambiguous)]
        # A name inside a longer place name ("Örebro city", "Göteborg Nordost") is not the kommun said alone.
        inside = any(re.match(r"\s+(?:[A-ZÅÄÖ]\w+|city\b|centrum\b)", q[m.end():]) for m in own)
        if not own or others or inside or failures(case, last_reply([q])):
            continue
        english = is_english(case)
        rnd = random.Random(f"{path}{i}carried")
        kind, opening = rnd.choice(sorted((OPENINGS_EN if english else OPENINGS_SV).items()))
        said = own[0].group(0)
        said = said[:-2] if said.endswith(("'s", "’s")) else (said[:-1] if own[0].group("gen") else said)
        turns = [opening.format(name=said), take_out(q, names[kid], english, rnd)]
        r = result.setdefault(kind, {"tried": 0, "failed": []})
        r["tried"] += 1
        why = failures(case, last_reply(turns))
        if why:
            r["failed"].append({"file": path, "case": i, "turns": turns, "why": why})
    _print(result)
    if out:
        json.dump(result, open(out, "w", encoding="utf-8"), ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main(sys.argv[1:])
