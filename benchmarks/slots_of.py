"""One slot asked OF a thing an entry names (a probe of the detail class, issue #31 item 1: detail questions).

An entry names a thing (a Brå or council, a forum or group, a citizen dialogue, a night patrol, a youth centre, a
survey, a safety walk, cameras, the kommunpolis, a person it lists) and the resident asks one slot of it: who
convenes or leads it, what times of day, how often, how many, its phone number or e-mail, since when. Built from
the entries' own sentences (`entry_passages`, no notes on sources, parties, partners, people's quotes or the
signing note) and their people:

- `held`: the sentence that names the thing holds the slot (a convener's verb and who, "sammankallas av
  kommunen"; a time of day, "kvällstid"; a frequency, "fyra gånger per år"; a count that is no year, "1 191
  invånare"; "sedan 2019"; a person's phone number in the entry): the reply must hold that slot's words as the
  sentence writes them (the figure as written).
- `absent`: no sentence of the entry that names the thing (by its first five letters) holds the slot, nor, for a
  phone number or an e-mail, any sentence of the entry and the person's own record: the reply's first paragraph
  must say it is not mentioned (answer_kinds.NOT_SAID) and name the slot asked (a word of it: "tider", "telefon",
  "hur ofta", "times", "phone", …), the reply must hold the thing's sentence (its two rarest content words, or
  for a person the role), and it must not be the people list (a person of the entry the sentence does not name),
  the focus list ("Fokusområden:") or the /synpunkt invitation.

Each case is asked twice, in one of its slot's templates (Swedish and English, from the English passage for
English), the second in one of four shapes picked by a seed: lower case, å/ä/ö folded, terse ("Växjö brå –
telefon?"), or after a short personal preface that names the kommun ("Jag bor i Växjö. ", "I live in Växjö. ").
A case passes when the reply is about the entry's kommun, does not open with the 112 line, and meets its mode.

Besides, `seen` counts the seen sets' detail cases (eval/blind/**/detail.yaml, develop: the top level and v2–v16,
check: v17–v27) that ask a slot of this kind (the slot's question words), passing and failing through the engine.

The entries are split into halves by a hash of their id (answer_kinds.half); read the check half at the start
and the end only. Templates are picked by a seed from the sentence, so a run asks the same questions.

Measured (7 December 2026, slots28), failing of tried, this probe as committed: main's code (4c194c0) develop 826
of 1042, check 1126 of 1446; the branch's end develop 66 of 1042, check 108 of 1446 (the check half read at the start,
with an earlier draft of this probe: 1105 of 1418 on main's code, and at the end). Seen detail slot cases
failing: develop 1 of 190 at both ends, check 18 → 14 of 218. At the start every absent slot failed (the people list for
"vem leder/sammankallar …", the period for "sen när …", the limits line for "hur många svarade …", the focus
area for "öppettider …", a person's role with no word of the phone number asked), and a convener's sentence lost
to the Brå's description. Left: a person named in several entries (the reply names them all, with no kommun), an
English "what is X's phone number?" read as an emergency by the model (never overridden: 112 first stays), a name
the speller takes for a word ("Andreas" as "andras", another's data, refused), and a count the entry gives only
in a quote beside a list.

Run: `python -m benchmarks.slots_of [develop|check] [OUT.json]`: tried/failing per mode, slot and language,
the seen detail cases of the half, and the failures in OUT.json.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from benchmarks.answer_kinds import NOT_SAID, PATTERNS, content, half, rarest
from benchmarks.blind import ROOT, failures, fold, last_reply
from benchmarks.counts_times import _seed, counts_in
from benchmarks.probe_tally import tally
from bot.answering.knowledge_model import Municipality
from bot.answering.passage_kinds import Passage, entry_passages

_SKIPPED = frozenset(("source_note", "checked", "party", "partner", "quote", "contact", "signing"))
# The things asked of: (kind, Swedish pattern, English pattern), the match being the thing as written.
THINGS: tuple[tuple[str, str, str], ...] = (
    ("council", r"\b(?:strategiska |operativa )?(?:Brå|[a-zåäö]*(?<!om)rådet|brottsförebyggande råd(?:et)?)\b",
     r"\b(?:strategic |operational )?(?:Brå|crime prevention council|(?!the |a |municipal )[a-z]{4,} council)\b"),
    ("forum", r"\b[a-zåäö]*(?:forum|forumet|styrgrupp(?:en)?|samverkansgrupp(?:en)?|ledningsgrupp(?:en)?)\b",
     r"\b[a-z]* ?(?:forum|steering group|working group|management group)\b"),
    ("dialogue", r"\b(?:medborgardialog(?:er|erna|en)?|dialogmöten?|medborgarmöten?)\b",
     r"\b(?:citizen dialogues?|dialogue meetings?|public meetings?)\b"),
    ("patrol", r"\b(?:nattvandring(?:ar|arna)?|nattvandrare|nattvandrarna|trygghetsvärdar(?:na)?)\b",
     r"\b(?:night walk(?:s|ers)?|night patrols?|safety hosts?)\b"),
    ("youth", r"\b(?:fritidsgård(?:en|ar|arna)?|ungdomsgård(?:en|ar)?|mötesplats(?:en|er)? för unga)\b",
     r"\b(?:youth centres?|youth clubs?|recreation centres?)\b"),
    ("survey", r"\b(?:trygghetsenkät(?:en|er)?|enkät(?:en|er)?|trygghetsmätning(?:en|ar)?|trygghetsundersökning(?:en|ar)?|"
               r"medborgarundersökning(?:en)?)\b",
     r"\b(?:safety survey|survey|questionnaire)s?\b"),
    ("walk", r"\btrygghetsvandring(?:ar|arna|en)?\b", r"\bsafety walks?\b"),
    ("camera", r"\b(?:kamerabevakning(?:en)?|kameror(?:na)?|övervakningskameror)\b", r"\b(?:camera surveillance|CCTV|cameras)\b"),
    ("police", r"\b(?:kommunpolis(?:en|er)?|områdespolis(?:en|er)?)\b", r"\b(?:municipal police officers?|community police officers?)\b"),
)
_THING = {lang: [(kind, re.compile(p[0 if lang == "sv" else 1], re.IGNORECASE)) for kind, *p in THINGS]
          for lang in ("sv", "en")}
# How a sentence holds each slot.
SLOT_HELD = {
    "who": {"sv": re.compile(r"\b(?:sammankallas|sammankallar|sammankallande|leds av|samordnas av|är ordförande|ordförande i)\b(?:\s+[^\s.,;:()]+){0,2}",
                             re.IGNORECASE),
            "en": re.compile(r"\b(?:convened by|convenes|is led by|led by|coordinated by|chaired by|chair of)\b(?:\s+[^\s.,;:()]+){0,2}",
                             re.IGNORECASE)},
    "times": {"sv": re.compile(r"\b(?:kvällstid|nattetid|dagtid|på kvällar(?:na)?|på helger(?:na)?|fredags- och lördagskvällar|"
                               r"fredagar|lördagar|helgkvällar|klockan \d+|kl\. ?\d+|\d\d[.:]\d\d)\b", re.IGNORECASE),
              "en": re.compile(r"\b(?:in the evenings?|at night|during the day|at weekends|on weekends|Fridays|Saturdays|"
                               r"\d\d[.:]\d\d|\d+ ?(?:am|pm))\b", re.IGNORECASE)},
    "often": {lang: PATTERNS["often"][lang] for lang in ("sv", "en")},
    "since": {"sv": re.compile(r"\bsedan (?:år )?(?:19|20)\d\d\b"), "en": re.compile(r"\bsince (?:19|20)\d\d\b")},
}
_PEOPLE_COUNT = re.compile(r"(?<![\d.,:/–-])\b(\d{1,3}(?: \d{3})+|\d+)\s+(?:personer|invånare|svar|people|residents|responses)\b")
_PHONE = re.compile(r"\b0\d{1,3}[- ]\d[\d ]{4,}\b|@|\btelefon(?:nummer)?\b|\bphone\b", re.IGNORECASE)
TEMPLATES: dict[str, dict[str, list[str]]] = {
    "who": {"sv": ["Vem sammankallar {T} i {K}?", "Vem leder {T} i {K}?", "vem kallar till {T} i {K}"],
            "en": ["Who convenes the {T} in {K}?", "Who leads the {T} in {K}?"]},
    "times": {"sv": ["Vilka tider är {T} i {K}?", "Vilka tider på dygnet gäller {T} i {K}?", "när på dagen är {T} i {K}"],
              "en": ["At what times are the {T} in {K}?", "What time of day is the {T} in {K}?"]},
    "hours": {"sv": ["Vilka öppettider har {T} i {K}?", "När har {T} öppet i {K}?"],
              "en": ["What are the opening hours of the {T} in {K}?", "When is the {T} open in {K}?"]},
    "often": {"sv": ["Hur ofta träffas {T} i {K}?", "Hur ofta möts {T} i {K}?", "hur ofta har {T} möte i {K}"],
              "en": ["How often does the {T} meet in {K}?", "How often does the {T} in {K} have meetings?"]},
    "often_done": {"sv": ["Hur ofta blir det {T} i {K}?", "Hur ofta genomförs {T} i {K}?", "hur ofta sker {T} i {K}"],
                   "en": ["How often are there {T} in {K}?", "How often is the {T} done in {K}?"]},
    "many": {"sv": ["Hur många deltog i {T} i {K}?", "Hur många är med i {T} i {K}?", "hur många var med i {T} i {K}"],
             "en": ["How many people took part in the {T} in {K}?", "How many are in the {T} in {K}?"]},
    "answers": {"sv": ["Hur många svarade på {T} i {K}?", "Hur många svar fick {T} i {K}?", "antal svarande i {T} i {K}?"],
                "en": ["How many answered the {T} in {K}?", "How many responses did the {T} in {K} get?"]},
    "phone": {"sv": ["Vad har {T} i {K} för telefonnummer?", "Vilket telefonnummer har {T} i {K}?",
                     "mejladress till {T} i {K}?"],
              "en": ["What is the phone number of the {T} in {K}?", "What is the e-mail address of the {T} in {K}?"]},
    "since": {"sv": ["Sedan när finns {T} i {K}?", "Sen när har {K} haft {T}?"],
              "en": ["Since when has {K} had the {T}?", "Since when is there a {T} in {K}?"]},
}
PERSON_TEMPLATES = {"sv": ["Vad har {P} för telefonnummer?", "Vilket telefonnummer har {P} i {K}?", "mejl till {P} i {K}?"],
                    "en": ["What is {P}'s phone number?", "What is the e-mail address of {P} in {K}?"]}
TERSE = {"sv": {"who": "sammankallande?", "times": "tider?", "hours": "öppettider?", "often": "hur ofta?",
                "many": "hur många?", "answers": "hur många svarade?", "phone": "telefon?", "since": "sedan när?"},
         "en": {"who": "who convenes?", "times": "what times?", "hours": "opening hours?", "often": "how often?",
                "many": "how many?", "answers": "how many answered?", "phone": "phone number?", "since": "since when?"}}
PREFACES = {"sv": ["Jag bor i {K}. ", "Vi har flyttat till {K} i höstas. ", "Jag funderar på att engagera mig i {K}. "],
            "en": ["I live in {K}. ", "We just moved to {K}. "]}
# A word the "not mentioned" paragraph must hold: the slot asked, named.
SLOT_WORDS = {"who": ("sammankall", "leder", "leds", "vem", "convene", "leads", "led by", "who"),
              "times": ("tid", "time", "when", "när"), "hours": ("öppettid", "opening hours", "open", "öppe"),
              "often": ("hur ofta", "how often", "ofta", "often"), "many": ("hur många", "antal", "how many", "number"),
              "answers": ("hur många", "antal", "svar", "how many", "number", "answer", "respon"),
              "phone": ("telefon", "phone", "e-post", "mejl", "e-mail", "email", "kontakt", "contact"),
              "since": ("sedan när", "since when", "sedan", "since", "start")}
_OPEN = ("är du eller någon annan i fara just nu", "are you or someone else in danger right now")


def _shown(passages: list[Passage]) -> list[Passage]:
    return [p for p in passages if p.kind not in _SKIPPED]


def _held(slot: str, p: Passage) -> str | None:
    """The slot's words as the sentence writes them, when it holds the slot."""
    if slot in ("many", "answers"):
        found = counts_in(p.text, p.language)
        people = _PEOPLE_COUNT.search(p.text)  # "280 personer svarade", "500 people answering"
        return found[0][0] if found else people.group(1) if people else None
    if slot == "phone":
        m = _PHONE.search(p.text)
        return m.group(0) if m and m.group(0)[:1].isdigit() else None
    if slot in ("times", "hours"):
        slot = "times"
    m = SLOT_HELD[slot][p.language].search(p.text)
    return m.group(0).rstrip(".,;:)") if m else None


