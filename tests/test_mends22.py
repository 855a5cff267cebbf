"""The twentieth session's own mends, on examples of its own (not sentences of a seen set)."""

from __future__ import annotations

import pytest

from bot.answering.conversation import Conversation
from bot.answering.engine import Engine


@pytest.mark.parametrize("message", [
    # an animal harmed beside a shop or a car is the animal's matter, not a consumer's or a legal one
    "En häst stod instängd i en släpvagn utanför mataffären i går, vem ringer man om sånt?",
    "I saw a dog locked in a hot car outside the shop this morning. Who do I tell?",
    # thin with a word before it that says how thin
    "Katten hos grannen är skitmager och får ingen mat, vart vänder jag mig?",
    "grannens hund ser sjukt mager ut och står ute i regnet, vem kontaktar jag",
])
def test_an_animal_harmed_gets_the_animal_line_not_a_legal_matter(bundled: Engine, message: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert "länsstyrelsen" in answer.text or "county administrative board" in answer.text, answer.text[:300]
    assert "eget ärende" not in answer.text and "your own matter" not in answer.text.lower(), answer.text[:300]
    assert not answer.text.startswith(("Är du eller någon annan i fara just nu? Ring 112", "Are you")), answer.text[:120]


@pytest.mark.parametrize("message", [
    "Hur många cykelstölder anmäldes i Västerås 2024?",
    "hur många anmälda misshandelsfall var det i landet i fjol",
    "How many car break-ins were reported in Sweden in 2023?",
])
def test_a_count_of_reported_crimes_asked_is_figures_brå_keeps(bundled: Engine, message: str) -> None:
    text = bundled.answer(message, Conversation()).text
    assert "statistik.bra.se" in text, text[:300]
    assert not text.startswith(("Vill du anmäla", "Do you want to report")), text[:200]


def test_ones_own_report_is_still_how_to_report(bundled: Engine) -> None:
    text = bundled.answer("Min cykel blev stulen i går, hur anmäler jag det?", Conversation()).text
    assert "114 14" in text and "statistik.bra.se" not in text, text[:300]


@pytest.mark.parametrize("message", [
    "Vilka rättigheter har jag om ordningsvakten vill se vad jag har i fickorna?",
    "Do I have any rights if a guard at the mall wants to search my bag?",
    "har jag några rättigheter om polisen vill kolla min telefon",
])
def test_ones_own_rights_asked_outright_is_a_legal_matter(bundled: Engine, message: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert answer.topic == "out_of_scope", (answer.topic, answer.text[:300])
    assert "rättshjälp" in answer.text or "Legal Aid" in answer.text, answer.text[:300]


def test_rights_over_ones_data_here_stay_the_bots_privacy_answer(bundled: Engine) -> None:
    answer = bundled.answer("Vilka rättigheter har jag när det gäller mina uppgifter här?", Conversation())
    assert answer.topic == "privacy", (answer.topic, answer.text[:200])


def test_a_child_hit_at_school_last_week_gets_bris_not_health_alone(bundled: Engine) -> None:
    text = bundled.answer("Min dotter blev slagen av några äldre elever i skolan i måndags, vem kan hon prata med?",
                          Conversation()).text
    assert "Bris" in text, text[:300]
    assert not text.startswith("Är du eller någon annan i fara just nu? Ring 112"), text[:120]


@pytest.mark.parametrize(("message", "place"), [
    ("Min chef hotar att omplacera mig om jag klagar på schemat igen, får hen göra så?", "fack"),
    ("Can my boss cut my hours because I joined a union?", "union"),
    ("Butiken vägrar ta tillbaka en trasig dammsugare jag köpt, är det lagligt?", "Hallå Konsument"),
])
def test_a_legal_question_inside_an_area_of_life_names_the_areas_place_first(bundled: Engine, message: str,
                                                                              place: str) -> None:
    text = bundled.answer(message, Conversation()).text
    assert place in text, text[:400]
    assert text.index(place) < text.index("rättshjälp" if "rättshjälp" in text else "Legal Aid"), text[:400]


def test_a_word_that_ends_one_of_the_entrys_compounds_is_not_said_to_be_missing(bundled: Engine) -> None:
    # Find an entry whose own words hold a compound ending in "olyckor" ("viltolyckor", "trafikolyckor") and no
    # "olyck…" word of its own: asked about "olyckor", it must not say they are not mentioned.
    for muni in bundled.knowledge.municipalities.values():
        stems = bundled.passages.stems_of(muni.id, "sv")
        if any(s.find("olyck", 4) > 0 for s in stems) and not any(s.startswith("olyck") for s in stems):
            text = bundled.answer(f"Tar {muni.name}s överenskommelse upp olyckor?", Conversation()).text
            assert "Olyckor nämns inte" not in text, text[:300]
            return
    pytest.skip("no entry with such a compound")


@pytest.mark.parametrize(("message", "kommun"), [
    ("How many safety walks are promised in Ånge?", "ange"),
    ("Which places are promised more police in Kil?", "kil"),
])
def test_are_before_a_participle_is_the_english_verb_not_åre(bundled: Engine, message: str, kommun: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert answer.municipality == kommun, (answer.municipality, answer.text[:200])


@pytest.mark.parametrize("message", [
    "Någon skickar otäcka sms till mig från 073-555 12 34, kan du ta reda på vem som har numret?",
    "Can you look up who owns the phone number 0709876543? It keeps texting my son.",
])
def test_who_has_a_phone_number_is_refused_with_where_to_report(bundled: Engine, message: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert answer.topic == "refused", (answer.topic, answer.text[:200])
    assert "114 14" in answer.text, answer.text


def test_my_own_number_is_no_one_elses_data(bundled: Engine) -> None:
    answer = bundled.answer("Vem har tillgång till mitt nummer om jag skickar en synpunkt?", Conversation())
    assert answer.topic != "refused", answer.text[:200]


def test_what_a_neighbour_on_a_named_street_sent_is_refused(bundled: Engine) -> None:
    answer = bundled.answer("Hur ofta har Per på Kvarngatan skickat in klagomål om vår kiosk?", Conversation())
    assert answer.topic == "refused", (answer.topic, answer.text[:200])


def test_a_caseworker_named_by_a_compound_who_ignores_ones_mail_is_jos(bundled: Engine) -> None:
    text = bundled.answer("Socialförvaltningens biståndshandläggare har struntat i mina mejl sedan i våras.",
                          Conversation()).text
    assert "jo.se" in text or "Justitieombudsm" in text, text[:400]


def test_a_theft_of_ones_own_asked_whether_to_report_is_how_to_report(bundled: Engine) -> None:
    text = bundled.answer("mobilen försvann ur jackan på gymmet, tror den blev stulen, borde jag anmäla?",
                          Conversation()).text
    assert "114 14" in text and "rättshjälp" not in text, text[:300]


def test_reported_oneself_still_reads_as_ones_own_case(bundled: Engine) -> None:
    answer = bundled.answer("Jag blev anmäld av en granne för något jag inte har gjort, vad händer nu?", Conversation())
    assert answer.topic == "out_of_scope", (answer.topic, answer.text[:200])


def test_what_to_do_if_one_sees_a_crime_is_how_to_report_not_the_kommuners_list(bundled: Engine) -> None:
    answer = bundled.answer("Om jag ser någon langa droger vid busshållplatsen, vad ska jag göra då?", Conversation())
    assert answer.topic != "cross" and "114 14" in answer.text, (answer.topic, answer.text[:200])


def test_help_told_beside_ones_details_on_a_search_site_says_how_the_site_takes_them_down(bundled: Engine) -> None:
    text = bundled.answer("Mitt telefonnummer och min adress ligger ute på Eniro och min förra sambo har hotat mig. "
                          "Hur tar jag bort dem?", Conversation()).text
    assert "Kvinnofridslinjen" in text or "Brottsofferjouren" in text, text[:300]
    assert "kontaktsida" in text, text[-400:]


def test_ö_vik_is_örnsköldsvik(bundled: Engine) -> None:
    answer = bundled.answer("Vilka fokusområden har Ö-vik?", Conversation())
    assert answer.municipality == "ornskoldsvik", (answer.municipality, answer.text[:200])
