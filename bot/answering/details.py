"""One part of an entry as an answer: an area with its agreement's status, a fact, the methods or the
follow-up, or the sentences the passages found; and the sources an answer names, as channels get them."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from bot.answering import aspects, compose, passage_kinds, passages, periods
from bot.answering.answer import Answer
from bot.answering.compose import pick
from bot.answering.content_index import Doc
from bot.answering.knowledge import Municipality, Source
from bot.text import fold


def source_dicts(sources: Iterable[Source]) -> list[dict[str, str]]:
    """The sources as an answer carries them to the channels."""
    return [{"publisher": s.publisher, "title": s.title, "date": str(s.date) if s.date else ""} for s in sources]


def sourced(muni: Municipality, topic: str, text: str, ids: list[str], lang: str, today: dt.date) -> Answer:
    """An answer about one municipality with the line naming its sources (`ids`, of its own)."""
    sources = compose.sources_of(muni, ids)
    line = f"\n\n{compose.source_line(sources, lang, today)}" if sources else ""
    return Answer(True, muni.id, topic, text + line, sources=source_dicts(sources), language=lang)


def detail(muni: Municipality, doc: Doc, lang: str, today: dt.date) -> tuple[str, str, list[str]]:
    """One document of the content index as an answer: its text, topic and source ids."""
    if doc.kind == "area":
        area = next(a for a in muni.areas if a.id == doc.key)
        return aspects.area_detail(muni, area, today, lang), "detail", [area.source_id]
    if doc.kind == "fact":
        fact = next(f for f in muni.facts if f.id == doc.key)
        return aspects.fact_detail(fact, lang), "detail", [fact.source_id]
    if doc.kind == "method":
        return aspects.methods(muni, lang, today), "methods", ([i.source_id for i in muni.methods]
                                                           or [a.source_id for a in aspects.named_methods(muni)])
    return aspects.follow_up(muni, lang), "follow_up", [s.id for s in muni.sources]


def found(muni: Municipality, chosen: Sequence[tuple[float, passage_kinds.Passage]], lang: str,
          today: dt.date) -> tuple[str, str, list[str]]:
    """Passages that answer: an area's as the area (its agreement's status with it), the others quoted."""
    if chosen[0][1].kind in ("area", "measure"):
        keys = list(dict.fromkeys(p.key for _, p in chosen if p.kind in ("area", "measure")))
        parts = [detail(muni, Doc(muni.id, "area", key, frozenset()), lang, today) for key in keys]
        return "\n\n".join(p[0] for p in parts), "detail", [i for p in parts for i in p[2]]
    text, ids = passages.quoted(muni, chosen, lang)
    return text, "detail", ids


def doc_title(muni: Municipality, doc: Doc, lang: str, today: dt.date) -> str:
    """One line naming a document of the content index (in a list of municipalities)."""
    if doc.kind == "area":
        area = next(a for a in muni.areas if a.id == doc.key)
        agreement = next(a for a in muni.agreements if a.id == area.agreement_id)
        return (f"{pick(lang, area.title, area.title_en)} ({periods.agreement_name(agreement, lang)} "
                f"{periods.span(agreement, lang)}, {periods.status_phrase(agreement, today, lang)})")
    if doc.kind == "fact":
        fact = next(f for f in muni.facts if f.id == doc.key)
        return pick(lang, fact.title, fact.title_en)
    if doc.kind == "method":
        item = muni.methods[int(doc.key)]
        return pick(lang, item.text, item.text_en)
    if doc.kind == "follow_up":
        item = muni.follow_up[int(doc.key)]
        return pick(lang, item.text, item.text_en)
    measurement = muni.measurements[int(doc.key)]
    return pick(lang, measurement.text or measurement.name, measurement.text_en or measurement.name_en)


# "hur många gånger …?", "hur ofta …?", "how many …?": a figure is asked of what an area promises.
FIGURE_ASKED = re.compile(r"\b(?:hur\s+(?:manga|ofta|mycket|stor)|how\s+(?:many|often|much)|antal(?:et)?)\b")
_FIGURES = re.compile(r"\b(?:\d+|en|ett|tva|tre|fyra|fem|sex|sju|atta|nio|tio|elva|tolv|one|two|three|four|five|six|"
                      r"seven|eight|nine|ten|twelve|minst|at least|varje|every|per)\b")


def with_figure(muni: Municipality, doc: Doc, text: str, norm: str, lang: str) -> str:
    """An area's answer when a figure is asked: its source's own words added when they hold a figure the
    answer's title and text leave out (Umeå's "vid minst två tillfällen under året" behind "vår och höst")."""
    if doc.kind != "area" or lang == "en" or not FIGURE_ASKED.search(norm):  # the quotes are Swedish
        return text
    area = next((a for a in muni.areas if a.id == doc.key), None)
    if area is None or not area.quote:
        return text
    quoted = set(_FIGURES.findall(fold(area.quote))) - {"en", "ett", "one"}
    if not quoted or quoted <= set(_FIGURES.findall(fold(text))):
        return text
    first, sep, rest = text.partition("\n")
    return f"{first}\n”{area.quote}”{sep}{rest}" if sep else f"{text}\n”{area.quote}”"

