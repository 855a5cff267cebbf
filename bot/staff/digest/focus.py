"""Överenskommelsen: the focus areas of the agreements in force during a period, and the words in a
concern that touch each of them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.answering.knowledge import Area, Municipality
from bot.staff.digest.model import Period
from bot.staff.digest.themes import STOPWORDS, WORD
from bot.text import fold


def area_terms(area: Area) -> list[str]:
    """What in a resident's words touches a focus area: its keywords and the longer words of its title."""
    terms = [fold(k) for k in area.keywords if len(k) >= 3]
    terms += [w[:max(5, len(w) - 2)] for w in WORD.findall(fold(area.title))
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
