"""The line that opens an answer about one kommun's agreement when the subject asked of is not in it.

Two kinds of subject: one named with a noun phrase ("drönare", "lösa hundar": absent.py), and an act
named in a clause ("äldre som blir lurade", "people selling drugs": acts.py), which the entry may take
up with its own noun ("bedrägerier"). An act the entry does take up is answered by its sentences alone
(the ranking asked for its nouns), without a note that a word of the clause ("pengar", "bilister") is
missing. An act it does not take up is said not to be mentioned, in the resident's own words, and the
focus areas follow in place of a sentence that shared only whom the act befalls ("unga", "barn").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot.answering import absent, acts, contact_asks, details, how_many, passages, which_asks
from bot.answering.answer import Answer
from bot.answering.compose import pick
from bot.answering.knowledge import Municipality
from bot.answering.passage_index import stem
from bot.answering.passage_kinds import ABOUT_SOURCES, sentences
from bot.answering.reading import Reading
from bot.text import genitive, tokens

# Answers about one kommun's agreement, which a subject it does not carry may open.
ABSENT_TOPICS = frozenset(("overview", "focus", "detail", "methods", "people", "parties", "period", "source", "purpose",
                           "follow_up"))
# Categories whose instances the entry names with the category's own ending (which_asks.CATEGORIES).
_NAMED_BY_ENDING = frozenset(("school",))
# Answers to "which X …" that quote no sentence found for it, which the note may open.
_WHICH_NOTED = frozenset(("overview", "focus", "people", "parties", "help"))
# Answers that are no quote of the entry's sentences: the focus areas are put after the note instead.
_NOT_QUOTES = ("people", "parties", "period", "source")


def opened(r: Reading, answer: Answer, muni: Municipality, found: passages.Passages,
           focus: Callable[[], Answer], today: dt.date | None = None) -> Answer:
    """`answer` opened with the note when the subject asked of is not in `muni`'s entry; `focus` gives
    the answer with the kommun's focus areas. A category asked of whose instances the entry names (a company,
    an authority, a town: which_asks.py) is answered by them instead."""
    if answer.topic == "purpose" and not any(a.purpose for a in muni.agreements) and how_many.asked(r.norm) == "count":
        # "hur många invånare nämns i X:s överenskommelse?" read as its purpose, which the entry lacks: the count
        # of a thing is what was asked, and the note on it opens what the agreement takes up instead.
        counted = absent.counted(r.text, frozenset(r.tokens[i] for i in r.scan.used), how_many.COUNT)
        if how_many.of_a_thing("count", counted):  # (of people too: "hur många svarade på enkäten?")
            shown = focus()
            answer.topic, answer.answered, answer.sources = shown.topic, shown.answered, shown.sources
            answer.text = how_many.note("count", counted, r.display, genitive(muni.name), muni.name, r.language) \
                + "\n\n" + shown.text
            return answer
    contacts = _contacts_often(r, answer, muni, found)  # "hur ofta ska de prata med folk?": the rate of contacts
    if contacts:
        text, topic, ids = details.found(muni, [(1.0, p) for p in contacts], r.language, today or dt.date.today())
        return details.sourced(muni, topic, text, ids, r.language, today or dt.date.today())
    if not (answer.topic in ABSENT_TOPICS or answer.topic == "help" and absent.of_the_agreement(r.norm)) \
            or not (answer.answered or answer.topic == "people"):
        return answer
    if answer.topic == "people" and contact_asks.asked(r.norm, r.tokens):
        return answer  # "har han nåt nummer?": how to reach the people named, which the answer says, no subject
    kind = how_many.asked(r.norm)
    if kind is not None and answer.topic not in _NOT_QUOTES and len({m.place.municipality_id for m in r.known}) <= 1 \
            and not absent.a_verdict(answer.text) and not r.persons:
        quoted, _, _ = answer.text.partition(pick(r.language, "\n\nKälla", "\n\nSource"))
        counted = absent.counted(r.text, frozenset(r.tokens[i] for i in r.scan.used), how_many.COUNT) \
            if kind == "count" else []
        # A sentence the question's words picked (a detail) tells the count by any number in it ("en polisgrupp på
        # fem personer" for "hur många poliser"); a list of the agreement's items only by a count of the thing asked.
        strict = counted if answer.topic != "detail" else []
        if how_many.of_a_thing(kind, counted) and not how_many.told(kind, quoted, strict) \
                and "nämns inte" not in quoted.partition("\n")[0] and "does not mention" not in quoted.partition("\n")[0]:
            stating = _stating(muni, found, counted, r.language) if kind == "count" and counted[0] != how_many.PEOPLE else []
            if stating:  # "hur många kurser?" of an entry whose other sentence says "två kurser": that sentence
                text, topic, ids = details.found(muni, [(1.0, p) for p in stating], r.language, today or dt.date.today())
                return details.sourced(muni, topic, text, ids, r.language, today or dt.date.today())
            answer.text = how_many.note(kind, counted, r.display, genitive(muni.name), muni.name, r.language) \
                + "\n\n" + answer.text
            return answer
    act = passages.question(r.text, r.tokens, r.masked, r.terms).act
    places = frozenset(r.tokens[i] for i in r.scan.used)
    words = [] if act is not None else absent.subject(r.text, places)
    which = act is None and not words
    if which:  # "vilket vaktbolag anlitar X?": the noun after the question word
        words = which_asks.asked_noun(r.text, places)
    kind = None if act is not None else which_asks.category(which_asks.category_asked(r.text, places) or words)
    if kind is not None and not r.persons and len({m.place.municipality_id for m in r.known}) <= 1:
        names = which_asks.instances(muni, found.of(muni.id, r.language if kind in which_asks.COMMON_NOUNS else "sv"), kind)
        if names:
            return _instances(r, muni, found, kind, names, today or dt.date.today())
        if which and kind not in _NAMED_BY_ENDING:
            return answer  # "vilket företag var part?" of names no ending shows ("Destination Sälenfjällen"): as asked
    # A school is named by its ending ("Vallaskolan"): none named, "vilka skolor …?" is said not to be mentioned
    # before the sentence on the work ("Vilka skolor gör polisen narkotikasök med hund i?").
    none_named = which and kind in _NAMED_BY_ENDING
    if which and words and not none_named and (answer.topic not in _WHICH_NOTED
                            or which_asks.same_compound(words[-1], found.of(muni.id, "sv"))):
        # A sentence the ranking found for the question's words holds its instance, whatever it is called
        # ("vilket försäkringsbolag" of "Länsförsäkringar", "vilken plats" of "Hamnplan"), and "drogundersökning"
        # is an entry's "drogvaneundersökning": only an answer that quotes none (the overview, the focus
        # areas, the people named) is opened by the note.
        return answer
    if not (words or act) or r.persons or absent.named(words, r.text) or len({m.place.municipality_id for m in r.known}) > 1:
        return answer  # of a person ("har Freddy Nilsson skrivit under nåt annat?"), or of two kommuner
    held = found.stems_in_both(muni.id)
    anywhere = found.stems_in_both(None)
    body = answer.text
    first, _, rest = body.partition("\n\n")
    noted = "nämns inte" in first or "does not mention" in first
    if act is not None and acts.held(act, held, stem):
        if noted:  # "Pengar nämns inte …" of "blåsta på pengar": a word of the clause, not what it asks
            answer.text = rest
        return answer
    if act is None and absent.carried(words, held, anywhere):  # "cykelstölder" of an entry that says "stölder"
        return absent.narrower(answer, words, r.text, held, genitive(muni.name), muni.name, r.language)
    if act is None and answer.topic == "detail" and _near_carried(
            words, held, anywhere, lambda word: found.near_held(muni.id, word, words)):
        # "knark" of an entry on "narkotika": the knowledge base's own keywords use the entry's word for the
        # resident's, so the sentence quoted (a detail answer) answers it, and no note may deny what it says.
        if noted:
            answer.text = rest
        return answer
    ending = _ending_a_word(words, found.of(muni.id, r.language))
    if act is None and ending:
        # "kurage" of an entry on "huskurage och hotellkurage": the entry's compound holds it (whose stem,
        # cut at its first letters, the index does not), so no note may deny what it says; its sentence first.
        quoted = "\n".join(pick(r.language, f"I källan: ”{p.text}”", f"In the source: “{p.text}”")
                           for p in ending if p.text not in body)
        answer.text = (quoted + "\n\n" if quoted else "") + (rest if noted else body)
        return answer
    if absent.a_verdict(body):
        return answer  # a claim's verdict, which says itself what the entry holds
    if noted:
        body = rest
    if answer.topic in _NOT_QUOTES or (act is not None and answer.topic != "help"):
        shown = focus()
        answer.topic, body, answer.sources = shown.topic, shown.text, shown.sources
    note = (acts.note(act, r.display, genitive(muni.name), muni.name, r.language) if act is not None
            else absent.note(words, r.display, genitive(muni.name), muni.name, r.language))
    answer.text = note + "\n\n" + body
    return answer


def _instances(r: Reading, muni: Municipality, found: passages.Passages, kind: str, names: list[str],
               today: dt.date) -> Answer:
    """The instances of the category asked of that the entry names, and the sentences naming them."""
    text = which_asks.lead(kind, names, genitive(muni.name), muni.name, r.language)
    naming = which_asks.naming(names, found.of(muni.id, r.language), passages.MAX_QUOTED, kind)
    ids = [p.source_id for p in naming] or [s.id for s in muni.sources[:1]]
    if naming:
        quoted, ids = passages.quoted(muni, [(0.0, p) for p in naming], r.language)
        text += "\n\n" + quoted
    return details.sourced(muni, "detail", text, ids, r.language, today)


def _near_carried(words: list[str], held: frozenset[str], anywhere: frozenset[str],
                  near_held: Callable[[str], bool]) -> bool:
    """Each word of the subject that some entry holds, and its last (the noun), is held here or has a near
    word held here ("fylla"); "bike patrols" of an entry with foot patrols only is not, as "bike" is
    another entry's word."""
    needed = [w for i, w in enumerate(words) if i == len(words) - 1 or absent.word_held(w, anywhere)]
    return any(not absent.word_held(w, held) for w in needed) and all(
        absent.word_held(w, held) or near_held(w) or _near_compound(w, held, near_held) for w in needed)


