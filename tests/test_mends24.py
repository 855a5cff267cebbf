"""Round twenty-four's mends from a new writer's sets (writer C, a dev set): an agreement that runs "tills
vidare", an agreement picked by its age ("det nya löftet"), a name with one of its dots dropped, "vad gällde",
the kommuner a kommun signed beside, a comparison's areas once each, a subject that ends the entry's compound."""
from __future__ import annotations

import pytest

from bot.answering import order_words, periods
from bot.answering.conversation import Conversation
from bot.answering.engine import Engine
from bot.text import tokens


def _ask(engine: Engine, text: str) -> tuple[str, str | None]:
    answer = engine.answer(text, Conversation())
    return answer.text, answer.municipality


def test_an_agreement_that_runs_until_further_notice_says_so(bundled: Engine) -> None:
    text, muni = _ask(bundled, "Hur länge gäller Ales medborgarlöfte?")
    assert muni == "ale" and "tills vidare" in text
    ale = bundled.knowledge.municipalities["ale"]
    newest = next(a for a in ale.agreements if a.start is not None and a.start.year == 2024)
    assert periods.until_further_notice(newest)
    # its title without its years is no name of its own ("Medborgarlöfte Ale och tills vidare")
    assert periods.distinguishing_title(ale, newest, "sv") == ""
    assert periods.distinguishing_title(ale, newest, "en") == ""


def test_the_new_promise_picks_the_agreement_not_a_sentence_with_new(bundled: Engine) -> None:
    assert order_words.picking(tokens("vad ingår i det nya löftet")) == {4}
    assert order_words.picking(tokens("nya nattvandrargrupper")) == set()
    text, muni = _ask(bundled, "Ale kommun: vad ingår i det nya löftet?")
    assert muni == "ale"
    assert "Psykiskt mående och suicidprevention" in text
    assert not text.startswith("Stötta uppstart av nya nattvandrargrupper")


@pytest.mark.parametrize("text, expected", [
    ("Ockerö, vad handlar löftet 2023 om?", "ockero"),   # Ö written O, the last ö kept
    ("Vad gör Hoör kommun?", "hoor"),
])
def test_a_name_with_one_of_its_dots_dropped_is_found(bundled: Engine, text: str, expected: str) -> None:
    assert _ask(bundled, text)[1] == expected


def test_a_word_with_other_dots_than_the_name_is_another_word(bundled: Engine) -> None:
    assert _ask(bundled, "Hur gör jag med läxa i skolan?")[1] is None  # "läxa" is no Laxå


def test_what_applied_in_a_year_is_its_content(bundled: Engine) -> None:
    text, muni = _ask(bundled, "Vad gällde för Kil kommun 2018–2019?")
    assert muni == "kil" and "Narkotika- och alkoholrelaterad brottslighet" in text


def test_the_kommuner_signed_beside_come_from_the_entrys_facts(bundled: Engine) -> None:
    text, muni = _ask(bundled, "Vilka kommuner skrev Umeå under medborgarlöftena 2023–2024 tillsammans med?")
    assert muni == "umea" and "Bjurholms" in text and "Vännäs" in text


def test_a_comparison_names_each_area_once_and_the_other_areas(bundled: Engine) -> None:
    text, _ = _ask(bundled, "Vad är skillnaden i fokus mellan Hammarö och Karlstad?")
    karlstad = text.split("Karlstad:\n", 1)[1]
    assert karlstad.count("Narkotika- och alkoholrelaterad brottslighet") == 1
    assert "Våld i offentlig miljö" in karlstad


def test_a_subject_that_ends_a_compound_of_the_entry_is_no_absence(bundled: Engine) -> None:
    text, muni = _ask(bundled, "Har Älvsbyn nåt om kurage?")
    assert muni == "alvsbyn" and "nämns inte" not in text and "huskurage" in text
    text, _ = _ask(bundled, "Har Älvsbyn nåt om drönare?")
    assert text.startswith("Drönare nämns inte")


