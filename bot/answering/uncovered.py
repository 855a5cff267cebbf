"""A part of the message left unanswered (issue #31 items 1 and 3): the net after the reply is composed.

Across the seen rounds the commonest miss among several questions and detail questions is one clause, or one
subject a clause names, that the reply never touches while the entry holds a sentence that answers it: "Vem skrev
under Tranemos löfte och vilka problem kom fram i medborgardialogerna?" answered with the signers only. The
steps before answer each clause by its aspect; this net reads what they left.

After the reply is composed, each clause that asks (`clauses.told_and_asked`: the question of each, never what
the resident tells before it) is found in the reading's own tokens (the reading's folded, spelt-right tokens and
their place-masked form, aligned with the message as `passages.question` aligns them: no new tokenising). Its
SPECIFIC words are the reading's content terms in it that name what it asks about (`specific`): no aspect's
cue ("fokusområden", "period"), year, frame word ("hur ofta", "enligt", "fler"), kind of place (a place
question's answer names the places) nor passive verb ("togs fram", "upplevs"); a subject some agreement takes
up or a long compound; held by at most `RARE_PASSAGES` of the base's passages (rare over the corpus, not a
theme every list carries) and not by a quarter of the entries (`Passages.specific`); and held by some passage of
the reply's entry. A clause with such words none of which the reply holds (by stem, or inside a reply's
compound; a reply that says the word "nämns inte" holds it) is a gap: the
entry's best passage for those words (BM25 over the clause's masked tokens, `Passages.answering` with the
words as its subject) is added, quoted under its agreement with its source, gaps in the clause's order, one
passage a clause at most. A clause whose subject the entry holds nowhere is left to the steps before (absent.py
says "nämns inte" of the subject asked): said here of a clause's words it was said of frame words ("enligt",
"pekas ut", "före") and lost twelve seen cases that must not say it, so this net adds only what the entry holds.

Never on an answer that is not one entry's answer to a question: an emergency, a refusal, help lines, a claim
checked, a concern taken in, a follow-up prompt, a list of kommuner, an unsure reading (`_ANSWERS` names the
kinds it may follow); never when the message names a kommun other than the reply's; never a passage of another
kommun (only the reply's entry is ranked).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from bot.answering import clauses, compose, detail_frames, details, lexicon, periods, passages as passages_module
from bot.answering.answer import Answer
from bot.answering.intents import PLACE
from bot.answering.knowledge import Knowledge, Municipality
from bot.answering.passage_index import stem
from bot.answering.passages import Passages
from bot.answering.reading import Reading
from bot.text import fold, tokens

# The kinds of answer about one entry that a clause may have been left out of; every other kind (emergency,
# refusal, help, claim, concern, intake, list, unsure, greeting, follow-up prompt, …) is never added to.
_ANSWERS = frozenset(("overview", "focus", "period", "people", "parties", "police", "detail", "methods",
                      "purpose", "follow_up", "source"))
# Words of a question's frame, not of what it asks about: how often, when, which first or last, the town and
# what is local ("hur ofta", "inför 2024", "det första löftet", "vilken del av stan"), and the frames'
# superlatives (detail_frames.py).
_FRAME = frozenset(("ofta", "oftare", "infor", "forsta", "forst", "gang", "ganger", "gangen", "sist", "sista",
                    "senast", "senaste", "tidigare", "lokalt", "lokal", "lokala", "stan", "staden", "stad",
                    "egentligen", "exakt", "konkret", "konkreta", "specifikt", "sedan", "manga", "nagot",
                    "nagra", "finns", "framtiden", "enligt", "kommer", "komma", "kom", "fler", "flera", "mer", "mera",
                    "mindre", "farre", "andra", "ovriga")) | detail_frames.FRAME_WORDS
# A verb in the passive or its past ("togs", "antogs", "reviderades", "redovisas", "följs", "känns"): the
# question's act.
_PASSIVE = re.compile(r"(?:[ae]s|[dgjnrtv]s)$")
# At most this many of the base's passages (about 4,700 Swedish sentences) hold a specific word: "narkotika",
# "otrygga", "lägesbild", "barn" are themes many entries' lists and fixed answers carry, not a detail one clause
# asks of this entry's text ("veckovisa", "landshövding", "nattvandring", "hastighetstavla").
RARE_PASSAGES = 100
LONG_WORD = 9  # letters of a word no agreement takes up as a subject that still names one ("medborgardialogerna")
MIN_WORD = 4  # letters of a specific word: shorter ones are particles the stopword list lacks
MIN_PART = 5  # letters of a stem looked for inside a reply's longer word ("dialog" in "medborgardialogerna")
MAX_CLAUSES = 4  # as clauses.MAX_CLAUSES: more is a list of words, not of questions

# How a claim's answer opens (claims.py, figure_claims.py): a verdict, never to be added to.
_VERDICTS = ("Nej", "Ja,", "Ja.", "Ja ", "Det stämmer", "Det kan jag inte", "No,", "Yes,", "That is")


@dataclass(frozen=True)
class Gap:
    """One asked clause the reply left: its place-masked tokens and its specific words the entry holds."""

    masked: tuple[str, ...]
    words: tuple[str, ...]


def asked_clauses(r: Reading) -> list[tuple[list[str], list[str]]]:
    """Each clause that asks, as (its reading tokens, its masked tokens), in order; [] when one is not found in
    the message as written (the clause reader mended it), so nothing is guessed."""
    parts = [asked for _, asked in clauses.told_and_asked(r.text) if asked]
    if len(parts) > MAX_CLAUSES:
        return []
    found: list[tuple[list[str], list[str]]] = []
    cursor = 0
    toks, masked = r.tokens, r.masked
    if len(tokens(r.text)) != len(toks):
        return []
    for part in parts:
        at = r.text.find(part, cursor)
        if at < 0:
            return []
        start, size = len(tokens(r.text[:at])), len(tokens(part))
        # a token cut by the find (a part beginning inside a word) would misalign: the clause is then left
        if len(tokens(r.text[:at + len(part)])) != start + size:
            return []
        found.append((toks[start:start + size], masked[start:start + size]))
        cursor = at + len(part)
    return found


def _reply_stems(text: str) -> tuple[frozenset[str], tuple[str, ...]]:
    words = [w for w in tokens(text) if len(w) > 1]
    return frozenset(stem(w) for w in words), tuple(w for w in words if len(w) >= MIN_PART)


def _held_by_reply(word: str, stems: frozenset[str], long_words: tuple[str, ...]) -> bool:
    s = stem(word)
    return s in stems or (len(s) >= MIN_PART and any(s in w for w in long_words))


def specific(word: str, found: Passages) -> bool:
    """Whether a content word of a clause names what it asks about: no particle, year, aspect's cue, frame word,
    kind of place (a place question's answer names the places, not the kind), nor a passive verb; a word the
    agreements take up as a subject, or a long one (a compound naming a thing); and rare (`RARE_PASSAGES`)."""
    if (len(word) < MIN_WORD or word.isdigit() or word in _FRAME or lexicon.is_cue_word(word)
            or detail_frames.a_place_kind(word) or _PASSIVE.search(word)):
        return False
    return (found.is_subject(word) or len(word) >= LONG_WORD) and len(found.holding([word])) <= RARE_PASSAGES


def gaps(r: Reading, reply: str, muni_id: str, found: Passages) -> list[Gap]:
    """The asked clauses of `r` whose specific words the reply holds none of, in order (see the module's doc)."""
    language = r.language if r.language in ("sv", "en") else "sv"
    wanted = set(r.terms)
    if not wanted:
        return []  # a clause's words are of the reading's terms: with none, no clause has any (its split not needed)
    # The reply's stems, made for the first clause with words to look for: most clauses have none.
    held_by: tuple[frozenset[str], tuple[str, ...]] | None = None
    left: list[Gap] = []
    for toks, masked in asked_clauses(r):
        words = [t for t, m in zip(toks, masked) if m != PLACE and t in wanted and specific(t, found)]
        words = list(dict.fromkeys(found.specific(words)))
        if not words:
            continue
        stems, long_words = held_by = held_by or _reply_stems(reply)
        if any(_held_by_reply(w, stems, long_words) for w in words):
            continue
        held = [w for w in words if found.holds(muni_id, w, language)]
        if held:
            left.append(Gap(tuple(masked), tuple(held)))
    return left


def may_add(r: Reading, answer: Answer, knowledge: Knowledge) -> Municipality | None:
    """The reply's entry, when the net may add to it (the module's doc); else None."""
    muni = knowledge.municipalities.get(answer.municipality or "")
    if (muni is None or r.language != "sv" or not muni.agreements or answer.topic not in _ANSWERS
            or r.rules is not None or r.decision().action != "question"):
        return None
    if answer.text.startswith(_VERDICTS):
        return None  # a claim checked: its verdict and the fact that settles it are the answer
    if any(m.place.municipality_id != muni.id for m in r.known) or r.unknown:
        return None  # another kommun named: its passages are never this entry's to add
    return muni


def added(r: Reading, answer: Answer, knowledge: Knowledge, found: Passages, today: dt.date) -> Answer:
    """The answer with the entry's passage for each clause it left."""
    muni = may_add(r, answer, knowledge)
    if muni is None:
        return answer
    language = r.language if r.language in ("sv", "en") else "sv"
    extra: list[str] = []
    sources = list(answer.sources)
    body = fold(answer.text)
    for gap in gaps(r, answer.text, muni.id, found):
        # "vilka år omfattar det?" answered with the period: its verb is the period's frame, no subject left out
        words = [w for w in gap.words if not (answer.topic == "period" and w in periods.FRAME_WORDS)]
        if not words:
            continue
        best = found.answering(muni.id, list(gap.masked), language, subject=words)[:1]
        if not best or fold(best[0][1].text) in body:
            continue
        text, ids = passages_module.quoted(muni, best, language)
        own = compose.sources_of(muni, ids)
        sources.extend(s for s in details.source_dicts(own) if s not in sources)
        extra.append(text + ("\n\n" + compose.source_line(own, language, today) if own else ""))
        body += " " + fold(best[0][1].text)
    if not extra:
        return answer
    return Answer(answer.answered, answer.municipality, answer.topic, "\n\n".join([answer.text, *extra]),
                  sources=sources, suggestions=answer.suggestions, language=answer.language,
                  follow_ups=answer.follow_ups)

