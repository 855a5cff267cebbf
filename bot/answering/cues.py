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

Cues = dict[int, tuple[str, ...]]

Word = tuple[str, str]
GAP: Word = ("gap", "")
MAX_GAP = 3
TOKENS_REMEMBERED = 50_000  # distinct words whose cues are kept (a few MB at most)


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


@dataclass(frozen=True)
class _Entry:
    cueset: int
    weight: int
    order: int
    words: tuple[Word, ...]
    required: frozenset[str]  # the exact words after the first, all in a message the cue can fit


class _Index:
    """Every cue of every CueSet by its first word, so a message is read once for all of them."""

    def __init__(self, cuesets: list[CueSet]) -> None:
        self.size = len(cuesets)
        self.exact: dict[str, list[_Entry]] = {}
        self.prefix: dict[str, list[_Entry]] = {}
        self.suffix: dict[str, list[_Entry]] = {}
        self.infix: list[_Entry] = []
        # Cues of two exact words or more by their first two ("kan du ringa" under ("kan", "du")): a
        # common first word ("kan", "vad", "vilka") starts hundreds of cues, and its next word rules
        # out nearly all of them with one look-up.
        self.pairs: dict[tuple[str, str], list[_Entry]] = {}
        for number, cueset in enumerate(cuesets):
            for order, (weight, cue) in enumerate(cueset.cues):
                words = tuple(_word(w) for w in cue.split())
                entry = _Entry(number, weight, order, words, frozenset(c for k, c in words[1:] if k == "exact"))
                kind, core = words[0]
                if kind == "exact" and len(words) > 1 and words[1][0] == "exact":
                    self.pairs.setdefault((core, words[1][1]), []).append(entry)
                elif kind == "infix":
                    self.infix.append(entry)
                else:
                    {"exact": self.exact, "prefix": self.prefix, "suffix": self.suffix}[kind] \
                        .setdefault(core, []).append(entry)
        self.prefix_lengths = sorted({len(k) for k in self.prefix})
        self.suffix_lengths = sorted({len(k) for k in self.suffix})
        # A token's cues, looked up once: the same words come back message after message, and
        # most of them start no cue at all.
        self._by_token: dict[str, tuple[_Entry, ...]] = {}

    def _starting(self, token: str) -> tuple[_Entry, ...]:
        """The cues whose first word fits `token`, exact ones first, as they are tried."""
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
        if len(self._by_token) >= TOKENS_REMEMBERED:
            self._by_token.clear()
        found = self._by_token[token] = tuple(entries)
        return found

    def scores(self, text: str) -> list[int]:
        """Each CueSet's score for `text` (folded tokens joined by spaces)."""
        toks = text.split()
        present = frozenset(toks)  # a cue needing a word the message lacks is never tried
        # (cueset, weight) -> start -> (order, end) of the first cue in declared order
        starts: dict[tuple[int, int], dict[int, tuple[int, int]]] = {}
        last = len(toks) - 1
        for at, token in enumerate(toks):
            paired = self.pairs.get((token, toks[at + 1]), ()) if at < last else ()
            for entry in (*self._starting(token), *paired) if paired else self._starting(token):
                if not entry.required <= present:
                    continue
                group = starts.setdefault((entry.cueset, entry.weight), {})
                if (known := group.get(at)) is not None and known[0] < entry.order:
                    continue
                end = _end(entry.words[1:], toks, at + 1)
                if end is not None:
                    group[at] = (entry.order, end)
        totals = [0] * self.size
        for (cueset, weight), group in starts.items():
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


_CUESETS: list[CueSet] = []
_INDEX: list[_Index] = []  # emptied when a CueSet is made, built at the next message scored
_SCORES: dict[str, list[int]] = {}  # one message is scored by many CueSets in a row


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
        return (_SCORES.get(text) or _scores(text))[self.number]

    def found(self, text: str) -> bool:
        return (_SCORES.get(text) or _scores(text))[self.number] > 0
