"""Whether the agreement talked about covers a neighbour too: "gäller det även i Vårgårda?" after
Herrljunga, whose medborgarlöfte names "Vårgårda, Alingsås och Lerums kommuner" among its parties.

    the kommun talked about, the kommun named next ──► line() ──► a first line before the named kommun's
                                                                  own answer (engine.py)
    "vilka andra kommuner står bakom samma löfte?" ──► asked() ──► the other kommuner the entry names,
        after a kommun's answer                                    and its parties (followup.py)
    "Vårgårda och Herrljunga har väl samma löfte?" ──► claimed() ──► whether either entry names the other

Said from the parties and partners the entry lists: "Ja: Herrljungas samverkan nämner … bland sina parter
och samarbetspartner" when one of them names the kommun, else that none does, before what applies there.
Which other kommuner stand behind the promise is asked of the kommun talked about, never of them all.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from bot.answering import asked_kommun, aspects, belonging, compose, periods
from bot.answering.answer import Answer
from bot.answering.compose import pick
from bot.answering.conversation import Conversation
from bot.answering.knowledge import Agreement, Fact, Knowledge, Municipality, Party
from bot.answering.lexicon import CueSet
from bot.text import fold, genitive

if TYPE_CHECKING:
    from bot.answering.reading import Reading

# "gäller det även i …?", "också för …?", "does it apply in … too?", "is … covered as well?"
ALSO = CueSet.of({3: ("aven", "ocksa", "too", "also", "as well")})
APPLIES = CueSet.of({3: ("galler det", "galler den", "galler samma", "galler de", "omfattas", "ingar", "med i",
                         "apply", "applies", "cover*", "included", "the same")})


# "vilka andra kommuner står bakom samma löfte?", "vilka fler kommuner är med i samma avtal?", "which other
# municipalities are behind the same promise?": other kommuner, sharing, and the agreement.
KOMMUNER = CueSet.of({3: ("kommuner", "kommunerna", "municipalities", "councils", "towns")})
OTHERS = CueSet.of({3: ("andra", "fler", "ovriga", "other*", "else", "more")})
SHARING = CueSet.of({3: ("samma", "same", "bakom", "med i", "del av", "delar", "share*", "ihop med", "tillsammans",
                         "gemensam*", "together", "part of", "behind", "ingar i", "skrivit under", "signed",
                         "omfattas", "omfattar", "berors", "galler", "covered", "cover*", "included", "include*",
                         "involved", "takes part", "take part", "deltar")})
AGREEMENT = CueSet.of({3: ("lofte*", "medborgarlofte*", "avtal*", "overenskommelse*", "samverkansavtal*",
                           "samverkansoverenskommelse*", "samverkan", "promise*", "agreement*", "cooperation")})
# "X och Y har väl samma löfte?", "delar X och Y avtal?", "do X and Y share a promise?"
SAME = CueSet.of({3: ("samma", "same", "delar", "share*", "gemensam*", "ihop", "together", "tillsammans")})
# "Mark och Vara har väl olika avtal?", "do X and Y have separate agreements?": the same question turned round,
# whose yes is the other answer's no.
DIFFERENT = CueSet.of({3: ("olika", "skilda", "separata", "egna", "var sitt", "var sin", "varsitt", "varsin",
                           "different", "separate", "their own", "each their own")})
_POLICE = ("polis", "police")


def asks_who_shares(norm: str, referring: bool = False, owned: bool = False) -> bool:
    """"Vilka andra kommuner står bakom samma löfte?": the other kommuner of the agreement talked about;
    `referring`: a kommun talked about, so "vilka fler kommuner står bakom det?" names the agreement by "det";
    `owned`: one kommun named, so "vilka kommuner ingår i Tingsryds överenskommelse?" asks of its agreement."""
    named = AGREEMENT.found(norm) or referring and bool(_IT & set(norm.split()))
    if not (KOMMUNER.found(norm) and SHARING.found(norm) and named):
        return False
    # "vilka kommuner står bakom det?", "hur många kommuner är med i det?" after a kommun's answer ask the
    # same without "andra": the agreement is the one talked about, so its kommuner are the ones asked for; and so
    # does "which municipalities does X's agreement cover?", its agreement being that kommun's own.
    return OTHERS.found(norm) or referring or bool(_HOW_MANY.search(norm)) or owned and bool(_WHICH_KOMMUNER.search(norm))


_WHICH_KOMMUNER = re.compile(r"\b(?:vilka|which|what) (?:\w+ )?(?:kommuner|kommunerna|municipalities|councils)\b")


_HOW_MANY = re.compile(r"\b(?:hur manga|how many)\b")


# An agreement's title that counts or lists its kommuner ("de sex kommunerna i området", "Mora, Orsa och Älvdalen").
_COUNTED = re.compile(r"\bkommuner(?:na)?\b")
_IT = frozenset(("det", "den", "dem", "dom", "it", "them", "that"))


def asked(knowledge: Knowledge, r: Reading, conversation: Conversation, today: dt.date | None = None) -> Answer | None:
    """Which other kommuner stand behind the agreement of the kommun named, else talked about: those its
    parties and partners name, with the parties; that it names none, when so. None when not asked so."""
    named = {str(m.place.municipality_id) for m in r.known}
    if len(named) > 1 or not asks_who_shares(r.norm, referring=not named and conversation.municipality is not None,
                                             owned=len(named) == 1):
        return None
    muni = knowledge.municipalities.get(named.pop() if named else conversation.municipality or "")
    if muni is None:
        return None
    lang = r.language
    others = kommuner_named(knowledge, muni)
    if others:
        lead = pick(lang, f"{genitive(muni.name)} samverkan nämner också {compose.join_words(others, lang)}.",
                    f"{muni.name}'s cooperation also names {compose.join_words(others, lang)}.")
    else:
        lead = pick(lang, f"{genitive(muni.name)} samverkan nämner ingen annan kommun bland sina parter och samarbetspartner.",
                    f"{muni.name}'s cooperation names no other municipality among its parties and partners.")
        # "Umeå undertecknade … vid en gemensam träff med Bjurholms, Nordmalings … kommuner": a fact of the entry
        # that names other kommuner answers which ones, though its parties name none; said in its own words.
        told = facts_naming_others(knowledge, muni)
        if told:
            lead += "\n" + "\n".join(pick(lang, f"I källan: ”{f.text}”", f"In the source: “{f.text_en or f.text}”")
                                     for f in told)
    # "Samverkansöverenskommelse mellan lokalpolisområde Nybro och de sex kommunerna i området": a title
    # that counts the kommuner says how many share it, where the parties name only the kommun's own.
    titled = [a.title for a in muni.agreements if a.title and _COUNTED.search(fold(a.title))]
    if titled:
        lead += "\n" + pick(lang, f"Överenskommelsens titel räknar kommunerna: ”{titled[0]}”.",
                            f"The agreement's title counts the municipalities: “{titled[0]}”.")
        # "… och de sex kommunerna i området": the area is the police area the title names, whose kommuner the
        # entries name; listed, so the count has its names.
        area = muni.police_area
        if area and fold(area) in fold(titled[0]):
            kommuner = sorted((m.name for m in belonging.members(knowledge, area)), key=fold)
            if len(kommuner) > 1:
                lead = lead.split("\n", 1)[1] if not others else lead  # not "names no other": the title counts them
                lead += "\n" + pick(lang, f"Kommuner i lokalpolisområde {area}: {compose.join_words(kommuner, lang)}.",
                                    f"Municipalities in the local police area {area}: {compose.join_words(kommuner, lang)}.")
    sources = list(muni.sources)
    text = f"{lead}\n\n{aspects.parties(muni, lang)}\n\n{compose.source_line(sources, lang, today)}"
    conversation.municipality, conversation.topic, conversation.terms = muni.id, "parties", ()
    return Answer(True, muni.id, "parties", text, language=lang,
                  sources=[{"publisher": s.publisher, "title": s.title, "date": str(s.date) if s.date else ""}
                           for s in sources], follow_ups=["focus", "people"])


def claimed(knowledge: Knowledge, r: Reading, conversation: Conversation, today: dt.date | None = None) -> Answer | None:
    """"Vårgårda och Herrljunga har väl samma löfte?": whether either entry's parties and partners name
    the other, said first, with what each names; None unless two kommuner with entries are asked so.
    "Har Vårgårda och Lerum samma löfte som Alingsås?" asks it of each of the first two with the third."""
    named = list(dict.fromkeys(str(m.place.municipality_id) for m in r.known))
    different = DIFFERENT.found(r.norm) and not SAME.found(r.norm)
    if len(named) not in (2, 3) or not (different or SAME.found(r.norm)) or not AGREEMENT.found(r.norm) or r.scan.regions \
            or asked_kommun.claim_after_same(r):  # "…, och Växjös avtal har väl tio fokusområden?": the claim's
        return None
    kommuner = [knowledge.municipalities[i] for i in named]
    lang = r.language
    today = today or dt.date.today()
    if len(kommuner) == 3:
        # Three named: the one "som"/"as" puts last is what the other two are held against.
        held = next((m for m in kommuner if re.search(rf"\b(?:som|as|like)\s+{re.escape(fold(m.name))}\b", r.norm)), None)
        if held is not None:
            pairs = [(m, held) for m in kommuner if m is not held]
        elif re.search(r"\b(?:med|with)\b", r.norm):  # "X delar väl löfte med Y och Z?": the first, with each other
            pairs = [(kommuner[0], m) for m in kommuner[1:]]
        else:
            return None
    else:
        pairs = [(kommuner[0], kommuner[1])]
    verdicts = [_verdict(one, other, different, lang) for one, other in pairs]
    shared = next((muni for _, muni, _ in verdicts if muni is not None), None)
    if shared is not None:
        # The verdict, then the fact that confirms it, as any claim's answer: the agreement they share.
        body = "\n\n" + aspects.focus(shared, today, lang)
    else:
        listed = list(dict.fromkeys(m for _, _, each in verdicts for m in each))
        body = "".join(f"\n\n{m.name}:\n{aspects.period(m, today, lang)}" for m in listed)
        # The kommuner an agreement does name, where the ones put to the bot are not among them: the fact
        # that corrects "X delar avtal med Y" is who X shares it with.
        for m in kommuner:
            theirs = [n for n in kommuner_named(knowledge, m) if all(n != k.name for k in kommuner)]
            if theirs:
                body = pick(lang, f"\n{genitive(m.name)} samverkan nämner däremot {compose.join_words(theirs, lang)}.",
                            f"\n{m.name}'s cooperation names {compose.join_words(theirs, lang)} instead.") + body
    text = "\n\n".join(line for line, _, _ in verdicts) + body
    sources = list(dict.fromkeys(s for m in kommuner for s in m.sources))
    text += "\n\n" + compose.source_line(sources, lang, today)
    # Its own topic, so the questions after it in the message ("… vilket lokalpolisområde hör de till")
    # are not taken for this one asked again (clauses.py).
    one = kommuner[0]
    conversation.municipality, conversation.topic, conversation.terms = one.id, "overview", ()
    return Answer(True, one.id, "shared_agreement", text, language=lang,
                  sources=[{"publisher": s.publisher, "title": s.title, "date": str(s.date) if s.date else ""}
                           for s in sources])


def _verdict(one: Municipality, other: Municipality, different: bool,
             lang: str) -> tuple[str, Municipality | None, list[Municipality]]:
    """Whether `one` and `other` share an agreement, as the line said first; the kommun whose parties name
    the other (whose focus then follows), or the kommuner whose own periods follow instead."""
    naming_one, naming_other = naming(one, other), naming(other, one)
    yes, no = pick(lang, "Ja", "Yes"), pick(lang, "Nej", "No")
    if naming_one or naming_other:
        muni, parties = (one, naming_one) if naming_one else (other, naming_other)
        listed = compose.join_words([pick(lang, p.name, p.name_en or p.name) for p in parties], lang)
        # Asked whether they share one, the answer says that it is joint and which agreement, with its years.
        joint = _joint(muni, other if muni is one else one, lang)
        return pick(lang, f"{no if different else yes}, enligt källan {joint}: {genitive(muni.name)} samverkan "
                          f"nämner {listed} bland sina parter och samarbetspartner.",
                    f"{no if different else yes}, according to the source {joint}: {muni.name}'s cooperation names "
                    f"{listed} among its parties and partners."), muni, []
    if _apart(one, other):
        # Agreements of different periods cannot be one agreement: a plain no, then each one's periods.
        own, own_en = _own(one, other)
        return pick(lang, f"{yes if different else no}, enligt källorna har {one.name} och {other.name} {own}, för "
                          "olika perioder; ingen av dem nämner den andra kommunen bland sina parter.",
                    f"{yes if different else no}, according to the sources {one.name} and {other.name} each have "
                    f"{own_en}, for different periods; neither names the other municipality among its parties."), \
            None, [one, other]
    # Asked whether they differ, nothing shared is what the sources show; asked whether they share, no
    # source says so. What each has instead follows: its own agreements and their periods.
    lead = (pick(lang, "Inget i källorna tyder på att de delar en", "Nothing in the sources says they share one")
            if different else pick(lang, "Det framgår inte av källorna", "The sources do not say so"))
    return pick(lang, f"{lead}: varken {genitive(one.name)} eller {genitive(other.name)} samverkan "
                      "nämner den andra kommunen bland sina parter eller samarbetspartner.",
                f"{lead}: neither {one.name}'s nor {other.name}'s cooperation names the other "
                "municipality among its parties or partners."), None, [one, other]


_DEFINITE = {"medborgarlofte": ("medborgarlöftet", "gemensamt", "the citizen promise"),
             "samverkansoverenskommelse": ("samverkansöverenskommelsen", "gemensam", "the cooperation agreement")}


def _years(agreement: Agreement) -> tuple[int, int] | None:
    """The first and last year of an agreement, when its source gives both."""
    return (agreement.start.year, agreement.end.year) if agreement.start and agreement.end else None


def _joint(muni: Municipality, other: Municipality, language: str) -> str:
    """"är medborgarlöftet 2024–2025 gemensamt för Högsby och Mönsterås": the agreement of `muni` whose
    years `other`'s entry has too, else its newest; the parties are the entry's, not one agreement's."""
    theirs = {_years(a) for a in other.agreements} - {None}
    shared = [a for a in muni.agreements if _years(a) in theirs] or list(periods.by_relevance(muni.agreements, dt.date.max))
    if not shared:
        return pick(language, f"har {muni.name} och {other.name} en gemensam samverkan",
                    f"{muni.name} and {other.name} share their cooperation")
    agreement = shared[0]
    name, adjective, name_en = _DEFINITE[agreement.kind]
    span = periods.span(agreement, language)
    return pick(language, f"är {name} {span} {adjective} för {muni.name} och {other.name}",
                f"{name_en} {span} is shared by {muni.name} and {other.name}")


