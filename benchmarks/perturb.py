"""Meaning-keeping changes to the blind cases that pass: how many still pass (a robustness probe).

Each passing case of the seen blind rounds is asked again, changed in a way that keeps what it asks, the way
residents write (mostly Swedish, with typos, without å/ä/ö, in lower case):

- `fold`: å/ä/ö written as a/a/o;
- `lower`: lower case, with the end's punctuation dropped;
- `polite`: the last message wrapped in a greeting and a thanks, or in a line of the writer's own story;
- `typo`: two letters swapped inside one word of six letters or more (each message);
- `hearsay`: a premise or detail case (premises.yaml, detail.yaml, one message) told in statement order as
  something heard, the kommun in lower case as the sentence's first word: "<kommun> ska ha <X> som <verb> …
  har jag hört", "hörde att <kommun> …", "<kommun> <verb> väl …?" (a premise that opens with its kommun: its question tag and "väl"/"ju"
  taken off, then framed); "<kommun> ska ha skrivit om det här har jag hört. <question>" or "hörde att <kommun> har gjort nåt sånt. <question>" (a detail). The
  kommun must still be found and the claim checked (the case's own `must`/`must_not`).

A rule that reads a general property of a message should not lose cases under these. The changes are seeded by
the case (its path inside the tree), so two runs agree, also from two worktrees.

The cases come in two halves: `develop` (the unnumbered top-level sets and rounds two to sixteen) and `check`
(rounds seventeen to twenty-five), each counted on its own; read the check half only at a branch's start and end.

    python -m benchmarks.perturb [--half develop|check|both] [--only NAME,NAME] [OUT.json] [GLOB ...]

GLOBs replace the halves (one group, `files`). It prints, per half and change, the cases tried and how many then
fail, and writes the failures to OUT.json. Two processes share the files.
"""

from __future__ import annotations

import argparse
import glob
import json
import random
import re
import sys
from collections.abc import Callable
from multiprocessing import Pool
from pathlib import Path
from typing import Any

import yaml

from benchmarks import blind
from benchmarks.blind import ROOT
from bot.text import fold as fold_text

Change = Callable[[str, random.Random, dict[str, Any]], str]

HALVES = {"develop": ["eval/blind/*.yaml"] + [f"eval/blind/v{n}/*.yaml" for n in range(2, 17)],
          "check": [f"eval/blind/v{n}/*.yaml" for n in range(17, 26)]}


def _fold(text: str, *_: Any) -> str:
    return text.translate(str.maketrans("åäöÅÄÖ", "aaoAAO"))


def _lower(text: str, *_: Any) -> str:
    return re.sub(r"[?.!]+\s*$", "", text.lower())


_WRAPS = ("Hej! {} Tack på förhand.", "hej {} tack", "Hejsan, jag bor här sedan många år och undrar en sak. {}",
          "Min granne och jag pratade om det här igår. {} Tacksam för svar", "God kväll! {} Mvh Eva")


def _polite(text: str, rnd: random.Random, *_: Any) -> str:
    return rnd.choice(_WRAPS).format(text)


def _typo(text: str, rnd: random.Random, *_: Any) -> str:
    words = [(m.start(), m.end()) for m in re.finditer(r"\w{6,}", text)]
    if not words:
        return text
    start, end = rnd.choice(words)
    i = rnd.randrange(start + 1, end - 2)
    return text[:i] + text[i + 1] + text[i] + text[i + 2:]


_NAMES: dict[str, str] = {}  # kommun id -> name, filled in each worker
_LEAD = re.compile(r"^(hej[!,.]?\s+|stämmer det att\s+|är det sant att\s+|har för mig att\s+|jag har hört att\s+)+", re.I)
_TAG = re.compile(r"[\s,]*(\b(eller hur|eller|va|ja|right|stämmer det|stämmer det inte|visst|typ|har jag hört|har jag "
                  r"läst|isn't it|or what)\b)?[\s?.!]*$", re.I)
_ENGLISH = re.compile(r"\b(the|is|was|what|how|right|does|did)\b", re.I)
_VERBS = ("gäller", "gällde", "skrevs", "skrev", "fokuserar", "handlar", "ligger", "tillhör", "hör", "ingår",
          "lovade", "lovar", "fick", "tecknades", "undertecknades", "gick", "började", "bygger", "har", "hade",
          "ska", "skulle", "är", "var", "sorterar", "svarade", "steg", "signerades", "löper", "tar", "satsar")


def _kommun_first(text: str, name: str) -> tuple[str, str, str] | None:
    """The first sentence without its lead-in, question tag, "väl" and "ju", lower-cased, when it opens with
    the kommun (or its genitive): that opening, the rest, and the sentences after it."""
    first, after = (re.split(r"\?+|\.\s|\s[–-]\s|,\s*(?=(?:vad|vem|vilk|hur|när|så|finns|undrar|varför|har de|är det)\b)", text.strip(), maxsplit=1)
                    + [""])[:2]
    body = _TAG.sub("", _LEAD.sub("", first)).strip()
    m = re.match(rf"({re.escape(fold_text(name))}(s|'s)?)\b\s*(.+)$", fold_text(body))
    if not m:
        return None
    head, rest = body[:m.end(1)].lower(), body[m.start(3):]
    return head, re.sub(r"\b(väl|ju)\s+", "", rest).lower(), after.strip()


