"""A personal preface before a question of the kommun: "Min son går i nian i Tibro. På vilken skola har de
trafiksäkerhetsdag?", "Jag bor i Gnosjö och har barn i skolan. Var …?", "I live in Älmhult with my kids. Since
when …?".

The preface only says who one is: where one lives or has moved, whose child goes to which year or school, what
one works with. Read whole, the model reads a child's or a young person's situation in "min son går i nian" and
the answer is help lines (Bris) instead of the detail asked. Here a message whose sentences before the last are
such a preface (its words all words of living, family, school and work, the kommun's name and small words, in
the first person), and whose last sentence asks, is answered as the question alone, with the preface's kommun
named in it. A preface with any other word ("min son blir mobbad", "vi har fått inbrott") is no plain preface:
the message is read whole, as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.answering.common_words import STOPWORDS
from bot.answering.intents import PLACE
from bot.text import tokens

# The words of a plain personal preface (folded): living and moving, family, school years, work and time.
LIFE = frozenset("""
bor bott bodde boende flyttat flyttade flyttar flytta inflyttad nyinflyttad nyinflyttade uppvuxen vuxit upp
gar gick gatt borjar borjat borjade pluggar studerar jobbar arbetar pendlar
son sonen soner sonerna dotter dottern dottrar dottrarna barn barnen ungar ungarna ungdomar tonaring tonaringar
tonaringen barnbarn barnbarnen familj familjen fru frun sambo sambon make maken maka partner mamma pappa
foralder foraldrar forelder mor far morfar mormor farfar farmor syster bror systern brodern pensionar
skola skolan skolor nian attan sjuan sexan femman fyran trean tvaan ettan klass klassen arskurs gymnasiet gymnasiet
hogstadiet hogstadieskola mellanstadiet lagstadiet forskolan forskola dagis fritids
precis nyss just nu sedan lange ar manader tva tre fyra fem flera manga har hit villa lagenhet hus radhus centrum
stan staden byn kommunen
live lives lived living moved move moving grew up go goes going attends attend started starting study studies work
works working commute son sons daughter daughters kid kids child children teen teenager teenagers family wife
husband partner mum mom dad parent parents grandchild grandchildren retired school schools year years grade nine
eight seven six class middle high primary preschool nursery here just recently now since long two three several
many house flat apartment town city village centre center municipality
""".split())
_FIRST_PERSON = frozenset(("jag", "vi", "min", "mitt", "mina", "var", "vart", "vara", "i", "we", "my", "our", "me"))
_GREETINGS = frozenset(("hej", "hejsan", "halla", "tja", "hi", "hello", "hey"))
# The end of a sentence: . ! ? (or a line break) before the next one.
_END = re.compile(r"(?<=[.!?])\s+|\n+")


def split(text: str) -> tuple[str, str] | None:
    """(the preface, the question after it) of a message with more than one sentence, or None."""
    parts = [p.strip() for p in _END.split(text.strip()) if p.strip()]
    if len(parts) < 2:
        return None
    return " ".join(parts[:-1]), parts[-1]


def plain(preface_masked: Sequence[str]) -> bool:
    """Whether a preface (its folded tokens, places masked) tells only who one is: in the first person, a place
    named, and no word beyond living, family, school, work and small words."""
    words = [t for t in preface_masked if not t.isdigit()]
    while words and words[0] in _GREETINGS:  # "Hej! Jag bor i Ydre."
        words = words[1:]
    return bool(words) and words[0] in _FIRST_PERSON and PLACE in words and all(
        t == PLACE or t in LIFE or t in STOPWORDS for t in words)


def asks(question: str) -> bool:
    """Whether the last sentence asks (a question mark, or a question word first)."""
    toks = tokens(question)
    return question.rstrip().endswith("?") or bool(toks) and toks[0] in _ASKING


_ASKING = frozenset(("vad", "vem", "vilka", "vilken", "vilket", "var", "nar", "hur", "varfor", "sedan", "pa", "finns",
                     "har", "what", "who", "which", "where", "when", "how", "why", "since", "at", "in", "is", "are",
                     "does", "do"))
