"""A county or a local police area a message takes for given about a kommun, as a claim or as the
premise of a question, checked against the entry before the question is answered:

    "Täby i Skåne län – vad har de lovat?"               ──► "Nej, det stämmer inte: Täby ligger i
                                                              Stockholms län." and then what they promised
    "Sölvesborgs lokalpolisområde är Kristianstad, eller hur?" ──► the police area the entry gives
    "Torsås belongs to the Kalmar local police area, doesn't it?"
    "Från och med nu gäller att Hylte ligger i Skåne län. Vilket län ligger Hylte i?"

A premise is the kommun named, then (a few words of "ligger i", "tillhör ju", "belongs to the" apart)
the county or the police area; the rest of the message (the clauses after it, asked_after.py) is
answered as any message about that kommun. A true premise is confirmed only when it was stated
("ligger", "tillhör", "är", a tag); "Vellinge i Skåne län – vad har de lovat?" names the county to say
which Vellinge, and is only answered. The wrong county or area is never repeated: only the entry's.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from bot.answering import asked_kommun, belonging, claim_spans, plain_verdicts
from bot.answering.compose import join_words, municipality_party, pick
from bot.answering.knowledge import Knowledge, Municipality
from bot.answering.matching import Mention
from bot.text import fold, swedish_key, tokens

if TYPE_CHECKING:
    from bot.answering.reading import Reading

# Words that may stand between the kommun and the county or area it is placed in.
BRIDGE = frozenset(("i", "ligger", "lag", "is", "in", "located", "hor", "tillhor", "till", "ju", "val", "visst",
                    "belongs", "belong", "to", "kommun", "som", "ar", "part", "of", "the", "lies", "finns", "s",
                    "nog", "faktiskt", "det", "within", "under", "inom", "en", "del", "av", "a", "that", "att",
                    "sorterar", "lyder", "ingar", "faller", "falls", "comes"))
# Of those, the ones that state the premise ("ligger i", "tillhör", "is in"), not only name it.
_WHAT_IS = frozenset(("vad", "vem", "vilka", "vilken", "vilket", "what", "who", "which"))
STATING = frozenset(("ligger", "lag", "is", "located", "hor", "tillhor", "belongs", "belong", "ar", "lies", "finns",
                     "ju", "val", "visst", "part", "sorterar", "lyder", "ingar", "faller", "falls", "comes"))
POLICE_WORDS = frozenset(("lokalpolisomrade", "lokalpolisomradet", "polisomrade", "polisomradet", "lpo"))
ENGLISH_AREA = (("local", "police", "area"), ("police", "area"), ("local", "police", "district"),
                ("police", "district"))
COPULA = frozenset(("ar", "is", "heter", "blir"))  # "Sölvesborgs lokalpolisområde är Kristianstad"
# Between a kommun and the police area its agreement is said to be with ("Ronnebys avtal är väl med
# lokalpolisområde Karlshamn", "The Ronneby agreement is with the local police area Kalmar").
WITH_AREA = frozenset(("avtal", "avtalet", "lofte", "loftet", "loften", "medborgarlofte", "medborgarloftet",
                       "overenskommelse", "overenskommelsen", "samverkansavtal", "samverkansavtalet", "agreement",
                       "promise", "promises", "med", "with", "tecknades", "tecknat", "tecknade", "skrevs", "slots",
                       "samarbetar", "samverkar", "cooperates", "works", "signed", "made", "har", "has", "have",
                       "sitt", "sina", "its", "their",
                       # "X is covered by the local police area Y", "X har väl ett eget lokalpolisområde som
                       # heter Y", "X täcks av …": other ways to put a kommun in an area.
                       "covered", "by", "av", "tacks", "policed", "served", "omfattas", "ingar", "ett", "eget",
                       "egen", "own", "an", "under"))
# Words that name the area after its word: "lokalpolisområde som heter Märsta", "a police area called Y".
NAMING = frozenset(("som", "heter", "kallas", "called", "named"))
# "Ale ligger under polisen i Göteborg": the police named by a place ("polisen i Y", "the police in Y") is
# the police area the kommun is placed in, in chat as often as "lokalpolisområde Y".
POLICE_OF = frozenset((("polisen", "i"), ("lokalpolisen", "i"), ("polis", "i"), ("police", "in"),
                       ("polisen", "pa"), ("polisomradet", "i"), ("lokalpolisomradet", "i")))
# Words before an area's name that say it is one ("the local police area Kalmar").
ENGLISH_AREA_BEFORE = (("local", "police", "area"), ("police", "area"), ("local", "police", "district"))
BETWEEN = 5  # at most this many bridging words between the kommun and what it is placed in
# A clause that only closes the claim ("eller hur", "doesn't it", "right?") asks nothing more.
TAGS = frozenset(("eller", "hur", "va", "right", "doesn", "t", "it", "isn", "correct", "true", "stammer", "det",
                  "inte", "sant", "ja", "nej", "yes", "no", "or", "not", "is", "that", "ratt", "sa", "isnt", "doesnt"))
# Question words: a clause with one asks something besides the premise.
ASKING = frozenset(("vad", "vem", "vilka", "vilket", "vilken", "nar", "hur", "varfor", "vart", "var", "what", "who",
                    "which", "when", "how", "why", "where", "finns", "gor", "har", "does", "do", "did", "are",
                    "can", "kan"))
# The rest asks the very thing the premise was about ("Vilket län ligger Hylte i?"): answered by the check.
SAME_ASK = {"county": frozenset(("lan", "county")), "kommun": frozenset(("kommun", "municipality")),
            "police_area": frozenset(("lokalpolisomrade", "polisomrade", "lokalpolisomradet", "polisomradet"))}


@dataclass(frozen=True)
class Premise:
    muni: Municipality
    kind: str  # "county" or "police_area"
    true: bool
    stated: bool  # with a verb or a particle ("ligger i", "tillhör ju"), not a bare "X i Y län"
    start: int  # token index of the kommun's name
    end: int  # token index after the county or the area
    shared_with: tuple[str, ...] = ()  # the other kommuner of an area claimed to be the kommun's own
    asked: bool = False  # put as a question ("Har Sigtuna ett eget lokalpolisområde?"): answered, not disputed
    place: str = ""  # kind "kommun": the locality placed in a kommun ("Gustavsberg ligger väl i Nacka kommun?")
    # A second claim of the other kind about the same kommun, after the first ("Mora hör till Dalarnas län
    # men polisområde Falun, va?"): each is confirmed or corrected on its own.
    also: Premise | None = None
    alone: bool | None = None  # with `also`: whether this claim alone is true (`true` is then both's)

    def fact(self, language: str) -> str:
        """The entry's county or police area, said of the kommun."""
        m = self.muni
        if self.kind == "kommun":
            return pick(language, f"{self.place} ligger i {municipality_party(m)}.",
                        f"{self.place} is in {m.name} Municipality.")
        if self.kind == "county":
            return pick(language, f"{m.name} ligger i {m.county}.", f"{m.name} is in {m.county}.")
        if self.shared_with:
            others = join_words(list(self.shared_with), language)
            return pick(language, f"{m.name} hör till lokalpolisområde {m.police_area}, som också omfattar {others}.",
                        f"{m.name} belongs to the local police area {m.police_area}, which also covers {others}.")
        return pick(language, f"{m.name} hör till lokalpolisområde {m.police_area}.",
                    f"{m.name} belongs to the local police area {m.police_area}.")

    def line(self, language: str) -> str:
        """The verdict and the entry's fact; the claimed county or area is not repeated."""
        if self.also is not None:
            return self._both(self.also, language)
        lead = pick(language, "Ja," if self.true else "Nej," if self.asked else "Nej, det stämmer inte:",
                    "Yes," if self.true else "No," if self.asked else "No, that is not right:")
        return f"{lead} {self.fact(language)}"


    def _both(self, other: Premise, language: str) -> str:
        """Two claims, each with its verdict: the true one confirmed, the false one corrected with the
        entry's value, never one "Ja" or "Nej" for both."""
        one, two = self.fact(language).rstrip("."), other.fact(language)
        first = self.true if self.alone is None else self.alone
        if first and other.true:
            rest = two.removeprefix(f"{self.muni.name} ")
            return pick(language, f"Ja, {one} och {rest}", f"Yes, {one} and {rest}")
        if not first and not other.true:
            rest = two.removeprefix(f"{self.muni.name} ")
            return pick(language, f"Nej, det stämmer inte: {one} och {rest}", f"No, that is not right: {one} and {rest}")
        if first:
            return pick(language, f"Ja, {one}, men {_WHAT_SV[other.kind]} stämmer inte: {two}",
                        f"Yes, {one}, but the {_WHAT_EN[other.kind]} is wrong: {two}")
        return pick(language, f"Nej, {_WHAT_SV[self.kind]} stämmer inte: {one}. Men det stämmer att {two}",
                    f"No, the {_WHAT_EN[self.kind]} is wrong: {one}. But it is right that {two}")


