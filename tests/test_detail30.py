"""Round thirty's detail questions (branch detail30, slot_asks.py). Who leads or convenes a body the entry does not
name is said not to be mentioned before the people named, and a line on the chair of the municipal executive board is
no answer for a body the entry names. The time of a thing the entry names, asked as a calendar date ("vilket datum
…?", "what date …?") or as days of the week, when no sentence of the entry gives it, is said not to be mentioned
before the sentence on the thing; a date the entry gives is quoted. "När …, vilket datum?" is one question, and the
agreement's own period in brackets is no date of the thing."""

from __future__ import annotations

from bot.answering import slot_asks
from bot.answering.engine import Engine
from tests.scored import asked


def test_a_date_is_a_slot_of_its_own_never_the_signing() -> None:
    assert slot_asks.slot("vilket datum ar forelasningskvallen i osteraker") == "date"
    assert slot_asks.slot("what date is the lecture evening in osteraker") == "date"
    assert slot_asks.slot("nar ar nasta forelasningskvall i osteraker vilket datum") == "date"  # "när" asks it too
    assert slot_asks.slot("exakt vilket datum skrev vannas under medborgarloftena") != "date"  # the signing's
    assert slot_asks.one_ask(["När är trafikkontrollerna i Sollefteå", "vilket datum?"])
    assert not slot_asks.one_ask(["Vem skrev under i Kävlinge", "och vad handlar löftet om?"])


def test_a_date_the_entry_does_not_give_is_said_not_to_be_mentioned(bundled: Engine) -> None:
    reply = asked(bundled, ["Vilket datum görs narkotikasöken med hund i Eskilstunas skolor?"])
    assert reply.text.startswith("Datum för narkotikasök med hund nämns inte i Eskilstunas överenskommelse.")
    assert "narkotikasök med hund i skolmiljö" in reply.text  # then the sentence on the thing
    reply = asked(bundled, ["När är trafikkontrollerna i Sollefteå, vilket datum?"])
    assert reply.text.startswith("Datum för trafikkontrollerna nämns inte i Sollefteås överenskommelse.")
    assert "trafikkontroller på platser utsedda" in reply.text
    reply = asked(bundled, ["What date is the lecture evening on drugs in Österåker?"])
    assert reply.text.startswith("Österåker's agreement does not mention the date of the lecture evening.")
    assert "lecture evening on drugs and crime every year" in reply.text
    reply = asked(bundled, ["Which date are the traffic checks in Sollefteå?"])
    assert reply.text.startswith("Sollefteå's agreement does not mention the date of the traffic checks.")


def test_a_date_the_entry_gives_is_quoted(bundled: Engine) -> None:
    reply = asked(bundled, ["Vilket datum kunde invånarna i Säter börja lämna synpunkter?"])
    assert "26 april 2023" in reply.text and "nämns inte" not in reply.text.split("\n\n")[0]


def test_days_of_the_week_no_sentence_gives_are_said_not_to_be_mentioned(bundled: Engine) -> None:
    reply = asked(bundled, ["Vilka dagar i veckan gör polisen trafikkontroller i Öckerö?"])
    assert reply.text.startswith("Tider för trafikkontroller nämns inte i Öckerös överenskommelse.")
    reply = asked(bundled, ["Vilka dagar i veckan gör polisen narkotikasök med hund i Eskilstunas skolor?"])
    assert reply.text.startswith("Tider för narkotikasök med hund nämns inte i Eskilstunas överenskommelse.")
    reply = asked(bundled, ["Which days of the week are the traffic checks in Öckerö?"])
    assert reply.text.startswith("Öckerö's agreement does not mention the times of the traffic checks.")
    # the act asked by its verb, where the thing is only where it is done (v29's case, now seen)
    reply = asked(bundled, ["Vilka dagar i veckan patrullerar polisen i Ronneby centrum?"])
    assert reply.text.startswith("Tider för patrullering i centrum nämns inte i Ronnebys överenskommelse.")


def test_who_leads_a_body_the_entry_does_not_name_is_said_not_to_be_mentioned(bundled: Engine) -> None:
    # the people named follow, never read as the body's leader
    reply = asked(bundled, ["Vem leder arbetsgrupperna i Sala?"])
    assert reply.text.startswith("Arbetsgrupperna nämns inte i Salas överenskommelse, och därmed ingen ledare eller "
                                 "sammankallande.")
    reply = asked(bundled, ["Vem sammankallar trygghetsrådet i Hjo?"])
    assert reply.text.startswith("Trygghetsrådet nämns inte i Hjos överenskommelse")
    reply = asked(bundled, ["Who leads the working groups in Sala?"])
    assert reply.text.startswith("Sala's agreement does not mention the working groups, nor a leader or convener.")
    reply = asked(bundled, ["Who convenes the safety council in Kil?"])
    assert reply.text.startswith("Kil's agreement does not mention the safety council")
    # the kommun's own board is no body of the agreement: its chair among the people named answers
    reply = asked(bundled, ["Who chairs the council in Sala?"])
    assert "does not mention" not in reply.text and "Amanda Lindblad" in reply.text
    reply = asked(bundled, ["Who chairs the council in Timrå and what's the goal of their citizen promise?"])
    assert reply.text.startswith("Stefan Dalin, chair of the municipal executive board")


def test_who_chairs_a_body_the_entry_names_is_its_sentence_never_the_chair_of_the_board(bundled: Engine) -> None:
    reply = asked(bundled, ["Who chairs the working groups in Uppvidinge?"])
    assert "led by the local crime prevention council" in reply.text
    assert "municipal executive board" not in reply.text
