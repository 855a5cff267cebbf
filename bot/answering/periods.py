"""How an agreement's kind, period and status are worded ("Samverkansöverenskommelse 2024–2027,
gäller fortfarande"), and which of a municipality's agreements a resident reads first."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import Any

from bot.answering.compose import pick
from bot.answering.knowledge import Agreement, Municipality
from bot.dates import PartialDate
from bot.text import fold

# A count said back in words, as a reader writes it ("tre fokusområden", "fyra år", "three focus areas").
SAID_NUMBERS = ({1: "ett", 2: "två", 3: "tre", 4: "fyra", 5: "fem", 6: "sex", 7: "sju", 8: "åtta", 9: "nio",
                 10: "tio", 11: "elva", 12: "tolv"},
                {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
                 10: "ten", 11: "eleven", 12: "twelve"})
# "hur länge gäller det?", "hur många år?", "how many years does it run?": the length asked, not only the span.
LENGTH_ASKED = re.compile(r"\b(?:hur lange|hur lang (?:tid|period)|hur manga ar|how long|how many years|"
                          r"for how many years|hur langt)\b")

# "när går det ut?", "när slutar löftet?", "until when?", "when does it end?": the end asked, not the span.
END_ASKED = re.compile(r"\b(?:nar (?:\w+ ){0,4}?(?:ut|slut)|nar (?:slutar|upphor|utgar)|till nar|slutdatum|until when|"
                       r"end date|when (?:\w+ ){0,5}?(?:end|ends|expire|expires|run out|runs out))\b")


# The verbs that tie a period to the agreement ("vilken period täcker det?", "what period does it cover?",
# "vilka år omfattar löftet?"): with the period asked they are its frame, never a subject whose sentence answers
# ("Lokalpolisområdet omfattar Sala, …" is not the period of Norberg's promise).
FRAME_WORDS = frozenset(("galler", "gallde", "gallt", "loper", "lopte", "stracker", "omfattar", "omfattade", "avser",
                         "avsag", "tacker", "tackte", "tackt", "covers", "covered", "cover", "spans", "spanned", "span",
                         "runs", "ran", "run", "valid", "lasts", "lasted", "last", "applies", "applied", "apply", "time",
                         "tidsperiod", "tidsperioden"))


def without_frame(subject: list[str], ranked: Sequence[tuple[float, Any]]) -> list[str]:
    """The subject without the period's verbs, unless the sentence they pick states a year ("… avser perioden
    2020–2023" answers the period of an agreement whose own end the entry lacks); `ranked`: the content index's."""
    if ranked and any(w.isdigit() and len(w) == 4 for w in ranked[0][1].words):
        return subject
    return [t for t in subject if t not in FRAME_WORDS]


def end_unsaid(muni: Municipality, today: dt.date, language: str) -> str:
    """"Slutdatum nämns inte i källan för Lessebo.": the end asked of a kommun whose agreement read first has none in
    its source (and does not run until further notice by design), said before the periods; "" otherwise."""
    first = next(iter(by_relevance(muni.agreements, today)), None)
    if first is None or first.end is not None or until_further_notice(first) or any(
            _UNTIL_FURTHER_NOTICE.search(fold(note)) for note in (first.signed_note, first.signed_note_en)):
        return ""  # (a note on signing that says it runs until further notice tells the end as it is)
    return pick(language, f"Slutdatum nämns inte i källan för {muni.name}.",
                f"The end date is not mentioned in the source for {muni.name}.")


KIND_NAMES = {
    "samverkansoverenskommelse": ("samverkansöverenskommelse", "cooperation agreement"),
    "medborgarlofte": ("medborgarlöfte", "citizen promise"),
}


def status(agreement: Agreement, today: dt.date) -> str:
    """in_force, ended, not_started or open (no end given)."""
    if agreement.end and today > agreement.end.last_day():
        return "ended"
    if agreement.start and today < agreement.start.first_day():
        return "not_started"
    if agreement.signed and today < agreement.signed.first_day() and not agreement.start:
        return "not_started"
    return "in_force" if agreement.end else "open"