def _hearsay(text: str, rnd: random.Random, case: dict[str, Any]) -> str:
    name = _NAMES.get(str(case.get("kommun")), "")
    tags, kind = case.get("tags") or [], str(case.get("_file", ""))
    if not name or "en" in tags or "injection" in tags or _ENGLISH.search(text):
        return text
    if kind.endswith("premises.yaml"):
        split = _kommun_first(text, name)
        if split is None:
            return text
        head, rest, after = split
        words = rest.split()
        verb = next((i for i, w in enumerate(words) if w in _VERBS), None)
        if verb is None:  # no claim told in a sentence of its own
            return text
        frames = [f"{head} {rest} har jag hört", f"hörde att {head} {rest}"]
        frames.append(f"{head} " + " ".join(words[:verb + 1] + ["väl"] + words[verb + 1:]) + "?")
        if 0 < verb <= 3 and fold_text(head) != fold_text(name):
            frames.append(f"{name.lower()} ska ha " + " ".join(words[:verb]) + " som "
                          + " ".join(words[verb:]) + " har jag hört")
        told = rnd.choice(frames)
        return f"{told}{'' if told.endswith('?') else '.'} {after}" if after else told
    if kind.endswith("detail.yaml"):
        return rnd.choice(("{k} ska ha skrivit om det här har jag hört. {q}",
                           "hörde att {k} har gjort nåt sånt. {q}")).format(k=name.lower(), q=text)
    return text


CHANGES: dict[str, tuple[Change, bool]] = {  # the change, and whether it applies to the last message only
    "fold": (_fold, False), "lower": (_lower, False), "polite": (_polite, True), "typo": (_typo, False),
    "hearsay": (_hearsay, True)}
_ENGINE: Any = None
_ONLY: list[str] = []


def _seed_path(path: str) -> str:
    """A case file's path inside the tree, so that two worktrees change its cases alike."""
    resolved = Path(path).resolve()
    return str(resolved.relative_to(ROOT)) if resolved.is_relative_to(ROOT) else path


def _start(only: list[str]) -> None:
    global _ENGINE, _ONLY
    from bot.cli.services import build_engine
    _ENGINE, _ONLY = build_engine(None), only
    _NAMES.update({m.id: m.name for m in _ENGINE.knowledge.municipalities.values()})


def _one_file(path: str) -> dict[str, dict[str, Any]]:
    from benchmarks.blind import failures  # the scorer's own rules
    result: dict[str, dict[str, Any]] = {name: {"tried": 0, "failed": []} for name in _ONLY}
    if path.endswith("README.yaml"):
        return result
    for i, case in enumerate(yaml.safe_load(open(path, encoding="utf-8")) or []):
        if not isinstance(case, dict) or not (case.get("turns") or case.get("q")):
            continue
        turns = case.get("turns") or [case["q"]]
        if failures(case, blind.last_reply(_ENGINE, turns)):
            continue
        for name in _ONLY:
            change, last_only = CHANGES[name]
            if name == "hearsay" and not (path.endswith(("premises.yaml", "detail.yaml")) and len(turns) == 1):
                continue
            rnd = random.Random(f"{_seed_path(path)}{i}{name}")
            told = dict(case, _file=path)
            changed = turns[:-1] + [change(turns[-1], rnd, told)] if last_only else [change(t, rnd, told) for t in turns]
            if changed == turns:
                continue
            result[name]["tried"] += 1
            why = failures(case, blind.last_reply(_ENGINE, changed))
            if why:
                result[name]["failed"].append({"file": _seed_path(path), "case": i, "turns": changed, "why": why})
    return result


def run(groups: dict[str, list[str]], only: list[str]) -> dict[str, dict[str, dict[str, Any]]]:
    out: dict[str, dict[str, dict[str, Any]]] = {}
    with Pool(2, initializer=_start, initargs=(only,)) as pool:
        for group, patterns in groups.items():
            files = sorted({f for p in patterns for f in glob.glob(str(ROOT / p) if not Path(p).is_absolute() else p)})
            merged: dict[str, dict[str, Any]] = {name: {"tried": 0, "failed": []} for name in only}
            for part in pool.map(_one_file, files):
                for name, r in part.items():
                    merged[name]["tried"] += r["tried"]
                    merged[name]["failed"].extend(r["failed"])
            out[group] = merged
    return out


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="benchmarks.perturb")
    parser.add_argument("--half", choices=("develop", "check", "both"), default="both")
    parser.add_argument("--only", default=",".join(CHANGES))
    parser.add_argument("out", nargs="?", default="")
    parser.add_argument("globs", nargs="*")
    args = parser.parse_args(argv)
    only = [name for name in args.only.split(",") if name in CHANGES]
    groups = {"files": args.globs} if args.globs else \
        {h: HALVES[h] for h in HALVES if args.half in (h, "both")}
    result = run(groups, only)
    for group, by_change in result.items():
        for name, r in by_change.items():
            tried, failed = r["tried"], len(r["failed"])
            print(f"{group:8} {name:8} {tried:5} tried, {failed:4} fail ({1 - failed / max(1, tried):.3f} kept)")
    if args.out:
        json.dump(result, open(args.out, "w", encoding="utf-8"), ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main(sys.argv[1:])
