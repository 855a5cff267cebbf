"""Follow-ups that keep what the last answer was about (issue #31, item 2), built from the entries (round 27).

Each conversation opens on one kommun A's agreement and follows with a turn that leaves something out:
- `earlier`: A's newest agreement's focus asked by its years, then an earlier one of A asked back by ITS years
  ("och medborgarlöftet innan, 2022–2023?", "And the citizen promise before that, 2022–2023?"): one of that
  agreement's area titles must be a line of the reply, and none of the newest's that the earlier one lacks;
- `possessive`: A's focus, then another kommun B with a possessive ("Och Y, vad har de för fokus i sin nya?",
  "and y, what do they focus on in their new one?"): one of B's newest agreement's area titles, about B;
- `short`: how A works with the police, then B alone in lower case ("och orsa", "and orsa"): about B (the aspect
  is the opening answer's, which varies with A's entry);
- `length`: what A's agreement of a kind and years promises, then "hur många år gäller den?" / "how many years does
  it run?": the count of its years (end − start or one more, in digits or words), about A;
- `person`: A's agreement of a year, then "vem var kommunpolis då?" / "vem var polischef då?" / "who was the police
  chief then?": the surname of a person in that role whose source is that agreement's, about A.

Messages are in Swedish and English, some in lower case. The split is by A's id (sha1, even: develop, odd: check),
as in carried_switch.py. Run: `python -m benchmarks.follows_detail [OUT.json] [develop|check|all]`.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from dataclasses import dataclass
from typing import Any

from bot.answering.knowledge import Agreement, Knowledge, Municipality
from bot.text import fold, genitive

KIND_SV = {"medborgarlofte": "medborgarlöftet", "samverkansoverenskommelse": "samverkansöverenskommelsen"}
KIND_SV_BARE = {"medborgarlofte": "medborgarlöfte", "samverkansoverenskommelse": "samverkansöverenskommelse"}
KIND_EN = {"medborgarlofte": "citizen promise", "samverkansoverenskommelse": "cooperation agreement"}
NUMBERS = {1: ("ett", "one"), 2: ("två", "two"), 3: ("tre", "three"), 4: ("fyra", "four"), 5: ("fem", "five"),
           6: ("sex", "six"), 7: ("sju", "seven")}
ROLES = {"community_police": ("vem var kommunpolis då?", "who was the community police officer then?"),
         "police_chief": ("vem var polischef då?", "who was the police chief then?")}


@dataclass(frozen=True)
class Case:
    half: str
    shape: str
    a: str
    kommun: str  # the kommun the last reply must be about
    turns: tuple[str, ...]
    expected: tuple[str, ...]  # one of these (folded) in the last reply; listed as a line when `listed`
    listed: bool = False
    not_listed: tuple[str, ...] = ()


def entry_half(mid: str) -> str:
    return "develop" if int(hashlib.sha1(mid.encode()).hexdigest(), 16) % 2 == 0 else "check"


def _y(date: Any) -> int | None:
    return int(str(date)[:4]) if date is not None else None


def years(a: Agreement) -> str:
    s, e = _y(a.start), _y(a.end)
    return f"{s}–{e}" if s and e and e != s else str(s)


def titles(a: Agreement) -> tuple[str, ...]:
    return tuple(x for area in a.areas for x in (area.title, area.title_en) if x)


def _dated(m: Municipality) -> list[Agreement]:
    return sorted((a for a in m.agreements if a.kind in KIND_SV and _y(a.start)), key=lambda a: str(a.start))


def _unique_years(m: Municipality, a: Agreement) -> bool:
    return sum(1 for x in m.agreements if x.kind == a.kind and years(x) == years(a)) == 1


def cases(knowledge: Knowledge) -> list[Case]:
    ms = knowledge.municipalities
    with_areas = sorted(mid for mid, m in ms.items() if any(a.areas for a in _dated(m)))
    out: list[Case] = []
    for aid in sorted(ms):
        m = ms[aid]
        dated = _dated(m)
        if not dated:
            continue
        half, rnd, gen = entry_half(aid), random.Random(f"follows27{aid}"), genitive(m.name)
        newest = dated[-1]
        # earlier: the newest by its years, then an earlier one by its years
        earlier = [a for a in dated[:-1] if a.areas and _y(a.start) != _y(newest.start) and _unique_years(m, a)]
        if newest.areas and earlier and _unique_years(m, newest):
            old = rnd.choice(earlier)
            lacks = tuple(t for t in titles(newest) if fold(t) not in {fold(x) for x in titles(old)})
            out.append(Case(half, "earlier", aid, aid, (f"Vad fokuserar {gen} {KIND_SV_BARE[newest.kind]} {years(newest)} på?",
                                                         f"och {KIND_SV[old.kind]} innan, {years(old)}?"),
                            titles(old), True, lacks))
            out.append(Case(half, "earlier", aid, aid, (f"What does {m.name}'s {years(newest)} {KIND_EN[newest.kind]} focus on?",
                                                         f"And the {KIND_EN[old.kind]} before that, {years(old)}?"),
                            titles(old), True, lacks))
        # possessive and short: another kommun
        others = [b for b in with_areas if b != aid]
        if others and any(a.areas for a in dated):
            bid = rnd.choice(others)
            mb = ms[bid]
            b_newest = _dated(mb)[-1]
            if b_newest.areas:
                out.append(Case(half, "possessive", aid, bid, (f"Vilka fokusområden har {m.name} i sin {KIND_SV_BARE[newest.kind]}?",
                                                                f"Och {mb.name}, vad har de för fokus i sin nya?"),
                                titles(b_newest), True))
                out.append(Case(half, "possessive", aid, bid, (f"which focus areas does {m.name.lower()} have?",
                                                                f"and {mb.name.lower()}, what do they focus on in their new one?"),
                                titles(b_newest), True))
            # the same aspect as the opening's answer (the parties, the way of working): what B's is varies
            out.append(Case(half, "short", aid, bid, (f"Hur samarbetar {m.name} kommun med polisen?", f"och {mb.name.lower()}"),
                            ()))
            out.append(Case(half, "short", aid, bid, (f"how does {m.name.lower()} work with the police?", f"and {mb.name.lower()}"),
                            ()))
        # length: an agreement with both years
        spans = [a for a in dated if _y(a.end) and _y(a.end) != _y(a.start) and _unique_years(m, a)]
        if spans:
            a = rnd.choice(spans)
            n = (_y(a.end) or 0) - (_y(a.start) or 0)
            counts = tuple(x for k in (n, n + 1) if k in NUMBERS for x in (f"{k} år", f"{k} year", *NUMBERS[k]))
            out.append(Case(half, "length", aid, aid, (f"Vad lovar {gen} {KIND_SV_BARE[a.kind]} {years(a)}?",
                                                        "hur många år gäller den?"), counts))
            out.append(Case(half, "length", aid, aid, (f"What does {m.name}'s {KIND_EN[a.kind]} {years(a)} promise?",
                                                        "how many years does it run?"), counts))
        # person by time
        for role, (sv, en) in ROLES.items():
            for a in dated:
                if not _unique_years(m, a) or sum(1 for x in dated if _y(x.start) == _y(a.start)) != 1:
                    continue
                names = tuple(p.name.split()[-1] for p in m.people if p.role_key == role and p.source_id == a.source_id
                              and p.name.split())
                if not names:
                    continue
                others_have = {p.name.split()[-1] for p in m.people if p.role_key == role} - set(names)
                if others_have or rnd.random() < 0.5:
                    out.append(Case(half, "person", aid, aid, (f"{gen} {KIND_SV_BARE[a.kind]} {_y(a.start)}", sv), names))
                    out.append(Case(half, "person", aid, aid, (f"{m.name}'s {KIND_EN[a.kind]} from {_y(a.start)}", en), names))
    return out


def _listed(title: str, body: str) -> bool:
    """An area's title as a line of the reply ("1. Trygghet"), not the start of a longer title."""
    return re.search(r"(?:^|\n)[ •*]*(?:\d+\.\s*)?" + re.escape(fold(title)) + r"(?![ \t]*\w)", body) is not None


