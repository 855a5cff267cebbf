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
    "writer29c_detail_dev29": (),
    "writer29c_multi_dev29": (
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
        "Strömsunds medborgarlöfte 2024–2025 tar upp n",
    ),
    "writer29d_refusals_dev29": (),
    "writer29d_notnow_dev29": (),
    "writer29d_followups_dev29": (
        "Vem skrev under i Eslöv 2021? / och det nyare",
        "Vad har Helsingborg för samverkansöverenskomm",
    ),
    # The English reply quotes the survey's count as the English source writes it, "1,191 residents"; the case wants
    # the Swedish "1 191" or "1191", wording no correct English reply must use: a miss by the writer's strictness.
    "writer29e_detail_dev29": (
        "How many people answered the survey behind th",
    ),
    "writer29e_multi_dev29": (
        "What are the focus areas of Ale's current pro",
        "Vilka tecknade Gotlands brottsförebyggande öv",
        "Hallstahammar 2024 – who signed, and when?",
        "Which parties signed Valdemarsvik's 2023–2025",
        "Vad skiljer medborgarlöftena 2024 i Habo i Jö",
        "Falun vs Borlänge: vilka platser eller område",
    ),
    "writer29e_places_dev29": (
        "Lilla torg på sommaren – vad gjorde kommunen?",
        "Vad har Engelholm för samverkansavtal?",
        "What does Region Gotland's 2020 promise focus",
        "Vad har polisen lovat i Habo?",
        "What has the police promised in Habo? My sist",
    ),
    "writer29f_premises_dev29": (
        "Huddinges medborgarlöften 2021 sa att otryggh",
        "Ovanåker's citizen promise is about traffic i",
        "Kävlinges överenskomelse med polisen skrevs u",
    ),
    "writer29f_refusals_dev29": (),
    "writer29f_notnow_dev29": (),
    "writer29f_followups_dev29": (
        "What's in Sala's citizen promises for 2024? /",
    ),
}


@pytest.mark.parametrize("case", [param for name, misses in MISSES.items()
                                  for param in dev_params(dev_set(f"{name}.yaml"), known_misses=misses)])
def test_dev29(bundled: Engine, case: Any) -> None:
    assert_case(bundled, case)
