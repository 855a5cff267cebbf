"""The staff console over HTTP against the app in-process: sessions, CSRF, throttling, access
rules, status changes with the audit log, exports, map data and the overview."""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import openpyxl
import pytest

from bot.settings import Settings, StaffMember
from bot.staff import export
from bot.staff.accounts import hash_password
from handlers.services import Services
from handlers.web import chat, staff
from handlers.web.app import create_app

PASSWORD = "korrekt häst batteri häftklammer"
HASH = hash_password(PASSWORD)
NOW = dt.datetime(2026, 11, 20, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))


@dataclass
class Console:
    http: httpx.AsyncClient
    services: Services
    references: dict[str, list[str]]


def members() -> tuple[StaffMember, ...]:
    return (StaffMember(111, frozenset({"solvesborg"}), "Sara Samordnare", "sara", HASH),
            StaffMember(None, frozenset({"vellinge"}), "", "vera", HASH),
            StaffMember(None, None, "Alla Admin", "admin", HASH))


async def submit(services: Services, resident: str, municipality: str, description: str, *,
                 when: dt.datetime = NOW, code: str = "trafik", name: str = "Trafik",
                 place: str | None = "Storgatan 1", lat: float | None = 56.05) -> str:
    db = services.desk.db
    resident = services.desk.resident("web", resident)  # hashed, as the desk stores every resident
    await db.write_sessions([(resident, "web", {"step": "summary"}, when.timestamp())], [])
    return await db.submit(resident, "web", municipality[:3].upper(), {
        "municipality": municipality, "service_code": code, "service_name": name, "description": description,
        "lat": lat, "long": 14.58 if lat is not None else None, "address_string": place,
        "contact": "sara@example.se" if "kontakt" in description else None}, when)


@pytest.fixture()
async def console(tmp_path: Path) -> AsyncIterator[Console]:
    services = Services()
    await services.open(Settings(data_dir=tmp_path / "data", staff=members(), map_tile_url=""))
    references: dict[str, list[str]] = {"solvesborg": [], "vellinge": []}
    for n in range(3):
        references["solvesborg"].append(await submit(services, f"s{n}", "solvesborg", f"Mörkt vid stationen {n}",
                                                     when=NOW + dt.timedelta(hours=n)))
    references["vellinge"].append(await submit(services, "v0", "vellinge", "Fortkörning i Höllviken"))
    app = create_app(services, [*chat.routes(services), *staff.routes(services)])
    # https: the session cookie is Secure, and the client sends it only over https, as a browser does.
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app, client=("10.0.0.1", 1234)),
                                 base_url="https://test") as http:
        yield Console(http, services, references)
    await services.close()


def login_token(html: str) -> str:
    match = re.search(r'name="csrf" value="([^"]+)"', html)
    assert match, html
    return match.group(1)


async def sign_in(console: Console, username: str = "sara", password: str = PASSWORD) -> httpx.Response:
    form = await console.http.get("/staff/")
    return await console.http.post("/staff/logga-in", data={"csrf": login_token(form.text), "username": username,
                                                             "password": password})


async def signed_in(console: Console, username: str = "sara") -> str:
    response = await sign_in(console, username)
    assert response.status_code == 303 and response.headers["location"] == "/staff/synpunkter"
    page = await console.http.get("/staff/synpunkter")
    assert page.status_code == 200
    return login_token(page.text)  # the session's CSRF token, from the sign-out form


@pytest.mark.parametrize(("method", "path"), [
    ("GET", "/staff/synpunkter"), ("GET", "/staff/synpunkter/SOL-2026-000001"), ("GET", "/staff/karta"),
    ("GET", "/staff/oversikt"), ("GET", "/staff/oversikt.svg"), ("GET", "/staff/export.csv"),
    ("GET", "/staff/export.xlsx"), ("POST", "/staff/synpunkter/SOL-2026-000001/status"),
])
async def test_nothing_without_a_session(console: Console, method: str, path: str) -> None:
    response = await console.http.request(method, path, data={"status": "closed"} if method == "POST" else None)
    assert response.status_code == 303 and response.headers["location"] == "/staff/"
    assert (await console.http.get("/staff/karta.json")).status_code == 401
    concern = await console.services.desk.db.concern("SOL-2026-000001")
    assert concern is not None and concern.status == "open"


