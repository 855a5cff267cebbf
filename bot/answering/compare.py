"""Questions across the municipalities known: side by side, longest / shortest / newest / oldest
agreement, the police areas, the focus areas they share. Each answer carries its sources."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

from bot.answering import compose, details, periods
from bot.answering.answer import Answer
from bot.answering.compose import pick
from bot.answering.detail_asks import Ask
from bot.answering.knowledge import Agreement, Knowledge, Municipality, Source
from bot.answering.lexicon import CueSet
from bot.text import fold, swedish_key

COMPARE = CueSet.of({3: ("jamfor*", "compare*", "skillnad* mellan", "skillnaden", "difference* between",
                         "versus", "vs", "jamforelse*", "side by side", "sida vid sida")})
SUPERLATIVES = {
    "longest": CueSet.of({3: ("langst", "langsta", "longest", "langst tid")}),
    "shortest": CueSet.of({3: ("kortast", "kortaste", "shortest")}),
    "newest": CueSet.of({3: ("nyast", "nyaste", "senast", "senaste", "newest", "latest", "most recent")}),
    "oldest": CueSet.of({3: ("aldst", "aldsta", "oldest")}),
}
AGREEMENTS = CueSet.of({3: ("avtal*", "*overenskommelse*", "samverkan*", "agreement*", "medborgarlofte*",
                            "kommun*", "municipalit*")})
POLICE_AREAS = CueSet.of({3: ("lokalpolisomraden", "lokalpolisomradena", "polisomraden", "police areas",
                              "vilka lokalpolisomrade*", "which police area*", "vilket lokalpolisomrade*")})
# Police areas of several kommuner: with a kommun in the conversation, "vilket lokalpolisområde är
# det?" asks its area, and only these ask for the list.
SEVERAL_AREAS = CueSet.of({3: ("lokalpolisomraden", "lokalpolisomradena", "polisomraden", "polisomradena",
                               "police areas", "vilka lokalpolisomrade*", "vilka polisomrade*", "kommunerna",
                               "municipalities", "alla", "all", "each", "varje", "every")})
WHICH = frozenset(("vilken", "vilket", "vilka", "which", "what", "kommunerna", "municipalities"))
SHARED = CueSet.of({3: ("samma fokus*", "gemensamma fokus*", "gemensamt fokus*", "same focus*", "share*",
                        "delar", "samma omraden", "gemensamma omraden", "in common", "gemensamt", "bada",
                        "both")})


_PARTS_OF = re.compile(r"\bdelar(?:na)? av\b")


def kind(norm: str, municipalities_named: int, in_context: bool = False) -> str | None:
    """Which comparison a message asks for, or None. `in_context`: the conversation is about one
    kommun, which a question naming none asks about unless it asks about several."""
    if COMPARE.found(norm) and municipalities_named >= 2:
        return "side_by_side"
    if municipalities_named == 1:
        return None
    if POLICE_AREAS.found(norm) and not (in_context and not municipalities_named and not SEVERAL_AREAS.found(norm)):
        return "police_areas"
    # With a kommun talked about, "vad har kommunen lovat här senast?" asks its latest: only "vilken
    # kommun …?" asks which kommun's agreement is newest.
    which = not in_context or bool(set(norm.split()) & WHICH)
    for name, cues in SUPERLATIVES.items():
        if cues.found(norm) and AGREEMENTS.found(norm) and which:
            return name
    shared = SHARED.found(_PARTS_OF.sub(" ", norm))  # "vilka delar av kommunen …" asks of its parts, shares nothing
    if shared and AGREEMENTS.found(norm) or (shared and "fokus" in norm):
        return "shared"
    return None

# What the side-by-side table shows of each kommun. Any other aspect compared ("Avesta vs Ludvika: hur följs
# arbetet upp?", "jämför hur Örebro och Arjeplog tog fram sina fokusområden") is each kommun's own sentence,
# labelled, as "… i Avesta respektive Ludvika" gets: the table holds none of it.
SIDE_BY_SIDE = (None, "overview", "focus", "period")
NAMES_A_TOPIC = 3  # a cue this strong names the aspect compared ("uppföljningen", "bygger på")


def shown_side_by_side(topic: str | None, scores: dict[str, int], detail: Ask | None) -> bool:
    """Whether a comparison asking `topic` (or a framed `detail`) is answered by the table. A topic only
    guessed from a weak cue ("Hur skiljer sig Lund från Malmö?" has a "hur"), or "vad är skillnaden mellan
    …" read as a name asked about, asks for the table."""
    detail_asked = detail is not None and detail.shape != "name"
    return (topic in SIDE_BY_SIDE or scores.get(topic or "", 0) < NAMES_A_TOPIC) and not detail_asked


