"""What a resident hears when the kommun's newest agreement has ended or gives no end date: what it
covered, whom to ask about a new one and where (the entry's `contact:`), and that the kommun renews
its löften only when a source says so (`renewal:`); each with its source in the answer's source line."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import yaml

from bot.answering import compose, ended
from bot.answering.conversation import Conversation
from bot.answering.engine import Engine
from bot.answering.entry_schema import SCHEMA_FILE, to_json_data
from bot.answering.knowledge import bundled_path, load, validate
from bot.staff import entry_editor

TODAY = dt.date(2026, 12, 4)

# A made-up kommun entry (Hjo's file is replaced in a copy of the knowledge base): an agreement that
# ended in 2021, from the kommun's news page, and the kommun's own trygghet page as where to ask.
ENTRY = """\
id: hjo
name: Hjo
county: Västra Götalands län
sources:
  - id: nyhet-2020
    publisher: Hjo kommun
    title: Nytt medborgarlöfte i Hjo
    date: 2020-03
    url: https://www.hjo.se/nyheter/2020/nytt-medborgarlofte
  - id: trygghet
    kind: webbsida
    publisher: Hjo kommun
    title: Trygghet och brottsförebyggande arbete
    retrieved: 2026-12-04
    url: https://www.hjo.se/trygghet
contact:
  source: trygghet
  quote: Här kan du läsa om kommunens arbete för trygghet.
parties:
  - name: Hjo kommun
    name_en: Hjo Municipality
agreements:
  - id: lofte-2020
    kind: medborgarlofte
    start: 2020
    end: 2021
    quote: Medborgarlöftet gäller 2020–2021.
    areas:
      - id: trafik
        kind: focus_area
        title: Trygg trafik vid skolorna
        title_en: Safe traffic by the schools
        quote: Trygg trafik vid skolorna.
"""
RENEWAL_SOURCE = """\
  - id: renewal-page
    publisher: Hjo kommun
    title: Medborgarlöften i Hjo
    date: 2022-01
    url: https://www.hjo.se/medborgarloften
"""
RENEWAL = """\
renewal:
  text: Hjo kommun skriver att medborgarlöftet förnyas varje år.
  text_en: Hjo Municipality writes that the citizen promise is renewed every year.
  source: renewal-page
  quote: Medborgarlöftet förnyas årligen.
