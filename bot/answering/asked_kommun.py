"""Which of two or more kommuner a message names it is about, for a premise or a claim:

    "Skrev Katrineholms ordförande under Vingåkers löfte?"   ──► Vingåker (the agreement asked about)
    "Gäller Växjös avtal också för Alvesta?"                  ──► Växjö
    "Umeå ligger i Skåne och Skellefteå i Jämtland. Vilket län ligger Skellefteå i?" ──► Skellefteå
    "Kirunas avtal gäller till 2027 och Gällivares till 2030, eller hur?"             ──► Gällivare
    "Både Sotenäs och Munkedal har väl grannsamverkan?"      ──► each of them, in order

The first kommun named is often only the resident's frame (where they live, a neighbour's agreement
that is right); the claim that needs checking is of the kommun whose agreement is named, or else of
the one named last, which is where a claim put after another ends.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answering import claim_parts, claim_spans, claims, party_asks, plain_verdicts
from bot.answering.answer import Answer
from bot.answering.claims import AGREEMENT_WORDS
from bot.answering.knowledge import Knowledge, Municipality
from bot.text import fold, tokens

if TYPE_CHECKING:
    from bot.answering.claim_checks import ClaimChecks
    from bot.answering.decide import Decision
    from bot.answering.matching import Mention
    from bot.answering.reading import Reading

# The agreement's word after a kommun's name ("Vingåkers löfte", "Mark's agreement", "Kumla's citizen
# promise"): the definite forms too, which AGREEMENT_WORDS (a claim's subject) leaves out.
AGREEMENT = AGREEMENT_WORDS | frozenset(("loftet", "loften", "medborgarloftet", "medborgarloftena", "avtalen",
                                         "samverkansavtalet", "overenskommelsen", "samverkansoverenskommelsen",
                                         "samverkansoverenskommelser"))
# What may stand between the genitive and the agreement's word ("Mark s agreement", "Kumlas nya löfte").
BEFORE_AGREEMENT = frozenset(("s", "citizen", "cooperation", "nya", "senaste", "new", "latest", "eget", "own"))
# "Både X och Y …", "X and Y both …": a claim of each of them.
# "Kumla, Hallsberg och Mjölby har väl alla löften …", "… all have …": of three, the same.
BOTH = frozenset(("bade", "bada", "both", "alla", "samtliga", "all", "allihop"))
# A genitive whose noun is left out after a first kommun's agreement ("… och Gällivares gick ut 2020",
# "Gällivare's ended in 2020"): the claim is of the agreement of the kommun so named.
ELIDED = frozenset(("gick", "galler", "gallde", "har", "hade", "skrevs", "undertecknades", "tog", "lopte", "loper",
                    "slutar", "slutade", "upphorde", "borjade", "startade", "var", "ar", "ended", "ends", "runs",
                    "ran", "expired", "expires", "was", "is", "has", "had", "started", "began", "lasted", "lasts"))
PARTICLES = frozenset(("val", "ju", "nog", "visst", "bara", "ocksa", "aven", "redan", "also", "only", "already"))
# Words after a kommun's name that make it a police area's ("Falun police area", "Falun lokalpolisområde").
AREA_AFTER = frozenset(("police", "local", "lokalpolisomrade", "polisomrade", "lokalpolisomradet", "polisomradet",
                        "lpo"))
AREA_BEFORE = frozenset(("lokalpolisomrade", "polisomrade", "lokalpolisomradet", "polisomradet", "lpo", "area",
                         "district", "heter", "called", "named"))
# "Ale ligger under polisen i Göteborg": the police named by a place, as premises.POLICE_OF reads it.
POLICE_IN = frozenset((("polisen", "i"), ("lokalpolisen", "i"), ("polis", "i"), ("police", "in"), ("polisen", "pa")))
PLACING = frozenset(("i", "in", "till", "to"))
# A kommun named as what the asked one is without or near ("… helt utan Sundbyberg?", "Habo (the one near
# Jönköping)"): a frame, never the one the claim is of.
BESIDE = frozenset(("utan", "without", "near", "nara", "bredvid", "beside", "intill", "utom", "except", "forutom",
                    "close", "next"))
SAME_WORDS = frozenset(("samma", "same", "gemensamt", "gemensam", "gemensamma", "delar", "share"))


def _kommuner(r: Reading) -> list[Mention]:
    """The kommuner named by their own names, in order. A locality or a police area names none here, nor
    does a kommun's name used as the place another is put in ("Kävlinge i Gotland", "the Falun police area")."""
    toks = r.tokens
    named = [m for m in r.scan.mentions if m.place.municipality_id and not m.place.via and not m.police_area
             and not (m.end < len(toks) and toks[m.end] in AREA_AFTER) and not (m.start and toks[m.start - 1] in AREA_BEFORE)
             and tuple(toks[max(0, m.start - 2):m.start]) not in POLICE_IN and not claim_spans.policed(toks, m)
             and not BESIDE & set(toks[max(0, m.start - 2):m.start])]
    # "Edsbyn i Bollnäs" places one in the other; "Är Orust med i Tjörns löfte?" names Tjörn with its agreement.
    return [m for i, m in enumerate(named)
            if not (i and m.start >= 1 and toks[m.start - 1] in PLACING and m.start - named[i - 1].end <= 3
                    and not _agreement_after(toks, m.end))]


