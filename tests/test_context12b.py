"""Round twelve's second context class (context12b): where the resident lives, then "what applies
here?"; a switch of kommun with a check ("och Lomma då, samma polisområde?", bot/answering/same_check.py);
a person asked by role and year and then what they said. Expectations read from the bundled entries."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering.conversation import Conversation
from bot.answering.engine import Engine
from tests.scored import asked, assert_case, dev_set

# Our own dev set in the scorer's format; a case tagged "open" is a miss reported, not fixed.
DEV = [case for case in dev_set("context_dev12b.yaml") if "open" not in case.get("tags", ())]


@pytest.mark.parametrize("case", DEV, ids=[" / ".join(case["turns"])[:60] for case in DEV])
def test_the_dev_set_holds(bundled: Engine, case: dict[str, Any]) -> None:
    assert_case(bundled, case)


@pytest.mark.parametrize("then", ["vilka kommuner ingår i samma lokalpolisområde?",
                                  "which other municipalities are in the same police area?"])
def test_the_same_police_area_asked_with_no_switch_is_the_question_itself(bundled: Engine, then: str) -> None:
    """No other kommun named: "samma lokalpolisområde" is what is asked of the kommun talked about, never a
    check cut off a switch (which left "vilka kommuner ingår" and got the list of every kommun)."""
    muni = bundled.knowledge.municipalities["bracke"]
    answer = asked(bundled, [f"Vad fokuserar {muni.name} på?", then])
    assert answer.municipality == "bracke" and answer.topic == "parties"
    assert str(muni.police_area) in answer.text and "Ragunda" in answer.text


@pytest.mark.parametrize(("first", "other", "check"), [
    ("burlov", "lomma", "och Lomma då, samma polisområde?"),
    ("kavlinge", "vellinge", "och Vellinge, samma lokalpolisområde?"),
    ("kumla", "hallsberg", "what about Hallsberg, same police area?"),
])
def test_a_police_area_check_says_same_or_not_with_each_value(bundled: Engine, first: str, other: str,
                                                               check: str) -> None:
    a, b = (bundled.knowledge.municipalities[i] for i in (first, other))
    answer = asked(bundled, [f"Vad fokuserar {a.name} på?", check])
    assert answer.municipality == b.id
    head = answer.text.split("\n\n")[0]
    assert b.police_area in head and b.name in head
    same = a.police_area == b.police_area
    assert head.startswith(("Ja", "Yes") if same else ("Nej", "No"))
    assert same or a.police_area in head
    # the aspect carried: the other kommun's focus areas follow the check
    assert any(area.title in answer.text or area.title_en in answer.text
               for agreement in b.agreements for area in agreement.areas)


def test_a_county_check_names_the_kommuns_own_county(bundled: Engine) -> None:
    answer = asked(bundled, ["vem skrev under i vellinge", "och Karlshamn, också Skåne?"])
    county = bundled.knowledge.municipalities["karlshamn"].county
    assert answer.municipality == "karlshamn" and answer.text.startswith(f"Nej, Karlshamn ligger i {county}")


def test_a_check_after_no_kommun_is_read_as_any_message(bundled: Engine) -> None:
    answer = asked(bundled, ["och Lomma då, samma polisområde?"])
    assert not answer.text.startswith(("Ja,", "Nej,"))


@pytest.mark.parametrize(("year", "name"), [("2020", "Lars Johnson"), ("2023", "Sara Vestering")])
def test_the_role_of_a_year_is_the_one_its_agreement_cites(bundled: Engine, year: str, name: str) -> None:
    answer = asked(bundled, [f"Vem var kommunstyrelsens ordförande i Burlöv när avtalet {year} togs fram?"])
    assert name in answer.text and answer.text.count("kommunstyrelsens ordförande") == 1


def test_what_the_person_said_is_their_quote_not_the_agreement(bundled: Engine) -> None:
    person = next(p for p in bundled.knowledge.municipalities["gislaved"].people if p.role_key == "kso")
    answer = asked(bundled, ["Vem var kommunstyrelsens ordförande i Gislaved när avtalet 2023 togs fram?",
                             "vad sa hon om det?"])
    assert person.quote in answer.text and "Fokusområden" not in answer.text


def test_which_more_kommuner_stand_behind_it_after_a_kommun(bundled: Engine) -> None:
    """"vilka fler kommuner står bakom det?" after Tjörn got the list of every kommun whose text holds "bakom"."""
    conversation = Conversation()
    bundled.answer("Vad lovar Tjörn?", conversation)
    answer = bundled.answer("vilka fler kommuner står bakom det?", conversation)
    assert answer.municipality == "tjorn" and "Stenungsund" in answer.text and "Orust" in answer.text
    assert bundled.answer("vilka fler kommuner har fokusområdet narkotika?", conversation).topic == "cross"
