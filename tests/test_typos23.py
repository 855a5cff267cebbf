"""Round twenty-three's residents' spelling (benchmarks/perturb.py's lower case and two letters swapped): a
kommun that is also a word asked of by the message's shape in lower case, a lower-case district after "om" or
"about", the trained reading given the word a slip came from (bot/answering/model_words.py), and a name that is
also a word mistyped before "kommun" or its agreement's word. 112 is neither lost nor added by a slip."""

from __future__ import annotations

import pytest

from bot.answering import ambiguous_names
from bot.answering.conversation import Conversation
from bot.answering.engine import Engine
from bot.answering.model_words import ModelWords


def kommun(engine: Engine, text: str) -> str | None:
    return engine.answer(text, Conversation()).municipality


def opens_with_112(engine: Engine, text: str) -> bool:
    return "112" in engine.answer(text, Conversation()).text[:60]


@pytest.mark.parametrize(("text", "expected"), [
    ("har ydre lovat något om bedrägerier", "ydre"),
    ("finns det något om kameraövervakning i medborgarlöftet för ydre", "ydre"),
    ("vad står det i medborgarlöftet för boden", "boden"),
    ("when did sala sign its cooperation agreement and who signed for the municipality", "sala"),
    ("which police area is sala in", "sala"),
    ("who signed boden's 2023–2026 cooperation agreement with the police", "boden"),
    ("according to kinda's 2024–2025 promise, what is the most commonly reported crime there", "kinda"),
    ("vad gör polisen i boden", "boden"),
    ("vad lovade polisen i kil 2018", "kil"),
    ("what are the priorities in ale", "ale"),
    ("vad gäller i mark när det gäller ungdomar och a-traktorer", "mark"),
])
def test_an_everyday_word_asked_of_as_a_kommun_in_lower_case(bundled: Engine, text: str, expected: str) -> None:
    assert kommun(bundled, text) == expected


@pytest.mark.parametrize("text", [
    "vad gör polisen åt att någon bröt sig in i boden",  # the shed, far into a story
    "jag satt i boden när någon klottrade på garaget, vad lovar polisen om klotter?",
    "what do they do about beer in ale",
    "vi badade i insjön, finns det något om badplatser?",
])
def test_the_everyday_word_in_a_story_stays_a_word(bundled: Engine, text: str) -> None:
    assert kommun(bundled, text) not in ("boden", "ale", "leksand")


@pytest.mark.parametrize(("text", "expected"), [
    ("vad står det om lönsboda", "osby"),
    ("is there anything about oxhagen", "kalmar"),
    ("vad säger polisen om rydsgård", "skurup"),
    ("i felt really unsafe walking through rosengård last night. is anything being done there", "malmo"),
])
def test_a_lower_case_district_asked_about_is_the_place(bundled: Engine, text: str, expected: str) -> None:
    assert kommun(bundled, text) == expected


def test_an_everyday_district_after_om_stays_a_word(bundled: Engine) -> None:
    assert kommun(bundled, "vad står det om salen") is None


def test_the_model_is_given_the_word_a_swap_or_a_double_came_from() -> None:
    words = ModelWords({"natten", "witnessed", "stulit", "stulen"}, own_word=lambda w: w == "hostat")
    assert words.put_right(["under", "ntaten"]) == ["under", "natten"]
    assert words.put_right(["nattten"]) == ["natten"]
    assert words.put_right(["stuilt"]) == ["stulit"]
    assert words.put_right(["hostat"]) == ["hostat"]  # a word of its own is never another
    assert words.put_right(["ntaten"], skip={0}) == ["ntaten"]  # a place's tokens are left
    assert words.put_right(["ntt"]) == ["ntt"]  # short words are too near others
    # The speller's own correction by a swap is given where the model never saw the word.
    assert ModelWords(set(), lambda w: False).put_right(["witnsesed"], ["witnessed"]) == ["witnessed"]
    assert ModelWords(set(), lambda w: False).put_right(["hotat"], ["hostat"]) == ["hotat"]  # not a swap


def test_two_near_words_leave_the_token() -> None:
    assert ModelWords({"abcdef", "abdcfe"}, lambda w: False).put_right(["abcdfe"]) == ["abcdfe"]
    assert ModelWords({"abcdef"}, lambda w: False).put_right(["abcdfe"]) == ["abcdef"]


@pytest.mark.parametrize("text", [
    "Någon har snott dieseln ur traktorn under ntaten, upptäckte det nu på morgonen",
    "I witnsesed a fight outside the pizzeria on Saturday and I keep thinking about it. Who can I talk to?",
    "Vad har hänt med buskörningen i Insöjn?",
])
def test_a_slip_adds_no_112(bundled: Engine, text: str) -> None:
    assert not opens_with_112(bundled, text)


@pytest.mark.parametrize("text", [
    "Någon försöker ta sig in i min lgäenhet nu",
    "Min pappa har ramlat och andas inte, hjälp han är medvteslös",
    "Det brinner i köket och röken sprdier sig",
    "My daughter is missing, she is five and I can't fnid her",
])
def test_a_slip_keeps_112(bundled: Engine, text: str) -> None:
    assert opens_with_112(bundled, text)


@pytest.mark.parametrize(("token", "following", "expected"), [
    ("bodnes", "kommun", "boden"), ("bdoens", "medborgarlofte", "boden"), ("slaems", "kommun", "salem"),
    ("bdoens", "cykel", None), ("boden", "kommun", None), ("bodan", "kommun", None)])
def test_a_swapped_everyday_name_before_its_kommun_word(token: str, following: str, expected: str | None) -> None:
    assert ambiguous_names.slipped_owner(token, following, ["boden", "salem", "sala", "kil"]) == expected


def test_a_swapped_name_reaches_its_kommun(bundled: Engine) -> None:
    assert kommun(bundled, "Vad gör Bodnes kommun och polisen?") == "boden"
    assert kommun(bundled, "står det nåt om våld i nära relationer i bdoens löfte") == "boden"
    assert kommun(bundled, "Vad har hänt med buskörningen på Hjultorget i Injsön?") == "leksand"
