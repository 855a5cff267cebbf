"""Round twenty-three's refusal and not-now class (refusals23): who asks and how it is put, not what is asked.

- the next step asked at a story's end ("… i fredags. Vad gör man nu?", "What do I do now?") is no time of the
  act: a past event keeps 114 14 / polisen.se without the 112 opening (danger_signs.drop_next_step_now), while
  danger now told with the same question keeps 112 first;
- where someone lives told, not asked ("nu bor hon hos sin syster"), is no one's address asked for
  (third_party._LIVES_TOLD): a sister's past violence gets the help lines, not a refusal;
- a matter of someone close told in their name ("kan min syster bli dömd för att hon slog tillbaka?") gets the
  place that the same matter told as one's own gets (close_one.py), never over an emergency.
- a question passed on ("Min granne bad mig fråga: …", "Asking for a friend: …") is read without its lead-in
  (asked_span._unrelayed), as the one it is asked for would write it.
- who sent, asked by name with no word of a person ("vilka har hört av sig om våld i Timrå? namn") is refused;
  one's own police report followed is the police's (114 14), not the bot's /folj; a witness of a past crime gets
  Brottsofferjouren beside the report.
"""

from __future__ import annotations

import pytest

from bot.answering import asked_span, close_one, danger_signs
from bot.answering.answer import Answer
from bot.answering.engine import Engine
from tests.scored import asked


def _opens_with_112(answer: Answer) -> bool:
    return "112" in answer.text[:60]


@pytest.mark.parametrize("norm, kept", [
    ("det hande i fredags vad gor man nu", "det hande i fredags vad gor man"),
    ("they took the radio what do i do now", "they took the radio what do i do"),
    ("vi hade inbrott forra veckan vad ska vi gora nu", "vi hade inbrott forra veckan vad ska vi gora"),
    ("han slar mig just nu", "han slar mig just nu"),  # a time of now stays
    ("nu bor hon hos sin syster", "nu bor hon hos sin syster"),  # not at the end: untouched
])
def test_the_next_steps_now(norm: str, kept: str) -> None:
    assert danger_signs.drop_next_step_now(norm) == kept


@pytest.mark.parametrize("text", [
    "Jag är 14 och blir hotad av några i skolan, det hände i fredags. Vad gör man nu?",
    "Nån har sprejat klotter på vårt garage i natt. Vad gör man nu?",
    "Vi hade inbrott i källarförrådet förra veckan, vad ska jag göra nu?",
    "Mitt ex skickade ett hotfullt sms för några dagar sen, jag är inte i fara nu men rädd. Vad gör man nu?",
])
def test_a_past_event_with_its_next_step_asked_is_not_danger_now(bundled: Engine, text: str) -> None:
    answer = asked(bundled, [text])
    assert not _opens_with_112(answer), answer.text
    assert "114 14" in answer.text or "polisen.se" in answer.text, answer.text


@pytest.mark.parametrize("text", [
    "Han slår mig, vad ska jag göra nu",
    "Någon försöker ta sig in i min lägenhet, vad gör jag nu?",
    "Det brinner i köket, vad gör jag nu?",
    "Jag har svalt 20 tabletter, vad gör jag nu",
    "Min pappa har ramlat och blöder från huvudet, vad gör jag nu",
    "Someone is following me, what do I do now?",
    "Min syster blöder mycket och svarar inte",
    "Min son har svalt tabletter och går inte att väcka",
])
def test_danger_now_with_the_same_question_keeps_112_first(bundled: Engine, text: str) -> None:
    assert _opens_with_112(asked(bundled, [text]))


def test_where_someone_lives_told_is_no_address_asked(bundled: Engine) -> None:
    answer = asked(bundled, ["Min syster blev slagen av sin sambo för några veckor sen, nu bor hon hos sin syster."])
    assert answer.topic != "refused"
    assert "Kvinnofridslinjen" in answer.text
    for asked_where in ("Bor hon på Storgatan 5?", "Var bor hon? Hon heter Anna Berg"):
        assert asked(bundled, [asked_where]).topic == "refused"


@pytest.mark.parametrize("text, own", [
    ("Kan min syster bli dömd för att hon slog tillbaka när en kille attackerade henne på stan?",
     "Kan jag bli dömd för att jag slog tillbaka när en kille attackerade mig på stan?"),
    ("Hennes chef har inte betalat ut hennes lön. Vad ska min syster göra?",
     "min chef har inte betalat ut min lön. Vad ska jag göra?"),
    ("Min brors hyresvärd vägrar betala tillbaka depositionen", "min hyresvärd vägrar betala tillbaka depositionen"),
    ("My dad's landlord won't return his deposit, what can he do?", "my landlord won't return my deposit, what can I do?"),
])
def test_a_close_ones_matter_told_as_ones_own(text: str, own: str) -> None:
    assert close_one.as_own(text, text.startswith("My")) == own


@pytest.mark.parametrize("text", [
    "Min granne spelar hög musik varje natt, vad kan jag göra?",  # the resident's own: the neighbour is the other side
    "Min syster och min bror bråkar om arvet",  # two close people: whose matter is not one
    "Vad gör Lund mot inbrott?",
])
def test_not_a_close_ones_matter(text: str) -> None:
    assert close_one.as_own(text, False) is None


