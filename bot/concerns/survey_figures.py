"""What of the trygghetsmätning may be shown: the one rule every view reads (the lägesbild in every
format, the console's pages, the command line).

The store keeps counts only: (municipality, quarter, locality, question, value) → how many. Every
figure shown, an index or a number of answers, is computed here from those counts, and the rule
below decides which counts a figure may include. With MIN_ANSWERS = 10:

1. Only whole quarters that have ended count. A period touches quarters, and a figure covers those
   quarters whole. The quarter still running is never shown: its figures would change one answer at
   a time, and yesterday's page minus today's would be the answers that came in between.
2. A quarter counts only when the municipality had at least 10 answers in it. A quarter with fewer
   counts nowhere: not in the total, not in a trend row, not under a locality, and its number is
   not shown (0 and 1–9 look the same).
3. In a quarter that counts, a locality is shown when it had at least 10 answers in that quarter,
   unless the quarter's other answers (no locality given, localities not shown) would then number
   1–9: then the smallest shown locality is hidden too, until they number 0 or at least 10.

So every counted quarter splits into parts (each shown locality, and the rest) of 0 or at least 10
answers, decided from that quarter's answers alone, and the same whatever period was asked for. Every
figure of every period is a sum of whole parts: the difference between any two figures, a total and
the localities under it, or two periods that overlap, is again a sum of whole parts, so it covers 0
or at least 10 answers and can never single out fewer than 10 residents.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.answering.knowledge import Municipality
from bot.concerns.survey import MIN_ANSWERS, QUESTIONS, SCALE, SOURCE_TITLE, SOURCE_URL, number, quarters_between
from bot.dates import quarter_of

if TYPE_CHECKING:
    from bot.storage.base import Store
    from bot.storage.records import SurveyCount

FEW = "för få svar"
FEW_COUNT = f"färre än {MIN_ANSWERS}"
RUNNING = "pågår"


def points(value: int) -> float:
    """An answer of 1–6 on the police survey's index scale, 0–6: (answer − 1) × 6/5."""
    return (value - 1) * 6 / (SCALE - 1)


@dataclass(frozen=True)
class Tally:
    """Answers of a group of residents: how many residents, and per question how many answers and
    their sum on the index scale."""

    residents: int = 0
    given: dict[str, tuple[int, float]] = field(default_factory=dict)

    def __add__(self, other: Tally) -> Tally:
        given = dict(self.given)
        for question, (count, total) in other.given.items():
            before = given.get(question, (0, 0.0))
            given[question] = (before[0] + count, before[1] + total)
        return Tally(self.residents + other.residents, given)

    def index(self, question: str | None = None) -> float | None:
        """The mean of the answers on the 0–6 scale, of one question or of all. Every resident
        answers every question, so the mean of all answers is the mean of the residents' own means."""
        if question is None:
            chosen = list(self.given.values())
        else:
            chosen = [self.given[question]] if question in self.given else []
        count = sum(c for c, _ in chosen)
        return sum(t for _, t in chosen) / count if count else None


def total_of(tallies: Iterable[Tally]) -> Tally:
    found = Tally()
    for tally in tallies:
        found = found + tally
    return found


def tallies_of(counts: Iterable[SurveyCount]) -> dict[tuple[str, str], Tally]:
    """(quarter, locality) → its Tally. A group's residents are its answers to the question most
    answered (every resident answers every question)."""
    given: dict[tuple[str, str], dict[str, tuple[int, float]]] = {}
    for locality, quarter, question, value, answers in counts:
        if not answers:
            continue
        block = given.setdefault((quarter, locality), {})
        count, total = block.get(question, (0, 0.0))
        block[question] = (count + answers, total + answers * points(value))
    return {key: Tally(max(c for c, _ in block.values()), block) for key, block in given.items()}


@dataclass(frozen=True)
class Quarter:
    """One quarter as the rule releases it: `total` and `localities` only when `counted`."""

    name: str
    running: bool
    total: Tally
    localities: dict[str, Tally]

    @property
    def counted(self) -> bool:
        return not self.running and self.total.residents >= MIN_ANSWERS


def release(name: str, running: bool, groups: dict[str, Tally]) -> Quarter:
    """The rule, for one quarter's answers by locality ("" not given): see the module's docstring."""
    total = total_of(groups.values())
    if running or total.residents < MIN_ANSWERS:
        return Quarter(name, running, Tally(), {})
    shown = {place: tally for place, tally in groups.items() if place and tally.residents >= MIN_ANSWERS}
    while shown and 0 < total.residents - sum(t.residents for t in shown.values()) < MIN_ANSWERS:
        del shown[min(shown, key=lambda place: (shown[place].residents, place))]
    return Quarter(name, False, total, shown)


@dataclass(frozen=True)
class Aggregate:
    """A row of a table: a name, the answers it counts and its index (None: nothing to show)."""

    name: str
    answers: int | None
    index: float | None
    note: str = FEW

    @property
    def shown(self) -> str:
        return number(self.index) if self.index is not None else self.note

    @property
    def counted(self) -> str:
        return str(self.answers) if self.answers is not None else FEW_COUNT if self.note == FEW else "–"


