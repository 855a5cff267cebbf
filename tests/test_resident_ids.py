"""No resident id in clear anywhere (issue 25): chat contexts and Telegram's chat state are keyed by
the keyed hash, old rows and old chat-state files are rekeyed on start, and neither the data dir nor
a full dump of the database holds a Telegram id or a web conversation id, as text or as a packed
integer. On SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import struct
import subprocess
import time
from pathlib import Path

import httpx
from telegram.ext import PersistenceInput, PicklePersistence

from bot.answering.engine import Conversation
from bot.concerns.privacy import ResidentHasher
from bot.settings import Settings
from bot.storage import DATABASE_FILE, open_store
from handlers.telegram.app import build_application
from handlers.services import Services
from handlers.web import chat
from handlers.web.app import create_app
from tests.fake_telegram import TOKEN, FakeTelegram, message_update
from tests.pg import _bin
from tests.test_telegram import Harness, fast_limiter

KEY = "issue-25-resident-key-" + "k" * 20
PRIVATE = 987_654_321  # a private chat: its id is the user's id
GROUP, GROUP_USER = -1_009_876_543_210, 876_543_219
WEB_ID = "resident-web-conversation-7f3a9c"


def packed(number: int) -> list[bytes]:
    """An integer as a file may hold it: 32- and 64-bit either way round, and pickle's minimal
    two's complement."""
    forms = [struct.pack("<q", number), struct.pack(">q", number)]
    if -2**31 <= number < 2**31:
        forms += [struct.pack("<i", number), struct.pack(">i", number)]
    length = (number.bit_length() + 8) // 8
    forms += [number.to_bytes(length, "little", signed=True), number.to_bytes(length, "big", signed=True)]
    return forms


def needles() -> dict[str, bytes]:
    found = {f"text {PRIVATE}": str(PRIVATE).encode(), f"text {GROUP}": str(GROUP).encode(),
             f"text {abs(GROUP)}": str(abs(GROUP)).encode(), f"text {GROUP_USER}": str(GROUP_USER).encode(),
             "web id": WEB_ID.encode(), "web id utf-16": WEB_ID.encode("utf-16-le")}
    for number in (PRIVATE, GROUP, GROUP_USER):
        for n, form in enumerate(packed(number)):
            found[f"packed {number} #{n}"] = form
    return found


def dump(data_dir: Path, database_url: str) -> bytes:
    """A full dump of the database, as an administrator would take it."""
    if database_url:
        pg_dump = _bin("pg_dump")
        assert pg_dump, "pg_dump is part of Debian's postgresql package"
        return subprocess.run([pg_dump, "--no-owner", database_url], check=True, capture_output=True).stdout
    with sqlite3.connect(data_dir / DATABASE_FILE) as connection:
        return "\n".join(connection.iterdump()).encode()


def leaks(data_dir: Path, database_url: str) -> list[str]:
    places = {str(path.relative_to(data_dir)): path.read_bytes() for path in data_dir.rglob("*") if path.is_file()}
    places["database dump"] = dump(data_dir, database_url)
    assert places["database dump"]
    return [f"{name} in {place}" for place, content in places.items() for name, needle in needles().items()
            if needle in content]


async def use_every_channel(data_dir: Path, database_url: str) -> None:
    """A web resident and Telegram residents in a private chat and a group, as they would."""
    settings = Settings(telegram_bot_token=TOKEN, data_dir=data_dir, database_url=database_url,
                        resident_hash_key=KEY)
    with FakeTelegram() as fake:
        settings = Settings(**{**settings.__dict__, "telegram_api_base_url": fake.base_url})
        app = build_application(settings, rate_limiter=fast_limiter())
        async with app:
            await app.post_init(app)
            harness = Harness(app, fake)
            await harness.send(message_update("Berätta om Vellinge", chat_id=PRIVATE))
            await harness.send(message_update("Och hur länge gäller det?", chat_id=PRIVATE))
            assert "Vellinge" in harness.replies(PRIVATE)[-1]
            await harness.send(message_update("/synpunkt", chat_id=PRIVATE))
            await harness.send(message_update("@trygghets_test_bot Vad fokuserar Sölvesborg på?", chat_id=GROUP,
                                              user_id=GROUP_USER, chat_type="supergroup"))
            assert "Sölvesborg" in harness.replies(GROUP)[-1]
            services: Services = app.bot_data
            web = create_app(services, chat.routes(services))
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=web), base_url="http://t") as http:
                for text in ("Berätta om Kävlinge", "/synpunkt"):
                    response = await http.post("/api/chat", json={"conversation": WEB_ID, "text": text})
                    assert response.status_code == 200
            await app.update_persistence()
            await app.post_shutdown(app)


async def test_no_id_in_the_data_dir_or_the_database(tmp_path: Path, database_url: str) -> None:
    data_dir = tmp_path / "data"
    await use_every_channel(data_dir, database_url)
    assert (data_dir / "telegram_chats.pickle").exists()
    assert leaks(data_dir, database_url) == []


