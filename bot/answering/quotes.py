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
from bot.answering.intents import PLACE
from bot.answering.passage_index import stem, terms
from bot.text import genitive, tokens

if TYPE_CHECKING:
    from bot.answering.reading import Reading

# A quote question of more kommuner than this is a list, not a few named one after the other.
MAX_KOMMUNER = 3
# Asking what someone said ("vad sa hon", "vad tyckte kommunpolisen", "what did he say").
SAID = CueSet.of({3: (
    "vad sa", "vad sade", "vad sager", "vad har ~ sagt", "vad tyckte", "vad tycker", "sa hon", "sa han",
    "sa hen", "sade hon", "sade han", "sagt", "citat*", "citer*", "uttal*", "what did ~ say", "what does ~ say",
    "said", "say about", "quote*", "vad namnde", "namnde ~ om", "vad namner", "what did ~ mention", "mentioned")})
# A verb of saying as written beside the one who said it ("Anna-Lena Mann i Tidaholm pratade om …", "vad
# menade kommunpolisen …", "what did Ahrlin say …"): the verb's forms, not phrases, so that any wording that
# puts a person or role next to one is read, not only "vad sa". Who is read from the entry's people and roles.
_SAYING = frozenset((
    "sa", "sade", "sagt", "sager", "saga", "menar", "menade", "menat", "tycker", "tyckte", "tyckt", "namnde",
    "namner", "namnt", "pratade", "pratar", "pratat", "berattade", "berattar", "berattat", "uttalade", "uttalat",
    "svarade", "sagts", "say", "says", "said", "mentioned", "mention", "mentions", "talked", "told", "thinks",
    "thought", "meant", "claimed"))
_SAID_NEAR = (-3, 4)  # the verb this many words before to after the one named ("vad sa X", "X i Y sa")
MIN_TAIL = 5  # letters of a word asked found as the end of a compound: shorter ends are parts of too many words
# Words that frame the question, not what was said: what to rank the person's sentences by leaves them out.
_FRAME = frozenset(("vad", "vilken", "vilket", "vilka", "hur", "what", "which", "how", "nagot", "nat", "nagonting",
                    "something", "anything", "exakt", "exactly", "egentligen", "da", "then", "sa", "sag"))
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


# What a verb of saying is followed by when it reports what was said as a claim ("han sa att det var han som skrev
# under", "she told me that …"): a claim to check (claims.py), no question of what the person said.
_THAT = frozenset(("att", "that"))
_ASKING_WHAT = frozenset(("vad", "what", "vilket", "vilka", "which"))


def _reports_a_claim(toks: list[str]) -> bool:
    """A verb of saying followed (an object pronoun apart) by "att"/"that", in a message that does not ask what."""
    return not _ASKING_WHAT & set(toks) and any(
        t in _SAYING and (toks[i + 1:i + 2] and toks[i + 1] in _THAT or toks[i + 2:i + 3] and toks[i + 2] in _THAT
                          and toks[i + 1] in ("mig", "me", "oss", "us"))
        for i, t in enumerate(toks))


