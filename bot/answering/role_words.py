"""Someone of the entry talked about, asked by the role or the organisation the entry gives them, in its
own words: "och gruppchefen, vem är det?", "och VD:n för City Örebro, vad heter hon?", "vem var det från
fastighetsägarna?", "and the county governor, what's his name?".

The fixed roles (bot/answering/lexicon.py ROLES: kommunpolis, säkerhetschef, kommunstyrelsens ordförande, …)
answer through the people aspect. A role no cue list holds (a gruppchef, a landshövding, a company's VD, a
vice chair of the property owners) read alone is a word the model does not know, which it may take for
anything, danger included. Here the message's words are looked for in the entry's people's own roles and
organisations: the one whose role holds a word the message asks with is whom it asks about, answered as
people_named.py answers a name. Nothing is looked for when the message names someone, a fixed role, or
another kommun, or tells of the resident.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.answering import common_words, lexicon, people_named
from bot.answering.answer import Answer
from bot.answering.conversation import Conversation
from bot.answering.cues import CueSet
from bot.answering.knowledge import Knowledge, Municipality, Person
from bot.answering.passage_index import stem
from bot.text import genitive, tokens

if TYPE_CHECKING:
    from bot.answering.reading import Reading

# Asking who someone is or what they are called: "vad heter", "vem är", "vem var det", "vilket namn",
# "who is", "what's his name", "och X då?", "what about X?".
WHO_ASKED = CueSet.of({3: ("vad heter", "heter", "vem ar", "vem var", "vem", "vilket namn", "namn*", "who",
                           "whos", "name*", "called", "da", "then", "what about", "how about")})
MAX_WORDS = 12
# Words of every role or organisation, which pick no one ("chef för lokalpolisområde …", "kommun", "län").
_GENERIC = frozenset(("kommun", "kommunen", "kommuns", "stad", "staden", "lan", "lanet", "region", "polis",
                      "polisen", "polismyndigheten", "lokalpolisomrade", "lokalpolisomradet", "chef", "chefen",
                      "municipality", "county", "police", "area", "local", "head", "the", "of", "for", "och", "and",
                      "tillforordnad", "tillforordnade", "acting", "vice", "deputy", "chief", "officer", "municipal"))
# Words of the resident: "vem är min handläggare?" is their own matter, never someone of the entry.
_FIRST_PERSON = frozenset(("jag", "mig", "min", "mitt", "mina", "vi", "oss", "me", "my", "we", "us", "our"))


def _role_words(person: Person, muni: Municipality) -> set[str]:
    """The words of the person's role and organisation, as the entry writes them, less the kommun's name
    and the words every role holds."""
    own = set(tokens(f"{muni.name} {genitive(muni.name)}"))
    return {t for t in tokens(f"{person.role} {person.role_en} {person.organisation}")
            if t not in own and t not in _GENERIC and t not in common_words.STOPWORDS and not t.isdigit()}


def _meets(word: str, held: set[str]) -> bool:
    """The message's word is a word of the role: the same stem ("gruppchefen", "gruppchef"; "landshövdingen",
    "landshövding"), never a part of one ("lokala" is no "lokalpolisområdeschef"); a short word ("VD") as written."""
    if len(word) < 4:
        return word in held
    wanted = stem(word)
    return any(stem(t) == wanted for t in held)


def asked(knowledge: Knowledge, r: Reading, conversation: Conversation, today: dt.date) -> Answer | None:
    """The people of the kommun talked about whose own role the message asks by; None otherwise."""
    muni = knowledge.municipalities.get(conversation.municipality or "")
    if muni is None or not muni.people or r.persons or r.rules is not None or r.unknown or r.scan.regions:
        return None
    if any(m.place.municipality_id != muni.id for m in r.scan.mentions) or len(r.tokens) > MAX_WORDS:
        return None
    if not WHO_ASKED.found(r.norm) or _FIRST_PERSON & set(r.written) or any(c.found(r.norm) for c in lexicon.ROLES.values()):
        return None
    named = holding(muni, [*r.written, *r.tokens])
    if not named or len(named) == len([p for p in muni.people if p.name]) > 1:
        return None  # every one of them: the word is no role of one (the people aspect lists them all)
    return people_named.answer(tuple((muni, p) for p in named), r.language, today, about=muni.id)


def holding(muni: Municipality | None, words: Sequence[str]) -> list[Person]:
    """The named people of `muni` whose own role or organisation holds one of the words (a message's, folded
    as written and as corrected): "landshövdingen" is Gotland's county governor, "VD:n" City Örebro's."""
    if muni is None or not muni.people:
        return []
    asked = [w for w in dict.fromkeys(words) if w not in common_words.STOPWORDS and w not in _GENERIC
             and len(w) >= 2 and not w.isdigit()]
    return [p for p in muni.people if p.name and any(_meets(w, _role_words(p, muni)) for w in asked)]
