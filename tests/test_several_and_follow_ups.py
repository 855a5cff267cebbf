"""Every part asked is answered, and a follow-up keeps what it points back at (issue #31): clauses of
question words alone, aspects named one after the other, "det" meaning what the resident told, the
kommun talked about for "which police area?" and "här", "vad gäller" and "hur kom de fram till det".

Written in other words and about other kommuner than tests/fixtures/multi_dev4.yaml, on the bundled
knowledge base."""

from __future__ import annotations

import pytest

from bot.answering import clauses
from bot.answering.engine import Conversation, Engine


def talk(engine: Engine, *messages: str) -> tuple[str, Conversation, str | None]:
    conversation = Conversation()
    answer = None
    for message in messages:
        answer = engine.answer(message, conversation)
    assert answer is not None
    return answer.text, conversation, answer.municipality


def in_order(text: str, *parts: str) -> None:
    positions = [text.find(part) for part in parts]
    assert all(p >= 0 for p in positions), (parts, text)
    assert positions == sorted(positions), (parts, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Laxå: när skrevs löftet under, av vem?", ["Laxå: när skrevs löftet under", "av vem?"]),
    ("vilka år gäller det o vem är chef", ["vilka år gäller det", "vem är chef"]),
    ("What is Vadstena doing and until when does it run?", ["What is Vadstena doing", "until when does it run?"]),
    ("Berätta om Uddevallas löfte. När går det ut?", ["Berätta om Uddevallas löfte.", "När går det ut?"]),
    ("Jag bor i Laxå. Vad gör de och vem skrev under?", ["Jag bor i Laxå. Vad gör de", "vem skrev under?"]),
    ("Vad gör Lund och Malmö mot klotter?", ["Vad gör Lund och Malmö mot klotter?"]),
])
def test_a_question_may_open_with_a_preposition_a_short_och_or_a_new_sentence(text: str, expected: list[str]) -> None:
    assert clauses.split(text) == expected


def test_question_words_alone_ask_what_the_clause_before_asked() -> None:
    assert clauses.bare("av vem?") and clauses.bare("and by whom") and clauses.bare("och när")
    assert not clauses.bare("vem är kommunpolis")
    assert clauses.completed("av vem", "Laxå: när skrevs löftet under") == "Laxå: skrevs löftet under av vem"


@pytest.mark.parametrize(("text", "aspects"), [
    ("Period och fokusområden för Vadstena?", ["period", "focus"]),
    ("Uddevalla: syfte, fokus och kontaktperson", ["purpose", "focus", "people"]),
    ("Laxå – the focus areas and the end date", ["focus", "period"]),
    ("Vad fokuserar Laxå på?", []),
    ("Hur kom de fram till fokusområdena?", []),
])
def test_aspects_named_one_after_the_other(text: str, aspects: list[str]) -> None:
    assert clauses.listed(text) == aspects


def test_signed_when_and_by_whom_and_what_it_holds(bundled: Engine) -> None:
    text, _, municipality = talk(bundled, "Malung-Sälen: när skrevs löftet under, av vem och vad ingår i det?")
    assert municipality == "malung-salen"
    in_order(text, "december 2015", "Rune Lindbom", "Krogkontroller under säsongen")


def test_english_parts_each_answered_in_english(bundled: Engine) -> None:
    text, _, _ = talk(bundled, "When did Uddevalla sign its promise, by whom, and what does it focus on?")
    in_order(text, "February 2023", "Malin Krantz", "Security guards in the town centre")
    assert "Personer" not in text and "Fokusområden" not in text


def test_aspects_listed_as_nouns_are_each_answered(bundled: Engine) -> None:
    text, _, _ = talk(bundled, "Period och fokusområden för Vadstena?")
    in_order(text, "2024–2025", "Bedrägerier mot äldre")


def test_how_they_arrived_at_it_is_the_basis_not_a_period(bundled: Engine) -> None:
    for question in ("hur kom de fram till dem?", "how did they come up with those?"):
        text, conversation, municipality = talk(bundled, "Vad fokuserar Vadstena på?", question)
        assert municipality == "vadstena" and conversation.topic in ("purpose", "detail"), text[:160]
        assert "lägesbild" in text or "picture" in text or "dialog" in text, text[:300]


def test_what_applies_is_the_agreements_and_the_next_kommun_gets_the_same(bundled: Engine) -> None:
    text, conversation, municipality = talk(bundled, "Vad gäller i Vadstena?", "o i Uddevalla?")
    assert municipality == "uddevalla" and conversation.topic == "overview"
    assert "Ordningsvakter i centrum" in text


@pytest.mark.parametrize("question", ["vilket lokalpolisområde hör de till?", "and which police area is that?",
                                      "vilket polisområde?"])
def test_which_police_area_after_a_kommun_is_that_kommuns(bundled: Engine, question: str) -> None:
    text, _, municipality = talk(bundled, "Vad gör Vadstena?", question)
    assert municipality == "vadstena" and "Motala" in text and "Alingsås" not in text, text[:200]