def unless_each(comparison: str | None, topic: str | None, scores: dict[str, int], detail: Ask | None) -> str | None:
    """The comparison asked, or None when it is the side-by-side table of an aspect the table does not
    show: then each kommun's own answer, labelled ("Avesta vs Ludvika: hur följs arbetet upp?")."""
    return None if comparison == "side_by_side" and not shown_side_by_side(topic, scores, detail) else comparison


def _main_agreement(muni: Municipality) -> Agreement | None:
    return next((a for a in muni.agreements if a.kind == "samverkansoverenskommelse"),
                muni.agreements[0] if muni.agreements else None)


def _span_days(agreement: Agreement) -> int | None:
    start = agreement.start or agreement.signed
    if start is None or agreement.end is None:
        return None
    return (agreement.end.last_day() - start.first_day()).days


def _start_day(agreement: Agreement) -> dt.date | None:
    start = agreement.start or agreement.signed
    return start.first_day() if start else None


def _sources(pairs: list[tuple[Municipality, str]]) -> list[Source]:
    seen: dict[tuple[str, str], Source] = {}
    for muni, source_id in pairs:
        for source in compose.sources_of(muni, [source_id]):
            seen.setdefault((muni.id, source.id), source)
    return list(seen.values())


# What an agreement covers, by the first kind of area it has: its focus areas where it names them.
_CONTENT_KINDS = {"focus_area": ("Fokusområden", "Focus areas"),
                  "collaboration_area": ("Samverkansområden", "Areas of cooperation"),
                  "commitment": ("Åtaganden", "Commitments")}


def side_by_side(munis: list[Municipality], today: dt.date, lang: str) -> tuple[str, list[Source]]:
    blocks, used = [], []
    for muni in munis:
        lines = [f"{muni.name}:"]
        if muni.police_area:
            lines.append(pick(lang, f"• Lokalpolisområde: {muni.police_area}",
                              f"• Local police area: {muni.police_area}"))
        for agreement in muni.agreements:
            lines.append(f"• {periods.agreement_line(agreement, today, lang)}")
            used.append((muni, agreement.source_id))
        # A kommun whose agreements name no focus area still has what they cover (Avesta's areas of
        # cooperation, Laxå's commitments): "compare Falun and Avesta" asks both sides' content.
        kind = next((k for k in _CONTENT_KINDS if any(a.kind == k for a in muni.areas)), None)
        if kind is not None:
            sv, en = _CONTENT_KINDS[kind]
            lines.append(pick(lang, f"• {sv}: ", f"• {en}: ")
                         + "; ".join(pick(lang, a.title, a.title_en) for a in muni.areas if a.kind == kind))
            used.extend((muni, a.source_id) for a in muni.areas if a.kind == kind)
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks), _sources(used)


def superlative(munis: list[Municipality], which: str, today: dt.date, lang: str) -> tuple[str, list[Source]]:
    """The agreement that lasts longest / shortest or began last / first, among those with dates."""
    candidates = [(muni, a) for muni in munis if (a := _main_agreement(muni)) is not None]
    if which in ("longest", "shortest"):
        measured = [(days, muni, a) for muni, a in candidates if (days := _span_days(a)) is not None]
        reverse = which == "longest"
    else:
        measured = [(start.toordinal(), muni, a) for muni, a in candidates if (start := _start_day(a)) is not None]
        reverse = which == "newest"
    if not measured:
        return pick(lang, "Det går inte att avgöra av källorna: de anger inte perioderna.",
                    "The sources do not give the periods, so I cannot tell."), []
    measured.sort(key=lambda item: item[0], reverse=reverse)
    best = measured[0]
    label = {"longest": ("längst period", "the longest period"), "shortest": ("kortast period", "the shortest period"),
             "newest": ("det nyaste avtalet", "the newest agreement"),
             "oldest": ("det äldsta avtalet", "the oldest agreement")}[which]
    lines = [pick(lang, f"{best[1].name} har {label[0]}: {periods.agreement_line(best[2], today, lang)}.",
                  f"{best[1].name} has {label[1]}: {periods.agreement_line(best[2], today, lang)}.")]
    lines.append(pick(lang, "Alla, i den ordningen:", "All of them, in that order:"))
    lines.extend(f"• {muni.name}: {periods.agreement_line(a, today, lang)}" for _, muni, a in measured)
    missing = [muni.name for muni, a in candidates if all(m is not muni for _, m, _ in measured)]
    if missing:
        lines.append(pick(lang, f"Utan fullständig period i källan: {compose.join_words(missing, lang)}.",
                          f"Without a full period in the source: {compose.join_words(missing, lang)}."))
    return "\n".join(lines), _sources([(muni, a.source_id) for _, muni, a in measured])


