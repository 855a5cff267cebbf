"""Following a kommun (issue #34, item 4), over the fake Bot API and the web chat, on SQLite and
PostgreSQL: /folj Växjö, /folj, /slutafolja and the "Följ Växjö" button; a change of Växjö's entry
sends each follower one message naming the agreement and its source; the web shows it on return;
the chat id is kept only encrypted and /radera leaves none; the store's follows and news rows."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from bot.answering.knowledge import Agreement, Source
from bot.concerns.news import NewsNotification
from bot.concerns.updates import ChatIdCipher
from bot.dates import STOCKHOLM
from bot.settings import Settings
from bot.storage import open_store
from bot.storage.records import Follow
from handlers.services import Services
from handlers.telegram.app import build_application
from handlers.telegram.outbox import render
from handlers.web import chat
from handlers.web.app import create_app
from tests.fake_telegram import TOKEN, FakeTelegram, callback_update, message_update
from tests.test_hearing_back import buttons, eventually
from tests.test_resident_ids import dump
from tests.test_telegram import Harness

KEY = "issue-34-follow-key-" + "k" * 22
CHAT = 623_456_789
OTHER = 634_567_891
WEB_ID = "following-web-conversation-0001"
HEADING = "Nytt om trygghetsarbetet i Växjö"


@pytest.fixture()
async def harness(tmp_path: Path, database_url: str, knowledge_copy: Path) -> AsyncIterator[Harness]:
    with FakeTelegram() as fake:
        settings = Settings(telegram_bot_token=TOKEN, telegram_api_base_url=fake.base_url,
                            data_dir=tmp_path / "data", database_url=database_url, resident_hash_key=KEY,
                            telegram_messages_per_second=1000, knowledge_dir=knowledge_copy)
        app = build_application(settings)
        async with app:
            await app.post_init(app)
            yield Harness(app, fake)
            await app.post_shutdown(app)


def cited(services: Services) -> tuple[Agreement, Source]:
    """Växjö's first agreement whose source has an address: the one the tests change."""
    entry = services.engine.knowledge.municipalities["vaxjo"]
    for agreement in entry.agreements:
        source = entry.source(agreement.source_id)
        if source.url:
            return agreement, source
    raise AssertionError("Växjö has no agreement with a source address")


def change_vaxjo(knowledge_dir: Path, agreement_id: str, title: str) -> None:
    """A new title for one of Växjö's agreements, written to the knowledge base's file as an editor would."""
    path = knowledge_dir / "municipalities" / "vaxjo.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    (entry,) = [a for a in data["agreements"] if a["id"] == agreement_id]
    entry["title"] = title
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def news_to(harness: Harness, chat_id: int) -> list[str]:
    return [str(c.params["text"]) for c in harness.fake.sent_to(chat_id) if HEADING in str(c.params["text"])]


async def reload_with(services: Services, knowledge_dir: Path, agreement_id: str, title: str) -> None:
    change_vaxjo(knowledge_dir, agreement_id, title)
    assert services.reload() == []
    await services.announcements()


