"""Follow-ups that ask a general aspect of the kommun talked about, several questions that keep the kommun
(or kommuner) named earlier in the message, and three-turn conversations (round six, branch convo6).

A follow-up without a kommun ("vilket lokalpolisområde?", "vilka andra kommuner står bakom samma löfte?",
"vem ansvarar för lägesbilden där?") is read against the conversation's kommun, never the list of all;
how the lägesbild or the promises are made is answered from the entry's sentences, or said to be absent.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import detail_asks, shared_agreements
from bot.answering.engine import Engine
from bot.answering.knowledge import Knowledge
from bot.text import fold
from tests.scored import asked, assert_scored, dev_set

# Our own dev set (tests/fixtures/convo_dev6.yaml), in the scorer's format: `q` or `turns`.
DEV = dev_set("convo_dev6.yaml")




def test_the_dev_set_is_the_three_classes() -> None:
    tags = [set(case["tags"]) for case in DEV]
    assert len(DEV) >= 40
    assert sum("followup" in t for t in tags) >= 15 and sum("several" in t for t in tags) >= 12
    assert sum("three_turns" in t for t in tags) >= 8 and sum("en" in t for t in tags) >= 6


@pytest.mark.parametrize("case", [pytest.param(case, marks=pytest.mark.xfail(strict=True)) if "gap" in case["tags"]
                                  else case for case in DEV],
                         ids=[" / ".join(case.get("turns") or [case["q"]])[:60] for case in DEV])
def test_the_dev_set_holds(bundled: Engine, case: dict[str, Any]) -> None:
    """As ../shared/eval/score.py scores a case: the kommun, every `must` group, no `must_not`; a case
    tagged `gap` is a known miss (a fresh case, scored once after the work, is not tuned on)."""
    turns = case.get("turns") or [case["q"]]
    answer = asked(bundled, turns)
    if "kommun" in case:
        assert answer.municipality == case["kommun"], (turns, answer.text[:200])
    assert_scored({**case, "q": " / ".join(turns)}, answer.text)


# -- who else stands behind the agreement -------------------------------------------------------------

@pytest.mark.parametrize("kommun, others", [
    ("herrljunga", ["Vårgårda", "Alingsås", "Lerum"]),  # partners: "Vårgårda, Alingsås och Lerums kommuner"
    ("solna", ["Sundbyberg"]),  # a party: "Sundbybergs stad"
    ("lomma", []),
    ("mark", []),  # "Lokalpolisområde Borås" is the police's party, and "Marks Bostads AB" Mark's own
])
def test_the_other_kommuner_an_entry_names(knowledge: Knowledge, kommun: str, others: list[str]) -> None:
    assert shared_agreements.kommuner_named(knowledge, knowledge.municipalities[kommun]) == others


@pytest.mark.parametrize("message, asks", [
    ("vilka andra kommuner står bakom samma löfte?", True),
    ("vilka fler kommuner ar med i samma lofte", True),
    ("which other municipalities are behind the same promise?", True),
    ("vilka andra kommuner har grannsamverkan?", False),  # a list across the kommuner
    ("vilka andra kommuner har samma fokus?", False),
    ("vilka andra kommuner ingår i lokalpolisområdet?", False),  # the police area's members (belonging.py)
])
def test_who_shares_is_asked(message: str, asks: bool) -> None:
    assert shared_agreements.asks_who_shares(fold(message)) is asks


def test_another_kommun_behind_the_promise_is_the_entry_s_not_the_list(bundled: Engine) -> None:
    answer = asked(bundled, ["Vad fokuserar Lomma på?", "vilka andra kommuner står bakom samma löfte?"])
    assert answer.municipality == "lomma" and "ingen annan kommun" in answer.text
    assert "Enköping" not in answer.text
    # A list across the kommuner is still one, after a kommun as before.
    listed = asked(bundled, ["Vad fokuserar Lomma på?", "vilka andra kommuner har grannsamverkan?"])
    assert listed.municipality is None


def test_two_kommuner_said_to_share_are_checked_against_both_entries(bundled: Engine) -> None:
    shared = asked(bundled, ["Har Solna och Sundbyberg samma avtal?"])
    # Yes, that it is joint and which agreement with its years, then the parties that say so (round nine).
    assert shared.text.startswith("Ja, enligt källan är samverkansöverenskommelsen 2023–2026, från 15 december 2023 "
                                  "till 31 december 2026 gemensam för Solna och Sundbyberg: Solnas samverkan nämner "
                                  "Sundbybergs stad")
    apart = asked(bundled, ["Har Lund och Lomma samma avtal?"])
    assert apart.text.startswith("Det framgår inte av källorna") and "Ja" not in apart.text.split("\n")[0]
    assert "Lund:" in apart.text and "Lomma:" in apart.text  # what each has instead


def test_a_question_after_two_kommuner_is_asked_of_both(bundled: Engine) -> None:
    answer = asked(bundled, ["Vårgårda och Herrljunga har väl samma löfte? vad handlar det om och vilket "
                              "lokalpolisområde hör de till"])
    assert answer.text.count("Trygghet på och runt stationsområdena") == 2  # the focus of each, once each
    # each kommun's police area on its own line, in the order named (multi24)
    assert "• Vårgårda: lokalpolisområde Alingsås\n• Herrljunga: lokalpolisområde Alingsås" in answer.text
    assert "Vårgårda:\nDet här kom" not in answer.text  # said by the verdict already, not again under the name


# -- the lägesbild and how the promises are made ------------------------------------------------------

@pytest.mark.parametrize("message, shape", [
    ("vem ansvarar för lägesbilden där?", "picture"),
    ("vilka bidrar med info till lägesbilden?", "picture"),
    ("who contributes information to the picture of the situation?", "picture"),
    ("vem tar fram löftena?", "basis"),
    ("hur tas lofterna fram", "basis"),
    ("Vad är en lägesbild?", "name"),  # what the word means: the glossary's, not how it is made
    ("vad säger lägesbilden om Lund?", None),
])
def test_the_frame_of_how_it_is_made(bundled: Engine, message: str, shape: str | None) -> None:
    asked = bundled.read(message).detail_ask
    assert (asked.shape if asked is not None else None) == shape


def test_what_the_entry_does_not_say_is_said_of_the_kommun(bundled: Engine) -> None:
    answer = asked(bundled, ["Vad gör Torsby?", "hur tas lägesbilden fram?"])
    assert answer.municipality == "torsby"
    assert answer.text.startswith("Hur lägesbilden tas fram eller vilka som bidrar till den nämns inte i Torsbys")
    english = asked(bundled, ["What does Torsby focus on?", "who makes the picture of the situation?"])
    assert english.text.startswith("How the picture of the local situation is drawn up or who contributes to it is not mentioned in Torsby's")


def test_contributing_after_the_lagesbild_keeps_its_frame(bundled: Engine) -> None:
    answer = asked(bundled, ["Hur tar Tomelilla fram lägesbilden?", "vilka bidrar med info till den?"])
    assert answer.municipality == "tomelilla" and "medborgardialoger" in answer.text
    assert detail_asks.remembered(("frame:picture",)) == detail_asks.Ask("picture")


@pytest.mark.parametrize("turns, topic", [
    (["Vad gör Ronneby?", "which police area is it?"], "parties"),  # a question, not a tag ("…, is it?")
    (["Kiruna was signed in 2010, wasn't it?"], "period"),  # a tag: the claim is checked
])
def test_a_wh_question_ending_in_is_it_is_no_tag(bundled: Engine, turns: list[str], topic: str) -> None:
    assert asked(bundled, turns).topic == topic


def test_an_aspect_in_cue_words_is_no_name_looked_for_elsewhere(bundled: Engine) -> None:
    answer = asked(bundled, ["Vem är trygghetssamordnare i Ronneby?", "vad är fokus i överenskommelsen?"])
    assert answer.municipality == "ronneby" and "Vellinge" not in answer.text
