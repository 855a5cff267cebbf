"""What someone said, asked after an answer that named people ("vad sa hon om överenskommelsen?",
"vad tyckte kommunpolisen?", "what did the boss there say?"): whom the follow-up means (by name, role,
pronoun or the people the last answer named) and the source's quotes of them, the entry's sentences that
name them and hold the subject asked about, or that the source does not quote them.

Apart from followup.py, which routes the follow-ups and remembers what they need: reading a quote
out of the source is one kind of follow-up's own answer, as of_the_agreement.py and in_context.py are.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from bot.answering import aspects, common_words, compose, lexicon, passage_kinds, passages
from bot.answering.answer import Answer
from bot.answering.compose import pick
from bot.answering.conversation import Conversation
from bot.answering.knowledge import Knowledge, Municipality, Person
from bot.answering.lexicon import CueSet
from bot.answering.passage_index import terms
from bot.text import genitive, tokens

if TYPE_CHECKING:
    from bot.answering.reading import Reading

# Asking what someone said ("vad sa hon", "vad tyckte kommunpolisen", "what did he say").
SAID = CueSet.of({3: (
    "vad sa", "vad sade", "vad sager", "vad har ~ sagt", "vad tyckte", "vad tycker", "sa hon", "sa han",
    "sa hen", "sade hon", "sade han", "sagt", "citat*", "citer*", "uttal*", "what did ~ say", "what does ~ say",
    "said", "say about", "quote*", "vad namnde", "namnde ~ om", "vad namner", "what did ~ mention", "mentioned")})
# "Chefen" alone ("vad sa chefen där om Idre?", "what did the boss there say"): the police area's chief,
# after the area or its chief was named; a "kommunchefen" is its own word, not this one.
CHIEF = CueSet.of({3: ("chefen", "chef", "the chief", "the boss", "the head", "boss")})
# Words of a person's quote that only say who they are ("säger Mattias Skarp, chef för …"), beside
# their name and role: such a quote is the source naming them, not something they said.
MAX_NAMED_IN = 3
_ATTRIBUTION = frozenset(("sager", "sade", "sa", "says", "said", "enligt", "according", "dels"))
# Someone the last answer named, by a pronoun.
PERSON_PRONOUNS = frozenset({"hon", "han", "hen", "henne", "honom", "she", "he", "her", "him"})
GROUP_PRONOUNS = frozenset({"de", "dom", "dem", "they", "them"})
# After "om"/"about": what they are asked to have said something of; the agreement itself is no subject.
_ABOUT = frozenset(("om", "about", "kring", "angaende", "regarding", "on"))
_ABOUT_WRITTEN = re.compile(r"\b(?:om|about|kring|angående|regarding|on)\s+([^?!.]+?)\s*[?!.]*\s*$", re.IGNORECASE)
# Which agreement ("om det nya löftet"): the agreement itself, no subject of its own.
_WHICH_ONE = frozenset(("nya", "nytt", "ny", "gamla", "senaste", "forra", "nuvarande", "new", "old", "latest",
                        "current", "previous"))
_AGREEMENT = ("overenskommelse", "samverkansoverenskommelse", "avtal", "lofte", "medborgarlofte", "agreement",
              "promise", "samverkan", "arbetet", "det", "detta", "that", "it", "this")


def said(knowledge: Knowledge, found: passages.Passages, r: Reading, conversation: Conversation,
         today: dt.date) -> Answer | None:
    """"Vad sa hon om överenskommelsen?": the quotes the source has of the people meant."""
    if not SAID.found(r.norm):
        return None
    named = [m.place.municipality_id for m in r.known]
    muni = knowledge.municipalities.get(str(named[0]) if named else conversation.municipality or "")
    if muni is None:
        return None
    meant = _people_meant(r, conversation, muni)
    if meant is None:
        return None
    people, role = meant
    lang = r.language
    lines, ids = [], []
    subject, told = _said_about(r, people), []
    if subject:
        # "vad sa han om centrala Ystad?": the entry's sentences that name them and hold the subject.
        wanted = set(terms(subject))
        # A sentence of the source they are quoted in counts too: "Enligt chefen för lokalpolisområde
        # Mora … ska nya poliser utgå från Idre" is what Katarina Ragnewall's interview says of Idre.
        told = [(person, passage) for passage in found.of(muni.id, lang)
                if wanted & set(terms(tokens(passage.text))) and passage.kind not in passage_kinds.ABOUT_SOURCES
                for person in people if _names(passage.text, person) or passage.text == person.quote
                or (passage.kind == "fact" and passage.source_id == person.source_id)]
        for person, passage in told:
            # The entry's own sentence in the resident's language: its English is the entry's, not a quote's.
            lines.append(pick(lang, f"{aspects.person_line(person, lang)}, i källan:\n”{passage.text}”",
                              f"{aspects.person_line(person, lang)}, in the source:\n“{passage.text}”"))
            ids.append(passage.source_id)
        if told:
            people = []
        else:
            asked = _ABOUT_WRITTEN.search(r.text)
            about = asked.group(1) if asked else " ".join(r.display.get(t, t) for t in subject)
            lines.append(pick(lang, f"Källan citerar inte {_who(people, 'sv')} om {about}.",
                              f"The source does not quote {_who(people, 'en')} on {about}."))
    named_only = [p for p in people if p.quote and _title_only(p, muni)]
    if named_only:
        # "säger Mattias Skarp, chef för …": the source names them; what it says where it does.
        lines.append(_named_in(found, named_only, muni, lang))
        ids.extend(p.source_id for p in named_only)
    for person in people:
        if person in named_only:
            continue
        if person.quote:
            lines.append(pick(lang, f"{aspects.person_line(person, lang)}, i källan:\n”{person.quote}”",
                              f"{aspects.person_line(person, lang)}, in the source (in Swedish):\n"
                              f"“{person.quote}”"))
        else:
            lines.append(pick(lang, f"Källan citerar inte {person.name or person.role}.",
                              f"The source does not quote {person.name or person.role_en}."))
        ids.append(person.source_id)
    if not people and not ids:
        ids = [s.id for s in muni.sources]
        quoted = [p for p in muni.people if p.quote and not _title_only(p, muni)]  # words of theirs, not a byline
        if role in lexicon.ROLE_NAMES:
            sv, en = lexicon.ROLE_NAMES[str(role)]
            # "kommunstyrelsens ordförande" holds its own genitive: "… i Kiruna", never "Kirunas kommunstyrelsens".
            whose = f"{sv} i {muni.name}" if " " in sv else f"{genitive(muni.name)} {sv}"
            lines.append(pick(lang, f"Källan citerar inte {whose}.", f"The source does not quote {muni.name}'s {en}."))
            if quoted:
                lines.append(pick(lang, "Den citerar: ", "It quotes: ") + compose.join_words(
                    [aspects.person_line(p, lang) for p in quoted], lang) + ".")
        else:
            lines.append(pick(lang, f"Källan för {muni.name} citerar ingen av dem som nämns i den.",
                              f"The source for {muni.name} quotes none of those it names."))
    sources = compose.sources_of(muni, ids)
    text = "\n\n".join(lines)
    if sources:
        text += "\n\n" + compose.source_line(sources, lang, today)
    conversation.municipality, conversation.topic, conversation.unknown = muni.id, "people", None
    return Answer(any(p.quote for p in people) or bool(told), muni.id, "quote", text, language=lang,
                  sources=[{"publisher": s.publisher, "title": s.title, "date": str(s.date) if s.date else ""}
                           for s in sources], follow_ups=["people", "focus"])


def _people_meant(r: Reading, conversation: Conversation,
                  muni: Municipality) -> tuple[list[Person], str | None] | None:
    """Whom "hon", "kommunpolisen" or "Carina Wutzler" means: the people, and the role asked
    for when the source names nobody in it; None when the message names no one."""
    words = set(r.tokens)
    by_name = [p for p in muni.people if p.name and any(
        t in words for t in tokens(p.name) if len(t) >= 3 and t not in common_words.STOPWORDS)]
    if by_name:
        return by_name, None
    roles = [role for role, cues in lexicon.ROLES.items() if cues.found(r.norm)]
    holders = [p for p in muni.people if p.role_key in roles]
    # "Vad säger kommunpolisen om droger?" asks the kommunpolis the entry names, as "vad sa hon om …?"
    # does; with nobody in that role, a subject the agreement has is what it says about that subject.
    if roles and (not r.known_content or (holders and _said_about(r, []))):
        return holders, roles[0]
    chiefs = [p for p in muni.people if p.role_key == "police_chief"]
    if chiefs and CHIEF.found(r.norm):
        return chiefs, "police_chief"
    if not words & (PERSON_PRONOUNS | GROUP_PRONOUNS):
        return None
    remembered = [p for p in muni.people if p.id in conversation.people]
    if remembered:
        return remembered, None
    if conversation.municipality != muni.id:
        return None
    if conversation.role:
        return [p for p in muni.people if p.role_key == conversation.role], conversation.role
    if conversation.topic == "people":
        # The last answer named people only in a note ("signed by …"): whoever the source quotes.
        return [p for p in muni.people if p.quote], None
    return None


def _named_in(found: passages.Passages, people: list[Person], muni: Municipality, lang: str) -> str:
    """What the source says where it names people it gives by name and role only: its sentences
    that name them (how they signed, what they announced), and that it gives no words of theirs."""
    who = _who(people, lang)
    # The source's own sentence on the agreement first ("På onsdagen undertecknade … Andreas Nyberg
    # medborgarlöftet …"), then the entry's sentences that name them.
    quoted = [("", a.quote) for a in muni.agreements if a.quote and any(_names(a.quote, p) for p in people)]
    said = list(dict.fromkeys(quoted + [
        (p.label if p.kind == "signing" else "", p.text) for p in found.of(muni.id, lang)
        if p.kind not in passage_kinds.ABOUT_SOURCES and not (quoted and p.kind == "signing") and all(p.text != person.quote for person in people)
        and any(_names(p.text, person) for person in people)]))[:MAX_NAMED_IN]
    roles = compose.join_words([f"{p.name}, {pick(lang, p.role, p.role_en)}" for p in people if p.name], lang)
    line = pick(lang, f"Källan återger inte vad {who} sa, bara namn och roll ({roles}).",
                f"The source does not give what {who} said, only name and role ({roles}).")
    if said:
        line += "\n" + pick(lang, "Där de nämns står det:", "Where they are named, it says:") + "\n" + "\n".join(
            (f"{label}: " if label else "") + pick(lang, f"”{t}”", f"“{t}”") for label, t in said)
    return line


def _said_about(r: Reading, people: list[Person]) -> list[str]:
    """The content words after the last "om"/"about" ("vad sa hon om områdespoliserna?"), less the
    people's own names and the agreement's words; [] when none is asked."""
    at = max((i for i, t in enumerate(r.tokens) if t in _ABOUT), default=-1)
    if at < 0:
        return []
    own = {t for person in people for t in tokens(person.name)}
    return [t for t in r.tokens[at + 1:] if t not in common_words.STOPWORDS and t not in own
            and not t.startswith(_AGREEMENT) and t not in _WHICH_ONE and not t.isdigit()]


def _names(text: str, person: Person) -> bool:
    """The sentence names the person: their surname (or, unnamed, their role) as written."""
    words = tokens(person.name)
    return bool(words) and words[-1] in tokens(text)


def _title_only(person: Person, muni: Municipality) -> bool:
    """The person's quote only names them ("säger Andreas Nyberg, lokalpolisområdeschef Piteå älvdal",
    "Arvidsjaurs kommunalråd, Sara Lundberg"): at most two words besides their name, role and place."""
    own = set(tokens(" ".join((*(f"{p.name} {p.role} {p.organisation}" for p in muni.people), person.title, person.party,
                               muni.name, genitive(muni.name)))))  # the others named beside them too
    rest = [t for t in tokens(person.quote) if t not in own and t not in common_words.STOPWORDS
            and t not in _ATTRIBUTION and not t.isdigit()]
    return len(rest) <= 2


def _who(people: list[Person], language: str) -> str:
    names = [p.name or pick(language, p.role, p.role_en) for p in people]
    return compose.join_words(names, language) if names else pick(language, "dem", "them")

