"""Teman: what recurs in residents' own words, with short quotes as stored (that is masked); and the
unanswered questions grouped by the same themes."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from bot.staff.digest.model import Theme, UnansweredGroup
from bot.text import fold, swedish_key

TOP_THEMES = 10
QUOTES = 3
QUOTE_CHARS = 160
# Themes residents' words often fall under, each with the word stems (folded) that count for it.
THEME_STEMS: dict[str, tuple[str, ...]] = {
    "belysning": ("belysning", "mork", "lampa", "lampor", "gatlykt", "gatubelysning", "upplyst", "ljusare",
                  "trasig lampa", "slackt"),
    "fortkörning": ("fortkor", "kor fort", "kors fort", "kor for fort", "hastighet", "rattare", "bilar som kor",
                    "mopeder", "moped", "epa", "a-traktor", "buskor"),
    "narkotika": ("narkotika", "knark", "droger", "drog", "langning", "langar", "hasch", "cannabis", "sprutor"),
    "nedskräpning": ("nedskrap", "skrap", "sopor", "glas pa marken", "krossat glas", "fimpar"),
    "skadegörelse": ("skadegor", "klotter", "vandalis", "sonder", "krossade", "krossad"),
    "alkohol": ("alkohol", "fylla", "berusad", "fulla", "dricker", "langar sprit"),
    "ungdomar": ("ungdomar", "ungdomsgang", "gang", "gang av", "tonaringar"),
    "stölder": ("stold", "stol", "inbrott", "cykelstold", "snatteri"),
    "hot och våld": ("hot", "hotad", "hotfull", "misshandel", "slagsmal", "vald", "kniv", "rån", "ran"),
    "trafik": ("trafik", "overgangsstall", "cykelbana", "korsning", "parkering", "trottoar"),
}
# Words too common to be a theme of their own ("det känns otryggt vid …").
_STOPWORDS = (
    "alltid", "andra", "annan", "annat", "bara", "blir", "borde", "both", "cirka", "eftersom", "efter", "eller",
    "finns", "flera", "fram", "från", "före", "gäller", "gång", "gånger", "gjort", "hela", "helt", "inga", "inget",
    "inte", "kanske", "kommer", "kommun", "kommunen", "känns", "känner", "kvällen", "kvällar", "kvällarna",
    "längs", "mellan", "mycket", "många", "nästan", "också", "ofta", "platsen", "runt", "sedan", "själv", "sina",
    "sitt", "skulle", "slut", "sådan", "sådana", "till", "tycker", "under", "utan", "vara", "varit", "vilket",
    "vill", "väldigt", "åker", "även", "något", "någon", "några", "where", "there", "their", "about", "otryggt",
    "otrygg", "otrygga", "tryggt", "trygg", "trygga", "dagar", "ibland", "senaste", "området", "stationen",
    "verkligen", "behöver", "saknas", "stället", "person", "personer", "detta", "denna", "dessa", "deras",
    "dessutom", "igen", "ingen", "inget", "innan", "medan", "vilken", "vilka", "varför", "samma", "själva",
    "stora", "stort", "lilla", "liten", "litet", "varje", "förbi", "bakom", "framför", "utanför", "närheten",
)
STOPWORDS = frozenset(fold(w) for w in _STOPWORDS)
WORD = re.compile(r"[^\W\d_]{5,}")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
# Inflection endings (folded), longest first: "ungdomarna", "ungdomar" and "ungdomen" are one family.
_ENDINGS = ("arnas", "ernas", "ornas", "arna", "erna", "orna", "ande", "ende", "ens", "ets", "ar", "er", "or",
            "an", "en", "et", "na", "as", "a", "e", "t", "s")
# What masking put in place of a phone number or an e-mail address ("[telefon]"): no resident's word.
_MASKED = re.compile(r"\[[^\]\s]*\]")
_VOWELS = frozenset("aeiouyåäöéü")
_MIN_FAMILY = 4  # letters a family keeps: "bilarna" -> "bilar", not "bil"
CANDIDATES = 12  # concerns remembered per word family, to quote from without repeating a quote


def alternation(terms: Iterable[str]) -> str:
    return "|".join(re.escape(t) for t in sorted(set(terms), key=len, reverse=True))


@lru_cache(maxsize=65536)
def family(word: str) -> str:
    """A word's family: lower case, without its inflection ending ("Ungdomarna", "ungdomar" and
    "ungdomen" -> "ungdom"; "mörkt", "mörka" -> "mörk"). Å, ä and ö stay: "gäng" is not "gång"."""
    lowered = unicodedata.normalize("NFC", word.casefold())
    for ending in _ENDINGS:
        if fold(lowered[-len(ending):]) == ending and len(lowered) - len(ending) >= _MIN_FAMILY:
            lowered = lowered[:-len(ending)]
            break
    # A doubled last consonant counts once: "inbrott", "inbrotten" and "inbrotts" are one family.
    if len(lowered) > _MIN_FAMILY and lowered[-1] == lowered[-2] and lowered[-1] not in _VOWELS:
        lowered = lowered[:-1]
    return lowered


_STOP_FAMILIES = frozenset(family(w) for words in (_STOPWORDS, STOPWORDS) for w in words)
# A word family of these topics is a theme from two concerns; any other word from more (see ThemeCounter).
_TOPIC_STEMS = tuple(sorted({s for stems in THEME_STEMS.values() for s in stems if " " not in s and len(s) >= 4}))


def is_topic(word_family: str) -> bool:
    """Whether a word family is one of the topics residents' concerns are often about (THEME_STEMS)."""
    folded = fold(word_family)
    return folded.startswith(_TOPIC_STEMS) or any(stem.startswith(folded) for stem in _TOPIC_STEMS)


