"""Round twenty-nine's premises mends (writers D and F's dev sets), each a class tested on sentences of our own:
a reaction that only weighs a statement ("Min man tror inte på det. Vem har rätt?") is answered by the statement's
check, never read alone (where the model read 112 in it); a year put as the whole period ("gällde bara 2023") is
false of an agreement of several years; a person put as the subject of a signing or a role ("Anna Berg skrev under
…?", "X är lokalpolisområdeschef i Y?", "I Y var det väl X som …") is a claim; a signer put in a role she does not
hold is corrected by her role; hearsay of what someone said ("han sa att det var han som skrev under") is a claim,
no request for a quote; an office as the subject of a statement ("landshövdingen skrev inte under") is the signer
claimed; a direction turned ("minska" where the entry says "Utöka") is false; a count per year with words between
("tre medborgarmöten i offentlig miljö per år") is a figure; a figure told in a statement's order and asked by "?"
is a claim; an agreement's place in a row ("den femte överenskommelsen i ordningen") corrects "bara den andra";
two subjects asked together are each answered by its own focus area; "att" is a Swedish word."""
from __future__ import annotations

import pytest

from bot.answering.conversation import Conversation
from bot.answering.engine import Engine


def _ask(engine: Engine, text: str) -> str:
    return engine.answer(text, Conversation()).text


@pytest.mark.parametrize("text, year", [
    ("Jag hörde att Kungsbackas medborgarlöfte bara gällde 2023. Min fru tror inte på det. Vem har rätt?", "2026"),
    ("Kungsbackas medborgarlöfte gällde bara under 2023. Pappa håller inte med. Vem av oss har rätt?", "2026"),
    ("I read that Danderyd's citizen promise was only for 2023. My husband doesn't believe it. Who is right?", "2026"),
])
def test_a_reaction_that_only_weighs_the_statement_gets_its_check(bundled: Engine, text: str, year: str) -> None:
    reply = _ask(bundled, text)
    assert "112" not in reply
    assert reply.startswith(("Nej", "No,")) and year in reply


@pytest.mark.parametrize("text", [
    "Danderyds medborgarlöfte gällde bara för 2023?",
    "Gällde Vaxholms medborgarlöfte bara 2023?",
    "Kungsbacka's citizen promise was only for 2023, right?",
])
def test_a_year_put_as_the_whole_period_is_false_of_a_longer_agreement(bundled: Engine, text: str) -> None:
    reply = _ask(bundled, text)
    assert reply.startswith(("Nej", "No,")) and "2026" in reply


def test_a_year_the_agreement_runs_in_is_still_confirmed(bundled: Engine) -> None:
    assert _ask(bundled, "Gällde Kungsbackas medborgarlöfte under 2024?").startswith("Ja")


@pytest.mark.parametrize("text, signer", [
    ("Anna Svensson skrev under Haparandas medborgarlöfte?", "Sven Tornberg"),
    ("Lars Jansson signed Kiruna's agreement?", "Anders Larsson"),
    ("Lars Jansson undertecknade Kirunas avtal?", "Mats Taaveniku"),
    ("I Kiruna var det väl Lars Jansson som skrev under?", "Anders Larsson"),
])
def test_a_person_put_as_the_signer_is_a_claim(bundled: Engine, text: str, signer: str) -> None:
    reply = _ask(bundled, text)
    assert reply.startswith(("Nej", "No,")) and signer in reply


def test_a_true_signer_put_as_the_subject_is_confirmed(bundled: Engine) -> None:
    assert _ask(bundled, "Anders Larsson skrev under Kirunas avtal?").startswith("Ja")


@pytest.mark.parametrize("text, role", [
    ("Peter Karlsson är lokalpolisområdeschef i Vadstena?", "kommunstyrelsens ordförande"),
    ("Vadstena: Peter Karlsson är lokalpolisområdeschef?", "kommunstyrelsens ordförande"),
    ("Peter Karlsson is the police chief in Vadstena?", "chair of the municipal executive board"),
    ("I Vadstena är det väl Peter Karlsson som är lokalpolisområdeschef?", "kommunstyrelsens ordförande"),
    ("Ann-Christine Rehnström is the council chair in Linköping and signed in 2023, right?", "head of the local police"),
])
def test_a_person_put_in_a_role_she_does_not_hold_is_corrected_by_her_role(bundled: Engine, text: str, role: str) -> None:
    reply = _ask(bundled, text)
    assert reply.startswith(("Nej", "No,")) and role in reply


