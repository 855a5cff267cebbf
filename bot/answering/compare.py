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
# Between kommuner named, a comparative asks the same as a superlative ("har Heby eller Tierp ett nyare löfte?",
# "which of them is older?", "vem tecknade sitt löfte först?"), but only beside a word that sets them against each
# other: "finns det ett nyare avtal för Kalix?" asks of one kommun's agreements, not which kommun.
COMPARATIVES = {
    "longest": CueSet.of({3: ("langre", "longer", "langre tid", "lasts longer")}),
    "shortest": CueSet.of({3: ("kortare", "shorter")}),
    "newest": CueSet.of({3: ("nyare", "senare", "newer", "more recent", "later")}),
    "oldest": CueSet.of({3: ("aldre", "tidigare", "older", "earlier", "forst", "first")}),
}
SET_AGAINST = frozenset(("eller", "or", "an", "than", "vilken", "vilket", "vem", "vems", "which", "who", "whose"))
# The agreement a comparison between kommuner named reads: a promise or an agreement, when the message names it.
PROMISE_WORDS = CueSet.of({3: ("lofte*", "lovat", "medborgarlofte*", "promise*", "citizen promise*")})
AGREEMENT_WORDS = CueSet.of({3: ("samverkansoverenskommelse*", "overenskommelse*", "cooperation agreement*")})
# What a comparison of kommuner named reads as their agreements, beside "avtal*" and "kommun*" above.
NAMED_AGREEMENTS = CueSet.of({3: ("lofte*", "lovat", "promise*", "avtalet", "avtalen", "deals", "deal")})
SHARED = CueSet.of({3: ("samma fokus*", "gemensamma fokus*", "gemensamt fokus*", "same focus*", "share*",
                        "delar", "samma omraden", "gemensamma omraden", "in common", "gemensamt", "bada",
                        "both")})


_PARTS_OF = re.compile(r"\bdelar(?:na)? av\b")
# "Karlstad och Hammarö ligger båda i lokalpolisområde Karlstad", "are both in police area …": where both lie,
# told before the question, shares nothing asked; nor "Danderyd och Vaxholm har båda löften 2023–2026 – vad lovar
# de?", "both have promises": what both have, told (a sharing asked keeps its own words: "samma", "gemensamt").
_BOTH_LIE = re.compile(r"\b(?:ligger|hor|tillhor|ingar|are|lie|belong|sit|har|hade|have|had)\s+(?:ju\s+|nog\s+)?"
                       r"(?:bada|both)\b|\b(?:bada|both)\s+(?:ligger|hor|tillhor|ingar|lie|belong|sit|have|had)\b")
# "What do Halmstad and Varberg focus on in their latest citizen promises?": each one's own latest, asked of, not
# which of them is the newest or the oldest.
_EACH_OWN = re.compile(r"\b(?:their|its|sina|sitt|sin|deras|respektive|each)\s+(?:\w+\s+)?(?:latest|newest|most recent|"
                       r"oldest|earliest|first|senaste|nyaste|aldsta|forsta|tidigaste)\b")


# "Vilka lokalpolisområdeschefer skrev under i Kalix och Haparanda?" asks of the heads, who signed: a role, no area.
_CHIEFS = re.compile(r"\b\w*polisomrade\w*chef\w*")


