"""The knowledge base: every seed fact is there with its source, and bad files are reported precisely."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.answering.engine import Engine
from bot.answering.knowledge import Knowledge, load, validate
from bot.dates import PartialDate
from bot.errors import KnowledgeError

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def test_the_seeded_five_and_more_all_among_the_290_names(knowledge: Knowledge) -> None:
    assert {"vellinge", "burlov", "kavlinge", "solvesborg", "vaxjo"} <= set(knowledge.municipalities)
    assert len(knowledge.municipalities) >= 18
    assert len(knowledge.all_municipalities) == 290
    assert all(m.name in knowledge.all_municipalities for m in knowledge.municipalities.values())
    assert knowledge.all_municipalities["Sölvesborg"] == "Blekinge län"


@pytest.mark.parametrize(("muni_id", "police_area", "start", "end"), [
    ("vellinge", "Trelleborg", "2023", "2026"),
    ("burlov", "Kävlinge", "2020", "2023"),
    ("kavlinge", "Kävlinge", None, "2026"),
    ("solvesborg", "Karlshamn", "2022", "2026"),
    ("vaxjo", "Växjö", "2019-10-03", "2023-09"),
])
def test_parties_and_periods(knowledge: Knowledge, muni_id: str, police_area: str,
                             start: str | None, end: str) -> None:
    muni = knowledge.municipalities[muni_id]
    assert muni.police_area == police_area
    agreement = next(a for a in muni.agreements if a.kind == "samverkansoverenskommelse")
    assert (str(agreement.start) if agreement.start else None) == start
    assert str(agreement.end) == end


def test_every_source_is_a_seed_that_exists_or_a_dated_page(knowledge: Knowledge) -> None:
    seeds = {p.name for p in SEEDS.glob("*.txt")} if SEEDS.is_dir() else set()
    for muni in knowledge.municipalities.values():
        for source in muni.sources:
            assert source.publisher and source.title
            if source.url:
                # A page that gives no date of its own keeps the day it was read.
                assert source.url.startswith(("https://", "http://")) and (source.date or source.retrieved), \
                    (muni.id, source.id)
            elif seeds:
                assert source.seed in seeds, (muni.id, source.seed)


def test_people_named_in_the_seeds(knowledge: Knowledge) -> None:
    names = {m.id: {p.name for p in m.people} for m in knowledge.municipalities.values()}
    assert names["vellinge"] == {"Carina Wutzler", "Lars-Gunnar Björnqvist"}
    assert {"Lars Johnson", "Patrik Ahrlin", "Katja Larsson"} <= names["burlov"]
    assert names["kavlinge"] == {"Annsofie Thuresson", "Freddy Nilsson"}
    assert names["solvesborg"] == {"Daniel Riedel", "Louise Englund", "Henrik Johnsson", "Louise Erixon"}
    assert names["vaxjo"] == {"Anna Tenje", "Marcus Holmqvist", "Jonas Eek"}


def test_focus_areas_and_measures(knowledge: Knowledge) -> None:
    solvesborg = knowledge.municipalities["solvesborg"]
    promise = next(a for a in solvesborg.agreements if a.kind == "medborgarlofte")
    assert promise.part_of == "samverkan-2022" and (str(promise.start), str(promise.end)) == ("2022", "2023")
    theft = next(a for a in promise.areas if a.id == "tillgreppsbrott")
    assert set(theft.measures) == {"medborgardialog", "grannsamverkan", "närvaro och synlighet"}
    kavlinge = knowledge.municipalities["kavlinge"]
    index = kavlinge.measurements[0]
    assert (index.name, index.before, index.after, index.scale) == ("trygghetsindex", 1.43, 1.35, "sexgradig skala")
    vaxjo = knowledge.municipalities["vaxjo"]
    assert len([a for a in vaxjo.areas if a.kind == "commitment"]) == 7


def test_glossary_covers_the_terms_residents_meet(knowledge: Knowledge) -> None:
    terms = {t.term.casefold() for t in knowledge.glossary}
    for term in ("medborgarlöfte", "samverkansöverenskommelse", "lägesbild", "åtgärdsplan",
                 "lokalpolisområde", "kommunpolis", "brå", "andts", "grannsamverkan",
                 "trygghetsmätning", "trygghetsindex", "tillgreppsbrott", "mängdbrott",
                 "våld i nära relation"):
        assert term in terms
    assert all(t.definition and t.definition_en for t in knowledge.glossary)


def test_partial_dates() -> None:
    assert PartialDate.parse(2026).last_day() == dt.date(2026, 12, 31)
    assert PartialDate.parse("2023-09").last_day() == dt.date(2023, 9, 30)
    assert PartialDate.parse("2024-02").last_day() == dt.date(2024, 2, 29)
    assert PartialDate.parse(dt.date(2019, 10, 3)).format("sv") == "3 oktober 2019"
    assert PartialDate.parse("2023-09").format("en") == "September 2023"
    with pytest.raises(ValueError):
        PartialDate.parse("2023-13")
    with pytest.raises(ValueError):
        PartialDate.parse("next year")


# -- validation ---------------------------------------------------------------------------------

def _messages(path: Path) -> list[str]:
    return [str(p) for p in validate(path)]


def test_bundled_knowledge_is_valid(knowledge_copy: Path) -> None:
    assert validate(knowledge_copy) == []


def test_bad_yaml_reports_file_and_line(knowledge_copy: Path) -> None:
    target = knowledge_copy / "municipalities" / "vellinge.yaml"
    lines = target.read_text(encoding="utf-8").splitlines()
    lines[3] = "police_area: [Trelleborg"
    target.write_text("\n".join(lines), encoding="utf-8")
    problems = validate(knowledge_copy)
    assert len(problems) == 1
    assert problems[0].file == "vellinge.yaml"
    assert problems[0].line is not None and problems[0].line >= 4
    assert "invalid YAML" in problems[0].message


def test_missing_required_field(knowledge_copy: Path) -> None:
    target = knowledge_copy / "municipalities" / "burlov.yaml"
    target.write_text(target.read_text(encoding="utf-8").replace("name: Burlöv\n", ""),
                      encoding="utf-8")
    assert _messages(knowledge_copy) == ["burlov.yaml:1 [municipality burlov] name: missing required field"]


def test_duplicate_ids(knowledge_copy: Path) -> None:
    muni_dir = knowledge_copy / "municipalities"
    (muni_dir / "vellinge2.yaml").write_text((muni_dir / "vellinge.yaml").read_text(encoding="utf-8"),
                                             encoding="utf-8")
    messages = _messages(knowledge_copy)
    assert any("vellinge2.yaml" in m and "file name must be the id" in m for m in messages)
    assert any("duplicate municipality id 'vellinge' (also in vellinge.yaml)" in m for m in messages)


def test_duplicate_area_id_and_duplicate_yaml_key(knowledge_copy: Path) -> None:
    target = knowledge_copy / "municipalities" / "kavlinge.yaml"
    text = target.read_text(encoding="utf-8")
    target.write_text(text.replace("id: barn-unga-riskzoner", "id: trygghet-offentlig-miljo"), encoding="utf-8")
    messages = _messages(knowledge_copy)
    assert len(messages) == 1
    assert "[agreement samverkan-2023 area trygghet-offentlig-miljo] id: duplicate id" in messages[0]
    target.write_text(text.replace("county: Skåne län\n", "county: Skåne län\ncounty: Skåne\n"), encoding="utf-8")
    messages = _messages(knowledge_copy)
    assert len(messages) == 1 and "duplicate key 'county'" in messages[0] and "kavlinge.yaml:" in messages[0]


def test_unknown_references(knowledge_copy: Path) -> None:
    target = knowledge_copy / "municipalities" / "solvesborg.yaml"
    text = target.read_text(encoding="utf-8")
    text = text.replace("part_of: samverkan-2022", "part_of: samverkan-1999")
    text = text.replace("  - id: daniel-riedel\n    source: pressmeddelande-2022\n",
                        "  - id: daniel-riedel\n    source: tidningen\n")
    target.write_text(text, encoding="utf-8")
    messages = _messages(knowledge_copy)
    assert any("[agreement medborgarlofte-2022] part_of: unknown agreement 'samverkan-1999'" in m
               for m in messages)
    assert any("[person daniel-riedel] source: unknown source 'tidningen' (known: " in m
               and "pressmeddelande-2022" in m for m in messages)


def test_unknown_field_bad_date_bad_kind_and_not_a_municipality(knowledge_copy: Path) -> None:
    target = knowledge_copy / "municipalities" / "vaxjo.yaml"
    text = target.read_text(encoding="utf-8")
    text = text.replace("name: Växjö\n", "name: Växjöstad\nmayor: Anna\n")
    text = text.replace("end: 2023-09", "end: september")
    text = text.replace("kind: samverkansoverenskommelse", "kind: avtal")
    target.write_text(text, encoding="utf-8")
    messages = "\n".join(_messages(knowledge_copy))
    assert "[municipality vaxjo] mayor: unknown field" in messages
    assert "[agreement samverkan-2019] end: must be a date (YYYY, YYYY-MM or YYYY-MM-DD), got 'september'" in messages
    assert "[agreement samverkan-2019] kind: must be one of: medborgarlofte, samverkansoverenskommelse, got 'avtal'" in messages
    assert "name: 'Växjöstad' is not a Swedish municipality in kommuner.yaml" in messages


def test_load_raises_with_every_problem(knowledge_copy: Path) -> None:
    (knowledge_copy / "glossary.yaml").write_text("- term: x\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load(knowledge_copy)
    fields = {p.field for p in caught.value.problems}
    assert fields == {"definition", "definition_en"}


def test_a_municipality_is_added_by_dropping_in_one_file(knowledge_copy: Path) -> None:
    (knowledge_copy / "municipalities" / "ystad.yaml").write_text("""
