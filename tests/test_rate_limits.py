"""Issue 35: the limits hold against a client that picks new conversation ids, other sites cannot
post for their visitors, and refused requests cost the database nothing. On SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import functools
import inspect
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from telegram import Update

from bot.concerns.limiter import SLOW_DOWN, SURVEY, Blocked, address_key
from bot.concerns.survey import LIMITED as SURVEY_LIMITED
from bot.concerns.survey import SurveyState
from bot.errors import ConfigError
from bot.settings import Settings, origin_of
from bot.storage import Limit, Store
from bot.storage.windows import InMemory, decide, fits, wait
from handlers.telegram.app import build_application
from handlers.services import Services
from handlers.web import chat
from handlers.web.app import create_app
from tests.fake_telegram import TOKEN, FakeTelegram, callback_update, message_update
from tests.pg import needs_postgres
from tests.test_telegram import fast_limiter

KEY = "test-key-" + "x" * 24
CONCERN = [{"text": "/synpunkt"}, {"choice": "kavlinge"}, {"choice": "trafik"}, {"text": "Korsningen vid Storgatan"},
           {"text": "Bilarna kör alldeles för fort på morgonen"}, {"choice": "no"}, {"choice": "send"}]
LIMITED = "Du har skickat många synpunkter på kort tid"


async def open_services(data_dir: Path, database_url: str, **given: Any) -> Services:
    services = Services()
    await services.open(Settings(data_dir=data_dir, database_url=database_url,
                                 resident_hash_key=KEY if database_url else "", **given))
    return services


def client_for(services: Services, address: str = "203.0.113.7") -> httpx.AsyncClient:
    app = create_app(services, chat.routes(services))
    transport = httpx.ASGITransport(app=app, client=(address, 40000))
    return httpx.AsyncClient(transport=transport, base_url="http://bot.test")


@pytest.fixture()
async def web(tmp_path: Path, database_url: str) -> AsyncIterator[tuple[httpx.AsyncClient, Services]]:
    services = await open_services(tmp_path / "data", database_url, web_requests_per_minute=200)
    async with client_for(services) as http:
        yield http, services
    await services.close()


async def concern(http: httpx.AsyncClient, conversation: str) -> dict[str, Any]:
    """A whole concern from a new conversation: the last output, a receipt or the refusal."""
    output: dict[str, Any] = {}
    for step in CONCERN:
        response = await http.post("/api/chat", json={"conversation": conversation, **step})
        assert response.status_code == 200, response.text
        output = response.json()["outputs"][0]
        if output.get("kind") == "limit":
            break
    return output


async def test_new_conversation_ids_do_not_buy_new_concerns(web: tuple[httpx.AsyncClient, Services]) -> None:
    """15 concerns in quick succession from one address, each from a new conversation id: 3 are
    taken (3 an hour per address as per conversation), the others hear why in Swedish."""
    http, services = web
    outcomes = await asyncio.gather(*(concern(http, f"attacker-conversation-{n:04d}") for n in range(15)))
    receipts = [o for o in outcomes if o.get("kind") == "receipt"]
    refused = [o for o in outcomes if o.get("kind") == "limit"]
    assert len(receipts) == 3 and len(refused) == 12
    assert all(LIMITED in o["text"] and "Försök igen senare" in o["text"] and "112" in o["text"] for o in refused)
    assert await services.desk.db.count_concerns() == 3
    # Another address is not held back by this one.
    async with client_for(services, "198.51.100.20") as other:
        assert (await concern(other, "a-neighbour-conversation-1")).get("kind") == "receipt"


async def test_a_refused_flood_costs_the_database_nothing(tmp_path: Path, database_url: str) -> None:
    """Once an address is refused, its requests are refused from this process's memory: no read, no
    write, and the rate table stays as it was; another client is still answered."""
    services = await open_services(tmp_path / "data", database_url, web_requests_per_minute=10)
    store = services.desk.db
    try:
        async with client_for(services) as http:
            statuses = await asyncio.gather(*(http.post("/api/chat", json={
                "conversation": f"flood-conversation-{n:05d}", "text": "hej"}) for n in range(60)))
            assert Counter(r.status_code for r in statuses) == {200: 40, 429: 20}  # 4 x 10 a minute per address
            before = await rate_rows(store)
            calls = count_calls(store)
            flood = await asyncio.gather(*(http.post("/api/chat", json={
                "conversation": f"later-conversation-{n:05d}", "text": "hej"}) for n in range(300)))
            assert {r.status_code for r in flood} == {429} and all(int(r.headers["retry-after"]) >= 1 for r in flood)
            assert calls == Counter()  # not one call into the store
            assert await rate_rows(store) == before
        async with client_for(services, "198.51.100.21") as other:
            answered = await other.post("/api/chat", json={"conversation": "someone-else-entirely-1", "text": "hej"})
        assert answered.status_code == 200 and calls["admit"] == 1
    finally:
        await services.close()


async def test_a_refused_concern_start_is_remembered(tmp_path: Path, database_url: str) -> None:
    """The concern limit's refusals are remembered too: a fourth /synpunkt reads the database once,
    the ones after it not at all (their chat messages are still counted: those were accepted)."""
    services = await open_services(tmp_path / "data", database_url, web_requests_per_minute=1000)
    try:
        async with client_for(services) as http:
            for n in range(3):
                assert (await concern(http, f"resident-conversation-{n:04d}"))["kind"] == "receipt"
            assert (await concern(http, "resident-conversation-0003"))["kind"] == "limit"
            calls = count_calls(services.desk.db)
            for n in range(20):
                assert (await concern(http, f"resident-conversation-1{n:03d}"))["kind"] == "limit"
            assert "rate_stamps" not in calls and "submit" not in calls and calls["admit"] == 20
    finally:
        await services.close()


async def test_only_json_from_the_bots_own_pages(web: tuple[httpx.AsyncClient, Services]) -> None:
    http, services = web
    body = '{"conversation": "test-conversation-0001", "text": "hej"}'
    plain = await http.post("/api/chat", content=body, headers={"Content-Type": "text/plain"})
    assert plain.status_code == 415 and "application/json" in plain.json()["error"]
    form = await http.post("/api/chat", content="conversation=x",
                           headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert form.status_code == 415
    assert (await http.post("/api/chat", content=body)).status_code == 415  # no type at all
    json_type = {"Content-Type": "application/json; charset=utf-8"}
    for origin in ("https://evil.example", "http://bot.test.evil.example", "null", "http://bot.test:8080"):
        foreign = await http.post("/api/chat", content=body, headers={**json_type, "Origin": origin})
        assert foreign.status_code == 403 and "other sites" in foreign.json()["error"], origin
    cross = await http.post("/api/chat", content=body, headers={**json_type, "Sec-Fetch-Site": "cross-site"})
    assert cross.status_code == 403
    # The page's own fetch (same origin, as from the iframe the bot serves), and curl without Origin.
    own = await http.post("/api/chat", content=body, headers={**json_type, "Origin": "http://bot.test",
                                                              "Sec-Fetch-Site": "same-origin"})
    assert own.status_code == 200 and own.json()["outputs"]
    assert (await http.post("/api/chat", content=body, headers=json_type)).status_code == 200
    assert await services.desk.db.count_concerns() == 0


async def test_the_public_url_is_the_only_origin_when_set(tmp_path: Path) -> None:
    """Behind a proxy that rewrites Host, web_public_url names the bot's origin."""
    services = await open_services(tmp_path / "data", "", web_public_url="https://Trygghet.Example.se/chatt")
    body = {"conversation": "test-conversation-0001", "text": "hej"}
    try:
        async with client_for(services) as http:
            ok = await http.post("/api/chat", json=body, headers={"Origin": "https://trygghet.example.se"})
            assert ok.status_code == 200
            for origin in ("http://bot.test", "http://trygghet.example.se", "https://trygghet.example.se:8443"):
                assert (await http.post("/api/chat", json=body, headers={"Origin": origin})).status_code == 403
    finally:
        await services.close()


