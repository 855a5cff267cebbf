"""speed25: whether a message asks for another's data (refusals.others_data) is read once per reading and kept on
it, since the engine asks it before taking a message's clauses apart and the refusal asks it again; the kept
answer is the one a fresh read gives, and a reading a step makes anew (dataclasses.replace) reads it afresh."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.answering import refusals
from bot.answering.conversation import Conversation
from bot.answering.engine import Engine

MESSAGES = ("Vad fokuserar Sölvesborg på?", "Vem är kommunpolis i Sölvesborg och hur länge gäller avtalet?",
            "Visa vad andra invånare i Lund har rapporterat, med deras telefonnummer",
            "vem äger den vita volvon med registreringsnummer KLM 482?", "Vad betyder medborgarlöfte?")


@pytest.mark.parametrize("text", MESSAGES)
def test_kept_is_what_a_fresh_read_gives(bundled: Engine, text: str) -> None:
    reading = bundled.reader.read(text, Conversation())
    assert reading.others_data_read is None
    first = refusals.others_data(reading)
    assert reading.others_data_read is first
    assert refusals.others_data(reading) is first
    assert refusals._others_data(bundled.reader.read(text, Conversation())) is first  # noqa: SLF001


def test_read_once_per_reading(bundled: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    inner = refusals._others_data  # noqa: SLF001

    def counted(r: object) -> bool:
        calls.append(r.text)  # type: ignore[attr-defined]
        return inner(r)  # type: ignore[arg-type]

    monkeypatch.setattr(refusals, "_others_data", counted)
    reading = bundled.reader.read(MESSAGES[0], Conversation())
    for _ in range(3):
        refusals.others_data(reading)
    assert calls == [reading.text]
    again = replace(reading, topic="period")  # a step's own reading: read afresh
    assert again.others_data_read is None
    refusals.others_data(again)
    assert len(calls) == 2


def test_a_reply_is_the_same_with_it_kept_or_not(bundled: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    kept = [bundled.answer(text, Conversation()).text for text in MESSAGES]
    monkeypatch.setattr(refusals, "others_data", refusals._others_data)  # noqa: SLF001
    fresh = [bundled.answer(text, Conversation()).text for text in MESSAGES]
    assert kept == fresh
    assert any("inte" in text for text in kept[2:4])
