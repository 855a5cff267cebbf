"""Finding municipalities and places in a message (its content words: content_index.py).

Municipality names are matched against all 290 Swedish municipalities, exactly first and then with
a strict typo allowance, so that a municipality without an entry (Lund, Kalmar) is recognised as
itself and never taken for one with an entry.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.answering import ambiguous_names, district_after, lone_county, name_forms, own_letters
from bot.answering.knowledge import Knowledge
from bot.answering.common_words import STOPWORDS, SWEDISH_WORDS
from bot.answering.lexicon import is_cue_word
from bot.answering.places import Name, Places
from bot.text import MESSAGE_TEXTS, cased_tokens, fold, message_store, tokens, without_genitive

# Everyday words one typo away from a municipality name ("skada" ~ Skara).
_NOT_PLACES = frozenset("""
skada skadan skala kalla kallan bara vara sala salar mora nora hela lunda borta gamla gamle
klippa klipper klippt nacke nacken gnista gnistan skarp skarpa
kinda sorta gonna wanna gotta
""".split())  # everyday words one letter from a kommun ("klippa häcken" is not Klippan, "nacken" not Nacka);
# the last line: casual English ("I'm kinda worried" is not Kinna in Mark)

# Districts' names that are everyday words in lower case ("solgården"): no typo of a word is read as one.
_EVERYDAY_DISTRICTS = frozenset(fold(word) for word in name_forms.EVERYDAY_WORDS)
_POLICE_AREA_WORDS = frozenset(("lokalpolisomrade", "lokalpolisomradet", "polisomrade",
                                "polisomradet", "lpo"))
_WHICH = frozenset(("vilket", "vilken", "which", "what"))
# English names the area in two words ("the local police area Kungälv-Ale", "police district X") or by the
# verb ("policed from Skellefteå", "patrolled by Norra Västmanland"). Not "lokalpolisområdet i Burlöv": that
# is the kommun's ("vem leder lokalpolisområdet i Kristianstad?").
_POLICE_NOUNS = frozenset(("area", "district", "region"))
_POLICED = frozenset(("policed", "patrolled"))
_BELONGS = frozenset((("hor", "till"), ("val", "till"), ("ju", "till"), ("belongs", "to"), ("sorterar", "under"),
                      ("part", "of")))


def after_police_word(folded: Sequence[str], index: int) -> bool:
    """Whether the name starting at `index` follows words that make it a local police area's name rather than
    the kommun's ("lokalpolisområde Kävlinge", "police area Sala", "policed from Arvika")."""
    before = list(folded[max(0, index - 2):index])
    if before[-1:] and before[-1] in _POLICE_AREA_WORDS:
        return True
    if len(before) < 2:
        return False
    one, two = before
    # "which police area Knivsta belongs to" asks the area of the kommun named after it
    return (two in _POLICE_NOUNS and one == "police" and not (index > 2 and folded[index - 3] in _WHICH)) \
        or (two in ("from", "by") and one in _POLICED)


NEAR_NAMES_REMEMBERED = 20_000  # distinct words whose near place names are kept


def _region_phrases(folded: Sequence[str], index: int, size: int) -> list[tuple[str, bool]]:
    """The words from `index` as a name, and, before a police word, without the genitive's "s" ("Västra
    Mälardalens polisområde"), then marked as owned by the police word."""
    phrase = " ".join(folded[index:index + size])
    owned = index + size < len(folded) and folded[index + size] in _POLICE_AREA_WORDS and phrase.endswith("s")
    if police_after(folded, index + size):  # "the Norduppland police area"
        return [(phrase, True)]
    return [(phrase, False), (phrase[:-1], True)] if owned else [(phrase, False)]


def police_after(folded: Sequence[str], end: int) -> bool:
    """English names the area before its noun: "the Jämtland/Härjedalen police area", "the Höglandet local …"."""
    end += end < len(folded) and folded[end] == "local"
    return end + 1 < len(folded) and folded[end] == "police" and folded[end + 1] in _POLICE_NOUNS