async def test_a_follower_of_vaxjo_gets_one_message_when_its_entry_changes(harness: Harness,
                                                                          knowledge_copy: Path) -> None:
    services: Services = harness.app.bot_data
    await harness.send(message_update("/folj Växjö", chat_id=CHAT))
    assert "Nu följer du Växjö" in harness.replies(CHAT)[-1]
    resident = services.desk.resident("telegram", CHAT)
    assert await services.desk.db.follows_of(resident, "telegram") == ["vaxjo"]
    await harness.send(message_update("/folj", chat_id=CHAT))
    assert harness.replies(CHAT)[-1].startswith("Du följer: Växjö.")
    await harness.send(message_update("/folj Växjö", chat_id=CHAT))
    assert "Du följer redan Växjö" in harness.replies(CHAT)[-1]
    # Someone who follows nothing is told, and follows nothing after it.
    await harness.send(message_update("/folj", chat_id=OTHER))
    assert harness.replies(OTHER)[-1].startswith("Du följer ingen kommun.")

    agreement, source = cited(services)
    await reload_with(services, knowledge_copy, agreement.id, "Reviderad överenskommelse om trygghet i Växjö")
    (message,) = await eventually(lambda: news_to(harness, CHAT))
    assert "Ändrad samverkansöverenskommelse: Reviderad överenskommelse om trygghet i Växjö (" in message
    assert f"Källa: {source.title}, {source.url}" in message
    assert "/slutafolja Växjö" in message
    sent = harness.fake.sent_to(CHAT)[-1].params
    assert sent["parse_mode"] == "HTML" and str(sent["text"]).startswith(f"<b>{HEADING}</b>")
    assert news_to(harness, OTHER) == []
    # The same change announced again (another process's reload of it) queues nothing more.
    assert await services.dialogue.follows.announce(services.agreement_news) == 0
    (sender,) = harness.app.outbox_senders  # type: ignore[attr-defined]
    await sender.once()
    assert len(news_to(harness, CHAT)) == 1
    # A reload with no change tells nobody anything.
    assert services.reload() == [] and services.agreement_news == []

    # /slutafolja stops: the next change sends nothing.
    await harness.send(message_update("/slutafolja Växjö", chat_id=CHAT))
    assert harness.replies(CHAT)[-1] == "Klart. Du följer inte längre: Växjö."
    await reload_with(services, knowledge_copy, agreement.id, "Ännu en reviderad överenskommelse")
    assert services.agreement_news
    await sender.once()
    await asyncio.sleep(0.2)
    assert len(news_to(harness, CHAT)) == 1
    await harness.send(message_update("/slutafolja", chat_id=CHAT))
    assert harness.replies(CHAT)[-1] == "Du följde ingen kommun."


async def test_names_go_through_the_one_resolver(harness: Harness) -> None:
    await harness.send(message_update("/folj habo", chat_id=CHAT))
    reply = harness.replies(CHAT)[-1]
    assert reply.startswith("Vilken kommun menar du: ") and "Habo (" in reply and "Håbo (" in reply
    await harness.send(message_update("/folj Blåbärsby", chat_id=CHAT))
    assert harness.replies(CHAT)[-1].startswith("Jag hittar ingen kommun som heter ”Blåbärsby”")
    await harness.send(message_update("/folj vaxjo kommun", chat_id=CHAT))  # as the answers read it
    assert "Nu följer du Växjö" in harness.replies(CHAT)[-1]
    await harness.send(message_update("/slutafolja Kävlinge", chat_id=CHAT))
    assert harness.replies(CHAT)[-1] == "Du följde inte den kommunen."
    # In a group, following would keep the group's id: the pointer to the private chat instead.
    await harness.send(message_update("/folj Växjö", chat_id=-100_200, user_id=CHAT, chat_type="supergroup"))
    assert "Skriv till mig privat" in harness.replies(-100_200)[-1]
    services: Services = harness.app.bot_data
    assert await services.desk.db.follows_of(services.desk.resident("telegram", CHAT), "telegram") == ["vaxjo"]


async def test_the_button_under_an_answer_follows(harness: Harness, knowledge_copy: Path) -> None:
    await harness.send(message_update("Vad fokuserar Växjö på?", chat_id=CHAT))
    markup = harness.markups(CHAT)[-1]
    assert "f|vaxjo" in buttons(markup)
    labels = [b["text"] for row in markup["inline_keyboard"] for b in row]
    assert "Följ Växjö" in labels
    await harness.send(callback_update("f|vaxjo", chat_id=CHAT))
    assert "Nu följer du Växjö" in harness.replies(CHAT)[-1]
    services: Services = harness.app.bot_data
    (address,) = [f for f in await stored_follows(services)]
    assert address and str(CHAT) not in address  # encrypted, and the key opens it
    assert ChatIdCipher.of(services.desk).decrypt(address) == str(CHAT)
    agreement, _ = cited(services)
    await reload_with(services, knowledge_copy, agreement.id, "Ny titel efter knappen")
    (message,) = await eventually(lambda: news_to(harness, CHAT))
    assert "Ny titel efter knappen" in message
    # A forged kommun id is no follow; a group's answer has no button.
    await harness.send(callback_update("f|ingen-sadan-kommun", chat_id=CHAT))
    assert harness.replies(CHAT)[-1] == "Den kommunen känner jag inte till."
    await harness.send(message_update("@trygghets_test_bot Vad fokuserar Växjö på?", chat_id=-100_300, user_id=CHAT,
                                      chat_type="supergroup"))
    assert "f|vaxjo" not in buttons(harness.markups(-100_300)[-1])