def kind(norm: str, municipalities_named: int, in_context: bool = False) -> str | None:
    """Which comparison a message asks for, or None. `in_context`: the conversation is about one
    kommun, which a question naming none asks about unless it asks about several."""
    if COMPARE.found(norm) and municipalities_named >= 2:
        return "side_by_side"
    if municipalities_named == 1:
        return None
    if POLICE_AREAS.found(_CHIEFS.sub(" ", norm)) and not (in_context and not municipalities_named and not SEVERAL_AREAS.found(norm)):
        return "police_areas"
    # With a kommun talked about, "vad har kommunen lovat här senast?" asks its latest: only "vilken
    # kommun …?" asks which kommun's agreement is newest.
    which = not in_context or bool(set(norm.split()) & WHICH)
    agreements = AGREEMENTS.found(norm) or municipalities_named >= 2 and NAMED_AGREEMENTS.found(norm)
    for name, cues in SUPERLATIVES.items():
        if cues.found(norm) and agreements and which and not _EACH_OWN.search(norm):
            return name
    if municipalities_named >= 2 and agreements and set(norm.split()) & SET_AGAINST:
        for name, cues in COMPARATIVES.items():
            if cues.found(norm):
                return name
    shared = SHARED.found(_BOTH_LIE.sub(" ", _PARTS_OF.sub(" ", norm)))  # "vilka delar av kommunen …": its parts
    if shared and agreements or (shared and ("fokus" in norm or "focus" in norm)):
        return "shared"
    return None


# Set beside the kommun talked about: "jämför med Emmaboda", "and compared to Kalmar?", "vs Torsås?".
_AGAINST_THE_LAST = re.compile(r"\b(?:jamfor\w* (?:med|mot)|jamfort (?:med|mot)|compare\w* (?:it |that )?(?:with|to)"
                               r"|vs|versus|i forhallande till)\b")


def subject_words(terms: list[str]) -> list[str]:
    """A comparison's words less those that set the kommuner against each other ("jämfört", "skillnaden") or ask
    what they share ("samma medborgarlöfte", "den gemensamma överenskommelsen"): no subject of their entries."""
    return [t for t in terms if not COMPARE.found(t) and not _AGAINST_THE_LAST.search(t) and not SHARED.found(t)
            and not t.startswith("gemensam") and t not in ("samma", "same", "common", "jamfort", "jamfor", "skiljer",
                                                           "skillnad", "skillnaden", "skillnader", "compared")]


def with_the_last(norm: str, named: list[str], last: str | None) -> list[str]:
    """The kommuner compared: those named, and before them the kommun talked about when the message sets one
    kommun against it ("Vad gäller för Nybro?" → "jämför med Emmaboda" compares Nybro and Emmaboda)."""
    if len(named) == 1 and last is not None and last not in named and _AGAINST_THE_LAST.search(norm):
        return [last, *named]
    return named


def agreement_kind(norm: str) -> str | None:
    """The kind of agreement a comparison names ("vems medborgarlöfte är äldst?"), or None for any."""
    promise, agreement = PROMISE_WORDS.found(norm), AGREEMENT_WORDS.found(norm)
    return "medborgarlofte" if promise and not agreement else "samverkansoverenskommelse" if agreement and not promise \
        else None

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


def _compared_agreement(muni: Municipality, kind: str | None) -> Agreement | None:
    """A named kommun's agreement a comparison reads: its latest dated one (of the kind asked, when one is
    named), since "vilken av Kalix och Haparanda har det nyaste löftet?" asks of each kommun's own newest;
    else the main one."""
    own = [a for a in muni.agreements if kind is None or a.kind == kind] or list(muni.agreements)
    dated = [a for a in own if _start_day(a) is not None]
    return max(dated, key=lambda a: _start_day(a) or dt.date.min) if dated else (own[0] if own else None)


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
            # Each title once (Karlstad's two promises share one focus area), then the areas the agreements
            # name beside it ("Våld i offentlig miljö"), which a difference in focus is also about.
            titles = dict.fromkeys(pick(lang, a.title, a.title_en) for a in muni.areas if a.kind == kind)
            lines.append(pick(lang, f"• {sv}: ", f"• {en}: ") + "; ".join(titles))
            also = [t for t in dict.fromkeys(pick(lang, a.title, a.title_en) for a in muni.areas
                                             if a.kind == "other_area") if t not in titles]
            if kind == "focus_area" and also:
                lines.append(pick(lang, "• Även viktigt: ", "• Also important: ") + "; ".join(also))
            used.extend((muni, a.source_id) for a in muni.areas if a.kind in (kind, "other_area"))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks), _sources(used)


