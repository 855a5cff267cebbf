"""A false period put to the bot is corrected with the true one, without repeating the false years
(bot/answering/years_asked.py): a reader who skims keeps the period the sources give. Read on the
bundled knowledge base, in other words than any evaluation set."""

from __future__ import annotations

import pytest

from bot.answering.engine import Conversation, Engine


@pytest.mark.parametrize(("message", "false", "true"), [
    ("Hofors medborgarlöfte gällde väl 2016–2017?", ["2016", "2017"], "2023–2024"),
    ("Uppsalas samverkansöverenskommelse löper väl ut 2033?", ["2033"], "2024–2027"),
    ("Umeå's citizen promise was for 2012–2013, right?", ["2012", "2013"], "2025–2027"),
])
def test_the_correction_gives_the_true_period_not_the_false_one(bundled: Engine, message: str,
                                                                false: list[str], true: str) -> None:
    first = bundled.answer(message, Conversation()).text.split("\n\n")[0]
    assert first.startswith(("Nej, det stämmer inte", "No, that is not right"))
    assert true in first
    assert not any(year in first for year in false)


def test_a_claim_that_there_is_none_is_not_told_there_is_no_such_one(bundled: Engine) -> None:
    first = bundled.answer("Trollhättan har väl inget medborgarlöfte efter 2022?", Conversation()).text.split("\n\n")[0]
    assert first.startswith("Nej, det stämmer inte") and "sådant" not in first and "2025–2026" in first


def test_a_year_asked_without_a_claim_is_still_said_to_be_missing(bundled: Engine) -> None:
    """A plain question about a year no agreement covers: that year's agreement is not in the sources."""
    first = bundled.answer("vad står i Hofors medborgarlöfte för 2021?", Conversation()).text.split("\n\n")[0]
    assert "inget medborgarlöfte för 2021" in first
