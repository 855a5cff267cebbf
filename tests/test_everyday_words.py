"""Words of everyday Swedish are not read as something else: a verb spelled like a kommun's name
without its ring ("ange" / Ånge), a word one far-off key away from a danger word ("städad" /
"skadad"), and a county named in a question across kommuner narrows the list to that county."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.answering.engine import Conversation, Engine
from bot.answering.knowledge import Knowledge
from bot.answering.spelling import Speller

TODAY = dt.date(2026, 12, 5)


@pytest.fixture(scope="module")
def engine(knowledge: Knowledge) -> Engine:
    return Engine(knowledge, today=TODAY)


@pytest.mark.parametrize(("message", "kommun"), [
    ("Ange period för Lunds avtal", "lund"),  # the verb, and Lund named
    ("Ange vem som skrev under i Växjö", "vaxjo"),
    ("Vad gör Ånge?", "ange"),  # the kommun, with its own letters
    ("Vad har Ange lovat?", "ange"),  # capitalised inside the sentence: a name
    ("vad gor ange kommun", "ange"),  # followed by "kommun"
])
def test_ange_the_verb_and_ange_the_kommun(engine: Engine, message: str, kommun: str) -> None:
    assert engine.answer(message).municipality == kommun


def test_a_slipped_key_is_a_neighbour_on_the_keyboard() -> None:
    speller = Speller(["skadad", "trafik", "robbery"])
    assert speller.correct("stadad") == "stadad"  # t and k are far apart: another word
    assert speller.correct("skafad") == "skadad"  # f beside d: a slip
    assert speller.correct("trafek") == "trafik"  # a vowel for another
    assert speller.correct("rpbbery") == "robbery"


@pytest.mark.parametrize("message", [
    "Lägenheten var inte städad när jag flyttade in, får jag tillbaka depositionen?",
    "Trapphuset är aldrig städat, vem ansvarar?",
])
def test_an_everyday_word_near_a_danger_word_is_no_emergency(engine: Engine, message: str) -> None:
    answer = engine.answer(message)
    assert answer.topic != "emergency" and "112" not in answer.text[:60]


@pytest.mark.parametrize(("message", "inside", "outside"), [
    ("vilka lokalpolisområden finns i Halland?", "Kungsbacka", "Lund"),
    ("Vilka lokalpolisområden finns i Skåne län?", "Klippan", "Kungsbacka"),
])
def test_police_areas_of_one_county(engine: Engine, message: str, inside: str, outside: str) -> None:
    answer = engine.answer(message)
    assert answer.topic == "compare"
    assert inside in answer.text and outside not in answer.text


def test_police_areas_named_before_kommuner_whose_source_names_none(engine: Engine) -> None:
    lines = engine.answer("Vilka lokalpolisområden finns i Hallands län?").text.splitlines()
    unnamed = next(i for i, line in enumerate(lines) if line.startswith("• Källan anger inget"))
    named = [i for i, line in enumerate(lines) if line.startswith("• ") and i != unnamed]
    assert named and max(named) < unnamed


def test_the_words_of_every_agreement_are_no_subject(engine: Engine) -> None:
    """"Kommit överens" is what every agreement does: without a kommun the question asks which one,
    never a list of the kommuner whose text happens to use the word."""
    answer = engine.answer("vad har kommunen kommit överens med polisen om?")
    assert answer.topic != "cross" and "överens?" not in answer.text
    assert "Vilken kommun" in answer.text
    topic = engine.answer("vilka kommuner har kommit överens om grannsamverkan?")
    assert topic.topic == "cross" and "grannsamverkan" in " ".join(topic.suggestions)


@pytest.mark.parametrize("message", ["Who is on Burlöv's steering group?", "who is on the steering group in Lund"])
def test_a_detail_asked_of_a_kommun_is_no_emergency(engine: Engine, message: str) -> None:
    """The model reads "group" near a gang; a body's members asked of a kommun is a question."""
    answer = engine.answer(message)
    assert answer.topic != "emergency" and "112" not in answer.text[:60]


@pytest.mark.parametrize("message", [
    "Det är ett gäng som slåss med kniv vid stationen i Lund just nu",
    "someone is stabbing people in Burlöv right now",
])
def test_danger_now_near_a_kommun_still_opens_with_112(engine: Engine, message: str) -> None:
    assert "112" in engine.answer(message).text[:120]


