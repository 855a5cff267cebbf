"""Answers a Swedish reader would not correct, for every municipality in the base (so it keeps
holding as the base grows): every answer kind, in Swedish and English."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from bot.answering import compose, periods
from bot.answering.engine import MUNICIPALITY_TOPICS, Conversation, Engine
from bot.answering.knowledge import Knowledge, Municipality
from bot.text import fold

TODAY = dt.date(2026, 11, 28)
ORDINARY = ("Vad har {n} lovat butiker och pensionärer?", "Blir det samma väder i {n} i morgon?",
            "Vad gör {n} för tryggheten?", "Hur länge gäller avtalet i {n}?", "Vem skrev under i {n}?",
            "What does {n} focus on?", "Is the agreement in {n} still in force?")


# Words of the questions above that are not what the resident asks about.
NOT_SUBJECTS = frozenset({"lovat", "samma", "vader", "morgon", "blir", "gor", "skrev", "under", "tryggheten",
                          "galler", "avtalet", "lange", "focus", "agreement", "still", "force"})


def _answers(engine: Engine, muni: Municipality) -> list[str]:
    texts = []
    for language in ("sv", "en"):
        for topic in MUNICIPALITY_TOPICS:
            if topic != "detail":
                texts.append(engine.answer_topic(muni.id, topic, Conversation(), language).text)
    texts.extend(engine.answer(q.format(n=muni.name), Conversation()).text for q in ORDINARY)
    return texts


@pytest.fixture(scope="module")
def engine(knowledge: Knowledge) -> Engine:
    return Engine(knowledge, today=TODAY)


def test_every_municipality_reads_right(engine: Engine, knowledge: Knowledge) -> None:
    problems = []
    for muni in knowledge.municipalities.values():
        signers = [a.signed_note for a in muni.agreements if a.signed_note]
        # "Kalmar kommun" and "Lunds kommun" are both right: the source's own name decides.
        takes_s = compose.municipality_party(muni) != f"{muni.name} kommun"
        for text in _answers(engine, muni):
            if takes_s and re.search(rf"\b{re.escape(muni.name)} kommun\b", text):
                problems.append(f"{muni.id}: genitive missing before 'kommun': {text[:80]!r}")
            for wrong in ("Den slutdatum", "Den gäller inte", "It still in force", "It has not started yet yet"):
                if wrong in text:
                    problems.append(f"{muni.id}: {wrong!r} in {text[:80]!r}")
            # An agreement's kind cut from its title inside a word ("Medborgarlöfte t", "Medborgarlöfte n").
            cut = re.search(r"\b(Medborgarlöfte|Samverkansöverenskommelse) (t|n|na|r|rna|ts|ns)\b", text)
            if cut:
                problems.append(f"{muni.id}: a title cut inside a word: {cut.group(0)!r}")
            for word in re.findall(r"nämner inte (\w+)", text) + re.findall(r"(\w+) nämns inte", text):
                if fold(word) in NOT_SUBJECTS:
                    problems.append(f"{muni.id}: '{word}' said not to be mentioned, a word of the question, not a subject")
            if "period anges inte, slutdatum anges inte" in text or "perioden framgår inte av källan, slutdatum" in text:
                problems.append(f"{muni.id}: an undated agreement said twice to be undated")
            for line in text.splitlines():  # an agreement's line names its parties once, before its period
                if re.match(r"(Samverkansöverenskommelse|Medborgarlöfte|The )[^:]*\b(mellan|between)\b[^:]*\b(mellan|between)\b",
                            line):
                    problems.append(f"{muni.id}: the parties said twice: {line[:120]!r}")
            if "namnger inga personer" in text and any(note in text for note in signers):
                problems.append(f"{muni.id}: says no one is named, then names the signers")
    assert not problems, "\n".join(problems[:20])


def test_the_kommun_is_named_as_its_source_names_it(knowledge: Knowledge) -> None:
    for muni in knowledge.municipalities.values():
        name = compose.municipality_party(muni)
        assert "polis" not in name.lower()
        assert name in [p.name for p in muni.parties] or name == compose.kommun_of(muni.name)
    assert compose.kommun_of("Lund") == "Lunds kommun"
    assert compose.kommun_of("Vellinge") == "Vellinge kommun"
    assert compose.kommun_of("Borås") == "Borås kommun"


def test_no_end_date_is_not_called_in_force(engine: Engine) -> None:
    answer = engine.answer("Vilka överenskommelser finns, och hur länge gäller de?", Conversation()).text
    assert not answer.endswith("…") and len(answer) <= compose.MAX_LENGTH, "the list must fit in one message"
    in_force, rest = answer.split("Slutdatum framgår inte av källan", 1)
    unknown, ended = rest.split("Har upphört", 1)
    # All of Sweden does not fit by name: the ended ones are counted per county, with how to see them.
    assert ", per län: " in ended and "”Vilka avtal i Skåne har gått ut?”" in ended
    ended_by_county: dict[str, int] = {}
    for muni in engine.knowledge.municipalities.values():
        states = {periods.status(a, TODAY) for a in muni.agreements}
        section = in_force if states & {"in_force", "not_started"} else unknown if "open" in states else None
        if section is None:
            ended_by_county[muni.county] = ended_by_county.get(muni.county, 0) + 1
            assert not re.search(rf"[:,] {re.escape(muni.name)} ", in_force), muni.name
            continue
        assert re.search(rf"[:,] {re.escape(muni.name)}\b", section), muni.name
        if not states & {"in_force", "not_started"}:
            assert not re.search(rf"[:,] {re.escape(muni.name)} ", in_force), muni.name
    for county, count in ended_by_county.items():
        assert f"{county} {count}" in ended, county
    skane = engine.answer("Vilka avtal i Skåne har gått ut?", Conversation()).text
    assert skane.startswith("Har upphört i Skåne län") and "Ystad" in skane


def test_a_medborgarlofte_is_neuter_and_a_samverkansoverenskommelse_is_not(knowledge: Knowledge) -> None:
    today = dt.date(2026, 12, 4)
    kinds = {a.kind: a for m in knowledge.municipalities.values() for a in m.agreements
             if periods.status(a, today) == "ended"}
    lofte, avtal = kinds["medborgarlofte"], kinds["samverkansoverenskommelse"]
    assert periods.status_sentence(lofte, today, "sv") == "Det har upphört; fråga kommunen om ett nytt har tecknats."
    assert periods.status_sentence(avtal, today, "sv") == "Den har upphört; fråga kommunen om en ny har tecknats."
    assert "ett nytt" in periods.status_phrase(lofte, today, "sv")
    assert "Den har upphört" not in periods.status_sentence(lofte, today, "sv")


def test_several_agreements_of_one_kind_are_told_apart_and_the_one_in_force_comes_first(
        knowledge: Knowledge) -> None:
    engine = Engine(knowledge, today=dt.date(2026, 12, 4))
    text = engine.answer("Vad fokuserar Göteborg på?", Conversation()).text
    heads = [line for line in text.splitlines() if line.startswith("Medborgarlöfte")]
    assert len(heads) == len(set(heads)) >= 4  # no two alike ("Medborgarlöfte 2023–2024" twice)
    assert any(h.startswith("Medborgarlöfte Hisings Backa ") for h in heads)
    text = engine.answer("Vad fokuserar Sölvesborg på?", Conversation()).text
    assert text.index("gäller fortfarande") < text.index("har upphört")
    english = engine.answer("What does Gothenburg focus on?", Conversation()).text
    assert "Gothenburg is in" not in english and "Göteborg" in english
    assert "Höllviken ligger i Vellinge kommun" in engine.answer("Vad gör polisen i Höllviken?", Conversation()).text


def test_a_title_that_only_names_the_kind_and_the_parties_is_not_repeated(knowledge: Knowledge) -> None:
    """"Strategisk samverkansöverenskommelse mellan polisen och Höörs kommun" after the kind's own name
    says it twice; what tells Göteborg's medborgarlöften apart stays."""
    from bot.answering import periods
    hoor, goteborg = knowledge.municipalities["hoor"], knowledge.municipalities["goteborg"]
    assert [periods.distinguishing_title(hoor, a, "sv") for a in hoor.agreements] == ["(strategisk)", "", "(operativ)", ""]
    assert "Hisings Backa" in [periods.distinguishing_title(goteborg, a, "sv") for a in goteborg.agreements]


