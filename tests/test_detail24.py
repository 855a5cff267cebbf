"""Round twenty-four's detail questions (branch detail24): a detail asked by the kind of answer it wants (how
often, how long, why, whether it is extended) gets the sentence that holds that kind of answer, or hears that
the entry does not say (bot/answering/how_many.py, how_frames.py, detail_frames.py, extension_asks.py); and the
probe that asks such questions of every entry (benchmarks/answer_kinds.py)."""

from __future__ import annotations

from bot.answering import extension_asks, how_frames, how_many
from bot.answering.detail_frames import states_a_reason
from bot.answering.engine import Engine
from bot.text import fold, tokens
from tests.scored import asked


def test_a_count_of_other_things_is_no_frequency() -> None:
    assert not how_many.told("often", "Minst tre riktade insatser mot narkotika (åtagande).")
    assert not how_many.told("often", "Enkäten besvarades av 280 personer.")
    assert not how_many.told("often", "Kommunen arbetar exempelvis med trygghetsvandringar.")  # "-vis" is no frequency
    assert how_many.told("often", "Polisen genomför tre riktade trafikkontroller vår respektive höst.")
    assert how_many.told("often", "Regelbundna gemensamma lägesbilder.")
    assert how_many.told("often", "Polisen var på plats vid 200 tillfällen.")  # "hur många gånger"
    assert how_many.told("count", "Enkäten besvarades av 280 personer.")


def test_how_often_asked_of_a_subject_without_a_frequency_is_said_not_to_be_mentioned(bundled: Engine) -> None:
    answer = asked(bundled, ["Hur ofta ska narkotikabrott upptäckas enligt Nässjös medborgarlöfte?"])
    assert answer.municipality == "nassjo"
    assert answer.text.startswith("Hur ofta det ska ske nämns inte i Nässjös överenskommelse.")


def test_how_frequently_is_how_often(bundled: Engine) -> None:
    answer = asked(bundled, ["How frequently does the safety and health council meet in Överkalix?"])
    assert "four times a year" in answer.text or "fyra gånger per år" in answer.text


def test_how_long_of_something_else_than_the_agreement_is_its_duration(bundled: Engine) -> None:
    answer = asked(bundled, ["Hur länge gäller handlingsplanen i Hörby?"])
    assert answer.municipality == "horby" and "ett år i taget" in answer.text
    # of the agreement itself, or of a subject asked in another clause, the period answers as before
    assert how_frames.shape("hur lange galler avtalet", ["hur", "lange", "galler", "avtalet"],
                            ["hur", "lange", "galler", "avtalet"]) is None
    norm = "vad gor xplacex for stadskarnan och hur lange galler det"
    assert how_frames.long_subject(tokens(norm), norm) == []
    period = asked(bundled, ["Hur länge gäller avtalet i Vellinge?"])
    assert "2023–2026" in period.text


def test_a_sentence_that_gives_its_reason_answers_why(bundled: Engine) -> None:
    assert states_a_reason("Vi arbetar förebyggande med åtgärder för ungdomar, då det är viktigt att göra insatser i god tid.")
    assert states_a_reason("Inga fysiska dialoger hölls på grund av covid-19.")
    assert not states_a_reason("Since 1 September 2020 a police team has increased the presence.")
    answer = asked(bundled, ["Varför arbetar Filipstad förebyggande med åtgärder för ungdomar?"])
    assert "i god tid" in answer.text


def test_an_extension_is_the_sentence_that_says_so(bundled: Engine) -> None:
    assert extension_asks.asked(fold("kan avtalet förlängas")) and extension_asks.asked("can it be extended")
    oskarshamn = asked(bundled, ["Kan avtalet i Oskarshamn förlängas?"])
    assert "fyra år i taget" in oskarshamn.text
    enkoping = asked(bundled, ["Är Enköpings medborgarlöfte nytt eller en förlängning?"])
    assert "förlängning av det tidigare" in enkoping.text
    # only in the agreement's own quote, which the passages do not index
    borlange = asked(bundled, ["Will Borlänge's promise be extended?"])
    assert "förlängas för år 2023" in borlange.text


def test_an_extension_the_entry_does_not_mention_is_said_so_then_the_period(bundled: Engine) -> None:
    answer = asked(bundled, ["Kan avtalet i Vellinge förlängas?"])
    assert answer.text.startswith("Om den ska förlängas nämns inte i Vellinges överenskommelse.")
    assert "2023–2026" in answer.text
    english = asked(bundled, ["Can the agreement in Vellinge be extended?"])
    assert english.text.startswith("Whether it will be extended is not mentioned in Vellinge's agreement.")


def test_the_probe_asks_each_kind_of_the_entries_of_its_half() -> None:
    from benchmarks.answer_kinds import found, half, questions
    from bot.answering.knowledge_files import load
    from bot.answering.passage_kinds import Passage

    knowledge = load()
    develop = questions(knowledge, "develop")
    assert {case["kind"] for case in develop} >= {"often", "long", "count", "why", "where", "who"}
    assert all(half(case["kommun"]) == "develop" for case in develop)
    assert not {case["kommun"] for case in develop} & {case["kommun"] for case in questions(knowledge, "check")}
    # a question never holds its answer's words
    assert all(fold(e) not in fold(case["q"]) for case in develop if case["mode"] == "rare" for e in case["expect"])
    muni = knowledge.municipalities["linkoping"]
    sentence = Passage("linkoping", "follow_up", "Uppföljning", "Löftet följs upp tre gånger per år.", "s")
    assert found("often", sentence, muni) == ("tre gånger per år", "tre gånger per år", "")
    assert found("long", Passage("x", "method", "", "Insatsen pågår under tre månader.", "s"), muni)[1] == "tre månader"


def test_who_leads_with_no_one_named_gets_the_sentence_saying_which_body(bundled: Engine) -> None:
    for question in ("Who leads the crime prevention work in Överkalix?",
                     "Vem leder det brottsförebyggande arbetet i Överkalix?"):
        answer = asked(bundled, [question])
        assert answer.municipality == "overkalix"
        assert "Kommunstyrelsen ansvarar" in answer.text or "executive board is responsible" in answer.text


def test_an_extension_asked_of_a_kind_of_agreement_written_together(bundled: Engine) -> None:
    assert extension_asks.of_the_agreement(["kan", "samverkansavtal", "i", "burlov", "forlangs"])
    answer = asked(bundled, ["kan samverkansavtalet i burlöv förlängas"])
    assert answer.text.startswith("Om den ska förlängas nämns inte i Burlövs överenskommelse.")


def test_how_often_the_agreement_is_made_is_what_a_source_says_of_its_renewal(bundled: Engine) -> None:
    for question, said in (("How often did Borås Stad say it makes an agreement with the police?", "every year"),
                           ("Hur ofta träffar Borås en överenskommelse med polisen?", "varje år")):
        answer = asked(bundled, [question])
        assert answer.municipality == "boras" and said in answer.text
        assert "does not mention how often" not in answer.text and "nämns inte" not in answer.text


def test_who_is_hired_is_the_role_the_text_says_not_the_people_listed(bundled: Engine) -> None:
    for question in ("Vem ska Falkenbergs kommun anställa?", "Vem anställde Falkenberg?"):
        answer = asked(bundled, [question])
        assert answer.municipality == "falkenberg" and "SSPF-samordnare" in answer.text
        assert "Anneli Svensson" not in answer.text
    answer = asked(bundled, ["Vad skulle Falkenbergs kommun anställa enligt löftet 2021?"])
    assert "SSPF-samordnare" in answer.text
