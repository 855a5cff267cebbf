"""The entry editor in the staff console, in-process on both engines: a coordinator adds an agreement
for their kommun with its source, previews residents' answers beside today's, publishes, and the
next question in the web chat gets it; another kommun's member is refused (403); every step is in
the audit log; a second process on the same PostgreSQL serves the entry without a restart; and
`trygghetsbot knowledge export` writes files that `validate` accepts.

The agreement below is made up for the test (a name no kommun has): it is never written into the
knowledge base."""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.answering.knowledge import bundled_path, load, validate
from bot.answering.reload import agreement_changes
from bot.cli import main
from bot.settings import Settings, StaffMember
from bot.staff import entry_editor
from bot.staff.accounts import hash_password
from bot.storage.entry_edits import EDITS_DIR
from handlers.services import Services
from handlers.web import chat, staff
from handlers.web.app import create_app

PASSWORD = "korrekt häst batteri häftklammer"
HASH = hash_password(PASSWORD)
FOCUS = "Trygghet kring Testtorget"
NEW_AGREEMENT = {
    "add": "1", "kind": "medborgarlofte", "title": "Medborgarlöfte för testets skull", "start": "2026-01-01",
    "end": "2027-12-31", "signed": "", "focus": f"{FOCUS} | Safety around Testtorget\nTrygg skolväg",
    "people": "Testa Testsson; kommunstyrelsens ordförande; skrev under", "parties": "Sölvesborgs kommun\nPolisen",
    "url": "https://example.org/medborgarlofte-test", "source_title": "Nytt medborgarlöfte (test)",
    "publisher": "Sölvesborgs kommun", "source_date": "2026-01-10", "quote": "Vi lovar trygghet kring Testtorget",
}


def members() -> tuple[StaffMember, ...]:
    return (StaffMember(None, frozenset({"solvesborg"}), "Sara Samordnare", "sara", HASH),
            StaffMember(None, frozenset({"vellinge"}), "Vera Vellinge", "vera", HASH),
            StaffMember(None, None, "Alla Admin", "admin", HASH))


def settings_for(data: Path, database_url: str) -> Settings:
    return Settings(data_dir=data, staff=members(), map_tile_url="", database_url=database_url,
                    resident_hash_key="entry-editor-test-" + "k" * 24 if database_url else "")


@pytest.fixture()
async def console(tmp_path: Path, database_url: str) -> AsyncIterator[tuple[httpx.AsyncClient, Services]]:
    services = Services()
    await services.open(settings_for(tmp_path / "data", database_url))
    app = create_app(services, [*chat.routes(services), *staff.routes(services)])
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app, client=("10.0.0.1", 1234)),
                                 base_url="https://test") as http:
        yield http, services
    await services.close()


def csrf_of(html: str) -> str:
    match = re.search(r'name="csrf" value="([^"]+)"', html)
    assert match, html
    return match.group(1)


async def sign_in(http: httpx.AsyncClient, username: str) -> str:
    form = await http.get("/staff/")
    response = await http.post("/staff/logga-in", data={"csrf": csrf_of(form.text), "username": username,
                                                         "password": PASSWORD})
    assert response.status_code == 303
    return csrf_of((await http.get("/staff/synpunkter")).text)


async def ask(http: httpx.AsyncClient, text: str) -> str:
    response = await http.post("/api/chat", json={"conversation": "entry-editor-test-01", "text": text})
    assert response.status_code == 200
    return "\n".join(o.get("text", "") for o in response.json()["outputs"])


def hidden_fields(html: str) -> dict[str, str]:
    import html as html_lib

    return {name: html_lib.unescape(value) for name, value in
            re.findall(r'<input type="hidden" name="([a-z_]+)" value="([^"]*)">', html)}


async def publish(http: httpx.AsyncClient, csrf: str, kommun: str = "solvesborg",
                  extra: dict[str, str] | None = None) -> tuple[httpx.Response, httpx.Response]:
    form_page = await http.get(f"/staff/kunskap/{kommun}")
    assert form_page.status_code == 200
    version = re.search(r'name="version" value="(\d+)"', form_page.text)
    assert version
    police = re.search(r'id="police_area" name="police_area" value="([^"]*)"', form_page.text)
    form = {"csrf": csrf, "version": version[1], "police_area": police[1] if police else "", "localities": "",
            **NEW_AGREEMENT, **(extra or {})}
    preview = await http.post(f"/staff/kunskap/{kommun}/forhandsgranska", data=form)
    if preview.status_code != 200:
        return preview, preview
    published = await http.post(f"/staff/kunskap/{kommun}/publicera", data=hidden_fields(preview.text))
    return preview, published


