"""A detail asked by the KIND of answer it wants: does the reply hold the sentence's answer (a probe of the detail class).

Strangers' detail questions that fail ask for a kind of answer ("hur ofta", "hur länge", "vem ansvarar",
"varför", "var", "hur många", "kan det förlängas") in words of their own, and the reply quotes a sentence on the
right subject that does not hold that kind of answer. Here every sentence of every entry (Swedish and English
passages, `bot/answering/passage_kinds.py`; no notes on sources, parties or quotes) is read for an answer of
one of these kinds, found by pattern:

- `often`: a frequency ("en gång i veckan", "varje månad", "kvartalsvis", "twice a year");
- `long`: a duration ("under tre månader", "i två år", "for three years"), never "inom" (a time limit);
- `count`: a number that is no year, date or list number, before a noun ("280 svar", "12 kameror");
- `why`: a reason after "eftersom", "på grund av", "because (of)", "since";
- `who`: a role or body that leads, coordinates or is responsible ("… ansvarar för", "leds av …");
- `where`: a place named after "i", "på", "vid" (a capitalised name that is not the kommun's own);
- `extend`: an extension clause ("förlängs", "kan förlängas", "extended").

Besides (mode `absent`): how often, asked of a focus area's word that no sentence holding it says how often of,
and whether the agreement will be extended, asked of an entry that never says: the reply must say the entry
does not say (NOT_SAID) — the frame's answer, never a sentence on the subject read as the answer.

For each, questions of that kind are written from the sentence's OTHER content words (the two rarest in the
entry, never a word of the answer), in several templates per kind, Swedish and English (an English template
takes the English passage's words), some in lower case or with å/ä/ö folded; a template is picked per
sentence by a seed from its text. A question passes when the reply is about the entry's kommun and holds the
answer's words (casefolded, without accents; for `why` and `extend` the sentence's rarest word not asked).

The entries are split into halves by a hash of their id (md5's first byte even: develop, odd: check); read
the check half at the start and the end only.

Measured (7 December 2026, detail24): main's code (eb277dd) develop 129 of 716 failing, check 158 of 754; the
branch's end develop 7 of 716, check 29 of 754 (the check half read at those two points only). Most of the start's
failures were the absent mode: an extension never mentioned answered with the overview, and a count of other
things ("tre riktade insatser") taken for a frequency.

Run: `python -m benchmarks.answer_kinds [develop|check] [OUT.json]`. It prints tried/failing per kind and
language and writes the failures to OUT.json.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from benchmarks.blind import fold, last_reply
from bot.answering.common_words import STOPWORDS
from bot.answering.knowledge_model import Municipality
from bot.answering.passage_kinds import Passage, entry_passages
from bot.text import genitive

_NUM_SV = r"(?:en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|arton|tjugo|\d+)"
_NUM_EN = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|\d+)"
PATTERNS: dict[str, dict[str, re.Pattern[str]]] = {
    "often": {
        "sv": re.compile(rf"\b(?:{_NUM_SV} gånger? (?:i|per|om) (?:veckan|månaden|året|terminen|kvartalet|dagen|vecka|"
                         r"månad|år|termin|kvartal)|varje (?:vecka|månad|år|kvartal|termin|dag|höst|vår)|"
                         r"var(?:annan|tannat|annat) (?:vecka|månad|år)|kvartalsvis|månadsvis|veckovis|årligen|"
                         r"dagligen|halvårsvis|terminsvis|två gånger per år)\b", re.IGNORECASE),
        "en": re.compile(rf"\b(?:(?:once|twice|{_NUM_EN} times) (?:a|per|each) (?:week|month|year|term|quarter|day)|"
                         r"every (?:week|month|year|quarter|term|day|other (?:week|month|year))|quarterly|monthly|"
                         r"weekly|annually|yearly|daily)\b", re.IGNORECASE)},
    "long": {
        "sv": re.compile(rf"(?<!inom )\b(?:under|i|på|för) ({_NUM_SV} (?:månader|år|veckor|dagar|månad|vecka|timmar))\b",
                         re.IGNORECASE),
        "en": re.compile(rf"\b(?:for|over) ((?:a|{_NUM_EN}) (?:months?|years?|weeks?|days?|hours?))\b", re.IGNORECASE)},
    "count": {
        "sv": re.compile(r"(?<![\d.,:/–-])\b(\d{1,3}(?: \d{3})*|\d+)\s+(?!år\b|procent\b|%|kr\b|kronor\b|timmar\b)([a-zåäö]{4,})\b"),
        "en": re.compile(r"(?<![\d.,:/–-])\b(\d{1,3}(?:,\d{3})*|\d+)\s+(?!years?\b|per\b|percent\b|%|hours?\b)([a-z]{4,})\b")},
    "why": {
        "sv": re.compile(r"\b(?:eftersom|på grund av|därför att|då det)\s+((?:\S+\s+){0,6}\S+)", re.IGNORECASE),
        "en": re.compile(r"\b(?:because(?: of)?|due to|since(?!\s+\d))\s+((?:\S+\s+){0,6}\S+)", re.IGNORECASE)},
    "who": {
        "sv": re.compile(r"\b(?:ansvarar för|ansvarig för|huvudansvar för|leds av|samordnas av|samordnar|"
                         r"har anställt|anställer|anställt)\b", re.IGNORECASE),
        "en": re.compile(r"\b(?:is responsible for|are responsible for|responsible for|is led by|led by|"
                         r"coordinated by|coordinates|has hired|hired|employs)\b", re.IGNORECASE)},
    "where": {
        "sv": re.compile(r"(?<=[a-zåäö,] )(?:i|på|vid)\s+((?:[A-ZÅÄÖ][a-zåäöé]+)(?:[ -][A-ZÅÄÖ][a-zåäöé]+)?)"),
        "en": re.compile(r"(?<=[a-z,] )(?:in|at|on)\s+((?:[A-ZÅÄÖ][a-zåäöé]+)(?:[ -][A-ZÅÄÖ][a-zåäöé]+)?)")},
    "extend": {
        "sv": re.compile(r"\bförläng\w*", re.IGNORECASE),
        "en": re.compile(r"\b(?:extend(?:ed|s)?|extension|prolong\w*)\b", re.IGNORECASE)},
}
# A role or body word: the answer to "vem ansvarar …".
ROLE = re.compile(r"\b([a-zåäö-]*(?:samordnare[n]?|strateg(?:en)?|förvaltning(?:en)?|nämnd(?:en)?|styrelse[n]?|"
                  r"kommunpolis(?:en)?|polis(?:en)?|kommun(?:en)?|chef(?:en)?|råd(?:et)?|grupp(?:en)?|"
                  r"coordinator|strategist|department|committee|board|police|municipality|council|group|manager))\b",
                  re.IGNORECASE)
# Words that never make a question's content (beside STOPWORDS): the agreement's own words and frame words.
_PLAIN = frozenset(("kommunen", "kommun", "polisen", "polis", "arbetet", "ska", "skall", "kommer", "genom", "även",
                    "också", "samt", "under", "inom", "mellan", "efter", "finns", "görs", "både", "också", "andra",
                    "the", "will", "also", "with", "that", "this", "which", "have", "been", "from", "their", "they",
                    "police", "municipality", "work", "through", "both", "other", "there", "these", "into", "more"))
_MONTHS = frozenset(("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
                     "november", "december", "january", "february", "march", "june", "july", "august", "october"))
_SKIPPED_KINDS = frozenset(("source_note", "checked", "party", "partner", "quote", "contact"))

TEMPLATES: dict[str, dict[str, list[str]]] = {
    "often": {"sv": ["Hur ofta {w} i {K}?", "{K}: hur ofta sker {w}?", "hur ofta blir det {w} i {K}",
                     "Hur ofta ska {w} göras enligt {Ks} överenskommelse?"],
              "en": ["How often is {w} done in {K}?", "{K}: how often {w}?", "how frequently {w} in {K}"]},
    "long": {"sv": ["Hur länge {w} i {K}?", "Hur lång tid gäller {w} i {K}?", "{K} – hur länge pågår {w}?",
                    "under hur lång tid {w} i {K}"],
             "en": ["How long is {w} in {K}?", "For how long {w} in {K}?", "{K}: how long does {w} last?"]},
    "count": {"sv": ["Hur många {n} {w} i {K}?", "Hur många {n} handlar det om i {K} ({w})?",
                     "{K}: hur många {n} {w}?", "antal {n} {w} i {K}?"],
              "en": ["How many {n} {w} in {K}?", "{K}: how many {n} {w}?", "what number of {n} {w} in {K}"]},
    "why": {"sv": ["Varför {w} i {K}?", "Vad var anledningen till {w} i {K}?", "{K}: varför {w}?",
                   "vad är skälet till {w} i {K}"],
            "en": ["Why {w} in {K}?", "What is the reason for {w} in {K}?", "{K}: why {w}?"]},
    "who": {"sv": ["Vem ansvarar för {w} i {K}?", "Vem leder {w} i {K}?", "{K}: vem har ansvaret för {w}?",
                   "vem samordnar {w} i {K}"],
            "en": ["Who is responsible for {w} in {K}?", "Who leads {w} in {K}?", "{K}: who is in charge of {w}?"]},
    "where": {"sv": ["Var {w} i {K}?", "Var i {K} sker {w}?", "{K}: var ska {w} ske?", "på vilken plats {w} i {K}"],
              "en": ["Where {w} in {K}?", "Where in {K} is {w}?", "{K}: where does {w} take place?"]},
    "extend": {"sv": ["Kan {Ks} avtal förlängas?", "Förlängs överenskommelsen i {K}?",
                      "{K}: är avtalet nytt eller en förlängning?", "kan samverkansavtalet i {K} förlängas"],
               "en": ["Can {K}'s agreement be extended?", "Is the agreement in {K} new or an extension?",
                      "{K}: will the agreement be extended?"]},
}


def half(muni_id: str) -> str:
    return "develop" if hashlib.md5(muni_id.encode()).digest()[0] % 2 == 0 else "check"


def _seed(text: str) -> int:
    return int.from_bytes(hashlib.md5(text.encode()).digest()[:4], "big")


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-zÅÄÖåäöéÉü-]{4,}", text)


def content(text: str, muni: Municipality, answer: str) -> list[str]:
    """The sentence's content words (lower-cased), minus stopwords, the kommun's name and the answer's words."""
    banned = {fold(w) for w in _words(answer)} | {fold(muni.name), fold(genitive(muni.name))}
    out = []
    for w in _words(text):
        low = w.lower()
        if fold(low) in banned or low in STOPWORDS or fold(low) in STOPWORDS or low in _PLAIN or w[:1].isupper() \
                or fold(low).startswith(fold(muni.name)[:5]):
            continue
        if low not in out:
            out.append(low)
    return out