_WHAT_SV = {"county": "länet", "police_area": "lokalpolisområdet", "kommun": "kommunen"}
_WHAT_EN = {"county": "county", "police_area": "local police area", "kommun": "municipality"}
# Words that join a second claim to the first ("… län men polisområde Falun", "… and belongs to …").
JOINING = frozenset(("och", "men", "samt", "and", "but", "also", "ocksa", "dessutom", "fast"))


def _second(r: Reading, first: Premise) -> Premise | None:
    """The claim of the other kind about the same kommun after the first one, joined to it by "och",
    "men", "and" and bridging words only; None when there is none."""
    m, toks = first.muni, r.tokens
    allowed = BRIDGE | JOINING | POLICE_WORDS | COPULA | WITH_AREA | frozenset(("local", "police", "area", "district"))
    if first.kind == "county" and m.police_area:
        own = {fold(m.police_area), *(fold(half) for half in m.police_area.split("/"))}
        for name, start, end in _claimed_areas(r):
            words = set(toks[first.end:start])
            joined = words <= allowed and bool(JOINING & words)
            if start >= first.end and (joined or _goes_on(r, first.end, start)):
                return Premise(m, "police_area", fold(name) in own, True, first.end, end)
    if first.kind == "police_area" and m.county:
        for region in r.scan.regions:
            between = set(toks[first.end:region.start])
            if region.kind == "county" and region.start >= first.end and between <= allowed and JOINING & between:
                return Premise(m, "county", fold(region.name) == fold(m.county), True, first.end, region.end)
    return None


