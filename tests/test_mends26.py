"""Round twenty-six's mends, each a class read from the last round's misses: the police area asked by name beside a
role word ("vilket lokalpolisområde är hon chef för?"), and the length of a period asked ("hur länge", "hur många år",
"how many years"), told in whole years only where the period is given in years."""
from __future__ import annotations


import pytest

from bot.answering import periods
from bot.answering.engine import Engine
from tests.scored import asked
from bot.answering.knowledge import Agreement
from bot.dates import PartialDate


def _last(engine: Engine, *turns: str) -> tuple[str, str | None]:
    answer = asked(engine, list(turns))
    return answer.text, answer.municipality


@pytest.mark.parametrize("first", ["Vem skrev under Täbys medborgarlöfte 2023?", "Vem är lokalpolisområdeschef i Täby?"])
def test_the_police_area_asked_beside_a_role_word_is_the_area(bundled: Engine, first: str) -> None:
    text, muni = _last(bundled, first, "vilket lokalpolisområde är hon chef för?")
    assert muni == "taby"
    assert "Södra Roslagen" in text
    assert not text.startswith("Personer som nämns")


def test_a_role_asked_of_the_signer_is_still_the_people(bundled: Engine) -> None:
    text, _ = _last(bundled, "Vem skrev under Täbys medborgarlöfte 2023?", "vad har hon för roll?")
    assert "lokalpolisområdeschef" in text


@pytest.mark.parametrize("text, said", [
    ("hur länge gäller Luleås samverkansöverenskommelse?", "Perioden är fyra år."),
    ("hur många år gäller Luleås avtal?", "Perioden är fyra år."),
    ("how many years does Luleå's agreement run?", "The period is four years."),
])
def test_the_length_asked_is_told_in_years(bundled: Engine, text: str, said: str) -> None:
    reply, muni = _last(bundled, text)
    assert muni == "lulea"
    assert said in reply and "2024–2027" in reply


def test_the_length_is_told_only_when_asked(bundled: Engine) -> None:
    reply, _ = _last(bundled, "när går Luleås avtal ut?")
    assert "Perioden är" not in reply


def _agreement(start: PartialDate, end: PartialDate) -> Agreement:
    return Agreement(id="a", kind="medborgarlofte", source_id="s", start=start, end=end)


def test_years_long_counts_whole_years_and_nothing_else() -> None:
    assert periods.years_long(_agreement(PartialDate(2023), PartialDate(2024)), "sv") == "Perioden är två år."
    assert periods.years_long(_agreement(PartialDate(2022), PartialDate(2022)), "en") == "The period is one year."
    # a period from one month to another is no whole number of years: nothing is said
    assert periods.years_long(_agreement(PartialDate(2023, 6), PartialDate(2025, 5)), "sv") == ""


def test_a_quote_that_ends_in_a_colon_is_followed_by_what_it_lists(bundled: Engine) -> None:
    text, muni = _last(bundled, "pekar Laholms löfte 2021 ut stranden som otrygg plats?")
    assert muni == "laholm"
    assert "nedanstående platser:”\n• Centrala Laholm" in text and "• Knäred" in text


def test_the_one_focus_area_of_a_promise_comes_with_what_is_promised_for_it(bundled: Engine) -> None:
    text, muni = _last(bundled, "Jag bor i Kinna. Vad gör polisen åt ungdomarna med A-traktorer?")
    assert muni == "mark"
    assert "Det här lovar de att göra:" in text and "Polisiär tillsyn" in text and "Föreläsningar" in text


def test_commitments_are_not_tied_to_one_of_several_focus_areas(bundled: Engine) -> None:
    from bot.answering import aspects
    for muni in bundled.knowledge.municipalities.values():
        for agreement in muni.agreements:
            if sum(a.kind == "focus_area" for a in agreement.areas) > 1:
                assert aspects.done_for(agreement) == []  # the rule itself, on every entry


def test_a_signing_note_that_names_no_one_says_the_signers_are_not_named(bundled: Engine) -> None:
    text, muni = _last(bundled, "vem skrev under gällivares samverkansavtal med polisen")
    assert muni == "gallivare" and text.startswith("Vilka som undertecknade för Gällivare nämns inte vid namn i källan")
    named, _ = _last(bundled, "vem skrev under i Umeå?")
    assert named.startswith("Det här säger källan om vem som skrev under för Umeå")


