"""One's own case told beside a question about a kommun's agreement (round fifteen): "jag har en tvist
med kommunen om parkering – vad fokuserar Falun på?", "fick avslag på försörjningsstöd, och en annan
sak: vad lovar polisen i Kävlinge". The agreement part is answered (bot/answering/refusals.py leaves
the message to it) and the case part is said to be out of scope, in one line after the answer
(bot/answering/beside.py), with where to turn when a line fits it. Read on folded tokens."""

from __future__ import annotations

from bot.answering.compose import pick
from bot.answering.lexicon import CueSet

# What is asked of the agreement: its focus, its promises, its period, its signers. Not "gäller" alone
# ("vad gäller för mig?" asks the law) nor "kommunen" (the other side of many cases).
AGREEMENT_ASK = CueSet.of({3: (
    "fokuser*", "fokusomrad*", "fokus pa", "lovar", "lovat", "medborgarlofte*", "overenskommelse*",
    "samverkansavtal*", "kommit overens", "prioriter*", "satsar", "hur lange galler", "nar skrevs",
    "vem skrev under", "vilka skrev under", "focus on", "focus areas", "focuses on", "promise*", "agreement*",
    "agreed", "prioritis*", "prioritiz*", "who signed", "how long is")})


def asked_beside(norm: str, names_a_kommun: bool) -> bool:
    """The agreement of a kommun the message names is asked, whatever case is told beside it."""
    return names_a_kommun and AGREEMENT_ASK.found(norm)


def note(lang: str) -> str:
    """The case part: out of scope, no legal advice."""
    return pick(lang, "Ditt eget ärende kan jag inte hjälpa till med, och juridiska råd kan jag inte ge.",
                "Your own matter is not something I can help with, and I can't give legal advice.")
