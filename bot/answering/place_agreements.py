"""A place claimed in one agreement of a kommun when the entry names it in another: "Doroteas
samverkansöverenskommelse handlar väl om Borgafjäll?" (Borgafjäll is in the medborgarlöfte 2023–2024),
"Tanums medborgarlöfte 2021 handlar väl om Grebbestad?" (the 2023–2024 one names it).

    claim (claims.py) with a place ─► the agreements it names: by its kind's word ("medborgarlöfte", "löfte",
                                      "samverkansöverenskommelse", "citizen promise", "cooperation agreement"),
                                      by its year, by "nya"/"senaste"/"new"/"latest" (the newest of them)
                                   ─► the entry's sentences that name the place, by agreement
    none of them in the agreements named, some in another ─► "Nej, det stämmer inte: Borgafjäll nämns i
                                      medborgarlöftet 2023–2024, inte i samverkansöverenskommelsen 2023–2026.",
                                      the focus areas of the one named, and the sentences that name the place;
                                      else None (claims.py answers as before)

"avtal", "överenskommelse" and "agreement" alone are the resident's loose words for any of the kommun's
agreements and name no kind; a claim that names every agreement, or none, is not this one's.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from bot.answering import compose, details, periods, year_named
from bot.answering.knowledge import Agreement, Municipality
from bot.answering.passage_kinds import NOT_WHERE, Passage
from bot.answering.passages import Passages
from bot.text import tokens

Result = tuple[str, str, list[str]]

_PROMISE = ("medborgarlofte", "lofte", "loftet", "loftena", "promise")
_COOPERATION = ("samverkansoverenskommelse", "samverkansavtal", "cooperation")
# The newest of the agreements named ("det nya löftet", "the latest citizen promise").
_NEWEST = frozenset(("nya", "nyaste", "senaste", "nuvarande", "aktuella", "new", "newest", "latest", "current"))


def _kind(words: Sequence[str]) -> str:
    promise = any(w.startswith(_PROMISE) or w.endswith(("lofte", "loftet")) for w in words)
    cooperation = any(w.startswith(_COOPERATION) for w in words)
    if promise == cooperation:
        return ""  # neither, or both ("samverkansöverenskommelsen och löftet"): no one kind
    return "medborgarlofte" if promise else "samverkansoverenskommelse"


def named(muni: Municipality, words: Sequence[str], year: int | None) -> list[Agreement]:
    """The agreements the claim's words name: of its kind, of its year, the newest when it says so; [] when it
    names no one of them apart from the others."""
    kind = _kind(words)
    chosen = [a for a in muni.agreements if not kind or a.kind == kind]
    if year is not None:
        chosen = [a for a in chosen if a in year_named.named(muni, [year])]
    if _NEWEST & set(words) and chosen:
        chosen = [max(chosen, key=_first_year)]
    if not (kind or year is not None or _NEWEST & set(words)) or len(chosen) == len(muni.agreements):
        return []
    return chosen


def _first_year(agreement: Agreement) -> int:
    first = agreement.start or agreement.signed or agreement.end
    return first.year if first is not None else 0


def _names(place: str, passage: Passage) -> bool:
    return f" {' '.join(tokens(place))} " in f" {' '.join(tokens(f'{passage.label} {passage.text}'))} "


def check(muni: Municipality, places: Sequence[str], words: Sequence[str], year: int | None, negated: bool,
          passages: Passages, language: str, today: dt.date) -> Result | None:
    """"Nej" when the places claimed are named only in agreements other than the one the claim names, with
    those sentences; None otherwise."""
    if negated or not places:
        return None
    chosen = named(muni, words, year)
    if not chosen:
        return None
    ids = {a.id for a in chosen}
    holding = [p for p in passages.of(muni.id, language) if p.kind not in NOT_WHERE and p.agreement_id
               and any(_names(place, p) for place in places)]
    if not holding or any(p.agreement_id in ids for p in holding):
        return None
    others = [a for a in muni.agreements if a.id in {p.agreement_id for p in holding}]
    place = places[0]
    where = compose.join_words([_definite(periods.titled(a, language)) for a in others], language)
    instead = compose.join_words([_definite(periods.titled(a, language)) for a in chosen], language)
    lead = compose.pick(language, f"Nej, det stämmer inte: {place} nämns i {where}, inte i {instead}.",
                        f"No, that is not right: {place} is named in the {where}, not in the {instead}.")
    covered = " ".join(_areas(a, language) for a in chosen if _focus_titles(a, language))
    text, topic, source_ids = details.found(muni, [(1.0, p) for p in holding[:2]], language, today)
    return f"{lead}{' ' + covered if covered else ''}\n\n{text}", topic, source_ids


def _focus_titles(agreement: Agreement, language: str) -> list[str]:
    return [compose.pick(language, a.title, a.title_en or a.title) for a in agreement.areas if a.kind == "focus_area"]


def _areas(agreement: Agreement, language: str) -> str:
    """What the agreement the claim named does take up ("Enligt källan har medborgarlöftet 2024–2025 de här
    fokusområdena: …"), so that the answer says what it covers, not only where the place stands."""
    titled, areas = _definite(periods.titled(agreement, language)), _focus_titles(agreement, language)
    return compose.pick(language, f"Enligt källan har {titled} de här fokusområdena: {compose.join_words(areas, 'sv')}.",
                        f"The focus areas of the {titled} are: {compose.join_words(areas, 'en')}.")


_DEFINITE = (("medborgarlöfte ", "medborgarlöftet "), ("samverkansöverenskommelse ", "samverkansöverenskommelsen "))


def _definite(title: str) -> str:
    """"medborgarlöftet 2023–2024", as the sentence names one agreement of the kommun's."""
    return next((definite + title[len(bare):] for bare, definite in _DEFINITE if title.startswith(bare)), title)
