"""How a place's name is written in a message besides its own spelling: a county with or without "län"
(and in English, "Jönköping County"), a police area after its word, a district's name in lower case
when its ending makes it a place, the people of a kommun called after it ("söderhamnare"), and å/ä/ö
written as "aa"/"ae"/"oe" as keyboards without them do ("Malmoe", "Vaexjoe", "Aare")."""

from __future__ import annotations

import re
from collections.abc import Collection, Container, Iterable

from bot.text import fold, tokens, without_genitive

# A district's name ending in one of these words is a place also written in lower case ("torpaområdet",
# "hjultorget", "skäggetorp"); a short one may be an everyday word ("salen", "insjön", "berga").
PLACE_ENDINGS = ("omradet", "torget", "centrum", "gatan", "vagen", "parken", "torp", "holmen", "hyttan",
                 "fjallen", "gymnasiet")


def unmistakable_district(key: str) -> bool:
    return len(key) >= 9 and key.endswith(PLACE_ENDINGS)


# Words that put a place after them ("jag bor i hageby", "från åsbro", "flyttat till norrliden", "in hageby").
PLACING_WORDS = frozenset(("i", "pa", "vid", "fran", "till", "kring", "runt", "utanfor", "nara", "for", "in", "at",
                           "from", "to", "near", "around"))
# Districts' names an entry writes that are, as a resident writes them in lower case (with or without
# å/ä/ö), everyday words or a method or an association rather than a place ("vi badade i insjön", "svarta
# bilar", "backa ut", "i salen", "flöda"; "i sälen" is the resort): in lower case these stay words; capitalised,
# or written with the place's own letters where the word has none ("svartå"), they are the district.
EVERYDAY_WORDS = frozenset(("backa", "berga", "insjön", "insjon", "salen", "svarta", "flöda", "noret",
                            "hamnplan", "huskurage", "hyresgästföreningen", "hyresgastforeningen", "våga värna",
                            "vaga varna", "solgården", "solgarden"))


# Words that put a district after them as what is asked or told about ("vad står det om lönsboda", "is there
# anything about oxhagen", "walking through rosengård"): a lower-case district's name there is the place too,
# though they are no placing words for a word near a name (`matching._fuzzy`).
ABOUT_WORDS = frozenset(("om", "about", "genom", "through"))


def placed_district(key: str, written: Iterable[str], before: str, start: int) -> bool:
    """A district's name in lower case that still reads as a place: it opens the message
    ("långshyttan otrygga platser") or follows a word that places ("jag bor i hageby") or says what is
    asked about ("vad står det om lönsboda"), and is written otherwise than an everyday word (`written`:
    how the message spells the words that fold to `key`)."""
    if not (start == 0 or before in PLACING_WORDS or before in ABOUT_WORDS):
        return False
    spellings = set(written) or {key}
    return not spellings <= EVERYDAY_WORDS


# What the people of a place are called after its name: "malmöbo", "malmöborna", "göteborgare",
# "göteborgarna", with a genitive s between for some ("norrköpingsbor").
RESIDENT_ENDINGS = ("borna", "boende", "bon", "bor", "bo", "arna", "aren", "are")


def resident_stems(token: str) -> list[str]:
    """The names a resident word may be made of: "söderhamnare" → ["söderhamn"], "norrköpingsbor" →
    ["norrköpings", "norrköping"]."""
    stems = []
    for ending in RESIDENT_ENDINGS:
        if token.endswith(ending) and len(token) > len(ending) + 3:
            stem = token[: -len(ending)]
            stems.append(stem)
            if stem.endswith("s"):
                stems.append(stem[:-1])
    return stems


def county_keys(counties: set[str], places: set[str]) -> dict[str, str]:
    """How a message writes a county: "Skåne län", "Skåne", "Västra Götaland", "Hallands",
    "Sörmland". A short form that is also a municipality's name ("Stockholm", "Kalmar", "Gotland")
    counts as the county only with "län" after it."""
    keys: dict[str, str] = {}
    for county in counties:
        words = tokens(county)
        keys[" ".join(words)] = county
        stem = words[:-1] if words[-1] == "lan" else words
        bare = without_genitive(stem[-1])
        names_a_municipality = " ".join([*stem[:-1], bare or stem[-1]]) in places or " ".join(stem) in places
        for short in (stem, [*stem[:-1], bare] if bare else None):
            key = " ".join(short) if short else ""
            if key and not names_a_municipality:
                keys[key] = county
            if key:  # "Jönköping County", "Kalmar county": the county in English, whatever the short form names
                keys[f"{key} county"] = county
    if "Södermanlands län" in counties:
        keys["sormland"] = "Södermanlands län"
    # The landskap's adjective, where the landskap and the county are one ("Älmhult är väl en skånsk kommun?",
    # "vilka skånska kommuner …"); not "småländsk" or "uppländsk", whose landskap lies in several counties.
    for county, adjective in _COUNTY_ADJECTIVES.items():
        if county in counties:
            for ending in ("", "a", "t"):
                keys[adjective + ending] = county
    return keys


_COUNTY_ADJECTIVES = {
    "Skåne län": "skansk", "Hallands län": "hallandsk", "Blekinge län": "blekingsk", "Gotlands län": "gotlandsk",
    "Värmlands län": "varmlandsk", "Jämtlands län": "jamtlandsk", "Östergötlands län": "ostgotsk",
    "Södermanlands län": "sormlandsk", "Västmanlands län": "vastmanlandsk", "Västra Götalands län": "vastgotsk",
    "Norrbottens län": "norrbottnisk", "Västerbottens län": "vasterbottnisk"}


