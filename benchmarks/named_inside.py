"""A named thing or a time inside one sentence of an entry, asked by a wh-question (a probe of the detail class,
issue #31 item 1: strangers' detail questions that fail ask for a NAME the entry's sentence holds).

Built from the entries' own sentences (`entry_passages`, no notes on sources, parties, partners, people's quotes or
the signing note), in four modes:

- `name`: a capitalised name inside a sentence (never its first word, never the kommun's own name) that ends as a
  school, a forum or council, an organisation, a model or a place ends ("Björkängsskolan", "Brottsförebyggande
  rådet", "Väsbyhem", "Sölvesborgsmodellen", "Stortorget"; name_endings.py's kinds). Asked with the kind's
  wh-phrase ("på vilken skola …", "i vilket forum …", "vilket bolag …", "vilken modell …", "var …") and the
  sentence's two rarest OTHER content words; the reply must hold the name.
- `since`: "sedan <year>" / "since <year>" in a sentence, asked "sedan vilket år …", "sedan när …", "since when …"
  with the sentence's other words; the reply must hold the year.
- `listed`: a count word and noun before a colon or a dash and the list itself ("tre fokusområden – A, B och C",
  "fyra fokusområden: …"), asked "vilka <count> <noun> …"; the reply must hold a word of every listed item.
- `unsigned`: "vem skrev under …?", "who signed …?" of an entry that names no one (no people, no note on the
  signing): the reply's first paragraph must say no one is named, in the question's language (NOT_NAMED).
- `new`: "vad är nytt med …?", "what is new in …?" of an entry with a sentence saying something is there for the
  first time, updated, the new law's or "ett nytt …": the reply must say one of them (its words of newness).
- Every case is asked three times: twice as written (the kommun named in the question, two templates) and after a
  personal preface that names
  the kommun ("Min son går i nian i Tibro. På vilken skola …?", "I live in Tibro with my kids. …"), where the reply
  must still be the answer, not a situation's help lines (no 112 opening, no BRIS/1177 line first).

A case passes when the reply is about the entry's kommun, holds the expected words (casefolded, without accents)
and, with a preface, does not open with the 112 line. The entries are split into halves by a hash of their id
(answer_kinds.half); read the check half at the start and the end only. Templates are picked by a seed from the
sentence, so a run asks the same questions.

Measured (7 December 2026, detail27), failing of tried: main's code (3b8e63d) develop 44 of 429, check 70 of 567; the
branch's end develop 10 of 429, check 31 of 567 (the check half read at those two points only). At the start: an
unnamed signer asked "vem var det som skrev på …?" (read as the overview), a personal preface ("Min son går i nian
i X.") turning the question into Bris's help lines or 112, "sedan vilket år …?" answered with the period, and "vad
är nytt med …?" with the overview. Left: a council named in passing ("framtagen av Brottsförebyggande rådet") asked
with a basis verb, an English name of several words, a place listed inside an area's title, and "I live in X with
my kids. What's new?" (where one lives keeps its own answer).

Run: `python -m benchmarks.named_inside [develop|check] [OUT.json]`: tried/failing per mode, language and shape
(plain/preface), and the failures in OUT.json.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks.answer_kinds import content, half, rarest
from benchmarks.blind import fold
from benchmarks.counts_times import _seed
from benchmarks.probe_tally import tally
from bot.answering.knowledge_model import Municipality
from bot.answering.passage_kinds import Passage, entry_passages
from bot.text import genitive

_SKIPPED = frozenset(("source_note", "checked", "party", "partner", "quote", "contact", "signing"))
# Endings of a name's last word (folded) and the kind they make.
KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("school", ("skola", "skolan", "gymnasiet", "gymnasium", "gymnasieskolan", "school")),
    ("forum", ("radet", "forum", "forumet", "gruppen", "natverket", "council", "group", "network")),
    ("model", ("modellen", "model")),
    ("org", ("hem", "bostader", "fastigheter", "foreningen", "forbundet", "energi", "ab", "housing")),
    ("place", ("torget", "torg", "parken", "gatan", "vagen", "omradet", "stationen", "resecentrum", "centrum",
               "square", "park", "street")),
)
_NAME = re.compile(r"(?<=[a-zåäöé,;:(”\"] )([A-ZÅÄÖ][A-Za-zÅÄÖåäöé-]+(?:\s+[A-ZÅÄÖ][a-zåäöé-]+)?(?:\s+[A-ZÅÄÖa-zåäö][a-zåäöé-]+)?)")
# Before a place's name: "… i Hillerstorp", "… på Stortorget", "… at Stortorget".
_PLACED = {"sv": re.compile(r"(?:\b(?:i|på|vid|till|från)) $"), "en": re.compile(r"(?:\b(?:in|at|on|to|from)) $")}
# A quoted name of a few words ("”Effektiv Samordning för Trygghet”"), or an acronym in brackets ("(EST)").
_QUOTED = re.compile(r"(?:”|\")([A-ZÅÄÖ][^”\"]{3,50})(?:”|\")|\(([A-ZÅÄÖ]{2,6})\)")
_NOT_NAMES = frozenset(("januari", "februari", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
                        "november", "december", "january", "february", "march", "june", "july", "august", "october",
                        "sverige", "sweden", "europa", "europe", "polisen", "kommunen", "polismyndigheten", "police",
                        "municipality", "region", "lansstyrelsen"))
TEMPLATES: dict[str, dict[str, dict[str, list[str]]]] = {
    "name": {
        "school": {"sv": ["På vilken skola {w}{inK}?", "Vilken skola gäller {w}{inK}?", "vad heter skolan med {w}{inK}"],
                   "en": ["At which school {w}{inK}?", "Which school is the {w}{inK}?"]},
        "forum": {"sv": ["I vilket forum {w}{inK}?", "Var {w}{inK}, i vilket råd?", "vilken grupp sköter {w}{inK}"],
                  "en": ["In which forum {w}{inK}?", "Which council handles {w}{inK}?"]},
        "model": {"sv": ["Vilken modell {w}{inK}?", "Vad heter modellen för {w}{inK}?"],
                  "en": ["Which model {w}{inK}?", "What is the model for {w} called{inK}?"]},
        "org": {"sv": ["Vilken organisation {w}{inK}?", "Vilket bolag är med i {w}{inK}?", "vem är med om {w}{inK}"],
                "en": ["Which organisation {w}{inK}?", "Which company takes part in {w}{inK}?"]},
        "named": {"sv": ["Vad heter {w}-arbetet{inK}?", "Vilken metod eller satsning gäller {w}{inK}?",
                         "vad kallas det som handlar om {w}{inK}"],
                  "en": ["What is the {w} work called{inK}?", "Which method or programme is the {w}{inK}?"]},
        "place": {"sv": ["Var {w}{inK}?", "På vilken plats {w}{inK}?", "var någonstans blir det {w}{inK}"],
                  "en": ["Where {w}{inK}?", "At which place is the {w}{inK}?"]},
    },
    "since": {"": {"sv": ["Sedan vilket år {w}{inK}?", "Sedan när {w}{inK}?", "sedan när har man {w}{inK}"],
                   "en": ["Since what year {w}{inK}?", "Since when {w}{inK}?"]}},
    "unsigned": {"": {"sv": ["Vem skrev under {Ks} {kind}?", "Vilka undertecknade {kind}{inK}?",
                             "vem var det som skrev på {kind}{inK}"],
                      "en": ["Who signed {Ks} {kind}?", "Who put their names to the {kind}{inK}?"]}},
    "new": {"": {"sv": ["Vad är nytt med {Ks} överenskommelse?", "Vad är det nya{inK}?", "vad är nytt i löftet{inK}"],
                 "en": ["What is new in {Ks} agreement?", "What's new{inK}?"]}},
    "listed": {"": {"sv": ["Vilka {n} {noun} {w}{inK}?", "Vilka är de {n} {noun}{inK}?", "vilka {n} {noun} finns det{inK}"],
                    "en": ["Which {n} {noun}{inK}?", "What are the {n} {noun}{inK}?"]}},
}
PREFACES = {"sv": ["Min son går i nian i {K}. ", "Jag bor i {K} och har barn i skolan. ", "Vi har precis flyttat till {K}. "],
            "en": ["My son is in year nine in {K}. ", "I live in {K} with my kids. "]}
_SINCE = {"sv": re.compile(r"\bsedan (?:år )?((?:19|20)\d\d)\b"), "en": re.compile(r"\bsince ((?:19|20)\d\d)\b")}
_COUNTS = {"sv": "två|tre|fyra|fem|sex|sju|åtta", "en": "two|three|four|five|six|seven|eight"}
_LISTED = {lang: re.compile(rf"\b({words})\s+(?:[a-zåäö]+\s+)?([a-zåäö]{{4,}})\s*[:–-]\s+(.+?)(?:\.\s*$|$)",
                            re.IGNORECASE) for lang, words in _COUNTS.items()}
_AND = {"sv": r",\s*|\s+och\s+|\s+samt\s+", "en": r",\s*|\s+and\s+"}


def _shown(passages: list[Passage]) -> list[Passage]:
    return [p for p in passages if p.kind not in _SKIPPED]


def _kind(name: str) -> str | None:
    last = fold(name.split()[-1])
    for kind, endings in KINDS:
        if any(last.endswith(e) for e in endings) and (len(last) > len(max(endings, key=len)) or last in endings):
            return kind
    return None


def names_in(text: str, muni: Municipality, lang: str = "sv") -> list[tuple[str, str]]:
    """(name, kind) of each name of a known kind inside the sentence, a one-word name after "i", "på", "vid"
    ("in", "at") a place; and each quoted name or acronym in brackets ("”Effektiv Samordning för Trygghet”", "(EST)")
    of kind `named`."""
    out = [(m.group(1) or m.group(2), "named") for m in _QUOTED.finditer(text)
           if len((m.group(1) or m.group(2)).split()) <= 5]
    own = {fold(muni.name), fold(genitive(muni.name))}
    for m in _NAME.finditer(text):
        name = m.group(1).rstrip("-")
        if name.split()[-1][:1].islower():  # "Brottsförebyggande rådet" keeps its second word; "Väsbyhem och" not
            if _kind(name) is None:
                name = name.split()[0].rstrip("-")
        first = fold(name.split()[0])
        if first in own or first in _NOT_NAMES or len(fold(name)) < 5 or re.match(r"\w{1,4}-[a-zåäö]", name):
            # "A-traktorer", "VEST-möten": a thing's word after a short prefix, no name
            continue
        kind = _kind(name) or ("place" if _PLACED[lang].search(text[:m.start()]) and len(name.split()) == 1 else None)
        if kind is not None and not (len(name.split()) == 1 and fold(name) in {e for _, ends in KINDS for e in ends}):
            out.append((name, kind))
    return out


def _expect(name: str) -> list[str]:
    """The name's words a reply must hold: the name as written."""
    return [name]


