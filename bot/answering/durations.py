"""A time limit a claim asserts about a commitment, checked against the entry's sentence about the same
thing: "polisen ska kontakta den drabbade inom en månad, enligt löftet?" when Degerfors' says "kontakt
kommer att tas inom en vecka", or "rattfyllerister ska erbjudas stöd inom en vecka" when Finspång's says
"helst inom 24 timmar". figure_claims.py reads counts ("50 gånger"), where "en" is an article; a time
limit is "inom" (within) with a number and a unit of time, where "en månad" is one month. The answer is
the entry's sentence, with "Nej, det stämmer inte" when its limit is another: never "nämns inte" when
the entry states the true one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.answering import claim_checks, figure_claims
from bot.answering.knowledge import Municipality
from bot.answering.passage_kinds import ABOUT_SOURCES
from bot.answering.passages import Passages
from bot.text import tokens

if TYPE_CHECKING:  # the engine's parts, passed in: importing them here would make claims import itself
    from bot.answering.answer import Answer
    from bot.answering.municipality_answers import MunicipalityAnswers
    from bot.answering.reading import Reading

# Hours in a unit of time; "år" is left out ("gäller i tre år" is a period, not a limit).
UNITS = {"timme": 1, "timmar": 1, "timmen": 1, "hour": 1, "hours": 1, "dygn": 24, "dag": 24, "dagar": 24,
         "dagen": 24, "day": 24, "days": 24, "vecka": 168, "veckor": 168, "veckan": 168, "week": 168,
         "weeks": 168, "manad": 720, "manader": 720, "manaden": 720, "month": 720, "months": 720}
ONE = {"en": 1, "ett": 1, "one": 1, "a": 1, "an": 1}
WITHIN = frozenset(("inom", "within", "senast", "efter", "after", "helst"))
# Words that say when, not what: the rest of the claim is what the limit is about.
WHEN_WORDS = frozenset(("inom", "within", "senast", "efter", "after", "helst", *UNITS, *ONE))


def limits(toks: Sequence[str]) -> set[int]:
    """The time limits the tokens state, in hours: "inom en vecka" 168, "helst inom 24 timmar" 24."""
    found = set()
    for i, t in enumerate(toks[:-1]):
        unit = UNITS.get(toks[i + 1])
        if unit is None or i == 0 or not WITHIN & set(toks[max(0, i - 2):i]):
            continue
        number = ONE.get(t) or figure_claims.NUMBER_WORDS.get(t) or (int(t) if t.isdigit() else None)
        if number is not None:
            found.add(number * unit)
    return found


def check(passages: Passages, muni: Municipality, words: Sequence[str], masked: Sequence[str], language: str,
          today: dt.date) -> tuple[str, str, list[str]] | None:
    """The entry's sentence with a time limit about the claim's subject, and whether its limit is the
    claim's; None when the claim states no limit or no sentence of the entry has one about it."""
    claimed = limits(words)
    if not claimed:
        return None
    subject = [w for w in figure_claims.subject(masked) if w not in WHEN_WORDS]
    own = [p for p in passages.of(muni.id, language)
           if p.kind not in ABOUT_SOURCES and limits(tokens(f"{p.label} {p.text}"))]
    if not own:
        return None
    scored = [(figure_claims.about(subject, p), -i, p) for i, p in enumerate(own)]
    scored = [s for s in scored if s[0] > 0]
    # The claim's words may be other than the entry's ("brottsoffer", "den som drabbats av brott"): then the
    # sentence the question's words rank first among those with a limit, or the entry's only one.
    ranked = [p for _, p in passages.rank(muni.id, [w for w in masked if w not in WHEN_WORDS], language) if p in own]
    best = (max(scored, key=lambda s: (s[0], s[1]))[2] if scored else ranked[0] if ranked
            else own[0] if len(own) == 1 else None)
    if best is None:
        return None
    return claim_checks.sentence_verdict(muni, best, claimed <= limits(tokens(f"{best.label} {best.text}")),
                                         language, today)


def answer(r: Reading, named: Municipality | None, passages: Passages, answers: MunicipalityAnswers,
           today: dt.date) -> Answer | None:
    """"Polisen ska kontakta den drabbade inom en månad, enligt löftet i Degerfors?": a time limit asked
    about, with no claim's words around it, is checked as a claim is."""
    if named is None or "?" not in r.text or not limits(r.tokens):
        return None
    checked = check(passages, named, r.tokens, r.masked, r.language, today)
    return answers.sourced(named, checked[1], checked[0], checked[2], r.language) if checked is not None else None
