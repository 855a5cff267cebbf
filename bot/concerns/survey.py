"""The trygghetsmätning in the chat: four short questions on a six-point scale, anonymous.

The questions follow the wording of Polisens trygghetsmätning and Brå's NTU as the stored public
pages quote them (knowledge/trygghetsmatning.yaml holds each page's address, title and words). The
index is on the police survey's scale, 0 to 6, where 0 means "närmast obefintligt problem" and 6
"alarmerande påtagligt problem": lower is better. An answer of 1–6 is placed on it as (answer − 1)
× 6/5; an index is the mean of the answers (every resident answers all four questions, so it is
the mean of the residents' own means), computed from counts in bot/concerns/survey_figures.py.

Privacy: an answer is not stored as such. It adds one to a count per question, (municipality,
quarter, optional locality, question, value) → how many (bot/storage, `survey_grid`): no resident id,
no time, no row or order of its own, so it cannot be tied to a concern sent just before. A separate
table holds a keyed hash per respondent and quarter (the resident hash key, with the quarter in the
message, so the marks of two quarters cannot be linked either): it only stops a second answer, and a
second offer, in the same quarter, and goes when the quarter has passed. The respondent is the
resident in Telegram and the terminal; on the web, whose conversation id the browser makes up
freely, it is the client's address (an IPv6 address by its /64 network, which one home is given
whole). What may be shown of the counts is decided in bot/concerns/survey_figures.py.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.answering.knowledge import Municipality
from bot.concerns.intake import Choice, Prompt
from bot.dates import quarter_of
from bot.concerns.limiter import SURVEY, address_key
from bot.storage.records import survey_grid
from bot.text import fold

if TYPE_CHECKING:
    from bot.concerns.desk import ConcernDesk

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
         "bara som antal (hur många som svarat vad, per kommun, ort om du vill och kvartal), utan koppling till "
         "dig, och visas sammanräknade när kvartalet är slut om minst {min} har svarat. Du kan svara en gång per "
         "kvartal. /avbryt slutar.",
         "Safety survey: {n} short questions about the area where you live, on a scale from 1 to 6. The answers "
         "are stored only as counts (how many gave each answer, per municipality, town if you like, and "
         "quarter), without any link to you, and shown added up once the quarter has ended, if at least {min} "
         "people have answered. You can answer once a quarter. /cancel stops.")
THANKS = ("Tack! Dina svar är räknade utan koppling till dig. Kommunens personal ser resultatet när kvartalet är "
          "slut, om minst {min} har svarat.", "Thank you! Your answers are counted without any link to you. "
          "Staff see the result once the quarter has ended, if at least {min} people have answered.")
ALREADY = ("Du har redan svarat på trygghetsmätningen det här kvartalet. Tack! Du kan svara igen nästa kvartal.",
           "You have already answered the safety survey this quarter. Thank you! You can answer again next "
           "quarter.")
# On the web the mark is the connection's, which others may share (a home, a workplace, a library).
ALREADY_HERE = ("Någon har redan svarat på trygghetsmätningen från den här internetuppkopplingen det här "
                "kvartalet. Vi tar emot ett svar per uppkoppling och kvartal, så att ingen kan svara flera gånger. "
                "Tack för att du ville svara! Du kan svara igen nästa kvartal.",
                "Someone has already answered the safety survey from this internet connection this quarter. We "
                "accept one answer per connection and quarter, so that no one can answer more than once. Thank "
                "you for wanting to answer! You can answer again next quarter.")
OFFER = ("Vill du också svara på {n} korta frågor om hur trygg du känner dig där du bor? Det tar en minut och "
         "svaren sparas utan koppling till dig.", "Would you also answer {n} short questions about how safe you "
         "feel where you live? It takes a minute and the answers are stored without any link to you.")
CHOOSE_MUNICIPALITY = ("Trygghetsmätning: vilken kommun bor du i?", "Safety survey: which municipality do you live in?")
TYPE_MUNICIPALITY = ("Skriv kommunens namn.", "Type its name.")
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


def _button_number(text: str) -> int | None:
    """The number a button of ours carries ("tm:a:3"): ASCII digits only. "²".isdigit() is True
    and int("²") fails, so isdigit() is no check."""
    return int(text) if 0 < len(text) <= 3 and text.isascii() and text.isdecimal() else None


def _typed_number(word: str) -> int | None:
    """A number the resident typed, in any script's decimal digits (int() reads them all); a
    superscript is its digit already, folded."""
    return int(word) if 0 < len(word) <= 3 and word.isdecimal() else None


class SurveyDesk:
    """The survey's steps for every channel, and its storage through the concern desk's store."""

    def __init__(self, desk: ConcernDesk) -> None:
        self.desk = desk

    def _municipality(self, kommun_id: str | None) -> Municipality | None:
        """Any of the 290 kommuner (bot/answering/places.py): one without an entry has no localities."""
        return self.desk.engine.places.municipality(kommun_id)

    def mark(self, channel: str, user_id: int | str, quarter: str, address: str | None = None) -> str:
        """The keyed hash that stops a second answer in a quarter: not the resident hash. Per resident
        (`user_id`), or per client `address` where the channel gives one (the web: a conversation id
        costs nothing, so a new one must not mean a new answer)."""
        if address:
            return self.desk.resident(f"trygghet-{quarter}-address", address_key(address))  # one client: an IPv4 address, an IPv6 /64
        return self.desk.resident(f"trygghet-{quarter}-{channel}", user_id)

    def quarter(self) -> str:
        return quarter_of(self.desk.now().date())

    async def offer(self, channel: str, user_id: int | str, municipality: str, lang: str,
                    address: str | None = None) -> Step | None:
        """After a receipt: the offer, at most once per respondent and quarter (None when not now)."""
        if self._municipality(municipality) is None:
            return None
        quarter = self.quarter()
        if not await self.desk.db.survey_offer(self.mark(channel, user_id, quarter, address), quarter):
            return None
        state = SurveyState(municipality, offer=True)
        return Step(Prompt(_pick(lang, OFFER).format(n=len(QUESTIONS)),
                           [Choice("tm:ja", "Ja, gärna" if lang != "en" else "Yes"),
                            Choice("tm:nej", "Nej tack" if lang != "en" else "No thanks")],
                           step="survey_offer", kind="survey"), state)

    async def start(self, channel: str, user_id: int | str, municipality: str | None, lang: str,
                    address: str | None = None) -> Step:
        if await self.desk.db.survey_answered(self.mark(channel, user_id, self.quarter(), address)):
            return self._already(lang, address)
        state = SurveyState(municipality if municipality and self._municipality(municipality) else "")
        intro = _pick(lang, INTRO).format(n=len(QUESTIONS), min=MIN_ANSWERS)
        step = self._next(state, lang)
        step.prompt.text = intro + "\n\n" + step.prompt.text
        return step

    def _already(self, lang: str, address: str | None) -> Step:
        text = _pick(lang, ALREADY_HERE if address else ALREADY)
        return Step(Prompt(text, step="survey_done", kind="survey_done"), None)

    async def reply(self, channel: str, user_id: int | str, state: SurveyState, text: str, choice: str | None,
                    lang: str, address: str | None = None) -> Step | None:
        """The next step, or None when the message is not an answer (the survey is then left).
        Answers are stored only within the limits of the resident and the web client's `address`."""
        value = choice or ""
        word = fold(text).strip(" .!")
        if state.offer:
            if value == "tm:ja" or word in ("ja", "yes", "1", "ja garna"):
                return await self.start(channel, user_id, state.municipality, lang, address)
            if value == "tm:nej" or word in ("nej", "no", "2", "nej tack"):
                return Step(Prompt(_pick(lang, DECLINED), step="survey_declined", kind="survey_done"), None)
            return None
        if not state.municipality:
            if value.startswith("tm:k:"):
                chosen = value[5:]
            else:
                # Typed: the one resolver, with typos and without å/ä/ö; a name that fits a few is asked.
                found = self.desk.engine.places.resolve(text)
                if len(found) > 1:
                    return self._next(state, lang, [k.id for k in found])
                chosen = found[0].id if found else ""
            if self._municipality(chosen) is None:
                return None
            state.municipality = chosen
            return self._next(state, lang)
        if state.locality is None:
            localities = self._localities(state.municipality)
            if value == "tm:o:-" or word in ("vill inte ange", "rather not say", "hoppa over", "skip"):
                state.locality = ""
            elif value.startswith("tm:o:") and (index := _button_number(value[5:])) is not None \
                    and index < len(localities):
                state.locality = localities[index]
            else:
                typed = next((name for name in localities if fold(name) == word), None)
                if typed is None:
                    return None
                state.locality = typed
            return self._next(state, lang)
        answer = _button_number(value[5:]) if value.startswith("tm:a:") else _typed_number(word)
        if answer is None or not 1 <= answer <= SCALE:
            return None
        state.answers.append(answer)
        if len(state.answers) < len(QUESTIONS):
            return self._next(state, lang)
        if await self.desk.limiter.admit(SURVEY, channel, user_id, address) > 0:
            return Step(Prompt(_pick(lang, LIMITED), step="survey_done", kind="survey_done"), None)
        quarter = self.quarter()
        known = self._municipality(state.municipality)
        cells = survey_grid(known.localities if known else (), [q.id for q in QUESTIONS], range(1, SCALE + 1),
                            state.locality or "", {q.id: a for q, a in zip(QUESTIONS, state.answers)})
        if not await self.desk.db.save_survey(self.mark(channel, user_id, quarter, address), quarter,
                                              state.municipality, cells):
            return self._already(lang, address)
        return Step(Prompt(_pick(lang, THANKS).format(min=MIN_ANSWERS), step="survey_done", kind="survey_done"), None)

    def _localities(self, kommun_id: str) -> tuple[str, ...]:
        muni = self._municipality(kommun_id)
        return muni.localities if muni else ()

    def _next(self, state: SurveyState, lang: str, candidates: list[str] | None = None) -> Step:
        places = self.desk.engine.places
        if not state.municipality:
            # Never 290 buttons: the name is typed, and only the few a typed name may mean are buttons.
            kommuner = [k for c in candidates or () if (k := places.get(c)) is not None]
            choices = [Choice(f"tm:k:{k.id}", places.label(k)) for k in kommuner]
            text = _pick(lang, CHOOSE_MUNICIPALITY) + ("" if choices else " " + _pick(lang, TYPE_MUNICIPALITY))
            return Step(Prompt(text, choices, step="survey_municipality", kind="survey"), state)
        if state.locality is None:
            localities = self._localities(state.municipality)
            if not localities:
                state.locality = ""
            else:
                choices = [Choice(f"tm:o:{n}", name) for n, name in enumerate(localities[:MAX_LOCALITY_BUTTONS])]
                choices.append(Choice("tm:o:-", _pick(lang, SKIP)))
                return Step(Prompt(_pick(lang, CHOOSE_LOCALITY).format(name=places.kommuner[state.municipality].name),
                                   choices, step="survey_locality", kind="survey"), state)
        question = QUESTIONS[len(state.answers)]
        low, high = (question.low_en, question.high_en) if lang == "en" else (question.low, question.high)
        choices = [Choice(f"tm:a:{n}", f"{n} – {low}" if n == 1 else f"{n} – {high}" if n == SCALE else str(n))
                   for n in range(1, SCALE + 1)]
        heading = f"{len(state.answers) + 1}/{len(QUESTIONS)}. "
        scale = (f"(1 = {low}, {SCALE} = {high})")
        return Step(Prompt(heading + (question.text_en if lang == "en" else question.text) + " " + scale, choices,
                           step=f"survey_{question.id}", kind="survey"), state)