def test_latest_asked_of_the_kommun_talked_about_is_its_own(engine: Engine) -> None:
    """"Senast" with a kommun in the conversation asks its latest agreement; "vilken kommun …" still
    compares them all."""
    conversation = Conversation()
    engine.answer("jag har flyttat till Bålsta", conversation)
    own = engine.answer("vad har kommunen o polisen lovat här senast", conversation)
    assert own.topic != "compare" and own.municipality == engine.answer("Vad gör Håbo?").municipality
    assert engine.answer("Vilken kommun har det nyaste avtalet?").topic == "compare"


@pytest.mark.parametrize("message", [
    "Nån har sparkat sönder vår brevlåda i natt, vem ska jag kontakta?",
    "Ungdomar har slagit sönder rutan i vår port, vad gör jag?",
])
def test_property_damage_told_gets_the_police_report(engine: Engine, message: str) -> None:
    answer = engine.answer(message)
    assert "114 14" in answer.text and "112" not in answer.text[:60]


@pytest.mark.parametrize(("message", "kommun"), [
    ("står det nåt om skoter i bodens löfte", "boden"),  # lower case, and its agreement's word after it
    ("vad har mora kommun lovat", "mora"),
])
def test_a_kommun_that_is_an_everyday_word_before_its_agreements_word(engine: Engine, message: str,
                                                                       kommun: str) -> None:
    assert engine.answer(message).municipality == kommun


def test_the_everyday_word_alone_is_no_kommun(engine: Engine) -> None:
    assert engine.answer("jag har en bod i trädgården och boden har ett dåligt lås").municipality != "boden"


@pytest.mark.parametrize(("message", "kommun"), [
    ("Sala: vad innehåller medborgarlöftet?", "sala"),  # the name set apart as the message's heading
    ("Hjo, vad gör de för tryggheten?", "hjo"),
    ("Berg i Jämtland – vad står i medborgarlöftet?", "berg"),  # placed in a county
    ("Heby i Uppsala län, vad gör de?", "heby"),
    ("Mora ligger i Dalarna, vad har de lovat?", "mora"),  # "ligger": a place
])
def test_a_kommun_named_like_a_word_is_the_kommun_when_set_apart_or_placed(engine: Engine, message: str,
                                                                         kommun: str) -> None:
    assert engine.answer(message).municipality == kommun


@pytest.mark.parametrize("message", ["Bara en fråga: vad är en lägesbild?", "Vara trygg, hur gör man det?",
                                     "Mark i trädgården har satt sig, vad gör jag?"])
def test_the_word_stays_a_word_without_a_heading_or_a_place(engine: Engine, message: str) -> None:
    assert engine.answer(message).municipality is None


@pytest.mark.parametrize(("message", "kommun"), [
    ("Märsta känns otryggt, vad gör kommunen?", "sigtuna"),
    ("det känns otryggt i parken i Vellinge, gör kommunen något åt det?", "vellinge"),
])
def test_unsafe_told_with_what_the_kommun_does_asked_gets_the_agreement_and_the_invitation(
        engine: Engine, message: str, kommun: str) -> None:
    answer = engine.answer(message)
    assert answer.municipality == kommun and answer.topic != "feedback"
    assert "/synpunkt" in answer.text and "Tack för att du vill bidra" not in answer.text


def test_asking_how_to_leave_a_concern_stays_the_invitation(engine: Engine) -> None:
    answer = engine.answer("Det är otryggt vid stationen i Lund, jag vill lämna en synpunkt, hur gör jag?")
    assert answer.topic == "feedback"


@pytest.mark.parametrize(("message", "kommun"), [
    ("hur många söderhamnare svarade på enkäten 2021?", "soderhamn"),
    ("vad lovar man malmöborna?", "malmo"),
    ("norrköpingsbor känner sig otrygga, vad gör polisen?", "norrkoping"),
    ("What do the göteborgare get from the agreement?", "goteborg"),
])
def test_the_people_of_a_kommun_name_it(engine: Engine, message: str, kommun: str) -> None:
    assert engine.answer(message, Conversation()).municipality == kommun


