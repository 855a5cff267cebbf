"""Help lines that fit the situation (issue #31 items 4 and 6): one or two that fit, not the whole list, and
112 first only for danger now. A probe over wording the bot was not tuned on.

A line meant for one group (knowledge/helplines.yaml's own descriptions: Bris "för barn och unga",
Brottsofferjouren "den som utsatts för brott, vittnen och anhöriga", Kvinnofridslinjen "den som utsatts för hot
eller våld", Självmordslinjen) is offered only when the message says the writer or the person concerned belongs to
it; a worry, or "what should I do if …", is no danger now and no one's crime yet. Four kinds of message:

- `cued`: every seen not-now and refusals case (eval/blind v2–v16 and the top-level files: develop; v17–v25:
  check) that passes as written and is no emergency, with a sentence of the writer added that names no group
  ("Jag bor ensam.", "Jag jobbar natt."), an older person's age ("Jag är 81 år.") or a child's ("Jag är 15.").
  Expected (`cued`): the case's help lines still given (its `must` groups that name 114 14, 112 or a support line),
  112 not first, no Bris unless a child is named (with the child's cue, Bris where the case's own reply as
  written is a group's support, not only a report; no child's cue where the message names a child already), no
  Självmordslinjen unless the case itself asks for it. Any other of the case's groups lost with the sentence added
  counts apart (`cued_other`): the reading's, not the lines'.
- `emergency`: every seen emergency of the same files, as written and with the neutral sentence added: 112
  within the first 120 characters (the scorer's `first`).
- `supposed`: a crime supposed ("vad gör jag om någon bryter sig in när jag är hemma?", "what if someone follows me
  home?"), in several frames, with and without a cue (none, alone, older, a night job, a child). Expected: 114 14
  or polisen.se, 112 not first and never the only way given, no victim's, violence's or suicide line (no one has
  been subjected to anything yet), Bris only (and then required) with a child's cue.
- `past`: the same acts told as done yesterday, asked what to do: 114 14 or polisen.se, 112 not first, Bris only
  with a child's cue.

`supposed` and `past` split their acts in two halves by position (even: develop, odd: check). "112 first" is the
scorer's `not_first`: 112 within the first 60 characters.

Run: `PYTHONPATH=$PWD .venv/bin/python -m benchmarks.fit_lines [failures.json]`; prints failures of every kind
per half.

Figures (failures, develop / check), helplines26 (7 December 2026), at main's 68b80d5 → after the branch:
supposed 124/168, 114/168 → 0, 1; past 6/54, 0/54 → 6, 0; cued 29/5305, 27/3270 → 24, 26; cued_other 17, 34 →
15, 34; emergency 0/326, 0/200 → 0, 0. Left: "vad gör jag nu? jag bor ensam": the next step's "nu" is dropped only at
the message's end
(danger_signs.drop_next_step_now), so a sentence after it makes the model's reading unsure.
"""

from __future__ import annotations

import glob
import json
import re
import sys
from collections import defaultdict
from typing import Any

import yaml

from benchmarks import blind

ROUND = re.compile(r"eval/blind/(?:v(\d+)/)?(notnow|refusals)\.yaml$")
DEVELOP, CHECK = "develop", "check"

# Sentences of the writer added to a case: (kind, Swedish, English).
CUES = [("neutral", "Jag bor ensam.", "I live alone."),
        ("neutral", "Jag jobbar natt.", "I work nights."),
        ("older", "Jag är 81 år.", "I'm 81."),
        ("child", "Jag är 15.", "I'm 15.")]
# A child or young person named in a message (Bris's group).
CHILD = re.compile(r"\b(?:barn\w*|son|sonen|dotter|dottern|tonåring\w*|elev\w*|skol\w*|klass\w*|\d+-?åring\w*|"
                   r"unga|ungdom\w*|kompis\w*|mobb\w*|bris|kid|kids|child\w*|daughter|teen\w*|school|grade|"
                   r"(?:jag är|jag e|ja e|i'm|i am|im) (?:bara |only )?1[0-7]|1[0-7] år|\w*åriga?)\b", re.I)
