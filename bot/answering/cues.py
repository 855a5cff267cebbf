"""How cues are found in a message: every cue of every CueSet indexed by its first word, so a
message is read once for all of them, and each CueSet's score for it kept while the next ones ask.

A cue is a phrase of folded words. A trailing `*` lets a word run on ("fokus*" matches
"fokusomradena"), a leading `*` lets it start earlier ("*chef*" matches "lokalpolisomradeschef"),
and `~` stands for up to three words in between, for Swedish particle verbs split around their
object ("gar ~ ut" matches "gar avtalet ut"). The cues themselves are declared in lexicon.py and
beside the rules that use them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from bot.text import message_store

Cues = dict[int, tuple[str, ...]]

Word = tuple[str, str]
GAP: Word = ("gap", "")
MAX_GAP = 3
TOKENS_REMEMBERED = 50_000  # distinct words whose cues are kept (a few MB at most)
ONE_SET_TOKENS = 2_000  # the same for one CueSet's own index (many of them, each asked of few words)
# A text asked of more CueSets than this is scored for all of them at once; before, one CueSet at a time:
# a message's own words are asked of hundreds (`score_all`), what a step makes of them ("… nu" with the
# state's words taken out) mostly of one or two, and scoring every CueSet for those cost a third of all the scoring.
ONE_AT_A_TIME = 2


@lru_cache(maxsize=None)  # keyed by the cues' own words (a few thousand), never a message's
def _word(text: str) -> Word:
    if text == "~":
        return GAP
    lead, trail = text.startswith("*"), text.endswith("*")
    kind = "infix" if lead and trail else "suffix" if lead else "prefix" if trail else "exact"
    return kind, text.strip("*")


def _fits(word: Word, token: str) -> bool:
    kind, core = word
    if kind == "exact":
        return token == core
    if kind == "prefix":
        return token.startswith(core)
    if kind == "suffix":
        return token.endswith(core)
    return core in token


def _end(words: tuple[Word, ...], toks: list[str], at: int) -> int | None:
    """Where a cue starting at `at` ends (exclusive), or None. A gap takes as many words as it can
    and gives them back one by one, as the regular expression `(?:\\s+\\w+){0,3}` would."""
    if not words:
        return at
    word, rest = words[0], words[1:]
    if word == GAP:
        for skip in range(min(MAX_GAP, len(toks) - at), -1, -1):
            end = _end(rest, toks, at + skip)
            if end is not None:
                return end
        return None
    if at < len(toks) and _fits(word, toks[at]):
        return _end(rest, toks, at + 1)
    return None


class _Entry:
    """One cue of one CueSet, as the index keeps it; told apart by identity. A plain class with slots:
    the index makes one per cue (thousands) at each process's first message, and a frozen dataclass's
    `__init__` sets each field through `object.__setattr__`."""

    __slots__ = ("key", "order", "words", "tried")

    def __init__(self, cueset: int, weight: int, order: int, words: tuple[Word, ...]) -> None:
        self.key = (cueset, weight)  # cues of one key compete for a start, as one alternation would
        self.order = order
        self.words = words
        # The exact words after the first: all in a message the cue can fit.
        rest = [core for kind, core in words[1:] if kind == "exact"]
        # What scoring a longer cue asks of it, as a tuple, made once: unpacked in the loop faster than
        # read by name. The words after the first when all of them are exact (compared as one slice, with
        # no gap to try) or None, and the words after the first.
        self.tried: _Tried = (frozenset(rest), self.key, order, rest if len(rest) == len(words) - 1 else None,
                              words[1:])


# required, key, order, exact_rest, the words after the first (see _Entry)
_Tried = tuple[frozenset[str], tuple[int, int], int, "list[str] | None", tuple[Word, ...]]


class _Index:
    """Every cue of every CueSet by its first word, so a message is read once for all of them."""

    def __init__(self, cuesets: list[CueSet], remembered: int = TOKENS_REMEMBERED) -> None:
        self.size = len(cuesets)
        self.remembered = remembered
        self.exact: dict[str, list[_Entry]] = {}
        self.prefix: dict[str, list[_Entry]] = {}
        self.suffix: dict[str, list[_Entry]] = {}
        self.infix: list[_Entry] = []
        # Cues of two exact words or more by their first two ("kan du ringa" under ("kan", "du")): a
        # common first word ("kan", "vad", "vilka") starts hundreds of cues, and its next word rules
        # out nearly all of them with one look-up.
        pairs: dict[tuple[str, str], list[_Entry]] = {}
        for number, cueset in enumerate(cuesets):
            for order, (weight, cue) in enumerate(cueset.cues):
                words = tuple(_word(w) for w in cue.split())
                entry = _Entry(number, weight, order, words)
                kind, core = words[0]
                if kind == "exact" and len(words) > 1 and words[1][0] == "exact":
                    pairs.setdefault((core, words[1][1]), []).append(entry)
                elif kind == "infix":
                    self.infix.append(entry)
                else:
                    {"exact": self.exact, "prefix": self.prefix, "suffix": self.suffix}[kind] \
                        .setdefault(core, []).append(entry)
        self.pairs = {pair: tuple(e.tried for e in entries) for pair, entries in pairs.items()}
        self.prefix_lengths = sorted({len(k) for k in self.prefix})
        self.suffix_lengths = sorted({len(k) for k in self.suffix})
        # A token's cues, looked up once: the same words come back message after message, and
        # most of them start no cue at all.
        self._by_token: dict[str, _Starting] = {}

    def _starting(self, token: str) -> _Starting:
        """The cues whose first word fits `token`: those of that one word as (key, order) pairs, the
        first in declared order of each key (the word alone always fits, so it is never tried), and the
        cues of more words, to be tried."""
        known = self._by_token.get(token)
        if known is not None:
            return known
        entries = list(self.exact.get(token, ()))
        for length in self.prefix_lengths:
            if length > len(token):
                break
            entries.extend(self.prefix.get(token[:length], ()))
        for length in self.suffix_lengths:
            if length > len(token):
                break
            entries.extend(self.suffix.get(token[-length:], ()))
        entries.extend(e for e in self.infix if e.words[0][1] in token)
        single: dict[tuple[int, int], int] = {}
        for entry in entries:
            if len(entry.words) == 1 and entry.order < single.get(entry.key, entry.order + 1):
                single[entry.key] = entry.order
        if len(self._by_token) >= self.remembered:
            self._by_token.clear()
        found = self._by_token[token] = (tuple(single.items()), tuple(e.tried for e in entries if len(e.words) > 1))
        return found

    def scores(self, text: str) -> list[int]:
        """Each CueSet's score for `text` (folded tokens joined by spaces)."""
        toks = text.split()
        present = frozenset(toks)  # a cue needing a word the message lacks is never tried
        # (cueset, weight) -> start -> (order, end) of the first cue in declared order that fits there
        starts: dict[tuple[int, int], dict[int, tuple[int, int]]] = {}
        last = len(toks) - 1
        for at, token in enumerate(toks):
            single, longer = self._starting(token)
            for key, order in single:
                group = starts.get(key)
                if group is None:
                    starts[key] = {at: (order, at + 1)}
                elif (known := group.get(at)) is None or known[0] > order:
                    group[at] = (order, at + 1)
            paired = self.pairs.get((token, toks[at + 1]), ()) if at < last else ()
            for tried in (longer, paired) if paired else (longer,):
                for required, key, order, rest, words in tried:
                    if not required <= present:
                        continue
                    group = starts.get(key)
                    if group is None:
                        group = starts[key] = {}
                    elif (known := group.get(at)) is not None and known[0] < order:
                        continue
                    if rest is not None:
                        end: int | None = at + 1 + len(rest)
                        if toks[at + 1:end] != rest:
                            continue
                    else:
                        end = _end(words, toks, at + 1)
                    if end is not None:
                        group[at] = (order, end)
        totals = [0] * self.size
        for (cueset, weight), group in starts.items():
            if len(group) == 1:  # one start: one text
                totals[cueset] += weight
                continue
            # Leftmost matches that do not overlap, counted once per distinct text, as findall would.
            found: set[str] = set()
            position = 0
            for at in sorted(group):
                if at < position:
                    continue
                end = group[at][1]
                found.add(" ".join(toks[at:end]))
                position = end
            totals[cueset] += weight * len(found)
        return totals


