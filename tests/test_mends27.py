"""Round twenty-seven's mends, each a class: one's own low mood told with nothing else (1177's advice and
Självmordslinjen, not a victim's line, the bot's introduction or the agreement of the kommun also named); a
follow-up after help with one's own situation ("vem kan jag prata med om det?") asks that help again, while after
an answer about an agreement it asks for the kommun's people; "åt" is no English "at" that places a district."""
from __future__ import annotations

import pytest

from bot.answering import mood, own_followup
from bot.answering.conversation import Conversation
from bot.answering.engine import Engine
from tests.scored import asked


def _last(engine: Engine, *turns: str) -> tuple[str, str | None]:
    answer = asked(engine, list(turns))
    return answer.text, answer.municipality


@pytest.mark.parametrize("message", ["jag mår inte bra", "jag mår dåligt", "jag känner mig ensam och mår dåligt",
                                     "mår så dåligt hela tiden", "jag är deprimerad", "Jag mår dåligt och bor i Falun"])
def test_a_low_mood_gets_1177_and_the_suicide_line(bundled: Engine, message: str) -> None:
    text, _ = _last(bundled, message)
    assert "1177" in text and "90101" in text
    assert "Brottsofferjouren" not in text and "Fokusområden" not in text
    assert "112" not in text[:60]  # no emergency opening: 112 is one line of the help


@pytest.mark.parametrize("message", ["I feel really low", "im not ok", "I've been feeling down for weeks"])
def test_a_low_mood_in_english_is_answered_in_english(bundled: Engine, message: str) -> None:
    text, _ = _last(bundled, message)
    assert text.startswith("This can help you") and "1177" in text


@pytest.mark.parametrize("message", [
    "min mamma mår dåligt",  # someone else's
    "jag mår dåligt efter inbrottet",  # a crime's: the victim's help
    "min kille slog mig förra månaden och jag mår så dåligt",
    "jag mår dåligt av allt knarkande i centrum, vad gör kommunen?",
])
def test_a_mood_beside_something_else_is_not_the_mood_alone(message: str) -> None:
    from bot.text import fold
    assert not mood.low(" ".join(fold(message).replace(",", " ").replace("?", " ").split()))


def test_the_mood_after_a_crime_keeps_the_victims_help(bundled: Engine) -> None:
    text, _ = _last(bundled, "jag mår dåligt efter inbrottet")
    assert "Brottsofferjouren" in text or "116 006" in text


@pytest.mark.parametrize("follow", ["vem kan jag prata med om det?", "vad ska jag göra?", "vart vänder jag mig?"])
def test_a_follow_up_after_ones_own_situation_gets_its_help_again(bundled: Engine, follow: str) -> None:
    text, _ = _last(bundled, "Jag blev rånad i går kväll i Borlänge", follow)
    assert "Brottsofferjouren" in text and "114 14" in text
    assert "sparas" not in text and "Fokusområden" not in text and "Medborgarlöfte" not in text


def test_a_follow_up_after_a_crime_to_report_gets_the_report_again(bundled: Engine) -> None:
    text, _ = _last(bundled, "nån körde in i min bil på parkeringen och smet", "vad ska jag göra nu?")
    assert "114 14" in text


def test_a_new_question_after_a_situation_is_read_as_written(bundled: Engine) -> None:
    _, muni = _last(bundled, "Jag blev rånad i går kväll i Borlänge", "vad fokuserar Lund på?")
    assert muni == "lund"


@pytest.mark.parametrize("first, said", [("Vad fokuserar Gotland på?", "Fredrik Persson"),
                                         ("What does Gotland do for safety?", "Fredrik Persson"),
                                         ("Vad gör Lund för tryggheten?", "nämns inte")])
def test_whom_to_talk_to_after_an_agreement_is_its_people(bundled: Engine, first: str, said: str) -> None:
    follow = "who can I talk to about it?" if first.startswith("What") else "vem kan jag prata med om det?"
    text, _ = _last(bundled, first, follow)
    assert said in text
    assert "sparas" not in text