def quotes_in(description: str, wanted: str) -> Iterator[str]:
    """The sentences of a description with a word of the family `wanted`, each shortened to
    QUOTE_CHARS around that word."""
    for sentence in _SENTENCE.findall(description):
        text = " ".join(sentence.split())
        words = _MASKED.sub(lambda masked: " " * len(masked.group(0)), text)
        found = next((m for m in WORD.finditer(words) if family(m.group(0)) == wanted), None)
        if found is None:
            continue
        if len(text) > QUOTE_CHARS:
            start = max(found.start() - QUOTE_CHARS // 2, 0)
            text = ("…" if start else "") + text[start:start + QUOTE_CHARS].rsplit(" ", 1)[0] + "…"
        yield text


def is_place_word(word_family: str, places: frozenset[str]) -> bool:
    """Whether a word family names a place (`places`: folded families): a kommun, locality or
    district, or a word of a place residents typed, or the last part of one ("torget" of
    "Stortorget", "vägen" of "Mjällbyvägen")."""
    folded = fold(word_family)
    if folded in places:
        return True
    return any(len(shorter) >= _MIN_FAMILY and longer.endswith(shorter)
               for place in places
               for shorter, longer in ((folded, place), (place, folded)))


class ThemeCounter:
    """The word families residents use, counted once per concern, with a few concerns each to quote
    from; `themes` ranks them, leaving out stopwords and place names."""

    def __init__(self) -> None:
        self.families: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()  # every form as written (lower case), each time
        self.candidates: dict[str, list[int]] = {}
        self.descriptions: list[str] = []
        self.typed_places: set[str] = set()
        self._typed: set[str] = set()
        self._family: dict[str, str] = {}  # form -> family, "" for a stopword's

    def add(self, description: str, place: str | None) -> None:
        number = len(self.descriptions)
        self.descriptions.append(description)
        if place and place not in self._typed:
            self._typed.add(place)
            self.typed_places.update(fold(family(w)) for w in re.findall(r"[^\W\d_]+", place))
        text = _MASKED.sub(" ", description) if "[" in description else description
        families, forms, cache = self.families, self.forms, self._family
        seen: set[str] = set()
        for form in WORD.findall(text.lower()):
            key = cache.get(form)
            if key is None:
                key = cache[form] = "" if family(form) in _STOP_FAMILIES else family(form)
            if not key:
                continue
            forms[form] += 1
            if key in seen:
                continue
            seen.add(key)
            families[key] += 1
            kept = self.candidates.setdefault(key, [])
            if len(kept) < CANDIDATES:
                kept.append(number)

    def themes(self, place_names: Iterable[str] = (), top: int = TOP_THEMES) -> list[Theme]:
        """The families that recur, largest first: a topic word (THEME_STEMS) from two concerns,
        any other word from three (or one in 200 concerns); never a stopword or a place name. Each
        theme is headed by its most used form, and each quote (a sentence holding a word of the
        family) appears under one theme only."""
        places = frozenset(self.typed_places | {fold(family(w)) for name in place_names for w in name.split()})
        floor = max(3, len(self.descriptions) // 200)
        used: set[str] = set()
        themes: list[Theme] = []
        for key, many in sorted(self.families.items(), key=lambda item: (-item[1], item[0])):
            if len(themes) >= top or many < 2:
                break
            if many < floor and not is_topic(key) or is_place_word(key, places):
                continue
            quotes = self._quotes(key, used)
            if not quotes:  # every sentence with it is quoted under a larger theme already
                continue
            word = max((form for form, of in self._family.items() if of == key),
                       key=lambda form: (self.forms[form], -len(form), form))
            themes.append(Theme(word, many, quotes))
        return themes

    def _quotes(self, key: str, used: set[str]) -> list[str]:
        """Up to QUOTES sentences with a word of the family, none already in `used` (which they join)."""
        quotes: list[str] = []
        for number in self.candidates[key]:
            quote = next((q for q in quotes_in(self.descriptions[number], key) if fold(q) not in used), None)
            if quote is not None:
                used.add(fold(quote))
                quotes.append(quote)
                if len(quotes) == QUOTES:
                    break
        return quotes


def group_unanswered(rows: Sequence[tuple[str, int, str | None, str]]) -> list[UnansweredGroup]:
    """The unanswered questions grouped by theme (the same stems as Teman), else "Övrigt"."""
    stems = {stem: theme for theme, words in THEME_STEMS.items() for stem in words}
    pattern = re.compile(rf"\b(?:{alternation(stems)})")
    groups: dict[str, list[tuple[str, int]]] = {}
    for text, count, _, _ in rows:
        match = pattern.search(fold(text))
        label = stems[match.group(0)].capitalize() if match else "Övrigt"
        groups.setdefault(label, []).append((text, count))
    ordered = sorted(groups.items(), key=lambda item: (item[0] == "Övrigt", -sum(n for _, n in item[1]),
                                                             swedish_key(item[0])))
    return [UnansweredGroup(label, sum(n for _, n in questions), questions) for label, questions in ordered]