# A question word opens a question of its own: "Tingsryd ligger i Kalmar län, vad har polisen i Kalmar lovat?"
# asks about Kalmar's police, it claims nothing more about Tingsryd.
_OPENS_QUESTION = ASKING - {"finns", "gor", "har", "does", "do", "did", "are", "can", "kan"}
GOES_ON = 8  # at most this many words between a county claimed and the police area said after it


def _goes_on(r: Reading, start: int, end: int) -> bool:
    """Whether the words between a county claimed of a kommun and a police area named after it keep the
    kommun as their subject: "Tingsryd ligger väl i Kalmar län, jobbar de ihop med polisen i Kalmar då?",
    "Sunne is in Dalarna County so they work with the police in Mora": no other kommun named, no question
    word opening a question of its own, a few words (a pronoun, a verb, "så", "därför") only."""
    between = r.tokens[start:end]
    others = any(start <= m.start < end for m in r.scan.mentions)
    return 0 < len(between) <= GOES_ON and not others and not _OPENS_QUESTION & set(between)


def _subject(r: Reading, knowledge: Knowledge, before: int,
             more: frozenset[str] = frozenset()) -> tuple[Municipality, int] | None:
    """The kommun named last before token `before`, with only bridging words between (`more`: others
    that may bridge here)."""
    mentions = [m for m in r.scan.mentions if not m.police_area and m.end <= before]
    if not mentions:
        return None
    m = mentions[-1]
    between = r.tokens[m.end:before]
    if len(between) > BETWEEN or not set(between) <= BRIDGE | POLICE_WORDS | COPULA | more:
        return None
    muni = _kommun(knowledge, m)
    return (muni, m.start) if muni is not None else None


