"""Every concern reaches the right kommun (#32 items 1–3) through one name resolver (#31 item 5):
all 290 kommuner have an id, a kommun without an entry takes concerns and has its console scope,
export and lägesbild, the kommun a message names wins, Habo and Håbo are kept apart, districts an
entry names resolve to it, and the concern flow can be left or paused for a question at every step."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.answering.engine import Answer, Conversation, Engine
from bot.answering.knowledge import Knowledge
from bot.answering.places import Places
from bot.concerns.desk import ConcernDesk
from bot.concerns.intake import Prompt
from bot.dialogue import Dialogue, Input, Notice

from bot.settings import Settings, StaffMember
from bot.staff import digest
from bot.staff.desk import AccessDenied, StaffDesk
from handlers.services import Services
from handlers.web import chat as web_chat
from handlers.web import staff as staff_routes
from handlers.web.app import create_app
from tests import test_web_staff as web_staff
from tests.conftest import TODAY
from tests.fake_telegram import callback_update, message_update
from tests.test_cli import run
from tests.test_telegram import Harness, buttons, harness  # noqa: F401 - the fixture
from tests.test_web_api import ask, client  # noqa: F401 - the fixture

# -- the resolver -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def places(knowledge: Knowledge) -> Places:
    return Places(knowledge)


@pytest.fixture(scope="module")
def full_engine(knowledge: Knowledge) -> Engine:
    return Engine(knowledge, today=TODAY)


def test_every_kommun_has_one_id_and_habo_is_not_hbo(places: Places, knowledge: Knowledge) -> None:
    assert len(places.kommuner) == len(knowledge.all_municipalities) == 290
    assert {k.name for k in places.kommuner.values()} == set(knowledge.all_municipalities)
    assert places.kommuner["habo"].name == "Håbo" and places.kommuner["habo"].entry is not None
    habo = places.kommuner["habo-jonkoping"]
    assert (habo.name, habo.county) == ("Habo", "Jönköpings län")
    assert habo.entry is knowledge.municipalities["habo-jonkoping"] and habo.entry.county == "Jönköpings län"
    ragunda = places.kommuner["ragunda"]
    assert ragunda.entry is None and ragunda.municipality.agreements == () and ragunda.municipality.name == "Ragunda"
    # Every entry keeps its own id.
    assert all(places.kommuner[m.id].entry is m for m in knowledge.municipalities.values())


@pytest.mark.parametrize(("typed", "expected"), [
    ("Hjo", ["hjo"]), ("hjo kommun", ["hjo"]), ("goteborg", ["goteborg"]), ("Göteborgg", ["goteborg"]),
    ("Upplands vasby", ["upplands-vasby"]), ("Habo", ["habo-jonkoping"]), ("håbo", ["habo"]),
    ("Håbo kommun", ["habo"]), ("Bålsta", ["habo"]), ("Torpaområdet", ["vanersborg"]),
    ("Norrliden", ["kalmar"]), ("Blåbärsby", []),
])
def test_a_typed_name_resolves_with_typos_and_without_a_ring(places: Places, typed: str, expected: list[str]) -> None:
    assert [k.id for k in places.resolve(typed)] == expected


def test_a_folded_name_that_fits_two_kommuner_gives_both(places: Places) -> None:
    assert {k.id for k in places.resolve("habo")} == {"habo", "habo-jonkoping"}
    assert {k.id for k in places.resolve("Berga")} == {"kalmar", "eslov"}  # named by both entries


def test_habo_in_jonkopings_lan_is_never_habos_agreement(full_engine: Engine) -> None:
    answer = full_engine.answer("Vad gör Habo kommun för tryggheten?", Conversation())
    assert answer.municipality != "habo" and "Håbo" not in answer.text and "Habo" in answer.text
    hbo = full_engine.answer("Vad gör Håbo kommun för tryggheten?", Conversation())
    assert hbo.municipality == "habo" and "Håbo" in hbo.text


def test_a_folded_habo_is_asked_about(full_engine: Engine) -> None:
    answer = full_engine.answer("vad gör habo kommun för tryggheten?", Conversation())
    assert not answer.answered and answer.municipality is None
    assert "Habo (Jönköpings län)" in answer.text and "Håbo (Uppsala län)" in answer.text
    assert len(answer.suggestions) == 2


@pytest.mark.parametrize(("question", "municipality", "district"), [
    ("Vad görs i Torpaområdet?", "vanersborg", "Torpaområdet"),
    ("Vad gör polisen i Norrliden?", "kalmar", "Norrliden"),
    ("Jag bor i Rosengård, vad gör kommunen?", "malmo", "Rosengård"),  # named by an agreement's title
])
def test_a_district_named_in_an_entry_answers_for_its_kommun(full_engine: Engine, question: str,
                                                             municipality: str, district: str) -> None:
    answer = full_engine.answer(question, Conversation())
    assert answer.municipality == municipality and answer.text.startswith(f"{district} ligger i ")


# -- the dialogue ---------------------------------------------------------------------------------------


@pytest.fixture()
async def desk(tmp_path: Path, full_engine: Engine, database_url: str) -> AsyncIterator[ConcernDesk]:
    opened = await ConcernDesk.open(tmp_path, full_engine, "test-key-" + "x" * 24 if database_url else "",
                                    database_url=database_url, per_hour=10, per_day=20)
    yield opened
    await opened.close()


class Chat:
    def __init__(self, desk: ConcernDesk, user: str = "anna") -> None:
        self.dialogue, self.user, self.conversation = Dialogue(desk), user, Conversation()

    async def say(self, text: str = "", choice: str | None = None) -> list[Any]:
        return await self.dialogue.handle("test", self.user, self.conversation, Input(text=text, choice=choice))

    async def prompt(self, text: str = "", choice: str | None = None) -> Prompt:
        (output,) = await self.say(text, choice)
        assert isinstance(output, Prompt), output
        return output


async def finish(chat: Chat) -> Prompt:
    for reply in ({"choice": "trafik"}, {"text": "Busshållplatsen vid torget"},
                  {"text": "Bussarna kör fort och det är mörkt på kvällen."}, {"choice": "no"}):
        await chat.say(**reply)
    return await chat.prompt(choice="send")


async def test_the_kommun_a_message_names_wins_over_the_chats_earlier_one(desk: ConcernDesk) -> None:
    chat = Chat(desk)
    (focus,) = await chat.say("Vad fokuserar Göteborg på?")
    assert isinstance(focus, Answer) and chat.conversation.municipality == "goteborg"
    first = await chat.prompt("Jag känner mig otrygg vid busshållplatsen i Ragunda")
    assert "Vad gäller det i Ragunda?" in first.text and "Göteborg" not in first.text
    receipt = await finish(chat)
    # A kommun without an entry takes the concern with the same receipt as every other.
    assert receipt.kind == "receipt" and receipt.reference and receipt.reference.startswith("RAG-")
    assert "Tack! Din synpunkt är mottagen av Ragunda kommun. Referensnummer: RAG-" in receipt.text
    stored = await desk.db.concern(receipt.reference)
    assert stored is not None and stored.municipality == "ragunda"


async def test_kommuner_a_message_names_differently_are_asked_about(desk: ConcernDesk) -> None:
    chat = Chat(desk)
    await chat.say("Vad fokuserar Göteborg på?")
    started = await desk.start("test", "anna", None, "sv", candidates=["habo", "habo-jonkoping"])
    assert [c.id for c in started.choices] == ["habo", "habo-jonkoping", "cancel"]
    assert [c.label for c in started.choices][:2] == ["Håbo (Uppsala län)", "Habo (Jönköpings län)"]
    chosen = await chat.prompt(choice="habo-jonkoping")
    assert "Vad gäller det i Habo?" in chosen.text


async def test_the_name_is_typed_never_chosen_among_290(desk: ConcernDesk) -> None:
    chat = Chat(desk)
    start = await chat.prompt("/synpunkt")
    assert start.step == "municipality" and [c.id for c in start.choices] == ["cancel"]
    both = await chat.prompt("habo")
    assert [c.id for c in both.choices] == ["habo", "habo-jonkoping", "cancel"]
    typo = await chat.prompt("Ragundaa")
    assert typo.step == "category" and "Vad gäller det i Ragunda?" in typo.text
    assert [c.id for c in typo.choices][-2:] == ["change-municipality", "cancel"]  # no focus area without an entry


async def test_a_question_mid_flow_is_answered_and_the_flow_kept(desk: ConcernDesk) -> None:
    chat = Chat(desk)
    await chat.say("/synpunkt")
    await chat.say("Ragunda")
    answer, waiting = await chat.say("Vad är en lägesbild?")
    assert isinstance(answer, Answer) and answer.answered and answer.topic == "glossary"
    assert isinstance(waiting, Prompt) and waiting.step == "category"
    assert waiting.text.startswith("Din synpunkt väntar:") and "Välj en av kategorierna." not in waiting.text
    place = await chat.prompt("Trafik")
    assert place.step == "place"
    answer, waiting = await chat.say("Vad är en lägesbild?")
    assert isinstance(answer, Answer) and waiting.step == "place"
    # Words that are no category and no question still get the step's own hint.
    hint = await chat.prompt("Vid torget")
    assert hint.step == "description"


async def test_every_step_can_be_left_and_names_avbryt(desk: ConcernDesk) -> None:
    chat = Chat(desk)
    steps = [await chat.prompt("/synpunkt"), await chat.prompt("Ragunda"), await chat.prompt(choice="trafik"),
             await chat.prompt("Torget"), await chat.prompt("Det är mörkt och stökigt på kvällarna."),
             await chat.prompt(choice="yes"), await chat.prompt("anna@example.se"),
             await chat.prompt(choice="consent"), await chat.prompt(choice="edit")]
    assert [s.step for s in steps] == ["municipality", "category", "place", "description", "contact_wanted",
                                       "contact", "consent", "summary", "edit"]
    for step in steps:
        assert "cancel" in [c.id for c in step.choices], step.step
        assert "/avbryt" in step.text, step.step
    cancelled = await chat.prompt(choice="cancel")
    assert cancelled.kind == "cancelled" and await desk.db.concerns() == []


async def test_after_avbryt_the_kommun_is_kept(desk: ConcernDesk) -> None:
    chat = Chat(desk)
    await chat.say("Vad fokuserar Göteborg på?")
    await chat.say("/synpunkt")
    (cancelled,) = await chat.say("/avbryt")
    assert isinstance(cancelled, Notice) and cancelled.kind == "cancelled"
    assert chat.conversation.municipality == "goteborg"
    again = await chat.prompt("/synpunkt")
    assert "Vad gäller det i Göteborg?" in again.text
    await chat.prompt("Annan kommun")
    await chat.prompt("Ragunda")
    await chat.say("/avbryt")
    assert chat.conversation.municipality == "ragunda"  # the kommun the concern was about


async def test_the_survey_takes_any_kommun_by_its_typed_name(desk: ConcernDesk) -> None:
    chat = Chat(desk)
    start = await chat.prompt("/trygghet")
    assert start.step == "survey_municipality" and start.choices == [] and "Skriv kommunens namn." in start.text
    both = await chat.prompt("habo")
    assert [c.id for c in both.choices] == ["tm:k:habo", "tm:k:habo-jonkoping"]
    chosen = await chat.prompt(choice="tm:k:habo-jonkoping")
    assert chosen.step.startswith("survey_") and chosen.step != "survey_municipality"
    other = Chat(desk, "bo")
    await other.say("/trygghet")
    ragunda = await other.prompt("ragunda")
    assert ragunda.step.startswith("survey_") and ragunda.step != "survey_municipality"


# -- staff: the console's scope, exports and the lägesbild of a kommun without an entry ------------------


async def test_a_kommun_without_an_entry_has_its_console_scope_export_and_digest(desk: ConcernDesk,
                                                                                tmp_path: Path) -> None:
    receipt = await finish_for(desk, "Ragunda")
    ragunda = StaffMember(None, frozenset({"ragunda"}), "Hanna", "hanna")
    goteborg = StaffMember(None, frozenset({"goteborg"}), "Gustav", "gustav")
    staff = StaffDesk(Settings(), desk)
    assert staff.allowed(ragunda) == ["ragunda"]
    filters = staff.filters(ragunda, {"kommun": "ragunda"})
    seen = [c.service_request_id async for chunk in desk.db.matching_chunks(staff.query(ragunda, filters))
            for c in chunk]
    assert seen == [receipt]
    with pytest.raises(AccessDenied):
        staff.filters(goteborg, {"kommun": "ragunda"})
    assert staff.municipality(ragunda, "Ragunda") == "ragunda"
    export = await staff.export(ragunda, staff.parse_export(ragunda, ["ragunda", "csv"]))
    assert export.count == 1 and receipt.encode() in export.content
    made = await digest.write(staff, ragunda, "ragunda", tmp_path / "ragunda.md")
    text = (tmp_path / "ragunda.md").read_text(encoding="utf-8")
    assert made.total == 1 and not made.agreement and "Ragunda" in made.title
    assert "## Överenskommelsen" not in text and "## Teman" in text
    assert "kunskapsbasen har ingen överenskommelse" in text


async def finish_for(desk: ConcernDesk, name: str) -> str:
    chat = Chat(desk)
    await chat.say("/synpunkt")
    await chat.say(name)
    receipt = await finish(chat)
    assert receipt.reference
    return receipt.reference


def test_cli_lagesbild_for_ragunda(tmp_path: Path) -> None:
    settings = tmp_path / "settings.yaml"
    settings.write_text(f"data_dir: {tmp_path / 'data'}\n", encoding="utf-8")
    target = tmp_path / "ragunda.html"
    code, out, err = run("--settings", str(settings), "lagesbild", "--kommun", "ragunda", "-o", str(target))
    assert (code, err) == (0, "") and out.startswith("Wrote the lägesbild for Ragunda (")
    html = target.read_text(encoding="utf-8")
    assert "Ragunda" in html and 'id="overenskommelsen"' not in html


# -- the channels ---------------------------------------------------------------------------------------


async def test_web_chat_files_the_concern_with_the_kommun_the_message_names(
        client: tuple[httpx.AsyncClient, Services]) -> None:
    http, services = client
    await ask(http, text="Vad fokuserar Göteborg på?")
    (prompt,) = (await ask(http, text="Jag känner mig otrygg vid busshållplatsen i Ragunda")).json()["outputs"]
    assert prompt["type"] == "prompt" and "Vad gäller det i Ragunda?" in prompt["text"] and "/avbryt" in prompt["text"]
    assert {"id": "cancel", "label": "Avbryt"} in prompt["choices"]
    answer, waiting = (await ask(http, text="Vad är en lägesbild?")).json()["outputs"]
    assert answer["type"] == "answer" and waiting["type"] == "prompt" and waiting["text"].startswith("Din synpunkt väntar:")
    for step in ({"choice": "trafik"}, {"text": "Busshållplatsen"}, {"text": "Mörkt och stökigt varje kväll."},
                 {"choice": "no"}):
        assert (await ask(http, **step)).status_code == 200
    receipt = (await ask(http, choice="send")).json()["outputs"][0]
    assert receipt["kind"] == "receipt" and receipt["reference"].startswith("RAG-")
    (stored,) = await services.desk.db.concerns()
    assert stored.municipality == "ragunda" and stored.channel == "web"


async def test_telegram_asks_for_the_name_and_offers_avbryt(harness: Harness) -> None:
    await harness.send(message_update("/synpunkt"))
    assert "Skriv kommunens namn." in harness.replies()[-1] and buttons(harness.markups()[-1]) == ["c|cancel"]
    await harness.send(message_update("habo"))
    assert buttons(harness.markups()[-1]) == ["c|habo", "c|habo-jonkoping", "c|cancel"]
    await harness.send(callback_update("c|habo-jonkoping"))
    assert "Vad gäller det i Habo?" in harness.replies()[-1]
    await harness.send(message_update("Vad är en lägesbild?"))
    assert harness.replies()[-2].startswith("lägesbild:") and harness.replies()[-1].startswith("Din synpunkt väntar:")
    await harness.send(callback_update("c|cancel"))
    assert harness.replies()[-1].startswith("Synpunkten är avbruten")


async def test_the_web_console_scoped_to_ragunda_shows_ragundas_concern(tmp_path: Path) -> None:
    hanna = StaffMember(None, frozenset({"ragunda"}), "Hanna Ragunda", "hanna", web_staff.HASH)
    services = Services()
    await services.open(Settings(data_dir=tmp_path / "data", staff=(hanna,), map_tile_url=""))
    try:
        reference = await web_staff.submit(services, "h0", "ragunda", "Mörkt vid busshållplatsen")
        other = await web_staff.submit(services, "g0", "goteborg", "Mörkt vid hållplatsen")
        app = create_app(services, [*web_chat.routes(services), *staff_routes.routes(services)])
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app, client=("10.0.0.1", 1234)),
                                     base_url="https://test") as http:
            console = web_staff.Console(http, services, {})
            await web_staff.signed_in(console, "hanna")
            page = (await http.get("/staff/synpunkter")).text
            assert reference in page and other not in page and "Ragunda" in page
            assert (await http.get("/staff/synpunkter?kommun=goteborg")).status_code == 403
            export = await http.get("/staff/export.csv?kommun=ragunda")
            assert export.status_code == 200 and reference in export.text and other not in export.text
    finally:
        await services.close()


@pytest.mark.parametrize(("name", "own"), [("Malmö", "Malmö stad"), ("Uppsala", "Uppsala kommun"),
                                           ("Ragunda", "Ragunda kommun"), ("Lund", "Lunds kommun")])
async def test_the_receipt_names_the_kommun_as_it_names_itself(desk: ConcernDesk, name: str, own: str) -> None:
    chat = Chat(desk)
    await chat.say("/synpunkt")
    await chat.say(name)
    receipt = await finish(chat)
    assert f"Din synpunkt är mottagen av {own}. Referensnummer:" in receipt.text
    assert "Malmös kommun" not in receipt.text and "Uppsalas kommun" not in receipt.text


def test_a_district_named_like_a_kommun_is_the_district_beside_its_own_kommun(full_engine: Engine) -> None:
    """Sjöbo is a kommun in Skåne and a district of Borås: alone it is the kommun, with Borås the district."""
    assert full_engine.answer("Vad gör kommunen och polisen i Sjöbo?").municipality == "sjobo"
    for message in ("medborgarlöftet för sjöbo i borås", "Vad har Borås lovat för Sjöbo?"):
        assert full_engine.answer(message).municipality == "boras"


@pytest.mark.parametrize("text", ["Vad står i Falu avtal?", "Falu kommun och polisen, vad har de lovat?"])
def test_a_kommun_s_own_name_for_itself_is_the_kommun(bundled: Engine, text: str) -> None:
    """kommuner.yaml's aliases: Falun calls itself "Falu kommun" (its entry's own source)."""
    assert bundled.answer(text, Conversation()).municipality == "falun"


@pytest.mark.parametrize(("text", "municipality"), [
    ("Vad gäller i Göinge?", "ostra-goinge"), ("vad gör goinge kommun mot droger", "ostra-goinge"),
    ("Malung och polisen?", "malung-salen"), ("Vad har Väsby lovat?", "upplands-vasby"),
])
def test_a_kommun_of_two_words_by_its_own_word(bundled: Engine, text: str, municipality: str) -> None:
    """kommuner.yaml's aliases: "Göinge" was no kommun and got the list of every agreement in force."""
    assert bundled.answer(text, Conversation()).municipality == municipality


@pytest.mark.parametrize(("text", "municipality"), [
    ("Hej, jag heter Mark och bor i Tranås. Vad fokuserar de på där?", "tranas"),
    ("Min dotter Nora går på högstadiet i Kumla – gör polisen något mot narkotika där?", "kumla"),
    ("Hej, Nora heter jag, 16 år. Vad betyder lägesbild?", None),
    ("Jag bor i Mark, vad gäller?", "mark"),
])
def test_a_kommun_s_name_given_as_a_person_s_is_no_kommun(bundled: Engine, text: str, municipality: str | None) -> None:
    """"jag heter Mark och bor i Tranås" was answered about Mark, and a concern sent so would have gone to Mark."""
    assert bundled.answer(text, Conversation()).municipality == municipality
    named = bundled.matcher.scan(text).kommuner()
    assert named == ([municipality] if municipality else [])
