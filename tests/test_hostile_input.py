"""One resident must not break the bot for everyone (issue 25): text that is not valid Unicode is
refused at every entry with a message, one bad item in a batch fails only its own caller, and
closing always closes the database. On SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import io
import json
import logging
import re
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import openpyxl
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.cli.chat import TerminalChat, jsonl_reply
from bot.answering.engine import Conversation, Engine
from bot.concerns.desk import ConcernDesk
from bot.concerns.intake import IntakeState, Reply
from bot.errors import UnreadableText
from bot.settings import Settings, StaffMember
from bot.staff import ExportRequest, StaffDesk
from bot.staff.accounts import hash_password
from bot.storage import Store, open_store
from handlers.services import Services
from handlers.web import chat, staff
from handlers.web.app import create_app
from handlers.telegram.app import build_application, webhook_route
from tests.fake_telegram import TOKEN, FakeTelegram, callback_update, message_update
from tests.test_telegram import Harness, fast_limiter

KEY = "issue-25-resident-key-" + "k" * 20
SWEDISH = UnreadableText.TEXT[0]
PASSWORD = "fuzzing staff password 1"


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
        reply = jsonl_reply(engine, conversations, line)
        assert "error" in reply
        json.dumps(reply, ensure_ascii=False).encode("utf-8")


# -- fuzzing every channel's entry ------------------------------------------------------------------

SPECIAL = ["\ud800", "\udc00", "\udfff", "\x00", "\x01", "\x0b", "\x1b", "\x7f", "\ufffe", "\uffff", "\u202e",
           "\u200f", "\r", "\n", "\t", "=", ",", ";", '"', "/", "@", "[", "{", "🚓"]
HOSTILE = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.characters(), st.sampled_from(SPECIAL)), max_size=300).map("".join),
    st.sampled_from(["/synpunkt", "/radera", "/mina", "/export 9999-12-31", "/status SOL-2026-000001 klar \udc00"]),
)
DEEP = st.builds(lambda n, opener, whole: opener * n + ({"[": "]", "{": "}"}[opener[0]] * n if whole else ""),
                 st.integers(1, 120_000), st.sampled_from(["[", '{"a":']), st.booleans())


class Errors(logging.Handler):
    """Errors logged anywhere: Telegram's error handler answers politely and logs, so a handler
    that raised would otherwise go unseen."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


class Channels:
    """Every channel's entry on one event loop: the web API, Telegram through the fake Bot API
    (updates as JSON, the way the Bot API sends them, and its webhook route), and the terminal."""

    def __init__(self, tmp_path: Path, fake: FakeTelegram) -> None:
        self.loop = asyncio.new_event_loop()
        self.settings = Settings(telegram_bot_token=TOKEN, telegram_api_base_url=fake.base_url,
                                 data_dir=tmp_path / "data", resident_hash_key=KEY, web_requests_per_minute=100_000,
                                 concerns_per_hour=10_000, concerns_per_day=10_000, web_cookie_secure=False,
                                 staff=(StaffMember(4242, None, "Admin"),
                                        StaffMember(None, None, "Webbadmin", "webbadmin", hash_password(PASSWORD))))
        self.app = build_application(self.settings, rate_limiter=fast_limiter())
        self.run(self.app.initialize())
        self.run(self.app.post_init(self.app))  # type: ignore[misc]
        self.services: Services = self.app.bot_data
        self.telegram = Harness(self.app, fake)
        web = create_app(self.services, [*chat.routes(self.services), *staff.routes(self.services),
                                         webhook_route(self.app, "/telegram", "s" * 32)])
        self.http = httpx.AsyncClient(transport=httpx.ASGITransport(app=web), base_url="http://t")
        self.out = io.StringIO()
        self.terminal = TerminalChat(self.services.desk, self.out, lambda: "")
        self.residents = 0
        self.surveys = 0
        self.signed_in = False
        self.errors = Errors()

    def run(self, coroutine: Any) -> Any:
        return self.loop.run_until_complete(coroutine)

    def close(self) -> None:
        self.run(self.http.aclose())
        self.run(self.app.post_shutdown(self.app))  # type: ignore[misc]
        self.run(self.app.shutdown())
        self.loop.close()