async def stored_follows(services: Services) -> list[str | None]:
    """Every follow's stored address, through the copy interface (as `db migrate-to` reads them)."""
    return [row[3] async for chunk in services.desk.db.table_rows("follows") for row in chunk]


async def test_radera_leaves_no_chat_id_of_a_follow(harness: Harness, tmp_path: Path, database_url: str,
                                                    knowledge_copy: Path) -> None:
    services: Services = harness.app.bot_data
    await harness.send(message_update("/folj Växjö", chat_id=CHAT))
    (address,) = await stored_follows(services)
    assert address
    for sender in harness.app.outbox_senders:  # type: ignore[attr-defined]
        await sender.stop()  # the news waits in the outbox, with a copy of the encrypted id
    agreement, _ = cited(services)
    await reload_with(services, knowledge_copy, agreement.id, "Väntande nyhet")
    data_dir = tmp_path / "data"
    assert dump(data_dir, database_url).count(address.encode()) >= 2
    await harness.send(message_update("/radera", chat_id=CHAT))
    await harness.send(callback_update("d|yes", chat_id=CHAT))
    (outcome,) = harness.fake.sent("editMessageText")  # the confirmation becomes its outcome
    assert str(outcome.params["text"]).endswith("Du följer inte längre någon kommun.")
    assert await stored_follows(services) == []
    assert await services.desk.db.count_rows("outbox") == 0
    await harness.app.update_persistence()
    places = {str(p.relative_to(data_dir)): p.read_bytes() for p in data_dir.rglob("*") if p.is_file()}
    places["database dump"] = dump(data_dir, database_url)
    for name, content in places.items():
        assert address.encode() not in content, name
        assert str(CHAT).encode() not in content, name


async def test_the_web_chat_follows_and_shows_the_news_on_return(tmp_path: Path, database_url: str,
                                                                 knowledge_copy: Path) -> None:
    services = Services()
    await services.open(Settings(data_dir=tmp_path / "data", database_url=database_url, resident_hash_key=KEY,
                                 web_requests_per_minute=1000, knowledge_dir=knowledge_copy))
    app = create_app(services, chat.routes(services))
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as http:
            async def post(**body: object) -> list[dict[str, Any]]:
                response = await http.post("/api/chat", json={"conversation": WEB_ID, **body})
                assert response.status_code == 200, response.text
                outputs: list[dict[str, Any]] = response.json()["outputs"]
                return outputs

            (answer,) = await post(text="Vad fokuserar Växjö på?")
            assert answer["follow"] == {"choice": "follow:vaxjo", "label": "Följ Växjö"}
            (followed,) = await post(choice="follow:vaxjo")
            assert followed["kind"] == "followed" and "nästa gång du kommer tillbaka" in followed["text"]
            (again,) = await post(text="/folj Växjö")  # typed: the dialogue is the same
            assert "Du följer redan Växjö" in again["text"]
            (row,) = [row async for chunk in services.desk.db.table_rows("follows") for row in chunk]
            assert row[1:4] == ("web", "vaxjo", None)  # no address: the web shows news on return

            agreement, source = cited(services)
            await reload_with(services, knowledge_copy, agreement.id, "Webbens nya överenskommelse")
            first, *rest = await post(text="/start")
            assert first["kind"] == "updates" and first["text"].startswith(HEADING)
            assert "Webbens nya överenskommelse" in first["text"] and source.url in first["text"]
            assert [o["kind"] for o in rest] == ["welcome"]
            assert [o["kind"] for o in await post(text="/start")] == ["welcome"]  # shown once
            (stopped,) = await post(text="/slutafolja")
            assert stopped["text"] == "Klart. Du följer inte längre: Växjö."
    finally:
        await services.close()