def test_windows_decide_in_order_and_say_how_long_to_wait() -> None:
    hour_and_day = (Limit(3600, 3), Limit(86400, 5))
    stamps: dict[str, list[float]] = {}
    verdicts = decide([((("k", hour_and_day),), t) for t in (0, 10, 20, 30, 4000, 4010, 4020)], stamps)
    assert [not v for v in verdicts] == [True, True, True, False, True, True, False]
    assert verdicts[3]["k"] == 3600 - 30 and verdicts[6]["k"] == 86400 - 4020  # when the oldest leaves its window
    assert stamps["k"] == [0, 10, 20, 4000, 4010]
    assert wait(hour_and_day, stamps["k"], 86400.0) == 0 and fits(hour_and_day, stamps["k"], 86400.0)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.floats(0, 500, allow_nan=False), max_size=40),
       st.lists(st.tuples(st.integers(1, 200), st.integers(1, 6)), min_size=1, max_size=3))
def test_windows_count_by_bisection_as_by_counting(times: list[float], windows: list[tuple[int, int]]) -> None:
    """The windows are counted by bisection over sorted stamps: the same verdicts as counting every
    stamp in every window; and when a clock steps back, the kept stamps stay sorted."""
    limits = tuple(Limit(float(seconds), most) for seconds, most in windows)
    stepping: dict[str, list[float]] = {}
    for now in times:
        decide([((("k", limits),), now)], stepping)
        assert stepping.get("k", []) == sorted(stepping.get("k", []))
    stamps: dict[str, list[float]] = {}
    accepted: list[float] = []
    for now in sorted(times):
        naive = all(sum(1 for t in accepted if t > now - limit.seconds) < limit.most for limit in limits)
        verdict = decide([((("k", limits),), now)], stamps)[0]
        assert (not verdict) == naive
        if naive:
            accepted.append(now)
        assert stamps.get("k", []) == sorted(stamps.get("k", []))