def test_police_areas_of_all_kommuner_are_still_a_list(bundled: Engine) -> None:
    _, _, municipality = talk(bundled, "Vad gör Vadstena?", "vilka lokalpolisområden samverkar kommunerna med?")
    assert municipality is None


def test_what_the_resident_told_in_between_is_what_det_means(bundled: Engine) -> None:
    """The kommun survives a concern told in between, and "det" is what the concern was about."""
    text, _, municipality = talk(bundled, "jag bor i Vadstena", "min pappa är rädd att bli lurad av bedragare",
                                 "vad har kommunen lovat om det?")
    assert municipality == "vadstena" and "Bedrägerier mot äldre" in text, text[:300]


def test_det_with_nothing_told_before_is_the_kommuns_agreement(bundled: Engine) -> None:
    text, _, municipality = talk(bundled, "Jag bor i Vadstena", "gör de något åt det?")
    assert municipality == "vadstena" and "Narkotikabrott bland unga" in text, text[:200]


def test_the_words_told_are_kept_only_when_the_agreements_hold_them(bundled: Engine) -> None:
    _, conversation, _ = talk(bundled, "jag bor i Vadstena", "grannen Zyxwåberg spelar musik vid busstationen")
    assert "Zyxwåberg" not in conversation.subject and "busstationen" in conversation.subject
    assert Conversation.from_dict(conversation.to_dict()).subject == conversation.subject


def test_here_after_a_locality_is_its_kommun_not_every_kommun(bundled: Engine) -> None:
    text, _, municipality = talk(bundled, "Vi har köpt ett hus i Sälen", "finns det något medborgarlöfte här?")
    assert municipality == "malung-salen" and "kommuners överenskommelser" not in text, text[:200]


def test_a_role_asked_before_is_asked_of_the_next_kommun(bundled: Engine) -> None:
    text, _, municipality = talk(bundled, "Vem är kommunstyrelsens ordförande i Vadstena?", "och i Krokom?")
    assert municipality == "krokom" and "Maria Jakobsson" in text and "Mariana Handler" not in text, text


def test_an_emergency_after_a_concern_is_still_112_first(bundled: Engine) -> None:
    text, _, _ = talk(bundled, "jag bor i Vadstena", "det är bråk vid busstationen", "nu brinner det i huset bredvid!")
    assert text.startswith("Är du eller någon annan i fara just nu? Ring 112")


def test_det_after_a_list_is_the_subject_of_the_list_for_the_kommun_named(bundled: Engine) -> None:
    text, _, municipality = talk(bundled, "Vilka kommuner jobbar mot bedrägerier?", "och vad gör Vadstena åt det?")
    assert municipality == "vadstena" and "Bedrägerier mot äldre" in text, text[:200]


@pytest.mark.parametrize("follow_up", ["hur är det i Uddevalla då?", "same for Uddevalla?", "o Uddevalla?"])
def test_how_is_it_in_another_kommun_asks_the_same_aspect(bundled: Engine, follow_up: str) -> None:
    _, conversation, municipality = talk(bundled, "Vilka fokusområden har Vadstena?", follow_up)
    assert (municipality, conversation.topic) == ("uddevalla", "focus")


def test_a_kommun_whose_name_folds_to_a_limits_word_is_still_asked_about(bundled: Engine) -> None:
    """"Laxå" folds to "läxa" (homework): the place, not an off-topic request, when the questions are several."""
    text, _, municipality = talk(bundled, "Laxå: när skrevs löftet under, av vem och vad ingår i det?")
    assert municipality == "laxa"
    in_order(text, "26 oktober 2018", "Harry Lundin", "Trygghetsvandringar och utökad grannsamverkan")


def test_a_county_asked_with_another_question_answers_both(bundled: Engine) -> None:
    """The county alone is answered from kommuner.yaml; asked with more, every part is answered."""
    krokom = bundled.knowledge.municipalities["krokom"]
    alone = bundled.answer("Vilket län ligger Krokom i?")
    assert alone.text.startswith(f"Krokom ligger i {krokom.county}")
    both = bundled.answer("Vilket län tillhör Krokom och vilket lokalpolisområde?")
    assert krokom.county in both.text and str(krokom.police_area) in both.text


@pytest.mark.parametrize(("first", "then"), [
    ("Jag bor i Hillerstorp", "vad gäller här då?"), ("Jag bor i Lund", "vad galler har da"),
    ("Vad gör Lund?", "what applies there?"),
])
def test_here_after_a_kommun_is_that_kommun_not_the_bot(bundled: Engine, first: str, then: str) -> None:
    _, conversation, _ = talk(bundled, first)
    answer = bundled.answer(then, conversation)
    assert answer.topic != "help" and answer.municipality == conversation.municipality


def test_the_bot_asked_about_itself_in_a_kommuns_conversation_is_still_the_bot(bundled: Engine) -> None:
    _, conversation, _ = talk(bundled, "Jag bor i Lund")
    assert bundled.answer("vad har du för kommandon?", conversation).topic == "help"
