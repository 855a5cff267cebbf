"""Round twenty-three's second false-premise class: a claim said as hearsay ("min granne säger att …", "jag hörde
att …", "my neighbour says …") is read as a claim, checked where the entry settles it (claim_markers.HEARSAY,
claim_spans.claim_span), and signing said as "put their name to", "satte sitt namn under" or by the signers'
noun ("signatories", "undertecknarna") is read as signing (signing_words.signing). benchmarks/claims_probe.py's
FRESH group measures both on every entry."""

from __future__ import annotations

import pytest

from bot.answering import claim_spans, signing_words
from bot.answering.engine import Engine
from bot.text import tokens
from tests.scored import asked


def _latest_end(bundled: Engine, municipality: str) -> int:
    ends = [a.end.year for a in bundled.knowledge.municipalities[municipality].agreements if a.end is not None]
    if not ends:
        pytest.skip("no end year in the entry")
    return max(ends)


@pytest.mark.parametrize("opening", ["min granne säger att {kg} avtal går ut {y}",
                                     "jag hörde att {kg} avtal går ut {y}",
                                     "My neighbour says {k}'s agreement ends in {y}?"])
@pytest.mark.parametrize("municipality", ["alvesta", "kiruna"])
def test_a_true_end_year_said_as_hearsay_is_confirmed(bundled: Engine, opening: str, municipality: str) -> None:
    muni = bundled.knowledge.municipalities[municipality]
    end = _latest_end(bundled, municipality)
    name = muni.name
    text = opening.format(k=name, kg=name if name.endswith("s") else name + "s", y=end)
    answer = asked(bundled, [text])
    assert answer.text.startswith(("Ja", "Yes")) and str(end) in answer.text, answer.text[:200]


@pytest.mark.parametrize("municipality", ["alvesta", "kiruna"])
def test_a_false_end_year_said_as_hearsay_is_corrected(bundled: Engine, municipality: str) -> None:
    muni = bundled.knowledge.municipalities[municipality]
    end = _latest_end(bundled, municipality)
    answer = asked(bundled, [f"My neighbour says {muni.name}'s agreement ends in {end + 7}?"])
    assert answer.text.startswith("No") and str(end) in answer.text, answer.text[:200]


def test_hearsay_alone_checks_only_what_the_entry_settles() -> None:
    toks = tokens("min granne påstår att målen är påhittade av politikerna")
    assert claim_spans.claim_span(toks, False) == (4, len(toks), True)
    tagged = tokens("jag läste att Vännäs jobbar mot inbrott, eller?")
    assert claim_spans.claim_span(tagged, False) == (3, len(tagged) - 1, False)


def test_an_opinion_heard_is_not_denied(bundled: Engine) -> None:
    answer = asked(bundled, ["Min granne påstår att Karlsborgs mål bara är påhittade av politikerna. "
                             "Vad byggde de målen på egentligen?"])
    assert not answer.text.startswith("Nej"), answer.text[:200]


@pytest.mark.parametrize("text", ["X put their name to Lunds avtal", "X satte sitt namn under avtalet",
                                  "X was one of the signatories in Lund", "X var en av undertecknarna"])
def test_signing_said_otherwise_is_signing(text: str) -> None:
    assert signing_words.signing(tokens(text))


@pytest.mark.parametrize("text", ["what is the name of the agreement", "vad heter avtalet", "put it on the list"])
def test_a_name_alone_is_no_signing(text: str) -> None:
    assert not signing_words.signing(tokens(text))


@pytest.mark.parametrize("text", ["I read that {v} put their name to Älvkarleby's agreement. True?",
                                  "My neighbour says {v} was one of the signatories in Älvkarleby?",
                                  "min granne säger att {v} satte sitt namn under Älvkarlebys avtal"])
def test_a_false_signer_said_otherwise_is_corrected_with_the_true_one(bundled: Engine, text: str) -> None:
    answer = asked(bundled, [text.format(v="Mats Taaveniku")])
    assert answer.text.startswith(("No", "Nej")) and "Jakobsson" in answer.text, answer.text[:200]


@pytest.mark.parametrize("text", ["I read that Ale is in the Kungälv-Ale local police area. Correct?",
                                  "Ale falls under the Kungälv-Ale local police area, doesn't it?"])
def test_a_kommun_inside_a_local_police_areas_name_is_the_areas(bundled: Engine, text: str) -> None:
    answer = asked(bundled, [text])
    assert answer.municipality == "ale" and answer.text.startswith("Yes") and "Kungälv-Ale" in answer.text, \
        answer.text[:200]


def test_a_local_police_area_named_before_its_noun_is_the_areas() -> None:
    from bot.answering.matching import police_after
    assert police_after(tokens("the Höglandet local police area"), 2)
    assert police_after(tokens("the Höglandet police area"), 2)
    assert not police_after(tokens("Höglandet local news"), 1)


@pytest.mark.parametrize(("text", "opening"), [("Ale finns i Norrbottens län, inte sant?", "Nej"),
                                               ("Ale finns i Västra Götalands län, inte sant?", "Ja"),
                                               ("Ale har inte skrivit något avtal med polisen, inte sant?", "Nej")])
def test_a_name_that_is_also_a_word_placed_or_said_to_have_made_no_agreement_is_the_kommun(
        bundled: Engine, text: str, opening: str) -> None:
    answer = asked(bundled, [text])
    assert answer.municipality == "ale" and answer.text.startswith(opening), answer.text[:200]
