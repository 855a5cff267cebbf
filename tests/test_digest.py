"""The lägesbild digest: its sections from concerns, written as .docx, .html and .md and read back;
the trygghetsmätning in the chat, stored as counts without a resident id, shown only from 10 answers
(tests/test_survey_privacy.py holds the attacks on it)."""

from __future__ import annotations

import base64
import datetime as dt
import math
import re
from collections.abc import AsyncIterator
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import yaml

from bot.answering.engine import Conversation, Engine
from bot.answering.knowledge import Knowledge, bundled_path
from bot.concerns import survey, survey_figures
from bot.concerns.desk import ConcernDesk
from bot.concerns.intake import Prompt
from bot.concerns.privacy import mask
from bot.dialogue import Dialogue, Input
from bot.settings import Settings, StaffMember
from bot.staff import AccessDenied, StaffDesk, digest
from bot.storage import open_store
from bot.storage.records import SurveyCell, survey_grid
from tests.test_cli import run

TZ = dt.timezone(dt.timedelta(hours=1))
NOW = dt.datetime(2026, 11, 20, 12, 0, tzinfo=TZ)
SARA = StaffMember(111, frozenset({"solvesborg"}), "Sara", "sara")
VERA = StaffMember(222, frozenset({"vellinge"}), "Vera", "vera")
ADMIN = StaffMember(333, None, "Admin", "admin")
STORTORGET = (56.0505, 14.5850)


class Clock:
    def __init__(self, when: dt.datetime = NOW) -> None:
        self.now = when.timestamp()

    def __call__(self) -> float:
        return self.now


@pytest.fixture()
async def desk(tmp_path: Path, knowledge: Knowledge, database_url: str) -> AsyncIterator[ConcernDesk]:
    opened = await ConcernDesk.open(tmp_path, Engine(knowledge), "k" * 32 if database_url else "",
                                    database_url=database_url, per_hour=1000, per_day=1000)
    opened._clock = Clock()  # noqa: SLF001
    yield opened
    await opened.close()


async def put(desk: ConcernDesk, n: int, description: str, *, when: dt.datetime = NOW, code: str = "trafik",
              name: str = "Trafik", place: str | None = None, at: tuple[float, float] | None = None,
              municipality: str = "solvesborg", channel: str = "web") -> str:
    resident = desk.resident(channel, f"r{n}")
    await desk.db.write_sessions([(resident, channel, {"step": "summary"}, when.timestamp())], [])
    return await desk.db.submit(resident, channel, municipality[:3].upper(), {
        "municipality": municipality, "service_code": code, "service_name": name, "description": mask(description),
        "lat": at[0] if at else None, "long": at[1] if at else None, "address_string": place, "contact": None}, when)


async def seed(desk: ConcernDesk) -> None:
    """Sölvesborg: five concerns at Stortorget (three within 150 m, two typed), two about speeding on
    one road, drugs, one far away; two in the period before; one in Vellinge."""
    day = dt.timedelta(days=1)
    near = [(56.0505, 14.5850), (56.0509, 14.5853), (56.0501, 14.5845)]
    for n, at in enumerate(near):
        await put(desk, n, f"Det är mörkt på torget på kvällen och lampan är trasig, ring mig på 070-123 45 6{n}.",
                  code="belysning", name="Belysning/otrygg plats", place="Stortorget", at=at, when=NOW - (80 + n) * day)
    await put(desk, 3, "Mörkt och otryggt vid torget efter nio.", code="belysning", name="Belysning/otrygg plats",
              place="Stortorget i Sölvesborg", when=NOW - 40 * day, channel="telegram")
    await put(desk, 4, "Ungdomar samlas och det är mörkt.", code="ungdomar", name="Ungdomar", place="stortorget",
              when=NOW - 70 * day, channel="telegram")
    for n in (5, 6):
        await put(desk, n, "Bilar kör fort förbi skolan varje morgon, fortkörning är vardag.", place="Mjällbyvägen",
                  when=NOW - 100 * day)
    await put(desk, 7, "Narkotika säljs öppet vid busstationen.", code="droger", name="Droger",
              place="Busstationen", at=(56.0600, 14.6000), when=NOW - 10 * day)
    await put(desk, 8, "Det är mörkt i parken.", code="belysning", name="Belysning/otrygg plats",
              at=(56.1000, 14.7000), when=NOW - 5 * day)
    for n in (9, 10):  # the period before
        await put(desk, n, "Bilar kör fort.", when=NOW - 400 * day)
    await put(desk, 11, "Fortkörning i Höllviken.", municipality="vellinge")
    for text in ("Vad kostar parkering vid stationen?", "Var finns gatlyktorna?", "Var finns gatlyktorna?"):
        await desk.db.log_unanswered(text, "solvesborg", "out_of_scope", "sv", NOW)


