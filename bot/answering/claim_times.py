"""A claim's time checked against the entry's agreements (claims.py): the year claimed ("skrevs under 2019",
"gäller till 2025"), whether they have ended, and a signing claimed by its month or weekday ("skrevs under en
fredag i januari"), answered with the date the entry gives."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from bot.answering import aspects, claim_rates, ended, periods
from bot.answering.compose import pick
from bot.answering.knowledge import Agreement, Municipality
from bot.answering.passage_kinds import NOT_WHERE
from bot.answering.passages import Passage
from bot.dates import MONTHS_EN, MONTHS_SV, PartialDate
from bot.text import fold, tokens

Result = tuple[str, str, list[str]]

# A month by its name in either language, folded ("mars", "March"); "may" only after "in" (else a verb).
MONTHS = {fold(name): i + 1 for names in (MONTHS_SV, MONTHS_EN) for i, name in enumerate(names)}
MONTH_AFTER = frozenset(("i", "in", "pa", "under", "av", "of", "bade", "early", "late", "mid", "slutet", "borjan", "mitten"))
# Weekdays by their stems, so that "fredagen", "måndags", "Tuesdays" are read too; Monday is 0 as in datetime.
WEEKDAY_STEMS = (("mandag", "monday"), ("tisdag", "tuesday"), ("onsdag", "wednesday"), ("torsdag", "thursday"),
                 ("fredag", "friday"), ("lordag", "saturday"), ("sondag", "sunday"))
# Words of a claim about when an agreement began ("började 2018", "är från 2019", "since 2015", "started in"):
# the year is its start's (or, with no start, its signing's), not any year it was in force.
STARTS = frozenset(("borjade", "borjat", "borjar", "startade", "startat", "startar", "fran", "sedan", "sen",
                    "began", "begun", "begin", "begins", "start", "started", "starts", "since", "from",
                    "inleddes", "infordes", "first", "forsta",
                    # "fick sitt avtal 2019", "got its agreement in 2019": when it was had first, not a subject
                    "fick", "fatt", "got", "received"))
WEEKDAYS_SV = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _months(toks: list[str]) -> set[int]:
    return {MONTHS[t] for i, t in enumerate(toks) if t in MONTHS and (t != "may" or toks[i - 1:i] == ["in"])}


def _weekdays(toks: list[str]) -> set[int]:
    return {day for t in toks for day, stems in enumerate(WEEKDAY_STEMS) if t.startswith(stems)}


def dated(toks: list[str]) -> bool:
    """A month or a weekday named ("i augusti", "en måndag", "on a Friday"): a signing said with it is a
    claim of when, which the entry's signing dates settle."""
    return bool(_months(toks) or _weekdays(toks))


def began(words: Sequence[str], about_end: bool) -> bool:
    """A claim of when it began ("började 2018", "since 2015"), unless also of its end ("från 2020 till 2024")."""
    return not about_end and bool(STARTS & set(words))


def _years(agreement: Agreement) -> str:
    """" 2023–2024", " 2023" or "": the agreement's years, named beside it (its dates come in the sentence)."""
    start, end = agreement.start, agreement.end
    if start is None:
        return ""
    return f" {start.year}" if end is None or end.year == start.year else f" {start.year}–{end.year}"


