"""Round fourteen's follow-ups read against the kommun talked about: the other kind of its agreement
(bot/answering/other_kind.py), the earlier period (earlier.py), a person at the time an agreement was made,
what they said, a topic across the kommuner sharing one agreement (shared_agreements.py), and a part of the
kommun asked by the name its agreements give it (district_named.py). Expectations are read from the bundled
entries where they are facts."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering.engine import Engine
from tests.scored import asked, assert_case, dev_set

DEV = dev_set("context_dev14.yaml")


@pytest.mark.parametrize("case", DEV, ids=[" / ".join(case["turns"])[:60] for case in DEV])
def test_the_dev_set_holds(bundled: Engine, case: dict[str, Any]) -> None:
    assert_case(bundled, case)


def test_the_other_kind_is_that_agreement_alone(bundled: Engine) -> None:
    lidkoping = bundled.knowledge.municipalities["lidkoping"]
    promise = max((a for a in lidkoping.agreements if a.kind == "medborgarlofte"),
                  key=lambda a: (a.start or a.signed or a.source_date).first_day())  # type: ignore[union-attr]
    cooperation = next(a for a in lidkoping.agreements if a.kind == "samverkansoverenskommelse")
    answer = asked(bundled, ["Vad står i Lidköpings samverkansöverenskommelse?", "och medborgarlöftet då, vad fokuserar det på?"])
    assert answer.municipality == "lidkoping"
    assert all(area.title in answer.text for area in promise.areas)
    assert not any(area.title in answer.text for area in cooperation.areas)


def test_the_earlier_period_answers_its_focus_not_the_period(bundled: Engine) -> None:
    solvesborg = bundled.knowledge.municipalities["solvesborg"]
    earlier = next(a for a in solvesborg.agreements if a.id == "medborgarlofte-2022")
    answer = asked(bundled, ["Vad fokuserar Sölvesborg på 2024?", "och förra perioden, vad var fokus då?"])
    assert answer.municipality == "solvesborg" and answer.topic == "focus"
    assert all(area.title in answer.text for area in earlier.areas)


@pytest.mark.parametrize("turns, agreement_id", [
    (["Vad lovar Ånge?", "vem var polischef när löftet skrevs?"], "medborgarlofte-2023"),
    (["Ånges medborgarlöfte 2021", "vem var chef för polisen när det skrevs?"], "medborgarlofte-2021"),
])
def test_a_person_at_the_time_is_named_by_that_agreements_source(bundled: Engine, turns: list[str],
                                                                 agreement_id: str) -> None:
    ange = bundled.knowledge.municipalities["ange"]
    source = next(a.source_id for a in ange.agreements if a.id == agreement_id)
    answer = asked(bundled, turns)
    assert answer.municipality == "ange"
    named = [p for p in ange.people if p.name in answer.text]
    assert named and all(p.source_id == source for p in named)


def test_a_person_asked_without_a_time_is_still_everyone_in_the_role(bundled: Engine) -> None:
    ange = bundled.knowledge.municipalities["ange"]
    chiefs = [p.name for p in ange.people if "chef" in p.role]
    answer = asked(bundled, ["Vad lovar Ånge?", "vem är polischef?"])
    assert all(name in answer.text for name in chiefs)


def test_how_many_kommuner_quotes_the_title_that_counts_them(bundled: Engine) -> None:
    nybro = bundled.knowledge.municipalities["nybro"]
    title = next(a.title for a in nybro.agreements if "kommunerna" in a.title)
    answer = asked(bundled, ["Berätta om Nybros medborgarlöfte", "och samverkansavtalet, hur många kommuner är med i det?"])
    assert answer.municipality == "nybro" and title in answer.text


@pytest.mark.parametrize("turns", [["What does Borås do?", "and the one for Sjöbo?"],
                                   ["vad lovar Borås?", "var ligger Sjöbo, är det ett bostadsområde?"]])
def test_a_district_named_like_another_kommun_stays_with_the_kommun_talked_about(bundled: Engine,
                                                                                 turns: list[str]) -> None:
    boras = bundled.knowledge.municipalities["boras"]
    sjobo_promise = next(a for a in boras.agreements if "Sjöbo" in a.title)
    answer = asked(bundled, turns)
    assert answer.municipality == "boras"
    assert any(area.title in answer.text or area.title_en in answer.text for area in sjobo_promise.areas)


def test_the_other_kommun_alone_is_still_that_kommun(bundled: Engine) -> None:
    assert asked(bundled, ["vad lovar Borås?", "och Sjöbo?"]).municipality == "sjobo"
    assert asked(bundled, ["var ligger Sjöbo, är det ett bostadsområde?"]).municipality == "sjobo"


def test_a_kind_the_kommun_lacks_is_said_to_be_missing(bundled: Engine) -> None:
    answer = asked(bundled, ["Vad lovar Kävlinge?", "finns det nåt medborgarlöfte också?"])
    assert answer.municipality == "kavlinge" and "har inget medborgarlöfte" in answer.text
