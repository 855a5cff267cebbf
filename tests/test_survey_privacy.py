"""The trygghetsmätning stays anonymous (issue #35): the store holds counts only, with no row per
answer and nothing that keeps their order; no figure of any view, and no difference between two
figures (a total and its parts, two overlapping periods, the page before and after an answer),
covers 1–9 answers; one answer per Telegram resident or web address per quarter, whatever the
conversation id; old answers migrate into counts. On SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import pytest

from bot.answering.engine import Conversation
from bot.concerns import survey, survey_figures
from bot.concerns.limiter import address_key
from bot.concerns.desk import ConcernDesk
from bot.dialogue import Dialogue, Input
from bot.settings import Settings
from bot.storage import open_store
from bot.storage.base import Store
from bot.storage.records import SurveyCell, survey_grid
from bot.storage.postgres import PostgresStore
from bot.storage.postgres_schema import MIGRATIONS as PG_MIGRATIONS
from bot.storage.sqlite import DATABASE_FILE
from bot.storage.sqlite_schema import MIGRATIONS as SQLITE_MIGRATIONS
from tests.test_digest import desk  # noqa: F401 - the desk fixture, on the same clock
from handlers.services import Services
from handlers.web import chat
from handlers.web.app import create_app

TZ = dt.timezone(dt.timedelta(hours=1))
NOW = dt.datetime(2026, 11, 20, 12, 0, tzinfo=TZ)  # 2026-Q4, running
IDS = [q.id for q in survey.QUESTIONS]
LOCALITIES = ("Mjällby", "Hällevik", "Nogersund", "Listerlandet", "Norje")  # Sölvesborg's, checked below


def cells(answers: tuple[int, ...], locality: str = "", localities: tuple[str, ...] = LOCALITIES) -> list[SurveyCell]:
    return survey_grid(localities, IDS, range(1, survey.SCALE + 1), locality, dict(zip(IDS, answers)))


@pytest.fixture()
async def store(tmp_path: Path, database_url: str) -> AsyncIterator[Store]:
    opened = await open_store(tmp_path, database_url)
    yield opened
    await opened.close()


async def answer(store: Store, mark: str, quarter: str, values: tuple[int, ...], locality: str = "") -> None:
    assert await store.save_survey(mark, quarter, "solvesborg", cells(values, locality))


async def raw(store: Store, sql: str) -> list[tuple[Any, ...]]:
    """A query straight to the engine, past the store's own methods: what anyone with the file sees."""
    if store.engine == "sqlite":
        return [tuple(row) for row in await store._db.execute_fetchall(sql)]  # type: ignore[attr-defined]  # noqa: SLF001
    return [tuple(row) for row in await store._pool.fetch(sql)]  # type: ignore[attr-defined]  # noqa: SLF001


# -- storage: counts only -----------------------------------------------------------------------------


