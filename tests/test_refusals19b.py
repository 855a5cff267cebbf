"""Round nineteen's second wave of refusals (refusals19b): one's own work matter goes to the union,
how an authority handles one's own matter to JO, social services' report about one's own family to
social services (never Bris), and who owns a car or what the police wrote about a person of one's own
gets a plain no. The dev set was written before the code; the unit tests read the rules on other words."""

from __future__ import annotations

import re
from typing import Any

import pytest

from bot.answering import life_areas, others_records, social_reports
from bot.answering.engine import Engine
from bot.text import fold
from tests.scored import asked, assert_case, assert_shapes, dev_params, dev_set

DEV = dev_set("refusals19b_dev.yaml")


def test_the_dev_set_is_the_class() -> None:
    assert_shapes(DEV, {"work": 8, "authority_complaint": 7, "report_about_me_social": 5, "others_data": 5,
                        "control": 3, "en": 5}, total=30)


# Still missed: a dismissal told with an injury on the job, which the rules read as an accident now.
@pytest.mark.parametrize("case", dev_params(DEV, known_misses=("injured on the job",)))
def test_the_dev_set_holds(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)


def _norm(text: str) -> str:
    """The message's folded words, as a Reading holds them (punctuation apart)."""
    return " ".join(re.sub(r"[^\w\s]", " ", fold(text)).split())


@pytest.mark.parametrize("text", ["Barnavårdsutredningen om min dotter har dragit ut, socialsekreteraren svarar inte",
                                  "socialen har kallat oss till ett möte om vår son",
                                  "they opened an investigation about my daughter at social services"])
def test_social_services_acting_on_ones_own_family(text: str) -> None:
    assert social_reports.about_own_family(_norm(text))


@pytest.mark.parametrize("text", ["hur gör jag en orosanmälan om grannens barn?",
                                  "Vad gör socialtjänsten i Lund för unga?"])
def test_the_resident_reporting_or_asking_the_kommun_is_not_it(text: str) -> None:
    assert not social_reports.about_own_family(_norm(text))


@pytest.mark.parametrize("text, expected", [
    ("vem äger mopeden som står i vårt cykelrum?", True),
    ("whose van is parked across my gate, the plate is KJH 551", True),
    ("vem äger min bil om den är leasad?", False),
])
def test_a_vehicles_owner_is_anothers_data(text: str, expected: bool) -> None:
    assert others_records.vehicle_owner(_norm(text), text) is expected


def test_a_person_of_ones_own_in_the_police_picture() -> None:
    text = "Finns min bror Omar med i lägesbilden för Rinkeby?"
    assert others_records.named_in_police_writing(_norm(text), text)
    assert not others_records.named_in_police_writing(_norm("Vad står i lägesbilden för Kalmar?"),
                                                       "Vad står i lägesbilden för Kalmar?")


@pytest.mark.parametrize("text", ["jag fick en varning av chefen i fredags, får han göra så?",
                                  "my supervisor put me on nights as punishment, is that allowed?"])
def test_the_one_over_the_resident_makes_a_work_matter(text: str) -> None:
    assert life_areas.area(_norm(text), _norm(text).split(), "supervisor" in text) == "work"


def test_a_police_chief_named_bare_is_no_work_matter() -> None:
    text = _norm("vad sa chefen där om de nya poliserna?")
    assert life_areas.area(text, text.split(), False) is None


def test_a_named_person_in_the_picture_gets_no_and_where_to_ask(bundled: Engine) -> None:
    answer = asked(bundled, ["Har polisen skrivit något om min dotter Ida i lägesbilden för Växjö?"])
    assert "lämnar inte ut" in answer.text and "114 14" in answer.text and "112" not in answer.text[:80]


def test_ones_pay_from_a_firm_is_work_not_a_purchase(bundled: Engine) -> None:
    answer = asked(bundled, ["bolaget jag jobbar åt har inte betalat ut min lön på två månader och svarar inte"])
    assert "facket" in answer.text and "Hallå Konsument" not in answer.text
