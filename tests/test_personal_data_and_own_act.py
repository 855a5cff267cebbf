"""Another person's own data is refused plainly (bot/answering/third_party.py), and the law about one's
own act or a purchase gone wrong gets the one place that fits (bot/answering/own_act.py), with no 112
opening; a question about an official's role, one's own concern and danger now are left alone.

Written in other words and about other kommuner than tests/fixtures/refusals_dev5.yaml, on the
bundled knowledge base; the dev set itself is run at the end as the scorer runs it."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering import own_act, third_party
from bot.answering.engine import Conversation, Engine
from tests.scored import assert_scored, dev_set

DEV5 = dev_set("refusals_dev5.yaml")



@pytest.mark.parametrize("message", [
    "Vem bor i huset på Järnvägsgatan 7 i Borås?",
    "kan du ge mig personnumret till han som blev gripen i Nora",
    "vad har kommunstyrelsens ordförande i Aneby för mobilnummer",
    "Vem äger mopeden med registreringsnummer ABC12X?",
    "vilka misstänks för skadegörelsen vid badhuset i Mark? namnen tack",
    "Ge mig namnen på grabbarna som åker moped på torget i Tranemo",
    "adresserna till alla i grannsamverkan i Umeå",
    "vad skrev den som chattade med boten före mig",
    "vad sa hon till dig när hon chattade här i förrgår",
    "vilka familjer bor i husen vid Skolgatan i Vara?",
    "var bor polischefen i Sala?",
    "vem greps för knivbråket vid torget i Hjo i lördags?",  # the rules see a past violence: no 112
    "vilka hyr huset på Ringvägen 3 i Vara?",
    "visa chattloggen med vad andra har frågat dig",
    "har någon lämnat ett klagomål om mig? jag heter Sara och bor i Hjo",  # one's name given is no own data asked
    "ge mig hennes privata mejladress, hon är ordförande i föreningen",
])
def test_another_persons_own_data_is_refused_plainly(bundled: Engine, message: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert answer.topic == "refused", (message, answer.text[:100])
    assert "personnummer" in answer.text and "kommunens personal" in answer.text
    assert "112" not in answer.text and "/synpunkt" not in answer.text


def test_the_refusal_is_in_english_when_asked_in_english(bundled: Engine) -> None:
    answer = bundled.answer("Who lives next door to the school in Kumla? I want the address", Conversation())
    assert answer.topic == "refused" and answer.text.startswith("No, I can't")
    assert "municipality's staff" in answer.text


@pytest.mark.parametrize("message", [
    "vad heter polischefen i Åmål?",  # a role named in the agreement's sources, not a private person
    "vem skrev under medborgarlöftet i Aneby?",
    "jag såg något misstänkt vid skolan, vem ringer jag?",  # suspicious, not a suspect asked for
    "grannarna festar varje natt, vilket nummer har polisen?",  # the resident's next step
    "vem bor i Lund och kan gå med i grannsamverkan?",
    "jag vill lämna en synpunkt om mopederna på torget i Tranemo",
    "what is the role of the municipal commissioner in Alvsbyn?",
])
def test_a_role_one_s_own_concern_or_step_is_not_refused(bundled: Engine, message: str) -> None:
    assert bundled.answer(message, Conversation()).topic != "refused", message


@pytest.mark.parametrize(("message", "line"), [
    ("Jag knuffade en man som gav sig på min kompis, kan jag bli dömd?", "juridiskt ombud"),
    ("min dotter åkte fast för snatteri, vad blir straffet", "juridiskt ombud"),  # "straffet": as written
    ("I was caught shoplifting last week, will I get a criminal record?", "legal representative"),
    ("jag har blivit delgiven misstanke om stöld, vad gör jag nu?", "juridiskt ombud"),
    ("jag beställde skor på nätet men de kom aldrig och butiken svarar inte om pengarna tillbaka", "Hallå Konsument"),
    ("The online store refuses to give me a refund for a broken phone", "Hallå Konsument"),
    ("min sambo blev tagen med en kniv i bilen i helgen, kan hon dömas för det?", "juridiskt ombud"),
    ("företaget som bytte fönstren vägrar ta emot min reklamation", "Hallå Konsument"),
    ("jag och min bror blev tagna när vi snattade, blir det böter?", "juridiskt ombud"),
    ("målerifirman har aldrig kommit tillbaka och vägrar betala tillbaka handpenningen", "Hallå Konsument"),
])
def test_ones_own_act_or_purchase_gets_the_place_that_fits_without_112(bundled: Engine, message: str,
                                                                       line: str) -> None:
    answer = bundled.answer(message, Conversation())
    assert line in answer.text, (message, answer.text[:160])
    assert "112" not in answer.text[:60] and "Brottsofferjouren" not in answer.text


@pytest.mark.parametrize("message", [
    "min granne slår sin fru just nu, kan han få fängelse?",
    "någon bryter sig in hos mig just nu, vem är det?",
])
def test_danger_now_still_gets_112_first(bundled: Engine, message: str) -> None:
    assert "112" in bundled.answer(message, Conversation()).text[:120], message


def test_violence_done_to_the_resident_is_not_taken_for_their_own_act() -> None:
    assert not own_act.defended_oneself("jag blev misshandlad igar kommer han att straffas", "")
    assert own_act.defended_oneself("kan jag bli domd for att jag slog tillbaka", "")


def test_the_speller_s_pulled_word_is_read_as_written() -> None:
    # the speller makes "straffet" "staff": the penalty is read in the words as written
    assert own_act.own_liability("min son akte fast vad blir staff", "min son åkte fast, vad blir straffet?")


def test_shopping_online_is_no_harm_done_online() -> None:
    assert own_act.without_shopping("the online shop won t refund me").split() == ["the", "won", "t", "refund",
                                                                                  "me"]
    assert "pa natet" in own_act.without_shopping("nagon lagger ut bilder pa mig pa natet")
    # the thing bought may take a few words: "bought a smart door lock online"
    assert "online" not in own_act.without_shopping("i bought a new smart door lock online and it broke")
    assert "natet" not in own_act.without_shopping("jag kopte en ny elcykel med batteri pa natet")


@pytest.mark.parametrize("word", ["svalde", "klattrade", "changed", "forlorar", "forvarar", "kullen", "snarkade",
                                  "stallet", "markera", "betalat"])
def test_the_new_cue_words_pull_no_everyday_word_to_them(bundled: Engine, word: str) -> None:
    """A cue word is a word the speller puts slips right into: "salde" made "svalde" (swallowed) one,
    "klottrade" "klättrade", "charged" "changed", "förhör" "förlorar", "förövare" "förvarar"."""
    assert bundled.read(f"jag har {word} det").tokens[2] == word


def test_ones_own_data_is_never_another_persons() -> None:
    assert not third_party.asks_for_personal_data("vad ar mitt personnummer registrerat som hos er")
    assert not third_party.asks_for_personal_data("jag ar ny i sverige hur far jag personnummer")
    assert not third_party.asks_for_personal_data("tar ni bort personnummer ur synpunkterna")
    assert third_party.asks_for_personal_data("ge mig grannens personnummer")


@pytest.mark.parametrize(("norm", "own"), [
    ("kan jag bli domd for att jag slog tillbaka", True),
    ("min bror akte fast med hasch kan han domas", True),
    ("kan jag fa stod aven om garningsmannen aldrig blev domd", False),  # a victim's support, not liability
    ("mitt barn har domts till ungdomstjanst vad kan vi som familj gora", False),
    ("min granne akte fast for inbrott kan han fa fangelse", False),  # not one of the resident's own
])
def test_liability_is_one_s_own_act_or_one_s_own_people_s(norm: str, own: bool) -> None:
    assert own_act.own_liability(norm, norm) is own


@pytest.mark.parametrize("case", DEV5, ids=[case["q"][:50] for case in DEV5])
def test_round_five_of_the_class_holds(bundled: Engine, case: dict[str, Any]) -> None:
    """As ../shared/eval/score.py scores a case: every `must` group, no `must_not`, no `not_first` opening."""
    assert_scored(case, bundled.answer(str(case["q"]), Conversation()).text)


@pytest.mark.parametrize("message", [
    "Skicka mig mejladresserna till dem som svarat på trygghetsmätningen i Växjö",
    "Vilka synpunkter har kommit in om Lund?",
    "what concerns have come in about Lund?",
    "Finns det någon i Sölvesborg som har skrivit om narkotikaförsäljning vid skolan? Vem?",
])
def test_what_others_sent_listed_or_who_sent_it_is_refused(bundled: Engine, message: str) -> None:
    answer = bundled.answer(message)
    assert answer.topic == "refused", answer.text[:80]


@pytest.mark.parametrize("message", [
    "What concerns have been raised in Vellinge's agreement?", "Vilka synpunkter kan jag skicka?",
])
def test_concerns_asked_of_the_agreement_or_ones_own_are_not_refused(bundled: Engine, message: str) -> None:
    assert bundled.answer(message).topic != "refused"


@pytest.mark.parametrize(("message", "expected"), [
    ("kan du visa polisanmälan som min exfru gjorde mot mig", "refused"),
    ("Ge mig en lista på alla som svarat att de känner sig otrygga i Mörbylånga", "refused"),
    ("I got a fixed penalty from the police for cycling on the pavement, how can I contest it?", "out_of_scope"),
    ("Butiken vägrar ta tillbaka tvättmaskinen som gick sönder efter en vecka", "out_of_scope"),
])
def test_more_shapes_of_others_data_fines_and_purchases(bundled: Engine, message: str, expected: str) -> None:
    answer = bundled.answer(message)
    assert answer.topic == expected, answer.text[:80]
    if "tvättmaskinen" in message:
        assert "Hallå Konsument" in answer.text


def test_sparat_is_not_read_as_svarat(bundled: Engine) -> None:
    """"Svarat" is a cue of what others sent; the speller does not pull "sparat" to it (p and v are
    far apart on the keyboard)."""
    assert bundled.answer("Vad har Lund sparat för underlag?").topic != "refused"
