"""One police area, one spelling: knowledge/police_areas.yaml lists the lokalpolisområden with the
pages that name them, and `validate` holds every municipality's police_area to that list."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.answering.knowledge import bundled_path, load, validate
from bot.answering.police_areas import FILE


def _messages(path: Path) -> list[str]:
    return [str(p) for p in validate(path)]


def _set_police_area(base: Path, muni: str, old: str, new: str) -> None:
    target = base / "municipalities" / f"{muni}.yaml"
    text = target.read_text(encoding="utf-8")
    assert f"police_area: {old}\n" in text
    target.write_text(text.replace(f"police_area: {old}\n", f"police_area: {new}\n"), encoding="utf-8")


def test_the_bundled_base_uses_only_listed_areas() -> None:
    knowledge = load(bundled_path())
    areas = yaml.safe_load((bundled_path() / FILE).read_text(encoding="utf-8"))["areas"]
    names = {area["name"] for area in areas}
    used = {m.police_area for m in [*knowledge.municipalities.values(), *knowledge.unpublished.values()]
            if m.police_area}
    assert used <= names
    # The spellings this list was made to end: each area is written one way only.
    assert {"Luleå-Boden", "Storgöteborg Kungälv-Ale", "Piteå Älvdal", "norra Lappland"}.isdisjoint(used)


def test_each_listed_area_carries_its_page_and_a_quote_that_names_it() -> None:
    areas = yaml.safe_load((bundled_path() / FILE).read_text(encoding="utf-8"))["areas"]
    assert len(areas) >= 70
    for area in areas:
        assert area["sources"], area["name"]
        for source in area["sources"]:
            assert source["url"].startswith("http") and source["title"] and source["publisher"]
            assert source.get("date") or source.get("retrieved"), area["name"]
            spellings = [area["name"], *area.get("also_written", [])]
            assert any(s.casefold() in source["quote"].casefold() for s in spellings), area["name"]


@pytest.mark.parametrize(("spelling", "suggestion"), [
    ("Luleå-Boden", "Luleå/Boden"),              # another spelling a source uses
    ("Kungalv-Ale", "Kungälv-Ale"),              # a typo
    ("Storgöteborg Kungälv/Ale", "Kungälv-Ale"),
])
def test_a_misspelled_area_is_refused_with_the_listed_spelling(knowledge_copy: Path, spelling: str,
                                                               suggestion: str) -> None:
    _set_police_area(knowledge_copy, "ale", "Kungälv-Ale", spelling)
    assert _messages(knowledge_copy) == [
        f"ale.yaml [municipality ale] police_area: {spelling!r} is not a lokalpolisområde in {FILE} "
        f"(did you mean {suggestion!r}?)"]


def test_an_unknown_area_is_refused_without_a_far_fetched_suggestion(knowledge_copy: Path) -> None:
    _set_police_area(knowledge_copy, "ale", "Kungälv-Ale", "Gotland")
    (message,) = _messages(knowledge_copy)
    assert "'Gotland' is not a lokalpolisområde" in message and "did you mean" not in message


def test_an_area_that_the_list_says_covers_another_kommun_is_refused(knowledge_copy: Path) -> None:
    # police_areas.yaml says (with the page) that Vellinge belongs to Trelleborg.
    _set_police_area(knowledge_copy, "vellinge", "Trelleborg", "Ystad")
    assert _messages(knowledge_copy) == [
        f"vellinge.yaml [municipality vellinge] police_area: {FILE} places Vellinge in 'Trelleborg', not 'Ystad'"]


def test_the_list_itself_is_checked(knowledge_copy: Path) -> None:
    target = knowledge_copy / FILE
    data = yaml.safe_load(target.read_text(encoding="utf-8"))
    by_name = {area["name"]: area for area in data["areas"]}
    del by_name["Kävlinge"]["sources"][0]["quote"]                      # a page without its words
    by_name["Ystad"]["sources"][0]["quote"] = "Ett citat om något annat."  # a quote that names no area
    by_name["Trelleborg"]["kommuner"].append("Ystad")                  # one kommun in two areas
    by_name["Lund"]["kommuner"].append("Atlantis")                     # not a Swedish kommun
    data["areas"].append({"name": "eslöv", "sources": by_name["Eslöv"]["sources"]})  # a second spelling
    target.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    messages = _messages(knowledge_copy)
    assert any("[area Kävlinge source 1] quote: missing required field" in m for m in messages), messages
    assert any("[area Ystad source 1] quote: the quote must name the area" in m for m in messages), messages
    assert any("[area Ystad] kommuner: 'Ystad' is already in area 'Trelleborg'" in m for m in messages), messages
    assert any("[area Lund] kommuner: 'Atlantis' is not a municipality" in m for m in messages), messages
    assert any("[area eslöv] name: duplicate area 'eslöv' (also 'Eslöv')" in m for m in messages), messages
    assert all(m.startswith(FILE) or "police_area" in m for m in messages), messages


def test_a_console_edit_is_held_to_the_same_list(knowledge_copy: Path) -> None:
    text = (knowledge_copy / "municipalities" / "ale.yaml").read_text(encoding="utf-8")
    edited = text.replace("police_area: Kungälv-Ale\n", "police_area: Kungälv/Ale\n")
    problems = [str(p) for p in validate(knowledge_copy, {"ale": edited})]
    assert problems == [f"ale.yaml [municipality ale] police_area: 'Kungälv/Ale' is not a lokalpolisområde in "
                        f"{FILE} (did you mean 'Kungälv-Ale'?)"]


def test_asked_for_the_police_area_a_resident_hears_it_even_when_the_parties_say_only_polisen() -> None:
    from bot.answering.engine import Engine

    engine = Engine(load(bundled_path()))
    # Lomma's parties are "Lomma kommun och Polisen"; a page places Lomma in lokalpolisområde Kävlinge.
    assert "Kommunen hör till lokalpolisområde Kävlinge." in engine.answer("Vilket lokalpolisområde hör Lomma till?").text
    assert "local police area Kävlinge" in engine.answer("Which police area does Lomma belong to?").text
    # Boden's party already names the area (as "Luleå-Boden"): it is not said twice.
    assert "Kommunen hör till" not in engine.answer("Vilket lokalpolisområde hör Boden till?").text