def _slots(kind: str) -> tuple[str, ...]:
    return {"council": ("who", "often", "phone", "since", "many"), "forum": ("who", "often", "many"),
            "dialogue": ("times", "many", "often"), "patrol": ("times", "often", "many"),
            "youth": ("hours", "phone", "since"), "survey": ("answers", "since"), "walk": ("often", "times", "many"),
            "camera": ("many", "since"), "police": ("many", "phone", "times")}[kind]


def _shape(q: str, lang: str, muni: Municipality, thing: str, slot: str, seed: int) -> tuple[str, str]:
    pick = seed % 4
    if pick == 0:
        return "lower", q.lower()
    if pick == 1:
        return "folded", fold(q) if lang == "sv" else q.lower()
    if pick == 2:
        return "terse", f"{muni.name} {thing.lower()} – {TERSE[lang][slot]}"
    preface = PREFACES[lang][seed % len(PREFACES[lang])].format(K=muni.name)
    return "preface", preface + q


def _asked(muni: Municipality, lang: str, slot: str, temps: list[str], fill: dict[str, str], seed: int,
           case: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for n in range(2):
        q = temps[(seed + n) % len(temps)].format(K=muni.name, **fill).replace("the the ", "the ")
        shape = "plain"
        if n == 1:
            shape, q = _shape(q, lang, muni, fill.get("T") or fill.get("P", ""), slot, seed // 4)
        out.append({**case, "slot": slot, "lang": lang, "q": q[:1].upper() + q[1:] if shape == "plain" else q,
                    "kommun": muni.id, "shape": shape})
    return out


def _cases(muni: Municipality) -> list[dict[str, Any]]:
    shown = _shown(entry_passages(muni))
    shown += [Passage(muni.id, "person", "", f"{person.name}, {role}", "", lang) for person in muni.people
              for lang, role in (("sv", person.role), ("en", person.role_en or person.role))]
    df: Counter[str] = Counter()
    for p in shown:
        df.update(set(content(p.text, muni, "")))
    people = [fold(person.name) for person in muni.people]
    out: list[dict[str, Any]] = []
    seen: set[tuple[str, ...]] = set()
    for p in shown:
        for kind, pattern in _THING[p.language]:
            m = pattern.search(p.text)
            if m is None or len(m.group(0)) < 3 or m.group(0).lower() in ("council", "forum"):
                continue
            thing = m.group(0).strip()
            if m.start() == 0 and not thing.startswith("Brå"):
                thing = thing[:1].lower() + thing[1:]  # the sentence's first word, no name
            stem = fold(re.sub(r"^(?:strategiska|operativa|strategic|operational) ", "", thing))[:5]
            naming = [q for q in shown if q.language == p.language and stem in fold(q.text)]
            for slot in _slots(kind):
                key = (p.language, stem, slot)
                if key in seen:
                    continue
                if p.kind == "person":
                    continue  # a person's role is asked of by the person (below), never as a thing of its own
                others = [h for q in naming if (h := _held(slot, q))]
                held = _held(slot, p) or (others[0] if others else None)
                if slot == "phone" and held is None and any(_PHONE.search(q.text) for q in shown):
                    continue  # the entry gives some number: not asked
                if held is None and sum(1 for k in seen if len(k) == 4 and k[:2] == key[:2] and k[3] == "absent") >= 2:
                    continue  # two absent slots of a thing are enough
                seen.add((*key, "held" if held else "absent"))
                seen.add(key)
                said = [rarest(content(q.text, muni, m.group(0)), df, 2) for q in naming]
                named = [n for n in people if n not in fold(p.text)]
                case = {"mode": "held" if held else "absent", "kind": kind, "thing": thing, "sentence": p.text,
                        "expect": [held, *others] if held else [], "said": said, "people": named}
                seed = _seed(p.text + slot)
                temps = TEMPLATES["often_done" if slot == "often" and kind not in ("council", "forum") else slot]
                out.extend(_asked(muni, p.language, slot, temps[p.language], {"T": thing}, seed, case))
    for person in muni.people:
        lang = ("sv", "en")[_seed(person.name) % 2]
        role = person.role if lang == "sv" else (person.role_en or person.role)
        case = {"mode": "held" if person.phone else "absent", "kind": "person", "thing": person.name,
                "sentence": role, "expect": [person.phone] if person.phone else [],
                "said": [re.split(r"[,(]", role)[0].split()[:2]], "people": []}
        out.extend(_asked(muni, lang, "phone", PERSON_TEMPLATES[lang], {"P": person.name}, _seed(person.name), case))
    return out


def questions(knowledge: Any, which: str) -> list[dict[str, Any]]:
    out = []
    for muni in sorted(knowledge.municipalities.values(), key=lambda m: m.id):
        if half(muni.id) == which and muni.agreements:
            out.extend(_cases(muni))
    return out


def passes(case: dict[str, Any], reply: dict[str, Any]) -> bool:
    text = fold(reply.get("text", ""))
    if reply.get("municipality") != case["kommun"] or text.startswith(tuple(fold(o) for o in _OPEN)):
        return False
    if case["mode"] == "held":
        return any(fold(e) in text for e in case["expect"]) if case["kind"] != "person" else all(
            fold(e) in text for e in case["expect"])
    first = text.split("\n\n")[0]
    return (any(fold(s) in first for s in NOT_SAID) and any(fold(w) in first for w in SLOT_WORDS[case["slot"]])
            and any(all(fold(w) in text for w in words) for words in case["said"]) and "/synpunkt" not in text
            and "fokusomraden:" not in text and "focus areas:" not in text
            and not any(n in text for n in case["people"]))


# A seen detail case asks a slot of this kind by these words.
SEEN_SLOT = re.compile(r"\b(?:vem sammankallar|vem leder|vem kallar|who convenes|who leads|vilka tider|vilken tid|"
                       r"när på|öppettider|opening hours|what times?|hur ofta|how often|hur många|how many|"
                       r"telefonnummer|telefon|phone|e-post|mejl|e-mail|sedan när|sen när|since when)\b")


def seen(engine: Any, which: str) -> tuple[int, int]:
    """(tried, failing) of the seen sets' detail cases of this half that ask a slot of a thing."""
    files = sorted((ROOT / "eval" / "blind").glob("**/detail.yaml"))
    tried = bad = 0
    for f in files:
        m = re.match(r"v(\d+)$", f.parent.name)
        n = int(m.group(1)) if m else 1
        if n > 27 or ("develop" if n <= 16 else "check") != which:
            continue
        for case in yaml.safe_load(f.read_text(encoding="utf-8")) or []:
            turns = case.get("turns") or [case.get("q", "")]
            if not SEEN_SLOT.search(fold(turns[-1])) and not SEEN_SLOT.search(turns[-1].lower()):
                continue
            tried += 1
            bad += bool(failures(case, last_reply(engine, turns)))
    return tried, bad


def main(argv: list[str]) -> None:
    from bot.cli.services import build_engine

    which = argv[0] if argv else "develop"
    out = argv[1] if len(argv) > 1 else None
    engine = build_engine(None)
    cases = questions(engine.knowledge, which)
    counts, failed = tally(engine, cases, passes, lambda c: (f"{c['mode']}/{c['slot']}", f"{c['lang']}/{c['shape']}"))
    by: Counter[tuple[str, str]] = Counter()
    for (mode, lang), (n, b) in sorted(counts.items()):
        by[(mode, "n")] += n
        by[(mode, "bad")] += b
    for mode in sorted({m for m, _ in by}):
        print(f"  {mode:14} {by[(mode, 'n')]:5} tried, {by[(mode, 'bad')]:5} fail")
    n_seen, bad_seen = seen(engine, which)
    print(f"{which}: {len(cases)} tried, {len(failed)} fail; seen detail slot cases {n_seen} tried, {bad_seen} fail")
    if out:
        Path(out).write_text(json.dumps(failed, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
