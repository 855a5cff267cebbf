"""The lägesbild digest: a municipality's concerns over a period, as sections a coordinator can paste.

    concerns (streamed in chunks) ──► DigestBuilder ──► Digest ──► write_docx / write_html / write_md

Sections, in the order of the document: Sammanfattning (counts against the period before, by
category and channel, and one chart), Platser (concerns within about 150 m of each other, or the
same typed place after normalising), Teman (what recurs in residents' own words, with short quotes
as stored, that is masked), Överenskommelsen (each focus area of the municipality's agreement and
the concerns that touch it, and what none covers), Frågor utan svar, Trygghetsmätning (only with
enough answers) and Om underlaget.

Everything is computed in one pass over the concerns, so 100 000 of them take seconds. Access is the
staff desk's: `build` checks the municipality against the member's list and keeps the download in
the audit log like the other exports.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import io
import math
import re
from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot import files
from bot.answering.knowledge import Area, Municipality
from bot.concerns.survey_figures import SurveyReport
from bot.dates import MONTHS_SV, day_start_epoch
from bot.settings import StaffMember
from bot.staff import jobs
from bot.staff.desk import AccessDenied, StaffDesk, StaffInputError
from bot.storage import Concern, Store
from bot.storage.base import AuditEntry, ConcernQuery
from bot.text import clean_text, count, fold, swedish_key

DEFAULT_MONTHS = 12
MAX_YEARS = 5  # the longest period a digest covers: it reads that period and the one before
CLUSTER_METRES = 150.0
TOP_PLACES = 10
TOP_THEMES = 10
QUOTES = 3
QUOTE_CHARS = 160
FORMATS = ("docx", "html", "md")
CHANNEL_NAMES = {"telegram": "Telegram", "web": "Webbchatten", "terminal": "Terminalen"}
# Themes residents' words often fall under, each with the word stems (folded) that count for it.
THEME_STEMS: dict[str, tuple[str, ...]] = {
    "belysning": ("belysning", "mork", "lampa", "lampor", "gatlykt", "gatubelysning", "upplyst", "ljusare",
                  "trasig lampa", "slackt"),
    "fortkörning": ("fortkor", "kor fort", "kors fort", "kor for fort", "hastighet", "rattare", "bilar som kor",
                    "mopeder", "moped", "epa", "a-traktor", "buskor"),
    "narkotika": ("narkotika", "knark", "droger", "drog", "langning", "langar", "hasch", "cannabis", "sprutor"),
    "nedskräpning": ("nedskrap", "skrap", "sopor", "glas pa marken", "krossat glas", "fimpar"),
    "skadegörelse": ("skadegor", "klotter", "vandalis", "sonder", "krossade", "krossad"),
    "alkohol": ("alkohol", "fylla", "berusad", "fulla", "dricker", "langar sprit"),
    "ungdomar": ("ungdomar", "ungdomsgang", "gang", "gang av", "tonaringar"),
    "stölder": ("stold", "stol", "inbrott", "cykelstold", "snatteri"),
    "hot och våld": ("hot", "hotad", "hotfull", "misshandel", "slagsmal", "vald", "kniv", "rån", "ran"),
    "trafik": ("trafik", "overgangsstall", "cykelbana", "korsning", "parkering", "trottoar"),
}
# Words too common to be a theme of their own ("det känns otryggt vid …").
STOPWORDS = frozenset(fold(w) for w in (
    "alltid", "andra", "annan", "annat", "bara", "blir", "borde", "both", "cirka", "eftersom", "efter", "eller",
    "finns", "flera", "fram", "från", "före", "gäller", "gång", "gånger", "gjort", "hela", "helt", "inga", "inget",
    "inte", "kanske", "kommer", "kommun", "kommunen", "känns", "känner", "kvällen", "kvällar", "kvällarna",
    "längs", "mellan", "mycket", "många", "nästan", "också", "ofta", "platsen", "runt", "sedan", "själv", "sina",
    "sitt", "skulle", "slut", "sådan", "sådana", "till", "tycker", "under", "utan", "vara", "varit", "vilket",
    "vill", "väldigt", "åker", "även", "något", "någon", "några", "where", "there", "their", "about", "otryggt",
    "otrygg", "otrygga", "tryggt", "trygg", "trygga", "dagar", "ibland", "senaste", "området", "stationen",
    "verkligen", "behöver", "saknas", "stället", "person", "personer", "detta", "denna", "dessa", "deras",
    "dessutom", "igen", "ingen", "inget", "innan", "medan", "vilken", "vilka", "varför", "samma", "själva",
))
_WORD = re.compile(r"[^\W\d_]{5,}")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
_PLACE_NOISE = re.compile(r"[^\w\s]|_")
# Headings, the same in every format, so a coordinator finds the same section in each.
HEADINGS = ("Sammanfattning", "Platser", "Teman", "Överenskommelsen", "Frågor utan svar", "Trygghetsmätning",
            "Om underlaget")


@dataclass(frozen=True)
class Period:
    """From `since` to `until`, both days included."""

    since: dt.date
    until: dt.date

    @classmethod
    def default(cls, today: dt.date, months: int = DEFAULT_MONTHS) -> Period:
        """The last `months` months up to and including today."""
        year, month = divmod(today.month - 1 - months, 12)
        start_month = dt.date(today.year + year, month + 1, 1)
        day = min(today.day, _month_days(start_month))
        return cls(start_month.replace(day=day) + dt.timedelta(days=1), today)

    @property
    def days(self) -> int:
        return (self.until - self.since).days + 1

    def previous(self) -> Period:
        """The period of the same length just before."""
        return Period(self.since - dt.timedelta(days=self.days), self.since - dt.timedelta(days=1))

    def query(self, municipality: str) -> ConcernQuery:
        return ConcernQuery(frozenset({municipality}), since=day_start_epoch(self.since),
                            until=day_start_epoch(self.until, days=1))

    def label(self) -> str:
        return f"{_day(self.since)} – {_day(self.until)}"


@dataclass(frozen=True)
class Change:
    """A row of the summary: this period, the one before, and the change."""

    name: str
    now: int
    before: int

    @property
    def change(self) -> str:
        return change_text(self.now, self.before)


@dataclass(frozen=True)
class Place:
    label: str
    count: int
    categories: list[tuple[str, int]]
    months: list[str]
    located: bool
    lat: float | None = None  # the cluster's first concern, where the place has coordinates
    long: float | None = None


@dataclass(frozen=True)
class Theme:
    word: str
    count: int
    quotes: list[str]


@dataclass(frozen=True)
class FocusRow:
    title: str
    agreement: str
    count: int
    categories: list[tuple[str, int]]


@dataclass(frozen=True)
class UnansweredGroup:
    label: str
    count: int
    questions: list[tuple[str, int]]


@dataclass
class Digest:
    municipality: str
    name: str
    period: Period
    previous: Period
    made: dt.datetime
    total: int
    previous_total: int
    categories: list[Change]
    channels: list[Change]
    months: list[tuple[str, int]]
    places: list[Place]
    themes: list[Theme]
    focus: list[FocusRow]
    agreement_note: str
    uncovered: int
    uncovered_categories: list[tuple[str, int]]
    unanswered: list[UnansweredGroup]
    survey: SurveyReport | None
    notes: list[str] = field(default_factory=list)
    # False for a kommun without an agreement in the knowledge base: its digest has no such section.
    agreement: bool = True
    answered: int = 0  # concerns answered to their resident (issue #34)
    _chart: bytes | None = None
    _map: bytes | None = None

    @property
    def title(self) -> str:
        return f"Lägesbild från invånarnas synpunkter – {self.name}"

    def chart(self) -> bytes:
        """The summary's chart as PNG (drawn once)."""
        if self._chart is None:
            self._chart = chart_png(self)
        return self._chart

    @property
    def located(self) -> list[tuple[int, Place]]:
        """The places with coordinates, with their row number in the places table."""
        return [(number, p) for number, p in enumerate(self.places, start=1) if p.lat is not None]

    def map(self) -> bytes | None:
        """The places drawn at their coordinates as PNG (drawn once), or None when none has any."""
        if self._map is None and self.located:
            self._map = map_png(self)
        return self._map


