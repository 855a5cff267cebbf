"""Round thirty's gate gives what the ungated chain gave (nothing timed here): `refusals.own_matter` asks the first
steps of `agreement_first.about` (which read no matter) before the resident's own matter is read, and returns None
for a question they settle as one of the agreement, which the ungated steps (`refusals.every_step`) return too
whatever matter the message tells. Shown on random seen messages and their clauses, and on our own sentences."""

from __future__ import annotations

import pytest

from bot.answering import agreement_first, clauses, refusals
from bot.answering.answer import Answer
from bot.answering.conversation import Conversation
from bot.answering.decide import Decision
from bot.answering.engine import Engine
from bot.answering.knowledge import load
from bot.answering.own_matters import matter
from tests.scored import seen_messages

ENGINE = Engine(load())


def _seen_messages(count: int, seed: int = 30) -> list[str]:
    """Last turns of the seen sets (eval/blind/v2–v25 and the top-level files), a random draw."""
    return seen_messages(count, seed, 25)


SEEN = _seen_messages(500)
# Our own: a matter of one's own told beside a question of the agreement (gated), and matters asked alone (not).
BESIDE = [
    "Jag fick en parkeringsbot igår, vad gör Lund mot felparkering?",
    "Min hyresvärd lagar inte låset. Vad står det i Malmös medborgarlöfte om inbrott?",
    "Grannens kamera filmar vår altan – vad gör kommunen i Ystad för tryggheten?",
    "I got a parking fine yesterday; what does Lund's agreement say about parking?",
    "My landlord won't fix the broken door lock, what is Malmö doing about burglaries?",
]
OWN_ALONE = [
    "Min hyresvärd vägrar laga låset på dörren, vad kan jag göra?",
    "Jag har fått en parkeringsbot som jag tycker är fel, hur överklagar jag?",
    "My landlord refuses to repair the lock on my door, what can I do?",
]


def _same(a: Answer | None, b: Answer | None) -> bool:
    return (a is None) == (b is None) and (a is None or b is None or (a.text, a.topic, a.sources) == (b.text, b.topic, b.sources))


def _texts() -> list[str]:
    """The seen messages and each of their clauses (a clause is read, refused and answered on its own)."""
    out = []
    for text in SEEN:
        out.append(text)
        parts = clauses.split(text)
        out.extend(parts if len(parts) > 1 else [])
    return out


def test_the_gate_agrees_with_every_step_on_seen_messages_and_clauses() -> None:
    knowledge = ENGINE.knowledge
    gated = 0
    for text in _texts():
        for action in (None, "question"):
            r = ENGINE.read(text, Conversation())
            d = r.decision() if action is None else Decision(action)
            ungated = ENGINE.read(text, Conversation())  # a copy of its own: nothing kept from the gated one
            assert _same(refusals.own_matter(d, r, knowledge), refusals.every_step(d, ungated, knowledge)), text
            if d.action == "question" and agreement_first.first(d, r):
                gated += 1
                # and the reason: every step would have found the matter irrelevant or absent
                kind = matter(ungated)
                assert kind is None or agreement_first.about(d, ungated, kind), text
    assert gated > 200  # the gate is taken often enough to be what is measured


@pytest.mark.parametrize("text", BESIDE)
def test_a_matter_told_beside_a_question_of_the_agreement_is_gated(text: str) -> None:
    r = ENGINE.read(text, Conversation())
    d = Decision("question")
    assert agreement_first.first(d, r) is True
    assert refusals.own_matter(d, r, ENGINE.knowledge) is None
    assert refusals.every_step(d, ENGINE.read(text, Conversation()), ENGINE.knowledge) is None


@pytest.mark.parametrize("text", OWN_ALONE)
def test_an_own_matter_asked_alone_is_not_gated_and_gets_its_place(text: str) -> None:
    r = ENGINE.read(text, Conversation())
    d = Decision("question")
    assert not agreement_first.first(d, r)
    answer = refusals.own_matter(d, r, ENGINE.knowledge)
    assert answer is not None and _same(answer, refusals.every_step(d, ENGINE.read(text, Conversation()), ENGINE.knowledge))


def test_engine_replies_are_the_same_gated_and_ungated(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [*SEEN[:250], *BESIDE, *OWN_ALONE]
    gated = [ENGINE.answer(t, Conversation()).text for t in texts]
    monkeypatch.setattr(refusals, "own_matter", refusals.every_step)
    ungated = [ENGINE.answer(t, Conversation()).text for t in texts]
    assert gated == ungated


# The follow-ups of the kommun talked about: skipped with none talked about (followup.py), each of them None then.
FOLLOW_UPS = [  # (first turn, follow-up): a kommun talked about, and the same follow-up asked first
    ("Vilka fokusområden har Lund?", "Hur många är de?"),
    ("Vem skrev under i Ystad?", "Har han något telefonnummer?"),
    ("Vad lovar Falun?", "Gäller det fortfarande?"),
    ("What does Umeå focus on?", "How many are there?"),
    ("Who signed Kiruna's agreement?", "Does he have a phone number?"),
]


def test_no_kommun_has_the_empty_id() -> None:
    """What the gate rests on: a reader of the kommun talked about looks up `conversation.municipality or ""`."""
    assert "" not in ENGINE.knowledge.municipalities


def _followups_agree(text: str, conversation: Conversation) -> bool:
    r = ENGINE.read(text, conversation)
    d = r.decision()
    gated_conversation, ungated_conversation = conversation.copy(), conversation.copy()
    gated = ENGINE.followups.answer(d, r, gated_conversation)
    ungated = ENGINE.followups.answer(d, ENGINE.read(text, conversation), ungated_conversation, gate=False)
    return _same(gated, ungated) and gated_conversation.__dict__ == ungated_conversation.__dict__


def test_followups_gated_and_ungated_agree_on_seen_messages_with_and_without_a_kommun() -> None:
    talked = Conversation()
    talked.municipality, talked.topic = "lund", "focus"
    for text in _texts():
        assert _followups_agree(text, Conversation()), text
        assert _followups_agree(text, talked), text


@pytest.mark.parametrize(("first", "then"), FOLLOW_UPS)
def test_a_follow_up_is_answered_with_a_kommun_talked_about_and_gated_without(first: str, then: str) -> None:
    conversation = Conversation()
    ENGINE.answer(first, conversation)
    assert conversation.municipality is not None
    assert _followups_agree(then, conversation)
    assert _followups_agree(then, Conversation())


def test_engine_replies_are_the_same_with_the_followups_ungated(monkeypatch: pytest.MonkeyPatch) -> None:
    turns = [[t] for t in SEEN[:200]] + [list(pair) for pair in FOLLOW_UPS]

    def replies() -> list[str]:
        out = []
        for conversation_turns in turns:
            conversation = Conversation()
            out.append("\n".join(ENGINE.answer(t, conversation).text for t in conversation_turns))
        return out

    gated = replies()
    ungated_answer = type(ENGINE.followups).answer
    monkeypatch.setattr(type(ENGINE.followups), "answer", lambda self, d, r, c, gate=True: ungated_answer(self, d, r, c, False))
    assert gated == replies()
