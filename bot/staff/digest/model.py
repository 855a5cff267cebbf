"""The digest's content as plain data (the period, the summary's rows, places, themes, focus areas)
and the small texts every section shares; what the writers in `word` and `markup` print."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from bot.concerns.survey_figures import SurveyReport
from bot.dates import MONTHS_SV, day_start_epoch
from bot.staff.export import CHANNEL_NAMES
from bot.staff.digest.images import chart_png, map_png
from bot.storage.records import ConcernQuery

DEFAULT_MONTHS = 12
MAX_YEARS = 5  # the longest period a digest covers: it reads that period and the one before
CLUSTER_METRES = 150.0
TOP_PLACES = 10
# A map with one circle says nothing the table does not: it is drawn from two places with coordinates.
MAP_MIN_PLACES = 2
FORMATS = ("docx", "html", "md")
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
    name: str = ""  # the label without "(inom 150 m)": what the map writes beside its circle


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

    @property
    def has_map(self) -> bool:
        """Whether the digest has a map: at least MAP_MIN_PLACES places (all named) have coordinates."""
        return len(self.located) >= MAP_MIN_PLACES

    def map(self) -> bytes | None:
        """The places drawn at their coordinates as PNG (drawn once), or None without `has_map`."""
        if self._map is None and self.has_map:
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
