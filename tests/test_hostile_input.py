"""One resident must not break the bot for everyone (issue 25): text that is not valid Unicode is
refused at every entry with a message, one bad item in a batch fails only its own caller, and
closing always closes the database. On SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import io
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.cli import TerminalChat, _jsonl_reply
from bot.answering.engine import Conversation, Engine
from bot.concerns.desk import ConcernDesk
from bot.concerns.intake import IntakeState, Reply
from bot.errors import UnreadableText
from bot.settings import Settings
from bot.storage import Store, open_store
from handlers.services import Services
from handlers.web import chat
from handlers.web.app import create_app
from tests.fake_telegram import TOKEN, FakeTelegram, message_update
from tests.test_telegram import Harness, fast_limiter
from handlers.app import build_application

KEY = "issue-25-resident-key-" + "k" * 20
SWEDISH = UnreadableText.TEXT[0]


def settings_for(tmp_path: Path, database_url: str, **extra: Any) -> Settings:
    return Settings(data_dir=tmp_path / "data", database_url=database_url, resident_hash_key=KEY,
                    web_requests_per_minute=1000, concerns_per_hour=100, concerns_per_day=100, **extra)


@pytest.fixture()
async def web(tmp_path: Path, database_url: str) -> AsyncIterator[tuple[httpx.AsyncClient, Services]]:
    services = Services()
    await services.open(settings_for(tmp_path, database_url))
    app = create_app(services, chat.routes(services))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as http:
        yield http, services
    await services.close()


async def post(http: httpx.AsyncClient, body: Any) -> httpx.Response:
    """As a browser or a script sends it: JSON escapes, so a lone surrogate travels as \\udc00."""
    return await http.post("/api/chat", content=json.dumps(body).encode(),
                           headers={"content-type": "application/json"})


def conversation_id(n: int) -> str:
    return f"resident-conversation-{n:04d}"


async def to_summary(http: httpx.AsyncClient, conversation: str, description: str) -> httpx.Response:
    """Through the concern's steps, answering each with what fits, up to the summary."""
    response = await post(http, {"conversation": conversation, "text": "/synpunkt"})
    for _ in range(10):
        if response.status_code != 200:
            return response
        prompt = response.json()["outputs"][0]
        step, choices = prompt.get("step"), [c["id"] for c in prompt.get("choices", [])]
        if step == "summary":
            return response
        if step == "municipality":
            body: dict[str, Any] = {"choice": "kavlinge"}
        elif step == "category":
            body = {"choice": "annat" if "annat" in choices else choices[0]}
        elif step == "place":
            body = {"text": "Storgatan 1"}
        elif step == "description":
            body = {"text": description}
        elif step == "contact_wanted":
            body = {"choice": "no"}
        else:
            raise AssertionError(f"unexpected step {step}: {prompt}")
        response = await post(http, {"conversation": conversation, **body})
    raise AssertionError("the concern never reached its summary")


async def test_a_lone_surrogate_is_refused_and_everyone_else_is_served(
        web: tuple[httpx.AsyncClient, Services]) -> None:
    """The issue's load: 12 ordinary residents and 4 with "\\udc00" in the description press
    "Skicka" together. The four are told in Swedish; all twelve get receipts and are stored."""
    http, services = web
    ordinary = [conversation_id(n) for n in range(12)]
    hostile = [conversation_id(100 + n) for n in range(4)]
    summaries = await asyncio.gather(
        *(to_summary(http, c, "Bilar kör för fort vid skolan varje morgon") for c in ordinary),
        *(to_summary(http, c, "Mörkt vid stationen \udc00 varje kväll") for c in hostile))
    assert all(r.status_code == 200 for r in summaries[:12])
    for refused in summaries[12:]:
        assert refused.status_code == 400 and refused.json()["error"] == SWEDISH
    sent = await asyncio.gather(*(post(http, {"conversation": c, "choice": "send"}) for c in ordinary + hostile))
    assert [r.status_code for r in sent] == [200] * 16
    receipts = [r.json()["outputs"][0] for r in sent[:12]]
    assert all(r["kind"] == "receipt" for r in receipts)
    stored = await services.desk.db.concerns()
    assert sorted(c.service_request_id for c in stored) == sorted(r["reference"] for r in receipts)
    # Another resident's erasure still works, and a question with a lone surrogate is a 400.
    assert (await post(http, {"conversation": ordinary[0], "text": "/radera"})).status_code == 200
    erased = await post(http, {"conversation": ordinary[0], "choice": "delete-yes"})
    assert erased.status_code == 200 and "1 synpunkt" in erased.json()["outputs"][0]["text"]
    question = await post(http, {"conversation": ordinary[1], "text": "Vad gör Sölvesborg \ud800?"})
    assert question.status_code == 400 and question.json()["error"] == SWEDISH
    english = await http.post("/api/chat", content=json.dumps({"conversation": ordinary[1], "text": "a\ud800"}),
                              headers={"content-type": "application/json", "accept-language": "en"})
    assert english.status_code == 400 and english.json()["error"] == UnreadableText.TEXT[1]
    assert len(await services.desk.db.concerns()) == 11


@pytest.fixture()
async def desk(tmp_path: Path, database_url: str, engine: Engine) -> AsyncIterator[ConcernDesk]:
    opened = await ConcernDesk.open(tmp_path, engine, KEY, database_url=database_url)
    yield opened
    await opened.close()


