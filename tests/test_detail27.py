"""Round twenty-seven's detail questions (branch detail27): "sedan vilket år …?" is the entry's sentence that says
since when in any tense (how_frames.SINCE_YEAR); a plain personal preface before a question of the
kommun ("Min son går i nian i Laholm. På vilken skola …?") is answered as the question, not with help lines
(own_preface.py, stated_first.py); "vem var det som skrev på …?" asks who signed; and the probe that asks a named
thing inside an entry's sentence of every entry (benchmarks/named_inside.py)."""

from __future__ import annotations

from benchmarks import named_inside
from bot.answering import detail_frames, how_frames, own_preface
from bot.answering.engine import Engine
from bot.answering.intents import PLACE
from bot.text import fold, tokens
from tests.scored import asked


def test_the_year_since_when_is_asked_in_any_tense() -> None:
    def shape(text: str) -> str | None:
        norm = fold(text)
        return how_frames.shape(norm, tuple(tokens(text)))

    assert shape("Sedan vilket år har Eskilstuna haft samverkansöverenskommelser med polisen?") == "since"
    assert shape("Sedan vilket år samverkar Älmhult med polisen?") == "since"  # no perfect tense: the year asks
    assert shape("Since what year do they work together in Älmhult?") == "since"
    assert shape("Sedan vilket år gäller avtalet i Älmhult?") != "since"  # in force since: the period's
    assert shape("Sen när gäller avtalet?") != "since"


def test_since_when_is_answered_by_the_sentence_that_says_it(bundled: Engine) -> None:
    answer = asked(bundled, ["Sedan vilket år har Eskilstuna haft samverkansöverenskommelser med polisen?"])
    assert answer.municipality == "eskilstuna" and "sedan 2009" in answer.text
    answer = asked(bundled, ["Since when has Älmhult worked with the police?"])
    assert "since 2015" in answer.text
    answer = asked(bundled, ["Sedan när gäller avtalet i Älmhult?"])  # in force since: the period's
    assert "sedan 2015" not in answer.text and "2024" in answer.text


def test_a_plain_personal_preface_is_who_one_is() -> None:
    assert own_preface.split("Min son går i nian i Laholm. På vilken skola?") == ("Min son går i nian i Laholm.",
                                                                              "På vilken skola?")
    assert own_preface.split("På vilken skola har de trafikdag i Laholm?") is None
    assert own_preface.plain(("min", "son", "gar", "i", "nian", "i", PLACE))
    assert own_preface.plain(("i", "live", "in", PLACE, "with", "my", "kids"))
    assert not own_preface.plain(("min", "son", "blir", "mobbad", "i", "skolan", "i", PLACE))  # a situation told
    assert own_preface.plain(("hej", "jag", "ar", "pappa", "till", "tva", "barn", "i", PLACE))  # a greeting first
    assert not own_preface.plain(("min", "son", "gar", "i", "nian"))  # no kommun named
    assert not own_preface.plain(("laholm", "ar", "fint"))  # not who one is


def test_a_question_after_a_personal_preface_is_answered_as_asked(bundled: Engine) -> None:
    answer = asked(bundled, ["Min son går i nian i Laholm. På vilken skola har de trafiksäkerhetsdag?"])
    assert answer.topic != "help" and "Lagaholmsskolan" in answer.text and "Bris" not in answer.text
    answer = asked(bundled, ["Jag bor i Götene och har barn i skolan. Sedan vilket år används metoden?"])
    assert answer.municipality == "gotene" and "2017" in answer.text and "Bris" not in answer.text
    answer = asked(bundled, ["My son is in year nine in Älmhult. Since what year have they worked together?"])
    assert "2015" in answer.text and "Bris" not in answer.text
    # a situation told first keeps its help lines
    answer = asked(bundled, ["Min son blir mobbad i skolan i Laholm. Vad gör kommunen?"])
    assert answer.topic == "help"


def test_who_signed_in_a_cleft_is_who_signed(bundled: Engine) -> None:
    answer = asked(bundled, ["Vem var det som skrev på medborgarlöftet i Åsele?"])
    assert answer.topic == "people" and "nämns inte" in answer.text.partition("\n\n")[0]


def test_the_probe_finds_named_things_inside_sentences(bundled: Engine) -> None:
    muni = bundled.knowledge.municipalities["svedala"]
    names = named_inside.names_in("Samarbetet sker särskilt i tre forum där både kommunen och polisen ingår: "
                                  "Brottsförebyggande samverkansgrupp (SSPF), Trafiksäkerhetsgruppen och Rådet för "
                                  "trygghet och folkhälsa.", muni)
    assert ("Trafiksäkerhetsgruppen", "forum") in names and ("SSPF", "named") in names
    cases = named_inside.questions(bundled.knowledge, "develop")
    assert {c["mode"] for c in cases} >= {"name", "since", "listed", "unsigned"}
    assert {c["shape"] for c in cases} == {"plain", "preface"}
    case = {"kommun": "svedala", "expect": ["Trafiksäkerhetsgruppen"]}
    assert named_inside.passes(case, {"municipality": "svedala", "text": "… Trafiksäkerhetsgruppen …"})
    assert not named_inside.passes(case, {"municipality": "svedala", "text": "Är du eller någon annan i fara just nu? "
                                                                            "Trafiksäkerhetsgruppen"})


def test_what_is_new_is_the_sentence_that_says_so(bundled: Engine) -> None:
    assert detail_frames.shape("vad ar nytt med harnosands medborgarlofte", ()) == "new"
    assert detail_frames.shape("what is new in harnosands promise", ()) == "new"
    answer = asked(bundled, ["Vad är nytt med Härnösands medborgarlöfte?"])
    assert "för första gången" in answer.text
    answer = asked(bundled, ["What is new in Härnösand's promise?"])
    assert "for the first time" in answer.text
    answer = asked(bundled, ["Vad är nytt med överenskommelsen i Ängelholm?"])  # the new law's requirement
    assert "Enligt lagen" in answer.text
    answer = asked(bundled, ["Vad är nytt i Alingsås löfte?"])  # nothing said to be new: the overview, as before
    assert answer.topic == "focus"


def test_what_the_follow_up_says_is_the_follow_up(bundled: Engine) -> None:
    answer = asked(bundled, ["Vad hann man göra enligt uppföljningen i Jokkmokk?"])
    assert answer.topic == "follow_up" and "trafikkontroller" in answer.text
    answer = asked(bundled, ["What was done according to the follow-up in Jokkmokk?"])
    assert "traffic checks" in answer.text
