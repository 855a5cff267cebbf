"""Round thirteen (branch multi13): two or three asks in one message, each answered in order. A survey's
figure asked of the kommun talked about ("vad blev trygghetsindex?") is the entry's figure, not the
glossary's definition; a body's or the agreement's mandate ("vad har den för mandat?", "vem ansvarar för
avtalet?") is the entry's sentence on responsibility; a new line and "och även" part asks as "och" does;
a message the model reads as a situation, with no danger rule, is taken apart when each clause asks."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import clauses, detail_asks, text_asks
from bot.answering.engine import Conversation, Engine
from bot.text import fold
from tests.scored import assert_case, dev_set

# Our own dev set (tests/fixtures/multi_dev13.yaml), in the scorer's format, with the fresh check.
DEV = dev_set("multi_dev13.yaml")

# Still answered otherwise (the report names it): kept here so a fix shows up as an XPASS.
OPEN = {
    # "vilka sitter i den" names the body only by "den": the members' frame needs the body's own word
    "vad har styrgruppen i Burlöv för mandat och vilka sitter i den",
}


def test_the_dev_set_is_the_class() -> None:
    tags = [set(case["tags"]) for case in DEV]
    assert len(DEV) >= 45
    assert sum("en" in t for t in tags) >= 6
    for shape in ("pair", "renewal", "council", "person_figure", "three", "samt", "semicolon", "newline",
                  "noaccent", "formal", "long"):
        assert sum(shape in t for t in tags) >= 2, shape


@pytest.mark.parametrize("case", [pytest.param(c, marks=pytest.mark.xfail(strict=True)) if c["q"] in OPEN else c
                                  for c in DEV], ids=[c["q"][:60] for c in DEV])
def test_the_dev_set_holds(bundled: Engine, case: dict[str, Any]) -> None:
    assert_case(bundled, case)


@pytest.mark.parametrize("message", ["vad blev trygghetsindex?", "what is the latest safety index?",
                                     "vad ar trygghetsindex dar"])
def test_a_survey_figure_asked_after_a_kommun_is_its_figure(bundled: Engine, message: str) -> None:
    conversation = Conversation()
    bundled.answer("Vem är polischef i Kävlinge?", conversation)
    text = bundled.answer(message, conversation).text
    assert "1.35" in text and "Kävlinge" in text


def test_what_the_index_means_is_still_the_glossary(bundled: Engine) -> None:
    assert text_asks.asks_a_figure_of_it(fold("vad blev indexet i fjol")) is True
    assert text_asks.asks_a_figure_of_it(fold("vad är trygghetsindex?")) is False
    assert bundled.answer("Vad är trygghetsindex?", Conversation()).topic == "glossary"


def test_the_person_and_the_figure_come_in_the_order_asked(bundled: Engine) -> None:
    text = bundled.answer("who is the local police chief in Kävlinge and what is the latest safety index?",
                          Conversation()).text
    assert text.index("Freddy Nilsson") < text.index("1.35")
    assert "summary figure" not in text  # the glossary's definition is not the figure asked


@pytest.mark.parametrize("message, shape", [
    ("vad har den för mandat?", "mandate"), ("vem ansvarar för avtalet", "mandate"),
    ("who is responsible for the agreement?", "mandate"), ("vem ansvarar för trygghetsvandringarna?", None),
])
def test_a_mandate_is_a_frame_of_its_own(message: str, shape: str | None) -> None:
    asked = detail_asks.ask(message, fold(message), fold(message).replace("?", "").split())
    assert (asked.shape if asked is not None and asked.shape == "mandate" else None) == shape


def test_the_members_and_the_mandate_are_both_quoted(bundled: Engine) -> None:
    text = bundled.answer("vilka ingår i Burlövs styrgrupp och vad har den för mandat?", Conversation()).text
    assert text.index("Patrik Ahrlin") < text.index("samtliga nämnder")


def test_a_new_line_and_och_aven_part_asks() -> None:
    assert clauses.split("Vellinge\nvem är polischef\nhur länge gäller avtalet") == [
        "Vellinge vem är polischef", "hur länge gäller avtalet"]
    assert len(clauses.split("Falun: vilka fokusområden finns och även vem som följer upp")) == 2


def test_each_kommun_of_a_pair_is_labelled(bundled: Engine) -> None:
    text = bundled.answer("Vad fokuserar Kävlinge respektive Vellinge på?", Conversation()).text
    assert text.index("Kävlinge:") < text.index("Vellinge:")


def test_an_emergency_is_never_taken_apart(bundled: Engine) -> None:
    text = bundled.answer("det brinner i trapphuset och vem är kommunpolis i Lund?", Conversation()).text
    assert text.splitlines()[0].count("112") == 1
