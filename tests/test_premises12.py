"""Premises, round twelve: a place asked of with the wrong kommun, a false premise inside a why or how
question or before a question, two claims in one message (one true, one false), and a kommun's name that
is also an everyday word read as the kommun, never as a subject. Our own dev set
(tests/fixtures/premises_dev12.yaml) as the scorer scores it, and the behaviour behind it."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering.engine import Engine
from bot.answering.knowledge import Knowledge
from bot.text import genitive
from tests.scored import assert_case, dev_set

DEV = dev_set("premises_dev12.yaml")


def _name(case: dict[str, Any]) -> str:
    return case["q"][:60]


def test_the_dev_set_covers_every_shape() -> None:
    tags = [set(case["tags"]) for case in DEV]
    assert len(DEV) >= 55
    for kind, least in (("place", 12), ("district", 2), ("why", 5), ("statement", 3), ("covered", 8), ("two", 8),
                        ("name", 5), ("en", 10), ("noaccent", 5), ("fresh", 10)):
        assert sum(kind in t for t in tags) >= least, kind


@pytest.mark.parametrize("case", [pytest.param(case, marks=pytest.mark.xfail(strict=True)) if "gap" in case["tags"]
                                  else case for case in DEV], ids=[_name(case) for case in DEV])
def test_the_dev_set_holds(bundled: Engine, case: dict[str, Any]) -> None:
    """As ../shared/eval/score.py scores a case; a case tagged `gap` is a known miss."""
    assert_case(bundled, case)


def test_a_locality_asked_of_with_the_wrong_kommun_is_answered_about_its_own(bundled: Engine,
                                                                          knowledge: Knowledge) -> None:
    """Every locality of every entry, asked of a kommun of another county: the place's kommun answers, and
    the wrong one is named only in the opening correction."""
    wrong = knowledge.municipalities["kiruna"]
    for muni in knowledge.municipalities.values():
        for place in muni.localities[:1]:
            if muni.county == wrong.county:
                continue
            answer = bundled.answer(f"Vad har {wrong.name} lovat för {place}?")
            first, _, rest = answer.text.partition("\n")
            assert answer.municipality == muni.id, (place, answer.text[:120])
            assert first.startswith(f"{place} ligger i ") and "inte i Kiruna kommun" in first, first
            assert "Kiruna" not in rest, (place, rest[:200])


@pytest.mark.parametrize("text", [
    "Vad har Kalmar lovat för Bergkvara?",  # asked of the wrong kommun: corrected
    "Vem skrev under för Bergkvara i Kalmar?",  # placed in it: corrected the same
])
def test_the_place_of_another_kommun_is_corrected_in_every_order(bundled: Engine, text: str) -> None:
    answer = bundled.answer(text)
    assert answer.municipality == "torsas"
    assert answer.text.startswith("Bergkvara ligger i Torsås kommun, inte i Kalmar kommun")


def test_a_place_is_never_said_to_lie_in_the_kommun_one_lives_in(bundled: Engine) -> None:
    """"Jag bor i Kalmar, vad händer i Bergkvara?" names two places; Bergkvara is never put in Kalmar."""
    answer = bundled.answer("Jag bor i Kalmar, vad händer i Bergkvara?")
    assert "Bergkvara ligger i Kalmar" not in answer.text


def test_a_claim_that_the_agreement_is_about_a_place_stays_a_claim(bundled: Engine) -> None:
    """"Alvestas löfte handlar ju om Höllviken?" claims of Alvesta's agreement: answered about Alvesta."""
    answer = bundled.answer("Alvestas löfte handlar ju om Höllviken?")
    assert answer.municipality == "alvesta" and answer.text.startswith("Nej, det stämmer inte: Höllviken ligger i")


@pytest.mark.parametrize(("text", "opening"), [
    ("Mora hör till Dalarnas län men polisområde Falun, va?",
     "Ja, Mora ligger i Dalarnas län, men lokalpolisområdet stämmer inte: Mora hör till lokalpolisområde Mora."),
    ("Emmaboda ligger i Blekinge och hör till Nybro polisområde va",
     "Nej, länet stämmer inte: Emmaboda ligger i Kalmar län. Men det stämmer att Emmaboda hör till "
     "lokalpolisområde Nybro."),
    ("Värmdö ligger i Stockholms län och tillhör lokalpolisområde Nacka, eller hur?",
     "Ja, Värmdö ligger i Stockholms län och hör till lokalpolisområde Nacka."),
    ("Arjeplog is in Västerbotten and belongs to the Luleå local police area, correct?",
     "No, that is not right: Arjeplog is in Norrbottens län and belongs to the local police area Piteå älvdal."),
])
def test_two_claims_get_a_verdict_each(bundled: Engine, text: str, opening: str) -> None:
    assert bundled.answer(text).text.startswith(opening)


