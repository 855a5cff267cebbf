"""Issue 25's Medium and Low findings: exports that open whatever residents typed, sign-in that
decides and records at once without blocking the server, the client's address behind trusted
proxies, bounded dates, deep JSON, signed sign-in tokens, whole-string validation, headers on every
answer and connections that survive a 500."""

from __future__ import annotations

import asyncio
import csv
import io
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import hypothesis
import openpyxl
import pytest
import uvicorn
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from bot.settings import Settings, StaffMember
from bot.staff import ExportRequest, StaffDesk, export
from bot.staff.accounts import PER_ACCOUNT, Accounts, SignInRefused, SignInThrottled, hash_password
from bot.concerns.limiter import Limiter, rules
from bot.storage import Store, open_store
from handlers.services import Services
from handlers.web import chat, staff
from handlers.web.app import LimitBody, create_app
from tests.test_web_staff import PASSWORD, Console, console, login_token, signed_in, submit  # noqa: F401

EXE = str(Path(sys.executable).with_name("trygghetsbot"))
CONTROLS = "\u0001\u000b\u001b"
KEY = "issue-25-resident-key-" + "k" * 20


def members() -> tuple[StaffMember, ...]:
    return (StaffMember(None, None, "Admin", "admin", hash_password(PASSWORD)),)


@pytest.fixture()
async def services(tmp_path: Path, database_url: str) -> AsyncIterator[Services]:
    opened = Services()
    await opened.open(Settings(data_dir=tmp_path / "data", database_url=database_url, resident_hash_key=KEY,
                               staff=members(), web_requests_per_minute=1000))
    yield opened
    await opened.close()


# -- exports ------------------------------------------------------------------------------------------

async def test_xlsx_export_opens_with_control_characters(services: Services, tmp_path: Path) -> None:
    """Stored before intake cleaned them (or copied in from elsewhere): the writer cleans too."""
    await submit(services, "r1", "solvesborg", f"Mörkt{CONTROLS} vid stationen", place=f"Torget{CONTROLS}")
    await submit(services, "r2", "solvesborg", "Vanlig synpunkt")
    desk = StaffDesk(services.settings, services.desk)
    member = members()[0]
    sent = await desk.export(member, ExportRequest("solvesborg", None, None, "xlsx"))  # Telegram's /export
    rows = list(openpyxl.load_workbook(io.BytesIO(sent.content)).worksheets[0].iter_rows(values_only=True))
    assert sent.count == 2 and rows[1][4] == "Mörkt vid stationen" and rows[1][7] == "Torget"
    target = tmp_path / "out.xlsx"
    filters = desk.filters(member, {})
    assert await desk.export_filtered(member, filters, "xlsx", target) == 2  # the console's download


async def test_intake_leaves_out_control_characters(services: Services) -> None:
    app = create_app(services, chat.routes(services))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as http:
        conversation = "control-characters-resident"
        for body in ({"text": "/synpunkt"}, {"choice": "solvesborg"}, {"choice": "annat"},
                     {"text": f"Torget{CONTROLS}"}, {"text": f"Bilar kör för fort{CONTROLS} vid skolan varje morgon"},
                     {"choice": "no"}, {"choice": "send"}):
            response = await http.post("/api/chat", json={"conversation": conversation, **body})
            assert response.status_code == 200
        assert response.json()["outputs"][0]["kind"] == "receipt"
    (stored,) = await services.desk.db.concerns()
    assert stored.description == "Bilar kör för fort vid skolan varje morgon" and stored.address_string == "Torget"


