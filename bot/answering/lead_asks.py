"""Who leads, coordinates or runs the kommun's safety work, which unit does, and whom a programme or
council works with ("Vilken avdelning ansvarar för trygghetsfrågorna?", "vem driver det
brottsförebyggande arbetet?", "Who coordinates the work?", "vilka jobbar Trygg i X ihop med?").

Such a question names no listed person's role, so the people answer ("Personer som nämns …") and the
parties answer (the kommun and the police) miss it: the entry's own sentence says it, most often its
contact sentence ("Trygghetsarbetet leds, samordnas och utvecklas genom enheten för …", "Rådet är ett
samarbete mellan kommunen, …, Kriminalvården och Brottsofferjouren").

The question is read by two properties, not by whole sentences: a word asking WHO or WHICH (a unit,
an organisation) beside a verb of leading, coordinating, running or working together, in any of its
forms (the folded stems below); and the sentence answering is one whose words hold such a stem and
that names someone (a unit, a role, a list of parties). A person's own role asked ("vem är
kommunpolis?") stays text_asks.py's; who is responsible for the agreement stays the mandate's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Asking who or which ("vem", "vilka", "vilken enhet", "who", "which department").
_WHO = frozenset(("vem", "vilka", "vilken", "vilket", "who", "which", "whom"))
# The verbs of leading, coordinating, running or doing the work in any form (folded): "leder", "leds",
# "samordnar", "driver", "har hand om", "styr", "leads", "runs", "coordinates", "in charge".
_LEADING = re.compile(r"\b(?:led(?:er|s|de|des|a|ning|ningen)|samordn\w*|koordiner\w*|driv(?:er|s|a|it)|drev|"
                      r"har hand om|hade hand om|styr(?:s|de)?|lead(?:s|ing)?|led by|run(?:s|ning)?|coordinat\w*|"
                      r"in charge|heads?|manag(?:es|ing))\b")
# Working together with others ("samarbetar", "samverkar med", "jobbar … ihop med", "works with").
_TOGETHER = re.compile(r"\b(?:samarbet\w*|samverkar|samverkade|(?:jobbar|arbetar|jobbade|arbetade)\b(?:\s+\w+){0,4}?\s+"
                       r"(?:ihop|tillsammans) med|partners?|work(?:s|ed|ing)? (?:together )?with|cooperat\w*|"
                       r"collaborat\w*)\b")
# A unit or a body of people asked for by its kind ("vilken enhet", "which department", "vilka organisationer").
_UNITS = frozenset(("enhet", "enheten", "avdelning", "avdelningen", "forvaltning", "forvaltningen", "kontor", "kontoret",
                    "unit", "department", "office", "organisationer", "organisations", "organizations", "aktorer"))
_IN_THE_WORK = re.compile(r"\b(?:arbete\w*|trygghetsarbete\w*|work|samverkan\w*|samarbete\w*|cooperation|"
                          r"\w*fragor\w*|\w*fragorna|issues)\b")


def asked(norm: str, toks: Sequence[str]) -> bool:
    """Whether a folded question asks who leads, coordinates or runs the work, which unit does, or whom
    something works with: a who/which word with a verb of leading or of working together, or a unit
    asked for by its kind with the work or a verb of leading beside it."""
    words = set(toks)
    if not words & _WHO:
        return False
    if _LEADING.search(norm) or _TOGETHER.search(norm):
        return True
    return bool(words & _UNITS) and bool(_IN_THE_WORK.search(norm) or "ansvarar" in words or "responsible" in words)


# A sentence that says who leads or coordinates ("leds, samordnas … genom enheten", "En samordnare är
# knuten …", "Trygghetsforum driver …") or who works together ("ett samarbete mellan …", "där polisen,
# kommunförvaltningen och invånarna samverkar", "platssamverkan … med fastighetsägare, …").
_SAYS_LEADING = re.compile(r"(?:samordn|koordin|samarbet|\bsamverkar\b|\bsamverkade\b|platssamverkan|\bleds\b|\bleder\b|"
                           r"\bleda\b|\bledning|\bdriver\b|\bdriva\b|\bcoordinat|\blead|\bruns\b|\bwork together|"
                           r"\bcooperat|\bcollaborat)")
# That it names whom: a unit, a role, a named body (a capital mid-sentence) or a list of three or more.
_NAMES_WHOM = re.compile(r"\benhet|\bavdelning|samordnare\b|samordnaren\b|strateg\b|\bunit\b|coordinator")


def says_who(text: str) -> bool:
    """Whether a sentence says who leads, coordinates or works together, and names them."""
    low = text.lower()
    if not _SAYS_LEADING.search(low):
        return False
    if _NAMES_WHOM.search(low):
        return True
    listed = low.count(",") + low.count(" och ") + low.count(" and ")
    return listed >= 2 or any(word[:1].isupper() for word in text.split()[1:])
