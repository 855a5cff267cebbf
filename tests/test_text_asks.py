"""Questions about what an entry's text says (bot/answering/text_asks.py, through detail_asks.py): a
role the text names, a figure or date it states, a body's members, a named tool, what the agreement
names (a question, never a concern), and a subject it lacks said plainly. Expectations are read from
the bundled entries, not written here."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import detail_asks, text_asks
from bot.answering.engine import Conversation, Engine
from bot.answering.knowledge import Knowledge
from bot.text import genitive, tokens
from tests.scored import assert_scored, dev_set

# Our own dev set, in the scorer's format; the cases tagged "gap" fail for reasons the file gives.
DEV = [case for case in dev_set("detail_dev5.yaml") if "gap" not in case.get("tags", [])]



@pytest.mark.parametrize("case", DEV, ids=[case["q"][:50] for case in DEV])
def test_the_dev_set_holds(bundled: Engine, case: dict[str, Any]) -> None:
    answer = bundled.answer(str(case["q"]), Conversation())
    assert answer.municipality == case["kommun"], case["q"]
    assert_scored(case, answer.text)


def _shape(text: str) -> str | None:
    toks = tokens(text)
    asked = detail_asks.ask(text, " ".join(toks), toks)
    return asked.shape if asked else None


@pytest.mark.parametrize(("text", "shape"), [
    ("Vem är brottsförebyggande strateg i kommunen?", "role"),
    ("Who is the crime prevention coordinator?", "role"),
    ("Har kommunen någon trygghetssamordnare?", "role"),
    ("Vem är chef?", None),  # a bare "chef" names no role of the text
    ("Vilket datum har lägesbilden?", "figure"),
    ("Sedan när finns polisgruppen?", "figure"),
    ("When is the lägesbild dated?", "figure"),
    ("Hur länge gäller avtalet?", None),  # the period's
    ("Vilka ingår i styrgruppen?", "members"),
    ("Who is on the steering group?", "members"),
    ("Vilka ingår i samverkan?", None),  # the parties'
    ("Vilket IT-verktyg använder kommunen?", "tool"),
    ("Which app do they use?", "tool"),
    ("Vilka insatser görs systematiskt?", None),
])
def test_the_frame_of_a_question_about_the_text(text: str, shape: str | None) -> None:
    assert _shape(text) == shape


def test_a_role_is_the_word_ending_as_roles_end() -> None:
    assert text_asks.role_asked(tokens("vem är brottsförebyggande strateg i Örebro")) == ("strateg",)
    assert text_asks.role_asked(tokens("who is the crime prevention strategist")) == ("strategist",)
    assert text_asks.role_asked(tokens("vem är chef")) is None


def test_a_figure_is_digits_a_number_word_or_a_month() -> None:
    assert text_asks.states_a_figure("En polisgrupp på fem personer.")
    assert text_asks.states_a_figure("Lägesbilden är daterad 28 november 2022.")
    assert not text_asks.states_a_figure("Kommunen och polisen samverkar kring trygghet.")


def test_the_subject_of_say_about_is_the_words_after_it() -> None:
    assert text_asks.about_subject(tokens("what does xplacex s agreement say about the mine")) == ["mine"]
    assert text_asks.about_subject(tokens("what does xplacex s agreement say about the mine"), True) == ["the", "mine"]
    assert text_asks.about_subject(tokens("vad säger xplacex om lösa hundar i parken")) == ["losa", "hundar"]
    assert text_asks.about_subject(tokens("hur arbetar xplacex med trafiken")) == []


def test_a_question_of_what_the_agreement_names_is_no_concern(bundled: Engine) -> None:
    for text in ("vilka platser i Trelleborg nämns kring buskörningen",
                 "which parts of Ovanåker feel unsafe according to the surveys"):
        assert bundled.read(text).decision().action == "question", text
        assert bundled.answer(text, Conversation()).topic != "feedback", text
    told = "Det är otryggt vid busstationen i Trelleborg på kvällarna, jag vill lämna en synpunkt"
    assert bundled.read(told).decision().action == "concern"


def test_a_subject_the_entry_lacks_is_said_plainly(bundled: Engine, knowledge: Knowledge) -> None:
    muni = knowledge.municipalities["kungsor"]
    assert not bundled.passages.holds(muni.id, "kamerabevakning")
    answer = bundled.answer("Vad säger Kungsörs överenskommelse om kamerabevakning?", Conversation())
    assert answer.text.startswith(f"Kamerabevakning nämns inte i {genitive(muni.name)} överenskommelse.")
    kiruna = knowledge.municipalities["kiruna"]
    assert not bundled.passages.holds(kiruna.id, "mine", "en")
    answer = bundled.answer("What does Kiruna's agreement say about the mine?", Conversation())
    assert answer.text.startswith(f"{kiruna.name}'s agreement does not mention the mine.")


def test_a_role_only_the_contact_names_is_quoted(bundled: Engine, knowledge: Knowledge) -> None:
    muni = knowledge.municipalities["gotland"]
    assert muni.contact is not None and not any("strateg" in p.role for p in muni.people)
    answer = bundled.answer("Vem är brottsförebyggande strateg på Gotland?", Conversation())
    assert muni.contact.quote in answer.text


def test_a_date_the_text_states_is_quoted(bundled: Engine, knowledge: Knowledge) -> None:
    muni = knowledge.municipalities["vellinge"]
    dated = next(item.text for item in muni.follow_up if "daterad" in item.text)
    answer = bundled.answer("Vilket datum har lägesbilden i Vellinge?", Conversation())
    assert dated.split(";")[0] in answer.text


def test_a_figure_no_sentence_states_is_the_limits_answer(bundled: Engine) -> None:
    answer = bundled.answer("Hur många invånare har Lund?", Conversation())
    assert answer.topic == "limits" and not answer.answered


def test_a_detail_of_a_police_area_is_its_namesake_kommuns(bundled: Engine) -> None:
    answer = bundled.answer("Vilket index fick lokalpolisområde Ystad i trygghetsundersökningen 2023?", Conversation())
    assert answer.municipality == "ystad" and answer.topic == "detail"
    listed = bundled.answer("Vilka kommuner ingår i lokalpolisområde Ystad?", Conversation())
    assert listed.topic == "parties"