# How a verb, an adjective or an adverb ends: never a word to ask with (counts_times._NOT_NOUNS).
_NOT_NOUNS = ("a", "ade", "ande", "ende", "ed", "ing", "ly", "al", "ive", "iga", "liga", "iskt", "igt", "ras", "er")


def _words(p: Passage, muni: Municipality, answer: str, df: Counter[str], most: int) -> list[str]:
    """The sentence's `most` rarest nouns (long words not ending as verbs and adjectives end), else any words."""
    words = content(p.text, muni, answer)
    nouns = [w for w in words if len(w) >= 6 and not w.endswith(_NOT_NOUNS)]
    return rarest(nouns if len(nouns) >= most else words, df, most)


def _asked(muni: Municipality, p: Passage, mode: str, kind: str, words: list[str], expect: list[str],
           extra: dict[str, str] | None = None) -> list[dict[str, Any]]:
    temps = TEMPLATES[mode][kind][p.language]
    seed = _seed(p.text + mode + kind)
    out = []
    for n in range(3):
        template = temps[(seed + n) % len(temps)]
        preface = ""
        if n == 2:
            prefaces = PREFACES[p.language]
            preface = prefaces[seed % len(prefaces)].format(K=muni.name)
        in_k = "" if preface else (f" i {muni.name}" if p.language == "sv" else f" in {muni.name}")
        q = template.format(w=" ".join(words), inK=in_k, **(extra or {}))
        q = preface + (q[:1].upper() + q[1:])
        out.append({"mode": mode, "kind": kind, "lang": p.language, "shape": "preface" if preface else "plain",
                    "q": q, "kommun": muni.id, "expect": expect, "sentence": p.text, "template": template})
    return out


