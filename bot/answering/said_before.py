"""What an answer to one clause of several said before (`clauses.answer_each`): the same answer again, the
sentences it quotes said already, the people it lists listed already; each is said once.

An answer that opens with a sentence of its own before what an answer before it said ("Trafiken nämns inte i
Götenes överenskommelse." before the focus areas asked first) is no repeat: its sentence answers its clause,
and `clauses.combine` says the repeated paragraphs once."""

from __future__ import annotations

import re

from bot.answering.answer import Answer

SOURCE_PREFIXES = ("Källa: ", "Källor: ", "Source: ", "Sources: ")
_SAID_NOT_HELD = ("nämns inte", "does not mention", "det stämmer inte", "that is not right")
# A verdict on a claim no clause made ("Nej, det stämmer inte: …" to "varför hade trafikproblemen ökat?") is no answer.
_VERDICTS = ("Nej, ", "Ja, ", "Det stämmer", "No, ", "Yes, ", "That is right")


def same(one: Answer, other: Answer) -> bool:
    """Two clauses answered alike: the same text, or the same aspect of the same municipality
    ("Finns det en kommunpolis i Vellinge, vem?" asks one thing twice)."""
    # Two details of one kommun are two asks ("hur många spaningsinsatser …, och vad gör man mot
    # nedskräpning?"), and so are two people ("vem är kommunpolis i Osby och vem skrev under?": the
    # kommunpolis, then the signers): the same only when said alike.
    return one.text == other.text or (one.municipality is not None and one.topic not in ("detail", "people") and
                                      (one.municipality, one.topic) == (other.municipality, other.topic)
                                      and not leads_with_its_own(one, other) and not apart(one, other)) \
        or one.topic == other.topic == "people" and listed_in(one, other)


def apart(one: Answer, other: Answer) -> bool:
    """Two answers of one aspect that share no line: two asks ("Vilket lokalpolisområde tillhör Svedala, och vilka
    andra kommuner ingår?": the parties, then the police area's kommuner), each said. Not when either gives a verdict
    on a claim ("…gäller 2019-2022 right? är det förnyat"): the message is read whole, as the claim it makes."""
    if one.text.startswith(_VERDICTS) or other.text.startswith(_VERDICTS):
        return False
    lines, others = _lines(one), _lines(other)
    return bool(lines) and bool(others) and not any(line in other.text for line in lines) \
        and not any(line in one.text for line in others)


def _lines(answer: Answer) -> list[str]:
    """An answer's lines, without its source lines and headings."""
    return [line.strip() for paragraph in answer.text.split("\n\n") if not paragraph.startswith(SOURCE_PREFIXES)
            for line in paragraph.split("\n") if line.strip() and not line.rstrip().endswith(":")]


def leads_with_its_own(one: Answer, other: Answer) -> bool:
    """`one` is `other` with a sentence of its own first ("Trafiken nämns inte i Götenes överenskommelse." before
    the focus areas the clause before asked): that sentence answers its clause, what follows was said."""
    paragraphs = [p for p in one.text.split("\n\n") if p.strip() and not p.startswith(SOURCE_PREFIXES)]
    if len(paragraphs) < 2:
        return False
    lead, rest = paragraphs[0], paragraphs[1:]
    if any(said in other.text for said in _SAID_NOT_HELD) or lead.startswith(_VERDICTS):
        return False  # what the agreement does not hold was said for the clause before ("Det stämmer: det nämns inte …")
    return "\n" not in lead and not lead.endswith(":") and lead not in other.text and all(p in other.text for p in rest)


def quoted_before(one: Answer, before: list[Answer]) -> bool:
    """Every sentence `one` quotes from the source said by an answer before it ("kunde löftena genomföras, och hur
    många trafikkontroller gjordes?": the follow-up's one sentence answers both): said once."""
    said = "\n".join(a.text for a in before)
    if one.topic in ("methods", "follow_up"):  # the entry's sentences as a list ("Så arbetar … i Överkalix:\n• …"),
        # each quoted by a detail answer before it ("vem ansvarar …" after "hur ofta träffas rådet …"): said once
        items = [line[2:].strip() for p in one.text.split("\n\n") if not p.startswith(SOURCE_PREFIXES)
                 for line in p.split("\n") if line.startswith("• ")]
        return bool(items) and all(len(item) >= 20 and item in said for item in items)
    if one.topic != "detail":
        return False  # an aspect's answer (the focus areas, the people) is its own, whatever it quotes
    told = "\n".join(p for p in one.text.split("\n\n") if not p.startswith(SOURCE_PREFIXES))  # a source's title is no answer
    quotes = _QUOTED.findall(told)
    return bool(quotes) and all(quote.strip() in said for quote in quotes)


_QUOTED = re.compile(r"”([^”]{20,})”")


def listed_in(one: Answer, other: Answer) -> bool:
    """Everything `one` says, every person it lists, is in `other` already ("Källan nämner ingen kommunpolis för Vellinge.
    Personer som nämns: …" before the signers asked next): said once."""
    said = [line for paragraph in one.text.split("\n\n") if not paragraph.startswith(SOURCE_PREFIXES)
            for line in paragraph.split("\n") if line.strip() and not line.endswith(":")]
    # Every line but headings: "Källan nämner ingen kommunpolis …" after the signers is news, said too. One
    # person said alone ("Magnus Jonsson (S), kommunstyrelsens ordförande i Ockelbo (Ockelbo).") is in a list
    # before when that list has them as a line of its own.
    listed = [line.startswith("• ") or f"• {person(line)}\n" in f"{other.text}\n" for line in said]
    return bool(said) and all(listed) and all(line in other.text or f"• {person(line)}" in other.text for line in said)


def person(line: str) -> str:
    """A person's line without the kommun it was said of: "Name, role (Ockelbo)." -> "Name, role"."""
    return re.sub(r"\s\([^()]*\)$", "", line.rstrip(".")) if line.endswith(").") else line
