"""Round twenty-five's residents' spelling (benchmarks/perturb.py's slips, lower case and folded å/ä/ö, per half):
a place's name of two words with a slip in one, the season "i våras" folded, an everyday-word kommun's genitive
before its police area, the speller's swap towards the words residents write, a kommun's name slipped inside a
compound, a person named in lower case, a question's mark put back after any finite verb before its subject, and
an entry's own name put right by the speller. The sentences are our own, not the probe's."""

from __future__ import annotations

import pytest

from bot.answering import asked_span, clause_breaks, compounds, name_forms, others_signs
from bot.answering.conversation import Conversation
from bot.answering.engine import Engine
from bot.answering.spelling import Speller


def kommun(engine: Engine, text: str) -> str | None:
    return engine.answer(text, Conversation()).municipality


def test_a_two_word_name_with_a_swap_in_one_word() -> None:
    keys = {"vastra ingelstad", "hisings backa", "ingelstad", "stora torget", "gamla stan"}
    found = name_forms.swapped_phrases(keys, {"torgte"})
    assert found["vatsra ingelstad"] == "vastra ingelstad" and found["vastra ignelstad"] == "vastra ingelstad"
    assert found["hiisngs backa"] == "hisings backa"
    assert "stroa torget" in found and "storaa torget" not in found  # a swap only, never a letter added
    assert "stora torgte" not in found  # a slip that is a word of its own is none
    assert "gamla satn" not in found  # a word of four letters is left alone: too near other words
    assert "ingelstad" not in found and "ignelstad" not in found  # one word: the matcher's own typo allowance


@pytest.mark.parametrize(("text", "expected"), [
    ("Vad lovar polisen i Vätsra Ingelstad?", "vellinge"),
    ("jag bor i västra ignelstad, vad har kommunen lovat", "vellinge"),
    ("bor på hiisngs backa, gör polisen något här", "goteborg"),
])
def test_a_slipped_two_word_place_is_the_place(bundled: Engine, text: str, expected: str) -> None:
    assert kommun(bundled, text) == expected


def test_almedalen_is_no_alvdalen(bundled: Engine) -> None:
    assert kommun(bundled, "Vad gör polisen på Gotland under Almedalen?") == "gotland"


@pytest.mark.parametrize("text", [
    "sen inbrottet i varas. nu sover jag daligt",
    "vi blev bestulna i varas och vill veta hur man anmaler",
])
def test_i_varas_is_the_spring_folded(bundled: Engine, text: str) -> None:
    assert kommun(bundled, text) is None


def test_vara_named_stays_vara(bundled: Engine) -> None:
    assert kommun(bundled, "Vad har Vara lovat?") == "vara"
    assert kommun(bundled, "vad gäller i Varas medborgarlöfte") == "vara"


def test_an_everyday_kommun_s_genitive_before_its_police_area(bundled: Engine) -> None:
    assert kommun(bundled, "Anges lokalpolisomrade, vilket ar det?") == "ange"


def test_the_speller_swaps_towards_a_word_residents_write() -> None:
    speller = Speller(["medborgarlofte"], known=["partner", "klagar", "svarat", "svarta"])
    assert speller.correct("patrner") == "partner"
    assert speller.correct("klgaar") == "klagar"
    assert speller.correct("medborgarlofte") == "medborgarlofte"
    # two known words as near: the token stays ("svaatr" is a swap of neither, "svatar" of … none)
    assert Speller([], known=["abcdef", "abdcfe"]).correct("abcdfe") == "abcdfe"
    assert speller.correct("xyzzyq") == "xyzzyq"


def test_a_slipped_kommun_name_in_a_compound_is_split_off() -> None:
    def is_kommun(word: str) -> bool:
        return word in {"hylte", "hofors", "kil"}
    assert compounds.split("Vad säger Hlyteavtalet?", is_kommun) == "Vad säger Hylte avtalet?"
    assert compounds.split("hoofrsmedborgarlöftet", is_kommun) == "hofors medborgarlöftet"
    assert compounds.split("ikllöftet", is_kommun) == "ikllöftet"  # a short name is too near other words
    assert compounds.split("trygghetsavtalet", is_kommun) == "trygghetsavtalet"


def test_a_person_named_in_lower_case() -> None:
    known = {"vad", "har", "skrivit", "om", "skolan", "polisen"}
    text = "vad har sara lindgren skrivit om skolan"
    raw = text.split()
    assert "sara lindgren" in others_signs.lower_names(text, raw, raw, set(), known.__contains__)
    assert others_signs.lower_names("Vad har Sara Lindgren skrivit", ["vad", "har", "sara", "lindgren", "skrivit"],
                                    ["vad", "har", "sara", "lindgren", "skrivit"], set(), known.__contains__) == ()
    # a place, or a slip the speller put right, is no name
    assert others_signs.lower_names(text, raw, raw, {2, 3}, known.__contains__) == ()
    fixed = ["vad", "har", "sara", "lindberg", "skrivit", "om", "skolan"]
    assert "sara lindgren" not in others_signs.lower_names(text, raw, fixed, set(), known.__contains__)
    assert others_signs.lower_names("vad har polisen skrivit om skolan", ["vad", "har", "polisen", "skrivit", "om", "skolan"],
                                    ["vad", "har", "polisen", "skrivit", "om", "skolan"], set(), known.__contains__) == ()


def test_a_resident_named_in_lower_case_is_refused(bundled: Engine) -> None:
    text = bundled.answer("vad har sara lindgren i kumla skrivit för synpunkter", Conversation()).text
    assert "inte visa" in text or "kan jag inte" in text


def test_a_signer_claimed_in_lower_case_is_checked(bundled: Engine) -> None:
    answer = bundled.answer("var det olle pettersson som skrev under vellinges avtal", Conversation())
    assert answer.municipality == "vellinge" and answer.text.startswith("Nej")


@pytest.mark.parametrize("text", [
    "känns det tryggt i parken enligt polisen",
    "otrygga platser i centrum, gjordes något",
    "står vi med i något löfte",
])
def test_a_finite_verb_before_its_subject_asks(text: str) -> None:
    assert asked_span.marked(text, clause_breaks.opens_with_verb).endswith("?")


@pytest.mark.parametrize("text", [
    "polisen var här igår, har vi hört",
    "det brinner i köket",
    "ringer till polisen nu",
])
def test_a_told_clause_gets_no_mark(text: str) -> None:
    assert asked_span.marked(text, clause_breaks.opens_with_verb) == text


def test_an_entry_s_own_name_put_right_leads_to_its_kommun(bundled: Engine) -> None:
    assert kommun(bundled, "Vad innebär Sölvesborgsmodlelen?") == "solvesborg"


@pytest.mark.parametrize("text", [
    "det brinner i köket och röken sprdier sig",
    "någon försöker ta sig in i min lgäenhet nu",
])
def test_a_slip_keeps_112(bundled: Engine, text: str) -> None:
    assert "112" in bundled.answer(text, Conversation()).text[:60]


@pytest.mark.parametrize("text", [
    "inbrottet i varas var jobbigt, vem pratar jag med",
    "känns det otryggt vid stationen på kvällarna enligt kommunen",
])
def test_no_112_added(bundled: Engine, text: str) -> None:
    assert "112" not in bundled.answer(text, Conversation()).text[:60]
