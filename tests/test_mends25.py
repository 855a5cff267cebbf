"""Round twenty-five's mends, each a class read from the last round's misses: a second ask that opens with its verb
after "och" (a definite noun with "med", a past passive before an amount, "blir det …"), neighbourhood watch beside a
worry of break-ins, answering the survey again said outright, a why of something not done that denies no agreement,
and "var" before a verb as "where"."""
from __future__ import annotations

import pytest

from bot.answering import clauses
from bot.answering.conversation import Conversation
from bot.answering.engine import Engine


def _ask(engine: Engine, text: str) -> tuple[str, str | None]:
    answer = engine.answer(text, Conversation())
    return answer.text, answer.municipality


@pytest.mark.parametrize("text, second", [
    ("Vem skrev under i Trelleborg, och står hamnen med?", "står hamnen med?"),
    ("vem undertecknade Ånges löfte och gjordes något mer samtidigt?", "gjordes något mer samtidigt?"),
    ("ska polisen fotpatrullera i Nora, och blir det grannsamverkan?", "blir det grannsamverkan?"),
    ("När går Lunds avtal ut och finns skolorna med?", "finns skolorna med?"),
])
def test_a_second_ask_that_opens_with_its_verb_is_a_clause_of_its_own(text: str, second: str) -> None:
    assert clauses.split(text)[-1] == second


@pytest.mark.parametrize("text", [
    "jag bor i Lund och står vid busshållplatsen med min son",  # a statement: the subject before the verb
    "Vad gör Lund och kommer det att bli bättre?",  # "det att": no thing asked for
])
def test_a_statement_or_a_pointing_det_is_no_new_clause(text: str) -> None:
    assert clauses.split(text) == [text]


def test_the_ask_after_the_signers_is_answered_too(bundled: Engine) -> None:
    text, muni = _ask(bundled, "trelleborg vem skrev under överenskommelsen 2023-2026, och står hamnen med?")
    assert muni == "trelleborg"
    assert "Ann Kajson Carlqvist" in text and "hamnens område" in text


def test_a_worry_of_break_ins_is_told_of_neighbourhood_watch(bundled: Engine) -> None:
    text, _ = _ask(bundled, "vi ska bort tre veckor i sommar och jag oroar mig för inbrott. finns det nåt man kan göra?")
    assert "Grannsamverkan betyder att grannar håller uppsikt" in text
    assert "114 14" in text and text.rstrip().endswith("mot inbrott?”")  # the example question still ends the list
    text, _ = _ask(bundled, "I'm worried about break-ins where I live, what can I do?")
    assert "neighbourhood watch" in text
    text, _ = _ask(bundled, "är orolig för klotter i området, vad kan jag göra")
    assert "Grannsamverkan" not in text  # another worry: not this step


def test_answering_the_survey_again_is_once_a_quarter(bundled: Engine) -> None:
    text, _ = _ask(bundled, "kan jag svara på trygghetsmätningen flera gånger? vill ändra mina svar")
    assert "en gång per kvartal" in text
    text, _ = _ask(bundled, "can I change my answers in the survey?")
    assert "once a quarter" in text
    text, _ = _ask(bundled, "kan jag svara anonymt på trygghetsmätningen?")
    assert text.startswith("Ja.")  # anonymity asked: whether answers are linked to one


@pytest.mark.parametrize("text", [
    "varför genomfördes jokkmokks löfte inte fullt ut?",
    "varför kunde inte jokkmokks löfte genomföras fullt ut?",
    "Why couldn't Jokkmokk's citizen promise be carried out fully?",
])
def test_why_something_was_not_done_denies_no_agreement(bundled: Engine, text: str) -> None:
    answer, muni = _ask(bundled, text)
    assert muni == "jokkmokk"
    assert "pandemi" in answer and "stämmer inte" not in answer and "not right" not in answer


@pytest.mark.parametrize("text", [
    "varför har inte Kalmar något avtal?", "varför har Kalmar inget avtal med polisen?",
    "Why doesn't Kalmar have an agreement?",
])
def test_why_there_is_no_agreement_is_still_corrected(bundled: Engine, text: str) -> None:
    answer, _ = _ask(bundled, text)
    assert answer.startswith(("Nej, det stämmer inte: Kalmar har en överenskommelse",
                              "No, that is not right: Kalmar has an agreement"))


def test_var_before_a_verb_asks_where(bundled: Engine) -> None:
    answer, muni = _ask(bundled, "var följs nybros medborgarlöfte 2023 upp och hur ofta")
    assert muni == "nybro" and "lokala brottsförebyggande rådet vid två tillfällen" in answer
    assert "stämmer med källan" not in answer  # no "was" of a claim


@pytest.mark.parametrize("text, expected", [
    ("vilken dag skrevs Lunds avtal under?", "undertecknad mars 2024"),
    ("vilken dag skrevs Hyltes nya samverkansöverenskommelse under?", "undertecknad 5 november 2024"),
])
def test_the_day_of_a_signing_with_the_agreement_named_between(bundled: Engine, text: str, expected: str) -> None:
    answer, _ = _ask(bundled, text)
    assert expected in answer


def test_two_kommuner_that_both_lie_in_a_police_area_are_no_comparison(bundled: Engine) -> None:
    answer, _ = _ask(bundled, "Karlstad och Hammarö ligger båda i lokalpolisområde Karlstad. Vilken period gäller "
                              "varje medborgarlöfte?")
    assert "Karlstad:" in answer and "Hammarö:" in answer and "samma ämne" not in answer
    answer, _ = _ask(bundled, "Vad har Karlstad och Hammarö båda som fokus?")
    assert "samma ämne" in answer  # both asked of: what they share


def test_a_place_of_the_kommun_named_is_no_second_kommun_for_the_next_ask(bundled: Engine) -> None:
    # Hammarskolan lies in Surahammar: the kommun is named once, and the police area's kommuner are asked of it
    answer, muni = _ask(bundled, "Surahammar: hur länge gällde löftet om Hammarskolan, och vilka kommuner ingår i "
                                 "LPO Norra Västmanland?")
    assert muni == "surahammar"
    assert "2020–2021" in answer and "Fagersta, Norberg, Sala och Surahammar" in answer
    assert "Jag kan svara om de här" not in answer


@pytest.mark.parametrize("text", [
    "Vi har precis flyttat till Rönninge och grannarna pratar om inbrott. Står det något om det?",
    "Vi har precis flyttat till Lund. Vad gör de mot inbrott?",
])
def test_having_just_moved_is_no_time_of_a_crime(bundled: Engine, text: str) -> None:
    answer, _ = _ask(bundled, text)
    assert "112" not in answer.split("\n")[0]


@pytest.mark.parametrize("text", [
    "det är inbrott hos grannen precis nu", "we just moved here and someone is breaking in right now",
])
def test_a_break_in_now_still_opens_with_112(bundled: Engine, text: str) -> None:
    answer, _ = _ask(bundled, text)
    assert "112" in answer.split("\n")[0]
