"""Residents' concerns in the core: every step, cancelling, timeouts, restarts, privacy, limits, erasure."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import sqlite3
import stat
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.answering.engine import Answer, Engine
from bot.answering.knowledge import Knowledge
from bot.concerns.desk import ConcernDesk, reference_prefix
from bot.concerns.intake import Reply
from bot.concerns.privacy import ResidentHasher, mask
from bot.concerns.limiter import Limiter, rules
from bot.storage import DATABASE_FILE, SQLiteStore

T0 = dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.timezone.utc).timestamp()


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> float:
        return self.now


@pytest.fixture()
def clock() -> Clock:
    return Clock()


@pytest.fixture()
async def desk(tmp_path: Path, seeded_knowledge: Knowledge, clock: Clock,
               database_url: str) -> AsyncIterator[ConcernDesk]:
    engine = Engine(seeded_knowledge, today=dt.date(2026, 11, 23))
    opened = await ConcernDesk.open(tmp_path, engine, "test-key-" + "x" * 24 if database_url else "",
                                    database_url=database_url, per_hour=3, per_day=5, timeout_minutes=60,
                                    retention_months=24)
    opened._clock = clock  # noqa: SLF001 - the desk's clock is the one seam for time in tests
    yield opened
    await opened.close()


async def submit(desk: ConcernDesk, user: str = "anna", municipality: str | None = "solvesborg",
                 description: str = "Cyklar blir stulna vid stationen varje vecka.",
                 contact: str | None = None) -> str:
    prompt = await desk.start("test", user, municipality, "sv")
    if municipality is None:
        prompt = await desk.reply("test", user, Reply(choice="vellinge"))
    prompt = await desk.reply("test", user, Reply(choice=prompt.choices[0].id))
    prompt = await desk.reply("test", user, Reply(text="Stationsgatan"))
    prompt = await desk.reply("test", user, Reply(text=description))
    if contact:
        await desk.reply("test", user, Reply(choice="yes"))
        await desk.reply("test", user, Reply(text=contact))
        prompt = await desk.reply("test", user, Reply(choice="consent"))
    else:
        prompt = await desk.reply("test", user, Reply(choice="no"))
    assert prompt.step == "summary", prompt.text
    receipt = await desk.reply("test", user, Reply(choice="send"))
    assert receipt.kind == "receipt", receipt.text
    assert receipt.reference
    return receipt.reference


async def test_the_whole_path_stores_an_open311_record(desk: ConcernDesk) -> None:
    first = await desk.start("test", "anna", "solvesborg", "sv")
    assert "Det här är inte en polisanmälan. Vid fara: ring 112." in first.text
    assert first.step == "category"
    assert [c.id for c in first.choices][:3] == ["fokus-alkohol-droger", "fokus-tillgreppsbrott",
                                                 "fokus-trafiksakerhet"]
    assert {"trafik", "belysning-otrygg-plats", "skadegorelse", "droger", "ungdomar", "annat"} <= {
        c.id for c in first.choices}
    place = await desk.reply("test", "anna", Reply(choice="fokus-trafiksakerhet"))
    assert place.wants_location and place.step == "place"
    description = await desk.reply("test", "anna", Reply(location=(56.0511, 14.5853)))
    assert description.step == "description"
    contact = await desk.reply("test", "anna", Reply(text="Bilarna kör för fort förbi skolan, ABC 123 varje dag."))
    assert contact.step == "contact_wanted"
    await desk.reply("test", "anna", Reply(choice="yes"))
    consent = await desk.reply("test", "anna", Reply(text="anna@example.se"))
    assert consent.step == "consent" and "anna@example.se" in consent.text
    summary = await desk.reply("test", "anna", Reply(choice="consent"))
    assert summary.step == "summary" and [c.id for c in summary.choices] == ["send", "edit", "cancel"]
    receipt = await desk.reply("test", "anna", Reply(choice="send"))
    assert receipt.kind == "receipt" and receipt.reference == "SOL-2026-000001"
    assert "Referensnummer: SOL-2026-000001" in receipt.text
    (stored,) = await desk.db.concerns()
    assert stored.to_dict() == {
        "service_request_id": "SOL-2026-000001", "municipality": "solvesborg",
        "service_code": "fokus-trafiksakerhet", "service_name": "Ökad trafiksäkerhet",
        "description": "Bilarna kör för fort förbi skolan, [regnr] varje dag.", "lat": 56.0511, "long": 14.5853,
        "address_string": None, "requested_datetime": "2026-11-23T13:00:00+01:00",
        "updated_datetime": "2026-11-23T13:00:00+01:00", "status": "open", "status_notes": "",
        "channel": "test", "contact": "anna@example.se", "contact_consent": True}


async def test_municipality_is_asked_when_not_known_and_can_be_typed(desk: ConcernDesk) -> None:
    prompt = await desk.start("test", "bo", None, "sv")
    # Never a button per kommun: the name is typed; Avbryt is the only button, and /avbryt is named.
    assert prompt.step == "municipality" and [c.id for c in prompt.choices] == ["cancel"]
    assert "Skriv kommunens namn." in prompt.text and "/avbryt" in prompt.text
    wrong = await desk.reply("test", "bo", Reply(text="Blåbärsby"))
    assert wrong.step == "municipality" and wrong.text.startswith("Jag hittar ingen kommun med det namnet.")
    typed = await desk.reply("test", "bo", Reply(text="kavlinge"))
    assert typed.step == "category" and "Kävlinge" in typed.text
    back = await desk.reply("test", "bo", Reply(choice="change-municipality"))
    assert back.step == "municipality"
    # A kommun without an agreement's entry is a kommun all the same, typed with a slip or without å/ä/ö.
    ystad = await desk.reply("test", "bo", Reply(text="ystd"))
    assert ystad.step == "category" and "Vad gäller det i Ystad?" in ystad.text


async def test_bad_input_is_explained_and_nothing_is_lost(desk: ConcernDesk) -> None:
    await desk.start("test", "cy", "vellinge", "sv")
    again = await desk.reply("test", "cy", Reply(text="något helt annat"))
    assert again.step == "category" and again.text.startswith("Välj en av kategorierna.")
    await desk.reply("test", "cy", Reply(text="Trafik"))
    await desk.reply("test", "cy", Reply(text="x" * 201))
    assert (await desk.current("test", "cy")).step == "place"  # type: ignore[union-attr]
    await desk.reply("test", "cy", Reply(text="Hoppa över"))
    short = await desk.reply("test", "cy", Reply(text="mörkt"))
    assert short.text.startswith("Beskriv lite mer, minst 10 tecken.")
    long = await desk.reply("test", "cy", Reply(text="a" * 1001))
    assert long.text.startswith("Beskrivningen är 1001 tecken; korta den till högst 1000.")
    await desk.reply("test", "cy", Reply(text="Gångvägen vid ån är helt mörk på kvällarna."))
    await desk.reply("test", "cy", Reply(choice="yes"))
    bad = await desk.reply("test", "cy", Reply(text="ring mig"))
    assert bad.text.startswith("Det ser inte ut som ett telefonnummer eller en e-postadress.")
    await desk.reply("test", "cy", Reply(text="070-123 45 67"))
    summary = await desk.reply("test", "cy", Reply(choice="no-contact"))
    assert "Kontakt: nej" in summary.text
    assert (await submit_summary(desk, "cy")).kind == "receipt"
    (stored,) = await desk.db.concerns()
    assert stored.contact is None and not stored.contact_consent and stored.address_string is None


async def submit_summary(desk: ConcernDesk, user: str):  # type: ignore[no-untyped-def]
    return await desk.reply("test", user, Reply(choice="send"))


@pytest.mark.parametrize("steps", [0, 1, 2, 3, 4, 5, 6])
async def test_cancel_works_at_every_step(desk: ConcernDesk, steps: int) -> None:
    replies = [Reply(choice="fokus-tillgreppsbrott"), Reply(choice="skip"),
               Reply(text="Det är mörkt och otryggt vid busshållplatsen."), Reply(choice="yes"),
               Reply(text="0701234567"), Reply(choice="consent")]
    await desk.start("test", "dan", "solvesborg", "sv")
    for reply in replies[:steps]:
        await desk.reply("test", "dan", reply)
    cancelled = await desk.reply("test", "dan", Reply(text="/avbryt" if steps % 2 else "avbryt"))
    assert cancelled.kind == "cancelled" and "inget har sparats" in cancelled.text
    assert await desk.current("test", "dan") is None
    assert await desk.db.count_concerns() == 0
    assert (await desk.reply("test", "dan", Reply(text="hej"))).kind == "none"


async def test_danger_at_any_step_gets_112_and_keeps_the_concern(desk: ConcernDesk) -> None:
    await desk.start("test", "eva", "vellinge", "sv")
    await desk.reply("test", "eva", Reply(choice="trafik"))
    urgent = await desk.reply("test", "eva", Reply(text="någon slår mig just nu"))
    assert urgent.kind == "emergency" and urgent.text.startswith("Är du eller någon annan i fara just nu? Ring 112")
    assert urgent.step == "place" and "Din synpunkt väntar här" in urgent.text
    assert (await desk.reply("test", "eva", Reply(choice="skip"))).step == "description"


async def test_change_from_the_summary(desk: ConcernDesk) -> None:
    await desk.start("test", "fia", "kavlinge", "sv")
    for reply in (Reply(choice="trafik"), Reply(text="Torget"), Reply(text="Mopeder kör på gångbanan hela kvällen."),
                  Reply(choice="no"), Reply(choice="edit")):
        prompt = await desk.reply("test", "fia", reply)
    assert prompt.step == "edit"
    prompt = await desk.reply("test", "fia", Reply(choice="edit-description"))
    assert prompt.step == "description"
    prompt = await desk.reply("test", "fia", Reply(text="Mopeder kör på gångbanan, barn blir rädda."))
    assert prompt.step == "summary" and "barn blir rädda" in prompt.text
    await desk.reply("test", "fia", Reply(choice="edit"))
    await desk.reply("test", "fia", Reply(choice="edit-municipality"))
    prompt = await desk.reply("test", "fia", Reply(text="Burlöv"))
    assert prompt.step == "category"  # categories differ per municipality
    prompt = await desk.reply("test", "fia", Reply(choice="fokus-mangdbrott"))
    assert prompt.step == "summary" and "Kommun: Burlöv" in prompt.text and "Kategori: Mängdbrott" in prompt.text
    receipt = await desk.reply("test", "fia", Reply(choice="send"))
    assert receipt.reference == "BUR-2026-000001"


async def test_abandoned_conversation_times_out(desk: ConcernDesk, clock: Clock) -> None:
    await desk.start("test", "gus", "vaxjo", "sv")
    clock.now += 59 * 60
    assert (await desk.reply("test", "gus", Reply(choice="trafik"))).step == "place"
    clock.now += 61 * 60
    expired = await desk.reply("test", "gus", Reply(choice="skip"))
    assert expired.kind == "expired" and "gick ut efter 60 minuter" in expired.text
    assert await desk.current("test", "gus") is None


async def test_a_conversation_survives_a_restart(tmp_path: Path, knowledge: Knowledge) -> None:
    engine = Engine(knowledge)
    first = await ConcernDesk.open(tmp_path, engine)
    await first.start("test", "hugo", "vellinge", "sv")
    await first.reply("test", "hugo", Reply(choice="skadegorelse"))
    await first.close()
    second = await ConcernDesk.open(tmp_path, engine)
    try:
        prompt = await second.reply("test", "hugo", Reply(text="Parken vid kyrkan"))
        assert prompt.step == "description"
    finally:
        await second.close()


async def test_double_send_stores_once(desk: ConcernDesk) -> None:
    await desk.start("test", "ida", "solvesborg", "sv")
    for reply in (Reply(choice="trafik"), Reply(choice="skip"), Reply(text="Ingen belysning vid övergångsstället."),
                  Reply(choice="no")):
        await desk.reply("test", "ida", reply)
    first, second = await asyncio.gather(desk.reply("test", "ida", Reply(choice="send")),
                                         desk.reply("test", "ida", Reply(choice="send")))
    kinds = sorted([first.kind, second.kind])
    assert kinds in (["none", "receipt"], ["cancelled", "receipt"])
    assert await desk.db.count_concerns() == 1


async def test_rate_limits_per_hour_and_day(desk: ConcernDesk, clock: Clock) -> None:
    for _ in range(3):
        await submit(desk, "jon")
    limited = await desk.start("test", "jon", "solvesborg", "sv")
    assert limited.kind == "limit" and "Försök igen senare" in limited.text
    assert await desk.current("test", "jon") is None
    clock.now += 3601
    await submit(desk, "jon")
    await submit(desk, "jon")
    assert (await desk.start("test", "jon", "solvesborg", "sv")).kind == "limit"  # 5 in a day
    assert await desk.db.count_concerns() == 5
    assert (await desk.start("test", "other", "solvesborg", "sv")).kind == "prompt"


async def test_mine_and_erasure(desk: ConcernDesk) -> None:
    reference = await submit(desk, "kim")
    await submit(desk, "lo")
    await desk.db.set_status(reference, "closed", "Belysningen är lagad.", desk.now(), "Test")
    mine = await desk.mine("test", "kim", "sv")
    assert mine == (f"Dina synpunkter:\n• {reference}, 2026-11-23, Minskad tillgång till och konsumtion av alkohol, "
                    "narkotikaklassade läkemedel och droger, avslutad: Belysningen är lagad.")
    assert [c.label for c in desk.delete_prompt("sv").choices] == ["Ja, radera", "Nej"]
    assert await desk.delete_mine("test", "kim", "sv") == "Klart. 1 synpunkt(er) raderade."
    assert (await desk.mine("test", "kim", "sv")).startswith("Du har inga sparade synpunkter.")
    assert await desk.db.count_concerns() == 1


async def test_retention_deletes_old_concerns(desk: ConcernDesk, clock: Clock) -> None:
    await submit(desk, "max")
    clock.now += 400 * 86400
    await submit(desk, "max")
    clock.now += 400 * 86400  # the first is now over 26 months old
    deleted, _ = await desk.purge()
    assert deleted == 1 and await desk.db.count_concerns() == 1


async def test_no_resident_identity_is_stored(desk: ConcernDesk, tmp_path: Path) -> None:
    if desk.db.engine != "sqlite":
        pytest.skip("reads the SQLite file's bytes; the storage suite checks PostgreSQL's rows")
    await submit(desk, "123456789", contact=None)
    await desk.log_unanswered("Vad kostar busskortet? ring 0701234567",
                              Answer(False, None, "out_of_scope", "…"))
    raw = (tmp_path / DATABASE_FILE).read_bytes()
    for path in tmp_path.glob(DATABASE_FILE + "*"):
        raw += path.read_bytes()
    assert b"123456789" not in raw
    with sqlite3.connect(tmp_path / DATABASE_FILE) as connection:
        (resident,) = connection.execute("SELECT resident FROM concerns").fetchone()
        assert len(resident) == 32 and resident == desk.resident("test", "123456789")
        rows = connection.execute("SELECT * FROM unanswered").fetchall()
        assert rows[0][-1] == "Vad kostar busskortet? ring [telefon]"
        columns = [c[1] for c in connection.execute("PRAGMA table_info(unanswered)")]
        assert "resident" not in columns


async def test_database_is_wal_versioned_and_checked(desk: ConcernDesk, tmp_path: Path) -> None:
    assert await desk.db.schema_version() == 9  # 5: the trygghetsmätning as counts, 6: rate windows (#35), 7: outbox (#34), 8: entry edits (#33), 9: follows (#34)
    assert await desk.db.integrity_check() == "ok"
    if desk.db.engine != "sqlite":
        return
    with sqlite3.connect(tmp_path / DATABASE_FILE) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


async def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA user_version=99")
    with pytest.raises(Exception, match="newer than this program knows"):
        await SQLiteStore.open(path)


async def test_many_residents_at_once_nothing_lost_nothing_duplicated(desk: ConcernDesk) -> None:
    desk.limiter = Limiter(desk.db, desk.resident, rules(30, 100, 100), clock=desk._clock)  # noqa: SLF001
    users = [f"r{i}" for i in range(200)]
    references = await asyncio.gather(*(submit(desk, user, municipality=m) for user, m in
                                        zip(users, ["solvesborg", "vellinge", "vaxjo", "burlov"] * 50)))
    assert len(set(references)) == 200
    assert await desk.db.count_concerns() == 200
    stored = {c.service_request_id for c in await desk.db.concerns()}
    assert stored == set(references)
    solvesborg = sorted(r for r in references if r.startswith("SOL-"))
    assert solvesborg == [f"SOL-2026-{n:06d}" for n in range(1, 51)]


def test_masking() -> None:
    assert mask("Ring 070-123 45 67 eller +46 70 123 45 67") == "Ring [telefon] eller [telefon]"
    assert mask("pnr 19850101-1234 / 850101-1234 / 198501011234") == "pnr [personnummer] / [personnummer] / [personnummer]"
    assert mask("mejla anna.s@example.se") == "mejla [e-post]"
    assert mask("bilen ABC 123 och abc12d") == "bilen [regnr] och [regnr]"
    for untouched in ("och 123 bilar", "lag 2023:196 och 2023-11-28", "ring 112 eller 114 14", "kl 22.30"):
        assert mask(untouched) == untouched


def test_resident_key_is_created_once_and_private(tmp_path: Path) -> None:
    first = ResidentHasher.from_data_dir(tmp_path)
    key = tmp_path / "resident.key"
    assert stat.S_IMODE(os.stat(key).st_mode) == 0o600
    assert ResidentHasher.from_data_dir(tmp_path).resident("telegram", 1) == first.resident("telegram", 1)
    assert first.resident("telegram", 1) != first.resident("telegram", 2)
    assert ResidentHasher.from_data_dir(tmp_path, "configured-key-1234").resident("telegram", 1) != \
        first.resident("telegram", 1)


def test_reference_prefix() -> None:
    assert [reference_prefix(m) for m in ("solvesborg", "vaxjo", "kavlinge")] == ["SOL", "VAX", "KAV"]


async def test_a_resident_whose_steps_alternate_between_two_processes(tmp_path: Path, knowledge: Knowledge,
                                                                      database_url: str) -> None:
    """Two desks on one PostgreSQL, as two processes behind a load balancer: each keeps the version it
    last saw and writes a step only if it is still the stored one, so a step that reaches the process
    that saw an older version is done again from the stored session; a send uses the stored session."""
    if not database_url:
        pytest.skip("one SQLite file belongs to one process")
    engine = Engine(knowledge, today=dt.date(2026, 11, 23))
    desks = [await ConcernDesk.open(tmp_path / f"p{n}", engine, "test-key-" + "x" * 24, database_url=database_url,
                                    per_hour=3, per_day=5) for n in range(2)]
    try:
        await desks[0].start("web", "ana", "kavlinge", "sv")
        steps = [Reply(choice="trafik"), Reply(text="Korsningen vid skolan"),
                 Reply(text="Bilarna kör alldeles för fort här på morgonen"), Reply(choice="no")]
        for n, step in enumerate(steps):
            prompt = await desks[(n + 1) % 2].reply("web", "ana", step)
            assert prompt.kind != "none", (n, prompt.text)
        assert "Plats: Korsningen vid skolan" in prompt.text and "för fort" in prompt.text
        receipt = await desks[1].reply("web", "ana", Reply(choice="send"))  # desk 1 last saw an older step
        assert receipt.kind == "receipt", receipt.text
        again = await desks[0].reply("web", "ana", Reply(choice="send"))
        assert again.kind == "none"  # the session is gone everywhere: no second concern
        (stored,) = await desks[0].db.concerns()
        assert stored.address_string == "Korsningen vid skolan" and "för fort" in stored.description
        assert stored.service_code == "trafik" and stored.service_request_id == receipt.reference
    finally:
        for desk in desks:
            await desk.close()
