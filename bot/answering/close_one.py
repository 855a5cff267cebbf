"""A matter of someone close told in their name ("Kan min syster bli dömd för att hon slog tillbaka?", "Min
bror blev uppsagd utan förvarning, är det giltigt?", "my dad's landlord won't return his deposit"): the same
place to ask as for the resident's own, since the resident asks on their behalf.

The cue lists of one's own matters read the first person ("kan jag bli dömd", "min hyresvärd"). A message
that names one close person ("min syster", "my brother") and says nothing of the resident themselves is read
again told in the first person (`as_own`), and that answer is kept only when it is a matter of one's own sent
to its place (an out-of-scope or case answer with its help lines' sources) or another's data refused, and the
message as written got no emergency, no refusal and no such answer of its own (`kept`). Danger now is never
touched: a message the rules read as danger keeps its answer, and so does one the first-person reading reads as
danger.
"""
from __future__ import annotations

import re

from bot.answering.answer import Answer

# The people a resident asks for (Swedish after "min"/"mitt", English after "my").
_CLOSE_SV = ("syster", "bror", "brorsa", "syrra", "mamma", "pappa", "mor", "far", "son", "dotter", "granne",
             "kompis", "van", "vän", "kollega", "sambo", "fru", "man", "pojkvan", "pojkvän", "flickvan", "flickvän",
             "partner", "mormor", "morfar", "farmor", "farfar", "moster", "faster", "morbror", "farbror", "kusin",
             "svärmor", "svarmor", "svärfar", "svarfar", "tonåring", "tonaring", "grabb", "tjej", "kille", "gubbe")
_CLOSE_EN = ("sister", "brother", "mother", "father", "mum", "mom", "dad", "son", "daughter", "neighbour", "neighbor",
             "friend", "colleague", "wife", "husband", "partner", "boyfriend", "girlfriend", "grandmother",
             "grandfather", "grandma", "grandpa", "aunt", "uncle", "cousin", "flatmate", "roommate")
_CLOSE_NAMED_SV = re.compile(r"\b(?:min|mitt) (?:" + "|".join(_CLOSE_SV) + r")(?P<gen>s)?\b", re.IGNORECASE)
_CLOSE_NAMED_EN = re.compile(r"\bmy (?:" + "|".join(_CLOSE_EN) + r")(?:'s|’s)?\b", re.IGNORECASE)
# The resident themselves: with any of these the message is theirs, or the close one is the other side of it.
_SELF_SV = re.compile(r"\b(?:jag|mig|vi|oss|vår|vårt|våra|mina|mitt|min)\b", re.IGNORECASE)
_SELF_EN = re.compile(r"\b(?:I|me|we|us|our|ours|mine|my|I'm|I’m|I've|I’ve)\b")

_SV_TO_OWN = {"hon": "jag", "han": "jag", "hen": "jag", "henne": "mig", "honom": "mig", "hennes": "min",
              "hans": "min", "hens": "min", "sin": "min", "sitt": "mitt", "sina": "mina", "sig": "mig"}
_EN_TO_OWN = {"she": "I", "he": "I", "her": "my", "his": "my", "him": "me", "herself": "myself",
              "himself": "myself", "she's": "I'm", "he's": "I'm", "she’s": "I'm", "he’s": "I'm", "has": "have",
              "is": "am", "was": "was", "does": "do"}


def as_own(text: str, english: bool) -> str | None:
    """The message told in the first person, or None when it does not name one close person as its subject
    alone (the resident named too, or no close person, or two of them)."""
    found = (_CLOSE_NAMED_EN if english else _CLOSE_NAMED_SV).finditer(text)
    named = {re.sub(r"(?:s|'s|’s)$", "", m.group(0).lower()) if english or m.group("gen") else m.group(0).lower()
             for m in found}
    if len(named) != 1:
        return None
    rest = (_CLOSE_NAMED_EN if english else _CLOSE_NAMED_SV).sub(" ", text)
    if (_SELF_EN if english else _SELF_SV).search(rest):
        return None
    if english:
        text = _CLOSE_NAMED_EN.sub(lambda m: "my" if m.group(0).endswith(("'s", "’s")) else "I", text)
        # "he/she" + verb: only the verbs whose third person differs, at a subject's place
        text = re.sub(r"\b(?:she|he)(?:'s|’s)?\b(?: (?:has|is|does))?", lambda m: _en_own(m.group(0)), text,
                      flags=re.IGNORECASE)
        return re.sub(r"\b(?:her|his|him|herself|himself)\b", lambda m: _EN_TO_OWN[m.group(0).lower()], text,
                      flags=re.IGNORECASE)
    text = _CLOSE_NAMED_SV.sub(lambda m: "min" if m.group("gen") else "jag", text)
    return re.sub(r"\b(?:" + "|".join(_SV_TO_OWN) + r")\b", lambda m: _SV_TO_OWN[m.group(0).lower()], text,
                  flags=re.IGNORECASE)


def _en_own(said: str) -> str:
    words = said.lower().replace("’", "'").split()
    head = "I'm" if words[0].endswith("'s") else "I"
    verb = {"has": "have", "is": "am", "does": "do"}.get(words[1], words[1]) if len(words) > 1 else ""
    return f"{head} {verb}".strip()


# Answers of a matter of one's own sent to its place (refusals.refusal's), and of an emergency or a no.
_OWN_PLACE = frozenset(("out_of_scope", "case"))
_KEPT_AS_WRITTEN = frozenset(("emergency", "refused", "out_of_scope", "case"))


def may_be_theirs(written: Answer) -> bool:
    """Whether the message as written got an answer a matter of one's own may stand for (no emergency, no
    refusal, no place already named)."""
    return written.topic not in _KEPT_AS_WRITTEN and "112" not in written.text[:60]


def kept(written: Answer, own: Answer) -> bool:
    """Whether the first-person reading's answer stands for the message as written."""
    if not may_be_theirs(written):
        return False
    if "112" in own.text[:60]:
        return False
    if written.topic == "help" and not own.text.startswith(_LAW_ASKED):
        # the help lines of a situation ("grandpa gets called every day by a 'crypto advisor'": fraud's) stay before a
        # case's place; only the law of the close one's own act ("kan hon bli dömd?") is asked before them
        return False
    # another's data asked on the close one's behalf ("vad skrev hennes ex om henne här?") is refused as one's own is
    return own.topic == "refused" or own.topic in _OWN_PLACE and bool(own.sources)


# The opening of an answer of the law in one's own case (refusals.refusal's for LEGAL_MATTERS).
_LAW_ASKED = ("Juridiska råd kan jag inte ge", "I can't give legal advice")


# The opening of a case of one's own (no_fit_cases.opening), said of the close one's matter instead.
_OWN_MATTER = (("Det här är ditt eget ärende", "Det här är ett enskilt ärende"),
               ("This is your own matter", "This is a personal matter"))


def theirs(own: Answer) -> Answer:
    """The first-person answer kept for the close one's matter: "ditt eget ärende" said as a personal one."""
    for mine, personal in _OWN_MATTER:
        own.text = own.text.replace(mine, personal, 1)
    return own
