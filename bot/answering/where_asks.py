"""A bare "var då?", "var någonstans?", "vilka platser?", "where exactly?" after an answer about a kommun's
areas: the places those areas name, from the entry.

Such a turn has no aspect of its own: the routing read "var då?" as thanks ("Varsågod!"), "where exactly?" as
a greeting and "var någonstans?" as nothing it could place. Read against the conversation it asks where the
work just answered is to be done. The places are those the place index finds in each area's own title and
text (a locality or district of the kommun, or the kommun's own town), never a list of names kept here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.answering import detail_asks, safest_place
from bot.answering.answer import Answer
from bot.answering.bare_asks import talked_about
from bot.answering.compose import join_words, pick
from bot.answering.conversation import Conversation
from bot.answering.knowledge import Area, Knowledge, Municipality
from bot.answering.municipality_answers import MunicipalityAnswers
from bot.answering.reading import Reading
from bot.text import fold

# A where-word alone, or "which" with a noun of place ("vilka platser?", "which areas?").
WHERE = frozenset(("var", "vart", "where"))
WHICH = frozenset(("vilka", "vilken", "vilket", "which", "what"))
PLACE_NOUNS = frozenset(("platser", "plats", "platsen", "platserna", "stallen", "stalle", "stallena", "omraden",
                         "omrade", "omradena", "bostadsomraden", "stadsdelar", "gator", "gatorna", "places", "place",
                         "areas", "area", "spots", "spot", "locations", "location", "streets", "neighbourhoods",
                         "neighborhoods"))
# Words around the ask that change nothing ("var då mer exakt?", "where is that, exactly?").
FILLERS = frozenset(("da", "mer", "exakt", "exactly", "precis", "nagonstans", "nanstans", "specifically", "ligger",
                     "is", "are", "located", "it", "that", "det", "de", "dom", "they", "those", "dessa", "then", "och",
                     "and", "so", "sa", "i", "in", "kommunen", "okej", "ok", "okay", "men", "but", "the", "handlar",
                     "galler", "about", "ska", "will", "nu", "egentligen", "ungefar", "roughly"))
MAX_WORDS = 7
_ANSWERED = ("overview", "focus", "detail", "methods", "purpose", "worry")  # what "var då?" can follow


def asked(tokens: list[str]) -> bool:
    """Whether a turn asks nothing but where: a where-word, or "which" with a noun of place, and fillers."""
    return shape(tokens) is not None


def shape(tokens: list[str]) -> str | None:
    """"where" for a bare where-word ("var då?"), "which" for "which" with a noun of place ("vilka platser?"),
    None for anything else."""
    if not tokens or len(tokens) > MAX_WORDS:
        return None
    rest = [t for t in tokens if t not in FILLERS]
    if len(rest) == 1 and rest[0] in WHERE:
        return "where"
    return "which" if len(rest) == 2 and rest[0] in WHICH and rest[1] in PLACE_NOUNS else None


def answer(r: Reading, conversation: Conversation, knowledge: Knowledge, answers: MunicipalityAnswers,
           places_in: Callable[[str], list[tuple[str, str]]]) -> Answer | None:
    """The places the areas talked about name; None for the usual routing. `places_in(text)` gives the
    (kommun id, place written) pairs the place index finds in a text. A part of one kommun ranked by safety, asked
    in a message of its own ("vilket område är tryggast i Uppsala?"), is safest_place.py's, answered here first
    as the other ask of the places an entry names."""
    ranked = safest_place.answer(r, knowledge, answers, places_in)  # "vilket område är tryggast i Uppsala?"
    if ranked is not None:
        return ranked
    muni = knowledge.municipalities.get(conversation.municipality or "")
    if muni is None or r.rules is not None or r.known or r.unknown or conversation.topic not in _ANSWERED:
        return None
    action, asked_as = r.decision().action, shape(r.tokens)
    if action in ("emergency", "situation", "report") or asked_as is None:
        return None
    # "vilka bostadsområden gäller det?" the routing reads as a question, and its passages answer it with the
    # entry's own sentence (the place index does not know every district); only where it read nothing
    # ("var då?" as thanks, "where exactly?" as a greeting) is this the answer.
    read = action == "question"
    if asked_as == "which":
        return None  # "vilka bostadsområden?" names what it asks: the passages find the entry's sentence on it
    lang = r.language
    talked = talked_about(muni, conversation)
    if conversation.topic == "detail":
        # A detail answer quoted the areas its words found ("skoter" of Dorotea's): those are what "var då?" is of.
        words = [fold(t) for t in detail_asks.without_frame(conversation.terms) if len(t) > 2]
        matched = [a for a in talked if any(w in _words(a) or any(k and w.startswith(k) for k in _keywords(a))
                                            for w in words)]
        talked = matched or talked
    named = _placed(muni, talked, places_in)
    if not named and read:
        return None
    if not named:
        # None of the areas just answered names a place: said so, with those of the kommun's others that do.
        others = _placed(muni, [a for a in muni.areas if a not in talked], places_in)
        lines = [pick(lang, f"Källan för {muni.name} anger inga platser för det.",
                      f"The source for {muni.name} names no places for that.")]
        if others:
            lines.append(pick(lang, "Platser som andra delar av löftena nämner:",
                              "Places other parts of the agreements name:"))
            lines.extend(_line(area, places, lang) for area, places in others)
        areas = [area for area, _ in others] or talked
    else:
        lines = [pick(lang, f"Platserna som nämns i {muni.name}:", f"The places named in {muni.name}:")]
        lines.extend(_line(area, places, lang) for area, places in named)
        areas = [area for area, _ in named]
    return answers.sourced(muni, "detail", "\n".join(lines), sorted({a.source_id for a in areas if a.source_id}), lang)


def _placed(muni: Municipality, areas: list[Area], places_in: Callable[[str], list[tuple[str, str]]]
            ) -> list[tuple[Area, list[str]]]:
    """Each area whose own words name a place of `muni`, with the places as written (the kommun's own
    name when the text names its town: "Centrala Laholm")."""
    found: list[tuple[Area, list[str]]] = []
    for area in areas:
        text = " ".join(t for t in (area.title, area.text) if t)
        # The kommun's own name counts as its town ("Centrala Laholm"), never as the kommun ("Sölvesborgs kommun").
        own = fold(muni.name) in fold(text) and not re.search(rf"{re.escape(fold(muni.name))}s? (?:kommun|stad)", fold(text))
        places = [written or muni.name for kommun, written in places_in(text) if kommun == muni.id and (written or own)]
        if places:
            found.append((area, list(dict.fromkeys(places))))
    return found


def _words(area: Area) -> str:
    """An area's own words, folded, for matching the words a detail answer was asked with."""
    return fold(" ".join((area.title, area.text or "", *area.keywords)))


def _keywords(area: Area) -> list[str]:
    """An area's keywords, folded: "skoteråkning" is of the area kept under "skoter"."""
    return [fold(k) for k in area.keywords if len(k) > 3]


def _line(area: Area, places: list[str], lang: str) -> str:
    title = pick(lang, area.title, area.title_en or area.title)
    shown = [p for p in places if p not in title]
    return f"• {title}" + (f" ({join_words(shown, lang)})" if shown else "")
