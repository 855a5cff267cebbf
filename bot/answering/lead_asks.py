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
that names someone (a unit, a role, a council or forum, a list of parties). A person's own role asked ("vem är
kommunpolis?") stays text_asks.py's; who is responsible for the agreement stays the mandate's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.answering.intents import PLACE
from bot.answering.passage_kinds import ABOUT_SOURCES, Passage
from bot.text import fold, tokens

# Asking who ("vem", "vilka", "who"); "vilken"/"which" only of a unit ("vilken enhet", "which department"),
# never of a thing ("which method is used for coordination?" asks for the method).
_WHO = frozenset(("vem", "vilka", "who", "whom"))
_WHICH = frozenset(("vilken", "vilket", "which", "what"))
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
_BODIES_OF_PEOPLE = frozenset(("organisationer", "organisations", "organizations", "aktorer"))  # who take part
_IN_THE_WORK = re.compile(r"\b(?:arbete\w*|trygghetsarbete\w*|work|samverkan\w*|samarbete\w*|cooperation|"
                          r"\w*fragor\w*|\w*fragorna|issues)\b")


# "vem leder polisen i X?", "who heads the local police?": the police chief, whom the people answer names.
_THE_POLICE = frozenset(("polisen", "polis", "lokalpolisen", "lokalpolisomradet", "police", "polischef", "chef", "chefen"))


def asked(norm: str, toks: Sequence[str]) -> str | None:
    """What a folded question asks: "lead" (who leads, coordinates or runs the work, which unit does),
    "together" (whom something works with), or None. A who word, or which of a unit, with a verb of
    leading or of working together; or a unit asked for with the work or a responsibility beside it."""
    words = set(toks)
    unit = any(word in _WHICH and toks[at + 1:at + 2] and toks[at + 1] in _UNITS for at, word in enumerate(toks))
    if not (words & _WHO or unit) or words & _THE_POLICE:
        return None
    if _LEADING.search(norm):
        return "lead"
    if _TOGETHER.search(norm):
        return "together"
    if words & _UNITS and (_IN_THE_WORK.search(norm) or "ansvarar" in words or "responsible" in words):
        return "together" if words & _BODIES_OF_PEOPLE else "lead"
    return None


# A sentence that says who leads or coordinates ("leds, samordnas … genom enheten", "En samordnare är
# knuten …", "Trygghetsforum driver …") or who works together ("ett samarbete mellan …", "där polisen,
# kommunförvaltningen och invånarna samverkar", "platssamverkan … med fastighetsägare, …").
_SAYS_LEADING = re.compile(r"(?:samordn|koordin|samarbet|\bsamverkar\b|\bsamverkade\b|platssamverkan|\bleds\b|\bleder\b|"
                           r"\bleda\b|\bledning|\bdriver\b|\bdriva\b|\bcoordinat|\blead|\bruns\b|\bwork together|"
                           r"\bcooperat|\bcollaborat)")
# That it names whom: a unit, a role, a named body (a capital mid-sentence) or a list of three or more.
_NAMES_WHOM = re.compile(r"\benhet|\bavdelning|samordnare\b|samordnaren\b|strateg\b|\bunit\b|coordinator|"
                        r"forum\b|rådet\b|\bråd\b|\bbrå\b|grupp(?:en)?\b|\bcouncil\b")


# Working together in a sentence ("ett samarbete mellan …", "samverkar", "platssamverkan … med …").
_SAYS_TOGETHER = re.compile(r"samarbet|\bsamverka(?:r)?\b|\bsamverkade\b|platssamverkan|\bwork together|\bcooperat|\bcollaborat")


def says_who(text: str, together: bool = False) -> bool:
    """Whether a sentence says who leads, coordinates or (`together`) works together, and names them; whom
    one works with is a list of them."""
    low = text.lower()
    if together:
        return bool(_SAYS_TOGETHER.search(low)) and low.count(",") + low.count(" och ") + low.count(" and ") >= 2
    if not _SAYS_LEADING.search(low):
        return False
    if _NAMES_WHOM.search(low):
        return True
    return low.count(",") + low.count(" och ") + low.count(" and ") >= 2  # a list of those who take part


