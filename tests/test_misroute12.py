"""Round twelve (branch misroute12): words of a command or a concern that belong to a question of the
agreement, others' identity asked in words of a place or a crime, one's own case beside crime words, and
who sees what one sends (bot/answering/misroutes.py, refusals.py, own_cases.py, not_now.py)."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import misroutes
from bot.answering.conversation import Conversation
from bot.answering.engine import Engine
from tests.scored import assert_case, dev_set

# Our own dev set (tests/fixtures/misroute_dev12.yaml), in the scorer's format.
DEV = dev_set("misroute_dev12.yaml")
# Left open, and said so: the question is read as one but the answer picks another aspect ("när det gäller"
# as a period, the follow-up's council against the e-service "att rapportera"), the model does not read
# "ska kinda …" as a question, "anmälningar" does not find "orosanmälningar", and a workshop's overcharge
# told beside "inbrottsskadorna" (fresh) still reads as the victim's.
OPEN = {
    "vad klagar invånarna i Hagfors på när det gäller trafiken",
    "vem foljer upp arbetet i arvidsjaur och vart rapporterar de",
    "Till vem rapporterar man uppföljningen i Arvidsjaur?",
    "ska kinda sprida kunskap om hur man tipsar polisen?",
    "varför nämner Vilhelmina fler anmälningar i sitt löfte?",
    "Bilverkstaden tog dubbelt så mycket betalt som offerten sa, efter att de lagade inbrottsskadorna på bilen",
}
HELD = [case for case in DEV if case["q"] not in OPEN]


def test_the_dev_set_is_the_classes() -> None:
    tags = [set(case["tags"]) for case in DEV]
    assert len(DEV) >= 55
    for cls in ("a", "b", "c", "d"):
        assert sum(cls in t for t in tags) >= 8, cls
    assert sum("en" in t for t in tags) >= 8
    assert sum("fresh" in t for t in tags) == 10


@pytest.mark.parametrize("case", HELD, ids=[c["q"][:60] for c in HELD])
def test_the_dev_set_holds(bundled: Engine, case: dict[str, Any]) -> None:
    assert_case(bundled, case)


@pytest.mark.parametrize("message", [
    "vilka fordon klagar folk på vid skolorna i Kungsbacka?",
    "vilka bevakar otrygga platser i Danderyd?",
    "Hej! Jag bor i Hagfors sedan länge. Vad för klagomål har kommunen och polisen fått in enligt löftet?",
    "bygger löftet i arboga på invånarnas synpunkter",
])
def test_others_complaints_and_watching_are_asked_of_the_agreement(message: str) -> None:
    assert misroutes.asks_of_the_agreement(message, english=False)


@pytest.mark.parametrize(("message", "english"), [
    ("jag vill klaga på mopederna vid skolan i Kungsbacka", False),
    ("kan man lämna synpunkter om belysningen i Boden?", False),
    ("bevaka Växjö", False),
    ("Det langas knark vid torget i Kalmar. Gör kommunen något åt det?", False),  # the concern told, then asked
    ("Can I complain about the lighting in Lund?", True),
    ("I want to report an unsafe place in Lund", True),
])
def test_the_resident_who_acts_keeps_the_invitation(message: str, english: bool) -> None:
    assert not misroutes.asks_of_the_agreement(message, english)


@pytest.mark.parametrize(("message", "reply"), [
    ("jag vill klaga på mopederna vid skolan i Kungsbacka", "/synpunkt"),
    ("bevaka Växjö", "/folj"),
    ("vilka fordon klagar folk på vid skolorna i Kungsbacka?", "A-traktorer"),
    ("vilka bevakar otrygga platser i Danderyd?", "väktare"),
])
def test_the_command_or_the_answer(bundled: Engine, message: str, reply: str) -> None:
    assert reply in bundled.answer(message, Conversation()).text


@pytest.mark.parametrize(("norm", "named", "refused"), [
    ("vem ar det som flyger dronare over var tomt", False, True),
    ("vilka har flest anmalningar mot sig i vaxjo", True, True),
    ("vem ar det som klottrar pa var gard i kalmar", True, True),
    ("vilka ar det som bevakar de otrygga platserna i danderyd", True, False),  # the agreement's guards
    ("vem ar det som skrev under i kiruna", True, False),  # the signers
    ("vem ar det som leder arbetet i lund", True, False),
])
def test_who_someone_is(norm: str, named: bool, refused: bool) -> None:
    assert misroutes.asks_who_someone_is(norm, named) is refused


@pytest.mark.parametrize("message", [
    "det är någon som bryter sig in hos oss just nu, vem är det som gör så",
    "jag vill klaga, grannen slår sin fru just nu",
    "vem kan läsa det jag skickar? det brinner i trapphuset!",
    "hyresvärden vill inte byta låset och nu står det en man med kniv i trappan",
])
def test_danger_keeps_112_first(bundled: Engine, message: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert "112" in answer.text[:120], answer.text[:120]


@pytest.mark.parametrize("message", [
    "vem kan läsa det jag skickar med /synpunkt? polisen?",
    "does the police see my report?",
    "who can read the concern I send? the police?",
])
def test_who_sees_is_the_kommuns_staff_not_a_call(bundled: Engine, message: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert answer.topic == "who_sees" and "112" not in answer.text[:60], answer.text[:100]