def _apart(one: Municipality, other: Municipality) -> bool:
    """Whether no agreement of one may be the other's: each is dated (a start or an end), and every pair
    differs in a year both give (Linköping's promise from 2024, no end given, is not Norrköping's 2020–2022)."""
    dated = all(a.start or a.end for a in (*one.agreements, *other.agreements))
    return dated and bool(one.agreements) and bool(other.agreements) \
        and not any(_may_be_one(a, b) for a in one.agreements for b in other.agreements)


def _may_be_one(a: Agreement, b: Agreement) -> bool:
    """Two agreements whose years do not tell them apart: where both give a start or an end, the same year."""
    return all(x is None or y is None or x.year == y.year for x, y in ((a.start, b.start), (a.end, b.end)))


def _own(one: Municipality, other: Municipality) -> tuple[str, str]:
    """"var sitt medborgarlöfte" when each has one of the same kind, else "egna överenskommelser"."""
    kinds = {a.kind for a in (*one.agreements, *other.agreements)}
    if len(one.agreements) == len(other.agreements) == 1 and kinds == {"medborgarlofte"}:
        return "var sitt medborgarlöfte", "their own citizen promise"
    if len(one.agreements) == len(other.agreements) == 1 and kinds == {"samverkansoverenskommelse"}:
        return "var sin samverkansöverenskommelse", "their own cooperation agreement"
    return "egna överenskommelser", "their own agreements"


