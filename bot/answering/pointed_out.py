"""The places and bodies an agreement points out, read from its sentences: a place named after "i", "vid",
"på", a street or square by name, a part of the kommun under the kommun's name ("Campus Laholm"), a
council, forum or group by name or not ("det lokala brottsförebyggande rådet"). Kept apart from
detail_asks.py, which reads what a question's frame asks for; this module finds it in an entry.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from bot.answering.knowledge import Agreement, Municipality
from bot.answering.passage_kinds import Passage
from bot.answering.passages import Passages
from bot.text import fold, tokens

# The kinds of body a question asks the name of ("i vilket råd", "which council"): named or not.
BODIES = frozenset(("rad", "council", "forum", "grupp", "board", "group"))
_NOT_BODIES = ("kommunalrad", "kommunrad", "regionrad", "oppositionsrad")  # a person's title, not a council
# Streets, squares and parks by name: places an agreement points out ("Altona (Violvägen …)").
_STREETS = ("gatan", "vagen", "torget", "parken", "plan", "alle", "allen", "straket")
# The words that point places out ("pekas ut", "utpekade"): the frame of a "places" question.
_POINTING = frozenset(("pekas", "pekar", "pekats", "pekat", "utpekade", "utpekad", "utpekat", "ut", "namns", "namnda",
                       "namnts", "pointed", "out", "mentioned", "named"))
# A sentence that points places out ("på utpekade platser", "vid angivna platser", "dessa platser").
_POINTS_OUT = re.compile(r"\b(?:utpekade|angivna|namngivna|pekas ut|pekats ut|dessa platser|foljande platser|nedanstaende)\b")
# The places an agreement points out, listed: more than a quote's two sentences, fewer than a list.
MAX_PLACES = 4
# The entry's own localities: "vilka orter", "which villages".
PLACE_KINDS = ("ort", "orter", "orterna", "by", "byar", "byarna", "samhallen", "tatort", "tatorter", "platser",
               "platserna", "stallen", "stallena", "places", "villages", "towns", "localities", "locations", "spots",
               "sites")
# A place named after "i", "vid", "på", "del av" ("i Degerfors, Åtorp och Svartå", "vid Hamnplan").
_AT_PLACES = re.compile(r"\b(?:i|vid|på|kring|runt|in|at|around|(?:del|delen|delar|delarna|part|parts)\s+(?:av|of))\s+"
                        r"((?:[A-ZÅÄÖ][\wåäöéü-]+(?:,\s*|\s+och\s+|\s+and\s+)?)+)")
# "in February 2024" names a time, not a place (English months are written with a capital).
_MONTHS = frozenset(("january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december"))
YEAR = re.compile(r"^(?:19|20)\d\d$")
# Words that name a part of a town in a sentence that names no place of its own ("problem i centrum").
_CENTRES = frozenset(("centrum", "centrala", "stadskarnan", "tatorten", "jarnvagsstationen", "stationen", "torget",
                      "hamnen", "centre", "center", "central", "station", "square"))

# The same places as the last part of a compound ("tågstationen", "busstorget", "gästhamnen").
_CENTRE_ENDS = ("stationen", "torget", "hamnen")  # (never "centrum": "Sportcentrum" is a facility)

# Compounds that end as a residential area's name ends but name a part of the agreement or the police
# ("Lokalpolisområde Borås", "Fokusområden"): never the area asked for.
_NOT_A_NAME = ("polisomrad", "fokusomrad", "samverkansomrad", "insatsomrad", "verksamhetsomrad", "prioriteradeomrad")


@lru_cache(maxsize=65536)
def names_of(sentence: str, endings: tuple[str, ...], kind: str = "") -> bool:
    """Whether the sentence names a thing of the kind whose names end in `endings`: a capitalised word
    (not the sentence's first) ending so, or such a word right after a capitalised one ("Lilla torg");
    with `kind` (how the kind's word begins, "bostadsomrad", "stadsdel"), also a capitalised word right
    after that word ("bostadsområdet Hedbo", "stadsdelen Hageby")."""
    words = re.findall(r"[^\W\d_]+", sentence)
    for i, word in enumerate(words):
        folded = fold(word)
        if kind and i > 0 and word[:1].isupper() and fold(words[i - 1]).startswith(kind) and len(kind) > 3:
            return True
        if not any(folded.endswith(ending) for ending in endings) or any(part in folded for part in _NOT_A_NAME):
            continue
        capital = word[:1].isupper() and i > 0
        after_name = i > 1 and words[i - 1][:1].isupper()
        if (capital and (folded not in endings or len(folded) <= 3)) or after_name:
            return True
    return False


# A sentence that calls a thing by its name a place ("Resecentrum är en identifierad plats där …", "The
# travel centre has been identified as a place where …"): the place an agreement's basis points out, where
# "göra Mjölby till en tryggare plats" names none.
# A part of the kommun by its quarter ("särskilt i norra delen av kommunen", "the northern parts").
_QUARTER = re.compile(r"\b(?:norra|södra|östra|västra|northern|southern|eastern|western)\s+(?:del|delen|delar|delarna|"
                      r"kommundelen|kommundelarna|part|parts)\b", re.IGNORECASE)
_CALLED_A_PLACE = re.compile(
    r"^[A-ZÅÄÖ][\wåäöé-]*(?:\s+[\wåäöé-]+){0,2}\s+(?:är|blev|utgör)\s+(?:en|ett|den|det)\s+(?:[\wåäöé-]+\s+){0,3}"
    r"(?:plats|platsen|platser|område|området|stadsdel|stadsdelen|del|delen)\s+(?:där|som)\b"
    r"|\b(?:identified|described|singled out)\s+as\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:place|area|spot|part)\b")


@lru_cache(maxsize=16384)
def names_a_place(sentence: str, own: str) -> bool:
    """Whether a sentence names a place other than the kommun itself after "i", "vid", "på" ("i Degerfors,
    Åtorp och Svartå", "vid Hamnplan"), or calls a thing a place: the entry's localities when it lists none."""
    if set(sentence_words(sentence)) & _CENTRES:  # "i Trelleborgs centrum", "centrala Ystad", "Järnvägsstationen"
        return True
    if any(word.endswith(_CENTRE_ENDS) for word in sentence_words(sentence)):  # "vid tågstationen", "busstorget"
        return True
    if _CALLED_A_PLACE.search(sentence) or _QUARTER.search(sentence):
        return True
    return names_a_named_place(sentence, own)


@lru_cache(maxsize=16384)
def names_a_named_place(sentence: str, own: str) -> bool:
    """Whether a sentence names a place by its name, other than the kommun itself, after "i", "vid",
    "på", "del av" ("i stadsdelen Hageby", "den del av Rosengård")."""
    for match in _AT_PLACES.finditer(sentence):
        names = re.split(r",\s*|\s+(?:och|and)\s+", match.group(1))
        if any(fold(name).removesuffix("s") != own and fold(name) != own and fold(name).split()[0] not in _MONTHS
               for name in names if name.strip()):
            return True
    return False


def pointed_places(found: Passages, muni: Municipality, own: list[Passage], masked: Sequence[str],
                   language: str) -> list[tuple[float, Passage]]:
    """"Vilka platser pekas ut i löftet?": every sentence naming one of the entry's localities, a place
    after "i", "vid", "på", or a street, square or park by name ("Altona (Violvägen …)"), in the entry's
    order, the ones the question's other words pick first. The kind's word and "pekas ut" are the frame:
    a sentence that only says "platser" ("en plats där tryggheten minskat") is no better for them."""
    own = of_the_years(muni, own, masked)  # "Laholm 2021: vilka platser …": that year's, not the next one's
    chosen = [p for p in own if places_one(p, muni)]
    if not chosen and set(masked) & _POINTING:
        # "vilka platser pekas ut?" of "… på utpekade platser som knutpunkter och mörka platser": with no
        # place named by its name, the sentence that points them out ("Altona" says more than it).
        chosen = [p for p in own if _POINTS_OUT.search(fold(p.text))]
    if not chosen:
        return []
    words = [t for t in masked if t not in PLACE_KINDS and t not in _POINTING]
    scores = {id(p): score for score, p in found.rank(muni.id, words, language)} if words else {}
    order = {id(p): i for i, p in enumerate(chosen)}
    ranked = sorted(chosen, key=lambda p: (-scores.get(id(p), 0.0), order[id(p)]))
    firsts: dict[tuple[str, str], Passage] = {}
    for p in ranked:  # an area's title and its source's sentence are one place
        firsts.setdefault((p.kind, p.key) if p.key else (p.kind, str(id(p))), p)
    return [(scores.get(id(p), 0.0), p) for p in list(firsts.values())[:MAX_PLACES]]


def places_one(p: Passage, muni: Municipality) -> bool:
    """Whether a passage names a place of the kommun: one of its localities, a place after "i", "vid", "på",
    a street, square or park by name ("Altona (Violvägen …)"), or, as an area's title, a part of the kommun
    by its name ("Campus Laholm")."""
    localities = [tuple(tokens(name)) for name in muni.localities]
    return any(holds_name(sentence_words(p.text), name) for name in localities if name) \
        or names_a_place(p.text, fold(muni.name)) or names_of(p.text, _STREETS) \
        or p.kind == "area" and (_names_in_kommun(p.label, muni.name) or names_of(p.label, _STREETS)
                                 or any(holds_name(sentence_words(p.label), name) for name in localities if name))


def _names_in_kommun(label: str, name: str) -> bool:
    """Whether an area's title names a place by the kommun's name after a word of its own with a capital
    ("Campus Laholm", "Centrala Laholm"): a part of the kommun, where "Trygghet i Laholm" is all of it."""
    return re.search(rf"\b[A-ZÅÄÖ][\wåäö-]+\s+{re.escape(name)}\b", label) is not None


def names_a_body(sentence: str, endings: tuple[str, ...]) -> bool:
    """Whether a sentence names a council, forum or group, by name or not ("det lokala brottsförebyggande
    rådet"); a kommunalråd is a person."""
    return any(w.endswith(endings) and not w.startswith(_NOT_BODIES) for w in sentence_words(sentence))


def of_the_years(muni: Municipality, own: list[Passage], masked: Sequence[str]) -> list[Passage]:
    """The passages of the agreements that ran in every year the question names ("löftet 2024–2025"),
    or `own` when it names none or none of them ran then."""
    years = {int(t) for t in masked if YEAR.match(t)}
    if not years:
        return own
    held = {a.id for a in muni.agreements if all(_covers(a, year) for year in years)}
    # and a sentence of the entry's own (of no agreement) that names the year: "from 26 April 2023 residents could
    # …" answers "when did the dialogue start in 2023?" beside the agreement that ran then
    return [p for p in own if p.agreement_id in held or not p.agreement_id and all(
        str(year) in p.text for year in years)] or own


def _covers(agreement: Agreement, year: int) -> bool:
    """Whether an agreement may have run in `year`, as far as its dates say (as years_asked.py reads it)."""
    start = agreement.start or agreement.signed
    return (start is None or start.year <= year) and (agreement.end is None or year <= agreement.end.year)


def holds_name(sentence_tokens: list[str], name: tuple[str, ...]) -> bool:
    """Whether the words of a name stand in the sentence in their order (the last may run on: "purple
    flag" in "Purple Flag-certifierad", "trygghetsrådet" for "trygghetsradet")."""
    size, head, last = len(name), list(name[:-1]), name[-1]
    for at in range(len(sentence_tokens) - size + 1):  # the last word first: it rules out nearly every place
        if sentence_tokens[at + size - 1].startswith(last) and sentence_tokens[at:at + size - 1] == head:
            return True
    return False


@lru_cache(maxsize=65536)
def sentence_words(sentence: str) -> list[str]:
    return tokens(sentence)


# Safety felt, in a question's words ("minst trygga", "otryggast", "least safe", "most unsafe"), and the
# entries' own words for where it is lacking ("Hög upplevd otrygghet, särskilt i norra delen", "can feel
# unsafe", "causing insecurity"): a where-question about the feeling is ranked by the latter, which the
# question's stems ("trygga", "safe") seldom share.
_FEELING = ("trygg", "otrygg", "safe", "unsafe", "insecur", "secure")
_FELT_WORDS = ("otrygg", "otrygga", "otryggt", "otrygghet", "otryggheten", "unsafe", "insecurity")
_LACKING = ("otrygg", "unsafe", "insecur")


# Being seen is what the entries call presence ("var skulle polisen synas mer?" of "Polisen ökar sin närvaro vid
# tågstationen", "where will the police be visible?" of "presence at the train depot").
_SEEN = ("synas", "syns", "synlig", "visib", "seen")
_PRESENCE = ("narvaro", "polisnarvaro", "synlighet", "presence", "visibility")


def felt_where(masked: Sequence[str]) -> list[str]:
    """A where-question's words, with the entries' words for a lack of safety when it asks where safety is
    felt ("Var i Markaryd känner sig folk minst trygga?"), and for presence when it asks where someone is seen."""
    if any(t.startswith(_SEEN) for t in masked):
        masked = [*masked, *_PRESENCE]
    if not any(t.startswith(_FEELING) for t in masked) or any(t.startswith(_LACKING) for t in masked):
        return list(masked)  # no feeling asked, or asked in the entries' own words ("otrygga", "unsafe")
    return [*masked, *(w for w in _FELT_WORDS if w not in masked)]
