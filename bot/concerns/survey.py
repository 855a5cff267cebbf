"""The trygghetsmätning in the chat: four short questions on a six-point scale, anonymous.

The questions follow the wording of Polisens trygghetsmätning and Brå's NTU as the stored public
pages quote them (knowledge/trygghetsmatning.yaml holds each page's address, title and words). The
index is on the police survey's scale, 0 to 6, where 0 means "närmast obefintligt problem" and 6
"alarmerande påtagligt problem": lower is better. An answer of 1–6 is placed on it as (answer − 1)
× 6/5, a resident's index is the mean of their answers, and a municipality's the mean of its
residents'.

Privacy: an answer is stored with the municipality, the optional locality and the quarter only: no
resident id, no time of day or date, so it cannot be tied to a concern sent just before. A separate
table holds a keyed hash per resident and quarter (the resident hash key, with the quarter in the
message, so the marks of two quarters cannot be linked either): it only stops a second answer, and a
second offer, in the same quarter. Results are shown only for at least MIN_ANSWERS answers.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from bot.answering.knowledge import Municipality
from bot.concerns.intake import Choice, Prompt
from bot.dates import quarter_of
from bot.concerns.limiter import SURVEY
from bot.text import fold

if TYPE_CHECKING:
    from bot.concerns.desk import ConcernDesk
    from bot.storage.base import Store

MIN_ANSWERS = 10
SCALE = 6
AWAITING = "trygghet:"
SOURCE_TITLE = "Polisens trygghetsmätning (lokala trygghetsmätningar) och Brå:s Nationella trygghetsundersökning"
SOURCE_URL = "https://polisen.se/aktuellt/nyheter/2022/oktober/fler-kanner-sig-trygga-ute-sent-pa-kvallen/"
MAX_LOCALITY_BUTTONS = 12


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    text_en: str
    low: str  # what 1 means
    high: str  # what 6 means
    low_en: str
    high_en: str


QUESTIONS: tuple[Question, ...] = (
    Question("ute_sent", "Hur trygg eller otrygg känner du dig om du går ut ensam sent på kvällen i området där "
             "du bor?", "How safe or unsafe do you feel if you go out alone late in the evening in the area "
             "where you live?", "mycket trygg", "mycket otrygg", "very safe", "very unsafe"),
    Question("overfallen", "Hur orolig är du för att bli överfallen eller misshandlad i området där du bor?",
             "How worried are you about being attacked or assaulted in the area where you live?",
             "inte alls orolig", "mycket orolig", "not worried at all", "very worried"),
    Question("skrap_skadegorelse", "Hur stort problem är nedskräpning och skadegörelse i området där du bor?",
             "How big a problem are litter and vandalism in the area where you live?",
             "inget problem", "mycket stort problem", "no problem", "a very big problem"),
    Question("trafik", "Hur stort problem är bilar, mopeder eller motorcyklar som körs för fort eller vårdslöst "
             "i området där du bor?", "How big a problem are cars, mopeds or motorcycles driven too fast or "
             "recklessly in the area where you live?", "inget problem", "mycket stort problem", "no problem",
             "a very big problem"),
)

INTRO = ("Trygghetsmätning: {n} korta frågor om området där du bor, på en skala från 1 till 6. Svaren sparas "
         "utan koppling till dig (bara kommun, ort om du vill och kvartal) och visas bara sammanräknade när "
         "minst {min} har svarat. Du kan svara en gång per kvartal. /avbryt slutar.",
         "Safety survey: {n} short questions about the area where you live, on a scale from 1 to 6. The answers "
         "are stored without any link to you (only municipality, town if you like, and quarter) and shown only "
         "added up once at least {min} people have answered. You can answer once a quarter. /cancel stops.")
THANKS = ("Tack! Dina svar är sparade utan koppling till dig. Resultatet visas för kommunens personal när minst "
          "{min} har svarat.", "Thank you! Your answers are stored without any link to you. Staff see the result "
          "once at least {min} people have answered.")
ALREADY = ("Du har redan svarat på trygghetsmätningen det här kvartalet. Tack! Du kan svara igen nästa kvartal.",
           "You have already answered the safety survey this quarter. Thank you! You can answer again next "
           "quarter.")
OFFER = ("Vill du också svara på {n} korta frågor om hur trygg du känner dig där du bor? Det tar en minut och "
         "svaren sparas utan koppling till dig.", "Would you also answer {n} short questions about how safe you "
         "feel where you live? It takes a minute and the answers are stored without any link to you.")
CHOOSE_MUNICIPALITY = ("Trygghetsmätning: vilken kommun bor du i?", "Safety survey: which municipality do you live in?")
CHOOSE_LOCALITY = ("Vilken ort eller vilket område i {name}? (Frivilligt.)", "Which town or area in {name}? (Optional.)")
SKIP = ("Vill inte ange", "Rather not say")
DECLINED = ("Okej. Skriv /trygghet om du vill svara en annan gång.", "Okay. Send /survey if you want to answer "
            "another time.")
LEFT = ("Trygghetsmätningen avbröts; inget sparades.", "The safety survey was stopped; nothing was stored.")
LIMITED = ("Många svar på trygghetsmätningen har kommit härifrån på kort tid, så dina svar sparades inte. "
           "Försök igen senare.", "Many survey answers have come from here in a short time, so your answers "
           "were not stored. Please try again later.")


def _pick(lang: str, texts: tuple[str, str]) -> str:
    return texts[1] if lang == "en" else texts[0]


def quarter_days(quarter: str) -> tuple[dt.date, dt.date]:
    year, q = int(quarter[:4]), int(quarter[-1])
    first = dt.date(year, 3 * (q - 1) + 1, 1)
    following = dt.date(year + (q == 4), 1 if q == 4 else 3 * q + 1, 1)
    return first, following - dt.timedelta(days=1)


def quarters_between(since: dt.date, until: dt.date) -> list[str]:
    found, day = [], dt.date(since.year, 3 * ((since.month - 1) // 3) + 1, 1)
    while day <= until:
        found.append(quarter_of(day))
        day = quarter_days(quarter_of(day))[1] + dt.timedelta(days=1)
    return found


def index_of(answers: tuple[int | None, ...] | list[int | None]) -> float | None:
    """A respondent's index on the police survey's 0–6 scale: the mean of (answer − 1) × 6/5."""
    given = [a for a in answers if a is not None and 1 <= a <= SCALE]
    if not given:
        return None
    return sum((a - 1) * 6 / (SCALE - 1) for a in given) / len(given)


def mean_index(rows: list[tuple[int | None, ...]]) -> float | None:
    values = [v for v in (index_of(r) for r in rows) if v is not None]
    return sum(values) / len(values) if values else None


def number(value: float) -> str:
    return f"{value:.2f}".replace(".", ",")


# -- the conversation -------------------------------------------------------------------------------


@dataclass
class SurveyState:
    municipality: str = ""
    locality: str | None = None  # None: not asked yet; "": not given
    answers: list[int] = field(default_factory=list)
    offer: bool = False  # only offered so far, after a receipt

    def encode(self) -> str:
        return AWAITING + json.dumps([self.municipality, self.locality, self.answers, self.offer],
                                     ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def decode(cls, awaiting: str | None) -> SurveyState | None:
        if not awaiting or not awaiting.startswith(AWAITING):
            return None
        try:
            municipality, locality, answers, offer = json.loads(awaiting[len(AWAITING):])
            return cls(str(municipality), locality, [int(a) for a in answers], bool(offer))
        except (ValueError, TypeError):
            return None


@dataclass
class Step:
    """What the survey says next, and the state to keep (None: the survey is over)."""

    prompt: Prompt
    state: SurveyState | None


class SurveyDesk:
    """The survey's steps for every channel, and its storage through the concern desk's store."""

    def __init__(self, desk: ConcernDesk) -> None:
        self.desk = desk

    def _municipalities(self) -> dict[str, Municipality]:
        return self.desk.engine.knowledge.municipalities

    def mark(self, channel: str, user_id: int | str, quarter: str) -> str:
        """The keyed hash that stops a second answer in a quarter: not the resident hash."""
        return self.desk.resident(f"trygghet-{quarter}-{channel}", user_id)

    def quarter(self) -> str:
        return quarter_of(self.desk.now().date())

    async def offer(self, channel: str, user_id: int | str, municipality: str, lang: str) -> Step | None:
        """After a receipt: the offer, at most once per resident and quarter (None when not now)."""
        if municipality not in self._municipalities():
            return None
        quarter = self.quarter()
        if not await self.desk.db.survey_offer(self.mark(channel, user_id, quarter), quarter):
            return None
        state = SurveyState(municipality, offer=True)
        return Step(Prompt(_pick(lang, OFFER).format(n=len(QUESTIONS)),
                           [Choice("tm:ja", "Ja, gärna" if lang != "en" else "Yes"),
                            Choice("tm:nej", "Nej tack" if lang != "en" else "No thanks")],
                           step="survey_offer", kind="survey"), state)

    async def start(self, channel: str, user_id: int | str, municipality: str | None, lang: str) -> Step:
        if await self.desk.db.survey_answered(self.mark(channel, user_id, self.quarter())):
            return Step(Prompt(_pick(lang, ALREADY), step="survey_done", kind="survey_done"), None)
        state = SurveyState(municipality if municipality in self._municipalities() else "")
        intro = _pick(lang, INTRO).format(n=len(QUESTIONS), min=MIN_ANSWERS)
        step = self._next(state, lang)
        step.prompt.text = intro + "\n\n" + step.prompt.text
        return step

    async def reply(self, channel: str, user_id: int | str, state: SurveyState, text: str, choice: str | None,
                    lang: str, address: str | None = None) -> Step | None:
        """The next step, or None when the message is not an answer (the survey is then left).
        Answers are stored only within the limits of the resident and the web client's `address`."""
        value = choice or ""
        word = fold(text).strip(" .!")
        if state.offer:
            if value == "tm:ja" or word in ("ja", "yes", "1", "ja garna"):
                return await self.start(channel, user_id, state.municipality, lang)
            if value == "tm:nej" or word in ("nej", "no", "2", "nej tack"):
                return Step(Prompt(_pick(lang, DECLINED), step="survey_declined", kind="survey_done"), None)
            return None
        if not state.municipality:
            chosen = value[5:] if value.startswith("tm:k:") else next(
                (m.id for m in self._municipalities().values() if fold(m.name) == word), "")
            if chosen not in self._municipalities():
                return None
            state.municipality = chosen
            return self._next(state, lang)
        if state.locality is None:
            localities = self._municipalities()[state.municipality].localities
            if value == "tm:o:-" or word in ("vill inte ange", "rather not say", "hoppa over", "skip"):
                state.locality = ""
            elif value.startswith("tm:o:") and value[5:].isdigit() and int(value[5:]) < len(localities):
                state.locality = localities[int(value[5:])]
            else:
                typed = next((name for name in localities if fold(name) == word), None)
                if typed is None:
                    return None
                state.locality = typed
            return self._next(state, lang)
        answer = value[5:] if value.startswith("tm:a:") else word
        if not (answer.isdigit() and 1 <= int(answer) <= SCALE):
            return None
        state.answers.append(int(answer))
        if len(state.answers) < len(QUESTIONS):
            return self._next(state, lang)
        if await self.desk.limiter.admit(SURVEY, channel, user_id, address) > 0:
            return Step(Prompt(_pick(lang, LIMITED), step="survey_done", kind="survey_done"), None)
        quarter = self.quarter()
        stored = await self.desk.db.save_survey(self.mark(channel, user_id, quarter), quarter, state.municipality,
                                                state.locality or "", tuple(state.answers))
        text_done = _pick(lang, THANKS).format(min=MIN_ANSWERS) if stored else _pick(lang, ALREADY)
        return Step(Prompt(text_done, step="survey_done", kind="survey_done"), None)

    def _next(self, state: SurveyState, lang: str) -> Step:
        municipalities = self._municipalities()
        if not state.municipality:
            choices = [Choice(f"tm:k:{m.id}", m.name) for m in sorted(municipalities.values(), key=lambda m: m.name)]
            return Step(Prompt(_pick(lang, CHOOSE_MUNICIPALITY), choices, step="survey_municipality",
                               kind="survey"), state)
        if state.locality is None:
            localities = municipalities[state.municipality].localities
            if not localities:
                state.locality = ""
            else:
                choices = [Choice(f"tm:o:{n}", name) for n, name in enumerate(localities[:MAX_LOCALITY_BUTTONS])]
                choices.append(Choice("tm:o:-", _pick(lang, SKIP)))
                return Step(Prompt(_pick(lang, CHOOSE_LOCALITY).format(name=municipalities[state.municipality].name),
                                   choices, step="survey_locality", kind="survey"), state)
        question = QUESTIONS[len(state.answers)]
        low, high = (question.low_en, question.high_en) if lang == "en" else (question.low, question.high)
        choices = [Choice(f"tm:a:{n}", f"{n} – {low}" if n == 1 else f"{n} – {high}" if n == SCALE else str(n))
                   for n in range(1, SCALE + 1)]
        heading = f"{len(state.answers) + 1}/{len(QUESTIONS)}. "
        scale = (f"(1 = {low}, {SCALE} = {high})")
        return Step(Prompt(heading + (question.text_en if lang == "en" else question.text) + " " + scale, choices,
                           step=f"survey_{question.id}", kind="survey"), state)


