"""The web chat's API over HTTP against the app in-process: the same dialogue as Telegram, limits,
bad input answered with a clear 4xx, nothing lost."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.settings import Settings
from handlers.services import Services
from handlers.web import chat
from handlers.web.app import create_app
from tests.pg import needs_postgres

CONVERSATION = "test-conversation-0001"


@pytest.fixture()
async def client(tmp_path: Path) -> AsyncIterator[tuple[httpx.AsyncClient, Services]]:
    services = Services()
    await services.open(Settings(data_dir=tmp_path / "data", web_requests_per_minute=20,
                                 web_frame_ancestors="https://www.solvesborg.se"))
    app = create_app(services, chat.routes(services))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as http:
        yield http, services
    await services.close()


async def ask(http: httpx.AsyncClient, conversation: str = CONVERSATION, **body: Any) -> httpx.Response:
    return await http.post("/api/chat", json={"conversation": conversation, **body})


async def test_answer_with_sources_and_follow_ups(client: tuple[httpx.AsyncClient, Services]) -> None:
    http, _ = client
    response = await ask(http, text="Vad fokuserar Sölvesborg på?")
    assert response.status_code == 200
    (answer,) = response.json()["outputs"]
    assert answer["type"] == "answer" and "Minskad tillgreppsbrottslighet" in answer["text"]
    assert answer["sources"] and "Källa:" in answer["text"]
    assert {f["topic"] for f in answer["follow_ups"]} == {"period", "people", "source"}
    period = await ask(http, topic={"municipality": "solvesborg", "topic": "period"})
    assert "2026" in period.json()["outputs"][0]["text"]


async def test_a_concern_from_start_to_receipt_then_mine_and_delete(client: tuple[httpx.AsyncClient, Services]) -> None:
    http, services = client
    steps = [{"text": "/synpunkt"}, {"choice": "kavlinge"}, {"choice": "trafik"}, {"text": "Korsningen vid Storgatan"},
             {"text": "Bilarna kör alldeles för fort på morgonen"}, {"choice": "no"}]
    for step in steps:
        response = await ask(http, **step)
        assert response.status_code == 200, response.text
    summary = response.json()["outputs"][0]
    assert summary["type"] == "prompt" and "Plats: Korsningen vid Storgatan" in summary["text"]
    receipt = (await ask(http, choice="send")).json()["outputs"][0]
    assert receipt["kind"] == "receipt" and receipt["reference"].startswith("KAV-")
    (stored,) = await services.desk.db.concerns()
    assert stored.service_request_id == receipt["reference"] and stored.channel == "web"
    mine = (await ask(http, text="/mina")).json()["outputs"][0]
    assert receipt["reference"] in mine["text"]
    other = (await ask(http, conversation="someone-else-entirely-1", text="/mina")).json()["outputs"][0]
    assert receipt["reference"] not in other["text"]
    assert (await ask(http, text="/radera")).json()["outputs"][0]["choices"][0]["id"] == "delete-yes"
    assert "1 synpunkt" in (await ask(http, choice="delete-yes")).json()["outputs"][0]["text"]
    assert await services.desk.db.concerns() == []


async def test_112_first(client: tuple[httpx.AsyncClient, Services]) -> None:
    http, _ = client
    (answer,) = (await ask(http, text="någon bryter sig in nu")).json()["outputs"]
    assert answer["topic"] == "emergency" and "112" in answer["text"].split("\n")[0]


@pytest.mark.parametrize(("body", "message"), [
    ({"conversation": CONVERSATION, "text": "hej", "admin": True}, "unknown field(s): admin"),
    ({"conversation": "short", "text": "hej"}, "conversation must be"),
    ({"conversation": CONVERSATION, "text": "x" * 10_000}, "longer than 2000"),
    ({"conversation": CONVERSATION, "text": 5}, "text must be a string"),
    ({"conversation": CONVERSATION}, "nothing to answer"),
    ({"conversation": CONVERSATION, "location": [1, "a"]}, "location must be"),
    ({"conversation": CONVERSATION, "topic": {"municipality": "../x", "topic": "period"}}, "topic must be"),
    ([1, 2], "expected a JSON object"),
])
async def test_bad_input_is_a_clear_400(client: tuple[httpx.AsyncClient, Services], body: Any, message: str) -> None:
    http, _ = client
    response = await http.post("/api/chat", json=body)
    assert response.status_code == 400 and message in response.json()["error"]


async def test_not_json_and_too_large(client: tuple[httpx.AsyncClient, Services]) -> None:
    http, _ = client
    assert (await http.post("/api/chat", content=b"{not json",
                            headers={"Content-Type": "application/json"})).status_code == 400
    assert (await http.post("/api/chat", content=b"x" * (2 * 1024 * 1024))).status_code == 413
    assert (await http.get("/api/chat")).status_code == 405


async def test_rate_limit_per_conversation_with_retry_after(client: tuple[httpx.AsyncClient, Services]) -> None:
    http, _ = client
    statuses = [(await ask(http, text="Vad fokuserar Vellinge på?")).status_code for _ in range(25)]
    assert statuses[:20] == [200] * 20 and statuses[-1] == 429
    limited = await ask(http, text="hej")
    assert limited.status_code == 429 and int(limited.headers["retry-after"]) >= 1
    assert (await ask(http, conversation="another-conversation-2", text="hej")).status_code == 200


async def test_the_web_chat_shows_residents_the_trygghetsmatning(client: tuple[httpx.AsyncClient, Services]) -> None:
    """The page opens with /start, and /hjalp is the chat's help: both name /trygghet (issue 28), in
    English /survey, and the command starts the survey here as in Telegram."""
    http, _ = client
    welcome = (await ask(http, text="/start")).json()["outputs"][0]
    assert welcome["kind"] == "welcome" and "/trygghet" in welcome["text"]
    helped = (await ask(http, text="/hjalp")).json()["outputs"][0]
    assert "/trygghet – " in helped["text"] and "/synpunkt – " in helped["text"]
    english = (await ask(http, conversation="english-conversation-1", text="/help", language="en")).json()
    assert "/survey – " in english["outputs"][0]["text"]
    survey = (await ask(http, text="/trygghet")).json()["outputs"][0]
    assert survey["kind"] == "survey" and survey["step"] == "survey_municipality"
    # Never a button per kommun: the name is typed, with typos and without å/ä/ö (#32).
    assert survey["choices"] == [] and "Skriv kommunens namn." in survey["text"]
    typed = (await ask(http, text="solvesborg")).json()["outputs"][0]
    assert typed["kind"] == "survey" and typed["step"] != "survey_municipality"


async def test_page_headers_and_language(client: tuple[httpx.AsyncClient, Services]) -> None:
    http, services = client
    page = await http.get("/?kommun=solvesborg", headers={"Accept-Language": "sv-SE,sv;q=0.9"})
    assert page.status_code == 200 and '<html lang="sv">' in page.text and 'data-kommun="solvesborg"' in page.text
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'self' https://www.solvesborg.se" in csp
    assert "<script>" not in page.text and "http" not in page.text.split("<body")[1]  # no inline script, no CDN
    english = await http.get("/", headers={"Accept-Language": "en-GB"})
    assert '<html lang="en">' in english.text and "Your question" in english.text
    hostile = await http.get('/?kommun="><script>alert(1)</script>')
    assert "<script>alert" not in hostile.text
    assert (await http.get("/static/chat.js")).status_code == 200
    embed = await http.get("/embed.js")
    assert embed.headers["content-type"].startswith("text/javascript") and "data-kommun" in embed.text
    health = (await http.get("/healthz")).json()
    assert health == {"status": "ok", "municipalities": len(services.engine.knowledge.municipalities),
                      "database": "ok"}


@needs_postgres
@pytest.mark.postgres
async def test_limits_hold_across_two_processes_on_one_database(tmp_path: Path, postgres_server: Any) -> None:
    """Two app instances (as two processes behind a load balancer) share one conversation's limit."""
    url = postgres_server.new_database()
    clients, services_list = [], []
    for n in range(2):
        services = Services()
        await services.open(Settings(data_dir=tmp_path / f"data{n}", database_url=url, web_requests_per_minute=3,
                                     resident_hash_key="shared-key-" + "k" * 24))
        services_list.append(services)
        app = create_app(services, chat.routes(services))
        clients.append(httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test"))
    try:
        statuses = [(await ask(clients[n % 2], text="hej")).status_code for n in range(4)]
        assert statuses == [200, 200, 200, 429]
    finally:
        for client in clients:
            await client.aclose()
        for services in services_list:
            await services.close()


async def test_a_lone_process_reads_a_residents_session_once(client: tuple[httpx.AsyncClient, Services],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite has one process: a resident found without a concern in progress is remembered so, and
    the next questions cost no session read; a concern they start and end is still seen."""
    http, services = client
    reads: list[str] = []
    load = services.desk.db.load_session

    async def counted(resident: str, channel: str) -> Any:
        reads.append(resident)
        return await load(resident, channel)

    monkeypatch.setattr(services.desk.db, "load_session", counted)
    for text in ("Vad fokuserar Sölvesborg på?", "Hur länge gäller avtalet i Vellinge?", "Vad betyder medborgarlöfte?"):
        assert (await ask(http, text=text)).status_code == 200
    assert len(reads) <= 1
    started = (await ask(http, text="/synpunkt")).json()["outputs"]
    assert any(output.get("choices") for output in started)  # the concern's first step, with its choices
    stopped = (await ask(http, text="/avbryt")).json()["outputs"]
    assert stopped and (await ask(http, text="Vad fokuserar Sölvesborg på?")).status_code == 200
    assert len(reads) <= 1
