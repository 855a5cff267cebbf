"""An item of the last answer's numbered list, asked for by its place in it: "berätta mer om det andra",
"och den tredje punkten?", "vad betyder nummer 2?", "tell me more about the last one".

A numbered list is what an answer about a kommun's agreement shows: its focus areas (or commitments)
under the agreement named first. `remember` keeps which areas the last answer numbered, in its order,
in the conversation; `answer` answers a short message that names one of them by its place with that
area's detail (its title, its agreement and period, and the source's own sentence), so the resident
does not have to copy the title back.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from bot.answering import aspects
from bot.answering.answer import Answer
from bot.answering.conversation import Conversation
from bot.answering.knowledge import Knowledge, Municipality
from bot.answering.municipality_answers import MunicipalityAnswers
from bot.answering.reading import Reading

_NUMBERED = re.compile(r"^(\d+)\. (.+)$")
# The place of an item, as an ordinal or as the noun of a list's number ("tvåan", "the last one").
ORDINALS = {"forsta": 1, "andra": 2, "tredje": 3, "fjarde": 4, "femte": 5, "sjatte": 6, "sjunde": 7,
            "ettan": 1, "tvaan": 2, "trean": 3, "fyran": 4, "femman": 5, "sexan": 6, "sista": -1,
            "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "last": -1}
# Before an ordinal ("det andra", "den sista", "the second"), or a number ("punkt 2", "nummer 3").
_BEFORE_ORDINAL = frozenset(("det", "den", "the", "sa", "om"))
_BEFORE_NUMBER = frozenset(("punkt", "punkten", "nummer", "nr", "number", "no", "point", "item", "omrade"))
# After an ordinal: what it counts ("det andra området", "the second one").
_NOUNS = frozenset(("omradet", "fokusomradet", "punkten", "saken", "one", "area", "point", "item", "focus",
                    "atagandet", "insatsen", "samverkansomradet"))
# Words that may follow the ordinal of a follow-up that names nothing else ("och det tredje då?").
_FILLERS = frozenset(("", "da", "nu", "ocksa", "tack", "please", "then", "too", "pa", "i", "sen", "dar"))
MAX_WORDS = 10  # a follow-up names its item and little else; a longer message asks something of its own


def place_asked(tokens: Sequence[str]) -> int | None:
    """The place (1-based; -1 for the last) a short message names an item by, or None."""
    if len(tokens) > MAX_WORDS:
        return None
    for i, token in enumerate(tokens):
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        before = tokens[i - 1] if i else ""
        # "det andra", "the third one": never "det första avtalet" (an agreement, not an item of the list)
        # or "andra kommuner" (other ones).
        if token in ORDINALS and (after in _NOUNS or after in _FILLERS) and (
                before in _BEFORE_ORDINAL or after in _NOUNS or token not in ("andra", "first", "last", "sista")):
            return ORDINALS[token]
        if token.isdigit() and len(token) == 1 and before in _BEFORE_NUMBER:
            return int(token)
    return None


def numbered_areas(muni: Municipality, text: str) -> tuple[str, ...]:
    """The ids of the areas an answer's first numbered list shows, in its order."""
    by_title: dict[str, str] = {}
    for area in muni.areas:
        by_title.setdefault(area.title, area.id)
        by_title.setdefault(area.title_en, area.id)
    listed: list[str] = []
    for line in text.splitlines():
        match = _NUMBERED.match(line.strip())
        if match is None:
            if listed:
                break  # the first list has ended
            continue
        if int(match.group(1)) != len(listed) + 1 or match.group(2) not in by_title:
            break
        listed.append(by_title[match.group(2)])
    return tuple(listed)


def remember(conversation: Conversation, knowledge: Knowledge, answer: Answer) -> None:
    """What "det andra" will mean next: the areas this answer numbered (none when it numbered none)."""
    muni = knowledge.municipalities.get(answer.municipality or "")
    listed = numbered_areas(muni, answer.text) if muni is not None else ()
    if listed or answer.topic != "detail":
        conversation.listed = listed  # a detail of one of them keeps the list for "och det tredje?"


def answer(r: Reading, conversation: Conversation, knowledge: Knowledge, answers: MunicipalityAnswers,
           today: dt.date) -> Answer | None:
    """The area the message names by its place in the last answer's list, or None."""
    if not conversation.listed or r.unknown:
        return None
    muni = knowledge.municipalities.get(conversation.municipality or "")
    if any(m.place.municipality_id != conversation.municipality for m in r.known):
        return None  # "och det andra i Lund?" asks of another kommun (a follow-up's own reading)
    place = place_asked(r.tokens)
    if muni is None or place is None or place > len(conversation.listed):
        return None
    area_id = conversation.listed[place - 1 if place > 0 else -1]
    area = next((a for a in muni.areas if a.id == area_id), None)
    if area is None:
        return None
    return answers.sourced(muni, "detail", aspects.area_detail(muni, area, today, r.language), [area.source_id],
                           r.language)
