"""An agreement named by its place in time against the one talked about: "och den som ersatte den?", "och
det före det?", "and the newer one?", "hur länge gäller det nyare?", "och året innan?", "och det senaste då?".

Answered as usual these got the kommun's newest agreement (every answer leads with it), the one just talked
about again, or, for a few words the model had not seen, "Är någon i fara just nu?" or "Det kan jag tyvärr
inte svara på". Read against the conversation they ask one thing: the same aspect (or the aspect the turn
names) of the entry's agreement just before or after the one talked about, by its period, or of its newest.

    Reading, Conversation ──► direction (order_words.py) ──► the neighbour agreement ──► its answer

earlier.py answers "the earlier ones" asked without a reference (all before the newest); this module has a
reference, the agreement the conversation is about, and goes one step from it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answering import danger_kinds, lexicon, of_the_last, order_words
from bot.answering.answer import Answer
from bot.answering.compose import pick
from bot.answering.conversation import Conversation
from bot.answering.followup import AGREEMENT_KINDS
from bot.answering.knowledge import Agreement, Knowledge, Municipality
from bot.answering.periods import span

if TYPE_CHECKING:
    from bot.answering.municipality_answers import MunicipalityAnswers
    from bot.answering.reading import Reading

# The resident's own past or plans ("innan jag flyttade hit", "efter att vi anmält") are no agreement's order.
OWN = frozenset(("jag", "vi", "we", "my", "me", "us", "min", "mitt", "mina", "oss", "mig", "our"))
# A comparison of the two ("jämfört med förut", "the difference from the old one"): of_the_last.py answers it.
COMPARING = frozenset(("jamfort", "jamfor", "jamforelse", "skillnad", "skillnaden", "compared", "compare",
                       "difference", "versus", "vs"))
MAX_WORDS = 14  # a follow-up: "Fanns det något före det? Vad handlade det om i så fall"
STRONG_CUE = 3  # a topic cue this strong is the turn's own aspect ("hur länge gäller …" is the period)
# Aspects the neighbour is answered for; who signed is the entry's people, not one agreement's (earlier.py).
ASPECTS = ("overview", "focus", "detail", "period", "follow_up", "methods", "purpose", "source")


def since(agreement: Agreement) -> tuple[dt.date, str]:
    """When an agreement began, as far as its source says; its id breaks ties the same way every time."""
    date = agreement.start or agreement.signed or agreement.end or agreement.source_date
    return (date.first_day() if date is not None else dt.date.min, agreement.id)


def reference(muni: Municipality, conversation: Conversation) -> Agreement | None:
    """The agreement the talk was about: the one remembered, else the kommun's newest."""
    chosen = [a for a in muni.agreements if a.id == conversation.agreement]
    return chosen[0] if chosen else max(muni.agreements, key=since, default=None)


def neighbour(muni: Municipality, ref: Agreement, way: str, kinds: list[str]) -> Agreement | None:
    """The agreement one step `way` from `ref` by when it began: of the kind the turn names, else of
    `ref`'s kind, else of any kind ("och överenskommelsen som kom efter?" after a promise)."""
    wanted = kinds or [ref.kind]
    if way == "latest" and not kinds:
        return max(muni.agreements, key=since, default=None)  # "det nuvarande": the newest of any kind
    for pool in ([a for a in muni.agreements if a.kind in wanted], [] if kinds else list(muni.agreements)):
        others = [a for a in pool if a.id != ref.id]
        if way == "latest":
            found = max(pool, key=since, default=None)
        elif way == "before":
            found = max((a for a in others if since(a) < since(ref)), key=since, default=None)
        else:
            found = min((a for a in others if since(a) > since(ref)), key=since, default=None)
        if found is not None:
            return found
    return None


