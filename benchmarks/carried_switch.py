"""The switch mode of `benchmarks/carried.py`: a follow-up that changes the kommun and keeps the aspect AND the year
or the agreement kind asked before ("och Trosa samma period?", "samma sak för Y?", "and Y that year?", "och Y:s
löfte då?" after a question about X's promise of 2024's focus, signers or end date).

Built from the entries (round twenty-four): for each kommun A with a dated agreement, for each aspect (focus, signers,
end) that A's agreement has, a kommun B that also has agreements (seeded by A's id and the aspect; half of the
time one with an agreement of the same kind that starts the same year, where there is one). The conversation is
an opening that asks A's aspect of its agreement of that kind and year ("Vad är fokus i Ales medborgarlöfte
2024?", "Who signed Ale's citizen promise from 2024?") and a switch to B in one of several phrasings. The opening
must itself be answered right (the same check, on A; for the end and the signers not with A's overview), or the
pair is left out: this counts the follow-up only.

What the reply to the switch must hold, read from B's ENTRY:
- when B has an agreement of that kind starting that year (else one whose dates cover it): its aspect (one of
  its area titles; the surname of a signer its source or signing note names; its end year), and for the end and
  the signers not the area titles of that agreement as lines of the reply (the overview instead of what was
  asked);
- otherwise every year B's agreements of that kind start (it says which years B has), at most three;
- in both, the reply is about B (its `municipality`).

The split is by entry hash (A's id, sha1, even: develop, odd: check), so two runs and two worktrees agree.
Run: `python -m benchmarks.carried OUT.json develop|check|all --switch`.
"""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass
from typing import Any

from bot.answering.knowledge import Agreement, Knowledge, Municipality
from bot.text import fold, genitive

KIND_SV = {"medborgarlofte": ("medborgarlöfte", "löfte"), "samverkansoverenskommelse": ("samverkansöverenskommelse",
                                                                                       "avtal")}
KIND_EN = {"medborgarlofte": ("citizen promise", "promise"), "samverkansoverenskommelse": ("cooperation agreement",
                                                                                          "agreement")}
OPENING_SV = {"focus": "Vad är fokus i {ag} {kind} {year}?",
              "signers": "Vilka skrev under {ag} {kind} {year}?",
              "end": "När går {ag} {kind} {year} ut?"}
OPENING_EN = {"focus": "What are the focus areas of {a}'s {kind} from {year}?",
              "signers": "Who signed {a}'s {kind} from {year}?",
              "end": "When does {a}'s {kind} from {year} end?"}
# The switch, by name: {b} the kommun, {bg} its genitive, {short} the kind's short word.
SWITCH_SV = {"samma_period": "och {b} samma period?",
             "samma_sak": "samma sak för {b}?",
             "deras_då": "och {bg} {short} då?",
             "samma_år": "Hur ser det ut för {b} samma år?",
             "då_samma": "och {b} då, samma år?"}
SWITCH_EN = {"en_that_year": "and {b} that year?",
             "en_same_for": "same for {b}?",
             "en_what_about": "what about {b}'s {short}?",
             "en_same_period": "And {b} in the same period?"}


@dataclass(frozen=True)
class Switch:
    half: str
    aspect: str
    phrasing: str
    a: str
    b: str
    turns: tuple[str, str]
    expected: tuple[str, ...]  # one of these, folded, must be in the last reply
    every: tuple[str, ...] = ()  # each of these must be
    not_in: tuple[str, ...] = ()  # none of these may be
    opening_expected: tuple[str, ...] = ()
    opening_not_in: tuple[str, ...] = ()  # the opening answered with A's overview is no opening of the aspect


def entry_half(mid: str) -> str:
    return "develop" if int(hashlib.sha1(mid.encode()).hexdigest(), 16) % 2 == 0 else "check"


def _year(date: Any) -> int | None:
    return int(str(date)[:4]) if date is not None else None


def _aspect(m: Municipality, a: Agreement, aspect: str) -> tuple[str, ...]:
    if aspect == "focus":
        return tuple(x for area in a.areas for x in (area.title, area.title_en) if x)
    if aspect == "signers":  # those its source names, or its signing note (as the bot ties people to it)
        return tuple(p.name.split()[-1] for p in m.people if p.signed and p.name.split()
                     and (p.source_id == a.source_id or p.name in a.signed_note))
    return (str(_year(a.end)),) if _year(a.end) is not None else ()


def _of_year(m: Municipality, kind: str, year: int) -> Agreement | None:
    """The agreement of the kind that starts that year, else the one whose dates cover it."""
    of_kind = [a for a in m.agreements if a.kind == kind]
    return next((a for a in of_kind if _year(a.start) == year), None) or next(
        (a for a in of_kind if (_year(a.start) or 9999) <= year <= (_year(a.end) or 0)), None)


