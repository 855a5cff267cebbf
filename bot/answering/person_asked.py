"""Another person's own data asked by pointing the person out: where they live, or whether the police's
registers hold them ("is the guy at Storgatan 5 in the police register?", "var bor Johan Berg? han är skyldig
mig pengar", "är min nya granne straffad?").

Two properties read apart, so that wordings not listed together still meet: someone other than the resident
is pointed out (a name as written, a person word, someone placed at an address), and what is asked of them is
a kind of personal data (their address or where they live; a record, a conviction, the police's registers).
The model reads danger in such messages ("dodgy", "skum", "owes me"); the answer is the plain no, with no
112 opening, unless the danger rules read danger now (refusals.py leaves those alone).
"""

from __future__ import annotations

import re

from bot.answering import others_signs

# Where someone lives: their address, or "var bor …" / "where does … live".
_WHERE = re.compile(r"\b(?:adress\w*|address\w*|var bor|vart bor|where (?:does|do|did) \w+(?: \w+)? live|"
                    r"where \w+ lives?)\b")
# What the police's registers hold of a person, or a conviction: the record kinds, in both languages.
_RECORD = re.compile(r"\b(?:\w*regist\w*|records?|criminal past|straffad\w*|straffade|domd|domda|"
                     r"dom(?:d|da) for|convicted|prickad\w*|kand (?:av|hos) polisen|known to (?:the )?police|"
                     r"finns (?:han|hon|hen|de|dom) hos polisen)\b")
# A record word only counts beside the police or a conviction ("in the register" of a club is not asked).
_POLICE_OR_CRIME = re.compile(r"\b(?:polis\w*|police|belastnings\w*|brotts\w*|straff\w*|criminal|crime\w*|"
                              r"convict\w*|domd\w*)\b")
# A person pointed out who is not the resident: person words, the third person, someone placed at an address.
_PERSON = re.compile(r"\b(?:killen|kille|tjejen|mannen|kvinnan|personen|typen|snubben|grannen|granne|grannarna|"
                     r"familjen|han|hon|hen|honom|henne|guy|man|woman|lady|bloke|person|neighbou?rs?|family|"
                     r"he|she|him|her|them|they)\b")
_AT_ADDRESS = re.compile(r"\b(?:pa|at|on|i|vid)\s+[a-z]+(?:gatan|vagen|gata|vag|gränd|grand|stigen|torget|"
                         r"platsen|backe|backen|street|road|avenue|lane|way)?\s+\d+[a-z]?\b|\b(?:number|nummer|nr)\s+\d+\b")
# The resident's own data asked ("finns jag i belastningsregistret?", "my address", "am I in the records"):
# one's own, with its own answer (the record's extract), never a no about others.
_OWN = re.compile(r"\b(?:finns jag|ar jag|star jag|har jag|am i|have i|do i|is my|mitt|min adress|min egen|"
                  r"my (?:own )?(?:record|address|criminal)|about me|om mig)\b")


def asked(norm: str, text: str) -> bool:
    """Whether another person's address or police record is asked, the person pointed out."""
    if _OWN.search(norm):
        return False
    record = _RECORD.search(norm) is not None and _POLICE_OR_CRIME.search(norm) is not None
    if not (record or _WHERE.search(norm)):
        return False
    return bool(others_signs.names_in(text)) or _PERSON.search(norm) is not None or _AT_ADDRESS.search(norm) is not None