_LABELS = {"longest": ("längst period", "the longest period"), "shortest": ("kortast period", "the shortest period"),
           "newest": ("det nyaste avtalet", "the newest agreement"),
           "oldest": ("det äldsta avtalet", "the oldest agreement")}
# Between two kommuner named: "Heby har det nyare avtalet".
_LABELS_OF_TWO = {"longest": ("längre period", "the longer period"), "shortest": ("kortare period", "the shorter period"),
                  "newest": ("det nyare avtalet", "the newer agreement"),
                  "oldest": ("det äldre avtalet", "the older agreement")}
_TIED = {"longest": ("Enligt källorna är perioderna i {} lika långa.", "By the sources, the periods of {} are equally long."),
         "newest": ("Enligt källorna började avtalen i {} samtidigt: inget av dem är nyare.",
                    "By the sources, the agreements of {} began at the same time: none is newer."),
         "oldest": ("Enligt källorna började avtalen i {} samtidigt: inget av dem är äldre.",
                    "By the sources, the agreements of {} began at the same time: none is older.")}
_TIED["shortest"] = _TIED["longest"]


def superlative(munis: list[Municipality], which: str, today: dt.date, lang: str, named: bool = False,
                kind: str | None = None) -> tuple[str, list[Source]]:
    """The agreement that lasts longest / shortest or began last / first, among those with dates. `named`:
    the kommuner were named, and each one's own latest agreement (of `kind`) is compared, in the order named."""
    candidates = [(muni, a) for muni in munis
                  if (a := _compared_agreement(muni, kind) if named else _main_agreement(muni)) is not None]
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
    tied = [muni.name for value, muni, _ in measured if value == best[0]]
    if named and len(tied) > 1:
        # "har Sollentuna eller Sigtuna ett nyare avtal?": the sources give both the same start; said so, no winner.
        lines = [pick(lang, *_TIED[which]).format(compose.join_words(tied, lang))]
    else:
        label = (_LABELS_OF_TWO if named and len(candidates) == 2 else _LABELS)[which]
        lines = [pick(lang, f"{best[1].name} har {label[0]}: {periods.agreement_line(best[2], today, lang)}.",
                      f"{best[1].name} has {label[1]}: {periods.agreement_line(best[2], today, lang)}.")]
    lines.append(pick(lang, "Båda, i den ordningen:", "Both, in that order:") if len(measured) == 2
                 else pick(lang, "Alla, i den ordningen:", "All of them, in that order:"))
    lines.extend(f"• {muni.name}: {periods.agreement_line(a, today, lang)}" for _, muni, a in measured)
    missing = [muni.name for muni, a in candidates if all(m is not muni for _, m, _ in measured)]
    if missing:
        lines.append(pick(lang, f"Utan fullständig period i källan: {compose.join_words(missing, lang)}.",
                          f"Without a full period in the source: {compose.join_words(missing, lang)}."))
    return "\n".join(lines), _sources([(muni, a.source_id) for _, muni, a in measured])


EACH_IN_ORDER_UP_TO = 4  # kommuner named: each one's police area, in the order named


def police_areas(munis: list[Municipality], lang: str, named: bool = False) -> tuple[str, list[Source]]:
    """The police areas of `munis`, grouped by area; of a few kommuner `named` ("Vilket lokalpolisområde hör Älmhult
    respektive Årjäng till?"), each kommun's own, in the order named: its area, else the police party its source
    names ("Polisen, lokalpolisen i Huddinge"), else that the source names none."""
    if named and len(munis) <= EACH_IN_ORDER_UP_TO:
        lines = [f"• {m.name}: {_police_of(m, lang)}" for m in munis]
        return "\n".join([pick(lang, "Lokalpolisområdena kommunerna samverkar med:",
                                "The local police areas the municipalities work with:"), *lines]), \
            _sources([(muni, muni.sources[0].id) for muni in munis if muni.sources])
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


