"""Round seventeen's follow-ups that need what came before (who signed, when it ends, another kommun or
agreement, a person named, three turns), on the dev set written before the code; and the rule of
bot/answering/order_words.py: a short follow-up that points only to the agreement before or after the one
talked about goes on with the talk, never opens with 112, and "förra gången" is the earlier agreement."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import order_words
from bot.answering.engine import Engine
from bot.text import fold, tokens
from tests.scored import asked, assert_case, assert_shapes, dev_params, dev_set

DEV = dev_set("followups17_dev17.yaml")


def test_the_dev_set_is_the_class() -> None:
    assert_shapes(DEV, {"signed": 6, "ends": 6, "other_kommun": 5, "other_agreement": 6, "person": 6,
                        "again": 3, "three": 6, "en": 6, "danger": 2})


# Still missed: Orsa's kommunpolis is named only beside the säkerhetsskyddschef in the source's sentence,
# and the role asked after the kommunalråd finds no holder of that role.
@pytest.mark.parametrize("case", dev_params(DEV, known_misses=("och kommunpolisen då?",)))
def test_the_dev_set_holds(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)


@pytest.mark.parametrize("text", ["och innan dess?", "och förra gången då?", "och nästa?", "and the one before that?",
                                  "och efter det?", "the next one?", "och det föregående gången?"])
def test_an_order_word_alone_points_along(text: str) -> None:
    norm = fold(text)
    assert order_words.points_along(norm, tokens(text))


@pytest.mark.parametrize("text", ["innan dess hade jag aldrig varit rädd, men nu står han utanför dörren",
                                  "nästa gång han slår henne ringer jag", "vad gör polisen?", "och Hofors?"])
def test_a_message_of_its_own_does_not_point_along(text: str) -> None:
    assert not order_words.points_along(fold(text), tokens(text))


@pytest.mark.parametrize("first, then, kommun", [
    ("Vad lovade Osby 2024?", "och innan dess?", "osby"),
    ("Vad lovade Heby 2024?", "och förra gången?", "heby"),
    ("What did Osby promise in 2024?", "and the previous one?", "osby"),
])
def test_the_earlier_agreement_is_answered_without_112(bundled: Engine, first: str, then: str, kommun: str) -> None:
    answer = asked(bundled, [first, then])
    assert answer.municipality == kommun
    assert "112" not in answer.text[:150]
    assert "tidigare" in answer.text.split("\n")[0] or "earlier" in answer.text.split("\n")[0]


def test_the_next_one_is_no_alarm(bundled: Engine) -> None:
    answer = asked(bundled, ["Vad lovade Orust 2021?", "och nästa?"])
    assert answer.municipality == "orust" and "112" not in answer.text[:150]


def test_danger_after_an_agreement_keeps_112_first(bundled: Engine) -> None:
    answer = asked(bundled, ["Vad lovade Osby 2024?", "och innan dess var han lugn men nu slår han mig"])
    assert "112" in answer.text[:120]


@pytest.mark.parametrize("first, then, name", [
    ("Vem skrev under Gnosjös löfte 2024?", "och det från 2019?", "Håkan Boberg"),
    ("Who signed Laholm's 2023 promise?", "and the one from 2021?", "Mikael Eliasson"),
])
def test_a_pronoun_with_a_year_keeps_the_aspect(bundled: Engine, first: str, then: str, name: str) -> None:
    answer = asked(bundled, [first, then])
    assert answer.topic == "people" and name in answer.text