def rarest(words: list[str], df: Counter[str], most: int = 2) -> list[str]:
    """The `most` words the fewest of the entry's sentences hold, in the sentence's order."""
    picked = sorted(words, key=lambda w: (df[w], -len(w)))[:most]
    return [w for w in words if w in picked]


def found(kind: str, passage: Passage, muni: Municipality) -> tuple[str, str, str] | None:
    """(answer span, the words expected in the reply, the counted noun) when the sentence holds an answer of `kind`."""
    text, lang = passage.text, passage.language
    m = PATTERNS[kind][lang].search(text)
    if m is None:
        return None
    if kind == "often":
        return m.group(0), m.group(0), ""
    if kind == "long":
        return m.group(0), m.group(1), ""
    if kind == "count":
        number, noun = m.group(1), m.group(2)
        before = text[:m.start()].split()[-1:]
        if re.fullmatch(r"(?:19|20)\d\d", number) or noun.lower() in STOPWORDS or fold(noun) in _MONTHS \
                or (before and fold(before[0]) in ("ar", "year", "arskurs", "klass", "grade", "skala", "scale")):
            return None
        return m.group(0), number, noun
    if kind == "why":
        words = [w for w in re.findall(r"[\w-]{4,}", m.group(1)) if w.lower() not in STOPWORDS and w.lower() not in _PLAIN
                 and not w[:1].isdigit()]
        return (m.group(0), words[0], "") if words else None
    if kind == "who":
        roles = [r for r in ROLE.findall(text) if fold(r) not in (fold(muni.name), "kommun", "kommunen")]
        return (roles[0], roles[0], "") if roles else None
    if kind == "where":
        place = m.group(1)
        if fold(place).startswith(fold(muni.name)[:5]) or fold(place) in fold(muni.name) or passage.kind in ("signing",) \
                or fold(place) in ("sverige", "sweden", "region", "polisen"):
            return None
        return m.group(0), place, ""
    return m.group(0), "", ""  # extend: the sentence's rarest word stands for it