def _cases(muni: Municipality) -> list[dict[str, Any]]:
    shown = _shown(entry_passages(muni))
    df: Counter[str] = Counter()
    for p in shown:
        df.update(set(content(p.text, muni, "")))
    out: list[dict[str, Any]] = []
    seen: set[tuple[str, ...]] = set()
    for p in shown:
        for name, kind in names_in(p.text, muni, p.language):
            words = _words(p, muni, name, df, 2)
            key: tuple[str, ...] = (p.language, "name", fold(name))
            if len(words) < 2 or key in seen:
                continue
            seen.add(key)
            out.extend(_asked(muni, p, "name", kind, words, _expect(name)))
        m = _SINCE[p.language].search(p.text)
        if m:
            words = _words(p, muni, m.group(0), df, 2)
            key = (p.language, "since", m.group(1), *words)
            if len(words) == 2 and key not in seen:
                seen.add(key)
                out.extend(_asked(muni, p, "since", "", words, [m.group(1)]))
        m = _LISTED[p.language].search(p.text)
        if m and not re.search(r"(?:första|andra|first|second|third) (?:av|of) $", p.text[:m.start()], re.IGNORECASE):
            items = [i.strip() for i in re.split(_AND[p.language], m.group(3)) if i.strip()]
            stems = [max(re.findall(r"[\wåäöé]+", i), key=len) for i in items]
            words = rarest(content(p.text[:m.start()], muni, m.group(2)), df, 1)
            key = (p.language, "listed", fold(m.group(3)))
            if 2 <= len(items) <= 8 and key not in seen:
                seen.add(key)
                out.extend(_asked(muni, p, "listed", "", words, stems,
                                  {"n": m.group(1).lower(), "noun": m.group(2).lower()}))
    return out


