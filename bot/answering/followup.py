"""Follow-ups: a message read against what the last answer was about (bot/answering/conversation.py).

    Reading, Conversation ──► FollowUps.answer ──► an Answer, or None: the usual routing answers
                              FollowUps.remember ◄── every answer: who it named, which municipality

- "vad sa hon (om överenskommelsen)?" after an answer that named people (or asked for a role the
  source does not name): what they said, when the source quotes them; otherwise that it does not
  (quotes.py).
- "vad gör kommunen och polisen här?" after a municipality without an entry ("Jag har flyttat till
  Leksand"): that municipality, nothing published yet and where to look, never "which one?".
- "och vilka har gått ut?" after a list of agreements in a county: the same county's list.
- "när går det ut?" after a question that named one of the municipality's agreements ("Vad lovar
  medborgarlöftet i Sölvesborg?"): that agreement's period, not every agreement's.
- "vad har kommunen lovat om det?" after "jag känner mig otrygg i centrum på kvällarna": "det" is
  what was told (`Conversation.subject`, only words the agreements hold); "hur valdes de ut?" after
  the focus areas: "de" are the focus areas.
- "vilket lokalpolisområde är det?", "finns det något medborgarlöfte här?": the kommun talked
  about, not every kommun, though the model reads "which" in them.

The aspect ("och vem skrev under?", "när går det ut?") and a new municipality with the last aspect
("och Alvesta då?") are read by the engine from `Conversation.municipality` and `.topic`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answering import (agreement_pick, belonging, compose, district_agreements, each_of_kind, entry_detail, in_context, lexicon,
                           of_the_agreement, of_the_last, passages, people_named, pronoun_people, quotes, role_words,
                           same_people, shared_agreements, sides, signing_slots)
from bot.answering.answer import Answer
from bot.answering.compose import pick
from bot.answering.conversation import Conversation
from bot.answering.decide import IF_IT_HAPPENS, Decision
from bot.answering.knowledge import Agreement, Knowledge, Municipality
from bot.answering.lexicon import CueSet
from bot.answering.quotes import GROUP_PRONOUNS
from bot.text import tokens

if TYPE_CHECKING:
    from bot.answering.reading import Reading

# The agreement the last answer was about, by a pronoun ("när går det ut?"); people by theirs: quotes.py.
AGREEMENT_PRONOUNS = frozenset({"det", "den", "it"})
# The place talked about, without its name ("vad gör kommunen där", "what happens here"). "här"
# folds to "har" (has), so it is no cue; the question's own topic words usually are.
HERE = CueSet.of({3: ("kommunen", "dar", "here", "there", "hos oss", "var kommun", "min kommun",
                      "this municipality", "my municipality", "our municipality", "orten", "stan")})
# A question pointing back at what was told ("vad gör kommunen åt det?", "what has it promised about that?").
POINTS_BACK = re.compile(r"\b(?:om|åt|at|mot|för|for|kring|angående|about|against|regarding)\s+"
                         r"(det|detta|dem|sånt|sant|that|it|this|those)\b", re.IGNORECASE)
OWN_ASPECT = 3  # a cue this strong says what a follow-up asks ("varför", "när går … ut"), pronoun or not
# What the last one may point back at ("hur valdes de ut?", "how did they decide on those?").
PRONOUNS = re.compile(r"\b(?:det|dem|dom|de|dessa|those|them|they|these|it|that)\b", re.IGNORECASE)
# Asking about several ("vilka har …?", "which ones …?"), not about the kommun talked about.
SEVERAL = CueSet.of({3: ("vilka", "which ones", "which others", "who else", "vem mer", "nagon annan",
                         "any other*", "others")})
# Whether the promises were kept ("höll de löftena?", "har de hållit vad de lovade?", "did they keep
# them?"): the agreement's follow-up, read with the topics' cues (bot/answering/reading.py).
KEPT = CueSet.of({3: ("holl ~ lofte*", "holl de", "holl dom", "hallit", "hallits", "holls", "infriat*", "infriades",
                      "lyckades ~", "har ~ lyckats", "blev det battre", "did they keep", "have they kept", "kept ~ promise*",
                      "were ~ kept", "did it work", "has it worked",
                      # "blev löftena genomförda?", "har löftena uppfyllts?", "did Jokkmokk keep its promises?"
                      "blev ~ genomforda", "blev ~ genomfort", "genomfordes ~ lofte*", "lofte* ~ genomfor*",
                      "lofte* ~ uppfyll*", "uppfyllt*", "uppfyllda", "uppfylldes", "infriade*",
                      "gjorde ~ de lovade", "gjort ~ de lovade", "keep ~ promise*", "promise* ~ carried out",
                      "promise* ~ fulfil*", "fulfil* ~ promise*")})
# Topic cues the lexicon's lists lack, read with them (bot/answering/reading.py): whether the promises
# were kept is the follow-up; "vilken lokalpolis hör de till?" and "vilka står bakom den?" the parties.
MORE_TOPIC_CUES = {"follow_up": KEPT,
                   "parties": CueSet.of({3: ("lokalpolis", "lokalpolisen", "vilken polis", "which police", "vilka star bakom",
                                             "vem star bakom", "who is behind", "who are behind", "who s behind")})}
_HERE_WORDS = re.compile(r"\b(?:här|hit|here|där|there)\b|\bhar\s*\?*\s*$", re.IGNORECASE)

# Words that ask what an agreement holds ("vad handlar …", "which focus areas …"), not whether it holds a subject.
_ASKS_WHAT = frozenset(("vad", "vilka", "vilken", "vilket", "hur", "what", "which", "how", "whats"))


def here(r: Reading) -> bool:
    """The message points at the place talked about ("här", "there", "hos oss"); "har" ending a
    question is "här" without its dots ("finns det nåt löfte har?")."""
    return bool(_HERE_WORDS.search(r.text.strip())) or HERE.found(r.norm)


# What an unknown municipality's follow-up may have been read as besides a question.
ABOUT_THE_PLACE = ("question", "help", "unsure")
LIST = "list"  # Conversation.topic after a list of agreements
# An agreement named by its kind ("medborgarlöftet", "the cooperation agreement").
AGREEMENT_KINDS = {
    "medborgarlofte": CueSet.of({3: ("medborgarlofte*", "lofte", "loftet", "loftena", "citizen promise*",
                                     "citizens promise*", "community promise*")}),
    "samverkansoverenskommelse": CueSet.of({3: ("samverkansoverenskommelse*", "samverkansavtal*",
                                                "cooperation agreement*", "collaboration agreement*",
                                                # the kind said in two words ("överenskommelsen om samverkan")
                                                "overenskommelse om samverkan", "overenskommelsen om samverkan",
                                                "avtal om samverkan", "avtalet om samverkan",
                                                "agreement on cooperation")})}


class FollowUps:
    """Answers the follow-ups the engine's routing cannot read alone, and remembers what they need."""

    def __init__(self, knowledge: Knowledge, today: Callable[[], dt.date], found: passages.Passages,
                 known: Callable[[str], bool] = lambda word: True) -> None:
        """`found`: the entries' sentences (the engine's one index of them); `known`: whether the
        agreements hold a word (the content index), so only a subject they could answer is kept, never a
        name or a number of the resident's story."""
        self.knowledge = knowledge
        self._passages = found
        self._today = today
        self._known = known

    # -- answering ----------------------------------------------------------------------------

    def answer(self, d: Decision, r: Reading, conversation: Conversation, gate: bool = True) -> Answer | None:
        """The answer to a follow-up this module reads, or None for the usual routing. With no kommun talked about
        (most first messages), the readers of the kommun talked about are skipped: each looks it up first and
        returns None without it (`gate` False reads them all: tests/test_speed30.py)."""
        if d.action in ("emergency", "situation", "report", "concern") or d.action == "bot" and d.kind != IF_IT_HAPPENS:
            return None  # a question about the bot's services ("kan jag hålla koll på om det kommer nåt nytt?") gets its fact
        talked = conversation.municipality is not None or not gate  # (None: each looks up "", no kommun's id)
        return (quotes.said(self.knowledge, self._passages, r, conversation, self._today())
                or (self._of_the_kommun_talked_about(d, r, conversation) if talked else None)
                or people_named.asked(r, conversation, self._today())
                or (self._people_talked_about(r, conversation) if talked else None)
                or same_people.asked(self.knowledge, r, conversation, self._today())
                or belonging.asked(self.knowledge, r, conversation)
                or shared_agreements.claimed(self.knowledge, r, conversation, self._today())
                or shared_agreements.asked(self.knowledge, r, conversation, self._today())
                or self.unknown_place(d, r, conversation))

    def _of_the_kommun_talked_about(self, d: Decision, r: Reading, conversation: Conversation) -> Answer | None:
        """The follow-ups asked of the kommun talked about (each None when there is none)."""
        return (in_context.count(self.knowledge, r, conversation, self._today())
                or entry_detail.framed(self.knowledge, self._passages, r, conversation, self._today())  # "vilken ålder gäller det?"
                or of_the_agreement.count(self.knowledge, r, conversation, self._today())
                or of_the_agreement.renewal(self.knowledge, self._passages, r, conversation, d.action, self._today())
                or of_the_agreement.still(self.knowledge, r, conversation, self._today())
                or self._of_the_last(r, conversation)
                or in_context.document(self.knowledge, self._passages, r, conversation, d.action, self._today()))

    def _people_talked_about(self, r: Reading, conversation: Conversation) -> Answer | None:
        """Who "he" or a role word means among the people of the kommun talked about (None when there is none)."""
        return (pronoun_people.asked(self.knowledge, r, conversation, self._today())
                or role_words.asked(self.knowledge, r, conversation, self._today())
                or sides.asked(self.knowledge, r, conversation, self._today()))

    def _of_the_last(self, r: Reading, conversation: Conversation) -> Answer | None:
        """What is new in it, the place of that year's agreement, that thing, how it is measured, its scope."""
        if conversation.municipality is None or not of_the_last.asks_any(r.norm):
            return None
        today = self._today()
        for asked in (of_the_last.new_in_it, of_the_last.place_of_year, of_the_last.thing, of_the_last.measured,
                      of_the_last.scope):
            if (found := asked(self.knowledge, self._passages, r, conversation, today)) is not None:
                return found
        return None

    def unknown_place(self, d: Decision, r: Reading, conversation: Conversation) -> Answer | None:
        """"Vad gör kommunen här?" after a municipality without an entry: that municipality."""
        name = conversation.unknown
        if not name or conversation.municipality or d.action not in ABOUT_THE_PLACE:
            return None
        if r.scan.mentions or r.scan.regions or r.asks_for_the_list or lexicon.CROSS.found(r.norm):
            return None
        if r.glossary is not None and (lexicon.DEFINITION.found(r.norm) or d.kind == "ask_glossary"):
            return None
        if r.topic is None and not lexicon.DOING.found(r.norm) and not HERE.found(r.norm):
            return None
        searched = self.knowledge.searched(name)  # its id, as every answer about one kommun carries
        return Answer(False, searched.id if searched is not None else None, "unknown_municipality",
                      compose.unknown_municipality(name, self.knowledge, r.language), language=r.language)

    # -- what "det" points back at ------------------------------------------------------------

    def pointed_back(self, text: str, reading: Reading, conversation: Conversation,
                     read: Callable[[str, Conversation], Reading]) -> tuple[str, Reading]:
        """The message and its reading with what "det" points back at put in (`resolved`), when that
        reads as a question; as they are otherwise, and always for a message the danger rules or the
        model read as anything but a question."""
        if reading.rules is not None or reading.decision().action not in ("question", "unsure", "out_of_scope"):
            return text, reading
        again = self.resolved(reading, conversation)
        if again is None:
            return text, reading
        fuller = read(again, conversation)
        if fuller.rules is not None:
            return text, reading
        if reading.decision().action == "question":
            # What the resident wrote asks; the words put in for "det" say about what, not what it is.
            fuller._decision = reading.decision()
        fuller.told = frozenset(fuller.tokens) - frozenset(reading.tokens)
        return (again, fuller) if fuller.decision().action == "question" else (text, reading)

    def signing_part(self, text: str, reading: Reading, conversation: Conversation,
                     read: Callable[[str, Conversation], Reading]) -> tuple[str, Reading]:
        """"och av vilka?" after when an agreement was signed, "vilken dag?" after who signed it: the full
        question it stands for (signing_slots.py), read as such; as they are for anything else, and always for
        a message the danger rules or the model read as danger."""
        d = reading.decision()
        # An unsure reading's cautious 112 line ("och datumet?") is no danger told: such an ask is nothing but a
        # question word and the words around it (no danger rule word), so it is read as the question it stands for.
        if reading.rules is not None or d.action in ("emergency", "situation", "report") \
                or d.danger_first and d.action != "unsure":
            return text, reading
        kind = signing_slots.part_asked(reading, conversation, self.knowledge.municipalities.get(conversation.municipality or ""))
        if kind is None:
            return text, reading
        asked = signing_slots.as_question(kind, reading.language)
        fuller = read(asked, conversation)
        return (asked, fuller) if fuller.rules is None and not fuller.decision().danger_first else (text, reading)

    def clause_reader(self, read: Callable[[str, Conversation], Reading]) -> Callable[[str, Conversation], Reading]:
        """How a clause of several is read: as a message alone, with a bare ask of a signing's other part after the
        clause before it answered one ("Kävlinge: när skrevs den under, av vilka?") read as the full question it
        stands for (`signing_part`), as the same ask sent after that answer is; read alone, "av vilka" asked
        nothing, and the people who signed were left out."""
        return lambda text, conversation: self.signing_part(text, read(text, conversation), conversation, read)[1]

    def resolved(self, r: Reading, conversation: Conversation) -> str | None:
        """"Vad har kommunen lovat om det?" after "jag känner mig otrygg i centrum på kvällarna"
        (or "och vad gör Krokom mot det?" after a list of who works against fraud): the message with
        the words told before in place of "det" ("… om otrygg centrum kvällarna?"); None when it
        points back at nothing, or names a subject of its own."""
        match = POINTS_BACK.search(r.text)
        if match is not None and conversation.subject and not any(self._subject_word(t) for t in r.terms):
            return r.text[:match.start(1)] + " ".join(conversation.subject) + r.text[match.end(1):]
        last = None
        for last in PRONOUNS.finditer(r.text):
            pass
        if conversation.topic == "focus" and not r.known and last is not None \
                and r.topic_scores.get(r.topic or "", 0) < OWN_ASPECT and not shared_agreements.asks_who_shares(
                    r.norm, referring=True) \
                and not any(self._subject_word(t) for t in tokens(r.text[last.end():])):
            # "hur valdes de ut?", "how did they decide on those?" after the focus areas: those are
            # the focus areas ("finns det något om narkotika?" asks about narkotika; "vilka fler kommuner
            # står bakom det?" of the agreement itself).
            return r.text[:last.start()] + pick(r.language, "fokusområdena", "the focus areas") + r.text[last.end():]
        return None

    def keep_subject(self, conversation: Conversation, r: Reading) -> None:
        """The words of what this message tells or asks about, in the resident's spelling ("otrygg",
        "parken" of "jag är otrygg i parken"); a message with none ("tack", "jag bor i Lund") keeps the last."""
        words = tuple(dict.fromkeys(r.display.get(t, t) for t in r.terms if self._subject_word(t)))
        if words:
            conversation.subject = words

    def _subject_word(self, term: str) -> bool:
        return len(term) >= 4 and term.isalpha() and not lexicon.is_cue_word(term) and self._known(term)

    # -- the kommun talked about ---------------------------------------------------------------

    def asks_of_the_last(self, r: Reading, conversation: Conversation) -> bool:
        """"Finns det något medborgarlöfte här?", "which police area is that?" after a kommun's
        answer: asked of that kommun, though the model reads "which" in it. "Vilka …?" (plural)
        without a word for here still asks across the kommuner."""
        if conversation.municipality not in self.knowledge.municipalities or conversation.topic == LIST or r.known:
            return False
        # "vilka arbetssätt har de?": an aspect of theirs, the kommun's talked about.
        # "vilka inriktningar har det?": of the agreement talked about, as "de" is of its parties.
        theirs = bool(set(r.tokens) & (GROUP_PRONOUNS | AGREEMENT_PRONOUNS)) \
            and r.topic_scores.get(r.topic or "", 0) >= OWN_ASPECT \
            and not lexicon.CROSS.found(r.norm)
        return here(r) or theirs or not SEVERAL.found(r.norm)

    # -- a list of agreements -----------------------------------------------------------------

    @staticmethod
    def lists_again(r: Reading, conversation: Conversation) -> bool:
        """"Och vilka har gått ut?" right after a list of agreements: the list again, same county."""
        return (conversation.topic == LIST and not r.known
                and (lexicon.AGREEMENT_ENDED.found(r.norm) or lexicon.AGREEMENT_IN_FORCE.found(r.norm)))

    def county(self, r: Reading, conversation: Conversation) -> str | None:
        """The county a list is about: the one named, else the last list's when this one follows it."""
        named = r.scan.region("county")
        if named is not None or r.scan.mentions:
            return named
        return conversation.county if self.lists_again(r, conversation) else None

    @staticmethod
    def listed(conversation: Conversation, county: str | None) -> None:
        """A list of agreements or municipalities was answered (in `county`, when one was named)."""
        conversation.topic, conversation.county, conversation.terms = LIST, county, ()

    # -- one agreement ------------------------------------------------------------------------

    @staticmethod
    def agreement_named(r: Reading, muni: Municipality) -> Agreement | None:
        """The agreement of `muni` the message names by its kind (and year, if it gives one): the
        newest of that kind. None when it names no kind, or both."""
        kinds = [kind for kind, cues in AGREEMENT_KINDS.items() if cues.found(r.norm)]
        if len(kinds) != 1:
            return None
        chosen = [a for a in muni.agreements if a.kind == kinds[0]]
        years = {int(t) for t in r.tokens if len(t) == 4 and t.isdigit()}
        # "Strängnäs samverkansöverenskommelse 2020–2023" is the one of those years, not the 2023–2026 one that
        # shares a year: the agreement whose own years the message gives most of.
        shared = {a.id: len(years & {d.year for d in (a.start, a.end) if d is not None}) for a in chosen}
        dated = [a for a in chosen if shared[a.id] and shared[a.id] == max(shared.values())]
        # "När går Umeås samverkansöverenskommelse 2019 ut?": the one whose years cover it (2017–2020), when
        # none starts or ends in the one year given, not the newest ("löper 2019-2022 va?" puts a span to check).
        covering = [a for a in chosen if a.start is not None and a.end is not None
                    and len(years) == 1 and any(a.start.year <= y <= a.end.year for y in years)]
        return max(dated or covering or chosen, key=_since, default=None)

    def narrow(self, r: Reading, munis: list[Municipality], topic: str | None,
               conversation: Conversation) -> list[Municipality]:
        """For "när går det ut?" about the agreement named, in this message or the last one, or "vilken
        period gäller Båstads löfte?" of one kind where the kommun has both: the municipality with only
        that agreement; otherwise `munis` as they are."""
        if len(munis) == 1 and (district := district_agreements.narrowed(r, munis[0])) is not None:
            return [district]  # "vad lovar polisen i Biskopsgården?": the district's own promise
        if topic in agreement_pick.PICKED_TOPICS and len(munis) == 1 and r.known and not conversation.in_clauses \
                and bool(_ASKS_WHAT & set(r.tokens)):
            # (what one agreement holds, asked; a yes-no of a subject, "handlade löftet 2021 om grannsamverkan?", is
            # checked against every year's, year_areas.py)
            # "Vad handlar Sölvesborgs medborgarlöfte 2022 om?": that agreement's areas, not every agreement's
            return [agreement_pick.narrowed(r.text, r.tokens, r.norm, munis[0], AGREEMENT_KINDS) or munis[0]]
        if topic != "period" or len(munis) != 1:
            return munis
        muni = munis[0]
        if r.known:  # the kommun named: only the kind the message names, when it has one of it
            named = self.agreement_named(r, muni)
            if (every := each_of_kind.narrowed(r.tokens, muni, named)) is not None:
                return [every]  # "hur länge gäller Umeås medborgarlöften?": each of them
            return [replace(muni, agreements=(named,))] if named is not None and len(muni.agreements) > 1 else munis
        named = self.agreement_named(r, muni) or next(
            (a for a in muni.agreements if a.id == conversation.agreement and conversation.municipality == muni.id),
            None) or _signed_by_those(muni, conversation, r)
        return [replace(muni, agreements=(named,))] if named is not None else munis

    # -- remembering --------------------------------------------------------------------------

    def remember(self, conversation: Conversation, r: Reading, answer: Answer) -> None:
        """What the next message may refer to: the people this answer named, or the role asked
        for that the source names nobody in; and no unknown municipality once a known one is answered."""
        muni = self.knowledge.municipalities.get(answer.municipality or "")
        if muni is None:
            return  # (a kommun without an entry answered about stays the one "här" means)
        conversation.unknown = None
        conversation.counted = in_context.counted_of(r, answer.topic)
        named = self.agreement_named(r, muni) or of_the_last.of_year(r, muni)
        if named is not None or r.known:
            conversation.agreement = named.id if named is not None else None
            conversation.agreement_said = named is not None
            # the year said with it ("Vad är fokus i Ales medborgarlöfte 2024?"), which "och Åsele samma år?" keeps
            conversation.year = next((int(t) for t in r.tokens if len(t) == 4 and t.isdigit() and 2000 < int(t) < 2100
                                      and named is not None), None)
        if answer.topic == "detail" and (answered := _answered_agreement(muni, answer)) is not None:
            # "Tyresö: vilka platser pekas ut i löftet och vilket år gällde det?": "det" is the agreement
            # whose areas were just answered, when they are one agreement's, not the newest of the kind.
            conversation.agreement_said = conversation.agreement_said and answered == conversation.agreement
            conversation.agreement = answered
        if answer.topic != "people":
            return
        roles = [role for role, cues in lexicon.ROLES.items() if cues.found(r.norm)]
        conversation.role = roles[0] if roles else None
        # Asked for a role the source names nobody in, the others listed are not whom "hon" means.
        missing = bool(roles) and not any(p.role_key in roles for p in muni.people)
        conversation.people = () if missing else tuple(p.id for p in muni.people if p.name and p.name in answer.text)

    @staticmethod
    def unknown(conversation: Conversation, name: str) -> None:
        """A municipality without an entry was answered about: the next "här" means it."""
        conversation.clear()
        conversation.unknown = name