def switches(knowledge: Knowledge) -> list[Switch]:
    ms = knowledge.municipalities
    with_agreements = sorted(mid for mid, m in ms.items() if any(_year(a.start) for a in m.agreements))
    out: list[Switch] = []
    for aid in with_agreements:
        ma = ms[aid]
        for aspect in ("focus", "signers", "end"):
            rnd = random.Random(f"switch24{aid}{aspect}")
            own = [a for a in ma.agreements if a.kind in KIND_SV and _year(a.start) and _aspect(ma, a, aspect)
                   and sum(1 for x in ma.agreements if x.kind == a.kind and _year(x.start) == _year(a.start)) == 1]
            if not own:
                continue
            agreement = rnd.choice(own)
            year = _year(agreement.start) or 0
            same = [b for b in with_agreements if b != aid and (x := _of_year(ms[b], agreement.kind, year))
                    and _aspect(ms[b], x, aspect)]
            others = [b for b in with_agreements if b != aid and _of_year(ms[b], agreement.kind, year) is None
                      and any(x.kind == agreement.kind and _year(x.start) for x in ms[b].agreements)]
            pool = same if same and (rnd.random() < 0.5 or not others) else others
            if not pool:
                continue
            bid = rnd.choice(pool)
            mb = ms[bid]
            theirs = _of_year(mb, agreement.kind, year)
            if theirs is not None:
                expected, every = _aspect(mb, theirs, aspect), ()
                not_in = tuple(area.title for area in theirs.areas) if aspect != "focus" else ()
            else:
                starts = sorted({y for x in mb.agreements if x.kind == agreement.kind and (y := _year(x.start))})
                expected, every, not_in = (str(starts[0]),), tuple(str(y) for y in starts[-3:]), ()
            own_not_in = tuple(area.title for area in agreement.areas) if aspect != "focus" else ()
            for english in (False, True):
                kind = (KIND_EN if english else KIND_SV)[agreement.kind]
                opening = (OPENING_EN if english else OPENING_SV)[aspect].format(
                    a=ma.name, ag=genitive(ma.name), kind=kind[0], year=year)
                for name, text in (SWITCH_EN if english else SWITCH_SV).items():
                    turn = text.format(b=mb.name, bg=genitive(mb.name), short=kind[1])
                    out.append(Switch(entry_half(aid), aspect, name, aid, bid, (opening, turn), expected, every,
                                      not_in, _aspect(ma, agreement, aspect), own_not_in))
    return out


def _listed(title: str, body: str) -> bool:
    """An area's title as a line of the reply ("1. Trygghet"), not a word of another sentence."""
    return re.search(r"(?:^|\n)[ •*]*(?:\d+\.\s*)?" + re.escape(fold(title)), body) is not None


def why(s: Switch, reply: dict[str, Any], opening: bool = False) -> str:
    """Why the reply fails (the opening's reply checked against A when `opening`), or ""."""
    body = fold(reply.get("text", ""))
    if reply.get("municipality") != (s.a if opening else s.b):
        return f"municipality {reply.get('municipality')!r}"
    if opening:
        if any(_listed(x, body) for x in s.opening_not_in):
            return "opening: the overview"
        return "" if any(fold(x) in body for x in s.opening_expected) else "opening: aspect missing"
    if not any(fold(x) in body for x in s.expected):
        return "aspect missing"
    missing = [y for y in s.every if fold(y) not in body]
    if missing:
        return f"years missing {missing}"
    if any(_listed(x, body) for x in s.not_in):
        return "the overview, not the aspect"
    return ""


def run(engine: Any, which: str, last_reply: Any) -> dict[str, dict[str, Any]]:
    """tried/failed per half, aspect and phrasing; the failures of the halves asked."""
    result: dict[str, dict[str, Any]] = {}
    opened: dict[str, str] = {}
    for s in switches(engine.knowledge):
        if which != "all" and s.half != which:
            continue
        if s.turns[0] not in opened:
            opened[s.turns[0]] = why(s, last_reply([s.turns[0]]), opening=True)
        if opened[s.turns[0]]:
            continue
        r = result.setdefault(f"{s.half}/{s.aspect}/{s.phrasing}", {"tried": 0, "failed": []})
        r["tried"] += 1
        reason = why(s, last_reply(list(s.turns)))
        if reason:
            r["failed"].append({"a": s.a, "b": s.b, "turns": s.turns, "why": reason, "expected": s.expected[:3]})
    return result
