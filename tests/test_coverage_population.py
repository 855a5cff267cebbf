"""Population shares in `coverage`: kommuner.yaml's figures, how validate checks them, and the report."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.answering.knowledge import Knowledge, load, validate
from bot.cli import main
from bot.staff.coverage import population_coverage

TODAY = dt.date(2026, 11, 23)
OTHERS = 1000  # every municipality the test does not name gets this many inhabitants


def _write_municipality(folder: Path, muni_id: str, name: str, county: str, start: int, end: int) -> None:
    """The smallest valid file: one dated page and one agreement, so its status on TODAY is known here
    and not from whatever the researchers' files say."""
    (folder / f"{muni_id}.yaml").write_text(f"""id: {muni_id}
name: {name}
county: {county}
sources:
  - id: page
    publisher: {name}s kommun
    title: A page for the test
    date: {start}-01
    url: https://example.org/{muni_id}
parties:
  - name: {name}s kommun
agreements:
  - id: samverkan
    kind: samverkansoverenskommelse
    start: {start}
    end: {end}
    quote: "{start}-{end}"
""", encoding="utf-8")


def _kommuner(base: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((base / "kommuner.yaml").read_text(encoding="utf-8"))
    return loaded


def _save_kommuner(base: Path, data: dict[str, Any]) -> None:
    (base / "kommuner.yaml").write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


@pytest.fixture()
def small_base(knowledge_copy: Path) -> Path:
    """Three municipalities (Ystad and Kiruna in force on TODAY, Lund ended) and round figures, so the
    shares can be worked out by hand."""
    folder = knowledge_copy / "municipalities"
    for file in folder.glob("*.yaml"):
        file.unlink()
    _write_municipality(folder, "ystad", "Ystad", "Skåne län", 2024, 2027)
    _write_municipality(folder, "lund", "Lund", "Skåne län", 2018, 2020)
    _write_municipality(folder, "kiruna", "Kiruna", "Norrbottens län", 2025, 2028)
    data = _kommuner(knowledge_copy)
    data["population"] = {name: OTHERS for name in data["population"]}
    data["population"].update({"Ystad": 30_000, "Lund": 120_000, "Kiruna": 20_000, "Göteborg": 500_000})
    del data["population_source"]["total"]  # Sweden is then the figures added up
    _save_kommuner(knowledge_copy, data)
    return knowledge_copy


def test_the_bundled_figures_cover_all_290_and_add_up_to_scbs_total(knowledge: Knowledge) -> None:
    source = knowledge.population_source
    assert source is not None and source.url.startswith("https://") and source.quote
    assert str(source.date) == "2021-12-31"
    assert set(knowledge.population) == set(knowledge.all_municipalities)
    assert sum(knowledge.population.values()) == source.total == 10_452_326


def test_shares_in_all_in_force_and_by_county(small_base: Path) -> None:
    shares = population_coverage(load(small_base), TODAY)
    sweden = 286 * OTHERS + 30_000 + 120_000 + 20_000 + 500_000
    assert (shares.municipalities, shares.population) == (290, sweden)
    assert (shares.known, shares.known_population) == (3, 170_000)
    assert (shares.in_force, shares.in_force_population) == (2, 50_000)  # Lund's agreement has ended
    assert shares.known_share == round(170_000 / sweden, 4) and shares.in_force_share == round(50_000 / sweden, 4)
    counties = {county.county: county for county in shares.counties}
    skane = counties["Skåne län"]
    assert (skane.municipalities, skane.known, skane.in_force) == (33, 2, 1)
    assert (skane.population, skane.known_population, skane.in_force_population) == (181_000, 150_000, 30_000)
    assert skane.to_dict()["known_share"] == round(150_000 / 181_000, 4)
    assert counties["Uppsala län"].known_population == 0 and counties["Uppsala län"].to_dict()["known_share"] == 0.0
    assert shares.largest_missing[0].name == "Göteborg" and len(shares.largest_missing) == 10
    assert not {m.name for m in shares.largest_missing} & {"Ystad", "Lund", "Kiruna"}
    assert shares.without_figure == ()


def test_a_municipality_without_a_figure_is_counted_as_missing(small_base: Path) -> None:
    data = _kommuner(small_base)
    del data["population"]["Ystad"]
    _save_kommuner(small_base, data)
    shares = population_coverage(load(small_base), TODAY)
    assert shares.without_figure == ("Ystad",)
    assert (shares.known_population, shares.in_force_population) == (140_000, 20_000)
    assert shares.to_dict()["with_figure"] == 289


@pytest.mark.parametrize(("name", "value", "message"), [
    ("Atlantis", 5000, "[population Atlantis] population: unknown municipality 'Atlantis' (write it as in counties)"),
    ("Malmo", 5000, "[population Malmo] population: unknown municipality 'Malmo'"),
    ("Ystad", "30 000", "[population Ystad] population: must be a whole number above 0, got '30 000'"),
    ("Ystad", 30000.5, "[population Ystad] population: must be a whole number above 0, got 30000.5"),
    ("Ystad", 0, "[population Ystad] population: must be a whole number above 0, got 0"),
    ("Ystad", True, "[population Ystad] population: must be a whole number above 0, got True"),
])
def test_validate_refuses_an_unknown_name_or_a_bad_figure(small_base: Path, name: str, value: object,
                                                          message: str) -> None:
    data = _kommuner(small_base)
    data["population"][name] = value
    _save_kommuner(small_base, data)
    messages = [str(problem) for problem in validate(small_base)]
    assert len(messages) == 1 and messages[0].startswith("kommuner.yaml:") and message in messages[0]


def test_validate_wants_a_source_and_figures_that_add_up(knowledge_copy: Path) -> None:
    data = _kommuner(knowledge_copy)
    data["population"]["Ystad"] += 1  # a figure mistyped while copying
    _save_kommuner(knowledge_copy, data)
    assert [str(p).split(" ", 1)[1] for p in validate(knowledge_copy)] == [
        "[population_source] total: the figures add up to 10452327, but the source gives Sweden's population "
        "as 10452326: check for a mistyped figure"]
    del data["population_source"]
    data["populaton"] = {}
    _save_kommuner(knowledge_copy, data)
    messages = "\n".join(str(p) for p in validate(knowledge_copy))
    assert "population figures need a population_source" in messages
    assert "[kommuner] populaton: unknown field" in messages


def _run(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    old = os.environ.get("TRYGGHETSBOT_TODAY")
    os.environ["TRYGGHETSBOT_TODAY"] = TODAY.isoformat()
    try:
        code = main(list(args), out=out)
    finally:
        if old is None:
            del os.environ["TRYGGHETSBOT_TODAY"]
        else:
            os.environ["TRYGGHETSBOT_TODAY"] = old
    return code, out.getvalue()


def test_coverage_json_and_table_give_the_shares(small_base: Path) -> None:
    code, out = _run("coverage", "--json", "--knowledge", str(small_base))
    report = json.loads(out)
    assert code == 0 and {row["id"] for row in report["municipalities"]} == {"ystad", "lund", "kiruna"}
    population = report["population"]
    sweden = 286 * OTHERS + 670_000
    assert population["population"] == sweden and population["known"] == 3 and population["in_force"] == 2
    assert population["known_share"] == round(170_000 / sweden, 4)
    assert population["in_force_share"] == round(50_000 / sweden, 4)
    assert population["largest_missing"][0] == {"name": "Göteborg", "county": "Västra Götalands län",
                                                "population": 500_000}
    assert {c["county"] for c in population["counties"]} >= {"Skåne län", "Norrbottens län"}
    assert population["source"]["date"] == "2021-12-31" and population["without_figure"] == []

    code, out = _run("coverage", "--knowledge", str(small_base))
    assert code == 0 and "3 av 290 kommuner finns i kunskapsbasen." in out  # the old lines stay
    assert "  i kunskapsbasen: 3 av 290 kommuner, 170 000 av 956 000 invånare (17,8 %)" in out
    assert "  med en överenskommelse som gäller i dag: 2 kommuner, 50 000 invånare (5,2 %)" in out
    assert "Största kommuner som saknas: Göteborg (500 000), " in out
    skane = next(line for line in out.splitlines() if line.startswith("Skåne län"))
    assert skane.split() == ["Skåne", "län", "33", "2", "1", "181", "000", "82,9", "%", "16,6", "%"]


def _county_page(data: dict[str, Any], county: str, total: int) -> dict[str, Any]:
    return {"county": county, "publisher": "A publisher", "title": "A county's figures",
            "url": "https://example.org/county", "date": "2025-02-21", "quote": "31 december 2024", "total": total}


def test_validate_checks_each_county_against_its_own_page(knowledge_copy: Path) -> None:
    """With figures read county by county, a mistyped one is found in its county, not only in the sum."""
    data = _kommuner(knowledge_copy)
    blekinge = sum(data["population"][name] for name in data["counties"]["Blekinge län"])
    data["population_source"]["counties"] = [_county_page(data, "Blekinge län", blekinge),
                                             _county_page(data, "Gotlands län", data["population"]["Gotland"])]
    _save_kommuner(knowledge_copy, data)
    assert validate(knowledge_copy) == []
    pages = load(knowledge_copy).population_source
    assert pages is not None and [c.county for c in pages.counties] == ["Blekinge län", "Gotlands län"]

    data["population_source"]["counties"][0]["total"] = blekinge + 10  # the page's total, or a figure, mistyped
    data["population_source"]["counties"].append(_county_page(data, "Blekinge", 1))
    data["population_source"]["counties"].append(_county_page(data, "Gotlands län", 1))
    _save_kommuner(knowledge_copy, data)
    assert [str(p).split(" ", 1)[1] for p in validate(knowledge_copy)] == [
        f"[population_source Blekinge län] total: the figures of Blekinge län add up to {blekinge}, but its "
        f"page gives {blekinge + 10}: check for a mistyped figure",
        "[population_source Blekinge] county: unknown county 'Blekinge' (write it as in counties)",
        "[population_source Gotlands län] county: Gotlands län has a page already"]
