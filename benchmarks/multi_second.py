"""Two questions of one entry in one message, the second asking more of the first's answer (multi26).

What strangers' multi messages still failed (issue #31 item 3): a word of the SECOND clause ("båda", "both",
"respektive", "de") read the whole message as a comparison, so the first clause's aspect was lost; a second
clause that asks more of the first clause's answer (the other kommuner of the police area just named, whether
the agreement just dated still holds, how it is followed up) answered with the first aspect only; "vilka står
bakom X" and "vilka två fokusområden" read as the wrong aspect. Built from the ENTRIES, Swedish unless said:

- `pair`: two aspects of one kommun, the kommun named in the first clause only, the second with a pronoun
  ("det", "den", "de") or none, joined by varied connectors (" och ", ", och ", "? ", ". Och ", ", samt ");
  aspects: period, signed, police, members (the other kommuner of its police area, asked only after police),
  focus (also "vilka tre fokusområden", the count before the noun), follow_up, status;
- `both`: one aspect asked of two kommuner in the first clause, a second aspect asked of "båda"/"both" (English
  with English words) in the second: each kommun's own word of each aspect.

A part's expected words are read from the entry (never from a reply): `joined.expected` for period/signed/police,
the other member kommuner of the police area, any focus area's title, the first words of a follow-up statement,
and a status phrase. An aspect is used for a kommun only when its question alone, naming the kommun, gets one
of those words. For `both` only words one kommun has and the other has not count.

Halves: the entries by a hash of their id (md5's first byte even = develop, odd = check); read the check half at
the start and the end only. `--seen` also counts the seen `multi.yaml` cases that fail: develop = the top-level
set and v2–v16, check = v17–v25.

Round twenty-six (multi26), main's code at 68b80d5 → the branch's end: develop 75 → 0 failing of 958 / 955 joined
(the joined count is of the aspects each kommun's question gets alone, so it moves with the code), check 77 → 2 of
1,038 / 1,036; the seen multi cases 26 of 902 (develop) and 50 of 693 (check) failing at both ends. What the start
failed: the police area then "vilka andra kommuner ingår?" (two answers of the "parties" aspect taken for one ask,
the message read whole: "Tillhör nämns inte"); the focus areas then "är den fortfarande giltig?" (not cut, read as
the period); "båda" in the second clause after two kommuner (read as what the two share); "vilka står bakom …"
(what the promise builds on); "när skrevs medborgarlöftet …" (its content). Not built: places, "hon"/"han" of a
person (the follow-up "skrev hon under?" answers with the person's role only), the length in years as an entry
words it.

Run: `python -m benchmarks.multi_second [OUT.json] [develop|check] [--seen]`.
"""

from __future__ import annotations

import hashlib
import random
import sys
from collections import defaultdict
from typing import Any

import yaml

from benchmarks.blind import ROOT, failures, fold, last_reply, report
from benchmarks.joined import expected
from bot.answering.knowledge_model import Municipality
from bot.cli.services import build_engine

SEEN = {"develop": ["", *(f"v{n}/" for n in range(2, 17))], "check": [f"v{n}/" for n in range(17, 26)]}
STATUS = ["gäller fortfarande", "har upphört", "tills vidare", "slutdatum anges inte", "inget slutdatum",
          "fortfarande gäller", "period anges inte", "varken period eller datum", "still in force", "has ended",
          "until further notice", "no end date"]
# "vilka står bakom …" asks who is behind the agreement: its signers, or its parties as the answer lists them.
PARTIES = ["Parter i ", "The parties in "]

# An aspect asked naming the kommun (first clause), and of the first clause's answer (second clause).
NAMED = {"period": ["hur länge gäller avtalet i {name}", "vilka år gäller överenskommelsen i {name}",
                    "när går samverkansavtalet i {name} ut", "när skrevs överenskommelsen i {name}",
                    "när skrevs medborgarlöftet i {name}"],
         "signed": ["vem skrev under avtalet i {name}", "vilka står bakom överenskommelsen i {name}",
                    "vilka undertecknade avtalet i {name}", "vilka {s} personer skrev under avtalet i {name}"],
         "police": ["vilket lokalpolisområde tillhör {name}", "vilket polisområde hör {name} till"],
         "focus": ["vad fokuserar {name} på", "vilka fokusområden har {name}", "vilka {n} fokusområden har {name}"],
         "follow_up": ["hur följs arbetet upp i {name}", "hur följer man upp avtalet i {name}"],
         "status": ["gäller avtalet i {name} fortfarande", "är överenskommelsen i {name} fortfarande giltig"]}