def _kommun(knowledge: Knowledge, mention: Mention) -> Municipality | None:
    """The entry of a kommun named: one with an agreement, or one searched for without an agreement
    found, whose county and police area the record of the search gives ("Skinnskatteberg is covered
    by the local police area Västerås, right?" is answered with Skinnskatteberg's area)."""
    if mention.place.municipality_id:
        return knowledge.municipalities.get(mention.place.municipality_id)
    return knowledge.searched(mention.place.name)


def _stated(r: Reading, start: int, end: int) -> bool:
    return (bool(STATING & set(r.tokens[start:end])) or r.text.rstrip().endswith("?") and not _asks_more(r)
            or claim_spans.marked(r.tokens))  # "…, eller?", "stämmer det att …": put to the bot as a claim


def _asks_more(r: Reading) -> bool:
    return bool(ASKING & set(r.tokens))


def _counties(r: Reading, knowledge: Knowledge, want: str | None = None) -> Premise | None:
    for region in r.scan.regions:
        if region.kind != "county":
            continue
        found = _subject(r, knowledge, region.start)
        if found is None or not found[0].county or want and found[0].id != want:
            continue
        muni, start = found
        true = fold(region.name) == fold(muni.county)
        return Premise(muni, "county", true, _stated(r, start, region.start), start, region.end)
    return None


def _claimed_areas(r: Reading) -> list[tuple[str, int, int]]:
    """The police areas the message names (name, start, end): after "lokalpolisområde" (or "… är"),
    or before "local police area"."""
    toks = r.tokens
    named: list[tuple[str, int, int]] = [(g.name, g.start, g.end) for g in r.scan.regions if g.kind == "police_area"]
    for m in r.scan.mentions:
        name = m.place.via or m.place.name
        before = toks[m.start - 1] if m.start else ""
        copula = m.start >= 2 and before in COPULA and toks[m.start - 2] in POLICE_WORDS
        english = next((words for words in ENGLISH_AREA if tuple(toks[m.end:m.end + len(words)]) == words), ())
        english_before = any(tuple(toks[max(0, m.start - len(words)):m.start]) == words
                             for words in ENGLISH_AREA_BEFORE)
        named_as = m.start >= 2 and toks[m.start - 1] in NAMING and any(
            t in POLICE_WORDS or t in ("area", "district") for t in toks[max(0, m.start - 4):m.start - 1])
        # "hör till Nybro polisområde", "tillhör Linköpings polisområde": the area's name before its Swedish word.
        swedish_after = m.end < len(toks) and toks[m.end] in POLICE_WORDS
        if m.police_area or copula or english or english_before or named_as:
            named.append((name, m.start, m.end + len(english)))
        elif swedish_after and m.start >= 2 and toks[m.start - 1] in ("till", "under", "i", "inom", "tillhor"):
            named.append((name, m.start, m.end + 1))
        elif m.start >= 2 and tuple(toks[m.start - 2:m.start]) in POLICE_OF:
            named.append((name, m.start - 2, m.end))  # the span opens at "polisen", which the kommun precedes
        elif m.start >= 1 and toks[m.end:m.end + 1] in (["polisen"], ["lokalpolisen"]) \
                and toks[m.start - 1] in BRIDGE | WITH_AREA | JOINING:
            # "hör till malmöpolisen", "och Sundsvallspolisen" (read as "malmo polisen"): the police named by a
            # place, as "polisen i Malmö" is, after a word that places the kommun ("hageby norrkoping polisen
            # synlighet?" only names two things).
            named.append((name, m.start, m.end + 1))
    return sorted(named, key=lambda n: n[1])


def _areas_of_police(r: Reading, knowledge: Knowledge) -> list[tuple[str, int, int]]:
    """Police areas named as "polisen i Hälsingland", by an area's name that is no kommun's (name, start, end)."""
    toks = r.tokens
    found: list[tuple[str, int, int]] = []
    for at in range(len(toks) - 2):
        if tuple(toks[at:at + 2]) not in POLICE_OF:
            continue
        for area in {m.police_area for m in knowledge.municipalities.values() if m.police_area}:
            words = tokens(area)
            if tuple(toks[at + 2:at + 2 + len(words)]) == tuple(words):
                found.append((area, at, at + 2 + len(words)))
    return found


