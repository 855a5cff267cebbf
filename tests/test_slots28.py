"""Round twenty-eight's slot asked of a thing an entry names (branch slots28, bot/answering/slot_asks.py): who
convenes it, what times, how many, its phone number, since when. The entry's sentence when it holds the slot;
else that the slot is not mentioned, then what the entry says of the thing, never the people or focus list."""

from __future__ import annotations

from bot.answering import slot_asks
from bot.answering.engine import Engine
from benchmarks import slots_of
from tests.scored import asked


def test_the_slot_is_read_from_the_frame() -> None:
    assert slot_asks.slot("vem sammankallar bra i vaxjo") == "who"
    assert slot_asks.slot("vilka tider holls medborgardialogerna") == "times"
    assert slot_asks.slot("oppettider for fritidsgarden") == "hours"
    assert slot_asks.slot("vad har anna tenje for telefonnummer") == "phone"
    assert slot_asks.slot("mejl till kjell tenn") == "email"
    assert slot_asks.slot("hur manga svarade pa enkaten") == "answers"
    assert slot_asks.slot("hur manga kommunpoliser finns det") == "many"
    assert slot_asks.slot("sen nar har arjeplog haft trygghetsenkat") == "since"
    assert slot_asks.slot("boden trygghetsvandringar tider") == "times"
    assert slot_asks.slot("ring 112 telefon") is None
    assert slot_asks.slot("vad fokuserar lund pa") is None


def test_a_slot_the_sentence_holds_is_the_sentence(bundled: Engine) -> None:
    answer = asked(bundled, ["Vem sammankallar strategiska Brå i Växjö?"])
    assert answer.municipality == "vaxjo"
    assert "sammankallar det strategiska Brå" in answer.text or "sammankallas av kommunen" in answer.text
    assert "Personer som nämns" not in answer.text


def test_a_count_is_kept_as_written(bundled: Engine) -> None:
    answer = asked(bundled, ["hur många svarade på enkäten i degerfors?"])
    assert answer.municipality == "degerfors" and "280 personer" in answer.text


def test_a_slot_not_held_is_said_not_mentioned_with_the_things_sentence(bundled: Engine) -> None:
    answer = asked(bundled, ["Alvesta fritidsgårdarna – öppettider?"])
    first = answer.text.split("\n\n")[0]
    assert answer.municipality == "alvesta"
    assert first.startswith("Öppettider för fritidsgårdarna nämns inte")
    assert "besöker fritidsgårdarna" in answer.text
    assert "Fokusområden:" not in answer.text


def test_who_convenes_a_council_not_named_is_no_people_list(bundled: Engine) -> None:
    answer = asked(bundled, ["Who leads the crime prevention council in Älvkarleby?"])
    assert answer.municipality == "alvkarleby"
    assert "does not mention who leads or convenes" in answer.text.split("\n\n")[0]
    assert "People named" not in answer.text and "Katrin Jakobsson" not in answer.text
    assert "every quarter" in answer.text


def test_a_count_of_another_thing_is_no_count_of_the_one_asked(bundled: Engine) -> None:
    answer = asked(bundled, ["Hur många kommunpoliser finns det i Burlöv?"])
    assert "nämns inte" in answer.text.split("\n\n")[0] and "kommunpoliser" in answer.text.split("\n\n")[0]


def test_a_persons_phone_number_the_source_gives_or_not(bundled: Engine) -> None:
    given = asked(bundled, ["Vad har Anna Tenje för telefonnummer?"])
    assert given.municipality == "vaxjo" and "070-983 44 16" in given.text
    missing = asked(bundled, ["vad har kjell tenn for telefonnummer?"])
    assert missing.municipality == "alvdalen"
    assert missing.text.startswith("Telefonnummer till Kjell Tenn nämns inte i källan.")
    assert "kommunalråd" in missing.text
    english = asked(bundled, ["What is the e-mail address of Katarina Ragnewall in Älvdalen?"])
    assert english.text.startswith("The source does not mention an e-mail address for Katarina Ragnewall.")


def test_one_ask_among_parts() -> None:
    assert slot_asks.one_ask(["Salem medborgardialoger – hur många?"])
    assert not slot_asks.one_ask(["Hur många svarade på enkäten i Degerfors", "vilken plats kändes mest otrygg?"])


def test_two_asks_keep_each_answer(bundled: Engine) -> None:
    answer = asked(bundled, ["Hur många svarade på enkäten i Degerfors och vilken plats kändes mest otrygg?"])
    assert "280 personer" in answer.text and "otrygga platsen" in answer.text


def test_the_probe_builds_both_modes(bundled: Engine) -> None:
    cases = slots_of.questions(bundled.knowledge, "develop")
    modes = {c["mode"] for c in cases}
    assert modes == {"held", "absent"}
    assert {c["shape"] for c in cases} >= {"plain", "lower", "folded", "terse", "preface"}
    held = next(c for c in cases if c["mode"] == "held" and c["slot"] == "often")
    assert slots_of.passes(held, {"text": "… " + held["expect"][0] + " …", "municipality": held["kommun"]})
    absent = next(c for c in cases if c["mode"] == "absent" and c["kind"] != "person" and c["said"][0])
    words = " ".join(absent["said"][0])
    assert not slots_of.passes(absent, {"text": words, "municipality": absent["kommun"]})  # no "not mentioned"
    slot_word = slots_of.SLOT_WORDS[absent["slot"]][0]
    assert slots_of.passes(absent, {"text": f"{slot_word} nämns inte.\n\n{words}", "municipality": absent["kommun"]})