def span(agreement: Agreement, language: str) -> str:
    start, end = agreement.start, agreement.end
    plain = lambda d: d.month is None  # noqa: E731 - tiny local helper
    if start and end and plain(start) and plain(end):
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    parts = []
    if start:
        parts.append(pick(language, f"från {start.format('sv')}", f"from {start.format('en')}"))
    elif agreement.signed:
        parts.append(pick(language, f"från {agreement.signed.format('sv')}",
                          f"from {agreement.signed.format('en')}"))
    if end:
        parts.append(pick(language, f"till {end.format('sv')}", f"until {end.format('en')}"))
    said = " ".join(parts)
    if start and end and start.year != end.year:
        # The years first, as residents and the agreements' own titles name a period ("2018–2019"), then the days
        return f"{start.year}–{end.year}, {said}"  # commas, as it often stands inside a bracket of its own
    return said or pick(language, "perioden framgår inte av källan", "period not given")


def years_long(agreement: Agreement, language: str) -> str:
    """"Perioden är fyra år.": the length of a period, counted as the agreements count them, from the first day its
    start can mean to the last day its end can (2020–2023 is four years; 1 juli 2023 to 31 december 2026 three and a
    half); in whole months, when both ends are given as years or both to the day; else "" (from June to May may be
    any days of those months, "från 2023 till 30 september 2027" may start in any month of 2023, and "från 1 januari
    2019 till 2023" may end as 2023 begins), as it is when a day inside a month starts or ends it."""
    start, end = agreement.start, agreement.end
    if not (start and end) or {d.month is None for d in (start, end)} != {True} and (start.day is None or end.day is None):
        return ""
    first, last = start.first_day(), end.last_day()
    if first.day != 1 or (last + dt.timedelta(days=1)).day != 1 or last < first:
        return ""
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    n, rest = divmod(months, 12)
    sv, en = SAID_NUMBERS
    if rest == 0:
        return pick(language, f"Perioden är {sv.get(n, str(n))} år.",
                    f"The period is {en.get(n, str(n))} year{'s' if n > 1 else ''}.")
    if rest == 6:
        return pick(language, f"Perioden är {sv.get(n, str(n)) + ' och ' if n else ''}ett halvt år.",
                    f"The period is {en.get(n, str(n)) + ' and a half years' if n else 'half a year'}.")
    said_sv = ("en månad" if rest == 1 else f"{sv.get(rest, str(rest))} månader")
    said_en = f"{en.get(rest, str(rest))} month{'s' if rest > 1 else ''}"
    if n:
        said_sv = f"{sv.get(n, str(n))} år och {said_sv}"
        said_en = f"{en.get(n, str(n))} year{'s' if n > 1 else ''} and {said_en}"
    return pick(language, f"Perioden är {said_sv}.", f"The period is {said_en}.")


def titled(agreement: Agreement, language: str, capital: bool = False) -> str:
    """"medborgarlöfte 2023–2024" as a heading; an agreement the source gives no period for is
    "(perioden framgår inte av källan)", never "medborgarlöfte period anges inte"."""
    years = span(agreement, language) if agreement.start or agreement.end or agreement.signed else pick(
        language, "(perioden framgår inte av källan)", "(the source gives no period)")
    return f"{agreement_name(agreement, language, capital=capital)} {years}"


def neuter(agreement: Agreement) -> bool:
    """Ett medborgarlöfte (det, ett nytt), en samverkansöverenskommelse (den, en ny)."""
    return agreement.kind == "medborgarlofte"


def _ask_for_a_new_one(agreement: Agreement) -> str:
    return "fråga kommunen om ett nytt har tecknats" if neuter(agreement) else \
        "fråga kommunen om en ny har tecknats"


def status_phrase(agreement: Agreement, today: dt.date, language: str, ask: bool = True) -> str:
    """The status after the period; `ask=False` when a closing paragraph (ended.py) says whom to ask."""
    state = status(agreement, today)
    return {
        "in_force": pick(language, "gäller fortfarande", "still in force"),
        # Always with what to do about it: an ended agreement may well have a successor we lack.
        "ended": pick(language, f"har upphört; {_ask_for_a_new_one(agreement)}",
                      "has ended; ask the municipality whether a new one has been signed")
        if ask else pick(language, "har upphört", "has ended"),
        "not_started": pick(language, "har inte börjat gälla än", "has not started yet"),
        # Agreements usually run three or four years: without an end date nobody here knows whether
        # it still holds, so say how old the knowledge is and whom to ask.
        "open": open_phrase(agreement, language, ask),
    }[state]


