"""Round nineteen's not-now class (notnow19): signs of a crime found afterwards read from each clause's verb
(bot/answering/done_clauses.py), someone who may still be inside keeping 112, and a person who goes to the police
asked as a report of one's own (not_now.py); on the dev set written before the code and on other examples."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering.done_clauses import told_done
from bot.answering.engine import Engine
from bot.text import fold
from tests.scored import asked, assert_case, assert_shapes, dev_params, dev_set

DEV = dev_set("notnow19_dev19.yaml")


def test_the_dev_set_is_the_class() -> None:
    assert_shapes(DEV, {"signs": 7, "here112": 5, "national": 3, "over": 9, "threat": 5, "later": 5,
                        "imagined": 5, "now": 8, "en": 8}, total=50)


# Still missed: a national body named in one entry (Kriminalvården, in Karlskrona's contact) is still read as that
# entry's kommun, as nothing in the knowledge base tells a national body from a local partner; a witness's lingering
# distress after a past accident gets the report reply, not support; a what-if whose case is a body's emergency
# ("ifall man hittar en människa som inte andas") keeps 112 first, as the body's emergencies are left to the danger
# net asked or not (imagined.py), which is the safer side.
@pytest.mark.parametrize("case", dev_params(DEV, known_misses=(
    "Vad gör Kriminalvården egentligen",
    "what does Kriminalvården do",
    "i saw a car crash into a cyclist",
    "ifall man hittar en människa som inte andas")))
def test_the_dev_set_holds(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)


def _norm(text: str) -> str:
    return " ".join(fold(text).replace(",", " ").replace(".", " ").replace("?", " ").split())


@pytest.mark.parametrize("text", [
    "Förrådsdörren har bänts upp under natten och snöslungan är borta, vad gör jag?",
    "Bilens bakruta var krossad när jag gick ut i morse",
    "Our garage has been broken into and the tools are missing",
    "källardörren stod öppen och lådorna var utdragna",
    "vi kom tillbaka efter jul och låset var förstört",
])
def test_every_clause_told_as_done_is_read_so(text: str) -> None:
    assert told_done(text, _norm(text))


@pytest.mark.parametrize("text", [
    "hon har svimmat och jag får inte liv i henne",  # a person's state now
    "min son har druckit lampolja",  # who: a person
    "dörren är uppbruten och jag hör steg i hallen",  # a clause told now
    "fönstret är krossat och de är kvar inne",  # someone still there
    "någon bankar på dörren",  # no clause told as done
    "det brinner i förrådet",
])
def test_a_clause_of_now_or_of_a_person_is_not_done(text: str) -> None:
    assert not told_done(text, _norm(text))


@pytest.mark.parametrize("text", [
    "Kom hem efter jobbet, lägenhetsdörren är uppbruten. Hur gör jag nu?",
    "the back door lock has been smashed and the telly is gone, what do I do now",
    "Husvagnen har blivit uppbruten under vintern, vem ringer jag?",
])
def test_signs_found_afterwards_get_how_to_report_without_112_first(bundled: Engine, text: str) -> None:
    answer = asked(bundled, [text])
    assert "112" not in answer.text[:60]
    assert "114 14" in answer.text or "polisen.se" in answer.text


@pytest.mark.parametrize("text", [
    "kom hem och ytterdörren var uppbruten, jag tror att tjuven är kvar inne",
    "we got back and the window was smashed, someone is still inside",
    "dörren är uppbruten och jag hör någon i köket",
])
def test_someone_who_may_still_be_inside_keeps_112_first(bundled: Engine, text: str) -> None:
    assert "112" in asked(bundled, [text]).text[:120]


def test_a_person_who_goes_to_the_police_is_no_question_of_who_reads() -> None:
    from bot.answering import not_now
    from bot.text import tokens
    for text in ("My neighbour keeps threatening me in letters, should I go to the police?",
                 "we already went to the police about the threats"):
        norm = " ".join(tokens(text))
        assert not_now.reads(norm, tokens(text), text) != "who_sees"
    text = "will what I send here go to the police?"
    assert not_now.reads(" ".join(tokens(text)), tokens(text), text) == "who_sees"
