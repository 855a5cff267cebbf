"""Questions about the agreement in the words of a legal case, and everyday messages read as danger (a probe).

Two classes that strangers' wording trips (issue #31, items 4 and 6):

1. `agreement`: "Vem betalar …", "Vem ansvarar för …", "Är kommunen skyldig att …", "Vad säger lagen om …"
   asked ABOUT the agreement or the law the knowledge files describe. Built from every entry's sentences that
   name who is responsible (benchmarks/answer_kinds.py's `who` kind: a role or a body) and from the glossary's
   terms that are its documents and work (AGREEMENT_TERMS), in several legal shapes, Swedish and English. An entry's question passes when the reply is about the
   entry's kommun, holds no out-of-scope legal opening, and (for the "who is responsible" shapes) names the
   role the sentence names; a glossary question when the reply holds the first words of the term's definition
   and no legal opening.
   `own`: a resident's own case must still go out of scope with the place to ask: every seen refusals case
   tagged legal or own_case is asked again with a legal frame added ("…, vem betalar?", "…, vad säger lagen?",
   "…, who is responsible?"), and must meet the case's own `must` groups and keep 112 off its start.
2. `everyday`: short everyday statements that are no danger (past tense, about food, drink, shopping and
   tools: "I drank a beer", "jag tog en öl igår", "köpte en kniv till köket") must not open with 112. The
   things are the everyday nouns (food, drink, tools, household things: THINGS below); one that the seen
   messages that are no emergency name goes to the half whose sets name it (both, or neither: by a hash).
   `emergency`: every seen emergency (eval/blind's cases that want 112 first, and eval/heldout.yaml's
   danger intents) must keep 112 in its first 120 characters.

Halves: develop = eval/blind/v2–v16 and the unnumbered files, half the entries and glossary terms by a hash
(md5's first byte even); check = v17–v24 and the other half. Read the check half at the start and the end only.
eval/heldout.yaml's emergencies are counted in develop's `emergency` (the guard; nothing is tuned on them).

Measured (7 December 2026, asks25; failing of tried): main's code (b188590) develop 108 of 881, check 72 of 460;
the branch's end develop 7 of 881, check 2 of 460 (the check half read at those two points only). At the start:
the agreement asked in legal words 24 of 68 and 14 of 46 (the legal refusal, "Vilken kommun menar du?" or a list
of kommuner for a term), everyday statements 78 of 159 and 57 of 141 (112 first), own cases 6 of 356 and 1 of 184,
emergencies 0 of 298 and 0 of 89. Left: own cases whose legal frame turns them into a concern or a situation's
help, as their seen originals already are. The everyday words of bot/answering/everyday.py are a lexicon of
ordinary things, which names most of THINGS of both halves: the check half's everyday figure is no stranger's.

Run: `python -m benchmarks.asks_legal [develop|check] [OUT.json]`.
"""

from __future__ import annotations

import glob
import hashlib
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

from benchmarks import blind
from benchmarks.answer_kinds import content, found, rarest
from benchmarks.blind import fold, last_reply
from bot.answering.intents import DANGER_INTENTS
from bot.answering.passage_kinds import entry_passages

ROOT = Path(__file__).resolve().parent.parent
# The out-of-scope legal openings (bot/answering/refusals.py, no_fit_cases.py): never the answer to a question
# about the agreement.
LEGAL_OPENING = ("juridiska rad", "legal advice", "ditt eget arende", "your own matter", "enskilda arenden")

