"""A police area named as the subject of a question, where a kommun's entry carries the text: "hur gick
det för lokalpolisområde Hisingen i enkäten?" is Öckerö's sentence "Kommunen och lokalpolisområde
Hisingen bjöd i november 2023 in invånarna att svara på en enkät …", "vad visade trygghetsundersökningen
för lokalpolisområde Ystad?" Ystad's index. The area's list of kommuner answers only what it is made of;
what the area did or found is in the entry whose sentence names the area and the subject asked. A police
area no entry gives as its own (Storgöteborg Nordost, named only in Göteborg's text) is found the same way."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from bot.answering import belonging, details, figure_claims, lexicon
from bot.answering.knowledge import Knowledge, Municipality
from bot.answering.passage_kinds import ABOUT_SOURCES, Passage
from bot.answering.passages import Passages
from bot.text import cased_tokens, fold, tokens

if TYPE_CHECKING:  # the engine's parts, passed in
    from bot.answering.answer import Answer
    from bot.answering.municipality_answers import MunicipalityAnswers
    from bot.answering.reading import Reading

AREA_WORDS = ("lokalpolisomrade", "lokalpolisomradet", "lokalpolisomrades")
# Words of the question that ask about the area's kommuner: the area's list answers those.
MEMBERS = frozenset(("kommuner", "kommun", "ingar", "omfattar", "tillhor", "hor", "samverkar", "municipalities",
                     "includes", "include"))


class AreaTexts:
    """The entries' sentences that name a police area, found once per area."""

    def __init__(self, knowledge: Knowledge, found: Passages) -> None:
        self.knowledge, self.found = knowledge, found
        self._carrying: dict[str, list[Passage]] = {}

    def carrying(self, area: str) -> list[Passage]:
        """Every sentence of an entry with "lokalpolisområde <area>" in it (its genitive too)."""
        key = fold(area)
        if key not in self._carrying:
            named = re.compile(rf"\blokalpolisomradet? {re.escape(' '.join(tokens(area)))}s?\b")
            self._carrying[key] = [p for m in self.knowledge.municipalities.values() for p in self.found.of(m.id)
                                   if p.kind not in ABOUT_SOURCES and named.search(" ".join(tokens(p.text)))]
        return self._carrying[key]

    def answer(self, r: Reading, area: str | None, answers: MunicipalityAnswers, today: dt.date) -> Answer | None:
        """The sentence of the one entry that names the area and what is asked about it, or None (then the
        area's list of kommuner answers)."""
        area = area or _written_area(r)
        if not area or MEMBERS & set(r.tokens) or lexicon.CROSS.found(r.norm):
            return None
        carrying = self.carrying(area)
        area_words = set(tokens(area)) | set(AREA_WORDS)
        subject = [w for w in figure_claims.subject(r.masked) if w not in area_words]
        if not subject and belonging.members(self.knowledge, area):
            return None  # "lokalpolisområde Hisingen?": the kommuner it works with
        scored = sorted(((figure_claims.about(subject, p), p) for p in carrying), key=lambda s: -s[0])
        if scored and scored[0][0] > 0:
            best = [p for value, p in scored if value == scored[0][0]]
        elif subject and len(kommuner := {p.municipality_id for p in carrying}) == 1:
            # The area is named only as the party of one entry ("Polisen, Lokalpolisområde Vällingby"): what
            # is asked of it is in that entry's other sentences ("vad kom de fram till i lägesbilden?").
            own = [(figure_claims.about(subject, p), p) for p in self.found.of(kommuner.pop())
                   if p.kind not in ABOUT_SOURCES]
            top = max((value for value, _ in own), default=0)
            best = [p for value, p in own if value == top] if top > 0 else [p for p in carrying if p.kind != "party"]
        else:
            best = [p for p in carrying if p.kind != "party"]  # the area alone: its one entry's sentence, not a party
        if not best or len({p.municipality_id for p in best}) != 1:
            return None
        muni: Municipality = self.knowledge.municipalities[best[0].municipality_id]
        text, topic, ids = details.found(muni, [(1.0, best[0])], r.language, today)
        return answers.sourced(muni, topic, text, ids, r.language)


def _written_area(r: Reading) -> str:
    """"lokalpolisområde Storgöteborg Nordost": the capitalised words after the word, as written."""
    cased = cased_tokens(r.text)
    at = next((i for i, t in enumerate(r.tokens) if t in AREA_WORDS), None)
    if at is None or len(cased) != len(r.tokens):
        return ""
    words = []
    for word in cased[at + 1:at + 3]:
        if not word[:1].isupper():
            break
        words.append(word)
    return " ".join(words)
