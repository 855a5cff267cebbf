"""Round twenty-nine's detail mends (branch detail29), each a class read from the strangers' detail dev sets
(writers C and E) and tested here on sentences of our own, Swedish and English:

- a weekday asked ("vilken veckodag", "vilken dag", "which weekday") is a slot of its own: a weekday or a kind of
  day in the thing's sentence answers, else the weekday is said not to be mentioned; "vilket klockslag" asks the times;
- a share asked ("hur stor andel", "what percentage") is answered by a figure in per cent, else said not mentioned;
- the thing a count is not mentioned for is named up to the question's verb or a place ("the number of CCTV
  cameras", never "… cameras will be installed in halmstad s city centre"); an English count with a thousands
  comma ("1,191 residents") is a count;
- a person's e-mail or phone asked by their role ("vilken mejladress har trygghetssamordnaren?") is that person's,
  even in a resident's own errand ("jag vill mejla …");
- a slot asked of a thing the entry does not name at all says so ("Fotpatrullering nämns inte …, och därmed inga tider");
- a year asked keeps the entry's own sentences that name the year (of no agreement) beside the agreement's;
- a why asked of something that did not happen, whose reason the entry gives with the same negation, is answered by
  that sentence, never checked as a claim of the period;
- a kommun's heading with its years before "var" is no word of the where-question, and being seen is what the
  entries call presence ("var skulle polisen synas mer?" of "ökar sin närvaro vid tågstationen").
"""
from __future__ import annotations

import pytest

from bot.answering import slot_asks
from bot.answering.conversation import Conversation
from bot.answering.engine import Engine
from bot.text import fold

_DAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "monday", "tuesday", "wednesday", "thursday", "friday")


def _ask(engine: Engine, text: str) -> str:
    return engine.answer(text, Conversation()).text


def _first(engine: Engine, text: str) -> str:
    return _ask(engine, text).split("\n")[0]


@pytest.mark.parametrize(("text", "slot"), [
    ("Vilken veckodag är poliskontoret öppet?", "day"),
    ("vilken dag kommer ordningsvakterna?", "day"),
    ("Which weekday is the police office staffed?", "day"),
    ("Vilket klockslag stänger fritidsgården?", "times"),
    ("Hur stor andel känner sig otrygga?", "share"),
    ("What percentage of residents feel safe?", "share"),
    ("Vilken dag skrevs löftet under?", None),  # the signing day: the period's and the signing's answer
    ("Which day did the promise start?", None),
])
def test_the_slot_read(text: str, slot: str | None) -> None:
    assert slot_asks.slot(fold(text).replace("?", "")) == slot


@pytest.mark.parametrize("text", [
    "Which weekday is the local police office in Forshaga staffed?",
    "Vilken dag patrullerar ordningsvakterna i Filipstads centrum?",
    "vilken veckodag är trafikkontrollerna i piteå",
])
def test_a_weekday_the_sentence_does_not_give_is_not_mentioned(bundled: Engine, text: str) -> None:
    reply = _ask(bundled, text)
    first = reply.split("\n")[0]
    assert "nämns inte" in first or "does not mention" in first
    assert "veckodag" in first.lower() or "weekday" in first.lower()
    assert not any(day in fold(reply) for day in map(fold, _DAYS))


def test_a_weekday_names_the_thing_not_the_verb(bundled: Engine) -> None:
    assert _first(bundled, "Vilken dag patrullerar ordningsvakterna i Filipstads centrum?") \
        == "Veckodag för ordningsvakter nämns inte i Filipstads överenskommelse."


@pytest.mark.parametrize("text", [
    "Hur stor andel av invånarna i Forshaga känner sig trygga?",
    "Vilken andel av ungdomarna i Forshaga känner sig otrygga?",
])
def test_a_share_no_sentence_gives_is_not_mentioned(bundled: Engine, text: str) -> None:
    reply = _ask(bundled, text)
    assert reply.startswith("Någon andel i procent nämns inte i Forshagas överenskommelse.")
    assert "%" not in reply


def test_a_share_the_entry_gives_is_its_sentence(bundled: Engine) -> None:
    reply = _ask(bundled, "Hur stor andel oroar sig för bostadsinbrott i Staffanstorp?")
    assert "65 procent" in reply and "nämns inte" not in reply.split("\n")[0]


