"""Whether a message tells its events only as done: each clause that tells something (not the clause that asks
"vad gör jag nu?") has its verb in the perfect ("har varit inne", "has been drilled out"), in the past ("kom hem",
"stal") or as a result left behind ("dörren är uppbruten", "lådorna är utdragna", "the flat is a mess"), and none
tells a time of now, someone still there or here. Coming home to signs of a break-in and asking what to do is a
crime to report, with 112 named for someone who may still be inside, not the emergency opening.

Read from the shape of the clause (an auxiliary before a supine or a participle, a weak past's ending, a state
verb before a result), not from a list of crimes, so that signs no one listed ("låset är utborrat", "the shed was
emptied") read alike. Only the model's danger gives way to it (decide.py, as to a past time): the rules, which
hold the words of emergencies (someone hurt, not breathing, a fire burning), are read before it and stand.
"""

from __future__ import annotations

import re

from bot.answering.danger import QUESTION_WORDS
from bot.answering.danger_kinds import ANY_CUE
from bot.text import fold, tokens
from bot.answering.danger_signs import HERE_SIGNS, PERSON_SIGNS, STILL_THERE_SIGNS

# A clause ends at a sentence's end, a comma, or a conjunction that joins two events.
_CLAUSE_BREAK = re.compile(r"([.!?;:,\n]+|\s(?:och|men|sa|and|but|so|medan|while|nar|when)\s)")
# The perfect's auxiliaries, and the verbs that tell a state one finds ("är uppbruten", "står öppen", "looks
# smashed"). "har" is also "here" folded (här): only before a supine.
_PERFECT = frozenset(("har", "hade", "has", "have", "had", "ve", "d"))
_STATE = frozenset(("ar", "var", "blev", "star", "stod", "verkar", "ser", "is", "was", "were",
                    "are", "looks", "looked", "seems", "seemed", "got", "s"))
# A result left behind, in words that carry no participle's ending: broken, gone, open, a mess.
_RESULT = frozenset(("sonder", "borta", "oppen", "oppet", "oppna", "forsvunnen", "forsvunnet", "forsvunna",
                     "gone", "open", "missing", "broken", "stolen", "mess", "empty", "tom", "tomt", "tomma", "kaos"))
# A supine or a past participle by its ending: "brutit", "krossat", "bänts", "varit", "uppbruten", "utdragna", "stulen",
# "smashed", "been", "taken"; a weak past by its: "krossade", "bröt" aside, "kollade", "smashed".
_SUPINE = re.compile(r"\w{3,}(?:at|it|tt|ts|ad|ade|ada|en|et|na|da|de|dd|d|ta|te|t|ed|wn|ne)$")
# A present participle ("blödande", "skrikande", "bleeding"): what someone is doing now, no result.
_DOING = re.compile(r"\w+(?:ande|ende|ing)")
_WEAK_PAST = re.compile(r"\w{3,}(?:ade|de|te|dde|ed)$")
# The pasts a story of finding something opens with ("kom hem", "såg att", "found", "came home", "vi var på
# jobbet"): whoever did them, they harmed no one. A closed class of the grammar, not of crimes.
_FOUND = frozenset(("kom", "sag", "gick", "var", "hittade", "markte", "upptackte", "came", "got", "found", "saw",
                    "noticed", "went", "was", "were", "returned", "arrived"))
_STRONG_PAST = frozenset(("tog", "stal", "brot", "slog", "fick", "blev", "took", "broke", "stole", "left"))
# The time of asking, not of the event: "vad gör jag nu?", "what now".
_NOW = frozenset(("nu", "now", "pagar", "fortfarande", "still", "kvar", "hjalp", "help"))
# Who is harmed: a person named in a clause told as done ("hon har svimmat", "han har tagit tabletter", "min son har
# druckit …") is someone's state now, left to the danger rules and the model; the one who did it, unnamed
# ("nån har varit inne", "someone smashed"), and the resident who found it are not.
# Words that ask, first in a clause ("var ska de patrullera"), or second after a preposition ("i vilken månad").
_ASKING = frozenset(("should", "shall", "ska", "bor", "vart", "var", "where", "whom"))
_ASKED_SECOND = frozenset(("vilken", "vilket", "vilka", "vad", "hur", "which", "what", "how", "whom"))
_OWN = frozenset(("jag", "mig", "vi", "oss", "me", "we", "us", "im"))
# Anyone, by the everyday words for a person that danger_signs.PERSON_SIGNS (kin, "han", "hon") leaves out.
_PEOPLE = frozenset(("kille", "killen", "tjej", "tjejen", "man", "mannen", "kvinna", "kvinnan", "manniska", "manniskan",
                     "pojke", "pojken", "flicka", "flickan", "gubbe", "gubben", "tant", "tanten", "guy", "girl", "boy",
                     "woman", "lady"))
