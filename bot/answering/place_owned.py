"""A place of one kommun said to have a promise of another kommun, or asked of another kommun by pointing
back at it: the resident needs the promise of the kommun the place lies in.

    "Lysekil har väl ett medborgarlöfte för Kungshamn?"     ──► "Nej, Kungshamn ligger i Sotenäs kommun, inte i
    "Does Solna have an agreement that covers Märsta?"          Lysekils kommun, så jag svarar om Sotenäs." and
    "Varför har inte Kristianstad något löfte för Lönsboda?"    what Sotenäs has promised for Kungshamn
    "Min pappa bor i Höllviken och undrar vad Trelleborgs kommun har lovat där" ──► Vellinge's

The kommun named is the one that has (or lacks) the promise: "X har … löfte/avtal/lovat … för P", the
kommun under its own name, not in the genitive. "Xs löfte handlar om P" and "X ska väl göra P tryggare"
say what X's own agreement or X itself is about or does: claims.py checks those against X's entry, with
where the place lies. Asked in its words ("vad har Härryda lovat för Mölnlycke?") the promise of the
place's kommun is the answer. The caller keeps the kommun named when its entry holds the subject the
message asks about and the place's kommun's does not ("Dorotea har väl ett löfte om skoterkörning i
Tärnaby?": Dorotea's promise is about snowmobiles, in Borgafjäll).
"""

from __future__ import annotations

from bot.answering import claim_spans, claims, shared_agreements
from bot.answering.compose import pick
from bot.answering.knowledge import Knowledge, Municipality
from bot.answering.matching import Mention
from bot.answering.misplaced import (ASKING, CLAIMING, LIVING, POLICE, Misplaced, one_sentence, pair, party_of, spans,
                                     written_for)
from bot.answering.reading import Reading
from bot.text import fold

# The kommun as the one who has (or has not) the promise: "Lysekil har väl …", "Does Solna have …".
OWNING = frozenset(("har", "hade", "has", "have", "had"))
# What it is said to have: an agreement, or something promised ("har väl lovat nåt för Vislanda").
PROMISE = claims.AGREEMENT_WORDS | frozenset(("loften", "lovat", "lovade", "promised", "avtalen", "agreements"))
# Between the kommun and the place, words of the kommun doing something itself ("ska väl göra Mölnlycke
# tryggare", "satsar på Torpa"): a claim of what it does, checked against its own entry.
DOING = frozenset(("ska", "skall", "satsar", "satsa", "gor", "gora", "fixa", "fixar", "will", "make", "makes",
                   "making", "fokuserar", "jobbar", "arbetar", "works", "handlar", "about"))
# Words before the place that say the promise is for it: "för Kungshamn", "som gäller Märsta", "covering Mjällby".
FOR_PLACE = frozenset(("for", "om", "i", "pa", "kring", "vid", "runt", "galler", "omfattar", "inkluderar", "about",
                       "in", "on", "at", "around", "covers", "covering", "cover", "includes", "including", "to"))
# The preposition that starts what is asked of the place ("om tryggheten i Jakobsberg", "för Kungshamn").
TAIL_STARTS = frozenset(("for", "om", "kring", "about", "around", "pa", "on", "in", "i", "at", "vid"))
# Words that point back at a place told before ("vad har Trelleborgs kommun lovat där").
THERE = frozenset(("dar", "dit", "there", "here"))  # not "här": folded, it is "har" (has)
_WHY = frozenset(("varfor", "why"))
KOMMUN_WORDS = frozenset(("kommun", "stad", "kommune", "municipality", "city", "council", "region"))


def find(r: Reading, knowledge: Knowledge) -> Misplaced | None:
    """The place said to have the wrong kommun's promise, or asked of it by "där", or None."""
    found = pair(r, knowledge)
    if found is None:
        return None
    kommun, place, home = found
    toks = r.tokens
    if set(toks[max(0, kommun.start - 2):kommun.start]) & POLICE:
        return None  # "polisen i Värnamo" names a police area, which may well cover the place's kommun
    if kommun.start < place.start:
        if not _owned(r, kommun, place) or not one_sentence(r, kommun, place):
            return None
        asked = _asked(r, place, home)
    elif _points_back(r, place, kommun):
        asked = written_for(r, kommun, home)
    else:
        return None
    wrong = knowledge.municipalities.get(str(kommun.place.municipality_id))
    # A promise both kommuner are parties to ("Nybro har väl ett avtal för Bergkvara?", a joint one): no "Nej".
    joint = wrong is not None and _joint(wrong, home)
    claimed = (bool(CLAIMING & set(toks)) or claim_spans.marked(toks)) and not _WHY & set(toks) and not joint
    return Misplaced(place.place.via, home, kommun.place.name, asked, party_of(knowledge, kommun),
                     str(kommun.place.municipality_id), claimed=claimed, owned=True)