MIN_HEAD = 5  # letters of a compound's last part that name the thing ("traktorerna")


def _near_compound(word: str, held: frozenset[str], near_held: Callable[[str], bool]) -> bool:
    """"epatraktorerna" of an entry on "A-traktorer": a compound whose last part the entry holds as a word
    of its own, and whose first part is a near word of the entry's ("epa" beside "moped" and "A-traktor" in
    the keyword lists): the same thing in the resident's words. "fartkameror" of an entry on
    "kamerabevakning" is not: cameras stand there only as a part, never as a word."""
    return any(stem(word[cut:]) in held and near_held(word[:cut])
               for cut in range(2, len(word) - MIN_HEAD + 1))


_TAIL = 6  # letters of a subject that may end one of the entry's compounds ("kurage" of "huskurage")


def _ending_a_word(words: list[str], shown: tuple[passages.Passage, ...]) -> list[passages.Passage]:
    """The entry's sentences (at most two) with a longer word that the subject's last word ends, with at most a
    short inflection after it ("kurage" of "huskurage", "kameror" of "övervakningskamerorna")."""
    head = words[-1] if words else ""
    if len(head) < _TAIL:
        return []
    found = []
    for passage in shown:
        for word in tokens(passage.text):
            at = word.rfind(head)
            if at >= 3 and len(word) - at - len(head) <= 3:
                found.append(passage)
                break
    return found[:2]