def test_the_situation_is_kept_with_the_conversation_and_forgotten_after_another_answer(bundled: Engine) -> None:
    conversation = Conversation()
    bundled.answer("Jag blev rånad i går kväll i Borlänge", conversation)
    assert conversation.situation == "victim"
    assert Conversation.from_dict(conversation.to_dict()).situation == "victim"
    bundled.answer("Vad fokuserar Lund på?", conversation)
    assert conversation.situation is None
    bundled.answer("nån körde in i min bil på parkeringen och smet", conversation)
    assert conversation.situation == own_followup.REPORT
    conversation.clear()
    assert conversation.situation is None


@pytest.mark.parametrize("message", ["vad gör kommunen åt rånen?", "Vad gör Lund? || vad gör kommunen åt rånen?"])
def test_at_folded_from_a_swedish_word_places_no_district(bundled: Engine, message: str) -> None:
    _, muni = _last(bundled, *message.split(" || "))
    assert muni != "falkoping"


def test_the_english_at_still_places_a_district_typed_with_a_slip(bundled: Engine) -> None:
    _, muni = _last(bundled, "What is being done at Rantn?")
    assert muni == "falkoping"


@pytest.mark.parametrize("message, muni, said", [
    ("Det är stökigt vid tennisparken på kvällarna, vad gör Vingåkers kommun och polisen?", "vingaker", "trygghetsvandring"),
    ("det känns otryggt runt skolorna i alsike, gör nån nåt?", "knivsta", "vuxennärvaro"),
])
def test_a_concern_that_asks_what_the_kommun_does_gets_the_agreement_and_the_invitation(
        bundled: Engine, message: str, muni: str, said: str) -> None:
    text, answered = _last(bundled, message)
    assert answered == muni
    assert said in text.lower()
    assert "/synpunkt" in text


@pytest.mark.parametrize("message", ["var bor man tryggast i Lund?", "var bor folk helst i Lund?"])
def test_where_one_lives_best_is_no_persons_home(bundled: Engine, message: str) -> None:
    text, _ = _last(bundled, message)
    assert "lämnar inte ut" not in text


def test_where_a_named_person_lives_is_still_refused(bundled: Engine) -> None:
    text, _ = _last(bundled, "var bor Johan Berg? han är skyldig mig pengar")
    assert "lämnar inte ut" in text


def test_which_schools_of_an_entry_naming_none_is_said_not_mentioned(bundled: Engine) -> None:
    text, _ = _last(bundled, "Vilka skolor gör polisen narkotikasök med hund i i Tranås?")
    assert text.startswith("Skolor nämns inte")
    text, _ = _last(bundled, "vilka skolor besöker polisen i Eslöv?")  # "samtliga grundskolor": no note
    assert "nämns inte" not in text and "grundskolor" in text


def test_a_count_of_people_missing_in_english_says_not_mentioned() -> None:
    from bot.answering import how_many
    assert how_many.note("count", [how_many.PEOPLE], {}, "Ovanåkers", "Ovanåker", "en") \
        == "Ovanåker's agreement does not mention how many."


@pytest.mark.parametrize("message, district, muni", [
    ("rasslätt, vad görs där?", "Råslätt", "jonkoping"),  # lower case, opening the message as its heading
    ("Hur ser det ut i Oxhgaen i Kalmar?", "Oxhagen", "kalmar"),
    ("jag bor i furulnd, vad lovar polisen", "Furulund", "kavlinge"),
])
def test_a_district_typed_with_a_slip_is_named_as_read_with_its_sentences(
        bundled: Engine, message: str, district: str, muni: str) -> None:
    text, answered = _last(bundled, message)
    assert answered == muni
    assert text.startswith(f"(Jag tolkar det som {district}.)\n{district} ligger i")


def test_an_ambiguous_name_right_after_a_questions_verb_is_the_kommun(bundled: Engine) -> None:
    text, muni = _last(bundled, "vilka gymnasieskolor gör sala trygghetsvandring på 2024")
    assert muni == "sala" and "Kungsängsgymnasiet" in text
    _, muni = _last(bundled, "vad kan vara bra att veta?")
    assert muni is None


