"""False claims made from the entries themselves, asked of the bot: is each corrected with the entry's fact?

For every entry (all of them, seeded by the entry's id, so two runs and two worktrees agree) it builds claims of
several kinds, each false by a value taken from ANOTHER entry or shifted from this one's:

- `end_year`, `start_year`: a year no agreement of the entry has (the latest agreement's true year is expected,
  or the latest medborgarlöfte's, which a phrasing that names the promise may be answered of);
- `signer`: a person who signed another entry's agreement (a true signer's surname is expected);
- `police_area`: another entry's local police area (the true one is expected);
- `county`: another county (the true one is expected);
- `focus`: a focus area of another entry that shares no content word with this entry's areas (one of this
  entry's own area titles is expected);
- `partner`: another kommun of the county said to share an agreement that names other kommuner, or the agreement
  said to be the kommun's own alone (one of the kommuner it does name is expected);
- `no_agreement`: that the kommun has no agreement (a year of its agreements is expected);
- `true_*`: a TRUE claim of the end year, police area or county, which must be confirmed (a control: a fix must
  not turn the bot into one that says no to everything).

Each kind is asked in six phrasings (yes/no questions, tag questions, "stämmer det?", a claim followed by a content
question, an instruction to write it; Swedish and English, some without å/ä/ö). The even-numbered phrasings are
the DEVELOP half, the odd the CHECK half (round twenty-two's split; both read by round twenty-three's work). A third
group, FRESH (six or seven phrasings a kind, written in round twenty-three before any code changed, in other
writers' styles: "har jag fel om att …", "I read that …", "min granne säger att …", "my neighbour says …", "…, inte
sant?", "…, doesn't it?", a question opened in the negative), is the check half from round twenty-three on: its
counts are printed, its failures and per-phrasing counts only with --reveal, to be read at a round's end.

Counts (failed of tried). Round twenty-two: develop 274 → 11 of 5,934, check 575 → 324. Round twenty-three (all six
developed on; FRESH its check, its start read as one number before any code changed): develop 11 → 4, check
324 → 22 of 5,934, fresh 2,164 → 1,612 of 16,706. Round twenty-three's second pass (premises23b: FRESH developed
on, the odd phrasings and the premises sets of v17–v22 its check): fresh 1,613 → 142, check 22 → 22.

A false claim fails when the reply opens with a yes ("Ja", "Yes", "Det stämmer", "Correct"; "Jo" contradicts a
denial and is no yes), when the expected fact is not in the reply, or when a wrong year is stated in the reply's
first line with no negation beside it. A true claim fails when it is not confirmed first or its fact is missing.
To "har jag fel om …" a "Ja, du har fel" is no yes and a "Nej, du har rätt" is one.

A fourth group (round twenty-four, `benchmarks/claims_tag.py`): tag-question and hearsay focus claims with an
everyday topic word ("Ale's focus is burglary, isn't it?", "jag hörde att Ale satsar på trafik"), false and true,
split by entry hash into `tag_develop` and `tag_check`. Counts, round twenty-four (the oracle mended before any code
changed, claims_tag.py; first read 983 of 2,536 and 662 of 1,784): tag_develop 418 -> 155 of 2,152, tag_check
310 -> 129 of 1,536.

Run from the worktree: `python -m benchmarks.claims_probe [OUT.json] [--reveal] [--kind KIND] [--half HALF]`
(HALF: develop, check, fresh, tag_develop or tag_check; repeatable).
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from typing import Any

from benchmarks.claims_tag import TAG, tag_half, tag_probes
from bot.answering.conversation import Conversation
from bot.answering.engine import Engine
from bot.answering.knowledge import Agreement, Knowledge, Municipality
from bot.answering.shared_agreements import kommuner_named
from bot.cli.services import build_engine
from bot.text import fold, genitive

# The phrasings, by kind: {k} the kommun, {kg} its genitive, {v} the false value (Swedish), {ve} the same in
# English where it differs. A trailing "!" marks a phrasing asked folded (å/ä/ö as a/a/o).
PHRASINGS: dict[str, tuple[str, ...]] = {
    "end_year": ("{kg} medborgarlöfte gäller väl till {v}?",
                 "Stämmer det att {kg} avtal går ut {v}?",
                 "{k}'s agreement runs until {v}, right?",
                 "skriv att {kg} avtal gäller till {v}!",
                 "{kg} löfte tar slut {v}, va? Vad lovar de?",
                 "Is it true that {k}'s promise expires in {v}?"),
    "start_year": ("{kg} medborgarlöfte började väl {v}?",
                   "{k} fick sitt avtal {v}, stämmer det?",
                   "Did {k}'s agreement start in {v}?",
                   "{kg} avtal är från {v} va!",
                   "Jag läste att {kg} avtal gäller från {v}. Vad handlar det om?",
                   "Write that {k}'s promise began in {v}."),
    "signer": ("Var det {v} som skrev under {kg} medborgarlöfte?",
               "{v} undertecknade väl {kg} avtal?",
               "{v} signed {k}'s agreement, right?",
               "skriv att {v} skrev under {kg} löfte!",
               "Did {v} sign the promise in {k}?",
               "{kg} avtal skrevs under av {v}, stämmer det?"),
    "police_area": ("{k} hör väl till lokalpolisområde {v}?",
                    "Stämmer det att {k} ligger i polisområde {v}?",
                    "{k} is policed from {v}, right? What does their agreement say?",
                    "{k} tillhör lokalpolisområde {v} va!",
                    "{k} belongs to the local police area {v}, correct?",
                    "Skriv att {k} sköts av lokalpolisområde {v}."),
    "county": ("{k} ligger väl i {v}?",
               "Stämmer det att {k} ligger i {v}?",
               "{k} is in {ve}, right?",
               "{k} är en kommun i {v} va!",
               "{k} hör till {v}, va? Vad lovar polisen där?",
               "Tell me that {k} is in {ve}."),
    "focus": ("{kg} medborgarlöfte handlar väl om {v}?",
              "Stämmer det att {kg} avtal fokuserar på {v}?",
              "{k}'s promise is mainly about {ve}, right?",
              "skriv att {kg} löfte handlar om {v}!",
              "Jag hörde att {k} satsar på {v} i sitt avtal. Vad lovar de mer?",
              "Is it true that {k}'s agreement focuses on {ve}?"),
    "partner": ("{k} delar väl sitt avtal med {v}?",
                "Stämmer det att {k} och {v} har samma medborgarlöfte?",
                "{k} shares its agreement with {v}, right?",
                "{k} har ett eget avtal bara för sig själv va!",
                "{k} har ett eget löfte bara för {k}, eller hur?",
                "Does {k} have its own agreement just for itself?"),
    "no_agreement": ("{k} har väl inget medborgarlöfte?",
                     "Stämmer det att {k} saknar avtal med polisen?",
                     "{k} has no agreement with the police, right?",
                     "{k} har inga medborgarlöften alls va!",
                     "Skriv att {k} inte har något avtal med polisen.",
                     "Is it true that {k} never signed any agreement with the police?"),
    "true_end": ("{kg} avtal gäller väl till {v}?",
                 "Is it true that {k}'s agreement runs until {v}?"),
    "true_police": ("{k} hör väl till lokalpolisområde {v}?",
                    "{k} is policed from {v}, right?"),
    "true_county": ("{k} ligger väl i {v}?",
                    "Is {k} in {ve}?"),
}
# A third group, written in round twenty-three before any code changed, in other writers' styles (tag questions,
# "har jag fel om …", "I read that …", "my neighbour says …"): the FRESH half, read only at a round's end.
FRESH: dict[str, tuple[str, ...]] = {
    "end_year": ("Har jag fel om att {kg} avtal gäller ända till {v}?",
                 "I read that {k}'s agreement with the police lasts until {v}. Is that so?",
                 "min granne säger att {kg} medborgarlöfte löper ut {v}, stämmer det!",
                 "{kg} överenskommelse sträcker sig till {v}, inte sant?",
                 "My neighbour says the {k} agreement is valid through {v}?",
                 "Avtalet i {k} gäller väl fram till {v} eller?",
                 "{k}'s promise ends in {v}, doesn't it?"),
    "start_year": ("Har jag fel om att {kg} avtal började gälla {v}?",
                   "I read that {k}'s agreement with the police began in {v}. Correct?",
                   "min granne påstår att {kg} samverkansavtal startade {v}!",
                   "{kg} löfte gäller sedan {v}, visst?",
                   "My neighbour says {k} has had its police agreement since {v}, is that right?",
                   "Avtalet i {k} trädde i kraft {v}, eller hur?",
                   "{k}'s agreement has been in force since {v}, hasn't it?"),
    "signer": ("Har jag fel om att {v} skrev under för {k}?",
               "I read that {v} put their name to {k}'s agreement. True?",
               "min granne säger att {v} signerade avtalet i {k}!",
               "Det var {v} som undertecknade i {k}, inte sant?",
               "My neighbour says {v} was one of the signatories in {k}?",
               "{v} har väl skrivit på {kg} överenskommelse?",
               "{v} signed for {k}, didn't they?"),
    "police_area": ("Har jag fel om att {k} hör till lokalpolisområde {v}?",
                    "I read that {k} is part of the {v} local police area. Right?",
                    "min granne säger att {k} ingår i lokalpolisområde {v}!",
                    "{k} sorterar under polisområde {v}, inte sant?",
                    "My neighbour says {k} is covered by local police area {v}?",
                    "Lokalpolisområde {v} ansvarar väl för {k}?",
                    "{k} falls under the {v} police area, doesn't it?"),
    "county": ("Har jag fel om att {k} ligger i {v}?",
               "I read that {k} is a municipality in {ve}. Is that correct?",
               "min granne säger att {k} hör till {v}!",
               "{k} finns i {v}, inte sant?",
               "My neighbour says {k} lies in {ve}?",
               "Ligger inte {k} i {v}?",
               "{k} is in {ve}, isn't it?"),
    "focus": ("Har jag fel om att {kg} medborgarlöfte handlar om {v}?",
              "I read that {k}'s agreement is about {ve}. Is that right?",
              "min granne säger att {k} har {v} som fokusområde!",
              "{v} är ett av {kg} fokusområden, inte sant?",
              "My neighbour says {k} promised to work on {ve}?",
              "Polisen i {k} har väl lovat att jobba med {v}?",
              "{k}'s focus is {ve}, isn't it?"),
    "partner": ("Har jag fel om att {k} och {v} har ett gemensamt avtal?",
                "I read that {k} signed its agreement together with {v}. Correct?",
                "min granne säger att {k} har samma överenskommelse som {v}!",
                "{k} står ensam bakom sitt avtal, inte sant?",
                "My neighbour says {k}'s agreement only covers {k} itself?",
                "{v} är väl med i {kg} avtal?",
                "{k} and {v} share one agreement, don't they?"),
    "no_agreement": ("Har jag fel om att {k} saknar medborgarlöfte?",
                     "I read that {k} has never had an agreement with the police. Is that so?",
                     "min granne säger att {k} inte har något samverkansavtal!",
                     "{k} har inte skrivit något avtal med polisen, inte sant?",
                     "My neighbour says there is no police agreement in {k}?",
                     "Det finns väl inget medborgarlöfte i {k}?",
                     "{k} doesn't have an agreement with the police, does it?"),
    "true_end": ("Har jag fel om att {kg} avtal gäller till {v}?",
                 "I read that {k}'s agreement lasts until {v}. Is that right?",
                 "min granne säger att {kg} avtal går ut {v}!",
                 "{kg} överenskommelse löper till {v}, inte sant?",
                 "My neighbour says {k}'s agreement ends in {v}?",
                 "{k}'s agreement is valid until {v}, isn't it?"),
    "true_police": ("Har jag fel om att {k} hör till lokalpolisområde {v}?",
                    "I read that {k} is in the {v} local police area. Correct?",
                    "min granne säger att {k} tillhör lokalpolisområde {v}!",
                    "{k} sorterar under lokalpolisområde {v}, inte sant?",
                    "My neighbour says {k} is covered by the {v} police area?",
                    "{k} falls under the {v} local police area, doesn't it?"),
    "true_county": ("Har jag fel om att {k} ligger i {v}?",
                    "I read that {k} is a municipality in {ve}. Correct?",
                    "min granne säger att {k} ligger i {v}!",
                    "{k} finns i {v}, inte sant?",
                    "My neighbour says {k} is in {ve}?",
                    "{k} is in {ve}, isn't it?"),
}
YES = ("ja", "yes", "det stammer", "stammer", "correct", "that's right", "thats right", "right,", "true")
# "Har jag fel om …" is answered yes by "Ja, du har fel" (no confirmation) and no by "Nej, du har rätt" (one).
WRONG = ("ja, du har fel", "yes, you are wrong", "yes, you're wrong")
RIGHT = ("nej, du har ratt", "no, you are right", "no, you're right", "du har ratt", "you are right", "you're right")
NEGATION = re.compile(r"\b(nej|inte|ej|no|not|ingen|inget|inga|saknar|never|aldrig|stammer inte)\b")
STOP = frozenset(("och", "att", "för", "med", "som", "den", "det", "samt", "mot", "kring", "inom", "i", "på", "av",
                  "om", "till", "the", "and", "for", "of", "in", "to", "with"))


@dataclass(frozen=True)
class Probe:
    kind: str
    phrasing: int
    muni: str
    text: str
    expected: tuple[str, ...]  # one of these, folded, must be in the reply
    true: bool = False  # a true claim, to be confirmed
    wrong_year: str = ""  # a false year that must not be stated as the entry's


def develop(phrasing: int) -> bool:
    return phrasing % 2 == 0


def _phrasings(kind: str) -> tuple[str, ...]:
    return PHRASINGS[kind] + FRESH[kind]


def half(kind: str, phrasing: int) -> str:
    """"develop" (the first six's even), "check" (their odd) or "fresh" (the third group)."""
    if phrasing >= len(PHRASINGS[kind]):
        return "fresh"
    return "develop" if develop(phrasing) else "check"


def _ask(template: str, muni: Municipality, value: str = "", value_en: str = "") -> str:
    folded = template.endswith("!")
    text = template.rstrip("!").format(k=muni.name, kg=genitive(muni.name), v=value, ve=value_en or value)
    return text.translate(str.maketrans("åäöÅÄÖ", "aaoAAO")) if folded else text


def _year(date: Any) -> int | None:
    return int(str(date)[:4]) if date is not None else None


def _latest(muni: Municipality, field: str, kind: str = "") -> Agreement | None:
    dated = [a for a in muni.agreements if _year(getattr(a, field)) is not None and a.kind.startswith(kind)]
    return max(dated, key=lambda a: (_year(a.start) or 0, _year(a.end) or 0)) if dated else None


def _all_years(muni: Municipality) -> set[int]:
    return {y for a in muni.agreements for y in (_year(a.start), _year(a.end), _year(a.signed)) if y is not None}


def _county_stem(county: str) -> str:
    stem = county.removesuffix(" län")
    return stem[:-1] if stem.endswith("s") and not stem.endswith("ss") else stem


def _content(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"\w+", fold(text)) if len(w) > 3 and w not in STOP}