def questions(knowledge: Any, which: str) -> list[dict[str, Any]]:
    """Per sentence holding an answer of a kind: questions from its two rarest words (`rare`), and from its one
    word most of the entry's sentences share (`shared`, the subject a resident names: then any sentence holding
    that word and an answer of the kind answers it)."""
    out = []
    for muni in sorted(knowledge.municipalities.values(), key=lambda m: m.id):
        if half(muni.id) != which:
            continue
        passages = [p for p in entry_passages(muni) if p.kind not in _SKIPPED_KINDS]
        df: Counter[str] = Counter()
        for p in passages:
            df.update(set(content(p.text, muni, "")))
        answers = [(p, kind, got) for p in passages for kind in PATTERNS if (got := found(kind, p, muni)) is not None]
        seen: set[tuple[str, str, str]] = set()
        for p, kind, (span, expect, noun) in answers:
            words = content(p.text, muni, span + " " + noun)
            if kind == "extend":
                rest = rarest(words, df, 1)
                if not rest or ("rare", kind, rest[0]) in seen:
                    continue
                seen.add(("rare", kind, rest[0]))
                out.extend(_asked(kind, p, muni, [], noun, [rest[0]], "rare"))
                continue
            rare = rarest(words, df)
            if len(rare) == 2 and expect and ("rare", kind, expect) not in seen:
                seen.add(("rare", kind, expect))
                out.extend(_asked(kind, p, muni, rare, noun, [expect], "rare"))
            shared = [w for w in words if df[w] >= 3 and len(w) >= 6]
            if not shared or not expect:
                continue
            subject = max(shared, key=lambda w: (df[w], len(w)))
            if ("shared", kind, subject) in seen:
                continue
            seen.add(("shared", kind, subject))
            expected = sorted({got[1] for q, k, got in answers if k == kind and q.language == p.language
                               and subject in content(q.text, muni, got[0] + " " + got[2])})
            out.extend(_asked(kind, p, muni, [subject], noun, expected, "shared"))
        out.extend(_absent(muni, passages, df))
    return out