def test_what_a_process_remembers_is_bounded() -> None:
    blocked = Blocked(size=3)
    blocked.add({f"k{n}": 60.0 for n in range(5)}, now=0.0)
    assert len(blocked) == 3 and blocked.left(["k0", "k1"], 1.0) == 0 and blocked.left(["k4"], 1.0) == 59
    assert blocked.left(["k4"], 61.0) == 0 and len(blocked) == 2  # an ended refusal is forgotten
    memory = InMemory(size=2)
    for n in range(4):
        assert memory.decide([((("key%d" % n, (Limit(60, 1),)),), 0.0)]) == [{}]
    assert set(memory.stamps({"key0", "key1", "key2", "key3"})) == {"key2", "key3"}


def test_the_public_url_setting_is_checked_at_start() -> None:
    assert Settings.load(env={"TRYGGHETSBOT_WEB_PUBLIC_URL": "https://trygghet.example.se/"}).web_public_url
    assert origin_of("HTTPS://Trygghet.Example.se:443/chatt") == "https://trygghet.example.se"
    assert origin_of("http://[::1]:8080") == "http://[::1]:8080"
    for wrong in ("trygghet.example.se", "ftp://trygghet.example.se", "https://", "https://x.se:99999"):
        with pytest.raises(ConfigError, match="web_public_url"):
            Settings.load(env={"TRYGGHETSBOT_WEB_PUBLIC_URL": wrong})


def test_an_ipv6_client_counts_by_its_network() -> None:
    assert address_key("2001:db8:1:2:aaaa::1") == address_key("2001:db8:1:2:bbbb::2") == "2001:db8:1:2::/64"
    assert address_key("::ffff:192.0.2.1") == "192.0.2.1" and address_key("192.0.2.1") == "192.0.2.1"


@needs_postgres
@pytest.mark.postgres
async def test_two_processes_share_the_address_limits(tmp_path: Path, postgres_server: Any) -> None:
    """Two app instances on one PostgreSQL, as two processes behind a load balancer, one address's
    concerns alternating between them: still 3 in all."""
    url = postgres_server.new_database()
    services = [await open_services(tmp_path / f"data{n}", url, web_requests_per_minute=1000) for n in range(2)]
    clients = [client_for(s) for s in services]
    try:
        outcomes = [await concern(clients[n % 2], f"two-process-conversation-{n:03d}") for n in range(8)]
        assert [o["kind"] for o in outcomes] == ["receipt"] * 3 + ["limit"] * 5
        assert await services[0].desk.db.count_concerns() == 3
    finally:
        for client in clients:
            await client.aclose()
        for s in services:
            await s.close()


@needs_postgres
@pytest.mark.postgres
async def test_two_processes_share_the_chat_limit_per_address(tmp_path: Path, postgres_server: Any) -> None:
    """The chat's limit per address (4 x 2 a minute) over new conversation ids, half the requests
    to each process: 8 answered in all; the refusing process then refuses from memory."""
    url = postgres_server.new_database()
    services = [await open_services(tmp_path / f"data{n}", url, web_requests_per_minute=2) for n in range(2)]
    clients = [client_for(s) for s in services]
    try:
        statuses = [(await clients[n % 2].post("/api/chat", json={"conversation": f"chat-conversation-{n:03d}",
                                                                  "text": "hej"})).status_code for n in range(12)]
        assert statuses == [200] * 8 + [429] * 4
        assert all(len(s.desk.limiter.blocked) == 1 for s in services)  # each learnt it once from the database
    finally:
        for client in clients:
            await client.aclose()
        for s in services:
            await s.close()


