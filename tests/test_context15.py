"""Round fifteen's framings about a kommun: a way to act asked after its answer (bot/answering/kommun_asks.py),
a worry about how safe it is (the same module), a first name or a word that is also a kommun's name
(ambiguous_names.py), and a specific subject the entry holds only by its broader last part (absent.narrower).
Expectations are read from the bundled knowledge where they are facts."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering.engine import Engine
from tests.scored import asked, assert_case, assert_shapes, dev_params, dev_set

DEV = dev_set("context_dev15.yaml")


def test_the_dev_set_is_the_class() -> None:
    assert_shapes(DEV, {"channel": 3, "worry": 3, "name": 3, "narrower": 3, "switch": 3, "en": 5, "no_aao": 3})


@pytest.mark.parametrize("case", dev_params(DEV))
def test_the_dev_set_holds(bundled: Engine, case: dict[str, Any]) -> None:
    assert_case(bundled, case)


@pytest.mark.parametrize("turns, lang", [
    (["Vad lovar Motala?", "finns det någon e-tjänst?"], "sv"),
    (["Vad gör Borås mot inbrott?", "vart vänder jag mig då?"], "sv"),
    (["What does Kävlinge focus on?", "is there an app?"], "en"),
])
def test_a_way_to_act_is_general_yaml_for_the_kommun_talked_about(bundled: Engine, turns: list[str], lang: str) -> None:
    report = bundled.knowledge.general["report_crime"]
    answer = asked(bundled, turns)
    assert answer.municipality == bundled.read(turns[0]).known[0].place.municipality_id
    assert (report.text if lang == "sv" else report.text_en) in answer.text
    assert bundled.knowledge.municipalities[answer.municipality].name in answer.text.split("\n\n")[0]


def test_an_entrys_own_e_service_comes_before_the_general_ways(bundled: Engine) -> None:
    arvidsjaur = bundled.knowledge.municipalities["arvidsjaur"]
    own = next(a.title for a in arvidsjaur.areas if "e-tjänst" in a.title)
    answer = asked(bundled, ["Vad lovar Arvidsjaur?", "finns det en e-tjänst?"])
    assert answer.municipality == "arvidsjaur"
    assert answer.text.index(own) < answer.text.index("polisen.se")
    assert "nämner ingen" not in answer.text


def test_a_way_to_tell_the_kommun_starts_the_concern_for_it(bundled: Engine) -> None:
    answer = asked(bundled, ["Vad fokuserar Gävle på?", "kan jag lämna en synpunkt nånstans"])
    assert answer.topic == "feedback" and answer.municipality == "gavle"  # dialogue.py starts /synpunkt for Gävle


@pytest.mark.parametrize("message", ["Min granne slår sin fru just nu, vem ringer jag?", "det brinner, vem ringer jag"])
def test_danger_now_keeps_112_first_after_a_kommun(bundled: Engine, message: str) -> None:
    answer = asked(bundled, ["Vad lovar Motala?", message])
    assert "112" in answer.text[:120]


@pytest.mark.parametrize("message, muni", [("är det farligt att bo i Borås?", "boras"),
                                           ("is Kiruna a safe place?", "kiruna"),
                                           ("borde jag vara rädd att flytta till Mora?", "mora")])
def test_a_worry_gets_the_limit_and_the_kommuns_focus_not_answered(bundled: Engine, message: str, muni: str) -> None:
    entry = bundled.knowledge.municipalities[muni]
    answer = asked(bundled, [message])
    assert answer.municipality == muni and not answer.answered  # how safe it is stays unanswered
    assert "siffror" in answer.text or "figures" in answer.text
    titles = [area.title for area in entry.areas] + [area.title_en for area in entry.areas if area.title_en]
    assert any(title in answer.text for title in titles)


@pytest.mark.parametrize("message, muni, name", [
    ("Min mormor Nora bor i Kiruna, vad gör kommunen mot bedrägerier?", "kiruna", "nora"),
    ("vi åkte till Vara-hallen i Borås, vad fokuserar kommunen på", "boras", "vara"),
    ("Nora och jag bor i Falun sen i våras, vad gör kommunen mot otrygghet", "falun", "nora"),
])
def test_a_name_in_the_story_is_not_the_kommun(bundled: Engine, message: str, muni: str, name: str) -> None:
    assert [m.place.municipality_id for m in bundled.read(message).known] == [muni]
    assert asked(bundled, [message]).municipality == muni


@pytest.mark.parametrize("message", ["Vad lovar Mora?", "Mora och Orsa, har de samma avtal?", "Vara då?"])
def test_the_kommun_itself_is_still_read(bundled: Engine, message: str) -> None:
    assert bundled.read(message).known


def test_a_narrower_subject_is_said_not_named_and_the_broader_quoted(bundled: Engine) -> None:
    olofstrom = bundled.knowledge.municipalities["olofstrom"]
    thefts = next(a.title for a in olofstrom.areas if "stölder" in a.title)
    answer = asked(bundled, ["står det något om cykelstölder i Olofström?"])
    first = answer.text.split("\n\n")[0]
    assert "Cykelstölder nämns inte särskilt" in first and "stölder" in first
    assert thefts in answer.text


def test_the_subject_itself_held_gets_no_such_opening(bundled: Engine) -> None:
    answer = asked(bundled, ["står det något om stölder i Olofström?"])
    assert "nämns inte" not in answer.text
