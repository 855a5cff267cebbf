"""A detail asked of something the entry does NOT hold, or of a category whose instances it names (a probe of the
detail class, issue #31 item 1: "'Not mentioned' is said only for the subject the resident asked about").

Two modes, both built from the entries alone:

- `absent`: a noun some entries hold (a one-word keyword of a focus area that stands in a sentence of its own
  entry) that entry E does not: neither its first five letters nor those of any last part of it (a compound's
  "…bedrägerier") occur anywhere in E's file, and no word of the question's frame. Asked of E as "vilken/vilket X
  …", "finns det X i E?", "ska E satsa på X?", "har E någon X?", English "which X does E …", "is there an X in
  E?", "does E have any X?". The reply must be about E, say it is not mentioned (NOT_SAID) and name the subject
  (its first five letters) in its first paragraph.
- `which`: a category noun (company, authority, association, school, place) whose instances E's sentences
  name, found generally: capitalised names ending as a company ("-hem", "-bostäder", "-byggen", "-trafik"), an
  authority ("-verket", "-styrelsen", "Region …"), an association ("-föreningen", "-förbundet") or a school
  ("-skolan", "-gymnasiet"), and E's own localities named in its sentences. Asked the same ways; the reply must
  be about E and hold one of the instances, and not open by saying the category is not mentioned.

The entries are split into halves by a hash of their id (md5's first byte even: develop, odd: check), as in
answer_kinds.py; read the check half at the start and the end only. Questions are picked per entry by a seed
from its id, so a run asks the same ones.

Measured (7 December 2026, detail25), failing of tried: main's code (b188590) develop 223 of 664, check 225 of 716;
the branch's end develop 66 of 664, check 67 of 716 (check read at those two points only; a first version of the
probe, before aspect words such as "metod" and times of day were left out of the absent subjects, read 243 and 250
on main). What is left is mostly routing before the answer: "ska X satsa på Y?" of an unknown Y read as out of
scope, "har X någon olyckor?" read as an emergency, "which Y does X use?" answered with a passage on drug "use".

Run: `python -m benchmarks.absent_which [develop|check] [OUT.json]`: tried/failing per mode and language, and the
failures in OUT.json.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

from benchmarks.answer_kinds import NOT_SAID, half
from benchmarks.blind import fold
from benchmarks.probe_tally import tally
from bot.answering.knowledge_model import Municipality
from bot.answering.passage_kinds import entry_passages
from bot.text import genitive

# Words of the question's frame, or too general to be absent from an entry's meaning.
_FRAME = frozenset(fold(w) for w in (
    "kommun", "kommunen", "polis", "polisen", "avtal", "avtalet", "löfte", "löftet", "medborgarlöfte",
    "samverkan", "trygghet", "tryggheten", "otrygghet", "brott", "brottslighet", "säkerhet", "police", "municipality",
    "safety", "crime", "agreement", "promise", "cooperation", "security", "ungdomar", "unga", "barn", "young",
    "people", "children", "youth", "samverkansöverenskommelse", "medborgarlöften",
    # an aspect of the agreement (how it works, is followed up, who to contact): asked of, the aspect's answer
    # ("the source says nothing about how …") is right, not a subject "not mentioned"
    "metod", "metoder", "method", "methods", "åtgärder", "åtgärdsplan", "measures", "strategi", "strategic",
    "strategy", "planering", "planning", "dialog", "dialogue", "uppföljning", "survey", "kontakt", "contact",
    "prioriteringar", "priorities", "prevention", "förebyggande", "samordnare", "coordinator", "coordination",
    "information", "feedback", "frågor", "questions", "aktiviteter", "activities", "insatser", "interventions",
    "lägesbild", "trygghetsvandring", "unsafe", "insecurity", "otrygga", "underlag", "analys", "analysera",
    # a time of the resident's story ("på kvällarna"), never a subject of its own
    "evening", "evenings", "summer", "helger", "kvällar", "kvällstid", "natten", "sommaren"))
_TEMPLATES = {
    "sv": ["Vilken {w} satsar {K} på?", "Vilket {w} nämns i {Ks} avtal?", "Finns det {w} i {K}?",
           "Ska {K} satsa på {w}?", "Har {K} någon {w}?", "{K}: vilka {w} har kommunen?"],
    "en": ["Which {w} does {K} use?", "Is there any {w} in {K}?", "Does {K} have any {w}?",
           "What {w} does {K}'s agreement name?"],
}
# category: (Swedish nouns, English nouns, the pattern of an instance's name)
CATEGORIES: dict[str, tuple[tuple[str, ...], tuple[str, ...], re.Pattern[str]]] = {
    "company": (("företag", "bolag"), ("company", "companies"),
                re.compile(r"\b[A-ZÅÄÖ][a-zåäö]+(?:hem|bostäder|byggen|trafik|fastigheter|bolaget)\b")),
    "authority": (("myndighet", "myndigheter"), ("authority", "authorities"),
                  re.compile(r"\b(?:[A-ZÅÄÖ][a-zåäö]+(?:verket|styrelsen|vården|kassan)|Region [A-ZÅÄÖ][a-zåäö]+)\b")),
    "association": (("förening", "föreningar"), ("association", "associations"),
                    re.compile(r"\b[A-ZÅÄÖ][a-zåäö]+(?:föreningen|förening|förbundet|förbund)\b")),
    "school": (("skola", "skolor"), ("school", "schools"),
               re.compile(r"\b[A-ZÅÄÖ][a-zåäö]+(?:skolan|gymnasiet)\b")),
}
_WHICH = {
    "sv": ["{V} {c} samarbetar {K} med?", "Vilka {cs} är med i {Ks} avtal?", "Finns det någon {c} med i {K}?",
           "Har {K} någon {c} i avtalet?"],
    "en": ["Which {c} does {K} work with?", "Is there any {c} involved in {K}?", "Which {cs} take part in {K}?"],
}
_PLACES = {"sv": ["Vilka orter nämns i {Ks} avtal?", "Vilken ort pekas ut i {K}?", "Finns det någon ort som nämns i {K}?"],
           "en": ["Which towns does {K}'s agreement name?", "Is there a town named in {K}'s agreement?"]}
# endings of an adverb, an adjective, a participle or a verb, never the noun a resident asks which of
_NOT_NOUNS = ("iskt", "igt", "ligt", "era", "ed", "ly", "ande", "ende", "iva", "ade")
PER_ENTRY = 2  # absent subjects per entry and language


def _seed(text: str) -> int:
    return int.from_bytes(hashlib.md5(text.encode()).digest()[:4], "big")


def _file_text(muni: Municipality) -> str:
    return fold(" ".join(p.text for p in entry_passages(muni)) + " " + " ".join(
        " ".join(p.keywords) for p in entry_passages(muni)) + " " + " ".join(a.quote for a in muni.agreements) + " "
        + " ".join(p.name for p in muni.parties + muni.partners) + " " + " ".join(muni.localities))


def _held(word: str, text: str) -> bool:
    """Its first five letters anywhere in the entry's text, or those of a last part of it (of five letters or more)."""
    w = fold(word)
    return any(w[cut:cut + 5] in text for cut in range(0, len(w) - 4))


