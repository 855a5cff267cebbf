"""Detail questions answered by their frame (bot/answering/detail_asks.py) on the bundled knowledge
base: how an agreement was drawn up, how many answered, which named place or company, what a named
programme is. Each expectation is read from the entry, not written here."""

from __future__ import annotations

import pytest

from bot.answering import detail_asks, framed_sentences, pointed_out
from bot.answering.engine import Conversation, Engine
from bot.answering.knowledge import Knowledge
from bot.text import fold, tokens


def _shape(text: str) -> str | None:
    folded = " ".join(tokens(text))
    asked = detail_asks.ask(text, folded, tokens(text))
    return asked.shape if asked else None


@pytest.mark.parametrize(("text", "shape"), [
    ("Hur togs fokusområdena fram i Vellinge?", "basis"),
    ("hur valde dom ut fokusomradena i tanum", "basis"),
    ("Vilka var med och tog fram löftena?", "basis"),
    ("How were the focus areas chosen?", "basis"),
    ("Hur många svarade på enkäten?", "count"),
    ("how many answered the survey?", "count"),
    ("Vilka skolor nämns i Sala?", "named"),
    ("Vilket bostadsbolag är med?", "named"),
    ("Which square is mentioned?", "named"),
    ("Vilka orter var med i enkäten?", "places"),
    ("Vad är Tryggare Trelleborg?", "name"),
    ("Hur många invånare har Lund?", "figure"),  # not a count of answers: a figure, quoted only if stated
    ("Vilka fokusområden har Lund?", None),
    ("Vilka insatser görs i skolorna?", None),  # the kind must be what is asked for
    ("Hur länge gäller avtalet?", None),
])
def test_the_frame_of_a_detail_question(text: str, shape: str | None) -> None:
    assert _shape(text) == shape


def test_a_count_is_a_number_that_is_not_a_year() -> None:
    assert framed_sentences.counting("Enkäten besvarades av 188 personer.")
    assert not framed_sentences.counting("En enkät hösten 2021 om tryggheten.")
    assert not framed_sentences.counting("Polisen ska vara synlig minst 900 timmar per år.")  # a count, of no answers


def test_a_name_of_a_kind_is_a_capitalised_word_ending_as_such_names_end() -> None:
    schools = detail_asks.NAME_ENDINGS["skol"]
    assert pointed_out.names_of("Trygghetsvandring vid Kungsängsgymnasiet och Ösby Naturbruksgymnasium", schools)
    assert not pointed_out.names_of("Polisen fortsätter vara närvarande i skolorna", schools)
    assert pointed_out.names_of("Kommunen stänger av biltrafik på Lilla torg under sommaren",
                                detail_asks.NAME_ENDINGS["torg"])


def _basis(knowledge: Knowledge, muni_id: str) -> str:
    return next(a.basis for a in knowledge.municipalities[muni_id].agreements if a.basis)


@pytest.mark.parametrize("muni_id", ["tanum", "arjeplog", "stromstad", "kumla"])
def test_how_it_was_drawn_up_is_answered_with_what_it_builds_on(bundled: Engine, knowledge: Knowledge,
                                                                 muni_id: str) -> None:
    name = knowledge.municipalities[muni_id].name
    for question in (f"Hur togs löftena fram i {name}?", f"Vilka var med och tog fram löftena i {name}?"):
        answer = bundled.answer(question, Conversation())
        assert answer.municipality == muni_id and answer.topic == "detail", question
        assert fold(_basis(knowledge, muni_id).split(".")[0]) in fold(" ".join(answer.text.split())), question


def test_how_many_answered_is_the_sentence_with_the_count_also_as_a_follow_up(bundled: Engine,
                                                                             knowledge: Knowledge) -> None:
    basis = _basis(knowledge, "arvidsjaur")
    count = next(t for t in tokens(basis) if t.isdigit())
    assert count in bundled.answer("Hur många svarade på enkäten i Arvidsjaur?", Conversation()).text
    conversation = Conversation()
    bundled.answer("Vad fokuserar Arvidsjaur på?", conversation)
    follow_up = bundled.answer("hur många svarade?", conversation)
    assert follow_up.municipality == "arvidsjaur" and count in follow_up.text
    assert not follow_up.text.startswith("Det finns inte")


