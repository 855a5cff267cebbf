"""Round twenty-six's agreement picker: which of a kommun's agreements a question names by its year, its month and
year, or its kind's word (bot/answering/agreement_pick.py) is the one answered, not every agreement of the kommun;
an English "what does X's 2019 … focus on?" names which agreement and claims no date (claims.OPEN_ASKS). The probe
is benchmarks/pick_agreement.py; here its rules on examples of their own."""

from __future__ import annotations

import pytest

from benchmarks import pick_agreement
from bot.answering import agreement_pick
from bot.answering.engine import Conversation, Engine
from bot.answering.followup import AGREEMENT_KINDS
from bot.answering.knowledge import Knowledge
from bot.text import fold, tokens


def _reply(engine: Engine, text: str) -> tuple[str, str | None]:
    answer = engine.answer(text, Conversation())
    return answer.text, answer.municipality


def _picked(knowledge: Knowledge, muni_id: str, text: str) -> list[str] | None:
    kept = agreement_pick.picked(text, tokens(text), " ".join(tokens(text)), knowledge.municipalities[muni_id],
                                 AGREEMENT_KINDS)
    return None if kept is None else [a.title for a in kept]


def test_a_year_and_a_kind_pick_one_agreement(knowledge: Knowledge) -> None:
    assert _picked(knowledge, "solvesborg", "Vad handlar Sölvesborgs medborgarlöfte 2022 om?") == ["Medborgarlöfte 2022–2023"]
    # the kind alone, of a kommun with one of it
    assert _picked(knowledge, "morbylanga", "vilka fokusområden har samverkansöverenskommelsen i Mörbylånga?") \
        == ["Samverkansavtal 2023–2026"]
    # "promise" in English is the medborgarlöfte, not the samverkansöverenskommelse that began the same year
    picked = _picked(knowledge, "orsa", "Orsa: what is the 2019 promise about?")
    assert picked is not None and len(picked) == 1 and picked[0].startswith("Medborgarlöfte")


def test_a_month_and_year_pick_the_agreement_begun_or_signed_then(knowledge: Knowledge) -> None:
    picked = _picked(knowledge, "orsa", "Orsa: vad handlar löftet från november 2019 om?")
    assert picked is not None and len(picked) == 1 and "november 2019" in picked[0]


@pytest.mark.parametrize("text", [
    "Vad fokuserar Sölvesborg på?",  # nothing names one: all, as before
    "Vad fokuserar Vänersborg på nu och vilka områden valdes 2020?",  # two asks: each picks its own
])
def test_no_pick(knowledge: Knowledge, text: str) -> None:
    muni = "vanersborg" if "Vänersborg" in text else "solvesborg"
    assert _picked(knowledge, muni, text) is None


@pytest.mark.parametrize("text, wanted, other", [
    ("Vad handlar Sölvesborgs medborgarlöfte 2022 om?", "Minskad tillgreppsbrottslighet", "Tidig upptäckt"),
    ("Sölvesborg: vad fokuserar löftet 2024 på?", "Tidig upptäckt", "Minskad tillgreppsbrottslighet"),
    ("What does Älvdalen's 2016 citizen promise focus on?", "Speed and sobriety checks", "Threats and violence"),
    ("What does Älvdalen's cooperation agreement from March 2019 focus on?", "Threats and violence",
     "Speed and sobriety checks"),
])
def test_the_agreement_named_is_answered(bundled: Engine, text: str, wanted: str, other: str) -> None:
    reply, muni = _reply(bundled, text)
    assert muni is not None
    assert fold(wanted) in fold(reply), reply[:300]
    assert fold(other) not in fold(reply), reply[:300]
    assert "agrees with the source" not in reply  # a year that picks is no date claimed


def test_the_kept_agreement_keeps_its_title(bundled: Engine) -> None:
    reply, _ = _reply(bundled, "Trollbäcken, vad lovade polisen 2022?")
    assert "Nacka" in reply and "2017" not in reply


def test_probe_selectors_are_unique(knowledge: Knowledge) -> None:
    muni = knowledge.municipalities["solvesborg"]
    by_title = {a.title: [s for s, _ in pick_agreement.selectors(muni, a)] for a in muni.agreements}
    assert by_title["Medborgarlöfte 2024"] == ["year"]
    assert "kind" in next(v for k, v in by_title.items() if k.startswith("Samverkans"))
    cases = pick_agreement.questions(knowledge, pick_agreement.half("goteborg"))
    assert any(c["selector"] == "district" and "Hisings Backa" in c["q"] for c in cases)