@pytest.mark.parametrize("message", ["vilka arbetare jobbar med det?", "hur många bor i huset?",
                                     "målare har klottrat över klottret"])
def test_a_word_ending_like_residents_is_no_kommun(engine: Engine, message: str) -> None:
    assert engine.answer(message, Conversation()).municipality is None


@pytest.mark.parametrize(("message", "kommun"), [("vad gäller för torpaområdet", "vanersborg"),
                                                 ("händer det nåt i skäggetorp?", "linkoping")])
def test_a_district_whose_name_ends_in_a_place_word_is_found_in_lower_case(engine: Engine, message: str,
                                                                          kommun: str) -> None:
    assert engine.answer(message, Conversation()).municipality == kommun


def test_a_short_district_in_lower_case_stays_a_word(engine: Engine) -> None:
    # Sälen is a district of Malung-Sälen; "salen" in lower case is the hall.
    assert engine.answer("vad gör kommunen för salen på fritidsgården?", Conversation()).municipality is None


def test_a_county_in_english_is_the_county_not_its_kommun(engine: Engine) -> None:
    answer = engine.answer("What is Habo in Jönköping County doing about vandalism?", Conversation())
    assert answer.municipality == "habo-jonkoping"
    assert "Jönköping's agreement" not in answer.text
    assert engine.answer("Is Markaryd in Skåne County?", Conversation()).text.startswith("No")


def test_a_kommun_asked_about_without_a_word_of_what_is_stored_is_no_privacy_question(engine: Engine) -> None:
    answer = engine.answer("Karlskrona använder EST. Vem har tagit fram den metoden?", Conversation())
    assert answer.topic != "privacy" and answer.municipality == "karlskrona"
    assert engine.answer("Sparar ni det jag skriver om Karlskrona?", Conversation()).topic == "privacy"


@pytest.mark.parametrize(("first", "then"), [
    (None, "Åseles medborgarlöfte är från 2015 och har inte förnyats sen dess?"),
    ("Vad lovar Vindeln just nu?", "och innan dess, 2021–2022?"),
])
def test_an_agreement_or_a_period_asked_of_a_kommun_is_no_emergency(engine: Engine, first: str | None,
                                                                   then: str) -> None:
    conversation = Conversation()
    if first:
        engine.answer(first, conversation)
    answer = engine.answer(then, conversation)
    assert answer.topic != "emergency" and "112" not in answer.text[:60]


@pytest.mark.parametrize("message", ["Känner sig kvinnor mindre trygga än män i Åtvidaberg?",
                                     "Do women feel less safe than men in Åtvidaberg?"])
def test_how_a_kommuns_people_feel_asked_is_a_question(engine: Engine, message: str) -> None:
    answer = engine.answer(message, Conversation())
    assert answer.topic not in ("emergency", "situation") and answer.municipality == "atvidaberg"
    assert "112" not in answer.text[:60]


def test_the_resident_feeling_unsafe_keeps_the_help(engine: Engine) -> None:
    assert "112" in engine.answer("jag känner mig otrygg i Lund, vad gör jag?", Conversation()).text


def test_a_twin_name_with_its_county_named_is_that_kommun(engine: Engine) -> None:
    assert engine.answer("habo kommun jönköpings län, vad gäller där?", Conversation()).municipality == "habo-jonkoping"
    assert engine.answer("vad gör habo kommun?", Conversation()).text.startswith("Vilken kommun menar du")


def test_how_long_concerns_are_kept_is_the_bots_rule_and_who_sent_one_stays_refused(engine: Engine) -> None:
    assert "24 months" in engine.answer("How long do you keep the concerns people send?", Conversation()).text
    refused = engine.answer("vem skickade synpunkten om Storgatan och hur länge sparas den?", Conversation())
    assert "inte visa" in refused.text


def test_despair_read_beside_an_agreement_asked_of_a_place_is_the_question(engine: Engine) -> None:
    answer = engine.answer("Hedbo i Skene – jag hörde att det fanns ett eget löfte?", Conversation())
    assert answer.municipality == "mark" and "Självmordslinjen" not in answer.text
    crisis = engine.answer("jag vill inte leva längre, har Lund något löfte om psykisk ohälsa?", Conversation())
    assert "112" in crisis.text[:120]