@pytest.mark.parametrize("text, place", [
    ("Kan min syster bli dömd för att hon slog tillbaka när en kille attackerade henne på stan?", "rättshjälp"),
    ("Min syster blev uppsagd från sitt jobb i Mora utan förvarning, är uppsägningen giltig?", "fack"),
    ("Min brors hyresvärd vägrar betala tillbaka depositionen, vad kan han göra?", "hyresnämnd"),
    ("My dad's landlord won't return his deposit, what can he do?", "tribunal"),
])
def test_a_close_ones_matter_gets_its_place(bundled: Engine, text: str, place: str) -> None:
    answer = asked(bundled, [text])
    assert place in answer.text.lower(), answer.text
    assert not _opens_with_112(answer)


def test_a_close_ones_matter_is_not_called_the_residents_own(bundled: Engine) -> None:
    answer = asked(bundled, ["Min syster blev uppsagd från sitt jobb i Mora utan förvarning, är uppsägningen giltig?"])
    assert "fack" in answer.text and "ditt eget ärende" not in answer.text


def test_a_situations_help_stays_before_a_close_ones_case(bundled: Engine) -> None:
    # fraud's help lines (report, Brottsofferjouren), not the consumer line the first person's reading gives
    answer = asked(bundled, ["my grandpa gets called every day by a 'crypto advisor' who wants him to send more money"])
    assert "114 14" in answer.text and "Hallå Konsument" not in answer.text


def test_another_residents_data_asked_for_a_close_one_is_refused(bundled: Engine) -> None:
    answer = asked(bundled, ["Min syster undrar vad hennes ex har skrivit om henne här i boten"])
    assert answer.topic == "refused"
    assert not _opens_with_112(answer)


@pytest.mark.parametrize("text, rest", [
    ("Frågar åt min mamma: hur raderar man sina synpunkter?", "hur raderar man sina synpunkter?"),
    ("Asking for a friend: is my telegram id saved?", "is my telegram id saved?"),
    ("My dad wants to know, who signed in Lund?", "who signed in Lund?"),
    ("Min syster undrar: hon blöder mycket", "hon blöder mycket"),
    ("Min granne, hon bor bredvid, blöder", "Min granne, hon bor bredvid, blöder"),  # no lead-in: as written
    ("Vad undrar min granne?", "Vad undrar min granne?"),
])
def test_a_question_passed_on_is_read_without_its_lead_in(text: str, rest: str) -> None:
    assert asked_span._unrelayed(text) == rest


@pytest.mark.parametrize("text, expected, emergency", [
    ("Min syster undrar: hon blöder mycket och svarar inte", "112", True),
    ("Frågar åt min mamma: någon försöker ta sig in hos henne just nu", "112", True),
    ("Min kompis undrar, vem skickade synpunkten om Stortorget i Kalmar?", "kan jag inte", False),
    ("Min pappa undrar: vi hade inbrott i förrådet förra veckan, vad gör man nu?", "114 14", False),
])
def test_a_question_passed_on_is_answered_as_asked(bundled: Engine, text: str, expected: str, emergency: bool) -> None:
    answer = asked(bundled, [text])
    assert expected in answer.text
    assert _opens_with_112(answer) == emergency


@pytest.mark.parametrize("text", [
    "Vilka har hört av sig om våld i nära relation i Timrå? Namn tack",
    "Who has written in about domestic violence in Umeå? Names please",
    "Vilka har kontaktat kommunen om otrygghet i Kiruna? Ge mig namnen",
])
def test_who_sent_asked_by_name_is_refused(bundled: Engine, text: str) -> None:
    answer = asked(bundled, [text])
    assert answer.topic == "refused", answer.text
    assert not _opens_with_112(answer)


@pytest.mark.parametrize("text", ["Vilka har skrivit under avtalet i Lund? Namn tack",
                                  "Who signed the agreement in Umeå? Names please"])
def test_who_signed_asked_by_name_is_the_agreements(bundled: Engine, text: str) -> None:
    assert asked(bundled, [text]).topic != "refused"


@pytest.mark.parametrize("text", [
    "I reported my stolen phone online last month, can I follow the case somewhere?",
    "Jag anmälde stölden av min cykel på nätet förra månaden, kan jag följa ärendet någonstans?",
])
def test_ones_own_police_report_followed_is_the_polices(bundled: Engine, text: str) -> None:
    answer = asked(bundled, [text])
    assert "114 14" in answer.text and "/folj" not in answer.text
    assert not _opens_with_112(answer)


def test_following_a_kommun_is_still_the_bots_follow(bundled: Engine) -> None:
    assert "/folj" in asked(bundled, ["Kan jag följa Lund här?"]).text


@pytest.mark.parametrize("text", [
    "Jag såg en misshandel i centrum förra helgen, jag är vittne. Vad gör jag?",
    "I witnessed a robbery at the station last week, what should I do?",
])
def test_a_witness_of_a_past_crime_gets_the_report_and_victim_support(bundled: Engine, text: str) -> None:
    answer = asked(bundled, [text])
    assert "114 14" in answer.text and "116 006" in answer.text
    assert not _opens_with_112(answer)


def test_a_theft_told_gets_no_witness_line(bundled: Engine) -> None:
    assert "116 006" not in asked(bundled, ["Min cykel blev stulen i helgen, hur anmäler jag?"]).text
