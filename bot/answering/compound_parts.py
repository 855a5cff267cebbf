"""A question's words met with an entry's words through their parts, at query time only.

Swedish writes one thing as one word on one side and as two on the other: a resident asks about a
"drogundersökning" and the entry says "drogvaneundersökning", a "trygghetsundersökning" of an entry's
"trygghetsmätning", "narkotikaarbetet" of "arbetet mot narkotika", "skolpolis" of "polis i skolan",
"insatser i trafiken" of "trafikinsatser". A stem compares whole words, so BM25 (passages.py) sees none
of these. `Parts` splits the words the passages hold into a head and a last part, both words the
passages hold themselves, once, when a question first needs it; `expanded` adds to a question's stems:

- for a word no passage holds, its head when its last part is a stopword ("skol|polis", "narkotika|arbetet"),
  and the passages' compounds with the same
  last part whose head begins as its head does ("drog|undersökning" of "drogvane|undersökning");
- for a compound whose last part is a kind of survey, the passages' compounds with the same head and
  another such last part ("trygghets|mätning" of "trygghets|undersökning"): `TAIL_KIN`;
- for a word of `WORD_KIN`, the entries' words for the same act ("utvärderas" of "följs upp"), and for a
  meeting the compounds it ends ("träffas" of "samverkansmöten");
- for two of the question's words, the passages' compound of the one before the other ("trafik" +
  "insatser" of "trafikinsatser");
- for a word whose stem no sentence is ranked by ("möten", whose stem is the stopword "mot"), the
  passages' compounds that end in it ("föräldramöten").

The index and its scores stay as they are: only the question gains words, so a question whose own words
the entry holds is ranked as before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from bot.answering.common_words import STOPWORDS

MIN_HEAD = 3  # "drog|undersökning", "skol|polis"
MIN_TAIL = 4  # "polis", "plan"; shorter last parts are mostly endings ("-ning")
MIN_COMPOUND = 8
MIN_TAIL_FORM = 5  # a last part met in another form shares this many letters ("patrul|lera", "patrul|lering")
PAIR_SPAN = 3  # two words of a question read as one compound at most this far apart ("hundar i skolan" is no pair
# past its third word)
MIN_ENDED = 2  # compounds a word must end to stand for them ("föräldramöten", "dialogmöten")
REMEMBERED = 4096  # questions' words whose gains are kept (then forgotten all at once)
MIN_SHARED_HEAD = 4  # a head that begins another ("drog" of "drogvane") must be this long
# Last parts that name the same kind of thing in compounds (folded): a safety survey is asked as an
# "undersökning", an "enkät" or a "mätning", and the entries write any of them.
TAIL_KIN: dict[str, tuple[str, ...]] = {
    "undersokning": ("matning", "enkat"), "matning": ("undersokning", "enkat"), "enkat": ("undersokning", "matning"),
    "undersokningen": ("matningen", "enkaten"), "matningen": ("undersokningen", "enkaten"),
    "undersokningar": ("matningar", "enkater"), "matningar": ("undersokningar", "enkater"),
    "undersokningarna": ("matningarna", "enkaterna"), "matningarna": ("undersokningarna", "enkaterna"),
}
# The same act or body in other words (folded question words -> the entries' words), of the kind the
# lexicon keeps: "hur utvärderas arbetet?" of "följs upp", "åtar sig" of "lovar", "soc" of "socialtjänsten".
_FOLLOWED = ("uppfoljning", "foljs", "utvarderas", "matning")
_PROMISED = ("lovar", "atagande")
# "hur ofta träffas kommunen och polisen?" of "fyra samverkansmöten per år": a meeting is also the last part
# of the entries' compounds, which are looked up by it (`KIN_IN_COMPOUNDS`).
_MET = ("mote", "moten", "motet", "motena", "meeting", "meetings")
KIN_IN_COMPOUNDS = frozenset(_MET)
WORD_KIN: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("utvardera", "utvarderas", "utvarderar", "utvarderade", "utvarderat", "utvardering",
                     "utvarderingen", "mats", "mater", "matas", "matte", "matt", "matten"), _FOLLOWED),
    **dict.fromkeys(("atar", "atog", "atagit", "atagits", "atagande", "atagandet", "ataganden"), _PROMISED),
    **dict.fromkeys(("soc", "socialen", "socen", "soctjansten"), ("socialtjansten",)),
    **dict.fromkeys(("traffas", "traffades", "motas", "mots", "meet", "meets", "met"), _MET),
}
_LINKS = ("", "a", "e", "s")  # "skol|polis" of "skola", "trygghets|" of "trygghet"


class Parts:
    """The passages' words as heads and last parts: `stem` is the index's stem, `held` the stems the
    index holds."""

    def __init__(self, words: Iterable[str], stem: Callable[[str], str], held: frozenset[str]) -> None:
        self._stem, self._held = stem, held
        self._words = frozenset(w for w in words if w.isalpha())
        self._asked: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._stopped = frozenset(stem(w) for w in STOPWORDS)  # stems the ranking gives no weight
        # The passages' compounds by their last part's stem: (head, the compound's stem).
        self.by_tail: dict[str, list[tuple[str, str]]] = {}
        for word in self._words:
            if len(word) < MIN_COMPOUND:
                continue
            split = self.split(word, head_known=False)  # "drogvane|": the entry's own head need not be a word
            if split is not None:
                head, tail = split
                self.by_tail.setdefault(stem(tail), []).append((head, stem(word)))
        # The last parts' stems by their first letters, for a last part asked in another form.
        self.by_tail_start: dict[str, list[str]] = {}
        for tail_stem in self.by_tail:
            self.by_tail_start.setdefault(tail_stem[:MIN_TAIL_FORM], []).append(tail_stem)

    def known(self, word: str) -> bool:
        """A word of the passages' own, or one their stems hold."""
        return len(word) >= MIN_HEAD and (word in self._words or self._stem(word) in self._held)

    def head_known(self, head: str) -> bool:
        return any(self.known(head[:-1] if link and head.endswith(link) else head + link)
                   for link in _LINKS if not link or len(head) > MIN_HEAD + 1) or self.known(head)

    def split(self, word: str, head_known: bool = True) -> tuple[str, str] | None:
        """The word as a known head (any, when not `head_known`) and the longest known last part, or None."""
        for cut in range(MIN_HEAD, len(word) - MIN_TAIL + 1):
            tail = word[cut:]
            if tail in self._words and (not head_known or self.head_known(word[:cut])):
                return word[:cut], tail
        return None

    def expanded(self, words: Sequence[str]) -> list[str]:
        """The stems the question's folded words (stopwords and places already out) gain through parts,
        none of the words' own stems. Remembered: one message ranks the same words several times."""
        key = tuple(words)
        found = self._asked.get(key)
        if found is None:
            if len(self._asked) >= REMEMBERED:
                self._asked.clear()
            found = self._asked[key] = self._expanded(key)
        return list(found)

    def _expanded(self, words: Sequence[str]) -> tuple[str, ...]:
        stem, out = self._stem, []
        own = {stem(w) for w in words}
        for word in words:
            if len(word) >= MIN_TAIL and (stem(word) not in self._held or stem(word) in self._stopped):
                # A word no sentence is ranked by ("möten" stems to the stopword "mot") stands as the last part
                # of the compounds that end in it as written ("föräldramöten", "samverkansmöten"), when it
                # ends several: one only is most often a split by chance ("vårdnadsha|varen" of "våren").
                ending = {head: compound for head, compound in self.by_tail.get(stem(word), ()) if head + word in self._words}
                out += list(ending.values()) if len(ending) >= MIN_ENDED else []
            if len(word) < MIN_COMPOUND:
                continue
            # A word the passages hold is split only for its kin: a stem cut to ten letters may be another
            # word's ("narkotikaa" of "narkotikaanvändning"), so the whole word is what is looked up.
            unheld = word not in self._words
            split = self.split(word) if unheld else self._held_split(word)
            if split is None:
                continue
            head, tail = split
            if unheld:
                # Its parts alone only when the last part says nothing of its own ("narkotika|arbetet",
                # "skol|polis"): "vapen|våld" is no question about any "våld" an entry names.
                if tail in STOPWORDS:
                    out += [s for s in _head_stems(head, stem) if s in self._held]
                out += [compound for other, compound in self.by_tail.get(stem(tail), ()) if _heads_meet(head, other)]
            for kin in TAIL_KIN.get(tail, ()):
                out += [compound for other, compound in self.by_tail.get(stem(kin), ()) if _roots(head) == _roots(other)]
        for kin in (kin for word in words for kin in WORD_KIN.get(word, ())):
            out.append(stem(kin))
            if kin in KIN_IN_COMPOUNDS:
                out += [compound for _, compound in self.by_tail.get(stem(kin), ())]
        for at, before in enumerate(words):  # "insatser (i) trafiken", "patrullera till fots": the stopwords are out
            for after in words[at + 1:at + 1 + PAIR_SPAN]:
                out += self._joined(after, before) + self._joined(before, after)
        return tuple(s for s in dict.fromkeys(out) if s not in own)

    def _joined(self, head: str, tail: str) -> list[str]:
        """The passages' compounds of `head` before `tail` ("trafik" + "insatser"), the last part in any of its
        forms: a verb asked of the entry's noun ("patrullera" of "fot|patrullering", "kontrollerar" of
        "fordons|kontroller"), one stem beginning the other."""
        if head in STOPWORDS or tail in STOPWORDS or len(head) < MIN_HEAD:
            return []
        wanted, roots = self._stem(tail), _roots(self._stem(head))
        if len(wanted) < MIN_TAIL_FORM:
            return [compound for other, compound in self.by_tail.get(wanted, ()) if _roots(other) == roots]
        return [compound for held in self.by_tail_start.get(wanted[:MIN_TAIL_FORM], ())
                if held.startswith(wanted) or wanted.startswith(held)
                for other, compound in self.by_tail[held] if _roots(other) == roots]

    def _held_split(self, word: str) -> tuple[str, str] | None:
        """A held compound split only when its last part has kin (a survey asked of a mätning)."""
        for tail in TAIL_KIN:
            if word.endswith(tail) and len(word) - len(tail) >= MIN_HEAD:
                return word[:-len(tail)], tail
        return None




def _head_stems(head: str, stem: Callable[[str], str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys((stem(head), stem(head + "a"), *_roots(head))))


def _roots(head: str) -> frozenset[str]:
    """A head without its linking letter: "trygghets" and "trygghet", "skol" and "skola" meet."""
    bare = head[:-1] if len(head) > MIN_HEAD + 1 and head[-1] in "sae" else head
    return frozenset((bare, bare.rstrip("a")))


def _heads_meet(asked: str, held: str) -> bool:
    """The question's head and a compound's: the same root, or one begins the other ("drog", "drogvane")."""
    a, b = _roots(asked), _roots(held)
    if a & b:
        return True
    return any(len(x) >= MIN_SHARED_HEAD and len(y) >= MIN_SHARED_HEAD and (x.startswith(y) or y.startswith(x))
               for x in a for y in b)
