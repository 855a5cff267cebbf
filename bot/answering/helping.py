"""Help for the resident's own situation, and what to say where the knowledge base holds nothing:
112 first in an emergency, then the help lines that fit the situation (never the whole list), how to
report it where there is something to report, and what the named municipality's agreement says
about it; no statistics, budgets, rankings, cases or event dates, said plainly with whom to ask.
"""

from __future__ import annotations

from bot.answering import compose, crime_worry, limits, not_now, supposed
from bot.answering.answer import Answer, helpline_source
from bot.answering.compose import pick
from bot.answering.conversation import Conversation
from bot.answering.decide import SITUATION_KIND
from bot.answering.intents import DANGER_INTENTS, SITUATION_INTENTS
from bot.answering.knowledge import Helpline, Knowledge, Municipality
from bot.answering.lexicon import CueSet
from bot.answering.municipality_answers import MunicipalityAnswers
from bot.answering.own_matter_signs import wait_asked
from bot.answering.reading import Reading
from bot.answering.replies import Replies
from bot.text import genitive

# How likely the resident's own situation must be for its help lines to follow 112 in an emergency.
SITUATION_BESIDE_DANGER = 0.3
# Breath, consciousness, bleeding, a seizure told: a life's state, whose only line is 112.
LIFE_STATE = CueSet.of({3: (
    "andas", "andning*", "medvetslos*", "svarar inte", "vaknar inte", "gar inte att vacka", "bloder", "blodar",
    "kramp*", "breath*", "unconscious", "not responding", "unresponsive", "won t wake", "wont wake", "bleeding",
    "seizure*")})


def situation_beside_danger(r: Reading) -> str | None:
    """The resident's own situation behind an emergency, when the model reads one at least as
    likely as any danger intent (violence at home, threats, a child at risk), else None."""
    situations = {i: p for i, p in r.intents.items() if i in SITUATION_INTENTS}
    if not situations:
        return None
    best = max(situations, key=situations.__getitem__)
    danger = max((r.intents.get(i, 0.0) for i in DANGER_INTENTS), default=0.0)
    return SITUATION_KIND[best] if situations[best] >= SITUATION_BESIDE_DANGER and situations[best] > danger else None


