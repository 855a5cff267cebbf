"""Places named in entries, round nine: a district or locality an entry's text names resolves to its kommun
in the shapes residents write it (lower case after "i"/"på"/"från" or opening the message, unease told and
then a question, the police at the place, what happens with safety there, English), and is answered with
the entry's own sentences about it; a lower-case name that is an everyday word stays a word. Our own dev
set (tests/fixtures/places_dev9.yaml) as the scorer scores it, and the rules on their own."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import name_forms
from bot.answering.conversation import Conversation
from bot.answering.engine import Engine
from tests.scored import assert_scored, dev_set

DEV = dev_set("places_dev9.yaml")
# The fresh check's one miss is the case's own: no kommun is found for "insjön", but the list of the 79
# kommuner whose agreements take up speeding names Leksand, which the case's must_not forbids.
LEFT = {"vi åkte förbi en sjö och sen en insjön, vad gör polisen mot fortkörning där?"}
KEPT = [c for c in DEV if c["q"] not in LEFT]


def test_the_dev_set_is_the_classes() -> None:
    tags = [set(case["tags"]) for case in DEV if "fresh" not in case["tags"]]
    assert len(tags) >= 30
    for kind, least in (("lower", 8), ("unease", 6), ("police", 4), ("what_happens", 4), ("en", 4), ("word", 3)):
        assert sum(kind in t for t in tags) >= least, kind
    assert sum("fresh" in case["tags"] for case in DEV) == 10


@pytest.mark.parametrize("case", KEPT, ids=[c["q"][:50] for c in KEPT])
def test_the_dev_set_holds(bundled: Engine, case: dict[str, Any]) -> None:
    """As ../shared/eval/score.py scores a case, the kommun of the answer included."""
    answer = bundled.answer(str(case["q"]), Conversation())
    assert_scored(case, answer.text)
    if "kommun" in case:
        assert answer.municipality == case["kommun"], (case["q"], answer.municipality)


def test_a_lower_case_district_where_a_place_stands() -> None:
    assert name_forms.placed_district("hageby", ["hageby"], "i", 3)
    assert name_forms.placed_district("langshyttan", ["långshyttan"], "", 0)
    assert not name_forms.placed_district("hageby", ["hageby"], "gillar", 3)  # no placing word before it
    assert not name_forms.placed_district("insjon", ["insjön"], "i", 3)  # the lake
    assert not name_forms.placed_district("svarta", ["svarta"], "", 0)  # black
    assert name_forms.placed_district("svarta", ["svartå"], "i", 2)  # the village, with its own å


@pytest.mark.parametrize("text", ["vi badade i insjön igår", "han fick backa ut från parkeringen",
                                  "det står svarta bilar på gården", "vi satt i salen hela kvällen"])
def test_an_everyday_word_is_no_place(bundled: Engine, text: str) -> None:
    assert not bundled.reader.read(text, Conversation()).known, text


def test_a_lower_case_district_is_its_kommun(bundled: Engine) -> None:
    for text, kommun in (("jag bor i hageby", "norrkoping"), ("jag har flyttat till norrliden", "kalmar"),
                         ("vi bor på råslätt, vad gör polisen där?", "jonkoping")):
        answer = bundled.answer(text, Conversation())
        assert answer.municipality == kommun and "Vilken kommun menar du" not in answer.text, text
    lead = bundled.answer("jag bor i hageby", Conversation()).text
    assert lead.startswith("Hageby ligger i Norrköpings kommun, så jag svarar om Norrköping.")


def test_the_places_own_sentences_come_first(bundled: Engine) -> None:
    answer = bundled.answer("vad händer med tryggheten i Skäggetorp?", Conversation())
    text = answer.text
    assert text.startswith("Skäggetorp ligger i Linköpings kommun.")
    assert "16 samverkansparter" in text and text.index("16 samverkansparter") < text.index("Samverkansöverenskommelse")


def test_unease_then_a_question_is_answered_and_the_concern_offered(bundled: Engine) -> None:
    answer = bundled.answer("Hageby känns otryggt, vad säger medborgarlöftet?", Conversation())
    assert answer.municipality == "norrkoping" and "synlighet" in answer.text and "/synpunkt" in answer.text
    told = bundled.answer("Hageby känns otryggt på kvällarna", Conversation())
    assert "/synpunkt" in told.text and "synlighet" not in told.text  # only told: the concern, as before


def test_the_police_at_a_place_is_the_entrys_sentence(bundled: Engine) -> None:
    answer = bundled.answer("när kommer polisen till Idre?", Conversation())
    assert answer.municipality == "alvdalen" and "utgå från Idre" in answer.text and "Mora" in answer.text
    assert "Om Idre, enligt Dalademokraten (14 november 2022):" in answer.text  # the news item's date with it
    asked_the_bot = bundled.answer("kan du skicka polisen till Idre?", Conversation())
    assert "chattbot" in asked_the_bot.text
    count = bundled.answer("hur många poliser finns i Hemse?", Conversation())
    assert count.topic == "limits"


def test_danger_at_a_place_keeps_112_first(bundled: Engine) -> None:
    answer = bundled.answer("någon slår min granne just nu i hageby, polisen måste komma!", Conversation())
    assert answer.text.startswith("Är du eller någon annan i fara just nu? Ring 112")