def test_a_title_s_time_or_renewal_word_is_kept_in_brackets_not_said_with_the_kind_twice(knowledge: Knowledge) -> None:
    """"Fyraårig samverkansöverenskommelse mellan …" was "Samverkansöverenskommelse Fyraårig
    samverkansöverenskommelse mellan …", and in English "The cooperation agreement Four-year cooperation
    agreement between …"."""
    from bot.answering import periods
    varberg = knowledge.municipalities["varberg"]
    labels = {lang: [periods.distinguishing_title(varberg, a, lang) for a in varberg.agreements
                     if a.kind == "samverkansoverenskommelse"] for lang in ("sv", "en")}
    assert {lang: sorted(found) for lang, found in labels.items()} == {
        "sv": ["(fyraårig)", "(förnyad)"], "en": ["(four-year)", "(renewed)"]}


def test_a_title_left_with_only_a_preposition_or_a_slash_says_nothing(knowledge: Knowledge) -> None:
    """"Samverkansöverenskommelse för 2020–2023", "Medborgarlöfte 2022/2023": the period says the years,
    and "för" or "/" left over is no name."""
    from bot.answering import periods
    for muni in knowledge.municipalities.values():
        for agreement in muni.agreements:
            for language in ("sv", "en"):
                label = periods.distinguishing_title(muni, agreement, language)
                assert label.strip("/ ") == label.strip() and label.lower() not in ("för", "for", "i", "in"), (
                    muni.id, label)