def test_a_signing_claimed_of_an_agreement_named_by_its_period_is_held_against_its_start(bundled: Engine) -> None:
    text, muni = _ask(bundled, "Umeå skrev visst under medborgarlöftena 2023–2024 ihop med andra kommuner?")
    assert muni == "umea" and not text.startswith("Nej")
    # a year alone is still held against the signing dates the entry gives
    assert _ask(bundled, "Borlänge skrev väl under sitt avtal 2022?")[0].startswith("Nej")


# After round twenty-four was scored (its misses read as classes, never one sentence fixed):

def test_how_often_a_picture_is_drawn_up_in_a_kommun_is_a_question_not_a_situation(bundled: Engine) -> None:
    text, muni = _ask(bundled, "Hur ofta tar Knivsta fram en lägesbild?")
    assert muni == "knivsta" and "Bris" not in text and "Kvinnofridslinjen" not in text


def test_a_count_of_people_named_by_what_they_do_is_said_plainly(bundled: Engine) -> None:
    text, muni = _ask(bundled, "Har Umeå ett mål för hur många som ska gå med i grannsamverkan?")
    assert muni == "umea" and text.startswith("Någon siffra för hur många nämns inte i Umeås överenskommelse.")


@pytest.mark.parametrize("text", [
    "Har min son skickat något till er? Han är 14.",
    "kan du ta reda på vart min syster flyttat?",
])
def test_what_a_relative_sent_or_where_someone_moved_is_refused(bundled: Engine, text: str) -> None:
    reply, _ = _ask(bundled, text)
    assert "kan jag inte" in reply and "Bris" not in reply


def test_a_landlord_threatening_with_notice_now_is_a_tenancy_case(bundled: Engine) -> None:
    reply, _ = _ask(bundled, "Hyresvärden hotar nu med uppsägning för att jag klagat på fukten. Vad gäller?")
    assert "hyresnämnden" in reply and "Polisanmälan" not in reply


def test_a_witness_who_keeps_thinking_of_it_gets_victim_support(bundled: Engine) -> None:
    reply, _ = _ask(bundled, "I saw a robbery two weeks ago and I keep thinking about it. Who can I talk to?")
    assert "116 006" in reply and "90101" not in reply


@pytest.mark.parametrize("text", [
    "Jag blev rånad förra veckan och nu vill jag inte leva längre",
    "efter allt som hänt orkar jag inte leva",
])
def test_not_wanting_to_live_said_after_the_verb_opens_with_112(bundled: Engine, text: str) -> None:
    reply, _ = _ask(bundled, text)
    assert reply.startswith("Är du eller någon annan i fara just nu? Ring 112") and "90101" in reply


def test_a_place_felt_unsafe_with_what_the_kommun_says_asked_is_answered(bundled: Engine) -> None:
    reply, muni = _ask(bundled, "Flemingsberg känns otryggt, vad säger Huddinge?")
    assert muni == "huddinge" and "Flemingsberg" in reply and not reply.startswith("Tack för att du vill bidra")


def test_beside_a_kommun_named_a_word_two_slips_from_another_is_no_kommun(bundled: Engine) -> None:
    reply, muni = _ask(bundled, "does gotland's agreement say anything about Almedalen week")
    assert muni == "gotland" and "Älvdalen" not in reply


def test_older_people_beside_the_agreement_are_no_earlier_agreement(bundled: Engine) -> None:
    reply, muni = _ask(bundled, "Jobbar Karlshamn med bedrägerier mot äldre i medborgarlöftet 2024?")
    assert muni == "karlshamn" and "Bedrägeribrott mot äldre" in reply and "Det som gällde tidigare" not in reply
    reply, _ = _ask(bundled, "Vad stod i Karlshamns äldre medborgarlöfte?")
    assert reply.startswith("Det som gällde tidigare i Karlshamn")