@dataclass(frozen=True)
class Place:
    """A name a message may use: a municipality, one of its aliases or a locality in it."""

    name: str  # the municipality's own name
    municipality_id: str | None  # None: a municipality without an entry in the knowledge base
    via: str = ""  # the locality or alias written, when not the municipality's name
    kommun_id: str = ""  # the kommun's id (bot/answering/places.py), with an entry or without
    alias: bool = False  # `via` is a name of the kommun itself ("Ö-vik", "Göinge"), no place within it


def _place(name: Name) -> Place:
    entry = name.kommun.entry
    return Place(name.kommun.name, entry.id if entry else None, "" if name.kind == "name" else name.written,
                 name.kommun.id, name.kind == "alias")


@dataclass(frozen=True)
class Mention:
    place: Place
    start: int  # token index
    end: int
    fuzzy: bool = False
    police_area: bool = False  # "lokalpolisområde Kävlinge" names a police area, not the municipality


@dataclass(frozen=True)
class Region:
    """A county or a local police area the message names ("i Skåne", "lokalpolisområde Västra
    Mälardalen"): a filter on which municipalities are meant, not a municipality."""

    kind: str  # "county" or "police_area"
    name: str  # as the knowledge base writes it ("Skåne län", "Västra Mälardalen")
    start: int
    end: int


@dataclass
class PlaceScan:
    mentions: list[Mention] = field(default_factory=list)
    near_misses: list[Place] = field(default_factory=list)  # too uncertain to use, good to suggest
    used: set[int] = field(default_factory=set)  # token indexes taken by place names
    regions: list[Region] = field(default_factory=list)
    # Names that fit several kommuner as written ("habo": Habo or Håbo?): ask which one is meant.
    twins: list[tuple[Place, ...]] = field(default_factory=list)

    def kommuner(self) -> list[str]:
        """The kommuner named, by id, in the order written (police areas aside); a name that fits
        several ("habo", "Berga") gives them all, so the caller asks which one."""
        found = [m.place.kommun_id for m in self.mentions if not m.police_area and m.place.kommun_id]
        found += [place.kommun_id for twins in self.twins for place in twins if place.kommun_id]
        return list(dict.fromkeys(found))

    def region(self, kind: str) -> str | None:
        return next((r.name for r in self.regions if r.kind == kind), None)


_SCANS: dict[str, tuple[MunicipalityMatcher, PlaceScan]] = message_store()  # emptied at each message (bot/text.py)


