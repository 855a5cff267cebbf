"""Residents' data and staff exports never go to a group chat (real Updates, Telegram faked over HTTP)."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.settings import Settings, StaffMember
from handlers.telegram.app import build_application
from tests.fake_telegram import TOKEN, FakeTelegram, callback_update, message_update
from tests.test_telegram import Harness, fast_limiter

STAFF_ID = 111
RESIDENT_ID = 4242
PRIVATE_ONLY = ["/export solvesborg csv", "/export", "/statistik solvesborg", "/statistics", "/status SOL-2026-000001 closed",
                "/reload", "/ladda", "/mina", "/mine", "/radera", "/delete", "/synpunkt", "/forslag", "/concern",
                "/synpunkt@trygghets_test_bot", "/SYNPUNKT"]


@pytest.fixture()
async def harness(tmp_path: Path) -> AsyncIterator[Harness]:
    with FakeTelegram() as fake:
        settings = Settings(telegram_bot_token=TOKEN, telegram_api_base_url=fake.base_url,
                            data_dir=tmp_path / "data", staff=(StaffMember(STAFF_ID, None, "Sam"),))
        app = build_application(settings, rate_limiter=fast_limiter())
        async with app:
            await app.post_init(app)
            yield Harness(app, fake)
            await app.post_shutdown(app)


async def a_stored_concern(harness: Harness, user_id: int = RESIDENT_ID) -> str:
    await harness.send(message_update("/synpunkt", chat_id=user_id))
    for choice in ("c|solvesborg", "c|trafik", "c|skip"):
        await harness.send(callback_update(choice, chat_id=user_id))
    await harness.send(message_update("Bilar kör för fort vid skolan varje morgon", chat_id=user_id))
    await harness.send(callback_update("c|no", chat_id=user_id))
    await harness.send(callback_update("c|send", chat_id=user_id))
    receipt = harness.replies(user_id)[-1]
    assert "Referensnummer: SOL-" in receipt
    return receipt.split("Referensnummer: ")[1].split(".")[0]


def group_output(harness: Harness, group: int) -> list[Any]:
    return [c for c in harness.fake.calls if str(c.params.get("chat_id")) == str(group)]


@pytest.mark.parametrize("chat_type", ["group", "supergroup"])
@pytest.mark.parametrize("command", PRIVATE_ONLY)
async def test_private_commands_in_a_group_get_one_data_free_line(harness: Harness, chat_type: str,
                                                                  command: str) -> None:
    reference = await a_stored_concern(harness)
    group = -100777
    for user_id in (STAFF_ID, RESIDENT_ID):
        before = len(group_output(harness, group))
        await harness.send(message_update(command, chat_id=group, user_id=user_id, chat_type=chat_type))
        sent = group_output(harness, group)[before:]
        assert [c.method for c in sent] == ["sendMessage"], sent  # no document, no photo
        text = str(sent[0].params["text"])
        assert text.startswith("Skriv till mig privat")
        assert reference not in text and "Bilar" not in text and "Sölvesborg" not in text
        (button,) = [b for row in sent[0].params["reply_markup"]["inline_keyboard"] for b in row]
        payload = "?start=synpunkt" if "synpunkt" in command.lower() or "forslag" in command or "concern" in command else ""
        assert button["url"] == f"https://t.me/trygghets_test_bot{payload}"
    # Nothing was started in the resident's name by the group command.
    assert await harness.app.bot_data.desk.current("telegram", RESIDENT_ID) is None


async def test_a_wish_to_report_in_a_group_points_to_the_private_chat(harness: Harness) -> None:
    group = -100778
    await harness.send(message_update("@trygghets_test_bot jag vill tycka till om en otrygg plats i Vellinge",
                                      chat_id=group, user_id=RESIDENT_ID, chat_type="supergroup"))
    (sent,) = group_output(harness, group)
    assert str(sent.params["text"]).startswith("Skriv till mig privat")
    (button,) = [b for row in sent.params["reply_markup"]["inline_keyboard"] for b in row]
    assert button["url"].endswith("?start=synpunkt")
    assert await harness.app.bot_data.desk.current("telegram", RESIDENT_ID) is None


async def test_a_concern_in_progress_never_continues_in_a_group(harness: Harness) -> None:
    await harness.send(message_update("/synpunkt"))
    await harness.send(callback_update("c|kavlinge"))
    group = -100779
    await harness.send(message_update("@trygghets_test_bot Trafik", chat_id=group, user_id=RESIDENT_ID,
                                      chat_type="supergroup"))
    assert all("Var är det?" not in str(c.params.get("text")) for c in group_output(harness, group))
    # The concern is still waiting in the private chat, at the same step.
    current = await harness.app.bot_data.desk.current("telegram", RESIDENT_ID)
    assert current is not None and current.step == "category"


async def test_staff_command_in_a_group_is_logged(harness: Harness, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="bot.dialogue"):
        await harness.send(message_update("/export solvesborg", chat_id=-100780, user_id=STAFF_ID,
                                          chat_type="supergroup"))
    (record,) = [r for r in caplog.records if r.name == "bot.dialogue"]
    assert record.levelno == logging.WARNING
    assert "/export" in record.getMessage() and str(STAFF_ID) in record.getMessage()
    assert "-100780" in record.getMessage()


async def test_questions_and_help_still_work_in_a_group(harness: Harness) -> None:
    group = -100781
    await harness.send(message_update("/hjalp", chat_id=group, chat_type="supergroup"))
    await harness.send(message_update("@trygghets_test_bot Vad fokuserar Vellinge på?", chat_id=group,
                                      chat_type="supergroup"))
    texts = [str(c.params["text"]) for c in group_output(harness, group)]
    assert texts[0].startswith("Skriv en fråga") and "Trygga unga" in texts[1]


async def test_the_deep_link_opens_the_concern_flow_in_private(harness: Harness) -> None:
    await harness.send(message_update("/start synpunkt"))
    assert "Det här är inte en polisanmälan." in harness.replies()[-1]
    assert await harness.app.bot_data.desk.current("telegram", RESIDENT_ID) is not None


async def test_private_chat_staff_export_still_works(harness: Harness) -> None:
    await a_stored_concern(harness)
    await harness.send(message_update("/export solvesborg csv", chat_id=STAFF_ID))
    (document,) = harness.fake.sent("sendDocument")
    assert int(document.params["chat_id"]) == STAFF_ID
