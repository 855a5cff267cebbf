"""Places, round twelve: an agreement named for a district (Göteborg's medborgarlöften are each a district's,
Malmö's is Rosengård's) answers a question about that district, and a kommun's name written with a hyphen
("Malung-Sälens kommun", "Dals-Eds") is the kommun, not one of its parts."""

from __future__ import annotations

import pytest

from bot.answering.conversation import Conversation
from bot.answering.engine import Engine


@pytest.mark.parametrize("text", ["vad lovar polisen i Biskopsgården", "What is being done in Biskopsgården?",
                                  "Vad gör man åt rekryteringen av unga i Biskopsgården?"])
def test_a_district_gets_its_own_agreement_not_another_district_s(bundled: Engine, text: str) -> None:
    """Biskopsgården was answered with Hisings Backa's promise, the newest of Göteborg's four."""
    answer = bundled.answer(text, Conversation())
    assert answer.municipality == "goteborg"
    assert "Biskopsgården" in answer.text.split("\n", 1)[1]
    assert "Hisings Backa" not in answer.text and "Nordost" not in answer.text


def test_the_kommun_wide_agreement_of_another_kind_stays(bundled: Engine) -> None:
    """Rosengård's promise, and Malmö's samverkansöverenskommelse, which holds for Rosengård too."""
    text = bundled.answer("Vad lovar polisen i Rosengård?", Conversation()).text
    assert "Samverkansöverenskommelse" in text and "spaningsinsatser" in text


def test_the_promise_of_a_district_asked_as_a_name_is_the_promise(bundled: Engine) -> None:
    """"Vad är medborgarlöftet i Hisings Backa?" was read as asking for a sentence naming it (one on partners)."""
    answer = bundled.answer("Vad är medborgarlöftet i Hisings Backa?", Conversation())
    assert answer.municipality == "goteborg" and "Minska nyrekryteringen till kriminella nätverk" in answer.text
    assert "Biskopsgården" not in answer.text
    glossary = bundled.answer("Vad är medborgarlöftet?", Conversation())
    assert glossary.topic == "glossary"


@pytest.mark.parametrize(("text", "municipality"), [
    ("vad gör malung-sälen", "malung-salen"), ("Vad har Malung-Sälens kommun lovat?", "malung-salen"),
    ("Vad har Dals-Eds kommun lovat?", "dals-ed"), ("vad gör Dals-Ed", "dals-ed"),
])
def test_a_name_with_a_hyphen_is_the_kommun(bundled: Engine, text: str, municipality: str) -> None:
    """"Malung-Sälen" was no name as written (only "Sälen", a locality, or nothing), "Dals-Eds" not Dals-Ed's."""
    answer = bundled.answer(text, Conversation())
    assert answer.municipality == municipality
    assert "ligger i" not in answer.text.split("\n")[0]


def test_a_place_put_in_a_kommun_with_a_hyphen_is_corrected_by_its_own_name(bundled: Engine) -> None:
    """With "Malung" a name of Malung-Sälen, "Malung-Sälens kommun" was read as Malung, and Idre's kommun
    was corrected as "Malung ligger i Malung-Sälens kommun"."""
    text = bundled.answer("Idre ligger i Malung-Sälens kommun va? dom har väl fått nya poliser där",
                          Conversation()).text
    assert text.startswith("Nej, det stämmer inte: Idre ligger i Älvdalens kommun.")


def test_the_local_promise_of_a_district_is_not_a_missing_subject(bundled: Engine) -> None:
    """"och det lokala löftet för Biskopsgården?" said "Lokala nämns inte i Göteborgs överenskommelse"."""
    conversation = Conversation()
    bundled.answer("Vad lovar Göteborg?", conversation)
    text = bundled.answer("och det lokala löftet för Biskopsgården?", conversation).text
    assert "nämns inte" not in text and "Förebygga och förhindra rekryteringen" in text
    assert "Våras nämns inte" not in bundled.answer("Jag bor i Lund sen i våras, finns det nåt om cyklar?",
                                                    Conversation()).text


def test_a_kommun_not_meant_after_the_word_kommun_is_set_aside(bundled: Engine) -> None:
    """"Ekerö kommun (inte Öckerö) – vad gäller?" compared the two; the one set aside is not asked about."""
    assert bundled.answer("Ekerö kommun (inte Öckerö) – vad gäller?", Conversation()).municipality == "ekero"


def test_two_capitalised_names_compared_are_both_kommuner(bundled: Engine) -> None:
    """"Heby och Östhammar ligger båda i samma lokalpolisområde väl?": Heby, an everyday word at the opening,
    was no place, and Östhammar's agreement was said not to mention it."""
    text = bundled.answer("Heby och Östhammar ligger båda i samma lokalpolisområde väl? Vilket?", Conversation()).text
    assert text.startswith("Ja, Heby och Östhammar hör båda till lokalpolisområde Norduppland.")
    assert bundled.answer("Hej och välkommen, samma fråga igen", Conversation()).municipality is None