def police_areas(munis: list[Municipality], lang: str) -> tuple[str, list[Source]]:
    by_area: dict[str, list[str]] = defaultdict(list)
    unnamed: list[str] = []
    for muni in munis:
        (by_area[muni.police_area] if muni.police_area else unnamed).append(muni.name)
    lines = [pick(lang, "Lokalpolisområdena kommunerna samverkar med:", "The local police areas the municipalities work with:")]
    lines.extend(f"• {area}: {compose.join_words(sorted(names, key=swedish_key), lang)}"
                 for area, names in sorted(by_area.items(), key=lambda item: swedish_key(item[0])))
    if unnamed:  # last: the areas named come first, then those whose source names none
        lines.append(pick(lang, "• Källan anger inget lokalpolisområde: ", "• The source names no local police area: ")
                     + compose.join_words(sorted(unnamed, key=swedish_key), lang))
    return "\n".join(lines), _sources([(muni, muni.sources[0].id) for muni in munis if muni.sources])


SHARED_WITH_TITLES_UP_TO = 4
SHARED_NAMES_SHOWN = 10


def shared_focus(munis: list[Municipality], lang: str) -> tuple[str, list[Source]]:
    """Subjects (an area's first keyword) that the focus areas of two or more municipalities share."""
    by_subject: dict[str, dict[str, tuple[Municipality, str]]] = defaultdict(dict)
    for muni in munis:
        for area in muni.areas:
            if area.kind != "focus_area":
                continue
            for keyword in area.keywords:
                by_subject[fold(keyword)].setdefault(muni.id, (muni, pick(lang, area.title, area.title_en)))
    shared = {subject: found for subject, found in by_subject.items() if len(found) >= 2}
    if not shared:
        return pick(lang, "Kommunerna har inga fokusområden med samma ämne.",
                    "The municipalities share no focus area subject."), []
    lines = [pick(lang, "Fokusområden som flera kommuner delar:", "Focus areas several municipalities share:")]
    used: list[tuple[Municipality, str]] = []
    seen_groups: set[frozenset[str]] = set()
    for subject, found in sorted(shared.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        group = frozenset(f"{m.id}:{title}" for m, title in found.values())
        if group in seen_groups:
            continue
        seen_groups.add(group)
        ordered = sorted(found.values(), key=lambda mt: swedish_key(mt[0].name))
        if len(ordered) > SHARED_WITH_TITLES_UP_TO:
            # Many municipalities share it: their names, a few of them, and how many more.
            shown = ordered[:SHARED_NAMES_SHOWN]
            more = len(ordered) - len(shown)
            entries = ", ".join(m.name for m, _ in shown) + (pick(lang, f" och {more} till", f" and {more} more")
                                                             if more else "")
            lines.append(f"• {subject} ({len(ordered)}): {entries}")
        else:
            shown = ordered
            lines.append(f"• {subject}: " + "; ".join(f"{m.name} ({title})" for m, title in ordered))
        for m, _ in shown:
            area = next(a for a in m.areas if a.kind == "focus_area")
            used.append((m, area.source_id))
        if len(lines) > 8:
            break
    return "\n".join(lines), _sources(used)


def answer(which: str, named: list[Municipality], knowledge: Knowledge, lang: str, today: dt.date,
           county: str | None = None) -> Answer:
    """The comparison asked (`which`: side_by_side, police_areas, shared or a superlative) of the kommuner
    named, or of every kommun (in `county`, when one is named and no kommun), with its sources."""
    # "Vilka lokalpolisområden finns i Halland?": a county named, and no kommun, is the set compared.
    munis = named or sorted((m for m in knowledge.municipalities.values()
                             if county is None or m.county == county), key=lambda m: swedish_key(m.name))
    if which == "side_by_side":
        text, sources = side_by_side(munis, today, lang)
    elif which == "police_areas":
        text, sources = police_areas(munis, lang)
    elif which == "shared":
        text, sources = shared_focus(munis, lang)
    else:
        text, sources = superlative(munis, which, today, lang)
    if sources:
        text += "\n\n" + compose.source_line(sources, lang, today)
    return Answer(True, None, "compare", text, language=lang, sources=details.source_dicts(sources))