def _joint(one: Municipality, other: Municipality) -> bool:
    """Whether the two may share a promise: either's parties or partners name the other as a kommun (not as
    the police area that bears its name), both entries hold an agreement of the same title or source, or of
    the same years with the same police area."""
    named = any(not {"polisen", "polis", "police"} & set(fold(p.name).replace(",", " ").split())
                for p in (*shared_agreements.naming(one, other), *shared_agreements.naming(other, one)))
    titles = {a.title for a in one.agreements if a.title} & {a.title for a in other.agreements if a.title}
    urls = {s.url for s in one.sources if s.url} & {s.url for s in other.sources if s.url}
    # One police area's agreement with its kommuner, each entry giving it in its own words ("Polisen och sex
    # kommuner i samverkan", Nybro's area): the same police area and the same years.
    years = {(a.start.year, a.end.year) for a in one.agreements if a.start and a.end}
    same_years = bool(years & {(a.start.year, a.end.year) for a in other.agreements if a.start and a.end})
    return named or bool(titles or urls) or bool(one.police_area) and one.police_area == other.police_area and same_years


def _owned(r: Reading, kommun: Mention, place: Mention) -> bool:
    """"X har (väl) ett löfte för P", "Does X have an agreement covering P", "Varför har inte X något löfte för
    P": X, not in the genitive, has a promise or has promised, and the place is what it is for."""
    toks = r.tokens
    between = toks[kommun.end:place.start]
    owning = OWNING & set(between) or OWNING & set(toks[max(0, kommun.start - 3):kommun.start])
    genitive = _genitive(r, kommun)
    before_place = toks[place.start - 1] if place.start else ""
    return bool(owning) and not genitive and bool(PROMISE & set(between)) and not DOING & set(between) \
        and before_place in FOR_PLACE and len(between) <= 12


def _genitive(r: Reading, kommun: Mention) -> bool:
    """"Lunds löfte", "Karlskrona's agreement": the kommun's name in the genitive."""
    at = spans(r)
    if at is None:
        return False
    written = fold(r.text[at[kommun.start][0]:at[kommun.end - 1][1]])
    name = fold(kommun.place.via or kommun.place.name)
    after = r.tokens[kommun.end] if kommun.end < len(r.tokens) else ""
    if after in KOMMUN_WORDS:
        return False  # "Stockholms stad", "Östersunds kommun": the kommun's own name for itself
    return written.endswith("s") and not name.endswith("s") or after == "s"


def _points_back(r: Reading, place: Mention, kommun: Mention) -> bool:
    """The place told first, then a question of the kommun that points back at it ("Vi har stuga i
    Fjällbacka. Vad har Strömstad lovat där?"); the kommun never one where the resident lives or works."""
    toks = r.tokens
    after = toks[kommun.end:]
    asking = ASKING & set(toks[place.end:kommun.start]) or ASKING & set(after[:3])
    living = kommun.start >= 2 and toks[kommun.start - 2] in LIVING or LIVING & set(toks[kommun.end:kommun.end + 2])
    return bool(asking) and bool(THERE & set(after)) and not living and THERE.isdisjoint(toks[place.end:kommun.start])


def _asked(r: Reading, place: Mention, home: Municipality) -> str:
    """What was claimed, asked of the place's kommun: "Vad har Sotenäs lovat för Kungshamn?", with the
    words the message puts before the place ("om tryggheten i Jakobsberg")."""
    toks = r.tokens
    at = spans(r)
    promised = max((i for i in range(place.start) if toks[i] in PROMISE), default=-1)
    start = next((i for i in range(promised + 1, place.start) if toks[i] in TAIL_STARTS), None)
    if start is not None and at is not None:
        tail = r.text[at[start][0]:at[place.end - 1][1]]
    else:
        tail = pick(r.language, f"för {place.place.via}", f"for {place.place.via}")
    return pick(r.language, f"Vad har {home.name} lovat {tail}?", f"What has {home.name} promised {tail}?")
