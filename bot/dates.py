"""Dates as the sources give them: a year, a month or a day."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")

MONTHS_SV = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
             "oktober", "november", "december"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to the year, the month or the day."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, value: object) -> PartialDate:
        """Parse 2023, "2023", "2023-09", "2023-09-30" or a date; ValueError otherwise."""
        if isinstance(value, dt.date):
            return cls(value.year, value.month, value.day)
        match = _PATTERN.match(str(value).strip())
        if not match:
            raise ValueError(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
        month, day = (int(g) if g else None for g in match.groups()[1:])
        parsed = cls(int(match.group(1)), month, day)
        parsed.first_day()  # validates month and day
        return parsed

    def first_day(self) -> dt.date:
        """The earliest day this date can mean."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        """The latest day this date can mean: an agreement "until 2026" runs to 31 December 2026."""
        month = self.month or 12
        return dt.date(self.year, month, self.day or calendar.monthrange(self.year, month)[1])

    def whole_years_before(self, today: dt.date) -> int:
        """Whole years from the latest day this date can mean to `today`."""
        last = self.last_day()
        return max(today.year - last.year - ((today.month, today.day) < (last.month, last.day)), 0)

    def more_than_years_before(self, years: int, today: dt.date) -> bool:
        last = self.last_day()
        try:
            anniversary = last.replace(year=last.year + years)
        except ValueError:  # 29 February
            anniversary = last.replace(year=last.year + years, day=28)
        return today > anniversary

    def format(self, language: str = "sv") -> str:
        """"2023", "september 2023", "28 december 2023" (or the English equivalents)."""
        if self.month is None:
            return str(self.year)
        month = (MONTHS_EN if language == "en" else MONTHS_SV)[self.month - 1]
        if self.day is None:
            return f"{month} {self.year}"
        return f"{self.day} {month} {self.year}"

    def __str__(self) -> str:
        parts = [f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
        if self.day is not None:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)


try:
    STOCKHOLM: dt.tzinfo = ZoneInfo("Europe/Stockholm")
except ZoneInfoNotFoundError:  # a machine without tz data: still ISO 8601 with an offset
    STOCKHOLM = dt.timezone.utc


def day_start_epoch(day: dt.date, days: int = 0) -> float:
    """Midnight in Sweden at the start of `day` (`days` later: the end of an inclusive range)."""
    return dt.datetime.combine(day + dt.timedelta(days=days), dt.time(), STOCKHOLM).timestamp()


def quarter_of(day: dt.date) -> str:
    """"2026-Q4": sorts as text in time order."""
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"

