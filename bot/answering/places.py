"""Every Swedish kommun by id, and the one resolver for the names residents write.

All 290 kommuner of `kommuner.yaml` get an id: an entry's own id where the knowledge base has one
(`habo` is Håbo's), else the name's letters (`hjo`, `upplands-vasby`), and when those are taken by
another kommun whose name folds to the same letters, with the county after it (`habo-jonkoping`
for Habo in Jönköpings län). A concern belongs to the kommun, not to its agreement: a kommun
without an entry is still a kommun to file a concern with, see in the console and export.

Names the resolver knows: every kommun's name, kommuner.yaml's aliases, an entry's aliases and
`localities:`, and the districts an entry's own focus areas name ("trygghet i Oxhagen, Berga/Funkabo
och Norrliden", a capitalised keyword such as "Torpaområdet"). Where a name fits several kommuner
(Habo and Håbo fold alike; Berga is named by two entries), the exact spelling decides, and when it
cannot, the caller asks which one is meant. The answers (bot/answering/matching.py), the concern
flow and the survey all go through this module.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.answering import derived_cache
from bot.answering.knowledge import Knowledge, Municipality
from bot.answering.common_words import ENGLISH_WORDS, STOPWORDS, SWEDISH_WORDS
from bot.text import fold, tokens, without_genitive

MAX_CANDIDATES = 6  # more matches than this for a typed name: ask for more letters, never list them all
# Words around a typed kommun name that are not part of it ("Hjo kommun", "i Malmö stad").
_FRAME_WORDS = frozenset(("kommun", "kommune", "kommunen", "stad", "staden", "municipality", "i", "in",
                          "det", "galler", "it", "is", "the", "jag", "bor", "menar", "om"))
_WORD = r"[A-ZÅÄÖ][a-zåäöé]+(?:[- ][A-ZÅÄÖ][a-zåäöé]+)?"
_PLACE_LIST = re.compile(rf"\b(?:i|på|kring|vid)\s+({_WORD}(?:(?:\s*,\s*|\s*/\s*|\s+och\s+){_WORD})*)")
# An agreement's title names its area after "för" as well ("Medborgarlöfte för Rosengård").
_TITLE_PLACE = re.compile(rf"\b(?:i|på|kring|vid|för)\s+({_WORD}(?:(?:\s*,\s*|\s*/\s*|\s+och\s+){_WORD})*)")
_LIST_SPLIT = re.compile(r"\s*,\s*|\s*/\s*|\s+och\s+")
# "områden där de boende påtalat behov, som Västra området med Tjärna Ängar": an area's word, then the place it holds.
_AREA_WITH = re.compile(rf"\b(?:området|områdena|bostadsområdet|bostadsområdena|stadsdelen|stadsdelarna)\s+(?:med|som)\s+"
                        rf"({_WORD}(?:(?:\s*,\s*|\s*/\s*|\s+och\s+){_WORD})*)")
# Named after "i" but no place of a kommun: the country and the world around it, a plan's or document's name.
_NO_PLACE = frozenset(("sverige", "norden", "europa", "sweden"))
_NAME_GOES_ON = re.compile(r"\s+(?!och\b|eller\b|samt\b|men\b)[a-zåäöé]|-|\s+[A-ZÅÄÖ]{2,}\b")  # "i Linde BRÅ": a body
_DOCUMENT = re.compile(r"(?:planen|programmet|rapporten|strategin)$")
# Capitalised in an entry's text, but a method, a programme, a square anywhere or a company: no district.
_NOT_DISTRICTS = frozenset(fold(w) for w in (
    "Grannsamverkan", "Campus", "Lilla", "Nordost", "Stortorget", "Sportcentrum", "Polarna", "Draget",
    "Nissan", "Människan bakom uniformen", "Alebyggen", "Lilla torg", "Företagssamverkan", "Folkhälsocentrum"))
# A capitalised word ending so (folded) in an entry's text names a place: a school, a square, a street, a park.
_PLACE_ENDING = re.compile(r"(?:skolan|torget|gatan|vagen|omradet|parken|platsen|hallen|badet|plan|leden)s?$")
# The words that set a name aside ("Habo, inte Håbo", "not Lund but Lomma"): here and in twin_names.py.
NOT_WORDS = frozenset(("inte", "ej", "icke", "not"))
_NEGATED = re.compile(rf"(?:\b(?:{'|'.join(sorted(NOT_WORDS))})|\(not)\s*$", re.IGNORECASE)
_AREA_HEAD = re.compile(r"(?<=[a-zåäöé]{4})s?området$")
_CAPITALISED = re.compile(r"[A-ZÅÄÖ][a-zåäöé]+")
_LOWER_WORD = re.compile(r"(?<![\w-])[a-zåäöé]+")


@dataclass(frozen=True)
class Kommun:
    """One of Sweden's 290 kommuner; `entry` is its agreement's entry when the knowledge base has one."""

    id: str
    name: str
    county: str
    entry: Municipality | None = None

    @property
    def municipality(self) -> Municipality:
        """The entry, or a bare one (name and county, no agreement) for a kommun without an entry."""
        return self.entry or Municipality(self.id, self.name, "", (), (), (), county=self.county)


def slug(text: str) -> str:
    """"Upplands Väsby" -> "upplands-vasby": the letters an id is made of."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def county_slug(county: str) -> str:
    """"Jönköpings län" -> "jonkoping"."""
    words = [w for w in tokens(county) if w != "lan"] or ["lan"]
    return "-".join([*words[:-1], without_genitive(words[-1]) or words[-1]])


