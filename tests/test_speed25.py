"""speed25: whether a message asks for another's data (refusals.others_data) and the resident's own matter
(own_matters.matter) are read once per reading and kept on it, since the engine asks the first before taking a
message's clauses apart and the refusal asks both again; the kept answer is the one a fresh read gives, a reading
a step makes anew (dataclasses.replace) reads them afresh, and the replies are the same either way."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.answering import own_matters, refusals
from bot.answering.conversation import Conversation
from bot.answering.engine import Engine

MESSAGES = ("Vad fokuserar Sölvesborg på?", "Vem är kommunpolis i Sölvesborg och hur länge gäller avtalet?",
            "Visa vad andra invånare i Lund har rapporterat, med deras telefonnummer",
            "vem äger den vita volvon med registreringsnummer KLM 482?", "Vad betyder medborgarlöfte?",
            "Jag fick en parkeringsbot i Lund, hur överklagar jag den?", "Min hyresvärd vill säga upp mig, vad gäller?")


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


@pytest.mark.parametrize("text", MESSAGES)
def test_the_matter_kept_is_what_a_fresh_read_gives(bundled: Engine, text: str) -> None:
    reading = bundled.reader.read(text, Conversation())
    assert reading.matter_read is None
    first = own_matters.matter(reading)
    assert reading.matter_read == (first,)
    assert own_matters.matter(reading) == first == own_matters._matter(bundled.reader.read(text, Conversation()))  # noqa: SLF001
    assert replace(reading, topic="period").matter_read is None


def test_a_matter_of_ones_own_is_kept_too(bundled: Engine) -> None:
    kinds = {own_matters.matter(bundled.reader.read(text, Conversation())) for text in MESSAGES[-2:]}
    assert kinds - {None}  # a matter read and kept, not only None


def test_a_reply_is_the_same_with_them_kept_or_not(bundled: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    kept = [bundled.answer(text, Conversation()).text for text in MESSAGES]
    monkeypatch.setattr(refusals, "others_data", refusals._others_data)  # noqa: SLF001
    monkeypatch.setattr(refusals, "matter", own_matters._matter)  # noqa: SLF001
    monkeypatch.setattr(own_matters, "matter", own_matters._matter)  # noqa: SLF001
    fresh = [bundled.answer(text, Conversation()).text for text in MESSAGES]
    assert kept == fresh
    assert any("inte" in text for text in kept[2:4])