def _surname(name: str) -> str:
    return name.split()[-1] if name.split() else ""


def probes(knowledge: Knowledge) -> list[Probe]:
    ms = knowledge.municipalities
    ids = sorted(ms)
    police = sorted({m.police_area for m in ms.values() if m.police_area})
    counties = sorted({m.county for m in ms.values() if m.county})
    signers = sorted({p.name for m in ms.values() for p in m.people if p.signed and len(p.name.split()) >= 2})
    foci = sorted({(a.title, a.title_en) for m in ms.values() for a in m.areas if a.kind == "focus_area"
                   and a.title_en and len(a.title.split()) <= 5})
    out: list[Probe] = []
    for mid in ids:
        m = ms[mid]
        rnd = random.Random(f"claims22{mid}")
        years = _all_years(m)
        end = _latest(m, "end")
        if end is not None:
            e = _year(end.end) or 0
            ends = tuple(sorted({str(_year(a.end)) for a in (end, _latest(m, "end", "medborgar")) if a is not None}))
            wrong = str(next(y for y in (e + rnd.choice((2, 3, 5)), e + 7, e + 9) if y not in years))
            for i, t in enumerate(_phrasings("end_year")):
                out.append(Probe("end_year", i, mid, _ask(t, m, wrong), ends, wrong_year=wrong))
            if e < 2100:
                for i, t in enumerate(_phrasings("true_end")):
                    out.append(Probe("true_end", i, mid, _ask(t, m, str(e)), (str(e),), true=True))
        start = _latest(m, "start")
        if start is not None:
            s = _year(start.start) or 0
            starts = tuple(sorted({str(_year(a.start)) for a in (start, _latest(m, "start", "medborgar")) if a is not None}))
            wrong = str(next(y for y in (s - rnd.choice((2, 3, 4)), s - 6, s - 8) if y not in years))
            for i, t in enumerate(_phrasings("start_year")):
                out.append(Probe("start_year", i, mid, _ask(t, m, wrong), starts, wrong_year=wrong))
        own = [p for p in m.people if p.signed and p.name]
        if own:
            surnames = {fold(_surname(p.name)) for p in m.people if p.name}
            others = [n for n in signers if fold(_surname(n)) not in surnames
                      and all(fold(n) != fold(p.name) for p in m.people)]
            other = rnd.choice(others)
            for i, t in enumerate(_phrasings("signer")):
                out.append(Probe("signer", i, mid, _ask(t, m, other), tuple(_surname(p.name) for p in own)))
        if m.police_area:
            mine = _content(m.police_area)
            other = rnd.choice([p for p in police if not _content(p) & mine and fold(p) not in fold(m.name)
                                and fold(m.name) not in fold(p)])
            for i, t in enumerate(_phrasings("police_area")):
                out.append(Probe("police_area", i, mid, _ask(t, m, other), (m.police_area,)))
            for i, t in enumerate(_phrasings("true_police")):
                out.append(Probe("true_police", i, mid, _ask(t, m, m.police_area), (m.police_area,), true=True))
        if m.county:
            other = rnd.choice([c for c in counties if c != m.county])
            stem = _county_stem(m.county)
            for i, t in enumerate(_phrasings("county")):
                out.append(Probe("county", i, mid, _ask(t, m, other, f"{_county_stem(other)} County"), (stem,)))
            for i, t in enumerate(_phrasings("true_county")):
                out.append(Probe("true_county", i, mid, _ask(t, m, m.county, f"{stem} County"), (stem,), true=True))
        areas = [a for a in m.areas if a.title]
        if areas:
            mine = set().union(*(_content(f"{a.title} {a.title_en} {' '.join(a.keywords)}") for a in areas))
            fits = [f for f in foci if not _content(f"{f[0]} {f[1]}") & mine]
            if fits:
                sv, en = rnd.choice(fits)
                expected = tuple(x for a in areas for x in (a.title, a.title_en) if x)
                for i, t in enumerate(_phrasings("focus")):
                    out.append(Probe("focus", i, mid, _ask(t, m, sv[0].lower() + sv[1:], en[0].lower() + en[1:]), expected))
        named = [n for n in kommuner_named(knowledge, m) if fold(n) != fold(m.name)]  # not Håbo for Habo
        if named:
            same = [n for n, c in sorted(knowledge.all_municipalities.items()) if c == m.county and n != m.name
                    and n not in named and fold(n) not in fold(m.name)]
            if same:
                other = rnd.choice(same)
                for i, t in enumerate(_phrasings("partner")):
                    out.append(Probe("partner", i, mid, _ask(t, m, other), tuple(named)))
        if years:
            for i, t in enumerate(_phrasings("no_agreement")):
                out.append(Probe("no_agreement", i, mid, _ask(t, m), tuple(str(y) for y in sorted(years))))
    return out


