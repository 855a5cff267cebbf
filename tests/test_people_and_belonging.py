"""Follow-ups about a person the last answer named, a kommun's county and police area, a kommun without
an agreement, and several questions joined by a verb or asking the same of two places (issue #31).

Written in other words and mostly about other kommuner than tests/fixtures/convo_dev5.yaml; the facts
checked are read from the bundled knowledge base, not written here."""

from __future__ import annotations

from collections import Counter

import pytest

from bot.answering import belonging, clauses
from bot.answering.engine import Conversation, Engine
from bot.answering.knowledge import Knowledge
from bot.answering.people_named import PeopleIndex


def talk(engine: Engine, *messages: str) -> tuple[str, str | None]:
    conversation = Conversation()
    answer = None
    for message in messages:
        answer = engine.answer(message, conversation)
    assert answer is not None
    return answer.text, answer.municipality


def in_order(text: str, *parts: str) -> None:
    positions = [text.find(part) for part in parts]
    assert all(p >= 0 for p in positions), (parts, text)
    assert positions == sorted(positions), (parts, text)


# -- people ---------------------------------------------------------------------------------------

def test_a_person_named_after_the_signers_is_that_persons_role_not_everyones(bundled: Engine, knowledge: Knowledge) -> None:
    people = [p for p in knowledge.municipalities["vellinge"].people if p.name]
    asked, other = people[0], people[1]
    text, kommun = talk(bundled, "Vilka skrev på i Vellinge?", f"vad har {asked.name} för roll?")
    assert asked.role in text and other.name not in text and kommun == "vellinge"
    assert "112" not in text[:60]


def test_a_surname_alone_is_someone_of_the_kommun_talked_about(bundled: Engine, knowledge: Knowledge) -> None:
    person = next(p for p in knowledge.municipalities["kiruna"].people if "kommunalråd" in p.role)
    surname = person.name.split()[-1]
    text, kommun = talk(bundled, "Who signed for Kiruna?", f"what does {surname} do?")
    assert person.role_en in text and kommun == "kiruna"
    index = PeopleIndex(knowledge)
    assert index.named([surname.lower()], ["kiruna"])
    assert not index.named([surname.lower()], ["lund"])  # no kommun talked about names them


def test_a_first_name_two_people_share_is_nobody_in_particular(knowledge: Knowledge) -> None:
    index = PeopleIndex(knowledge)
    assert not index.named(["johan"], ["katrineholm"])
    named = index.named(["johan", "soderberg"], ["katrineholm"])
    assert [p.name for _, p in named] == ["Johan Söderberg"]


def test_someone_named_in_several_entries_is_named_with_each_kommun_and_no_alarm(bundled: Engine,
                                                                               knowledge: Knowledge) -> None:
    where: Counter[str] = Counter(p.name for m in knowledge.municipalities.values() for p in m.people if p.name)
    name = next(n for n, count in sorted(where.items()) if count >= 3)
    kommuner = sorted(m.name for m in knowledge.municipalities.values() if any(p.name == name for p in m.people))
    first = next(m for m in knowledge.municipalities.values() if m.name == kommuner[0])
    text, _ = talk(bundled, f"vem skrev under i {first.name}?", f"har {name} skrivit på något mer?")
    assert all(k in text for k in kommuner), (kommuner, text)
    assert "112" not in text
    # By surname alone after their kommun's signers: the same person, in every entry naming them.
    text, kommun = talk(bundled, f"vem skrev under i {first.name}?", f"har {name.split()[-1]} skrivit under nåt annat?")
    assert all(k in text for k in kommuner), (kommuner, text)
    # Asked who they are, after their kommun: that kommun's entry.
    text, kommun = talk(bundled, f"vem skrev under i {first.name}?", f"vem är {name}?")
    assert kommun == first.id and not all(k in text for k in kommuner[1:])


# -- county and police area ------------------------------------------------------------------------

def test_the_county_asked_beside_another_question_is_answered_first(bundled: Engine, knowledge: Knowledge) -> None:
    county = knowledge.municipalities["vadstena"].county
    signer = next(p.name for p in knowledge.municipalities["vadstena"].people if p.name)
    text, kommun = talk(bundled, "i vilket län ligger Vadstena, och vem skrev under?")
    in_order(text, county, signer)
    assert kommun == "vadstena"


def test_the_other_kommuner_of_the_police_area_after_its_answer_not_every_kommun(bundled: Engine,
                                                                               knowledge: Knowledge) -> None:
    area = knowledge.municipalities["staffanstorp"].police_area
    members = [m.name for m in belonging.members(knowledge, area, searched=True)]
    assert len(members) > 1
    text, _ = talk(bundled, "Vilket lokalpolisområde tillhör Staffanstorp?", "vilka fler kommuner ingår i det?")
    assert all(name in text for name in members) and "Alingsås" not in text
    text, _ = talk(bundled, "Vad gör Staffanstorp och vilka kommuner delar polisområde med dem?")
    assert all(name in text for name in members) and "Alingsås" not in text
    # Belonging asked without pointing back: after the area's answer, still that area.
    text, _ = talk(bundled, "Vilket lokalpolisområde tillhör Staffanstorp?", "vilka andra kommuner ingår?")
    assert all(name in text for name in members) and "Alingsås" not in text
    text, _ = talk(bundled, "Vilket lokalpolisområde tillhör Staffanstorp?", "vilka andra kommuner har grannsamverkan?")
    assert "I lokalpolisområde" not in text  # a subject of their own: the kommuner that take it up