def police_area_keys(areas: Iterable[str]) -> dict[str, str]:
    """A local police area as written after "lokalpolisområde"; "Luleå/Boden" is also either half."""
    keys: dict[str, str] = {}
    for area in areas:
        if area:
            keys.setdefault(" ".join(tokens(area)), area)
    return keys


# "Malmoe", "Goeteborg", "Aare": ö, ä and å spelled out, as on a keyboard without them (and in English texts).
_SPELLED_OUT = re.compile(r"\b[A-Za-z]*(?:oe|ae|aa)[A-Za-z]*\b", re.IGNORECASE)
_LETTERS = {"oe": "ö", "ae": "ä", "aa": "å", "Oe": "Ö", "Ae": "Ä", "Aa": "Å", "OE": "Ö", "AE": "Ä", "AA": "Å"}


def spelled_out(text: str, names: Container[str]) -> str:
    """The text with a word that names a place once its "oe"/"ae"/"aa" are ö/ä/å written so ("Malmoe" ->
    "Malmö"); a word that is a name as written, or none either way ("does", "Joel"), is left. A name with
    letters added ("Malmoe") is otherwise no typo of the name (matching.py's fuzzy step), so it is read here."""
    def restored(match: re.Match[str]) -> str:
        word = match.group(0)
        key = fold(word)
        if key in names or (without_genitive(key) or "") in names:
            return word
        changed = re.sub(r"oe|ae|aa", lambda m: _LETTERS.get(m.group(0), _LETTERS[m.group(0).lower()]), word,
                         flags=re.IGNORECASE)
        new = fold(changed)
        return changed if new in names or (without_genitive(new) or "") in names else word
    low = text.lower()
    return _SPELLED_OUT.sub(restored, text) if "oe" in low or "ae" in low or "aa" in low else text


# Words that ask, after a name that opens the message: "biskopsgården vad gör polisen där".
ASKING_AFTER = frozenset(("vad", "vem", "vilka", "vilket", "hur", "nar", "finns", "har", "what", "who", "how",
                           "which", "is", "are", "does", "do"))


def heading(cased: list[str], start: int, end: int, text: str) -> bool:
    """A district in lower case that opens the message as its heading ("rosengård, vad lovar polisen där?",
    "biskopsgården vad gör polisen där"): typed quickly, a place all the same; inside a sentence a lower-case
    district's name is more often a word ("backa", "berga")."""
    if start != 0 or end >= len(cased):
        return False
    set_apart = re.match(rf"\s*{re.escape(' '.join(cased[:end]))}\s*[:,?–—-]", text, re.IGNORECASE) is not None
    return set_apart or fold(cased[end]) in ASKING_AFTER


def typed_past(typed: str, name: str) -> bool:
    """"karlstadt", "göteborgg": a name with one letter typed past its end (a "t" or "h" after it, or its
    last letter twice) is the name mistyped; with more ("Vellingebo", "Kävlingeån") or a vowel or "n"
    ("Lunda", "Lunden") it is another place or word."""
    added = typed[len(name):]
    return typed == name or len(added) == 1 and (added in "th" or added == name[-1]) and len(name) >= 5


def swapped_phrases(places: Collection[str], words: Collection[str]) -> dict[str, str]:
    """Names of two words or more with two neighbouring letters swapped in one word of five letters or more
    ("vatsra ingelstad", "hisigns backa"): the other words as written stand for the name, so one slip in the
    one is that name, where the slipped word is no word of its own and the slip leads to one name only."""
    found: dict[str, set[str]] = {}
    for key in places:
        parts = key.split()
        if len(parts) < 2:
            continue
        for j, part in enumerate(parts):
            for i in range(len(part) - 1 if len(part) >= 5 else 0):
                if part[i] == part[i + 1]:
                    continue
                slip = part[:i] + part[i + 1] + part[i] + part[i + 2:]
                if slip in words or slip in places:
                    continue
                found.setdefault(" ".join([*parts[:j], slip, *parts[j + 1:]]), set()).add(key)
    return {phrase: next(iter(keys)) for phrase, keys in found.items() if len(keys) == 1 and phrase not in places}


def swapped(word: str, name: str) -> bool:
    """`word` is `name` with two neighbouring letters swapped ("edsybn", "edsbyn")."""
    if len(word) != len(name) or word == name:
        return False
    diffs = [i for i, (a, b) in enumerate(zip(word, name)) if a != b]
    return len(diffs) == 2 and diffs[1] == diffs[0] + 1 and word[diffs[0]] == name[diffs[1]] \
        and word[diffs[1]] == name[diffs[0]]


_AT = re.compile(r"\bat\b", re.IGNORECASE)  # the English "at" as written, not "åt" folded


def written_as_name(cased: list[str], folded: list[str], index: int, text: str) -> bool:
    """Whether the word at `index` is written as a place's name: capitalised, after a word that places it ("åt"
    folds to the English "at", but "vad gör kommunen åt rånen?" places nothing), or opening the message set apart
    as its heading ("rasslätt, vad görs där?")."""
    if cased[index][:1].isupper():
        return True
    if index == 0:
        return re.match(rf"\s*{re.escape(fold(cased[0]))}\s*[:,–—-]", fold(text)) is not None if text else False
    return folded[index - 1] in PLACING_WORDS and (folded[index - 1] != "at" or not text or _AT.search(text) is not None)