def test_a_person_in_her_own_role_is_confirmed(bundled: Engine) -> None:
    assert _ask(bundled, "I Vadstena var det väl Jens Öhmark som är lokalpolisområdeschef?").startswith("Ja")


@pytest.mark.parametrize("text, first", [
    ("Pontus Remdahl told me that he signed Hylte's agreement. Is that true?", "No,"),
    ("Ronny Löfquist sa att det var han som skrev under Hyltes överenskommelse. Stämmer det?", "Ja"),
    ("Mats Taaveniku sa att det var han som skrev under Kirunas avtal. Stämmer det?", "Ja"),
])
def test_what_someone_said_put_with_that_is_a_claim_not_a_quote_asked(bundled: Engine, text: str, first: str) -> None:
    reply = _ask(bundled, text)
    assert reply.startswith(first) and "i källan:\n”" not in reply


@pytest.mark.parametrize("text, signer", [
    ("Landshövdingen skrev väl inte under Gotlands överenskommelse?", "Anders Flanking"),
    ("Landshövdingen var inte med och skrev under Gotlands överenskommelse, eller hur?", "Anders Flanking"),
    ("Landshövdingen skrev under Kirunas avtal, stämmer det?", "Anders Larsson"),
])
def test_an_office_as_the_statements_subject_is_the_signer_claimed(bundled: Engine, text: str, signer: str) -> None:
    reply = _ask(bundled, text)
    assert reply.startswith(("Det stämmer inte", "Nej")) and signer in reply


@pytest.mark.parametrize("text, title", [
    ("Bromölla lovade väl att öka bostadsinbrotten?", "Minska bostadsinbrott"),
    ("Ånge lovade väl färre grannsamverkansområden?", "Fler grannsamverkansområden"),
    ("Rättvik promised fewer vehicle checks, right?", "More vehicle checks"),
])
def test_a_direction_turned_is_false(bundled: Engine, text: str, title: str) -> None:
    reply = _ask(bundled, text)
    assert reply.startswith(("Nej", "No,")) and title in reply


def test_the_direction_the_entry_gives_is_not_denied(bundled: Engine) -> None:
    reply = _ask(bundled, "Örebros city-löfte lovade väl att utöka kamerabevakningen?")
    assert not reply.startswith("Nej") and "Utöka kamerabevakning" in reply  # (in Swedish: "att" is Swedish)


@pytest.mark.parametrize("text, first", [
    ("Piteå lovade väl fem medborgarmöten per år?", "Nej"),
    ("Piteå lovade väl tre medborgarmöten per år?", "Ja"),
    ("Ljusnarsbergs polisgrupp består av tre poliser?", "Nej"),
    ("Polisgruppen i Kopparberg är fem personer?", "Ja"),
    ("Lund har tio fokusområden?", "Nej"),
])
def test_a_count_is_checked_against_the_entrys(bundled: Engine, text: str, first: str) -> None:
    assert _ask(bundled, text).startswith(first)


@pytest.mark.parametrize("text, first, said", [
    ("Malmös överenskommelse från 2023 är väl bara den andra?", "Nej", "femte"),
    ("Malmö's agreement from 2023 is their third one, right?", "No,", "fifth"),
    ("Malmös avtal 2023 var väl den femte i ordningen?", "Ja", "femte"),
])
def test_an_agreements_place_in_a_row_is_the_entrys(bundled: Engine, text: str, first: str, said: str) -> None:
    reply = _ask(bundled, text)
    assert reply.startswith(first) and said in reply


def test_the_other_agreement_is_no_place_in_a_row(bundled: Engine) -> None:
    assert "andra avtalet" not in _ask(bundled, "Tingsryds avtal är väl det tredje i ordningen?").split("\n")[0]


def test_two_subjects_asked_together_each_get_their_area(bundled: Engine) -> None:
    reply = _ask(bundled, "Handlar Strömsunds medborgarlöfte om narkotika och bedrägerier?")
    assert reply.startswith("Ja") and "fri från narkotika" in reply and "fri från bedrägerier" in reply