def change_text(now: int, before: int) -> str:
    """"+25 %", "−10 %", "oförändrat", or "ny" when there were none before."""
    if now == before:
        return "oförändrat"
    if before == 0:
        return "ny"
    percent = round((now - before) * 100 / before)
    return f"{'+' if percent > 0 else '−'}{abs(percent)} %"


def month_label(key: str) -> str:
    year, month = key.split("-")[:2]
    return f"{MONTHS_SV[int(month) - 1]} {year}"


def _day(day: dt.date) -> str:
    return f"{day.day} {MONTHS_SV[day.month - 1]} {day.year}"


def _month_days(first: dt.date) -> int:
    following = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return (following - first).days


# -- places ------------------------------------------------------------------------------------------


def place_key(typed: str, municipality: Municipality) -> str:
    """A typed place normalised: case, accents and punctuation gone, and the municipality's or a
    locality's name dropped ("Stortorget i Sölvesborg" and "stortorget" are one place)."""
    words = _PLACE_NOISE.sub(" ", fold(typed)).split()
    names = {fold(municipality.name), *(fold(n) for n in municipality.localities),
             *(fold(n) for n in municipality.aliases)}
    kept: list[str] = []
    for word in words:
        if word in names or word in ("kommun", "centrum") and kept:
            if kept and kept[-1] in ("i", "vid", "pa"):
                kept.pop()
            continue
        kept.append(word)
    return " ".join(kept)


class _Cluster:
    __slots__ = ("lat", "long", "count", "categories", "months", "names", "written")

    def __init__(self, lat: float, long: float) -> None:
        self.lat, self.long = lat, long
        self.count = 0
        self.categories: Counter[str] = Counter()
        self.months: set[str] = set()
        self.names: Counter[str] = Counter()
        self.written: dict[str, str] = {}

    def add(self, concern: Concern, key: str) -> None:
        self.count += 1
        self.categories[concern.service_name] += 1
        self.months.add(concern.requested_datetime[:7])
        if key:
            self.names[key] += 1
            self.written.setdefault(key, (concern.address_string or "").strip())

    def merge(self, other: _Cluster) -> None:
        self.count += other.count
        self.categories.update(other.categories)
        self.months |= other.months
        self.names.update(other.names)
        for key, text in other.written.items():
            self.written.setdefault(key, text)


class PlaceClusters:
    """Concerns within about `metres` of a cluster's first concern join it (a grid of cells that
    size, each looked up with its eight neighbours); concerns with only a typed place group by its
    normalised name, and join the located cluster that most often bears that name."""

    def __init__(self, municipality: Municipality, metres: float = CLUSTER_METRES) -> None:
        self.municipality = municipality
        self.metres = metres
        self.step_lat = metres / 111_320.0
        self.cells: dict[tuple[int, int], list[_Cluster]] = {}
        self.located: list[_Cluster] = []
        self.named: dict[str, _Cluster] = {}
        self._keys: dict[str, str] = {}

    def _key(self, typed: str | None) -> str:
        if not typed:
            return ""
        key = self._keys.get(typed)
        if key is None:
            key = self._keys[typed] = place_key(typed, self.municipality)
        return key

    def add(self, concern: Concern) -> None:
        key = self._key(concern.address_string)
        if concern.lat is None or concern.long is None:
            if key:
                cluster = self.named.get(key)
                if cluster is None:
                    cluster = self.named[key] = _Cluster(math.nan, math.nan)
                cluster.add(concern, key)
            return
        lat, long = float(concern.lat), float(concern.long)
        step_long = self.step_lat / max(math.cos(math.radians(lat)), 0.01)
        row, column = int(math.floor(lat / self.step_lat)), int(math.floor(long / step_long))
        found = None
        best = self.metres
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                for cluster in self.cells.get((row + dr, column + dc), ()):
                    distance = _metres(lat, long, cluster.lat, cluster.long)
                    if distance <= best:
                        found, best = cluster, distance
        if found is None:
            found = _Cluster(lat, long)
            self.cells.setdefault((row, column), []).append(found)
            self.located.append(found)
        found.add(concern, key)

    def places(self, top: int = TOP_PLACES) -> list[Place]:
        """The largest places with at least two concerns."""
        by_name: dict[str, _Cluster] = {}
        for cluster in self.located:
            if cluster.names:
                by_name.setdefault(cluster.names.most_common(1)[0][0], cluster)
        groups = list(self.located)
        for key, named in self.named.items():
            if key in by_name:
                by_name[key].merge(named)
            else:
                groups.append(named)
        ranked = sorted((c for c in groups if c.count >= 2),
                        key=lambda c: (-c.count, c.names.most_common(1)[0][0] if c.names else ""))
        return [Place(self._label(c), c.count, c.categories.most_common(), sorted(c.months),
                      not math.isnan(c.lat), None if math.isnan(c.lat) else c.lat,
                      None if math.isnan(c.long) else c.long) for c in ranked[:top]]

    def _label(self, cluster: _Cluster) -> str:
        if cluster.names:
            key = cluster.names.most_common(1)[0][0]
            text = cluster.written.get(key) or key
            return text if math.isnan(cluster.lat) else f"{text} (inom {self.metres:.0f} m)"
        return f"Utan namn, kring {cluster.lat:.4f}, {cluster.long:.4f}"


