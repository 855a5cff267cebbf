"""An everyday act of one's own with an everyday thing, told and not asked: "I drank a beer", "jag tog en öl
igår", "köpte en kniv till köket", "vi har köpt en yxa till sommarstugan". No danger: the model, which met
"drank" mostly beside something poisonous, reads a poisoning, and the danger rules (bot/answering/danger.py)
read a knife as a weapon raised. Read before both, as a case imagined is (bot/answering/imagined.py).

The rule is one shape for every such message: the resident (or no subject, or "vi") first, then a verb of
eating, drinking, buying, borrowing or getting, then an ordinary food, drink or household thing (a tool, a
kitchen knife), and nothing else in the message with a danger's word, a harm, an amount too much, someone else
or a question. "Han köpte en kniv och hotar mig", "jag drack en öl och nu andas jag inte", "I drank bleach",
"min son drack en öl" and "köpte en kniv för att skada honom" are none of it: the rules and the model read them.
"""

from __future__ import annotations

from bot.answering.danger_kinds import ANY_CUE
from bot.answering.lexicon import CueSet

MOST_WORDS = 12
# The resident, or "we", or no subject at all (a Swedish statement may open with its verb).
_SUBJECT = frozenset(("jag", "vi", "i", "we", "me", "och"))
# Words that may stand between the subject and the verb, or the verb and the thing.
_BETWEEN = frozenset(("har", "hade", "have", "had", "just", "precis", "nyss", "idag", "igar", "ba", "bara", "only",
                      "en", "ett", "lite", "nagra", "tva", "a", "an", "some", "two", "the", "nya", "ny", "nytt", "new",
                      "glas", "kopp", "flaska", "burk", "bit", "skiva", "glass", "cup", "can", "pint", "piece", "slice",
                      "of", "par", "pair", "mugg", "mug", "m", "am", "re", "are", "was", "were", "stor", "big", "liten", "small", "kall", "kallt", "cold", "varm",
                      "got", "myself", "mig", "oss", "us", "sa", "so", "ok", "okej", "also", "ocksa", "aven"))
_ACTS = frozenset((
    # eating and drinking
    "drack", "druckit", "dricker", "drink", "drank", "drunk", "drinking", "tog", "tagit", "at", "atit", "ater",
    "ate", "eaten", "eat", "eating", "had", "having",
    # buying, borrowing, getting, using
    "kopte", "kopt", "koper", "handlade", "handlat", "lanade", "lanat", "fick", "fatt", "bestallde", "bestallt",
    "skaffade", "skaffat", "hamtade", "anvande", "anvant", "slipade", "bought", "buy", "buying", "borrowed",
    "ordered", "picked", "used", "sharpened", "got", "get", "purchased"))
# Ordinary food, drink and household things (folded, Swedish and English; a compound's head too).
_THINGS = CueSet.of({3: (
    "ol", "olen", "oel", "vin", "vinet", "rodvin", "vitvin", "kaffe", "kaffet", "te", "teet", "lask", "juice",
    "mjolk", "vatten", "cider", "saft", "drink", "groggy", "beer", "beers", "wine", "coffee", "tea", "soda", "milk",
    "water", "lemonade", "pizza", "pizzan", "smorgas", "macka", "mackan", "glass", "glassen", "hamburgare",
    "korv", "sallad", "soppa", "kaka", "kakor", "bulle", "bullar", "godis", "choklad", "frukost", "middag",
    "lunch", "mat", "maten", "pasta", "fisk", "kyckling", "apple", "banan", "brod", "ost", "sandwich",
    "ice cream", "burger", "hot dog", "salad", "soup", "cookie", "cookies", "cake", "candy", "chocolate",
    "breakfast", "dinner", "food", "fish", "chicken", "apple", "banana", "bread", "cheese", "snack*",
    "kniv", "kniven", "knivar", "brodkniv", "kokskniv", "*kniv", "sax", "hammare", "yxa", "yxan", "sag", "sagen",
    "skruvmejsel", "borrmaskin", "borr", "stege", "grill", "cykel", "lampa", "stekpanna", "kastrull", "spade",
    "tandare", "ljus", "verktyg", "knife", "knives", "kitchen knife", "bread knife", "scissors", "hammer",
    "axe", "saw", "screwdriver", "drill", "ladder", "barbecue", "grill", "bike", "lamp", "frying pan",
    "pan", "shovel", "lighter", "candles", "tools", "toolbox")})
# Nothing in the message of a harm, an amount too much, someone else's part or a purpose against someone.
_HARM = CueSet.of({3: (
    "for mycket", "too much", "too many", "hel flaska", "hela flaskan", "whole bottle", "hela", "whole", "mar",
    "feel*", "sick", "illa", "dalig", "daligt", "kraks", "kraktes", "spy*", "throw* up", "vomit*", "ont", "yr",
    "dizzy", "andas", "breath*", "medvetslos", "unconscious", "svimm*", "faint*", "blod", "blood", "bleed*",
    "skad*", "hurt*", "injur*", "hota*", "hotar", "hotad*", "hot mot", "threat*", "doda", "doden", "kill*", "dead", "dod", "sjalvmord", "suicide",
    "honom", "henne", "him", "her", "dem", "them", "nagon", "nan", "someone", "somebody", "han", "hon", "hen",
    "he", "she", "they", "de", "dom", "barn*", "son", "sonen", "dotter*", "daughter", "child*", "kid*", "baby",
    "bebis*", "toddler", "allergi*", "allergic", "notter", "nuts", "svalde", "swallow*", "gift*", "poison*",
    "tabletter", "piller", "pills", "alkoholforgift*", "berusad", "full", "drunk and", "hallucin*", "drog*",
    "drug*", "knark*", "sprit", "vodka", "whisky", "rattfull*", "korde", "drove", "driving", "bilen", "car",
    "skar mig", "cut myself", "cut", "skar", "brann*", "brinn*", "fire", "rok", "smoke")})


def told(text: str, toks: list[str]) -> bool:
    """The message is an everyday act of one's own with an everyday thing, told, with no harm in it."""
    if not toks or len(toks) > MOST_WORDS or "?" in text:
        return False
    norm = " ".join(toks)
    at = 0
    while at < len(toks) and toks[at] not in _ACTS and (toks[at] in _SUBJECT or toks[at] in _BETWEEN):
        at += 1
    if at >= len(toks) or toks[at] not in _ACTS:
        return False
    rest = toks[at + 1:]
    thing = next((n for n in range(len(rest)) if _THINGS.found(rest[n]) or
                  n + 1 < len(rest) and _THINGS.found(f"{rest[n]} {rest[n + 1]}")), None)
    if thing is None or any(t not in _BETWEEN and t not in _ACTS for t in rest[:thing]):
        return False
    if _HARM.found(norm):
        return False
    # Every danger word the rules know, besides the thing itself ("kniv", "yxa"), in what is left.
    left = [t for n, t in enumerate(rest) if n != thing and not _THINGS.found(t)]
    return not ANY_CUE.found(" ".join(left))
