"""Round nineteen's wrapped questions (bot/answering/asked_span.py): a question with a greeting, thanks,
apology, lead-in, signature or emoji around it, or a question word with a slipped letter, gets the answer of the
bare question; a greeting or thanks alone keeps its own reply and an emergency keeps 112 first."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import asked_span
from bot.answering.engine import Engine
from tests.scored import asked, assert_case, assert_shapes, dev_params, dev_set

DEV = dev_set("wrap19_dev19.yaml")


def test_the_dev_set_is_the_class() -> None:
    assert_shapes(DEV, {"greet": 10, "thanks": 8, "signoff": 5, "leadin": 5, "emoji": 3, "followup": 8, "premise": 4,
                        "typo_qword": 6, "alone": 3, "emergency": 3, "en": 6})


# Still missed: an apostrophe inside a question word ("Nä'r"). ("Vad jobbar Kalix med när det gäller trygghet?" holds
# since "när det gäller" is no time asked: round twenty-seven.)
@pytest.mark.parametrize("case", dev_params(DEV, known_misses=(
    "Nä'r undertecknades anebys medborgarlöfte",)))
def test_the_dev_set_holds(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)


def _never(part: str) -> bool:
    return False


@pytest.mark.parametrize("wrapped, bare", [
    ("Tjabba! Vem skrev under för Kil? Mvh Sven", "Vem skrev under för Kil?"),
    ("God eftermiddag allihop, när gick Gnosjös löfte ut? Tack i förväg", "när gick Gnosjös löfte ut?"),
    ("Ursäkta om jag stör. Vad lovar Sigtuna? Hälsningar, Eva", "Vad lovar Sigtuna?"),
    ("hello there, which areas does Habo focus on? regards, Jim", "which areas does Habo focus on?"),
    ("Tack för svaret! Och Mora?", "Och Mora?"),
    ("vad lovar tibro tack så mycket", "vad lovar tibro"),
    ("🚲🚲 vad gäller i Umeå??? 🙂", "vad gäller i Umeå?"),
    ("Hej :-) när skrevs det under? /Kalle", "när skrevs det under?"),
])
def test_what_is_added_around_a_question_is_taken_off(wrapped: str, bare: str) -> None:
    assert asked_span.question(wrapped, _never, lambda part: False) == bare


@pytest.mark.parametrize("text", ["Hej från Kiruna", "Tack, det räcker för idag", "Hej!", "Tusen tack 🙏",
                                  "Hej, någon slår sönder bilar på vår gata just nu. Tack"])
def test_a_message_that_asks_nothing_is_read_as_written(text: str) -> None:
    assert asked_span.question(text, _never, lambda part: False) == text


@pytest.mark.parametrize("slipped, meant", [("vmes", "vems"), ("Hru", "Hur"), ("vlket", "vilket"), ("waht", "what"),
                                            ("gälelr", "gäller"), ("whyy", "why"), ("lnge", "länge")])
def test_a_question_word_with_a_slip_is_read_as_the_word(slipped: str, meant: str) -> None:
    assert asked_span.mend(f"{slipped} Lund", lambda word: False) == f"{meant} Lund"


def test_a_known_word_is_never_read_as_a_question_word(bundled: Engine) -> None:
    # "vad" is near "vda"; "lova" is a word itself, and a place name is never put right here
    assert asked_span.mend("lova Hova Vara", bundled.reader.knows) == "lova Hova Vara"


def test_a_wrapped_follow_up_keeps_the_conversations_kommun(bundled: Engine) -> None:
    answer = asked(bundled, ["Vem skrev under i Gislaved?", "Tjena! och när var det? Tack så länge"])
    assert answer.municipality == "gislaved" and "29 maj" in answer.text


def test_an_emergency_between_greeting_and_thanks_keeps_112_first(bundled: Engine) -> None:
    answer = asked(bundled, ["Hejsan! Det står en man med kniv i vår trappuppgång just nu, vad gör jag? Tack"])
    assert "112" in answer.text[:120]