def said(knowledge: Knowledge, found: passages.Passages, r: Reading, conversation: Conversation,
         today: dt.date, of: str | None = None) -> Answer | None:
    """"Vad sa hon om överenskommelsen?": the quotes the source has of the people meant (in kommun `of`, when
    given, else the one named or talked about)."""
    asked_said = SAID.found(r.norm)
    if not asked_said and _SAYING.isdisjoint(r.tokens):
        return None
    named = [str(m.place.municipality_id) for m in r.known]
    if of is None and 1 < len(set(named)) <= MAX_KOMMUNER:
        return _said_of_each(knowledge, found, r, conversation, today, list(dict.fromkeys(named)))
    muni = knowledge.municipalities.get(of or (named[0] if named else conversation.municipality or ""))
    if muni is None or not (asked_said or _said_by_one_named(r, muni)) or _reports_a_claim(r.tokens):
        return None
    meant = _people_meant(r, conversation, muni)
    if meant is None:
        return None
    people, role = meant
    lang = r.language
    lines, ids = [], []
    subject, told = _said_about(r, people), []
    if subject:
        # "vad sa han om centrala Ystad?", "vad sa Ahrlin att polisen behöver vara uppmärksam på?": of what the
        # source has of them, the sentences the question's other words rank first. A sentence of the source they
        # are quoted in counts too: "Enligt chefen för lokalpolisområde Mora … ska nya poliser utgå från Idre" is
        # what Katarina Ragnewall's interview says of Idre; so does a sentence that names them ("… enligt Carina
        # Wutzler").
        places = {t for t, hidden in zip(r.tokens, r.masked) if hidden == PLACE}
        told = _ranked_for(found, muni, people, subject, lang, places)
        for person, passage in told:
            # The entry's own sentence in the resident's language: its English is the entry's, not a quote's.
            # The title an area or a fact is under stands outside the quotation marks: the entry's words.
            under = "" if passage.kind == "quote" or passage.label == passage.text else f"{passage.label}: "
            lines.append(pick(lang, f"{aspects.person_line(person, lang)}, i källan:\n{under}”{passage.text}”",
                              f"{aspects.person_line(person, lang)}, in the source:\n{under}“{passage.text}”"))
            ids.append(passage.source_id)
        if told:
            people = []
        elif _about_at(r) >= 0:
            asked = _ABOUT_WRITTEN.search(r.text)
            # "… om en ny avdelning, vad?": what it is about ends where the question's own "vad" is put after it.
            about = re.split(r"\s*[,–-]\s*(?:vad|what)\b", asked.group(1), flags=re.IGNORECASE)[0] if asked \
                else " ".join(r.display.get(t, t) for t in subject)
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
    # "Louise Erixon" is not Louise Englund of the same entry: a surname named picks among those a first name fits.
    by_surname = [p for p in by_name if tokens(p.name)[-1] in words]
    if by_name:
        return by_surname or by_name, None
    roles = [role for role, cues in lexicon.ROLES.items() if cues.found(r.norm)]
    # Of the role asked, also those whose own role is written with the word asked ("kommunalrådet" of a
    # "kommunalråd" the entry files as a politician): the entry's words, not only its role keys.
    asked_roles = [t for t in r.tokens if _role_word(t)]
    holders = [p for p in muni.people if p.role_key in roles
               or any(_same_word(asked, own) for asked in asked_roles for own in tokens(p.role))]
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


def _said_of_each(knowledge: Knowledge, found: passages.Passages, r: Reading, conversation: Conversation,
                  today: dt.date, ids: list[str]) -> Answer | None:
    """"Vad säger lokalpolisområdeschefen om Sjöbo och om Skurup?", "what did the police chief say about Ystad and
    Tomelilla?": one police area's chief speaks of each of its kommuner, in each kommun's entry; read from the first
    named alone, the second's sentence was never looked for. Each kommun's answer under its name, in the order
    named; None when the question is no quote question of any of them (the usual routing)."""
    parts = [(knowledge.municipalities[i], said(knowledge, found, r, conversation, today, of=i))
             for i in ids if i in knowledge.municipalities]
    answered = [(muni, answer) for muni, answer in parts if answer is not None]
    if not answered:
        return None
    first = answered[0][1]
    if len(answered) == 1:
        return first
    text = "\n\n".join(f"{muni.name}:\n{answer.text}" for muni, answer in answered)
    sources = [s for _, answer in answered for s in answer.sources]
    return Answer(any(answer.answered for _, answer in answered), first.municipality, "quote", text,
                  language=first.language, sources=list({str(s): s for s in sources}.values()),
                  follow_ups=first.follow_ups)


def _about_at(r: Reading) -> int:
    """Where the last "om"/"about" stands among the tokens, -1 without one."""
    return max((i for i, t in enumerate(r.tokens) if t in _ABOUT), default=-1)


def _said_about(r: Reading, people: list[Person]) -> list[str]:
    """What they are asked to have said something of: the content words after the last "om"/"about" ("vad sa
    hon om områdespoliserna?"), else the question's content words beside whom and the verb of saying ("vad
    sa Ahrlin att polisen behöver vara uppmärksam på?"); less the people's names, their roles and the
    agreement's words; [] when none is asked."""
    at = _about_at(r)
    own = {t for person in people for t in tokens(person.name)}
    # After "om" first; the rest of the question too, since "om vad polisen ska …" puts what is asked after it
    # as a clause of its own, whose words the ranking weighs as it weighs any.
    rest = [t for t in r.tokens if t not in _SAYING and t not in _FRAME and not _role_word(t)]
    # "om Sjöbo", "about the cooperation": what follows is the subject. "om vad polisen ska …" puts a question
    # of its own after it, whose words and the rest of the message's the ranking weighs as it weighs any.
    asked = rest if at < 0 or r.tokens[at + 1:at + 2] and r.tokens[at + 1] in _FRAME else r.tokens[at + 1:]
    return [t for t in asked if t not in common_words.STOPWORDS and t not in own
            and not t.startswith(_AGREEMENT) and t not in _WHICH_ONE and not t.isdigit()]