def why(c: Case, reply: dict[str, Any]) -> str:
    body = fold(reply.get("text", ""))
    if reply.get("municipality") != c.kommun:
        return f"municipality {reply.get('municipality')!r}"
    if c.expected:
        found = [x for x in c.expected if (_listed(x, body) if c.listed else re.search(r"\b" + re.escape(fold(x)) + r"\b", body))]
        if not found:
            return "missing"
    if any(_listed(x, body) for x in c.not_listed):
        return "the other agreement's areas"
    return ""


def run(engine: Any, which: str) -> dict[str, dict[str, Any]]:
    from benchmarks.blind import last_reply

    result: dict[str, dict[str, Any]] = {}
    for c in cases(engine.knowledge):
        if which != "all" and c.half != which:
            continue
        r = result.setdefault(f"{c.half}/{c.shape}", {"tried": 0, "failed": []})
        r["tried"] += 1
        reply = last_reply(engine, list(c.turns))
        reason = why(c, reply)
        if reason:
            r["failed"].append({"a": c.a, "turns": c.turns, "why": reason, "expected": c.expected[:3],
                                "reply": reply.get("text", "")[:300]})
    return result


def main(argv: list[str]) -> None:
    from benchmarks.carried import _print
    from bot.cli.services import build_engine

    out = argv[0] if argv else ""
    which = argv[1] if len(argv) > 1 else "all"
    result = run(build_engine(None), which)
    _print(result, width=20)
    if out:
        json.dump(result, open(out, "w", encoding="utf-8"), ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main(sys.argv[1:])
