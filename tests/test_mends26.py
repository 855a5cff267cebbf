"""Round twenty-six's mends, each a class read from the last round's misses: the police area asked by name beside a
role word ("vilket lokalpolisområde är hon chef för?"), and the length of a period asked ("hur länge", "hur många år",
"how many years"), told in whole years only where the period is given in years."""
from __future__ import annotations


import pytest

from bot.answering import periods
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


@pytest.mark.parametrize("first", ["Vem skrev under Täbys medborgarlöfte 2023?", "Vem är lokalpolisområdeschef i Täby?"])
def test_the_police_area_asked_beside_a_role_word_is_the_area(bundled: Engine, first: str) -> None:
    text, muni = _last(bundled, first, "vilket lokalpolisområde är hon chef för?")
    assert muni == "taby"
    assert "Södra Roslagen" in text
    assert not text.startswith("Personer som nämns")


def test_a_role_asked_of_the_signer_is_still_the_people(bundled: Engine) -> None:
    text, _ = _last(bundled, "Vem skrev under Täbys medborgarlöfte 2023?", "vad har hon för roll?")
    assert "lokalpolisområdeschef" in text


@pytest.mark.parametrize("text, said", [
    ("hur länge gäller Luleås samverkansöverenskommelse?", "Perioden är fyra år."),
    ("hur många år gäller Luleås avtal?", "Perioden är fyra år."),
    ("how many years does Luleå's agreement run?", "The period is four years."),
])
def test_the_length_asked_is_told_in_years(bundled: Engine, text: str, said: str) -> None:
    reply, muni = _last(bundled, text)
    assert muni == "lulea"
    assert said in reply and "2024–2027" in reply


def test_the_length_is_told_only_when_asked(bundled: Engine) -> None:
    reply, _ = _last(bundled, "när går Luleås avtal ut?")
    assert "Perioden är" not in reply


def _agreement(start: PartialDate, end: PartialDate) -> Agreement:
    return Agreement(id="a", kind="medborgarlofte", source_id="s", start=start, end=end)


def test_years_long_counts_whole_years_and_nothing_else() -> None:
    assert periods.years_long(_agreement(PartialDate(2023), PartialDate(2024)), "sv") == "Perioden är två år."
    assert periods.years_long(_agreement(PartialDate(2022), PartialDate(2022)), "en") == "The period is one year."
    # a period from one month to another is no whole number of years: nothing is said
    assert periods.years_long(_agreement(PartialDate(2023, 6), PartialDate(2025, 5)), "sv") == ""