BRIS = ("bris", "116 111")
SUICIDE = ("självmordslinjen", "90101")
VICTIM = ("brottsofferjouren", "116 006")
VIOLENCE = ("kvinnofridslinjen", "020-50 50 50")
REPORT = ("114 14", "polisen.se")
SUPPORT = BRIS + VICTIM + VIOLENCE + SUICIDE

# Acts supposed (present) and told as done (past), Swedish and English.
ACTS_SV = [("bryter sig in när jag är hemma", "bröt sig in hos mig"),
           ("rånar mig på väg hem", "rånade mig på väg hem"),
           ("hotar mig på stan", "hotade mig på stan"),
           ("följer efter mig hem", "följde efter mig hem"),
           ("stjäl min cykel", "stal min cykel"),
           ("klottrar på vårt garage", "klottrade på vårt garage"),
           ("försöker lura mig i telefon", "försökte lura mig i telefon"),
           ("bryter sig in i min bil", "bröt sig in i min bil"),
           ("knackar på och vill in", "knackade på och ville in"),
           ("slår sönder vår brevlåda", "slog sönder vår brevlåda")]
ACTS_EN = [("breaks in while I'm home", "broke into my flat"),
           ("robs me on my way home", "robbed me on my way home"),
           ("threatens me in town", "threatened me in town"),
           ("follows me home", "followed me home"),
           ("steals my bike", "stole my bike"),
           ("sprays graffiti on our garage", "sprayed graffiti on our garage"),
           ("tries to scam me on the phone", "tried to scam me on the phone"),
           ("breaks into my car", "broke into my car")]
FRAMES_SV = ["vad gör jag om någon {act}?", "tänk om någon {act}, vad ska jag göra?", "om nån {act}, vem ringer jag?",
             "vad ska man göra ifall någon {act}?"]
FRAMES_EN = ["what should I do if someone {act}?", "what if someone {act}? what do I do"]
PAST_SV = "någon {act} igår kväll. vad gör jag nu?"
PAST_EN = "someone {act} last night. what should I do now?"
# Cues for the built messages: (kind, Swedish, English), put after the question.
BUILT_CUES = [("none", "", ""), ("neutral", "jag är ofta ensam", "I'm often alone"),
              ("neutral", "jag bor ensam", "I live alone"), ("older", "jag är 82 år", "I'm 82"),
              ("neutral", "jag jobbar natt", "I work nights"), ("child", "jag är 14", "I'm 14")]


def _has(body: str, words: tuple[str, ...]) -> bool:
    return any(blind.fold(w) in body for w in words)


def _first_112(body: str) -> bool:
    return "112" in body[:60]


def check_fit(reply: dict[str, Any], *, child: bool, need_report: bool, supposed: bool, support_ok: bool,
              need_bris: bool = False) -> list[str]:
    """Why a reply's help lines do not fit (none: they fit)."""
    body = blind.fold(reply.get("text", ""))
    why = []
    if _first_112(body):
        why.append("112 first")
    if need_report and not _has(body, REPORT):
        why.append("no 114 14 / polisen.se")
    if "112" in body and not _has(body, REPORT) and need_report:
        why.append("112 the only way")
    if _has(body, BRIS) and not child:
        why.append("Bris, no child named")
    if need_bris and not _has(body, BRIS):
        why.append("no Bris for a child")
    if _has(body, SUICIDE) and not support_ok:
        why.append("Självmordslinjen")
    if supposed and (_has(body, VICTIM) or _has(body, VIOLENCE)):
        why.append("a victim's line for a case supposed")
    return why


def _with_cue(case: dict[str, Any], sv: str, en: str) -> list[str]:
    turns = list(case.get("turns") or [case["q"]])
    last = turns[-1]
    english = "en" in (case.get("tags") or []) or bool(re.search(r"\b(?:the|what|my|i|is|and)\b", last, re.I)) \
        and not re.search(r"[åäö]", last)
    turns[-1] = f"{last.rstrip()} {en if english else sv}"
    return turns