@pytest.mark.parametrize(("text", "first"), [
    ("How many CCTV cameras will Halmstad put up in the town centre?",
     "Halmstad's agreement does not mention the number of CCTV cameras."),
    ("Hur många timmar per år ska polisen synas i Halmstads stadskärna?",
     "Antalet timmar per år nämns inte i Halmstads överenskommelse."),
    ("Vilket klockslag stänger krogarna i Karlstad?", "Tider för krogarna nämns inte i Karlstads överenskommelse."),
])
def test_the_thing_is_named_up_to_the_verb_or_the_place(bundled: Engine, text: str, first: str) -> None:
    assert _first(bundled, text) == first


def test_an_english_count_with_a_thousands_comma_is_a_count() -> None:
    assert slot_asks._holds("answers", "A survey answered by 2,450 residents in spring", ("survey",))
    assert slot_asks._holds("answers", "En enkät som 2 450 invånare svarade på", ("enkat",))


def test_the_survey_count_in_english_is_not_denied(bundled: Engine) -> None:
    reply = _ask(bundled, "How many residents answered Örebro's survey for the city promise?")
    assert "1,191" in reply and "does not mention" not in reply


@pytest.mark.parametrize(("text", "name", "said"), [
    ("Jag vill mejla trygghetssamordnaren i Ronneby, vilken mejladress har hon?", "Bibbi Rönnlund", "E-postadress"),
    ("Vad har säkerhetssamordnaren i Filipstad för telefonnummer?", "Michael Björklund", "Telefonnummer"),
    ("I'd like to e-mail the security coordinator in Filipstad, what is his address?", "Michael Björklund",
     "does not mention an e-mail address"),
])
def test_a_contact_asked_by_role_is_that_persons(bundled: Engine, text: str, name: str, said: str) -> None:
    reply = _ask(bundled, text)
    assert name in reply.split("\n")[0] and said in reply.split("\n")[0]
    assert "@" not in reply


def test_a_contact_asked_of_a_role_no_one_holds_is_not_put_on_the_signers(bundled: Engine) -> None:
    reply = _ask(bundled, "Vad har kommunpolisen i Kalix för telefonnummer?")
    assert not reply.startswith("Telefonnummer till")


@pytest.mark.parametrize(("text", "first"), [
    ("Vid vilken tid fotpatrullerar polisen i Kalix?", "Fotpatrullering nämns inte i Kalix överenskommelse, och därmed inga tider."),
    ("Vilka tider har ridpolisen i Forshaga?", "Ridpolisen nämns inte i Forshagas överenskommelse, och därmed inga tider."),
    ("At what time do the police do foot patrols in Kalix?", "Kalix's agreement does not mention foot patrols, nor any times."),
])
def test_a_slot_of_a_thing_the_entry_does_not_name(bundled: Engine, text: str, first: str) -> None:
    assert _first(bundled, text) == first


@pytest.mark.parametrize(("text", "held"), [
    ("När startade medborgardialogen i Säter 2023?", "26 april"),
    ("When did residents in Säter get to give their view in 2023?", "26 April"),
])
def test_a_year_keeps_the_entrys_own_sentence_naming_it(bundled: Engine, text: str, held: str) -> None:
    assert held in _ask(bundled, text)


@pytest.mark.parametrize(("text", "held"), [
    ("Why did Salem hold no meetings with residents in 2020?", "covid"),
    ("Varför blev det inga fysiska dialoger i Salem 2020?", "covid"),
    ("Varför kunde inte Jokkmokks löften genomföras fullt ut 2021?", "pandemin"),
    ("Why couldn't Jokkmokk carry out its promises in full in 2021?", "pandemic"),
])
def test_a_why_of_what_did_not_happen_is_the_entrys_reason(bundled: Engine, text: str, held: str) -> None:
    reply = _ask(bundled, text)
    assert held in reply and not reply.startswith(("No, that is not right", "Nej, det stämmer inte"))


@pytest.mark.parametrize(("text", "held"), [
    ("Boxholm 2018: var skulle polisen öka sin närvaro?", "tågstationen"),
    ("Boxholm 2018-2019, where would the police be more visible?", "railway station"),
    ("Var ska polisen synas i Boxholm?", "tågstationen"),
    ("Borås 2023, var ska polisen synas mer?", "centrum"),
])
def test_where_the_police_are_seen_is_where_they_are_present(bundled: Engine, text: str, held: str) -> None:
    reply = _ask(bundled, text)
    assert held in reply and not reply.startswith(("Det nämns inte i det jag har", "That is not mentioned in what"))
