"""Round twenty-nine's places and follow-ups, each a class, tested with sentences of our own: a kommun's genitive
"kommuns" is no subject of the question ("Vara kommuns löfte" asks Vara's focus, not a sentence holding "kommuns");
a name opening the message placed by a landmark and set apart ("Mora vid Siljan: …") is the kommun; a place an
entry names after "i"/"på"/"vid" (or "området med") in any of its sentences (a fact, a basis, a measure) is a place
of that kommun; how safe people feel asked of a survey is the entry's survey sentence; "which towns?", "vilka andra
kommuner är med?" after a kommun ask of its agreement, not the list of kommuner; the places a year's agreement
points out are all of them; a declaration of intent ("avsiktsförklaringen") is a document, not the purpose."""
from __future__ import annotations

import pytest

from bot.answering.engine import Engine
from tests.scored import asked


def _last(engine: Engine, *turns: str) -> tuple[str, str | None, str]:
    answer = asked(engine, list(turns))
    return answer.text, answer.municipality, answer.topic


@pytest.mark.parametrize("message", [
    "Vilka fokusområden hade Vara kommuns medborgarlöfte 2021?",
    "Vad fokuserade Vara kommuns löfte 2021 på?",
    "What did Vara kommuns citizen promise of 2021 focus on?",
])
def test_a_kommuns_genitive_is_no_subject(bundled: Engine, message: str) -> None:
    text, municipality, topic = _last(bundled, message)
    assert municipality == "vara" and topic == "focus" and ("Trafik" in text or "Traffic" in text)


@pytest.mark.parametrize("message, kommun", [
    ("Mora vid Siljan: vad lovar polisen?", "mora"),
    ("Habo near Lake Vättern – what are the focus areas?", "habo-jonkoping"),
    ("Vara vid Vänern, vad fokuserar de på?", "vara"),
    ("Habo vid Vättern – vad har polisen lovat?", "habo-jonkoping"),
])
def test_a_name_placed_by_a_landmark_as_heading_is_the_kommun(bundled: Engine, message: str, kommun: str) -> None:
    _, municipality, topic = _last(bundled, message)
    assert municipality == kommun and topic == "focus"


@pytest.mark.parametrize("message, kommun, place", [
    ("Jag bor i Gustafs – står det något om oss?", "sater", "Gustafs"),
    ("vad har polisen gjort i Gustafs?", "sater", "Gustafs"),
    ("What do the police promise in Tjärna Ängar?", "borlange", "Tjärna Ängar"),
    ("Vi bor i Tjärna Ängar, vad lovar kommunen?", "borlange", "Tjärna Ängar"),
])
def test_a_place_named_in_any_sentence_of_an_entry_is_its_kommuns(bundled: Engine, message: str, kommun: str,
                                                                  place: str) -> None:
    text, municipality, _ = _last(bundled, message)
    assert municipality == kommun and place in text


@pytest.mark.parametrize("message", [
    "How safe do residents of Barsebäck feel according to the safety survey?",
    "Hur trygga känner sig invånarna i Kävlinge enligt mätningen?",
    "Känner sig folk tryggare i Löddeköpinge enligt den senaste enkäten?",
])
def test_how_safe_people_feel_by_a_survey_is_its_sentence(bundled: Engine, message: str) -> None:
    text, municipality, _ = _last(bundled, message)
    assert municipality == "kavlinge" and "1.35" in text


def test_how_safe_a_kommun_is_without_a_survey_is_still_the_limit(bundled: Engine) -> None:
    _, municipality, topic = _last(bundled, "Is it safe to live in Kävlinge?")
    assert municipality == "kavlinge" and topic == "worry"


@pytest.mark.parametrize("turns, names", [
    (("Vad har Härryda för löfte?", "which towns?"), ("Mölnlycke", "Landvetter")),
    (("What does Tanum promise?", "which villages?"), ("Fjällbacka", "Grebbestad")),
    (("Vad lovar Vårgårda?", "vilka andra kommuner är med?"), ("Herrljunga", "Lerum")),
    (("What does Herrljunga's promise say?", "which other municipalities are part of it?"), ("Vårgårda", "Lerum")),
])
def test_a_kind_asked_after_a_kommun_is_of_its_agreement(bundled: Engine, turns: tuple[str, ...],
                                                         names: tuple[str, ...]) -> None:
    text, municipality, _ = _last(bundled, *turns)
    assert municipality is not None and all(name in text for name in names)
    assert "288" not in text


def test_which_towns_with_a_subject_still_asks_across(bundled: Engine) -> None:
    _, municipality, topic = _last(bundled, "Vad lovar Härryda?", "which towns have traffic as a focus area?")
    assert municipality is None and topic == "cross"


@pytest.mark.parametrize("turns", [
    ("Vad lovade Laholm 2021?", "vilka platser pekades ut?"),
    ("Vad handlade Laholms löfte 2021 om?", "vilka platser nämndes?"),
])
def test_every_place_a_years_agreement_points_out(bundled: Engine, turns: tuple[str, ...]) -> None:
    text, municipality, _ = _last(bundled, *turns)
    assert municipality == "laholm" and all(name in text for name in ("Altona", "Knäred", "Campus Laholm"))


@pytest.mark.parametrize("message", [
    "Vad var avsiktsförklaringen 2022 i Helsingborg?",
    "Vad står det i Helsingborgs avsiktsförklaring?",
])
def test_a_declaration_of_intent_is_a_document(bundled: Engine, message: str) -> None:
    text, municipality, _ = _last(bundled, message)
    assert municipality == "helsingborg" and "företagsklimat" in text


def test_the_intent_of_an_agreement_is_still_its_purpose(bundled: Engine) -> None:
    _, municipality, topic = _last(bundled, "Vad är avsikten med Helsingborgs överenskommelse?")
    assert municipality == "helsingborg" and topic == "purpose"


@pytest.mark.parametrize("message", [
    "Lönsboda – är det tryggare nu?",
    "Has Lönsboda become safer?",
    "Har det blivit tryggare i Lönsboda?",
])
def test_whether_a_place_got_safer_is_what_the_survey_says_of_it(bundled: Engine, message: str) -> None:
    text, municipality, _ = _last(bundled, message)
    assert municipality == "osby" and ("förbättring" in text or "improvement" in text)
    assert "does not mention" not in text


@pytest.mark.parametrize("turns, kommun, said", [
    (("Hur många nya grannsamverkansområden per år lovar Skellefteå?",), "skelleftea", "två nya grannsamverkansområden"),
    (("Vad handlar Skellefteås löften om?", "hur många nya grannsamverkansområden per år?"), "skelleftea",
     "två nya grannsamverkansområden"),
    (("How many new neighbourhood watch areas a year does Skellefteå promise?",), "skelleftea", "two new"),
    (("Hur många nya föräldrastödsgrupper lovar Karlshamn?",), "karlshamn", "två nya föräldrastödsgrupper"),
])
def test_a_count_with_an_adjective_before_its_noun_is_the_count_asked(bundled: Engine, turns: tuple[str, ...],
                                                                      kommun: str, said: str) -> None:
    text, municipality, _ = _last(bundled, *turns)
    assert municipality == kommun and said in text and "nämns inte" not in text


def test_what_a_person_said_after_a_survey_is_no_question_of_how_safe(bundled: Engine) -> None:
    text, municipality, topic = _last(bundled, "Vad sa polischefen om Sjöbo efter trygghetsundersökningen 2023?")
    assert municipality == "sjobo" and topic == "quote" and "Ahrlin" in text