def _since(agreement: Agreement) -> tuple[dt.date, str]:
    """When an agreement starts, as far as its source says: the newest of a kind is the last."""
    date = agreement.start or agreement.end or agreement.source_date
    return (date.first_day() if date is not None else dt.date.min, agreement.id)

def _signed_by_those(muni: Municipality, conversation: Conversation, r: Reading) -> Agreement | None:
    """After who signed ("vem skrev under i Vingåker?"), "när skrevs det under?" (or "när gjorde han det?", read
    as it: signing_slots.py) asks when they signed: the one agreement whose source names the people just answered;
    None when they are of several or none, or the message asks anything but the signing ("när går avtalet ut?")."""
    if conversation.topic != "people" or conversation.municipality != muni.id or not signing_slots.SIGNING.search(r.norm):
        return None
    # The people answered; when none is remembered (a role asked that no one holds by that key), every signer.
    signers = [p for p in muni.people if p.signed and (p.id in conversation.people or not conversation.people)]
    # Of the agreement their source is, or whose signing the entry tells with their names.
    chosen = [a for a in muni.agreements if any(p.source_id == a.source_id or p.name and p.name in a.signed_note
                                                for p in signers)]
    return chosen[0] if len(chosen) == 1 else None


def _answered_agreement(muni: Municipality, answer: Answer) -> str | None:
    """The one agreement whose areas an answer's text opens with their titles, or None."""
    ids = {area.agreement_id for area in muni.areas
           if (area.title and answer.text.startswith(area.title)) or (area.title_en and answer.text.startswith(area.title_en))}
    return ids.pop() if len(ids) == 1 else None