async def test_sign_in_sets_a_strict_secure_cookie_and_shows_only_my_municipality(console: Console) -> None:
    assert (await console.http.get("/staff")).headers["location"] == "/staff/"
    response = await sign_in(console)
    cookie = next(v for k, v in response.headers.multi_items()
                  if k == "set-cookie" and v.startswith(staff.SESSION_COOKIE))
    for attribute in ("HttpOnly", "Secure", "SameSite=strict", "Path=/staff", "Max-Age=28800"):
        assert attribute.lower() in cookie.lower(), cookie
    page = await console.http.get("/staff/synpunkter")
    for reference in console.references["solvesborg"]:
        assert reference in page.text
    assert console.references["vellinge"][0] not in page.text and "Höllviken" not in page.text
    assert "3 synpunkter matchar" in page.text
    # Newest first.
    shown = list(dict.fromkeys(re.findall(r"SOL-2026-\d+", page.text)))
    assert shown[:3] == list(reversed(console.references["solvesborg"]))
    # Security headers, and nothing that identifies a resident on the page.
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
    assert page.headers["x-content-type-options"] == "nosniff" and page.headers["cache-control"] == "no-store"
    residents = [c.service_request_id for c in await console.services.desk.db.concerns()]
    assert residents
    hashes = {console.services.desk.resident("web", f"s{n}") for n in range(3)}
    assert not any(h in page.text for h in hashes)


async def test_sign_in_form_needs_its_csrf_token(console: Console) -> None:
    await console.http.get("/staff/")
    missing = await console.http.post("/staff/logga-in", data={"username": "sara", "password": PASSWORD})
    wrong = await console.http.post("/staff/logga-in", data={"csrf": "x" * 43, "username": "sara",
                                                              "password": PASSWORD})
    assert missing.status_code == wrong.status_code == 403
    assert staff.SESSION_COOKIE not in console.http.cookies


async def test_wrong_passwords_are_refused_then_throttled_per_account(console: Console) -> None:
    for _ in range(5):
        refused = await sign_in(console, password="fel lösenord")
        assert refused.status_code == 401 and "Fel användarnamn eller lösenord" in refused.text
    throttled = await sign_in(console)  # even the right password waits now
    assert throttled.status_code == 429 and "Försök igen om 15 minuter" in throttled.text
    assert staff.SESSION_COOKIE not in console.http.cookies
    # Another account from another address is not affected.
    assert (await sign_in(console, "vera")).status_code == 303


async def test_an_unknown_username_gets_the_same_answer(console: Console) -> None:
    response = await sign_in(console, "nobody")
    assert response.status_code == 401 and "Fel användarnamn eller lösenord" in response.text


async def test_sessions_expire_and_sign_out_ends_them(console: Console) -> None:
    token = await signed_in(console)
    out = await console.http.post("/staff/logga-ut", data={"csrf": token})
    assert out.status_code == 303
    assert (await console.http.get("/staff/synpunkter")).status_code == 303
    await signed_in(console)
    db: Any = console.services.desk.db
    await db.write("UPDATE web_sessions SET expires_epoch = 0")
    assert (await console.http.get("/staff/synpunkter")).headers["location"] == "/staff/"


async def test_a_forged_cookie_is_refused(console: Console) -> None:
    await signed_in(console)
    value = console.http.cookies[staff.SESSION_COOKIE]
    console.http.cookies.clear()
    token, _, signature = value.partition(".")
    console.http.cookies.set(staff.SESSION_COOKIE, f"{token}.{'0' * len(signature)}", domain="test", path="/staff")
    assert (await console.http.get("/staff/synpunkter")).status_code == 303


