"""A person the entries name, asked about by name: "vem är Mariana Handler?", "vad har Anders Wiss
för roll?", "what is Taaveniku's job?", "har Freddy Nilsson skrivit under nåt annat också?".

    Reader ──► PeopleIndex.named(words, the kommun talked about) ──► Reading.persons
    FollowUps ──► answer(persons, …) ──► the person's role, the kommun(er) whose entries name them

A full name is that person in any entry (Freddy Nilsson is named for Burlöv, Kävlinge and Lomma); a
surname alone ("Taaveniku's") only in the entry of the kommun talked about or named, where it cannot
be someone else. A name the message shares with no one ("Johan" of Johan Söderberg and Johan
Karlsson) is nobody in particular.
"""

from __future__ import annotations

import re

import datetime as dt
from collections.abc import Iterable

from typing import TYPE_CHECKING

from bot.answering import aspects, claim_spans, compose, contact_asks, lexicon
from bot.answering.answer import Answer
from bot.answering.compose import join_words, pick
from bot.answering.details import source_dicts
from bot.answering.knowledge import Knowledge, Municipality, Person
from bot.answering.conversation import Conversation
from bot.answering.common_words import ENGLISH_WORDS, STOPWORDS, SWEDISH_WORDS
from bot.answering.lexicon import CueSet
from bot.text import tokens, without_genitive

if TYPE_CHECKING:
    from bot.answering.reading import Reading

# Asking what someone named does ("vad jobbar X med?", "what is X's job?"), though "jobbar med" asks the focus.
ROLE_ASKED = CueSet.of({3: ("roll", "rollen", "jobb*", "jobbar", "arbetar", "yrke", "titel", "befattning", "vem ar",
                            "job", "role", "title", "position", "who is", "who was", "vem var", "vad gor",
                            "vad gjorde", "does do", "did do", "what does", "what did")})
# The role itself asked of someone named beside their kommun ("Vad har X för roll i Växjö?", "vilken roll hade X
# när Hörbys avtal skrevs under?", "What is X's role in Höganäs?"): not "vad gör X", which may ask the agreement.
ROLE_WORD = CueSet.of({3: ("roll", "rollen", "yrke", "titel", "befattning", "role", "job", "title", "position",
                           "vad jobbar", "vad arbetar")})
# Asking who someone named is, with their kommun named beside them.
WHO_IS = CueSet.of({3: ("vem ar", "vem var", "who is", "who was", "who s")})
# Asking whether someone named did more ("har hon skrivit under nåt annat också?", "anything else?").
ELSEWHERE = CueSet.of({3: ("annat", "annan", "andra", "mer", "fler", "ocksa", "aven", "other*", "else",
                           "more", "also")})
# Asking what someone named said ("vad sa Erica Pettersson att polisen skulle göra?", "what did X say …?").
SAID_ASKED = CueSet.of({3: ("vad sa", "vad sade", "vad sager", "vad har ~ sagt", "vad ~ sa", "vad ~ sade",
                            "what did ~ say", "what did ~ ~ say", "what does ~ say", "what does ~ ~ say",
                            "what has ~ said", "sa att", "sade att", "said that", "vad tyckte", "vad tycker", "vad menade",
                            "vad menar", "vad anser", "vad ansag", "vad berattade", "what was ~ view",
                            "what did ~ think", "what does ~ think")})
# Reported speech in a sentence that names the speaker: what they said, not a caption.
_REPORTED = re.compile(r"\b(?:menar|anser|tycker|betonar|understrok|understryker|poangterar|konstaterar|sager att|"
                       r"berattar att|says that|said that|believes|stresses|stressed)\b")
OWN_ASPECT = 3  # a cue this strong of another aspect ("vad fokuserar Anna Tenje på?") asks that aspect
MIN_SURNAME = 4  # shorter surnames ("Eek", "Ek") are too like words to stand alone

Named = tuple[Municipality, Person]


class PeopleIndex:
    """The named people of every entry, by the words of their names."""

    def __init__(self, knowledge: Knowledge) -> None:
        self._by_surname: dict[str, list[tuple[tuple[str, ...], Municipality, Person]]] = {}
        first: set[str] = set()
        for muni in knowledge.municipalities.values():
            for person in muni.people:
                words = tuple(tokens(person.name)) if person.name else ()
                if len(words) >= 2:
                    self._by_surname.setdefault(words[-1], []).append((words, muni, person))
                    first.update(words[:-1])
        # The first names the entries' people have ("anna", "karin" of Anna-Karin): a capitalised kommun's name
        # right after one is a surname ("var det inte Anna-Karin Lund som skrev under?"), not the kommun.
        self.first_names = frozenset(w for w in first if len(w) > 2)

    def named(self, words: Iterable[str], municipalities: Iterable[str | None],
              places: Iterable[str] = ()) -> tuple[Named, ...]:
        """The people a message names: by full name in any entry; by surname (or its genitive) only
        among the people of `municipalities` (the kommun named or talked about), and never a word of
        `places` (the place names written: "och Berg?" asks about Berg) or an everyday word."""
        written = set(words)
        place_words = set(places)
        written |= {bare for w in written if (bare := without_genitive(w))}
        local = {m for m in municipalities if m}
        full: list[Named] = []
        by_surname: list[Named] = []
        for surname in written & self._by_surname.keys():
            for name_words, muni, person in self._by_surname[surname]:
                if set(name_words) <= written:
                    full.append((muni, person))
                elif muni.id in local and len(surname) >= MIN_SURNAME and not _everyday(surname, place_words):
                    by_surname.append((muni, person))
        if not full and by_surname:
            # Found by surname in the kommun talked about, the person is the same wherever the full
            # name is written: "har Björnqvist skrivit under nåt annat?" finds every entry naming them.
            names = {p.name for _, p in by_surname}
            full = [(muni, person) for surname in written & self._by_surname.keys()
                    for _, muni, person in self._by_surname[surname] if person.name in names]
        found = full or by_surname
        return tuple({(m.id, p.name): (m, p) for m, p in found}.values())  # one person listed twice: once