@pytest.fixture()
def channels(tmp_path: Path) -> Iterator[Channels]:
    errors = Errors()
    logging.getLogger().addHandler(errors)
    with FakeTelegram() as fake:
        opened = Channels(tmp_path, fake)
        opened.errors = errors
        try:
            yield opened
        finally:
            opened.close()
            logging.getLogger().removeHandler(errors)


async def _through_every_channel(channels: Channels, text: str, raw: str) -> None:
    http = channels.http
    for body in ({"conversation": "fuzzing-resident-0001", "text": text},
                 {"conversation": "fuzzing-resident-0001", "choice": text[:60]},
                 {"conversation": "fuzzing-resident-0001", "topic": {"municipality": "solvesborg", "topic": text}},
                 {"conversation": "fuzzing-resident-0001", "text": "hej", text: 1},  # any JSON key
                 {"conversation": "fuzzing-resident-0001", "topic": {text: "solvesborg", "topic": "overview"}}):
        assert (await post(http, body)).status_code < 500
    await _survey_choices(channels, text)
    for content in (raw.encode("utf-8", "surrogatepass"), text.encode("utf-8", "surrogatepass")):
        assert (await http.post("/api/chat", content=content,
                                headers={"content-type": "application/json"})).status_code < 500
        hook = await http.post("/telegram", content=content, headers={"x-telegram-bot-api-secret-token": "s" * 32})
        assert hook.status_code < 500
    await channels.telegram.send(json.loads(json.dumps(message_update(text or ".", chat_id=4242))))
    await channels.telegram.send(json.loads(json.dumps(message_update(text or ".", chat_id=5151))))
    await channels.telegram.send(json.loads(json.dumps(callback_update(("q|" + text)[:64], chat_id=5151))))
    await channels.terminal.handle(text)
    channels.out.getvalue().encode("utf-8")
    for line in (raw, json.dumps({"conversation": "x", "text": text})):
        json.dumps(jsonl_reply(channels.services.engine, {}, line), ensure_ascii=False).encode("utf-8")
    assert [r.getMessage() for r in channels.errors.records] == []


async def _survey_choices(channels: Channels, text: str) -> None:
    """The text as each of the trygghetsmätning's buttons, at the step that reads it: a municipality,
    a locality and an answer ("tm:a:²" was a 500), then typed at a question."""
    channels.surveys += 1
    conversation = f"fuzzing-survey-{channels.surveys:06d}"

    async def say(**body: Any) -> None:
        response = await post(channels.http, {"conversation": conversation, **body})
        assert response.status_code < 500

    for steps in (["tm:k:"], ["tm:k:solvesborg", "tm:o:"], ["tm:k:solvesborg", "tm:o:-", "tm:a:"]):
        await say(text="/trygghet")
        for step in steps:
            await say(choice=(step + text)[:60] if step.endswith(":") else step)
    await say(text="/trygghet")
    for step in ("tm:k:solvesborg", "tm:o:-"):
        await say(choice=step)
    await say(text=text)


async def _an_ordinary_resident_is_served(channels: Channels) -> None:
    channels.residents += 1
    conversation = f"ordinary-resident-{channels.residents:04d}"
    summary = await to_summary(channels.http, conversation, "Bilar kör för fort vid skolan varje morgon")
    assert summary.status_code == 200
    sent = await post(channels.http, {"conversation": conversation, "choice": "send"})
    assert sent.json()["outputs"][0]["kind"] == "receipt"
    stored = await channels.services.desk.db.concerns()
    assert sum(c.description == "Bilar kör för fort vid skolan varje morgon" for c in stored) == channels.residents
    staff = StaffDesk(channels.settings, channels.services.desk)
    admin = channels.settings.staff[0]
    for fmt in ("xlsx", "csv", "json"):
        made = await staff.export(admin, ExportRequest("kavlinge", None, None, fmt))
        assert made.count >= channels.residents
        if fmt == "xlsx":
            openpyxl.load_workbook(io.BytesIO(made.content))
        elif fmt == "json":
            json.loads(made.content)
        else:
            made.content.decode("utf-8-sig")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(text=HOSTILE, raw=st.one_of(DEEP, HOSTILE))