# Any word of how often, broadly (a sentence holding one is no absent frequency's).
_SOME_FREQUENCY = re.compile(r"\bgång|\bvarje\b|\bvar (?:annan|annat|tredje|fjärde)\b|vartannat|årlig|\bper (?:år|månad|vecka|dag)|"
                             r"\bom året|\bi (?:veckan|månaden|året)\b|regelbund|löpande|kontinuerlig|återkommande|"
                             r"(?:kvartals|månads|vecko|halvårs|termins)vis|\b(?:vår|höst) (?:och|respektive) (?:höst|vår)|"
                             r"dagligen|tillfälle|\bhelg", re.IGNORECASE)
# How a reply says the entry does not give what was asked.
NOT_SAID = ("nämns inte", "framgår inte", "statistik", "statistics", "har ingen", "has no", "anges inte", "säger inte", "står inte", "does not mention", "does not say",
            "not mentioned", "does not state")


def _absent(muni: Municipality, passages: list[Passage], df: Counter[str]) -> list[dict[str, Any]]:
    """`absent` mode: a frequency asked of a subject the entry names in two or more sentences, none of which
    says how often (nor any sentence of the entry that holds the subject's first five letters): the reply
    must say the entry does not say."""
    swedish = [p for p in passages if p.language == "sv"]
    often = [p for p in swedish if found("often", p, muni) is not None or _SOME_FREQUENCY.search(p.text)]
    # the subject a resident names: a word of a focus area's title or keywords that two sentences or more hold
    titled = {w for p in swedish if p.kind in ("area", "measure") for w in content(f"{p.label} {' '.join(p.keywords)}", muni, "")}
    df = Counter(w for p in swedish for w in set(content(p.text, muni, "")) if w in titled)
    subjects = sorted((w for w in df if df[w] >= 2 and len(w) >= 7 and not any(fold(w)[:5] in fold(p.text) for p in often)),
                      key=lambda w: (-df[w], w))
    if not subjects:
        return []
    subject = subjects[0]
    sentence = next(p for p in swedish if subject in content(p.text, muni, ""))
    out = [{**case, "mode": "absent", "expect": list(NOT_SAID)}
           for case in _asked("often", sentence, muni, [subject], "", [], "absent")]
    # whether it will be extended, of an entry that says nothing of it anywhere (its quotes included)
    quotes = " ".join(a.quote for a in muni.agreements)
    if not any(found("extend", p, muni) for p in passages) and not PATTERNS["extend"]["sv"].search(quotes):
        out.extend({**case, "mode": "absent", "expect": list(NOT_SAID)}
                   for case in _asked("extend", passages[0], muni, [], "", [], "absent"))
    return out


