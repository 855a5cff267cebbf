"""Round sixteen's questions about the bot and its services (bot/answering/bot_asks.py, not_now.py) and
statistics asked (limits.py), on the dev set written before the code and on examples of the rules' shapes
that are not in it."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import bot_asks, not_now
from bot.answering.engine import Engine
from bot.text import fold
from tests.scored import asked, assert_case, assert_shapes, dev_params, dev_set

DEV = dev_set("botasks_dev16.yaml")


def test_the_dev_set_is_the_class() -> None:
    assert_shapes(DEV, {"unfollow": 10, "follow": 5, "delete": 5, "who_sees": 3, "not_a_report": 3, "bot_calls": 4,
                        "human": 3, "sources": 4, "statistics": 6, "crisis_words": 5, "crisis": 4, "en": 8})


# Still missed: a fight "outside" under "if I tell you" keeps 112 first (the rules read someone there now).
@pytest.mark.parametrize("case", dev_params(DEV))
def test_the_dev_set_holds(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)


def _reads(text: str) -> str:
    toks = fold(text).replace("?", " ").replace(",", " ").replace("'", " ").split()
    return not_now.reads(" ".join(toks), toks, text)


@pytest.mark.parametrize("text", [
    "kan ni sluta skicka notiser om Alingsås", "avsluta min prenumeration tack", "turn off the alerts for Kiruna",
    "unsubscribe me from Gävle", "jag orkar inte få fler uppdateringar om Tranås", "jag vill inte bevaka Mora mer",
    "hur slutar man prenumerera?", "jag vill byta kommun som jag följer"])
def test_a_word_of_the_follow_beside_stopping_is_unfollow(text: str) -> None:
    assert _reads(text) == "unfollow"


@pytest.mark.parametrize("text", [
    "han slutar inte skicka meddelanden till mig", "jag vill inte få fler meddelanden från min syster",
    "min son följer inte med på träningen längre", "I don't want to follow the crowd anymore",
    "hur följer man upp arbetet i Lund?", "följer Lund polisens nationella strategi?"])
def test_a_person_a_rule_or_the_work_followed_up_is_no_follow(text: str) -> None:
    assert _reads(text) not in ("unfollow", "follow")


@pytest.mark.parametrize("text", ["bevaka Hjo åt mig", "kan jag få nyheter om Tierp?", "send me updates about Ystad",
                                  "How do I follow my municipality?", "går det att prenumerera på Sala?"])
def test_a_follow_wished_or_asked_is_follow(text: str) -> None:
    assert _reads(text) == "follow"


@pytest.mark.parametrize("text, yes", [
    ("skickar ni en ambulans om jag skriver", True), ("sparas det någonstans", True), ("larmar boten polisen", True),
    ("polisen kom hit igår", False), ("bilar kör för fort här", False)])
def test_a_verb_first_question_needs_no_question_mark(text: str, yes: bool) -> None:
    toks = fold(text).split()
    assert bot_asks.asked(text, toks) is yes


@pytest.mark.parametrize("text", ["ringer boten 112 om jag skriver att det brinner?",
                                  "does the bot alert the police if I write about a robbery?"])
def test_the_bot_as_the_one_who_calls_is_asked_whether_it_calls(text: str) -> None:
    assert bot_asks.bot_asked_to_call(fold(text).replace("?", ""))


def test_can_you_tell_me_is_no_call_asked() -> None:
    assert not bot_asks.bot_asked_to_call("can you tell me what he wrote")


@pytest.mark.parametrize("text, kind", [
    ("jag ångrar synpunkten jag skickade igår", "delete"), ("stop storing my data", "delete"),
    ("kan handläggaren se det jag skrev?", "who_sees"), ("will the police find out it was me who complained?", "anonymous"),
    ("varifrån har du dina uppgifter?", "sources"), ("är svaren påhittade?", "sources"),
    ("vill prata med en riktig människa", "human")])
def test_more_questions_about_the_bot_get_their_fact(text: str, kind: str) -> None:
    assert _reads(text) == kind


def test_a_kommuns_source_is_not_the_bots() -> None:
    assert not bot_asks.asks_for_sources("var kommer lunds uppgifter ifran")


def test_whether_someone_learns_who_wrote_is_answered_no(bundled: Engine) -> None:
    answer = asked(bundled, ["vet polisen att det var jag som skrev om klottret?"])
    assert answer.text.startswith("Nej.") and "utan namn" in answer.text
    assert asked(bundled, ["kan jag vara anonym när jag lämnar en synpunkt?"]).text.startswith("Ja.")


@pytest.mark.parametrize("text", ["jag vill inte följa Sala längre", "I don't want any more updates about Boden"])
def test_not_any_longer_of_the_follow_is_no_crisis(bundled: Engine, text: str) -> None:
    answer = asked(bundled, [text])
    assert "/slutafolja" in answer.text and "90101" not in answer.text and "112" not in answer.text[:60]


@pytest.mark.parametrize("text", ["sluta skicka notiser, jag vill inte leva längre",
                                  "can you call the police, my husband is hitting me right now"])
def test_a_real_crisis_beside_the_bot_keeps_112_first(bundled: Engine, text: str) -> None:
    assert "112" in asked(bundled, [text]).text[:80]


def test_the_sources_answer_is_the_entrys(bundled: Engine) -> None:
    entry = bundled.knowledge.general["sources"]
    assert asked(bundled, ["var hämtar du dina fakta ifrån?"]).text == entry.text
    assert asked(bundled, ["where does your information come from?"]).text == entry.text_en


@pytest.mark.parametrize("text", ["har cykelstölderna blivit fler i Lund?", "kriminalstatistik för Umeå",
                                  "are burglaries on the rise in Borås?"])
def test_a_trend_or_a_compound_of_statistics_gets_bras_database(bundled: Engine, text: str) -> None:
    answer = asked(bundled, [text])
    assert "statistik.bra.se" in answer.text and "114 14" not in answer.text


def test_a_goal_of_fewer_crimes_is_a_question_of_the_agreement(bundled: Engine) -> None:
    assert "statistik.bra.se" not in asked(bundled, ["vad gör Lund för att inbrotten ska minska?"]).text


def test_what_the_bot_sends_is_the_follows_however_named() -> None:
    assert _reads("orkar inte längre med allt ni skickar, stäng av") == "unfollow"
    assert _reads("han skickar hela tiden, jag vill att det slutar") != "unfollow"


@pytest.mark.parametrize("text", ["vilken kommun har flest bilstölder?", "which town has the fewest burglaries?"])
def test_where_a_crime_is_most_common_is_a_figure_of_bras(bundled: Engine, text: str) -> None:
    assert "statistik.bra.se" in asked(bundled, [text]).text