def signing_date(toks: list[str], year: int | None, muni: Municipality, language: str) -> Result | None:
    """A signing claimed by its month or its weekday ("skrevs under en fredag i januari", "signed in August"):
    "Nej" unless an agreement the entry dates to the day (the weekday) or the month was signed so, then the
    dates the entry gives. None when the claim names neither, or no signing the entry dates can settle it."""
    months, days = _months(toks), _weekdays(toks)
    if not months and not days:
        return None
    signed = [a for a in muni.agreements if a.signed is not None and a.signed.month is not None
              and (not days or a.signed.day is not None)]
    if year is not None:
        signed = [a for a in signed if a.signed is not None and a.signed.year == year] or signed
    if not signed:
        return None
    true = any((not months or a.signed.month in months)
               and (not days or a.signed.first_day().weekday() in days) for a in signed if a.signed is not None)
    lead = (pick(language, "Ja, det stämmer.", "Yes, that is right.") if true
            else pick(language, "Nej, det stämmer inte.", "No, that is not right."))
    lines: list[str] = []
    for a in signed:
        assert a.signed is not None
        weekday = ""
        if days and a.signed.day is not None:
            weekday = pick(language, f" (en {WEEKDAYS_SV[a.signed.first_day().weekday()]})",
                           f" (a {WEEKDAYS_EN[a.signed.first_day().weekday()]})")
        named = f"{periods.agreement_name(a, language)}{_years(a)}"
        on = "den " if a.signed.day is not None else ""
        sv = (f"Enligt källan skrevs {named} under" if not lines else f"{named[:1].upper()}{named[1:]} skrevs under")
        en = (f"According to the source, the {named} was signed" if not lines else f"The {named} was signed")
        lines.append(pick(language, f"{sv} {on}{a.signed.format('sv')}{weekday}.",
                          f"{en} {'on ' if a.signed.day else 'in '}{a.signed.format('en')}{weekday}."))
    return f"{lead} " + " ".join(lines), "period", list(dict.fromkeys(a.source_id for a in signed))


def year_claim(year: int | None, signing: bool, about_end: bool, muni: Municipality, language: str,
               today: dt.date, about_start: bool = False, words: Sequence[str] = ()) -> Result:
    """A year checked against the agreements' own: when they were signed (when no signing date is
    given, when they began), when they end, when they began (else were signed), or any of their dates.
    A wrong year is not repeated. `words`: the claim's, where "löftena 2023–2024" names the agreement signed
    by its period, whose first year is the one a signing is held against."""
    if signing and year is not None:
        year = next((int(a) for a, b in zip(words, words[1:]) if a.isdigit() and b == str(year)
                     and int(a) < year <= int(a) + 5), year)
    dates: list[PartialDate | None]
    if about_start and not signing:  # "började 2020": a year it was merely in force is not its start
        dates = [a.start or a.signed for a in muni.agreements]
    elif signing:
        dates = [a.signed for a in muni.agreements if a.signed] or [a.start for a in muni.agreements]
    elif about_end:
        dates = [a.end for a in muni.agreements]
    else:
        dates = [d for a in muni.agreements for d in (a.start, a.end, a.signed)]
    true = any(d is not None and d.year == year for d in dates) or (
        not signing and not about_end and not about_start and any(within(year or 0, a) for a in muni.agreements))
    if true and not (signing or about_end or about_start) and year is not None and only_the_year(words, year):
        # "gällde bara under 2023", "was only for 2023": the whole period claimed to be that year, which an agreement
        # of several years it merely falls in does not bear out (its own years are said after the no)
        true = any(a.start is not None and a.start.year == year and (a.end is None or a.end.year == year)
                   for a in muni.agreements)
    lead = (pick(language, f"Ja, {year} stämmer med källan.", f"Yes, {year} agrees with the source.") if true
            else pick(language, "Nej, det stämmer inte. Enligt källan gäller:",
                              "No, that is not right. According to the source:"))
    return period_of(lead, muni, language, today)


# Words that make a year the whole period ("bara under 2023", "only for 2023", "endast 2023").
_ONLY_YEAR = frozenset(("bara", "endast", "enbart", "only", "just", "solely"))
_BEFORE_YEAR = frozenset(("under", "for", "in", "i", "ar", "aret", "year", "the", "during", "fran", "from",
                          # its verb between ("bara gällde 2023", "only ran in 2023")
                          "galler", "gallde", "gallt", "loper", "lopte", "varar", "varade", "ran", "runs", "run",
                          "lasted", "was", "is", "applied", "covered"))


