"""Answers about named municipalities: which fixed aspect (focus, period, people, …), which item of
the agreement or which of its sentences answers the question, each with the line naming its sources
(a question asked by its frame, "hur togs löftena fram?", is framed_answers.py's).
A follow-up ("och Burlöv?") keeps the last topic; a subject the agreement lacks is said to be missing
only when the resident asked about it.
"""

from __future__ import annotations

import re
import datetime as dt
from collections.abc import Callable

from bot.answering import (aspects, common_words, compound_parts, compose, detail_asks, details, district_named, ended,
                           framed_sentences, lead_asks, lexicon, other_kind, own_part, passages, periods, place_asks,
                           place_sentences, same_asks, stem_sets, subject_words, text_asks, who_frames, with_whom)
from bot.answering.answer import Answer
from bot.answering.compose import pick
from bot.answering.content_index import DETAIL_MIN_SCORE, ContentIndex
from bot.answering.conversation import Conversation
from bot.answering.followup import FollowUps
from bot.answering.framed_answers import FramedAnswers
from bot.answering.knowledge import Knowledge, Municipality, Person
from bot.answering.matching import Mention, Place
from bot.answering.passage_kinds import Passage
from bot.answering.reading import Reading
from bot.answering.passage_index import stem
from bot.text import fold, genitive, tokens

MUNICIPALITY_TOPICS = ("overview", "focus", "detail", "period", "parties", "people", "follow_up",
                       "methods", "source", "purpose")
CLOSE_TO_BEST = 0.75  # items scoring this close to the best one are answered together
MAX_DETAIL_ITEMS = 5
BUTTON_TOPICS = ("focus", "period", "people", "source")
SUBJECT_ASKED = 0.5  # the model's "what does it say about X" at least this likely
FOLLOW_UP_MARKERS = frozenset(("och", "o", "samt", "plus", "and", "samma", "same", "ocksa", "aven", "da", "then",
                               "what", "about", "hur", "ar", "det", "is", "it", "med", "i", "for", "in", "sa", "than", "an", "how",
                               # courtesy before the next question: "tack! och Höör?", "ok, what about Ystad?"
                               "tack", "thanks", "thank", "you", "ok", "okej", "okay", "bra", "great",
                               # the same asked again of another ("samma fråga för Hofors", "gör samma sak för Aneby")
                               "fraga", "fragan", "question", "sak", "saken", "thing", "gor", "do", "ask", "please"))

# A word naming one of a kommun's agreements, folded; a year beside it picks among them.
AGREEMENT_WORD = re.compile(r"medborgarloft\w*|lofte[nt]?|loftena|samverkansoverenskommelse\w*|samverkansavtal\w*"
                            r"|avtal(?:et)?|overenskommelsen|the|citizens?|community|promise|cooperation|agreement")
YEAR = re.compile(r"(?:19|20)\d\d")
# Beside a year, words that stand for the agreement of that year ("det från 2019", "the one of 2021",
# "årets"), as the agreement's own name does.
DATED_POINTERS = frozenset(("det", "den", "dom", "de", "fran", "one", "that", "from", "of", "aret", "arets", "year"))