# How a reply says no one is named, in each language.
NOT_NAMED = {"sv": ("nämns inte", "nämner inte", "inte vid namn", "anges inte", "framgår inte", "inga namn", "ingen nämns"),
             "en": ("not mention", "not named", "no one is named", "does not name", "not given", "names no one",
                    "not say")}
_AGREEMENT_NAMES = {"medborgarlofte": ("medborgarlöfte", "citizen promise"),
                    "samverkansoverenskommelse": ("samverkansöverenskommelse", "cooperation agreement")}


def _unsigned(muni: Municipality) -> list[dict[str, Any]]:
    """"Vem skrev under …?" of an entry that names no one (no people, no note on the signing)."""
    if muni.people or any(a.signed_note for a in muni.agreements):
        return []
    kinds = [a.kind for a in muni.agreements if a.kind in _AGREEMENT_NAMES]
    if not kinds:
        return []
    out = []
    for lang in (("sv", "en")[_seed(muni.id) % 2],):
        kind = _AGREEMENT_NAMES[kinds[0]][0 if lang == "sv" else 1]
        p = Passage(muni.id, "signing", "", muni.id + kind, "", lang)
        out.extend(_asked(muni, p, "unsigned", "", [], list(NOT_NAMED[lang]),
                          {"kind": kind, "Ks": genitive(muni.name) if lang == "sv" else f"{muni.name}'s"}))
    for case in out:
        case["any"] = True  # one of the phrases, not all
        if case["shape"] == "preface":  # the question without the kommun, which the preface names
            preface = case["q"][:case["q"].index(". ") + 2]
            kind = _AGREEMENT_NAMES[kinds[0]][0 if case["lang"] == "sv" else 1]
            case["q"] = preface + (f"Vilka undertecknade {kind}{'t' if kind.endswith('löfte') else 'n'}?" if case["lang"] == "sv" else f"Who signed the {kind}?")
    return out


# How a sentence says something is new: for the first time, updated, the new law's, new.
_NEW_SAID = {"sv": re.compile(r"\bför första gången\b|\buppdaterade?\b|\bden nya lagen\b|\bett nytt\b|\bnytt för\b"),
             "en": re.compile(r"\bfor the first time\b|\bupdated\b|\bthe new law\b|\ba new\b")}


def _new(muni: Municipality) -> list[dict[str, Any]]:
    """"Vad är nytt med …?" of an entry with a sentence that says something is new: the reply must say one of them."""
    shown = _shown(entry_passages(muni))
    out: list[dict[str, Any]] = []
    for lang in ("sv", "en"):
        said = [p for p in shown if p.language == lang and _NEW_SAID[lang].search(p.text)]
        words = list(dict.fromkeys(_NEW_SAID[lang].search(p.text).group(0).lower() for p in said))  # type: ignore[union-attr]
        if said and words:
            Ks = genitive(muni.name) if lang == "sv" else f"{muni.name}'s"
            cases = _asked(muni, said[0], "new", "", [], words, {"Ks": Ks})
            out.extend({**case, "any_text": True} for case in cases)
    return out


def questions(knowledge: Any, which: str) -> list[dict[str, Any]]:
    out = []
    for muni in sorted(knowledge.municipalities.values(), key=lambda m: m.id):
        if half(muni.id) == which and muni.agreements:
            out.extend(_cases(muni))
            out.extend(_unsigned(muni))
            out.extend(_new(muni))
    return out


_OPEN = ("är du eller någon annan i fara just nu", "are you or someone else in danger right now")


def passes(case: dict[str, Any], reply: dict[str, Any]) -> bool:
    text = fold(reply.get("text", ""))
    if reply.get("municipality") != case["kommun"] or text.startswith(tuple(fold(o) for o in _OPEN)):
        return False
    if case.get("any_text"):
        return any(fold(e) in text for e in case["expect"])
    if case.get("any"):
        return any(fold(e) in text.split("\n\n")[0] for e in case["expect"])
    return all(fold(e) in text for e in case["expect"])


def main(argv: list[str]) -> None:
    from bot.cli.services import build_engine

    which = argv[0] if argv else "develop"
    out = argv[1] if len(argv) > 1 else None
    engine = build_engine(None)
    cases = questions(engine.knowledge, which)
    counts, failed = tally(engine, cases, passes, lambda c: (f"{c['mode']}/{c['kind']}", f"{c['lang']}/{c['shape']}"))
    for (mode, lang), (n, bad) in sorted(counts.items()):
        print(f"  {mode:13} {lang:11} {n:5} tried, {bad:5} fail")
    print(f"{which}: {len(cases)} tried, {len(failed)} fail")
    if out:
        Path(out).write_text(json.dumps(failed, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