def kommun_ids(knowledge: Knowledge) -> dict[str, Kommun]:
    """Every kommun by a unique id, in kommuner.yaml's order (county by county)."""
    entries = {m.name: m for m in knowledge.municipalities.values()}
    by_fold = {fold(m.name): m for m in knowledge.municipalities.values()}
    taken = set(knowledge.municipalities)
    found: dict[str, Kommun] = {}
    for name, county in knowledge.all_municipalities.items():
        entry = entries.get(name)
        if entry is None and fold(name) in by_fold and by_fold[fold(name)].name not in knowledge.all_municipalities:
            entry = by_fold[fold(name)]  # an entry spelling its name otherwise than kommuner.yaml
        if entry is not None:
            found[entry.id] = Kommun(entry.id, name, county, entry)
            continue
        own = slug(name)
        kommun_id = own if own not in taken else f"{own}-{county_slug(county)}"
        number = 2
        while kommun_id in taken:
            kommun_id, number = f"{own}-{county_slug(county)}-{number}", number + 1
        taken.add(kommun_id)
        found[kommun_id] = Kommun(kommun_id, name, county)
    for entry in knowledge.municipalities.values():  # an entry outside kommuner.yaml (a test's base)
        if entry.id not in found:
            found[entry.id] = Kommun(entry.id, entry.name, entry.county, entry)
    return found


def _texts(entry: Municipality) -> Iterable[str]:
    """The entry's own Swedish sentences: areas, agreements, methods, follow-up and facts."""
    for area in entry.areas:
        yield from (area.title, area.text, area.quote, *area.measures)
    for agreement in entry.agreements:
        yield from (agreement.title, agreement.purpose, agreement.basis, agreement.quote, agreement.signed_note)
    yield from (item.text for item in (*entry.methods, *entry.follow_up))
    for fact in entry.facts:
        yield from (fact.title, fact.text)


def _other_texts(entry: Municipality) -> Iterable[str]:
    """The entry's Swedish sentences beside its focus areas' titles and texts: the areas' quotes and measures,
    what the agreements rest on and say of themselves, the facts, methods and follow-up."""
    for area in entry.areas:
        yield from (area.quote, *area.measures)
    for agreement in entry.agreements:
        yield from (agreement.purpose, agreement.basis, agreement.quote)  # not who signed: people, in their roles
    yield from (item.text for item in (*entry.methods, *entry.follow_up))
    for fact in entry.facts:
        yield from (fact.title, fact.text)


def common_words(knowledge: Knowledge) -> frozenset[str]:
    """Every word some entry writes in lower case (folded): a word so written is no place's name,
    however an entry capitalises it elsewhere."""
    return frozenset(fold(word) for entry in knowledge.municipalities.values() for text in _texts(entry)
                     for word in _LOWER_WORD.findall(text or ""))