def _police_of(muni: Municipality, lang: str) -> str:
    if muni.police_area:
        return pick(lang, f"lokalpolisområde {muni.police_area}", f"local police area {muni.police_area}")
    party = next((p for p in muni.parties if "polis" in fold(p.name) and fold(p.name) not in ("polisen", "polismyndigheten")), None)
    if party is not None:
        return pick(lang, party.name, party.name_en or party.name)
    return pick(lang, "källan anger inget lokalpolisområde", "the source names no local police area")


SHARED_WITH_TITLES_UP_TO = 4
SHARED_NAMES_SHOWN = 10


def shared_focus(munis: list[Municipality], lang: str, named: bool = False) -> tuple[str, list[Source]]:
    """Subjects (an area's first keyword) that the focus areas of two or more municipalities share. `named`: the
    kommuner were named, and each shared subject is their own titles, in the order named: a keyword (often
    English, or folded) is no label a resident reads."""
    if named:
        return _shared_between(munis, lang)
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


def _shared_between(munis: list[Municipality], lang: str) -> tuple[str, list[Source]]:
    """What the focus areas of the kommuner named share: the areas with a keyword in common, each under its
    kommun's name ("• Haparanda: Droger och folkhälsa – Kalix: Drogmissbruk"), each pairing once."""
    order = {muni.id: i for i, muni in enumerate(munis)}
    by_subject: dict[str, dict[str, tuple[Municipality, str, str]]] = defaultdict(dict)
    for muni in munis:
        for area in muni.areas:
            if area.kind == "focus_area":
                for keyword in area.keywords:
                    by_subject[fold(keyword)].setdefault(muni.id, (muni, pick(lang, area.title, area.title_en),
                                                                   area.source_id))
    names = compose.join_words([m.name for m in munis], lang)
    lines: list[str] = []
    used: list[tuple[Municipality, str]] = []
    seen: set[frozenset[str]] = set()
    for found in by_subject.values():
        group = frozenset(f"{muni_id}:{title}" for muni_id, (_, title, _) in found.items())
        if len(found) < 2 or group in seen or any(group < other for other in seen):
            continue
        seen = {other for other in seen if not other < group} | {group}
        ordered = sorted(found.values(), key=lambda found_one: order[found_one[0].id])
        lines.append("• " + " – ".join(f"{m.name}: {title}" for m, title, _ in ordered))
        used.extend((m, source_id) for m, _, source_id in ordered)
    if not lines:
        return pick(lang, f"{names} har inga fokusområden med samma ämne.",
                    f"{names} share no focus area subject."), []
    # A pairing seen again under a wider group is said once, in the wider one.
    kept = [line for line in lines if not any(line != other and line[2:] in other for other in lines)]
    head = pick(lang, f"Fokusområden med samma ämne i {names}:", f"Focus areas with the same subject in {names}:")
    return "\n".join([head, *kept[:8]]), _sources(used)


def answer(which: str, named: list[Municipality], knowledge: Knowledge, lang: str, today: dt.date,
           county: str | None = None, kind: str | None = None) -> Answer:
    """The comparison asked (`which`: side_by_side, police_areas, shared or a superlative) of the kommuner
    named, or of every kommun (in `county`, when one is named and no kommun), with its sources; `kind`: the
    kind of agreement the message names (`agreement_kind`)."""
    # "Vilka lokalpolisområden finns i Halland?": a county named, and no kommun, is the set compared.
    munis = named or sorted((m for m in knowledge.municipalities.values()
                             if county is None or m.county == county), key=lambda m: swedish_key(m.name))
    if which == "side_by_side":
        text, sources = side_by_side(munis, today, lang)
    elif which == "police_areas":
        text, sources = police_areas(munis, lang, named=bool(named))
    elif which == "shared":
        text, sources = shared_focus(munis, lang, named=bool(named))
    else:
        text, sources = superlative(munis, which, today, lang, named=bool(named), kind=kind)
    if sources:
        text += "\n\n" + compose.source_line(sources, lang, today)
    return Answer(True, None, "compare", text, language=lang, sources=details.source_dicts(sources))