def kommuner_named(knowledge: Knowledge, muni: Municipality) -> list[str]:
    """The other kommuner `muni`'s parties and partners name ("Vårgårda, Alingsås och Lerums kommuner",
    "Sundbybergs stad"); never the police's party, whose area may bear a kommun's name."""
    texts = tuple(fold(p.name) for p in (*muni.parties, *muni.partners) if not any(w in fold(p.name) for w in _POLICE))
    return [name for name in _names_in(texts, tuple(knowledge.all_municipalities)) if name != muni.name]


def facts_naming_others(knowledge: Knowledge, muni: Municipality) -> list[Fact]:
    """The entry's facts whose text names another kommun with sharing words ("tillsammans med", "gemensam
    träff med Bjurholms … kommuner"): which kommuner the kommun signed or works with, where its parties name none."""
    names = tuple(knowledge.all_municipalities)
    found = []
    for fact in muni.facts:
        text = fold(fact.text)
        if SHARING.found(text) and [n for n in _names_in((text,), names) if n != muni.name]:
            found.append(fact)
    return found


@lru_cache(maxsize=1024)
def _names_in(texts: tuple[str, ...], names: tuple[str, ...]) -> list[str]:
    """The names found in the texts, in the order written ("Vårgårda, Alingsås och Lerums kommuner")."""
    joined = " | ".join(texts)
    found = []
    for name in names:
        match = re.search(rf"\b{re.escape(fold(name))}s?\b", joined)
        if match is not None:
            found.append((match.start(), name))
    return [name for _, name in sorted(found)]


