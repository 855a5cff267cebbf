"""Whether an agreement can be, or was, extended: "Kan avtalet i Oskarshamn förlängas?", "Kommer Borlänges löfte
att förlängas?", "Är Enköpings medborgarlöfte nytt eller en förlängning?", "Can the agreement be extended?".

The answer is the entry's sentence that says so ("Avtalet kan förlängas med fyra år i taget efter samråd",
"Medborgarlöftet är en förlängning av det tidigare …"), also from the agreement's own quote, which the passages
do not index ("Löftet kan komma att förlängas för år 2023."). An entry that says nothing of it gets that said,
then the period: whether it still applies is what such a question wants to know next.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.answering.compose import pick
from bot.answering.knowledge import Municipality
from bot.answering.lexicon import AGREEMENT_STEMS, CueSet
from bot.answering.passage_kinds import ABOUT_SOURCES, Passage, sentences
from bot.text import fold, genitive

ASKED = CueSet.of({3: ("forlang*", "extend*", "extension", "extensions", "prolong*")})
# How a sentence says it was or may be extended.
_SAID = ("forlang", "extend", "extension", "prolong")


def asked(norm: str) -> bool:
    return ASKED.found(norm)


def of_the_agreement(toks: Sequence[str]) -> bool:
    """The question names the agreement itself ("avtalet", "löftet", "the agreement"), not another thing extended."""
    return any(any(stem in t for stem in AGREEMENT_STEMS) or t in ("det", "den", "it") for t in toks)  # "samverkansavtalet"


def says(text: str) -> bool:
    folded = fold(text)
    return any(word in folded for word in _SAID)


def chosen(muni: Municipality, own: Sequence[Passage], language: str) -> list[Passage]:
    """The entry's sentences on an extension, then its agreements' quoted sentences on one (in Swedish, as written)."""
    said = [p for p in own if p.kind not in ABOUT_SOURCES and says(p.text)]
    held = {fold(p.text) for p in said}
    label = "I källan" if language != "en" else "In the source (in Swedish)"
    quoted = [Passage(muni.id, "source_quote", label, sentence, agreement.source_id, language, agreement.id)
              for agreement in muni.agreements for sentence in sentences(agreement.quote)
              if "forlang" in fold(sentence) and fold(sentence) not in held]
    return [*said, *quoted]


def not_said(muni: Municipality, language: str) -> str:
    return pick(language, f"Om den ska förlängas nämns inte i {genitive(muni.name)} överenskommelse.",
                f"Whether it will be extended is not mentioned in {muni.name}'s agreement.")