_UNTIL_FURTHER_NOTICE = re.compile(r"\btills?\s*vidare\b|\buntil further notice\b")


def until_further_notice(agreement: Agreement) -> bool:
    """Its title or the source's words say it runs "tills vidare" (Ale, Mellerud, Mora): open by design."""
    return any(_UNTIL_FURTHER_NOTICE.search(fold(text)) for text in (agreement.title, agreement.title_en, agreement.quote))


def open_phrase(agreement: Agreement, language: str, ask: bool = True) -> str:
    since = agreement.source_date
    it = "det" if neuter(agreement) else "den"
    if until_further_notice(agreement):  # no end date by design: said so, not as a gap in the source
        return pick(language, "gäller tills vidare enligt källan", "runs until further notice, according to the source")
    if not ask:  # whom to ask follows in a closing paragraph (bot/answering/ended.py)
        return (pick(language, f"slutdatum framgår inte av källan ({since.format('sv')})",
                     f"the source ({since.format('en')}) gives no end date") if since else
                pick(language, "slutdatum framgår inte av källan", "the source gives no end date"))
    if since is None:
        return pick(language, f"slutdatum framgår inte av källan; fråga kommunen om {it} fortfarande gäller",
                    "the source gives no end date; ask the municipality whether it still applies")
    # The source's date, not "från …": beside a period that starts the same month it read as a
    # second start ("från december 2023, slutdatum anges inte i källan från december 2023").
    return pick(language, f"slutdatum framgår inte av källan ({since.format('sv')}); fråga kommunen om {it} "
                          f"fortfarande gäller",
                f"the source ({since.format('en')}) gives no end date; ask the municipality whether it "
                f"still applies")


def status_sentence(agreement: Agreement, today: dt.date, language: str, ask: bool = True) -> str:
    """The status as a sentence of its own: "Den gäller fortfarande." / "Det har upphört; …" (a
    medborgarlöfte is ett, a samverkansöverenskommelse en) / "It is still in force."; `ask=False`
    when a closing paragraph says whom to ask."""
    state = status(agreement, today)
    if state == "open":
        phrase = open_phrase(agreement, language, ask)
        return phrase[:1].upper() + phrase[1:] + "."
    it = "Det" if neuter(agreement) else "Den"
    verbs = {"in_force": (f"{it} gäller fortfarande", "It is still in force"),
             "ended": (f"{it} har upphört; {_ask_for_a_new_one(agreement)}",
                       "It has ended; ask the municipality whether a new one has been signed") if ask else
             (f"{it} har upphört", "It has ended"),
             "not_started": (f"{it} har inte börjat gälla än", "It has not started yet")}
    return pick(language, *verbs[state]) + "."


def agreement_name(agreement: Agreement, language: str, capital: bool = False) -> str:
    sv, en = KIND_NAMES[agreement.kind]
    name = pick(language, sv, en)
    return name[:1].upper() + name[1:] if capital else name


_KIND_SYNONYMS = {"samverkansoverenskommelse": ("samverkansavtal", "samverkansoverenskommelser"),
                  "medborgarlofte": ("medborgarlöften",)}
_YEARS = re.compile(r"\s*\b\d{4}(?:\s*(?:[–/-]|och|and)\s*\d{2,4})?\b")


_TELLING_ADJECTIVES = frozenset(("strategisk", "operativ", "strategic", "operational"))
_ADJECTIVES_EN = {"strategisk": "strategic", "operativ": "operational"}  # a title with no English of its own
# "Fyraårig", "Förnyad", "Four-year", "Renewed": how long or that it was renewed, kept as the others are.
_TIME_OR_RENEWAL = ("arig", "-year", "nyad", "newed")


_OPEN_END = re.compile(r"(?:\s*\b(?:och|and|from|fran|från)\b)*\s*\b(?:tills?\s*vidare|until further notice)\b", re.I)
_FUNCTION_WORDS = frozenset(("for", "och", "i", "in", "of", "and", "till", "to", "samt", "the", "med", "with", "fran", "from"))