@pytest.mark.parametrize("definite, base", [("klottret", "klotter"), ("centret", "center"), ("cykeln", "cykel"),
                                            ("registret", "register")])
def test_a_noun_in_its_definite_form_stems_as_its_base(definite: str, base: str) -> None:
    from bot.answering.passage_index import stem
    assert stem(definite) == stem(base)


def test_the_definite_form_of_a_focus_areas_word_is_not_said_missing(bundled: Engine) -> None:
    text, _ = _last(bundled, "Vad gör Åre kommun åt klottret?")
    assert "nämns inte" not in text
    assert "sanera klotter" in text


@pytest.mark.parametrize("message, said", [("Vad gör Lund när det gäller ungdomar?", "Barn och unga"),
                                           ("What does Lund do when it comes to young people?", "young people")])
def test_nar_det_galler_asks_no_time(bundled: Engine, message: str, said: str) -> None:
    text, _ = _last(bundled, message)
    assert said in text
    assert "Den gäller fortfarande" not in text and "still in force." not in text.split("\n")[0]


def test_a_period_asked_beside_nar_det_galler_is_still_the_period(bundled: Engine) -> None:
    text, _ = _last(bundled, "när det gäller Lund, hur länge gäller avtalet?")
    assert "2027" in text


def test_vilka_tecknade_asks_the_signers(bundled: Engine) -> None:
    text, _ = _last(bundled, "Vilka tecknade Ånges löfte?")
    assert "Josef Wiklund" in text


def test_being_followed_right_now_in_english_opens_with_112(bundled: Engine) -> None:
    text, _ = _last(bundled, "I'm being followed by a car right now on my way home, it's been ten minutes")
    assert text.startswith("Are you or someone else in danger right now? Call 112")


def test_having_been_followed_is_no_wish_to_follow_a_kommun(bundled: Engine) -> None:
    text, _ = _last(bundled, "I was being followed last week and I'm still scared, who can I talk to?")
    assert "/folj" not in text and "114 14" in text
    text, _ = _last(bundled, "can I follow Lund?")
    assert "/folj" in text


@pytest.mark.parametrize("message", ["finns det några polisanmälningar om min granne? han verkar skum ärligt talat",
                                     "Har Ahmed på våning 3 några anmälningar för bråk? Hyresvärden vill veta."])
def test_police_reports_about_a_person_are_refused(bundled: Engine, message: str) -> None:
    text, _ = _last(bundled, message)
    assert "lämnar inte ut" in text


def test_a_count_of_reports_of_a_crime_is_no_persons_data(bundled: Engine) -> None:
    text, _ = _last(bundled, "Hur många polisanmälningar om inbrott görs i Lund?")
    assert "lämnar inte ut" not in text


@pytest.mark.parametrize("message", ["Grannens hund står ute i kedja hela dagarna och ser väldigt mager ut",
                                     "grannens hund står ute i kedja i kylan hela dagarna, vem ska jag kontakta"])
def test_an_animal_kept_badly_told_without_a_question_gets_the_county_board(bundled: Engine, message: str) -> None:
    text, _ = _last(bundled, message)
    assert "länsstyrelsen" in text


def test_a_kommuns_name_after_a_first_name_is_a_surname(bundled: Engine) -> None:
    _, muni = _last(bundled, "va det inte Anna-Karin Lund som skrev under hofors medborgarlöfte?")
    assert muni == "hofors"
    _, muni = _last(bundled, "I Lund, vad gör man?")
    assert muni == "lund"


@pytest.mark.parametrize("message, opening", [
    ("var det inte Anna-Karin Lund som skrev under hofors medborgarlöfte?", "Nej."),
    ("var det inte Anders Sund som skrev under Gnosjös löfte 2024?", "Ja."),
    ("gnosjö 2024 – var det inte Håkan Boberg som skrev under för polisen", "Nej."),  # he signed in 2018
    ("Kenneth Axling skrev väl inte under Hofors medborgarlöfte?", "Det stämmer inte."),
])
def test_a_clefts_inte_claims_what_it_points_out(bundled: Engine, message: str, opening: str) -> None:
    text, _ = _last(bundled, message)
    assert text.startswith(opening)