def test_period_defaults_to_the_last_twelve_months() -> None:
    period = digest.Period.default(dt.date(2026, 11, 20))
    assert (period.since, period.until) == (dt.date(2025, 11, 21), dt.date(2026, 11, 20))
    assert period.previous() == digest.Period(dt.date(2024, 11, 21), dt.date(2025, 11, 20))
    assert digest.place_key("Stortorget i Sölvesborg", _municipality("solvesborg")) == "stortorget"
    assert digest.place_key("STORTORGET, Sölvesborg", _municipality("solvesborg")) == "stortorget"
    # A place that is only a locality keeps its name; one that is only the kommun has none.
    assert digest.place_key("Mjällby", _municipality("solvesborg")) == "mjallby"
    assert digest.place_key("Sölvesborg", _municipality("solvesborg")) == ""
    assert digest.change_text(9, 2) == "+350 %" and digest.change_text(1, 2) == "−50 %"
    assert digest.change_text(3, 0) == "ny" and digest.change_text(2, 2) == "oförändrat"


def _municipality(name: str) -> Any:
    from bot.answering.knowledge import load  # noqa: PLC0415

    return load(bundled_path()).municipalities[name]


async def test_the_digest_finds_places_themes_and_focus_areas(desk: ConcernDesk) -> None:
    await seed(desk)
    made = await digest.build(StaffDesk(Settings(), desk), SARA, "solvesborg")
    assert made.total == 9 and made.previous_total == 2
    trafik = next(c for c in made.categories if c.name == "Trafik")
    assert (trafik.now, trafik.before, trafik.change) == (2, 2, "oförändrat")
    assert {c.name: (c.now, c.before) for c in made.channels} == {"Webbchatten": (7, 2), "Telegram": (2, 0)}
    top = made.places[0]
    assert top.count == 5 and top.label.startswith("Stortorget") and top.located
    assert dict(top.categories) == {"Belysning/otrygg plats": 4, "Ungdomar": 1}
    assert [p.label for p in made.places[1:]] == ["Mjällbyvägen"] and made.places[1].count == 2
    # Themes are the residents' own words: "mörkt" in six concerns, "fortkörning" in two (a topic
    # word); "narkotika" once is no recurring theme; "torget" is a place, "[telefon]" the masking's.
    themes = {t.word: t for t in made.themes}
    assert [(t.word, t.count) for t in made.themes] == [("mörkt", 6), ("fortkörning", 2)]
    assert len(themes["mörkt"].quotes) == 3
    assert all("070" not in q for t in made.themes for q in t.quotes)
    assert any("[telefon]" in q for q in themes["mörkt"].quotes)  # masked, as stored
    # The two identical speeding concerns give one quote, not the same one twice.
    assert themes["fortkörning"].quotes == ["Bilar kör fort förbi skolan varje morgon, fortkörning är vardag."]
    focus = {f.title: f.count for f in made.focus}
    young = next(title for title in focus if "barn och unga" in title)
    assert focus[young] == 1 and sum(focus.values()) == 1  # "Ungdomar samlas": the agreement names no drugs
    assert made.uncovered == 8 and dict(made.uncovered_categories)["Droger"] == 1
    assert [g.label for g in made.unanswered] == ["Belysning", "Trafik"]
    assert made.unanswered[0].count == 2
    assert made.survey is not None and not made.survey.enough