class Helping:
    """Help lines, emergencies and the limits of one knowledge base."""

    def __init__(self, knowledge: Knowledge, answers: MunicipalityAnswers, replies: Replies) -> None:
        self.knowledge = knowledge
        self.answers = answers
        self.replies = replies

    def help(self, situation: str, r: Reading, muni: Municipality | None,
              conversation: Conversation) -> Answer:
        """Who can help with the resident's own situation: danger first, then the lines that fit."""
        lang = r.language
        if situation == crime_worry.KIND:
            return self._crime_worry(r, muni, conversation)
        kinds = limits.helpline_kinds(situation, r.norm)
        # Bris is for children and young people (knowledge/helplines.yaml): only where the message names one, the
        # writer or the one concerned. A child's situation the model reads in other words ("Jag såg ett gäng sälja
        # knark bakom ICA. Vill tipsa. Jag jobbar natt.") keeps socialtjänsten, and a report to the police.
        unnamed_child = "children" in kinds and not supposed.child_named(r.norm)
        if unnamed_child:
            # violence or threats at home or from someone close, named: the domestic line's ("rädd att pappa börjar
            # slå mamma igen")
            close = ("domestic",) if limits.CLOSE_OR_SEXUAL.found(r.norm) or _KIN.found(r.norm) and _HARM.found(r.norm) else ()
            kinds = (*(kind for kind in kinds if kind != "children"), *close)
        if situation not in limits.HEALTH and not_now.harm_lingers(r.norm):
            kinds = (*kinds, "medical")  # "blev slagen förra helgen, har fortfarande ont i käken": 1177 too
        if wait_asked(r.norm):
            kinds = (*kinds, "own_report")  # "… jag har anmält det, hur snabbt hör polisen av sig?": what to expect of it
        lines = list(dict.fromkeys(line for kind in kinds for line in self.knowledge.helplines_for(kind)))
        # "hur anmäler man?" asked beside a situation whose help is not a report (a child, vandalism by youths).
        report = unnamed_child or situation in limits.REPORTABLE or "victim" in kinds or (situation not in limits.HEALTH and (
            not_now.REPORT_ASKED.found(r.norm) or not_now.CRIME_DONE.found(r.norm)))  # "sparkat sönder brevlådan"
        text = compose.help_text(report, situation in limits.SOCIAL_SERVICES,
                                 [pick(lang, line.text, line.text_en) for line in lines], lang)
        sources = [helpline_source(line) for line in lines]
        if muni is not None and situation not in limits.HEALTH:  # a kommun's agreement says nothing of one's health
            conversation.municipality = muni.id
            # The resident's own words first ("droger"); the situation's usual words when they find nothing.
            nearest = (self.answers.nearest(muni, r.terms, lang)
                       or self.answers.nearest(muni, [*r.terms, *limits.SITUATION_TERMS[situation]], lang))
            if nearest:
                text += "\n\n" + nearest[0]
                sources.extend(nearest[1])
        if lines:
            text += "\n\n" + compose.helpline_sources(lines, lang)
        return Answer(True, muni.id if muni else None, "help", text, sources=sources, language=lang)

    def _crime_worry(self, r: Reading, muni: Municipality | None, conversation: Conversation) -> Answer:
        """Crime where one lives worried about: report, tell the kommun, and its agreement on the subject."""
        watch = crime_worry.neighbour_watch(r.norm, self.knowledge.glossary, r.language)
        text, sources = crime_worry.text(r.language, muni.name if muni else None, watch), []
        if muni is not None:
            conversation.municipality = muni.id
            nearest = self.answers.nearest(muni, r.terms, r.language)
            if nearest:
                text += "\n\n" + nearest[0]
                sources = nearest[1]
            else:  # the kommun named is told what its agreement does not say, not left to ask again
                text += "\n\n" + pick(
                    r.language, f"{genitive(muni.name)} överenskommelse säger inget särskilt om det du beskriver. "
                                f"Vad den tar upp får du om du frågar ”Vad fokuserar {muni.name} på?”",
                    f"{muni.name}'s agreement says nothing in particular about what you describe. Ask ”What does "
                    f"{muni.name} focus on?” for what it covers.")
        return Answer(True, muni.id if muni else None, "help", text, sources=sources, language=r.language)

    def report(self, r: Reading, municipality: str | None) -> Answer:
        """How to report a crime; and where harm from it lingers ("blev påkörd förra veckan och har
        fortfarande ont"), where to get medical advice when it is no emergency (1177)."""
        answer = self.replies.general("report_crime", "report", r.language, municipality)
        if _WITNESS.found(r.norm):
            # a witness of a crime ("jag såg en misshandel i helgen, jag är vittne"): Brottsofferjouren supports
            # witnesses too (its line in helplines.yaml says so), beside the report
            answer = _lines_after(answer, [line for line in self.knowledge.helplines_for("victim")
                                           if "116 006" in line.text], r.language)
        if wait_asked(r.norm):  # a report made, its wait asked beside the crime: what to expect of it, where to ask
            answer = self.lines_after(answer, ("own_report",), r.language)
        groups = supposed.group_kinds(r.norm)
        if groups and supposed.supposed(r.text, r.norm, r.tokens):
            # a crime supposed, asked by or of a child ("vad gör jag om någon stjäl min cykel? jag är 14"): Bris beside it
            answer = self.lines_after(answer, groups, r.language)
        return _lines_after(answer, self.knowledge.helplines_for("medical"), r.language) \
            if not_now.harm_lingers(r.norm) else answer

    def lines_after(self, answer: Answer, kinds: tuple[str, ...], lang: str) -> Answer:
        """The answer, then the help lines of `kinds` (knowledge/helplines.yaml `for:`) with their sources."""
        return _lines_after(answer, list(dict.fromkeys(line for kind in kinds for line in self.knowledge.helplines_for(kind))),
                            lang)

    def emergency(self, kind: str, lang: str, municipality: str | None, norm: str = "") -> Answer:
        """112 first, in one short line; then, where one fits, the sourced line for this kind. Not 1177's line (advice
        "när det inte är ett nödläge") where a life's state is told ("pappa har ramlat och andas konstigt"): 112 alone."""
        answer = self.replies.general("emergency", "emergency", lang, municipality)
        if kind == "medical" and LIFE_STATE.found(norm):
            return answer
        return _lines_after(answer, self.knowledge.helplines_for(kind), lang)

    def limited(self, limit: limits.Limit, r: Reading, muni: Municipality | None,
                 conversation: Conversation) -> Answer:
        lang = r.language
        if limit.kind == "off_topic":
            return self.replies.out_of_scope(lang)
        if limit.kind == "situation":
            return self.help(limit.situation, r, muni, conversation)
        if limit.kind == "ranking":
            return Answer(False, None, "ranking", compose.no_ranking(self.knowledge, lang), language=lang)
        if limit.kind == "case":
            return Answer(False, muni.id if muni else None, "case", compose.no_cases(lang), language=lang)
        lines = self.knowledge.helplines_for("statistics") if limit.kind == "statistics" else []
        text = (compose.no_statistics(lines, lang) if limit.kind == "statistics"
                else compose.no_money(muni, lang) if limit.kind == "money"
                else compose.no_event_dates(muni, lang))
        answer = Answer(False, muni.id if muni else None, limit.kind, text, language=lang,
                        sources=[helpline_source(line) for line in lines])
        if muni is not None:
            conversation.municipality = muni.id
            # The money's own words ("pengar") would find "spel om pengar": not what was asked about.
            terms = [t for t in r.terms if not limits.MONEY.found(t)] if limit.kind == "money" else r.terms
            nearest = self.answers.nearest(muni, terms, lang)
            if nearest:
                answer.text += "\n\n" + nearest[0]
                answer.sources.extend(nearest[1])
        if lines:
            answer.text += "\n\n" + compose.helpline_sources(lines, lang)
        return answer


# Someone of the home and harm done by or to them ("pappa börjar slå mamma igen"): violence in a close relationship.
_KIN = CueSet.of({3: ("pappa", "mamma", "styvpappa", "styvmamma", "sambo", "sambon", "frun", "maken", "dad", "mom", "mum",
                      "father", "mother", "stepdad", "stepfather", "husband", "wife")})
_HARM = CueSet.of({3: ("sla", "slar", "slog", "slagit", "misshandla*", "hotar", "hota", "hotade", "vald*", "hit", "hits",
                       "hitting", "beat", "beats", "beating", "violen*", "threaten*")})
# The resident told as a witness of a crime, not its victim.
_WITNESS = CueSet.of({3: ("vittne", "vittnen", "vittnade", "bevittnade", "jag sag nar", "vi sag nar", "witness",
                          "witnessed")})


def _lines_after(answer: Answer, lines: list[Helpline], lang: str) -> Answer:
    """The answer, then each help line's text and where it comes from (none: the answer as it is)."""
    if lines:
        answer.text += "\n\n" + "\n".join(pick(lang, line.text, line.text_en) for line in lines)
        answer.text += "\n\n" + compose.helpline_sources(lines, lang)
        answer.sources = [*answer.sources, *(helpline_source(line) for line in lines)]
    return answer
