"""The guided concern conversation as a state machine: no I/O, the same for every channel.

Each step returns a Prompt (text, choices, whether a location is welcome); channels render choices
as buttons or numbered lines. A reply is a typed text, a chosen choice id or a shared location.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from bot.answering.compose import pick
from bot.answering.engine import Engine
from bot.concerns.privacy import mask
from bot.text import fold

DESCRIPTION_MIN, DESCRIPTION_MAX = 10, 1000
PLACE_MAX, CONTACT_MAX = 200, 100

GENERAL_CATEGORIES: tuple[tuple[str, str, str], ...] = (
    ("trafik", "Trafik", "Traffic"),
    ("belysning-otrygg-plats", "Belysning / otrygg plats", "Lighting / unsafe place"),
    ("skadegorelse", "Skadegörelse", "Vandalism"),
    ("droger", "Droger", "Drugs"),
    ("ungdomar", "Ungdomar", "Young people"),
    ("annat", "Annat", "Other"),
)
NOT_A_REPORT = ("Det här är inte en polisanmälan. Vid fara: ring 112. Anmäl brott på polisen.se eller 114 14.",
                "This is not a police report. In danger: call 112. Report crimes at polisen.se or 114 14.")
_CONTACT = re.compile(r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?[\d\s()-]{7,20})")
_CANCEL_WORDS = {"avbryt", "/avbryt", "cancel", "/cancel"}
CANCEL_LINE = ("Skriv /avbryt om du vill avbryta.", "Send /cancel to stop.")
# Steps whose answer is free text: a number typed there is text, not the number of a button.
_FREE_TEXT = frozenset(("place", "description", "contact"))
# A question asked in the middle of the flow ("Vad är en lägesbild?"), not a place.
_QUESTION = re.compile(r"^(?:vad|vem|vilka|vilken|vilket|hur|när|nar|varför|varfor|var|kan|får|far|finns|är|ar|"
                       r"what|who|which|how|when|why|where|can|is|are|do|does)\b.*\?\s*$", re.IGNORECASE)
_COORDINATES = re.compile(r"^\s*(-?\d{1,2}\.\d+)\s*,\s*(-?\d{1,3}\.\d+)\s*$")


@dataclass(frozen=True)
class Choice:
    id: str
    label: str


@dataclass
class Prompt:
    """What to show the resident next. `kind` says whether the conversation goes on."""

    text: str
    choices: list[Choice] = field(default_factory=list)
    step: str = ""
    wants_location: bool = False
    kind: str = "prompt"  # prompt, receipt, cancelled, limit, expired, emergency, none
    reference: str | None = None
    # The text was no answer to this step (maybe a question): the dialogue may answer it and keep the step.
    unmatched: bool = False

    @property
    def finished(self) -> bool:
        return self.kind in ("receipt", "cancelled", "limit", "expired")


@dataclass
class Reply:
    text: str | None = None
    choice: str | None = None
    location: tuple[float, float] | None = None


@dataclass
class IntakeState:
    step: str = "municipality"
    language: str = "sv"
    municipality: str | None = None
    category: str | None = None
    category_label: str | None = None
    lat: float | None = None
    long: float | None = None
    address: str | None = None
    description: str | None = None
    wants_contact: bool = False
    contact: str | None = None
    editing: bool = False
    candidates: list[str] = field(default_factory=list)  # kommun ids a typed name may mean


    def to_dict(self) -> dict[str, Any]:
        # Every field is a scalar: a shallow copy, not asdict's recursive deep copy, which cost
        # a tenth of the intake's time with a shared database (a session is written every step).
        return dict(self.__dict__)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> IntakeState:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


class Intake:
    """Steps: municipality, category, place, description, contact (optional, with consent), summary."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def _name(self, kommun_id: str | None) -> str:
        kommun = self.engine.places.get(kommun_id)
        return kommun.name if kommun else kommun_id or ""

    def begin(self, municipality_hint: str | None, language: str,
              candidates: list[str] | None = None) -> tuple[IntakeState, Prompt]:
        """A new concern: about the kommun the message or the chat named, or the few a name may mean."""
        state = IntakeState(language=language)
        places = self.engine.places
        if municipality_hint is not None and places.get(municipality_hint) is not None:
            state.municipality, state.step = municipality_hint, "category"
        elif candidates:
            state.candidates = [c for c in candidates if places.get(c) is not None]
        prompt = self.prompt(state)
        prompt.text = pick(language, "Berätta vad som känns otryggt där du bor, så tar kommunen och polisen "
                                     "med det i arbetet med nästa lägesbild. ",
                           "Tell us what feels unsafe where you live; the municipality and the police will "
                           "use it for the next lägesbild. ") + pick(language, *NOT_A_REPORT) + "\n\n" + prompt.text
        return state, prompt

    # -- prompts --------------------------------------------------------------------------------

    def categories(self, municipality_id: str, language: str) -> list[Choice]:
        muni = self.engine.places.municipality(municipality_id)
        if muni is None:
            return []
        # A focus area named like a general category ("Trafik") is that category: its code stays the
        # same across municipalities and agreements, so exports and buttons keep meaning one thing.
        general = [Choice(code, pick(language, sv, en)) for code, sv, en in GENERAL_CATEGORIES]
        taken = {fold(c.label) for c in general}
        focus = list({fold(a.title): Choice(f"fokus-{a.id}", pick(language, a.title, a.title_en))
                      for a in muni.areas if a.kind == "focus_area" and fold(a.title) not in taken}.values())
        return focus + general

    def prompt(self, state: IntakeState, error: str = "") -> Prompt:
        lang = state.language
        text, choices, wants_location = "", [], False
        if state.step == "municipality":
            places = self.engine.places
            kommuner = [k for c in state.candidates if (k := places.get(c)) is not None]
            if kommuner:
                text = pick(lang, "Vilken kommun menar du?", "Which municipality do you mean?")
                choices = [Choice(k.id, places.label(k)) for k in kommuner]
            else:
                text = pick(lang, "Vilken kommun gäller det? Skriv kommunens namn.",
                            "Which municipality is it about? Type its name.")
        elif state.step == "category":
            name = self._name(state.municipality)
            text = pick(lang, f"Vad gäller det i {name}? Välj det som passar bäst.",
                        f"What is it about in {name}? Choose what fits best.")
            choices = self.categories(state.municipality or "", lang)
            if not state.editing:
                choices.append(Choice("change-municipality", pick(lang, "Annan kommun", "Another municipality")))
        elif state.step == "place":
            text = pick(lang, "Var är det? Dela en plats, skriv en adress eller plats, eller hoppa över.",
                        "Where is it? Share a location, type an address or place, or skip.")
            choices, wants_location = [Choice("skip", pick(lang, "Hoppa över", "Skip"))], True
        elif state.step == "description":
            text = pick(lang, f"Beskriv med egna ord vad som känns otryggt ({DESCRIPTION_MIN}–{DESCRIPTION_MAX} tecken). "
                              "Skriv inte namn på andra personer.",
                        f"Describe in your own words what feels unsafe ({DESCRIPTION_MIN}–{DESCRIPTION_MAX} "
                        "characters). Please don't name other people.")
        elif state.step == "contact_wanted":
            text = pick(lang, "Vill du att kommunen kontaktar dig om din synpunkt?",
                        "Would you like the municipality to contact you about your concern?")
            choices = [Choice("yes", pick(lang, "Ja", "Yes")), Choice("no", pick(lang, "Nej", "No"))]
        elif state.step == "contact":
            text = pick(lang, "Skriv ett telefonnummer eller en e-postadress där kommunen kan nå dig.",
                        "Type a phone number or an e-mail address where the municipality can reach you.")
        elif state.step == "consent":
            text = pick(lang, f"Får kommunen spara {state.contact} för att kontakta dig om den här synpunkten? "
                              "Uppgiften raderas med synpunkten.",
                        f"May the municipality store {state.contact} to contact you about this concern? It is "
                        "deleted together with the concern.")
            choices = [Choice("consent", pick(lang, "Ja, jag godkänner", "Yes, I agree")),
                       Choice("no-contact", pick(lang, "Skicka utan kontaktuppgifter", "Send without contact details"))]
        elif state.step == "summary":
            text = self.summary(state)
            choices = [Choice("send", pick(lang, "Skicka", "Send")), Choice("edit", pick(lang, "Ändra", "Change")),
                       Choice("cancel", pick(lang, "Avbryt", "Cancel"))]
        elif state.step == "edit":
            text = pick(lang, "Vad vill du ändra?", "What would you like to change?")
            choices = [Choice("edit-municipality", pick(lang, "Kommun", "Municipality")),
                       Choice("edit-category", pick(lang, "Kategori", "Category")),
                       Choice("edit-place", pick(lang, "Plats", "Place")),
                       Choice("edit-description", pick(lang, "Beskrivning", "Description")),
                       Choice("edit-contact", pick(lang, "Kontakt", "Contact")),
                       Choice("back", pick(lang, "Tillbaka", "Back")), Choice("cancel", pick(lang, "Avbryt", "Cancel"))]
        if error:
            text = f"{error}\n\n{text}"
        if state.step not in ("summary", "edit"):
            # Every step can be left: a button, and the command named in the text.
            choices.append(Choice("cancel", pick(lang, "Avbryt", "Cancel")))
        text += "\n\n" + pick(lang, *CANCEL_LINE)
        return Prompt(text, choices, state.step, wants_location)

    def summary(self, state: IntakeState) -> str:
        lang = state.language
        name = self._name(state.municipality)
        if state.lat is not None and state.long is not None:
            place = f"{state.lat:.5f}, {state.long:.5f}"
        else:
            place = state.address or pick(lang, "(ingen plats)", "(no place)")
        contact = state.contact if state.contact else pick(lang, "nej", "no")
        return pick(lang, "Så här ser din synpunkt ut:\n", "Your concern:\n") + "\n".join([
            f"{pick(lang, 'Kommun', 'Municipality')}: {name}",
            f"{pick(lang, 'Kategori', 'Category')}: {state.category_label}",
            f"{pick(lang, 'Plats', 'Place')}: {place}",
            f"{pick(lang, 'Beskrivning', 'Description')}: {state.description}",
            f"{pick(lang, 'Kontakt', 'Contact')}: {contact}",
        ])

    # -- transitions ----------------------------------------------------------------------------

    def _choose(self, prompt: Prompt, reply: Reply) -> str | None:
        """The choice a reply means: a button id, a number or a typed label."""
        ids = {c.id for c in prompt.choices}
        if reply.choice is not None:
            return reply.choice if reply.choice in ids else None
        text = (reply.text or "").strip()
        if text.isascii() and text.isdigit() and 1 <= int(text) <= len(prompt.choices):
            return prompt.choices[int(text) - 1].id
        wanted = fold(text)
        if not wanted:
            return None
        for choice in prompt.choices:
            if fold(choice.label) == wanted or fold(choice.id) == wanted:
                return choice.id
        matches = [c for c in prompt.choices if fold(c.label).startswith(wanted) and len(wanted) >= 3]
        return matches[0].id if len(matches) == 1 else None

    def _next(self, state: IntakeState, natural: str) -> None:
        """Go to the natural next step, or back to the summary when a field was being changed."""
        state.step = "summary" if state.editing and natural != "category" else natural
        if state.step == "summary":
            state.editing = False

    def handle(self, state: IntakeState, reply: Reply) -> tuple[Prompt, str]:
        """Apply a reply. Returns the next prompt and an action: "", "submit" or "cancel"."""
        lang = state.language
        current = self.prompt(state)
        text = (reply.text or "").strip()
        typed_cancel = state.step not in _FREE_TEXT and reply.choice is None and self._choose(current, reply) == "cancel"
        if reply.choice == "cancel" or fold(text) in _CANCEL_WORDS or typed_cancel:
            return Prompt(pick(lang, "Synpunkten är avbruten; inget har sparats.",
                               "The concern is cancelled; nothing was stored."), kind="cancelled"), "cancel"
        if text and self.engine.danger_now(text, describing=True):
            emergency = self.engine.knowledge.general["emergency"]
            waiting = self.prompt(state)
            return Prompt(pick(lang, emergency.text, emergency.text_en) + "\n\n" + pick(
                lang, "Din synpunkt väntar här om du vill fortsätta sedan:\n\n",
                "Your concern is waiting here if you want to continue later:\n\n") + waiting.text,
                waiting.choices, state.step, waiting.wants_location, kind="emergency"), ""
        step = state.step
        if step == "municipality":
            chosen = self._choose(current, reply)
            if chosen is None and reply.choice is not None and self.engine.places.get(reply.choice) is not None:
                chosen = reply.choice  # a kommun's button from an earlier list: still that kommun
            if chosen is None and text:
                found = self._municipality_in(text)
                if len(found) > 1:
                    state.candidates = found
                    return self.prompt(state), ""
                chosen = found[0] if found else None
            if chosen is None or self.engine.places.get(chosen) is None:
                prompt = self.prompt(state, pick(
                    lang, "Jag hittar ingen kommun med det namnet. Skriv namnet på en av Sveriges kommuner.",
                    "I can't find a municipality by that name. Type the name of a Swedish municipality.")
                    if text and not _QUESTION.match(text) else "")
                prompt.unmatched = bool(text)
                return prompt, ""
            state.candidates = []
            if chosen != state.municipality:
                state.category = state.category_label = None
            state.municipality = chosen
            state.step = "category"
            if state.editing and state.category:
                self._next(state, "summary")
            return self.prompt(state), ""
        if step == "category":
            chosen = self._choose(current, reply)
            if chosen == "change-municipality":
                state.step = "municipality"
                return self.prompt(state), ""
            if chosen is None:
                return self._unmatched(state, text, pick(lang, "Välj en av kategorierna.",
                                                         "Please choose one of the categories.")), ""
            state.category = chosen
            state.category_label = next(c.label for c in current.choices if c.id == chosen)
            self._next(state, "summary" if state.editing else "place")
            return self.prompt(state), ""
        if step == "place":
            typed = _COORDINATES.match(text)
            if typed and reply.location is None:
                reply = Reply(location=(float(typed[1]), float(typed[2])))
            if reply.location is not None:
                lat, long = reply.location
                if not (-90 <= lat <= 90 and -180 <= long <= 180):
                    return self.prompt(state, pick(lang, "Platsen gick inte att läsa.", "That location could not be read.")), ""
                state.lat, state.long, state.address = lat, long, None
            elif self._choose(current, reply) == "skip":
                state.lat = state.long = state.address = None
            elif _QUESTION.match(text):
                return self._unmatched(state, text, ""), ""
            elif text.isdigit():
                # A number that is none of the choices is a slip, not a place: "2" when only "1" exists.
                return self.prompt(state, pick(lang, "Skriv platsen med ord (en gata, ett torg, en skola) eller "
                                                     "välj ett av alternativen.",
                                               "Please write the place in words (a street, a square, a school) "
                                               "or pick one of the choices.")), ""
            elif text:
                if len(text) > PLACE_MAX:
                    return self.prompt(state, pick(lang, f"Skriv platsen kortare (högst {PLACE_MAX} tecken).",
                                                   f"Please keep the place shorter (at most {PLACE_MAX} characters).")), ""
                state.address, state.lat, state.long = mask(text), None, None
            else:
                return self.prompt(state), ""
            self._next(state, "description")
            return self.prompt(state), ""
        if step == "description":
            if len(text) < DESCRIPTION_MIN:
                return self.prompt(state, pick(lang, f"Beskriv lite mer, minst {DESCRIPTION_MIN} tecken.",
                                               f"Please say a bit more, at least {DESCRIPTION_MIN} characters.")), ""
            if len(text) > DESCRIPTION_MAX:
                return self.prompt(state, pick(
                    lang, f"Beskrivningen är {len(text)} tecken; korta den till högst {DESCRIPTION_MAX}.",
                    f"The description is {len(text)} characters; please shorten it to {DESCRIPTION_MAX}.")), ""
            state.description = mask(text)
            self._next(state, "contact_wanted")
            return self.prompt(state), ""
        if step == "contact_wanted":
            chosen = self._choose(current, reply)
            if chosen is None:
                return self._unmatched(state, text, ""), ""
            state.wants_contact = chosen == "yes"
            if not state.wants_contact:
                state.contact = None
                state.step, state.editing = "summary", False
            else:
                state.step = "contact"
            return self.prompt(state), ""
        if step == "contact":
            if not _CONTACT.fullmatch(text) or len(text) > CONTACT_MAX:
                return self.prompt(state, pick(lang, "Det ser inte ut som ett telefonnummer eller en e-postadress.",
                                               "That does not look like a phone number or an e-mail address.")), ""
            state.contact = text
            state.step = "consent"
            return self.prompt(state), ""
        if step == "consent":
            chosen = self._choose(current, reply)
            if chosen is None:
                return self._unmatched(state, text, ""), ""
            if chosen == "no-contact":
                state.contact, state.wants_contact = None, False
            state.step, state.editing = "summary", False
            return self.prompt(state), ""
        if step == "summary":
            chosen = self._choose(current, reply)
            if chosen == "send":
                return self.prompt(state), "submit"
            if chosen == "edit":
                state.step = "edit"
            elif chosen is None:
                return self._unmatched(state, text, ""), ""
            return self.prompt(state), ""
        if step == "edit":
            chosen = self._choose(current, reply)
            targets = {"edit-municipality": "municipality", "edit-category": "category", "edit-place": "place",
                       "edit-description": "description", "edit-contact": "contact_wanted", "back": "summary"}
            if chosen not in targets:
                return self._unmatched(state, text, ""), ""
            state.step = targets[chosen]
            state.editing = chosen != "back"
            return self.prompt(state), ""
        raise AssertionError(f"unknown step {step}")

    def _municipality_in(self, text: str) -> list[str]:
        """The kommun a typed answer names ("Hjo", "goteborg", "Det gäller Bålsta"), or the few it may mean."""
        found = [k.id for k in self.engine.places.resolve(text)]
        return found or self.engine.matcher.scan(text).kommuner()

    def _unmatched(self, state: IntakeState, text: str, error: str) -> Prompt:
        """The step again, marked as not answered: a question ("Vad är en lägesbild?") gets its answer
        from the dialogue, and the flow goes on where it was."""
        prompt = self.prompt(state, error if text else "")
        prompt.unmatched = bool(text)
        return prompt