@dataclass(frozen=True)
class SurveyReport:
    """The survey's figures for one municipality and period, as the rule releases them."""

    municipality: str
    total: Aggregate
    questions: list[Aggregate]
    quarters: list[Aggregate]
    localities: list[Aggregate]

    @property
    def enough(self) -> bool:
        return self.total.index is not None

    def lines(self) -> list[str]:
        if not self.enough:
            return [f"Inget avslutat kvartal under perioden har minst {MIN_ANSWERS} svar i trygghetsmätningen, "
                    "så inga siffror visas. Innevarande kvartal visas när det är slut."]
        return [f"Trygghetsindex {self.total.shown} ({self.total.answers} svar) på polisens skala 0–6, där 0 är "
                "”närmast obefintligt problem” och 6 ”alarmerande påtagligt problem”: lägre är bättre.",
                f"Bara avslutade kvartal med minst {MIN_ANSWERS} svar räknas. En ort visas bara för de kvartal "
                f"där den har minst {MIN_ANSWERS} svar och kvartalets övriga svar är inga eller minst "
                f"{MIN_ANSWERS}, så att ingen skillnad mellan två siffror visar färre än {MIN_ANSWERS} svar."]

    def question_table(self) -> tuple[list[str], list[list[str]]] | None:
        if not self.enough:
            return None
        rows = [[q.name, q.counted, q.shown] for q in self.questions]
        rows += [[f"Ort: {a.name}", a.counted, a.shown] for a in self.localities]
        return ["Fråga eller ort", "Svar", "Index (0–6)"], rows

    def trend_table(self) -> tuple[list[str], list[list[str]]] | None:
        if not self.enough:
            return None
        return ["Kvartal", "Svar", "Index (0–6)"], [[a.name, a.counted, a.shown] for a in self.quarters]

    def about(self) -> str:
        """The note under Om underlaget: what is stored, where the questions come from, and the rule."""
        return (f"Trygghetsmätning: {self.total.answers or 0} svar från chatten ingår. Svaren sparas bara som "
                "antal (hur många i kommunen som gav varje svar på varje fråga, per kvartal och frivillig ort), "
                "utan koppling till invånare, tid eller ordning. Frågorna följer "
                f"{SOURCE_TITLE} ({SOURCE_URL}). Varje fråga besvaras från 1 (mycket trygg eller inget problem) "
                "till 6 (mycket otrygg eller mycket stort problem). Indexet flyttar svaren till polisens skala "
                "0–6, där lägre är bättre: 1 blir 0, 6 blir 6 och varje steg däremellan är 1,2; sedan tas "
                "medelvärdet (två svar, 2 och 3, ger alltså 1,8). Svaren är självvalda, inte ett "
                "slumpmässigt urval, och kan därför inte jämföras rakt av med polisens mätning. Så skyddas de "
                "som svarar: bara hela kvartal som har avslutats räknas, och bara de där kommunen fick minst "
                f"{MIN_ANSWERS} svar; ett kvartal med färre räknas inte alls och dess antal visas inte. En ort "
                f"visas för ett kvartal bara om den fick minst {MIN_ANSWERS} svar då och kvartalets övriga svar "
                f"(utan ort eller från orter som inte visas) är inga eller minst {MIN_ANSWERS}; annars döljs den "
                "minsta av orterna också. Varje "
                "siffra, för vilken period som helst, är alltså en summa av sådana delar med minst "
                f"{MIN_ANSWERS} svar, så skillnaden mellan två siffror, också mellan två perioder som "
                f"överlappar, kan aldrig visa färre än {MIN_ANSWERS} personers svar.")


def summarise(municipality: str, quarters: list[Quarter]) -> SurveyReport:
    counted = [q for q in quarters if q.counted]
    total = total_of(q.total for q in counted)

    def row(name: str, tally: Tally, question: str | None = None) -> Aggregate:
        return Aggregate(name, tally.residents, tally.index(question)) if tally.residents else \
            Aggregate(name, None, None)

    by_quarter = [row(q.name, q.total) if q.counted else
                  Aggregate(q.name, None, None, f"{RUNNING}, visas när kvartalet är slut" if q.running else FEW)
                  for q in quarters]
    places = sorted({place for q in counted for place in q.localities})
    localities = [row(place, total_of(q.localities[place] for q in counted if place in q.localities))
                  for place in places]
    questions = [row(question.text, total, question.id) for question in QUESTIONS]
    return SurveyReport(municipality, row(municipality, total), questions, by_quarter, localities)


async def report(db: Store, municipality: Municipality, since: dt.date, until: dt.date,
                 today: dt.date) -> SurveyReport:
    """The figures of the quarters the period touches, whole, as the rule releases them."""
    names = quarters_between(since, until)
    current = quarter_of(today)
    tallies = tallies_of(await db.survey_counts(municipality.id, names))
    quarters = [release(name, name >= current,
                        {place: tally for (quarter, place), tally in tallies.items() if quarter == name})
                for name in names]
    return summarise(municipality.name, quarters)