def _police_areas(r: Reading, knowledge: Knowledge, want: str | None = None) -> Premise | None:
    toks = r.tokens
    named = _claimed_areas(r)
    named += [a for a in _areas_of_police(r, knowledge) if not any(a[1] <= n[1] < a[2] for n in named)]
    for name, start, end in named:
        # The kommun stands before the area's words: "X tillhör ju lokalpolisområde Y",
        # "Xs lokalpolisområde är Y", "X belongs to the Y local police area".
        head = start
        if tuple(toks[max(0, head - 2):head]) in POLICE_OF:
            head -= 2  # "Hofors ligger väl under polisen i Hälsingland": an area named by the police in it
        while head > 0 and (toks[head - 1] in POLICE_WORDS or toks[head - 1] in COPULA or toks[head - 1] in NAMING
                            or toks[head - 1] in ("the", "local", "police", "area", "district", "polisen")):
            head -= 1
        found = _subject(r, knowledge, head, WITH_AREA)
        if found is None:
            continue
        muni, first = found
        if not muni.police_area or first == start or want and muni.id != want:
            continue
        own = {fold(muni.police_area), *(fold(half) for half in muni.police_area.split("/"))}
        true = fold(name) in own
        return Premise(muni, "police_area", true, _stated(r, first, start), first, end)
    return None


# "Sigtuna har väl ett eget lokalpolisområde?": an area of the kommun's own, no area named.
OWN = frozenset(("eget", "egen", "own"))


def _own_area(r: Reading, knowledge: Knowledge) -> Premise | None:
    """An area of its own claimed for a kommun: true when the area bears the kommun's name and no
    other entry names it; false when it bears another name (Sigtuna's is Sollentuna), or the kommun's
    name while covering others too (whom the verdict then names)."""
    toks = r.tokens
    for at, word in enumerate(toks[:-1]):
        if word not in OWN:
            continue
        area_words = 1 if toks[at + 1] in POLICE_WORDS else next(
            (len(w) for w in ENGLISH_AREA if tuple(toks[at + 1:at + 1 + len(w)]) == w), 0)
        found = _subject(r, knowledge, at, WITH_AREA) if area_words else None
        if found is None or not found[0].police_area:
            continue
        muni, first = found
        others = sorted({m.name for m in belonging.members(knowledge, muni.police_area, searched=True)} - {muni.name},
                        key=swedish_key)
        named_after = fold(muni.police_area) == fold(muni.name)
        # Mora's area bears its name but covers Orsa and Älvdalen too: not its own, and those are said.
        stated = _stated(r, first, at)
        return Premise(muni, "police_area", named_after and not others, stated, first,
                       at + 1 + area_words, tuple(others) if named_after else (), asked=not stated)
    return None


def _localities(r: Reading, knowledge: Knowledge) -> Premise | None:
    """A locality placed in a kommun, with a verb that states it ("Gustavsberg ligger väl i Nacka kommun?",
    "Ramsele is part of Kramfors, right?"): the kommun the locality lies in is the premise's kommun, and
    the one it was placed in is not said again. Two places side by side ("Edsbyn i Bollnäs") state nothing."""
    mentions = [m for m in r.scan.mentions if not m.police_area]
    for place, named in zip(mentions, mentions[1:]):
        between = r.tokens[place.end:named.start]
        # The verb may come first, after an opening clause ("som jag förstått det ligger Skillingaryd i …").
        verb_first = place.start > 0 and r.tokens[place.start - 1] in STATING
        if verb_first and place.start <= 2 and (r.tokens[0] in _WHAT_IS or r.tokens[0] in _WHY_IS):
            continue  # "Vad är Våga värna i Östhammar?" asks what it is, "Why is Järntorget in Örebro in focus?" why
        if not place.place.via or named.place.via or not between or len(between) > BETWEEN \
                or not set(between) <= BRIDGE or not (STATING & set(between) or verb_first):
            continue
        if _agreement_of(r.tokens, named.end):
            continue  # "Inbrott i Vislanda? Is that in Alvesta's promise?": the agreement asked of, no place placed
        home = _kommun(knowledge, place)
        if home is None:
            continue
        true = place.place.kommun_id == named.place.kommun_id
        end = named.end + (1 if r.tokens[named.end:named.end + 1] in (["kommun"], ["municipality"]) else 0)
        return Premise(home, "kommun", true, True, place.start, end, place=place.place.via)
    return None


