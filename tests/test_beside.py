"""What a message tells beside its question (bot/answering/beside.py): despair gets Självmordslinjen
first, then the answer; a crime done gets the answer, then where to report it; a complaint in the
same words, or a kind of crime asked about, gets the answer alone."""

from __future__ import annotations

import pytest

from bot.answering import beside, compose
from bot.answering.answer import Answer
from bot.answering.beside import told
from bot.answering.engine import Conversation, Engine
from bot.answering.knowledge import Knowledge
from bot.text import tokens

SUICIDE_LINE = "90101"


@pytest.mark.parametrize(("text", "municipality"), [
    ("jag bor i Lund och orkar inte mer, vad står i avtalet", "lund"),
    ("livet känns meningslöst. vad fokuserar Eslöv på?", "eslov"),
    ("ser ingen utväg längre... vem skrev under Umeås medborgarlöfte?", "umea"),
    ("I can't go on anymore, what does Umeå's agreement say?", "umea"),
])
def test_despair_beside_a_question_gets_the_line_first_and_the_answer(bundled: Engine, text: str,
                                                                      municipality: str) -> None:
    answer = bundled.answer(text, Conversation())
    assert SUICIDE_LINE in answer.text[:200]
    assert not answer.text.startswith(("Är du", "Are you"))  # no emergency opening: nobody said danger now
    assert answer.municipality == municipality  # the question is still answered, about its kommun
    assert any("90101" in s.get("title", "") or "sjalvmord" in s.get("url", "") for s in answer.sources)


@pytest.mark.parametrize("text", [
    "jag orkar inte mer med grannens musik, vad gör Lund åt ordningsstörningar?",
    "trafiken i Borås är hopplös, vad gör kommunen?",
    "Vad fokuserar Eslöv på?",
])
def test_a_complaint_or_a_plain_question_gets_no_line(bundled: Engine, text: str) -> None:
    assert SUICIDE_LINE not in bundled.answer(text, Conversation()).text


def test_despair_is_said_of_oneself_or_one_s_life_not_of_a_thing() -> None:
    def folded(text: str) -> str:
        return " ".join(tokens(text))
    assert told(folded("jag vill inte leva mer"))
    assert not told(folded("jag står inte ut med grannarna"))
    assert told(folded("jag står inte ut med livet"))
    assert not told(folded("I can't take it anymore with the noise from the pub"))


def test_thoughts_of_suicide_keep_their_own_reply_with_the_line_once(bundled: Engine) -> None:
    answer = bundled.answer("jag vill inte leva mer", Conversation())
    assert answer.text.count(SUICIDE_LINE) == 1


@pytest.mark.parametrize(("text", "municipality", "harmed"), [
    ("Min dotter blev rånad på väg hem från skolan i Växjö igår. Vad gör kommunen åt rånen?", "vaxjo", True),
    ("Vi hade inbrott i förrådet i Lund förra veckan, vad gör kommunen mot inbrott?", "lund", False),
    ("någon stal min cykel vid stationen i Nässjö, gör polisen något åt cykelstölder?", "nassjo", False),
    ("Someone broke into my car in Uppsala last night. What does the agreement say about car crime?", "uppsala", False),
])
def test_a_crime_told_beside_a_question_gets_the_answer_then_where_to_report(
        bundled: Engine, text: str, municipality: str, harmed: bool) -> None:
    answer = bundled.answer(text, Conversation())
    assert answer.municipality == municipality  # the question is answered, about its kommun
    assert "114 14" in answer.text and "polisen.se" in answer.text
    assert not answer.text.startswith(("Är du", "Are you"))  # it is over: no emergency opening
    assert ("116 006" in answer.text) is harmed  # Brottsofferjouren when a person was harmed


def test_a_kind_of_crime_asked_about_tells_of_none(bundled: Engine) -> None:
    assert "114 14" not in bundled.answer("vad gör Lund mot inbrott?", Conversation()).text


def test_where_to_report_survives_an_answer_cut_to_one_message(bundled: Engine, knowledge: Knowledge) -> None:
    long = Answer(True, "lund", "focus", "rad\n" * 2000)
    reading = bundled.reader.read("vi hade inbrott i Lund igår, vad gör kommunen?", Conversation())
    text = beside.beside(long, reading, knowledge).text
    assert len(compose.truncate(text)) == len(text) <= compose.MAX_LENGTH
    assert text.rstrip().endswith("ring 112.")


@pytest.mark.parametrize("text", ["jag klarar inte mer, vill bara att allt ska ta slut. kan du ringa någon?",
                                  "I can't cope anymore, I want it all to end. Do you save what I write?"])
def test_not_coping_and_wishing_it_all_to_end_gets_the_suicide_line_first(bundled: Engine, text: str) -> None:
    answer = bundled.answer(text, Conversation())
    assert "90101" in answer.text[:200]


def test_not_coping_with_a_neighbours_noise_is_no_despair(bundled: Engine) -> None:
    answer = bundled.answer("jag klarar inte mer av grannens musik, vad gör kommunen?", Conversation())
    assert "90101" not in answer.text