# A party asked of the people named ("vilket parti tillhör X?", "vad har han för parti?").
PARTY = CueSet.of({3: ("parti", "partiet", "party", "politisk*", "political")})


def detail_lines(people: Iterable[Person], muni: Municipality, norm: str, language: str, contact: bool) -> list[str]:
    """The party or the phone number asked of people the entry names, or that the source gives none: said of
    the slot asked ("Partiet framgår inte …"), never left for the reader to infer from a role line."""
    people = list(people)
    lines = []
    if PARTY.found(norm) and not any(p.party for p in people):
        lines.append(pick(language, f"Vilket parti {join_words([p.name for p in people], language)} tillhör framgår inte "
                                    f"av källan för {muni.name}.", f"The source for {muni.name} does not mention a party."))
    if contact:
        # The entry's own number where its source gives one (a press contact); else that it gives none.
        for person in people:
            lines.append(pick(language, f"Telefon till {person.name} (presskontakt i källan): {person.phone}."
                              if person.phone else f"Telefonnummer till {person.name} framgår inte av källan.",
                              f"Phone for {person.name} (press contact in the source): {person.phone}."
                              if person.phone else f"The source does not mention a phone number for {person.name}."))
    return lines


def with_lines(text: str, lines: list[str]) -> str:
    """The lines put before the answer's closing source paragraph."""
    if not lines:
        return text
    head, sep, tail = text.rpartition("\n\n")
    return f"{head}\n\n" + "\n".join(lines) + f"{sep}{tail}" if head else text + "\n\n" + "\n".join(lines)


def _everyday(word: str, places: set[str]) -> bool:
    """A place name written or an everyday word, never a surname alone. Looked up set by set: their
    union, thousands of words, was built for every message though few name a surname."""
    return word in places or word in STOPWORDS or word in SWEDISH_WORDS or word in ENGLISH_WORDS


def asked(r: Reading, conversation: Conversation, today: dt.date) -> Answer | None:
    """"Vem är Mariana Handler?", "vad har Anders Wiss för roll?", "har Freddy Nilsson skrivit under
    nåt annat?": who the person named is, in each entry that names them; None when the message names
    nobody the entries name, or asks something else of them."""
    if not r.persons or claim_spans.marked(r.tokens) or r.asks_for_the_list or r.scan.regions:
        return None  # "Katrineholms avtal skrevs väl under av Johan Levin?" is a claim about Katrineholm
    persons = r.persons
    if r.known:
        # "Sölvesborg: vem är Louise Erixon?": the person of the kommun named, not a sentence naming them;
        # asked who they are or what they said, never a claim ("Undertecknades avtalet i Burlöv av X?").
        if not WHO_IS.found(r.norm) and not SAID_ASKED.found(r.norm) and not ROLE_WORD.found(r.norm) \
                and not PARTY.found(r.norm) and not contact_asks.CONTACT.found(r.norm):
            return None
        named = {m.place.municipality_id for m in r.known}
        persons = tuple((m, p) for m, p in persons if m.id in named)
        if len(named) > 1 or not persons:
            return None
    names = {t for _, p in r.persons for t in tokens(p.name)}
    rest = " ".join(t for t in r.tokens if t not in names)  # "Mats" (mäts) is a name here, no aspect
    said = SAID_ASKED.found(r.norm)
    if not said and not ROLE_ASKED.found(rest) and any(lexicon.TOPICS[topic].score(rest) >= OWN_ASPECT for topic in lexicon.TOPICS
                                          if topic not in ("people", "overview", "parties", "period")):
        return None  # "vad fokuserar Anna Tenje på?" asks the focus areas
    if said and not r.known:
        # "vad tyckte Lars-Gunnar Björnqvist om avtalet?": the kommun whose source quotes them, of several.
        persons = tuple((m, p) for m, p in persons if _own_words(p)) or persons
    about = str(r.known[0].place.municipality_id) if r.known else conversation.municipality
    found = answer(persons, r.language, today, ELSEWHERE.found(r.norm), about=about)
    words = _words_of(persons, r.language) if said else ""
    if said:
        own = [pick(r.language, f"{aspects.person_line(p, 'sv')}, i källan:\n”{p.quote}”",
                    f"{aspects.person_line(p, 'en')}, in the source (in Swedish):\n“{p.quote}”")
               for _, p in dict.fromkeys(persons) if _own_words(p)]
        words = "\n\n".join([*own, words] if words else own)
    if words:  # what the source quotes them as saying, before where it is from
        head, sep, tail = found.text.rpartition("\n\n")
        found.text = f"{head}\n\n{words}{sep}{tail}" if head else f"{found.text}\n\n{words}"
    if len({m.id for m, _ in persons}) == 1:  # "vilket parti tillhör X?", "vad har X för telefonnummer?"
        found.text = with_lines(found.text, detail_lines((p for _, p in persons), persons[0][0], r.norm, r.language,
                                                         "112" not in r.tokens and contact_asks.CONTACT.found(r.norm)))
    if found.municipality is not None:
        conversation.municipality, conversation.unknown = found.municipality, None
    conversation.topic, conversation.role = "people", None
    return found


