"""Two framings about a kommun that the usual routing answered without it (round fifteen).

A way to act asked after a kommun's answer ("finns det någon e-tjänst?", "vart vänder jag mig då?", "is
there an app?") was read as a report with no kommun, a "not understood", or a subject the agreement does
not mention. The ways are general.yaml's (polisen.se, 114 14, /synpunkt), the same in every kommun, so
the answer says so for the kommun talked about; where its entry itself names an e-tjänst or an app
(Arvidsjaur, Vallentuna) that sentence comes first.

A worry about a kommun ("är det farligt att bo i Borås?", "is Kiruna a safe place?") got the bare
limit, an overview with "Farligt nämns inte", or help for a crime that had happened. What the bot can
honestly give is the limit (no crime figures) and what that kommun's agreement works on.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from bot.answering import entry_detail
from bot.answering.answer import Answer
from bot.answering.compose import pick
from bot.answering.conversation import Conversation
from bot.answering.cues import CueSet
from bot.answering.decide import Decision
from bot.answering.knowledge import Knowledge, Municipality
from bot.answering.municipality_answers import MUNICIPALITY_TOPICS, MunicipalityAnswers
from bot.answering.passages import Passages, quoted
from bot.answering.reading import Reading
from bot.text import fold, genitive, tokens

# How to act or whom to turn to, asked without a subject of its own.
WAYS = CueSet.of({3: (
    "e-tjanst*", "etjanst*", "e tjanst*", "app", "appen", "appar", "en app", "an app", "pa natet", "via natet",
    "pa internet", "online", "digitalt", "formular*", "webbformular*", "vart vander jag mig", "vart vander man sig",
    "vem vander jag mig till", "vem vander man sig till", "vart ska jag vanda mig", "vem kontaktar jag",
    "vem kontaktar man", "vem ska jag kontakta", "vem ska man kontakta", "vem ringer jag", "vem ringer man",
    "vart ska jag anmala", "vart anmaler jag", "vart anmaler man", "var anmaler jag", "var anmaler man",
    "hur anmaler jag", "hur anmaler man", "kan man anmala", "kan jag anmala", "hur tipsar", "tipsa polisen",
    "lamna en synpunkt", "lamna synpunkt*", "lamna tips", "saga till kommunen", "saga till polisen",
    "kontakta kommunen", "kontakta polisen", "hur nar jag", "who do i contact", "who should i contact",
    "who do i call", "who do i turn to", "where do i turn", "where can i turn", "how do i report",
    "how can i report", "can i report", "where do i report", "tell the municipality", "contact the police",
    "contact the municipality", "report it", "report this", "let the municipality know", "let the police know",
    "let them know", "meddela kommunen", "meddela polisen", "hora av mig", "hora av sig", "hor av mig",
    "vilket nummer*", "vilket telefonnummer*", "nummer ringer", "mejla*", "maila*", "e-post*", "epost*", "email",
    "e-mail", "reach the police", "reach the municipality", "how can i reach", "how do i reach", "which number")})
# Whom to contact with questions about the work, asked after a kommun ("vem kan jag kontakta på kommunen om det?",
# "vem ska man kontakta om man har frågor?"): the people the entry names, not the ways to report a crime.
CONTACT_ASKED = CueSet.of({3: ("vem kan jag kontakta", "vem kan man kontakta", "vem ska jag kontakta",
                               "vem ska man kontakta", "vem kontaktar jag", "vem kontaktar man",
                               "who can i contact", "who should i contact", "who do i contact",
                               # after an answer about the agreement only (after one's own situation, whom to
                               # talk to is its help's: own_followup.py)
                               "vem kan jag prata med", "vem ska jag prata med", "vem kan man prata med",
                               "who can i talk to", "who should i talk to")})
ABOUT_THE_WORK = CueSet.of({3: ("fragor", "fraga", "questions", "question", "om det", "om avtalet",
                                "om overenskommelsen", "om loftet", "om arbetet", "pa kommunen", "about it",
                                "about the agreement", "about the work", "at the municipality",
                                # "om det"/"about it" after the focus areas, as followup.pointed_back writes it out
                                "om fokusomradena", "about the focus areas")})
REPORTING = CueSet.of({3: ("anmal*", "polisanmal*", "brott*", "tipsa*", "report*", "crime*", "synpunkt*")})
# The channel nouns an entry may itself name (Arvidsjaur's e-tjänst, Vallentuna's app).
CHANNEL_NOUNS = ("app", "appen", "appar", "formular", "webbformular")
TO_THE_KOMMUN = CueSet.of({3: ("synpunkt*", "saga till kommunen", "kontakta kommunen", "tell the municipality",
                               "contact the municipality", "kommunen om det", "let the municipality know",
                               "meddela kommunen")})
SHORT = 16  # words: a longer message tells something of its own, which the usual routing reads
FEW_WORDS = 6  # words of a way to act asked alone, where a situation the model leans to is none told
LEANS_ONLY = 0.6  # the model's situation below this, beside a way to act asked alone, is a lean, not a story

# A worry about how safe a kommun is, asked as a question.
WORRY = CueSet.of({3: (
    "ar det farligt*", "ar det otryggt*", "ar det tryggt", "ar det tryggt att", "hur farligt*", "hur tryggt*",
    "hur trygg ar", "hur farlig ar", "hur saker ar",
    "hur sakert*", "hur otryggt*", "ska man vara orolig*", "ska man vara radd*", "behover man vara orolig*",
    "behover man vara radd*", "borde jag vara orolig*", "borde jag vara radd*", "borde man vara orolig*",
    "borde man vara radd*", "maste man vara orolig*", "behover jag vara orolig*", "behover jag vara radd*",
    "ar ~ en trygg", "ar ~ en farlig", "ar ~ en otrygg", "ar ~ ett farligt", "ar ~ ett tryggt",
    "ar ~ ett otryggt", "farligt att bo", "tryggt att bo", "sakert att bo",
    "farligt att flytta", "otryggt att bo", "farligt stalle", "farlig stad", "farlig kommun", "ar det lugnt*",
    "hur lugnt*", "mycket kriminalitet", "mycket brott", "mycket brottslighet", "lots of crime", "a lot of crime",
    "much crime", "is it quiet", "is it calm",
    "is ~ safe", "is ~ a safe", "is ~ dangerous", "is ~ a dangerous", "how safe", "how dangerous",
    "is it safe", "is it dangerous", "should i be worried", "should i worry", "should i be afraid",
    "should i be scared", "safe to live", "dangerous to live", "safe place", "dangerous place")})


# A survey named by its word, and how safe people feel asked of it (kommun_asks.surveyed).
_SURVEY_WORDS = frozenset(("enkat", "enkaten", "enkater", "matning", "matningen", "matningar", "trygghetsmatning",
                           "trygghetsmatningen", "trygghetsmatningar", "undersokning", "undersokningen",
                           "trygghetsundersokning", "trygghetsundersokningen", "trygghetsenkat", "trygghetsenkaten",
                           "medborgarundersokning", "medborgarundersokningen", "survey", "surveys"))
_SURVEY_HELD = ("trygghetsmatning", "trygghetsundersokning", "trygghetsenkat", "enkat", "matning", "undersokning",
                "survey")
SAFETY = CueSet.of({3: ("trygg*", "otrygg*", "safe", "safer", "unsafe", "safety", "saker", "sakrare", "feel*", "kanner*")})
_SURVEY_STEMS = ("trygghetsundersokning", "trygghetsmatning", "trygghetsenkat")
SAFER = CueSet.of({3: ("ar det tryggare", "har det blivit tryggare", "blivit tryggare", "kanns det tryggare",
                       "kanner sig ~ tryggare", "ar det otryggare", "blivit otryggare", "is it safer", "become safer",
                       "got safer", "feel safer", "gotten safer", "is it less safe")})
# What a survey is asked beside how safe people feel: its answers, its count, whether it is anonymous (refusals.py).
NOT_THE_SURVEY = CueSet.of({3: ("anonym*", "hur manga", "how many", "vem svarade", "who answered", "svarade ~ jag",
                                "did i", "mina svar", "my answers")})


class KommunAsks:
    """Answers the two framings, or None for the usual routing."""

    def __init__(self, knowledge: Knowledge, found: Passages, answers: MunicipalityAnswers,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        self.knowledge = knowledge
        self._passages = found
        self._answers = answers
        self._today = today

    def answer(self, d: Decision, r: Reading, conversation: Conversation) -> Answer | None:
        if d.action == "emergency" or d.danger_first or r.rules is not None:
            return None  # a person in danger keeps 112 first
        if d.action == "situation":  # one's own situation keeps its help; "rädd att flytta dit?" is a worry
            # A way to act asked in a few words after a kommun ("vart vänder jag mig då?") tells no situation of
            # its own, however the model leans below sure: the ways, for the kommun talked about.
            ways = self.ways(r, conversation) if d.confidence < LEANS_ONLY and len(r.tokens) <= FEW_WORDS else None
            return ways or (self.worry(r, conversation) if r.known else None)
        return self.contact(r, conversation) or self.ways(r, conversation) or self.surveyed(r, conversation) \
            or self.worry(r, conversation)

    def surveyed(self, r: Reading, conversation: Conversation) -> Answer | None:
        """"How safe do people feel in Barsebäck according to the latest survey?", "känner sig folk tryggare i X
        enligt enkäten?": how safe people feel asked of a survey is what the entry's survey sentence says (a
        trygghetsmätning's index, a place that improved), not the limit that the bot has no crime figures."""
        named = {m.place.municipality_id for m in r.known}
        # "Lönsboda – är det tryggare nu?": whether people feel safer than before is what a survey measures too.
        # How safe people feel, in words beside the survey's own ("trygghetsundersökningen" says no feeling).
        beside = " ".join(t for t in r.tokens if t not in _SURVEY_WORDS and not t.startswith(_SURVEY_STEMS))
        surveyed = bool(set(r.tokens) & _SURVEY_WORDS) and SAFETY.found(beside) or SAFER.found(r.norm)
        if len(named) > 1 or not surveyed or NOT_THE_SURVEY.found(r.norm) \
                or not (r.text.rstrip().endswith("?") or r.tokens[0] in _OPENS_A_QUESTION):
            return None
        muni = self.knowledge.municipalities.get(str(next(iter(named))) if named else conversation.municipality or "")
        if muni is None:
            return None
        lang = r.language
        # The entries' words for a safety survey first ("mätningarna" is also what a quote says of measuring),
        # then the message's own word for it.
        asked = [t for t in r.tokens if t in _SURVEY_WORDS]
        held = [w for w in dict.fromkeys((*_SURVEY_HELD, *asked)) if self._passages.holds(muni.id, w, lang)]
        if not held:
            return None
        answer = self._answers.answer([muni], "detail", held[:1], r.norm, lang)
        if answer.topic in ("detail", "follow_up") and answer.answered:  # the sentence, or how it is followed up
            conversation.municipality, conversation.topic, conversation.terms = muni.id, answer.topic, tuple(held[:1])
            return answer
        # The survey told of in what an agreement builds on ("Den senaste trygghetsmätningen visar …, medan
        # Lönsboda visar en förbättring"): that sentence, the one naming the place asked of first.
        places = [t for m in r.known for t in tokens(m.place.via or "")]
        picked = self._passages.answering(muni.id, [*held[:1], *places], lang, subject=held[:1])
        if not picked:
            return None
        found = entry_detail.detail_answer(muni, *quoted(muni, picked, lang), lang, self._today(), conversation)
        lead = [m.place.via for m in r.known if m.place.via and fold(m.place.via) != fold(muni.name)][:1]
        if lead:
            found.text = pick(lang, f"{lead[0]} ligger i {muni.name} kommun.", f"{lead[0]} is in {muni.name} Municipality.") \
                + "\n" + found.text
        return found

    def contact(self, r: Reading, conversation: Conversation) -> Answer | None:
        """"vem kan jag kontakta på kommunen om det?" after an answer about a kommun's agreement: the people its entry
        names, with their roles (or that it names no one)."""
        muni = self.knowledge.municipalities.get(conversation.municipality or "")
        # only after an answer about the agreement: after one's own situation, whom to turn to is its help's
        if muni is None or conversation.topic not in MUNICIPALITY_TOPICS or conversation.situation \
                or {m.place.municipality_id for m in r.known} - {muni.id} \
                or not (CONTACT_ASKED.found(r.norm) and ABOUT_THE_WORK.found(r.norm)) or REPORTING.found(r.norm):
            return None
        return self._answers.answer([muni], "people", [], r.norm, r.language)

    def ways(self, r: Reading, conversation: Conversation) -> Answer | None:
        """"kan man anmäla det på nätet?" after a kommun: general.yaml's ways, for that kommun."""
        muni = self.knowledge.municipalities.get(conversation.municipality or "")
        named = {m.place.municipality_id for m in r.known}
        if muni is None or named - {muni.id} or len(r.tokens) > SHORT or not WAYS.found(r.norm):
            return None
        nouns = ["tjanst" for t in ("e tjanst", "etjanst", "e-tjanst") if t in r.norm][:1] + [
            t for t in r.tokens if t in CHANNEL_NOUNS]  # "e-tjänst" is read as "e tjanst"; the entry holds "tjänst"
        lang = r.language
        key = "feedback" if TO_THE_KOMMUN.found(r.norm) else "report_crime"
        general = self.knowledge.general[key]
        lead = pick(lang, f"Det här gäller i {muni.name}, som i alla kommuner:",
                    f"This applies in {muni.name}, as in every municipality:") if key == "report_crime" else pick(
            lang, f"Synpunkter om {muni.name} tar jag emot här.", f"I take concerns about {muni.name} here.")
        held = [noun for noun in nouns if self._passages.holds(muni.id, noun, "sv") or self._passages.holds(muni.id, noun, "en")]
        if held:  # the entry names a channel of its own (Arvidsjaur's e-tjänst): that sentence, then the ways
            own = self._answers.answer([muni], "detail", held[:1], r.norm, lang)
            cited = pick(lang, "\n\nKälla:", "\n\nSource:")
            body, _, source = own.text.partition(cited)  # the ways before the entry's source line, not after it
            text = f"{body}\n\n{lead}\n\n{pick(lang, general.text, general.text_en)}" + (cited + source if source else "")
            return Answer(True, muni.id, "detail", text, sources=own.sources, language=lang)
        if nouns:
            lead = pick(lang, f"{genitive(muni.name)} överenskommelse med polisen nämner ingen egen e-tjänst eller app. ",
                        f"{muni.name}'s agreement with the police names no e-service or app of its own. ") + lead
        return Answer(True, muni.id, key if key == "feedback" else "report",
                      lead + "\n\n" + pick(lang, general.text, general.text_en), language=lang)

    def worry(self, r: Reading, conversation: Conversation) -> Answer | None:
        """"är det farligt att bo i Borås?": the limit, and what Borås's agreement works on."""
        if not WORRY.found(r.norm) or not _asked(r.text):
            return None
        named = {m.place.municipality_id for m in r.known}
        if len(named) > 1:
            return None
        muni: Municipality | None = self.knowledge.municipalities.get(
            str(next(iter(named))) if named else conversation.municipality or "")
        if muni is None or not named and len(r.tokens) > SHORT:
            return None
        lang = r.language
        focus = self._answers.answer([muni], "focus", [], r.norm, lang)
        lead = pick(lang, f"Hur tryggt det är i {muni.name} kan jag inte bedöma: jag har inga siffror eller "
                          "statistik om brott, bara det som kommunen och polisen har kommit överens om. "
                          "Det här arbetar de med:",
                    f"I can't judge how safe {muni.name} is: I have no crime figures or statistics, only what "
                    "the municipality and the police have agreed on. This is what they work on:")
        tail = pick(lang, "Känns en plats otrygg? Berätta det för kommunen med /synpunkt.",
                    "Does a place feel unsafe? Tell the municipality with /synpunkt.")
        conversation.municipality, conversation.topic, conversation.terms = muni.id, "focus", ()
        # Not answered: how safe a kommun is stays a question the bot cannot answer (it is logged for staff as
        # such); the focus areas are what it can give beside the limit.
        return Answer(False, muni.id, "worry", f"{lead}\n\n{focus.text}\n\n{tail}", sources=focus.sources,
                      language=lang, follow_ups=focus.follow_ups)


# A worry is asked, not told: its clause ends with a question mark or opens as a question ("is it safe to
# live in Rosengård, what's your opinion?"); "the crossing in Furulund is dangerous" tells a concern.
_CLAUSES = re.compile(r"[^.!?;,]+[.!?;,]*")
_OPENS_A_QUESTION = frozenset(("is", "are", "how", "should", "do", "does", "would", "ar", "hur", "ska", "behover",
                               "borde", "maste", "kan", "vad", "what", "skulle"))


def _asked(text: str) -> bool:
    for clause in _CLAUSES.findall(text):
        toks = tokens(clause)
        if toks and WORRY.found(" ".join(toks)) and (clause.rstrip().endswith("?") or toks[0] in _OPENS_A_QUESTION):
            return True
    return False