@example(text="Mörkt \udc00 vid stationen", raw="[" * 100_000)
@example(text="\u0001\u000b\u001b Kyrkogatan,=1+1,", raw='{"conversation": "fuzzing-resident-0001", "text": "\\ud800"}')
def test_hostile_input_through_every_channel_leaves_everyone_else_served(channels: Channels, text: str,
                                                                         raw: str) -> None:
    """Arbitrary Unicode (lone surrogates too), control characters and deep JSON into the web API,
    Telegram's updates and webhook, and the terminal: nothing answers with a 500 or raises, and
    after each, another resident's concern is stored and every export opens."""
    channels.run(_through_every_channel(channels, text, raw))
    channels.run(_an_ordinary_resident_is_served(channels))


# -- fuzzing every query parameter of the staff console ---------------------------------------------

CONSOLE_PAGES = ("/staff/synpunkter", "/staff/karta", "/staff/karta.json", "/staff/oversikt", "/staff/oversikt.svg",
                 "/staff/export.csv", "/staff/export.xlsx", "/staff/export.json", "/staff/lagesbild",
                 "/staff/lagesbild.png", "/staff/lagesbild-karta.png", "/staff/lagesbild.docx",
                 "/staff/lagesbild.html", "/staff/lagesbild.md", "/staff/synpunkter/")
CONSOLE_PARAMETERS = ("kommun", "kategori", "status", "fran", "till", "q", "efter", "sida")
# Values a parameter takes, and values near them: a hostile text anywhere else.
NEAR = st.sampled_from(["kavlinge", "solvesborg", "trafik", "annat", "open", "in_lagesbild", "2026-01-01",
                        "2099-12-31", "0001-01-01", "9999-12-31", "2026-02-30", "2026-1-1", "²", "٣", "9" * 5000,
                        "0", "-1", "1e9", "KAV-2026-000001", "MTc2NDgwMDAwMC4wfEtBVi0yMDI2LTAwMDAwMQ",
                        "1764800000.0|KAV-2026-000001", "nan|x", "inf|KAV", ""])


async def _sign_in(channels: Channels) -> None:
    if channels.signed_in:
        return
    form = await channels.http.get("/staff/")
    token = re.search(r'name="csrf" value="([^"]+)"', form.text)
    assert token
    signed = await channels.http.post("/staff/logga-in", data={"csrf": token.group(1), "username": "webbadmin",
                                                                "password": PASSWORD})
    assert signed.status_code == 303, signed.text
    channels.signed_in = True


async def _through_the_console(channels: Channels, page: str, parameters: dict[str, str], text: str) -> None:
    await _sign_in(channels)
    # As a browser or a script sends them: percent-encoded UTF-8, a lone surrogate as the bytes a
    # broken client would send, which are not UTF-8.
    query = "&".join(f"{quote(name)}={quote(value.encode('utf-8', 'surrogatepass'), safe='')}"
                     for name, value in parameters.items())
    path = page + quote(text.encode("utf-8", "surrogatepass"), safe="") if page.endswith("/") else page
    response = await channels.http.get(f"{path}?{query}")
    assert response.status_code < 500, (page, parameters, response.text[:300])
    assert response.status_code in (200, 400, 403, 404), (page, parameters, response.status_code)
    assert [r.getMessage() for r in channels.errors.records] == []


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(page=st.sampled_from(CONSOLE_PAGES),
       parameters=st.dictionaries(st.sampled_from(CONSOLE_PARAMETERS), st.one_of(NEAR, HOSTILE), max_size=8),
       text=HOSTILE)
@example(page="/staff/synpunkter", parameters={"sida": "²"}, text="")
@example(page="/staff/synpunkter", parameters={"sida": "9" * 5000, "efter": "\udc00"}, text="")
@example(page="/staff/lagesbild.docx", parameters={"kommun": "kavlinge", "fran": "2099-01-01"}, text="")
@example(page="/staff/synpunkter/", parameters={}, text="KAV-2026-\x00\ud800")
def test_hostile_query_parameters_in_the_console_are_no_500(channels: Channels, page: str,
                                                            parameters: dict[str, str], text: str) -> None:
    """Every page and download of the console with any of its query parameters set to hostile text
    (or to a value near a real one): a page, 400, 403 or 404, never a 500 or a logged error; and
    after each, a resident's concern is still stored and every export opens."""
    channels.run(_through_the_console(channels, page, parameters, text))
    channels.run(_an_ordinary_resident_is_served(channels))