id: ystad
name: Ystad
police_area: Ystad
sources:
  - id: test
    publisher: Ystads kommun
    title: Ett påhittat testavtal
    date: 2024-05-01
    url: https://example.invalid/ystad
parties:
  - name: Ystads kommun
agreements:
  - id: samverkan
    kind: samverkansoverenskommelse
    start: 2024
    end: 2027
    quote: "gäller 2024-2027"
    areas:
      - id: cykelstolder
        kind: focus_area
        title: Färre cykelstölder
        title_en: Fewer bike thefts
        quote: "Färre cykelstölder"
""", encoding="utf-8")
    engine = Engine(load(knowledge_copy), today=dt.date(2026, 11, 23))
    answer = engine.answer("Vad fokuserar Ystad på?")
    assert answer.municipality == "ystad" and answer.answered
    assert "Färre cykelstölder" in answer.text


def test_a_helpline_needs_its_page(knowledge_copy: Path) -> None:
    file = knowledge_copy / "helplines.yaml"
    text = file.read_text(encoding="utf-8")
    file.write_text(text.replace("    url: https://giftinformation.se/om-giftinformationscentralen-avd/faq/\n", "")
                    .replace("    date: 2023-12-22\n", ""), encoding="utf-8")
    problems = [str(p) for p in validate(knowledge_copy)]
    assert any("helplines.yaml" in p and "url" in p and "missing required field" in p for p in problems)
    assert any("helplines.yaml" in p and "line vardguiden-1177" in p and "date" in p for p in problems)


@pytest.mark.parametrize(("change", "message"), [
    (("    date: 2024-03\n", ""), "[source polisen-2024] date: a web page needs the date it gives (date:), or the "
                                 "day it was read (retrieved:)"),
    (('        quote: "Brott mot äldre personer"\n', ""), "[agreement samverkan-2024 area brott-mot-aldre] quote: a fact "
                                                    "from a web page needs quote:"),
    (("    url: https://polisen.se/aktuellt/nyheter/syd/2024/mars/sa-ska-kommun-och-polis-samverka-for-mer-trygghet"
      "-och-mindre-brott/\n", ""), "[source polisen-2024] url: a source needs url: (the page it comes from) or seed:"),
])
def test_a_fact_from_a_web_page_carries_its_url_date_and_quote(knowledge_copy: Path, change: tuple[str, str],
                                                                message: str) -> None:
    target = knowledge_copy / "municipalities" / "lund.yaml"
    text = target.read_text(encoding="utf-8")
    assert change[0] in text
    target.write_text(text.replace(change[0], change[1]), encoding="utf-8")
    assert any(message in problem for problem in _messages(knowledge_copy)), _messages(knowledge_copy)


SEARCHED = """
id: hjo
name: Hjo
county: Västra Götalands län
police_area: Östra Skaraborg
checked: 2026-12-04
checked_note: Sökte på polisen.se och kommunens webbplats efter medborgarlöfte och samverkansöverenskommelse; inget publicerat hittades.
sources:
  - id: kontakt
    publisher: Hjo kommun
    title: Kontakta kommunen
    retrieved: 2026-12-04
    url: https://example.invalid/hjo/kontakt
