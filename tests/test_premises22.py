"""Round twenty-two's false premises, read by what the claim's parts are: a police area by the words that name one
("policed from X", "the X police area", "Xs polisområde"; matching.py), a year claimed as a start held against the
starts (claim_times.py), an English question opened in the negative as a claim (claim_spans.py), a signer or a
subject put of "Xs medborgarlöfte" checked against the agreement X has (years_asked.py), a denial for a year the
agreement covers (claim_denials.py), "its own agreement" and a partner claimed (party_claims.py,
shared_agreements.py). On the dev set written before the code and on examples of the entries' own facts that are
not in it; benchmarks/claims_probe.py measures the same on every entry."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import claim_denials, claim_spans, claim_times
from bot.answering.claims import AGREEMENT_WORDS, NEGATIONS
from bot.answering.engine import Engine
from bot.answering.matching import after_police_word
from bot.text import fold, tokens
from tests.scored import asked, assert_case, assert_shapes, dev_params, dev_set

DEV = dev_set("premises22_dev22.yaml")


def test_the_dev_set_is_the_class() -> None:
    assert_shapes(DEV, {"year": 6, "signer": 4, "police_area": 4, "county": 3, "focus": 3, "partner": 3,
                        "no_agreement": 3, "true_twin": 3, "en": 6}, total=30)


# Left: "Lerums stationslöfte gällde väl Alingsås station också?" is read as a question about Alingsås's station
# promise (which Alingsås shares), not as Lerum's named partner places.
@pytest.mark.parametrize("case", dev_params(DEV, known_misses=("Alingsås station",)))
def test_the_dev_set_holds(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)


@pytest.mark.parametrize("text, name", [("hör till lokalpolisområde Eslöv", "eslov"),
                                        ("is policed from Arvika", "arvika"),
                                        ("belongs to the police area Ljungby", "ljungby"),
                                        ("is patrolled by Torsby", "torsby")])
def test_a_name_after_words_that_name_a_police_area_is_the_area(text: str, name: str) -> None:
    toks = tokens(text)
    assert after_police_word(toks, toks.index(name))


@pytest.mark.parametrize("text, name", [("which police area Knivsta belongs to", "knivsta"),
                                        ("vem leder lokalpolisområdet i Kristianstad", "kristianstad")])
def test_a_kommun_asked_about_its_area_is_not_the_area(text: str, name: str) -> None:
    toks = tokens(text)
    assert not after_police_word(toks, toks.index(name))


def test_a_wrong_police_area_put_in_english_is_corrected(bundled: Engine) -> None:
    for municipality in ("sunne", "kungsor", "burlov"):
        muni = bundled.knowledge.municipalities[municipality]
        other = "Ljungby" if muni.police_area != "Ljungby" else "Eslöv"
        for text in (f"{muni.name} is policed from {other}, right? What does their agreement say?",
                     f"Isn't {muni.name} part of the {other} police area?"):
            answer = asked(bundled, [text])
            assert answer.municipality == municipality and muni.police_area in answer.text, answer.text[:200]
            assert not fold(answer.text[:10]).startswith(("yes", "ja"))


def test_a_true_police_area_put_before_its_noun_is_confirmed(bundled: Engine) -> None:
    answer = asked(bundled, ["Isn't Åre part of the Jämtland/Härjedalen police area?"])
    assert answer.text.startswith("Yes") and "Jämtland/Härjedalen" in answer.text


def test_a_start_is_held_against_the_starts_not_any_year_in_force() -> None:
    assert claim_times.began(tokens("började väl 2020"), about_end=False)
    assert not claim_times.began(tokens("gäller från 2020 till 2024"), about_end=True)


def test_a_year_an_agreement_was_only_in_force_is_no_start(bundled: Engine) -> None:
    harryda = bundled.knowledge.municipalities["harryda"]
    in_force = next(y for y in range(2018, 2022) if all(a.start is None or a.start.year != y for a in harryda.agreements))
    answer = asked(bundled, [f"Härrydas medborgarlöfte började väl {in_force}?"])
    assert answer.text.startswith("Nej")


@pytest.mark.parametrize("text", ["Isn't Eda in Dalarna County?", "Didn't Sala sign in 2010?"])
def test_an_english_question_opened_in_the_negative_is_a_claim(text: str) -> None:
    assert claim_spans.claim_span(tokens(text), instructed=False) == (2, len(tokens(text)), False)


@pytest.mark.parametrize("text", ["Isn't it dangerous to walk in Sala at night?", "Isn't there a promise in Eda?"])
def test_a_negative_question_about_the_world_is_no_claim_of_it(text: str) -> None:
    assert claim_spans.claim_span(tokens(text), instructed=False) != (2, len(tokens(text)), False)


@pytest.mark.parametrize("text, denied", [("har väl inget medborgarlöfte för 2024", True),
                                          ("never signed any agreement", True),
                                          ("inga fysiska dialoger inför salems medborgarlöften", False)])
def test_a_denial_binds_the_agreement_it_stands_before(text: str, denied: bool) -> None:
    assert claim_denials.denied(tokens(text), NEGATIONS, AGREEMENT_WORDS) is denied


def test_a_denied_agreement_for_a_year_it_has_one_is_said_to_exist(bundled: Engine) -> None:
    sunne = bundled.knowledge.municipalities["sunne"]
    year = next(a.start.year for a in sunne.agreements if a.start is not None) + 1
    answer = asked(bundled, [f"Sunne hade väl inget avtal med polisen {year}?"])
    assert answer.text.startswith("Nej") and str(year) in answer.text


def test_who_signed_a_medborgarlofte_of_a_kommun_with_another_kind_names_its_signers(bundled: Engine) -> None:
    lulea = bundled.knowledge.municipalities["lulea"]
    assert not any(a.kind == "medborgarlofte" for a in lulea.agreements)
    answer = asked(bundled, ["Var det Anna Svensson som skrev under Luleås medborgarlöfte?"])
    assert answer.text.startswith("Nej") and all(p.name in answer.text for p in lulea.people if p.signed)


def test_its_own_agreement_alone_is_corrected_by_the_kommuner_it_names(bundled: Engine) -> None:
    for text in ("Vårgårda har väl ett eget medborgarlöfte bara för sig själv?", "Vårgårda has its own promise, right?"):
        answer = asked(bundled, [text])
        assert answer.municipality == "vargarda" and "Herrljunga" in answer.text and not answer.text.startswith(("Ja", "Yes"))


def test_a_partner_claimed_wrongly_is_answered_with_the_ones_named(bundled: Engine) -> None:
    answer = asked(bundled, ["Högsby delar väl sitt avtal med Kalmar?"])
    assert answer.text.startswith("Nej") and "Mönsterås" in answer.text
