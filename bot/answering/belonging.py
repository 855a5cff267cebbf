"""Where a kommun belongs: its county, and the other kommuner of its lokalpolisområde.

    "vilket län ligger Emmaboda i", "which county is Varberg in"        ──► "Emmaboda ligger i Kalmar län."
    "vilka andra kommuner ingår i det?" after Lomma's police area,
    "vilka kommuner delar lokalpolisområde med dem?"                     ──► the police area's kommuner

Asked alone, after an answer about the kommun, or as one of several questions (bot/answering/clauses.py):
the kommun is the one named, else the one talked about. The county is kommuner.yaml's; a police
area's kommuner are the entries that name it (`members`, which the list of a police area uses too).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answering import asked_kommun, compose
from bot.answering.answer import Answer
from bot.answering.compose import pick
from bot.answering.conversation import Conversation
from bot.answering.knowledge import Knowledge, Municipality
from bot.answering.lexicon import CueSet
from bot.text import fold, swedish_key

if TYPE_CHECKING:
    from bot.answering.reading import Reading

# Asking which county ("vilket län", "i vilket lan", "which county", "what county").
COUNTY_ASKED = CueSet.of({3: ("vilket lan", "vilken lan", "which county", "what county", "in which county")})
# Asking which kommuner (other ones, more of them) share something.
KOMMUNER = CueSet.of({3: ("kommuner", "kommunerna", "municipalities", "councils", "towns")})
# The police area, by its word or pointed back at after an answer that named it.
POLICE_AREA = CueSet.of({3: ("lokalpolisomrade*", "polisomrade*", "police area*", "local police")})
# The same one for several kommuner named together, or different ones (whose yes is the other's no).
SAME = CueSet.of({3: ("samma", "same", "gemensamt lokalpolisomrade", "gemensam polis*", "share", "share a", "delar",
                      "delar de", "in common")})
DIFFERENT = CueSet.of({3: ("olika", "skilda", "separata", "different", "separate")})
COUNTY_WORD = CueSet.of({3: ("lan", "lanet", "county")})
OTHERS = CueSet.of({3: ("andra", "fler", "ovriga", "mer", "dela*", "delar", "ingar", "other*", "else", "more",
                        "share*", "belong*", "included", "tillhor", "hor till", "also", "ocksa", "aven")})
# Belonging to it, which after an answer naming the police area asks of that area ("vilka andra kommuner ingår?").
MEMBERSHIP = CueSet.of({3: ("ingar", "delar", "hor till", "tillhor", "included", "belong*", "share*", "part of")})
_WHICH = re.compile(r"\b(?:vilka|vilken|which|what)\b")
_POINTS_BACK = re.compile(r"\b(?:det|den|där|dar|dit|it|that|there|dem|them|dom)\b", re.IGNORECASE)


def asked(knowledge: Knowledge, r: Reading, conversation: Conversation) -> Answer | None:
    """"Vilket län ligger Emmaboda i?", "vilka andra kommuner ingår i det?" (a police area): the
    county, or the police area's kommuner, of the kommun named or talked about; None when the message
    asks neither, or names several kommuner."""
    named = {str(m.place.municipality_id) for m in r.known}
    if len(named) > 1:
        return _same(knowledge, r, conversation) or _shared_members(knowledge, r, conversation)
    muni = knowledge.municipalities.get(named.pop() if named else conversation.municipality or "")
    if muni is None and not r.known:
        # A kommun without an agreement ("vilket län ligger Ragunda i?"), named or talked about.
        unknown = {m.place.name for m in r.unknown} or ({conversation.unknown} if conversation.unknown
                                                         and not r.scan.mentions else set())
        return _without_entry(knowledge, r, unknown.pop(), conversation) if len(unknown) == 1 else None
    if muni is None:
        return None
    if asks_county(r.norm, r.scan.region("county") is not None):
        answer = county(muni, r.language)
    elif asks_area_members(r.norm, r.text, conversation.topic):
        answer = area_members(knowledge, muni, r.language)
    else:
        return None
    # The county is the kommun's overview; a next "och vem skrev under?" reads the kommun's aspects.
    conversation.topic = "overview" if answer.topic == "county" else answer.topic
    conversation.municipality, conversation.unknown = muni.id, None
    return answer


def asks_same(r: Reading) -> bool:
    """Several kommuner named and whether they share a police area or a county asked ("Nybro och Emmaboda
    hör väl till samma lokalpolisområde?"): answered from the entries, not checked as a claim of one."""
    return len({m.place.municipality_id for m in r.known}) > 1 and (SAME.found(r.norm) or DIFFERENT.found(r.norm)) \
        and (POLICE_AREA.found(r.norm) or COUNTY_WORD.found(r.norm))


def _same(knowledge: Knowledge, r: Reading, conversation: Conversation) -> Answer | None:
    """"Hör Nybro och Emmaboda till samma lokalpolisområde?", "are Ystad and Skurup in the same county?":
    yes with the area or county both name, or each kommun's own; asked of the entries, never a claim
    about either agreement's text (which names neither kommun's police area)."""
    different = DIFFERENT.found(r.norm) and not SAME.found(r.norm)  # "har väl olika lokalpolisområden?"
    if not (SAME.found(r.norm) or different) or asked_kommun.claim_after_same(r):
        return None  # "…, och Hallsbergs löfte skrevs väl 2015?": the claim is checked (engine._claim)
    munis = list(dict.fromkeys(m for mention in r.known
                               if (m := knowledge.municipalities.get(str(mention.place.municipality_id)))))
    if r.scan.region("county") is None and COUNTY_WORD.found(r.norm):
        belongs = {m.name: m.county for m in munis}
        verb, one = ("ligger", "are"), ("i {}", "in {}")
    elif POLICE_AREA.found(r.norm):
        belongs = {m.name: m.police_area for m in munis}
        verb, one = ("hör", "are"), ("till lokalpolisområde {}", "in the local police area {}")
    else:
        return None
    if not all(belongs.values()):
        return _unsaid(belongs, verb, one, munis, r, conversation)
    names = compose.join_words(list(belongs), r.language)
    places = set(belongs.values())
    if len(places) == 1:
        where = pick(r.language, one[0], one[1]).format(places.pop())
        both = pick(r.language, "båda" if len(belongs) == 2 else "alla", "both" if len(belongs) == 2 else "all")
        verdict = pick(r.language, "Nej," if different else "Ja,", "No," if different else "Yes,")
        text = f"{verdict} {names} {pick(r.language, verb[0], verb[1])} {both} {where}."
        if verb[0] == "hör" and not different and asks_area_members(r.norm, r.text, None):
            # "…till samma lokalpolisområde, och vilka kommuner mer ingår?": the area they share, all of it
            text += "\n\n" + area_members(knowledge, munis[0], r.language).text
    else:
        each = [f"{name} {pick(r.language, verb[0], 'is')} {pick(r.language, one[0], one[1]).format(place)}"
                for name, place in belongs.items()]
        verdict = pick(r.language, "Ja: " if different else "Nej: ", "Yes: " if different else "No: ")
        text = verdict + compose.join_words(each, r.language) + "."
    conversation.municipality, conversation.unknown = munis[0].id, None
    conversation.topic = "parties"
    # Of kommuner named together as the subject ("Olofström och Ronneby har väl samma …"), none is the reply's;
    # "Sigtuna har väl samma lokalpolisområde som Norrtälje?" is of Sigtuna.
    own = None if len(asked_kommun.listed(r)) > 1 else munis[0].id
    return Answer(True, own, "parties", text, language=r.language)


def _shared_members(knowledge: Knowledge, r: Reading, conversation: Conversation) -> Answer | None:
    """"Vilka andra kommuner hör dit?" asked of several kommuner named before ("Ligger Lessebo och Torsås i samma
    lokalpolisområde? …"): the kommuner of the one police area they all name; None when they name several."""
    # After the yes, "vilka mer ingår?" needs no word for kommuner: which others belong is what it asks.
    # "vilka fler hör dit?" points back at the area; no aspect of the agreements is asked ("vilka fler mål har de?").
    which_belong = conversation.topic == "parties" and r.topic in (None, "parties") and bool(_WHICH.search(r.norm)) \
        and OTHERS.found(r.norm) and (MEMBERSHIP.found(r.norm) or bool(_POINTS_BACK.search(r.text)))
    if not (asks_area_members(r.norm, r.text, conversation.topic) or which_belong):
        return None
    munis = [m for mention in r.known if (m := knowledge.municipalities.get(str(mention.place.municipality_id)))]
    if len({m.police_area for m in munis}) != 1 or not munis[0].police_area:
        return None
    conversation.municipality, conversation.unknown, conversation.topic = munis[0].id, None, "parties"
    return area_members(knowledge, munis[0], r.language)


def _unsaid(belongs: dict[str, str], verb: tuple[str, str], one: tuple[str, str], munis: list[Municipality],
            r: Reading, conversation: Conversation) -> Answer | None:
    """"Do Kil and Arvika share a police area?" where an entry names none: what each entry says, and that the
    sources cannot tell; no yes or no guessed."""
    by_place: dict[str, list[str]] = {}
    for name, place in belongs.items():
        if place:
            by_place.setdefault(place, []).append(name)  # "Hofors och Ockelbo hör till …": each place said once
    said = [f"{compose.join_words(names, r.language)} {pick(r.language, verb[0], 'is' if len(names) == 1 else 'are')} "
            f"{pick(r.language, one[0], one[1]).format(place)}" for place, names in by_place.items()]
    unsaid = compose.join_words([name for name, place in belongs.items() if not place], r.language)
    if not said:
        return None  # none named: the usual answers say what each entry has
    text = pick(r.language, f"Det går inte att avgöra av källorna: {compose.join_words(said, r.language)}, men källan "
                            f"anger inget lokalpolisområde för {unsaid}.",
                f"The sources cannot tell: {compose.join_words(said, r.language)}, but the source names no local "
                f"police area for {unsaid}.")
    conversation.municipality, conversation.unknown, conversation.topic = munis[0].id, None, "parties"
    return Answer(True, None, "parties", text, language=r.language)


def _without_entry(knowledge: Knowledge, r: Reading, name: str, conversation: Conversation) -> Answer | None:
    """The county of a kommun without an entry, or (one searched for) its police area, said with
    what was searched: "vilket lokalpolisområde hör Skinnskatteberg till?"."""
    searched = knowledge.searched(name)
    in_county = knowledge.all_municipalities.get(name) or (searched.county if searched else "")
    if asks_county(r.norm, r.scan.region("county") is not None) and in_county:
        text = pick(r.language, f"{name} ligger i {in_county}.", f"{name} is in {in_county}.")
    elif searched is not None and POLICE_AREA.found(r.norm) and not KOMMUNER.found(r.norm):
        text = compose.unknown_municipality(name, knowledge, r.language)
    else:
        return None
    conversation.clear()  # the next "här" means it (as FollowUps.unknown)
    conversation.unknown = name
    return Answer(False, searched.id if searched is not None else None, "unknown_municipality", text,
                  language=r.language)


def members(knowledge: Knowledge, area: str, searched: bool = False) -> list[Municipality]:
    """The kommuner whose entries name lokalpolisområde `area` ("Luleå/Boden", "Kungälv-Ale": either
    half names the area too); `searched`: with the kommuner searched for without an agreement found
    (Ragunda, in lokalpolisområde Östersund), which are in the area without working with it in one."""
    entries = [*knowledge.municipalities.values(), *(knowledge.unpublished.values() if searched else ())]
    return [m for m in entries
            if m.police_area and (fold(area) == fold(m.police_area) or fold(area) in re.split(r"[/-]", fold(m.police_area)))]


def asks_county(norm: str, names_a_county: bool) -> bool:
    """"Vilket län ligger X i?": the county asked, not a county named ("vilka i Skåne län?")."""
    return not names_a_county and COUNTY_ASKED.found(norm)


def asks_area_members(norm: str, text: str, last_topic: str | None) -> bool:
    """"Vilka andra kommuner ingår i det?" after a police area's answer, "vilka kommuner delar
    lokalpolisområde med dem?": the other kommuner of the police area, not every kommun."""
    if not KOMMUNER.found(norm) or not OTHERS.found(norm):
        return False
    return POLICE_AREA.found(norm) or (last_topic == "parties" and (bool(_POINTS_BACK.search(text))
                                                                     or MEMBERSHIP.found(norm)))


def county(muni: Municipality, language: str) -> Answer:
    name = muni.county or ""
    text = pick(language, f"{muni.name} ligger i {name}." if name else f"Jag vet inte vilket län {muni.name} ligger i.",
                f"{muni.name} is in {name}." if name else f"I don't know which county {muni.name} is in.")
    return Answer(bool(name), muni.id, "county", text, language=language)


def area_members(knowledge: Knowledge, muni: Municipality, language: str) -> Answer:
    """The kommuner of `muni`'s lokalpolisområde, as their entries name it."""
    if not muni.police_area:
        return Answer(False, muni.id, "parties", pick(
            language, f"Källorna för {muni.name} anger inget lokalpolisområde.",
            f"The sources for {muni.name} name no local police area."), language=language)
    names = sorted({m.name for m in members(knowledge, muni.police_area, searched=True)}, key=swedish_key)
    others = [n for n in names if n != muni.name]
    if not others:
        text = pick(language, f"Lokalpolisområde {muni.police_area}: jag har ingen annan kommun i det än {muni.name}.",
                    f"Local police area {muni.police_area}: I have no municipality in it besides {muni.name}.")
    else:
        text = pick(language, f"I lokalpolisområde {muni.police_area} ingår: {compose.join_words(names, language)}.",
                    f"The local police area {muni.police_area} covers: {compose.join_words(names, language)}.")
    return Answer(True, muni.id, "parties", text, language=language)