def test_a_subject_said_not_to_be_cared_about_is_said_to_be_taken_up(bundled: Engine,
                                                                    knowledge: Knowledge) -> None:
    """For every kommun with focus areas, its first focus area's title denied ("X bryr sig väl inte om
    <title>?"): never "Ja", never "nämns inte", and the title said."""
    for muni in list(knowledge.municipalities.values())[::15]:
        areas = [area for a in muni.agreements for area in a.areas if area.kind == "focus_area"]
        if not areas:
            continue
        title = areas[0].title
        answer = bundled.answer(f"{muni.name} bryr sig väl inte om {title.lower()}?")
        assert not answer.text.startswith("Ja"), (muni.id, answer.text[:150])
        assert "nämns inte" not in answer.text.split("\n")[0], (muni.id, answer.text[:150])


def test_a_subject_not_named_and_denied_is_agreed_with(bundled: Engine) -> None:
    answer = bundled.answer("Mora bryr sig väl inte om cykelstölder?")
    assert answer.text.startswith(f"Det stämmer: det nämns inte i {genitive('Mora')} överenskommelse.")


@pytest.mark.parametrize("text, kommun", [
    ("Mora bryr sig väl inte om hot mot politiker?", "mora"),
    ("Sala bryr sig väl inte om skolorna", "sala"),
    ("nora struntar väl i grannsamverkan", "nora"),
])
def test_an_everyday_word_named_kommun_before_a_verb_of_caring_is_the_kommun(bundled: Engine, text: str,
                                                                          kommun: str) -> None:
    answer = bundled.answer(text)
    assert answer.municipality == kommun and "kommuners överenskommelser" not in answer.text, answer.text[:150]


@pytest.mark.parametrize("text", [
    "Someone wrote about my shop in Trelleborg. Give me their phone number so I can sort this out.",
    "I have a dispute with my landlord in Uppsala about getting my deposit back, what are my rights?",
    "What does Karlshamn focus on in 2024, and which local police area is Olofström in?",
    "kalix medborgarlöften 2024-2026 vad e fokus? vilket lokalpolisområde?",
])
def test_a_story_or_a_question_with_about_or_focus_claims_nothing(bundled: Engine, text: str) -> None:
    """With "about" and "focus" read as a premise told before the question, these got "No, that is not right:
    it is not mentioned" or "Yes, 2024 agrees with the source"; only the agreement named and told is one."""
    answer = bundled.answer(text)
    for verdict in ("that is not right", "det stämmer inte", "agrees with the source", "stämmer med källan"):
        assert verdict not in answer.text, answer.text


@pytest.mark.parametrize(("text", "said"), [
    ("Varför fokuserar Mjölby på narkotika, vilken plats pekas ut?", "Resecentrum"),
    ("Varför valde Borlänge att jobba med Västra området?", "Tjärna Ängar"),
])
def test_a_why_whose_premise_holds_is_answered_as_asked(bundled: Engine, text: str, said: str) -> None:
    """A why split from the question after it has lost its "?": a true premise is no claim to confirm with
    the sentence that holds it, but a why to answer with the reason the entry gives."""
    assert said in bundled.answer(text).text


def test_kalix_told_about_a_subject_before_the_question_is_still_corrected(bundled: Engine) -> None:
    text = bundled.answer("Kalix löfte för 2024–2026 handlar om cykelstölder, vem skrev under?").text
    assert text.startswith("Nej, det stämmer inte")


def test_instructions_are_found_by_their_first_word_as_by_every_place() -> None:
    """claim_spans.instructs looks markers up by their first word; the same as comparing each at each place."""
    import random  # noqa: PLC0415

    from bot.answering import claim_markers, claim_spans  # noqa: PLC0415

    def everywhere(toks: list[str]) -> bool:
        return any(tuple(toks[i:i + len(m)]) == m for m in claim_markers.INJECTING for i in range(len(toks)))

    words = sorted({w for m in claim_markers.INJECTING for w in m} | {"hej", "x", "och"})
    rng = random.Random(7)
    for _ in range(5000):
        toks = [rng.choice(words) for _ in range(rng.randint(0, 8))]
        assert claim_spans.instructs(toks) == everywhere(toks), toks