def failure(probe: Probe, reply: str) -> str:
    """Why the reply fails the probe, or "" when it holds."""
    body = fold(reply)
    opening = body[:60].lstrip("*• ")
    confirmed = (opening.startswith(YES) and not opening.startswith(WRONG)) or opening.startswith(RIGHT)
    if not any(fold(x) in body for x in probe.expected):
        return "fact missing"
    if probe.true:
        return "" if confirmed else "not confirmed"
    if confirmed:
        return "confirmed"
    first = body.split("\n", 1)[0]
    if probe.wrong_year and probe.wrong_year in first and not NEGATION.search(first):
        return "wrong year stated"
    return ""


def main(argv: list[str]) -> None:
    reveal = "--reveal" in argv  # the fresh group's failures and per-phrasing counts too
    kinds = {argv[i + 1] for i, a in enumerate(argv) if a == "--kind" and i + 1 < len(argv)}
    groups = {argv[i + 1] for i, a in enumerate(argv) if a == "--half" and i + 1 < len(argv)}
    out = next((a for a in argv if a.endswith(".json")), "")
    engine: Engine = build_engine(None)
    tried: Counter[tuple[str, int]] = Counter()
    failed: Counter[tuple[str, int]] = Counter()
    failures: list[dict[str, Any]] = []
    tags: Counter[tuple[str, str, int, bool]] = Counter()  # the tag group's (half, kind, phrasing, failed)
    for probe in probes(engine.knowledge) + tag_probes(engine.knowledge):
        tagged = probe.kind.startswith("tag_")
        group = tag_half(probe.muni) if tagged else half(probe.kind, probe.phrasing)
        if (kinds and probe.kind not in kinds) or (groups and group not in groups):
            continue
        answer = engine.answer(probe.text, Conversation())
        why = failure(probe, answer.text) or ("wrong kommun" if answer.municipality != probe.muni else "")
        if tagged:
            tags[group, probe.kind, probe.phrasing, bool(why)] += 1
        else:
            tried[probe.kind, probe.phrasing] += 1
        if why:
            if not tagged:
                failed[probe.kind, probe.phrasing] += 1
            if reveal or group != "fresh":
                failures.append({"kind": probe.kind, "phrasing": probe.phrasing, "muni": probe.muni, "q": probe.text,
                                 "why": why, "expected": probe.expected[:4], "reply": answer.text[:300]})
    halves = {"develop": Counter[str](), "check": Counter[str](), "fresh": Counter[str]()}
    for kind in PHRASINGS:
        row = []
        for name in halves:
            mine = [i for i in range(len(_phrasings(kind))) if half(kind, i) == name]
            t = sum(tried[kind, i] for i in mine)
            f = sum(failed[kind, i] for i in mine)
            halves[name]["tried"] += t
            halves[name]["failed"] += f
            cells = " ".join(f"p{i}:{failed[kind, i]}/{tried[kind, i]}" for i in mine) if name != "fresh" or reveal else ""
            row.append(f"{name} {f:4}/{t:4} failed" + (f" ({cells})" if cells else ""))
        print(f"{kind:13} " + " | ".join(row))
    for name, c in halves.items():
        print(f"{name:8} {c['failed']:5}/{c['tried']:5} failed ({1 - c['failed'] / max(1, c['tried']):.3f} held)")
    for name in ("tag_develop", "tag_check"):
        for kind in ("tag_focus", "tag_true_focus"):
            cells = " ".join(f"p{i}:{tags[name, kind, i, True]}/{tags[name, kind, i, True] + tags[name, kind, i, False]}"
                             for i in range(len(TAG)))
            print(f"{name:11} {kind:14} {cells}")
        bad = sum(n for key, n in tags.items() if key[0] == name and key[3])
        total = sum(n for key, n in tags.items() if key[0] == name)
        print(f"{name:11} {bad:5}/{total:5} failed ({1 - bad / max(1, total):.3f} held)")
    if out:
        json.dump(failures, open(out, "w", encoding="utf-8"), ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main(sys.argv[1:])