async def test_themes_are_residents_words_never_places_and_each_quote_under_one(desk: ConcernDesk,
                                                                              tmp_path: Path) -> None:
    """What made the themes noisy: "Stora (3)" and "Torget (3)" from a typed place, one quote under
    three themes, "Ungdomar" on "en gång i veckan" (gång and gäng fold alike). Now a theme is a word
    residents wrote (with its inflected forms), never a place name or a stopword; each quote holds
    the theme's word and stands under one theme only."""
    day = dt.timedelta(days=1)
    texts = [
        ("Ungdomar samlas på Stora torget och skriker om nätterna.", "Stora torget"),
        ("Ungdomarna kastar flaskor på Stora torget, ungdomarna är berusade.", "Stora torget"),
        ("En gång i veckan krossas rutor vid Stora torget.", "Stora torget"),
        ("Ett gäng ungdomar har hotat folk vid busshållplatsen.", None),
        ("Det har varit inbrott i källarförråden i Mjällby, tredje gången i år.", None),
        ("Inbrotten i källarna i Mjällby fortsätter och ingen gör något.", None),
        ("Mörkt i Mjällby, lampan vid skolan i Sölvesborg är trasig.", None),
        ("Mörkt och otryggt på gång- och cykelvägen i Sölvesborg.", None),
        ("Klotter överallt i Sölvesborg, till och med på kyrkan i Karlshamn.", None),
    ]
    for n, (text, place) in enumerate(texts):
        await put(desk, n, text, place=place, when=NOW - (5 + n) * day)
    made = await digest.write(StaffDesk(Settings(), desk), SARA, "solvesborg", tmp_path / "l.docx")

    from bot.staff.digest.themes import family  # noqa: PLC0415

    words = [t.word for t in made.themes]
    assert [(t.word, t.count) for t in made.themes][:3] == [("ungdomar", 3), ("inbrott", 2), ("mörkt", 2)]
    for place in ("stora", "torget", "mjällby", "sölvesborg", "karlshamn", "gång"):
        assert all(family(word) != family(place) for word in words), (place, words)
    quotes = [q for t in made.themes for q in t.quotes]
    assert len(quotes) == len(set(quotes))  # each quote under one theme
    for theme in made.themes:
        assert theme.quotes
        for quote in theme.quotes:  # the theme's word, or a form of it, is in each of its quotes
            assert family(theme.word) in {family(w) for w in re.findall(r"[^\W\d_]+", quote)}, (theme.word, quote)
    young = next(t for t in made.themes if t.word == "ungdomar")
    assert not any("gång" in q for q in young.quotes)

    from docx import Document  # noqa: PLC0415

    document = Document(str(tmp_path / "l.docx"))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert "Ungdomar (3)" in headings and "Inbrott (2)" in headings
    assert not any(h.startswith(("Stora", "Torget", "Mjällby", "Sölvesborg")) for h in headings)


async def test_the_files_read_back(desk: ConcernDesk, tmp_path: Path) -> None:
    await seed(desk)
    staff = StaffDesk(Settings(), desk)
    made = await digest.write(staff, SARA, "solvesborg", tmp_path / "l.docx")
    await digest.write(staff, SARA, "solvesborg", tmp_path / "l.html")
    await digest.write(staff, SARA, "solvesborg", tmp_path / "l.md")

    from docx import Document  # noqa: PLC0415

    document = Document(str(tmp_path / "l.docx"))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == list(digest.HEADINGS)
    tables = [[[c.text for c in row.cells] for row in t.rows] for t in document.tables]
    categories = {row[0]: row[1:] for row in tables[0][1:]}
    assert categories["Totalt"] == ["9", "2", "+350 %"] and categories["Trafik"] == ["2", "2", "oförändrat"]
    places = tables[2]
    assert places[0] == ["Plats", "Antal", "Kategorier", "Månader"]
    assert places[1][0].startswith("Stortorget") and places[1][1] == "5"
    # One place has coordinates: a map of one circle says nothing the table does not, so none.
    assert [number for number, _ in made.located] == [1] and made.places[0].lat is not None
    assert len(document.inline_shapes) == 1 and not made.has_map and made.map() is None
    assert digest.NO_MAP_ONE in [p.text for p in document.paragraphs]
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Mörkt (6)" in text and "[telefon]" in text and "070-123" not in text

    page = (tmp_path / "l.html").read_text(encoding="utf-8")
    cells = _html_tables(page)
    assert cells[0][-1] == ["Totalt", "9", "2", "+350 %"]
    assert cells[2][1][:2] == [places[1][0], "5"]
    assert "<script" not in page and page.count("<h2>") == len(digest.HEADINGS)
    assert page.count('src="data:image/png;base64,') == 1 and 'class="places-map"' not in page
    assert digest.NO_MAP_ONE in _html_parts(page).texts["platser"]

    markdown = (tmp_path / "l.md").read_text(encoding="utf-8")
    assert "| Totalt | 9 | 2 | \\+350 % |" in markdown
    assert (tmp_path / "l-diagram.png").read_bytes()[:4] == b"\x89PNG"
    assert not (tmp_path / "l-karta.png").exists() and "](l-karta.png)" not in markdown
    assert digest.NO_MAP_ONE in markdown
    assert "](l-diagram.png)" in markdown  # the file's own name, not the partial file it was written as
    audit = await desk.db.audit_entries("")
    assert [(a.actor, a.action, a.new) for a in audit] == [("Sara", "lagesbild", f) for f in ("docx", "html", "md")]
    assert made.period.label() in markdown


