"""What an agreement picked by a year, a place or a short name is about (issue #31 items 1 and 5; about28): its
areas, not one side passage (the parties, a sentence calling the promise "ett åtagande", the period, another year's
sentence on the place). The probe is `benchmarks/about_picked.py`."""

from __future__ import annotations

import pytest

from bot.answering import aspect_shapes, times_asked
from bot.answering.engine import Engine
from bot.text import fold


@pytest.mark.parametrize(("norm", "asks"), [
    ("gbg och polisen vad samverkar de om", True),
    ("alingsas 2021 vad samverkade de om", True),
    ("vad samarbetar kommunen och polisen i lund kring", True),
    ("what do kalmar and the police cooperate on", True),
    ("vem samverkar osby med om grannsamverkan", False),  # whom: the parties
    ("vad samverkar de med", False),
    ("vad handlar samverkansoverenskommelsen om", False),  # the agreement's name, no verb of working together
])
def test_what_they_work_together_on_is_the_focus(norm: str, asks: bool) -> None:
    assert aspect_shapes.asks_what_worked_on(norm) is asks
    scores = aspect_shapes.weighed(norm, {"parties": 3, "focus": 0})
    assert (scores["focus"] >= aspect_shapes.SHAPE_SCORE) is asks


@pytest.mark.parametrize(("norm", "asks"), [
    ("goteborg 2024 vilka ataganden och fokusomraden", True),
    ("which commitments does halmstad have", True),
    ("vilka andra aktorer har egna ataganden i kungalvs medborgarlofte", False),  # who else: the parties
    ("vilka andra an kommunen och polisen har ataganden i kungalvs lofte", False),
])
def test_which_commitments_is_the_list(norm: str, asks: bool) -> None:
    assert aspect_shapes.asks_which_commitments(norm) is asks
    assert ("ataganden" in aspect_shapes.worked_on_frame(norm) or "commitments" in aspect_shapes.worked_on_frame(norm)) is asks


def test_what_it_went_out_on_is_no_end_date() -> None:
    assert times_asked.ABOUT.search("alingsas medborgarloftet 2021 vad gick det ut pa")
    assert not times_asked.ABOUT.search("nar gick det ut")


@pytest.mark.parametrize(("text", "kommun", "wanted"), [
    # the parties were all these got
    ("Alingsås kommun och polisen, vad samverkar de om?", "alingsas", "stationsomraden"),
    ("Gbg och polisen, vad samverkar de om?", "goteborg", "hisings backa"),
    ("Burlöv 2020, vad samverkade de om?", "burlov", "mangdbrott"),
    # the period ("gick ut") was all this got
    ("Gnosjö, medborgarlöftet 2024 – vad gick det ut på?", "gnosjo", "bedragerier"),
])
def test_what_they_work_on_is_answered_by_the_areas(bundled: Engine, text: str, kommun: str, wanted: str) -> None:
    answer = bundled.answer(text)
    body = fold(answer.text)
    assert answer.municipality == kommun and answer.topic == "focus", answer.text
    assert wanted in body, answer.text
    assert not body.startswith("parter"), answer.text


def test_which_commitments_is_no_missing_subject(bundled: Engine) -> None:
    """"vilka åtaganden?" lists them; it found the sentence calling the promise "ett åtagande", or said "Åtaganden
    nämns inte"."""
    for text in ("Piteå 2023: vilka åtaganden och fokusområden?", "Vilka åtaganden har polisen i Halmstad?"):
        body = fold(bundled.answer(text).text)
        assert "namns inte" not in body and "underlag" not in body, body
        assert "kommunen och polisen ska bland annat" in body, body


def test_who_else_has_commitments_stays_the_parties(bundled: Engine) -> None:
    answer = bundled.answer("Vilka andra aktörer har egna åtaganden i Kungälvs medborgarlöfte?")
    assert "Västtrafik" in answer.text, answer.text


@pytest.mark.parametrize(("text", "picked", "other"), [
    # the place's sentence of another year's promise went first
    ("Altona: what does the 2023 promise focus on?", "campus laholm", "violvagen"),
    ("Hillerstorp 2024 – vad fokuserade löftet på?", "bedragerier", "anderstorpsvagen"),
    ("Fredrika 2025 – vad fokuserade löftet på?", "valdsprevention", "trafikkontroller"),
])
def test_a_place_with_a_year_gets_the_picked_agreement(bundled: Engine, text: str, picked: str, other: str) -> None:
    body = fold(bundled.answer(text).text)
    assert picked in body and other not in body, body


def test_a_place_without_a_year_still_gets_its_own_sentence_first(bundled: Engine) -> None:
    body = fold(bundled.answer("Hageby: what does the promise focus on?").text)
    assert "hageby" in body.split("\n\n")[0] or "hageby" in body[:300], body
