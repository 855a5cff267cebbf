"""Residents hear back (issue #34), over the fake Bot API, on SQLite and PostgreSQL: the question
under a receipt, one message per status change with the reference and the note, nothing for an
internal note, the chat id only encrypted and gone on close and on /radera, and the web chat's news
on return."""

from __future__ import annotations

import asyncio
import datetime as dt
import re
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import TypeVar

import httpx
import pytest

from bot.concerns.updates import ChatIdCipher, Notification
from bot.settings import Settings, StaffMember
from bot.storage.records import OutboxRow, UpdateRequest
from handlers.services import Services
from handlers.telegram.app import build_application
from handlers.telegram.outbox import render
from handlers.web import chat
from handlers.web.app import create_app
from tests.fake_telegram import TOKEN, FakeTelegram, callback_update, message_update
from tests.test_resident_ids import dump
from tests.test_telegram import Harness
from tests.test_web_staff import NOW, Console, console, signed_in  # noqa: F401 - the console fixture

T = TypeVar("T")
KEY = "issue-34-resident-key-" + "k" * 20
CHAT = 612_345_678
ANNA = StaffMember(None, None, "Anna Andersson", "anna")
NOTE = "Vi har beställt ny belysning till gångtunneln."
WEB_ID = "hearing-back-web-conversation-01"


@pytest.fixture()
async def harness(tmp_path: Path, database_url: str) -> AsyncIterator[Harness]:
    with FakeTelegram() as fake:
        settings = Settings(telegram_bot_token=TOKEN, telegram_api_base_url=fake.base_url,
                            data_dir=tmp_path / "data", database_url=database_url, resident_hash_key=KEY,
                            telegram_messages_per_second=1000, staff=(ANNA,))
        app = build_application(settings)  # the production limiter, its rate raised by the setting
        async with app:
            await app.post_init(app)
            yield Harness(app, fake)
            await app.post_shutdown(app)


def buttons(markup: dict[str, object]) -> list[str]:
    rows = markup.get("inline_keyboard") or []
    assert isinstance(rows, list)
    return [str(b["callback_data"]) for row in rows for b in row if "callback_data" in b]


async def concern_in_telegram(harness: Harness, chat_id: int = CHAT) -> str:
    await harness.send(message_update("Vad fokuserar Sölvesborg på?", chat_id=chat_id))
    await harness.send(message_update("/synpunkt", chat_id=chat_id))
    for data in ("c|trafik", "c|skip"):
        await harness.send(callback_update(data, chat_id=chat_id))
    await harness.send(message_update("Bilarna kör för fort förbi skolan varje morgon", chat_id=chat_id))
    await harness.send(callback_update("c|no", chat_id=chat_id))
    await harness.send(callback_update("c|send", chat_id=chat_id))
    receipt = harness.fake.sent_to(chat_id)[-1].params
    found = re.search(r"Referensnummer: (\S+)\.", str(receipt["text"]))
    assert found, receipt["text"]
    reference = found[1]
    assert str(receipt["text"]).endswith("Vill du få besked när kommunen har tittat på det?")
    assert buttons(receipt["reply_markup"]) == [f"u|yes|{reference}", f"u|no|{reference}"]
    return reference


async def eventually(predicate: Callable[[], T], timeout: float = 20.0) -> T:
    """The fake's wait_for sleeps the thread; the sender runs on this event loop, so wait by awaiting."""
    for _ in range(int(timeout / 0.02)):
        result = predicate()
        if result:
            return result
        await asyncio.sleep(0.02)
    raise AssertionError(f"not within {timeout}s")


async def marked(services: Services, reference: str, count: int) -> list[OutboxRow]:
    """The concern's outbox once `count` rows are marked sent (the mark follows the send)."""
    for _ in range(500):
        rows = await services.desk.db.outbox_of(reference)
        if len(rows) == count and all(row.sent_epoch is not None for row in rows):
            return rows
        await asyncio.sleep(0.02)
    raise AssertionError(f"not marked sent: {rows}")


def news(harness: Harness, chat_id: int = CHAT) -> list[str]:
    return [str(c.params["text"]) for c in harness.fake.sent_to(chat_id) if "Nytt besked" in str(c.params["text"])]


