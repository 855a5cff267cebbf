"""Round twenty-two's carried follow-ups (bot/answering/carried_kommun.py): a question of the kommun talked about
whose answer lost it is asked again with the kommun as its heading. The dev set written before the code, and the
rule itself on examples of other kommuner and shapes than the dev set's."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering.engine import Engine
from tests.scored import asked, assert_case, assert_shapes, dev_params, dev_set

DEV = dev_set("carried22_dev22.yaml")


def test_the_dev_set_is_the_class() -> None:
    assert_shapes(DEV, {"carried22": 30, "en": 4, "person": 4, "place": 3, "glossary": 2, "emergency": 1}, total=30)


# Still missed: a question read as a wish to send a concern whose own reading is about the kommun ("vilka åtgärder
# … skulle kommunen vara med om?"), and "igång" read as danger after a story (112 first, before the kommun's SSPF).
@pytest.mark.parametrize("case", dev_params(DEV, known_misses=("vilka åtgärder vid otrygga", "kommit igång med SSPF")))
def test_the_dev_set_holds(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)


@pytest.mark.parametrize("first, then, kommun", [
    ("Jag bor i Gnosjö.", "Gör kommunen något åt klottret?", "gnosjo"),
    ("Berätta om Mjölby", "står det något om bedrägerier i kommunens avtal?", "mjolby"),
    ("vilka medborgarlöften har Sandviken", "vilka löften finns?", "sandviken"),
])
def test_a_question_that_lost_its_kommun_is_asked_of_it(bundled: Engine, first: str, then: str, kommun: str) -> None:
    answer = asked(bundled, [first, then])
    assert answer.municipality == kommun and answer.topic not in ("cross", "in_force", "feedback", "glossary")


@pytest.mark.parametrize("then, opens", [("vad är en lägesbild?", "lägesbild:"), ("vad är BRÅ?", "Brå:"),
                                         ("vilka kommuner har grannsamverkan?", "Det här tas upp i")])
def test_a_word_or_a_list_asked_is_not_pulled_into_the_entry(bundled: Engine, then: str, opens: str) -> None:
    # The word's meaning opens the answer (in_context.py may add the kommun's own sentences after it); a list
    # across the kommuner stays the list.
    assert asked(bundled, ["Vad lovar Gnosjö?", then]).text.startswith(opens)


def test_a_definite_word_asks_the_kommuns_own(bundled: Engine) -> None:
    answer = asked(bundled, ["Vad har Vetlanda lovat?", "vad kom fram i lägesbilden?"])
    assert answer.municipality == "vetlanda"


def test_another_kommun_named_is_its_own_question(bundled: Engine) -> None:
    assert asked(bundled, ["Jag bor i Gnosjö.", "vad gör kommunen i Mjölby?"]).municipality == "mjolby"


def test_danger_after_a_kommun_keeps_112_first(bundled: Engine) -> None:
    answer = asked(bundled, ["Vad lovar Gnosjö?", "någon slår sönder fönster hos grannen just nu, vad gör jag?"])
    assert "112" in answer.text[:120]