# Words of degree, size or number around a subject ("något särskilt för Skördefesten", "stora
# evenemang"): never the subject an agreement is said not to mention, though a keyword may hold one.
NOT_SUBJECTS = frozenset(("sarskilt", "sarskild", "sarskilda", "speciellt", "specifikt", "nagot", "nagonting",
                          "nagonstans", "stor", "stora", "storre", "storsta", "liten", "lilla", "manga", "flera",
                          "olika", "egentligen", "special", "specific", "specifically", "particular",
                          "particularly", "large", "small", "several", "various", "anything", "something",
                          "kanns", "kanner", "kandes", "feels", "feel",  # "Gimo känns otryggt": a feeling told
                          "talas",  # "har aldrig hört talas om något": heard of, no subject
                          "lokala", "lokalt", "local",  # "det lokala löftet för Biskopsgården": the agreement's
                          *same_asks.SAMENESS,  # "har Ockelbo lovat samma?": what was asked before, no subject
                          # A tag that asks for a yes ("…, visst?", "har jag förstått det rätt?", "…, right?"):
                          # the claim's, never its subject
                          "visst", "forstatt", "forstar", "ratt", "korrekt", "sant", "stammer", "right", "correct",
                          "true", "understood", "understand",
                          # "vilka platser nämns?": what is asked for, never a subject the entry lacks
                          # (Mjölby's names one, "en identifierad plats", in the singular)
                          "plats", "platser", "platserna", "place", "places", "stadsdel", "stadsdelar",
                          # "Helsingborgs stads avtal": the kommun's own word; the agreement itself, as some name it
                          "stad", "stads", "staden", "stadens", "samverkansavtal", "samverkansavtalet",
                          # unsafety is what every agreement is against, never a subject one could lack
                          "otrygg", "otrygga", "otryggt", "otrygghet", "otryggheten", "unsafe", "insecurity",
                          "gjordes", "gjorts",  # "otryggt i Långshyttan, gjordes något?": what was done, asked
                          # "vilket område är i fokus?" asks for the focus areas: the word is the frame's
                          "omrade", "omraden", "omradet", "omradena", "area", "areas",
                          # "vilka åtaganden?" asks for the list's commitments, as "vilka områden?" its areas
                          "ataganden", "atagandena", "commitments",
                          # how a claim is put or asked ("…, right?", "vad gör polisen konkret?", "what does
                          # their promise cover?"): the frame's words, never what the agreement lacks
                          "right", "correct", "stammer", "cover", "covers", "covered", "konkret", "konkreta",
                          "konkrete", "exakt", "exactly", "really", "actually", "verkligen", "precis", "concrete",
                          "concretely", "mainly", "mostly", "primarily", "largely", "basically", "framst",
                          "huvudsakligen", "planned", "planerat", "planerar",
                          # an instruction's own words ("repeat after me: …", "upprepa efter mig")
                          "repeat", "upprepa", "after", "efter",
                          # what is being done, and when one is there ("is anything being done there?",
                          # "I'm staying there this summer"): the frame's, never a subject
                          "being", "done", "summer", "sommar", "sommaren", "winter", "vinter", "vintern", "weekend", "helgen",
                          # "vad står det om fokus?": the aspect asked, never a subject the agreement lacks
                          "fokus", "focus",
                          # a preposition is where or besides what, never a subject ("vilka står bakom löftet?",
                          # "vad mer ingår utöver trafik?")
                          "bakom", "utover", "forutom", "utom", "utanfor", "enligt", "angaende", "genom", "infor",
                          "kring", "behind", "besides", "except", "beyond", "according", "regarding", "through"))


def content_word(term: str) -> bool:
    """A word that names a subject ("drönare", "kameraövervakning"), though the index lacks it."""
    return (len(term) >= 5 and term.isalpha() and term not in common_words.STOPWORDS and term not in NOT_SUBJECTS
            and not lexicon.is_cue_word(term))


# A compound's first part and the subject it ends in: "bil|inbrott", "telefon|bedrägerier".
MIN_COMPOUND_HEAD, MIN_COMPOUND_TAIL = 3, 5
_AGAINST = frozenset(("mot", "at", "against", "about"))


_WHAT = frozenset(("vad", "vilken", "vilket", "vilka", "what", "which"))
# The follow-up named as what says it ("vad hann man göra enligt uppföljningen?", "what did the follow-up show?").
_BY_FOLLOW_UP = re.compile(r"\b(?:enligt|i|from|in|according to) (?:den senaste |the latest )?(?:uppfoljningen|follow-up|follow up)\b"
                           r"|\b(?:uppfoljningen|the follow-up|the follow up) (?:visade|visar|sager|sa|showed|shows|says|said)\b")