def _named_in_text(entry: Municipality, common: frozenset[str]) -> set[str]:
    """Places the entry's text names without a preposition before them: a capitalised word with a
    place's ending ("Sävstaskolans multiarena", "vid Järntorget"), or one of its areas' keywords the
    text capitalises ("projektet Trygga Krylbo", "lägesbilder för Råslätt, Österängen, Öxnehaga").
    A word any entry writes in lower case, or a name of the entry's people, is none."""
    keywords = {fold(k) for area in entry.areas for k in area.keywords if " " not in k}
    people = {fold(word) for person in entry.people for word in person.name.split()}
    found: set[str] = set()
    for text in _texts(entry):
        for match in _CAPITALISED.finditer(text or ""):
            word = match.group(0)
            key = fold(word)
            base = without_genitive(key) or key
            if key in common or base in common or key in people:
                continue
            before = text[:match.start()].rstrip()
            if _PLACE_ENDING.search(key) and len(key) > 7:
                found.add(word if base == key else word[:-1])
            elif key in keywords and before and before[-1] not in '.!?:"”':
                found.add(word)
    return found


def _district_names(entry: Municipality, common: frozenset[str] = frozenset()) -> set[str]:
    """Districts and localities an entry's focus areas name: after "i", "på", "kring" or "vid"
    (and the list that follows), or as a capitalised keyword; and, given the words entries write in
    lower case, the places its text names otherwise (`_named_in_text`). Acronyms and everyday words
    are not places."""
    found: set[str] = _named_in_text(entry, common) if common else set()
    for area in entry.areas:
        for text in (area.title, area.text):
            for match in _PLACE_LIST.finditer(text or ""):
                found.update(_LIST_SPLIT.split(match.group(1)))
        found.update(k for k in area.keywords if k[:1].isupper())
    for agreement in entry.agreements:  # "Medborgarlöfte för Rosengård söder om Amiralsgatan"
        for match in _TITLE_PLACE.finditer(agreement.title or ""):
            found.update(_LIST_SPLIT.split(match.group(1)))
        # What an agreement rests on names where it was felt ("… narkotikapåverkade personer i vardagen, mest i
        # Broby"); a police area, a county or a landskap named so there is no place of this kommun.
        for match in _PLACE_LIST.finditer(agreement.basis or ""):
            found.update(name for name in _LIST_SPLIT.split(match.group(1)) if not _wider_area(name, entry))
    # Every other sentence of the entry names its places the same way: a fact about a dialogue ("Tidigare löften
    # har handlat om polisiär närvaro i Gustafs"), what an agreement rests on ("området med Tjärna Ängar"), a
    # measure or a method; a capitalised keyword of a fact too. A wider area or a document is no place of it.
    # Placed so, a name of two capitalised words is one place ("Tjärna Ängar"); one followed by a lower-case word
    # opens a longer name ("i Nationella trygghetsundersökningen", "vid Lanna badgruva"), no place of its own.
    # A role's place ("polisområdeschef i Storgöteborg Nordost, och …") is the police's; the entry's people no place.
    people = {word for person in entry.people for word in tokens(person.name)}
    placed: set[str] = set()
    for text in _other_texts(entry):
        for pattern in (_PLACE_LIST, _AREA_WITH):
            for match in pattern.finditer(text or ""):
                role = tokens(text[:match.start()])[-1:]
                if _NAME_GOES_ON.match(text[match.end():]) or role and (role[0].endswith("chef") or "polisomrade" in role[0]):
                    continue
                placed.update(name for name in _LIST_SPLIT.split(match.group(1)) if not _wider_area(name, entry)
                              and fold(name) not in _NO_PLACE and not _DOCUMENT.search(fold(name))
                              and not set(tokens(name)) & (common | people))  # "i Lokala Brå": a body, in everyday words
    found |= placed
    found.update(k for fact in entry.facts for k in fact.keywords if k[:1].isupper() and not _wider_area(k, entry))
    # "Solgårdsområdet", "Karlslundsområdet": the area is named by its place too ("löftet om Solgård").
    found |= {head for name in found if (head := _AREA_HEAD.sub("", name)) != name}
    everyday = STOPWORDS | SWEDISH_WORDS | ENGLISH_WORDS
    return {name for name in found if fold(name) not in _NOT_DISTRICTS
            and (not any(c.isupper() for c in name[1:].replace(" ", "").replace("-", "")) or name in placed
                 and not any(c.isupper() for word in re.split(r"[ -]", name) for c in word[1:]))  # no acronym
            and len(name) >= 4 and not (set(tokens(name)) & everyday)}


def _entry_words(knowledge: Knowledge) -> tuple[list[str], dict[str, list[str]]]:
    """The words the entries write in lower case (`common_words`), and each entry's districts, sorted
    (`_district_names`), by its kommun's id: plain data (derived_cache.py)."""
    common = common_words(knowledge)
    districts = {kommun.id: sorted(_district_names(kommun.entry, common))
                 for kommun in kommun_ids(knowledge).values() if kommun.entry is not None}
    return sorted(common), districts