def only_the_year(words: Sequence[str], year: int) -> bool:
    """An only-word before the year, with at most two words of when between ("bara under 2023", "only for the year
    2023"): the year claimed as the agreement's whole period, not one it falls in."""
    words = list(words)
    for i, word in enumerate(words):
        if word == str(year):
            before = words[max(0, i - 3):i]
            cut = next((j for j in range(len(before) - 1, -1, -1) if before[j] not in _BEFORE_YEAR), None)
            if cut is not None and before[cut] in _ONLY_YEAR:
                return True
    return False


# What joins a period's two years ("2019 till 2021", "from 2019 to 2021", "2019–2021" read as two tokens).
PERIOD_JOINS = frozenset(("till", "to", "until", "through", "tom", "thru"))
# The words a claim of a period alone may hold besides its years ("covers", "gäller", "löper", "valid", "spans"):
# a period beside a subject ("2024–2027 handlar om turism") is the subject's claim.
PERIOD_WORDS = frozenset(("galler", "gallde", "gallt", "loper", "lopte", "stracker", "omfattar", "omfattade", "avser",
                          "covers", "covered", "cover", "spans", "spanned", "span", "runs", "ran", "run", "valid",
                          "lasts", "lasted", "applies", "applied", "force", "kraft", "period", "perioden", "is", "was"))


def period_alone(words: Sequence[str]) -> bool:
    """The claim's content words (claims.py's `words`) say nothing but a period's ("covers", "gäller")."""
    return all(w in PERIOD_WORDS or w in STARTS or w.isdigit() for w in words)


def claimed_period(words: Sequence[str]) -> tuple[int, int] | None:
    """A period the claim puts on an agreement: two years, the first earlier, side by side or joined by "till" or
    "to" ("gäller 2019–2021", "covers 2010 to 2012", "löper 2015 till 2017"); else None."""
    years = [(i, int(w)) for i, w in enumerate(words) if w.isdigit() and len(w) == 4 and 2000 <= int(w) <= 2100]
    for (i, first), (j, last) in zip(years, years[1:]):
        if first < last and (j == i + 1 or j == i + 2 and words[i + 1] in PERIOD_JOINS):
            return first, last
    return None


def period_claim(period: tuple[int, int], muni: Municipality, language: str, today: dt.date) -> Result:
    """A claimed period checked whole: "Ja" only when an agreement of the entry runs from its first year (its start,
    else its signing) to its last, never for one of its years alone ("gäller 2016–2018" of one that ended 2018 is
    no); then the agreements' own periods. A wrong period is not repeated."""
    first, last = period
    true = any((a.start or a.signed) is not None and (a.start or a.signed).year == first  # type: ignore[union-attr]
               and a.end is not None and a.end.year == last for a in muni.agreements)
    lead = (pick(language, f"Ja, {first}–{last} stämmer med källan.", f"Yes, {first}–{last} agrees with the source.")
            if true else pick(language, "Nej, det stämmer inte. Enligt källan gäller:",
                              "No, that is not right. According to the source:"))
    return period_of(lead, muni, language, today)


# "inte efter 2022", "not before 2020": a bound of the period, not the year it applies in.
BOUNDS = frozenset(("efter", "after", "fore", "before", "innan", "sedan", "since", "fran", "from", "tills", "till", "until"))


def denied_in(year: int | None, denied: bool, words: Sequence[str], muni: Municipality) -> bool:
    """"Kungsör har väl inget medborgarlöfte för 2024?" of a kommun with one in force that year: the denial
    is false, and the agreement is said (not the year "confirmed")."""
    return year is not None and denied and not BOUNDS & set(words) and any(within(year, a) for a in muni.agreements)


def within(year: int, agreement: Agreement) -> bool:
    """"Gäller Lunds avtal 2025?": the year falls in its period (from its start, else its signing,
    to its end; with no end given, any year from the start)."""
    begins = agreement.start or agreement.signed
    return begins is not None and begins.year <= year and (agreement.end is None or year <= agreement.end.year)