LATER = {"period": ["hur länge gäller det", "vilka år gäller den", "när går det ut", "hur länge gäller de"],
         "signed": ["vem skrev under det", "vilka skrev på den", "vilka står bakom den", "vilka var de som skrev under"],
         "police": ["vilket lokalpolisområde hör kommunen till", "vilket polisområde ligger den i"],
         "members": ["vilka andra kommuner ingår", "vilka fler kommuner hör till det", "vilka andra kommuner ingår där"],
         "focus": ["vad fokuserar den på", "vilka fokusområden har det", "vilka {n} fokusområden har den",
                   "vad fokuserade de på"],
         "follow_up": ["hur följs det upp", "hur följer de upp det", "hur ska det följas upp"],
         "status": ["gäller det fortfarande", "är den fortfarande giltig", "gäller den än", "är det fortfarande i kraft"]}
JOINTS = [" och ", ", och ", "? ", ". Och ", ", samt ", " – och ", "; "]
NUMBERS = {2: "två", 3: "tre", 4: "fyra", 5: "fem"}
BOTH_FIRST = {"period": ["hur länge gäller avtalen i {a} och {b}", "vilka år gäller överenskommelserna i {a} och {b}"],
              "signed": ["vem skrev under avtalen i {a} och {b}", "vilka undertecknade överenskommelserna i {a} och {b}"],
              "police": ["vilka lokalpolisområden tillhör {a} och {b}", "vilka två lokalpolisområden tillhör {a} och {b}"]}
BOTH_LATER = {"period": ["hur länge gäller de i båda", "vilka år gäller avtalen i båda", "när går respektive avtal ut",
                         "vilka år gäller de"],
              "signed": ["vilka skrev under i båda", "vem undertecknade båda", "vilka skrev under respektive avtal"],
              "police": ["vilket lokalpolisområde hör båda till"]}
EN_FIRST = {"period": ["how long do the agreements in {a} and {b} run"],
            "signed": ["who signed the agreements in {a} and {b}"],
            "police": ["which police areas do {a} and {b} belong to"]}
EN_LATER = {"period": ["how long do both run", "which years do both cover"],
            "signed": ["who signed both", "who signed in both"],
            "police": ["which police area are both in"]}

Case = tuple[str, int, dict[str, Any]]


def half_of(entry_id: str) -> str:
    return "develop" if hashlib.md5(entry_id.encode()).digest()[0] % 2 == 0 else "check"


def words(entry: Municipality, aspect: str, members: dict[str, list[str]]) -> list[str]:
    """What a reply to the aspect must hold (any one), read from the entry; empty when it cannot answer."""
    if aspect == "focus":
        return sorted({area.title for area in entry.areas if area.title and area.kind == "focus_area"})
    if aspect == "members":
        return [m for m in members.get(entry.police_area, []) if m != entry.name]
    if aspect == "follow_up":
        return sorted({" ".join(item.text.split()[:4]) for item in entry.follow_up if item.text})
    if aspect == "status":
        return STATUS if entry.agreements else []
    return expected(entry, aspect)


def focus_count(entry: Municipality) -> int:
    """The focus areas of the agreement with the most of them (the count a resident would write)."""
    return max((sum(a.kind == "focus_area" for a in ag.areas) for ag in entry.agreements), default=0)


def has(reply: str, options: list[str]) -> bool:
    body = fold(reply)
    return any(fold(w) in body for w in options)


def join(first: str, second: str, joint: str) -> str:
    first, second = first.strip(), second.strip()
    first = first[:1].upper() + first[1:]
    if joint.endswith((". ", "? ")) and not joint.startswith(". Och"):
        second = second[:1].upper() + second[1:]
    return f"{first}{joint}{second}?"


def seen_multi(engine: Any, half: str) -> tuple[int, int]:
    """The seen multi.yaml cases of a half that fail, of how many."""
    tried = bad = 0
    for prefix in SEEN[half]:
        path = ROOT / f"eval/blind/{prefix}multi.yaml"
        if not path.exists():
            continue
        for case in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            if isinstance(case, dict) and (case.get("q") or case.get("turns")):
                tried += 1
                bad += bool(failures(case, last_reply(engine, case.get("turns") or [case["q"]])))
    return bad, tried


