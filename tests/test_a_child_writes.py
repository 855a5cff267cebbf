"""A resident who tells they are a child gets Bris among the help lines (limits.A_CHILD_WRITES)."""

from __future__ import annotations

import pytest

from bot.answering import limits
from bot.answering.engine import Engine
from tests.scored import asked


@pytest.mark.parametrize("text", ["jag är 13 och några på fritids hotar att slå mig om jag inte ger dem pengar",
                                  "i am 16 and a guy from my old class keeps threatening me"])
def test_a_child_told_gets_bris(bundled: Engine, text: str) -> None:
    answer = asked(bundled, [text])
    assert "116 111" in answer.text and "112" not in answer.text[:60]


@pytest.mark.parametrize("norm, child", [("jag ar 15 och radd", True), ("jag ar 45 och radd", False),
                                         ("min son ar 15", False), ("im 12 years old", True)])
def test_the_age_is_the_residents_own(norm: str, child: bool) -> None:
    assert limits.A_CHILD_WRITES.found(norm) is child