def _same_word(one: str, other: str) -> bool:
    """One word inflected as the other ("kommunalrådet", "kommunalråd"): one begins the other, both long."""
    shorter, longer = sorted((one, other), key=len)
    return len(shorter) >= MIN_TAIL + 1 and longer.startswith(shorter) and len(longer) - len(shorter) <= 3


def _role_word(token: str) -> bool:
    """The token names a role ("kommunpolisen", "ordförande", "lokalpolischefen")."""
    return any(cues.found(token) for cues in lexicon.ROLES.values())


def _said_by_one_named(r: Reading, muni: Municipality) -> bool:
    """A verb of saying stands beside a person of the entry, by name or role ("Kommunstyrelsens ordförande i
    Skara sa …", "vad menade kommunpolisen …"): the question asks what they said, whatever the words around."""
    names = {t for p in muni.people for t in tokens(p.name) if len(t) >= 3 and t not in common_words.STOPWORDS}
    whom = [i for i, t in enumerate(r.tokens) if t in names or _role_word(t)]
    return any(_SAID_NEAR[0] <= v - p <= _SAID_NEAR[1] and v != p
               for v, t in enumerate(r.tokens) if t in _SAYING for p in whom)


def _ranked_for(found: passages.Passages, muni: Municipality, people: list[Person], subject: list[str],
                lang: str, places: set[str]) -> list[tuple[Person, passage_kinds.Passage]]:
    """The best of the sentences the source has of the people (their quotes, the entry's sentences naming them,
    the facts of the source that quotes them): first by how many of the subject's words (a place too: "vad sa
    han om Tomelilla?") the sentence itself holds, then by the ranking's score, which also joins a word to its
    compound or near word; a second as close as passages.SECOND_WITHIN; [] when no sentence holds a word of it.
    How an agreement was signed names them without saying anything of theirs: only by a word it holds."""
    query, gained = found.query_terms(subject, lang)
    reached, literal, place = set(query) | set(gained), set(terms(t for t in subject if t not in places)), set(places)
    scores = {id(passage): score for score, passage in found.rank(muni.id, subject, lang)}
    tails = [stem(t) for t in subject if len(stem(t)) >= MIN_TAIL]
    ranked: list[tuple[int, float, int, Person, passage_kinds.Passage]] = []
    for passage in found.of(muni.id, lang):
        if passage.kind in passage_kinds.ABOUT_SOURCES:
            continue
        person = next((person for person in people if _names(passage.text, person)
                       or (passage.kind == "quote" and passage.text in person.quote)
                       or (passage.kind == "fact" and passage.source_id == person.source_id)), None)
        if person is None:
            continue
        words = tokens(passage.text)
        # An area's or a fact's title says what its sentence is about ("Trafiksäkerhet: Ett viktigt område …").
        own = set(terms(words if passage.kind == "quote" else [*words, *tokens(passage.label)]))
        held = len(literal & own)
        # A place asked ("vad sa han om Tomelilla?") picks a sentence only when nothing else is asked, and else
        # only orders those the other words picked: most of the entry's sentences name it.
        at_place = len(place & set(words))
        # A word asked as the last part of the entry's compound ("avdelning" of "säkerhetsavdelning").
        joined = bool(reached & own) or any(w != tail and w.endswith(tail) for w in words for tail in tails)
        if held or (joined and passage.kind != "signing") or (at_place and not literal and not reached):
            ranked.append((held, scores.get(id(passage), 0.0), at_place, person, passage))
    if not ranked:
        return []
    ranked.sort(key=lambda row: (-row[0], -row[1], -row[2]))
    held, best, where = ranked[0][:3]
    return [(person, passage) for count, score, at, person, passage in ranked[:2]
            if count == held and score >= passages.SECOND_WITHIN * best and at == where]


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