def _wider_area(name: str, entry: Municipality) -> bool:
    """A police area's or a county's name, or one the entry's police area or county is written with
    ("Gävleborgs", "lokalpolisområde Hälsingland"): an area wider than one place of the kommun."""
    key = without_genitive(fold(name)) or fold(name)
    wider = {fold(entry.police_area or ""), *tokens(entry.county or "")}
    wider |= {fold(word) for party in entry.parties for word in tokens(party.name)
              if "lokalpolisomrade" in tokens(party.name)}
    return key in wider or fold(name) in wider


@dataclass(frozen=True)
class Name:
    """A name a message may use for a kommun: its own, an alias, a locality or a district."""

    written: str
    kommun: Kommun
    kind: str  # "name", "alias", "locality" or "district"


class Places:
    """The kommuner by id, and what a written name means."""

    def __init__(self, knowledge: Knowledge, cache: Path | None = None) -> None:
        """`cache`: a folder where the words and districts read from the entries' texts are kept between
        processes for this knowledge base (derived_cache.py)."""
        self.kommuner = kommun_ids(knowledge)
        self._by_name = {k.name: k for k in self.kommuner.values()}
        names: list[Name] = [Name(k.name, k, "name") for k in self.kommuner.values()]
        # "dalsed", "upplandsbro", "lillaedet": a name of two parts is often typed as one word.
        names += [Name(k.name.replace("-", "").replace(" ", ""), k, "name") for k in self.kommuner.values()
                  if "-" in k.name or " " in k.name]
        for name, aliases in knowledge.name_aliases.items():
            if name in self._by_name:
                names += [Name(alias, self._by_name[name], "alias") for alias in aliases]
        for kommun in self.kommuner.values():
            if kommun.entry is None:
                continue
            if kommun.entry.name != kommun.name:
                names.append(Name(kommun.entry.name, kommun, "alias"))
            names += [Name(alias, kommun, "alias") for alias in kommun.entry.aliases]
            names += [Name(locality, kommun, "locality") for locality in kommun.entry.localities]
        kommun_keys = {key for n in names if (key := " ".join(tokens(n.written)))}
        kommun_keys |= {" ".join(tokens(w)) for t in knowledge.glossary for w in (t.term, t.term_en, *t.aliases) if w}
        # A district that shares its name with a kommun (Sjöbo in Borås, Sjöbo kommun) is that kommun,
        # unless the message also names the kommun the district lies in ("Sjöbo i Borås").
        self.inner_districts: dict[str, list[Kommun]] = {}
        stored_common, districts = derived_cache.cached(cache, "places", knowledge.fingerprint,
                                                        lambda: _entry_words(knowledge))
        common = frozenset(stored_common)
        # Words no typo of a name is read from (matching.py's fuzzy step): every word an entry writes in lower
        # case ("skolgården"), every word of its people's names ("Fredrik" is no "Fredrika"), and every word of
        # its parties' and partners' names ("Marks Bostads AB": "Bostads" is no mistyped Båstad).
        self.known_words = common | {fold(word) for m in knowledge.municipalities.values() for person in m.people
                                     for word in person.name.split()} | {
            word for m in knowledge.municipalities.values() for party in (*m.parties, *m.partners)
            for word in tokens(party.name)}
        for kommun in self.kommuner.values():
            if kommun.entry is not None:
                for district in districts[kommun.id]:
                    key = " ".join(tokens(district))
                    if key not in kommun_keys and without_genitive(fold(district)) not in kommun_keys:
                        names.append(Name(district, kommun, "district"))
                    elif key in kommun_keys and self._by_name.get(district) is not kommun:
                        self.inner_districts.setdefault(key, []).append(kommun)
        self.names: dict[str, list[Name]] = {}  # folded key -> every name with those letters
        for entry_name in names:
            key = " ".join(tokens(entry_name.written))
            same = self.names.setdefault(key, [])
            if not any(n.kommun.id == entry_name.kommun.id for n in same):
                same.append(entry_name)
        # "hisingsbacka", "västraingelstad": a locality or district of two words typed as one, as kommuner's
        # are; said with its own spelling ("Hisings Backa ligger i …").
        for key, found in list(self.names.items()):
            if " " in key and all(n.kind in ("locality", "district") for n in found):
                self.names.setdefault(key.replace(" ", ""), found)
        # Keys two kommuner's own names fold to ("habo": Habo and Håbo), for a quick look whether a message has one.
        self.twin_keys = frozenset(k for k, v in self.names.items() if len({n.kommun.id for n in v if n.kind == "name"}) > 1)
        self._single = sorted(k for k, v in self.names.items() if " " not in k and v[0].kind != "district")

    # -- ids ----------------------------------------------------------------------------------

    def get(self, kommun_id: str | None) -> Kommun | None:
        return self.kommuner.get(kommun_id or "")

    def municipality(self, kommun_id: str | None) -> Municipality | None:
        """The entry or the bare kommun (no agreement) for an id; None for an id that is no kommun."""
        kommun = self.get(kommun_id)
        return kommun.municipality if kommun else None

    def named(self, name: str) -> Kommun | None:
        """The kommun kommuner.yaml spells so."""
        return self._by_name.get(name)

    def label(self, kommun: Kommun) -> str:
        """Its name, with the county when another kommun's name folds to the same letters."""
        twins = [n for n in self.names.get(" ".join(tokens(kommun.name)), ()) if n.kind == "name"]
        return f"{kommun.name} ({kommun.county})" if len(twins) > 1 else kommun.name

    # -- names --------------------------------------------------------------------------------

    def spelled(self, candidates: Iterable[Name], text: str) -> list[Name]:
        """Of names that fold to the same letters, the ones the text spells: the exact spelling
        (case and å/ä/ö) wins; else a name whose own å/ä/ö the text writes; else all of them."""
        candidates = list(candidates)
        if len({n.kommun.id for n in candidates}) <= 1:
            return candidates
        def written(name: str, flags: int) -> bool:
            return re.search(rf"(?<!\w){re.escape(name)}s?(?!\w)", text, flags) is not None
        # "Habo vid Vättern, inte Håbo": a spelling written only after "inte"/"not" is ruled out, not meant.
        def ruled_out(name: str) -> bool:
            return all(_NEGATED.search(text[:m.start()]) for m in re.finditer(rf"(?<!\w){re.escape(name)}s?(?!\w)", text))
        exact = [n for n in candidates if written(n.written, 0)]
        if len(exact) > 1:
            exact = [n for n in exact if not ruled_out(n.written)] or exact
        if len(exact) == 1:
            return exact
        own = [n for n in candidates if not n.written.isascii() and written(n.written, re.IGNORECASE)]
        return own if len(own) == 1 else candidates

    def resolve(self, typed: str) -> list[Kommun]:
        """The kommun a typed name means ("Hjo", "hjo kommun", "Göteborg", "goteborg", "Goteborgg",
        "Bålsta"): one when it is clear, the few it may be when not (Habo/Håbo, a typo two names
        are near), none when nothing fits."""
        words = [w for w in tokens(typed) if w not in _FRAME_WORDS]
        if not words or len(words) > 4:
            return []
        key = " ".join(words)
        found = self.names.get(key) or self.names.get(" ".join([*words[:-1], without_genitive(words[-1]) or ""]))
        if found:
            return _unique(n.kommun for n in self.spelled(found, typed))
        if len(words) > 1 or len(key) < 3:
            return []
        limit = 1 if len(key) <= 5 else 2
        near = [(distance, self.names[choice]) for choice, distance, _ in process.extract(
            key, self._single, scorer=OSA.distance, score_cutoff=limit, limit=MAX_CANDIDATES + 1)]
        if near:
            best = min(d for d, _ in near)
            return _unique(n.kommun for d, names in near if d == best for n in names)[:MAX_CANDIDATES]
        starting = [self.names[k] for k in self._single if k.startswith(key)] if len(key) >= 3 else []
        kommuner = _unique(n.kommun for names in starting for n in names)
        return kommuner if len(kommuner) <= MAX_CANDIDATES else []


def _unique(kommuner: Iterable[Kommun]) -> list[Kommun]:
    return list({k.id: k for k in kommuner}.values())


def which_one(kommuner: list[Kommun], language: str) -> str:
    """The question when a name fits several kommuner: each with its county, so they can be told apart."""
    names = [f"{k.name} ({k.county})" for k in kommuner]
    joined = ", ".join(names[:-1]) + (" eller " if language != "en" else " or ") + names[-1]
    return f"Vilken kommun menar du: {joined}?" if language != "en" else f"Which municipality do you mean: {joined}?"
