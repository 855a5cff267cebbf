"""A bare "hur då?", "sen då?", "och?", "how so?" after an answer about a kommun: what the entry says of
how the work is done, for the kommun talked about.

Such a message has no aspect word of its own, so the routing reads it as nothing ("Det kan jag tyvärr inte
svara på"), as a greeting ("how so?") or as a cry it cannot place ("och?"). Read against the conversation
it asks one thing: how the agreement's areas are to be worked on, or, after a short answer, what more there
is. The answer is each area's own sentence from the entry, and, where the entry has none, that the source
does not say how. "varför?" is the purpose aspect's own cue (lexicon.py) and is answered there.
"""

from __future__ import annotations

import datetime as dt

from bot.answering import aspects
from bot.answering.answer import Answer
from bot.answering.compose import join_words, pick
from bot.answering.conversation import Conversation
from bot.answering.knowledge import Area, Knowledge, Municipality
from bot.answering.municipality_answers import MunicipalityAnswers
from bot.answering.reading import Reading

# The asks, in folded words once the fillers are gone: how it is done, or what more there is.
HOW = frozenset(("hur", "hur da", "hur sa", "pa vilket satt", "hur menar du", "hur ska de gora det",
                 "hur ska de gora", "hur gor de det", "hur gor de", "hur ska det ga till", "hur gar det till",
                 "hur ska de fa till det", "how", "how so", "in what way", "how exactly", "how will they do it",
                 "how will they do that", "how do they do it", "how do they do that", "how are they doing it",
                 "how are they going to do it", "how are they going to do that", "like how", "how come"))
MORE = frozenset(("sen", "sen da", "och", "och sen", "och sen da", "och mer", "mer", "nagot mer", "nat mer",
                  "nan mer", "vad mer", "and", "and then", "what else", "anything else", "what more", "more",
                  "and so", "so", "och da", "och vidare"))
# Words around the ask that change nothing ("okej, men hur ska de göra det rent konkret?").
_FILLERS = frozenset(("okej", "ok", "okay", "men", "but", "rent", "konkret", "konkreta", "concretely",
                      "exactly", "egentligen", "really", "then", "liksom", "alltsa", "jaha", "aha", "ja", "nja",
                      "hmm", "mm", "och", "and", "then", "da", "dar", "there", "i", "praktiken", "practice",
                      "in", "exakt", "forresten", "tack"))
MAX_WORDS = 9  # a bare follow-up; a longer message asks something of its own
_ANSWERED = ("overview", "focus", "detail", "methods", "purpose", "worry", "follow_up")  # what "hur då?" can follow


def kind_asked(tokens: list[str]) -> str | None:
    """"how" or "more" for a message that is only such an ask, else None."""
    if not tokens or len(tokens) > MAX_WORDS:
        return None
    said = " ".join(tokens)
    if said in MORE:  # "och?", "sen då?": the fillers themselves are the ask
        return "more"
    kept = [t for t in tokens if t not in _FILLERS]
    core = " ".join(kept)
    if core in HOW:
        return "how"
    # Fillers alone ("tack", "hmm okej", "ok") are thanks or a nod, not an ask for more.
    return "more" if kept and core in MORE else None


def answer(r: Reading, conversation: Conversation, knowledge: Knowledge, answers: MunicipalityAnswers,
           today: dt.date) -> Answer | None:
    """The entry's sentences on how the areas talked about are worked on, or None for the usual routing."""
    muni = knowledge.municipalities.get(conversation.municipality or "")
    if muni is None or r.rules is not None or r.known or r.unknown or conversation.topic not in _ANSWERED:
        return None  # danger words are the danger net's; a kommun named is a switch (engine's own reading)
    if r.decision().action in ("emergency", "situation", "report", "concern"):
        return None
    if kind_asked(r.tokens) is None:
        return None
    lang = r.language
    areas = talked_about(muni, conversation)
    if not areas:
        return None
    told = [a for a in areas if pick(lang, a.text, a.text_en)]
    lines = [pick(lang, f"Så beskriver källan arbetet i {muni.name}:", f"How the source describes the work in {muni.name}:")]
    lines.extend(f"• {pick(lang, a.title, a.title_en)}: {pick(lang, a.text, a.text_en)}" for a in told)
    untold = [f"”{pick(lang, a.title, a.title_en)}”" for a in areas if a not in told]  # quoted: titles hold "och"
    if untold and told:
        lines.append(pick(lang, f"Hur det ska gå till med {join_words(untold, 'sv')} nämns inte i källan.",
                          f"How {join_words(untold, 'en')} will be done is not mentioned in the source."))
    elif untold:
        lines = [pick(lang, f"Hur kommunen och polisen ska arbeta med {join_words(untold, 'sv')} nämns inte i källan "
                            f"för {muni.name}, bara att de ska göra det.",
                      f"How the municipality and the police will work on {join_words(untold, 'en')} is not mentioned "
                      f"in the source for {muni.name}, only that they will.")]
    if muni.methods:
        lines.append(aspects.methods(muni, lang, today))
    return answers.sourced(muni, "methods", "\n".join(lines), sorted({a.source_id for a in areas if a.source_id}), lang)


def talked_about(muni: Municipality, conversation: Conversation) -> list[Area]:
    """The areas the last answer numbered, else those of the agreement named, else the newest agreement's."""
    by_id = {a.id: a for a in muni.areas}
    listed = [by_id[i] for i in conversation.listed if i in by_id]
    if listed:
        return listed
    agreements = [a for a in muni.agreements if a.areas]
    named = [a for a in agreements if a.id == conversation.agreement]
    chosen = named or sorted(agreements, key=lambda a: str(a.start or a.signed or ""), reverse=True)[:1]
    return [area for a in chosen for area in a.areas]
