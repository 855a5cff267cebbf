"""The nineteenth session's own mends, on examples of its own (not sentences of a seen set)."""

from __future__ import annotations

import pytest

from bot.answering import aspects
from bot.answering.conversation import Conversation
from bot.answering.engine import Engine


def _without_methods(bundled: Engine) -> str:
    """An entry whose source names no way of working and whose agreements have focus areas or commitments."""
    return next(m.id for m in bundled.knowledge.municipalities.values()
                if not m.methods and not aspects.named_methods(m) and m.areas)


def test_asked_how_they_work_where_the_source_does_not_say_the_agreement_follows(bundled: Engine) -> None:
    muni = bundled.knowledge.municipalities[_without_methods(bundled)]
    text = bundled.answer(f"Hur ska kommunen och polisen i {muni.name} arbeta?", Conversation()).text
    titles = [a.title for a in muni.areas]
    assert "säger inget om hur" in text and any(title in text for title in titles), text[:300]


def test_an_agreement_known_only_as_signed_says_so_instead_of_a_bare_heading(bundled: Engine) -> None:
    for muni in bundled.knowledge.municipalities.values():
        for agreement in muni.agreements:
            if not agreement.areas and not agreement.purpose:
                text = bundled.answer(f"Vad fokuserar {muni.name} på?", Conversation()).text
                assert "tar upp framgår inte av källan" in text, text[:400]
                assert ":\n\n" not in text.replace("överens om:\n\n", ""), text[:400]
                return
    pytest.skip("no entry has an agreement without areas and purpose")


@pytest.mark.parametrize(("message", "kommun"), [
    ("Vad lovar Habo, inte Håbo alltså?", "habo-jonkoping"),
    ("What does Habo promise (not Håbo)?", "habo-jonkoping"),
    ("Vad lovar Håbo, inte Habo?", "habo"),
    ("Vad gör Lomma, inte Lund, för tryggheten?", "lomma"),
    ("Not Lund but Lomma: what do they focus on?", "lomma"),
])
def test_a_kommun_set_aside_with_not_is_not_the_one_asked_about(bundled: Engine, message: str, kommun: str) -> None:
    assert bundled.answer(message, Conversation()).municipality == kommun


def test_not_that_asks_the_question_sets_no_kommun_aside(bundled: Engine) -> None:
    answer = bundled.answer("Har inte Lomma och Lund samma lokalpolisområde?", Conversation())
    assert "Lomma" in answer.text and "Lund" in answer.text, answer.text[:300]


@pytest.mark.parametrize("message", [
    "Kan du hjälpa mig göra en polisanmälan?",
    "kan du hjälpa till med att anmäla att min cykel blivit stulen",
    "Can you help me file a police report?",
])
def test_help_asked_with_a_report_is_how_to_report(bundled: Engine, message: str) -> None:
    text = bundled.answer(message, Conversation()).text
    assert "polisen.se" in text and "114 14" in text and not text.startswith(("Är du", "Are you")), text[:200]


def test_what_the_bot_helps_with_is_still_what_it_does(bundled: Engine) -> None:
    assert "polisen.se" not in bundled.answer("vad kan du hjälpa mig med?", Conversation()).text[:200]


@pytest.mark.parametrize("message", [
    "Kan jag få se alla svar från trygghetsenkäten i Lund?",
    "Can I get the raw survey responses for Umeå?",
])
def test_a_surveys_answers_one_by_one_are_others_data(bundled: Engine, message: str) -> None:
    assert bundled.answer(message, Conversation()).topic == "refused"


def test_what_the_survey_showed_is_no_refusal(bundled: Engine) -> None:
    assert bundled.answer("Vad visade trygghetsmätningen i Lund?", Conversation()).topic != "refused"


def test_a_landlords_threat_of_notice_is_no_threat_to_the_body(bundled: Engine) -> None:
    text = bundled.answer("hyresvärden hotar med vräkning för att vi har en katt, får han det?", Conversation()).text
    assert "hyres" in text.lower() and "112" not in text, text[:300]


def test_a_threat_to_kick_in_the_door_keeps_112(bundled: Engine) -> None:
    assert "112" in bundled.answer("han hotar att sparka in dörren", Conversation()).text[:80]


def test_not_that_is_the_claims_sets_no_kommun_aside(bundled: Engine) -> None:
    answer = bundled.answer("Gäller Lommas avtal verkligen inte Lund?", Conversation())
    assert answer.municipality == "lomma", answer.text[:200]