ENTRY_TEMPLATES = {
    "sv": [("Vem betalar för {w} i {K}?", False), ("Vem är ansvarig för {w} i {K}?", True),
           ("Vem bär ansvaret för {w} i {K} enligt avtalet?", True), ("Vad säger lagen om {w} i {K}?", False),
           ("Är kommunen i {K} skyldig att ta hand om {w}?", False), ("vem står för kostnaden för {w} i {K}", False)],
    "en": [("Who pays for {w} in {K}?", False), ("Who is legally responsible for {w} in {K}?", True),
           ("Is {K} obliged to deal with {w}?", False), ("What does the law say about {w} in {K}?", False)],
}
TERM_TEMPLATES = {
    "sv": ["Vad säger lagen om {t}?", "Är kommunen skyldig att ta fram {t}?", "Måste kommunen ha {t}?",
           "Vem ansvarar för {t}?", "Vem betalar för {t}?", "är kommunen tvungen att ha {t}"],
    "en": ["What does the law say about the {t}?", "Is the municipality required to have a {t}?",
           "Who is responsible for the {t}?", "Who pays for the {t}?"],
}
# The glossary's terms that are the agreement's own documents and work (what a kommun is asked to have or do).
AGREEMENT_TERMS = frozenset(("medborgarlöfte", "samverkansöverenskommelse", "lägesbild", "åtgärdsplan", "trygghetsmätning",
                             "brottsförebyggande arbete", "lag 2023:196", "orsaksanalys", "medborgardialog"))
OWN_FRAMES = {"sv": [", vem betalar?", ", vem ansvarar för det?", ", vad säger lagen?", ". Är de skyldiga att göra något?"],
              "en": [", who pays?", ", who is responsible?", ". What does the law say?"]}

# Everyday things (food, drink, tools, household things): (Swedish indefinite, English), the Swedish key folded.
THINGS = {
    "ol": ("en öl", "a beer"), "vin": ("ett glas vin", "a glass of wine"), "kaffe": ("en kopp kaffe", "a cup of coffee"),
    "te": ("en kopp te", "a cup of tea"), "lask": ("en läsk", "a soda"), "juice": ("ett glas juice", "a glass of juice"),
    "mjolk": ("ett glas mjölk", "a glass of milk"), "vatten": ("ett glas vatten", "a glass of water"),
    "cider": ("en cider", "a cider"), "pizza": ("en pizza", "a pizza"), "smorgas": ("en smörgås", "a sandwich"),
    "glass": ("en glass", "an ice cream"), "hamburgare": ("en hamburgare", "a burger"), "korv": ("en korv", "a hot dog"),
    "sallad": ("en sallad", "a salad"), "soppa": ("soppa", "some soup"), "kaka": ("en kaka", "a cookie"),
    "godis": ("lite godis", "some candy"), "frukost": ("frukost", "breakfast"), "middag": ("middag", "dinner"),
    "lunch": ("lunch", "lunch"), "kniv": ("en kniv", "a knife"), "sax": ("en sax", "a pair of scissors"),
    "hammare": ("en hammare", "a hammer"), "yxa": ("en yxa", "an axe"), "sag": ("en såg", "a saw"),
    "skruvmejsel": ("en skruvmejsel", "a screwdriver"), "borrmaskin": ("en borrmaskin", "a drill"),
    "stege": ("en stege", "a ladder"), "grill": ("en grill", "a barbecue"), "cykel": ("en cykel", "a bike"),
    "lampa": ("en lampa", "a lamp"), "stekpanna": ("en stekpanna", "a frying pan"), "spade": ("en spade", "a shovel"),
    "tandare": ("en tändare", "a lighter"), "ljus": ("några ljus", "some candles"),
}
_DRINKS = frozenset(("ol", "vin", "kaffe", "te", "lask", "juice", "mjolk", "vatten", "cider"))
_FOOD = frozenset(("pizza", "smorgas", "glass", "hamburgare", "korv", "sallad", "soppa", "kaka", "godis", "frukost",
                   "middag", "lunch"))
