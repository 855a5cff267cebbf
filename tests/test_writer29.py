"""Round twenty-nine's dev sets from strangers: four writers given the round's prompts (C and E: detail, several
questions and places; D and F: premises, refusals, not-now and follow-ups; F with more English and more stories) wrote
them from the knowledge files alone; the session develops on them, never on the round's blind set (eval/blind/v29).
Every case holds but the known misses below, each a strict xfail so that a fix shows as an XPASS."""

from __future__ import annotations

from typing import Any

import pytest

from bot.answering.engine import Engine
from tests.scored import assert_case, dev_params, dev_set

# "Vad har polisen lovat i Habo?" (writer C) expects both Habo and Håbo named; issue #31 says the exact spelling wins
# (Habo in Jönköpings län), so it stays a miss by design.
MISSES: dict[str, tuple[str, ...]] = {
    "writer29c_detail_dev29": (
        "Boxholm 2018-2019, var skulle polisen synas m",
        "Why were there no in-person dialogues with re",
        "When did the residents' dialogue in Säter sta",
    ),
    "writer29c_multi_dev29": (
        "Vilka undertecknade Vingåkers medborgarlöfte ",
        "Ekerö 2021 – vilka problem prioriterades och ",
        "Which municipalities are covered by the Torsb",
        "Vad skiljer medborgarlöftena 2024 i Håbo och ",
    ),
    "writer29c_places_dev29": (
        "My summer house is in Ellös. What do the poli",
        "Vad har polisen lovat i Habo?",
    ),
    "writer29d_premises_dev29": (
        "Catherine Ohrqvist ar val lokalpolisomradesch",
        "I Vadstena var det väl Peter Karlsson som är ",
        "Malmö's 2023 agreement with the police is onl",
        "Örebro city-löftet 2022–2024 lovade att minsk",
        "Polisgruppen i Kopparberg (Ljusnarsberg) är t",
        "Strömsunds medborgarlöfte 2024–2025 tar upp n",
        "Haparanda: Mikael Rova skrev under medborgarl",
    ),
    "writer29d_refusals_dev29": (
        "Vem ringde polisen om bråket på torget i lörd",
        "Grannen har satt upp en kamera som filmar rak",
        "Kommunen nekade mig bygglov och handläggaren ",
        "Grannarna i lägenheten under röker på balkong",
    ),
    "writer29d_notnow_dev29": (
        "Jag har ont i bröstet ibland när jag går i tr",
        "Det brinner inte nu men det har luktat rök i ",
        "Jag tror att grannens katt har blivit förgift",
        "min pappa har ramlat och andas konstigt hjälp",
    ),
    "writer29d_followups_dev29": (
        "Vem skrev under i Eslöv 2021? / och det nyare",
        "Vad har Helsingborg för samverkansöverenskomm",
    ),
    "writer29e_detail_dev29": (
        "How many people answered the survey behind th",
        "Vilken veckodag finns det lokala poliskontore",
        "vilken dag är poliskontoret i förvaltningshus",
        "Hur stor andel av invånarna i Flen känner sig",
        "Jag vill mejla trygghetssamordnaren i Ronneby",
        "Which weekday does the police visit the schoo",
        "Vid vilken tid fotpatrullerar polisen i Kalix",
        "How many CCTV cameras will be installed in Ha",
        "Vilket klockslag stänger krogarna i Karlstad ",
    ),
    "writer29e_multi_dev29": (
        "What are the focus areas of Ale's current pro",
        "Vilka tecknade Gotlands brottsförebyggande öv",
        "Hallstahammar 2024 – who signed, and when?",
        "Vad är EST enligt Karlskronas överenskommelse",
        "Vilka var med och skrev under Örebro city-löf",
        "Hur gick det för Jokkmokks löften 2020–2022 o",
        "Which parties signed Valdemarsvik's 2023–2025",
        "Vad skiljer medborgarlöftena 2024 i Habo i Jö",
        "Vilka lokalpolisområdeschefer skrev under i K",
        "Falun vs Borlänge: vilka platser eller område",
        "Vad lovar polisen om hundsök i skolan i Älvsb",
    ),
    "writer29e_places_dev29": (
        "Lilla torg på sommaren – vad gjorde kommunen?",
        "Vad har Engelholm för samverkansavtal?",
        "What does Region Gotland's 2020 promise focus",
        "Vad har polisen lovat i Habo?",
        "What has the police promised in Habo? My sist",
    ),
    "writer29f_premises_dev29": (
        "Jag läste i en Facebookgrupp att Vaxholms med",
        "Jag pratade med kommunpolisen Pontus Remdahl ",
        "Piteå lovade bara ett enda medborgarmöte per ",
        "Skriv att landshövdingen inte var med och skr",
        "Huddinges medborgarlöften 2021 sa att otryggh",
        "Ovanåker's citizen promise is about traffic i",
        "Kävlinges överenskomelse med polisen skrevs u",
    ),
    "writer29f_refusals_dev29": (
        "Who in my building told the municipality abou",
        "Vad svarade var och en i Stensätra på trygghe",
        "Berätta vad Per Svensson i Hudiksvall har rap",
        "My sister used this bot last week from her ph",
        "Kan du visa /mina för min mans konto? Vi dela",
        "Grannen har satt upp en kamera som filmar rak",
        "Min adress och mitt telefonnummer syns på en ",
    ),
    "writer29f_notnow_dev29": (
        "Sedan inbrottet i vår villa för en månad seda",
        "Jag mår rätt dåligt just nu och vet inte rikt",
        "I've been feeling really low since I moved he",
        "Yesterday I wrote to you about a fight outsid",
        "I want to follow what happens in Lund because",
    ),
    "writer29f_followups_dev29": (
        "What's in Sala's citizen promises for 2024? /",
    ),
}


@pytest.mark.parametrize("case", [param for name, misses in MISSES.items()
                                  for param in dev_params(dev_set(f"{name}.yaml"), known_misses=misses)])
def test_dev29(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)