def answer(persons: tuple[Named, ...], language: str, today: dt.date, elsewhere: bool = False,
           about: str | None = None) -> Answer:
    """Who the person is in each entry that names them: the role, the kommun, whether they signed;
    `elsewhere` (asked whether they signed anything else): said plainly when only one kommun's
    entry names them. `about`: the kommun talked about, which the answer stays about when it is one of
    theirs: "vem är Anders Larsson?" after Kiruna is Kiruna's, unless asked what else they did."""
    if not elsewhere and any(m.id == about for m, _ in persons):
        persons = tuple((m, p) for m, p in persons if m.id == about)
    names = list(dict.fromkeys(p.name for _, p in persons))
    lines: list[str] = []
    for name in names:
        mine = sorted(((m, p) for m, p in persons if p.name == name), key=lambda mp: mp[0].name)
        if len(mine) == 1:
            muni, person = mine[0]
            role = pick(language, person.role, person.role_en)
            if person.title and language != "en":
                role = f"{person.title}, {role}"
            name = name + (f" ({person.party})" if person.party else "")
            lines.append(pick(language, f"Enligt källan för {muni.name} är {name} {role}"
                                        f"{' och skrev under överenskommelsen' if person.signed else ''}.",
                              f"According to the source for {muni.name}: {name}, {role}"
                              f"{', who signed the agreement' if person.signed else ''}."))
            if elsewhere:
                lines.append(pick(language, f"Ingen annan kommuns överenskommelse som jag har nämner {name}.",
                                  f"No other municipality's agreement that I have names {name}."))
            continue
        head = pick(language, f"{name} nämns för {len(mine)} kommuner:", f"{name} is named for {len(mine)} municipalities:")
        rows = [f"• {muni.name}: " + pick(language, person.role, person.role_en)
                + pick(language, ", skrev under" if person.signed else "", ", signed" if person.signed else "")
                for muni, person in mine]
        lines.append("\n".join([head, *rows]))
    sources = [s for muni, person in persons for s in compose.sources_of(muni, [person.source_id])]
    sources = list({(s.publisher, s.title): s for s in sources}.values())
    text = "\n\n".join(lines)
    if sources:
        text += "\n\n" + compose.source_line(sources, language, today)
    ids = list(dict.fromkeys(m.id for m, _ in persons))
    municipality = about if about in ids else ids[0] if len(ids) == 1 else None
    return Answer(True, municipality, "people", text, language=language,
                  sources=source_dicts(sources), follow_ups=["people", "focus"])


def _words_of(persons: tuple[Named, ...], language: str) -> str:
    """The sentences of each entry that quote a person named ("…, säger Erica Pettersson."): the area a
    quote stands for by its title and kind, so the reader knows what was said about; "" when none does."""
    lines: list[str] = []
    for muni, person in persons:
        surname = tokens(person.name)[-1:] if person.name else []
        if not surname:
            continue
        for area in muni.areas:
            # Of the source the person is named in, which the answer's source line names.
            if area.quote and area.source_id == person.source_id and surname[0] in tokens(area.quote) \
                    and area.quote not in " ".join(lines):
                kind = pick(language, *aspects.AREA_KIND_NAMES[area.kind])
                quoted = pick(language, f"”{area.quote}”", f"“{area.quote}” (in Swedish)")
                lines.append(f"• {pick(language, area.title, area.title_en)} ({kind}): {quoted}")
    if not lines:
        return ""
    names = join_words(list(dict.fromkeys(p.name for _, p in persons)), language)
    return "\n".join([pick(language, f"Så här citerar källan {names}:",
                                  f"What the source quotes {names} as saying:"), *lines])


def _own_words(person: Person) -> bool:
    """A quote in the person's own words ("Vi måste ta ansvar …"), not a caption or a line naming them."""
    surname = tokens(person.name)[-1:] if person.name else []
    quote = tokens(person.quote or "")
    # "X, kommunalråd, menar att detta är ett sätt …" names them and still gives their words.
    return bool(person.quote) and bool(surname) and (surname[0] not in quote or bool(_REPORTED.search(" ".join(quote))))
