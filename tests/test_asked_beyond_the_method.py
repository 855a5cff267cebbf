"""An entry whose areas name a method (EST) answers "vilken metod?" with it, but not every question that
the methods aspect's words reach: "hur många insatser …", "vem ansvarar för att samordna …" are answered
by the sentence that holds the count or the body; a number written as a word ("minst femton") is a figure."""

from __future__ import annotations

import pytest

from bot.answering.conversation import Conversation
from bot.answering.engine import Engine
from bot.answering.text_asks import states_a_figure


@pytest.mark.parametrize(("message", "kommun", "said"), [
    ("Hur många riktade insatser ska polisen göra i Sävsjö?", "savsjo", "femton"),
    ("Vem har ansvaret för att planera insatserna i Gnesta?", "gnesta", "brottsförebyggande rådet"),
    ("Osby, hur många medborgarvandringar lovades 2024?", "osby", "medborgarvandring"),
])
def test_a_detail_asked_with_a_methods_word_gets_its_sentence(bundled: Engine, message: str, kommun: str,
                                                               said: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert answer.municipality == kommun
    assert said in answer.text.lower(), answer.text[:300]


@pytest.mark.parametrize("message", ["Vilken arbetsmetod har Sävsjö?", "Hur jobbar Gnesta, vilken metod?"])
def test_the_method_asked_is_the_named_method(bundled: Engine, message: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert "Effektiv samordning för trygghet" in answer.text or "EST" in answer.text
    assert "nämns inte" not in answer.text


def test_numbers_in_words_state_a_figure() -> None:
    assert states_a_figure("Polisen ska genomföra minst femton riktade insatser")
    assert states_a_figure("at least fifteen targeted operations")
    assert not states_a_figure("Polisen ska genomföra riktade insatser")
