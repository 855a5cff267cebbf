"""What a resident is told when the kommun's newest agreement has ended or gives no end date: a short
closing paragraph after what it covered, saying whom to ask about a new one and where, and that the
kommun renews its agreements only when a source says so.

Every part comes from the entry: the contact page (`contact:`) with the role only when the page
names it, what a source says of renewal (`renewal:`), or the kommun's medborgarlöfte page on
polisen.se when the entry cites one. With none of them the status line keeps its own "fråga kommunen
om ett nytt har tecknats", and there is no closing paragraph.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.answering.compose import contact_page, contact_whom, pick
from bot.answering.knowledge import Agreement, Municipality, Source
from bot.answering.periods import by_relevance, neuter, status
from bot.text import genitive

# Where polisen.se publishes each kommun's medborgarlöften (…/medborgarloften/<län>/<kommun>/).
POLICE_PROMISES = "polisen.se/om-polisen/medborgarloften-och-lokal-samverkan/medborgarloften/"
ASKED_STATES = ("ended", "open")

_NEW_ONE = {  # (ett nytt medborgarlöfte, the definite form for "whether it still applies")
    True: (("ett nytt medborgarlöfte", "medborgarlöftet"), ("a new citizen promise", "the citizen promise")),
    False: (("en ny samverkansöverenskommelse", "samverkansöverenskommelsen"),
            ("a new cooperation agreement", "the cooperation agreement")),
}


@dataclass(frozen=True)
class Closing:
    text: str
    source_ids: tuple[str, ...]


def newest(muni: Municipality, today: dt.date) -> Agreement | None:
    """The agreement a resident reads first; None when the entry has none."""
    ordered = by_relevance(muni.agreements, today)
    return ordered[0] if ordered else None


def police_promises_page(muni: Municipality) -> Source | None:
    """The kommun's medborgarlöfte page on polisen.se, when the entry cites it."""
    return next((s for s in muni.sources if POLICE_PROMISES in s.url), None)


def closing(muni: Municipality, today: dt.date, language: str) -> Closing | None:
    """The paragraph after an ended or open newest agreement, or None when the entry holds nothing
    more to say than the status line's own "fråga kommunen"."""
    agreement = newest(muni, today)
    if agreement is None or status(agreement, today) not in ASKED_STATES:
        return None
    police = police_promises_page(muni)
    if muni.contact is None and muni.renewal is None and police is None:
        return None
    sentences: list[str] = []
    ids: list[str] = []
    if muni.renewal is not None:
        sentences.append(pick(language, muni.renewal.text, muni.renewal.text_en).rstrip(".") + ".")
        ids.append(muni.renewal.source_id)
    (sv_new, sv_it), (en_new, en_it) = _NEW_ONE[neuter(agreement)]
    ended = status(agreement, today) == "ended"
    who = contact_whom(muni, language)
    ask = (pick(language, f"Fråga {who} om {sv_new} har tecknats", f"Ask {who} whether {en_new} has been signed")
           if ended else
           pick(language, f"Fråga {who} om {sv_it} fortfarande gäller", f"Ask {who} whether {en_it} still applies"))
    if muni.contact is not None:
        sentences.append(f"{ask}{contact_page(muni, language)}.")
        ids.append(muni.contact.source_id)
    else:
        sentences.append(ask + ".")
    if police is not None and muni.contact is None:
        sentences.append(pick(language, f"Polisen publicerar {genitive(muni.name)} medborgarlöften på polisen.se: "
                                        f"{police.url}",
                              f"The police publish {muni.name}'s citizen promises on polisen.se: {police.url}"))
        ids.append(police.id)
    return Closing(" ".join(s if s.endswith(".") else s + "." for s in sentences), tuple(dict.fromkeys(ids)))


def source_ids(muni: Municipality, today: dt.date) -> list[str]:
    """The sources the closing paragraph rests on, for an answer's source line."""
    found = closing(muni, today, "sv")
    return list(found.source_ids) if found else []