async def test_csv_cells_split_on_commas_start_no_formula(services: Services, tmp_path: Path) -> None:
    await submit(services, "r1", "solvesborg", "=cmd|' /C calc'!A0,@SUM(1),  -2+3, \"=1+1\"",
                 place="Kyrkogatan,=1+1,")
    desk = StaffDesk(services.settings, services.desk)
    target = tmp_path / "out.csv"
    await desk.export_filtered(members()[0], desk.filters(members()[0], {}), "csv", target)
    text = target.read_text(encoding="utf-8-sig")
    # A spreadsheet whose list separator is the comma, reading our ;-separated file.
    for row in csv.reader(io.StringIO(text, newline=""), delimiter=","):
        for cell in row:
            assert not cell.lstrip(' "').startswith(("=", "+", "-", "@")), (cell, row)
    (read,) = export.read_csv(target)
    assert read["description"] == "=cmd|' /C calc'!A0,@SUM(1),  -2+3, \"=1+1\"" and read["address_string"] == "Kyrkogatan,=1+1,"


# -- sign-in --------------------------------------------------------------------------------------

@pytest.fixture()
async def store(tmp_path: Path, database_url: str) -> AsyncIterator[Store]:
    opened = await open_store(tmp_path, database_url)
    yield opened
    await opened.close()


def accounts_on(store: Store) -> Accounts:
    return Accounts(Settings(staff=members()), store, b"k" * 32)


async def test_concurrent_sign_ins_are_decided_and_recorded_at_once(store: Store) -> None:
    accounts = accounts_on(store)
    results = await asyncio.gather(*(accounts.sign_in("admin", "wrong password!", f"10.0.0.{n}") for n in range(30)),
                                   return_exceptions=True)
    refused = [r for r in results if isinstance(r, SignInRefused)]
    throttled = [r for r in results if isinstance(r, SignInThrottled)]
    assert len(refused) == PER_ACCOUNT and len(throttled) == 30 - PER_ACCOUNT
    with pytest.raises(SignInThrottled):
        await accounts.sign_in("admin", PASSWORD, "10.9.9.9")


async def test_a_successful_sign_in_clears_its_own_record(store: Store) -> None:
    accounts = accounts_on(store)
    for _ in range(PER_ACCOUNT - 1):
        with pytest.raises(SignInRefused):
            await accounts.sign_in("admin", "wrong password!", "10.0.0.1")
    assert (await accounts.sign_in("admin", PASSWORD, "10.0.0.1")).member.username == "admin"
    for _ in range(PER_ACCOUNT):  # the account starts afresh
        with pytest.raises(SignInRefused):
            await accounts.sign_in("admin", "wrong password!", "10.0.0.2")


async def test_password_checks_do_not_hold_up_the_event_loop(store: Store) -> None:
    """40 concurrent sign-ins with unknown usernames: argon2 ran on the event loop, and a chat
    request waited 7.3 s. The loop's longest stall is measured by a ticker."""
    accounts = accounts_on(store)
    stalls: list[float] = []
    done = asyncio.Event()

    async def ticker() -> None:
        last = time.perf_counter()
        while not done.is_set():
            await asyncio.sleep(0.005)
            now = time.perf_counter()
            stalls.append(now - last)
            last = now

    ticking = asyncio.create_task(ticker())
    started = time.perf_counter()
    results = await asyncio.gather(*(accounts.sign_in(f"nobody{n}", "x" * 12, f"10.1.{n}.1") for n in range(40)),
                                   return_exceptions=True)
    elapsed = time.perf_counter() - started
    done.set()
    await ticking
    assert all(isinstance(r, SignInRefused) for r in results)
    # A liveness bound, not a timing target: hashing on the loop stalled it for seconds (7.3 s); threads
    # leave it stalls of the machine's own load (0.3 s seen on two busy shared cores).
    assert max(stalls) < 1.0, f"the loop stalled {max(stalls):.3f} s (40 checks took {elapsed:.2f} s)"


# -- the client's address -----------------------------------------------------------------------------

async def whoami(request: Request) -> Response:
    return PlainTextResponse(request.client.host if request.client else "")