# What `_Index._starting` gives for a token: (key, order) of the one-word cues, and the longer cues.
_Starting = tuple[tuple[tuple[tuple[int, int], int], ...], tuple[_Tried, ...]]


_CUESETS: list[CueSet] = []
_INDEX: list[_Index] = []  # emptied when a CueSet is made, built at the next message scored
_ONE_INDEX: dict[int, _Index] = {}  # a CueSet's own index, by its number, built when first asked alone
# The scores of the message's texts (one message is scored by many CueSets in a row): every CueSet's at once,
# or those asked so far of a text asked of few. Emptied when the next message is started (bot/text.py).
_SCORES: dict[str, list[int]] = message_store()
_SOME_SCORES: dict[str, dict[int, int]] = message_store()


def made() -> int:
    """How many CueSets have been made: all at import, none while answering (one made inside a call empties
    the index of all of them, which the next message then builds again)."""
    return len(_CUESETS)


def all_cue_words() -> frozenset[str]:
    """Every word of every cue made so far (for reading slipped letters in them)."""
    return frozenset(word.strip("*") for cueset in _CUESETS for _, cue in cueset.cues for word in cue.split()
                     if word != "~")


def _scores(text: str) -> list[int]:
    # A message is asked of a hundred CueSets or more in a row: the kept scores come first.
    cached = _SCORES.get(text)
    if cached is not None:
        return cached
    if not _INDEX:
        _INDEX.append(_Index(_CUESETS))
    if len(_SCORES) > 256:
        _SCORES.clear()
    cached = _SCORES[text] = _INDEX[0].scores(text)
    return cached