def _distinct(mentions: list[Mention]) -> list[str]:
    return list(dict.fromkeys(str(m.place.municipality_id) for m in mentions))


def of_agreement(r: Reading) -> str | None:
    """Of two kommuner or more, the last one named with its agreement ("… under Vingåkers löfte?"); None
    when fewer are named or none with its agreement."""
    named = _kommuner(r)
    if len(_distinct(named)) < 2:
        return None
    toks = r.tokens
    with_agreement = [m for m in named if _agreement_after(toks, m.end) or _elided(toks, m)]
    return str(with_agreement[-1].place.municipality_id) if with_agreement else None


def owner(r: Reading) -> str | None:
    """"Var Gusum med i Ales löfte 2024?", "Was Gusum part of Ale's agreement?": a locality of another kommun said
    to be in the agreement of a kommun named with it; the claim is of that agreement's kommun, never the
    locality's. None unless just one kommun is so named and a place of another is said to take part ("Buskörningen
    på Hjultorget i Insjön, det tog väl Rättviks löfte upp?" is of Insjön's own kommun, whose promise names it)."""
    toks = r.tokens
    # "Ale's 2024 promise": a year may stand between the name and the agreement's word
    owners = _distinct([m for m in _kommuner(r) if _agreement_after(toks, m.end) or _agreement_after(
        toks, m.end + 1 + (m.end < len(toks) and toks[m.end] == "s")) and toks[m.end + (toks[m.end] == "s")].isdigit()])
    others = {str(m.place.municipality_id) for m in r.known if claim_parts.taking_part(toks, m.end, m.start)} - set(owners)
    return owners[0] if len(owners) == 1 and others else None


def _elided(toks: list[str], m: Mention) -> bool:
    """"… och Sundbybergs gick väl ut 2022": a genitive with a verb straight after it."""
    at = m.end + (1 if m.end < len(toks) and toks[m.end] == "s" else 0)
    genitive = at > m.end or toks[m.end - 1].endswith("s") and not m.place.name.casefold().endswith("s")
    while at < len(toks) and toks[at] in PARTICLES:
        at += 1  # "… och Emmabodas väl bara 2021?": the verb left out too, its particles said
    return genitive and at < len(toks) and (toks[at] in ELIDED or toks[at].isdigit() and at > m.end + 1)


def _agreement_after(toks: list[str], at: int) -> bool:
    while at < len(toks) and toks[at] in BEFORE_AGREEMENT:
        at += 1
    return at < len(toks) and toks[at] in AGREEMENT


def claimed(r: Reading) -> str | None:
    """The kommun a claim or premise about one of several is of: the one named with its agreement, or
    else the one named last; None when one kommun is named, or when both are claimed of ("både … och")."""
    named = _kommuner(r)
    seats = [m for m in r.scan.mentions if m.place.municipality_id and claim_spans.policed(r.tokens, m)]
    if len(_distinct(named)) == 1 and seats and all(
            m in seats for m in r.known if str(m.place.municipality_id) not in _distinct(named)):
        # "Det var väl Jönköpingspolisen som skrev under Gnosjös löfte?": the others are named only as the
        # police's seat, and the claim is of the one kommun left.
        return _distinct(named)[0]
    if len(_distinct(named)) < 2 or both(r):
        return None
    return of_agreement(r) or _subject_of_place(r, named) or str(named[-1].place.municipality_id)


# Words before a place where something is done ("trafikbrott i Karlskoga", "patrols at Sandviken").
DONE_IN = frozenset(("i", "pa", "vid", "in", "at"))


