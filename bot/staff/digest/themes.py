"""Teman: what recurs in residents' own words, with short quotes as stored (that is masked); and the
unanswered questions grouped by the same themes."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from bot.staff.digest.model import UnansweredGroup
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
STOPWORDS = frozenset(fold(w) for w in (
    "alltid", "andra", "annan", "annat", "bara", "blir", "borde", "both", "cirka", "eftersom", "efter", "eller",
    "finns", "flera", "fram", "från", "före", "gäller", "gång", "gånger", "gjort", "hela", "helt", "inga", "inget",
    "inte", "kanske", "kommer", "kommun", "kommunen", "känns", "känner", "kvällen", "kvällar", "kvällarna",
    "längs", "mellan", "mycket", "många", "nästan", "också", "ofta", "platsen", "runt", "sedan", "själv", "sina",
    "sitt", "skulle", "slut", "sådan", "sådana", "till", "tycker", "under", "utan", "vara", "varit", "vilket",
    "vill", "väldigt", "åker", "även", "något", "någon", "några", "where", "there", "their", "about", "otryggt",
    "otrygg", "otrygga", "tryggt", "trygg", "trygga", "dagar", "ibland", "senaste", "området", "stationen",
    "verkligen", "behöver", "saknas", "stället", "person", "personer", "detta", "denna", "dessa", "deras",
    "dessutom", "igen", "ingen", "inget", "innan", "medan", "vilken", "vilka", "varför", "samma", "själva",
))
WORD = re.compile(r"[^\W\d_]{5,}")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


def alternation(terms: Iterable[str]) -> str:
    return "|".join(re.escape(t) for t in sorted(set(terms), key=len, reverse=True))



def quote_of(description: str, stem: str) -> str | None:
    """The sentence of a description that holds `stem` (folded), shortened to QUOTE_CHARS."""
    for sentence in _SENTENCE.findall(description):
        if stem in fold(sentence):
            text = " ".join(sentence.split())
            if len(text) > QUOTE_CHARS:
                start = max(fold(text).find(stem) - QUOTE_CHARS // 2, 0)
                text = ("…" if start else "") + text[start:start + QUOTE_CHARS].rsplit(" ", 1)[0] + "…"
            return text
    return None



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
