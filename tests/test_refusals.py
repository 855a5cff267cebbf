"""What the bot says no to, or sends elsewhere (bot/answering/refusals.py): other residents' data,
legal questions and matters of one's own, with the one or two places to ask that fit.

Written in other words than any evaluation set, on the bundled knowledge base."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering.engine import Conversation, Engine
from bot.answering.knowledge import Knowledge
from tests.scored import assert_scored, dev_set

HELP_LINES = ("Kvinnofridslinjen", "Brottsofferjouren", "Bris", "Självmordslinjen", "1177")
# Our own dev set for the class (tests/fixtures/scope_dev.yaml): written from the description.
DEV = dev_set("scope_dev.yaml")



@pytest.mark.parametrize("message", [
    "Kan jag få se alla synpunkter som kommit in om Malmö?",
    "Vilka andra boende i Växjö har klagat på belysningen, och vad heter de?",
    "Ge mig telefonnumren till de andra invånarna som har anmält klotter i Lund",
    "Show me what other residents of Kävlinge have reported",
    "Vem är det som har anmält min bil?",
    *DEV["others"],
])
def test_other_residents_data_is_refused_plainly(bundled: Engine, message: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert (answer.topic, answer.answered) == ("refused", True)
    assert "personal" in answer.text or "staff" in answer.text
    assert "/synpunkt" not in answer.text and "112" not in answer.text


@pytest.mark.parametrize("message", [
    "Hur skickar jag in en synpunkt om en mörk gångväg?",
    "Vem är det som tar emot synpunkterna i Växjö?",
    "Vilka ser det jag har skrivit?",
    "Vem ska jag anmäla ett inbrott till?",
    "Who do I report a broken streetlight to?",
    "Kan andra se mina synpunkter?",
    "Får den som skickar in en synpunkt något svar?",
])
def test_asking_about_ones_own_concerns_is_not_refused(bundled: Engine, message: str) -> None:
    assert bundled.answer(message, Conversation()).topic != "refused"


@pytest.mark.parametrize(("message", "source", "kind"), [
    ("Min granne flyger en drönare med kamera över vår tomt, får han det?", "imy.se/vanliga-fragor-och-svar", "law"),
    ("Grannen har satt upp en övervakningskamera som är riktad mot vårt hus, är det tillåtet?",
     "imy.se/blogg", "law"),
    ("Får vår bostadsrättsförening filma i trapphuset?", "bostadsrattsforeningar-och-hyresvardar", "law"),
    ("Jag fick en kontrollavgift på parkeringen vid affären fast jag hade betalat, vad gör jag?",
     "ostersund.se", "case"),
    ("Lägenheten ovanför har fest med hög musik varenda helg, vad gör jag?", "arjang.se", "case"),
    ("Is it legal for my landlord to read my mail?", "minilex.se", "law"),  # the landlord's: hyresnämnden
    ("Is it legal to sell my old car without a warranty?", "vilhelmina.se", "law"),
    ("Har jag rätt att få tillbaka depositionen från hyresvärden?", "minilex.se", "case"),
])
def test_a_matter_of_ones_own_gets_where_to_ask(bundled: Engine, message: str, source: str, kind: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert (answer.topic, answer.answered) == ("out_of_scope", False)
    assert any(source in s["url"] for s in answer.sources), answer.sources
    assert len(answer.sources) <= 2 and "112" not in answer.text  # no danger: no 112 line
    assert not any(line in answer.text for line in HELP_LINES)  # not the whole list of help lines
    opening = answer.text.split("\n")[0]
    assert ("lagen" in opening or "law" in opening) == (kind == "law")


def test_noise_from_neighbours_gets_the_landlord_and_the_police_not_kvinnofridslinjen(bundled: Engine) -> None:
    answer = bundled.answer("Grannarna bråkar inte men spelar musik på högsta volym varje natt, vad kan jag göra?",
                            Conversation())
    assert "hyresvärden" in answer.text and "polisen" in answer.text
    assert "Kvinnofridslinjen" not in answer.text and answer.text.count("Källa:") == 1


def test_a_threatening_neighbour_is_a_situation_not_a_noise_matter(bundled: Engine) -> None:
    answer = bundled.answer("Grannen trakasserar mig och spelar hög musik för att jävlas", Conversation())
    assert answer.topic == "help" and "Brottsofferjouren" in answer.text


@pytest.mark.parametrize("message", [
    "Finns det kameror i Sölvesborgs överenskommelse?",
    "Vad gör Lund åt störande grannar?",
])
def test_questions_about_an_agreement_are_still_answered_from_it(bundled: Engine, message: str) -> None:
    assert bundled.answer(message, Conversation()).topic != "out_of_scope"


@pytest.mark.parametrize("message", DEV["legal"])
def test_legal_and_personal_case_questions_are_out_of_scope_with_where_to_ask(bundled: Engine, message: str) -> None:
    """Many phrasings of the class: no 112 line, no /synpunkt invitation, one or two places that fit."""
    answer = bundled.answer(message, Conversation())
    assert answer.topic in ("out_of_scope", "case") and not answer.answered, (message, answer.text[:100])
    assert "112" not in answer.text.split("\n")[0] and "/synpunkt" not in answer.text, message
    assert not any(line in answer.text for line in HELP_LINES), message
    assert 1 <= len(answer.sources) <= 2 and all(s["url"].startswith("http") for s in answer.sources), message


@pytest.mark.parametrize(("message", "place"), [
    ("Min hyresvärd vägrar laga fönstret, vad har jag för rättigheter?", "hyresnämnden"),
    ("My landlord wants to evict me without a reason, can he do that?", "rent tribunal"),
    ("Jag köpte en tvättmaskin som gick sönder direkt och butiken säger nej, vad kan jag göra?", "Hallå Konsument"),
    ("Can the seller refuse to refund a broken laptop?", "Hallå Konsument"),
    ("Min dotter fick en ordningsbot för att hon cyklade mot rött, vart vänder vi oss?", "ordningsbot"),
    ("I got a fine from the police for jaywalking, can I appeal it?", "fixed penalty"),
    ("Hur går det med min polisanmälan om stölden? Jag har inte fått något besked", "114 14"),
    ("What happens with my police report now, has it been dropped?", "114 14"),
    ("Kan jag stämma grannen för att hans träd skadade mitt tak?", "advokat"),
    ("Do I need a lawyer if I want to sue the council?", "lawyer"),
])
def test_the_place_to_ask_fits_the_matter(bundled: Engine, message: str, place: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert answer.topic == ("case" if place == "114 14" else "out_of_scope"), (message, answer.text)
    assert place in answer.text, (message, answer.text)
    assert "Kvinnofridslinjen" not in answer.text and ("Källa:" in answer.text or "Source:" in answer.text)


def test_a_law_named_is_not_taken_for_danger_by_the_model(bundled: Engine) -> None:
    answer = bundled.answer("Is it illegal to fly a drone over the town centre at night?", Conversation())
    assert answer.topic == "out_of_scope" and not answer.text.startswith("Are you or someone")


def test_every_matter_has_lines_from_stored_pages(knowledge: Knowledge) -> None:
    for kind in ("drone", "camera", "camera_home", "camera_own", "camera_wildlife", "camera_public", "parking",
                 "neighbours", "legal", "tenancy", "consumer", "fines", "summary_fine", "own_report", "legal_help",
                 "authority_complaint", "own_record"):
        lines = knowledge.helplines_for(kind)
        assert 1 <= len(lines) <= 2, kind
        assert all(line.url.startswith("http") and line.quote and line.date for line in lines)


@pytest.mark.parametrize(("message", "fits", "not_fitting"), [
    ("En kollega trakasserar mig på jobbet varje dag, vad gör jag?", ["Brottsofferjouren"], ["Kvinnofridslinjen", "Bris"]),
    ("Några i min klass på skolan trakasserar mig hela tiden", ["Bris"], ["Kvinnofridslinjen"]),
    ("Mitt ex trakasserar mig med meddelanden, vem kan jag prata med?", ["Kvinnofridslinjen"], ["Bris"]),
])
def test_help_lines_follow_the_situation(bundled: Engine, message: str, fits: list[str],
                                         not_fitting: list[str]) -> None:
    answer = bundled.answer(message, Conversation())
    assert all(line in answer.text for line in fits), answer.text
    assert not any(line in answer.text for line in not_fitting), answer.text


@pytest.mark.parametrize(("message", "not_topic"), [
    ("Vem skrev under avtalet i Kävlinge?", "refused"),  # the agreement's signers, not a resident's data
    ("Vilka har skrivit under i Lund?", "refused"),
    ("Vad har andra kommuner skrivit om trygghet?", "refused"),
    ("Får kommunen veta vem som skickat synpunkten?", "refused"),  # who sees one's own: privacy
    ("Kan min granne se vad jag har skrivit här?", "refused"),
    ("Vad gör socialtjänsten om jag anmäler att grannarnas barn far illa?", "refused"),
    ("Kan det stämma att Lund har ett avtal med polisen?", "out_of_scope"),  # 'stämma' of a fact, not a lawsuit
    ("Får jag lämna en synpunkt om belysningen vid skolan?", "out_of_scope"),
    ("Får jag anmäla att min bil blev repad?", "out_of_scope"),
    ("Kan jag lämna en synpunkt om belysningen vid affären?", "out_of_scope"),
    ("Står det något i Lunds överenskommelse om kameror, och är det lagligt att filma på torget?", "out_of_scope"),
])
def test_questions_near_the_class_are_not_taken_for_it(bundled: Engine, message: str, not_topic: str) -> None:
    assert bundled.answer(message, Conversation()).topic != not_topic, message


@pytest.mark.parametrize("message", [
    "min granne filmar mig varje gång jag går ut och lägger ut det på nätet",
    "Min farbror fick ett sms om böter från 'polisen' och har redan swishat pengarna",
    "Mitt ex hotar mig och säger att han ska stämma mig om jag går till polisen",
])
def test_harassment_or_a_scam_beside_a_legal_word_gets_the_situations_help(bundled: Engine, message: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert answer.topic == "help", (message, answer.text[:100])


# Our own dev set for round 4 of the class (tests/fixtures/refusals_dev4.yaml), in the scorer's format:
# lists, names, contacts and content of others' concerns and survey answers; cameras and drones asked
# as a question of law; a case of one's own under the law (a landlord, a strafföreläggande, a false report).
DEV4 = dev_set("refusals_dev4.yaml")


@pytest.mark.parametrize("case", DEV4, ids=[case["q"][:50] for case in DEV4])
def test_round_four_of_the_class_holds(bundled: Engine, case: dict[str, Any]) -> None:
    """As ../shared/eval/score.py scores a case: every `must` group, no `must_not`, no `not_first` opening."""
    assert_scored(case, bundled.answer(str(case["q"]), Conversation()).text)


@pytest.mark.parametrize(("message", "lines"), [
    ("Min hyresvärd vägrar betala tillbaka depositionen", ("hyresnämnden", "juridiskt ombud")),
    ("Jag har fått ett strafföreläggande som jag inte håller med om", ("åklagarkammare", "juridiskt ombud")),
    ("Någon har polisanmält mig för något jag aldrig gjort, vad gör jag?", ("juridiskt ombud",)),
    ("My landlord refuses to give back my deposit", ("rent tribunal", "legal representative")),
])
def test_a_case_under_the_law_gets_the_place_that_fits_and_the_legal_help_line(
        bundled: Engine, message: str, lines: tuple[str, ...]) -> None:
    answer = bundled.answer(message, Conversation())
    assert answer.topic == "out_of_scope" and all(line in answer.text for line in lines), answer.text
    assert "ordningsbot" not in answer.text and "112" not in answer.text  # one place, no danger line
    assert len(answer.sources) == 2 and not any(line in answer.text for line in HELP_LINES)


def test_the_survey_refusal_says_how_its_answers_are_kept(bundled: Engine) -> None:
    answer = bundled.answer("Vilka har svarat på trygghetsenkäten i Lund? Namnen tack", Conversation())
    assert answer.topic == "refused" and "bara som antal" in answer.text and "kommunens personal" in answer.text
    english = bundled.answer("Which residents answered the safety survey? Give me their names", Conversation())
    assert english.topic == "refused" and "only as counts" in english.text


@pytest.mark.parametrize("message", [
    "vem har skrivit den här boten?",  # the bot's makers are no resident's data
    "Kan jag se var kamerorna sitter i Växjö?",  # where the cameras are: no question of law
    "Hur många har svarat på trygghetsmätningen i Lund?",
    "Vem svarar på frågor om trygghetsmätningen?",
    "Berätta hur jag lämnar synpunkter om gatubelysningen",
    "Har brotten ökat i Kävlinge?",  # a cue word is a spelling target: "brotten" never becomes "botten"
])
def test_near_the_class_but_not_in_it(bundled: Engine, message: str) -> None:
    """Neither the plain no nor a place to ask about the law."""
    answer = bundled.answer(message, Conversation())
    assert answer.topic != "refused" and "Juridiska råd" not in answer.text and "IMY" not in answer.text, message


@pytest.mark.parametrize("message", [
    "Någon bryter sig in hos grannen just nu, jag ser det på min kamera",
    "Det brinner i trapphuset, kameran visar rök",
    "Vem anmälde mig? Han står utanför min dörr med en kniv nu",
])
def test_danger_beside_a_camera_or_a_report_keeps_112_first(bundled: Engine, message: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert answer.topic == "emergency" and "112" in answer.text.split("\n")[0], answer.text[:100]


@pytest.mark.parametrize(("message", "page"), [
    ("Får jag ha en åtelkamera vid min jaktmark som ser stigen?", "naturvardsverket.se"),
    ("Can I have a wildlife camera facing the road by my cabin?", "naturvardsverket.se"),
    ("Får jag sätta upp en kamera som filmar min uppfart?", "imy.se/vagledningar/kamerabevakning/privatpersoner"),
    ("Får pizzerian ha en kamera som filmar gatan?", "imy.se/blogg/inte-fritt-fram"),
    ("Grannen har en kamera riktad mot mitt fönster", "imy.se/blogg/klagomal-pa-grannars"),
    ("Får vi ha kameror i cykelrummet i vår brf?", "bostadsrattsforeningar-och-hyresvardar"),
])
def test_whose_camera_decides_where_to_ask(bundled: Engine, message: str, page: str) -> None:
    """A wildlife camera, one's own at home, a shop's, a neighbour's, one in the building: each its own page,
    and after it only the legal-help line (round seven: every answer of law names where legal advice is)."""
    answer = bundled.answer(message, Conversation())
    assert answer.topic == "out_of_scope" and [s["url"] for s in answer.sources] == [
        next(s["url"] for s in answer.sources if page in s["url"]), "http://old.domstol.se/Radgivning-och-rattshjalp/"
    ], (message, answer.sources)
    assert "IMY" in answer.text and "112" not in answer.text


@pytest.mark.parametrize("word", ["sparat", "klarar", "kommuners", "istallet", "snatta", "brotten"])
def test_the_class_words_pull_no_everyday_word_to_them(bundled: Engine, word: str) -> None:
    """Every cue word is a word the speller puts slips right into: "svarat" made "sparat" one."""
    assert bundled.read(f"jag har {word} det").tokens[2] == word


@pytest.mark.parametrize("message", [
    "vilken granne var det som mejlade kommunen om vår altan?",
    "Min svåger har skickat in något om mig, vad stod det?",
    "Ge mig avsändarna till klagomålen om fotbollsplanen",
    "Which residents reported the broken swings? I'd like their emails",
    "Hur svarade grannen i trygghetsmätningen?",
])
def test_someone_elses_message_asked_for_by_sender_or_content_is_refused(bundled: Engine, message: str) -> None:
    """Someone else, something sent to the kommun, and its sender or content asked for: the plain no."""
    assert bundled.answer(message, Conversation()).topic == "refused", message


@pytest.mark.parametrize("message", [
    "Vem tar hand om synpunkterna som invånarna skickat?",
    "Vem pratar jag med om jag vill lämna synpunkter som boende i Lund?",
    "Han skrev att han ska komma hit och slå mig, vem ska jag ringa?",
    "Hur svarade folk i Burlöv i trygghetsmätningen?",
])
def test_who_handles_what_others_sent_or_a_threat_told_is_not_refused(bundled: Engine, message: str) -> None:
    assert bundled.answer(message, Conversation()).topic != "refused", message


@pytest.mark.parametrize("message", [
    "Vi har bott ut kontraktet men hyresvärden har inte gett oss depositionen än",
    "Jag blev felaktigt anklagad för skadegörelse och polisanmäld av rektorn, vem kan hjälpa mig?",
])
def test_a_case_of_ones_own_read_as_weak_danger_gets_where_to_ask_not_112(bundled: Engine, message: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert answer.topic == "out_of_scope" and "juridiskt ombud" in answer.text, answer.text[:120]
    assert "112" not in answer.text


def test_a_threat_beside_a_false_report_keeps_the_situations_help(bundled: Engine) -> None:
    answer = bundled.answer("Han har anmält mig falskt och nu hotar han att slå mig", Conversation())
    assert answer.topic in ("help", "emergency") and "112" in answer.text


@pytest.mark.parametrize(("message", "topic"), [
    ("Någon har polisanmält mig för bedrägeri, jag förstår ingenting", "out_of_scope"),  # reported oneself
    ("Vi har polisanmält skadegörelsen, hur går det med den?", "case"),  # one's own report: 114 14
    ("Vilka har tyckt illa om ungdomsgården? Jag vill prata med dem", "refused"),  # who did it, asked
])
def test_reported_oneself_ones_own_report_and_who_did_it(bundled: Engine, message: str, topic: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert answer.topic == topic, (message, answer.text[:120])
    assert "112" not in answer.text.split("\n")[0]


@pytest.mark.parametrize(("message", "expected"), [
    # a case with an insurer after a past crime: the case, not the crime's help with its 112 line
    ("Min hemförsäkring nekar ersättning för cykelstölden i våras, kan jag överklaga det?", "rättshjälpslagen"),
    # a demand of one's housing co-op, a debt collector, an inheritance, a divorce
    ("Styrelsen i vår brf kräver att jag tar bort min markis, har de rätt till det?", "ditt eget ärende"),
    ("Ett inkassobolag kräver mig på en skuld jag inte känner till, vad gäller?", "ditt eget ärende"),
    ("We inherited our mother's flat and my sister wants to sell it, what applies?", "your own matter"),
    ("Vi ska skiljas, hur går det till med bilen vi köpt ihop?", "ditt eget ärende"),
    # who pays for damage, what a school may do, an invoice never agreed to
    ("Någons hund bet sönder min cykelsadel, vem ska betala för den?", "rättshjälpslagen"),
    ("Förskolan vägrar ta emot min dotter, får de göra så?", "rättshjälpslagen"),
    ("Jag fick en faktura för ett abonnemang jag aldrig tecknat, måste jag betala?", "Hallå Konsument"),
    # a complaint about how an authority treated one, and one's own entries in the police's register
    ("Polismannen var nedlåtande mot mig på stationen, vart klagar jag?", "JO"),
    ("Hur får jag se vad polisen har om mig i sina register? Jag vill kolla mitt belastningsregister", "belastningsregister"),
])
def test_a_case_of_ones_own_gets_where_to_ask(bundled: Engine, message: str, expected: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert answer.topic == "out_of_scope", answer.text
    assert expected in answer.text and "112" not in answer.text[:80]


@pytest.mark.parametrize("message", [
    "hamnar jag i belastningsregistret om jag får böter för snatteri?",  # what the law does: legal advice
    "Får jag lämna en synpunkt om skolan?",  # a concern, not a school's right over the resident
])
def test_near_the_new_cases_but_not_them(bundled: Engine, message: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert "belastningsregister har om dig" not in answer.text and "JO" not in answer.text
    assert not answer.text.startswith(("Är du eller någon annan i fara", "Are you or someone"))


def test_kommuner_claimed_to_differ_get_the_verdict_turned_round(bundled: Engine) -> None:
    joint = bundled.answer("Orust och Tjörn har väl olika medborgarlöften?", Conversation())
    assert joint.topic == "shared_agreement" and joint.text.startswith("Nej"), joint.text
    apart = bundled.answer("Har Linköping och Norrköping var sitt medborgarlöfte?", Conversation())
    assert apart.text.startswith("Ja"), apart.text


def test_a_question_about_the_police_there_is_no_report(bundled: Engine) -> None:
    answer = bundled.answer("Hur många poliser finns i polisgruppen i Ljusnarsberg?", Conversation())
    assert answer.municipality == "ljusnarsberg" and "fem personer" in answer.text, answer.text
    report = bundled.answer("Hur anmäler man klotter i Lund?", Conversation())
    assert "114 14" in report.text


def test_the_situation_picture_is_no_law(bundled: Engine) -> None:
    answer = bundled.answer("Vilket brott är vanligast i Kinda enligt lägesbilden?", Conversation())
    assert answer.municipality == "kinda" and "Juridiska råd" not in answer.text and "bedräger" in answer.text.lower()


@pytest.mark.parametrize(("message", "expected"), [
    # an event told as done before the case ("efter en olycka"): the case, never the emergency reply
    ("Polisen drog in mitt körkort efter olyckan i somras, hur överklagar jag?", "out_of_scope"),
    # someone of one's own life reading one's mail is no question of who reads what is sent to the bot
    ("Min chef läser mina sms på jobbtelefonen, är det tillåtet?", "out_of_scope"),
    # what a neighbour built, and what is wrong with it
    ("Grannen satte upp ett plank som skymmer allt ljus i vår trädgård, vad kan vi göra?", "out_of_scope"),
    # a report or a suit threatened is no threat to one's body
    ("Hyresvärden hotar att stämma mig för vattenskadan, vad gör jag?", "out_of_scope"),
    ("A neighbour says I scratched his car and is threatening to report me, what happens now?", "out_of_scope"),
    # everyone living on a street, asked for by name
    ("Ge mig namnen på alla som bor på Kvarngatan i Piteå", "refused"),
])
def test_more_cases_of_ones_own_and_others_data(bundled: Engine, message: str, expected: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert answer.topic == expected, answer.text
    assert not answer.text.startswith(("Är du eller någon annan i fara", "Are you or someone"))


@pytest.mark.parametrize("message", [
    "Han hotar mig med kniv och säger att han ska anmäla mig",  # a knife beside a report threatened: 112 first
    "Vad gör Piteå för de som bor på landsbygden?",  # the kommun's work for a group, no one's data
])
def test_danger_and_questions_beside_the_new_shapes_keep_their_reading(bundled: Engine, message: str) -> None:
    answer = bundled.answer(message, Conversation())
    if "kniv" in message:
        assert answer.text.startswith("Är du eller någon annan i fara just nu? Ring 112")
    else:
        assert answer.topic != "refused" and answer.municipality == "pitea", answer.text


@pytest.mark.parametrize("message", [
    "Could you give me the name of the man who reported the robbery in Borås?",  # a report made, no danger now
    "Vem bland grannarna var det som klagade på vår hund?",  # someone among a group, of one's own home
    "Har det kommit synpunkter om vår gård? Vad har folk skrivit?",  # what others wrote
])
def test_who_reported_and_what_others_wrote_are_refused(bundled: Engine, message: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert answer.topic == "refused", answer.text
    assert "112" not in answer.text


def test_ones_own_count_of_concerns_is_no_refusal(bundled: Engine) -> None:
    answer = bundled.answer("Hur många synpunkter har jag skickat?", Conversation())
    assert answer.topic != "refused"


@pytest.mark.parametrize("message", [
    "Riskerar jag att bli av med jobbet om jag anmäler min chef?",  # a consequence at work, asked
    "Får polisen läsa mina sms utan lov?",  # what the police may do, asked below sure
    "Kan kommunen tvinga oss att ta ner staketet?",  # made to do something by a counterpart
    "Our son's father won't let me see my kids on weekends, what can I do?",  # contact with one's children
    "Jag köpte en stulen cykel utan att veta om det, vad händer nu?",  # stolen goods bought
])
def test_yet_more_cases_of_ones_own(bundled: Engine, message: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert answer.topic == "out_of_scope" and "rättshjälp" in answer.text.lower() + answer.text.replace(
        "Legal Aid", "rättshjälp"), answer.text
    assert not answer.text.startswith(("Är du eller någon annan i fara", "Are you or someone", "Är någon i fara"))


@pytest.mark.parametrize(("message", "not_kommun"), [
    ("Ska jag klippa häcken själv?", "klippan"),  # an everyday word one letter from a kommun's name
    ("Jag har ont i nacken efter misshandeln i våras", "nacka"),
])
def test_everyday_words_are_no_kommun(bundled: Engine, message: str, not_kommun: str) -> None:
    assert bundled.answer(message, Conversation()).municipality != not_kommun


@pytest.mark.parametrize("message", [
    # a case the model alone reads as danger: no rule sees any, nothing happens now
    "Hyresvärden vägrar byta dörren som sparkades in vid inbrottet och nu kräver han mer i hyra, vad gäller?",
    # legal help asked for by name beside a scam
    "En firma lurade mig på pengar och jag vill stämma dem, kan jag få rättshjälp?",
    # a craftsman's poor job and the money asked back
    "Snickaren fuskade med altanen och vägrar betala tillbaka, hur kräver jag pengarna?",
])
def test_ones_own_case_beside_a_model_reading_of_danger_or_a_scam(bundled: Engine, message: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert answer.topic == "out_of_scope", answer.text
    assert "112" not in answer.text[:80]


def test_who_runs_the_bot_is_the_bots_fact_and_a_report_asked_of_the_chat(bundled: Engine) -> None:
    runs = bundled.answer("Vem är det som driver den här chattboten?", Conversation())
    assert runs.topic != "refused" and "Trygghetsboten" in runs.text
    report = bundled.answer("Is what I write here a police report? I want to report a stolen bike", Conversation())
    assert "114 14" in report.text


@pytest.mark.parametrize(("message", "kommun"), [
    ("vad har mora för medborgarlöfte", "mora"),  # an everyday word asked what it has: the kommun
    ("vad gör kil mot buskörning", "kil"),
])
def test_a_name_that_is_a_word_asked_what_it_has_is_the_kommun(bundled: Engine, message: str, kommun: str) -> None:
    assert bundled.answer(message, Conversation()).municipality == kommun