def _subject_of_place(r: Reading, named: list[Mention]) -> str | None:
    """"Degerfors lovade hårdare tag mot trafikbrott i Karlskoga": the kommun that opens the claim, when the
    others are named after "i", "på", "vid" as where something is done; None unless just one is left."""
    toks = r.tokens
    placed = [m for m in named if m.start and toks[m.start - 1] in DONE_IN]
    left = _distinct([m for m in named if m not in placed])
    first = named[0]
    return left[0] if len(left) == 1 and placed and first not in placed and first.start <= 1 \
        and all(m.start > first.end for m in placed) else None


def both(r: Reading) -> list[str]:
    """The kommuner a claim is put of together ("Både Kumla och Hallsberg har väl …", "X and Y both …",
    "Burlöv och Lomma hör väl till …"), in the order named; [] when the message does not say both."""
    ids = _distinct(_kommuner(r))
    return ids if len(ids) >= 2 and (BOTH & set(r.tokens) or len(listed(r)) == len(ids)) else []


# Between the kommuner of a list that opens a claim: "Mora, Orsa och Älvdalen", "Kiruna and Gällivare".
LISTING = frozenset(("och", "and", "samt", "o"))


def listed(r: Reading) -> list[str]:
    """The kommuner named as one list at the message's start, the subject of what follows ("Mora, Orsa och
    Älvdalen tillhör väl …"): each named by its own name, with only "och" or a comma between; [] otherwise."""
    named = _kommuner(r)
    toks = r.tokens
    if len(named) < 2 or named[0].start > 1:
        return []
    run = [named[0]]
    for m in named[1:]:
        if not set(toks[run[-1].end:m.start]) <= LISTING or m.start - run[-1].end > 1:
            break
        run.append(m)
    ids = _distinct(run)
    if len(ids) < 2 or run[-1].end >= len(toks) or toks[run[-1].end] == "s":
        return []
    # "Kumla och Hallsberg hör till samma polisområde, och Hallsbergs löfte skrevs väl 2015?": a claim of one
    # of them after, in its own clause, is what is claimed; the list only its frame.
    again = [m for m in named if m.start >= run[-1].end and str(m.place.municipality_id) in ids]
    if any(_agreement_after(toks, m.end) or _elided(toks, m) or m.end < len(toks) and toks[m.end] in claim_spans.CLAIM_VERBS
           for m in again):
        return []
    return ids


def each(r: Reading, knowledge: Knowledge, check: Callable[[Municipality], Answer | None]) -> Answer | None:
    """A claim put of several kommuner together, checked for each in the order named, each under its name
    ("Sotenäs:\nNej, det stämmer inte …"); no kommun is the reply's, since both were asked of. None unless
    it could be checked for every one of them."""
    answers = []
    for kommun_id in both(r):
        muni = knowledge.municipalities.get(kommun_id)
        checked = check(muni) if muni is not None else None
        if muni is None or checked is None:
            return None
        answers.append((muni, checked))
    if not answers:
        return None
    text = "\n\n".join(f"{muni.name}:\n{answer.text}" for muni, answer in answers)
    return Answer(True, None, answers[0][1].topic, text, sources=[s for _, a in answers for s in a.sources],
                  language=r.language)


def check(r: Reading, d: Decision, muni: Municipality, checks: ClaimChecks,
          today: dt.date) -> tuple[str, str, list[str]] | None:
    """The claim of the message checked against one kommun's entry: its text, topic and sources."""
    if d.action in party_asks.ACTIONS:
        asked = party_asks.answer(r, checks, muni)  # "Är Väsbyhem med i …?": a party, yes or no
        if asked is not None:
            return asked
    claim = claims.read(r, d, muni)
    if claim is not None and not claim.police_area:
        claim = replace(claim, police_area=area_named(r, muni) or police_seat(r, muni, checks))  # "Kiruna and Gällivare are under the Luleå police area"
    if claim is None:
        return None
    checked = claims.answer(claim, muni, checks, r.language, today, r.display)
    # "Har Stenungsund ett eget medborgarlöfte?" claims nothing: "Nej, …", never "Nej, det stämmer inte: …"
    injected = d.kind == "injection" or claim_spans.instructs(r.tokens)
    return plain_verdicts.plain(checked) if plain_verdicts.asked(claim.words, claim.instructed, claim.asserted,
                                                                 claim.presumed, injected) else checked