def over(muni: Municipality, language: str, today: dt.date) -> Result:
    """"Vellinges avtal har upphört": yes only when every agreement of the entry has ended."""
    true = all(periods.status(a, today) == "ended" for a in muni.agreements)
    lead = (pick(language, "Ja, enligt källan har det upphört:", "Yes, according to the source it has ended:")
            if true else pick(language, "Nej, det stämmer inte. Enligt källan gäller:",
                                      "No, that is not right. According to the source:"))
    return period_of(lead, muni, language, today)


def period_of(lead: str, muni: Municipality, language: str, today: dt.date) -> Result:
    return (f"{lead}\n{aspects.period(muni, today, language)}", "period",
            [a.source_id for a in muni.agreements] + ended.source_ids(muni, today))


def length(toks: list[str], muni: Municipality, language: str, today: dt.date) -> Result | None:
    """A length in years put on the agreement ("gäller i tio år", "runs for five years"): "Nej" when no
    agreement of the entry is that long by its period or its own words, then the periods and the entry's own
    sentence on its length; None when the claim names no length or the entry gives none to check it by."""
    claimed = claim_rates.claimed_years(toks)
    known = {n for a in muni.agreements for n in claim_rates.lengths(a)}
    # A period whose ends have no whole years ("från mars 2024 till 2027") is three or four years long: a length
    # outside what any agreement could be ("gäller i tio år") is still wrong, one inside it is left to the period.
    possible = known | {n for a in muni.agreements for n in claim_rates.possible_lengths(a)}
    if not claimed or not possible or not known and claimed & possible:
        return None
    true = bool(claimed & known)
    lead = (pick(language, "Ja, det stämmer med källan.", "Yes, that agrees with the source.") if true
            else pick(language, "Nej, det stämmer inte.", "No, that is not right."))
    said = [f"”{s}”" for a in muni.agreements for s in claim_rates.own_sentences(a)]
    own = pick(language, " Källan skriver: ", " The source says: ") + " ".join(said) if said else ""
    text, topic, ids = period_of(lead + own, muni, language, today)
    return text, topic, ids


def own_places(muni: Municipality, claimed: Sequence[str], found: Sequence[tuple[float, Passage]]
               ) -> list[tuple[float, Passage]]:
    """Of the passages found for a claim's subject, those that place it in the entry's own localities and name
    none of the places claimed ("trafikkontroller i Dorotea" when Åsele's say "i centrala Åsele och i
    Fredrika"): the places the entry itself names for it correct the claim. [] when none does."""
    localities = {fold(name) for name in muni.localities if fold(name) != fold(muni.name)}
    said = {fold(name) for name in claimed}
    placed = []
    for score, passage in found:
        if passage.kind in NOT_WHERE:
            continue  # "lokalpolisområde Hallsberg" in a party or the signing note is no place of what is done
        words = " ".join(tokens(f"{passage.label} {passage.text}"))
        if any(f" {name} " in f" {words} " for name in said):
            return []  # the claimed place is in what was found: the place check answers
        if any(f" {' '.join(tokens(name))}{end} " in f" {words} " for name in localities for end in ("", "s")):
            placed.append((score, passage))
    return placed[:2]


def with_period(person: Result, words: Sequence[str], muni: Municipality, language: str, today: dt.date) -> Result:
    """Who signed, checked, and a period claimed with it ("skrevs under av X och gäller 2020–2022, va?"): a true
    period names the agreement signed and gets its verdict's line ("2023–2024 stämmer med källan."), a wrong one
    is corrected with the periods; the signers alone when no period is claimed."""
    claimed = claimed_period(words)
    if claimed is None:
        return person
    period = period_claim(claimed, muni, language, today)
    said = period[0].split("\n")[0].removeprefix("Ja, ").removeprefix("Yes, ") \
        if period[0].startswith(("Ja", "Yes")) else period[0]
    said = said[:1].upper() + said[1:]
    return f"{person[0]}\n\n{said}", person[1], list(dict.fromkeys([*person[2], *period[2]]))
