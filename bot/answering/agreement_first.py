"""Whether a message that tells a matter of the resident's own asks of the agreement instead (`about`, which
refusals.py's `own_matter` asks), and the first steps of it, which read no matter (`first`): a question they settle
as one of the agreement gets no own matter's answer whatever matter it tells, so `own_matter` asks them before the
matter's cue lists (own_matters.py, a third of a clause's refusal) are read (tests/test_speed30.py)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answering import case_beside, case_shapes, lexicon, no_fit_cases, own_cases, own_law
from bot.answering import own_matter_signs as own_signs
from bot.answering import refusal_signs as signs
from bot.answering.own_matters import reported_oneself

if TYPE_CHECKING:
    from bot.answering.decide import Decision
    from bot.answering.reading import Reading

SURE_OF_ANOTHER_READING = 0.9
# "vad gör jag?" asks the resident's own next step, not what the kommun named in the story does
OWN_STEP = re.compile(r"\b(?:vad gor|vad ska|vad kan) (?:jag|vi)(?: gora)?\b")


def first(d: Decision, r: Reading) -> bool | None:
    """False (a contract of one's own), True (a question of what a kommun does, or naming the agreement), or None
    when the rest of `about` must say."""
    if not r.known and no_fit_cases.kind(r.norm) in ("case", "consumer"):
        return False  # "en kund vägrar betala enligt vårt avtal": a contract of one's own, no agreement of a kommun's
    doing = lexicon.DOING.found(OWN_STEP.sub(" ", r.norm))
    if d.action == "question" and (r.known and doing or signs.AGREEMENT_WORDS.found(r.norm)):
        return True
    return None


def about(d: Decision, r: Reading, kind: str) -> bool:
    """A question about what a kommun does ("Gör Lund något mot störande fester?"), or a report or a
    concern the reading is sure of: that, not the resident's own matter. A report asked about ("hur
    går det med min anmälan?"), a case with an insurer, an authority or the family, or a law named ("är det lagligt …?") stays the resident's own matter."""
    settled = first(d, r)
    if settled is not None:
        return settled
    if case_beside.asked_beside(r.norm, bool(r.known)):
        return True  # "tvist med kommunen om parkering – vad fokuserar Falun på?": the case is noted after the answer
    if case_shapes.machine_sounds(r.norm) and kind == "neighbours":
        return False  # "grannens värmepump surrar hela nätterna": a nuisance at home, not a concern about a place
    if (kind in ("own_report", "case", "authority_complaint", "own_record", "no_fit", "decision", "work", "own_listing",
                 "report_about_me_social") or own_signs.STRONG_LEGAL.found(r.norm) or own_signs.LAW_QUESTION.found(r.norm)
            or own_law.asked(r.norm) or reported_oneself(r) or own_cases.their_right_asked(r.norm)):
        return False
    return d.action in ("report", "concern", "question") and d.confidence >= SURE_OF_ANOTHER_READING