class MunicipalityAnswers:
    """Answers about one or more municipalities that have an entry."""

    def __init__(self, knowledge: Knowledge, index: ContentIndex, found: passages.Passages, followups: FollowUps,
                 framed: FramedAnswers, today: Callable[[], dt.date]) -> None:
        """`framed`: the answers to a question's frame, of which the districts a kommun names are asked first."""
        self.knowledge = knowledge
        self.index = index
        self.passages = found
        self.followups = followups
        self.framed_answers = framed
        self.today = today
        self._subjects = frozenset(t for muni in knowledge.municipalities.values()
                                   for keywords in [*(a.keywords for a in muni.areas), *(f.keywords for f in muni.facts)]
                                   for word in keywords for t in tokens(word)
                                   if len(t) >= 4 and t not in common_words.STOPWORDS
                                   and t not in common_words.ENGLISH_WORDS and t not in common_words.SWEDISH_WORDS)

    def _compound_subject(self, word: str, muni_id: str, lang: str) -> bool:
        """"telefonbedrägerier", "cykelstölder": a compound ending in a subject some agreement lists, of
        which this entry holds neither the compound nor its last part (a "narkotikabrott" asked of an
        entry on narkotika is answered by it, never said to be missing)."""
        for cut in range(MIN_COMPOUND_HEAD, len(word) - MIN_COMPOUND_TAIL + 1):
            tail = word[cut:]
            if tail in self._subjects:
                return not (self.passages.holds(muni_id, tail, lang) or self.passages.holds(muni_id, word, lang))
        return False

    def about(self, r: Reading, munis: list[Municipality], known: list[Mention],
                              unknown: list[Mention], conversation: Conversation) -> Answer:
        lang = r.language
        districts = self.framed_answers.districts(r, munis[0], conversation) if len(munis) == 1 else None
        if districts is not None:
            return districts
        topic = r.topic
        terms = list(r.terms)
        # "och Burlöv?" / "what about Burlöv?": nothing but follow-up words, so keep the last topic.
        asked: passages.Question | None = passages.question(r.text, r.tokens, r.masked, terms)
        norm = r.norm
        framing = r.detail_ask
        if conversation.topic and (self.is_follow_up(r) or same_asks.asked(r, conversation, MUNICIPALITY_TOPICS)):
            topic, terms, asked = conversation.topic, detail_asks.without_frame(conversation.terms), None
            # "Hur togs löftena fram i Arjeplog?" then "och i Tanum?": the same frame, of Tanum.
            framing = detail_asks.remembered(conversation.terms) if topic == "detail" else None
            if framing is not None:
                asked = passages.Question(tuple(r.masked), ())
            if topic == "detail":
                topic = None
            if topic == "people" and conversation.role in lexicon.ROLE_NAMES:
                # "Vem är kommunpolis i Sölvesborg?" then "och i Krokom?": Krokom's kommunpolis.
                norm = f"{norm} {fold(lexicon.ROLE_NAMES[str(conversation.role)][0])}"
        if topic not in MUNICIPALITY_TOPICS:
            topic = None
        munis = self.followups.narrow(r, munis, topic, conversation)  # "när går det (medborgarlöftet) ut?"
        munis = other_kind.narrowed(r, munis, topic, conversation)  # "och medborgarlöftet då, vad fokuserar det på?"
        munis = other_kind.at_the_time(r, munis, topic, conversation)  # "vem var polischef när löftet skrevs?"
        titled = other_kind.titled(r, munis, conversation)  # "och den lokala för Rosengård?"
        if titled is not munis:  # "lokala", "the one": which agreement, not a subject in its text
            munis, terms = titled, [t for t in terms if t not in district_named.ASKING_TERMS]
            asked = asked if terms else None
        answer = self.answer(munis, topic, terms, norm, lang, r.display,
                                           asked_subject=self._asks_about_a_subject(r), asked=asked,
                                           done=r.infinitives | r.told, framing=framing)
        if unknown:
            names = compose.join_words(list(dict.fromkeys(m.place.via or m.place.name for m in unknown)), lang)
            answer.text += "\n\n" + pick(lang, f"Om {names} har jag inget ännu.",
                                         f"I have nothing on {names} yet.")
        # "Höllviken ligger i Vellinge kommun", but never "Gothenburg is in Göteborg Municipality":
        # an alias is the municipality itself under another name.
        localities = [m for m in known if m.place.via and fold(m.place.via) != fold(m.place.name)
                      and not self._is_alias(m.place)]
        if localities:
            via = localities[0].place
            home = self.knowledge.municipalities[str(via.municipality_id)]
            picked = munis[0] if len(munis) == 1 and munis[0].id == home.id else home  # a year's agreements only
            if len(munis) == 1:
                # "Vad händer med tryggheten i Skäggetorp?": what the entry's sentences say of the place
                # first, then the kommun's agreements; "vilka samarbetar Jönköping med i Råslätt?" too; and,
                # asked whether or why it is named, told with unease or as where one lives, before sentences the
                # question's other words picked ("Broby känns stökig på kvällarna – nämns den?": not the evening's alone).
                place_sentences.put_first(answer, self.passages, r, picked, str(via.via))
            answer.text = pick(lang, f"{via.via} ligger i {compose.municipality_party(home)}.\n",
                               f"{via.via} is in {via.name} Municipality.\n") + answer.text
        fuzzy = [m for m in known if m.fuzzy]
        if fuzzy:  # a district typed with a slip ("rasslätt, vad görs där?") is named as read, before its sentences
            meant = fuzzy[0].place.via if fuzzy[0] in localities else fuzzy[0].place.name
            answer.text = pick(lang, f"(Jag tolkar det som {meant}.)\n", f"(I take that to mean {meant}.)\n") + answer.text
        conversation.municipality = munis[0].id
        conversation.topic = answer.topic
        conversation.terms = detail_asks.remember(framing, terms) if answer.topic == "detail" else ()
        return answer

    @staticmethod
    def _asks_about_a_subject(r: Reading) -> bool:
        """The model reads "what does the agreement say about X" as the likeliest question."""
        best = max(r.intents, key=r.intents.__getitem__, default="")
        return best == "ask_topic" or r.intents.get("ask_topic", 0.0) >= SUBJECT_ASKED

    def is_follow_up(self, r: Reading) -> bool:
        """Nothing but follow-up words beside the places ("och Burlöv?", "o i Lomma?")."""
        rest = [t for i, t in enumerate(r.tokens) if i not in r.scan.used]
        # "och medborgarlöftet 2023 då?", "and the citizen promise?": naming which agreement of the kommun
        # talked about asks the same of it, as naming another kommun does.
        dated = any(YEAR.fullmatch(t) for t in rest)
        rest = [t for t in rest if not (AGREEMENT_WORD.fullmatch(t) or YEAR.fullmatch(t))]
        if dated:  # "och det från 2019?", "the one from 2021?": a pronoun for the agreement of that year
            rest = [t for t in rest if t not in DATED_POINTERS]
        return all(t in FOLLOW_UP_MARKERS for t in rest) and len(rest) <= 5  # "hur är det i Lomma då?"

    def answer(self, munis: list[Municipality], topic: str | None, terms: list[str],
                             norm: str, lang: str, display: dict[str, str] | None = None,
                             asked_subject: bool = False, asked: passages.Question | None = None,
                             done: frozenset[str] = frozenset(), framing: detail_asks.Ask | None = None) -> Answer:
        parts: list[str] = []
        used_topic = topic or "overview"
        source_ids: list[tuple[Municipality, str]] = []
        for muni in munis:
            text, used_topic, ids = self._one(muni, topic, terms, norm, lang, display or {},
                                                           asked_subject, asked, done, framing)
            if len(munis) > 1:
                text = f"{muni.name}:\n{text}"
            parts.append(text)
            source_ids.extend((muni, i) for i in ids)
        sources = []
        for muni in munis:
            own = compose.sources_of(muni, [i for m, i in source_ids if m is muni])
            if own:
                sources.extend(own)
                if used_topic != "source":
                    parts.append(compose.source_line(own, lang, self.today()))
        muni = munis[0]
        follow_ups = [t for t in BUTTON_TOPICS if t != used_topic]
        # Who is kommunpolis, when the source names nobody in that role, is a question left
        # unanswered: staff see it among "Frågor utan svar" and may add the person.
        answered = used_topic != "people" or any(self._people_answered(m, norm, lang) for m in munis)
        return Answer(answered, muni.id, used_topic, "\n\n".join(parts),
                      sources=details.source_dicts(sources),
                      language=lang, follow_ups=follow_ups)

    def _one(self, muni: Municipality, topic: str | None, terms: list[str], norm: str,
                          lang: str, display: dict[str, str], asked_subject: bool = False,
                          asked: passages.Question | None = None,
                          done: frozenset[str] = frozenset(),
                          framing: detail_asks.Ask | None = None) -> tuple[str, str, list[str]]:
        """`done`: the message's infinitives ("lovat att öppna en polisstation"), never a missing subject.
        `framing`: what the question's frame asks of the entry (detail_asks.py), answered first."""
        today = self.today()
        framed_topic = False  # the frame, not a cue, named the aspect: a sentence sharing a word is no answer
        if framing is not None and asked is not None:
            framed = framed_sentences.framed(self.passages, muni, framing, asked.masked, lang, topic)
            # Asked of some of the kommun's agreements (the kind or part named): their areas only, as below.
            held = {a.id for a in muni.areas}
            framed = [(value, p) for value, p in framed if p.kind not in ("area", "measure") or p.key in held]
            if framed:
                return details.found(muni, framed, lang, today)
            if framing.shape == "follow" and (not passages.empty_aspect(muni, "follow_up") or not who_frames.of_a_subject(
                    [t for t in terms if not detail_asks.REPORTED.search(t)])):
                # "hur vet man om det lyckas?": the entry's follow-up, whatever the model read; "till vem
                # rapporteras löftet?" of an entry that has none: that it says nothing of it.
                topic = "follow_up"
                # How, when, to whom it is followed up; "vad mäter man i avloppsvattnet?" asks what is measured,
                # which an area's sentence may answer as before.
                framed_topic = not set(asked.masked[:2]) & _WHAT or _BY_FOLLOW_UP.search(norm) is not None
        party = own_part.asked(norm) if topic in (None, "focus", "overview", "methods") else None
        own = self._own_part(muni, party, asked, terms, lang) if party is not None else []
        if own:  # "vad gör kommunen själv åt trafiken?": that one's own areas, not the whole list
            return details.found(muni, own, lang, today)
        all_sources = [s.id for s in muni.sources]
        # The sentences of the entry that answer what the question's own clauses ask about.
        # An aspect this entry holds nothing on ("Hur ofta tar Botkyrka fram en lägesbild?" with no
        # follow-up listed) is answered from the sentences too, whatever the subject.
        # A year names which agreement ("citizen promise in 2020"), not a subject of its text.
        subject = [t for t in (asked.subject if asked is not None else terms) if not (len(t) == 4 and t.isdigit())]
        if topic == "period" and set(subject) & periods.FRAME_WORDS:  # "what period does it cover?"
            subject = periods.without_frame(subject, self.index.ranked(muni.id, subject))
        empty = passages.empty_aspect(muni, topic, subject, norm)
        detail = self.passages.specific(subject)
        found = (self.passages.answering(muni.id, asked.masked, lang, subject=() if empty else detail)
                 if asked is not None and (detail or empty) and topic in passages.OPEN_TOPICS else [])
        ranked = self.index.ranked(muni.id, subject) if subject else []
        whole = self.knowledge.municipalities.get(muni.id)
        if (ranked or found) and whole is not None and len(muni.agreements) < len(whole.agreements):
            # Asked of some of the kommun's agreements (an earlier one, a year's): their areas only.
            held = {a.id for a in muni.areas}
            ranked = [(value, d) for value, d in ranked if d.kind != "area" or d.key in held]
            found = [(value, p) for value, p in found if p.kind not in ("area", "measure") or p.key in held]
        score, doc = ranked[0] if ranked else (0.0, None)
        topic_strength = lexicon.TOPICS[topic].score(norm) if topic in lexicon.TOPICS else 0
        # "vilken metod använder de?" of an entry whose areas name one (EST): that method, not an area
        # that merely holds the word ("utveckla stöd och metoder").
        named_method = (topic == "methods" and not muni.methods and lexicon.METHOD_ASKED.found(norm)
                        and bool(aspects.named_methods(muni)))
        detail_wins = not named_method and not framed_topic and doc is not None and score >= DETAIL_MIN_SCORE and (
            topic in (None, "focus", "overview", "methods") or score > topic_strength)
        if detail_wins and doc is not None:
            if doc.kind in ("method", "follow_up", "measurement"):
                return details.detail(muni, doc, lang, today)
            close = [d for value, d in ranked
                     if value >= CLOSE_TO_BEST * score and d.kind in ("area", "fact")][:MAX_DETAIL_ITEMS]
            parts = [details.detail(muni, d, lang, today) for d in close]
            texts = [details.with_figure(muni, d, p[0], norm, lang) for d, p in zip(close, parts)]
            return "\n\n".join(texts), "detail", [i for p in parts for i in p[2]]
        if found and not named_method and not framed_topic:
            return details.found(muni, found, lang, today)
        # Only a subject is worth saying this agreement lacks: one some agreement lists (its keywords),
        # or a content word when the question asks what the agreement says about something. "lovat",
        # "samma" or "väder" are words of the question, not subjects; "mamma" in the resident's story neither.
        asked_about = [t for t in subject if t not in done and t not in NOT_SUBJECTS
                       and (t in self._subjects or (asked_subject and content_word(t))
                            or self._compound_subject(t, muni.id, lang))
                       and not (lang == "sv" and _begins_a_compound(t, self.passages.stems_of(muni.id, lang)))
                       and not (asked is not None and t == passages.polar_verb(asked.masked))]
        # "What does Kiruna's agreement say about the mine?": what the frame asks about, however short.
        about = [t for t in text_asks.about_subject(asked.masked) if t not in NOT_SUBJECTS] if asked else []
        if not asked_about and about and not any(self.passages.holds(muni.id, t, lang) for t in about):
            asked_about = [t for t in about if len(t) > 2 and not t.isdigit()][-1:]
        if not asked_about and asked is not None:
            # "Vad gör Knivsta åt telefonbedrägerier?": a compound no entry's words hold, after its "mot".
            asked_about = [t for prep, t in zip(asked.masked, asked.masked[1:]) if prep in _AGAINST
                           and t not in done and self._compound_subject(t, muni.id, lang)][:1]
        if not asked_about and asked is not None:
            # "Använder Kumla drönare?": what a yes-no question asks about, when no sentence holds it.
            polar = [t for t in asked.polar if t not in done and content_word(t) and t not in NOT_SUBJECTS
                     and not self.passages.holds(muni.id, t, lang)
                     and not (lang == "sv" and _begins_a_compound(t, self.passages.stems_of(muni.id, lang)))]
            rarest = self.passages.rarest(polar) if polar else None
            asked_about = [rarest] if rarest else []
        if asked is not None:
            # Never a word of the resident's account ("kvinnor som utsätts", "blir knivhuggna", "mamma").
            asked_about = subject_words.subjects_of(asked.masked, asked_about)
        if topic in (None, "focus", "overview") and asked_about and doc is None:
            # Of several, the one some agreement takes up as a subject ("Använder Ydre kameraövervakning?").
            first = self.passages.rarest(asked_about) or asked_about[0]
            # The subject as the frame asked it ("lösa hundar", "hedersrelaterat våld"), when it holds the
            # word, else the phrase it stands in ("domestic violence", "psykisk ohälsa").
            words = (text_asks.about_subject(asked.masked, lang == "en") if asked and first in about
                     else subject_words.phrase_of(asked.masked, first, NOT_SUBJECTS) if asked else [first])
            missing = " ".join(display.get(w, w) for w in words)
            note = pick(lang, f"{missing[:1].upper()}{missing[1:]} nämns inte i {genitive(muni.name)} överenskommelse.",
                        f"{muni.name}'s agreement does not mention {missing}.")
            return note + "\n\n" + aspects.focus(muni, today, lang), "focus", all_sources
        if topic == "focus":
            return aspects.focus(muni, today, lang), "focus", all_sources
        if topic == "period":
            unsaid = periods.end_unsaid(muni, today, lang) if periods.END_ASKED.search(norm) else ""
            return ((unsaid + "\n" if unsaid else "") + aspects.period(muni, today, lang,
                                                                    bool(periods.LENGTH_ASKED.search(norm))), "period",
                    [a.source_id for a in muni.agreements] + ended.source_ids(muni, today))
        if topic == "parties":
            # "vem samarbetar Osby med om grannsamverkan?": the parties, then the sentence on that work.
            on = with_whom.on_the_thing(self.passages, muni, asked, subject, lang)
            if on:
                text, ids = passages.quoted(muni, on, lang)
                return aspects.parties(muni, lang) + "\n\n" + text, "parties", ids
            return aspects.parties(muni, lang), "parties", all_sources
        if topic == "people":
            chosen, missing = self._people_asked(muni, norm, lang)
            signers = lexicon.SIGNER.found(norm)
            said = aspects.people(muni, chosen, missing, lang, lexicon.CONTACT.found(norm), signers_asked=signers)
            hiring = lead_asks.hired(self.passages.of(muni.id, lang)) if lead_asks.asks_who_is_hired(norm) else []
            if hiring and not signers:  # "vem anställde kommunen?": the role hired, as the text says it
                text, ids = passages.quoted(muni, hiring, lang)
                return text, "detail", ids
            if not muni.people and not signers and asked is not None and lead_asks.asks_who_answers(norm, asked.masked):
                # No one named: the sentence that says which body or role leads or is responsible, as asked.
                leading = lead_asks.answering(self.passages.of(muni.id, lang), asked.masked)
                if leading:
                    text, ids = passages.quoted(muni, leading[:1], lang)
                    return said + "\n\n" + text, "people", ids
            days = aspects.signing_days(muni, lang, said) if signers and aspects.WHEN_SIGNED.search(norm) else ""
            return (said + "\n\n" + days if days else said), "people", [p.source_id for p in chosen] or all_sources
        if topic == "follow_up":
            return aspects.follow_up(muni, lang), "follow_up", all_sources
        if topic == "methods":
            return aspects.methods(muni, lang, today), "methods", all_sources
        if topic == "source":
            return aspects.sources(muni, lang), "source", all_sources
        if topic == "purpose":
            return aspects.purpose(muni, today, lang, goals=bool(aspects.GOALS.search(norm))), "purpose", [a.source_id for a in muni.agreements]
        return aspects.overview(muni, today, lang), "overview", all_sources

    def _own_part(self, muni: Municipality, party: str, asked: passages.Question | None, terms: list[str],
                  lang: str) -> list[tuple[float, Passage]]:
        """The areas naming `party` as their doer (own_part.py): those that answer the clause's own words, or all
        of them when it names none; [] when none of that party's answers its words."""
        own = own_part.parts(self.passages.of(muni.id, lang), muni.areas, party)  # of the agreements asked of
        # Its own words, those that pick a sentence ("åtaganden", "aktiviteter" stand in every entry); a subject this
        # entry holds nowhere ("… själv åt drönare?") is answered as any subject it lacks, not by the party's list.
        subject = [t for t in self.passages.specific(terms) if t not in own_part.words_of(party) and t not in NOT_SUBJECTS
                   and t not in compound_parts.WORD_KIN]  # "åtaganden": what is promised, the frame's word
        if any(content_word(t) and not self.passages.holds(muni.id, t, lang) for t in subject):
            return []
        if own and subject and asked is not None:
            return [(score, p) for score, p in self.passages.rank(muni.id, asked.masked, lang) if p in own][:1]
        first = {p.key: p for p in reversed(own)}  # each area once, by its first sentence
        return [(0.0, p) for p in own if first[p.key] is p][:MAX_DETAIL_ITEMS]

    def sourced(self, muni: Municipality, topic: str, text: str, ids: list[str], lang: str) -> Answer:
        """An answer about one municipality with the line naming its sources."""
        return details.sourced(muni, topic, text, ids, lang, self.today())

    def corrected(self, muni: Municipality, line: str, lang: str) -> Answer:
        """A wrong county or police area put about the kommun ("Heby har väl lokalpolisområde X?"): the
        correction, then what its agreements say, since the kommun is what the resident asks about."""
        if not muni.agreements:
            return self.sourced(muni, "overview", line, [], lang)
        return self.sourced(muni, "focus", f"{line}\n\n{aspects.focus(muni, self.today(), lang)}",
                            [s.id for s in muni.sources], lang)

    def _people_answered(self, muni: Municipality, norm: str, lang: str) -> bool:
        """Whether the source names who was asked for: who signed (a person or the agreement's note
        on signing), the role asked, or anyone at all."""
        if lexicon.SIGNER.found(norm) and any(a.signed_note for a in muni.agreements):
            return True
        return bool(muni.people) and not self._people_asked(muni, norm, lang)[1]

    def _people_asked(self, muni: Municipality, norm: str, lang: str) -> tuple[list[Person], str]:
        if lexicon.SIGNER.found(norm):
            # "vem skrev på håbos medborgarlöfte för 2024": that year's signers, when the entry says who
            # signed the agreement of that year; else all who signed.
            signers = aspects.signers_of_years(muni, [int(t) for t in norm.split() if len(t) == 4 and t.isdigit()])
            if signers:
                return signers, ""
        if lexicon.STEERING.found(norm):
            group = [p for p in muni.people if p.steering_group]
            if group:
                return group, ""
            if not self.passages.holds(muni.id, "styrgrupp", lang):  # "finns det en styrgrupp i Lund?"
                return list(muni.people), pick(lang, "styrgrupp", "steering group")
        wanted = [role for role, cues in lexicon.ROLES.items() if cues.found(norm)]
        if not wanted:
            return list(muni.people), ""
        # The role's word in the source's own title counts too ("kommunalråd i Arjeplogs kommun", filed
        # as a politician, is who "vem är kommunalråd i Arjeplog?" asks for).
        chosen = [p for p in muni.people if p.role_key in wanted
                  or any(lexicon.ROLES[role].found(" ".join(tokens(p.role))) for role in wanted)]
        if len(chosen) > 1:
            # "Vem var KSO i Burlöv när avtalet 2020 togs fram?": the one of that year's agreement.
            chosen = aspects.of_years(muni, chosen, [int(t) for t in norm.split() if len(t) == 4 and t.isdigit()]) or chosen
        if chosen:
            return chosen, ""
        sv, en = lexicon.ROLE_NAMES[wanted[0]]
        return list(muni.people), pick(lang, sv, en)

    def _is_alias(self, place: Place) -> bool:
        muni = self.knowledge.municipalities.get(str(place.municipality_id))
        aliases = [*self.knowledge.name_aliases.get(place.name, ()), *(muni.aliases if muni else ())]
        return fold(place.via) in {fold(a) for a in aliases}

    def nearest(self, muni: Municipality, terms: list[str], lang: str) -> tuple[str, list[dict[str, str]]] | None:
        """What the municipality's agreement says about the message's subject, with its source line."""
        ranked = self.index.ranked(muni.id, terms) if terms else []
        if not ranked or ranked[0][0] < DETAIL_MIN_SCORE:
            return None
        text, _, ids = details.detail(muni, ranked[0][1], lang, self.today())
        sources = compose.sources_of(muni, ids)
        heading = pick(lang, f"Det här säger {genitive(muni.name)} överenskommelse om det:",
                       f"This is what {muni.name}'s agreement says about it:")
        return (f"{heading}\n{text}\n\n{compose.source_line(sources, lang, self.today())}",
                details.source_dicts(sources))


MIN_FIRST_PART = 5  # letters of a word that, begun by it, makes an entry's compound its own ("Delmos|projektet")


def _begins_a_compound(word: str, stems: frozenset[str]) -> bool:
    """Whether the word begins one of the entry's compounds: "Delmos" of an entry that names "Delmosprojektet"
    is held there, never a subject it does not mention. Swedish only: English writes its compounds apart, and
    "neighbours" is not held by "neighbourhood"."""
    first = stem(word)
    # or ends one ("torg" of an entry that names "Järntorget"): the entry does take the thing up
    return (len(first) >= MIN_FIRST_PART and stem_sets.any_starting(stems, first, longer=True)
            or stem_sets.any_ending(stems, first))
