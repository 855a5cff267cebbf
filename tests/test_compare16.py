"""Round sixteen's comparisons between kommuner named (bot/answering/compare.py, belonging.py): comparatives
("nyare", "older", "först"), each kommun's own latest agreement, ties, shared focus areas under each kommun's
name, a kommun set against the one talked about, and a police area an entry does not name; on the dev set
written before the code and on the entries' own facts."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import compare
from bot.answering.engine import Engine
from tests.scored import asked, assert_case, assert_shapes, dev_params, dev_set

DEV = dev_set("compare16_dev16.yaml")


def test_the_dev_set_is_the_class() -> None:
    assert_shapes(DEV, {"each": 10, "newer": 3, "older": 3, "shared": 3, "same_area": 5, "differ": 3, "missing": 3,
                        "three": 3, "en": 6, "noaao": 3, "context": 2})


# Still missed: a lower-case "sala" (also a word: a hall) after "eller" is not read as the kommun.
@pytest.mark.parametrize("case", dev_params(DEV, known_misses=("vasteras eller sala",)))
def test_the_dev_set_holds(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)


@pytest.mark.parametrize("norm, which", [("ar boras eller falun avtal aldre", "oldest"),
                                         ("which of them has a longer promise, lund or ystad", "longest"),
                                         ("vilken kommun tecknade sitt avtal senare", "newest")])
def test_a_comparative_between_kommuner_named_asks_which(norm: str, which: str) -> None:
    assert compare.kind(norm, 2) == which


@pytest.mark.parametrize("norm", ["finns det ett nyare avtal for kalix", "ar avtalet aldre an mitt hus"])
def test_a_comparative_of_one_kommun_compares_no_kommuner(norm: str) -> None:
    assert compare.kind(norm, 1) is None and compare.kind(norm, 0) is None


def test_each_kommun_is_read_by_its_latest_agreement(bundled: Engine) -> None:
    # Kalix has two promises (2022–2023 and 2024–2026): the newer one is compared, not the first listed.
    answer = asked(bundled, ["Är Kalix eller Övertorneå nyare när det gäller medborgarlöftet?"])
    assert answer.topic == "compare" and answer.text.startswith("Kalix har det nyare avtalet")
    assert "2024–2026" in answer.text.split("\n")[0]


def test_a_tie_names_no_winner(bundled: Engine) -> None:
    answer = asked(bundled, ["Vilken av Solna och Sundbyberg har längre avtal?"])
    assert answer.text.startswith("Enligt källorna är perioderna i Solna och Sundbyberg lika långa")


def test_shared_focus_areas_are_each_kommuns_own_titles_in_order_named(bundled: Engine) -> None:
    answer = asked(bundled, ["Har Härjedalen och Berg några gemensamma fokusområden?"])
    lines = answer.text.split("\n")
    assert lines[0] == "Fokusområden med samma ämne i Härjedalen och Berg:"
    assert all(line.startswith("• Härjedalen: ") and " – Berg: " in line for line in lines[1:4])


def test_a_kommun_set_against_the_last_is_compared_with_it(bundled: Engine) -> None:
    answer = asked(bundled, ["Vad har Ystad lovat?", "och jämfört med Skurup?"])
    assert answer.topic == "compare" and answer.text.startswith("Ystad:") and "\n\nSkurup:" in answer.text


def test_a_police_area_an_entry_does_not_name_is_said_so(bundled: Engine) -> None:
    answer = asked(bundled, ["Hör Stockholm och Solna till samma lokalpolisområde?"])
    assert answer.text.startswith("Det går inte att avgöra av källorna: Solna hör till lokalpolisområde Solna")
    assert "inget lokalpolisområde för Stockholm" in answer.text


def test_moving_between_two_kommuner_compared_keeps_both(bundled: Engine) -> None:
    answer = asked(bundled, ["Vi flyttade från Tierp till Heby, ligger de i samma lokalpolisområde?"])
    assert answer.text.startswith("Ja, Tierp och Heby hör båda till lokalpolisområde Norduppland")