def client_for(services: Services, peer: str, trusted: str = "") -> httpx.AsyncClient:
    services._settings = Settings(**{**services.settings.__dict__, "web_trusted_proxies": trusted,  # noqa: SLF001
                                     "web_requests_per_minute": 5})
    services.desk.limiter = Limiter(services.desk.db, services.desk.resident, rules(5, 3, 10))  # noqa: SLF001
    app = create_app(services, [Route("/whoami", whoami), *chat.routes(services)])
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app, client=(peer, 1234)), base_url="http://t")


async def test_forwarded_for_is_believed_only_from_trusted_proxies(services: Services) -> None:
    async with client_for(services, "127.0.0.1") as http:  # no proxies configured: uvicorn's 127.0.0.1 default is gone
        assert (await http.get("/whoami", headers={"X-Forwarded-For": "6.6.6.6"})).text == "127.0.0.1"
    async with client_for(services, "10.0.0.5", "10.0.0.0/24 192.168.1.1") as http:
        assert (await http.get("/whoami", headers={"X-Forwarded-For": "1.2.3.4"})).text == "1.2.3.4"
        # What the client wrote itself is left of what the proxies appended, and never reached.
        spoofed = await http.get("/whoami", headers={"X-Forwarded-For": "6.6.6.6, 1.2.3.4, 192.168.1.1"})
        assert spoofed.text == "1.2.3.4"
        assert (await http.get("/whoami", headers={"X-Forwarded-For": "junk"})).text == "10.0.0.5"
    async with client_for(services, "8.8.8.8", "10.0.0.0/24") as http:
        assert (await http.get("/whoami", headers={"X-Forwarded-For": "1.2.3.4"})).text == "8.8.8.8"


async def test_limits_are_per_real_client_behind_a_proxy(services: Services) -> None:
    """Per address: 4 × 5 a minute here. Varying the header no longer buys more, and two clients
    behind one proxy no longer share one allowance."""
    async with client_for(services, "10.0.0.5", "10.0.0.5") as http:
        statuses = [(await http.post("/api/chat", headers={"X-Forwarded-For": f"{n}.6.6.6, 1.2.3.4"},
                                     json={"conversation": f"attacker-conversation-{n:04d}", "text": "hej"})).status_code
                    for n in range(25)]
        assert statuses[:20] == [200] * 20 and set(statuses[20:]) == {429}
        other = await http.post("/api/chat", headers={"X-Forwarded-For": "5.6.7.8"},
                                json={"conversation": "another-resident-0001", "text": "hej"})
        assert other.status_code == 200


def test_a_trusted_proxy_setting_that_is_not_an_address_is_refused(tmp_path: Path) -> None:
    from bot.errors import ConfigError

    with pytest.raises(ConfigError, match="web_trusted_proxies"):
        Settings.load(env={"TRYGGHETSBOT_WEB_TRUSTED_PROXIES": "10.0.0.1 proxy.kommun.se"})
    assert Settings.load(env={"TRYGGHETSBOT_WEB_TRUSTED_PROXIES": "10.0.0.1 fd00::/8"}).web_trusted_proxies


# -- headers, errors and connections ------------------------------------------------------------------

async def boom(request: Request) -> Response:
    raise RuntimeError("a bug in a handler")


async def test_hsts_when_cookies_are_secure(services: Services) -> None:
    for secure in (True, False):
        services._settings = Settings(**{**services.settings.__dict__, "web_cookie_secure": secure})  # noqa: SLF001
        app = create_app(services, chat.routes(services))
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="https://t") as http:
            headers = (await http.get("/healthz")).headers
        assert ("strict-transport-security" in headers) == secure