def _asked(kind: str, p: Passage, muni: Municipality, words: list[str], noun: str, expect: list[str],
           mode: str) -> list[dict[str, Any]]:
    """Two questions of the sentence: two of its kind's templates in its language, the second in lower case
    (Swedish: every third with å/ä/ö folded)."""
    seed = _seed(p.text)
    temps = TEMPLATES[kind][p.language]
    out = []
    for n in range(2):
        template = temps[(seed + n) % len(temps)]
        q = template.format(w=" ".join(words), K=muni.name, Ks=genitive(muni.name), n=noun)
        q = q[:1].upper() + q[1:]
        if n == 1:
            q = q.lower()
            if p.language == "sv" and seed % 3 == 0:
                q = fold(q)
        out.append({"kind": kind, "mode": mode, "lang": p.language, "q": q, "kommun": muni.id, "expect": expect,
                    "sentence": p.text, "template": template})
    return out


def passes(case: dict[str, Any], reply: dict[str, Any]) -> bool:
    text = fold(reply.get("text", ""))
    return reply.get("municipality") == case["kommun"] and any(fold(e) in text for e in case["expect"])


def main(argv: list[str]) -> None:
    from bot.cli.services import build_engine

    which = argv[0] if argv else "develop"
    out = argv[1] if len(argv) > 1 else None
    engine = build_engine(None)
    cases = questions(engine.knowledge, which)
    counts: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    failed = []
    for case in cases:
        reply = last_reply(engine, [case["q"]])
        key = (case["kind"], case["mode"], case["lang"])
        counts[key][0] += 1
        if not passes(case, reply):
            counts[key][1] += 1
            failed.append({**case, "reply": reply.get("text", "")[:400], "municipality": reply.get("municipality")})
    for (kind, mode, lang), (n, bad) in sorted(counts.items()):
        print(f"  {kind:7} {mode:6} {lang}  {n:5} tried, {bad:5} fail")
    print(f"{which}: {len(cases)} tried, {len(failed)} fail")
    if out:
        Path(out).write_text(json.dumps(failed, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