def area_named(r: Reading, muni: Municipality) -> str:
    """A police area the kommun is said to belong to, named by another kommun's name and its word ("are under
    the Luleå police area", "tillhör väl lokalpolisområde Falun", "hör till polisen i Eskilstuna"), or ""."""
    toks = r.tokens
    for m in r.scan.mentions:
        if m.place.municipality_id == muni.id or fold(m.place.via or m.place.name) == fold(muni.name):
            continue
        if not BELONGING & set(toks[max(0, m.start - 5):m.start]):
            continue
        after = tuple(toks[m.end:m.end + 2])
        # "the Luleå police area", not "the Luleå police chief"; "hör till polisen i Eskilstuna", not "polisen i
        # Kävlinge har lovat": the police named as the area the kommun belongs to.
        area_after = after[:1] in (("lokalpolisomrade",), ("polisomrade",), ("lpo",)) or after in AREA_WORDS_AFTER
        placed = m.start >= 3 and toks[m.start - 3] in BELONGING and tuple(toks[m.start - 2:m.start]) in POLICE_IN
        if area_after or m.start and toks[m.start - 1] in AREA_BEFORE or placed:
            return m.place.via or m.place.name
    return ""


# The police side named by where it sits: "polisen i X", "lokalpolisområdeschefen i X", "the police chief in X",
# "polischefen från X". Any word built on "polis" counts, so that a title the entries never use is read too.
POLICE_PREPOSITIONS = frozenset(("i", "in", "fran", "from", "pa"))
POLICE_TITLE_AFTER = frozenset(("chief", "chef", "chefen", "boss", "head", "commander", "officer", "officers"))


def police_seat(r: Reading, muni: Municipality, checks: ClaimChecks) -> str:
    """The police area a claim puts the police side in by naming another kommun as where it sits ("skrev
    polischefen i Kristianstad under?"): that kommun's own police area (Trollhättan's is Östra Fyrbodal, so "the
    chief in Trollhättan" may well be Åmål's), or its name when the knowledge base has no entry for it; ""."""
    for m in r.scan.mentions:
        if m.place.via or m.place.municipality_id in (None, muni.id) or not police_by_place(r.tokens, m.start):
            continue  # "mer polis i Skene" is about a place, not the police side
        other = checks.kommun(str(m.place.municipality_id))
        return other.police_area if other is not None and other.police_area else m.place.name
    return ""


def police_by_place(toks: list[str], start: int) -> bool:
    """The place at `start` follows a preposition that follows the police or one of its people ("polisen i",
    "lokalpolisområdeschefen i", "the police chief in"): a claim about the police side, placed there. A county
    police chief ("länspolismästaren i Umeå") sits over a county, not a local police area: not read so."""
    if start < 2 or toks[start - 1] not in POLICE_PREPOSITIONS:
        return False
    before = toks[start - 2]
    if before in POLICE_TITLE_AFTER and start >= 3:
        before = toks[start - 3]
    # The police as a body or one of its people, in the definite ("polisen", "polischefen"): "mer polis i X"
    # asks for police there, not who the police side is.
    definite = before.endswith(("polisen", "chefen", "chef")) or "polisomrade" in before
    return ("polis" in before and definite and not before.startswith(("lanspolis", "regionpolis"))) \
        or before == "police"


AREA_WORDS_AFTER = frozenset((("police", "area"), ("police", "district"), ("local", "police")))
BELONGING = frozenset(("under", "till", "to", "hor", "tillhor", "belongs", "belong", "inom", "within", "ligger"))


def claim_after_same(r: Reading) -> bool:
    """"Kumla och Hallsberg hör till samma polisområde, och Hallsbergs löfte skrevs väl 2015?": a claim of
    one kommun's agreement in a clause after the one saying both share something. The claim is what needs
    checking; the shared thing, said as known, is no question ("Har Solnas avtal samma period som
    Sundbybergs?" is one clause, and asks it)."""
    parts = [p for p in re.split(r"[,;]", r.text) if p.strip()]
    if len(parts) < 2 or not SAME_WORDS & set(tokens(parts[0])) or SAME_WORDS & set(tokens(parts[-1])):
        return False
    last = tokens(parts[-1])
    return of_agreement(r) is not None and any(
        _agreement_after(last, at + 1) and fold(m.place.name) in word
        for at, word in enumerate(last) for m in _kommuner(r) if m.place.municipality_id == of_agreement(r))