async def test_another_municipality_is_refused_and_logged(console: Console, caplog: pytest.LogCaptureFixture) -> None:
    await signed_in(console)
    vellinge = console.references["vellinge"][0]
    with caplog.at_level(logging.WARNING):
        page = await console.http.get(f"/staff/synpunkter/{vellinge}")
    # The same answer as a reference that does not exist: no counting another municipality's concerns.
    missing = await console.http.get(f"/staff/synpunkter/{vellinge[:4]}2026-999999")
    assert page.status_code == missing.status_code == 404 and "behörighet" in page.text
    assert page.text.replace(vellinge, "REF") == missing.text.replace(f"{vellinge[:4]}2026-999999", "REF")
    assert "Höllviken" not in page.text
    assert any("refused access" in r.getMessage() and vellinge in r.getMessage() for r in caplog.records)
    entry = (await console.services.desk.db.audit_entries(vellinge))[0]
    assert entry.action == "denied" and entry.actor == "Sara Samordnare"
    assert (await console.http.get("/staff/synpunkter?kommun=vellinge")).status_code == 403
    assert (await console.http.get("/staff/export.csv?kommun=vellinge")).status_code == 403
    assert (await console.http.get("/staff/karta.json?kommun=vellinge")).status_code == 403
    token = login_token((await console.http.get("/staff/synpunkter")).text)
    changed = await console.http.post(f"/staff/synpunkter/{vellinge}/status",
                                      data={"csrf": token, "status": "closed", "note": ""})
    assert changed.status_code == 404
    concern = await console.services.desk.db.concern(vellinge)
    assert concern is not None and concern.status == "open"
    assert (await console.http.get("/staff/synpunkter/SOL-2026-999999")).status_code == 404


async def test_status_change_needs_csrf_and_reaches_the_residents_mina(console: Console) -> None:
    token = await signed_in(console)
    reference = console.references["solvesborg"][0]
    for bad in ({}, {"csrf": "wrong"}):
        refused = await console.http.post(f"/staff/synpunkter/{reference}/status",
                                          data={**bad, "status": "closed", "note": "x"})
        assert refused.status_code == 403
    invalid = await console.http.post(f"/staff/synpunkter/{reference}/status",
                                      data={"csrf": token, "status": "maybe", "note": ""})
    assert invalid.status_code == 400
    saved = await console.http.post(f"/staff/synpunkter/{reference}/status",
                                    data={"csrf": token, "status": "in_lagesbild", "note": "Med i hösten lägesbild."})
    assert saved.status_code == 303 and saved.headers["location"].endswith("?sparad=1")
    page = await console.http.get(saved.headers["location"])
    assert "Sparat." in page.text and "i lägesbilden" in page.text and "Sara Samordnare" in page.text
    mine = await console.services.desk.mine("web", "s0", "sv")
    assert f"{reference}" in mine and "i lägesbilden: Med i hösten lägesbild." in mine
    (entry,) = await console.services.desk.db.audit_entries(reference)
    assert (entry.actor, entry.old, entry.new, entry.note) == ("Sara Samordnare", "open", "in_lagesbild",
                                                               "Med i hösten lägesbild.")


async def test_filters_and_paging(console: Console) -> None:
    services = console.services
    for n in range(120):
        await submit(services, f"p{n}", "solvesborg", f"Klotter nummer {n}", code="skadegorelse",
                     name="Skadegörelse", when=NOW - dt.timedelta(days=1, minutes=n))
    await signed_in(console)
    first = await console.http.get("/staff/synpunkter?kategori=skadegorelse")
    assert "120 synpunkter matchar" in first.text and "Visar 1–50" in first.text
    next_link = re.search(r'href="(\?[^"]+)" rel="next"', first.text)
    assert next_link
    second = await console.http.get("/staff/synpunkter" + next_link.group(1).replace("&amp;", "&"))
    assert "Visar 51–100" in second.text and "Sida 2" in second.text
    assert not set(re.findall(r"SOL-2026-\d+", first.text)) & set(re.findall(r"SOL-2026-\d+", second.text))
    text = await console.http.get("/staff/synpunkter?q=nummer+7&status=open")
    assert "11 synpunkter matchar" in text.text  # 7, 70–79
    dated = await console.http.get(f"/staff/synpunkter?fran={NOW.date()}&till={NOW.date()}")
    assert "3 synpunkter matchar" in dated.text
    bad = await console.http.get("/staff/synpunkter?fran=2026-13-01")
    assert bad.status_code == 400 and "ÅÅÅÅ-MM-DD" in bad.text
    unknown = await console.http.get("/staff/synpunkter?status=gone")
    assert unknown.status_code == 400 and "Okänd status" in unknown.text