async def test_hearing_back_keeps_no_id_in_clear(tmp_path: Path, database_url: str) -> None:
    """Issue #34: a Telegram resident who asked to hear back, a message sent and one waiting, the web
    resident's news, a follow of a kommun with its news waiting: the chat id is in the new tables only
    encrypted, in no file and no dump."""
    from bot.settings import StaffMember  # noqa: PLC0415
    from tests.fake_telegram import callback_update  # noqa: PLC0415

    data_dir = tmp_path / "data"
    staff = StaffMember(None, None, "Anna", "anna")
    with FakeTelegram() as fake:
        settings = Settings(telegram_bot_token=TOKEN, telegram_api_base_url=fake.base_url, data_dir=data_dir,
                            database_url=database_url, resident_hash_key=KEY, telegram_messages_per_second=1000)
        app = build_application(settings)
        async with app:
            await app.post_init(app)
            harness = Harness(app, fake)
            services: Services = app.bot_data
            for text in ("Vad fokuserar Sölvesborg på?", "/synpunkt"):
                await harness.send(message_update(text, chat_id=PRIVATE))
            for data in ("c|trafik", "c|skip"):
                await harness.send(callback_update(data, chat_id=PRIVATE))
            await harness.send(message_update("Bilarna kör för fort förbi skolan", chat_id=PRIVATE))
            for data in ("c|no", "c|send"):
                await harness.send(callback_update(data, chat_id=PRIVATE))
            (concern,) = await services.desk.db.concerns()
            reference = concern.service_request_id
            await harness.send(callback_update(f"u|yes|{reference}", chat_id=PRIVATE))
            assert await services.desk.db.update_request(reference) is not None
            await services.staff.change_status(staff, reference, "in_progress", "Vi tittar på det")
            for _ in range(500):  # sent and marked
                if all(row.sent_epoch for row in await services.desk.db.outbox_of(reference)):
                    break
                await asyncio.sleep(0.02)
            for sender in app.outbox_senders:  # type: ignore[attr-defined]
                await sender.stop()
            await services.staff.change_status(staff, reference, "in_lagesbild", "")  # one waiting
            assert [row.sent_epoch is None for row in await services.desk.db.outbox_of(reference)] == [False, True]
            # A follow of Växjö (item 4): its row holds the encrypted chat id, and a news row waits with a copy.
            await harness.send(message_update("/folj Växjö", chat_id=PRIVATE))
            assert await services.desk.db.follows_of(services.desk.resident("telegram", PRIVATE), "telegram") == ["vaxjo"]
            news = [c for c in services.engine.knowledge.municipalities["vaxjo"].agreements]
            from bot.concerns.news import AgreementChange  # noqa: PLC0415
            queued = await services.dialogue.follows.announce([AgreementChange("vaxjo", news[0], "changed", None)])
            assert queued == 1
            await app.update_persistence()
            await app.post_shutdown(app)
    assert leaks(data_dir, database_url) == []


async def test_old_rows_and_old_chat_state_are_rekeyed_and_keep_their_context(tmp_path: Path,
                                                                             database_url: str) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    store = await open_store(data_dir, database_url)
    vellinge = Conversation(municipality="vellinge", topic="overview", updated=time.time()).to_dict()
    await store.save_conversation(f"telegram:{PRIVATE}", vellinge, time.time())
    await store.save_conversation(f"telegram:{GROUP}", vellinge, time.time())
    await store.save_conversation(f"web:{WEB_ID}", vellinge, time.time())
    await store.close()
    # The chat state file as python-telegram-bot's PicklePersistence wrote it, by chat id.
    old = PicklePersistence(data_dir / "telegram_chats.pickle", update_interval=5,
                            store_data=PersistenceInput(bot_data=False, user_data=False, chat_data=True,
                                                        callback_data=False))
    await old.update_chat_data(PRIVATE, {"conversation": vellinge, "location_keyboard_shown": True})
    await old.flush()
    assert str(PRIVATE).encode() in dump(data_dir, database_url)

    settings = Settings(data_dir=data_dir, database_url=database_url, resident_hash_key=KEY)
    with FakeTelegram() as fake:
        settings = Settings(**{**settings.__dict__, "telegram_bot_token": TOKEN,
                               "telegram_api_base_url": fake.base_url})
        app = build_application(settings, rate_limiter=fast_limiter())
        async with app:
            await app.post_init(app)
            hasher = ResidentHasher.from_data_dir(data_dir, KEY)
            assert app.chat_data == {}  # nothing by id, until the chat's next update
            harness = Harness(app, fake)
            # The context survived the move: the follow-up is about Vellinge.
            await harness.send(message_update("Och hur länge gäller det?", chat_id=PRIVATE))
            assert "Vellinge" in harness.replies(PRIVATE)[-1]
            assert app.chat_data[PRIVATE].get("location_keyboard_shown") is True
            services: Services = app.bot_data
            assert await services.desk.db.load_conversation(hasher.context("web", WEB_ID)) == vellinge
            web = create_app(services, chat.routes(services))
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=web), base_url="http://t") as http:
                response = await http.post("/api/chat", json={"conversation": WEB_ID,
                                                              "text": "Och hur länge gäller det?"})
                assert "Vellinge" in json.dumps(response.json(), ensure_ascii=False)
            await app.update_persistence()
            await app.post_shutdown(app)
    assert leaks(data_dir, database_url) == []


def test_the_hash_of_a_context_is_not_the_residents() -> None:
    hasher = ResidentHasher(KEY.encode())
    assert hasher.context("telegram", PRIVATE) != hasher.resident("telegram", PRIVATE)
    assert hasher.context("telegram", PRIVATE) == hasher.context("telegram", str(PRIVATE))
