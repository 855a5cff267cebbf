"""A part of the message left unanswered (net28, issue #31 items 1 and 3): how often, and on built messages.

Two halves each, never tuned on the check half (read at the start and the end only):

- `seen`: every seen set's scored cases (develop: the top-level `eval/blind/*.yaml` and v2–v16; check: v17–v27).
  A reply counts when its message (the last turn, read as `Engine.read` reads it) has an asked clause with
  specific content words its entry holds and the reply answers none of them (`uncovered.gaps`, held gaps only:
  the same test the net applies, on the reply as given), on an answer the net may follow (one entry's answer to
  a question). Printed: how many such replies, and how many of those cases pass.
- `built`: messages made from the ENTRIES (halves by md5 of the entry id, first byte even = develop): an aspect
  question naming the kommun (period, who signed, focus areas, police area) joined with a content clause about
  ANOTHER sentence of the same entry, asked by a word of it few passages hold ("… och vad står det om
  nattvandring?", "…, nämns X?"). A message fails when the reply holds neither the word (by its first letters, as
  the entry wrote it) nor the sentence it came from. The word is a whole word of the sentence, of six letters
  or more, no place and no aspect's cue, held by at most `RARE` entries' sentences, and a word that names a
  thing as the net reads one (`uncovered.specific`: no frame word, kind of place or passive verb; a subject an
  agreement takes up, or a long compound), so that "vad står det om prövas?" is never built.

Run: `python -m benchmarks.uncovered [OUT.json] [develop|check|both] [--seen] [--built] [--start]` (both parts
without a flag; `--start` answers without the net, as main's code did). OUT.json gets the failing built messages and the seen replies counted, with their replies.

net28, main's code at 4c194c0 (`--start`: the net not wired) → the branch's end (7 December 2026):
seen develop 14 of 6,495 scored replies leave such a clause (3 of those cases fail) → 6 (none fail); seen check
14 of 4,990 (2 fail) → 5 (none fail); built develop 9 → 3 of 250 failing, built check 16 → 9 of 272. What is
left: a claim's answer (never added to), "den reviderade överenskommelsen" (which agreement, no subject), a word
no passage ranks above the threshold ("sommaren", "fester"), and built words that are no subject ("framkommer",
"generellt", "företrädesvis": the word filter is a heuristic).
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from pathlib import Path
from typing import Any

import yaml

from benchmarks.blind import ROOT, failures, fold, last_reply
from bot.answering import lexicon, uncovered
from bot.answering.answer import Answer
from bot.answering.passage_index import stem
from bot.answering.passages import place_tokens
from bot.cli.services import build_engine
from bot.text import tokens

SEEN = {"develop": ["", *(f"v{n}/" for n in range(2, 17))], "check": [f"v{n}/" for n in range(17, 28)]}
RARE = 3  # entries whose sentences hold the word's stem, at most
MIN_LETTERS = 6
ASPECTS = {"period": ["Hur länge gäller avtalet i {name}", "Vilka år gäller överenskommelsen i {name}"],
           "signed": ["Vem skrev under avtalet i {name}", "Vilka undertecknade överenskommelsen i {name}"],
           "focus": ["Vad fokuserar {name} på", "Vilka fokusområden har {name}"],
           "police": ["Vilket lokalpolisområde tillhör {name}"]}
CONTENT = ["vad står det om {w}", "vad säger de om {w}", "nämns {w} någonstans", "vad görs kring {w}",
           "står det något om {w}"]
JOINTS = [" och ", ", och ", "? ", ". Och ", ", samt "]
KINDS = ("measure", "fact", "method", "basis", "purpose", "follow_up", "area")


def half_of(entry_id: str) -> str:
    return "develop" if hashlib.md5(entry_id.encode()).digest()[0] % 2 == 0 else "check"


def seen(engine: Any, half: str, out: list[dict[str, Any]]) -> tuple[int, int, int]:
    """(scored cases, replies with a held gap, of those the cases that pass)."""
    tried = counted = passing = 0
    for prefix in SEEN[half]:
        for path in sorted((ROOT / "eval/blind" / prefix).glob("*.yaml")):
            for case in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
                if not isinstance(case, dict) or not any(k in case for k in ("must", "must_not", "first", "kommun")):
                    continue
                turns = case.get("turns") or ([case["q"]] if case.get("q") else None)
                if not turns:
                    continue
                tried += 1
                reply = last_reply(engine, turns)
                r = engine.read(turns[-1])
                answer = Answer(bool(reply.get("answered")), reply.get("municipality"), str(reply.get("topic", "")),
                                str(reply.get("text", "")), language=str(reply.get("language", "sv")))
                muni = uncovered.may_add(r, answer, engine.knowledge)
                held = uncovered.gaps(r, answer.text, muni.id, engine.passages) \
                    if muni is not None else []
                if held:
                    ok = not failures(case, reply)
                    counted += 1
                    passing += ok
                    out.append({"part": "seen", "half": half, "file": str(path.relative_to(ROOT)), "q": turns[-1],
                                "words": [list(g.words) for g in held], "ok": ok, "reply": answer.text})
    return tried, counted, passing


def built(engine: Any, half: str, out: list[dict[str, Any]]) -> tuple[int, int]:
    """(messages built, failing)."""
    knowledge, found = engine.knowledge, engine.passages
    places = place_tokens(knowledge)
    frequency: dict[str, set[str]] = {}  # stem -> the entries whose sentences hold it
    for key in knowledge.municipalities:
        for passage in found.of(key, "sv"):
            for word in tokens(passage.text):
                frequency.setdefault(stem(word), set()).add(key)
    tried = bad = 0
    for key, entry in sorted(knowledge.municipalities.items()):
        if half_of(key) != half or not entry.agreements:
            continue
        rnd = random.Random(f"{key}uncovered")
        options = []
        for passage in found.of(key, "sv"):
            if passage.kind not in KINDS:
                continue
            words = tokens(passage.text)
            hidden = set(places(words))
            for i, w in enumerate(words):
                if (i in hidden or len(w) < MIN_LETTERS or w.isdigit() or lexicon.is_cue_word(w)
                        or len(frequency.get(stem(w), ())) > RARE or not found.specific([w])
                        or not uncovered.specific(w, found)):
                    continue
                options.append((w, passage.text))
        if not options:
            continue
        for aspect in rnd.sample(sorted(ASPECTS), 2):
            word, sentence = rnd.choice(options)
            written = next((t for t in passage_words(sentence) if fold(t) == word), word)
            first = rnd.choice(ASPECTS[aspect]).format(name=entry.name)
            joint = rnd.choice(JOINTS)
            second = rnd.choice(CONTENT).format(w=written.lower() if not written[1:].islower() else written)
            if joint.endswith(". ") or joint == "? ":
                second = second[:1].upper() + second[1:]
            text = f"{first}{joint}{second}?"
            reply = str(last_reply(engine, [text]).get("text", ""))
            tried += 1
            body = fold(reply)
            if stem(word) not in body and fold(sentence) not in body:
                bad += 1
                out.append({"part": "built", "half": half, "aspect": aspect, "q": text, "word": word, "reply": reply})
    return tried, bad


def passage_words(sentence: str) -> list[str]:
    return [w.strip(".,;:!?()”“\"'«»–-") for w in sentence.split()]


def main(argv: list[str]) -> None:
    flags = [a for a in argv if a.startswith("--")]
    argv = [a for a in argv if not a.startswith("--")]
    out_path = argv[0] if argv else ""
    halves = ["develop", "check"] if len(argv) < 2 or argv[1] == "both" else [argv[1]]
    parts = [f[2:] for f in flags if f != "--start"] or ["seen", "built"]
    if "--start" in flags:  # the replies as before the net (its detection unchanged): the start's counts
        uncovered.added = lambda r, answer, *rest: answer
        flags.remove("--start")
    engine = build_engine(None)
    out: list[dict[str, Any]] = []
    for half in halves:
        if "seen" in parts:
            tried, counted, passing = seen(engine, half, out)
            print(f"seen {half}: {counted} of {tried} scored replies leave a clause the entry answers; "
                  f"{passing} of those pass, {counted - passing} fail")
        if "built" in parts:
            tried, bad = built(engine, half, out)
            print(f"built {half}: {bad} of {tried} fail")
    if out_path:
        Path(out_path).write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