def asked(r: Reading) -> str | None:
    """The direction a short follow-up places an agreement in, or None: no order word said of one, a year
    named ("och 2023 då?" is years_asked.py's), the resident's own past, or any word of danger."""
    toks = r.tokens
    if not toks or len(toks) > MAX_WORDS or OWN & set(toks) or r.rules is not None:
        return None
    if any(len(t) == 4 and t.isdigit() for t in toks) or danger_kinds.ANY_CUE.found(r.norm):
        return None
    return order_words.direction(toks)


def answer(r: Reading, conversation: Conversation, knowledge: Knowledge, answers: MunicipalityAnswers) -> Answer | None:
    """The aspect asked (or talked about) of the agreement before or after the one talked about; None
    for the usual routing when the turn places none, names another kommun, or the entry has no such one."""
    muni = knowledge.municipalities.get(conversation.municipality or "")
    if muni is None or len(muni.agreements) < 2 or r.unknown:
        return None
    if any(m.place.municipality_id != muni.id for m in r.known):
        return None  # "och Markaryd, det senaste?": another kommun, the usual switch
    way = asked(r)
    ref = reference(muni, conversation)
    if way is None or ref is None or of_the_last.NEW_ASKED.search(r.norm) or COMPARING & set(r.tokens):
        return None  # "vad är nytt jämfört med förut?" compares the two: of_the_last.py
    if way == "before" and not any(a.id == conversation.agreement for a in muni.agreements):
        return None  # no one agreement talked about: "the previous agreement" is every earlier one (earlier.py)
    kinds = [kind for kind, cues in AGREEMENT_KINDS.items() if cues.found(r.norm)]
    target = neighbour(muni, ref, way, kinds)
    if target is None or target.id == ref.id and way != "latest":
        return None  # none before the first or after the newest: the usual answer says what there is
    topic = _aspect(r, conversation)
    if topic is None:
        return None
    # The order words say which agreement, never a subject to look for in its text.
    placing = order_words.placing_words()
    asked_r = replace(r, topic=topic, terms=[t for t in r.terms if t not in placing])
    conversation.topic, conversation.agreement, conversation.agreement_said = topic, target.id, True
    cited = {i for i in (target.source_id, *(area.source_id for area in target.areas))}
    sources = tuple(sorted(muni.sources, key=lambda s: s.id not in cited))
    answered = answers.about(asked_r, [replace(muni, agreements=(target,), sources=sources)], [], [], conversation)
    if answered.municipality != muni.id:
        return None
    conversation.agreement, conversation.agreement_said = target.id, True
    lang = r.language
    its_span = span(target, lang)
    lead = {"before": pick(lang, f"Det som gällde tidigare i {muni.name} ({its_span}):",  # as earlier.py says it
                           f"What applied earlier in {muni.name} ({its_span}):"),
            "after": pick(lang, f"Det som kom efter det i {muni.name} ({its_span}):",
                          f"What came after that in {muni.name} ({its_span}):"),
            "latest": pick(lang, f"Det senaste i {muni.name} ({its_span}):",
                           f"The latest in {muni.name} ({its_span}):")}[way]
    answered.text = f"{lead}\n\n{answered.text}"
    return answered


def _aspect(r: Reading, conversation: Conversation) -> str | None:
    """The aspect the turn's own words name strongly ("hur länge gäller det nyare?", "och förra perioden, vad
    var fokus då?"), not its order or pointing words ("the following year", "perioden"); else the one talked
    about, else the focus ("och det före det?" after who signed asks what it was)."""
    placing = order_words.placing_words() - {"vad", "hur", "vem", "vilka", "vilken", "vilket", "nar", "what", "how",
                                             "who", "which", "when"}
    rest = " ".join(t for t in r.tokens if t not in placing)
    scores = {topic: cues.score(rest) for topic, cues in lexicon.TOPICS.items()}
    own = max(scores, key=scores.__getitem__, default=None)
    if own is not None and scores[own] >= STRONG_CUE:
        return own if own in ASPECTS else None  # who signed the one before: the entry's people, not one agreement's
    return conversation.topic if conversation.topic in ASPECTS else "focus"
