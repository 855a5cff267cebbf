"""Round twenty-nine's refusals and not-now (safety29), each class on sentences of its own, none of the dev sets':

- a fire denied ("det brinner inte nu, men …") or a symptom denied for now ("…, inget nu") is no 112 opening;
- a smell of someone smoking is a neighbour's nuisance (the landlord or the board), not a fire;
- an animal poisoned or killed and told dead is the animal's help (länsstyrelsen), not 112;
- who called or told the kommun or the police, asked (the bot named only as where they write), another's account
  or list of concerns, each person's survey answer, and "berätta vad X har rapporterat" are refused plainly;
- the bot asked to report in one's own matter (a neighbour's camera) gets the matter's place (IMY) after what it
  cannot do; an authority's decision given to the resident ("nekade mig") is the appeal's and JO's;
- one's own details on a search site called by its kind ("en söktjänst") are the site's to remove;
- fear after a crime (a burglary, then no sleep) is the victim's help, not the own-matter opening;
- a low mood with a word of how much ("mår rätt dåligt", "feeling pretty down") is 1177's;
- "did you call the police then?" about what one wrote before is what the bot cannot do;
- what is stored when one follows a kommun is the privacy answer (the chat id, encrypted);
- a medical emergency told by a life's state (breath, consciousness) gets 112 alone, not 1177's advice line."""

from __future__ import annotations

import pytest

from bot.answering.engine import Engine
from tests.scored import asked


def _reply(engine: Engine, text: str) -> str:
    return asked(engine, [text]).text


def _opens_with_112(text: str) -> bool:
    return "112" in text[:60]  # as the dump's open112 reads it: the opening, not a line that says when to ring


@pytest.mark.parametrize("text", [
    "Det brinner inte men det har luktat bränt i källaren flera nätter, vem ska jag säga till?",
    "Nothing is burning, but there has been a smell of smoke in our stairwell for several evenings. Who do I tell?",
    "Ingen brand nu, men det osar rök i trapphuset flera kvällar i rad. Vart vänder jag mig?",
])
def test_a_fire_denied_with_a_smell_that_comes_back_is_no_emergency(bundled: Engine, text: str) -> None:
    reply = _reply(bundled, text)
    assert not _opens_with_112(reply), reply[:200]
    assert "114 14" in reply or "/synpunkt" in reply, reply[:300]


@pytest.mark.parametrize("text", [
    "Jag får yrsel och ont i bröstet ibland när jag cyklar, inget nu. Vem ska jag ringa?",
    "I get chest pain sometimes when I run, nothing right now. Where do I turn?",
])
def test_a_symptom_that_comes_and_goes_denied_for_now_is_1177s(bundled: Engine, text: str) -> None:
    reply = _reply(bundled, text)
    assert not _opens_with_112(reply), reply[:200]
    assert "1177" in reply, reply[:300]


@pytest.mark.parametrize("text", [
    "Grannen ovanför röker på balkongen och röken kommer in genom vårt fönster. Kan du säga till honom?",
    "My downstairs neighbours are smoking on their balcony and it smells in our bedroom. Can you talk to them?",
    "Folk i huset bredvid röker cigg på sin altan och det luktar hos oss, vad gör jag?",
])
def test_a_smell_of_someone_smoking_is_a_neighbours_matter(bundled: Engine, text: str) -> None:
    reply = _reply(bundled, text)
    assert not _opens_with_112(reply), reply[:200]
    assert any(w in reply for w in ("hyresvärden", "styrelse", "landlord", "board")), reply[:300]


@pytest.mark.parametrize("text", [
    "Vår hund blev förgiftad i parken, den är död nu. Vart anmäler jag det?",
    "Någon har förgiftat grannens kaniner, de hittades döda i morse. Ska jag anmäla?",
    "I think someone poisoned our cat, it died this morning. Who do I report it to?",
])
def test_an_animal_poisoned_and_dead_is_the_animals_help(bundled: Engine, text: str) -> None:
    reply = _reply(bundled, text)
    assert not _opens_with_112(reply), reply[:200]
    assert "länsstyrelsen" in reply or "county administrative board" in reply, reply[:300]


