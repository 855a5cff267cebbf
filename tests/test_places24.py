"""Round twenty-four's places: what the agreement says of a place named, after "X ligger i Y"
(benchmarks/places_probe.py asks every place the entries' passages name in these shapes)."""

from __future__ import annotations

import pytest

from benchmarks.places_probe import judge, naming_texts
from bot.answering.conversation import Conversation
from bot.answering.engine import Engine
from bot.answering.named_asks import asks_if_named
from bot.text import fold


def _ask(engine: Engine, text: str) -> tuple[str | None, str | None, str]:
    answer = engine.answer(text, Conversation())
    return answer.municipality, answer.topic, fold(answer.text)


@pytest.mark.parametrize("text", [
    "Skäggetorp känns stökig på kvällarna – nämns den?",
    "står Vislanda med?",
    "Finns Hulta med i löftet?",
    "Tas Råslätt upp i medborgarlöftet?",
    "Broby feels rough in the evenings. Is it mentioned in the agreement?",
    "Is Rosengård in the agreement?",
    "does the promise cover Backa?",
])
def test_whether_a_place_is_named_is_asked(text: str) -> None:
    assert asks_if_named(text, " ".join(fold(text).replace("?", " ").split()))


@pytest.mark.parametrize("text", [
    "Skäggetorp känns stökig på kvällarna",  # no question
    "Jag vill anmäla att Skäggetorp känns stökigt, nämns det?",  # a wish to report keeps the concern
    "Vad lovar polisen i Råslätt?",
    "I want to report that Rosengård is unsafe, is it mentioned?",
])
def test_a_report_or_a_plain_question_is_not_asked_whether_named(text: str) -> None:
    assert not asks_if_named(text, " ".join(fold(text).replace("?", " ").split()))


@pytest.mark.parametrize("text, kommun, said", [
    # a feeling and "nämns den?": the place's own sentences, then /synpunkt offered; never the concern form
    ("Skäggetorp känns stökig på kvällarna – nämns den?", "linkoping", "trygghet och trivsel i skaggetorp"),
    ("Broby känns stökig på kvällarna – nämns den?", "ostra-goinge", "mest i broby"),
    ("Råslätt känns otryggt när det är mörkt, finns det med i nåt löfte?", "jonkoping", "fokus pa raslatt"),
    ("Mölnlycke feels rough in the evenings. Is it mentioned in the agreement?", "harryda",
     "travel centres in molnlycke"),
    # a place with a topic, asked of the kommun's promise: the sentence on it, not "Yes, X is in Y" alone
    ("Burglary in Vislanda? Is that in Alvesta's promise?", "alvesta", "thefts in vislanda"),
    ("Cameras in Mörby centrum? Is that in Danderyd's promise?", "danderyd", "cameras at morby centrum"),
    # where, asked within a place: the sentence naming it, not what the promise builds on
    ("var stökar det mest i Hamnplan enligt löftena?", "tanum", "hamnplan i grebbestad ar extra utsatt"),
])
def test_the_answer_after_the_place_is_what_the_agreement_says_of_it(bundled: Engine, text: str, kommun: str,
                                                                      said: str) -> None:
    municipality, topic, reply = _ask(bundled, text)
    assert municipality == kommun and topic != "feedback"
    assert said in reply


def test_a_feeling_with_a_question_gets_the_concern_offered_after_the_answer(bundled: Engine) -> None:
    _, topic, reply = _ask(bundled, "Skäggetorp känns stökig på kvällarna – nämns den?")
    assert topic != "feedback" and "/synpunkt" in reply and not reply.startswith("tack for att du vill bidra")


def test_a_wish_to_report_keeps_the_concern_form(bundled: Engine) -> None:
    _, topic, _ = _ask(bundled, "Jag vill anmäla att Skäggetorp känns stökigt på kvällarna")
    assert topic == "feedback"


def test_a_place_two_kommuner_have_asked_whether_named_asks_which(bundled: Engine) -> None:
    municipality, topic, reply = _ask(bundled, "Berga känns stökig på kvällarna – nämns den?")
    assert topic != "feedback" and reply.startswith("vilken kommun menar du") and "kalmar" in reply


@pytest.mark.parametrize("text, kommun", [
    ("vad gäller på Sjöbo?", "boras"),  # "på": the district of Borås
    ("Vad gör polisen på Sjöbo i Borås?", "boras"),
    ("Vad har Sjöbo kommun för medborgarlöfte?", "sjobo"),  # "X kommun": the kommun
    ("what did Sjöbo promise?", "sjobo"),
    ("vad gör polisen på Högsby?", "hogsby"),  # Högsby and Mönsterås name each other: no district
])
def test_a_kommun_that_is_another_kommuns_district(bundled: Engine, text: str, kommun: str) -> None:
    assert _ask(bundled, text)[0] == kommun


def test_a_locality_placed_in_the_wrong_kommun_is_still_corrected(bundled: Engine) -> None:
    _, _, reply = _ask(bundled, "Gustavsberg ligger väl i Nacka kommun?")
    assert reply.startswith("nej, det stammer inte: gustavsberg ligger i varmdo")


def test_the_probe_judges_the_place_and_the_concern_form(bundled: Engine) -> None:
    texts = naming_texts(bundled, "alvesta", "Vislanda", "sv")
    assert texts and all("Vislanda" in t for t in texts)
    good = {"municipality": "alvesta", "topic": "overview", "text": "Vislanda ligger i Alvesta kommun.\n" + texts[0]}
    assert judge(good, "alvesta", texts) == []
    bare = {"municipality": "alvesta", "topic": "overview", "text": "Vislanda ligger i Alvesta kommun."}
    assert judge(bare, "alvesta", texts) == ["no passage naming the place"]
    form = {"municipality": "alvesta", "topic": "feedback", "text": "Tack för att du vill bidra!"}
    assert "concern form" in judge(form, "alvesta", texts)
    which = {"municipality": None, "topic": "unsure", "text": "Vilken kommun menar du: Kalmar (Kalmar län) eller Eslöv?"}
    assert judge(which, "kalmar", ["x"], shared="Kalmar") == []


def test_a_subject_asked_at_a_place_is_answered_without_the_places_other_sentences(bundled: Engine) -> None:
    _, _, reply = _ask(bundled, "Hillerstorp – vad gör kommunen mot bedrägerier?")
    assert "bedragerier" in reply and "jarnvagsgatan" not in reply


def test_an_alias_is_the_kommun_not_a_place_within_it(bundled: Engine) -> None:
    _, _, reply = _ask(bundled, "Göinge – var är det mest otryggt enligt trygghetsmätningen 2022?")
    assert "mest i broby" in reply


def test_where_a_place_lies_is_still_said_first(bundled: Engine) -> None:
    conversation = Conversation()
    bundled.answer("Vad gör Lerum?", conversation)
    reply = fold(bundled.answer("var ligger Floda, är det en egen kommun?", conversation).text)
    assert reply.startswith("floda ligger i lerums kommun")