async def test_downloads_are_the_current_filter(console: Console) -> None:
    await submit(console.services, "x", "solvesborg", "Langning vid skolan, kontakt gärna", code="droger",
                 name="Droger")
    await signed_in(console)
    response = await console.http.get("/staff/export.csv?kategori=droger")
    assert response.status_code == 200 and "attachment" in response.headers["content-disposition"]
    assert response.headers["content-disposition"].endswith('.csv"')
    rows = export.read_csv(response.content.decode("utf-8-sig"))
    assert [r["description"] for r in rows] == ["Langning vid skolan, kontakt gärna"]
    assert rows[0]["contact"] == "sara@example.se"  # the resident agreed to be contacted
    assert "resident" not in response.content.decode("utf-8-sig").split("\r\n")[0]
    xlsx = await console.http.get("/staff/export.xlsx?kommun=solvesborg")
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx.content), read_only=True).worksheets[0]
    values = [row for row in sheet.iter_rows(values_only=True)]
    assert len(values) == 1 + 4 and all("Höllviken" not in str(row) for row in values)
    open311 = (await console.http.get("/staff/export.json")).json()
    assert len(open311) == 4


async def test_map_points_and_overview(console: Console) -> None:
    await submit(console.services, "n", "solvesborg", "Ingen plats", place=None, lat=None)
    await console.services.desk.db.log_unanswered("Vad kostar parkering?", "solvesborg", "out_of_scope", "sv", NOW)
    await signed_in(console)
    points = (await console.http.get("/staff/karta.json")).json()
    assert {p["reference"] for p in points["points"]} == set(console.references["solvesborg"])
    assert all(p["url"] == f"/staff/synpunkter/{p['reference']}" for p in points["points"])
    page = await console.http.get("/staff/karta")
    assert "/static/vendor/leaflet/leaflet.js" in page.text and "<script>" not in page.text
    overview = await console.http.get("/staff/oversikt")
    assert "4 synpunkter" in overview.text and "Vad kostar parkering?" in overview.text
    chart = await console.http.get("/staff/oversikt.svg")
    assert chart.headers["content-type"].startswith("image/svg+xml") and "Sölvesborg" in chart.text


async def test_vendored_map_library_is_served_with_its_licence(console: Console) -> None:
    for path in ("/static/vendor/leaflet/leaflet.js", "/static/vendor/leaflet/LICENSE",
                 "/static/vendor/leaflet.markercluster/leaflet.markercluster.js", "/static/staff-map.js"):
        assert (await console.http.get(path)).status_code == 200, path


async def test_the_tile_host_is_allowed_only_when_set() -> None:
    assert "tile.openstreetmap.org" in staff.csp(Settings())
    assert "openstreetmap" not in staff.csp(Settings(map_tile_url=""))


async def test_plain_http_on_another_address_says_why_sign_in_fails(console: Console,
                                                                     caplog: pytest.LogCaptureFixture) -> None:
    assert "vanlig http" not in (await console.http.get("/staff/")).text  # https: nothing to warn of
    app = create_app(console.services, [*chat.routes(console.services), *staff.routes(console.services)])
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app, client=("192.168.1.20", 1234)),
                                 base_url="http://192.168.1.5:8080") as plain:
        form = await plain.get("/staff/")
        assert "Inloggningen fungerar inte över vanlig http på 192.168.1.5" in form.text
        with caplog.at_level("WARNING"):
            refused = await plain.post("/staff/logga-in", data={"csrf": login_token(form.text), "username": "sara",
                                                                 "password": PASSWORD})
        assert refused.status_code == 403
        assert "https" in refused.text and "web_cookie_secure: false" in refused.text
        assert "säkerhetstoken saknas" not in refused.text
        assert any("plain http" in r.getMessage() for r in caplog.records)
        assert PASSWORD not in caplog.text


async def test_the_coordinator_sees_what_is_out_of_date_for_their_kommun(console: Console,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    await signed_in(console)  # sara: Sölvesborg only
    assert "har upphört eller saknar slutdatum" not in (await console.http.get("/staff/synpunkter")).text
    monkeypatch.setattr(console.services.engine, "today", lambda: dt.date(2027, 9, 1))  # nine months on
    start = await console.http.get("/staff/synpunkter")
    assert 'href="/staff/aktualitet"' in start.text and "har upphört eller saknar slutdatum" in start.text
    listed = await console.http.get("/staff/aktualitet")
    assert listed.status_code == 200
    assert "Sölvesborg" in listed.text and "Vellinge" not in listed.text
    assert "Samverkansöverenskommelse" in listed.text and "har upphört" in listed.text