def test_a_source_note_is_never_the_answer_about_the_agreement(bundled: Engine, knowledge: Knowledge) -> None:
    muni = knowledge.municipalities["arjeplog"]
    notes = [s.note_en for s in muni.sources if s.note_en]
    assert notes  # the entry has a note about its source, which the question's words would match
    answer = bundled.answer("how did arjeplog draw up its citizen promises?", Conversation())
    assert all(fold(note) not in fold(answer.text) for note in notes)
    english_basis = next(a.basis_en for a in muni.agreements if a.basis_en)
    assert fold(english_basis.split(",")[0]) in fold(answer.text)


def test_which_named_company_and_which_school(bundled: Engine, knowledge: Knowledge) -> None:
    osby = knowledge.municipalities["osby"]
    insurer = next(a.title for a in osby.areas if "försäkringar" in a.title)
    answer = bundled.answer("Vilket försäkringsbolag samarbetar Osby med?", Conversation())
    assert insurer in answer.text
    sala = knowledge.municipalities["sala"]
    walk = next(a.title for a in sala.areas if "gymnasi" in a.title.casefold())
    assert walk in bundled.answer("Vilka skolor nämns i Salas medborgarlöfte?", Conversation()).text


def test_a_named_programme_is_answered_with_its_sentence_and_the_kommun(bundled: Engine,
                                                                        knowledge: Knowledge) -> None:
    method = next(m.text for m in knowledge.municipalities["trelleborg"].methods if "Tryggare Trelleborg" in m.text)
    answer = bundled.answer("Vad är Tryggare Trelleborg?", Conversation())
    assert answer.municipality == "trelleborg" and method in answer.text and "Trelleborg" in answer.text.split("\n")[0]


def test_a_yes_no_question_says_its_subject_is_missing_never_its_verb(bundled: Engine) -> None:
    text = bundled.answer("Använder Kumla drönare?", Conversation()).text
    assert text.startswith("Drönare nämns inte i") and "använder" not in text.split("\n")[0].casefold()
    assert "does not mention drones" in bundled.answer("Does Kumla use drones?", Conversation()).text


def test_following_up_is_asked_of_the_follow_up_not_the_methods(bundled: Engine, knowledge: Knowledge) -> None:
    follow_up = knowledge.municipalities["burlov"].follow_up
    answer = bundled.answer("Hur ska Burlöv följa upp arbetet?", Conversation())
    assert answer.topic == "follow_up" and all(item.text in answer.text for item in follow_up)


def test_a_name_asked_with_no_kommun_is_answered_from_the_entries_that_hold_it(bundled: Engine,
                                                                             knowledge: Knowledge) -> None:
    method = next(m.text for m in knowledge.municipalities["botkyrka"].methods if "(VPC)" in m.text)
    holders = [m.id for m in knowledge.municipalities.values()
               if any("VPC" in item.text for item in (*m.methods, *m.follow_up, *m.facts))]
    answer = bundled.answer("Vad är VPC?", Conversation())
    assert holders == ["botkyrka"] and answer.municipality == "botkyrka"
    assert method.split("(VPC)")[0].split(". ")[-1] in answer.text and "Botkyrka" in answer.text.split("\n")[0]
    # A name many entries hold is still the list of kommuner, a glossary term its definition.
    assert bundled.answer("Vad är ett medborgarlöfte?", Conversation()).topic == "glossary"


def test_who_was_involved_in_drawing_it_up_in_english(bundled: Engine, knowledge: Knowledge) -> None:
    basis = next(a.basis_en for a in knowledge.municipalities["arjeplog"].agreements if a.basis_en)
    answer = bundled.answer("Who was involved in drawing up the promises in Arjeplog?", Conversation())
    assert fold(basis.split(",")[0]) in fold(answer.text)


def test_how_it_is_followed_up_when_the_entry_lists_no_follow_up(bundled: Engine, knowledge: Knowledge) -> None:
    muni = knowledge.municipalities["alvsbyn"]
    assert not muni.follow_up and not muni.measurements
    basis = next(a.basis for a in muni.agreements if a.basis and "uppföljningen" in a.basis)
    answer = bundled.answer("Vem följer upp löftet i Älvsbyn?", Conversation())
    assert basis in " ".join(answer.text.split())


def test_a_frame_is_kept_for_the_next_kommun_and_for_who_took_part(bundled: Engine, knowledge: Knowledge) -> None:
    conversation = Conversation()
    bundled.answer("Hur togs löftena fram i Arjeplog?", conversation)
    took_part = bundled.answer("vilka var med?", conversation)
    assert took_part.municipality == "arjeplog" and _basis(knowledge, "arjeplog") in " ".join(took_part.text.split())
    next_one = bundled.answer("och i Tanum?", conversation)
    assert next_one.municipality == "tanum" and _basis(knowledge, "tanum") in " ".join(next_one.text.split())
    # With no such answer before it, "vilka var med?" asks for the parties.
    plain = Conversation()
    bundled.answer("Vad gör Arjeplog?", plain)
    assert bundled.answer("vilka var med?", plain).topic == "parties"


