"""The other kind of agreement of the kommun talked about: "och samverkansöverenskommelsen då, vad
fokuserar den på?" after its medborgarlöfte, "and the citizen promise, what does it focus on?" after its
cooperation agreement.

A follow-up that names one kind, and no kommun, is asked of the kommun talked about; answered as usual
it got every agreement of the kommun again (newest first), so the kind asked for drowned among the one
just read. The answer is the question asked of that kind's agreement only: the one the resident named
before, when it is of that kind, else the newest of it (the year given picks among them).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answering import district_agreements, earlier
from bot.answering.conversation import Conversation
from bot.answering.followup import AGREEMENT_KINDS, FollowUps
from bot.answering.knowledge import Municipality

if TYPE_CHECKING:
    from bot.answering.reading import Reading

# Aspects of the kommun, not of one agreement: who the parties are, whom the entry names.
_WHOLE_KOMMUN = ("people", "parties")


def narrowed(r: Reading, munis: list[Municipality], topic: str | None,
             conversation: Conversation) -> list[Municipality]:
    """`munis` with the kommun talked about kept to the agreement of the kind the follow-up names;
    `munis` as they are when it names a kommun, both kinds or none, or the kommun has only that kind."""
    if len(munis) != 1 or r.known or topic in _WHOLE_KOMMUN or conversation.municipality != munis[0].id:
        return munis
    muni = munis[0]
    kinds = [kind for kind, cues in AGREEMENT_KINDS.items() if cues.found(r.norm)]
    if len(kinds) != 1 or len({a.kind for a in muni.agreements}) < 2 or earlier.asked(r):
        return munis  # "det förra löftet" is earlier.py's: the agreements before the newest
    if district_agreements.agreement_of_district(r, muni) is not None:
        return munis
    remembered = next((a for a in muni.agreements if a.id == conversation.agreement and a.kind == kinds[0]), None)
    years = {t for t in r.tokens if len(t) == 4 and t.isdigit()}
    chosen = FollowUps.agreement_named(r, muni) if years or remembered is None else remembered
    if chosen is None or chosen.kind != kinds[0]:
        return munis
    return [replace(muni, agreements=(chosen,))]