async def test_a_500_has_the_headers_and_the_connection_survives_it(services: Services) -> None:
    app = create_app(services, [Route("/boom", boom)])
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, lifespan="off", log_level="critical",
                                           proxy_headers=False))
    serving = asyncio.create_task(server.serve())
    try:
        while not server.started:
            await asyncio.sleep(0.01)
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        answers = []
        for path in ("/boom", "/healthz"):
            writer.write(f"GET {path} HTTP/1.1\r\nHost: t\r\n\r\n".encode())
            await writer.drain()
            head = (await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10)).decode().lower()
            length = int(head.split("content-length:")[1].split("\r\n")[0])
            await reader.readexactly(length)
            answers.append(head)
        writer.close()
        assert answers[0].startswith("http/1.1 500") and "x-content-type-options: nosniff" in answers[0]
        assert "content-security-policy" in answers[0] and "strict-transport-security" in answers[0]
        assert answers[1].startswith("http/1.1 200")
    finally:
        server.should_exit = True
        await serving


async def test_no_redirect_is_built_from_the_host_header(services: Services) -> None:
    app = create_app(services, [*chat.routes(services), *staff.routes(services)])
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as http:
        for path in ("/healthz/", "/staff/synpunkter/", "/api/chat/"):
            response = await http.get(path, headers={"Host": "evil.example"})
            assert "evil.example" not in response.headers.get("location", "") and response.status_code != 307


async def test_deep_json_is_a_400(services: Services) -> None:
    app = create_app(services, chat.routes(services))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as http:
        response = await http.post("/api/chat", content=b"[" * 100_000, headers={"Content-Type": "application/json"})
        assert response.status_code == 400


async def test_validation_takes_the_whole_string(services: Services) -> None:
    app = create_app(services, chat.routes(services))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as http:
        response = await http.post("/api/chat", json={"conversation": "a-conversation-id-0001\n", "text": "hej"})
        assert response.status_code == 400
        page = await http.get("/", params={"kommun": "solvesborg\n"})
        assert 'data-kommun="solvesborg' not in page.text


# -- the console ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/staff/synpunkter", "/staff/karta", "/staff/karta.json", "/staff/oversikt",
                                  "/staff/oversikt.svg", "/staff/export.csv", "/staff/export.xlsx"])
async def test_a_date_out_of_range_is_a_400(console: Console, path: str) -> None:  # noqa: F811
    await signed_in(console)
    for query in ({"till": "9999-12-31"}, {"fran": "0001-01-01"}):
        response = await console.http.get(path, params=query)
        assert response.status_code == 400, (query, response.text[:300])


