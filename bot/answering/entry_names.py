"""A name only one entry holds, asked by itself: "Väsbyhem, vad bidrar de med?", "vad gör Alebyggen med
kommunen?", "what role does Vindelnbostäder have?". A housing company, a partner, a programme or a project
that an entry writes with a capital ("tillsammans med Alebyggen", "Delmosprojektet") is no place, so the
place index (places.py) leaves it out, and the message named no kommun at all: the answer was the bot's
introduction or a list of every kommun whose agreement takes up the subject.

What tells such a name from an everyday word is the knowledge base itself, not a list: it is written with a
capital inside a sentence of an entry, it is in no dictionary of common words, and exactly one entry holds it
(in any case, in any of its sentences). Then the message is about that entry's kommun, as if it were named,
but the name is not said to lie there (it is no place): the reading gets a mention of the kommun with no
`via`. Only when the message names no place, no county or police area, and no kommun is talked about: a
name of the kommun talked about leads nowhere new, and a kommun named beside it is the one asked of.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from bot.answering import derived_cache
from bot.answering.common_words import ENGLISH_WORDS, STOPWORDS, SWEDISH_WORDS
from bot.answering.knowledge import Knowledge, Municipality
from bot.answering.matching import Mention, Place, PlaceScan
from bot.answering.passage_kinds import entry_passages
from bot.text import fold, tokens, without_genitive, word_tokens

MIN_NAME = 8  # a shorter capitalised word ("Tempo", "Snyggt", "Entré") is as often a word: only a partner's name
MIN_PARTNER_NAME = 5  # a partner's or party's own name ("Nobina"); shorter ones are acronyms ("EST", "Brå")
# A capitalised word inside a sentence (not its first word, nor after a sentence's end): a name as written.
_INNER_CAPITAL = re.compile(r"(?<![.!?:;\"”“(•–-]\s)(?<=\s)([A-ZÅÄÖ][a-zåäöéü]+)\b")
_CAPITAL = re.compile(r"\b[A-ZÅÄÖ][a-zåäöéü]+\b")
_LOWER_WORD = re.compile(r"(?<![\w-])[a-zåäöéü]+\b")


class EntryNames:
    """The capitalised names of the entries that exactly one entry holds, folded, and whose entry it is."""

    def __init__(self, knowledge: Knowledge, place_words: Iterable[str] = (), known: Iterable[str] = (),
                 cache: Path | None = None) -> None:
        """`place_words`: the folded words of every place name the resolver knows (a place is its own mention);
        `known`: words residents write (the trained model's), which are words, not one entry's names; `cache`:
        a folder where the names are kept between processes for this knowledge base (derived_cache.py)."""
        places, words = frozenset(place_words), frozenset(known)
        self.names, always = derived_cache.cached(cache, "entry_names", knowledge.fingerprint,
                                                  lambda: _built(knowledge, places, words), (places, words))
        self.always = frozenset(always)

    def entry_of(self, written: Sequence[str], capitals: Sequence[bool]) -> tuple[str, int] | None:
        """The one kommun (id) whose entry alone holds a name among the folded words `written` (`capitals`:
        whether each was written with a capital), and the name's position; None when none does or names of
        two entries are written."""
        found = [(self.names[key], i) for i, word in enumerate(written)
                 if (key := word if word in self.names else without_genitive(word) or "") in self.names
                 and (key in self.always or capitals[i])]
        if not found or len({muni_id for muni_id, _ in found}) > 1:
            return None
        return found[0]

    def led(self, scan: PlaceScan, written: Sequence[str], cased: Sequence[str], talked_about: str | None,
            municipalities: dict[str, Municipality]) -> PlaceScan:
        """`scan` with a mention of the kommun a name of one entry leads to, when the message names no
        place and no kommun is talked about; `scan` as it is otherwise."""
        if talked_about or scan.mentions or scan.regions or scan.twins:
            return scan
        if len(cased) != len(written):
            return scan
        free = [i for i in range(len(written)) if i not in scan.used]
        found = self.entry_of([written[i] for i in free], [cased[i][:1].isupper() for i in free])
        if found is None:
            return scan
        muni = municipalities[found[0]]
        at = free[found[1]]
        # No `via`: the name is a company's or a programme's, not a place said to lie in the kommun.
        place = Place(muni.name, muni.id, "", muni.id)
        return PlaceScan(mentions=[Mention(place, at, at + 1)], near_misses=scan.near_misses, used=scan.used,
                         regions=[], twins=[])


def _built(knowledge: Knowledge, places: frozenset[str], known: frozenset[str]) -> tuple[dict[str, str], list[str]]:
    """The names one entry alone holds (folded name -> kommun id), and those of them that carry their kommun's
    own name (sorted)."""
    held_by: dict[str, set[str]] = {}
    # The words as written, folded once at the end: most of them come back in text after text, and
    # folding each of them anew (and each entry's labels, repeated on every sentence) was most of the
    # build, a fifth of a process's start.
    written_capitalised: set[str] = set()
    written_lower: set[str] = set()  # written in lower case somewhere: a word, not a name
    for muni in knowledge.municipalities.values():
        words: set[str] = set()
        for swedish, text in dict.fromkeys(_texts(muni)):
            words.update(word_tokens(text))
            if swedish:  # the English sentences are ours: their capitals are English days and months
                written_capitalised.update(_INNER_CAPITAL.findall(text))
            written_lower.update(_LOWER_WORD.findall(text))
        for word in words:
            held_by.setdefault(word, set()).add(muni.id)
    capitalised = {fold(w) for w in written_capitalised}
    lower = {fold(w) for w in written_lower}
    # A name the general texts, the helplines or the glossary hold (Brottsofferjouren, a county) is no
    # one entry's.
    general = {w for g in knowledge.general.values() for text in (g.text, g.text_en) for w in tokens(text)}
    general |= {w for h in knowledge.helplines for text in (h.text, h.text_en) for w in tokens(text)}
    general |= {w for line in knowledge.helplines for text in (line.name, line.publisher) for w in tokens(text)}
    general |= {w for t in knowledge.glossary for text in (t.term, t.definition, *t.aliases) for w in tokens(text)}
    general |= {w for county in set(knowledge.all_municipalities.values()) for w in tokens(county)}
    # A police area ("Lokalpolisområde Vällingby") spans several kommuner.
    general |= {w for muni in knowledge.municipalities.values() for w in tokens(muni.police_area or "")}
    partners = {fold(w) for muni in knowledge.municipalities.values() for party in (*muni.parties, *muni.partners)
                for w in _CAPITAL.findall(party.name)}
    capitalised |= partners  # a partner's name is a name from its first word ("Tranemobostäder")
    people = {t for muni in knowledge.municipalities.values() for p in muni.people if p.name
              for t in tokens(p.name)}
    common = STOPWORDS | SWEDISH_WORDS | ENGLISH_WORDS | places | frozenset(people) | lower | general | known
    # A name that carries its kommun's own name ("Väsbyhem", "Alebyggen") is a name however it is written;
    # another ("Delmosprojektet", "Nobina") only when written with a capital, as a partner's name may be a
    # word ("Grannsamverkansföreningar").
    own = {muni.id: {t for name in (muni.name, *muni.aliases, *muni.localities) for t in tokens(name) if len(t) >= 3}
           for muni in knowledge.municipalities.values()}
    names: dict[str, str] = {
        word: next(iter(held_by[word])) for word in capitalised
        if len(word) >= (MIN_PARTNER_NAME if word in partners else MIN_NAME) and word.isalpha()
        and word not in common and f"{word}s" not in general and (without_genitive(word) or "") not in places
        and len(held_by.get(word, ())) == 1}
    return names, sorted(word for word, muni_id in names.items() if any(part in word for part in own[muni_id]))


def _texts(muni: Municipality) -> list[tuple[bool, str]]:
    """Every sentence and label of the entry, and its parties' and partners' names; each with whether it
    is Swedish."""
    out = [(p.language == "sv", t) for p in entry_passages(muni) for t in (p.text, p.label)]
    out += [(True, party.name) for party in (*muni.parties, *muni.partners)]
    return out