async def test_a_coordinator_adds_previews_and_publishes_and_residents_get_it(
        console: tuple[httpx.AsyncClient, Services], tmp_path: Path) -> None:
    http, services = console
    assert FOCUS not in await ask(http, "Vad fokuserar Sölvesborg på?")
    csrf = await sign_in(http, "sara")
    chooser = await http.get("/staff/kunskap")
    assert chooser.status_code == 303 and chooser.headers["location"] == "/staff/kunskap/solvesborg"
    page = await http.get("/staff/kunskap/solvesborg")
    assert "Minskad tillgreppsbrottslighet" in page.text  # today's focus areas, shown in the form
    before_reload: list[Any] = []
    services.reload_listeners.append(before_reload.append)

    preview, published = await publish(http, csrf)
    assert preview.status_code == 200, preview.text
    assert "Efter publicering" in preview.text and FOCUS in preview.text and "Minskad tillgreppsbrottslighet" in preview.text
    assert published.status_code == 303 and published.headers["location"] == "/staff/kunskap/solvesborg?publicerad=1", published.text
    assert FOCUS in await ask(http, "Vad fokuserar Sölvesborg på?")  # at once, in this process
    assert "Testa Testsson" in await ask(http, "Vem är kommunstyrelsens ordförande i Sölvesborg?")
    (reloaded,) = before_reload
    assert reloaded.changes["solvesborg"].new == ("medborgarlofte-2026",)
    page = await http.get("/staff/kunskap/solvesborg?publicerad=1")
    assert "Publicerat" in page.text and FOCUS in page.text and "Sara Samordnare" in page.text

    audit = await services.desk.db.audit_entries(entry_editor.audit_reference("solvesborg"))
    assert [(a.actor, a.action) for a in audit] == [("Sara Samordnare", "entry_previewed"),
                                                    ("Sara Samordnare", "entry_published")]
    assert audit[1].old == "0" and audit[1].new == "1" and "medborgarlofte-2026" in audit[1].note
    (version,) = await services.desk.db.entry_versions("solvesborg")
    assert "Testtorget" in version.text
    assert FOCUS not in (bundled_path() / "municipalities" / "solvesborg.yaml").read_text(encoding="utf-8")
    if not services.settings.database_url:
        assert (tmp_path / "data" / EDITS_DIR / "solvesborg" / "000001.yaml").exists()

    # A second publication keeps the first as the previous version.
    preview, published = await publish(http, csrf, extra={"add": "", "police_area": "Karlskrona"})
    assert published.status_code == 303, published.text
    assert [v.version for v in await services.desk.db.entry_versions("solvesborg")] == [2, 1]
    assert services.engine.knowledge.municipalities["solvesborg"].police_area == "Karlskrona"


async def test_a_member_of_another_kommun_cannot_edit_it(console: tuple[httpx.AsyncClient, Services]) -> None:
    http, services = console
    csrf = await sign_in(http, "vera")
    assert (await http.get("/staff/kunskap/solvesborg")).status_code == 403
    form = {"csrf": csrf, "version": "0", "police_area": "", "localities": "", **NEW_AGREEMENT}
    assert (await http.post("/staff/kunskap/solvesborg/forhandsgranska", data=form)).status_code == 403
    assert (await http.post("/staff/kunskap/solvesborg/publicera", data=form)).status_code == 403
    assert await services.desk.db.entry_edits() == {}
    audit = await services.desk.db.audit_entries(entry_editor.audit_reference("solvesborg"))
    assert [(a.actor, a.action) for a in audit] == [("Vera Vellinge", "entry_denied")] * 3
    assert FOCUS not in await ask(http, "Vad fokuserar Sölvesborg på?")


async def test_every_kommun_for_a_member_with_every_kommun(console: tuple[httpx.AsyncClient, Services]) -> None:
    http, services = console
    csrf = await sign_in(http, "admin")
    assert "Sölvesborg" in (await http.get("/staff/kunskap")).text
    _, published = await publish(http, csrf, "vellinge", {"parties": "Vellinge kommun"})
    assert published.status_code == 303
    assert "vellinge" in await services.desk.db.entry_edits()