def _metres(lat1: float, long1: float, lat2: float, long2: float) -> float:
    """Distance on a plane: exact enough at 150 m."""
    dy = (lat2 - lat1) * 111_320.0
    dx = (long2 - long1) * 111_320.0 * math.cos(math.radians((lat1 + lat2) / 2))
    return math.hypot(dx, dy)


# -- themes and focus areas --------------------------------------------------------------------------


def _alternation(terms: Iterable[str]) -> str:
    return "|".join(re.escape(t) for t in sorted(set(terms), key=len, reverse=True))


def area_terms(area: Area) -> list[str]:
    """What in a resident's words touches a focus area: its keywords and the longer words of its title."""
    terms = [fold(k) for k in area.keywords if len(k) >= 3]
    terms += [w[:max(5, len(w) - 2)] for w in _WORD.findall(fold(area.title))
              if len(w) >= 6 and w not in STOPWORDS and w not in _GENERIC_AREA_WORDS]
    return list(dict.fromkeys(terms))


# Title words that every agreement uses: they say nothing about what a concern is about.
_GENERIC_AREA_WORDS = frozenset(fold(w) for w in (
    "arbete", "arbetet", "arbeta", "samverkan", "förebyggande", "förebygga", "brottsförebyggande",
    "trygghetsskapande", "trygghets", "trygghet", "tryggheten", "insatser", "insats", "gemensamt", "gemensam",
    "gemensamma", "minskad", "minskat", "minska", "ökad", "ökade", "ökat", "utveckla", "utveckling",
    "kommunikation", "lägesbildsarbete", "lägesbild", "området", "områden", "offentliga", "allmänna"))


def current_areas(municipality: Municipality, period: Period) -> tuple[list[tuple[Area, str]], str]:
    """The focus areas of the agreements in force during the period (else of the newest one), each
    with its agreement's label, and a note when the newest has ended."""
    agreements = [a for a in municipality.agreements if a.areas]
    running = [a for a in agreements if (a.end is None or a.end.last_day() >= period.since)
               and (a.start is None or a.start.first_day() <= period.until)]
    note = ""
    if not running and agreements:
        newest = max(agreements, key=lambda a: (a.end.last_day() if a.end else dt.date.max))
        running = [newest]
        note = (f"Den senaste överenskommelsen ({_agreement_label(newest)}) har upphört; dess "
                "fokusområden används här tills en ny finns i kunskapsbasen.")
    areas = [(area, _agreement_label(a)) for a in running for area in a.areas
             if area.kind in ("focus_area", "collaboration_area", "commitment")]
    return areas, note


def _agreement_label(agreement: Any) -> str:
    kind = {"samverkansoverenskommelse": "Samverkansöverenskommelse", "medborgarlofte": "Medborgarlöfte"}.get(
        str(agreement.kind), str(agreement.kind).replace("_", " ").capitalize())
    years = ""
    if agreement.start or agreement.end:
        years = f" {agreement.start.year if agreement.start else '…'}–{agreement.end.year if agreement.end else '…'}"
    return (agreement.title or kind) + ("" if agreement.title else years)