def pool(knowledge: Any) -> dict[str, list[str]]:
    """One-word keywords that stand as words in a sentence of their own entry, Swedish and English, sorted."""
    out: dict[str, set[str]] = {"sv": set(), "en": set()}
    for muni in knowledge.municipalities.values():
        found = entry_passages(muni)
        words = {lang: {w.lower() for p in found if p.language == lang for w in re.findall(r"[\wåäöÅÄÖ]+", p.text)}
                 for lang in out}
        for p in found:
            for k in p.keywords:
                if not re.fullmatch(r"[a-zåäö]{6,14}", k) or fold(k) in _FRAME or k.endswith(_NOT_NOUNS):
                    continue
                for lang in out:
                    if k in words[lang] and k not in words["en" if lang == "sv" else "sv"]:
                        out[lang].add(k)
    return {lang: sorted(words) for lang, words in out.items()}


def _absent(muni: Municipality, words: dict[str, list[str]], text: str) -> list[dict[str, Any]]:
    out = []
    seed = _seed(muni.id)
    for lang, pool_words in words.items():
        free = [w for w in pool_words if not _held(w, text) and fold(muni.name)[:5] not in fold(w)]
        if not free:
            continue
        for n in range(PER_ENTRY):
            w = free[(seed + 7919 * n) % len(free)]
            temps = _TEMPLATES[lang]
            template = temps[(seed + n) % len(temps)]
            q = template.format(w=w, K=muni.name, Ks=genitive(muni.name))
            if n == 1:
                q = q.lower()
            out.append({"mode": "absent", "lang": lang, "q": q, "kommun": muni.id, "subject": w, "template": template})
    return out


