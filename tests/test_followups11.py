"""Round eleven's follow-ups of two or three messages: one side of an agreement asked after its people
("och för polisen?", "what about the police?"), the earlier agreement of the kommun talked about ("vad
stod det i det förra avtalet?", "och det gamla då?"), and a figure asked of what an area promises.
Expectations are read from the bundled entries, not written here."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import earlier
from bot.answering.engine import Conversation, Engine
from tests.scored import asked, assert_case, dev_set

# Our own dev set in the scorer's format; a case tagged "open" is a miss reported, not fixed.
DEV = [case for case in dev_set("followups_dev11.yaml") if "open" not in case.get("tags", ())]


@pytest.mark.parametrize("case", DEV, ids=[" / ".join(case["turns"])[:60] for case in DEV])
def test_the_dev_set_holds(bundled: Engine, case: dict[str, Any]) -> None:
    assert_case(bundled, case)


@pytest.mark.parametrize("side", ["och för polisen?", "polisen då?", "what about the police?"])
def test_the_police_side_after_the_people_names_only_the_police(bundled: Engine, side: str) -> None:
    muni = bundled.knowledge.municipalities["markaryd"]
    answer = asked(bundled, ["vem skrev under för kommunen i Markaryd?", side])
    assert answer.municipality == "markaryd" and answer.topic == "people"
    for person in muni.people:
        police = "polis" in person.role.lower()
        assert (person.name in answer.text) == (police and person.signed), person


def test_the_kommun_side_after_the_police_chief(bundled: Engine) -> None:
    answer = asked(bundled, ["Vem är lokalpolisområdeschef i Växjö?", "och kommunen då?"])
    assert answer.municipality == "vaxjo"
    assert "Tenje" in answer.text and "Eek" not in answer.text


def test_a_side_named_without_people_before_is_no_follow_up(bundled: Engine) -> None:
    # After the focus areas "och polisen?" is not a question of signers.
    answer = asked(bundled, ["Vad fokuserar Markaryd på?", "och polisen?"])
    assert "Personer som nämns" not in answer.text


@pytest.mark.parametrize("kommun", ["vaxjo", "karlstad", "strangnas"])
def test_the_earlier_agreement_answers_from_the_ones_before_the_newest(bundled: Engine, kommun: str) -> None:
    muni = bundled.knowledge.municipalities[kommun]
    older = earlier.before_newest(muni, [])
    newest = [a for a in muni.agreements if a not in older]
    answer = asked(bundled, [f"Vad fokuserar {muni.name} på?", "vad stod det i det förra avtalet?"])
    assert answer.municipality == kommun
    titles = {a.id: a for a in muni.agreements}
    assert older and all(titles[a.id] in muni.agreements for a in older)
    for agreement in newest:  # none of the newest's own areas is read out as the earlier one's
        own = {area.title for area in agreement.areas} - {area.title for a in older for area in a.areas}
        assert not any(title in answer.text for title in own), agreement.id


@pytest.mark.parametrize("text", ["Hur många inbrott var det i Växjö förra året?", "jag bodde tidigare i Lund",
                                  "vad hände förra veckan i Växjö"])
def test_an_earlier_time_or_ones_own_past_is_no_earlier_agreement(bundled: Engine, text: str) -> None:
    assert not earlier.asked(bundled.read(text, Conversation()))
    assert "gällde tidigare" not in bundled.answer(text, Conversation()).text


def test_gamla_is_no_typo_of_a_place(bundled: Engine) -> None:
    assert not bundled.read("och det gamla då?").known


def test_a_figure_asked_of_an_area_gets_its_sources_words(bundled: Engine) -> None:
    answer = asked(bundled, ["vad lovar umea", "hur manga ganger ska de gora trafikinsatser"])
    assert "minst två tillfällen" in answer.text
    plain = asked(bundled, ["vad lovar umea", "vad gör de för trafikinsatser"])
    assert "minst två tillfällen" not in plain.text
