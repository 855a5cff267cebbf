"""A count, a time within an agreement or a signing date asked of one entry (a probe of the detail class, issue
#31 item 1: detail is the weakest class on strangers' sets).

Four modes, all built from the entries' own sentences (`entry_passages`, no notes on sources, parties or people's
quotes) and their agreements' dates:

- `count`: a number (digits, or a Swedish or English number word from two up) before a noun, perhaps with "nya",
  "fler", "extra" between ("16 samverkansparter", "fyra platser", "minst fem trygghetsvandringar", "280 personer"),
  never a year, a date, a list's number, a length of time or a share ("år", "procent", "gånger", "timmar").
  Asked as "hur många <noun> …", "antal <noun> …", "how many <noun> …": the reply must be about the entry and hold
  the number (digits or word, either form). A count of what the answer lists itself ("tre fokusområden") is not
  asked: the list answers it.
- `absent`: the same nouns (those some entry counts) asked of an entry that holds no count of them: no sentence of
  it, nor its agreements' own quotes, holds the noun's first five letters beside a number; and two fixed asks,
  "hur många invånare svarade på enkäten" and "how many police officers work in …", of entries that hold no count
  of answers or of officers. The reply must be about the entry and say in its first paragraph that the count is
  not mentioned (NOT_SAID), and hold no number other entries give with that noun.
- `time`: a time phrase inside a sentence (a season with a year, "under våren", "varje sommar", a month with a
  year; English "autumn 2024", "every summer"), asked as "när börjar/startar/ska … <the sentence's two rarest
  content words>": the reply must be about the entry and hold the time phrase's season or month word (and its
  year when it has one).
- `signed`: "vilket datum skrevs <kind> <year> under?" of each agreement whose kind and start year name it alone:
  with a signing day, the reply holds the day and month ("21 december"); without one, it says the day is not
  mentioned (NOT_SAID or "anges inte", "inget datum") and gives what the entry has (the month's name when known).

The entries are split into halves by a hash of their id (answer_kinds.half: md5's first byte even, develop; odd,
check); read the check half at the start and the end only. Templates are picked per sentence by a seed from its
text, so a run asks the same questions.

Measured (7 December 2026, detail26), failing of tried: main's code (68b80d5) develop 352 of 991, check 414 of 1119;
the branch's end develop 41 of 991, check 56 of 1119 (the check half read at those two points only). At the start
the signing day was the larger part (151 of 180 develop asks: the period without a word that the day is not given,
or an English "what day … signed?" read as the overview), then absent counts (188: "hur många X" of a thing read as
an aspect's word, or told by any number in the overview's list), and "när börjar … med Y?" answered with the period.
Left: counts asked as a bare fragment ("antal vintersäsonger i Storuman?", read as out of scope), a count asked of a
word the entry writes otherwise ("contacts" of the people named), and signing notes that hold another day.

Run: `python -m benchmarks.counts_times [develop|check] [OUT.json]`: tried/failing per mode and language, and the
failures in OUT.json.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from benchmarks.answer_kinds import NOT_SAID, content, half, rarest
from benchmarks.blind import fold
from benchmarks.probe_tally import tally
from bot.answering.knowledge_model import Municipality
from bot.answering.passage_kinds import Passage, entry_passages
from bot.text import genitive

_WORDS_SV = ("två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv", "femton", "tjugo",
             "trettio", "femtio", "hundra")
_WORDS_EN = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen",
             "twenty", "thirty", "fifty", "hundred")
_VALUE = {w: str(n) for words in (_WORDS_SV, _WORDS_EN) for w, n in zip(words, (2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15,
                                                                                 20, 30, 50, 100))}
_BETWEEN = r"(?:(?:nya|fler|extra|olika|särskilda|utvalda|prioriterade|new|more|extra|different|selected)\s+)?"
COUNT = {
    "sv": re.compile(rf"(?<![\d.,:/–-])\b(\d{{1,3}}(?: \d{{3}})*|{'|'.join(_WORDS_SV)})\s+{_BETWEEN}"
                     rf"([a-zåäö]{{5,}}(?:\s+[a-zåäö]{{5,}})?)\b", re.IGNORECASE),
    "en": re.compile(rf"(?<![\d.,:/–-])\b(\d{{1,3}}(?:,\d{{3}})*|{'|'.join(_WORDS_EN)})\s+{_BETWEEN}"
                     rf"([a-z]{{5,}}(?:\s+[a-z]{{5,}})?)\b", re.IGNORECASE)}
# A first word that only describes the noun after it ("fyra riktade insatser", "30 traffic checks").
_MODIFIER = {"sv": re.compile(r"(?:ade|ande|ende|iga|liga|iska|ska|erade|mma|iva|nya|stora|små)$"),
             "en": re.compile(r"^(?:special|traffic|police|safety|security|targeted|joint|local|public|major|small|large|new|"
                              r"further|extra|youth|school|night|drug|\w+ed|\w+al|\w+ing)$")}
# Nouns of time, shares and money, and of what the answer lists itself: never a count asked here.
_NOT_COUNTED = re.compile(
    r"^(?:år|års|åren|procent|procentenheter|gånger|gången|timmar|minuter|veckor|veckorna|månader|dagar|dagarna|"
    r"kronor|miljoner|miljarder|fokusområden|områden|punkter|löften|åtaganden|prioriteringar|prioriterade|delar|mål|"
    r"years|percent|times|hours|minutes|weeks|months|days|kronor|million|billion|areas|focus|points|promises|"
    r"commitments|priorities|goals|parts|huvudområden|inriktningar|about|after|before|people|personer|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|"
    r"november|december|january|february|march|june|july|august|october|stycken|gånger|olika|andra|other|"
    r"kommuner\w*|municipalities|winter|summer|spring|autumn|vintrar|somrar|tillfällen|occasions|which|that|whom|where|av)$", re.IGNORECASE)
_SKIPPED = frozenset(("source_note", "checked", "party", "partner", "quote", "contact", "signing"))
TEMPLATES = {
    "count": {"sv": ["Hur många {n} handlar det om i {K}?", "Hur många {n} nämns i {Ks} överenskommelse?",
                     "{K}: hur många {n}?", "Antal {n} i {K}?", "hur många {n} blir det i {K}"],
              "en": ["How many {n} are there in {K}'s agreement?", "{K}: how many {n}?", "Number of {n} in {K}?",
                     "how many {n} does {K} mention"]},
    "time": {"sv": ["När börjar {K} med {w}?", "När startar {w} i {K}?", "När ska {w} ske i {K}?",
                    "När kommer {K} igång med {w}?", "när blir det {w} i {K}"],
             "en": ["When does {K} start {w}?", "When will {w} happen in {K}?", "When is {w} planned in {K}?"]},
    "signed": {"sv": ["Vilket datum skrevs {Ks} {kind} {year} under?", "Vilken dag undertecknades {kind} {year} i {K}?",
                      "{K}: vilket datum skrev man under {kind} {year}?"],
               "en": ["On what date was {K}'s {kind} {year} signed?", "{K}: what day was the {kind} {year} signed?"]},
}
_KINDS = {"medborgarlofte": ("medborgarlöfte", "citizen promise"),
          "samverkansoverenskommelse": ("samverkansöverenskommelse", "cooperation agreement")}
_SEASONS = r"(?:våren|hösten|sommaren|vintern|vår|höst|sommar|vinter|sommarlovet|sommarlov|julen|jul)"
_MONTHS_SV = r"(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)"
_MONTHS_EN = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
TIME = {
    "sv": re.compile(rf"(?<!\d )\b(?:(?:under|i|till|från|inför)\s+)?(?:(?P<season>{_SEASONS[3:-1]})\s+(?P<year>20\d\d)\b|"
                     rf"under\s+(?P<season2>våren|hösten|sommaren|vintern|sommarlovet)\b|"
                     rf"varje\s+(?P<every>vår|höst|sommar|vinter|sommarlov|jul)\b|"
                     rf"(?<!\d )(?:i|under|från)\s+(?P<month>{_MONTHS_SV[3:-1]})(?:\s+(?P<myear>20\d\d))?\b)",
                     re.IGNORECASE),
    "en": re.compile(rf"\b(?:(?:in|during|by|from)\s+)?(?:(?:the\s+)?(?P<season>spring|autumn|summer|winter|fall)\s+"
                     rf"(?:of\s+)?(?P<year>20\d\d)\b|(?:during|in)\s+the\s+(?P<season2>spring|autumn|summer|winter)\b|"
                     rf"every\s+(?P<every>spring|autumn|summer|winter)\b|(?:in|during|from)\s+(?P<month>{_MONTHS_EN[3:-1]})"
                     rf"(?:\s+(?P<myear>20\d\d))?\b)")}
_MONTH_NAMES = {"sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
                       "november", "december"),
                "en": ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                       "october", "november", "december")}
# How a reply says the day of a signing is not given.
DAY_NOT_SAID = (*NOT_SAID, "anger inte", "anger inget", "inget datum", "ingen dag", "no date", "no day",
                "gives no", "not given", "does not give")
_NOT_A_METHOD = frozenset(("under", "varje", "every", "during", "spring", "autumn", "summer", "winter", "våren",
                           "hösten", "sommaren", "vintern", "lokalpolisområde", "medborgarlöfte", "medborgarlöften",
                           "samverkansöverenskommelse", "several", "flera", "många", *_MONTH_NAMES["sv"],
                           *_MONTH_NAMES["en"]))


# How a verb, an adjective or an adverb ends: no name of what starts ("genomföra", "municipal", "reported").
_NOT_NOUNS = ("a", "ade", "ande", "ende", "ed", "ing", "ly", "al", "ive", "iga", "liga", "iskt", "igt", "ras")
_AGREEMENT = ("medborgarlöf", "citizen", "samverkansöver", "överenskommel", "agreement", "promise")


def _seed(text: str) -> int:
    return int.from_bytes(hashlib.md5(text.encode()).digest()[:4], "big")


def _shown(passages: list[Passage]) -> list[Passage]:
    return [p for p in passages if p.kind not in _SKIPPED]


def counts_in(text: str, language: str) -> list[tuple[str, str]]:
    """(number, noun) of each count a text states."""
    out = []
    for m in COUNT[language].finditer(text):
        number, words = m.group(1), m.group(2).lower().split()
        if len(words) == 2 and not (_MODIFIER[language].search(words[0]) and not _NOT_COUNTED.match(words[1])):
            words = words[:1]  # the second word is no part of what is counted
        noun = " ".join(words)
        if len(words) == 2 and language == "sv":
            noun = words[1]  # "riktade insatser": the noun alone, as a resident asks
        before = text[:m.start()].split()[-1:]
        if re.fullmatch(r"(?:19|20)\d\d", number) or _NOT_COUNTED.match(words[0]) or _MODIFIER[language].search(noun) or (
                before and fold(before[0]) in ("ar", "year", "arskurs", "klass", "grade", "kl", "kl.", "nr", "sidan")):
            continue
        out.append((number, noun))
    return out


def _forms(number: str) -> list[str]:
    """The number as the reply may write it: as written, and in digits or as a word."""
    low = number.lower()
    forms = [low]
    if low in _VALUE:
        forms.append(_VALUE[low])
    forms.extend(w for w, n in _VALUE.items() if n == low)
    return forms


def _count_cases(muni: Municipality, passages: list[Passage]) -> list[dict[str, Any]]:
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    first: dict[tuple[str, str], Passage] = {}
    for p in _shown(passages):
        for number, noun in counts_in(p.text, p.language):
            found[(p.language, noun)].add(number)
            first.setdefault((p.language, noun), p)
    out = []
    for (lang, noun), numbers in sorted(found.items()):
        p = first[(lang, noun)]
        seed = _seed(p.text + noun)
        temps = TEMPLATES["count"][lang]
        for n in range(2):
            template = temps[(seed + n) % len(temps)]
            q = template.format(n=noun, K=muni.name, Ks=genitive(muni.name))
            q = (q[:1].upper() + q[1:]) if n == 0 else q.lower()
            out.append({"mode": "count", "lang": lang, "q": q, "kommun": muni.id, "noun": noun,
                        "expect": sorted({f for x in numbers for f in _forms(x)}), "sentence": p.text,
                        "template": template})
    return out


def pool(knowledge: Any) -> dict[str, dict[str, set[str]]]:
    """Per language, each counted noun and the numbers the entries give with it."""
    out: dict[str, dict[str, set[str]]] = {"sv": defaultdict(set), "en": defaultdict(set)}
    for muni in knowledge.municipalities.values():
        for p in _shown(entry_passages(muni)):
            for number, noun in counts_in(p.text, p.language):
                out[p.language][noun].add(number)
    return out


_ANY_NUMBER = re.compile(rf"\d|\b(?:{'|'.join(_WORDS_SV + _WORDS_EN)}|tiotal|dussin|dozen)\b|tal\b", re.IGNORECASE)


def _counts_noun(muni: Municipality, noun: str) -> bool:
    """Whether any sentence of the entry, or an agreement's quote, holds the noun's first five letters beside a
    number (a count of it, however worded)."""
    stem = fold(noun)[:5]
    texts = [p.text for p in entry_passages(muni)] + [a.quote for a in muni.agreements]
    texts += [area.quote for a in muni.agreements for area in a.areas]
    return any(stem in fold(t) and _ANY_NUMBER.search(t) for t in texts)


_FIXED = {"sv": ("Hur många invånare svarade på enkäten i {K}?", "svar"),
          "en": ("How many police officers work in {K}?", "officer")}


def _absent_cases(muni: Municipality, nouns: dict[str, dict[str, set[str]]]) -> list[dict[str, Any]]:
    out = []
    seed = _seed(muni.id + "absent")
    for lang, counted in nouns.items():
        free = sorted(n for n in counted if len(counted[n]) and not _counts_noun(muni, n)
                      and fold(muni.name)[:5] not in fold(n))
        for n in range(2 if free else 0):
            noun = free[(seed + 7919 * n) % len(free)]
            temps = TEMPLATES["count"][lang]
            template = temps[(seed + n) % len(temps)]
            q = template.format(n=noun, K=muni.name, Ks=genitive(muni.name))
            q = (q[:1].upper() + q[1:]) if n == 0 else q.lower()
            out.append({"mode": "absent", "lang": lang, "q": q, "kommun": muni.id, "noun": noun,
                        "others": sorted({f for x in counted[noun] for f in _forms(x)}), "template": template})
        template, stem = _FIXED[lang]
        held = "svar" if lang == "sv" else "poli"
        if not _counts_noun(muni, held) and not (lang == "en" and _counts_noun(muni, "officer")):
            out.append({"mode": "absent", "lang": lang, "q": template.format(K=muni.name), "kommun": muni.id,
                        "noun": stem, "others": [], "template": template})
    return out


def _time_cases(muni: Municipality, passages: list[Passage]) -> list[dict[str, Any]]:
    shown = _shown(passages)
    df: Counter[str] = Counter()
    for p in shown:
        df.update(set(content(p.text, muni, "")))
    out, seen = [], set()
    for p in shown:
        m = TIME[p.language].search(p.text)
        if m is None:
            continue
        words = [w for w in content(p.text, muni, m.group(0)) if fold(w) not in {fold(x) for x in _NOT_A_METHOD}
                 and len(w) >= 7 and not w.endswith(_NOT_NOUNS) and not w.startswith(_AGREEMENT)]
        rare = rarest(words, df, 1)
        if not rare or (p.language, tuple(rare)) in seen:
            continue
        seen.add((p.language, tuple(rare)))
        word = (m.group("season") or m.group("season2") or m.group("every") or m.group("month")).lower()
        year = m.group("year") or m.group("myear") or ""
        seed = _seed(p.text)
        temps = TEMPLATES["time"][p.language]
        for n in range(2):
            template = temps[(seed + n) % len(temps)]
            q = template.format(w=" ".join(rare), K=muni.name)
            q = (q[:1].upper() + q[1:]) if n == 0 else q.lower()
            out.append({"mode": "time", "lang": p.language, "q": q, "kommun": muni.id, "expect": [word],
                        "year": year, "phrase": m.group(0), "sentence": p.text, "template": template})
    return out


def _signed_cases(muni: Municipality) -> list[dict[str, Any]]:
    named = Counter((a.kind, a.start.year if a.start else None) for a in muni.agreements)
    out = []
    for a in muni.agreements:
        if a.kind not in _KINDS or a.start is None or named[(a.kind, a.start.year)] > 1:
            continue
        seed = _seed(muni.id + a.id)
        for lang in (("sv", "en")[seed % 2],):
            temps = TEMPLATES["signed"][lang]
            template = temps[(seed // 2) % len(temps)]
            kind = _KINDS[a.kind][0 if lang == "sv" else 1]
            q = template.format(K=muni.name, Ks=genitive(muni.name), kind=kind, year=a.start.year)
            s = a.signed
            if s is not None and s.day is not None and s.month is not None:
                expect, said = [f"{s.day} {_MONTH_NAMES[lang][s.month - 1]}"], []
            else:
                said = list(DAY_NOT_SAID)
                expect = [_MONTH_NAMES[lang][s.month - 1]] if s is not None and s.month else [str(a.start.year)]
            out.append({"mode": "signed", "lang": lang, "q": q, "kommun": muni.id, "expect": expect, "said": said,
                        "day": bool(s and s.day), "template": template})
    return out


def questions(knowledge: Any, which: str) -> list[dict[str, Any]]:
    nouns = pool(knowledge)
    out = []
    for muni in sorted(knowledge.municipalities.values(), key=lambda m: m.id):
        if half(muni.id) != which or not muni.agreements:
            continue
        passages = entry_passages(muni)
        out.extend(_count_cases(muni, passages))
        out.extend(_absent_cases(muni, nouns))
        out.extend(_time_cases(muni, passages))
        out.extend(_signed_cases(muni))
    return out


def passes(case: dict[str, Any], reply: dict[str, Any]) -> bool:
    text = fold(reply.get("text", ""))
    if reply.get("municipality") != case["kommun"]:
        return False
    first = text.split("\n\n")[0]
    if case["mode"] == "count":
        return any(re.search(rf"(?<![\d,.]){re.escape(fold(e))}(?![\d,.])", text) for e in case["expect"])
    if case["mode"] == "absent":
        others = [o for o in case["others"] if o.isdigit() and int(o) > 12]  # a bare word ("två") may say anything
        return any(fold(s) in first for s in NOT_SAID) and not any(re.search(rf"(?<!\d){o}(?!\d)", first) for o in others)
    if case["mode"] == "time":
        return all(fold(e) in text for e in case["expect"]) and (not case["year"] or case["year"] in text)
    said = not case["said"] or any(fold(s) in first for s in case["said"])
    return said and any(fold(e) in text for e in case["expect"])


def main(argv: list[str]) -> None:
    from bot.cli.services import build_engine

    which = argv[0] if argv else "develop"
    out = argv[1] if len(argv) > 1 else None
    engine = build_engine(None)
    cases = questions(engine.knowledge, which)
    counts, failed = tally(engine, cases, passes, lambda case: (case["mode"], case["lang"]))
    for (mode, lang), (n, bad) in sorted(counts.items()):
        print(f"  {mode:7} {lang}  {n:5} tried, {bad:5} fail")
    print(f"{which}: {len(cases)} tried, {len(failed)} fail")
    if out:
        Path(out).write_text(json.dumps(failed, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