def test_the_cli_export_refuses_a_date_out_of_range(tmp_path: Path) -> None:
    result = subprocess.run([EXE, "export", "--kommun", "solvesborg", "--until", "9999-12-31", "-o",
                             str(tmp_path / "x.csv"), "--format", "csv"],
                            env={"TRYGGHETSBOT_DATA_DIR": str(tmp_path / "data"), "PATH": "/usr/bin:/bin"},
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and result.stderr.startswith("Error:") and "Traceback" not in result.stderr


async def test_the_sign_in_token_is_signed(console: Console) -> None:  # noqa: F811
    # An attacker who can plant a cookie picks a pair of their own: refused.
    console.http.cookies.set(staff.LOGIN_COOKIE, "x" * 43, domain="test", path="/staff")
    chosen = await console.http.post("/staff/logga-in", data={"csrf": "x" * 43, "username": "sara",
                                                               "password": PASSWORD})
    assert chosen.status_code == 403
    console.http.cookies.clear()
    token = login_token((await console.http.get("/staff/")).text)
    cookie = console.http.cookies.get(staff.LOGIN_COOKIE, path="/staff")
    assert cookie and cookie != token and cookie.startswith(token + ".")
    genuine = await console.http.post("/staff/logga-in", data={"csrf": token, "username": "sara",
                                                                "password": PASSWORD})
    assert genuine.status_code == 303


@hypothesis.settings(max_examples=500, deadline=None)
@hypothesis.given(hypothesis.strategies.text(alphabet=hypothesis.strategies.sampled_from(list("=+-@\t\r\n' \",;aö1")),
                                             max_size=12))
def test_neutralising_is_exact_and_leaves_no_part_a_formula(value: str) -> None:
    safe = export.neutralise(value)
    assert export.restore(safe) == value
    for part in safe.split(","):
        assert not part.lstrip(' "').startswith(("=", "+", "-", "@", "\t", "\r", "\n")), (value, safe)


async def _read_body(scope: Any, receive: Any, send: Any) -> None:
    body = await Request(scope, receive).body()
    await PlainTextResponse(f"{len(body)} bytes")(scope, receive, send)


async def _through_limit(stalls_after: list[bytes], **given: Any) -> tuple[int, dict[bytes, bytes], float]:
    """A POST through LimitBody whose client sends `stalls_after`'s parts, then nothing more."""
    parts = list(stalls_after)
    sent: list[Any] = []

    async def receive() -> Any:
        if parts:
            return {"type": "http.request", "body": parts.pop(0), "more_body": True}
        await asyncio.Event().wait()  # the client went quiet

    async def send(message: Any) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": "/api/chat", "headers": [], "query_string": b""}
    started = time.monotonic()
    await asyncio.wait_for(LimitBody(_read_body, **given)(scope, receive, send), 5)
    start = next(m for m in sent if m["type"] == "http.response.start")
    return start["status"], dict(start["headers"]), time.monotonic() - started


async def test_a_body_that_stops_half_way_is_a_408_and_the_connection_closes() -> None:
    """A client that sends half a body and goes quiet no longer holds its handler for ever."""
    status, headers, took = await _through_limit([b'{"conversation": '], seconds=0.3)
    assert status == 408 and headers[b"connection"] == b"close" and 0.25 < took < 2


async def test_a_body_still_awaited_when_the_server_stops_is_a_503_at_once() -> None:
    """On SIGTERM (the event serve() sets) a handler waiting for a body is answered at once, so
    uvicorn, which waits for every request before it exits, is not held up by a quiet client."""
    stopping = asyncio.Event()
    asyncio.get_running_loop().call_later(0.1, stopping.set)
    status, headers, took = await _through_limit([b'{"conv'], seconds=60, stopping=stopping)
    assert status == 503 and headers[b"connection"] == b"close" and took < 1


async def test_a_whole_body_is_read_as_before() -> None:
    sent: list[Any] = []
    parts = [{"type": "http.request", "body": b"ab", "more_body": True},
             {"type": "http.request", "body": b"c", "more_body": False}]

    async def receive() -> Any:
        return parts.pop(0)

    async def send(message: Any) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": "/", "headers": [], "query_string": b""}
    await LimitBody(_read_body, seconds=0.3, stopping=asyncio.Event())(scope, receive, send)
    assert sent[0]["status"] == 200 and sent[1]["body"] == b"3 bytes"


async def test_several_bodies_awaited_when_the_server_stops_are_each_a_503_and_other_cancels_pass() -> None:
    """One watcher of `stopping` serves every request waiting on its body: all of them are answered
    503 when it is set, and a request cancelled by someone else (uvicorn's grace period) is not taken
    for a stop but cancelled as asked."""
    stopping = asyncio.Event()
    limit = LimitBody(_read_body, seconds=60, stopping=stopping)
    statuses: list[int] = []

    async def one() -> None:
        async def receive() -> Any:
            await asyncio.Event().wait()  # the client went quiet

        async def send(message: Any) -> None:
            if message["type"] == "http.response.start":
                statuses.append(message["status"])

        await limit({"type": "http", "method": "POST", "path": "/", "headers": [], "query_string": b""},
                    receive, send)

    cancelled = asyncio.ensure_future(one())
    waiting = [asyncio.ensure_future(one()) for _ in range(3)]
    await asyncio.sleep(0.05)
    cancelled.cancel()
    with pytest.raises(asyncio.CancelledError):
        await cancelled
    stopping.set()
    await asyncio.wait_for(asyncio.gather(*waiting), 2)
    assert statuses == [503, 503, 503]