async def test_a_status_change_sends_one_message_with_the_reference_and_the_note(harness: Harness) -> None:
    reference = await concern_in_telegram(harness)
    await harness.send(callback_update(f"u|yes|{reference}", chat_id=CHAT))
    assert "Jag skriver till dig här" in harness.fake.sent_to(CHAT)[-1].params["text"]
    services: Services = harness.app.bot_data
    request = await services.desk.db.update_request(reference)
    assert request is not None and request.channel == "telegram" and request.address
    assert str(CHAT) not in request.address  # encrypted, and the key opens it
    assert ChatIdCipher.of(services.desk).decrypt(request.address) == str(CHAT)

    await services.staff.change_status(ANNA, reference, "in_progress", NOTE)
    (message,) = await eventually(lambda: news(harness))
    assert f"Nytt besked om din synpunkt {reference}" in message and "Status: pågår." in message
    assert f"Kommunen skriver: {NOTE}" in message
    sent = harness.fake.sent_to(CHAT)[-1].params
    assert sent["parse_mode"] == "HTML" and str(sent["text"]).startswith(f"<b>Nytt besked om din synpunkt {reference}</b>")

    # An internal note is kept for staff only: nothing is sent, and the resident's note stays.
    await services.staff.change_status(ANNA, reference, "in_progress", NOTE, internal="Ring gatuchefen på måndag")
    (sender,) = harness.app.outbox_senders  # type: ignore[attr-defined]
    await sender.once()
    assert len(news(harness)) == 1
    outbox = await marked(services, reference, 1)
    assert len(outbox) == 1 and outbox[0].address is None
    _, audit = await services.staff.concern(ANNA, reference)
    assert [e.action for e in audit][-2:] == ["status", "internal_note"]
    assert "Ring gatuchefen" not in " ".join(str(c.params) for c in harness.fake.sent())
    concern = await services.desk.db.concern(reference)
    assert concern is not None and concern.status_notes == NOTE

    # Closing sends the last message, then the chat id is gone from the request and the outbox.
    await services.staff.change_status(ANNA, reference, "closed", "Belysningen är lagad.")
    await eventually(lambda: len(news(harness)) == 2)
    assert "Synpunkten är avslutad" in news(harness)[-1]
    request = await services.desk.db.update_request(reference)
    assert request is not None and request.address is None
    rows = await marked(services, reference, 2)
    assert all(row.address is None for row in rows)


async def test_no_answer_or_no_keeps_nothing(harness: Harness) -> None:
    reference = await concern_in_telegram(harness)
    await harness.send(callback_update(f"u|no|{reference}", chat_id=CHAT))
    assert "du får inga besked" in harness.fake.sent_to(CHAT)[-1].params["text"]
    services: Services = harness.app.bot_data
    assert await services.desk.db.update_request(reference) is None
    await services.staff.change_status(ANNA, reference, "in_progress", NOTE)
    assert await services.desk.db.outbox_of(reference) == []
    # Another resident cannot ask for news of someone else's concern.
    await harness.send(callback_update(f"u|yes|{reference}", chat_id=CHAT + 1))
    assert await services.desk.db.update_request(reference) is None


async def test_radera_leaves_no_chat_id_in_the_data_dir_or_the_database(harness: Harness, tmp_path: Path,
                                                                       database_url: str) -> None:
    reference = await concern_in_telegram(harness)
    await harness.send(callback_update(f"u|yes|{reference}", chat_id=CHAT))
    services: Services = harness.app.bot_data
    request = await services.desk.db.update_request(reference)
    assert request is not None and request.address
    token = request.address.encode()
    # A message waiting (the sender stopped), so the outbox holds a copy of the encrypted id too.
    for sender in harness.app.outbox_senders:  # type: ignore[attr-defined]
        await sender.stop()
    await services.staff.change_status(ANNA, reference, "in_progress", NOTE)
    (waiting,) = await services.desk.db.outbox_of(reference)
    assert waiting.address == request.address
    data_dir = tmp_path / "data"
    assert token in dump(data_dir, database_url)
    await harness.send(message_update("/radera", chat_id=CHAT))
    await harness.send(callback_update("d|yes", chat_id=CHAT))
    assert await services.desk.db.update_request(reference) is None and await services.desk.db.outbox_of(reference) == []
    await harness.app.update_persistence()
    places = {str(p.relative_to(data_dir)): p.read_bytes() for p in data_dir.rglob("*") if p.is_file()}
    places["database dump"] = dump(data_dir, database_url)
    for name, content in places.items():
        assert token not in content, name
        assert str(CHAT).encode() not in content, name


def test_the_message_is_escaped_for_telegram() -> None:
    text = render(Notification("SOL-2026-000001", "in_progress", "<b>Vi</b> & de", "sv"))
    assert "&lt;b&gt;Vi&lt;/b&gt; &amp; de" in text and text.startswith("<b>Nytt besked")
    english = Notification("SOL-2026-000001", "closed", "", "en").text()
    assert "Status: closed." in english and "no more news" in english


