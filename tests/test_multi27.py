"""Round twenty-seven's several questions in one message (benchmarks/multi_third.py): a third clause kept, an
extension asked in any clause, a content clause in plain words that names a glossary word, "which problems were
chosen as priorities", the agreement before the newest asked in a later clause, and two kommuner compared then
asked of together; each clause's fact in the reply, in order."""

from __future__ import annotations

import pytest

from bot.answering import aspect_shapes
from bot.answering.clauses import split
from bot.answering.engine import Engine
from bot.text import fold


def _in_order(reply: str, parts: list[list[str]]) -> None:
    at = 0
    for group in parts:
        spots = [reply.find(fold(w), at) for w in group]
        spots = [s for s in spots if s >= 0]
        assert spots, (group, reply)
        at = min(spots)


@pytest.mark.parametrize("text, parts", [
    # the extension asked last, after "samt": split, and said of the kommun
    ("Vilket lokalpolisområde tillhör Älmhult, gäller det fortfarande samt kommer den att förlängas?",
     [["lokalpolisområde ljungby"], ["har upphört"], ["om den ska förlängas nämns inte i älmhults"]]),
    # the extension asked first, naming the kommun ("löftet" reads as its focus), then two more
    ("Kommer löftet i Gullspång att förlängas, vilka år gäller den samt gäller den än?",
     [["om den ska förlängas nämns inte i gullspångs"], ["2023–2024"], ["har upphört"]]),
    # the entry's own sentence on an extension, asked third
    ("Vilket lokalpolisområde tillhör Oskarshamn, vem skrev under och kan det förlängas?",
     [["västervik"], ["nämns inte"], ["avtalet kan förlängas med fyra år i taget"]]),
    # the agreement before the newest, asked after another aspect: not the newest's year
    ("Vilket lokalpolisområde tillhör Olofström? Och vilka år gällde det tidigare löftet?",
     [["lokalpolisområde karlshamn"], ["det som gällde tidigare i olofström", "18 januari 2021"]]),
    # the focus list after the period in English
    ("What period does the agreement in Arjeplog cover, and which problems were chosen as priorities?",
     [["2023–2024"], ["crime prevention and safety work"]]),
    # a content clause naming a glossary word: the kommun's sentence, and the word's absence, never its definition
    ("Vilka år gäller löftet i Lund och vad står det om äldre och skadegörelse?",
     [["2027"], ["skadegörelse nämns inte i lunds överenskommelse"], ["brott mot äldre personer"]]),
])
def test_each_clause_is_answered(bundled: Engine, text: str, parts: list[list[str]]) -> None:
    reply = fold(bundled.answer(text).text)
    _in_order(reply, parts)
    assert "mängdbrott" not in reply  # no glossary definition in place of the kommun's text


def test_two_kommuner_compared_then_both(bundled: Engine) -> None:
    """"Skrev samma polischef under i X och Y?" compares, never a "Ja" of X's signers; the next clause gives each's."""
    reply = fold(bundled.answer("Skrev samma polischef under i Kävlinge och Vara? Vilka skrev under för kommunerna?").text)
    assert reply.startswith("nej"), reply
    _in_order(reply, [["freddy nilsson"], ["johan rexhag"], ["annsofie thuresson"], ["lars gezelius"]])


def test_the_elderly_are_no_earlier_agreement(bundled: Engine) -> None:
    """"för de äldre" is older people, not "the older agreement"."""
    reply = bundled.answer("Vilka år gäller avtalet i Lund och vad görs för de äldre?").text
    assert "tidigare i Lund" not in reply and "Brott mot äldre personer" in reply, reply


def test_a_glossary_word_asked_as_a_word_keeps_its_definition(bundled: Engine) -> None:
    from bot.answering.conversation import Conversation

    conversation = Conversation()
    bundled.answer("Vilka år gäller löftet i Lund?", conversation)
    assert bundled.answer("vad är skadegörelse?", conversation).topic == "glossary"


@pytest.mark.parametrize("text, parts", [
    ("Vilket lokalpolisområde tillhör Älmhult, gäller det fortfarande samt kommer den att förlängas?", 3),
    ("Gäller avtalet i Norrtälje fortfarande? Går det att förlänga och när går det ut?", 3),
    ("Hur länge gäller det och kommer de att förnyas", 2),
])
def test_what_is_to_come_opens_a_clause(text: str, parts: int) -> None:
    assert len(split(text)) == parts, split(text)


@pytest.mark.parametrize("norm, chosen", [
    ("which problems were chosen as priorities in lund", True),
    ("vilka problem valdes ut", True),
    ("how were the focus areas chosen", False),
    ("varfor valdes de har omradena", False),
])
def test_which_were_chosen_asks_the_focus_list(norm: str, chosen: bool) -> None:
    assert aspect_shapes.asks_which_chosen(norm) is chosen
    scores = aspect_shapes.weighed(norm, {"focus": 0})
    assert (scores["focus"] == aspect_shapes.SHAPE_SCORE) is chosen
    assert ("chosen" in aspect_shapes.chosen_frame(norm) or "valdes" in aspect_shapes.chosen_frame(norm)) is chosen


@pytest.mark.parametrize("text, earlier_asked", [
    ("vad gör mörbylånga för de äldre", False),
    ("finns det något för dom äldre", False),
    ("vad stod det i det äldre avtalet", True),
    ("och vilka år gällde det förra löftet", True),
])
def test_the_elderly_are_read_apart_from_the_older_agreement(bundled: Engine, text: str, earlier_asked: bool) -> None:
    from bot.answering import earlier
    from bot.answering.conversation import Conversation

    assert earlier.asked(bundled.reader.read(text, Conversation())) is earlier_asked


def test_the_last_promise_before_a_newer_agreement_of_another_kind(bundled: Engine) -> None:
    """Eskilstuna's samverkansöverenskommelse 2024–2027 came after its last promise (2022–2023): "det förra
    medborgarlöftet" asked in a later clause is that promise, not the one before it."""
    reply = bundled.answer("Vad fokuserar Eskilstuna på? Och när gällde det förra medborgarlöftet?").text
    assert "2022–2023" in reply, reply
