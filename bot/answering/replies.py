"""The replies that need no reading of an agreement: greeting, what the bot does, the glossary's
definitions, the general entries (privacy, reporting a crime, feedback), and what to say when the
message names no municipality, an unsure one, or nothing the bot can answer.
"""

from __future__ import annotations

from typing import Any

from bot.answering import compose
from bot.answering.answer import Answer
from bot.answering.compose import pick
from bot.answering.knowledge import GlossaryTerm, Knowledge, Municipality
from bot.text import fold, swedish_key


class Replies:
    """Fixed replies for one knowledge base."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge

    def glossary_answer(self, terms: list[GlossaryTerm], lang: str) -> Answer:
        """Each term named, so "skillnaden mellan medborgarlöfte och samverkansöverenskommelse" gets
        both definitions side by side."""
        lines = []
        for term in terms:
            name = pick(lang, term.term, f"{term.term} ({term.term_en})" if term.term_en and
                        fold(term.term_en) != fold(term.term) else term.term)
            lines.append(f"{name}: {pick(lang, term.definition, term.definition_en)}")
        return Answer(True, None, "glossary", "\n\n".join(lines), language=lang)

    def general(self, key: str, topic: str, lang: str, municipality: str | None, answer_no: bool = False) -> Answer:
        """The entry's text. `answer_no`: the question asks whether someone learns who wrote ("får grannarna
        veta att det var jag?"), so the "Ja." that answers "kan jag vara anonym?" is said "Nej." to it."""
        entry = self.knowledge.general[key]
        text = pick(lang, entry.text, entry.text_en)
        if answer_no:
            for yes, no in (("Ja. ", "Nej. "), ("Yes. ", "No. ")):
                text = no + text[len(yes):] if text.startswith(yes) else text
        return Answer(True, municipality, topic, text, language=lang)

    def greeting(self, lang: str, named: Municipality | None = None) -> Answer:
        """"Hej!": what the bot does. "Hej, fråga om Vellinge": the kommun is kept (the answer names it),
        so that "vad lovar de där?" next asks of it, and the reply invites the question."""
        about = self.knowledge.general["about"]
        text = pick(lang, "Hej! ", "Hi! ") + pick(lang, about.text, about.text_en)
        if named is not None:
            text += "\n\n" + pick(lang, f"Vad vill du veta om {named.name}? Till exempel vad kommunen och polisen "
                                        "har lovat, hur länge det gäller eller vem som skrev under.",
                                  f"What would you like to know about {named.name}? For example what the municipality "
                                  "and the police have promised, how long it applies or who signed it.")
        return Answer(True, named.id if named else None, "greeting", text, language=lang)

    def examples(self, lang: str) -> list[str]:
        """Three example questions for "what can you do?", each about a municipality whose source
        answers it, and each about another municipality."""
        munis = sorted(self.knowledge.municipalities.values(), key=lambda m: swedish_key(m.name))
        has = {"focus": lambda m: any(a.kind == "focus_area" for a in m.areas),
               "period": lambda m: any(a.start or a.end for a in m.agreements),
               "people": lambda m: bool(m.people)}
        examples, used = [], set()
        for topic, answers in has.items():
            muni = next((m for m in munis if answers(m) and m.id not in used), None)
            if muni is not None:
                used.add(muni.id)
                examples.append(compose.topic_question(topic, muni, lang))
        return examples

    # No suggestions where nothing in the message points to one: the first three municipalities in
    # the alphabet ("Ales fokusområden") are filler, not help.
    def clarify(self, topic: str, lang: str) -> Answer:
        text = pick(lang, "Vilken kommun menar du? Jag kan svara om ",
                    "Which municipality do you mean? I can answer about ")
        text += compose.municipality_list(self.knowledge, lang) + "."
        return Answer(False, None, topic, text, language=lang)

    def did_you_mean(self, near: list[Any], topic: str, lang: str) -> Answer:
        munis = []
        for place in near:
            muni = self.knowledge.municipalities.get(place.municipality_id or "")
            if muni and muni not in munis:
                munis.append(muni)
        if not munis:
            return self.out_of_scope(lang)
        question_topic = topic if topic in compose.TOPIC_LABELS else "overview"
        suggestions = [compose.topic_question(question_topic, m, lang) for m in munis[:3]]
        text = pick(lang, "Jag är inte säker på vilken kommun du menar. Menade du: ",
                    "I'm not sure which municipality you mean. Did you mean: ")
        return Answer(False, None, "suggest", text + " / ".join(f"{s}?" for s in suggestions),
                      suggestions=suggestions, language=lang)

    def out_of_scope(self, lang: str) -> Answer:
        return Answer(False, None, "out_of_scope", compose.out_of_scope(self.knowledge, lang), language=lang)

    def not_understood(self, lang: str) -> Answer:
        return Answer(False, None, "out_of_scope", pick(
            lang, "Skriv en fråga, till exempel ”Vad fokuserar Sölvesborg på?”.",
            "Write a question, for example “What does Kävlinge focus on?”."), language=lang)