async def test_the_core_refuses_unreadable_text_and_logs_none_of_it(desk: ConcernDesk) -> None:
    await desk.start("web", "r1", "kavlinge", "sv")
    with pytest.raises(UnreadableText):
        await desk.reply("web", "r1", Reply(text="Storgatan \udc00"))
    answer = desk.engine.answer("Vad kostar parkering \ud800?", Conversation())
    await desk.log_unanswered("Vad kostar parkering \ud800?", answer)
    assert await desk.db.unanswered() == []


async def test_a_session_the_database_cannot_take_does_not_stop_the_others(desk: ConcernDesk) -> None:
    """The write-behind kept a failed batch and retried it, so every later flush failed too."""
    bad = IntakeState(step="summary", municipality="kavlinge", description="x\udc00")
    desk._save("bad", "web", bad)  # noqa: SLF001 - as if it had got past the channels
    for n in range(5):
        await desk.start("web", f"r{n}", "kavlinge", "sv")
    await desk.flush()
    for n in range(5):
        assert await desk.db.load_session(desk.resident("web", f"r{n}"), "web") is not None
    assert await desk.db.load_session("bad", "web") is None
    await desk.start("web", "later", "kavlinge", "sv")
    await desk.flush()
    assert await desk.db.load_session(desk.resident("web", "later"), "web") is not None


async def test_one_bad_concern_in_a_group_commit_fails_only_its_own_caller(tmp_path: Path,
                                                                           database_url: str) -> None:
    store: Store = await open_store(tmp_path, database_url)
    try:
        import datetime as dt

        now = dt.datetime(2026, 11, 23, 12, tzinfo=dt.timezone.utc)

        def fields(description: str) -> dict[str, Any]:
            return {"municipality": "kavlinge", "service_code": "annat", "service_name": "Annat",
                    "description": description, "lat": None, "long": None, "address_string": None,
                    "contact": None}

        for n in range(8):
            await store.write_sessions([(f"r{n}", "web", {"step": "summary"}, now.timestamp())], [])
        results = await asyncio.gather(*(store.submit(f"r{n}", "web", "KAV", fields(
            "Mörkt \udc00" if n == 3 else "Mörkt vid stationen"), now) for n in range(8)), return_exceptions=True)
        assert isinstance(results[3], Exception) and store.refuses(results[3])
        good = [r for n, r in enumerate(results) if n != 3]
        assert all(isinstance(r, str) and r.startswith("KAV-2026-") for r in good) and len(set(good)) == 7
        assert await store.count_concerns() == 7
    finally:
        await store.close()


async def test_closing_closes_the_database_even_when_the_last_flush_fails(tmp_path: Path, database_url: str,
                                                                          engine: Engine) -> None:
    desk = await ConcernDesk.open(tmp_path, engine, KEY, database_url=database_url)
    await desk.start("web", "r1", "kavlinge", "sv")

    async def broken(*args: Any) -> None:
        raise RuntimeError("disk gone")

    desk._save("r1", "web", IntakeState(step="place", municipality="kavlinge"))  # noqa: SLF001
    desk.db.write_sessions = broken  # type: ignore[method-assign]
    with pytest.raises(RuntimeError):
        await desk.close()
    with pytest.raises(Exception):  # noqa: B017 - closed: any use of it fails
        await desk.db.schema_version()


async def test_telegram_refuses_a_lone_surrogate_with_a_message(tmp_path: Path) -> None:
    with FakeTelegram() as fake:
        settings = Settings(telegram_bot_token=TOKEN, telegram_api_base_url=fake.base_url,
                            data_dir=tmp_path / "data", resident_hash_key=KEY)
        app = build_application(settings, rate_limiter=fast_limiter())
        async with app:
            await app.post_init(app)
            harness = Harness(app, fake)
            # As the Bot API sends it: JSON, where a lone surrogate is an escape.
            await harness.send(json.loads(json.dumps(message_update("Vad gör Sölvesborg \udc00?", chat_id=7))))
            assert harness.replies(7)[-1] == SWEDISH
            await harness.send(json.loads(json.dumps(message_update("/synpunkt", chat_id=7))))
            await harness.send(json.loads(json.dumps(message_update("Kävlinge \ud800", chat_id=7))))
            assert harness.replies(7)[-1] == SWEDISH
            await harness.send(message_update("Vad fokuserar Sölvesborg på?", chat_id=8))
            assert "Sölvesborg" in harness.replies(8)[-1]
            await app.post_shutdown(app)


async def test_the_terminal_refuses_a_lone_surrogate_with_a_message(tmp_path: Path, engine: Engine) -> None:
    lines = iter(["Vad gör Sölvesborg \udc00?\n", "Vad fokuserar Sölvesborg på?\n", ""])
    out = io.StringIO()
    desk = await ConcernDesk.open(tmp_path, engine, KEY)
    await TerminalChat(desk, out, lambda: next(lines)).run()
    assert SWEDISH in out.getvalue() and "Minskad tillgreppsbrottslighet" in out.getvalue()
    out.getvalue().encode("utf-8")  # all of it can be written to a terminal


def test_the_terminal_jsonl_mode_answers_bad_lines_with_an_error(engine: Engine) -> None:
    conversations: dict[str, Conversation] = {}
    for line in ["[" * 100_000, json.dumps({"conversation": "a", "text": "hej \udc00"}),
                 json.dumps({"conversation": "\ud800", "text": "hej"})]:
        reply = _jsonl_reply(engine, conversations, line)
        assert "error" in reply
        json.dumps(reply, ensure_ascii=False).encode("utf-8")