EVERYDAY = {
    "drink": {"sv": ["jag drack {x}", "Jag tog {x} igår", "drack {x} till maten", "vi drack {x} i helgen",
                     "jag har druckit {x} idag"],
              "en": ["I drank {x}", "I had {x} yesterday", "we drank {x} with dinner", "just had {x}"]},
    "food": {"sv": ["jag åt {x}", "åt {x} igår", "vi åt {x} i lördags", "Jag har ätit {x}"],
             "en": ["I ate {x}", "we had {x} last night", "I just ate {x}"]},
    "thing": {"sv": ["köpte {x} till köket", "Jag köpte {x} igår", "vi har köpt {x} till sommarstugan",
                     "jag handlade {x} på Clas Ohlson", "lånade {x} av grannen"],
              "en": ["I bought {x} for the kitchen", "bought {x} yesterday", "we got {x} for the summer house",
                     "I borrowed {x} from my neighbour"]},
}


def hashed(key: str) -> str:
    return "develop" if hashlib.md5(key.encode()).digest()[0] % 2 == 0 else "check"


def set_half(path: str) -> str:
    m = re.search(r"/v(\d+)/", path)
    return "check" if m and int(m.group(1)) >= 17 else "develop"


def _seen_files() -> list[str]:
    return [f for f in sorted(glob.glob(str(ROOT / "eval" / "blind" / "**" / "*.yaml"), recursive=True))
            if not re.search(r"/v(\d+)/", f) or 2 <= int(re.search(r"/v(\d+)/", f).group(1)) <= 24]  # type: ignore[union-attr]


def _cases(path: str) -> list[dict[str, Any]]:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    return [c for c in data or [] if isinstance(c, dict) and (c.get("q") or c.get("turns"))]


def agreement_cases(knowledge: Any, which: str) -> list[dict[str, Any]]:
    out = []
    for muni in sorted(knowledge.municipalities.values(), key=lambda m: m.id):
        if hashed(muni.id) != which:
            continue
        passages = [p for p in entry_passages(muni) if p.kind not in ("source_note", "checked", "party", "partner",
                                                                      "quote", "contact")]
        df: dict[str, int] = defaultdict(int)
        for p in passages:
            for w in set(content(p.text, muni, "")):
                df[w] += 1
        done: set[str] = set()
        for p in passages:
            got = found("who", p, muni)
            if got is None:
                continue
            words = rarest(content(p.text, muni, got[0]), df, 1)  # type: ignore[arg-type]
            if not words or words[0] in done:
                continue
            done.add(words[0])
            temps = ENTRY_TEMPLATES[p.language]
            seed = hashlib.md5(p.text.encode()).digest()[0]
            for n in range(2):
                template, names_role = temps[(seed + n) % len(temps)]
                q = template.format(w=words[0], K=muni.name)
                out.append({"class": "agreement", "lang": p.language, "q": q[:1].upper() + q[1:], "kommun": muni.id,
                            "expect": [got[1]] if names_role else [], "sentence": p.text})
    for item in knowledge.glossary:
        term = item.term
        if term not in AGREEMENT_TERMS or hashed(term) != which:
            continue
        for lang, name, definition in (("sv", term, item.definition), ("en", item.term_en or term, item.definition_en)):
            if not definition:
                continue
            first = " ".join(definition.split()[:5])
            for template in TERM_TEMPLATES[lang]:
                out.append({"class": "agreement", "lang": lang, "q": template.format(t=name), "kommun": None,
                            "expect": [first], "term": term})
    return out


def own_cases(which: str) -> list[dict[str, Any]]:
    out = []
    for path in _seen_files():
        if not path.endswith("refusals.yaml") or set_half(path) != which:
            continue
        for case in _cases(path):
            tags = case.get("tags") or []
            if not ("legal" in tags or "own_case" in tags) or "q" not in case or not case.get("must"):
                continue
            english = re.search(r"\b(?:my|the|is|was|and|to|can)\b", case["q"], re.IGNORECASE)
            swedish = re.search(r"[åäöÅÄÖ]|\b(?:jag|min|mitt|och|att|har|det)\b", case["q"], re.IGNORECASE)
            lang = "en" if "en" in tags or english and not swedish else "sv"
            base = case["q"].rstrip(" ?.!")
            frame = OWN_FRAMES[lang][hashlib.md5(base.encode()).digest()[0] % len(OWN_FRAMES[lang])]
            out.append({"class": "own", "lang": lang, "q": base + frame, "must": case["must"],
                        "not_first": case.get("not_first") or ["112"], "from": f"{path.split('/eval/')[-1]}"})
    return out


