"""Round twenty-six's detail questions (branch detail26): a count asked is told by a number beside the thing counted,
else by the entry's sentence or agreement quote that gives it, else said not to be mentioned (absent.py, how_many.py,
absent_first.py); a count of answers is a number near a word of answering (framed_sentences.counting); a signing's
day asked of an agreement whose source gives none says so (signing_day.py); "när börjar X med Y?" is the sentence
with Y's own time phrase (start_asks.py); and the probe that asks these of every entry (benchmarks/counts_times.py)."""

from __future__ import annotations

from benchmarks import counts_times
from bot.answering import absent, how_many, signing_day, start_asks
from bot.answering.engine import Engine
from bot.answering.framed_sentences import counting
from tests.scored import asked


def test_a_count_is_told_only_by_a_number_beside_the_thing_counted() -> None:
    assert how_many.told("count", "Minst fem trygghetsvandringar per år", ["trygghetsvandringar"])
    assert how_many.told("count", "Fem nya kommunpoliser anställs", ["poliser"])  # a compound's head
    assert how_many.told("count", "Minst två besök i månaden", ["besok"])  # folded number words too
    assert not how_many.told("count", "Polisen är på plats vid 200 tillfällen", ["kvallar"])
    assert how_many.told("count", "Polisen är på plats vid 200 tillfällen")  # no thing named: any count


def test_the_word_after_how_many_is_what_is_counted() -> None:
    places = frozenset(("laholm",))
    assert absent.counted("Hur många platser pekas ut i Laholm?", places, how_many.COUNT) == ["platser"]
    assert absent.counted("Hur många invånare nämns i Laholm?", places, how_many.COUNT) == ["invanare"]
    assert absent.counted("How many visits are there in Laholm?", places, how_many.COUNT) == ["visits"]
    # a verb: people counted by what they did, whose number the answer may lack as well ("Någon siffra för hur många")
    assert absent.counted("Hur många svarade i Laholm?", places, how_many.COUNT) == [how_many.PEOPLE]


def test_a_count_of_answers_is_a_number_near_a_word_of_answering() -> None:
    assert counting("Inför medborgarlöftet 2018 svarade 280 personer på en enkät.")
    assert counting("Enkäten besvarades av 188 personer.")
    assert not counting("Från den 26 april 2023 kunde invånarna under cirka tre veckor ge sin syn på tryggheten")
    assert not counting("Sedan 1 september 2020 har en polisgrupp på fem personer ökat polisens närvaro")


def test_a_count_the_entry_gives_elsewhere_is_quoted(bundled: Engine) -> None:
    answer = asked(bundled, ["Hur många platser pekas ut i Laholm?"])  # the agreement's own quote holds it
    assert answer.municipality == "laholm" and "fyra platser" in answer.text and "nämns inte" not in answer.text
    answer = asked(bundled, ["Hur många samverkansparter har Linköping?"])
    assert "16 samverkansparter" in answer.text and "nämns inte" not in answer.text
    answer = asked(bundled, ["Antal kurser i Göteborg?"])
    assert "två kurser" in answer.text and "nämns inte" not in answer.text


def test_a_count_the_entry_does_not_give_is_said_not_to_be_mentioned(bundled: Engine) -> None:
    answer = asked(bundled, ["Hur många kvällar blir det i Kungälv?"])
    assert answer.text.startswith("Antalet kvällar nämns inte i Kungälvs överenskommelse.")
    answer = asked(bundled, ["Hur många invånare nämns i Stenungsunds överenskommelse?"])
    assert answer.text.startswith("Antalet invånare nämns inte i Stenungsunds överenskommelse.")
    assert "Fokusområden" in answer.text or "ska bland annat" in answer.text  # then what the entry does say
    answer = asked(bundled, ["Hur många invånare svarade på enkäten i Säter?"])
    assert "nämns inte" in answer.text.partition("\n\n")[0]


def test_a_signing_day_not_given_is_said_not_to_be_mentioned(bundled: Engine) -> None:
    assert signing_day.asked("vilket datum skrevs laholms medborgarlofte 2023 under")
    assert signing_day.asked("what day was amals citizen promise 2023 signed")
    assert not signing_day.asked("nar skrevs laholms medborgarlofte under")  # "när": the period's own answer
    answer = asked(bundled, ["Vilket datum skrevs Laholms medborgarlöfte 2023 under?"])
    assert answer.text.startswith("Dagen då det skrevs under nämns inte i källan för Laholm")
    assert "januari 2023" in answer.text  # what the source does give
    answer = asked(bundled, ["Alvesta: what day was the citizen promise 2023 signed?"])
    assert answer.text.startswith("The source for Alvesta does not mention the day it was signed")
    answer = asked(bundled, ["What day was Åmål's citizen promise 2023 signed?"])  # a day given: the period with it
    assert "14 December 2022" in answer.text and "does not mention" not in answer.text


def test_when_a_named_thing_starts_is_its_own_time_phrase(bundled: Engine) -> None:
    assert start_asks.timed("Medborgarenkäten hösten 2021, där många medborgare …")
    assert start_asks.timed("Stänga av biltrafik på Lilla torg under sommaren.")
    assert not start_asks.timed("Medborgarlöftet gäller 2022–2023.")
    answer = asked(bundled, ["När startar lägesbildsarbetet i Olofström?"])
    assert "våren 2020" in answer.text
    answer = asked(bundled, ["När ska arbetet följas upp i Hammarö?"])
    assert "hösten 2024" in answer.text
    answer = asked(bundled, ["När börjar avtalet gälla i Motala?"])  # the agreement's own start: the period
    assert answer.text.startswith("Medborgarlöfte mellan Motala kommun")


def test_the_probe_builds_its_modes_from_the_entries(bundled: Engine) -> None:
    cases = counts_times.questions(bundled.knowledge, "develop")
    assert {c["mode"] for c in cases} == {"count", "absent", "time", "signed"}
    assert counts_times.counts_in("Minst fem trygghetsvandringar per år", "sv") == [("fem", "trygghetsvandringar")]
    assert counts_times.counts_in("Medborgarlöfte 2023 gäller i 12 månader", "sv") == []
    assert counts_times.passes({"mode": "count", "kommun": "x", "expect": ["4", "fyra"]},
                               {"municipality": "x", "text": "… fyra platser …"})
    assert not counts_times.passes({"mode": "count", "kommun": "x", "expect": ["4", "fyra"]},
                                   {"municipality": "x", "text": "… 14 platser …"})
    assert counts_times.passes({"mode": "absent", "kommun": "x", "others": ["420"]},
                               {"municipality": "x", "text": "Antalet invånare nämns inte i X.\n\nFokus"})
    assert not counts_times.passes({"mode": "absent", "kommun": "x", "others": ["420"]},
                                   {"municipality": "x", "text": "Det nämns inte: 420 invånare svarade"})