def _stating(muni: Municipality, found: passages.Passages, counted: list[str], language: str) -> list[passages.Passage]:
    """The entry's sentences (at most two) that give a count of the thing asked ("två kurser under 2023" for
    "hur många kurser"), an area by its title too ("Minst fem trygghetsvandringar per år"); else, in Swedish, a
    sentence of an agreement's own quote that does ("tillsammans med 16 samverkansparter"), which no passage holds."""
    if not any(len(word) >= how_many.STEM for word in counted):
        return []  # no word that names a thing ("tack vare"): no sentence can be told to count it
    own = [p for p in found.of(muni.id, language) if p.kind not in ABOUT_SOURCES
           and (how_many.told("count", p.text, counted) or p.kind == "area" and how_many.told("count", p.label, counted))]
    if own or language != "sv":
        return own[:passages.MAX_QUOTED]
    quoted = [passages.Passage(muni.id, "source_quote", "I källan", sentence, agreement.source_id, language, agreement.id)
              for agreement in muni.agreements for sentence in sentences(agreement.quote)
              if how_many.told("count", sentence, counted)]
    return quoted[:1]


def _contacts_often(r: Reading, answer: Answer, muni: Municipality, found: passages.Passages) -> list[passages.Passage]:
    """How often people are to be met or talked with, asked in the resident's verbs ("hur ofta ska de träffa
    folk?", "how often will the police talk to people?") of one kommun, when the answer gives no frequency: the
    entry's sentences that say how often with a noun of contact ("minst två besök i månaden"); else none."""
    if how_many.asked(r.norm) != "often" or not how_many.CONTACT_ASKED.search(r.norm) or r.persons \
            or len({m.place.municipality_id for m in r.known}) > 1 or how_many.told("often", answer.text):
        return []
    return [p for p in found.of(muni.id, r.language) if p.kind not in ABOUT_SOURCES
            and how_many.tells_contacts_often(p.text)][:passages.MAX_QUOTED]