def test_how_often_is_the_sentence_that_says_how_often(bundled: Engine, knowledge: Knowledge) -> None:
    method = next(m.text for m in knowledge.municipalities["upplands-bro"].methods if "trygghetsvandringar" in m.text)
    answer = bundled.answer("Hur ofta gör Upplands-Bro trygghetsvandringar?", Conversation())
    assert method.split(". ")[0] in answer.text


@pytest.mark.parametrize(("question", "municipality"), [
    ("Hur ofta förnyas medborgarlöftena i Sollefteå?", "solleftea"),
    ("hur ofta tar man fram nya löften i Solleftea", "solleftea"),
    ("Hur ofta förnyas Landskronas samverkansöverenskommelse?", "landskrona"),
])
def test_every_other_year_says_how_often(bundled: Engine, question: str, municipality: str) -> None:
    """"förnyas … vartannat år" was no sentence on how often, so the follow-up's "en gång per år" answered alone."""
    answer = bundled.answer(question, Conversation())
    assert answer.municipality == municipality and "vartannat år" in answer.text


def test_a_partner_named_first_in_its_sentence_is_a_name(bundled: Engine, knowledge: Knowledge) -> None:
    partner = next(p for p in knowledge.municipalities["lidingo"].partners if "förening" in p.name)
    answer = bundled.answer("Vilka föreningar är med i samverkansforumen på Lidingö?", Conversation())
    assert partner.name in answer.text


def test_of_several_words_the_subject_is_said_missing_not_the_verb(bundled: Engine) -> None:
    first = bundled.answer("Använder Ydre kameraövervakning?", Conversation()).text.split("\n")[0].casefold()
    assert "kameraövervakning" in first and "använder" not in first


def test_which_places_of_an_entry_without_localities_are_the_places_it_names(bundled: Engine,
                                                                             knowledge: Knowledge) -> None:
    degerfors = knowledge.municipalities["degerfors"]
    assert not degerfors.localities
    named = next(a.title for a in degerfors.areas if "Svartå" in a.title)
    conversation = Conversation()
    bundled.answer("Vad har Degerfors lovat?", conversation)
    assert named in bundled.answer("vilka orter nämns?", conversation).text


def test_a_function_word_of_a_keyword_is_never_a_missing_subject(bundled: Engine) -> None:
    first = bundled.answer("Does Aneby have drones?", Conversation()).text.split("\n")[0]
    assert "drones" in first and "have" not in first.replace("does not", "")


def test_the_kommuns_own_name_is_no_programme(bundled: Engine) -> None:
    for question in ("Vad är Lund?", "Vad är Lunds kommun?"):
        assert bundled.answer(question, Conversation()).topic != "detail", question


def test_where_something_is_is_the_sentence_naming_a_place_the_question_picks(bundled: Engine,
                                                                             knowledge: Knowledge) -> None:
    skiing = next(a.title for a in knowledge.municipalities["dorotea"].areas if "skoter" in a.title)
    assert skiing in bundled.answer("Var kör folk skoter i Dorotea?", Conversation()).text
    # Where to report is the resident's own errand, never a sentence of the entry.
    assert bundled.answer("Var kan jag anmäla otrygga platser i Lund?", Conversation()).topic == "feedback"


@pytest.mark.parametrize(("question", "subject"), [
    ("Har polisen i Kalmar lovat något särskilt för Skördefesten?", "skördefesten"),
    ("Finns det något i Växjös löfte om konserter och stora evenemang?", "konserter"),
    ("Står det något speciellt om fotbollsmatcher i Malmös avtal?", "fotbollsmatcher"),
])
def test_a_word_of_degree_is_never_the_subject_said_to_be_missing(bundled: Engine, question: str,
                                                                  subject: str) -> None:
    """"något särskilt för Skördefesten": the agreement does not mention Skördefesten, never "särskilt";
    "stora evenemang" is about the events, not "stora"."""
    text = bundled.answer(question, Conversation()).text.casefold()
    assert f"{subject} nämns inte" in text, text[:120]
    assert "särskilt nämns inte" not in text and "stora nämns inte" not in text