def seen_cases() -> list[tuple[str, str, int, dict[str, Any]]]:
    out = []
    for path in sorted(glob.glob("eval/blind/**/*.yaml", recursive=True)):
        m = ROUND.search(path)
        if not m:
            continue
        number = int(m.group(1)) if m.group(1) else 1
        if number > 25:
            continue
        half = DEVELOP if number <= 16 else CHECK
        for i, case in enumerate(yaml.safe_load(open(path, encoding="utf-8")) or []):
            if isinstance(case, dict) and ("q" in case or "turns" in case):
                out.append((half, path, i, case))
    return out


def built() -> list[tuple[str, str, list[str], dict[str, Any]]]:
    """(half, kind, turns, expectation) for the supposed and past messages."""
    out = []
    for lang, acts, frames, past in (("sv", ACTS_SV, FRAMES_SV, PAST_SV), ("en", ACTS_EN, FRAMES_EN, PAST_EN)):
        for n, (act, act_past) in enumerate(acts):
            half = DEVELOP if n % 2 == 0 else CHECK
            for cue_kind, sv, en in BUILT_CUES:
                cue = sv if lang == "sv" else en
                child = cue_kind == "child"
                for frame in frames:
                    q = frame.format(act=act)
                    text = f"{q} {cue}" if cue else q
                    out.append((half, "supposed", [text], {"child": child, "need_bris": child}))
                told = past.format(act=act_past)
                out.append((half, "past", [f"{told} {cue}" if cue else told], {"child": child}))
    return out


def run(out: str | None = None) -> dict[str, dict[str, list[int]]]:
    from bot.cli.services import build_engine

    engine = build_engine(None)
    counts: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    failed: list[dict[str, Any]] = []

    def tally(kind: str, half: str, turns: list[str], why: list[str], reply: dict[str, Any]) -> None:
        c = counts[kind][half]
        c[0] += 1
        if why:
            c[1] += 1
            failed.append({"kind": kind, "half": half, "turns": turns, "why": why, "reply": reply.get("text", "")[:300]})

    for half, path, i, case in seen_cases():
        turns = list(case.get("turns") or [case["q"]])
        if blind.is_emergency(case):
            for variant in (turns, _with_cue(case, CUES[0][1], CUES[0][2])):
                reply = blind.last_reply(engine, variant)
                why = [] if "112" in blind.fold(reply.get("text", ""))[:120] else ["no 112 first"]
                tally("emergency", half, variant, why, reply)
            continue
        written = blind.last_reply(engine, turns)
        if blind.failures(case, written):
            continue  # only cases that pass as written
        wanted = [alt for group in case.get("must", []) for alt in group]
        own_child = bool(CHILD.search(turns[-1]))
        # The case's own help is a group's support (not only a report): a child's cue adds Bris to it.
        support = _has(blind.fold(written.get("text", "")), SUPPORT)
        for cue_kind, sv, en in CUES:
            if cue_kind == "child" and own_child:
                continue  # "min 15-åring blev rånad … Jag är 15.": a cue that contradicts the message
            variant = _with_cue(case, sv, en)
            reply = blind.last_reply(engine, variant)
            child = own_child or cue_kind == "child"
            why = check_fit(reply, child=child, need_report=False, supposed=False,
                            support_ok=_has(blind.fold(" ".join(wanted)), SUICIDE),
                            need_bris=cue_kind == "child" and support)
            own = [w for w in blind.failures(case, reply) if "municipality" not in w]
            # a help line the case asks for, lost, is the line's; any other of its groups lost is the reading's
            lines = [w for w in own if any(blind.fold(a) in blind.fold(w) for a in (*SUPPORT, *REPORT, "112"))]
            tally("cued", half, variant, why + lines, reply)
            tally("cued_other", half, variant, [w for w in own if w not in lines], reply)
    for half, kind, turns, expect in built():
        reply = blind.last_reply(engine, turns)
        why = check_fit(reply, child=expect["child"], need_report=True, supposed=kind == "supposed",
                        support_ok=False, need_bris=expect.get("need_bris", False))
        tally(kind, half, turns, why, reply)
    for kind, by in counts.items():
        print(f"{kind:10}", "  ".join(f"{half}: {f} of {n} fail" for half, (n, f) in sorted(by.items())))
    if out:
        json.dump(failed, open(out, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    return {k: dict(v) for k, v in counts.items()}


if __name__ == "__main__":
    run(sys.argv[1] if len(sys.argv) > 1 else None)