async def test_the_store_holds_counts_without_a_row_per_answer_or_an_order(store: Store) -> None:
    grid = len(cells((1, 1, 1, 1)))
    assert grid == (1 + len(LOCALITIES)) * len(IDS) * survey.SCALE
    await answer(store, "m0", "2026-Q3", (2, 3, 1, 6), "Norje")
    assert await store.count_rows("survey_counts") == grid  # the whole grid, zeros too
    for n in range(1, 11):
        await answer(store, f"m{n}", "2026-Q3", (n % 6 + 1, 1, 2, 3), LOCALITIES[n % 3])
    assert await store.count_rows("survey_counts") == grid  # eleven answers: still one row per count
    counts = {(c.locality, c.question, c.value): c.answers for c in await store.survey_counts("solvesborg", ["2026-Q3"])}
    assert sum(v for (_, q, _), v in counts.items() if q == "ute_sent") == 11
    assert counts[("Norje", "trafik", 6)] == 1 and counts[("", "trafik", 6)] == 0
    columns = ["municipality", "quarter", "locality", "question", "value", "answers"]
    if store.engine == "sqlite":
        tables = {row[0] for row in await raw(store, "SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "survey_counts" in tables and "survey_answers" not in tables
        assert [row[1] for row in await raw(store, "PRAGMA table_info(survey_counts)")] == columns
        (sql,) = await raw(store, "SELECT sql FROM sqlite_master WHERE name = 'survey_counts'")
        assert "WITHOUT ROWID" in sql[0]  # no rowid to follow the arrival order
        with pytest.raises(sqlite3.OperationalError):
            await raw(store, "SELECT rowid FROM survey_counts")
        # The rows lie in key order, whatever the order of the answers.
        assert await raw(store, "SELECT * FROM survey_counts") == sorted(await raw(store, "SELECT * FROM survey_counts"))
        (log,) = await raw(store, "PRAGMA wal_checkpoint(PASSIVE)")
        assert log[1] == 0  # the log was emptied after the answer: no page images of it before and after
    else:
        tables = {row[0] for row in await raw(store, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
        assert "survey_counts" in tables and "survey_answers" not in tables
        found = await raw(store, "SELECT column_name FROM information_schema.columns WHERE table_name = "
                                 "'survey_counts' ORDER BY ordinal_position")
        assert [row[0] for row in found] == columns
        assert not await raw(store, "SELECT relname FROM pg_class WHERE relkind = 'S' AND relname LIKE 'survey%'")
        # Every answer writes the whole grid in one transaction: one transaction id on every row,
        # so xmin does not tell which counts the last answer raised.
        assert len(await raw(store, "SELECT DISTINCT xmin::text FROM survey_counts")) == 1


async def test_the_same_answers_in_another_order_leave_the_same_store(tmp_path: Path, database_url: str,
                                                                       request: pytest.FixtureRequest) -> None:
    given = [((1, 1, 1, 1), "Mjällby"), ((6, 6, 6, 6), "Norje"), ((3, 2, 5, 4), ""), ((2, 2, 2, 2), "Mjällby")]
    urls = [database_url, str(request.getfixturevalue("postgres_server").new_database()) if database_url else ""]
    dumps = []
    for run, order in enumerate((given, given[::-1])):
        opened = await open_store(tmp_path / f"run{run}", urls[run])
        try:
            for n, (values, place) in enumerate(order):
                await answer(opened, f"m{n}", "2026-Q3", values, place)
            select = "SELECT municipality, quarter, locality, question, value, answers FROM survey_counts"
            dumps.append(await raw(opened, select if opened.engine == "sqlite" else select + " ORDER BY ctid"))
        finally:
            await opened.close()
    if database_url:
        assert sorted(dumps[0]) == sorted(dumps[1])
    else:
        assert dumps[0] == dumps[1]  # byte for byte in the order SQLite reads them


# -- suppression: the subtraction attack ------------------------------------------------------------


@dataclass(frozen=True)
class Figure:
    """What a view shows, as an attacker reads it: the answers it claims to cover and their sums."""

    label: str
    locality: str | None  # None: every locality
    quarters: frozenset[str]
    answers: int
    sums: tuple[float, ...]  # per question: index × answers


def figures(made: survey_figures.SurveyReport, quarters: list[str]) -> list[Figure]:
    found: list[Figure] = []
    if not made.enough:
        return found
    period = frozenset(quarters)
    total = made.total.answers or 0
    found.append(Figure("total", None, period, total, tuple((q.index or 0) * total for q in made.questions)))
    for name, row in zip(quarters, made.quarters):
        if row.answers is not None:
            found.append(Figure(f"kvartal {name}", None, frozenset({name}), row.answers, ()))
    for row in made.localities:
        assert row.answers is not None and row.answers >= survey.MIN_ANSWERS  # no per-locality count under 10
        found.append(Figure(f"ort {row.name}", row.name, period, row.answers, ()))
    parts = sum(row.answers or 0 for row in made.localities)
    found.append(Figure("total minus orterna", "(övriga)", period, total - parts, ()))
    return found


def covers(bigger: Figure, smaller: Figure) -> bool:
    return bigger.quarters >= smaller.quarters and bigger.locality in (None, smaller.locality) and bigger != smaller


async def all_views(db: Store, municipality: Any, quarters: list[str], today: dt.date) -> list[Figure]:
    """Every figure of every period the console or the digest can be asked for over these quarters."""
    found = []
    for first in range(len(quarters)):
        for last in range(first, len(quarters)):
            since = survey.quarter_days(quarters[first])[0]
            until = survey.quarter_days(quarters[last])[1]
            made = await survey_figures.report(db, municipality, since, until, today)
            found += figures(made, quarters[first:last + 1])
    return found


def recovered(shown: list[Figure]) -> list[tuple[str, str, int]]:
    """Each subtraction of a figure from one that covers it (total minus parts, a period minus a
    period inside it) that leaves 1–9 answers: what the attack recovers."""
    return [(big.label, small.label, big.answers - small.answers) for big in shown for small in shown
            if covers(big, small) and 0 < big.answers - small.answers < survey.MIN_ANSWERS]


async def test_the_subtraction_attack_recovers_nothing(desk: ConcernDesk) -> None:
    """The issue's page: a locality with one answer next to one with ten, and per-question figures
    over all eleven; and the lone answer as the difference of two periods, either way round."""
    solvesborg = desk.engine.knowledge.municipalities["solvesborg"]
    assert tuple(solvesborg.localities) == LOCALITIES
    db = desk.db
    # 2026-Q2: ten in Mjällby. 2026-Q3: ten in Mjällby and one lone answer from Norje.
    for n in range(10):
        await answer(db, f"q2-{n}", "2026-Q2", (1, 2, 1, 2), "Mjällby")
        await answer(db, f"q3-{n}", "2026-Q3", (1, 1, 1, 1), "Mjällby")
    await answer(db, "lone", "2026-Q3", (6, 6, 6, 6), "Norje")
    # 2026-Q1: five, too few; 2026-Q4 (running): twelve.
    for n in range(5):
        await answer(db, f"q1-{n}", "2026-Q1", (3, 3, 3, 3))
    for n in range(12):
        await answer(db, f"q4-{n}", "2026-Q4", (4, 4, 4, 4), "Hällevik")
    quarters = ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]
    today = NOW.date()
    q3 = await survey_figures.report(db, solvesborg, dt.date(2026, 7, 1), dt.date(2026, 9, 30), today)
    # The quarter counts (eleven), the per-question figures are over all eleven, and Mjällby is not
    # shown beside them: the total minus Mjällby would be the lone answer.
    assert q3.enough and q3.total.answers == 11 and q3.localities == []
    assert [q.answers for q in q3.questions] == [11] * len(IDS)
    shown = await all_views(db, solvesborg, quarters, today)
    assert recovered(shown) == []
    # Nor is any figure under ten, and nothing of Q1 or of the running Q4 is shown anywhere.
    assert all(f.answers == 0 or f.answers >= survey.MIN_ANSWERS for f in shown)
    assert not [f for f in shown if f.quarters <= {"2026-Q1", "2026-Q4"} and f.answers]
    year = await survey_figures.report(db, solvesborg, dt.date(2026, 1, 1), dt.date(2026, 12, 31), today)
    assert [(q.name, q.counted, q.shown) for q in year.quarters] == [
        ("2026-Q1", "färre än 10", "för få svar"), ("2026-Q2", "10", "0,60"), ("2026-Q3", "11", "0,55"),
        ("2026-Q4", "–", "pågår, visas när kvartalet är slut")]
    assert [(a.name, a.answers) for a in year.localities] == [("Mjällby", 10)]  # Q2's, where the rest was 0
    # Part period minus period: Q2..Q3 minus Q2 is eleven answers, never the lone one.
    both = await survey_figures.report(db, solvesborg, dt.date(2026, 4, 1), dt.date(2026, 9, 30), today)
    q2 = await survey_figures.report(db, solvesborg, dt.date(2026, 4, 1), dt.date(2026, 6, 30), today)
    assert (both.total.answers or 0) - (q2.total.answers or 0) == 11


async def test_a_lone_quarter_is_not_the_difference_of_two_periods(desk: ConcernDesk) -> None:
    """Ten answers in one quarter and a single one in the next: the two periods that differ by the
    lone quarter show the same figures, so their difference is nothing."""
    solvesborg = desk.engine.knowledge.municipalities["solvesborg"]
    for n in range(10):
        await answer(desk.db, f"a{n}", "2026-Q2", (2, 2, 2, 2))
    await answer(desk.db, "lone", "2026-Q3", (6, 6, 6, 6), "Norje")
    today = NOW.date()
    longer = await survey_figures.report(desk.db, solvesborg, dt.date(2026, 4, 1), dt.date(2026, 9, 30), today)
    shorter = await survey_figures.report(desk.db, solvesborg, dt.date(2026, 4, 1), dt.date(2026, 6, 30), today)
    assert longer.total == shorter.total and [q.shown for q in longer.questions] == [q.shown for q in shorter.questions]
    assert recovered(await all_views(desk.db, solvesborg, ["2026-Q2", "2026-Q3"], today)) == []


async def test_the_page_does_not_change_one_answer_at_a_time(desk: ConcernDesk) -> None:
    """The running quarter is not shown: yesterday's page minus today's would be today's answers."""
    solvesborg = desk.engine.knowledge.municipalities["solvesborg"]
    for n in range(10):
        await answer(desk.db, f"a{n}", "2026-Q4", (1, 1, 1, 1))
    since, until, today = dt.date(2025, 12, 1), NOW.date(), NOW.date()
    before = await survey_figures.report(desk.db, solvesborg, since, until, today)
    await answer(desk.db, "one-more", "2026-Q4", (6, 6, 6, 6))
    after = await survey_figures.report(desk.db, solvesborg, since, until, today)
    assert before == after and not after.enough
    # Once the quarter has ended, all eleven are shown together.
    ended = await survey_figures.report(desk.db, solvesborg, since, until, dt.date(2027, 1, 2))
    assert ended.total.answers == 11


def test_the_rule_hides_the_smallest_locality_until_the_rest_is_none_or_ten() -> None:
    def tally(n: int) -> survey_figures.Tally:
        return survey_figures.Tally(n, {"ute_sent": (n, 0.0)})

    quarter = survey_figures.release("2026-Q3", False, {"A": tally(10), "B": tally(12), "": tally(0)})
    assert set(quarter.localities) == {"A", "B"}  # rest 0
    quarter = survey_figures.release("2026-Q3", False, {"A": tally(10), "B": tally(12), "C": tally(3)})
    assert set(quarter.localities) == {"B"}  # rest 3 -> A hidden too, rest 13
    quarter = survey_figures.release("2026-Q3", False, {"A": tally(10), "": tally(9)})
    assert quarter.counted and quarter.localities == {}
    assert not survey_figures.release("2026-Q3", False, {"A": tally(9)}).counted
    assert not survey_figures.release("2026-Q4", True, {"A": tally(50)}).counted


# -- one answer per respondent and quarter -----------------------------------------------------------


async def _answer_in(dialogue: Dialogue, channel: str, user: int | str, conversation: Conversation,
                     values: list[int], *, started: bool = False) -> list[Any]:
    """The survey through the dialogue; `started`: /trygghet was already sent in this conversation."""
    outputs = [] if started else await dialogue.handle(channel, user, conversation, Input(text="/trygghet"))
    for choice in ("tm:k:solvesborg", "tm:o:-", *(f"tm:a:{v}" for v in values)):
        if outputs and outputs[0].kind == "survey_done":
            break
        outputs = await dialogue.handle(channel, user, conversation, Input(choice=choice))
    return outputs


async def test_a_telegram_resident_answers_once_a_quarter_whatever_the_chat(desk: ConcernDesk) -> None:
    dialogue = Dialogue(desk)
    # Two surveys started side by side, in two chats: the first to finish is counted, not the second.
    first, second = Conversation(), Conversation()
    await dialogue.handle("telegram", 4242, first, Input(text="/trygghet"))
    await dialogue.handle("telegram", 4242, second, Input(text="/trygghet"))
    done = await _answer_in(dialogue, "telegram", 4242, first, [2, 2, 2, 2])
    assert done[0].text.startswith("Tack!")
    refused = await _answer_in(dialogue, "telegram", 4242, second, [6, 6, 6, 6], started=True)
    assert refused[0].text == survey.ALREADY[0]  # refused when saved, not only when started
    again = await dialogue.handle("telegram", 4242, Conversation(), Input(text="/trygghet"))
    assert again[0].text == survey.ALREADY[0]
    counts = await desk.db.survey_counts("solvesborg", ["2026-Q4"])
    assert sum(c.answers for c in counts if c.question == "ute_sent") == 1
    assert not [c for c in counts if c.value == 6 and c.answers]  # the second never counted
    other = await _answer_in(dialogue, "telegram", 4343, Conversation(), [3, 3, 3, 3])
    assert other[0].text.startswith("Tack!")


@pytest.fixture()
async def web(tmp_path: Path, database_url: str) -> AsyncIterator[tuple[httpx.AsyncClient, Services]]:
    services = Services()
    await services.open(Settings(data_dir=tmp_path / "data", web_requests_per_minute=200,
                                 web_trusted_proxies="127.0.0.1", database_url=database_url,
                                 resident_hash_key="k" * 32 if database_url else ""))
    app = create_app(services, chat.routes(services))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as http:
        yield http, services
    await services.close()


async def _web_survey(http: httpx.AsyncClient, conversation: str, address: str, value: int) -> str:
    text = ""
    for body in ({"text": "/trygghet"}, {"choice": "tm:k:solvesborg"}, {"choice": "tm:o:-"},
                 *({"choice": f"tm:a:{value}"} for _ in IDS)):
        response = await http.post("/api/chat", json={"conversation": conversation, **body},
                                   headers={"X-Forwarded-For": address})
        assert response.status_code == 200, response.text
        output = response.json()["outputs"][0]
        text = output["text"]
        if output["kind"] == "survey_done":
            break
    return text


async def test_a_web_address_answers_once_a_quarter_whatever_the_conversation_id(
        web: tuple[httpx.AsyncClient, Services]) -> None:
    http, services = web
    assert (await _web_survey(http, "first-conversation-0001", "1.2.3.4", 2)).startswith("Tack!")
    refused = await _web_survey(http, "second-conversation-002", "1.2.3.4", 6)
    assert refused == survey.ALREADY_HERE[0]
    assert "redan svarat" in refused and "uppkoppling" in refused and "nästa kvartal" in refused
    # Another address answers; one IPv6 home (a /64) answers once, whichever address it picks.
    assert (await _web_survey(http, "third-conversation-0003", "5.6.7.8", 3)).startswith("Tack!")
    assert (await _web_survey(http, "fourth-conversation-004", "2001:db8:1:2::1", 4)).startswith("Tack!")
    assert await _web_survey(http, "fifth-conversation-0005", "2001:db8:1:2:ffff::9", 6) == survey.ALREADY_HERE[0]
    quarter = survey.quarter_of(services.desk.now().date())
    counts = await services.desk.db.survey_counts("solvesborg", [quarter])
    assert sum(c.answers for c in counts if c.question == "ute_sent") == 3
    assert not [c for c in counts if c.value == 6 and c.answers]
    # The marks are keyed hashes: no address in the store.
    marks = [row async for chunk in services.desk.db.table_rows("survey_marks") for row in chunk]
    assert len(marks) == 3 and not [m for m in marks if "1.2.3.4" in m[0] or "2001" in m[0]]


def test_addresses_are_kept_by_their_network() -> None:
    assert address_key("1.2.3.4") == "1.2.3.4"
    assert address_key("2001:db8:1:2::1") == address_key("2001:db8:1:2:abcd::7") == "2001:db8:1:2::/64"
    assert address_key("::ffff:1.2.3.4") == "1.2.3.4"
    assert address_key("unknown") == "unknown"


# -- migrating answers stored one row each ----------------------------------------------------------

OLD_ROWS = [("solvesborg", "Norje", "2026-Q3", 1, 2, 3, 4, None), ("solvesborg", "Norje", "2026-Q3", 1, 5, 3, 6, None),
            ("solvesborg", "", "2026-Q3", 6, 6, 6, 6, None), ("solvesborg", "", "2026-Q2", 2, None, None, None, None),
            ("vellinge", "", "2026-Q3", 3, 3, 3, 3, None)]
EXPECTED = {("solvesborg", "2026-Q3", "Norje", "ute_sent", 1): 2, ("solvesborg", "2026-Q3", "Norje", "overfallen", 2): 1,
            ("solvesborg", "2026-Q3", "Norje", "overfallen", 5): 1, ("solvesborg", "2026-Q3", "Norje", "skrap_skadegorelse", 3): 2,
            ("solvesborg", "2026-Q3", "Norje", "trafik", 4): 1, ("solvesborg", "2026-Q3", "Norje", "trafik", 6): 1,
            **{("solvesborg", "2026-Q3", "", q, 6): 1 for q in IDS}, ("solvesborg", "2026-Q2", "", "ute_sent", 2): 1,
            **{("vellinge", "2026-Q3", "", q, 3): 1 for q in IDS}}
OLD_INSERT = "INSERT INTO survey_answers (municipality, locality, quarter, a1, a2, a3, a4, a5) VALUES "


async def test_answers_stored_one_row_each_migrate_into_counts(tmp_path: Path, database_url: str) -> None:
    if database_url:
        connection = await asyncpg.connect(database_url)
        try:
            await connection.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
            for script, reaches in zip(PG_MIGRATIONS[:3], (2, 3, 4)):
                await connection.execute(script)
                await connection.execute("INSERT INTO schema_version VALUES ($1)", reaches)
            await connection.executemany(OLD_INSERT + "($1, $2, $3, $4, $5, $6, $7, $8)", OLD_ROWS)
        finally:
            await connection.close()
        store: Store = await PostgresStore.open(database_url)
    else:
        path = tmp_path / DATABASE_FILE
        with sqlite3.connect(path) as old:
            for script in SQLITE_MIGRATIONS[:4]:
                old.executescript(script)
            old.executemany(OLD_INSERT + "(?, ?, ?, ?, ?, ?, ?, ?)", OLD_ROWS)
            old.execute("PRAGMA user_version=4")
        old.close()
        store = await open_store(tmp_path, "")
    try:
        assert await store.schema_version() == 9  # then 6, the rate windows, 7, the outbox, 8, the entry edits, 9, follows
        migrated = {row[:5]: row[5] async for chunk in store.table_rows("survey_counts") for row in chunk}
        assert migrated == EXPECTED
        if store.engine == "sqlite":
            assert not await raw(store, "SELECT name FROM sqlite_master WHERE name = 'survey_answers'")
            # Rebuilt: no page of the old table is left in the file.
            assert b"survey_answers" not in (tmp_path / DATABASE_FILE).read_bytes()
        else:
            assert not await raw(store, "SELECT tablename FROM pg_tables WHERE tablename = 'survey_answers'")
        # New answers add to the migrated counts.
        assert await store.save_survey("new", "2026-Q3", "solvesborg", cells((1, 1, 1, 1), "Norje"))
        after = {(c.locality, c.question, c.value): c.answers for c in await store.survey_counts("solvesborg", ["2026-Q3"])}
        assert after[("Norje", "ute_sent", 1)] == 3
    finally:
        await store.close()


# -- every view: the digest's three formats and the console's lägesbild page --------------------------


async def test_every_format_of_the_digest_follows_the_rule_and_says_it(desk: ConcernDesk, tmp_path: Path) -> None:
    from docx import Document  # noqa: PLC0415

    from bot.settings import StaffMember  # noqa: PLC0415
    from bot.staff import StaffDesk, digest  # noqa: PLC0415

    for n in range(10):
        await answer(desk.db, f"q3-{n}", "2026-Q3", (1, 1, 1, 1), "Mjällby")
        await answer(desk.db, f"q2-{n}", "2026-Q2", (2, 2, 2, 2), "Norje")
    await answer(desk.db, "lone", "2026-Q3", (6, 6, 6, 6), "Hällevik")
    staff = StaffDesk(Settings(), desk)
    sara = StaffMember(111, frozenset({"solvesborg"}), "Sara", "sara")
    texts = {}
    for fmt in ("docx", "html", "md"):
        path = tmp_path / f"l.{fmt}"
        await digest.write(staff, sara, "solvesborg", path, since=dt.date(2026, 1, 1), until=dt.date(2026, 11, 20))
        if fmt == "docx":
            document = Document(str(path))
            texts[fmt] = "\n".join([p.text for p in document.paragraphs]
                                   + [c.text for t in document.tables for row in t.rows for c in row.cells])
        else:
            texts[fmt] = path.read_text(encoding="utf-8").replace("\\", "")
    for fmt, text in texts.items():
        # Norje (Q2, the rest of its quarter 0) is shown; Mjällby (Q3, beside the lone answer) is not.
        assert "Ort: Norje" in text and "Mjällby" not in text and "Hällevik" not in text, fmt
        assert "Trygghetsindex 0,86 (21 svar)" in text, fmt
        assert "överlappar" in text and "bara hela kvartal som har avslutats räknas" in text, fmt
        assert "utan koppling till invånare, tid eller ordning" in text, fmt


async def test_integritet_says_what_the_survey_stores(desk: ConcernDesk) -> None:
    dialogue = Dialogue(desk)
    (notice,) = await dialogue.handle("telegram", 1, Conversation(), Input(text="/integritet"))
    assert "trygghetsmätningen (/trygghet) sparas inte som svar, bara som antal" in notice.text
    assert "internetadress" in notice.text and "raderas när kvartalet är slut" in notice.text
    (notice,) = await dialogue.handle("telegram", 1, Conversation(), Input(text="/privacy", language="en"))
    assert "only as counts" in notice.text