async def test_html_escapes_what_residents_wrote(desk: ConcernDesk, tmp_path: Path) -> None:
    for n in range(2):
        await put(desk, n, "<script>alert(1)</script> mörkt här", place="<b>Torget</b>", at=STORTORGET)
    await digest.write(StaffDesk(Settings(), desk), ADMIN, "solvesborg", tmp_path / "x.html")
    page = (tmp_path / "x.html").read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;" in page and "<b>Torget" not in page


async def test_a_coordinator_gets_only_their_own_municipality(desk: ConcernDesk, tmp_path: Path) -> None:
    with pytest.raises(AccessDenied):
        await digest.write(StaffDesk(Settings(), desk), VERA, "solvesborg", tmp_path / "no.docx")
    assert not (tmp_path / "no.docx").exists()
    assert [a.action for a in await desk.db.audit_entries("")] == ["denied"]


async def _answer(dialogue: Dialogue, user: str, answers: list[int], locality: str = "-") -> list[Any]:
    conversation = Conversation()
    outputs = await dialogue.handle("web", user, conversation, Input(text="/trygghet"))
    outputs = await dialogue.handle("web", user, conversation, Input(choice="tm:k:solvesborg"))
    outputs = await dialogue.handle("web", user, conversation, Input(choice=f"tm:o:{locality}"))
    for value in answers:
        outputs = await dialogue.handle("web", user, conversation, Input(choice=f"tm:a:{value}"))
    return outputs


async def test_the_survey_is_anonymous_once_a_quarter_and_needs_ten_answers(desk: ConcernDesk) -> None:
    dialogue = Dialogue(desk)
    clock = desk._clock  # noqa: SLF001 - the Clock the fixture set
    assert isinstance(clock, Clock)
    clock.now = dt.datetime(2026, 8, 20, 12, 0, tzinfo=TZ).timestamp()  # 2026-Q3
    first = await _answer(dialogue, "a", [2, 3, 1, 6])
    assert isinstance(first[0], Prompt) and first[0].text.startswith("Tack!")
    again = await dialogue.handle("web", "a", Conversation(), Input(text="/trygghet"))
    assert "redan svarat" in again[0].text
    counts = {(c.locality, c.question, c.value): c.answers for c in await desk.db.survey_counts("solvesborg", ["2026-Q3"])}
    assert {key: n for key, n in counts.items() if n} == {
        ("", "ute_sent", 2): 1, ("", "overfallen", 3): 1, ("", "skrap_skadegorelse", 1): 1, ("", "trafik", 6): 1}
    # Nothing in the counts names a resident; the marks are not the resident hash.
    marks = [row[0] async for chunk in desk.db.table_rows("survey_marks") for row in chunk]
    assert desk.resident("web", "a") not in marks and len(marks) == 1
    for n in range(8):
        await _answer(dialogue, f"b{n}", [1, 1, 1, 1], locality="0")
    clock.now = NOW.timestamp()  # 2026-Q4: Q3 has ended
    municipality = desk.engine.knowledge.municipalities["solvesborg"]
    nine = await survey_figures.report(desk.db, municipality, dt.date(2025, 11, 21), NOW.date(), NOW.date())
    assert nine.total.answers is None and nine.total.index is None and not nine.enough
    assert "Inget avslutat kvartal" in nine.lines()[0] and "9" not in nine.lines()[0] and nine.question_table() is None
    clock.now = dt.datetime(2026, 8, 21, 12, 0, tzinfo=TZ).timestamp()
    await _answer(dialogue, "c", [6, 6, 6, 6], locality="0")
    ten = await survey_figures.report(desk.db, municipality, dt.date(2025, 11, 21), NOW.date(), NOW.date())
    # (2,3,1,6) -> (1+2+0+5) x 6/5 / 4 = 2.4; eight of 0; (6,6,6,6) -> 6: the mean of ten respondents
    assert ten.enough and ten.total.shown == "0,84"
    assert [(q.name, q.answers, q.shown) for q in ten.quarters][-2:] == [
        ("2026-Q3", 10, "0,84"), ("2026-Q4", None, "pågår, visas när kvartalet är slut")]
    assert ten.localities == []  # Mjällby's nine are under ten