def quote_of(description: str, stem: str) -> str | None:
    """The sentence of a description that holds `stem` (folded), shortened to QUOTE_CHARS."""
    for sentence in _SENTENCE.findall(description):
        if stem in fold(sentence):
            text = " ".join(sentence.split())
            if len(text) > QUOTE_CHARS:
                start = max(fold(text).find(stem) - QUOTE_CHARS // 2, 0)
                text = ("…" if start else "") + text[start:start + QUOTE_CHARS].rsplit(" ", 1)[0] + "…"
            return text
    return None


class DigestBuilder:
    """Collects one period's concerns chunk by chunk; `digest()` gives the document's content."""

    def __init__(self, municipality: Municipality, period: Period) -> None:
        self.municipality = municipality
        self.period = period
        self.total = 0
        self.categories: Counter[str] = Counter()
        self.channels: Counter[str] = Counter()
        self.months: Counter[str] = Counter()
        self.clusters = PlaceClusters(municipality)
        self.themes: Counter[str] = Counter()
        self.theme_quotes: dict[str, list[str]] = {t: [] for t in THEME_STEMS}
        self.words: Counter[str] = Counter()
        self.word_quotes: dict[str, list[int]] = {}
        self.descriptions: list[str] = []
        self._stem_theme = {stem: theme for theme, stems in THEME_STEMS.items() for stem in stems}
        self._themes_re = re.compile(rf"\b(?:{_alternation(self._stem_theme)})")
        self.areas, self.agreement_note = current_areas(municipality, period)
        self._term_areas: dict[str, set[int]] = {}
        for index, (area, _) in enumerate(self.areas):
            for term in area_terms(area):
                self._term_areas.setdefault(term, set()).add(index)
        self._areas_re = re.compile(rf"\b(?:{_alternation(self._term_areas)})") if self._term_areas else None
        self._area_codes = {f"fokus-{area.id}": index for index, (area, _) in enumerate(self.areas)}
        self.area_counts: Counter[int] = Counter()
        self.area_categories: dict[int, Counter[str]] = {i: Counter() for i in range(len(self.areas))}
        self.uncovered = 0
        self.uncovered_categories: Counter[str] = Counter()
        self._theme_words = set(self._stem_theme)

    def add(self, concerns: Sequence[Concern]) -> None:
        themes_re, areas_re, stem_theme = self._themes_re, self._areas_re, self._stem_theme
        term_areas, area_codes = self._term_areas, self._area_codes
        for concern in concerns:
            self.total += 1
            name = concern.service_name
            self.categories[name] += 1
            self.channels[concern.channel] += 1
            self.months[concern.requested_datetime[:7]] += 1
            self.clusters.add(concern)
            description = concern.description
            folded = fold(description)
            found = {stem_theme[m] for m in themes_re.findall(folded)}
            for theme in found:
                self.themes[theme] += 1
                quotes = self.theme_quotes[theme]
                if len(quotes) < QUOTES:
                    stem = next(s for s in THEME_STEMS[theme] if re.search(rf"\b{re.escape(s)}", folded))
                    quote = quote_of(description, stem)
                    if quote and quote not in quotes:
                        quotes.append(quote)
            number = len(self.descriptions)
            self.descriptions.append(description)
            for word in set(_WORD.findall(folded)):
                if word not in STOPWORDS:
                    self.words[word] += 1
                    kept = self.word_quotes.setdefault(word, [])
                    if len(kept) < QUOTES:
                        kept.append(number)
            touched: set[int] = set()
            code = area_codes.get(concern.service_code)
            if code is not None:
                touched.add(code)
            if areas_re is not None:
                text = folded + " " + fold(name)
                for term in areas_re.findall(text):
                    touched |= term_areas[term]
            if touched:
                for index in touched:
                    self.area_counts[index] += 1
                    self.area_categories[index][name] += 1
            else:
                self.uncovered += 1
                self.uncovered_categories[name] += 1

    def theme_list(self) -> list[Theme]:
        themes = [Theme(theme, count, self.theme_quotes[theme]) for theme, count in self.themes.most_common()]
        # Then the words residents repeat that no theme above names.
        floor = max(3, self.total // 200)
        for word, count in self.words.most_common(60):
            if len(themes) >= TOP_THEMES or count < floor:
                break
            if any(word.startswith(stem) or stem.startswith(word) for stem in self._theme_words):
                continue
            quotes = [q for q in (quote_of(self.descriptions[n], word) for n in self.word_quotes[word]) if q]
            themes.append(Theme(word, count, quotes[:QUOTES]))
        return sorted(themes, key=lambda t: -t.count)[:TOP_THEMES]

    def focus_rows(self) -> list[FocusRow]:
        return [FocusRow(area.title, label, self.area_counts[index], self.area_categories[index].most_common(3))
                for index, (area, label) in enumerate(self.areas)]


def _changes(now: Counter[str], before: Counter[str], names: dict[str, str] | None = None) -> list[Change]:
    keys = sorted(set(now) | set(before), key=lambda k: (-now[k], -before[k], fold(k)))
    return [Change((names or {}).get(k, k), now[k], before[k]) for k in keys]


def group_unanswered(rows: Sequence[tuple[str, int, str | None, str]]) -> list[UnansweredGroup]:
    """The unanswered questions grouped by theme (the same stems as Teman), else "Övrigt"."""
    stems = {stem: theme for theme, words in THEME_STEMS.items() for stem in words}
    pattern = re.compile(rf"\b(?:{_alternation(stems)})")
    groups: dict[str, list[tuple[str, int]]] = {}
    for text, count, _, _ in rows:
        match = pattern.search(fold(text))
        label = stems[match.group(0)].capitalize() if match else "Övrigt"
        groups.setdefault(label, []).append((text, count))
    ordered = sorted(groups.items(), key=lambda item: (item[0] == "Övrigt", -sum(n for _, n in item[1]),
                                                             swedish_key(item[0])))
    return [UnansweredGroup(label, sum(n for _, n in questions), questions) for label, questions in ordered]


def assemble(builder: DigestBuilder, before: DigestCounts, made: dt.datetime,
             unanswered: Sequence[tuple[str, int, str | None, str]], survey: SurveyReport | None) -> Digest:
    municipality = builder.municipality
    digest = Digest(
        municipality.id, municipality.name, builder.period, builder.period.previous(), made, builder.total,
        before.total, _changes(builder.categories, before.categories),
        _changes(builder.channels, before.channels, CHANNEL_NAMES), sorted(builder.months.items()),
        builder.clusters.places(), builder.theme_list(), builder.focus_rows(), builder.agreement_note,
        builder.uncovered, builder.uncovered_categories.most_common(), group_unanswered(unanswered), survey)
    digest.agreement = bool(municipality.agreements)
    digest.notes = about(digest)
    return digest


@dataclass
class DigestCounts:
    """The period before: only its counts are compared."""

    total: int = 0
    categories: Counter[str] = field(default_factory=Counter)
    channels: Counter[str] = field(default_factory=Counter)

    def add(self, concerns: Sequence[Concern]) -> None:
        self.total += len(concerns)
        self.categories.update(c.service_name for c in concerns)
        self.channels.update(c.channel for c in concerns)


def about(digest: Digest) -> list[str]:
    """Om underlaget: sources, period, masking, counts, and what was left out and why."""
    notes = [
        f"Period: {digest.period.label()}, jämförd med {digest.previous.label()}.",
        f"Källa: {count(digest.total, 'synpunkt', 'synpunkter')} som invånare lämnat via Trygghetsboten (Telegram, webbchatten och "
        "terminalen). Synpunkterna är inte polisanmälningar och inte ett statistiskt urval: de visar vad de som "
        "skrev tog upp.",
        "Maskering: personnummer, telefonnummer, e-postadresser och registreringsnummer i fritext ersattes med "
        "[personnummer], [telefon], [e-post] och [regnr] innan de sparades; citaten är som de sparades. "
        "Kontaktuppgifter och invånarnas identiteter ingår inte.",
        f"Platser: synpunkter inom cirka {CLUSTER_METRES:.0f} m från varandra, eller med samma skrivna plats "
        "(skiftläge, accenter, skiljetecken och kommunens och tätorternas namn borttagna), räknas som en plats; "
        f"de {TOP_PLACES} största med minst två synpunkter visas.",
        "Teman: ord och ordstammar som återkommer i invånarnas egna beskrivningar, räknade en gång per synpunkt.",
        "Överenskommelsen: en synpunkt berör ett fokusområde när invånaren valde det som kategori, eller när "
        "beskrivningen eller kategorin innehåller områdets nyckelord eller ord ur dess rubrik." if digest.agreement
        else "Överenskommelsen: kunskapsbasen har ingen överenskommelse mellan kommunen och polisen, så det "
        "avsnittet saknas.",
        "Frågor utan svar: frågor som boten inte kunde besvara, maskerade och utan koppling till någon "
        "invånare, grupperade efter tema.",
    ]
    if digest.survey is not None:
        notes.append(digest.survey.about())
    left_out = [f"synpunkter utan plats eller med en plats som bara nämns en gång räknas inte under Platser "
                f"({digest.total - sum(p.count for p in digest.places)} av {digest.total})"]
    if not digest.located:
        left_out.append("ingen kartbild, eftersom ingen plats har koordinater")
    else:
        located = len(digest.located)
        left_out.append(("kartan visar bara den plats som har koordinater, utan " if located == 1 else
                         f"kartan visar bara de {located} platser som har koordinater, utan ")
                        + "bakgrundskarta; synpunkterna en och en finns i personalkonsolen under Karta")
    notes.append("Utelämnat: " + "; ".join(left_out) + ".")
    notes.append(f"Sammanställd {digest.made.strftime('%Y-%m-%d %H:%M')} av Trygghetsboten.")
    return notes


# -- reading the store ------------------------------------------------------------------------------


@dataclass(frozen=True)
class DigestRequest:
    """What a digest is built from besides the concerns: plain data a worker process can be sent."""

    municipality: Municipality
    period: Period
    made: dt.datetime
    unanswered: list[tuple[str, int, str | None, str]]
    survey: SurveyReport | None


async def prepare(staff: StaffDesk, member: StaffMember, municipality: str, since: dt.date | None = None,
                  until: dt.date | None = None, survey: SurveyReport | None = None) -> DigestRequest:
    """The request for a municipality the member may see (AccessDenied, audited, otherwise) over a
    period of at most MAX_YEARS; the small reads (unanswered questions, the survey) done here."""
    known = staff.desk.engine.places.municipality(municipality)  # with an agreement's entry or without
    if known is None:
        raise StaffInputError(f"Okänd kommun: {municipality[:40]}")
    if not member.may_see(municipality):
        raise await staff._audit_denied(member, municipality, "")
    period = capped(period_of(staff.desk.now().date(), since, until))
    unanswered = await staff.desk.db.unanswered(frozenset({municipality}), limit=200)
    if survey is None:
        survey = await _survey(staff, municipality, period)
    return DigestRequest(known, period, staff.desk.now(), unanswered, survey)


async def compose(store: Store, request: DigestRequest) -> Digest:
    """The digest: the period's concerns and the period before's, read from `store` in one pass each."""
    builder = DigestBuilder(request.municipality, request.period)
    await _feed(store.matching_chunks(request.period.query(request.municipality.id)), builder.add)
    before = DigestCounts()
    await _feed(store.matching_chunks(request.period.previous().query(request.municipality.id)), before.add)
    digest = assemble(builder, before, request.made, request.unanswered, request.survey)
    # Issue #34: how many of the period's concerns were answered to their resident.
    digest.answered = await store.answered_counts(request.period.query(request.municipality.id))
    digest.notes.insert(2, f"Besked: {count(digest.answered, 'synpunkt', 'synpunkter')} av {digest.total} fick ett "
                           "besked till invånaren om ny status eller en notering (till dem som bett om besked).")
    return digest


async def build(staff: StaffDesk, member: StaffMember, municipality: str, since: dt.date | None = None,
                until: dt.date | None = None, survey: SurveyReport | None = None) -> Digest:
    """The digest of a municipality the member may see; AccessDenied (audited) otherwise. Built by
    the staff desk's worker process when it has one."""
    request = await prepare(staff, member, municipality, since, until, survey)
    if staff.offload is None:
        return await compose(staff.desk.db, request)
    made: Digest = await staff.offload(jobs.digest_of, jobs.Source.of(staff.desk.db), request)
    return made


async def image(staff: StaffDesk, member: StaffMember, municipality: str, which: str, since: dt.date | None = None,
                until: dt.date | None = None) -> bytes | None:
    """The digest's chart ("chart") or map ("map") as PNG; None when no place has coordinates."""
    request = await prepare(staff, member, municipality, since, until)
    if staff.offload is None:
        made = await compose(staff.desk.db, request)
        return made.chart() if which == "chart" else made.map()
    drawn: bytes | None = await staff.offload(jobs.digest_image, jobs.Source.of(staff.desk.db), request, which)
    return drawn


async def _survey(staff: StaffDesk, municipality: str, period: Period) -> SurveyReport | None:
    from bot.concerns import survey_figures  # noqa: PLC0415 - the survey is optional for a store

    muni = staff.desk.engine.places.municipality(municipality)
    if muni is None:
        return None
    return await survey_figures.report(staff.desk.db, muni, period.since, period.until, staff.desk.now().date())


async def _feed(chunks: AsyncIterator[list[Concern]], add: Any) -> None:
    async for chunk in chunks:
        add(chunk)


def period_of(today: dt.date, since: dt.date | None, until: dt.date | None) -> Period:
    """The chosen period; the last 12 months by default."""
    if since and until and until < since:
        raise StaffInputError("Till-datumet är före från-datumet.")
    if since and until is None and since > today:  # the period would run from it back to today
        raise StaffInputError("Från-datumet ligger efter dagens datum.")
    if since is None and until is None:
        return Period.default(today)
    if since is None:
        assert until is not None
        return Period(Period.default(until).since, until)
    return Period(since, until or today)


def capped(period: Period) -> Period:
    """The period, if it is at most MAX_YEARS long (a digest reads it and the period before it)."""
    if period.until >= _years_later(period.since, MAX_YEARS):
        earliest = _years_later(period.until, -MAX_YEARS) + dt.timedelta(days=1)
        raise StaffInputError(f"En lägesbild kan omfatta högst {MAX_YEARS} år. Välj en kortare period, till "
                              f"exempel från {earliest.isoformat()} till {period.until.isoformat()}.")
    return period


def _years_later(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year without one: 1 March
        return day.replace(year=day.year + years, day=28) + dt.timedelta(days=1)


async def write(staff: StaffDesk, member: StaffMember, municipality: str, path: Path, fmt: str = "",
                since: dt.date | None = None, until: dt.date | None = None) -> Digest:
    """The digest into a file (docx, html or md, from the name unless given), written whole or not at
    all; kept in the audit log with who, which municipality, period and format."""
    fmt = fmt or path.suffix.lstrip(".").lower()
    if fmt not in FORMATS:
        raise StaffInputError("Formatet ska vara docx, html eller md.")
    request = await prepare(staff, member, municipality, since, until)
    if staff.offload is None:
        digest = await compose(staff.desk.db, request)
        render(digest, path, fmt)
    else:
        digest = await staff.offload(jobs.digest_file, jobs.Source.of(staff.desk.db), request, path, fmt)
    now = staff.desk.now()
    await staff.desk.db.log_audit(AuditEntry(
        now.isoformat(timespec="seconds"), member.label, municipality, "", "lagesbild", new=fmt,
        note=f"{digest.period.since}–{digest.period.until}, {count(digest.total, 'synpunkt', 'synpunkter')}"), now.timestamp())
    return digest


def render(digest: Digest, path: Path, fmt: str) -> None:
    """The digest into `path` as `fmt`, and a .md's chart and map beside it, each written whole."""
    with files.replaced_atomically(path) as partial:
        WRITERS[fmt](digest, partial, path)
    if fmt == "md":
        with files.replaced_atomically(chart_path(path)) as partial:
            partial.write_bytes(digest.chart())
        drawn = digest.map()
        if drawn is not None:
            with files.replaced_atomically(map_path(path)) as partial:
                partial.write_bytes(drawn)


def filename(digest: Digest, fmt: str) -> str:
    return f"lagesbild-{digest.municipality}-{digest.period.since}-{digest.period.until}.{fmt}"


def chart_path(path: Path) -> Path:
    return path.with_name(path.stem + "-diagram.png")


def map_path(path: Path) -> Path:
    return path.with_name(path.stem + "-karta.png")


MAP_CAPTION = ("Karta: platserna med koordinater, numrerade som i tabellen ovan; cirkelns yta följer antalet "
               "synpunkter. Ritad utan bakgrundskarta.")
NO_MAP = "Ingen karta: ingen av platserna har koordinater (synpunkterna angav bara en skriven plats)."


# -- the chart --------------------------------------------------------------------------------------


def _figure_png(size: tuple[float, float], bottom: float, draw: Callable[[Any, Any], None]) -> bytes:
    """A matplotlib figure drawn by `draw(figure, axis)`, as PNG at print resolution."""
    import matplotlib  # noqa: PLC0415 - heavy import, only for reports

    matplotlib.use("Agg")
    from matplotlib import pyplot  # noqa: PLC0415

    with matplotlib.rc_context({"font.size": 9}):
        figure, axis = pyplot.subplots(figsize=size, dpi=150)
        try:
            draw(figure, axis)
            figure.tight_layout(rect=(0, bottom, 1, 1))
            buffer = io.BytesIO()
            figure.savefig(buffer, format="png")
        finally:
            pyplot.close(figure)
    return buffer.getvalue()


def chart_png(digest: Digest) -> bytes:
    """Concerns per category, this period against the one before: dark and hatched bars, readable
    in greyscale at the width of an A4 page, with a caption naming municipality, period and source."""
    from matplotlib.ticker import MaxNLocator  # noqa: PLC0415 - heavy import, only for reports

    rows = digest.categories[:8][::-1]
    labels = [r.name if len(r.name) <= 34 else r.name[:32] + "…" for r in rows]

    def draw(figure: Any, axis: Any) -> None:
        positions = range(len(rows))
        axis.barh([p + 0.2 for p in positions], [r.now for r in rows], height=0.4, color="#1f3b73",
                  label=f"{digest.period.since} – {digest.period.until}")
        axis.barh([p - 0.2 for p in positions], [r.before for r in rows], height=0.4, color="#d9d9d9",
                  hatch="//", edgecolor="#404040", label=f"{digest.previous.since} – {digest.previous.until}")
        axis.set_yticks(list(positions), labels)
        axis.xaxis.set_major_locator(MaxNLocator(integer=True))
        axis.set_xlabel("Antal synpunkter")
        axis.set_title(f"Synpunkter per kategori – {digest.name}", fontweight="bold")
        axis.legend(loc="lower right", frameon=False)
        if not rows:
            axis.text(0.5, 0.5, "Inga synpunkter", ha="center", va="center", transform=axis.transAxes)
        figure.text(0.01, 0.01, f"{digest.name}, {digest.period.label()}: {count(digest.total, 'synpunkt', 'synpunkter')} "
                    f"({digest.previous_total} perioden före). Källa: Trygghetsboten.", fontsize=7)

    return _figure_png((7.5, 0.45 * max(len(rows), 3) + 1.6), 0.05, draw)


def map_png(digest: Digest) -> bytes:
    """The located places as circles on a plain grid, numbered as in the table, with a scale bar: no
    map tiles, so the file is drawn without the network and holds nothing but the digest's own data.
    Longitude is scaled by cos(latitude), so that distances look as they are."""
    located = digest.located
    lats = [p.lat for _, p in located if p.lat is not None]
    longs = [p.long for _, p in located if p.long is not None]
    middle = sum(lats) / len(lats)
    # Metres east and north of the first place: a flat projection is exact enough within a kommun.
    x = [(long - longs[0]) * 111_320.0 * math.cos(math.radians(middle)) for long in longs]
    y = [(lat - lats[0]) * 111_320.0 for lat in lats]
    span = max(max(x) - min(x), max(y) - min(y), 400.0)
    largest = max(p.count for _, p in located)

    def draw(figure: Any, axis: Any) -> None:
        sizes = [120 + 900 * p.count / largest for _, p in located]
        # The grid under the circles, so that no line crosses a row's number.
        axis.set_axisbelow(True)
        axis.scatter(x, y, s=sizes, color="#1f3b73", alpha=0.7, edgecolor="#0b1a33")
        for (number, _), px, py in zip(located, x, y):
            axis.annotate(str(number), (px, py), ha="center", va="center", color="white", fontweight="bold")
        centre_x, centre_y = (max(x) + min(x)) / 2, (max(y) + min(y)) / 2
        half = span * 0.65
        axis.set_xlim(centre_x - half, centre_x + half)
        axis.set_ylim(centre_y - half, centre_y + half)
        axis.set_aspect("equal")
        axis.grid(True, color="#dddddd")
        axis.set_xticklabels([])
        axis.set_yticklabels([])
        bar = _scale_length(span)
        left, bottom = centre_x - half * 0.9, centre_y - half * 0.9
        axis.plot([left, left + bar], [bottom, bottom], color="black", linewidth=2)
        axis.text(left + bar / 2, bottom + half * 0.03, f"{bar:,.0f} m".replace(",", " "), ha="center")
        axis.set_title(f"Platser med flera synpunkter – {digest.name}", fontweight="bold")
        figure.text(0.01, 0.01, f"{digest.period.label()}. Norr uppåt. Källa: Trygghetsboten.", fontsize=7)

    return _figure_png((6.5, 6.5), 0.03, draw)


def _scale_length(span: float) -> float:
    """A round length about a quarter of the view: 100, 200, 500, 1 000 … metres."""
    target = span / 4
    return max((step for step in (50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000) if step <= target),
               default=50)


# -- the document as rows, shared by the writers -----------------------------------------------------

Table = tuple[list[str], list[list[str]]]


def summary_lines(digest: Digest) -> list[str]:
    return [f"{digest.name} fick {count(digest.total, 'synpunkt', 'synpunkter')} under perioden {digest.period.label()}, "
            f"mot {digest.previous_total} under perioden före ({change_text(digest.total, digest.previous_total)})."]


def category_table(digest: Digest) -> Table:
    return (["Kategori", "Perioden", "Perioden före", "Förändring"],
            [[c.name, str(c.now), str(c.before), c.change] for c in digest.categories]
            + [["Totalt", str(digest.total), str(digest.previous_total),
                change_text(digest.total, digest.previous_total)]])


def channel_table(digest: Digest) -> Table:
    return (["Kanal", "Perioden", "Perioden före", "Förändring"],
            [[c.name, str(c.now), str(c.before), c.change] for c in digest.channels])


def places_table(digest: Digest) -> Table:
    return (["Plats", "Antal", "Kategorier", "Månader"],
            [[p.label, str(p.count), ", ".join(f"{name} ({n})" for name, n in p.categories),
              ", ".join(month_label(m) for m in p.months)] for p in digest.places])


def focus_table(digest: Digest) -> Table:
    return (["Fokusområde", "Överenskommelse", "Synpunkter", "Vanligaste kategorier"],
            [[f.title, f.agreement, str(f.count), ", ".join(f"{name} ({n})" for name, n in f.categories)]
             for f in digest.focus])


def uncovered_line(digest: Digest) -> str:
    if not digest.total:
        return "Inga synpunkter under perioden."
    categories = ", ".join(f"{name} ({n})" for name, n in digest.uncovered_categories[:5])
    return (f"{digest.uncovered} av {count(digest.total, 'synpunkt', 'synpunkter')} berör inget fokusområde"
            + (f": {categories}." if categories else "."))


def survey_rows(digest: Digest) -> tuple[list[str], Table | None, Table | None]:
    if digest.survey is None:
        return ["Trygghetsmätningen i chatten har inga svar ännu."], None, None
    return digest.survey.lines(), digest.survey.question_table(), digest.survey.trend_table()


# -- writers ----------------------------------------------------------------------------------------


def _a4_in_swedish(document: Any) -> None:
    """python-docx's template is US Letter with en-US proofing: a Swedish coordinator prints on A4
    and wants Word to check the spelling in Swedish."""
    from docx.oxml import OxmlElement  # noqa: PLC0415 - only for this format
    from docx.oxml.ns import qn  # noqa: PLC0415
    from docx.shared import Mm  # noqa: PLC0415

    for section in document.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(25)
        section.top_margin = section.bottom_margin = Mm(25)
    document.core_properties.language = "sv-SE"
    defaults = document.styles.element.find(qn("w:docDefaults"))
    run_defaults = defaults.find(qn("w:rPrDefault")) if defaults is not None else None
    if run_defaults is None:
        return
    properties = run_defaults.find(qn("w:rPr"))
    if properties is None:
        properties = OxmlElement("w:rPr")
        run_defaults.append(properties)
    lang = properties.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        properties.append(lang)
    for attribute in ("w:val", "w:eastAsia", "w:bidi"):
        lang.set(qn(attribute), "sv-SE")


def write_docx(digest: Digest, target: Path, final: Path | None = None) -> None:
    """A Word document with real headings (Rubrik 1/2) and tables, to paste from."""
    from docx import Document  # noqa: PLC0415 - only for this format
    from docx.shared import Cm, Pt  # noqa: PLC0415

    document = Document()
    document.core_properties.title = clean_text(digest.title)
    document.core_properties.author = "Trygghetsboten"
    document.styles["Normal"].font.size = Pt(10)
    _a4_in_swedish(document)

    # Every text goes through clean_text: python-docx refuses a control character, and one stored
    # before intake cleaned would otherwise fail the whole document.
    def paragraph(text: str = "", style: str | None = None) -> None:
        document.add_paragraph(clean_text(text), style=style)

    def heading(text: str, level: int) -> None:
        document.add_heading(clean_text(text), level=level)

    def table(rows: Table) -> None:
        header, body = rows
        grid = document.add_table(rows=1, cols=len(header))
        grid.style = "Table Grid"
        for cell, text in zip(grid.rows[0].cells, header):
            cell.text = ""
            cell.paragraphs[0].add_run(clean_text(text)).bold = True
        for values in body:
            cells = grid.add_row().cells
            for cell, text in zip(cells, values):
                cell.text = clean_text(text)
        paragraph()

    heading(digest.title, level=0)
    paragraph(f"Period: {digest.period.label()}")
    heading(HEADINGS[0], level=1)
    for line in summary_lines(digest):
        paragraph(line)
    table(category_table(digest))
    table(channel_table(digest))
    document.add_picture(io.BytesIO(digest.chart()), width=Cm(16))
    paragraph("Diagram: synpunkter per kategori, perioden och perioden före. Samma siffror finns "
                           "i tabellen ovan.")
    heading(HEADINGS[1], level=1)
    if digest.places:
        table(places_table(digest))
        drawn = digest.map()
        if drawn is not None:
            document.add_picture(io.BytesIO(drawn), width=Cm(13))
        paragraph(MAP_CAPTION if drawn is not None else NO_MAP)
    else:
        paragraph("Ingen plats har fler än en synpunkt under perioden.")
    heading(HEADINGS[2], level=1)
    for theme in digest.themes:
        heading(f"{theme.word.capitalize()} ({theme.count})", level=2)
        for quote in theme.quotes:
            paragraph(f"”{quote}”", style="List Bullet")
    if not digest.themes:
        paragraph("Inga återkommande teman under perioden.")
    if digest.agreement:
        heading(HEADINGS[3], level=1)
        if digest.agreement_note:
            paragraph(digest.agreement_note)
        if digest.focus:
            table(focus_table(digest))
        else:
            paragraph("Kunskapsbasen har inga fokusområden för kommunen.")
        paragraph(uncovered_line(digest))
    heading(HEADINGS[4], level=1)
    for group in digest.unanswered:
        heading(f"{group.label} ({group.count})", level=2)
        for text, count in group.questions[:10]:
            paragraph(f"{text} ({count})", style="List Bullet")
    if not digest.unanswered:
        paragraph("Inga obesvarade frågor.")
    heading(HEADINGS[5], level=1)
    lines, questions, trend = survey_rows(digest)
    for line in lines:
        paragraph(line)
    for rows in (questions, trend):
        if rows is not None:
            table(rows)
    heading(HEADINGS[6], level=1)
    for line in digest.notes:
        paragraph(line, style="List Bullet")
    document.save(str(target))


HTML_STYLE = """
body { font-family: Georgia, "Times New Roman", serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem;
       color: #111; line-height: 1.45; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #999; }
h3 { font-size: 1.05rem; margin-bottom: .25rem; }
table { border-collapse: collapse; width: 100%; margin: .75rem 0 1.25rem; font-size: .92rem; }
th, td { border: 1px solid #777; padding: .25rem .4rem; text-align: left; vertical-align: top; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
img { max-width: 100%; height: auto; }
blockquote { margin: .25rem 0 .25rem 1rem; font-style: italic; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } table, img { break-inside: avoid; } }
"""


def html_body(digest: Digest, chart_src: str, map_src: str = "") -> str:
    """The document's content as HTML, every text cleaned and escaped: the file's body and the
    console page's."""

    def e(text: str) -> str:
        return html.escape(clean_text(text))
    out: list[str] = [f'<article class="digest" lang="sv"><h1>{e(digest.title)}</h1>',
                      f"<p>Period: {e(digest.period.label())}</p>"]

    def table(rows: Table, caption: str, numbers: Sequence[int] = ()) -> None:
        header, body = rows
        out.append(f"<table><caption>{e(caption)}</caption><thead><tr>")
        out.extend(f'<th scope="col"{" class=number" if i in numbers else ""}>{e(h)}</th>'
                   for i, h in enumerate(header))
        out.append("</tr></thead><tbody>")
        for values in body:
            cells = [f'<th scope="row">{e(values[0])}</th>']
            cells += [f'<td{" class=number" if i in numbers else ""}>{e(v)}</td>'
                      for i, v in enumerate(values[1:], start=1)]
            out.append("<tr>" + "".join(cells) + "</tr>")
        out.append("</tbody></table>")

    out.append(f'<section id="sammanfattning"><h2>{HEADINGS[0]}</h2>')
    out.extend(f"<p>{e(line)}</p>" for line in summary_lines(digest))
    table(category_table(digest), "Synpunkter per kategori", (1, 2))
    table(channel_table(digest), "Synpunkter per kanal", (1, 2))
    out.append(f'<img src="{e(chart_src)}" width="1125" alt="Diagram: synpunkter per kategori, perioden och '
               'perioden före. Samma siffror finns i tabellen ovan."></section>')
    out.append(f'<section id="platser"><h2>{HEADINGS[1]}</h2>')
    if digest.places:
        table(places_table(digest), "Platser med flera synpunkter", (1,))
        if map_src and digest.located:
            out.append(f'<figure><img class="places-map" src="{e(map_src)}" width="975" alt="Karta över platserna med '
                       f'koordinater, numrerade som i tabellen; samma platser och antal finns i tabellen.">'
                       f"<figcaption>{e(MAP_CAPTION)}</figcaption></figure>")
        elif not digest.located:
            out.append(f"<p>{e(NO_MAP)}</p>")
    else:
        out.append("<p>Ingen plats har fler än en synpunkt under perioden.</p>")
    out.append(f'</section><section id="teman"><h2>{HEADINGS[2]}</h2>')
    for theme in digest.themes:
        out.append(f'<h3>{e(theme.word.capitalize())} (<span class="count">{theme.count}</span>)</h3>')
        out.extend(f"<blockquote>”{e(q)}”</blockquote>" for q in theme.quotes)
    if not digest.themes:
        out.append("<p>Inga återkommande teman under perioden.</p>")
    if digest.agreement:
        out.append(f'</section><section id="overenskommelsen"><h2>{HEADINGS[3]}</h2>')
        if digest.agreement_note:
            out.append(f"<p>{e(digest.agreement_note)}</p>")
        if digest.focus:
            table(focus_table(digest), "Fokusområden och synpunkter som berör dem", (2,))
        else:
            out.append("<p>Kunskapsbasen har inga fokusområden för kommunen.</p>")
        out.append(f'<p class="uncovered">{e(uncovered_line(digest))}</p>')
    out.append(f'</section><section id="fragor"><h2>{HEADINGS[4]}</h2>')
    for group in digest.unanswered:
        out.append(f"<h3>{e(group.label)} ({group.count})</h3><ul>")
        out.extend(f"<li>{e(text)} ({count})</li>" for text, count in group.questions[:10])
        out.append("</ul>")
    if not digest.unanswered:
        out.append("<p>Inga obesvarade frågor.</p>")
    out.append(f'</section><section id="trygghetsmatning"><h2>{HEADINGS[5]}</h2>')
    lines, questions, trend = survey_rows(digest)
    out.extend(f"<p>{e(line)}</p>" for line in lines)
    if questions is not None:
        table(questions, "Frågorna och deras index", (1, 2))
    if trend is not None:
        table(trend, "Trygghetsindex per kvartal", (1, 2))
    out.append(f'</section><section id="om-underlaget"><h2>{HEADINGS[6]}</h2><ul>')
    out.extend(f"<li>{e(line)}</li>" for line in digest.notes)
    out.append("</ul></section></article>")
    return "\n".join(out)


def write_html(digest: Digest, target: Path, final: Path | None = None) -> None:
    """One printable file: the chart inside it as a data URL, so it can be mailed as it is."""
    chart = "data:image/png;base64," + base64.b64encode(digest.chart()).decode("ascii")
    drawn = digest.map()
    where = "data:image/png;base64," + base64.b64encode(drawn).decode("ascii") if drawn is not None else ""
    page = (f'<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{html.escape(digest.title)}</title><style>{HTML_STYLE}</style></head>"
            f"<body>\n{html_body(digest, chart, where)}\n</body></html>\n")
    target.write_text(page, encoding="utf-8")


def _md(text: str) -> str:
    """Text for a Markdown table cell or line: nothing in it can become markup. Parentheses stay as
    written: with every bracket escaped, none can open a link ("Stora torget (3)", not "\\(3\\)")."""
    return re.sub(r"([\\`*_{}\[\]<>#+!|~])", r"\\\1", " ".join(clean_text(text).split()))


def write_md(digest: Digest, target: Path, final: Path | None = None) -> None:
    """Markdown, with the chart and the map as PNGs beside it (FILE-diagram.png, FILE-karta.png);
    `final` is the name the file will have, which its links use (`target` may be a partial file)."""
    named = final or target
    out: list[str] = [f"# {_md(digest.title)}", "", f"Period: {_md(digest.period.label())}", ""]

    def table(rows: Table) -> None:
        header, body = rows
        out.append("| " + " | ".join(_md(h) for h in header) + " |")
        out.append("|" + "|".join(" --- " for _ in header) + "|")
        out.extend("| " + " | ".join(_md(v) for v in values) + " |" for values in body)
        out.append("")

    out += [f"## {HEADINGS[0]}", ""]
    out += [_md(line) for line in summary_lines(digest)] + [""]
    table(category_table(digest))
    table(channel_table(digest))
    out += [f"![Synpunkter per kategori, perioden och perioden före]({chart_path(named).name})", ""]
    out += [f"## {HEADINGS[1]}", ""]
    if digest.places:
        table(places_table(digest))
        if digest.located:
            out += [f"![{_md(MAP_CAPTION)}]({map_path(named).name})", ""]
        else:
            out += [_md(NO_MAP), ""]
    else:
        out += ["Ingen plats har fler än en synpunkt under perioden.", ""]
    out += [f"## {HEADINGS[2]}", ""]
    for theme in digest.themes:
        out += [f"### {_md(theme.word.capitalize())} ({theme.count})", ""]
        out += [f"> ”{_md(q)}”\n" for q in theme.quotes]
    if digest.agreement:
        out += [f"## {HEADINGS[3]}", ""]
        if digest.agreement_note:
            out += [_md(digest.agreement_note), ""]
        if digest.focus:
            table(focus_table(digest))
        out += [_md(uncovered_line(digest)), ""]
    out += [f"## {HEADINGS[4]}", ""]
    for group in digest.unanswered:
        out += [f"### {_md(group.label)} ({group.count})", ""]
        out += [f"- {_md(text)} ({count})" for text, count in group.questions[:10]] + [""]
    out += [f"## {HEADINGS[5]}", ""]
    lines, questions, trend = survey_rows(digest)
    out += [_md(line) for line in lines] + [""]
    for rows in (questions, trend):
        if rows is not None:
            table(rows)
    out += [f"## {HEADINGS[6]}", ""] + [f"- {_md(line)}" for line in digest.notes] + [""]
    target.write_text("\n".join(out), encoding="utf-8")


WRITERS = {"docx": write_docx, "html": write_html, "md": write_md}
