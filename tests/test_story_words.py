"""How one came to ask (sat and wondered, heard it on the radio, talked with a neighbour) is never
the subject an agreement is said to lack: "Sitter nämns inte i Kirunas överenskommelse" and "Nej, det
stämmer inte" to "hörde på radion att Ludvika jobbar med trygghet" were both answers."""

from __future__ import annotations

import pytest

from bot.answering.engine import Conversation, Engine


@pytest.mark.parametrize(("text", "municipality", "story"), [
    ("vi sitter här och undrar om Kiruna har något medborgarlöfte", "kiruna", "sitter"),
    ("min granne och jag pratade om vad Mora lovat", "mora", "granne"),
    ("hörde på radion att Ludvika jobbar med trygghet, stämmer det?", "ludvika", "radion"),
    ("såg på facebook att Eslöv lovat fler poliser?", "eslov", "facebook"),
    ("we heard on the news that Kiruna has a promise, what is in it?", "kiruna", "news"),
    ("vi diskuterade på jobbet vad Hofors gör för tryggheten", "hofors", "jobbet"),
])
def test_the_story_is_not_the_subject(bundled: Engine, text: str, municipality: str, story: str) -> None:
    answer = bundled.answer(text, Conversation())
    assert answer.municipality == municipality
    folded = answer.text.casefold()
    assert f"{story} nämns inte" not in folded and f"not mention {story}" not in folded
    assert "nej, det stämmer inte" not in folded  # nothing false was claimed


def test_a_subject_told_beside_the_story_is_still_said_to_be_missing(bundled: Engine) -> None:
    answer = bundled.answer("läste i tidningen att Ludvika har kameror på torget, stämmer det?", Conversation())
    assert answer.municipality == "ludvika"
    assert "nämns inte" in answer.text and "tidningen" not in answer.text.casefold()


@pytest.mark.parametrize("text", ["norrby otrygghet", "otryggheten i Norrby, vad görs?"])
def test_unsafety_is_never_the_subject_an_agreement_lacks(bundled: Engine, text: str) -> None:
    answer = bundled.answer(text, Conversation())
    assert answer.municipality == "boras" and "otrygghet nämns inte" not in answer.text.casefold()


@pytest.mark.parametrize(("text", "municipality"), [("I live in Lund", "lund"), ("I live in Hageby", "norrkoping")])
def test_where_one_lives_told_in_english_is_answered_in_english(bundled: Engine, text: str, municipality: str) -> None:
    answer = bundled.answer(text, Conversation())
    assert answer.municipality == municipality and answer.language == "en"


@pytest.mark.parametrize("turn", ["och på Hisings Backa?", "och i Angered?"])
def test_a_place_asked_on_after_a_kommun_s_answer_is_no_emergency(bundled: Engine, turn: str) -> None:
    """A few words the model reads as danger: a place and the words that join it on, after a kommun's
    answer, is the talk going on to that place (it got "Ring 112 direkt" and 1177)."""
    conversation = Conversation()
    bundled.answer("Vad gör Göteborg i Biskopsgården?", conversation)
    assert bundled.answer(turn, conversation).topic != "emergency"


def test_danger_told_with_a_place_in_the_same_talk_keeps_112(bundled: Engine) -> None:
    conversation = Conversation()
    bundled.answer("Vad gör Göteborg i Biskopsgården?", conversation)
    assert bundled.answer("min pappa har ramlat i Angered och andas inte", conversation).topic == "emergency"
