"""Which part of a kommun is safest or most dangerous ("vilket område är tryggast i Uppsala?", "var bor man
tryggast i Malmö?", "where do people live safest in Lund?", "which area of Borås is the most dangerous?"):
issue #31 item 6.

Such a question ranks places, which no agreement does. It had been refused as a question about where someone
lives ("where do people live …" is the words of another's address), answered with the kommuner's ranking, or with
a sentence its words happened to pick. What fits is what the entry says of its places (the places its own areas
name, as where_asks.py finds them with the place index) and that the bot gives no ranking of them, with where to
tell the kommun what feels unsafe (/synpunkt). Only for one kommun named and nothing of danger: a place asked of
in the middle of a danger keeps the danger's reading.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.answering import clauses
from bot.answering.answer import Answer
from bot.answering.district_lists import for_districts
from bot.answering.compose import join_words, pick
from bot.answering.knowledge import Area, Knowledge, Municipality
from bot.answering.municipality_answers import MunicipalityAnswers
from bot.answering.reading import Reading
from bot.text import fold, genitive

# A superlative of safety or danger (folded): what ranks the places. (Not "otryggast", "least safe": where people feel
# least safe is what a survey found, which the entry's own sentences answer; nor "tryggare", a place to be made safer.)
_RANKED = re.compile(r"\b(?:tryggast\w*|farligast\w*|sakrast\w*|lugnast\w*|stokigast\w*|safest|most dangerous|"
                     r"least dangerous|most violent|roughest)\b")
# How people feel, or the agreement's or a survey's words: asked of what the entry says ("var känns det otryggast?",
# "where is it safest according to the promise?"), which its sentences answer.
_OF_THE_TEXT = re.compile(r"\b(?:kanns|kandes|kanner|upplevs|upplevde|upplever|feel|feels|felt|enligt|according|lofte\w*|"
                          r"avtal\w*|overenskommelse\w*|promise\w*|agreement\w*|enkat\w*|survey\w*|index|undersokning\w*)\b")
# A part of the kommun asked for: which area, district, street, or where one lives ("var bor man", "where do people live").
_WHICH_PART = re.compile(
    r"\b(?:vilket|vilken|vilka|which|what|what s)(?: \w+)? (?:omrade\w*|stadsdel\w*|del|delar|delen|bostadsomrade\w*|"
    r"kvarter\w*|plats\w*|gata|gator|gatorna|ort|orter|by|byar|area|areas|part|parts|district\w*|neighbou?rhood\w*|"
    r"place|places|street|streets|suburb\w*)\b"
    r"|\b(?:var|vart|where)\b")
# Kommuner compared with each other: the ranking of kommuner (compose.no_ranking), not of one kommun's parts.
_KOMMUNER = re.compile(r"\b(?:vilken|vilka|which) (?:kommun\w*|municipalit\w*|stad|stader|city|cities|town|towns)\b")


def asked(r: Reading) -> bool:
    """A ranking of one kommun's parts by safety asked, with nothing of danger read."""
    if r.rules is not None or not _RANKED.search(r.norm) or not _WHICH_PART.search(r.norm) or _KOMMUNER.search(r.norm) \
            or _OF_THE_TEXT.search(r.norm) or len(clauses.split(r.text)) > 1:
        return False  # (several questions: each answered in turn, as engine._several does)
    kommuner = {m.place.municipality_id for m in r.known}
    return len(kommuner) == 1 and not r.unknown and not r.decision().danger_first


def answer(r: Reading, knowledge: Knowledge, answers: MunicipalityAnswers,
           places_in: Callable[[str], list[tuple[str, str]]]) -> Answer | None:
    """That no ranking of places is given, and the places the kommun's agreements name; None when not asked."""
    if not asked(r):
        return None
    muni = knowledge.municipalities.get(str(r.known[0].place.municipality_id))
    if muni is None:
        return None  # a kommun without an agreement: its own answer says what was searched
    lang = r.language
    lines = [pick(lang, f"Vilket område i {muni.name} som är tryggast eller farligast säger överenskommelserna inte, och jag "
                        "rangordnar inte områden eller kommuner.",
                  f"The agreements do not say which part of {muni.name} is safest or most dangerous, and I do not rank "
                  "areas or municipalities.")]
    # the places the areas name, not the kommun's own town alone ("ett tryggare Uppsala"), and the agreements
    # named for a part of the kommun (district_lists.py: "Medborgarlöfte Biskopsgården 2023–2024")
    named = _placed(muni, places_in)
    districts = for_districts(muni, frozenset(fold(name) for name in knowledge.all_municipalities))
    if named or districts:
        lines.append(pick(lang, f"Platser som {genitive(muni.name)} överenskommelser tar upp:",
                          f"Places {muni.name}'s agreements name:"))
        lines.extend(f"• {pick(lang, a.title, a.title_en or a.title)}" for a in districts)
        for area, places in named:
            title = pick(lang, area.title, area.title_en or area.title)
            shown = [p for p in places if p not in title]
            lines.append(f"• {title}" + (f" ({join_words(shown, lang)})" if shown else ""))
    else:
        lines.append(pick(lang, f"Överenskommelserna för {muni.name} pekar inte ut några platser. Fråga till exempel "
                                f"”Vad fokuserar {muni.name} på?”",
                          f"The agreements for {muni.name} name no places. Ask, for example, ”What does {muni.name} "
                          "focus on?”"))
    lines.append(pick(lang, "Känns en plats otrygg kan du berätta det för kommunen med /synpunkt.",
                      "If a place feels unsafe, you can tell the municipality with /concern."))
    ids = sorted({a.source_id for a, _ in named if a.source_id} | {a.source_id for a in districts if a.source_id}) \
        or [s.id for s in muni.sources]
    return answers.sourced(muni, "detail", "\n".join(lines), ids, lang)


def _placed(muni: Municipality, places_in: Callable[[str], list[tuple[str, str]]]) -> list[tuple[Area, list[str]]]:
    """Each of the kommun's areas whose own words name a place in it, as the place index finds them
    (`places_in(text)`: (kommun id, place as written) pairs), with the places as written; the kommun's own name
    is no part of it ("ett tryggare Uppsala")."""
    found: list[tuple[Area, list[str]]] = []
    for area in muni.areas:
        text = " ".join(t for t in (area.title, area.text) if t)
        places = [written for kommun, written in places_in(text) if kommun == muni.id and written and written != muni.name]
        if places:
            found.append((area, list(dict.fromkeys(places))))
    return found
