"""Round sixteen's not-now class (branch notnow16): past events, worries and threats that are not danger now get
the help that fits without the emergency opening; danger now keeps 112 first. The dev set written before the
code, and the rules on messages outside it."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import danger, danger_times, not_now
from bot.answering.engine import Engine
from bot.text import fold
from tests.scored import asked, assert_case, assert_shapes, dev_params, dev_set

DEV = dev_set("notnow16_dev16.yaml")


def test_the_dev_set_is_the_class() -> None:
    assert_shapes(DEV, {"notnow": 40, "past": 8, "worry": 6, "threat": 4, "seen": 3, "injury": 3, "after": 4,
                        "emergency": 6, "en": 8})


# Still missed: a statement and a question in one message about one's teenager are answered as two clauses, and
# the statement's "var hon varit" (where she has been) is read as a question of its own (clauses.py).
@pytest.mark.parametrize("case", dev_params(DEV, known_misses=("vår 15-åring kommer hem",)))
def test_the_dev_set_holds(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)


def _norm(text: str) -> str:
    return " ".join(fold(text).replace(",", " ").replace(".", " ").replace("?", " ").split())


@pytest.mark.parametrize("text", ["det har pågått i flera veckor nu", "it has happened three times now",
                                  "tjuvarna är redan borta nu", "nu är de borta"])
def test_by_now_and_gone_now_are_no_time_of_an_act(text: str) -> None:
    assert not danger_times.NOW_TIME_SIGNS.found(danger.BY_NOW.sub(" ", _norm(text)))


@pytest.mark.parametrize("text", ["någon bryter sig in hos grannen nu", "han står utanför nu och bankar på dörren",
                                  "de har brutit sig in, de är kvar nu"])
def test_now_of_an_act_stays_now(text: str) -> None:
    assert danger_times.NOW_TIME_SIGNS.found(danger.BY_NOW.sub(" ", _norm(text)))


@pytest.mark.parametrize("text, kind", [
    ("grannen sa i måndags att jag skulle få stryk nästa gång", "harassment"),
    ("blev överfallen på väg hem för två veckor sen och har fortfarande ont i ryggen", "victim"),
    ("ramlade i trappan i fredags och slog i knät, har fortfarande ont", "health"),
    ("mitt barn vill inte gå till skolan längre och vi vet inte vem vi ska prata med", "children")])
def test_not_now_reads_the_situation(text: str, kind: str) -> None:
    norm = _norm(text)
    assert not_now.reads(norm, norm.split(), text).removeprefix(not_now.OVER) == kind


def test_a_child_something_was_done_to_is_not_only_the_childs_help() -> None:
    text = "min son blev lurad på sin mobil förra veckan, vem kan han prata med?"
    norm = _norm(text)
    assert not_now.reads(norm, norm.split(), text) != "children"


@pytest.mark.parametrize("text", ["Min morfar är dement och öppnar för alla som ringer på. Hur skyddar vi honom?",
                                  "how can we protect my grandma who keeps letting salesmen into her flat?"])
def test_protecting_someone_asked_is_no_emergency(bundled: Engine, text: str) -> None:
    assert "112" not in asked(bundled, [text]).text[:60]


@pytest.mark.parametrize("text", ["hur skyddar jag mig, han står utanför dörren nu med en kniv",
                                  "my grandma with dementia has fallen and is bleeding, how do we protect her?"])
def test_protecting_asked_beside_danger_now_keeps_112_first(bundled: Engine, text: str) -> None:
    assert "112" in asked(bundled, [text]).text[:120]


def test_a_colleague_who_was_once_close_is_no_partner(bundled: Engine) -> None:
    answer = asked(bundled, ["min exchef skickade hotfulla sms i våras, vad kan jag göra?"])
    assert "Kvinnofridslinjen" not in answer.text and "114 14" in answer.text