# "Why is Järntorget in Örebro in focus …?", "hur är Berga i Kalmar …?": a question of the place, which it places not.
_WHY_IS = frozenset(("varfor", "why", "hur", "how", "nar", "when"))
_AGREEMENT_HEADS = ("lofte", "loften", "medborgarlofte", "avtal", "overenskommelse", "samverkansoverenskommelse",
                    "samverkansavtal", "promise", "agreement", "pledge")


def _agreement_of(toks: list[str], end: int) -> bool:
    """The kommun named as its agreement's owner ("Alvestas löfte", "Göteborg's promise"), not as a place."""
    after = toks[end:end + 2]
    after = after[1:] if after[:1] == ["s"] else after
    return bool(after) and after[0].startswith(_AGREEMENT_HEADS)


def find(r: Reading, knowledge: Knowledge) -> Premise | None:
    """The county, police-area or kommun premise of a message about a kommun, or None."""
    if not r.known and not r.unknown:
        return None
    # "Umeå ligger i Skåne och Skellefteå i Jämtland. Vilket län ligger Skellefteå i?": of two kommuner
    # placed, the premise of the one asked about (asked_kommun.py); the other's is not its answer.
    want = asked_kommun.claimed(r)
    if len(asked_kommun.listed(r)) > 1:
        return None  # "Burlöv och Lomma hör väl till lokalpolisområde Malmö?": a claim of each (engine._claim)
    found = (_police_areas(r, knowledge, want) or _own_area(r, knowledge) or _counties(r, knowledge, want)
             or _localities(r, knowledge))
    if found is not None and want and not found.stated and STATING & set(r.tokens[:found.start]):
        # "Kiruna is in Västerbotten and Gällivare in Jämtland": the verb said once for both.
        found = replace(found, stated=True)
    if found is not None and not found.asked and found.start <= 2 and plain_verdicts.opens_question(r.tokens):
        found = replace(found, asked=True)  # "Ligger Alvesta i Kalmar län?" claims nothing: "Nej, Alvesta ligger i …"
    other = _second(r, found) if found is not None and found.stated and not found.asked else None
    if other is None or found is None:
        return found
    return replace(found, also=other, alone=found.true, true=found.true and other.true, end=other.end)


# What a kommun named by its county is then claimed to do ("Habo i Jönköpings län har trafik som fokus").
CLAIMED_AFTER = frozenset(("har", "hade", "has", "had", "handlar", "fokuserar", "lovade", "lovar", "satsar", "prioriterar",
                           "focuses", "promised"))


def named_by_county(r: Reading, premise: Premise) -> bool:
    """A county said right after the kommun, with no verb placing it there ("Habo i Jönköpings län har …"), and a
    claim about the kommun after it: the county names which kommun; it is not the claim."""
    between = r.tokens[premise.start:premise.end]
    return not STATING & set(between) and bool(CLAIMED_AFTER & set(r.tokens[premise.end:premise.end + 3]))


COUNTY_ASKS = (("vilket", "lan"), ("vilken", "lan"), ("which", "county"), ("what", "county"))
SHORT = 8  # "Vilket län ligger Krokom i?": a longer message asks more, and is read as any


def county_asked(r: Reading, knowledge: Knowledge) -> Municipality | None:
    """"Vilket län ligger Krokom i?", "Which county is Eslöv in?": the one kommun asked about, when
    the message asks only that (the county is in kommuner.yaml, not in an agreement's text)."""
    toks = r.tokens
    if len(toks) > SHORT or r.scan.regions or not any(tuple(toks[i:i + 2]) in COUNTY_ASKS for i in range(len(toks))):
        return None
    ids = {m.place.municipality_id for m in r.known}
    muni = knowledge.municipalities.get(str(ids.pop())) if len(ids) == 1 else None
    return muni if muni is not None and muni.county else None


def county_line(muni: Municipality, language: str) -> str:
    return pick(language, f"{muni.name} ligger i {muni.county}.", f"{muni.name} is in {muni.county}.")