# Who is responsible or in charge, as a sentence says it ("Kommunstyrelsen ansvarar för …", "has overall
# responsibility", "is in overall charge of …"), beside leading and coordinating.
_SAYS_RESPONSIBLE = re.compile(r"\bansvar(?:ar|et|ig|iga)?\b|\bhuvudansvar|\bresponsib|\bin (?:overall )?charge\b")
# Asking who is responsible or leads ("vem ansvarar för …", "who is in charge of …").
_ASKS_RESPONSIBLE = re.compile(r"\b(?:ansvar\w*|huvudansvar\w*|responsib\w*|in charge)\b")


def asks_who_answers(norm: str, toks: Sequence[str]) -> bool:
    """"Vem leder det brottsförebyggande arbetet?", "Who is in charge of crime prevention?": who leads, runs or
    is responsible for something (never the police's own chief, whom the people answer names)."""
    return asked(norm, toks) == "lead" or (bool(set(toks) & _WHO) and not set(toks) & _THE_POLICE
                                           and _ASKS_RESPONSIBLE.search(norm) is not None)


def says_who_answers(text: str) -> bool:
    """A sentence that says who leads, coordinates or is responsible, and names them ("Kommunstyrelsen ansvarar
    för det brottsförebyggande arbetet …")."""
    return says_who(text) or _SAYS_RESPONSIBLE.search(text.lower()) is not None


# Words of the question's frame, never what it asks of (the common words count here: "crime prevention").
_FRAME = frozenset((PLACE, "vilka", "vilken", "vilket", "which", "whose", "arbetet", "there", "their", "these", "those"))


def answering(entry: Sequence[Passage], masked: Sequence[str]) -> list[tuple[float, Passage]]:
    """The entry's sentence that says who leads or is responsible for what the question names, by the words it
    shares with the question's longer words (their first six letters: "brottsförebyggande", "crime", "prevention",
    which BM25 leaves out as words most entries hold), or []."""
    stems = {t[:6] for t in masked if len(t) > 4 and t not in _FRAME and not _LEADING.match(t)
             and not _ASKS_RESPONSIBLE.match(t) and t not in _THE_POLICE}
    scored = [(float(sum(any(w.startswith(s) for w in tokens(p.text)) for s in stems)), p) for p in entry
              if p.kind not in ABOUT_SOURCES and says_who_answers(p.text)]
    best = max(scored, key=lambda s: s[0], default=(0.0, None))
    return [(best[0], best[1])] if best[1] is not None and best[0] > 0 else []


# Hiring asked of ("vem anställde kommunen?", "who did they hire?"): whom the text says is hired is a role ("en
# SSPF-samordnare"), not a person the people answer lists. Never "rekrytering"/"recruitment", which in these
# texts is most often young people drawn into gangs.
_HIRING = re.compile(r"\b(?:anstall(?:a|er|de|t|ts|s|des)?|nyanstall\w*|hire[sd]?|hiring|employ(?:s|ed|ing)?)\b")
_HIRED = ("anstall", "hire", "hiring", "employ")


def asks_who_is_hired(norm: str) -> bool:
    return _HIRING.search(norm) is not None


def hiring(entry: Sequence[Passage]) -> list[Passage]:
    """The entry's sentences that say someone is hired or recruited."""
    return [p for p in entry if p.kind not in ABOUT_SOURCES and any(w in fold(p.text) for w in _HIRED)]


def hired(entry: Sequence[Passage]) -> list[tuple[float, Passage]]:
    """The entry's first sentence that says someone is hired or recruited, or []."""
    said = hiring(entry)
    return [(1.0, said[0])] if said else []