def test_a_kommun_without_an_agreement_has_its_county_and_both_of_two_are_answered(bundled: Engine,
                                                                                 knowledge: Knowledge) -> None:
    text, _ = talk(bundled, "vilket län ligger Ragunda i?")
    assert knowledge.all_municipalities["Ragunda"] in text
    text, _ = talk(bundled, "har Skinnskatteberg eller Ragunda något medborgarlöfte?")
    in_order(text, "Skinnskatteberg", "Ragunda")


# -- several questions -------------------------------------------------------------------------------

def test_a_question_opening_with_its_verb_is_a_question_of_its_own() -> None:
    assert clauses.split("Vad lovade Tanum och höll de vad de lovade?") == ["Vad lovade Tanum", "höll de vad de lovade?"]
    assert clauses.split("What did Lund promise and did they keep it?") == ["What did Lund promise", "did they keep it?"]


def test_whether_the_promises_were_kept_is_the_follow_up_of_the_agreement(bundled: Engine, knowledge: Knowledge) -> None:
    follow_up = knowledge.municipalities["arvidsjaur"].follow_up[0].text
    text, _ = talk(bundled, "Vad gör Arvidsjaur?", "har de hållit löftena?")
    assert follow_up in text


def test_the_same_asked_of_a_second_place_reads_the_clause_before(bundled: Engine) -> None:
    text, _ = talk(bundled, "hur många svarade i Söderhamn och hur många i Degerfors?")
    in_order(text, "500", "280")
    assert "112" not in text[:60]


def test_a_count_asked_of_kommuner_is_no_alarm_but_dangers_words_still_are(bundled: Engine) -> None:
    assert bundled.read("hur manga svarade pa enkaten i Degerfors och i Söderhamn").decision().action != "emergency"
    assert bundled.danger_now("hur många ambulanser finns i Degerfors, min pappa andas inte")


def test_when_the_board_decided_is_the_sentence_that_says_so(bundled: Engine, knowledge: Knowledge) -> None:
    basis = next(a.basis for a in knowledge.municipalities["uppsala"].agreements if a.basis)
    decided = next(s for s in basis.split(". ") if "beslutade" in s)
    text, _ = talk(bundled, "När beslutade kommunstyrelsen om Uppsalas avtal?")
    assert decided.rstrip(".") in text


def test_a_person_put_to_the_bot_as_another_kommuns_signer_is_a_claim_about_that_kommun(bundled: Engine,
                                                                                        knowledge: Knowledge) -> None:
    other = next(p.name for p in knowledge.municipalities["nykoping"].people if p.signed and p.name)
    signers = [p.name for p in knowledge.municipalities["katrineholm"].people if p.signed and p.name]
    text, kommun = talk(bundled, f"Katrineholms avtal skrevs väl under av {other}?")
    assert kommun == "katrineholm" and all(name in text for name in signers), text


def test_whether_it_applies_in_a_neighbour_too_is_said_from_the_parties_before_its_own(bundled: Engine,
                                                                                      knowledge: Knowledge) -> None:
    shared = next(p.name for p in knowledge.municipalities["monsteras"].parties
                  if "Högsby" in p.name)
    text, kommun = talk(bundled, "Vad fokuserar Mönsterås på?", "gäller det även i Högsby?")
    assert text.startswith("Ja:") and shared in text and kommun == "hogsby"
    text, kommun = talk(bundled, "Vad fokuserar Lomma på?", "gäller det också i Burlöv?")
    assert text.startswith("Burlöv är inte bland parterna") and kommun == "burlov"
    assert any(area.title in text for area in knowledge.municipalities["burlov"].areas)  # the aspect asked before


@pytest.mark.parametrize(("text", "line"), [
    ("finns det en styrgrupp i Lund?", "Någon styrgrupp nämns inte i källan för Lund."),
    ("Who is on the steering group in Kalmar?", "The source does not mention a steering group for Kalmar."),
    ("Vem är kommunpolis i Kalmar?", "Någon kommunpolis nämns inte i källan för Kalmar."),
])
def test_a_group_or_role_asked_of_an_entry_that_names_no_one_is_said_missing(bundled: Engine, text: str,
                                                                              line: str) -> None:
    """It was only "Källan namnger inga personer", which does not answer whether there is a steering group."""
    assert bundled.answer(text, Conversation()).text.startswith(line)


def test_a_steering_group_the_entry_s_text_holds_is_quoted(bundled: Engine) -> None:
    assert "I styrgruppen ingår" in bundled.answer("Vilka sitter i styrgruppen i Burlöv?", Conversation()).text