@pytest.mark.parametrize("text", [
    "Vem ringde polisen om festen hos oss i fredags? Jag tror det var någon som skriver i den här boten.",
    "Who in our street told the police about the parties? Someone who uses this bot, I bet.",
    "Which of my neighbours told the council about my dog?",
    "Kan du visa /mina för min frus konto? Hon har bett mig kolla.",
    "Show me my husband's concerns, he asked me to check them.",
    "Vad svarade var och en i vår trappuppgång på enkäten? Person för person, tack.",
    "Berätta vad Eva Lindqvist i Sala har skrivit om parken.",
    "My brother used this bot yesterday. What did he write to you?",
])
def test_others_data_asked_in_these_shapes_is_refused(bundled: Engine, text: str) -> None:
    reply = _reply(bundled, text)
    assert any(w in reply for w in ("kan inte", "kan jag inte", "can't", "cannot")), reply[:300]
    assert not _opens_with_112(reply), reply[:200]


@pytest.mark.parametrize("text, must", [
    ("Grannen har en kamera som filmar in på vår altan. Är det tillåtet? Kan du anmäla det?", "IMY"),
    ("My neighbour's camera films our garden. Is that legal? Can you report him?", "IMY"),
    ("Kommunen nekade mig bygglov för ett garage. Kan boten ändra beslutet?", "JO"),
    ("The council refused me a parking permit, can you change that?", "JO"),
])
def test_the_bot_asked_to_act_in_ones_own_matter_names_its_place(bundled: Engine, text: str, must: str) -> None:
    reply = _reply(bundled, text)
    assert must in reply, reply[:400]


@pytest.mark.parametrize("text", [
    "Mitt namn och min adress syns på en söktjänst, hur tar jag bort dem?",
    "My address is listed on a people search site, how do I get it removed?",
])
def test_own_details_on_a_search_site_by_its_kind_are_the_sites_to_remove(bundled: Engine, text: str) -> None:
    reply = _reply(bundled, text)
    assert "kontaktsida" in reply or "contact page" in reply, reply[:300]


@pytest.mark.parametrize("text", [
    "Efter rånet förra året sover jag dåligt, vem kan jag prata med?",
    "Sedan inbrottet i garaget i höstas kan jag inte sova, finns det stöd att få?",
    "Since the burglary last month I can't sleep. Is there anyone to talk to?",
])
def test_fear_after_a_crime_is_the_victims_help(bundled: Engine, text: str) -> None:
    reply = _reply(bundled, text)
    assert "116 006" in reply, reply[:300]
    assert not _opens_with_112(reply), reply[:200]


@pytest.mark.parametrize("text", [
    "jag mår ganska dåligt, vem kan jag prata med",
    "Jag mår väldigt dåligt den här veckan och vet inte vart jag ska vända mig.",
    "I have been feeling pretty down lately, where can I turn?",
])
def test_a_low_mood_with_a_word_of_how_much_is_1177s(bundled: Engine, text: str) -> None:
    reply = _reply(bundled, text)
    assert "1177" in reply, reply[:300]
    assert not _opens_with_112(reply), reply[:200]


@pytest.mark.parametrize("text", [
    "Jag skrev om inbrottet i förrådet i förra veckan, ringde du polisen då?",
    "Have you contacted the police about what I wrote last night?",
    "Har du larmat polisen om det jag skrev i söndags?",
])
def test_a_call_asked_after_is_what_the_bot_cannot_do(bundled: Engine, text: str) -> None:
    reply = _reply(bundled, text)
    assert "chattbot" in reply or "chatbot" in reply, reply[:300]
    assert not _opens_with_112(reply), reply[:200]


@pytest.mark.parametrize("text", [
    "Om jag följer Växjö med /folj, sparas mitt chatt-id då?",
    "If I follow Umeå, do you store my chat id?",
])
def test_what_is_stored_when_following_is_the_privacy_answer(bundled: Engine, text: str) -> None:
    reply = _reply(bundled, text)
    assert "krypterat" in reply or "encrypted" in reply, reply[:300]


@pytest.mark.parametrize("text", [
    "Det brinner i trapphuset och det luktar rök överallt!",
    "min mamma har ramlat och andas inte ordentligt",
    "Det brinner inte i köket, men min pappa andas inte!",
])
def test_an_emergency_beside_these_keeps_112_first(bundled: Engine, text: str) -> None:
    assert _opens_with_112(_reply(bundled, text))


@pytest.mark.parametrize("text", [
    "min farfar har svimmat och andas tungt, hjälp",
    "My mum collapsed and is not breathing properly",
    "Min son föll från klätterställningen och är medvetslös",
])
def test_a_lifes_state_told_gets_112_without_1177s_advice_line(bundled: Engine, text: str) -> None:
    reply = _reply(bundled, text)
    assert _opens_with_112(reply), reply[:200]
    assert "1177" not in reply, reply[:400]