class MunicipalityMatcher:
    """Finds place names in tokenised text."""

    def __init__(self, knowledge: Knowledge, vocabulary: frozenset[str], places: Places | None = None) -> None:
        self.places = places if places is not None else Places(knowledge)
        self._places: dict[str, Place] = {}
        # Keys several kommuner's names fold to (Habo, Håbo): the spelling decides, else the engine asks.
        self._twins: dict[str, list[Name]] = {}
        self._districts: set[str] = set()  # named in an entry's text: found only when capitalised
        self._ambiguous = {fold(n) for n in knowledge.ambiguous_names}
        for key, names in self.places.names.items():
            # A kommun's own name (or alias) wins over a locality of the same spelling elsewhere.
            first = [n for n in names if n.kind in ("name", "alias")] or names
            self._places[key] = _place(first[0])
            if len({n.kommun.id for n in first}) > 1:
                self._twins[key] = first
            if first[0].kind == "district":
                self._districts.add(key)
        self._max_words = max(len(key.split()) for key in self._places)
        self._starts = {size: frozenset(key.split()[0] for key in self._places if len(key.split()) == size)
                        for size in range(2, self._max_words + 1)}  # names' first words: most words start none
        self._counties = name_forms.county_keys(set(knowledge.all_municipalities.values()), set(self._places))
        # A police area named after a municipality ("lokalpolisområde Lund") is found as that name.
        self._police_areas = {key: area for key, area in name_forms.police_area_keys(
            m.police_area for m in knowledge.municipalities.values()).items() if key not in self._places}
        self._vocabulary = vocabulary
        # Districts are near names too ("Björob", "Oxhgaen"), but only for a word written as a name (`_fuzzy`).
        single = [key for key in self._places if " " not in key and key not in self._ambiguous]
        self._fuzzy_choices = single
        # The first words of county and police-area names: a word that starts none is passed over at once.
        self._region_starts = frozenset(key.split()[0] for key in (*self._counties, *self._police_areas))
        self._region_words = frozenset(w for key in (*self._counties, *self._police_areas) for w in key.split() if len(w) >= 6)
        # Each region word with two neighbouring letters swapped, made once: a message's words are looked up.
        self._region_swaps: dict[str, set[str]] = {}
        for word in self._region_words:
            for i in range(1, len(word) - 1):
                if word[i] != word[i + 1]:
                    self._region_swaps.setdefault(word[:i] + word[i + 1] + word[i] + word[i + 2:], set()).add(word)
        # A word's near names, looked up once: the same words come back message after message.
        self._near_names: dict[str, tuple[tuple[str, int], ...]] = {}
        self._swapped_phrases = name_forms.swapped_phrases(self._places, vocabulary | self.places.known_words | STOPWORDS)
        self._swap_starts = {size: frozenset(p.split()[0] for p in self._swapped_phrases if len(p.split()) == size)
                             for size in range(2, self._max_words + 1)}

    def _accept_ambiguous(self, cased: list[str], start: int, end: int, text: str, scan: PlaceScan) -> bool:
        return ambiguous_names.accepted(cased, start, end, text, [r.start for r in scan.regions], _POLICE_AREA_WORDS)

    def scan(self, text: str) -> PlaceScan:
        """The places `text` names, found once per message (a fifth of the scans of long messages were of a text
        scanned before: a clause, read and then looked at for its kommun); each caller gets its own copy to change."""
        kept = _SCANS.get(text)
        if kept is None or kept[0] is not self:  # or another engine's (a test builds several)
            if len(_SCANS) >= MESSAGE_TEXTS:
                _SCANS.clear()
            kept = _SCANS[text] = (self, self._scan(text))
        found = kept[1]
        return PlaceScan(list(found.mentions), list(found.near_misses), set(found.used), list(found.regions), list(found.twins))

    def _scan(self, text: str) -> PlaceScan:
        text = name_forms.spelled_out(text, self._places)  # "Malmoe", "Vaexjoe": Malmö, Växjö
        cased = cased_tokens(text)
        folded = [t.casefold() for t in cased]
        scan = PlaceScan()
        self._regions(folded, scan)
        counties = {r.name for r in scan.regions if r.kind == "county"}  # a county named tells twins apart
        for size in range(min(self._max_words, len(folded)), 0, -1):
            for start in range(0, len(folded) - size + 1):
                end = start + size
                if size > 1 and folded[start] not in self._starts[size] and folded[start] not in self._swap_starts[size] \
                        or any(i in scan.used for i in range(start, end)):
                    continue
                phrase = " ".join(folded[start:end])
                place = self._places.get(phrase)
                if place is None and size > 1 and phrase in self._swapped_phrases:  # "Vätsra Ingelstad", "hisigns backa"
                    phrase = self._swapped_phrases[phrase]
                    place = self._places[phrase]
                if place is None:
                    last = folded[end - 1]  # "Dals-Eds": a short last part of a name takes the genitive too
                    bare = without_genitive(last) or (last[:-1] if size > 1 and len(last) == 3 and last[-1] == "s" else None)
                    if bare:
                        phrase = " ".join([*folded[start:end - 1], bare])
                        place = self._places.get(phrase)
                if place is None:
                    continue
                if phrase in self._districts and not cased[start][:1].isupper() \
                        and not name_forms.heading(cased, start, end, text) and not name_forms.unmistakable_district(phrase) \
                        and not self._placed(folded, start, end, text, scan):
                    continue
                twins = self.places.spelled(self._twins[phrase], text) if phrase in self._twins else []
                # "habo kommun jönköpings län", "Habo kommun i Uppsala län": the county named says which, over a
                # spelling without å/ä/ö (often a keyboard's); a name written with its own ring ("Håbo") is sure.
                in_county = [n for n in self._twins.get(phrase, ()) if n.kommun.county in counties]
                if len(in_county) == 1 and not (len(twins) == 1 and not twins[0].written.isascii()):
                    twins = in_county
                if len(twins) == 1:
                    place = _place(twins[0])
                if not own_letters.not_another_word(place.via or place.name, text):
                    continue
                key = fold(place.via or place.name)
                if (" ".join(tokens(key)) in self._ambiguous and not self._accept_ambiguous(cased, start, end, text, scan)
                        and not own_letters.written_with_own_letters(place.via or place.name, text)):
                    continue
                if len(twins) > 1:
                    scan.twins.append(tuple(_place(n) for n in twins))
                    scan.used.update(range(start, end))
                    continue
                # "lokalpolisområde Kävlinge" names the area; "vilket lokalpolisområde Östhammar hör till" asks
                # the area of the kommun named after it.
                # "Sala tillhör Eslövs polisområde": a kommun's name in the genitive before a police word, after
                # another kommun, is the area the other is said to belong to.
                police = (start > 0 and after_police_word(folded, start) or bool(scan.mentions) and end < len(folded)
                          and (folded[end] in _POLICE_AREA_WORDS and folded[end - 1].endswith("s")
                               or police_after(folded, end))) \
                    and not (start > 1 and folded[start - 2] in _WHICH)
                scan.mentions.append(Mention(place, start, end, police_area=police))
                scan.used.update(range(start, end))
        if not scan.mentions and not scan.twins:
            self._residents(cased, folded, scan)
        if not scan.twins:
            self._fuzzy(cased, folded, scan, text)
        scan.mentions.sort(key=lambda m: m.start)
        self._twins_placed(folded, scan)
        self._inner_districts(folded, scan)
        district_after.district_after_pa(self.places, folded, scan)  # "vad gäller på Sjöbo?": Borås's Sjöbo
        _left_behind(folded, scan)
        _not_meant(folded, scan)
        for kommun, start, end in lone_county.named(self.places, scan):  # "det gotländska löftet": Gotland's
            scan.mentions.append(Mention(_place(Name(kommun.name, kommun, "name")), start, end))
        return scan

    def _twins_placed(self, folded: list[str], scan: PlaceScan) -> None:
        """"What has Habo agreed …? I live in Balsta": a locality or district of one twin named in the message
        says which twin a name spelled without å/ä/ö is, as a county does."""
        # A county named has said it already; a place set aside ("inte bålsta") says nothing.
        local = {m.place.kommun_id for m in scan.mentions if m.place.via and m.place.kommun_id
                 and not (m.start > 0 and folded[m.start - 1] in ("inte", "not", "ej"))}
        if not local or any(r.kind == "county" for r in scan.regions):
            return
        for pair in list(scan.twins):
            chosen = [p for p in pair if p.kommun_id in local]
            if len(chosen) == 1:
                scan.twins.remove(pair)
                start = next((i for i, w in enumerate(folded) if w in self._twins or without_genitive(w) in self._twins), 0)
                scan.mentions.append(Mention(chosen[0], start, start + 1))
        for index, mention in enumerate(scan.mentions):
            phrase = " ".join(folded[mention.start:mention.end])
            key = phrase if phrase in self._twins else without_genitive(phrase) or phrase
            if mention.place.via or key not in self._twins:
                continue
            others = [n for n in self._twins[key] if n.kommun.id in local and n.kommun.id != mention.place.kommun_id]
            if len(others) == 1 and mention.place.name.isascii() and mention.place.kommun_id not in local:
                scan.mentions[index] = Mention(_place(others[0]), mention.start, mention.end)
        scan.mentions.sort(key=lambda m: m.start)

    def _placed(self, folded: list[str], start: int, end: int, text: str, scan: PlaceScan) -> bool:
        """A lower-case district where a place stands: first, after a placing word, or after "och"/"and"
        that joins it to a place already found ("svartå och åtorp")."""
        before = fold(folded[start - 1]) if start > 0 else ""
        if before in ("och", "and", "eller", "or") and any(m.end == start - 1 for m in scan.mentions):
            before = "i"
        key = " ".join(folded[start:end])
        written = [w for w in re.findall(r"\w+(?:\s+\w+)*?", text.casefold()) if fold(w) == key] if " " not in key else []
        return name_forms.placed_district(key, written, before, start)

    def _residents(self, cased: list[str], folded: list[str], scan: PlaceScan) -> None:
        """"söderhamnare", "malmöborna", "norrköpingsbor": the people of a kommun name it. Only a kommun's
        own one-word name of four letters or more, before one of the endings residents are called by
        (an everyday word that starts like a short name is no resident: "alebor" is, "hjortar" is not).
        Residents are written in lower case; a capitalised "Vellingebo" is a place of its own, not a typo."""
        for index, token in enumerate(folded):
            if index in scan.used or len(token) < 6 or not cased[index][:1].islower():
                continue
            for stem in name_forms.resident_stems(token):
                place = self._places.get(stem)
                if place is None or place.via or len(stem) < 4 or stem in self._ambiguous or stem in self._districts:
                    continue
                scan.mentions.append(Mention(place, index, index + 1))
                scan.used.add(index)
                break

    def _inner_districts(self, folded: list[str], scan: PlaceScan) -> None:
        """"Sjöbo i Borås": a kommun's name that is also a district of another kommun the message
        names is that district, so the message is about the one kommun it lies in."""
        if len(scan.mentions) < 2:
            return
        named = {m.place.municipality_id for m in scan.mentions if m.place.municipality_id}
        inside = {m.place.municipality_id: {k.id for k in self.places.inner_districts.get(" ".join(folded[m.start:m.end]), ())
                                            if k.id in named and k.id != m.place.municipality_id}
                  for m in scan.mentions}
        # Two kommuner whose joint promise names each other's town (Högsby and Mönsterås) are two kommuner:
        # a name is the other's district only when that one is not in turn a district of it.
        scan.mentions = [m for m in scan.mentions
                         if not any(m.place.municipality_id not in inside.get(k, set()) for k in inside[m.place.municipality_id])]

    def _regions(self, folded: list[str], scan: PlaceScan) -> None:
        """Counties and police areas, before municipalities: their words are not names to match
        ("Skåne" is not a typo of Skene in Mark; "Västra Mälardalen" is no municipality)."""
        folded = [self._region_word(word) for word in folded]  # "Västernorrlnad", "Jämtalnd": the region's word
        for index in range(len(folded)):
            if index in scan.used or folded[index] not in self._region_starts:
                continue
            # A police area's name only after a police word, or before one ("Västra Mälardalens polisområde",
            # "the Norduppland police area"); elsewhere "överenskommelse med Västra Skaraborg" names a party.
            police = after_police_word(folded, index)
            # "hör väl till Västra Mälardalen", "belongs to Norra Västmanland": a police area's name where a kommun is
            # said to belong (a county's name there is still the county: counties are tried first).
            placed = folded[index - 1:index] == ["tillhor"] or tuple(folded[max(0, index - 2):index]) in _BELONGS
            kinds = ((self._police_areas, "police_area"), (self._counties, "county")) if police \
                else ((self._counties, "county"), (self._police_areas, "police_area"))
            found = next(((kind, keys[phrase], size) for size in range(min(4, len(folded) - index), 0, -1)
                          for keys, kind in kinds  # the longest name first: "Jämtland/Härjedalen", not "Jämtland"
                          for phrase, owned in _region_phrases(folded, index, size)
                          if phrase in keys and (police or owned or kind == "county" or placed)), None)
            if found is not None:
                kind, name, size = found
                scan.regions.append(Region(kind, name, index, index + size))
                scan.used.update(range(index, index + size))

    def _region_word(self, word: str) -> str:
        """The word of a county's or police area's name that `word` is with two neighbouring letters swapped,
        when it is no word known and only one such name is that near; else `word`."""
        near = self._region_swaps.get(word)
        if not near or len(near) > 1 or word in self._region_words or word in self._vocabulary or word in STOPWORDS \
                or word in self.places.known_words or word in self._places or is_cue_word(word):
            return word
        return next(iter(near))

    def _fuzzy(self, cased: list[str], folded: list[str], scan: PlaceScan, text: str = "") -> None:
        """A word no word of the language, one or two edits from one name only, is that name mistyped. Beside a
        name already found ("Färjesatden ligger väl i Borgholm?"), only a capitalised word of seven letters or
        more is read so; a district's name ("Björob", "Oxhgaen") only when written as a name: capitalised, or
        after a word that places it."""
        named = bool(scan.mentions)
        for index, token in enumerate(folded):
            if (index in scan.used or len(token) < 5 or token in STOPWORDS or token in _NOT_PLACES
                    or token in SWEDISH_WORDS  # "anmäls" is a verb, not Åmål typed with an n
                    or token in self._vocabulary or token in self.places.known_words or is_cue_word(token)
                    or token.isdigit()):
                continue
            as_name = name_forms.written_as_name(cased, folded, index, text)
            # Beside a name found, a word is read as another name only where a stranger's slip is plain: a long
            # capitalised word, or two neighbouring letters swapped in a name (the commonest slip, which makes
            # the fewest false friends: "Edsybn ligger i Bollnäs", "skustkär ligger i tierp").
            swaps_only = named and not (len(token) >= 7 and cased[index][:1].isupper())
            if swaps_only and not (len(token) >= 6 or cased[index][:1].isupper()):
                continue
            single = self._undoubled(token, as_name)
            if single is not None:  # "Mjöllby", "Umeåå", "Falunss": a letter typed twice, the name exactly
                scan.mentions.append(Mention(single, index, index + 1, fuzzy=True))
                scan.used.add(index)
                continue
            owner = ambiguous_names.slipped_owner(token, folded[index + 1] if index + 1 < len(folded) else "", self._ambiguous)
            if owner is not None and owner in self._places and owner not in self._twins:  # "Bodnes kommun"
                scan.mentions.append(Mention(self._places[owner], index, index + 1, fuzzy=True))
                scan.used.add(index)
                continue
            candidates = [token]
            bare = without_genitive(token)
            if bare and len(bare) >= 5:
                candidates.append(bare)
            best: tuple[int, Place] | None = None
            tie = False
            tied: dict[str, Place] = {}  # the kommuner as near as the best: "karlskona" (Karlskrona, Karlskoga)
            near: Place | None = None
            for candidate in candidates:
                if best is not None:
                    break  # the word as written is near a name: its stem without an "s" ("hfoor") may tie with another
                # Beside a name found, one slip only: two make a word's false friend of another name ("Gotland …
                # Almedalen week" is no Älvdalen), a long word's two slips being the stranger's own name.
                limit = 1 if len(candidate) <= 8 or named else 2
                for key, distance in self._near(candidate, limit):
                    place = self._places[key]
                    # A name with letters added ("Vellingebo", "Kävlingeån") is another place, not a typo.
                    if key[0] != candidate[0] or (candidate.startswith(key) and not name_forms.typed_past(candidate, key)):
                        continue
                    # An everyday word's district mistyped is the district only capitalised inside a sentence
                    # ("buskörningen i Insöjn"), as its exact spelling is.
                    if key in self._districts and (not as_name or key in _EVERYDAY_DISTRICTS
                                                   and not (index > 0 and cased[index][:1].isupper())):
                        continue
                    if distance > limit:
                        if place.municipality_id and not place.via and len(candidate) >= 6 and near is None:
                            near = place
                        continue
                    if swaps_only and not name_forms.swapped(candidate, key):
                        continue
                    if best is not None and distance == best[0] and name_forms.swapped(candidate, key) \
                            and not name_forms.swapped(candidate, fold(best[1].via or best[1].name)):
                        best, tie, tied = (distance, place), False, {place.name: place}  # a swap over a changed letter
                        continue
                    if best is None or distance < best[0]:
                        best, tie, tied = (distance, place), False, {place.name: place}
                    elif distance == best[0] and place.name != best[1].name:
                        tie, tied[place.name] = True, place
            if best and not tie:
                scan.mentions.append(Mention(best[1], index, index + 1, fuzzy=True))
                scan.used.add(index)
            elif best and tie:
                scan.near_misses.append(best[1])
                # Two kommuner a typo is as near to ("karlskona"): asked which one, as names that fold alike are.
                if len(tied) == 2 and all(p.kommun_id and not p.via for p in tied.values()) and len(token) >= 6:
                    scan.twins.append(tuple(tied.values()))
                    scan.used.add(index)
            elif near:
                scan.near_misses.append(near)

    def _undoubled(self, token: str, as_name: bool) -> Place | None:
        """The one place whose name `token` is with one of its doubled letters written once ("mjollby",
        "umeaa", "falunss" for Falun's): a key doubled is the commonest slip and the nearest to the name,
        nearer than a letter changed ("Mjällby" is one letter from "Mjöllby" too)."""
        found: set[str] = set()
        for i in range(1, len(token)):
            if token[i] != token[i - 1]:
                continue
            single = token[:i] + token[i + 1:]
            for key in (single, without_genitive(single)):
                if key and key in self._places and key not in self._ambiguous \
                        and (key not in self._districts or as_name and key not in _EVERYDAY_DISTRICTS):
                    found.add(key)
        return self._places[found.pop()] if len(found) == 1 else None

    def _near(self, candidate: str, limit: int) -> tuple[tuple[str, int], ...]:
        """The five names nearest the word, within `limit` + 1 edits (kept for the next message)."""
        found = self._near_names.get(candidate)
        if found is None:
            if len(self._near_names) >= NEAR_NAMES_REMEMBERED:
                self._near_names.clear()
            found = self._near_names[candidate] = tuple(
                (key, int(distance)) for key, distance, _ in process.extract(
                    candidate, self._fuzzy_choices, scorer=OSA.distance, score_cutoff=limit + 1, limit=5))
        return found


