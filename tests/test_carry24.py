"""Round twenty-four: a switch of kommun that keeps the aspect and the agreement asked (switched.py), and focus
claims put as hearsay or with an everyday word (claim_spans.hearsay, claim_focus.py)."""

from __future__ import annotations

from bot.answering.conversation import Conversation
from bot.answering.engine import Engine
from bot.text import fold


def _turns(engine: Engine, *turns: str) -> tuple[str | None, str]:
    conversation = Conversation()
    answer = None
    for turn in turns:
        answer = engine.answer(turn, conversation)
    assert answer is not None
    return answer.municipality, fold(answer.text)


def test_the_year_asked_is_kept_in_the_conversation(bundled: Engine) -> None:
    conversation = Conversation()
    bundled.answer("Vad är fokus i Åtvidabergs medborgarlöfte 2024?", conversation)
    assert conversation.year == 2024 and conversation.agreement_said
    again = Conversation.from_dict(conversation.to_dict())
    assert again.year == 2024
    conversation.clear()
    assert conversation.year is None


def test_a_switch_keeps_the_aspect_and_the_year(bundled: Engine) -> None:
    # Anebys medborgarlöfte 2021 was signed; Alvesta has none of 2021, and says which it has.
    muni, text = _turns(bundled, "Vilka skrev under Anebys medborgarlöfte 2021?", "samma sak för Alvesta?")
    assert muni == "alvesta"
    assert "inget medborgarlofte for 2021" in text and "2023" in text


def test_same_period_is_the_year_not_the_period_asked(bundled: Engine) -> None:
    muni, text = _turns(bundled, "Vad är fokus i Ales medborgarlöfte 2020?", "och Söderköping samma period?")
    assert muni == "soderkoping"
    entry = bundled.knowledge.municipalities["soderkoping"]
    of_2020 = [a for a in entry.agreements if a.start is not None and a.start.year == 2020 and a.areas]
    assert of_2020 and any(fold(area.title) in text for area in of_2020[0].areas)


def test_an_english_switch_that_year_keeps_the_end(bundled: Engine) -> None:
    muni, text = _turns(bundled, "När går Mörbylångas medborgarlöfte 2021 ut?", "and Kungälv that year?")
    assert muni == "kungalv"
    assert "2020–2021" in text or "2020-2021" in text


def test_a_switch_that_asks_whether_it_is_shared_stays_that(bundled: Engine) -> None:
    muni, text = _turns(bundled, "Vilka fokusområden har Hallstahammars medborgarlöfte?", "gäller det också i Kungsör?")
    assert muni == "kungsor" and "inte bland parterna" in text


def test_a_plain_switch_without_an_agreement_named_is_as_before(bundled: Engine) -> None:
    muni, text = _turns(bundled, "Vad fokuserar Ale på?", "och Burlöv?")
    assert muni == "burlov" and "samverkansoverenskommelse" in text


def test_a_year_inside_an_agreements_span_picks_it(bundled: Engine) -> None:
    muni, text = _turns(bundled, "När går Umeås samverkansöverenskommelse 2019 ut?")
    assert muni == "umea" and text.split("\n")[0].count("2017–2020") == 1


def test_a_span_put_as_a_claim_is_not_narrowed_to_it(bundled: Engine) -> None:
    _, text = _turns(bundled, "eskilstunas samverkansavtal löper 2019-2022 va? har dom förnyat nåt sen dess")
    assert "2024–2027" in text


def test_hearsay_of_a_true_focus_is_confirmed(bundled: Engine) -> None:
    muni, text = _turns(bundled, "Jag hörde att Ånge satsar på trafiken")
    assert muni == "ange" and text.startswith("ja, det stammer") and "trafiksakerhet" in text


def test_a_tag_question_with_an_everyday_word_is_confirmed_from_the_title(bundled: Engine) -> None:
    muni, text = _turns(bundled, "Alvestas löfte handlar väl om ungdomar?")
    assert muni == "alvesta" and text.startswith("ja") and "ungdomar traffas" in text


def test_a_false_focus_by_hearsay_is_not_confirmed(bundled: Engine) -> None:
    muni, text = _turns(bundled, "jag hörde att Ale satsar på klotter")
    assert muni == "ale" and not text.startswith("ja") and "nämns inte".replace("ä", "a") in text


def test_mostly_is_not_confirmed_whole(bundled: Engine) -> None:
    _, text = _turns(bundled, "Ale jobbar väl mest med våld i nära relationer?")
    assert not text.startswith("ja")


def test_hearsay_of_another_kommuns_place_is_not_confirmed(bundled: Engine) -> None:
    # Laholm's focus area named of Huddinge: never "Ja" with Laholm's area.
    _, text = _turns(bundled, "Jag hörde att Huddinge satsar på centrala Laholm (centrumkärnan inklusive stadsparken) "
                              "i sitt avtal. Vad lovar de mer?")
    assert not text.startswith("ja")
