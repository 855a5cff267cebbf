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

# Where someone lives asked: their address asked for ("adressen till …", "ge mig hans adress", "the home address
# of …"), or "var bor …" / "where does … live"; not an address given ("skicka polis till min systers adress") nor
# one's own known to others ("they know where I live").
_WHERE = re.compile(r"\b(?:adress\w* (?:till|pa|for|of)|address\w* (?:of|for|to)|"
                    r"(?:ge mig|behover|vill ha|fa|far jag|hitta|ta reda pa|vet du|vilken|vad ar|vad har|need|want|get|"
                    r"find|give me|what is|what s|whats|do you know|do you have)(?: \w+){0,4} (?:hem|home |private |privat )?"
                    r"adress\w*|"
                    r"(?:var|vart) bor (?!jag\b|vi\b|man\b|du\b|ni\b|folk\b|flest\b|de flesta\b)|"
                    # (no one's home in "var bor man tryggast i Lund?", "var bor folk helst?": where it is safe to live)
                    # asked with the person between ("vet du var familjen på nedervåningen bor?"), never a bare "var"
                    # (folded, "vår granne bor" is "var granne bor")
                    r"(?:vet du|vet ni|ta reda pa|hitta|kolla|tell me|find out|do you know|can you find) (?:var|vart|where) "
                    r"(?!jag\b|vi\b|i\b|we\b)(?:\w+ ){1,4}(?:bor|lives?|live)\b|where (?:does|do|did) (?!i |we |you |one |people |most people )\w+(?: \w+)? live|"
                    r"where (?!i |we )\w+ lives?)\b")
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
# A conviction or a record as what may come of an act ("kan jag bli dömd för …?", "will she get a criminal
# record?"): a question of law, not another's register asked.
_CONSEQUENCE = re.compile(r"\b(?:bli|blir|blev|get|gets|got|getting|be|been|become|becomes|fa|far)(?: \w+){0,2} "
                          r"(?:domd\w*|straffad\w*|convicted|(?:a )?(?:criminal )?record|prickad\w*|en prick)\b")
# The resident's own data asked ("finns jag i belastningsregistret?", "my address", "am I in the records"):
# one's own, with its own answer (the record's extract), never a no about others.
_OWN = re.compile(r"\b(?:finns jag|ar jag|star jag|har jag|am i|have i|do i|is my (?:name|record|address|data)|mitt|"
                  r"min adress|min egen|"
                  r"my (?:own )?(?:record|address|criminal)|about me|om mig)\b")


# Police reports asked of a person ("finns det några polisanmälningar om min granne?", "har Ahmed några anmälningar
# för bråk?", "any police reports about him?"): what the police hold of them, as a record is; not a count of reports.
_REPORTS_OF = re.compile(r"\b(?:nagra|nan|nagon|nat|any) (?:polis)?anmalning\w*|\b(?:polis)?anmalning\w* (?:om|mot|pa) "
                         r"(?!inbrott|brott|stold)\w+|\b(?:any|the) (?:police )?reports? (?:about|against|on) (?:him|her|them|my|the)\b")


def asked(norm: str, text: str) -> bool:
    """Whether another person's address or police record is asked, the person pointed out."""
    if _OWN.search(norm):
        return False
    record = (_RECORD.search(norm) is not None and _POLICE_OR_CRIME.search(norm) is not None
              or _REPORTS_OF.search(norm) is not None and not norm.startswith(("hur manga", "how many"))) \
        and not _CONSEQUENCE.search(norm)
    if not (record or _WHERE.search(norm)):
        return False
    return bool(others_signs.names_in(text)) or _PERSON.search(norm) is not None or _AT_ADDRESS.search(norm) is not None