_WHERE = frozenset(("hos", "hemma", "at"))


def told_done(text: str, norm: str) -> bool:
    """Every clause that tells something tells it as done, and at least one does; none is a time of now, someone
    still there or here (`text` as written, `norm` folded; clauses are read from the punctuation)."""
    if STILL_THERE_SIGNS.found(norm) or HERE_SIGNS.found(norm):
        return False
    pieces = _CLAUSE_BREAK.split(f" {fold(text)} ")
    # (A clause that ends with a question mark asks, whatever its first word: "var det en människa som skrev?")
    told = [tokens(piece) for piece, mark in zip(pieces[::2], [*pieces[1::2], ""]) if "?" not in mark]
    told = [words for words in told if words and not _asks(words)]
    # A clause with no verb that tells no result ("hemma igen efter semestern", "back from the cabin") sets the
    # scene of the finding; it tells no event, so it neither makes the story done nor keeps it from being so.
    done = [_done(words) for words in told]
    return any(done) and all(d or _scene(words) for d, words in zip(done, told))


def _asks(words: list[str]) -> bool:
    """The clause that asks what to do ("vad gör jag nu", "hur gör man", "what should we do", "vart vänder jag
    mig"): its "nu" is the time of asking."""
    return words[0] in QUESTION_WORDS or words[0] in _ASKING or len(words) > 1 and words[1] in _ASKED_SECOND


# The finite verbs of a clause: the auxiliaries and the pasts above, the modals and English's finite forms, and a
# Swedish present's or weak past's ending ("bryter", "står", "kollade"); prepositions with a verb's ending aside.
_FINITE = _PERFECT | _STATE | _FOUND | _STRONG_PAST | frozenset((
    "kan", "ska", "skall", "vill", "maste", "bor", "far", "gar", "ligger", "sitter", "hor", "am", "be", "do", "does",
    "did", "can", "will", "would", "could", "should", "must", "may", "might", "shall", "keep", "keeps"))
_FINITE_END = re.compile(r"\w{2,}(?:ar|er|ir|or|yr|ur|ade|de|te|dde)")
_PREPOSITIONS = frozenset(("fran", "i", "pa", "till", "efter", "hos", "from", "in", "at", "to", "after"))
_NOT_VERBS = frozenset(("efter", "under", "over", "sedan", "innan", "kvar", "semester", "vinter", "sommar"))


def _scene(words: list[str]) -> bool:
    """A clause without a finite verb, a person, a word of now or an emergency's word: where one came back from
    or when ("väl hemma från Thailand", "upon returning from the cottage"), the setting of what was found."""
    if _NOW & set(words) or (_OWN | _PEOPLE) & set(words) or PERSON_SIGNS.found(" ".join(words)):
        return False
    if ANY_CUE.found(" ".join(words)):
        return False
    # (The word after a preposition is a noun's, whatever it folds to: "tillbaka från Åre" is no "are".)
    return not any((w in _FINITE or (w not in _NOT_VERBS | _PREPOSITIONS and _FINITE_END.fullmatch(w)))
                   and not (i and words[i - 1] in _PREPOSITIONS) for i, w in enumerate(words))


def _done(words: list[str]) -> bool:
    """A told clause whose verb is perfect, past or a result found, with no word of now and no person left in a
    state ("hon är skadad" is a person's state now, which the danger rules and the model read)."""
    if _NOW & set(words):
        return False
    # ("hos oss", "hos mig", "at our place" is where, not whom it harmed.)
    who = [w for i, w in enumerate(words) if not (i and words[i - 1] in _WHERE)]
    someone = bool((_OWN | _PEOPLE) & set(who)) or PERSON_SIGNS.found(" ".join(who))
    for i, word in enumerate(words):
        if word in _FOUND:
            return True
        if someone:
            continue
        if word in _RESULT:  # "(och) smyckena borta": the verb left out after the last clause's is the same state
            return True
        after = words[i + 1:i + 4]
        if word in _PERFECT and any(_SUPINE.fullmatch(w) or w in ("varit", "blivit", "been") for w in after):
            return True
        if word in _STATE and any(w in _RESULT or _SUPINE.fullmatch(w) and not _DOING.fullmatch(w) for w in after):
            return True
        if word in _STRONG_PAST or (len(word) > 5 and _WEAK_PAST.fullmatch(word) and not _DOING.fullmatch(word)):
            return True
    return False
