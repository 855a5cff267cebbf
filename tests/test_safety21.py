"""Round twenty-one's health, danger and worry (safety21): a danger's thing inside a compound, an illness told
with a figure or a span, "is it the police I'm writing to?", a relative's dementia or dependence, a fight told
in the past with a clause of now about something else; on the dev set written before the code and on the
rules themselves, with examples that are not in it."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import bot_asks, danger, danger_parts, danger_when, not_now
from bot.answering.engine import Engine
from bot.text import fold, tokens
from tests.scored import asked, assert_case, assert_shapes, dev_params, dev_set

DEV = dev_set("safety21_dev21.yaml")


def _norm(text: str) -> str:
    return " ".join(tokens(fold(text)))


def test_the_dev_set_is_the_class() -> None:
    assert_shapes(DEV, {"now": 10, "compound": 8, "span": 6, "bot_police": 5, "relative": 6, "past_threat": 6,
                        "thoughts": 3, "en": 7})


# Still missed: a double dose told with "i morse" gets 112 with the poison line (Giftinformation says to ring 112
# when it is acute); licking a capsule asked "om …" reads as a case imagined, with no poison line.
@pytest.mark.parametrize("case", dev_params(DEV, known_misses=("tvattmedelskapsel", "dubbel dos")))
def test_the_dev_set_holds(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)


@pytest.mark.parametrize("word, parts", [
    ("huvudvarkstabletterna", ("huvudvarks", "tabletter")), ("jarntablett", ("jarn", "tabletter")),
    ("fallkniven", ("fall", "kniv")), ("sopbranden", ("sop", "brand")), ("startpistol", ("start", "pistol")),
    ("magnesiumkapslar", ("magnesium", "tabletter"))])
def test_a_compound_ending_in_a_thing_of_danger_is_read_as_head_and_thing(word: str, parts: tuple[str, str]) -> None:
    assert danger_parts.thing_of(word) == parts


@pytest.mark.parametrize("word", ["kniv", "brand", "tabletter", "bilbrander", "karnvapen", "overskott", "foreslar",
                                  "tillfallen", "skolskjutsen", "forlangning", "matspill"])
def test_a_word_that_is_the_thing_itself_a_plural_subject_or_no_thing_is_left_whole(word: str) -> None:
    assert danger_parts.thing_of(word) is None


def test_a_thing_of_danger_in_a_compound_keeps_112_first(bundled: Engine) -> None:
    for text in ("grannen jagar sin bror med en yxkniv på gården", "glöggbranden i köket sprider sig till gardinerna"):
        assert asked(bundled, [text]).text.startswith("Är du eller någon annan i fara just nu? Ring 112")


@pytest.mark.parametrize("text", [
    "min son har haft 38,7 sen i tisdags och är trött, vart ringer vi?",
    "magsjuk sista tre dagarna och nu 38, behöver jag åka in?",
    "ont i knät sedan i våras, vem ger råd?",
    "I've had a headache for two weeks now, who do I call?"])
def test_an_everyday_illness_told_with_a_figure_or_a_span_is_for_1177(bundled: Engine, text: str) -> None:
    answer = asked(bundled, [text])
    assert "1177" in answer.text and not answer.text.startswith(("Är du eller någon annan i fara just nu? Ring 112",
                                                                "Are you or someone else in danger right now?"))


def test_a_span_or_a_temperature_does_not_quiet_an_emergency_state() -> None:
    for text in ("han har haft feber i tre dagar och nu andas han inte", "hon har 39,5 och svarar inte nu"):
        assert danger_when.not_now(text, _norm(text)) == ""


def test_the_season_autumn_is_no_cough() -> None:
    assert danger_when.not_now("blir hotad på nätet sedan i höstas", _norm("blir hotad på nätet sedan i höstas")) \
        != danger_when.LASTING


@pytest.mark.parametrize("text", ["är det polisen jag chattar med?", "is it a real officer I'm writing to",
                                  "sitter jag och skriver med en människa nu?", "am I speaking with an actual person"])
def test_who_is_on_the_other_end_asks_what_the_bot_is(text: str) -> None:
    assert bot_asks.asks_what_it_is(_norm(text))


def test_the_police_named_as_a_subject_is_no_question_of_the_bot() -> None:
    assert not bot_asks.asks_what_it_is(_norm("är det polisen som ansvarar för trygghetsvandringarna i Lund?"))


@pytest.mark.parametrize("text", ["farfar har alzheimer och vet inte längre vilken dag det är, vem hjälper oss?",
                                  "my brother spends everything on online betting, who can help us",
                                  "min fru har börjat dricka på dagarna, vart vänder jag mig"])
def test_a_relatives_condition_told_with_no_danger_is_read_as_such(text: str) -> None:
    assert not_now.relative_condition(_norm(text))


@pytest.mark.parametrize("text", ["mormor har demens och har gått hemifrån, vi hittar henne inte",
                                  "pappa dricker och slår mamma", "folk dricker vid lekplatsen och barnen är rädda",
                                  "my dad with dementia is gone and the door is open"])
def test_a_relative_gone_hurt_or_a_public_place_is_not_a_relatives_condition(text: str) -> None:
    assert not not_now.relative_condition(_norm(text))


def test_dementia_with_someone_gone_keeps_112(bundled: Engine) -> None:
    answer = asked(bundled, ["morfar med demens har gått ut i snön och vi hittar honom inte"])
    assert answer.text.startswith("Är du eller någon annan i fara just nu? Ring 112")


def test_a_relatives_dependence_gets_1177_and_social_services(bundled: Engine) -> None:
    answer = asked(bundled, ["min svåger spelar bort allt på casino, hur kan familjen få hjälp?"])
    assert "1177" in answer.text and "socialtjänsten" in answer.text.lower()
    assert not answer.text.startswith("Är du eller någon annan i fara just nu? Ring 112")


def test_a_clause_of_now_with_a_noun_subject_is_no_time_of_the_fight() -> None:
    norm = _norm("we had a fight last Friday and now the neighbours complain to the landlord")
    assert danger.assess(norm, norm.split()) is None or danger.assess(norm, norm.split()).when != "now"
    norm = _norm("they fought yesterday and now the man is stabbing him with a knife")
    found = danger.assess(norm, norm.split())
    assert found is not None and found.when == "now"