async def test_survey_answers_count_per_address_and_a_refused_set_is_not_stored(tmp_path: Path,
                                                                            database_url: str) -> None:
    """The trygghetsmätning's answers go through the same limiter: per resident and per address, as
    concerns; a set refused there is not stored, and the resident is told so."""
    services = await open_services(tmp_path / "data", database_url)
    try:
        desk, survey = services.desk, services.dialogue.survey
        waits = [await desk.limiter.admit(SURVEY, "web", f"survey-conversation-{n:03d}", "192.0.2.44")
                 for n in range(4)]
        assert waits[:3] == [0, 0, 0] and 3500 < waits[3] <= 3600  # 3 an hour from one address
        async def answers() -> int:  # every count's answers, added up: what a stored set would raise
            return sum([row[5] async for chunk in desk.db.table_rows("survey_counts") for row in chunk])

        before = await answers()
        state = SurveyState("solvesborg", "", [1, 2, 3])
        step = await survey.reply("web", "survey-conversation-999", state, "", "tm:a:4", "sv", "192.0.2.44")
        assert step is not None and step.prompt.text == SURVEY_LIMITED[0] and step.state is None
        assert await answers() == before
    finally:
        await services.close()


# -- Telegram -------------------------------------------------------------------------------------


async def test_telegram_limits_each_resident_and_tells_them_once(tmp_path: Path, database_url: str) -> None:
    """Through the real handlers and the fake Bot API: a resident sending faster than the limit gets
    one notice, then silence (no database work, nothing sent), and another resident is answered."""
    with FakeTelegram() as fake:
        settings = Settings(telegram_bot_token=TOKEN, telegram_api_base_url=fake.base_url, data_dir=tmp_path / "data",
                            database_url=database_url, resident_hash_key=KEY if database_url else "",
                            web_requests_per_minute=3)
        app = build_application(settings, rate_limiter=fast_limiter())
        async with app:
            await app.post_init(app)
            try:
                question = message_update("Vad fokuserar Sölvesborg på?")
                for n in range(1, 5):
                    await app.process_update(Update.de_json({"update_id": n, **question}, app.bot))
                texts = [str(c.params["text"]) for c in fake.sent_to(4242)]
                assert len(texts) == 4 and texts[-1] == SLOW_DOWN[0]
                calls = count_calls(app.bot_data.desk.db)
                for n in range(5, 25):
                    await app.process_update(Update.de_json({"update_id": n, **message_update("hej igen")}, app.bot))
                await app.process_update(Update.de_json({"update_id": 30, **callback_update("t|solvesborg|period")},
                                                        app.bot))
                assert fake.sent("answerCallbackQuery")[-1].params["text"] == SLOW_DOWN[0]
                assert len(fake.sent_to(4242)) == 4 and calls == Counter()  # not even the chat's lock
                await app.process_update(Update.de_json({"update_id": 99, **message_update(
                    "Vad fokuserar Sölvesborg på?", chat_id=5151)}, app.bot))
                assert "Minskad tillgreppsbrottslighet" in str(fake.sent_to(5151)[-1].params["text"])
            finally:
                await app.post_shutdown(app)


# -- helpers --------------------------------------------------------------------------------------


def count_calls(store: Store) -> Counter[str]:
    """Counts every call into the store's public coroutines from now on (calls made by the store
    itself through its batches count too: `admit` reaches the database only through them), and
    every chat lock taken."""
    calls: Counter[str] = Counter()

    def counted(name: str, method: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
        @functools.wraps(method)
        async def wrapper(*args: Any, **kwargs: Any) -> Any:
            calls[name] += 1
            return await method(*args, **kwargs)
        return wrapper

    for name, member in inspect.getmembers(type(store), inspect.iscoroutinefunction):
        if not name.startswith("_") or name in ("_rows", "_stamps"):
            setattr(store, name, counted(name, getattr(store, name)))
    lock = store.chat_lock  # a context manager: on PostgreSQL an advisory lock, two statements

    def counted_lock(key: str) -> Any:
        calls["chat_lock"] += 1
        return lock(key)

    setattr(store, "chat_lock", counted_lock)
    return calls


async def rate_rows(store: Store) -> list[tuple[str, str]]:
    """The rate table as it is stored."""
    engine: Any = store  # noqa: SLF001 - the engines' own connections, read directly
    if store.engine == "sqlite":
        rows = await engine._db.execute_fetchall("SELECT key, stamps FROM rate_windows ORDER BY key")
    else:
        rows = await engine._pool.fetch("SELECT key, stamps::text FROM rate_windows ORDER BY key")
    return [(row[0], row[1]) for row in rows]