_MOVED = ("flytt", "moved", "moving", "move ")
# Words that set the kommun moved from against the new one: both are asked about ("samma lokalpolisområde?").
_SET_AGAINST = frozenset(("samma", "same", "jamfor", "jamfort", "compare", "compared", "skillnad", "skillnaden", "difference"))


def _left_behind(folded: list[str], scan: PlaceScan) -> None:
    """"Vi har flyttat till Kiruna från Göteborg, när skrevs avtalet under?": the kommun moved from is
    where the resident lived, not what is asked about, when the message names another one."""
    if len(scan.mentions) < 2 or not any(t.startswith(_MOVED[0]) or t in _MOVED[1:3] for t in folded) \
            or _SET_AGAINST.intersection(folded):
        return
    left = [m for m in scan.mentions if m.start > 0 and folded[m.start - 1] in ("fran", "from")]
    if left and len(left) < len(scan.mentions):
        scan.mentions = [m for m in scan.mentions if m not in left]


def _not_meant(folded: list[str], scan: PlaceScan) -> None:
    """"Vad gäller i Karlskrona? (alltså inte Karlshamn)", "Hylte, not Halmstad": a kommun named as the one
    not meant is not asked about, when the message names another one."""
    if len(scan.mentions) < 2:
        return
    # Set against another ("Strömsund, inte Strömstad", "alltså inte", "och inte"), never a verb's "inte"
    # ("Hade inte Mora och Orsa samma avtal?").
    ends = {m.end for m in scan.mentions}
    denied = [m for m in scan.mentions if m.start > 1 and folded[m.start - 1] in ("inte", "not", "ej", "icke")
              and (m.start - 1 in ends or folded[m.start - 2] in ("alltsa", "och", "menar", "mean", "and", "but", "men",
                                                                  "kommun", "stad", "municipality"))]  # "Ekerö kommun (inte Öckerö)"
    if denied and len(denied) < len(scan.mentions):
        scan.mentions = [m for m in scan.mentions if m not in denied]