def asks_if_shared(norm: str) -> bool:
    """"Gäller det även i Vårgårda?": whether what was talked about applies in the kommun named."""
    return ALSO.found(norm) and APPLIES.found(norm)


def naming(muni: Municipality, other: Municipality) -> list[Party]:
    """The parties and partners of `muni`'s entry that name `other` ("Vårgårda, Alingsås och Lerums kommuner")."""
    return naming_name(muni, other.name)


def naming_name(muni: Municipality, name: str) -> list[Party]:
    """The parties and partners of `muni`'s entry that name the kommun called `name` ("Sundbybergs stad")."""
    folded = re.escape(fold(name))
    return [p for p in (*muni.parties, *muni.partners) if re.search(rf"\b{folded}s?\b", fold(p.name))]


def line(last: Municipality, named: Municipality, language: str) -> str:
    """The first line of the answer about `named` after `last` was talked about."""
    parties = naming(last, named)
    if parties:
        listed = ", ".join(pick(language, p.name, p.name_en or p.name) for p in parties)
        return pick(language, f"Ja: {genitive(last.name)} samverkan nämner {listed} bland sina parter och samarbetspartner.",
                    f"Yes: {last.name}'s cooperation names {listed} among its parties and partners.")
    return pick(language, f"{named.name} är inte bland parterna eller samarbetspartnerna i {genitive(last.name)} samverkan.",
                f"{named.name} is not among the parties or partners of {last.name}'s cooperation.")
