"""Whether a place is named in the agreement, asked beside a feeling about it.

"Skäggetorp känns stökig på kvällarna – nämns den?", "står Vislanda med?", "Broby feels rough in the evenings.
Is it mentioned in the agreement?": the feeling is why the resident asks, and what they ask is whether and how
the kommun's agreement names the place. A question, answered with the agreement's sentences about the place,
not the concern form (/synpunkt), which stays for a message that wants to report or give feedback ("jag vill
anmäla att …", "kan jag tipsa kommunen om …").
"""

from __future__ import annotations

import re

# Folded text. "nämns den", "omnämns Hageby", "står X med", "finns den med", "är det med", "tas den upp",
# "nämner löftet/de X"; English "is it mentioned", "is X in the agreement", "does it mention/name/cover X".
_NAMED_SV = re.compile(
    r"\b(?:om)?namns\b|\bnamnd\b|\bomnamnd\b"
    r"|\b(?:star|finns|ar|kommer)\s+(?:\w+\s+){0,3}med\b"
    r"|\btas\s+(?:\w+\s+){0,3}upp\b"
    r"|\b(?:namner|tar)\s+(?:de|dom|ni|lofte\w*|avtal\w*|overenskommelse\w*)\s+(?:\w+\s+)?(?:den|det|upp)?"
    # what the agreement says of it ("Flemingsberg känns otryggt, vad säger Huddinge?", "vad står det om …")
    r"|\bvad\s+(?:sager|skriver)\s+\w+|\bvad\s+star\s+det\b")
_NAMED_EN = re.compile(
    r"\bmention(?:ed|s)?\b|\bnamed\b|\blisted\b"
    r"|\b(?:is|are)\s+(?:it|they|\w+)\s+(?:\w+\s+)?(?:in|part of|included|covered)\s+(?:the|their|its|\w+'?s)\b"
    r"|\bdoes\s+(?:it|the\s+\w+|their\s+\w+)\s+(?:name|cover|include)\b"
    r"|\bwhat\s+does\s+(?:\w+\s+){1,3}say\b")
# A resident who wants to tell: the concern stays ("jag vill anmäla", "kan jag tipsa", "I want to report").
_WANTS_TO_TELL = re.compile(
    r"\b(?:jag|vi)\s+(?:vill|skulle vilja|ska)\s+(?:\w+\s+){0,2}(?:anmala|rapportera|tipsa|beratta|lamna|klaga)"
    r"|\bkan\s+(?:jag|vi|man)\s+(?:\w+\s+){0,2}(?:anmala|rapportera|tipsa|lamna|klaga)"
    r"|\bi\s+(?:want|would like|wish)\s+to\s+(?:report|tell|complain|submit)|\bcan\s+i\s+(?:report|tell|submit)")


def asks_if_named(text: str, norm: str) -> bool:
    """A question whether the place (or kommun) the message names is named in the agreement: a question mark
    and the words that ask it, and no wish to report."""
    if "?" not in text or _WANTS_TO_TELL.search(norm):
        return False
    return bool(_NAMED_SV.search(norm) or _NAMED_EN.search(norm))
