"""What is it about, of an agreement picked by a year, a place, a short name or a personal preface (issue #31
items 1 and 5): a probe.

"What is the local promise for <district> in <kommun> about?", "vad gäller på <ort>?", "<ort>: what does the 2023
promise focus on?", "Vad prioriterade <kommun> i medborgarlöftet <år>?", "<kortnamn> och polisen, vad samverkar
de om?", "Jag bor i <stadsdel> och känner mig otrygg. Vad lovar polisen och kommunen?". Such a question asks what
an agreement is about: its focus areas and commitments. The year or place in it picks the agreement (or the kommun)
and is no claim to check; the reply must not be one side passage (the parties, the "underlag", a follow-up
sentence, "Ja, 2021 stämmer") in their place.

Part one (the entries): every entry with an agreement that has focus areas or commitments (any area) is asked
- `year`: by each such agreement's first year, with its kind's word ("medborgarlöftet 2023", "the 2023 promise",
  "samverkansavtalet 2023") when no other agreement of the kind has that year in its period, and without one
  ("what did they promise in 2020?") when no agreement of the other kind has either;
- `place`: by each locality and district of the entry the resolver knows (`Places.names`, a name no other kommun
  has), with a year when the entry's agreements give one, and as "jag bor i …" / "I live in …";
- `alias`: by the kommun's short forms (kommuner.yaml's aliases, the entry's own `aliases`), and for every entry by
  "<K> kommun och polisen" / its name lower-cased without å/ä/ö.
A reply passes when it is about the kommun, is no concern form, opens with no denial and no confirmation of the
year or place ("Nej, det stämmer inte", "Ja, 2021 stämmer", "Yes, … agrees"), and holds a title of an area (in the
reply's language) of an agreement meant: the year's (those whose first or last year it is, else whose period holds
it, of the kind named), the one whose title names the district, else any of the entry's; and none of the own titles
of an agreement a year rules out (one whose period does not hold it). When areas of the entry name the place, one of
them (its title or its sentence) must be in the reply too.

The entries are split develop/check by a hash of the id (`answer_kinds.half`); the check half is read at the start
and at the end only.

Part two (the seen rounds): the failing cases of `places.yaml` and `detail.yaml` in the develop rounds
(`eval/blind/v2`–`v16` and the unnumbered files) and the check rounds (`v17`–`v27`), scored as score.py scores them.

Measured (about28, 7 December 2026), failing of tried, main's 4c194c0 → the branch's end (this probe's final
shapes on both): entries develop 534 → 0 of 5,032, check 600 → 18 of 5,534 (check read at those two points only; a
first version with fewer shapes read develop 364 of 3,960 and check 406 of 4,352 on main); seen places/detail
develop 44 → 44 of 2,222, check 80 → 79 of 1,699. At the start "vad samverkar de om?" got the parties ("Parter i
…") or the partners' sentence, "vad gick det ut på?" the period, "vilka åtaganden?" the sentence calling the promise
"ett åtagande" (or "Åtaganden nämns inte"), and a place asked with a year the sentence on it of another year's
agreement before the picked one's areas.

Run: `python -m benchmarks.about_picked [develop|check] [OUT.json]`: tried/failing per selector and shape (the check
half: totals only), the seen sets' failures, and the develop half's failing cases in OUT.json.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

from benchmarks.answer_kinds import half
from benchmarks.blind import ROOT, failures, fold, last_reply
from benchmarks.probe_tally import tally
from bot.answering.name_forms import EVERYDAY_WORDS
from bot.answering.knowledge_model import Agreement, Area, Municipality
from bot.text import genitive, tokens

DEVELOP = [""] + [f"v{n}" for n in range(2, 17)]
CHECK = [f"v{n}" for n in range(17, 28)]
SEEN_SETS = ("places.yaml", "detail.yaml")

# Shape -> (language, wording). {K} the kommun, {Ks} its genitive, {k} its name lower-cased without å/ä/ö, {y} a
# year, {w}/{we} the kind's word in Swedish (definite) / English, {P} a place, {p} the place lower-cased without
# å/ä/ö, {A} a short form of the kommun's name.
YEAR_KIND: dict[str, tuple[str, str]] = {
    "sv_prioriterade": ("sv", "Vad prioriterade {K} i {w} {y}?"),
    "sv_terse": ("sv", "{k}: vad fokuserar {wa} {y} pa?"),
    "sv_handlar": ("sv", "Vad handlar {Ks} {w} från {y} om?"),
    "en_focus": ("en", "{K}: what does the {y} {we} focus on?"),
    "en_about": ("en", "what was {K}'s {y} {we} about"),
    "sv_fokusomraden": ("sv", "Vilka fokusområden hade {w} {y} i {K}?"),
    "en_prioritise": ("en", "What did {K} prioritise in its {y} {we}?"),
    "sv_gick_ut_pa": ("sv", "{K}, {w} {y} – vad gick det ut på?"),
    "en_whats_in": ("en", "what's in {K}'s {y} {we}"),
}
YEAR_BARE: dict[str, tuple[str, str]] = {
    "sv_lovade": ("sv", "Vad lovade polisen och kommunen i {K} {y}?"),
    "en_promised": ("en", "{K} and the police – what did they promise in {y}?"),
    "sv_samverkade": ("sv", "{K} {y}, vad samverkade de om?"),
    "sv_year_first": ("sv", "{y} i {K}: vad prioriterades?"),
    "en_lc": ("en", "what did {k} focus on in {y}"),
    "sv_gallde_lc": ("sv", "vad gallde i {k} {y}"),
    "en_agree": ("en", "What did {K} and the police agree to focus on in {y}?"),
    "sv_gjorde": ("sv", "vad gjorde polisen och kommunen i {K} {y}?"),
    "sv_ataganden": ("sv", "{K} {y}: vilka åtaganden och fokusområden?"),
}
PLACE: dict[str, tuple[str, str]] = {
    "en_local": ("en", "What is the local promise for {P} in {K} about?"),
    "sv_galler": ("sv", "vad gäller i {P}?"),
    "sv_galler_lc": ("sv", "vad galler pa {p}"),
    "sv_resten": ("sv", "Vad har polisen lovat för {P} och resten av kommunen?"),
    "sv_bor_otrygg": ("sv", "Jag bor i {P} och känner mig otrygg. Vad lovar polisen och kommunen?"),
    "en_live": ("en", "I live in {P}. What are the police and the municipality focusing on?"),
    "sv_samverkar": ("sv", "Vad samverkar polisen och kommunen om i {P}?"),
    "sv_bor_lc": ("sv", "jag bor i {p} o kanner mig otrygg vad lovar polisen och kommunen"),
    "en_focus_place": ("en", "{P}: what do the police and the municipality focus on?"),
    "sv_prioriterar": ("sv", "Vad prioriterar polisen och kommunen i {P}?"),
    "sv_star_lofte": ("sv", "{P}: vad står det i medborgarlöftet?"),
    "en_from": ("en", "Im from {P}, what is the promise there about?"),
    "sv_vi_bor": ("sv", "vi bor i {P}, vad har kommunen och polisen kommit överens om?"),
}
PLACE_YEAR: dict[str, tuple[str, str]] = {
    "en_place_year": ("en", "{P}: what does the {y} promise focus on?"),
    "sv_place_year": ("sv", "{P} {y} – vad fokuserade löftet på?"),
}
KOMMUN_PROMISE: dict[str, tuple[str, str]] = {  # "löftet": the entry's medborgarlöften, when it has any
    "sv_kommun_lc": ("sv", "vad handlar loftet i {k} om"),
}
ALIAS: dict[str, tuple[str, str]] = {
    "sv_alias_samverkar": ("sv", "{A} och polisen, vad samverkar de om?"),
    "sv_alias_prioriterar": ("sv", "Vad prioriterar {A}?"),
    "en_alias_about": ("en", "What is {A}'s agreement with the police about?"),
    "sv_alias_bor": ("sv", "jag bor i {A}, vad lovar polisen och kommunen?"),
    "en_alias_promise": ("en", "{A}: what did they promise?"),
    "sv_alias_galler": ("sv", "{A} – vad gäller där?"),
}
KOMMUN: dict[str, tuple[str, str]] = {
    "sv_kommun_samverkar": ("sv", "{K} kommun och polisen, vad samverkar de om?"),
    "en_kommun_priority": ("en", "What do the police and {K} prioritise?"),
    "sv_kommun_samarbetar": ("sv", "{Ks} kommun och polisen – vad samarbetar de om?"),
    "en_kommun_cooperate": ("en", "What do {K} and the police cooperate on?"),
}
_KIND_WORDS = {"medborgarlofte": ("medborgarlöftet", "loftet", "promise"),
               "samverkansoverenskommelse": ("samverkansavtalet", "samverkansavtalet", "cooperation agreement")}
DENIALS = ("nej, det stammer inte", "no, that is not right", "nej,", "no,")
CONFIRMS = ("ja, ", "yes, ", "det stammer", "that is right", "agrees with the source", "stammer med kallan")
MIN_MUST = 4  # an area title shorter than this is no evidence of the area
MIN_NOT = 8  # an area title of another agreement shorter than this is too likely inside another's words


def ascii_lower(text: str) -> str:
    return fold(text)


def _first(a: Agreement) -> Any:
    return a.start or a.signed


def _years(a: Agreement) -> set[int]:
    return {d.year for d in (_first(a), a.end) if d is not None}


def _holds(a: Agreement, year: int) -> bool:
    first = _first(a)
    if first is None:
        return False
    return first.year <= year <= (a.end.year if a.end is not None else first.year)


def meant_by_year(muni: Municipality, year: int, kind: str | None) -> tuple[list[Agreement], list[Agreement]]:
    """The agreements a year (and kind) picks, and those it rules out (of the kind, a period not holding it)."""
    pool = [a for a in muni.agreements if kind is None or a.kind == kind]
    picked = [a for a in pool if year in _years(a)] or [a for a in pool if _holds(a, year)]
    out = [a for a in pool if a not in picked and not _holds(a, year) and _first(a) is not None]
    return picked, out


def _title(area: Area, lang: str) -> str:
    return (area.title_en or area.title) if lang == "en" else area.title


def _words(a: Agreement) -> str:
    return fold(" ".join(f"{x.title} {x.title_en} {x.text} {x.text_en} {' '.join(x.measures)} "
                         f"{' '.join(x.measures_en)}" for x in a.areas) + f" {a.title} {a.title_en}")


def expected(muni: Municipality, meant: list[Agreement], ruled_out: list[Agreement],
             lang: str) -> tuple[list[str], list[str]]:
    """The meant agreements' area titles, and the ruled-out ones' own titles (in no meant agreement's words)."""
    must = [_title(x, lang) for a in meant for x in a.areas if len(_title(x, lang)) >= MIN_MUST]
    held = " ".join(_words(a) for a in meant)
    must_not = [t for a in ruled_out for x in a.areas if len(t := _title(x, lang)) >= MIN_NOT and fold(t) not in held
                and not any(fold(t) in fold(m) or fold(m) in fold(t) for m in must)]
    return must, must_not


def _pattern(place: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(fold(place))}s?(?![\w-])")


def place_areas(muni: Municipality, place: str, lang: str, agreements: list[Agreement]) -> list[str]:
    """The titles and sentences of the areas naming the place, of the agreements."""
    pattern = _pattern(place)
    out = []
    for a in agreements:
        for x in a.areas:
            text = x.text_en or x.text if lang == "en" else x.text
            words = [_title(x, lang), x.title, x.text, x.text_en, *x.measures, *x.measures_en]
            if any(pattern.search(fold(w)) for w in words if w):
                out += [s for s in (_title(x, lang), text) if s]
    return out


def district_agreement(muni: Municipality, place: str) -> list[Agreement]:
    """The agreements whose title names the place (a district's promise)."""
    pattern = _pattern(place)
    return [a for a in muni.agreements if a.areas and pattern.search(fold(a.title))]


def _fill(wording: str, **values: str) -> str:
    q = wording.format(**values)
    return q[:1].upper() + q[1:] if wording[:1] == "{" and wording[1:2] in "KP" else q


def _places(engine: Any, muni: Municipality) -> list[str]:
    """The entry's localities and districts the resolver knows, each a name no other kommun has and no everyday
    word (`name_forms.EVERYDAY_WORDS`)."""
    return sorted({names[0].written for names in engine.places.names.values()
                   if len(names) == 1 and names[0].kommun.id == muni.id and names[0].kind in ("locality", "district")
                   # a name that is also an everyday word or no place ("backa", "Huskurage"): the resolver's own doubt
                   and fold(names[0].written) not in EVERYDAY_WORDS})


def _aliases(engine: Any, muni: Municipality) -> list[str]:
    return sorted({*engine.knowledge.name_aliases.get(muni.name, ()), *muni.aliases} - {muni.name})


def entry_cases(engine: Any, muni: Municipality) -> list[dict[str, Any]]:
    with_areas = [a for a in muni.agreements if a.areas]
    if not with_areas:
        return []
    cases: list[dict[str, Any]] = []
    ambiguous = set(yaml.safe_load((ROOT / "knowledge/kommuner.yaml").read_text(encoding="utf-8")).get("ambiguous") or ())
    base = {"kommun": muni.id, "K": muni.name, "Ks": genitive(muni.name), "k": ascii_lower(muni.name)}

    def add(selector: str, shapes: dict[str, tuple[str, str]], meant: list[Agreement], out: list[Agreement],
            place: str = "", **values: str) -> None:
        for shape, (lang, wording) in shapes.items():
            if "{k}" in wording and muni.name in ambiguous:
                continue  # "mark", "vara": an ambiguous name is a kommun only capitalised (kommuner.yaml)
            must, must_not = expected(muni, meant, out, lang)
            if not must:
                continue
            own = place_areas(muni, place, lang, meant) if place else []
            q = _fill(wording, **{k: v for k, v in base.items() if k != "kommun"}, **values)
            cases.append({"kommun": muni.id, "selector": selector, "shape": shape, "q": q, "must": must,
                          "must_not": must_not, "own": own})

    years_done: set[tuple[int, str | None]] = set()
    for a in with_areas:
        first = _first(a)
        if first is None:
            continue
        y = first.year
        for kind in (a.kind, None):
            if (y, kind) in years_done:
                continue
            years_done.add((y, kind))
            meant, out = meant_by_year(muni, y, kind)
            if a not in meant or kind is None and any(b.kind != a.kind and _holds(b, y) and b not in meant
                                                      for b in muni.agreements):
                continue
            if kind is None:
                add("year", YEAR_BARE, meant, out, y=str(y))
            else:
                sv, sv_ascii, en = _KIND_WORDS[kind]
                add("year", YEAR_KIND, meant, out, y=str(y), w=sv, wa=sv_ascii, we=en)
    newest_year = max((_first(a).year for a in with_areas if _first(a) is not None), default=None)
    for place in _places(engine, muni):
        own = district_agreement(muni, place)
        meant = own + [a for a in with_areas if a.kind != "medborgarlofte"] if own else with_areas
        add("place", PLACE, meant, [], place=place, P=place, p=ascii_lower(place))
        if newest_year is not None:
            picked = [a for a in meant_by_year(muni, newest_year, "medborgarlofte")[0] if a.areas]
            if picked and (not own or set(map(id, own)) & set(map(id, picked))):
                out = meant_by_year(muni, newest_year, "medborgarlofte")[1]
                add("place", PLACE_YEAR, picked, out, place=place, P=place, y=str(newest_year))
    for alias in _aliases(engine, muni):
        add("alias", ALIAS, with_areas, [], A=alias)
    add("kommun", KOMMUN, with_areas, [])
    promises = [a for a in muni.agreements if a.kind == "medborgarlofte"]
    add("kommun", KOMMUN_PROMISE, [a for a in promises if a.areas] if promises else with_areas, [])
    return cases


def questions(engine: Any, which: str) -> list[dict[str, Any]]:
    out = []
    for muni in sorted(engine.knowledge.municipalities.values(), key=lambda m: m.id):
        if half(muni.id) == which:
            out += entry_cases(engine, muni)
    return out


def why_fails(case: dict[str, Any], reply: dict[str, Any]) -> list[str]:
    why = []
    if reply.get("municipality") != case["kommun"]:
        why.append(f"municipality {reply.get('municipality')!r}")
    if reply.get("topic") == "feedback":
        why.append("concern form")
    text = fold(reply.get("text", ""))
    opening = text[:80]
    if any(opening.startswith(d) for d in DENIALS):
        why.append("denial")
    elif any(c in opening for c in CONFIRMS) and not opening.startswith(fold(case["K"])):
        why.append("confirmation")
    if not any(fold(t) in text for t in case["must"]):
        why.append("no area of the agreement meant")
    bad = [t for t in case["must_not"] if fold(t) in text]
    if bad:
        why.append(f"another agreement's area {bad[0]!r}")
    if case["own"] and not any(fold(t) in text for t in case["own"]):
        why.append("no area naming the place")
    return why


def seen(engine: Any, rounds: list[str]) -> tuple[int, list[dict[str, Any]]]:
    """The seen places and detail sets of the rounds: cases tried and those failing, as score.py scores them."""
    tried, failed = 0, []
    for r in rounds:
        for name in SEEN_SETS:
            path = ROOT / "eval" / "blind" / r / name
            if not path.exists():
                continue
            for case in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
                if not isinstance(case, dict):
                    continue
                turns = case.get("turns") or [case["q"]]
                tried += 1
                why = failures(case, last_reply(engine, turns))
                if why:
                    failed.append({"set": f"{r}/{name}", "turns": turns, "why": why})
    return tried, failed


def main(argv: list[str]) -> None:
    from bot.cli.services import build_engine

    which = argv[0] if argv else "develop"
    out = argv[1] if len(argv) > 1 else None
    engine = build_engine(None)
    cases = questions(engine, which)

    def passes(case: dict[str, Any], reply: dict[str, Any]) -> bool:
        case["why"] = why_fails(case, reply)
        return not case["why"]

    counts, failed = tally(engine, cases, passes, lambda case: (case["selector"], case["shape"]))
    if which == "develop":
        for (sel, shape), (n, bad) in sorted(counts.items()):
            print(f"  {sel:7} {shape:22} {n:5} tried, {bad:5} fail")
    print(f"{which} entries: {len(cases)} tried, {len(failed)} fail")
    tried, bad_seen = seen(engine, DEVELOP if which == "develop" else CHECK)
    print(f"{which} seen places/detail: {tried} tried, {len(bad_seen)} fail")
    if out and which == "develop":
        keep = [{k: v for k, v in f.items() if k not in ("must", "must_not")} for f in failed]
        Path(out).write_text(json.dumps({"entries": keep, "seen": bad_seen}, ensure_ascii=False, indent=1),
                             encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
