"""Several questions in one message and comparisons of two kommuner (issue #31 item 3; multi29), each rule tested
with sentences of our own, Swedish and English, none of them a dev case's:

- a comparison of kommuner that asks about a subject their entries speak of ("Vad står det om trygghetsvandringar
  i A jämfört med B?") is each kommun's own sentence on it, labelled, not the side-by-side table of periods and
  focus titles, which holds none of it;
- "lokalpolisområdeschefer" named in a comparison asks of the heads, who signed, not of the police areas;
- "vilka var med och skrev under …" asks the signers, not the content or the parties;
- "hur gick det för X:s löften?" / "how did X's promises go?" asks how they went: the follow-up;
- two clauses that one sentence of the entry answers ("Vad innebär EST i Karlskrona, och vilka tog fram den?") are
  answered by it, not by the message read whole, whose words together may pick another sentence."""

from __future__ import annotations

import pytest

from bot.answering.engine import Engine
from bot.answering.knowledge import Knowledge
from tests.conftest import TODAY


@pytest.fixture(scope="module")
def bot(knowledge: Knowledge) -> Engine:
    return Engine(knowledge, today=TODAY)


@pytest.mark.parametrize(("message", "wanted"), [
    ("Vad står det om trygghetsvandringar i Hässleholm jämfört med Kalix?", ("Hässleholm:", "minst en trygghetsvandring",
                                                                            "Kalix:")),
    ("Jämför Älvsbyn och Övertorneå när det gäller hundsök", ("två gånger per år", "två gånger om året")),
    ("Compare what Älvsbyn and Övertorneå promise about drug dogs in schools", ("twice a year", "Övertorneå:")),
])
def test_a_subject_compared_is_each_kommuns_sentence(bot: Engine, message: str, wanted: tuple[str, ...]) -> None:
    answer = bot.answer(message)
    for words in wanted:
        assert words.casefold() in answer.text.casefold(), (words, answer.text)
    assert "Lokalpolisområde:" not in answer.text and "Local police area:" not in answer.text  # not the table


def test_the_table_stays_for_a_comparison_of_no_subject(bot: Engine) -> None:
    for message in ("Jämför Lund och Malmö", "Jämför fokusområdena i Lund och Malmö"):
        assert "• Lokalpolisområde: Lund" in bot.answer(message).text


@pytest.mark.parametrize("message", [
    "Vilka lokalpolisområdeschefer undertecknade i Kalix och Knivsta?",
    "Vilka lokalpolisområdeschefer skrev under i Kalix respektive Knivsta?",
    "Which police chiefs signed in Kalix and Knivsta?",
])
def test_the_heads_who_signed_are_people_not_areas(bot: Engine, message: str) -> None:
    text = bot.answer(message).text
    assert "Mikael Rova" in text and "Kristoffer Lundstedt" in text, text


def test_the_police_areas_of_two_are_still_the_areas(bot: Engine) -> None:
    text = bot.answer("Vilka lokalpolisområden hör Kalix och Knivsta till?").text
    assert "Östra Norrbotten" in text and "Uppsala/Knivsta" in text and "Mikael Rova" not in text


@pytest.mark.parametrize(("message", "signer"), [
    ("Vilka var med och skrev under Hallstahammars medborgarlöfte?", "Catarina Pettersson"),
    ("Vem var med och skrev på i Heby?", "Anette Lindblom"),
    ("Vilka var med och skrev under medborgarlöftet i Knivsta, och vilka fokusområden har det?", "Klas Bergström"),
])
def test_who_took_part_in_signing_are_the_signers(bot: Engine, message: str, signer: str) -> None:
    answer = bot.answer(message)
    assert answer.topic in ("people", "detail") or signer in answer.text
    assert signer in answer.text, answer.text


@pytest.mark.parametrize(("message", "words"), [
    ("Hur har det gått för Hässleholms medborgarlöften?", "nästan alla medborgarlöften"),
    ("Hur gick det med Hässleholms medborgarlöfte 2021?", "nästan alla medborgarlöften"),
    ("How did Hässleholm's 2021 promises go?", "almost all the 2021 promises"),
    ("How did Jokkmokk's promises go?", "pandemic"),
])
def test_how_the_promises_went_is_the_follow_up(bot: Engine, message: str, words: str) -> None:
    answer = bot.answer(message)
    assert answer.topic == "follow_up" and words in answer.text, answer.text


@pytest.mark.parametrize("message", [
    "Vad innebär EST i Karlskrona, och vilka tog fram den?",
    "Vad står EST för i Karlskronas överenskommelse och vem har tagit fram metoden?",
    "What is EST in Karlskrona's agreement, and who developed the method?",
])
def test_two_clauses_one_sentence_answers(bot: Engine, message: str) -> None:
    text = bot.answer(message).text
    assert "Örebro" in text and ("Effektiv samordning" in text or "Effective coordination" in text
                                 or "EST" in text), text


@pytest.mark.parametrize(("message", "areas"), [
    ("Vilka problem tar Kalix medborgarlöfte upp?", ("Unga, alkohol och droger", "Förebygga och förhindra våldsbrott")),
    ("Vilka problem tar medborgarlöftet i Vingåker upp, och vem skrev under?", ("Hastighetsöverträdelser",
                                                                               "Bedrägerier mot äldre")),
    ("Which issues does Kalix's promise take up?", ("Young people, alcohol and drugs", "Prevent violent crime")),
])
def test_the_problems_taken_up_are_the_focus_list(bot: Engine, message: str, areas: tuple[str, ...]) -> None:
    text = bot.answer(message).text
    assert all(area in text for area in areas), text


def test_problems_followed_up_are_no_focus_list_shape() -> None:
    from bot.answering import aspect_shapes
    assert aspect_shapes.asks_which_chosen("vilka problem tar kalix medborgarlofte upp")
    assert not aspect_shapes.asks_which_chosen("vilka problem foljs upp i kalix")
    assert not aspect_shapes.asks_which_chosen("hur tar kalix upp problemen")