async def test_the_retention_job_purges_the_marks_of_past_quarters(desk: ConcernDesk) -> None:
    """The desk's daily purge (the one that deletes old concerns) also deletes the survey's marks of
    quarters that have ended: a mark only stops a second answer within its quarter. The answers,
    which name no one, stay for the index and its trend."""
    dialogue = Dialogue(desk)
    clock = desk._clock  # noqa: SLF001 - the Clock the fixture set
    assert isinstance(clock, Clock)
    clock.now = dt.datetime(2026, 9, 20, 12, 0, tzinfo=TZ).timestamp()  # 2026-Q3
    await _answer(dialogue, "a", [2, 2, 2, 2])
    clock.now = NOW.timestamp()  # 2026-Q4
    await _answer(dialogue, "b", [3, 3, 3, 3])
    assert await desk.db.count_rows("survey_marks") == 2
    await desk.purge()
    assert await desk.db.count_rows("survey_marks") == 1  # b's, of the quarter still running
    counts = await desk.db.survey_counts("solvesborg", ["2026-Q3", "2026-Q4"])
    assert sum(c.answers for c in counts if c.question == "ute_sent") == 2
    again = await dialogue.handle("web", "b", Conversation(), Input(text="/trygghet"))
    assert "redan svarat" in again[0].text  # this quarter's mark still stops a second answer


async def test_the_survey_is_offered_once_a_quarter_after_a_receipt(desk: ConcernDesk) -> None:
    dialogue = Dialogue(desk)

    async def concern(user: str) -> list[Any]:
        conversation = Conversation()
        for given in (Input(text="/synpunkt"), Input(choice="solvesborg"),
                      Input(choice="belysning-otrygg-plats"), Input(choice="skip"),
                      Input(text="Lampan i parken är trasig sedan länge."), Input(choice="no")):
            await dialogue.handle("web", user, conversation, given)
        outputs = await dialogue.handle("web", user, conversation, Input(choice="send"))
        # Hearing back is asked under the receipt first (#34); the survey follows the answer.
        reference = outputs[0].reference
        assert [c.id for c in outputs[0].choices] == [f"updates-yes:{reference}", f"updates-no:{reference}"]
        outputs = await dialogue.handle("web", user, conversation, Input(choice=f"updates-no:{reference}"))
        if outputs[0].choices:
            follow = await dialogue.handle("web", user, conversation, Input(choice="tm:ja"))
            return [*outputs, *follow]
        return outputs

    first = await concern("x")
    # The offer comes in the answer's message, with Ja/Nej.
    assert first[0].kind == "updates" and "Vill du också svara" in first[0].text
    assert [c.id for c in first[0].choices] == ["tm:ja", "tm:nej"]
    assert first[1].step == "survey_locality"  # the municipality is the concern's
    again = await concern("x")
    assert [o.kind for o in again] == ["updates"] and not again[0].choices


def test_the_source_is_recorded() -> None:
    recorded = yaml.safe_load((bundled_path() / "trygghetsmatning.yaml").read_text(encoding="utf-8"))
    assert [q["id"] for q in recorded["questions"]] == [q.id for q in survey.QUESTIONS]
    assert [q["text"] for q in recorded["questions"]] == [q.text for q in survey.QUESTIONS]
    for source in recorded["sources"]:
        assert source["url"].startswith("https://") and source["title"] and source["quote"]
    assert survey.index_of([1, 1]) == 0 and survey.index_of([6]) == 6 and survey.index_of([2, 3]) == pytest.approx(1.8)


