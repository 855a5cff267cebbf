"""An item of the last answer's numbered list named by its place ("berätta mer om det andra", "och den
tredje?", "vad innebär punkt 2?", "the second one") is answered with that area's detail; "det första avtalet",
"andra kommuner" and a long question are no such follow-up; the list is kept in the conversation's dict."""

from __future__ import annotations

import pytest

from bot.answering import ordinals
from bot.answering.conversation import Conversation
from bot.answering.engine import Engine
from bot.text import tokens


@pytest.mark.parametrize(("message", "place"), [
    ("berätta mer om det andra", 2), ("och den tredje?", 3), ("vad innebär punkt 2?", 2), ("trean då?", 3),
    ("tell me more about the second one", 2), ("and the last one?", -1), ("mer om det forsta omradet tack", 1),
])
def test_a_place_in_the_list_is_read(message: str, place: int) -> None:
    assert ordinals.place_asked(tokens(message)) == place


@pytest.mark.parametrize("message", [
    "när skrevs det första avtalet?", "vilka andra kommuner har samma?", "vad gör andra kommuner?",
    "har de haft andra löften?", "Jag har två frågor om det andra löftet och hur länge det gäller i kommunen nu",
])
def test_no_place_in_the_list(message: str) -> None:
    assert ordinals.place_asked(tokens(message)) is None


def test_the_second_area_of_the_last_answer(bundled: Engine) -> None:
    conversation = Conversation()
    first = bundled.answer("Vad lovar Kalmar kommun och polisen?", conversation)
    assert "2. Förstärkt arbete mot narkotika" in first.text
    assert len(conversation.listed) == 2
    second = bundled.answer("berätta mer om det andra", conversation)
    assert second.municipality == "kalmar" and second.topic == "detail"
    assert second.text.startswith("Förstärkt arbete mot narkotika")
    again = bundled.answer("och det första?", conversation)  # the list stays for the next item
    assert again.text.startswith("Ökad närvaro och trygghet i Oxhagen")
    assert Conversation.from_dict(conversation.to_dict()).listed == conversation.listed


def test_another_kommun_named_is_not_the_list(bundled: Engine) -> None:
    conversation = Conversation()
    bundled.answer("Vad lovar Kalmar kommun och polisen?", conversation)
    answer = bundled.answer("och det andra i Nybro?", conversation)
    assert answer.municipality != "kalmar"


def test_a_detail_answer_quotes_the_source_when_the_area_has_no_text(bundled: Engine) -> None:
    answer = bundled.answer("ska föräldrarna i kumla få information om narkotika?", Conversation())
    assert answer.municipality == "kumla"
    assert "I källan: ”Polisen lovar att i samverkan med kommunen erbjuda föräldrainriktade" in answer.text


def test_an_area_quote_is_a_passage_a_detail_is_found_by(bundled: Engine) -> None:
    """Who takes part in a night walk is only in the source's sentence of Ludvika's area, not in its title."""
    answer = bundled.answer("Vilka nattvandrar i Ludvika enligt löftet?", Conversation())
    assert answer.municipality == "ludvika" and "Citygruppen" in answer.text
    assert "nämns inte" not in answer.text


def test_only_that_is_answered_with_what_else_the_agreement_has(bundled: Engine) -> None:
    answer = bundled.answer("Sollentunas överenskommelse handlar bara om trafik, eller hur?", Conversation())
    assert answer.text.startswith("Det tas upp, men inte bara det")
    assert "brott i nära relation" in answer.text


def test_the_kommuner_of_a_shared_promise_are_the_ones_talked_about(bundled: Engine) -> None:
    conversation = Conversation()
    bundled.answer("Vad har Orust för medborgarlöfte?", conversation)
    answer = bundled.answer("och vad lovar kommunerna om droger?", conversation)
    assert answer.municipality == "orust" and answer.topic != "cross", answer.text[:150]
    across = bundled.answer("vilka andra kommunerna har samma?", conversation)
    assert across.municipality != "orust" or across.topic == "cross"


def test_an_aspect_of_the_agreement_named_by_its_kind_is_the_kommuns(bundled: Engine) -> None:
    """"… och vad står det om fokus i samverkansöverenskommelsen?" after a kommun: its focus areas, not the
    glossary's definition of the word, and "fokus" is never the subject it lacks."""
    answer = bundled.answer("Vilket lokalpolisområde hör Varberg till, och vad står det om fokus i "
                            "samverkansöverenskommelsen?", Conversation())
    assert "Fokusområden" in answer.text and "flerårigt avtal" not in answer.text
    assert "Fokus nämns inte" not in answer.text
    assert "flerårigt avtal" in bundled.answer("Vad är en samverkansöverenskommelse?", Conversation()).text
