"""A crime to report whose harm lingers gets 1177 beside how to report it (Helping.report)."""

from __future__ import annotations

from bot.answering.engine import Engine
from tests.scored import asked


def test_harm_that_lingers_adds_medical_advice_to_the_report(bundled: Engine) -> None:
    answer = asked(bundled, ["en cyklist körde på mig i förrgår och jag har fortfarande ont i axeln"])
    assert "114 14" in answer.text and "1177" in answer.text and "112" not in answer.text[:60]


def test_a_report_with_no_harm_told_has_no_medical_line(bundled: Engine) -> None:
    answer = asked(bundled, ["någon stal min cykel från gården i natt"])
    assert "114 14" in answer.text and "1177" not in answer.text
