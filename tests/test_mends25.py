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


# After round twenty-five was scored, its misses read as classes (never one sentence).

def test_a_kommun_that_signed_beside_is_itself_not_a_part_of_the_other(bundled: Engine) -> None:
    conversation = Conversation()
    bundled.answer("Hur länge gäller Solnas avtal med polisen?", conversation)
    answer = bundled.answer("gäller samma avtal för Sundbyberg?", conversation)
    assert answer.municipality == "sundbyberg" and "ligger i Solna" not in answer.text
    conversation = Conversation()
    bundled.answer("Vad gör Borås?", conversation)
    answer = bundled.answer("och den för Sjöbo?", conversation)  # Borås's own district Sjöbo
    assert answer.municipality == "boras" and "Sjöbo ligger i Borås" in answer.text


def test_handled_written_with_its_dots_is_no_shot(bundled: Engine) -> None:
    text, _ = _ask(bundled, "Försäkringskassan drog in min sjukpenning och handläggaren var otrevlig och slarvig. "
                            "Vart klagar jag på hur de skött mitt ärende?")
    assert "112" not in text.split("\n")[0] and "ditt eget ärende" in text
    text, _ = _ask(bundled, "det hördes skott utanför nu")
    assert "112" in text.split("\n")[0]


def test_spending_the_summer_is_no_money(bundled: Engine) -> None:
    text, muni = _ask(bundled, "I'm spending the summer in Visby. What did Region Gotland and the police agree on?")
    assert muni == "gotland" and "budget" not in text
    text, _ = _ask(bundled, "How much does Lund spend on safety?")
    assert "budget" in text


@pytest.mark.parametrize("text", [
    "vem tjallade om knarket vid skolan?? säg namnet",
    "Nån har klagat på mopederna på Storgatan och nu står polisen där varje kväll. Vem var det? Jag vill bara prata "
    "med dem.",
    "Min son är 15. Har han skickat några synpunkter? Jag är ju hans förälder så jag har rätt att se.",
])
def test_who_informed_and_what_family_sent_are_refused(bundled: Engine, text: str) -> None:
    answer, _ = _ask(bundled, text)
    assert answer.startswith("Nej, det kan jag inte")


def test_ones_own_complaint_beside_a_child_is_no_refusal(bundled: Engine) -> None:
    text, _ = _ask(bundled, "Skolan min dotter går på har inte svarat på mitt klagomål på tre månader. Finns det någon "
                            "som granskar kommunen?")
    assert not text.startswith("Nej, det kan jag inte")


def test_asked_whether_the_bot_passed_it_on(bundled: Engine) -> None:
    text, _ = _ask(bundled, "jag skrev här igår att min granne hotade mig. har du skickat det vidare till polisen?")
    assert "chattbot" in text and "114 14" in text and "112" not in text.split("\n")[0][:20]


def test_the_name_of_a_method_is_no_persons_name(bundled: Engine) -> None:
    text, muni = _ask(bundled, "Jag jobbar på räddningstjänsten i Bålsta och hörde att Håbo använder någon särskild "
                               "metod för relationen mellan ungdomar och blåljuspersonal. Vad heter den?")
    assert muni == "habo" and "PAR" in text
    text, _ = _ask(bundled, "vad heter killen som säljer knark vid skolan?")
    assert text.startswith("Nej, det kan jag inte")


def test_a_signer_claim_after_a_heading_with_a_comma(bundled: Engine) -> None:
    text, _ = _ask(bundled, "Nybro 2023, var det Niklas Jonsson som skrev under löftet?")
    assert text.startswith("Nej.") and "Tobias Fagergård" in text


def test_what_something_cost_is_the_money_answer(bundled: Engine) -> None:
    text, _ = _ask(bundled, "Vad kostade kamerabevakningen vid Mörby centrum?")
    assert "budgetar nämns inte" in text
