"""A subject asked of the agreement of a year that takes it up only in another year's: "Handlar Mullsjös löfte
2024 om trafiken?" when traffic is a focus area of the 2023 promise only, "hur gick det med löftet 2024 om
trafiksäkerhet?", "har hört att fokus 2024–2025 är narkotika".

The ordinary answer finds the subject's sentence wherever the entry has it, and so shows another year's focus
area as if it answered the year asked. The entry's dates settle it: the agreements the year names (claims.py
reads a year the same way) do not hold the subject in any of their sentences, another of the kommun's
agreements does. The answer then opens by saying that it is not among the areas of the year's agreement and
what those areas are, in the entry's own titles; the other year's sentence follows under its own period.
Only the entry's words decide (a subject held by the year's agreement, by a word or a compound's part, is
never said to be missing), and a message with no year is left as it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.answering import claim_spans, common_words, lexicon, periods
from bot.answering.year_named import named
from bot.answering.compose import join_words, pick
from bot.answering.knowledge import Agreement, Municipality
from bot.answering.passage_index import stem
from bot.answering.passages import Passages
from bot.text import tokens

if TYPE_CHECKING:
    from bot.answering.answer import Answer
    from bot.answering.reading import Reading

# Answers that quote what an agreement takes up; a period, a party or a signer asked is not a subject's.
TOPICS = frozenset(("detail", "focus", "overview", "methods", "follow_up"))
# Passages that tell what an agreement takes up (not its source notes, its parties or its signing).
HOLDING = frozenset(("area", "measure", "quote", "purpose", "basis", "method", "fact"))
# The passages that are an agreement's areas: another year's, shown by the ordinary answer as if the year's.
AREAS = frozenset(("area", "measure"))
# A compound's part counts as the word from this many letters ("trafiksäkerhet" holds "trafik").
MIN_PART = 5
# Question words: a question that has one asks more than yes or no, and its answer opens without "Nej".
ASKING = frozenset(("vad", "vem", "vilka", "vilket", "vilken", "nar", "hur", "varfor", "what", "who", "which", "when",
                    "how", "why"))
# Words that say what an agreement promised or takes up: what follows them is its content.
PROMISING = frozenset(("lova", "lovat", "lovade", "lovar", "lovats", "handlar", "handlade", "fokuserar", "fokuserade",
                       "satsar", "satsade", "promised", "about", "focuses", "focused", "covers", "covered"))
# A promise's noun and its infinitive a few words on ("signed a promise in 2019 to fight …", "ett löfte 2022 att …").
PROMISE_NOUNS = ("lofte", "loftet", "medborgarlofte", "medborgarloftet", "promise")
INFINITIVE = frozenset(("att", "to"))
AREA_KINDS = ("focus_area", "commitment", "other_area", "collaboration_area")


def _held(word: str, held: Sequence[str]) -> bool:
    """The word stands among the sentences' tokens: the same stem, or a compound holding one as a part."""
    wanted = stem(word)
    return any(stem(t) == wanted or len(wanted) >= MIN_PART and wanted in t
               or len(t) >= MIN_PART and word.startswith(stem(t)) for t in held)


def _tokens(found: Passages, muni: Municipality, ids: set[str], language: str, inside: bool) -> list[str]:
    """The tokens of the sentences of the agreements `ids` (inside) or of the others' areas (not inside); a passage
    of no agreement counts as the year's own, as nobody can say it is not."""
    return [t for p in found.of(muni.id, language)
            if (p.kind in HOLDING and (not p.agreement_id or p.agreement_id in ids) if inside
                else p.kind in AREAS and p.agreement_id and p.agreement_id not in ids)
            for t in tokens(f"{p.label} {p.text} {' '.join(p.keywords)}")]


def subject(r: Reading, found: Passages) -> list[str]:
    """The subject words asked of: content words some agreement takes up as a subject, no year, no cue word."""
    return [t for t in r.terms if not t.isdigit() and found.is_subject(t) and not lexicon.is_cue_word(t)]


def elsewhere(r: Reading, muni: Municipality, found: Passages, words: Sequence[str],
              years: Sequence[int]) -> list[Agreement]:
    """The agreements the year asked names, when none holds a word of the subject and another agreement of the
    kommun holds one (whose sentence the ordinary answer would show); else []."""
    if not years or not words:
        return []
    of_year = named(muni, years)
    if not of_year or len(of_year) == len(muni.agreements):
        return []
    ids = {a.id for a in of_year}
    for language in dict.fromkeys((r.language, "sv")):
        if any(_held(w, _tokens(found, muni, ids, language, True)) for w in words):
            return []
    other = _tokens(found, muni, ids, r.language, False) + _tokens(found, muni, ids, "sv", False)
    return of_year if any(_held(w, other) for w in words) else []


