"""Round seventeen's detail questions: what the goals were made from when only the source's own words say it
(framed_sentences.py), the work reported or accounted for as its follow-up and a verb of basing in any form
(detail_asks.py), a why asked of a place named (detail_frames.py), what a survey or a dialogue found
(how_frames.py); on the dev set written before the code and on sentences that are not in it."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import detail_frames, framed_sentences, how_frames
from bot.answering.detail_asks import REPORTED
from bot.answering.engine import Engine
from bot.answering.intents import PLACE
from bot.text import fold
from tests.scored import asked, assert_case, assert_shapes, dev_params, dev_set, frame_shape

DEV = dev_set("detail17_dev17.yaml")


def test_the_dev_set_is_the_class() -> None:
    assert_shapes(DEV, {"survey": 8, "made": 8, "place": 7, "reported": 8, "funds": 6, "method": 7, "absent": 4,
                        "en": 7})


# Still missed: a superlative asked with "oroliga" where the entry says "oroar" (two stems), "digitalt" for an
# "e-tjänst" (no shared word), and what the kommun spends money on, which the money limit answers.
@pytest.mark.parametrize("case", dev_params(DEV, known_misses=(
    "mest oroliga", "bygga för digitalt", "lägga pengar på")))
def test_the_dev_set_holds(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)


@pytest.mark.parametrize("text, shape", [
    ("När redovisades arbetet senast?", "follow"),
    ("vem får ta del av återrapporteringen?", "follow"),
    ("To whom is the work reported?", "follow"),
    ("vad grundade de besluten på?", "basis"),
    ("på vilken grund valdes områdena?", "basis"),
    ("vad baseras prioriteringarna på?", "basis"),
    ("vad utgick man ifrån?", "basis"),
    ("Vad framkom i dialogen med invånarna?", "survey"),
])
def test_a_section_is_read_by_its_verb_in_any_form(text: str, shape: str) -> None:
    assert frame_shape(text) == shape


@pytest.mark.parametrize("text", ["Var kan jag rapportera en trasig lampa?", "hur rapporterar man klotter?",
                                  "Vad ska kommunen bygga på torget?"])
def test_ones_own_report_or_a_thing_built_is_no_such_section(text: str) -> None:
    assert frame_shape(text) not in ("follow", "basis")


def test_reporting_words_are_read_in_their_forms() -> None:
    assert all(REPORTED.search(fold(w)) for w in ("rapporteras", "redovisades", "återrapporteras", "rapporterna",
                                                  "slutredovisningen", "reported"))
    assert not REPORTED.search("rapportera")  # the infinitive is one's own act


def test_a_sentence_that_says_its_basis_is_told_from_one_that_does_not() -> None:
    assert framed_sentences.says_its_basis("Utifrån enkäter och dialoger har målen tagits fram.")
    assert framed_sentences.says_its_basis("Löftet grundar sig på trygghetsmätningen.")
    assert not framed_sentences.says_its_basis("Löftet gäller under 2024.")


def test_the_places_named_are_the_masked_words() -> None:
    toks = ["varfor", "ar", "bjuv", "och", "billesholm", "med"]
    masked = ["varfor", "ar", PLACE, "och", PLACE, "med"]
    assert detail_frames.places_named(masked, toks) == ("bjuv", "billesholm")
    assert detail_frames.places_named(toks, toks) == ()


def test_what_residents_said_is_read_in_a_sentence() -> None:
    said = how_frames._RESIDENTS_SAID  # noqa: SLF001 - the rule itself, on sentences no entry has
    assert said.search(fold("I dialogerna lyfte medborgarna främst trafiken."))
    assert said.search(fold("De flesta svarande ville se fler vuxna ute."))
    assert not said.search(fold("Dialogen hölls i mars."))


def test_the_source_quote_answers_how_the_goals_were_made(bundled: Engine) -> None:
    # An entry with no basis of its own whose agreement's quote says what the goals were drawn up from.
    muni = next(m for m in bundled.knowledge.municipalities.values()
                if not any(a.basis for a in m.agreements) and any(framed_sentences.says_its_basis(a.quote)
                                                                  for a in m.agreements))
    quote = next(a.quote for a in muni.agreements if framed_sentences.says_its_basis(a.quote))
    answer = asked(bundled, [f"Hur tog {muni.name} fram sina mål?"])
    assert answer.municipality == muni.id and quote.split(",")[0] in answer.text


def test_an_entry_with_no_follow_up_says_so_when_asked_to_whom_it_is_reported(bundled: Engine) -> None:
    muni = next(m for m in bundled.knowledge.municipalities.values()
                if m.agreements and not m.follow_up and not m.measurements and len(m.name.split()) == 1)
    answer = asked(bundled, [f"Till vem redovisas {muni.name}s medborgarlöfte?"])
    assert answer.municipality == muni.id and "Hur arbetet följs upp eller mäts nämns inte" in answer.text


def test_danger_beside_a_reporting_question_keeps_112_first(bundled: Engine) -> None:
    answer = asked(bundled, ["Till vem rapporteras Tranås löfte? Min granne ligger medvetslös på golvet nu"])
    assert "112" in answer.text[:120]