def main(argv: list[str]) -> None:
    flags = [a for a in argv if a.startswith("--")]
    argv = [a for a in argv if not a.startswith("--")]
    out = argv[0] if argv else ""
    half = argv[1] if len(argv) > 1 else "develop"
    engine = build_engine(None)
    knowledge = engine.knowledge
    if "--seen" in flags:
        bad, tried = seen_multi(engine, half)
        print(f"seen multi ({half}): {bad} of {tried} fail")

    def reply(text: str) -> str:
        return str(last_reply(engine, [text]).get("text", ""))

    members: dict[str, list[str]] = defaultdict(list)
    for entry in knowledge.municipalities.values():
        if entry.police_area:
            members[entry.police_area].append(entry.name)
    entries = [e for k, e in sorted(knowledge.municipalities.items()) if half_of(k) == half and e.agreements]
    usable: dict[str, list[str]] = {}
    for entry in entries:
        usable[entry.id] = []
        for aspect in NAMED:
            w = words(entry, aspect, members)
            n = focus_count(entry)
            q = NAMED[aspect][0].format(name=entry.name, n=NUMBERS.get(n, ""), s="")
            if w and has(reply(q + "?"), w):
                usable[entry.id].append(aspect)
        if "police" in usable[entry.id] and words(entry, "members", members):
            q = f"vilka andra kommuner ingår i samma lokalpolisområde som {entry.name}?"
            if has(reply(q), words(entry, "members", members)):
                usable[entry.id].append("members")
    counts: dict[str, dict[str, list[int]]] = {k: defaultdict(lambda: [0, 0]) for k in ("shape", "aspect")}
    failed: list[dict[str, Any]] = []

    def ask(shape: str, text: str, parts: list[tuple[str, list[str]]], extra: dict[str, Any]) -> None:
        body = reply(text)
        behind = "står bakom" in text
        why = [f"part {n} ({key}): none of {w[:6]}" for n, (key, w) in enumerate(parts, 1)
               if not has(body, w + (PARTIES if behind and key.startswith("signed") else []))]
        counts["shape"][shape][0] += 1
        counts["shape"][shape][1] += bool(why)
        for key, _ in parts:
            counts["aspect"][key.split()[0]][0] += 1
            counts["aspect"][key.split()[0]][1] += bool(why)
        if why:
            failed.append({"shape": shape, "text": text, "why": why, "reply": body, **extra})

    for entry in entries:
        rnd = random.Random(f"{entry.id}multi_second")
        aspects = usable[entry.id]
        n = NUMBERS.get(focus_count(entry), "")
        signers = NUMBERS.get(len(words(entry, "signed", members)), "")
        firsts = [a for a in aspects if a != "members"]
        pairs = [(a, b) for a in firsts for b in aspects if a != b and (b != "members" or a == "police")]
        for a, b in rnd.sample(pairs, min(6, len(pairs))):
            promise = any(ag.kind == "medborgarlofte" for ag in entry.agreements)
            first = rnd.choice([q for q in NAMED[a] if (n or "{n}" not in q) and (signers or "{s}" not in q)
                                and (promise or "medborgarlöftet" not in q)])
            first = first.format(name=entry.name, n=n, s=signers)
            second = rnd.choice([q for q in LATER[b] if n or "{n}" not in q]).format(n=n)
            text = join(first, second, rnd.choice(JOINTS))
            ask("pair", text, [(a, words(entry, a, members)), (b, words(entry, b, members))], {"kommun": entry.id})
    for i, ea in enumerate(entries):
        rnd = random.Random(f"{ea.id}multi_second_both")
        others = entries[i + 1:]
        for eb in rnd.sample(others, min(2, len(others))):
            common = [x for x in ("period", "signed", "police") if x in usable[ea.id] and x in usable[eb.id]]
            if len(common) < 2:
                continue
            first, second = rnd.sample(common, 2)
            parts = []
            for aspect in (first, second):
                wa, wb = words(ea, aspect, members), words(eb, aspect, members)
                own_a = [w for w in wa if not any(fold(w) in fold(v) or fold(v) in fold(w) for v in wb)]
                own_b = [w for w in wb if not any(fold(w) in fold(v) or fold(v) in fold(w) for v in wa)]
                parts += [(f"{aspect} {ea.id}", own_a), (f"{aspect} {eb.id}", own_b)]
            if any(not w for _, w in parts):
                continue
            english = rnd.random() < 0.3
            one, two = (EN_FIRST, EN_LATER) if english else (BOTH_FIRST, BOTH_LATER)
            text = join(rnd.choice(one[first]).format(a=ea.name, b=eb.name), rnd.choice(two[second]),
                        rnd.choice([", and ", " and "] if english else [", och ", " och ", "? "]))
            ask("both_en" if english else "both", text, parts, {"kommun": [ea.id, eb.id]})
    tried = sum(n for n, _ in counts["shape"].values())
    print(f"{half}: {len(entries)} entries; {tried} joined, {len(failed)} fail "
          f"({1 - len(failed) / max(1, tried):.3f} kept)")
    report(counts, failed, out, width=14)


if __name__ == "__main__":
    main(sys.argv[1:])
