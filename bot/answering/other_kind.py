"""The other kind of agreement of the kommun talked about: "och samverkansöverenskommelsen då, vad
fokuserar den på?" after its medborgarlöfte, "and the citizen promise, what does it focus on?" after its
cooperation agreement.

A follow-up that names one kind, and no kommun, is asked of the kommun talked about; answered as usual
it got every agreement of the kommun again (newest first), so the kind asked for drowned among the one
just read. The answer is the question asked of that kind's agreement only: the one the resident named
before, when it is of that kind, else the newest of it (the year given picks among them).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answering import district_agreements, district_named, earlier, signing_slots
from bot.answering.conversation import Conversation
from bot.answering.followup import AGREEMENT_KINDS, FollowUps
from bot.answering.knowledge import Agreement, Municipality

if TYPE_CHECKING:
    from bot.answering.reading import Reading

# "när löftet skrevs", "när det tecknades", "when it was signed", "back then", "vid den tiden": a person asked
# at the time an agreement was made, not whoever holds the role in any source of the entry.
AT_THE_TIME = re.compile(r"\b(?:nar|when)\b[^?.!]*\b(?:skrevs|skrev|tecknades|undertecknades|signerades|kom till|togs fram"
                         r"|signed|written|made|agreed|drawn up)\b|\b(?:at the time|back then|vid den tiden|pa den tiden"
                         r"|vid det laget|da det begav sig)\b|\bda\s*$")
# Turning to the other one: "och samverkansöverenskommelsen då", "and the citizen promise", "men löftet då",
# "what about the cooperation agreement"; without such a turn (or a last agreement of the other kind) a kind's
# word is the resident's loose name for the kommun's agreements, answered as it was.
TURNING = re.compile(r"^(?:och|o|and|men|but|samt|what about|how about|hur ar det med|vad galler)\b|"
                     r"\b(?:da|then|also|ocksa|aven)\b")
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
    last = next((a for a in muni.agreements if a.id == conversation.agreement), None)
    if not TURNING.search(r.norm) and (last is None or last.kind == (kinds or [""])[0]):
        return munis  # "vilket bostadsområde gäller löftet?" beside "vem är kommunpolis i Mark": asked as before
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


def at_the_time(r: Reading, munis: list[Municipality], topic: str | None,
                conversation: Conversation) -> list[Municipality]:
    """"Vem var polischef när löftet skrevs?" after Ånge: the kommun with only the people its source for
    that agreement names (the one named before, the kind or year the message names, else the newest with
    people); `munis` as they are for any other question, or when no agreement's source names anyone."""
    if topic != "people" or len(munis) != 1 or r.known or conversation.municipality != munis[0].id:
        return munis
    muni = munis[0]
    if earlier.asked(r):
        # "who signed the previous one?": the agreement before the newest, with whom its own source names
        # (no one, when so; never the newest one's signers as if they had signed it).
        kinds = [kind for kind, cues in AGREEMENT_KINDS.items() if cues.found(r.norm)]
        before = earlier.before_newest(muni, kinds)
        if before:
            return [replace(muni, agreements=before[:1],
                            people=tuple(p for p in muni.people if p.source_id == before[0].source_id))]
    years = {t for t in r.tokens if len(t) == 4 and t.isdigit()}
    # Who signed, asked by the signing verb ("vem skrev under (det)?", "who signed it?") and naming no agreement of its own, after the resident named one: that one's signers
    signers_of_said = conversation.agreement_said and signing_slots.SIGNING.search(r.norm) is not None \
        and not any(cues.found(r.norm) for cues in AGREEMENT_KINDS.values())
    if not AT_THE_TIME.search(r.norm) and not (years and conversation.agreement) and not signers_of_said:
        return munis
    candidates = _candidates(r, muni, conversation)
    for agreement in candidates:
        # whom its source names, and those the entry says signed it ("av … och lokalpolisområdeschef Maria Bäck")
        people = tuple(p for p in muni.people if p.source_id == agreement.source_id
                       or p.signed and p.name and p.name in agreement.signed_note)
        if people:
            return [replace(muni, people=people)]
    return munis  # no source of the agreement meant names anyone: whom the entry names, with their years


def _candidates(r: Reading, muni: Municipality, conversation: Conversation) -> list[Agreement]:
    """The agreements meant, the likeliest first: named in this message (kind, year), named before, newest."""
    kinds = [kind for kind, cues in AGREEMENT_KINDS.items() if cues.found(r.norm)]
    named = FollowUps.agreement_named(r, muni) if len(kinds) == 1 else None
    if named is None:
        # "… and who signed the 2023 promise?": a year named picks its agreement before the one talked about
        years = {int(t) for t in r.tokens if len(t) == 4 and t.isdigit()}
        dated = [a for a in muni.agreements if (not kinds or a.kind in kinds)
                 and years & {d.year for d in (a.start, a.end, a.signed) if d is not None}]
        named = max(dated, key=earlier.since) if dated else None
    remembered = next((a for a in muni.agreements if a.id == conversation.agreement), None)
    newest = sorted(muni.agreements, key=earlier.since, reverse=True)
    first = [a for a in (named, remembered) if a is not None and (not kinds or a.kind in kinds)]
    if first:
        # The agreement meant is known: its source names someone or nobody, never another year's people
        # (Laholm's 2020 promise is the police's page, which names no one; the 2021 one's news does).
        return first[:1]
    return [a for a in newest if not kinds or a.kind in kinds]


def titled(r: Reading, munis: list[Municipality], conversation: Conversation) -> list[Municipality]:
    """"Och den lokala för Rosengård?", "and the one for Sjöbo?" after the kommun: the kommun with only
    the agreement named for that part of it (district_named.py); `munis` as they are otherwise."""
    if len(munis) != 1 or conversation.municipality != munis[0].id:
        return munis
    word = district_named.asked_word(r.norm)
    chosen = district_named.agreement_naming(munis[0], word) if word else None
    return [replace(munis[0], agreements=(chosen,))] if chosen is not None else munis