def test_cli_writes_a_docx(tmp_path: Path) -> None:
    target = tmp_path / "lagesbild.docx"
    settings = tmp_path / "settings.yaml"
    settings.write_text(f"data_dir: {tmp_path / 'data'}\n", encoding="utf-8")
    code, out, _ = run("--settings", str(settings), "lagesbild", "--kommun", "solvesborg", "--from", "2026-01-01",
                       "--to", "2026-06-30", "-o", str(target))
    assert code == 0 and "(1 januari 2026 – 30 juni 2026, 0 concerns) to" in out and target.stat().st_size > 10_000
    assert "synpunkter" not in out  # one language
    from docx import Document
    document = Document(str(target))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)  # A4, not US Letter
    assert 'w:val="sv-SE"' in document.styles.element.xml and "en-US" not in document.styles.element.xml
    assert document.core_properties.language == "sv-SE"
    code, _, err = run("--settings", str(settings), "lagesbild", "--kommun", "solvesborg", "-o",
                       str(tmp_path / "x.pdf"))
    assert code == 1 and ".docx" in err


class _Tables(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tables: list[list[list[str]]] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None:
            self.tables[-1][-1].append(re.sub(r"\s+", " ", "".join(self._cell)).strip())
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


class _Sections(HTMLParser):
    """Each <section id=…>'s images (their src) and its text, to read a section as a reader sees it."""

    def __init__(self) -> None:
        super().__init__()
        self.images: dict[str, list[str]] = {}
        self.texts: dict[str, str] = {}
        self._section = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        given = dict(attrs)
        if tag == "section":
            self._section = given.get("id") or ""
        elif tag == "img" and self._section:
            self.images.setdefault(self._section, []).append(given.get("src") or "")

    def handle_data(self, data: str) -> None:
        if self._section:
            self.texts[self._section] = self.texts.get(self._section, "") + data


def _html_parts(page: str) -> _Sections:
    parser = _Sections()
    parser.feed(page)
    return parser


def _html_tables(page: str) -> list[list[list[str]]]:
    parser = _Tables()
    parser.feed(page)
    return [[row for row in table if row] for table in parser.tables]


async def test_storage_of_the_survey_on_both_engines(tmp_path: Path, database_url: str) -> None:
    store = await open_store(tmp_path, database_url)
    ids = [q.id for q in survey.QUESTIONS]

    def grid(locality: str, answers: tuple[int, ...]) -> list[SurveyCell]:
        return survey_grid(["Norje"], ids, range(1, 7), locality, dict(zip(ids, answers)))

    try:
        assert await store.survey_offer("m1", "2026-Q4") and not await store.survey_offer("m1", "2026-Q4")
        assert not await store.survey_answered("m1")
        assert await store.save_survey("m1", "2026-Q4", "solvesborg", grid("Norje", (1, 2, 3)))
        assert not await store.save_survey("m1", "2026-Q4", "solvesborg", grid("Norje", (4, 4, 4)))
        assert await store.survey_answered("m1")
        assert await store.save_survey("m2", "2026-Q3", "solvesborg", grid("", (6, 6, 6, 6)))
        given = [c[:4] for c in await store.survey_counts("solvesborg", ["2026-Q4", "2026-Q3"]) if c.answers]
        assert given == [("", "2026-Q3", q, 6) for q in sorted(ids)] + [
            ("Norje", "2026-Q4", "overfallen", 2), ("Norje", "2026-Q4", "skrap_skadegorelse", 3),
            ("Norje", "2026-Q4", "ute_sent", 1)]
        assert await store.survey_counts("vellinge", ["2026-Q4"]) == []
        assert await store.count_rows("survey_counts") == 2 * 2 * len(ids) * 6  # two quarters' grids
    finally:
        await store.close()


async def test_no_map_without_coordinates(desk: ConcernDesk, tmp_path: Path) -> None:
    """Places only typed, never pinned: the table stands alone and one line says why there is no map."""
    for n in range(2):
        await put(desk, n, "Bilar kör för fort på Järnvägsgatan.", place="Järnvägsgatan", when=NOW - 10 * dt.timedelta(days=1))
    made = await digest.write(StaffDesk(Settings(), desk), SARA, "solvesborg", tmp_path / "l.docx")
    assert made.places and not made.located and made.map() is None

    from docx import Document  # noqa: PLC0415

    document = Document(str(tmp_path / "l.docx"))
    assert len(document.inline_shapes) == 1 and digest.NO_MAP in [p.text for p in document.paragraphs]
    await digest.write(StaffDesk(Settings(), desk), SARA, "solvesborg", tmp_path / "l.html")
    await digest.write(StaffDesk(Settings(), desk), SARA, "solvesborg", tmp_path / "l.md")
    page = _html_parts((tmp_path / "l.html").read_text(encoding="utf-8"))
    assert page.images.get("platser", []) == [] and digest.NO_MAP in page.texts["platser"]
    assert digest.NO_MAP in (tmp_path / "l.md").read_text(encoding="utf-8").replace("\\", "")  # unescaped
    assert not (tmp_path / "l-karta.png").exists()


async def test_the_map_needs_no_tiles_and_is_numbered_and_named_as_the_table(desk: ConcernDesk,
                                                                             tmp_path: Path) -> None:
    """No map_tile_url: the map is drawn all the same (the places themselves, not tiles). The largest
    place was only typed, so the map holds rows 2 and 3, numbered and named as in the table:
    Stortorget as residents typed it, and a spot pinned without a typed name named by the locality
    its concerns name (Mjällby). Two concerns pinned together with no name at all are left out of
    the table and the map rather than printed as coordinates."""
    day = dt.timedelta(days=1)
    for n in range(4):
        await put(desk, n, "Bilar kör för fort.", place="Järnvägsgatan", when=NOW - (10 + n) * day)
    for n, at in enumerate([STORTORGET, (56.0507, 14.5853), (56.0503, 14.5848)], start=4):
        await put(desk, n, "Mörkt på torget.", code="belysning", name="Belysning/otrygg plats", place="Stortorget",
                  at=at, when=NOW - 20 * day)
    for n, at in enumerate([(56.0250, 14.5600), (56.0252, 14.5603)], start=7):
        await put(desk, n, "Klotter på väggarna vid skolan i Mjällby.", code="skadegorelse", name="Skadegörelse",
                  at=at, when=NOW - 30 * day)
    for n, at in enumerate([(56.0700, 14.6200), (56.0701, 14.6201)], start=9):
        await put(desk, n, "Det luktar illa här.", at=at, when=NOW - 30 * day)
    staff = StaffDesk(Settings(map_tile_url=""), desk)
    made = await digest.write(staff, SARA, "solvesborg", tmp_path / "l.docx")
    await digest.write(staff, SARA, "solvesborg", tmp_path / "l.html")
    await digest.write(staff, SARA, "solvesborg", tmp_path / "l.md")
    assert [(p.label, p.count, p.lat is not None) for p in made.places] == [
        ("Järnvägsgatan", 4, False), ("Stortorget (inom 150 m)", 3, True), ("Mjällby (inom 150 m)", 2, True)]
    assert [(number, p.name) for number, p in made.located] == [(2, "Stortorget"), (3, "Mjällby")]
    assert made.has_map

    from docx import Document  # noqa: PLC0415

    document = Document(str(tmp_path / "l.docx"))
    assert len(document.inline_shapes) == 2  # the chart and the map
    assert digest.MAP_CAPTION in [p.text for p in document.paragraphs]
    assert "minst två platser" in digest.MAP_CAPTION  # the rule, stated where the map is
    rows = [[c.text for c in row.cells] for row in document.tables[2].rows]
    assert [row[0] for row in rows[1:]] == ["Järnvägsgatan", "Stortorget (inom 150 m)", "Mjällby (inom 150 m)"]
    page_text = (tmp_path / "l.html").read_text(encoding="utf-8")
    markdown = (tmp_path / "l.md").read_text(encoding="utf-8")
    for text in ("\n".join(p.text for p in document.paragraphs) + str(rows), page_text, markdown):
        assert "Utan namn" not in text and "56.07" not in text and "56.0700" not in text

    page = _html_parts(page_text)
    (source,) = page.images["platser"]
    assert source == "data:image/png;base64," + base64.b64encode(made.map() or b"").decode("ascii")
    assert digest.MAP_CAPTION in page.texts["platser"] and digest.NO_MAP not in page.texts["platser"]
    drawn = base64.b64decode(source.split(",", 1)[1])
    assert drawn[:4] == b"\x89PNG" and int.from_bytes(drawn[16:20], "big") >= 900  # 6.5 in at 150 dpi
    assert "](l-karta.png)" in markdown and (tmp_path / "l-karta.png").read_bytes() == drawn
    assert "Mjällby (inom 150 m)" in markdown


async def test_om_underlaget_says_why_there_is_no_map(desk: ConcernDesk, tmp_path: Path) -> None:
    """One place with coordinates: no map, and the .docx, the HTML and the .md say why."""
    for n in range(2):
        await put(desk, n, "Mörkt på torget.", place="Stortorget", at=STORTORGET)
    staff = StaffDesk(Settings(), desk)
    made = await digest.write(staff, SARA, "solvesborg", tmp_path / "l.docx")
    await digest.write(staff, SARA, "solvesborg", tmp_path / "l.md")
    assert made.located and not made.has_map and made.map() is None
    assert any("ingen kartbild, eftersom bara en plats har koordinater" in note for note in made.notes)
    assert any("Kartan visas när minst två av platserna har koordinater" in note for note in made.notes)
    assert any("blir ett tema när det finns i minst två synpunkter" in note for note in made.notes)

    from docx import Document  # noqa: PLC0415

    document = Document(str(tmp_path / "l.docx"))
    assert len(document.inline_shapes) == 1 and digest.NO_MAP_ONE in [p.text for p in document.paragraphs]
    assert digest.NO_MAP_ONE in (tmp_path / "l.md").read_text(encoding="utf-8")
    assert not (tmp_path / "l-karta.png").exists()
    assert await digest.image(staff, SARA, "solvesborg", "map") is None  # the console's map address: nothing


def test_the_map_scales_longitude_and_its_bar_is_in_metres(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two places 1 km apart east–west at 56° N differ by 0.0161° of longitude: drawn 1 km apart,
    with a round scale bar in metres (the figure is captured instead of written)."""
    east = 1000 / (111_320.0 * math.cos(math.radians(56.0)))
    places = [digest.Place("A", 4, [], [], True, 56.0, 14.5), digest.Place("B", 2, [], [], False),
              digest.Place("C", 2, [], [], True, 56.0, 14.5 + east)]
    shown = SimpleNamespace(located=[(1, places[0]), (3, places[2])], name="Sölvesborg",
                            period=digest.Period(dt.date(2026, 1, 1), dt.date(2026, 12, 31)))
    drawn: dict[str, Any] = {}

    def capture(size: tuple[float, float], bottom: float, draw: Any) -> bytes:
        from matplotlib import pyplot  # noqa: PLC0415

        figure, axis = pyplot.subplots(figsize=size)
        try:
            draw(figure, axis)
            circles: Any = axis.collections[0]
            drawn["points"] = circles.get_offsets().tolist()
            drawn["sizes"] = list(circles.get_sizes())
            drawn["labels"] = [t.get_text() for t in axis.texts]
        finally:
            pyplot.close(figure)
        return b""

    from bot.staff.digest import images  # noqa: PLC0415

    monkeypatch.setattr(images, "figure_png", capture)
    digest.map_png(shown)  # type: ignore[arg-type]
    (x1, y1), (x2, y2) = drawn["points"]
    assert (x2 - x1, y2 - y1) == (pytest.approx(1000.0), pytest.approx(0.0))
    assert drawn["sizes"][0] > drawn["sizes"][1]  # four concerns draw a larger circle than two
    # Each circle numbered as in the table and named beside it, so the map reads on its own.
    assert drawn["labels"][:4] == ["1", "3", "A", "C"] and "200 m" in drawn["labels"]



def test_one_concern_is_one_synpunkt_in_every_sentence() -> None:
    from bot.text import count
    assert count(1, "synpunkt", "synpunkter") == "1 synpunkt" and count(0, "synpunkt", "synpunkter") == "0 synpunkter"
    import inspect
    import importlib
    import pkgutil
    from bot.staff import charts, digest as package, export
    modules = [package, *(importlib.import_module(f"bot.staff.digest.{m.name}")
                          for m in pkgutil.iter_modules(package.__path__))]
    assert len(modules) > 5
    for source in [inspect.getsource(module) for module in (*modules, export, charts)]:
        # Every count of concerns in a sentence goes through count(): no "{n} synpunkter" written out.
        assert not re.search(r"\{[^{}]*\} synpunkter", source)
        assert "1 av 1 synpunkter" not in source


def test_om_underlaget_is_written_for_a_reader_outside_it() -> None:
    import inspect
    from bot.concerns import survey_figures
    source = inspect.getsource(survey_figures)
    assert "knowledge/trygghetsmatning.yaml" not in source  # no developer's file path in the text
    assert "1 blir 0, 6 blir 6" in source  # how the 1–6 answers become the 0–6 index
    from bot.staff.digest import markdown_text
    assert markdown_text("Stora torget (3)") == "Stora torget (3)" and markdown_text("[x](y)") == "\\[x\\](y)"