def everyday_cases(which: str) -> list[dict[str, Any]]:
    seen: dict[str, set[str]] = defaultdict(set)
    for path in _seen_files():
        for case in _cases(path):
            if blind.is_emergency(case):
                continue
            for turn in case.get("turns") or [case["q"]]:
                for word in re.findall(r"\w+", fold(str(turn))):
                    if word in THINGS:
                        seen[word].add(set_half(path))
    out = []
    for key in sorted(THINGS):  # named by no seen message: by a hash
        halves = seen.get(key, set())
        half = next(iter(halves)) if len(halves) == 1 else hashed(key)
        if half != which:
            continue
        kind = "drink" if key in _DRINKS else "food" if key in _FOOD else "thing"
        for lang, x in (("sv", THINGS[key][0]), ("en", THINGS[key][1])):
            for template in EVERYDAY[kind][lang]:
                out.append({"class": "everyday", "lang": lang, "q": template.format(x=x), "thing": key})
    return out


def emergency_cases(which: str) -> list[dict[str, Any]]:
    out = []
    for path in _seen_files():
        if set_half(path) != which:
            continue
        for case in _cases(path):
            if blind.is_emergency(case):
                out.append({"class": "emergency", "lang": "en" if "en" in (case.get("tags") or []) else "sv",
                            "turns": case.get("turns") or [case["q"]], "q": (case.get("turns") or [case["q"]])[-1]})
    if which == "develop":
        for item in yaml.safe_load((ROOT / "eval" / "heldout.yaml").read_text(encoding="utf-8")):
            if item.get("text") and item.get("intent") in DANGER_INTENTS:
                out.append({"class": "emergency", "lang": "held-out", "q": item["text"]})
    return out


def opens_112(reply: dict[str, Any]) -> bool:
    return reply.get("topic") == "emergency" or "112" in str(reply.get("text", ""))[:120]


def passes(case: dict[str, Any], reply: dict[str, Any]) -> bool:
    text = fold(reply.get("text", ""))
    if case["class"] == "agreement":
        if any(o in text for o in LEGAL_OPENING) or opens_112(reply):
            return False
        if case["kommun"] and reply.get("municipality") != case["kommun"]:
            return False
        return all(fold(e) in text for e in case["expect"])
    if case["class"] == "own":
        return not blind.failures({"must": case["must"], "not_first": case["not_first"]}, reply)
    if case["class"] == "everyday":
        return not opens_112(reply)
    return opens_112(reply)


def main(argv: list[str]) -> None:
    from bot.cli.services import build_engine

    which = argv[0] if argv else "develop"
    out = argv[1] if len(argv) > 1 else None
    engine = build_engine(None)
    cases = (agreement_cases(engine.knowledge, which) + own_cases(which) + everyday_cases(which)
             + emergency_cases(which))
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    failed = []
    for case in cases:
        reply = last_reply(engine, case.get("turns") or [case["q"]])
        ok = passes(case, reply)
        counts[(case["class"], case["lang"])][0] += 1
        counts[(case["class"], case["lang"])][1] += not ok
        if not ok:
            failed.append({**case, "reply": str(reply.get("text", ""))[:240], "municipality": reply.get("municipality")})
    for (cls, lang), (tried, bad) in sorted(counts.items()):
        print(f"{which:8} {cls:10} {lang:9} failing {bad:4} of {tried}")
    total, bad = sum(c[0] for c in counts.values()), sum(c[1] for c in counts.values())
    print(f"{which:8} all        failing {bad} of {total}")
    if out:
        Path(out).write_text(json.dumps(failed, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