def score_all(text: str) -> None:
    """Score `text` for every CueSet at once now: it is about to be asked of many (a message's own words)."""
    _scores(text)


def _score(text: str, number: int) -> int:
    """One CueSet's score for `text`: from all of them at once when the text is asked of many (or
    already scored so), else from that CueSet's own index (the same cues, so the same score)."""
    kept = _SCORES.get(text)
    if kept is not None:
        return kept[number]
    some = _SOME_SCORES.get(text)
    if some is None:
        if len(_SOME_SCORES) > 256:
            _SOME_SCORES.clear()
        some = _SOME_SCORES[text] = {}
    elif number in some:
        return some[number]
    if len(some) >= ONE_AT_A_TIME:
        return _scores(text)[number]
    index = _ONE_INDEX.get(number)
    if index is None:
        index = _ONE_INDEX[number] = _Index([_CUESETS[number]], ONE_SET_TOKENS)
    score = some[number] = index.scores(text)[0]
    return score


@dataclass(frozen=True)
class CueSet:
    """Weighted cues; `score` adds the weight of each distinct cue text found."""

    cues: tuple[tuple[int, str], ...]
    number: int = field(default=-1, compare=False)

    @classmethod
    def of(cls, cues: Cues) -> CueSet:
        cueset = cls(tuple((weight, cue) for weight, group in cues.items() for cue in group), len(_CUESETS))
        _CUESETS.append(cueset)
        _INDEX.clear()  # built again, with this one, when a message is next scored
        _SCORES.clear()
        return cueset

    # The kept scores looked up here first, without a call: a message is asked of hundreds of CueSets.
    def score(self, text: str) -> int:
        kept = _SCORES.get(text)
        return kept[self.number] if kept is not None else _score(text, self.number)

    def found(self, text: str) -> bool:
        kept = _SCORES.get(text)
        return (kept[self.number] if kept is not None else _score(text, self.number)) > 0

    def may_fit(self, text: str) -> bool:
        """Whether a cue could be found in `text` or in any text made of pieces of it (words taken out):
        False when no cue's first word, stripped of its `*`, is even a part of `text`. A step that makes
        a text from the message only to ask one CueSet of it can skip the making when this is False."""
        firsts = _FIRSTS.get(self.number)
        if firsts is None:
            firsts = _FIRSTS[self.number] = tuple({cue.split()[0].strip("*") for _, cue in self.cues})
        return any(first in text for first in firsts)


_FIRSTS: dict[int, tuple[str, ...]] = {}  # each CueSet's first words (a CueSet's own words, never a message's)
