"""The day of a signing asked of an agreement whose source gives none.

"Vilket datum skrevs Alvestas medborgarlöfte 2023 under?", "On what date was Åre's citizen promise 2023 signed?":
the period's answer gives the years, and the month when the source has it ("undertecknat januari 2023"), which read
alone look like the answer to a question that asked for a day. When a day or a date of the signing is asked and
none of the agreements asked of has a signing day (nor one in the note on its signing), the answer opens by saying
the day is not mentioned; what the source does give (the month, the years, who signed) follows as before.

The agreements asked of: those of a year the message names (their period covers it, or they were signed then),
of the kind it names ("medborgarlöfte", "samverkansöverenskommelse"), else all the kommun's.
"""

from __future__ import annotations

import re

from bot.answering.answer import Answer
from bot.answering.aspect_shapes import SIGNING_DAY
from bot.answering.compose import pick
from bot.answering.knowledge import Agreement, Municipality
from bot.answering.years_asked import asked_years

# A day or a date asked, never "när" or "vilket år" alone (the period's own answer gives those).
_DAY = re.compile(r"\b(?:datum\w*|dag|dagen|date|day|exakt|exactly|exact)\b")
# A day written in a note on the signing ("undertecknades 5 maj"): the source gives one after all.
_A_DAY = re.compile(r"\b\d{1,2}(?:\.| )\s*(?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)\w*", re.IGNORECASE)
_KINDS = {"medborgarlofte": ("medborgarlofte", "lofte", "citizen promise", "promise"),
          "samverkansoverenskommelse": ("overenskommelse", "samverkansavtal", "avtal", "cooperation agreement")}
_ANSWERS = frozenset(("period", "overview", "people"))


def asked(norm: str) -> bool:
    """Whether a (folded) message asks the day or date an agreement was signed."""
    return SIGNING_DAY.search(norm) is not None and _DAY.search(norm) is not None


def _kinds(norm: str) -> list[str]:
    """The kinds of agreement the message names by their words."""
    return [kind for kind, words in _KINDS.items() if any(w in norm for w in words)]


def _asked_of(muni: Municipality, norm: str, tokens: list[str], kinds: list[str]) -> list[Agreement]:
    agreements = list(muni.agreements)
    if len(kinds) == 1:
        agreements = [a for a in agreements if a.kind == kinds[0]] or agreements
    years = asked_years(tokens)
    if years:
        dated = [a for a in agreements if any(_in(a, year) for year in years)]
        agreements = dated or agreements
    return agreements


def _in(agreement: Agreement, year: int) -> bool:
    first = agreement.start.year if agreement.start else None
    last = agreement.end.year if agreement.end else first
    signed = agreement.signed.year if agreement.signed else None
    return signed == year or (first is not None and first <= year <= (last or first))


def _has_day(agreement: Agreement) -> bool:
    return agreement.signed is not None and agreement.signed.day is not None or bool(
        _A_DAY.search(agreement.signed_note))


def opened(norm: str, tokens: list[str], language: str, answer: Answer, muni: Municipality) -> Answer:
    """`answer` opened with "the day is not mentioned" when a signing's day is asked of `muni`'s agreements and
    none of those asked of has one."""
    if answer.topic not in _ANSWERS or answer.municipality != muni.id or not asked(norm) or not muni.agreements:
        return answer
    first = answer.text.partition("\n")[0]
    if "nämns inte" in first or "does not mention" in first or first.startswith(("Nej", "No,", "Ja", "Yes")):
        return answer
    kinds = _kinds(norm)
    if len(kinds) == 1 and not any(a.kind == kinds[0] for a in muni.agreements):
        return answer  # "vilket datum skrevs Katrineholms medborgarlöfte under?": no such agreement, which it says first
    if any(_has_day(a) for a in _asked_of(muni, norm, tokens, kinds)):
        return answer
    note = pick(language, f"Dagen då det skrevs under nämns inte i källan för {muni.name}; det här anger den:",
                f"The source for {muni.name} does not mention the day it was signed; this is what it gives:")
    answer.text = note + "\n\n" + answer.text
    return answer

