"""Which of a kommun's agreements a question names by its order (multi30, first_newest.py), tested with sentences
of our own, Swedish and English, none of them a dev case's:

- an order word said of the agreement ("den första samverkansöverenskommelsen", "Strömstads första medborgarlöfte",
  "the oldest citizen promise") asks of the oldest of that kind, said to be the oldest the sources name;
- "den nya", "the newest", "the latest" asks of the newest of that kind, not of every one beside it;
- alone or as one clause of several; never an ordinal of something else ("första fokusområdet"), nor a plural
  ("de senaste löftena"), nor a message that names the year (the year picks);
- what a person said about two or three kommuner named ("om Sjöbo och om Skurup", "i Ystad respektive Tomelilla"),
  one police area's chief speaking of each of its kommuner, is each kommun's sentence under its name (quotes.py),
  not the first kommun's alone;
- a clause of question words alone asking the other part of a signing ("…, av vilka?", "and by which people?") after
  a clause answered with the signing date is who signed, as the same ask sent after that answer is (signing_slots.py,
  followup.clause_reader), not a clause that asks nothing."""

from __future__ import annotations

import pytest

from bot.answering import first_newest
from bot.answering.engine import Engine
from bot.answering.knowledge import Knowledge
from bot.text import tokens
from tests.conftest import TODAY


@pytest.fixture(scope="module")
def bot(knowledge: Knowledge) -> Engine:
    return Engine(knowledge, today=TODAY)


def _holds(text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]) -> None:
    """Every wanted phrase in the reply, none of the unwanted ones."""
    for words in wanted:
        assert words in text, (words, text)
    for words in unwanted:
        assert words not in text, (words, text)


@pytest.mark.parametrize(("message", "wanted", "unwanted"), [
    ("Vilka år gällde Orsas första samverkansöverenskommelse?", ("Det äldsta som källorna nämner", "2019–2021"),
     ("31 januari 2023",)),
    ("Orsa: vilka år gällde den allra första samverkansöverenskommelsen?", ("2019–2021",), ("31 januari 2023",)),
    ("Vad handlade Strömstads första medborgarlöfte om?", ("Medborgarlöfte 2021",), ("2023–2024",)),
    ("What did Sölvesborg's oldest citizen promise focus on?", ("The oldest one the sources name", "2022–2023"),
     ("Sölvesborgsmodellen",)),
    ("Which years did Eskilstuna's first citizen promise cover?", ("2021",), ("2022–2023",)),
])
def test_the_first_agreement_is_the_oldest_of_its_kind(bot: Engine, message: str, wanted: tuple[str, ...],
                                                       unwanted: tuple[str, ...]) -> None:
    _holds(bot.answer(message).text, wanted, unwanted)


@pytest.mark.parametrize(("message", "wanted", "unwanted"), [
    ("Burlöv: från vilket datum gäller den nya samverkansöverenskommelsen?", ("1 juli 2023",), ("2020–2023",)),
    ("Which period does Burlöv's newest cooperation agreement cover?", ("1 July 2023",), ("2020–2023",)),
    ("When was Orsa's newest cooperation agreement signed?", ("2023",), ("22 March 2019", "Citizen promise")),
])
def test_the_new_agreement_is_the_newest_of_its_kind_alone(bot: Engine, message: str, wanted: tuple[str, ...],
                                                           unwanted: tuple[str, ...]) -> None:
    _holds(bot.answer(message).text, wanted, unwanted)


@pytest.mark.parametrize(("message", "wanted", "unwanted"), [
    ("Sölvesborg: vad fokuserade det första medborgarlöftet på, och vem är kommunstyrelsens ordförande?",
     ("Minskad tillgreppsbrottslighet", "Louise Erixon"), ("Sölvesborgsmodellen",)),
    ("Eskilstuna: what was the first citizen promise about, and who signed the latest one?",
     ("Drug crime and drug dealing",), ("Protect young people from drugs", "does not mention first")),
])
def test_the_order_word_picks_in_a_clause_of_several(bot: Engine, message: str, wanted: tuple[str, ...],
                                                     unwanted: tuple[str, ...]) -> None:
    _holds(bot.answer(message).text, wanted, unwanted)


@pytest.mark.parametrize(("message", "order"), [
    ("när skrevs den första samverkansöverenskommelsen under", "first"),
    ("the first citizen promise", "first"),
    ("det ursprungliga avtalet", "first"),
    ("den nya överenskommelsen", "newest"),
    ("the latest cooperation agreement", "newest"),
    ("vad är första fokusområdet i löftet", None),    # an ordinal of an area, not of the agreement
    ("vilka år gäller de senaste löftena", None),     # several agreements
    ("för första gången", None),
    ("den nya överenskommelsen 2024", None),          # the year picks
])
def test_order_is_read_only_of_one_agreement(message: str, order: str | None) -> None:
    assert first_newest.order(tokens(message)) == order


def test_an_ordinal_of_an_area_keeps_every_agreement(bot: Engine) -> None:
    text = bot.answer("Vad är första fokusområdet i Sölvesborgs löfte?").text
    assert "Det äldsta" not in text and "Trafik" in text


@pytest.mark.parametrize(("message", "wanted"), [
    ("Vad sa Patrik Ahrlin om Tomelilla och Sjöbo?", ("Tomelilla:\n", "utomhusstörningar", "Sjöbo:\n", "buskörning")),
    ("What does Patrik Ahrlin say the police must watch in Sjöbo and in Skurup?",
     ("Sjöbo:\n", "reckless driving", "Skurup:\n", "substance abuse")),
    ("Vad menar lokalpolisområdeschefen att polisen ska hålla koll på i Skurup respektive Ystad?",
     ("Skurup:\n", "missbruksproblem", "Ystad:\n", "berusade personer")),
])
def test_what_one_said_of_each_kommun_named(bot: Engine, message: str, wanted: tuple[str, ...]) -> None:
    answer = bot.answer(message)
    assert answer.topic == "quote"
    for words in wanted:
        assert words in answer.text, (words, answer.text)


def test_a_quote_of_one_kommun_has_no_label(bot: Engine) -> None:
    text = bot.answer("Vad sa Patrik Ahrlin om Tomelilla?").text
    assert not text.startswith("Tomelilla:") and "utomhusstörningar" in text


@pytest.mark.parametrize(("message", "wanted"), [
    ("Kävlinge: när undertecknades avtalet med polisen, och av vilka?", ("28 december 2023", "Annsofie Thuresson")),
    ("Kävlinge: when was the agreement signed, and by which people?", ("28 December 2023", "Freddy Nilsson")),
    ("Kävlinge: när skrevs samverkansavtalet på, av vilka, och vilka fokusområden har det?",
     ("28 december 2023", "Annsofie Thuresson", "Barn och unga i riskzoner")),
])
def test_by_whom_after_the_signing_date_is_who_signed(bot: Engine, message: str, wanted: tuple[str, ...]) -> None:
    text = bot.answer(message).text
    for words in wanted:
        assert words in text, (words, text)


@pytest.mark.parametrize("message", [
    "Vilket bostadsområde fokuserar Borås nyaste medborgarlöfte på?",
    "Which neighbourhood is Borås's newest citizen promise about?",
])
def test_a_place_word_asked_is_no_subject_said_missing(bot: Engine, message: str) -> None:
    text = bot.answer(message).text
    assert "nämns inte" not in text and "does not mention" not in text, text
    assert "Sjöbo" in text
