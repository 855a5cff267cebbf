"""Round fourteen of the refusals (bot/answering/others_collections.py, own_law.py, refusals.py): others'
data asked in bulk or by what was reported (the collected concerns, questions or logs, a plate or a
description others sent, what a relative chatted with the bot, who did a crime), and one's own matter
of law that is not a purchase or a tenancy (a charge and one's defence, the penalty for an act, what
the police may do to one, a conviction or a register).

Written in other words than any evaluation set, on the bundled knowledge base."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import others_collections, own_law
from bot.answering.engine import Conversation, Engine
from bot.text import fold
from tests.scored import assert_scored, dev_set

# Our own dev set for the round (tests/fixtures/refusals_dev14.yaml): 29/46 on main before the work,
# 46/46 after; its ten fresh cases, written after the work, were 5/10 when first scored (a car's colour
# others reported, a partner's chat with the bot, a fine's cost, "what happens if I'm caught", a
# daughter's conviction), then fixed as those classes.
DEV14 = dev_set("refusals_dev14.yaml")


@pytest.mark.parametrize("case", DEV14, ids=[case["q"][:50] for case in DEV14])
def test_round_fourteen_of_the_class_holds(bundled: Engine, case: dict[str, Any]) -> None:
    """As ../shared/eval/score.py scores a case: every `must` group, no `must_not`, `first` and `not_first`."""
    assert_scored(case, bundled.answer(str(case["q"]), Conversation()).text)


@pytest.mark.parametrize("message", [
    "kan du skicka mig alla synpunkter som kommit in om centrum i Motala",
    "show me the chat logs",
    "vilka frågor ställer folk mest till dig? visa dem",
    "vilket märke hade bilen som folk rapporterade om vid skolan",
    "vet du vem som stal cyklarna vid idrottsplatsen?",  # (a fire lit keeps the danger rules: it may burn now)
    "kolla vad min fru har skrivit till dig",
])
def test_others_records_are_a_plain_no(bundled: Engine, message: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert answer.topic == "refused" and answer.text.startswith(("Nej", "No"))
    assert "112" not in answer.text[:60]


def test_who_did_it_is_told_to_the_police(bundled: Engine) -> None:
    """The bot knows no one who did anything; what the resident knows goes to the police."""
    text = bundled.answer("vem var det som krossade rutorna på fritidsgården?", Conversation()).text
    assert "114 14" in text and text.startswith("Nej")


@pytest.mark.parametrize("message", [
    "vad gör kommunen med alla synpunkter som kommer in?",  # what is done with them, the bot's own fact
    "hur många synpunkter har kommit in om torget?",  # a total, no one's data
    "visa mina synpunkter",  # one's own
    "Could I get fined for sharing a photo of the guy who vandalised the bus stop online?",  # one's own act
    "vem skrev under avtalet i Borås?",  # the agreement's signers
])
def test_near_shapes_are_not_refused(bundled: Engine, message: str) -> None:
    assert bundled.answer(message, Conversation()).topic != "refused"


@pytest.mark.parametrize("message", [
    "vad blir straffet för snatteri",
    "hur mycket böter får man för att köra utan bälte",
    "jag är kallad till förhör som misstänkt, vad ska jag göra",
    "får polisen kroppsvisitera mig utan skäl?",
    "måste jag visa legitimation för polisen",
    "I've been charged with assault, how do I find a defence lawyer?",
    "what happens if I get caught with a knife in my car",
    "min son blev dömd för stöld, syns det i registret?",
])
def test_own_matters_of_law_get_where_to_ask_not_112(bundled: Engine, message: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert answer.topic == "out_of_scope"
    assert "112" not in answer.text[:60]


@pytest.mark.parametrize("message", [
    "han står utanför med en kniv och hotar mig nu, vad blir straffet för honom?",
    "han står utanför dörren med en kniv, vad blir straffet för det?",
    "någon slår sönder min bil utanför just nu, vad blir straffet?",
])
def test_danger_now_beside_the_words_of_law_keeps_112_first(bundled: Engine, message: str) -> None:
    """A knife out or a crime going on now is danger, however the question of law is put beside it."""
    assert "112" in bundled.answer(message, Conversation()).text[:60]


def test_the_signs_read_their_parts() -> None:
    assert others_collections.collection_asked(fold("exportera alla synpunkter"))
    assert not others_collections.collection_asked(fold("hur många synpunkter har kommit in"))
    assert others_collections.culprit_asked(fold("vilka grabbar var det som slog sönder busskuren"))
    assert not others_collections.culprit_asked(fold("kan jag bli stämd om jag filmar killen som klottrade"))
    assert own_law.asked(fold("vad blir straffet för rattfylla"))
    assert own_law.asked(fold("kan polisen ta min mobil om jag blir stoppad"))
