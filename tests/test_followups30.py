"""Round thirty's follow-up mends, each a class read from the misses of the seen follow-up sets:

- the period asked with its verb ("what period does it cover?", "vilka år omfattar det?"): the verb is the
  period's frame, never a subject whose sentence answers ("Lokalpolisområdet omfattar Sala, …");
- how it went, asked in nothing but those words after an agreement ("hur gick det?", "how did it turn out?"):
  the agreement's follow-up, and never so without an agreement talked about;
- a kind of thing asked of the entry ("vilka fordon nämns?"): the things of that kind its sentences name;
- who took part, in the past ("vilka var med i löftet?", "who was involved?"): the parties, not the content;
- how often people are to be met or talked with ("hur ofta ska de träffa folk?"): the sentence that says it
  with a noun of contact ("tre medborgarkontakter per vecka"), which shares no word with the question;
- a place asked in context ("var är det värst då?"): never thanks, and the place of the subject just asked.
"""
from __future__ import annotations

import pytest

from bot.answering.engine import Engine
from tests.scored import asked


def _last(engine: Engine, *turns: str) -> tuple[str, str | None, str]:
    answer = asked(engine, list(turns))
    return answer.text, answer.municipality, answer.topic


# -- the period asked with its verb ------------------------------------------------------------------

@pytest.mark.parametrize("turns, years", [
    (("Har Surahammar ett medborgarlöfte?", "vilka år omfattar det?"), ("2020", "2021")),
    (("Tell me about Fagersta's citizen promise", "what period does it cover?"), ()),
    (("Vad har Sala för medborgarlöfte?", "vilken tidsperiod omfattar det?"), ()),
    (("Does Norberg have a citizen promise?", "what time period does the promise cover?"), ("2024",)),
])
def test_the_period_asked_with_its_verb_gets_the_period(bundled: Engine, turns: tuple[str, str],
                                                        years: tuple[str, ...]) -> None:
    text, muni, topic = _last(bundled, *turns)
    assert topic == "period", text
    assert "Norra Västmanland omfattar" not in text and "Norra Västmanland covers" not in text
    assert all(year in text for year in years)


def test_a_time_of_day_is_still_no_period() -> None:
    from bot.answering import times_asked
    assert times_asked.WHEN.found("what time do they patrol") and not times_asked.A_PERIOD.search("what time do they patrol")


# -- how it went ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("turns, said", [
    (("Vad lovade Jokkmokk 2020–2022?", "och hur blev det sen?"), "pandemin"),
    (("What did Jokkmokk promise?", "how did it turn out?"), "pandemic"),
    (("Vad lovar Tranås?", "hur gick det?"), "följs upp"),
    (("What is Tranås doing?", "how did it go then?"), "followed up"),
])
def test_how_it_went_after_an_agreement_is_its_follow_up(bundled: Engine, turns: tuple[str, str], said: str) -> None:
    text, _, topic = _last(bundled, *turns)
    assert topic == "follow_up" and said in text, text


@pytest.mark.parametrize("message", ["hur gick det?", "how did it go?"])
def test_how_it_went_alone_is_no_follow_up(bundled: Engine, message: str) -> None:
    _, muni, topic = _last(bundled, message)
    assert topic != "follow_up" and muni is None


def test_how_it_went_after_ones_own_matter_is_no_agreements_follow_up(bundled: Engine) -> None:
    _, _, topic = _last(bundled, "Jag blev rånad i Borlänge igår", "hur gick det?")
    assert topic != "follow_up"


# -- a kind of thing named ----------------------------------------------------------------------------

@pytest.mark.parametrize("turns, named", [
    (("Vad lovar Ale?", "vilka fordon nämns?"), ("A-traktor", "moped")),
    (("Vad lovar Dorotea?", "vilka fordon tas upp?"), ("skoter",)),
    (("What does Vimmerby focus on?", "which vehicles are mentioned?"), ("A-tractors", "mopeds")),
])
def test_a_kind_of_thing_asked_is_answered_by_its_instances(bundled: Engine, turns: tuple[str, str],
                                                             named: tuple[str, ...]) -> None:
    text, _, _ = _last(bundled, *turns)
    first = text.partition("\n")[0]
    assert first.startswith(("Fordon som nämns", "Vehicles named")), text
    assert all(word in first for word in named)


def test_no_vehicle_is_found_in_a_word_that_only_begins_like_one() -> None:
    from bot.answering.which_asks import CATEGORIES
    pattern = CATEGORIES["vehicle"][1]
    assert not pattern.search("bilden av bildningen och bilagan, cyklisterna, buset och buskörningen")
    assert [m.group(0) for m in pattern.finditer("störande moped- och A-traktorkörning, bilar")] == \
        ["moped-", "A-traktorkörning", "bilar"]


# -- who took part --------------------------------------------------------------------------------------

@pytest.mark.parametrize("turns, named", [
    (("Vad lovar Borås?", "vilka var med i avtalet?"), "Västtrafik"),
    (("What does Malung-Sälen do?", "who was involved in the promise?"), "Destination Sälenfjällen"),
    (("Vad gör Malung-Sälen?", "vilka deltog i löftet?"), "Destination Sälenfjällen"),
])
def test_who_took_part_is_the_parties(bundled: Engine, turns: tuple[str, str], named: str) -> None:
    text, _, topic = _last(bundled, *turns)
    assert topic == "parties" and named in text, text


# -- how often people are met ----------------------------------------------------------------------------

@pytest.mark.parametrize("turns, said", [
    (("Vad lovar polisen i Pajala?", "hur ofta ska polisen träffa invånarna?"), "tre medborgarkontakter per vecka"),
    (("What does Pajala promise?", "how often will the police talk to people?"), "three contacts"),
    (("What does Sjöbo promise?", "how often will they meet people?"), "two visits a month"),
])
def test_how_often_people_are_met_is_the_contacts_sentence(bundled: Engine, turns: tuple[str, str], said: str) -> None:
    text, _, _ = _last(bundled, *turns)
    assert said in text and "nämns inte" not in text and "does not mention" not in text, text


# -- a place asked in context -------------------------------------------------------------------------------

@pytest.mark.parametrize("follow", ["var är det värst då?", "where is it worst?"])
def test_a_place_asked_after_a_subject_is_no_thanks(bundled: Engine, follow: str) -> None:
    text, muni, topic = _last(bundled, "Vad gör Valdemarsvik mot droger i trafiken?", follow)
    assert topic != "thanks" and muni == "valdemarsvik" and "Gusum" in text, text


def test_thanks_with_a_question_may_still_thank(bundled: Engine) -> None:
    from bot.answering import lexicon
    assert lexicon.THANKS_WORDS.search("tack var det allt")