def _instances(muni: Municipality) -> dict[str, list[str]]:
    texts = [p.text for p in entry_passages(muni)] + [p.name for p in muni.parties + muni.partners]
    out: dict[str, list[str]] = {}
    for cat, (_, _, pattern) in CATEGORIES.items():
        names = sorted({m.group(0) for t in texts for m in pattern.finditer(t)} - {muni.name})
        names = [n for n in names if not n.startswith(("Polis", "Lokalpolis"))]
        if names:
            out[cat] = names
    sv_text = " ".join(p.text for p in entry_passages(muni) if p.language == "sv")
    places = [loc for loc in muni.localities if re.search(rf"\b{re.escape(loc)}\b", sv_text)]
    if places:
        out["place"] = places
    return out


def _which(muni: Municipality) -> list[dict[str, Any]]:
    out = []
    seed = _seed(muni.id + "which")
    for cat, names in _instances(muni).items():
        for lang in ("sv", "en"):
            if cat == "place":
                temps, fill = _PLACES[lang], {}
            else:
                sv, en, _ = CATEGORIES[cat]
                temps = _WHICH[lang]
                fill = {"c": sv[0], "cs": sv[-1], "V": "Vilket" if sv[0] == "företag" else "Vilken"} if lang == "sv" else {"c": en[0], "cs": en[-1]}
            for n in range(2):
                template = temps[(seed + n) % len(temps)]
                q = template.format(K=muni.name, Ks=genitive(muni.name), **fill)
                if n == 1:
                    q = q.lower()
                out.append({"mode": "which", "lang": lang, "q": q, "kommun": muni.id, "category": cat,
                            "expect": names, "template": template})
    return out


def questions(knowledge: Any, which: str) -> list[dict[str, Any]]:
    words = pool(knowledge)
    out = []
    for muni in sorted(knowledge.municipalities.values(), key=lambda m: m.id):
        if half(muni.id) != which or not muni.agreements:
            continue
        out.extend(_absent(muni, words, _file_text(muni)))
        out.extend(_which(muni))
    return out


def passes(case: dict[str, Any], reply: dict[str, Any]) -> bool:
    text = fold(reply.get("text", ""))
    if reply.get("municipality") != case["kommun"]:
        return False
    first = text.split("\n\n")[0]
    if case["mode"] == "absent":
        return any(fold(s) in first for s in NOT_SAID) and fold(case["subject"])[:5] in first
    said_missing = any(fold(s) in first for s in NOT_SAID)
    return not said_missing and any(fold(n) in text for n in case["expect"])


def main(argv: list[str]) -> None:
    from bot.cli.services import build_engine

    which = argv[0] if argv else "develop"
    out = argv[1] if len(argv) > 1 else None
    engine = build_engine(None)
    cases = questions(engine.knowledge, which)
    counts, failed = tally(engine, cases, passes, lambda case: (case["mode"], case["lang"]), 400)
    for (mode, lang), (n, bad) in sorted(counts.items()):
        print(f"  {mode:7} {lang}  {n:5} tried, {bad:5} fail")
    print(f"{which}: {len(cases)} tried, {len(failed)} fail")
    if out:
        Path(out).write_text(json.dumps(failed, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
