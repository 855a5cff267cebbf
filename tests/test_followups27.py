"""Round twenty-seven's follow-ups (issue #31 item 2), each a class the probe benchmarks/follows_detail.py builds from
the entries: a period's length where its days are known ("hur många år gäller den?"), the newest agreement asked
without its noun ("Och Y, vad har de för fokus i sin nya?"), a kommun's name that is also a word after a follow-up's
"och"/"and" and a comma ("and sala, what do they focus on?"), and an earlier agreement asked back by its years."""
from __future__ import annotations

import pytest

from bot.answering import order_words, periods
from bot.answering.conversation import Conversation
from bot.answering.engine import Engine
from bot.answering.knowledge import Agreement
from bot.dates import PartialDate


def _last(engine: Engine, *turns: str) -> tuple[str, str | None]:
    conversation = Conversation()
    answer = None
    for turn in turns:
        answer = engine.answer(turn, conversation)
    assert answer is not None
    return answer.text, answer.municipality


def _agreement(start: PartialDate, end: PartialDate) -> Agreement:
    return Agreement(id="a", kind="medborgarlofte", source_id="s", start=start, end=end)


def test_the_length_counts_whole_months_where_the_days_are_known() -> None:
    assert periods.years_long(_agreement(PartialDate(2023, 7, 1), PartialDate(2026, 12, 31)), "sv") == \
        "Perioden är tre och ett halvt år."
    assert periods.years_long(_agreement(PartialDate(2020, 1, 1), PartialDate(2021, 6, 30)), "en") == \
        "The period is one and a half years."
    assert periods.years_long(_agreement(PartialDate(2022), PartialDate(2023)), "sv") == "Perioden är två år."
    # one end a year only and the other a day: the year may hold any of its months
    assert periods.years_long(_agreement(PartialDate(2022), PartialDate(2023, 12, 31)), "sv") == ""
    assert periods.years_long(_agreement(PartialDate(2019, 1, 1), PartialDate(2023)), "sv") == ""
    assert periods.years_long(_agreement(PartialDate(2024, 2, 1), PartialDate(2024, 12, 31)), "sv") == \
        "Perioden är elva månader."
    # a day inside a month, or a month without its day, gives no count
    assert periods.years_long(_agreement(PartialDate(2019, 11, 28), PartialDate(2021, 5, 31)), "sv") == ""
    assert periods.years_long(_agreement(PartialDate(2021, 5), PartialDate(2022, 12)), "sv") == ""


@pytest.mark.parametrize("toks, picked", [
    (["vad", "har", "de", "for", "fokus", "i", "sin", "nya"], {7}),
    (["what", "do", "they", "focus", "on", "in", "their", "new", "one"], {7, 8}),
    (["vad", "ingar", "i", "det", "nya", "loftet"], {4}),
    (["finns", "det", "nya", "nattvandrargrupper"], set()),  # a subject, not the agreement
])
def test_an_age_word_standing_for_the_agreement_is_picking(toks: list[str], picked: set[int]) -> None:
    assert order_words.picking(toks) == picked


def test_the_newest_without_its_noun_is_the_focus_not_a_passage_on_new_things(bundled: Engine) -> None:
    text, muni = _last(bundled, "Vilka fokusområden har Arboga i sitt medborgarlöfte?",
                       "Och Älvdalen, vad har de för fokus i sin nya?")
    assert muni == "alvdalen"
    assert "Ordningsstörningar och otrygghet" in text and "Nya poliser med utgångspunkt" not in text
    text, muni = _last(bundled, "Vad har Robertsfors för fokus i sin nya?")
    assert muni == "robertsfors" and "Droger, med extra fokus på tidig upptäckt hos unga" in text


@pytest.mark.parametrize("first, then, muni", [
    ("which focus areas does landskrona have?", "and sala, what do they focus on?", "sala"),
    ("Vad lovar Vara?", "och mora, vad har de för fokus?", "mora"),
])
def test_a_word_name_after_and_set_apart_by_a_comma_is_the_kommun(bundled: Engine, first: str, then: str,
                                                                   muni: str) -> None:
    assert _last(bundled, first, then)[1] == muni


@pytest.mark.parametrize("first, then, listed, not_listed", [
    ("Vad fokuserar Strängnäs samverkansöverenskommelse 2023–2026 på?", "och medborgarlöftet innan, 2022–2023?",
     "Informations- och dialogmöten om trygghet i olika kommundelar",
     "Skydda barn och unga från att hamna i utanförskap"),
    ("What does Trelleborg's 2023–2026 cooperation agreement focus on?",
     "And the citizen promise before that, 2020–2021?",
     "High police presence, visibility and availability", "1. Assault"),
])
def test_an_earlier_agreement_asked_back_by_its_years_is_that_one(bundled: Engine, first: str, then: str,
                                                                  listed: str, not_listed: str) -> None:
    text, _ = _last(bundled, first, then)
    assert listed in text and not_listed not in text


def test_the_length_asked_after_an_agreement_is_counted(bundled: Engine) -> None:
    text, muni = _last(bundled, "Vad lovar Burlövs samverkansöverenskommelse 2023–2026?", "hur många år gäller den?")
    assert muni == "burlov" and "Perioden är tre och ett halvt år." in text