def distinguishing_title(muni: Municipality, agreement: Agreement, language: str) -> str:
    """What tells this agreement from the municipality's others of the same kind ("Hisings Backa"
    for Göteborg's four medborgarlöften), from its title without the kind's word and the years
    the period already says; "" when it is the only one of its kind or its title tells nothing."""
    if sum(1 for a in (*muni.agreements, *muni.left_out) if a.kind == agreement.kind) < 2:
        return ""
    title = _YEARS.sub("", pick(language, agreement.title, agreement.title_en or agreement.title)).strip(" ,–-:")
    # The kind's word with its endings ("Medborgarlöftet", "2021 års medborgarlöfte"), never cut inside a word.
    # A synonym of the kind opens the title too ("Samverkansavtal mellan …", "Cooperation agreement between …").
    words = "|".join(re.escape(fold(word)) for word in (*KIND_NAMES[agreement.kind], *_KIND_SYNONYMS[agreement.kind]))
    # An adjective may stand before it ("Gemensamma medborgarlöften"); "strategisk" and "operativ" tell
    # Höör's two samverkansöverenskommelser apart and are kept, in brackets after the kind's name.
    # So may one of time or renewal ("Fyraårig", "Förnyad", "Four-year", "Renewed"), which the period says.
    kind = re.match(rf"(ars\s+|([a-z]+(?:isk|iska|iv|iva|a|al|ig|ad|ade)|[a-z]+-year|[a-z]+ed)\s+)?({words})\w*\b",
                    fold(title))
    kept = ""
    if kind:
        if kind.group(2) in _TELLING_ADJECTIVES or (kind.group(2) or "").endswith(_TIME_OR_RENEWAL):
            word = title[:len(kind.group(2))].lower()
            kept = f"({pick(language, word, _ADJECTIVES_EN.get(word, word))})"
        title = title[kind.end():].strip(" ,–-:")
    # "Ale 2024 och tills vidare" without its years is "Ale och tills vidare": an open end the period says.
    title = _OPEN_END.sub("", title).strip(" ,–-:")
    # "för Laholms kommun", "i Hjo": a title that only names the municipality tells nothing.
    name = re.escape(fold(muni.name))
    # Nor does one that names the parties ("mellan polisen och Höörs kommun"): the answer says who they are.
    if (re.fullmatch(rf"((for|i|in|of)\s+)?{name}s?(\s+(kommun|stad|municipality))?", fold(title))
            or re.match(r"((for|of)\s+)?(mellan|between)\b", fold(title))):
        return kept
    # "Medborgarlöfte för 2024 och 2025" without its years is "för och": nothing to tell it by.
    if all(word in _FUNCTION_WORDS for word in re.findall(r"\w+", fold(title))):
        return kept
    return f"{kept} {title}".strip()


def agreement_line(agreement: Agreement, today: dt.date, language: str,
                   muni: Municipality | None = None, ask: bool = True) -> str:
    label = distinguishing_title(muni, agreement, language) if muni is not None else ""
    name = f"{agreement_name(agreement, language, capital=True)}{' ' + label if label else ''}"
    if not (agreement.start or agreement.end or agreement.signed):
        # No period at all: one plain clause, not "period anges inte, slutdatum anges inte i källan".
        since = agreement.source_date
        clause = (pick(language, f"perioden framgår inte av källan ({since.format('sv')})",
                       f"the source ({since.format('en')}) gives no period") if since else
                  pick(language, "period och datum framgår inte av källan", "the source gives neither a period nor a date"))
        it = "det" if neuter(agreement) else "den"
        asked = pick(language, f"; fråga kommunen om {it} gäller", "; ask the municipality whether it applies")
        return f"{name}, {clause}{asked if ask else ''}"
    return f"{name} {span(agreement, language)}, {status_phrase(agreement, today, language, ask)}"


_STATUS_ORDER = {"in_force": 0, "not_started": 1, "open": 2, "ended": 3}


def by_relevance(agreements: Iterable[Agreement], today: dt.date) -> list[Agreement]:
    """In force first, then those not started, without an end date, and ended; newest first within
    each: a resident asking what applies should not read history first."""
    def newest(a: Agreement) -> int:
        date = a.end or a.start or a.signed or a.source_date
        return -date.last_day().toordinal() if date else 0
    return sorted(agreements, key=lambda a: (_STATUS_ORDER[status(a, today)], newest(a)))


def date_text(date: PartialDate | dt.date, language: str) -> str:
    if isinstance(date, dt.date):
        date = PartialDate(date.year, date.month, date.day)
    return date.format(language)