"""
POLICE_PAGE = ("https://polisen.se/om-polisen/medborgarloften-och-lokal-samverkan/medborgarloften/"
               "vastra-gotaland/hjo/")


def _without_contact(entry: str) -> str:
    """The entry without its contact page and its `contact:`."""
    return entry[:entry.index("  - id: trygghet\n")] + entry[entry.index("parties:\n"):]


def _write(knowledge_copy: Path, text: str) -> Engine:
    (knowledge_copy / "municipalities" / "hjo.yaml").write_text(text, encoding="utf-8")
    assert validate(knowledge_copy) == []
    return Engine(load(knowledge_copy), today=TODAY)


def _ask(engine: Engine, question: str) -> tuple[str, list[str]]:
    answer = engine.answer(question, Conversation())
    return answer.text, [s["title"] for s in answer.sources]


def test_an_ended_agreement_names_the_contact_page_and_cites_it(knowledge_copy: Path) -> None:
    engine = _write(knowledge_copy, ENTRY)
    text, titles = _ask(engine, "Vad fokuserar Hjo på?")
    # What it covered, as history, and whom to ask about a new one, once.
    assert text.startswith("Det här kom kommunen och polisen i Hjo senast överens om:")
    assert "Medborgarlöfte 2020–2021, har upphört:\n" in text and "Trygg trafik vid skolorna" in text
    assert ("Fråga kommunen om ett nytt medborgarlöfte har tecknats, till exempel via sidan ”Trygghet och "
            "brottsförebyggande arbete” (https://www.hjo.se/trygghet).") in text
    assert text.count("Fråga kommunen") == 1 and "; fråga kommunen" not in text
    # The contact page is a source of the answer like any other fact.
    assert "Trygghet och brottsförebyggande arbete" in titles
    assert text.rstrip().endswith("https://www.hjo.se/trygghet.")
    # The period answer says the same and cites the page too.
    text, titles = _ask(engine, "Hur länge gäller Hjos medborgarlöfte?")
    assert "Det har upphört.\n\nFråga kommunen om ett nytt medborgarlöfte har tecknats" in text
    assert "Trygghet och brottsförebyggande arbete" in titles


def test_without_a_contact_the_status_line_keeps_its_own_sentence(knowledge_copy: Path) -> None:
    engine = _write(knowledge_copy, _without_contact(ENTRY))
    text, titles = _ask(engine, "Vad fokuserar Hjo på?")
    assert "Medborgarlöfte 2020–2021, har upphört; fråga kommunen om ett nytt har tecknats:" in text
    assert "Fråga kommunen om ett nytt medborgarlöfte" not in text and "polisen.se" not in text
    assert "Trygghet och brottsförebyggande arbete" not in text


def test_without_a_contact_the_kommuns_polisen_page_is_where_they_are_published(knowledge_copy: Path) -> None:
    entry = _without_contact(ENTRY).replace("https://www.hjo.se/nyheter/2020/nytt-medborgarlofte", POLICE_PAGE)
    text, _ = _ask(_write(knowledge_copy, entry), "Vad fokuserar Hjo på?")
    assert (f"Fråga kommunen om ett nytt medborgarlöfte har tecknats. Polisen publicerar Hjos medborgarlöften "
            f"på polisen.se: {POLICE_PAGE}.") in text
    assert "har upphört; fråga" not in text


def test_the_renewal_sentence_appears_only_with_its_source(knowledge_copy: Path) -> None:
    text, _ = _ask(_write(knowledge_copy, ENTRY), "Vad fokuserar Hjo på?")
    assert "förnyas" not in text  # never inferred: no source says so
    entry = ENTRY.replace("contact:\n", RENEWAL_SOURCE + "contact:\n").replace("parties:\n", RENEWAL + "parties:\n")
    text, titles = _ask(_write(knowledge_copy, entry), "Vad fokuserar Hjo på?")
    assert ("Hjo kommun skriver att medborgarlöftet förnyas varje år. Fråga kommunen om ett nytt medborgarlöfte "
            "har tecknats, till exempel via sidan") in text
    assert "Medborgarlöften i Hjo" in titles and "https://www.hjo.se/medborgarloften" in text
    # A renewal whose page is not among the sources, or without the page's words, is refused.
    hjo = knowledge_copy / "municipalities" / "hjo.yaml"
    hjo.write_text(entry.replace("  source: renewal-page", "  source: somewhere"), encoding="utf-8")
    assert any(p.entry == "renewal" and "unknown source" in p.message for p in validate(knowledge_copy))
    hjo.write_text(entry.replace("  quote: Medborgarlöftet förnyas årligen.\n", ""), encoding="utf-8")
    assert any(p.entry == "renewal" and p.field == "quote" for p in validate(knowledge_copy))


def test_the_english_answer_says_the_same(knowledge_copy: Path) -> None:
    entry = ENTRY.replace("contact:\n", RENEWAL_SOURCE + "contact:\n").replace("parties:\n", RENEWAL + "parties:\n")
    text, titles = _ask(_write(knowledge_copy, entry), "What does Hjo focus on?")
    assert text.startswith("What the municipality and the police in Hjo last agreed on:")
    assert "Citizen promise 2020–2021, has ended:\n" in text
    assert ("Hjo Municipality writes that the citizen promise is renewed every year. Ask the municipality whether a "
            "new citizen promise has been signed, for example through its page “Trygghet och brottsförebyggande "
            "arbete” (https://www.hjo.se/trygghet).") in text
    assert "Source: " in text and "Trygghet och brottsförebyggande arbete" in titles


def test_a_role_is_named_only_as_the_page_names_it(knowledge_copy: Path) -> None:
    entry = ENTRY.replace("  source: trygghet\n", "  source: trygghet\n  role: trygghetssamordnare\n"
                          "  role_en: safety coordinator\n")
    engine = _write(knowledge_copy, entry)
    text, _ = _ask(engine, "Vad fokuserar Hjo på?")
    assert ("Fråga kommunens trygghetssamordnare om ett nytt medborgarlöfte har tecknats (rollen nämns i ”Trygghet "
            "och brottsförebyggande arbete”, https://www.hjo.se/trygghet).") in text
    text, _ = _ask(engine, "What does Hjo focus on?")
    assert "Ask the municipality's safety coordinator whether a new citizen promise has been signed" in text
    # A role needs its English rendering.
    (knowledge_copy / "municipalities" / "hjo.yaml").write_text(entry.replace("  role_en: safety coordinator\n", ""),
                                                                 encoding="utf-8")
    assert any(p.entry == "contact" and p.field == "role_en" for p in validate(knowledge_copy))


def test_an_agreement_without_an_end_date_asks_whether_it_still_applies(knowledge_copy: Path) -> None:
    text, _ = _ask(_write(knowledge_copy, ENTRY.replace("    end: 2021\n", "")), "Vad fokuserar Hjo på?")
    assert text.startswith("Det här har kommunen och polisen i Hjo kommit överens om:")
    assert "Medborgarlöfte från 2020, slutdatum framgår inte av källan (mars 2020):" in text
    assert "Fråga kommunen om medborgarlöftet fortfarande gäller, till exempel via sidan" in text


def test_an_agreement_in_force_needs_no_closing_paragraph(knowledge_copy: Path) -> None:
    engine = _write(knowledge_copy, ENTRY.replace("    end: 2021\n", "    end: 2027\n"))
    text, titles = _ask(engine, "Vad fokuserar Hjo på?")
    assert "gäller fortfarande" in text and "Fråga kommunen" not in text
    muni = engine.knowledge.municipalities["hjo"]
    assert ended.closing(muni, TODAY, "sv") is None and ended.source_ids(muni, TODAY) == []


def test_a_search_record_names_the_contact_page(knowledge_copy: Path) -> None:
    record = ("id: hjo\nname: Hjo\ncounty: Västra Götalands län\nchecked: 2026-12-04\n"
              "checked_note: Sökte i lagrade sidor; ingen publicerad överenskommelse hittades.\nsources:\n"
              + ENTRY[ENTRY.index("  - id: trygghet\n"):ENTRY.index("parties:\n")])
    engine = _write(knowledge_copy, record)
    muni = engine.knowledge.unpublished["hjo"]
    text = compose.nothing_published(muni, "sv")
    assert ("Fråga kommunen om deras trygghetsarbete med polisen, till exempel via sidan ”Trygghet och "
            "brottsförebyggande arbete” (https://www.hjo.se/trygghet).") in text
    assert "Medborgarlöften publiceras också under Medborgarlöften på polisen.se." in text
    without = compose.nothing_published(muni.__class__(**{**muni.__dict__, "contact": None}), "sv")
    assert "Fråga kommunen om deras trygghetsarbete med polisen; medborgarlöften publiceras också" in without


def test_validate_refuses_a_contact_whose_page_is_not_a_source(knowledge_copy: Path) -> None:
    hjo = knowledge_copy / "municipalities" / "hjo.yaml"
    hjo.write_text(ENTRY.replace("  source: trygghet\n", "  source: kontaktcenter\n"), encoding="utf-8")
    problems = [p for p in validate(knowledge_copy) if p.file == "hjo.yaml"]
    assert any(p.entry == "contact" and "unknown source 'kontaktcenter'" in p.message for p in problems)
    hjo.write_text(ENTRY.replace("  quote: Här kan du läsa om kommunens arbete för trygghet.\n", "  quote: ' '\n"),
                   encoding="utf-8")
    assert any(p.entry == "contact" and p.field == "quote" for p in validate(knowledge_copy))


def test_a_contact_page_does_not_take_the_place_of_the_one_source(knowledge_copy: Path) -> None:
    # The agreement and its area leave `source:` out: the news page is the only source of a fact.
    assert "    source:" not in ENTRY
    engine = _write(knowledge_copy, ENTRY)
    agreement = engine.knowledge.municipalities["hjo"].agreements[0]
    assert agreement.source_id == "nyhet-2020" and agreement.areas[0].source_id == "nyhet-2020"


def test_the_schema_takes_the_new_fields_and_refuses_a_stray_one(knowledge_copy: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((bundled_path() / SCHEMA_FILE).read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    entry = ENTRY.replace("contact:\n", RENEWAL_SOURCE + "contact:\n").replace("parties:\n", RENEWAL + "parties:\n")
    assert list(validator.iter_errors(to_json_data(yaml.safe_load(entry)))) == []
    broken = to_json_data(yaml.safe_load(ENTRY.replace("  source: trygghet\n", "  source: trygghet\n  phone: 1\n")))
    assert any("Additional properties" in e.message for e in validator.iter_errors(broken))
    no_quote = to_json_data(yaml.safe_load(entry.replace("  quote: Medborgarlöftet förnyas årligen.\n", "")))
    assert any("'quote' is a required property" in e.message for e in validator.iter_errors(no_quote))


def test_the_editor_keeps_contact_and_renewal_when_an_agreement_is_added(knowledge_copy: Path) -> None:
    entry = ENTRY.replace("contact:\n", RENEWAL_SOURCE + "contact:\n").replace("parties:\n", RENEWAL + "parties:\n")
    engine = _write(knowledge_copy, entry)
    raw = yaml.safe_load(entry)
    change = entry_editor.EntryChange(police_area="", localities=(), agreement=entry_editor.NewAgreement(
        kind="medborgarlofte", title="", start="2026", end="2027", signed="", focus=(("Trygg skolväg", "Safe way"),),
        people=(), parties=("Hjo kommun",), url="https://www.hjo.se/nyheter/2026/lofte", source_title="Nytt löfte",
        publisher="Hjo kommun", source_date="2026-02", quote="Ett nytt löfte för 2026–2027."))
    text = entry_editor.entry_text(entry_editor.apply(raw, change))
    exported = yaml.safe_load(text)
    assert exported["contact"] == raw["contact"] and exported["renewal"] == raw["renewal"]
    # The old agreement now names its source, since a second page of facts came in.
    assert exported["agreements"][0]["source"] == "nyhet-2020"
    knowledge = entry_editor.check(knowledge_copy, {}, "hjo", text)
    muni = knowledge.municipalities["hjo"]
    assert muni.contact is not None and muni.renewal is not None and len(muni.agreements) == 2
    assert engine.knowledge.municipalities["hjo"].contact == muni.contact
