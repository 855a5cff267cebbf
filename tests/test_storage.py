"""The storage interface, run on both engines: SQLite in tmp_path and a real PostgreSQL."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.storage import TABLES, Limit, LimitReached, SQLiteStore, Store, open_store
from bot.storage.records import ConcernQuery, SurveyCell, SurveyCount, WebSession
from bot.storage.sqlite_base import ROWS_A_STATEMENT
from bot.storage.sqlite_schema import MIGRATIONS as SQLITE_MIGRATIONS
from tests.pg import PostgresServer, needs_postgres

NOW = dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))


@pytest.fixture()
async def store(tmp_path: Path, database_url: str) -> AsyncIterator[Store]:
    opened = await open_store(tmp_path, database_url)
    yield opened
    await opened.close()


def fields(municipality: str = "solvesborg", description: str = "Mörkt vid stationen") -> dict[str, Any]:
    return {"municipality": municipality, "service_code": "trafik", "service_name": "Trafik",
            "description": description, "lat": 56.05, "long": 14.58, "address_string": None, "contact": None}


async def send(store: Store, resident: str, prefix: str, given: dict[str, Any], now: dt.datetime = NOW) -> str:
    """Submit as the desk does: the resident has an intake session, which the commit ends."""
    await store.write_sessions([(resident, "web", {"step": "summary"}, now.timestamp())], [])
    return await store.submit(resident, "web", prefix, given, now)


async def test_schema_and_integrity(store: Store) -> None:
    assert await store.schema_version() == len(SQLITE_MIGRATIONS) and await store.integrity_check() == "ok"


async def test_references_are_unique_in_one_group_commit(store: Store) -> None:
    references = await asyncio.gather(*(send(store, f"r{n}", "SOL", fields(), NOW) for n in range(50)))
    assert sorted(references) == [f"SOL-2026-{n:06d}" for n in range(1, 51)]
    assert await store.count_concerns() == 50
    assert (await send(store, "x", "VEL", fields("vellinge"), NOW)) == "VEL-2026-000001"


async def test_sessions_conversations_and_counts(store: Store) -> None:
    await store.write_sessions([("r1", "web", {"step": "place"}, 100.0)], [])
    assert await store.load_session("r1", "web") == ({"step": "place"}, 100.0)
    await send(store, "r1", "SOL", fields(), NOW)
    assert await store.load_session("r1", "web") is None  # the submit ends the session
    assert await store.load_conversation("web:abc") is None
    await store.save_conversation("web:abc", {"municipality": "kavlinge"}, 1.0)
    await store.save_conversation("web:abc", {"municipality": "vaxjo"}, 2.0)
    assert await store.load_conversation("web:abc") == {"municipality": "vaxjo"}


async def test_filters_status_erasure_unanswered_and_purge(store: Store) -> None:
    old = NOW - dt.timedelta(days=800)
    first = await send(store, "a", "SOL", fields(), old)
    second = await send(store, "b", "VEL", fields("vellinge"), NOW)
    assert [c.service_request_id for c in await store.concerns(frozenset({"vellinge"}))] == [second]
    assert [c.service_request_id for c in await store.concerns(since=NOW.timestamp() - 1)] == [second]
    chunks = [len(chunk) async for chunk in store.concern_chunks(size=1)]
    assert chunks == [1, 1]
    for status in ("in_progress", "in_lagesbild", "closed"):
        assert await store.set_status(second, status, "Vi tittar på det", NOW, "Anna")
        concern = await store.concern(second)
        assert concern is not None and concern.status == status and concern.status_notes == "Vi tittar på det"
    assert not await store.set_status("NOPE-2026-000001", "closed", "", NOW, "Anna")
    for text in ("Vad kostar busskort?", "vad kostar busskort?", "Var är simhallen?"):
        await store.log_unanswered(text, "solvesborg", "out_of_scope", "sv", NOW)
    rows = await store.unanswered(frozenset({"solvesborg"}), limit=5)
    assert [(text.lower(), count) for text, count, _, _ in rows] == [("vad kostar busskort?", 2),
                                                                    ("var är simhallen?", 1)]
    assert await store.unanswered(frozenset({"vaxjo"})) == []
    assert await store.purge(NOW.timestamp() - 86400, 0) == (1, 0)
    assert await store.concern(first) is None
    assert await store.delete_concerns_of("b") == 1 and await store.count_concerns() == 0


async def test_a_submission_without_its_session_is_not_stored_twice(store: Store) -> None:
    first = await send(store, "a", "SOL", fields())
    again = await store.submit("a", "web", "SOL", fields(), NOW)  # a second "Skicka" from another process
    if store.engine == "postgresql":
        assert again == "" and await store.count_concerns() == 1
    else:  # one process: the desk's own guard stops the second one before the store (test_concerns)
        assert again != first


async def test_limits_are_decided_in_the_commit_counting_the_batch_itself(store: Store) -> None:
    one_an_hour = (("key-r1", (Limit(3600, 1),)),)
    for channel in ("web", "telegram"):  # one resident, two sessions, both sent in one group commit
        await store.write_sessions([("r1", channel, {"step": "summary"}, 1.0)], [])
    outcomes = await asyncio.gather(*(store.submit("r1", channel, "SOL", fields(), NOW, checks=one_an_hour)
                                      for channel in ("web", "telegram")), return_exceptions=True)
    assert isinstance(outcomes[0], str) and outcomes[0].startswith("SOL-")
    assert isinstance(outcomes[1], LimitReached) and 3599 < outcomes[1].waits["key-r1"] <= 3600
    assert await store.load_session("r1", "telegram") is None  # a refused concern's session ends too
    assert await store.count_concerns() == 1
    assert await store.rate_stamps(["key-r1"]) == {"key-r1": [NOW.timestamp()]}  # counted once, in the commit
    later = NOW + dt.timedelta(hours=1, seconds=1)
    await store.write_sessions([("r1", "web", {"step": "summary"}, 2.0)], [])
    assert (await store.submit("r1", "web", "SOL", fields(), later, checks=one_an_hour)).startswith("SOL-")


async def test_a_concern_counts_under_every_key_and_a_full_one_refuses_it(store: Store) -> None:
    """Two residents behind one address: the address's window fills with both, and a submission
    whose session was not there counts nothing."""
    hourly = (Limit(3600, 2),)
    assert await store.submit("nobody", "web", "SOL", fields(), NOW, version=1.0, checks=(("address", hourly),)) == ""
    for n, resident in enumerate(("r1", "r2", "r3")):
        await store.write_sessions([(resident, "web", {"step": "summary"}, 1.0)], [])
        outcome = await asyncio.gather(store.submit(
            resident, "web", "SOL", fields(), NOW + dt.timedelta(seconds=n), version=1.0,
            checks=((f"key-{resident}", hourly), ("address", hourly))), return_exceptions=True)
        assert isinstance(outcome[0], LimitReached if n == 2 else str)
    refused = outcome[0]
    assert isinstance(refused, LimitReached) and set(refused.waits) == {"address"}
    stamps = await store.rate_stamps(["key-r1", "key-r2", "key-r3", "address"])
    assert stamps == {"key-r1": [NOW.timestamp()], "key-r2": [NOW.timestamp() + 1],
                      "address": [NOW.timestamp(), NOW.timestamp() + 1]}
    assert await store.count_concerns() == 2


async def test_admit_counts_a_request_only_when_every_key_has_room(store: Store) -> None:
    now = NOW.timestamp()
    three = (Limit(60, 3),)
    assert [await store.admit((("c1", three), ("ip", (Limit(60, 4),))), now + n) for n in range(3)] == [{}, {}, {}]
    refused = await store.admit((("c1", three), ("ip", (Limit(60, 4),))), now + 3)
    assert list(refused) == ["c1"] and refused["c1"] == pytest.approx(57)  # the first leaves the window at +60
    # Refused: nothing was counted, not even under the key that had room.
    assert await store.rate_stamps(["c1", "ip"]) == {"c1": [now, now + 1, now + 2], "ip": [now, now + 1, now + 2]}
    assert await store.admit((("c2", three), ("ip", (Limit(60, 4),))), now + 4) == {}
    assert list(await store.admit((("c3", three), ("ip", (Limit(60, 4),))), now + 5)) == ["ip"]
    assert await store.admit((("c1", three),), now + 60) == {}  # the first has left the window
    # Requests arriving together are decided in order, each counting the ones before it.
    together = await asyncio.gather(*(store.admit((("burst", three),), now + n / 10) for n in range(5)))
    assert [not verdict for verdict in together] == [True, True, True, False, False]


async def test_a_send_claims_the_session_only_at_the_version_it_was_read(store: Store) -> None:
    await store.write_sessions([("r1", "web", {"step": "summary"}, 5.0)], [])
    assert await store.submit("r1", "web", "SOL", fields(), NOW, version=4.0) == ""  # moved on since
    assert await store.load_session("r1", "web") == ({"step": "summary"}, 5.0)
    assert (await store.submit("r1", "web", "SOL", fields(), NOW, version=5.0)).startswith("SOL-")
    assert await store.submit("r1", "web", "SOL", fields(), NOW, version=5.0) == ""  # sent already
    assert await store.count_concerns() == 1


async def test_copy_rows_skips_what_is_there(store: Store, tmp_path: Path) -> None:
    await send(store, "a", "SOL", fields(), NOW)
    rows = [row async for chunk in store.table_rows("concerns") for row in chunk]
    assert len(rows) == 1 and len(rows[0]) == len(TABLES["concerns"])
    assert await store.insert_rows("concerns", rows) == 0
    await store.delete_rows("concerns")
    assert await store.insert_rows("concerns", rows) == 1 and await store.count_rows("concerns") == 1


@needs_postgres
@pytest.mark.postgres
async def test_two_processes_on_one_postgres_never_share_a_reference(postgres_server: PostgresServer) -> None:
    url = postgres_server.new_database()
    # Both open at once: one migrates under the advisory lock, the other waits and finds it done.
    first, second = await asyncio.gather(open_store(Path("/nonexistent"), url), open_store(Path("/nonexistent"), url))
    try:
        references = await asyncio.gather(*(send(store, f"{i}-r{n}", "SOL", fields(), NOW)
                                            for n in range(200) for i, store in enumerate((first, second))))
        assert len(set(references)) == 400 == await first.count_concerns()
        assert await second.integrity_check() == "ok"
    finally:
        await first.close()
        await second.close()


async def test_newer_sqlite_schema_is_refused(tmp_path: Path) -> None:
    store = await SQLiteStore.open(tmp_path / "db.sqlite3")
    await store.write("PRAGMA user_version=99")
    await store.close()
    with pytest.raises(Exception, match="newer than this program knows"):
        await SQLiteStore.open(tmp_path / "db.sqlite3")


async def test_a_version_1_sqlite_file_is_migrated_keeping_its_concerns(tmp_path: Path) -> None:
    import sqlite3

    from bot.storage.sqlite_schema import MIGRATIONS

    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.executescript(MIGRATIONS[0])
        connection.execute(
            "INSERT INTO concerns (service_request_id, municipality, service_code, service_name, description, "
            "requested_datetime, updated_datetime, channel, resident, requested_epoch) VALUES "
            "('SOL-2025-000001', 'solvesborg', 'trafik', 'Trafik', 'Fortkörning', '2025-01-01T10:00:00+01:00', "
            "'2025-01-01T10:00:00+01:00', 'telegram', 'hash', 1735722000)")
        connection.execute("PRAGMA user_version=1")
    store = await SQLiteStore.open(path)
    try:
        assert await store.schema_version() == len(MIGRATIONS)
        assert await store.set_status("SOL-2025-000001", "in_lagesbild", "", NOW, "Anna")
        (concern,) = await store.concerns()
        assert concern.description == "Fortkörning" and concern.status == "in_lagesbild"
    finally:
        await store.close()


SURVEY = [SurveyCell("", "ute_sent", 3, 1), SurveyCell("", "ute_sent", 4, 0)]


@needs_postgres
@pytest.mark.postgres
def test_cli_copies_sqlite_into_postgres_verified_and_resumable(tmp_path: Path, postgres_server: PostgresServer) -> None:
    from tests.test_cli import run

    async def fill() -> None:
        store = await open_store(tmp_path)
        for n in range(30):
            await send(store, f"r{n}", "SOL", fields(description=f"Mörkt vid hus {n}"), NOW)
        await store.log_unanswered("Vad kostar busskort?", None, "out_of_scope", "sv", NOW)
        await store.save_conversation("web:x", {"municipality": "vaxjo"}, 1.0)
        assert await store.save_survey("m1", "2026-Q3", "solvesborg", SURVEY)
        await store.close()

    asyncio.run(fill())
    url = postgres_server.new_database()
    env = {"TRYGGHETSBOT_DATA_DIR": str(tmp_path)}
    code, out, err = run("db", "migrate-to", url, env=env)
    assert code == 0, err
    assert "concerns: 30 row(s), 30 copied now" in out and "matches" in out
    assert "survey_counts: 2 row(s), 2 copied now" in out
    code, _, err = run("db", "migrate-to", url, env=env)
    assert code == 1 and "already holds data" in err and "--resume" in err, err
    code, out, _ = run("db", "migrate-to", url, "--resume", env=env)
    assert code == 0 and "concerns: 30 row(s), 0 copied now" in out and "survey_counts: 2 row(s), 0 copied now" in out

    async def check() -> None:
        store = await open_store(tmp_path, url)
        assert await store.count_concerns() == 30 and await store.load_conversation("web:x") == {"municipality": "vaxjo"}
        assert await store.survey_counts("solvesborg", ["2026-Q3"]) == [SurveyCount("", "2026-Q3", "ute_sent", 3, 1),
                                                                         SurveyCount("", "2026-Q3", "ute_sent", 4, 0)]
        # The counters came along: the next reference follows the copied ones.
        assert await send(store, "new", "SOL", fields(), NOW) == "SOL-2026-000031"
        await store.close()

    asyncio.run(check())
    code, _, err = run("db", "migrate-to", "mysql://x", env=env)
    assert code == 1 and "postgresql://" in err


async def test_console_query_pages_newest_first_with_every_filter(store: Store) -> None:
    descriptions = ["Mörkt vid stationen", "Fortkörning på Storgatan", "100% mörkt_hörn", "Ödslig gångväg"]
    references = []
    for n in range(12):
        given = fields("vellinge" if n % 3 == 0 else "solvesborg", descriptions[n % 4])
        given["service_code"], given["service_name"] = ("droger", "Droger") if n % 2 else ("trafik", "Trafik")
        references.append(await send(store, f"r{n}", "VEL" if n % 3 == 0 else "SOL", given,
                                     NOW + dt.timedelta(minutes=n)))
    solvesborg = ConcernQuery(frozenset({"solvesborg"}))
    first = await store.concern_page(solvesborg, limit=3)
    assert [c.service_request_id for c in first.concerns] == ["SOL-2026-000008", "SOL-2026-000007",
                                                              "SOL-2026-000006"]
    seen = [c.service_request_id for c in first.concerns]
    after = first.after
    while after:
        page = await store.concern_page(solvesborg, after, limit=3)
        seen += [c.service_request_id for c in page.concerns]
        after = page.after
    assert seen == sorted(seen, reverse=True) and len(seen) == len(set(seen)) == 8
    assert first.total == 8
    # A text search pages the same way (it takes another path on SQLite).
    searched, after = [], None
    while True:
        page = await store.concern_page(ConcernQuery(text="mörkt"), after, limit=2)
        assert page.total == 6
        searched += [c.service_request_id for c in page.concerns]
        if not (after := page.after):
            break
    assert len(searched) == len(set(searched)) == 6
    assert await store.count_matching(solvesborg) == 8
    assert await store.count_matching(ConcernQuery(None, service_code="droger")) == 6
    await store.set_status(references[1], "in_lagesbild", "", NOW, "Anna")
    assert await store.count_matching(ConcernQuery(solvesborg.municipalities, status="in_lagesbild")) == 1
    since = (NOW + dt.timedelta(minutes=10)).timestamp()
    assert await store.count_matching(ConcernQuery(since=since)) == 2
    assert await store.count_matching(ConcernQuery(until=since)) == 10
    # Free text: any case, å/ä/ö too, and % or _ match only themselves.
    assert await store.count_matching(ConcernQuery(text="storgatan")) == 3
    assert await store.count_matching(ConcernQuery(text="ödslig")) == 3
    assert await store.count_matching(ConcernQuery(text="100%")) == 3
    assert await store.count_matching(ConcernQuery(text="_")) == 3
    assert await store.count_matching(ConcernQuery(text="sol-2026-000001")) == 1
    assert (await store.concern_page(ConcernQuery(text="ingenting sådant"))).concerns == []
    assert await store.monthly_counts(solvesborg) == [("2026-11", "Droger", 4), ("2026-11", "Trafik", 4)]
    chunks = [c.service_request_id async for chunk in store.matching_chunks(ConcernQuery(status="in_lagesbild"))
              for c in chunk]
    assert chunks == [references[1]]
    # The text index follows erasure and purge: what is gone is not found.
    assert await store.delete_concerns_of("r1") == 1
    assert await store.count_matching(ConcernQuery(text="storgatan")) == 2
    await store.purge((NOW + dt.timedelta(minutes=6)).timestamp(), 0)
    assert await store.count_matching(ConcernQuery(text="storgatan")) == 1
    assert await store.count_matching(ConcernQuery(text="mörkt")) == await store.count_matching(ConcernQuery()) - 3


async def test_status_changes_are_audited_with_who_and_from_what(store: Store) -> None:
    reference = await send(store, "a", "SOL", fields())
    assert await store.set_status(reference, "in_progress", "Vi tittar", NOW, "Anna")
    assert await store.set_status(reference, "in_lagesbild", "Med i lägesbilden", NOW + dt.timedelta(hours=1),
                                  "Bo")
    log = await store.audit_entries(reference)
    assert [(e.actor, e.old, e.new, e.note, e.municipality) for e in log] == [
        ("Anna", "open", "in_progress", "Vi tittar", "solvesborg"),
        ("Bo", "in_progress", "in_lagesbild", "Med i lägesbilden", "solvesborg")]
    assert log[0].at_datetime == NOW.isoformat(timespec="seconds")
    assert await store.count_rows("audit_log") == 2


async def test_web_sessions_expire_and_sign_in_failures_are_counted(store: Store) -> None:
    await store.save_web_session("hash1", WebSession("anna", "csrf1", 1000.0))
    assert await store.web_session("hash1", 999.0) == WebSession("anna", "csrf1", 1000.0)
    assert await store.web_session("hash1", 1000.0) is None  # expired
    assert await store.web_session("other", 0.0) is None
    await store.delete_web_session("hash1")
    assert await store.web_session("hash1", 0.0) is None
    await store.add_login_failure(["account:anna", "address:1.2.3.4"], 100.0)
    await store.add_login_failure(["account:anna", "address:1.2.3.4"], 200.0)
    assert await store.login_failures(["account:anna", "address:1.2.3.4", "account:bo"], 150.0) == {
        "account:anna": (1, 200.0), "address:1.2.3.4": (1, 200.0)}
    await store.clear_login_failures("account:anna")
    assert await store.login_failures(["account:anna"], 0.0) == {}


async def test_rate_limits_hold_across_every_process_of_a_shared_database(store: Store, tmp_path: Path,
                                                                        database_url: str) -> None:
    now = NOW.timestamp()
    three = (("chat-1", (Limit(60, 3),)),)
    verdicts = [await store.admit(three, now + n) for n in range(4)]
    assert verdicts[:3] == [{}, {}, {}] and 56 < verdicts[3]["chat-1"] <= 57  # 3 a minute: the first leaves at +60
    assert await store.admit((("chat-2", (Limit(60, 3),)),), now) == {}  # another key has its own window
    if database_url:  # a second process on the same database counts in the same window
        other = await open_store(tmp_path / "other", database_url)
        try:
            assert "chat-1" in await other.admit(three, now + 4)
            assert await other.admit((("chat-3", (Limit(60, 3),)),), now) == {}
            many = await asyncio.gather(*(process.admit((("shared", (Limit(60, 5),)),), now)
                                          for _ in range(10) for process in (store, other)))
            assert sum(1 for verdict in many if not verdict) == 5
        finally:
            await other.close()


async def test_a_session_is_replaced_only_if_it_is_still_the_version_read(store: Store) -> None:
    await store.write_sessions([("r1", "web", {"step": "place"}, 100.0)], [])
    assert not await store.write_session_if("r1", "web", {"step": "description"}, 200.0, 99.0)
    assert await store.load_session("r1", "web") == ({"step": "place"}, 100.0)
    assert await store.write_session_if("r1", "web", {"step": "description"}, 200.0, 100.0)
    assert await store.load_session("r1", "web") == ({"step": "description"}, 200.0)
    assert not await store.write_session_if("gone", "web", {"step": "x"}, 1.0, 0.0)


async def test_steps_and_starts_arriving_together_are_each_decided_as_if_alone(store: Store) -> None:
    """On PostgreSQL these go to the server in batches; a batch must decide exactly what the
    statements one by one would have."""
    await store.write_sessions([(f"r{n}", "web", {"step": "place"}, 100.0) for n in range(30)], [])
    # Two steps computed from the same version of r0: exactly one of them is written.
    outcomes = await asyncio.gather(
        store.write_session_if("r0", "web", {"step": "a"}, 200.0, 100.0),
        store.write_session_if("r0", "web", {"step": "b"}, 201.0, 100.0),
        *(store.write_session_if(f"r{n}", "web", {"step": "description"}, 200.0 + n, 100.0) for n in range(1, 30)),
        store.write_session_if("nobody", "web", {"step": "x"}, 1.0, 0.0))
    assert outcomes[:2] in ([True, False], [False, True]) and all(outcomes[2:-1]) and not outcomes[-1]
    assert (await store.load_session("r0", "web") or ({}, 0))[0]["step"] in ("a", "b")
    assert await store.load_session("r29", "web") == ({"step": "description"}, 229.0)
    # The same resident starting twice at once, and another resident.
    now = NOW.timestamp()
    await asyncio.gather(store.start_session("r1", "web", {"step": "x"}, now),
                         store.start_session("r1", "web", {"step": "y"}, now + 1),
                         store.start_session("free", "web", {"step": "x"}, now))
    assert await store.load_session("r1", "web") == ({"step": "y"}, now + 1)  # the later one stands
    assert await store.load_session("free", "web") == ({"step": "x"}, now)


async def test_chat_contexts_saved_and_read_together_keep_each_chat_apart(store: Store) -> None:
    await asyncio.gather(*(store.save_conversation(f"web:{n}", {"municipality": f"m{n}"}, 1.0) for n in range(20)),
                         store.save_conversation("web:0", {"municipality": "later"}, 2.0))
    loaded = await asyncio.gather(*(store.load_conversation(f"web:{n}") for n in range(20)),
                                  store.load_conversation("web:none"), store.load_conversation("web:0"))
    assert loaded[0] == loaded[-1] == {"municipality": "later"}  # saved twice at once: the later stands
    assert loaded[1:20] == [{"municipality": f"m{n}"} for n in range(1, 20)] and loaded[20] is None


async def test_chat_contexts_saved_together_past_one_statement_all_reach_the_file(tmp_path: Path,
                                                                                  database_url: str) -> None:
    """SQLite saves a batch of contexts in one INSERT of at most ROWS_A_STATEMENT rows: a batch
    larger than that is split, and every context, the one saved twice at its later state, is stored."""
    many = ROWS_A_STATEMENT * 2 + 7
    first = await open_store(tmp_path, database_url)
    await asyncio.gather(*(first.save_conversation(f"web:{n}", {"n": n}, 1.0) for n in range(many)),
                         first.save_conversation("web:3", {"n": "later"}, 2.0))
    await first.close()
    reopened = await open_store(tmp_path, database_url)  # read from the file, not from the memory
    try:
        loaded = await asyncio.gather(*(reopened.load_conversation(f"web:{n}") for n in range(many)))
        assert loaded == [{"n": "later" if n == 3 else n} for n in range(many)]
    finally:
        await reopened.close()


async def test_a_chat_context_the_database_cannot_take_fails_only_its_own_save(tmp_path: Path) -> None:
    """A batch is one statement: a state SQLite cannot encode (a lone surrogate) fails the batch, and
    each save is tried again alone, so only its own caller hears of it."""
    first = await open_store(tmp_path)
    results = await asyncio.gather(*(first.save_conversation(f"web:{n}", {"n": n}, 1.0) for n in range(5)),
                                   first.save_conversation("web:bad", {"text": "a\ud800"}, 1.0),
                                   return_exceptions=True)
    await first.close()
    assert results[:5] == [None] * 5 and isinstance(results[5], Exception)
    reopened = await open_store(tmp_path)
    try:
        assert [await reopened.load_conversation(f"web:{n}") for n in range(5)] == [{"n": n} for n in range(5)]
    finally:
        await reopened.close()


async def test_a_chat_context_outlives_a_restart_and_goes_with_retention(tmp_path: Path, database_url: str) -> None:
    """SQLite keeps contexts in memory too: what it saved must reach the file, and a purge must not
    leave a deleted context behind in memory."""
    first = await open_store(tmp_path, database_url)
    await first.save_conversation("web:x", {"municipality": "vaxjo"}, 10.0)
    await first.save_conversation("web:y", {"municipality": "burlov"}, 30.0)
    await first.close()
    reopened = await open_store(tmp_path, database_url)
    try:
        assert await reopened.load_conversation("web:x") == {"municipality": "vaxjo"}
        await reopened.purge(0.0, 20.0)  # contexts not touched since epoch 20 go
        assert await reopened.load_conversation("web:x") is None
        assert await reopened.load_conversation("web:y") == {"municipality": "burlov"}
    finally:
        await reopened.close()


async def test_survey_marks_of_past_quarters_go_with_the_retention_job(store: Store) -> None:
    """A mark only stops a second answer within its quarter; after it, purging removes it (the
    counts, which hold no resident id, stay for the index and its trend)."""
    assert await store.survey_offer("mark-old", "2026-Q3")
    assert await store.save_survey("mark-old", "2026-Q3", "solvesborg", [SurveyCell("", "ute_sent", 3, 1)])
    assert await store.survey_offer("mark-now", "2026-Q4")
    await store.purge(0.0, 0.0, "2026-Q4")
    assert await store.count_rows("survey_marks") == 1
    assert not await store.survey_answered("mark-old") and not await store.survey_offer("mark-now", "2026-Q4")
    assert await store.survey_counts("solvesborg", ["2026-Q3"]) == [SurveyCount("", "2026-Q3", "ute_sent", 3, 1)]