# -- the aggregates ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Aggregate:
    name: str
    answers: int
    index: float | None  # None when there are too few answers to show

    @property
    def shown(self) -> str:
        return number(self.index) if self.index is not None else "för få svar"


def aggregate(name: str, rows: list[tuple[int | None, ...]]) -> Aggregate:
    return Aggregate(name, len(rows), mean_index(rows) if len(rows) >= MIN_ANSWERS else None)


@dataclass(frozen=True)
class SurveyReport:
    """The survey's aggregates for one municipality and period; nothing below MIN_ANSWERS answers."""

    municipality: str
    total: Aggregate
    questions: list[Aggregate]
    quarters: list[Aggregate]
    localities: list[Aggregate]

    @property
    def enough(self) -> bool:
        return self.total.index is not None

    def lines(self) -> list[str]:
        if not self.total.answers:
            return ["Trygghetsmätningen i chatten har inga svar från perioden."]
        if not self.enough:
            return [f"För få svar: {self.total.answers} svar i trygghetsmätningen, minst {MIN_ANSWERS} behövs "
                    "innan något visas."]
        return [f"Trygghetsindex {self.total.shown} ({self.total.answers} svar) på polisens skala 0–6, där 0 är "
                "”närmast obefintligt problem” och 6 ”alarmerande påtagligt problem”: lägre är bättre.",
                "Orter med färre än 10 svar och kvartal med färre än 10 svar visas som ”för få svar”."]

    def question_table(self) -> tuple[list[str], list[list[str]]] | None:
        if not self.enough:
            return None
        rows = [[q.name, str(q.answers), q.shown] for q in self.questions]
        rows += [[f"Ort: {a.name}", str(a.answers), a.shown] for a in self.localities]
        return ["Fråga eller ort", "Svar", "Index (0–6)"], rows

    def trend_table(self) -> tuple[list[str], list[list[str]]] | None:
        if not self.enough:
            return None
        return ["Kvartal", "Svar", "Index (0–6)"], [[a.name, str(a.answers), a.shown] for a in self.quarters]

    def about(self) -> str:
        return (f"Trygghetsmätning: {self.total.answers} svar i chatten, sparade utan koppling till invånare "
                f"(kommun, frivillig ort och kvartal). Frågorna följer {SOURCE_TITLE} (se "
                f"knowledge/trygghetsmatning.yaml). Svaren är självvalda, inte ett slumpmässigt urval, och kan "
                f"därför inte jämföras rakt av med polisens mätning. Inget visas under {MIN_ANSWERS} svar.")


async def report(db: Store, municipality: Municipality, since: dt.date, until: dt.date) -> SurveyReport:
    """The aggregates of the quarters the period touches."""
    quarters = quarters_between(since, until)
    rows = await db.survey_answers(municipality.id, quarters)
    answers = [tuple(r[2]) for r in rows]
    questions = [aggregate(q.text, [(a[n] if n < len(a) else None,) for a in answers])
                 for n, q in enumerate(QUESTIONS)]
    by_quarter = [aggregate(q, [tuple(r[2]) for r in rows if r[1] == q]) for q in quarters]
    localities = sorted({r[0] for r in rows if r[0]})
    by_locality = [aggregate(name, [tuple(r[2]) for r in rows if r[0] == name]) for name in localities]
    return SurveyReport(municipality.name, aggregate(municipality.name, answers), questions, by_quarter,
                        by_locality)


def rows_of(answers: Any) -> tuple[int | None, ...]:
    return tuple(None if a is None else int(a) for a in answers)