def line(agreements: Sequence[Agreement], language: str, asked_yes_no: bool, other_year: bool = True) -> str:
    """That the subject is not among the year's areas, and those areas in the entry's titles."""
    parts = []
    for agreement in agreements:
        kinds = [k for k in AREA_KINDS if any(a.kind == k for a in agreement.areas)]
        areas = [pick(language, a.title, a.title_en or a.title) for a in agreement.areas if kinds and a.kind == kinds[0]]
        titled = periods.titled(agreement, language)
        what = pick(language, "fokusområdena" if kinds[:1] == ["focus_area"] else "punkterna",
                    "focus areas" if kinds[:1] == ["focus_area"] else "points")
        parts.append(pick(language, f"Enligt källan har {titled} de här {what}: {join_words(areas, 'sv')}."
                          if areas else f"Enligt källan anger {titled} inga fokusområden.",
                          f"According to the source, the {titled} has these {what}: {join_words(areas, 'en')}."
                          if areas else f"According to the source, the {titled} names no focus areas."))
    titles = join_words([periods.titled(a, language) for a in agreements], language)
    lead = pick(language, f"Det finns inte med i {titles}." if not asked_yes_no else f"Nej, det finns inte med i {titles}.",
                f"It is not part of the {titles}." if not asked_yes_no else f"No, it is not part of the {titles}.")
    tail = pick(language, "Det som står om det i källan gäller ett annat år:", "What the source says of it is another year's:")
    return " ".join([lead, *parts]) + ("\n\n" + tail if other_year else "")


def opened(r: Reading, answer: Answer, muni: Municipality, found: Passages, years: Sequence[int]) -> Answer:
    """`answer` opened with line() when the subject asked of is another year's only (`years`: those the message
    names, years_asked.asked_years); else as it is."""
    if answer.topic not in TOPICS or not answer.answered:  # (a claim's verdict opens with no area's title, below)
        return answer
    if len({m.place.municipality_id for m in r.known}) > 1:
        return answer
    agreements = elsewhere(r, muni, found, subject(r, found), years)
    ids = {a.id for a in agreements}
    # Only an answer that opens with another agreement's area (its title) passes it off as the year's; one from
    # the entry's other sentences (a survey, the basis) answers something else.
    shown = [t for a in muni.agreements if a.id not in ids for area in a.areas for t in (area.title, area.title_en) if t]
    if not agreements or not answer.text.startswith(tuple(shown)):
        return answer
    # "Handlar löftet 2024 om trafiken?", "har hört att …": answered "Nej"; "hur gick det med …?" is told, not denied.
    asked_yes_no = claim_spans.marked(r.tokens) or not ASKING & set(r.tokens)
    answer.text = line(agreements, r.language, asked_yes_no) + "\n" + answer.text
    return answer


def unheld(words: Sequence[str], claimed: Sequence[str], year: int, muni: Municipality, found: Passages,
           language: str) -> tuple[str, str, list[str]] | None:
    """A claim that dates what was promised ("lovade 2022 att slå till mot narkotikan", "signed a promise in 2019
    to fight burglaries"): when no sentence of the agreement the year names holds a word of what it promised, "Nej"
    and that agreement's areas, never a "Ja" to the year alone. `words`: the claim's content words (claims.py, no
    word of its time), `claimed`: all its words, which must say that something was promised or taken up ("lovade",
    "handlar om", "a promise … to"); None when they do not, name no subject, or that agreement holds one."""
    at = next((i for i, t in enumerate(claimed) if t in PROMISING or t in PROMISE_NOUNS
               and INFINITIVE & set(claimed[i + 1:i + 4])), None)
    if at is None:
        return None
    after = set(claimed[at + 1:])
    subject = [w for w in words if w in after and found.is_subject(w) and not lexicon.is_cue_word(w)
               and w not in common_words.STOPWORDS and w not in common_words.ENGLISH_WORDS]
    of_year = named(muni, [year])
    if not subject or not of_year:
        return None
    ids = {a.id for a in of_year}
    if any(_held(w, _tokens(found, muni, ids, lang, True)) for lang in dict.fromkeys((language, "sv")) for w in subject):
        return None
    return line(of_year, language, True, other_year=False), "focus", list(dict.fromkeys(a.source_id for a in of_year))