"""


def test_a_search_that_found_no_agreement_is_an_entry_of_its_own(knowledge_copy: Path) -> None:
    (knowledge_copy / "municipalities" / "hjo.yaml").write_text(SEARCHED, encoding="utf-8")
    assert validate(knowledge_copy) == []
    knowledge = load(knowledge_copy)
    # Kept apart from the entries with agreements, so no agreement answer is built from it.
    assert "hjo" not in knowledge.municipalities and knowledge.searched("hjo") is knowledge.unpublished["hjo"]
    engine = Engine(knowledge, today=dt.date(2026, 12, 5))
    for question in ("Vad gör Hjo kommun och polisen för tryggheten?", "Vad fokuserar Hjo på?"):
        answer = engine.answer(question)
        assert not answer.answered and answer.topic == "unknown_municipality"
        assert answer.text.startswith("Jag har inte hittat någon publicerad samverkansöverenskommelse eller "
                                      "något medborgarlöfte för Hjo kommun. Sökte på polisen.se")
        assert "(4 december 2026)" in answer.text and "lokalpolisområde Östra Skaraborg" in answer.text
        assert "https://example.invalid/hjo/kontakt" in answer.text
    english = engine.answer("What does Hjo do about safety?")
    assert english.text.startswith("I have not found a published cooperation agreement or citizen promise for Hjo")


def test_a_search_record_says_when_and_what_was_searched(knowledge_copy: Path) -> None:
    without_note = SEARCHED.replace("checked_note:", "note_that_is_not_a_field:").split("note_that")[0]
    (knowledge_copy / "municipalities" / "hjo.yaml").write_text(without_note, encoding="utf-8")
    assert any("checked: and checked_note:" in m for m in _messages(knowledge_copy))
    (knowledge_copy / "municipalities" / "hjo.yaml").write_text(SEARCHED + "agreements: []\n", encoding="utf-8")
    assert any("leave agreements: out" in m for m in _messages(knowledge_copy))
    # An entry with agreements still needs its sources and parties.
    target = knowledge_copy / "municipalities" / "burlov.yaml"
    text = target.read_text(encoding="utf-8")
    start = text.index("parties:")
    end = text.index("agreements:")
    target.write_text(text[:start] + text[end:], encoding="utf-8")
    assert any("burlov" in m and "at least one party is required" in m for m in _messages(knowledge_copy))