async def test_what_validate_refuses_is_not_published(console: tuple[httpx.AsyncClient, Services]) -> None:
    http, services = console
    csrf = await sign_in(http, "sara")
    base = {"csrf": csrf, "version": "0", "police_area": "", "localities": ""}
    no_quote = await http.post("/staff/kunskap/solvesborg/forhandsgranska", data={**base, **NEW_AGREEMENT, "quote": ""})
    assert no_quote.status_code == 400 and "citat" in no_quote.text
    bad_date = await http.post("/staff/kunskap/solvesborg/publicera", data={**base, **NEW_AGREEMENT, "end": "2025"})
    assert bad_date.status_code == 400 and "end 2025 is before start 2026-01-01" in bad_date.text
    no_csrf = await http.post("/staff/kunskap/solvesborg/publicera", data={**base, **NEW_AGREEMENT, "csrf": "x"})
    assert no_csrf.status_code == 403
    assert await services.desk.db.entry_edits() == {}
    assert [a.action for a in await services.desk.db.audit_entries("entry/solvesborg")] == ["entry_rejected"]


async def test_export_writes_files_validate_accepts(console: tuple[httpx.AsyncClient, Services],
                                                    tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    http, services = console
    csrf = await sign_in(http, "sara")
    assert (await publish(http, csrf))[1].status_code == 303
    monkeypatch.setenv("TRYGGHETSBOT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("TRYGGHETSBOT_DATABASE_URL", services.settings.database_url)
    out = io.StringIO()
    target = tmp_path / "export"
    code = await asyncio.to_thread(main, ["knowledge", "export", "-o", str(target), "--whole"], out)
    assert code == 0, out.getvalue()
    assert "1 entry edited in the console" in out.getvalue() and "validates" in out.getvalue()
    assert validate(target) == []
    assert FOCUS in (target / "municipalities" / "solvesborg.yaml").read_text(encoding="utf-8")
    assert load(target).municipalities["solvesborg"].agreements[-1].id == "medborgarlofte-2026"


async def test_another_process_serves_the_entry_without_a_restart(
        console: tuple[httpx.AsyncClient, Services], tmp_path: Path, database_url: str) -> None:
    if not database_url:
        pytest.skip("SQLite is one process; PostgreSQL is shared by several")
    http, _ = console
    other = Services()
    other.edits_poll_seconds = 0.2
    await other.open(settings_for(tmp_path / "other", database_url))
    try:
        csrf = await sign_in(http, "sara")
        assert (await publish(http, csrf))[1].status_code == 303
        for _ in range(300):
            if "solvesborg" in other.edits:
                break
            await asyncio.sleep(0.1)
        assert FOCUS in other.engine.answer("Vad fokuserar Sölvesborg på?").text
    finally:
        await other.close()


def test_changes_are_reported_per_kommun() -> None:
    knowledge = load()
    kommun = next(k for k in [knowledge.municipalities["solvesborg"]])
    assert agreement_changes(knowledge, knowledge) == {} and agreement_changes(None, knowledge) == {}
    raw = entry_editor.raw_entry(knowledge, bundled_path(), {}, _kommun("solvesborg", knowledge))
    edited = entry_editor.apply(raw, entry_editor.parse_form({**NEW_AGREEMENT, "police_area": kommun.police_area}))
    edited["agreements"][0]["end"] = 2030
    changed = load(bundled_path(), {"solvesborg": entry_editor.entry_text(edited)})
    found = agreement_changes(knowledge, changed)
    assert list(found) == ["solvesborg"]
    assert found["solvesborg"].new == ("medborgarlofte-2026",)
    assert found["solvesborg"].changed == (kommun.agreements[0].id,) and not found["solvesborg"].removed


def _kommun(kommun_id: str, knowledge: Any) -> Any:
    from bot.answering.places import Places

    kommun = Places(knowledge).get(kommun_id)
    assert kommun is not None
    return kommun


def test_form_rules() -> None:
    with pytest.raises(Exception, match="https://"):
        entry_editor.parse_form({**NEW_AGREEMENT, "url": "javascript:alert(1)"})
    with pytest.raises(Exception, match="Namn; roll"):
        entry_editor.parse_form({**NEW_AGREEMENT, "people": "Bara ett namn"})
    with pytest.raises(Exception, match="ÅÅÅÅ"):
        entry_editor.parse_form({**NEW_AGREEMENT, "start": "januari"})
    change = entry_editor.parse_form({**NEW_AGREEMENT, "localities": "Mjällby\n\nNorje\n"})
    assert change.localities == ("Mjällby", "Norje") and change.agreement is not None
    assert change.agreement.people == (("Testa Testsson", "kommunstyrelsens ordförande", True),)
    assert change.agreement.focus[1] == ("Trygg skolväg", "Trygg skolväg")
    assert dt.date(2026, 1, 1) == entry_editor.yaml_date("2026-01-01")


async def test_a_kommun_without_an_entry_gets_one(console: tuple[httpx.AsyncClient, Services]) -> None:
    http, services = console
    assert "ragunda" not in services.engine.knowledge.municipalities  # searched for, none published
    csrf = await sign_in(http, "admin")
    page = await http.get("/staff/kunskap/ragunda")
    assert "Ingen publicerad överenskommelse finns registrerad för Ragunda" in page.text  # its search record
    _, published = await publish(http, csrf, "ragunda", {"parties": "Ragunda kommun\nPolisen",
                                                          "publisher": "Ragunda kommun"})
    assert published.status_code == 303, published.text
    assert FOCUS in await ask(http, "Vad fokuserar Ragunda på?")
    # The Telegram /reload (and the file watcher) reload with the published entries still in place.
    assert services.reload() == []
    assert "ragunda" in services.engine.knowledge.municipalities


async def test_a_publication_on_an_older_version_is_shown_the_newer_one(
        console: tuple[httpx.AsyncClient, Services]) -> None:
    http, services = console
    csrf = await sign_in(http, "sara")
    preview, _ = await publish(http, csrf)  # version 0 -> 1
    stale = hidden_fields(preview.text)  # the same form again, still on version 0
    again = await http.post("/staff/kunskap/solvesborg/publicera", data=stale)
    assert again.status_code == 409 and "Någon annan publicerade" in again.text
    assert 'name="version" value="1"' in again.text
    assert [v.version for v in await services.desk.db.entry_versions("solvesborg")] == [1]


# Changing an existing agreement: its end date with a new page that says so.
CHANGED = "medborgarlofte-2024"
EXTENSION = {"source_choice": "ny", "url": "https://example.org/forlangt-medborgarlofte-test",
             "source_title": "Medborgarlöftet förlängs (test)", "publisher": "Sölvesborgs kommun",
             "source_date": "2025-01-15", "quote": "Medborgarlöftet förlängs till och med 2025"}


def form_fields(html: str) -> dict[str, str]:
    """The values a form shows: its inputs (hidden or not) and textareas."""
    import html as html_lib

    fields = {name: value for name, value in re.findall(r'<input[^>]* name="([a-z_]+)" value="([^"]*)"', html)
              if name != "source_choice"}
    fields.update(re.findall(r'<textarea id="[a-z_]+" name="([a-z_]+)"[^>]*>(.*?)</textarea>', html, re.S))
    return {name: html_lib.unescape(value) for name, value in fields.items()}


async def change_form(http: httpx.AsyncClient, agreement: str = CHANGED, kommun: str = "solvesborg") -> dict[str, str]:
    page = await http.get(f"/staff/kunskap/{kommun}/avtal/{agreement}")
    assert page.status_code == 200, page.text
    return form_fields(page.text.split('<form class="entry-form"', 1)[1].split("</form>", 1)[0])


async def test_a_coordinator_changes_an_agreements_end_date_and_residents_get_it(
        console: tuple[httpx.AsyncClient, Services]) -> None:
    http, services = console
    question = "Hur länge gäller avtalet i Sölvesborg?"
    assert "31 december 2025" not in await ask(http, question)
    await sign_in(http, "sara")
    entry_page = await http.get("/staff/kunskap/solvesborg")
    assert f'href="/staff/kunskap/solvesborg/avtal/{CHANGED}"' in entry_page.text
    form = await change_form(http)
    # Today's values, filled in: dates, focus areas with their English, the entry's people and parties.
    assert (form["start"], form["end"], form["agreement"], form["version"]) == ("2024", "2024", CHANGED, "0")
    assert "Louise Erixon" in form["people"] and "Sölvesborgs kommun" in form["parties"]
    assert form["focus"] and form["quote"] == ""
    listened: list[Any] = []
    services.reload_listeners.append(listened.append)

    preview = await http.post("/staff/kunskap/solvesborg/forhandsgranska",
                              data={**form, "end": "2025-12-31", **EXTENSION})
    assert preview.status_code == 200, preview.text
    after = re.findall(r'<td class="answer">(.*?)</td>', preview.text, re.S)
    assert "till 31 december 2025" not in after[2] and "till 31 december 2025" in after[3]  # today, after
    published = await http.post("/staff/kunskap/solvesborg/publicera", data=hidden_fields(preview.text))
    assert published.status_code == 303, published.text

    assert "från 2024 till 31 december 2025" in await ask(http, question)  # the resident's next question
    (reloaded,) = listened
    assert reloaded.changes["solvesborg"].changed == (CHANGED,) and not reloaded.changes["solvesborg"].new
    entry = services.engine.knowledge.municipalities["solvesborg"]
    changed = next(a for a in entry.agreements if a.id == CHANGED)
    assert str(changed.end) == "2025-12-31" and entry.source(changed.source_id).url == EXTENSION["url"]
    # What came from the old page keeps it; the people and focus areas are as they were.
    assert {area.source_id for area in changed.areas} == {"polisen-2024"}
    assert entry.police_area == "Karlshamn"  # the agreement's form leaves the rest of the entry as it was
    assert [p.name for p in entry.people] == [p.name for p in load().municipalities["solvesborg"].people]

    audit = await services.desk.db.audit_entries(entry_editor.audit_reference("solvesborg"))
    assert [(a.actor, a.action) for a in audit] == [("Sara Samordnare", "entry_previewed"),
                                                    ("Sara Samordnare", "entry_published")]
    assert audit[1].note == (f"avtal {CHANGED} ändrat (source: polisen-2024 → kalla-{CHANGED}, "
                             "end: 2024 → 2025-12-31, quote)") and audit[1].new == "1"
    # The previous version is kept: the bundled file, and the published one when it changes again.
    form = await change_form(http)
    assert form["end"] == "2025-12-31" and form["version"] == "1"
    again = await http.post("/staff/kunskap/solvesborg/publicera", data={
        **form, "title": "Medborgarlöfte 2024–2025", "source_choice": "befintlig",
        "quote": "Medborgarlöftet förlängs till och med 2025"})
    assert again.status_code == 303, again.text
    versions = await services.desk.db.entry_versions("solvesborg")
    assert [v.version for v in versions] == [2, 1] and "Medborgarlöfte 2024–2025" not in versions[1].text
    titled = next(a for a in services.engine.knowledge.municipalities["solvesborg"].agreements if a.id == CHANGED)
    assert titled.title == "Medborgarlöfte 2024–2025" and titled.source_id == f"kalla-{CHANGED}"


async def test_another_kommuns_member_cannot_change_an_agreement(console: tuple[httpx.AsyncClient, Services]) -> None:
    http, services = console
    csrf = await sign_in(http, "vera")
    assert (await http.get(f"/staff/kunskap/solvesborg/avtal/{CHANGED}")).status_code == 403
    form = {"csrf": csrf, "version": "0", "agreement": CHANGED, "start": "2024", "end": "2025",
            "parties": "Sölvesborgs kommun", **EXTENSION}
    assert (await http.post("/staff/kunskap/solvesborg/forhandsgranska", data=form)).status_code == 403
    assert (await http.post("/staff/kunskap/solvesborg/publicera", data=form)).status_code == 403
    assert await services.desk.db.entry_edits() == {}
    audit = await services.desk.db.audit_entries(entry_editor.audit_reference("solvesborg"))
    assert [a.action for a in audit] == ["entry_denied"] * 3


async def test_a_change_without_its_source_is_refused_and_the_form_kept(
        console: tuple[httpx.AsyncClient, Services]) -> None:
    http, services = console
    await sign_in(http, "sara")
    assert (await http.get("/staff/kunskap/solvesborg/avtal/inget-sadant")).status_code == 404
    form = {**(await change_form(http)), "end": "2025-12-31", "focus": "Ett nytt fokusområde"}
    for extra, says in (({}, "Ange var ändringen står"),
                        ({"source_choice": "befintlig"}, "citat, ordagrant ur avtalets nuvarande källa"),
                        ({**EXTENSION, "quote": ""}, "Ett kort citat ur källan behövs"),
                        ({**EXTENSION, "url": ""}, "Källans adress ska börja med https://")):
        refused = await http.post("/staff/kunskap/solvesborg/forhandsgranska", data={**form, **extra})
        assert refused.status_code == 400 and says in refused.text, refused.text
        assert re.search(r'<p class="alert" role="alert">[^<]*' + says, refused.text)
        kept = form_fields(refused.text.split('<form class="entry-form"', 1)[1])
        assert kept["end"] == "2025-12-31" and kept["focus"] == "Ett nytt fokusområde"  # nothing lost
        assert kept["source_title"] == extra.get("source_title", "")
    gone = await http.post("/staff/kunskap/solvesborg/forhandsgranska", data={**form, "agreement": "inget-sadant"})
    assert gone.status_code == 404
    assert await services.desk.db.entry_edits() == {}


async def test_a_stale_change_gets_409_and_the_newer_version(console: tuple[httpx.AsyncClient, Services]) -> None:
    http, services = console
    await sign_in(http, "sara")
    form = await change_form(http)
    first = await http.post("/staff/kunskap/solvesborg/publicera", data={**form, "end": "2025", **EXTENSION})
    assert first.status_code == 303, first.text
    stale = await http.post("/staff/kunskap/solvesborg/publicera", data={**form, "end": "2026", **EXTENSION})
    assert stale.status_code == 409 and "Någon annan publicerade" in stale.text
    fresh = form_fields(stale.text.split('<form class="entry-form"', 1)[1])
    assert (fresh["version"], fresh["agreement"], fresh["end"]) == ("1", CHANGED, "2025")
    assert [v.version for v in await services.desk.db.entry_versions("solvesborg")] == [1]


async def test_only_an_agreement_added_in_the_console_can_be_removed(
        console: tuple[httpx.AsyncClient, Services]) -> None:
    http, services = console
    csrf = await sign_in(http, "sara")
    bundled = await http.get(f"/staff/kunskap/solvesborg/avtal/{CHANGED}")
    assert "kan rättas men inte tas bort" in bundled.text and 'name="remove"' not in bundled.text
    remove = {"csrf": csrf, "version": "0", "agreement": CHANGED, "remove": "1"}
    refused = await http.post("/staff/kunskap/solvesborg/publicera", data=remove)
    assert refused.status_code == 400 and "kan rättas men inte tas bort" in refused.text
    assert (await publish(http, csrf))[1].status_code == 303  # adds medborgarlofte-2026
    added = await http.get("/staff/kunskap/solvesborg/avtal/medborgarlofte-2026")
    assert 'name="remove" value="1"' in added.text
    preview = await http.post("/staff/kunskap/solvesborg/forhandsgranska",
                              data={**remove, "version": "1", "agreement": "medborgarlofte-2026"})
    assert preview.status_code == 200 and "avtal medborgarlofte-2026 borttaget" in preview.text
    published = await http.post("/staff/kunskap/solvesborg/publicera", data=hidden_fields(preview.text))
    assert published.status_code == 303, published.text
    assert FOCUS not in await ask(http, "Vad fokuserar Sölvesborg på?")
    entry = services.engine.knowledge.municipalities["solvesborg"]
    assert "medborgarlofte-2026" not in {a.id for a in entry.agreements}
    assert "kalla-medborgarlofte-2026" in {s.id for s in entry.sources}  # the people added with it still cite it


def test_followers_hear_of_a_changed_agreement() -> None:
    from bot.answering.places import Places
    from bot.concerns import news
    from bot.staff import agreement_edit

    old = load()
    kommun = Places(old).get("solvesborg")
    assert kommun is not None
    raw = entry_editor.raw_entry(old, bundled_path(), {}, kommun)
    form = {**agreement_edit.form_values(raw, CHANGED, 0), "end": "2025-12-31", **EXTENSION}
    edited = agreement_edit.apply_edit(raw, agreement_edit.parse_edit(form), {CHANGED})
    new = load(bundled_path(), {"solvesborg": entry_editor.entry_text(edited)})
    (change,) = news.changes(old, new)
    assert (change.municipality, change.agreement.id, change.kind) == ("solvesborg", CHANGED, "changed")
    assert change.source is not None and change.source.url == EXTENSION["url"]
    # The form filled in with today's values and sent back changes nothing but the quote.
    unchanged = agreement_edit.apply_edit(raw, agreement_edit.parse_edit(
        {**agreement_edit.form_values(raw, CHANGED, 0), "source_choice": "befintlig", "quote": "x"}), {CHANGED})
    same = load(bundled_path(), {"solvesborg": entry_editor.entry_text(unchanged)})
    assert news.changes(old, same) == []  # only its quote grew: nothing a follower would hear of
    assert entry_editor.changes_note(raw, unchanged) == f"avtal {CHANGED} ändrat (quote)"
