"""A conversation, not single messages: a follow-up is read against what the last answer was about
(the municipality, also one without an entry; the aspect; the people named; the county of a list).

Written in other words than any evaluation set, on the bundled knowledge base."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from bot.answering.engine import Conversation, Engine
from bot.answering.knowledge import Knowledge
from bot.settings import Settings
from handlers.services import Services
from handlers.web import chat
from handlers.web.app import create_app


def talk(engine: Engine, *messages: str) -> list[str]:
    conversation = Conversation()
    return [engine.answer(message, conversation).text for message in messages]


def test_a_municipality_without_an_entry_is_kept_for_the_next_question(bundled: Engine) -> None:
    """"Here" after moving to a municipality the base lacks: that one, never "which municipality?"."""
    conversation = Conversation()
    bundled.answer("Vi har precis flyttat hit till Ragunda", conversation)
    assert conversation.unknown == "Ragunda"
    for question in ("Vad har kommunen och polisen kommit överens om där?", "vilka fokusområden har de?"):
        answer = bundled.answer(question, conversation)
        assert answer.topic == "unknown_municipality" and "Ragunda" in answer.text
        assert "polisen.se" in answer.text and "Vilken kommun menar du" not in answer.text
    # A known municipality named next replaces it.
    assert bundled.answer("och i Alvesta?", conversation).municipality == "alvesta"
    assert conversation.unknown is None


@pytest.mark.parametrize("question", ["vad gör kommunen här?", "Vad gör polisen här då?",
                                      "what is the municipality doing here?"])
def test_here_after_where_one_lives_is_that_kommun_not_the_bot(bundled: Engine, question: str) -> None:
    """"Jag bor i Kiruna" then "vad gör kommunen här?": about Kiruna; "vad gör du här?" is about the bot."""
    conversation = Conversation()
    bundled.answer("Jag bor i Kiruna", conversation)
    answer = bundled.answer(question, conversation)
    assert answer.municipality == "kiruna" and answer.answered, answer.text[:120]
    assert bundled.answer("vad gör du här?", Conversation()).topic == "help"
    assert "Trygghetsbot" in bundled.answer("hej, är det här polisen?", Conversation()).text


def test_a_term_asked_after_an_unknown_municipality_is_still_defined(bundled: Engine) -> None:
    conversation = Conversation()
    bundled.answer("Jag bor i Ragunda", conversation)
    assert bundled.answer("Vad betyder medborgarlöfte?", conversation).topic == "glossary"


def test_the_aspect_and_the_municipality_carry_over(bundled: Engine) -> None:
    conversation = Conversation()
    assert bundled.answer("Vilka fokusområden har Vellinge?", conversation).municipality == "vellinge"
    signers = bundled.answer("och vilka skrev på?", conversation)
    assert (signers.municipality, signers.topic) == ("vellinge", "people") and "Carina Wutzler" in signers.text
    period = bundled.answer("hur länge gäller det då?", conversation)
    assert (period.municipality, period.topic) == ("vellinge", "period") and "2026" in period.text
    other = bundled.answer("och Alvesta då?", conversation)
    assert (other.municipality, other.topic) == ("alvesta", "period")


def test_what_a_person_named_before_said_is_quoted_from_the_source(bundled: Engine) -> None:
    conversation = Conversation()
    bundled.answer("Vem är kommunstyrelsens ordförande i Vellinge?", conversation)
    assert conversation.people == ("carina-wutzler",)
    answer = bundled.answer("vad tyckte hon om samverkan?", conversation)
    assert answer.topic == "quote" and answer.answered
    assert "Carina Wutzler" in answer.text and "”Samverkan mellan kommun, polis" in answer.text
    assert "Källa:" in answer.text and "Björnqvist" not in answer.text


def test_a_role_the_source_quotes_nobody_in_is_said_plainly(bundled: Engine) -> None:
    """Tyresö's source names no police chief (its löfte "antogs av kommunstyrelsen"), and quotes nobody.
    (Luleå was the example until its signers were listed under people, issue #33 item 6.)"""
    conversation = Conversation()
    bundled.answer("Vem är chef för lokalpolisområdet i Tyresö?", conversation)
    assert conversation.role == "police_chief"
    answer = bundled.answer("Vad sa hon om avtalet?", conversation)
    assert answer.topic == "quote" and not answer.answered
    assert answer.text.startswith("Källan citerar inte Tyresös lokalpolisområdeschef.")
    areas = [area.title for a in bundled.knowledge.municipalities["tyreso"].agreements for area in a.areas]
    assert areas and not any(title in answer.text for title in areas)  # not the focus list


def test_a_role_nobody_holds_is_not_answered_with_the_others_quotes(bundled: Engine) -> None:
    """Vellinge's source names no kommunpolis: "han" is not the chair or the police chief it lists."""
    conversation = Conversation()
    bundled.answer("Finns det en kommunpolis i Vellinge, vem?", conversation)
    answer = bundled.answer("och vad sa han om avtalet?", conversation)
    assert answer.text.startswith("Källan citerar inte Vellinges kommunpolis.")
    assert "Den citerar: Carina Wutzler" in answer.text and "Samverkan mellan kommun" not in answer.text


def test_signers_named_only_in_a_note_are_said_to_be_unquoted(bundled: Engine) -> None:
    conversation = Conversation()
    bundled.answer("Vilka undertecknade Tyresös överenskommelse?", conversation)
    answer = bundled.answer("vad sa de?", conversation)
    assert answer.topic == "quote" and "citerar ingen av dem som nämns" in answer.text


def test_a_person_named_by_name_is_quoted_without_a_pronoun(bundled: Engine) -> None:
    answer = bundled.answer("Vad säger Lars-Gunnar Björnqvist om överenskommelsen i Vellinge?")
    assert answer.topic == "quote" and "Jag är mycket glad" in answer.text and "Wutzler" not in answer.text


def test_a_pronoun_with_nobody_named_before_is_not_a_quote(bundled: Engine) -> None:
    conversation = Conversation()
    bundled.answer("Vad fokuserar Vellinge på?", conversation)
    assert bundled.answer("vad sa hon?", conversation).topic != "quote"


def test_the_agreement_named_before_is_the_one_a_period_follow_up_means(bundled: Engine) -> None:
    """Sölvesborg has two medborgarlöften and a samverkansöverenskommelse: "it" is the one named."""
    conversation = Conversation()
    bundled.answer("Vad innehåller Sölvesborgs medborgarlöfte?", conversation)
    assert conversation.agreement == "medborgarlofte-2024"
    period = bundled.answer("och hur länge gäller det?", conversation)
    assert period.topic == "period" and period.text.count("Medborgarlöfte") == 1 and "2024" in period.text
    assert "Samverkansöverenskommelse" not in period.text
    other = bundled.answer("när tar samverkansöverenskommelsen slut?", conversation)
    assert "2022–2026" in other.text and "Medborgarlöfte" not in other.text
    # A question naming the municipality again starts afresh: every agreement.
    everything = bundled.answer("När går Sölvesborgs avtal ut?", conversation)
    assert "Medborgarlöfte" in everything.text and "Samverkansöverenskommelse" in everything.text


def test_the_county_of_a_list_carries_over(bundled: Engine) -> None:
    conversation = Conversation()
    first = bundled.answer("Vilka överenskommelser i Skåne gäller fortfarande?", conversation)
    assert "Skåne län" in first.text and conversation.county == "Skåne län"
    ended = bundled.answer("vilka har upphört?", conversation)
    assert ended.topic == "in_force" and ended.text.startswith("Har upphört i Skåne län")
    assert "Blekinge" not in ended.text


def test_the_conversation_round_trips_through_a_channel_store() -> None:
    kept = Conversation(municipality=None, topic="list", unknown="Ragunda", county="Skåne län",
                        people=("carina-wutzler",), role="kso", agreement="medborgarlofte-2024")
    assert Conversation.from_dict(kept.to_dict()) == kept
    assert Conversation.from_dict({"municipality": "lund"}).people == ()  # stored before these fields


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
async def web(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    url = "" if request.param == "sqlite" else str(request.getfixturevalue("postgres_server").new_database())
    services = Services()
    await services.open(Settings(data_dir=tmp_path / "data", database_url=url, web_requests_per_minute=20,
                                 resident_hash_key="conversation-test-" + "k" * 24 if url else ""))
    app = create_app(services, chat.routes(services))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as http:
        yield http
    await services.close()


async def test_a_follow_up_through_the_web_chat(web: httpx.AsyncClient) -> None:
    """The web chat stores the conversation between requests (SQLite and PostgreSQL alike)."""
    conversation = "follow-up-conversation-01"
    first = await web.post("/api/chat", json={"conversation": conversation, "text": "Jag har flyttat till Ragunda"})
    assert first.status_code == 200
    (answer,) = (await web.post("/api/chat", json={"conversation": conversation,
                                                    "text": "vad gör kommunen där?"})).json()["outputs"]
    assert answer["topic"] == "unknown_municipality" and "Ragunda" in answer["text"]
    await web.post("/api/chat", json={"conversation": conversation, "text": "Vem är ordförande i Vellinges kommunstyrelse?"})
    (quote,) = (await web.post("/api/chat", json={"conversation": conversation, "text": "vad sa hon?"})).json()["outputs"]
    assert quote["topic"] == "quote" and "Carina Wutzler" in quote["text"]


def test_a_role_with_its_own_genitive_is_placed_after_it(bundled: Engine, knowledge: Knowledge) -> None:
    """"kommunstyrelsens ordförande i Kiruna", never "Kirunas kommunstyrelsens ordförande"."""
    for muni in knowledge.municipalities.values():
        chair = [p for p in muni.people if "kommunstyrelsens ordförande" in p.role or "kommunalråd" in p.role]
        if chair and not any(p.quote for p in muni.people):
            break
    text = bundled.answer(f"Vad säger kommunalrådet i {muni.name} om avtalet?", Conversation()).text
    assert f"{muni.name}s kommunstyrelsens" not in text and "s kommunstyrelsens ordförande" not in text, text[:120]


@pytest.mark.parametrize("follow_up", ["finns det något om narkotika?", "står det något om skolorna?",
                                       "och trafiken då?"])
def test_a_subject_asked_after_a_kommun_is_asked_of_that_kommun(bundled: Engine, follow_up: str) -> None:
    """"Vad gör Eslöv?" then "finns det något om narkotika?": Eslöv's agreement, never every kommun's."""
    conversation = Conversation()
    bundled.answer("Vad gör Eslöv?", conversation)
    answer = bundled.answer(follow_up, conversation)
    assert answer.municipality == "eslov" and "kommuners överenskommelser" not in answer.text, answer.text[:120]
    assert bundled.answer("vilka kommuner jobbar med narkotika?", conversation).municipality is None


def test_thanks_before_the_next_question_does_not_swallow_it(bundled: Engine) -> None:
    """"tack! och Höör?" asks the last aspect of another kommun; a thanks alone is still a thanks."""
    conversation = Conversation()
    bundled.answer("Vilka fokusområden har Lund?", conversation)
    answer = bundled.answer("tack! och Höör?", conversation)
    assert (answer.municipality, answer.topic) == ("hoor", "focus")
    english = bundled.answer("thanks! what about Ystad?", Conversation())
    assert english.municipality == "ystad" and english.language == "en"
    for thanks in ("Tack så mycket!", "tack för hjälpen Vellinge", "Hej från Malmö"):
        assert bundled.answer(thanks, Conversation()).topic in ("thanks", "greeting")


def test_what_someone_said_about_a_subject_is_the_entrys_sentence_that_names_them_and_holds_it(
        bundled: Engine) -> None:
    """"vad sa hon om områdespoliserna?": not the person's one stored quote (the signing), but the
    sentence of the entry that names her and holds the subject; a subject none of them holds is said so."""
    conversation = Conversation()
    bundled.answer("Vem är polisområdeschef i Malmö?", conversation)
    answer = bundled.answer("vad sa hon om områdespoliserna?", conversation)
    assert answer.answered and answer.municipality == "malmo"
    assert "Stenkula" in answer.text and "områdespoliser" in answer.text
    conversation = Conversation()
    bundled.answer("Vem är lokalpolisområdeschef i Ystad?", conversation)
    answer = bundled.answer("vad sa han om berusade personer?", conversation)
    assert "Ahrlin" in answer.text and "berusade personer i centrala Ystad" in answer.text
    answer = bundled.answer("vad sa han om trygghetskameror?", conversation)
    assert answer.text.startswith("Källan citerar inte Patrik Ahrlin om trygghetskameror.")


def test_what_a_role_says_about_a_subject_is_the_sentence_of_whoever_holds_it(bundled: Engine) -> None:
    answer = bundled.answer("vad säger kommunpolisen i Ulricehamn om droger?", Conversation())
    assert answer.municipality == "ulricehamn" and answer.answered
    assert "Erica Pettersson" in answer.text and "attityden till droger" in answer.text