def test_the_news_in_english_and_escaped_for_telegram() -> None:
    payload = NewsNotification("Växjö", (), "sv").payload()
    english = NewsNotification.of_payload(payload, "en")
    assert english.text().startswith("News on the safety work in Växjö") and "/unfollow Växjö" in english.text()
    assert render(NewsNotification("<b>Ö</b> & co", (), "sv")).startswith(
        "<b>Nytt om trygghetsarbetet i &lt;b&gt;Ö&lt;/b&gt; &amp; co</b>")


# -- the store, on both engines ------------------------------------------------------------------------


async def test_the_store_keeps_follows_and_queues_news_once(tmp_path: Path, database_url: str) -> None:
    store = await open_store(tmp_path / "data", database_url)
    now = dt.datetime(2026, 11, 23, 12, 0, tzinfo=STOCKHOLM).timestamp()
    try:
        assert await store.follow(Follow("r1", "telegram", "vaxjo", "sealed-1", "sv", now, now))
        assert not await store.follow(Follow("r1", "telegram", "vaxjo", "sealed-2", "en", now, now + 5))
        assert await store.follow(Follow("r1", "telegram", "hjo", "sealed-2", "en", now, now))
        assert await store.follow(Follow("r2", "web", "vaxjo", None, "sv", now, now))
        assert await store.follows_of("r1", "telegram") == ["hjo", "vaxjo"]
        assert await store.queue_news("vaxjo", '{"x": 1}', "digest-a", now) == 2
        assert await store.queue_news("vaxjo", '{"x": 1}', "digest-a", now + 1) == 0  # the same change again
        assert await store.queue_news("vaxjo", '{"x": 2}', "digest-b", now + 2) == 2
        claimed = await store.claim_outbox("telegram", "w", now + 3, 60, 10)
        assert [(r.reference, r.address, r.language, r.follower) for r in claimed] == [
            ("vaxjo", "sealed-2", "en", "r1")] * 2
        shown = await store.take_shown("r2", "web", now + 4)
        assert [(r.reference, r.note, r.follower) for r in shown] == [("vaxjo", '{"x": 1}', "r2"),
                                                                       ("vaxjo", '{"x": 2}', "r2")]
        assert await store.take_shown("r2", "web", now + 5) == []
        # Stopping one kommun takes its news rows with it, sent or not; the other stays.
        assert await store.unfollow("r1", "telegram", "vaxjo") == ["vaxjo"]
        assert await store.claim_outbox("telegram", "w2", now + 600, 60, 10) == []
        assert await store.follows_of("r1", "telegram") == ["hjo"]
        assert await store.unfollow("r1", "telegram", "vaxjo") == []
        # Retention: a follow not renewed within the period goes, with its news; a renewed one stays.
        assert await store.follows_of("r2", "web", renew_epoch=now + 100) == ["vaxjo"]
        await store.purge(now + 50, now + 50)
        assert await store.follows_of("r1", "telegram") == [] and await store.follows_of("r2", "web") == ["vaxjo"]
        assert await store.count_rows("outbox") == 0  # r2's shown news was older than the period
        assert await store.queue_news("vaxjo", '{"x": 3}', "digest-c", now + 200) == 1
        assert await store.delete_follows_of("r2") == 1
        assert await store.count_rows("follows") == 0 and await store.count_rows("outbox") == 0
    finally:
        await store.close()


async def test_a_chat_that_blocked_the_bot_follows_nothing_after_its_first_refusal(harness: Harness,
                                                                                  knowledge_copy: Path) -> None:
    services: Services = harness.app.bot_data
    await harness.send(message_update("/folj Växjö", chat_id=CHAT))
    await harness.send(message_update("/folj Hjo", chat_id=CHAT))
    resident = services.desk.resident("telegram", CHAT)
    assert await services.desk.db.follows_of(resident, "telegram") == ["hjo", "vaxjo"]
    harness.fake.fail("sendMessage", 403)  # Forbidden: the resident blocked the bot
    agreement, _ = cited(services)
    await reload_with(services, knowledge_copy, agreement.id, "Till en blockerad chatt")
    await eventually(lambda: harness.fake.sent("sendMessage!403"))

    async def gone() -> bool:
        return await services.desk.db.follows_of(resident, "telegram") == []

    for _ in range(250):
        if await gone():
            break
        await asyncio.sleep(0.02)
    assert await gone() and await services.desk.db.count_rows("outbox") == 0
