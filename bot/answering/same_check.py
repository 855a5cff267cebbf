"""A switch of kommun that carries the aspect and adds a check: "och Lomma då, samma polisområde?",
"och Karlshamn, också Skåne?", "what about Hallsberg, same police area?". The check is taken off, the
rest ("och Lomma då?") is answered as any switch (it carries the aspect talked about), and the check's
answer is put first: same or not, with the value of each kommun from the knowledge base."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.answering.answer import Answer
from bot.answering.compose import pick
from bot.answering.conversation import Conversation
from bot.answering.knowledge import Knowledge, Municipality
from bot.text import fold

# The check as a trailing clause: "samma (lokal)polisområde", "same police area", "samma län",
# "same county", "också/även/likaså <län>", "also <county>"; its words are no part of the aspect.
_CHECK = re.compile(r"[,;:?]?\s*(?:(?:är det|ar det|is it|is that|in the|i)\s+)?(?:(?:samma|same)\s+(?P<what>(?:lokal)?polis\s*omr[aå]de[t]?|"
                    r"lpo|police area|local police area|län|lan|county)|(?:också|ocksa|även|aven|also|too)\s+(?:i\s+|in\s+)?"
                    r"(?P<county>[\wåäöÅÄÖ -]+?))\s*[?.!]*\s*$", re.IGNORECASE)
_COUNTY_TAIL = re.compile(r"\s+(?:län|lan|county)$", re.IGNORECASE)


def answer(text: str, conversation: Conversation, knowledge: Knowledge,
           asked: Callable[[str], Answer], calm: bool, switches: bool) -> Answer | None:
    """The switch answered with the check first; None when the message is no switch with a check, or
    when the danger rules saw anything in it (`calm` false: 112 first, read whole). `switches`: the message
    names a kommun other than the one talked about; without one ("vilka kommuner ingår i samma
    lokalpolisområde?" after Bräcke) the check is the question itself, read whole."""
    last = knowledge.municipalities.get(conversation.municipality or "")
    # The kommun talked about first: without one there is no switch, and the pattern is not run.
    found = _CHECK.search(text) if calm and switches and last is not None else None
    if last is None or found is None:
        return None
    rest = text[:found.start()].strip()
    if not rest:
        return None
    county: str | None = None
    if found.group("county"):
        county = _county_named(found.group("county"), knowledge)
        if county is None:
            return None
    result = asked(rest)
    muni = knowledge.municipalities.get(result.municipality or "")
    if muni is None or muni.id == last.id:
        return result
    what = fold(found.group("what") or "")
    line = _county_line(muni, county or last.county, last if county is None else None, result.language) \
        if county is not None or what in ("lan", "county") else _area_line(muni, last, result.language)
    result.text = f"{line}\n\n{result.text}"
    return result


def _county_named(written: str, knowledge: Knowledge) -> str | None:
    """The county a check names ("Skåne", "Stockholms län", "Örebro county"), or None."""
    words = fold(_COUNTY_TAIL.sub("", written.strip()))
    for county in sorted({m.county for m in knowledge.municipalities.values() if m.county}, key=len, reverse=True):
        stem = fold(_COUNTY_TAIL.sub("", county))
        if words and (words == stem or words == stem.rstrip("s") or words.startswith(stem.rstrip("s"))):
            return county
    return None


def _area_line(muni: Municipality, last: Municipality, language: str) -> str:
    """Whether `muni` belongs to the police area of `last`, with each one's."""
    if not muni.police_area or not last.police_area:
        unknown = muni if not muni.police_area else last
        return pick(language, f"Källan anger inget lokalpolisområde för {unknown.name}.",
                    f"The source names no local police area for {unknown.name}.")
    if muni.police_area == last.police_area:
        return pick(language, f"Ja, {muni.name} hör också till lokalpolisområde {muni.police_area}, som {last.name}.",
                    f"Yes, {muni.name} is also in local police area {muni.police_area}, as {last.name} is.")
    return pick(language, f"Nej, {muni.name} hör till lokalpolisområde {muni.police_area}; "
                          f"{last.name} till lokalpolisområde {last.police_area}.",
                f"No, {muni.name} is in local police area {muni.police_area}; {last.name} is in local police area "
                f"{last.police_area}.")


def _county_line(muni: Municipality, county: str, last: Municipality | None, language: str) -> str:
    """Whether `muni` lies in `county` (the one named, or that of `last`), with its own."""
    if not muni.county:
        return pick(language, f"Källan anger inget län för {muni.name}.", f"The source names no county for {muni.name}.")
    as_last = pick(language, f", som {last.name}", f", as {last.name} is") if last is not None else ""
    if muni.county == county:
        return pick(language, f"Ja, {muni.name} ligger också i {county}{as_last}.",
                    f"Yes, {muni.name} is also in {county}{as_last}.")
    return pick(language, f"Nej, {muni.name} ligger i {muni.county}, inte i {county}.",
                f"No, {muni.name} is in {muni.county}, not in {county}.")
