"""The first or the newest of a kommun's agreements, asked by an order word said of it: "när skrevs den första
samverkansöverenskommelsen under?", "vad handlade Sölvesborgs första medborgarlöfte om?", "which years did
Eskilstuna's first citizen promise cover?", "mellan vilka datum gäller den nya överenskommelsen?", "when was the
newest cooperation agreement approved?".

Answered as usual these got every agreement of the kind, newest first (a period answer often the newest alone), so
"den första" was read as the current one and "den nya" stood among the old ones, whose dates then read as its own.
An order word right before the agreement's name ("det första löftet", "the first citizen promise") picks, of the
kind named (of all, when none is), the oldest or the newest; the question is then answered of that one, as
earlier.py answers "det förra". Left to the usual answer: a message that gives a year (the year picks,
agreement_pick.py), a plural ("de senaste löftena" are several), a kind the kommun has one of, who signed (the
people are the entry's, not one agreement's; earlier.py says the same) and what someone said of it (quotes.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answering import claim_spans, quotes
from bot.answering.answer import Answer
from bot.answering.compose import pick
from bot.answering.conversation import Conversation
from bot.answering.followup import AGREEMENT_KINDS
from bot.answering.frame_nouns import ASKED_OF
from bot.answering.knowledge import Agreement, Municipality
from bot.answering.lexicon import AGREEMENT_STEMS
from bot.answering.periods import span

if TYPE_CHECKING:
    from bot.answering.municipality_answers import MunicipalityAnswers
    from bot.answering.reading import Reading

# Folded order words: the oldest ("första", "äldsta", "ursprungliga", "first", "oldest", "original") or the newest
# ("nya", "nyaste", "senaste", "new", "newest", "latest"). "nuvarande"/"current" are left out: the answers already
# lead with the one in force.
FIRST = frozenset(("forsta", "aldsta", "tidigaste", "ursprungliga", "first", "oldest", "earliest", "original"))
NEWEST = frozenset(("nya", "nyaste", "senaste", "new", "newest", "latest"))
# A word of the kind's English name between the order word and the agreement ("the first citizen promise").
_KIND_WORDS = frozenset(("citizen", "citizens", "community", "cooperation", "collaboration", "samverkans"))
# The question words a frame noun follows ("which neighbourhood", "vilket bostadsområde").
_WHICH = frozenset(("vilken", "vilket", "vilka", "which", "what"))
# Plural forms of the agreements' names: "de senaste löftena", "the latest promises" are several, not one.
_PLURAL_ENDINGS = ("loftena", "loften", "kommelser", "erna", "promises", "agreements")


def since(agreement: Agreement) -> dt.date:
    """When an agreement began, as far as its source says (the newest of a kind is the latest)."""
    date = agreement.start or agreement.signed or agreement.end or agreement.source_date
    return date.first_day() if date is not None else dt.date.min


def _plural(name: str) -> bool:
    """"löftena", "medborgarlöften", "överenskommelserna", "avtalen", "promises": several agreements."""
    return name.endswith(_PLURAL_ENDINGS) or name == "avtalen"


def _said_of_agreement(toks: Sequence[str], i: int) -> bool:
    after = list(toks[i + 1:i + 3])
    if after and after[0] in _KIND_WORDS:
        after = after[1:]
    return bool(after) and after[0].startswith(AGREEMENT_STEMS) and not _plural(after[0])


def order(toks: Sequence[str]) -> str | None:
    """"first" or "newest" when an order word is said of an agreement in the message, else None."""
    if any(len(t) == 4 and t.isdigit() for t in toks):
        return None  # "den nya överenskommelsen 2024": the year picks (agreement_pick.py)
    for i, token in enumerate(toks):
        if token in FIRST | NEWEST and _said_of_agreement(toks, i):
            return "first" if token in FIRST else "newest"
    return None


def chosen(r: Reading, muni: Municipality) -> tuple[Agreement, ...] | None:
    """The oldest or newest agreements of the kind named (of all, when none is); None when no order is asked or the
    kind has fewer than two."""
    which = order(r.tokens)
    if which is None:
        return None
    kinds = [kind for kind, cues in AGREEMENT_KINDS.items() if cues.found(r.norm)]
    pool = [a for a in muni.agreements if not kinds or a.kind in kinds]
    if len(pool) < 2:
        return None
    edge = (min if which == "first" else max)(since(a) for a in pool)
    kept = tuple(a for a in pool if since(a) == edge)
    return kept if len(kept) < len(pool) else None


def answer(r: Reading, muni: Municipality | None, answers: MunicipalityAnswers,
           conversation: Conversation) -> Answer | None:
    """The question asked of the first or newest agreement; None when the message names none so, or the usual
    answer is the one (see the module's docstring)."""
    if muni is None or len({m.place.municipality_id for m in r.known}) > 1 or quotes.SAID.found(r.norm):
        return None  # "vad sa hon om det nya löftet?": what she said (quotes.py), of whichever agreement
    if claim_spans.marked(r.tokens):
        return None  # "Eskilstunas nya överenskommelse nämner inget om skjutningar, va?": a claim, checked (claims.py)
    kept = chosen(r, muni)
    if kept is None:
        return None
    # "första", "nya" say which agreement, never a subject to look for in its text; nor does the noun a "which" asks
    # for ("which neighbourhood does the newest promise focus on?"), which the narrowed answer would call missing.
    frame = ASKED_OF & set(r.tokens[i + 1] for i, t in enumerate(r.tokens[:-1]) if t in _WHICH)
    r = replace(r, terms=[t for t in r.terms if t not in FIRST | NEWEST | frame])
    cited = {i for a in kept for i in (a.source_id, *(area.source_id for area in a.areas))}
    sources = tuple(sorted(muni.sources, key=lambda s: s.id not in cited))
    # The first is one the question picked out of the others (its heading is no "senast", its title tells it from
    # them, aspects.py, periods.py); the newest is what the usual answer leads with, only without the rest.
    first = order(r.tokens) == "first"
    narrowed = replace(muni, agreements=kept, sources=sources,
                       left_out=tuple(a for a in muni.agreements if a not in kept) if first else ())
    answered = answers.about(r, [narrowed], r.known, r.unknown, conversation)
    if answered.municipality != muni.id or answered.topic == "people":
        return None
    if first:
        # The oldest the sources know of, said so: a kommun may have had agreements before its sources begin.
        spans = ", ".join(span(a, r.language) for a in kept)
        lead = pick(r.language, f"Det äldsta som källorna nämner för {muni.name} ({spans}):",
                    f"The oldest one the sources name for {muni.name} ({spans}):")
        answered.text = f"{lead}\n\n{answered.text}"
    return answered