async def test_the_web_chat_shows_the_news_when_the_resident_returns(tmp_path: Path, database_url: str) -> None:
    services = Services()
    await services.open(Settings(data_dir=tmp_path / "data", database_url=database_url, resident_hash_key=KEY,
                                 web_requests_per_minute=1000, staff=(ANNA,)))
    app = create_app(services, chat.routes(services))
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as http:
            async def post(**body: object) -> list[dict[str, object]]:
                response = await http.post("/api/chat", json={"conversation": WEB_ID, **body})
                assert response.status_code == 200, response.text
                outputs: list[dict[str, object]] = response.json()["outputs"]
                return outputs

            await post(text="Vad fokuserar Sölvesborg på?")
            for body in ({"text": "/synpunkt"}, {"choice": "trafik"}, {"choice": "skip"},
                         {"text": "Bilarna kör för fort förbi skolan varje morgon"}, {"choice": "no"}):
                await post(**body)
            (receipt,) = await post(choice="send")
            reference = str(receipt["reference"])
            assert [c["id"] for c in receipt["choices"]] == [f"updates-yes:{reference}", f"updates-no:{reference}"]  # type: ignore[attr-defined]
            (answer, *_) = await post(text="ja")  # typed: the question waits for ja or nej
            assert answer["kind"] == "updates" and "när du kommer tillbaka" in str(answer["text"])
            request = await services.desk.db.update_request(reference)
            assert request is not None and request.channel == "web" and request.address is None
            await services.staff.change_status(ANNA, reference, "in_progress", NOTE)
            first, *rest = await post(text="/start")
            assert first["kind"] == "updates" and reference in str(first["text"]) and NOTE in str(first["text"])
            assert [o["kind"] for o in rest] == ["welcome"]
            again = await post(text="/start")  # shown once
            assert [o["kind"] for o in again] == ["welcome"]
            (mine,) = await post(text="/mina")
            assert NOTE in str(mine["text"])
            (row,) = await services.desk.db.outbox_of(reference)
            assert row.sent_epoch is not None
            assert await services.desk.db.answered_counts(services.staff.query(ANNA, services.staff.filters(ANNA, {}))) == 1
    finally:
        await services.close()


async def test_the_console_changes_several_at_once_and_shows_what_was_sent(console: Console) -> None:
    """The list's bulk change: CSRF checked, the ticked concerns get one status and note; a concern's
    page says whether its resident asked to hear back and what was sent when."""
    csrf = await signed_in(console)
    services = console.services
    first, second, third = console.references["solvesborg"]
    asked = UpdateRequest(first, "web", None, "sv", NOW.timestamp())
    assert await services.desk.db.request_updates(first, services.desk.resident("web", "s0"), asked)
    page = await console.http.get("/staff/synpunkter")
    assert f'name="ref" value="{first}" form="bulk"' in page.text and 'action="/staff/synpunkter/andra-flera"' in page.text
    refused = await console.http.post("/staff/synpunkter/andra-flera", data={
        "csrf": "wrong", "ref": [first, second], "status": "in_progress", "note": "x"})
    assert refused.status_code == 403
    vellinge = console.references["vellinge"][0]
    denied = await console.http.post("/staff/synpunkter/andra-flera", data={
        "csrf": csrf, "ref": [first, vellinge], "status": "closed", "note": ""})
    assert denied.status_code == 403
    done = await console.http.post("/staff/synpunkter/andra-flera", data={
        "csrf": csrf, "ref": [first, second], "status": "in_progress", "note": "Vi <b>tittar</b> på det",
        "intern": "Fråga gatukontoret", "tillbaka": "?kommun=solvesborg"})
    assert done.status_code == 303 and done.headers["location"] == "/staff/synpunkter?kommun=solvesborg&andrade=2"
    listed = await console.http.get(done.headers["location"])
    assert "2 synpunkter ändrade." in listed.text
    statuses = {r: (await services.desk.db.concern(r)).status for r in (first, second, third)}  # type: ignore[union-attr]
    assert statuses == {first: "in_progress", second: "in_progress", third: "open"}
    assert len(await services.desk.db.outbox_of(first)) == 1 and await services.desk.db.outbox_of(second) == []
    shown = await console.http.get(f"/staff/synpunkter/{first}")
    assert "Invånaren vill ha besked i webbchatten" in shown.text
    assert "Visas när invånaren kommer tillbaka" in shown.text
    assert "Vi &lt;b&gt;tittar&lt;/b&gt; på det" in shown.text and "intern anteckning" in shown.text
    other = await console.http.get(f"/staff/synpunkter/{second}")
    assert "Invånaren har inte bett om besked." in other.text
    await services.desk.db.take_shown(services.desk.resident("web", "s0"), "web", NOW.timestamp() + 60)
    shown = await console.http.get(f"/staff/synpunkter/{first}")
    assert "(visat i webbchatten)" in shown.text


async def test_the_lagesbild_counts_the_concerns_answered_to_their_resident(console: Console) -> None:
    from bot.staff import digest  # noqa: PLC0415

    services = console.services
    first, second, _ = console.references["solvesborg"]
    for reference, resident in ((first, "s0"), (second, "s1")):
        asked = UpdateRequest(reference, "web", None, "sv", NOW.timestamp())
        assert await services.desk.db.request_updates(reference, services.desk.resident("web", resident), asked)
    await services.staff.change_statuses(ANNA, [first, second], "in_progress", "Vi tittar på det")
    await services.desk.db.take_shown(services.desk.resident("web", "s0"), "web", NOW.timestamp() + 60)
    admin = StaffMember(None, None, "Alla Admin", "admin")
    made = await digest.build(services.staff, admin, "solvesborg", NOW.date() - dt.timedelta(days=30), NOW.date())
    assert made.answered == 1  # shown to one resident; the other's news still waits for their return
    assert "Besked: 1 synpunkt av 3 fick ett besked till invånaren" in " ".join(made.notes)