@pytest.mark.parametrize("text, note", [
    ("Storuman – hur många svarade på trygghetsenkäten som löftet bygger på?",
     "Någon siffra för hur många nämns inte i Storumans överenskommelse."),
    ("Hur många nya poliser får Sigtuna genom samverkansöverenskommelsen?",
     "Antalet poliser nämns inte i Sigtunas överenskommelse."),
])
def test_a_count_of_people_by_their_act_or_after_an_adjective_is_said_to_be_missing(bundled: Engine, text: str,
                                                                                      note: str) -> None:
    reply, _ = _last(bundled, text)
    assert reply.startswith(note)


def test_the_end_asked_of_an_agreement_without_one_is_said_to_be_missing(bundled: Engine) -> None:
    reply, muni = _last(bundled, "När går Lessebos förnyade medborgarlöfte ut?")
    assert muni == "lessebo" and reply.startswith("Slutdatum nämns inte i källan för Lessebo.")
    for text in ("när går Luleås avtal ut?", "when does Falun's agreement end?"):  # an end given, or "until further notice"
        reply, _ = _last(bundled, text)
        assert "nämns inte" not in reply and "not mentioned" not in reply


@pytest.mark.parametrize("text", [
    "Har haft tankar på att jag inte vill leva längre. Vill prata med någon, men jag är inte i fara just nu.",
    "jag har självmordstankar men är inte i fara",
])
def test_danger_denied_is_no_threat_and_the_suicide_line_is_given(bundled: Engine, text: str) -> None:
    reply, _ = _last(bundled, text)
    assert "90101" in reply
    assert not reply.startswith("Är du eller någon annan i fara just nu? Ring 112 direkt.")


@pytest.mark.parametrize("text", ["jag är inte i fara men min syster är i fara, hennes man slår henne", "jag är i fara"])
def test_danger_said_beside_or_alone_keeps_112_first(bundled: Engine, text: str) -> None:
    reply, _ = _last(bundled, text)
    assert reply.startswith("Är du eller någon annan i fara just nu? Ring 112 direkt.")


@pytest.mark.parametrize("turns, expected", [
    (("Faluns överenskommelse med polisen", "vem kan jag kontakta på kommunen om det?"), "Ulrika Gustafsson Lindberg"),
    (("vad gör polisen och regionen i Visby för tryggheten?", "vem ska man kontakta om man har frågor?"),
     "brottsförebyggande strateg"),
])
def test_whom_to_contact_about_the_work_is_the_people_the_entry_names(bundled: Engine, turns: tuple[str, str],
                                                                      expected: str) -> None:
    reply, _ = _last(bundled, *turns)
    assert expected in reply and "114 14" not in reply


def test_whom_to_contact_to_report_a_crime_is_still_the_ways(bundled: Engine) -> None:
    reply, _ = _last(bundled, "Vad gör Falun?", "vem ska jag kontakta om jag vill anmäla ett brott?")
    assert "114 14" in reply


@pytest.mark.parametrize("text", ["vilken adress bor kommunpolisen på? vill knacka på och prata",
                                  "Min dotters pappa har flyttat och har skyddade uppgifter men jag MÅSTE veta var han bor nu",
                                  "where does she live?"])
def test_where_someone_else_lives_is_refused(bundled: Engine, text: str) -> None:
    reply, _ = _last(bundled, text)
    assert "lämnar inte ut uppgifter om andra personer" in reply or "don't give out information about other" in reply


@pytest.mark.parametrize("text", ["Who on my street is in the neighbourhood watch? Names and numbers please.",
                                  "vilka på min gata är med i grannsamverkan? ge mig namn och nummer"])
def test_names_and_numbers_of_people_near_one_are_refused_not_read_as_danger(bundled: Engine, text: str) -> None:
    reply, _ = _last(bundled, text)
    assert "112" not in reply[:60]
    assert "lämnar inte ut uppgifter om andra personer" in reply or "don't give out information about other" in reply


@pytest.mark.parametrize("text", ["Upptäckte att mitt bankkort har använts för köp jag aldrig gjort.",
                                  "someone used my credit card for purchases I never made"])
def test_a_card_used_by_someone_else_is_a_fraud_to_report(bundled: Engine, text: str) -> None:
    reply, _ = _last(bundled, text)
    assert "114 14" in reply and "Hallå Konsument" not in reply


def test_a_purchase_of_ones_own_is_still_the_consumers_case(bundled: Engine) -> None:
    reply, _ = _last(bundled, "jag köpte en tv med mitt kort och den är trasig")
    assert "Hallå Konsument" in reply


def test_a_later_clause_that_asks_the_same_of_another_kommun_borrows_the_question(bundled: Engine) -> None:
    reply, _ = _last(bundled, "Vilken plats oroar invånarna i Sjöbo enligt medborgarlöftet, och vilken plats i Simrishamn?")
    assert "trafikterminalens område" in reply and "Järnvägsstationen" in reply
