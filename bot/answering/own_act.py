"""What the law does about something the resident, or their own child, did: "kan jag bli dömd för att
jag slog tillbaka?", "min son åkte fast för att ha kört utan behörighet, vad blir straffet?", "I've been
called in for questioning as a suspect". A legal question of one's own case, and a past event: the
legal-help lines (bot/answering/refusals.py), never the emergency opening nor the crime-victim list.

Also a purchase gone wrong told without a question ("the online shop won't refund me"): a consumer's
matter all the same. Read on folded tokens, and on the words as written, since the speller pulls
"straffet" to "staff" and "prison" to "poison"."""

from __future__ import annotations

import re

from bot.answering.lexicon import CueSet
from bot.text import tokens

# What the law may do to someone: a punishment, a conviction, a record.
_PENALTY = (
    "straff", "straffet", "straffas", "straffad", "straffade", "fangelse*", "bli domd", "domd", "domas",
    "doma mig", "atal*", "atalas", "belastningsregist*", "aka dit", "akt dit", "fa boter", "boter", "ungdomstjanst",
    "ungdomsvard", "convicted", "convict", "punish*", "prison", "jail", "criminal record", "charge*",
    "prosecuted", "sentenced", "in trouble", "get fined", "be fined", "bli anmald", "bli polisanmald",
    # "åka på" a charge, not "åka på semester"
    *(f"aka pa {charge}" for charge in ("misshandel", "ett brott", "en anmalan", "boter", "straff", "ofredande")))
PENALTY = CueSet.of({3: _PENALTY})
# Asked of the resident's own liability, the penalty a few words on: "kan jag bli dömd", "riskerar jag
# fängelse", "hamnar jag i belastningsregistret"; not "kan jag få stöd även om gärningsmannen aldrig blev dömd?".
_SELF_LIABLE = (
    "kan jag", "riskerar jag", "hamnar jag", "blir jag", "kommer jag", "kan vi", "riskerar vi",
    "kan min", "kan mitt", "kan mina", "riskerar min", "riskerar mitt", "hamnar min", "hamnar mitt",
    "can i", "could i", "will i", "do i risk", "am i going to", "can we", "can my", "could my", "will my")
SELF_PENALTY = CueSet.of({3: tuple(f"{who} ~ {penalty}" for who in _SELF_LIABLE for penalty in _PENALTY)})
# The same asked of one of the resident's own ("min kille åkte fast …, kan han dömas?").
_THEIR_LIABILITY = (
    "kan han", "kan hon", "riskerar han", "riskerar hon", "hamnar han", "hamnar hon", "blir han", "blir hon",
    "can he", "could he", "will he", "can she", "could she", "will she", "does he risk", "does she risk")
THEIR_PENALTY = CueSet.of({3: tuple(f"{who} ~ {penalty}" for who in _THEIR_LIABILITY for penalty in _PENALTY)})
# A past event of one's own: caught, arrested, hit back.
CAUGHT = CueSet.of({3: (
    "akte fast", "akt fast", "blev tagen", "blev tagna", "blivit tagen", "blev pakommen", "blev pakomna",
    # not "förhör": the speller would pull "förlorar" to it
    "blev stoppad", "blev gripen", "blivit gripen", "blev haktad", "slog tillbaka", "sjalvforsvar", "nodvarn",
    "got caught", "was caught", "got stopped", "was stopped", "got arrested", "was arrested", "for questioning",
    "questioned by the police", "defending myself", "defended myself", "hit back", "self defence",
    "self defense")})
# Whose act it was: the resident's own, or their own child's.
OWN_PERSON = CueSet.of({3: (
    "jag", "vi", "mig", "min son", "min dotter", "mitt barn", "vart barn", "var son", "var dotter", "i", "we",
    "me", "my son", "my daughter", "my kid", "my child", "our son", "our daughter",
    # one's own people: a partner, a friend, family
    "min kille", "min pojkvan", "min tjej", "min flickvan", "min sambo", "min man", "min fru", "min partner",
    "min bror", "min syster", "min kompis", "min van", "min mamma", "min pappa", "mina barn", "my boyfriend",
    "my girlfriend", "my partner", "my husband", "my wife", "my brother", "my sister", "my friend", "my mum",
    "my mom", "my dad", "my kids", "my children")})
# Suspected oneself, asked what to do: a case of one's own under the law.
SUSPECTED_SELF = CueSet.of({3: (
    "som misstankt", "jag ar misstankt", "jag misstanks", "misstanker mig", "delgiven misstanke",
    "delgivits misstanke", "as a suspect", "i am suspected", "i m suspected", "i am a suspect")})
# Hit back or defended oneself: violence the resident did, past, not violence done to them now.
DEFENDED = CueSet.of({3: (
    "slog tillbaka", "sjalvforsvar", "nodvarn", "defending myself", "defended myself",
    "defend myself", "hit back", "self defence", "self defense",
    # the resident's own blow, asked about under the law
    "jag slog", "jag knuffade", "jag puttade", "vi slog", "i hit", "i punched", "i pushed",
    "i shoved", "i kicked", "we hit")})
# Something bought gone wrong, plain enough without a question ("won't refund me").
CONSUMER_CLAIM = CueSet.of({3: (
    "pengarna tillbaka", "refund*", "reklamation*", "reklamera*", "garanti*", "abonnemang*", "saga upp",
    "sager upp", "daligt jobb", "natbutik*", "webbutik*", "webbshop*", "online shop", "online store",
    "webshop", "money back", "saljaren", "the seller", "foretaget vagrar", "aldrig ~ leverera*",
    "inte ~ leverera*", "never delivered", "bestallde", "bestallt", "ordered", "the company ignores",
    "foretaget svarar inte", "*firman", "took payment", "vagrar ta tillbaka", "vill inte ta tillbaka",
    "won t take back", "refuses to take back", "gick sonder efter", "broke after")})

# Shopping on the net: "online" here is no harm done online ("lägger ut det på nätet").
_SHOPPING = re.compile(r"\b(?:online (?:shop|store|retailer|order)s?|(?:bought|ordered|purchased|shopping) (?:\w+ ){0,5}online|"
                       r"(?:kopte|kopt|bestallde|bestallt|handlade|handlat) (?:\w+ ){0,5}pa natet)\b")


def without_shopping(norm: str) -> str:
    """The folded message with shopping on the net taken out, for the words of harm done online."""
    return _SHOPPING.sub(" ", norm)


def plain(text: str) -> str:
    """The message folded, as written: no word pulled to another by the speller."""
    return " ".join(tokens(text))


def own_liability(norm: str, text: str) -> bool:
    """Asks what the law may do about the resident's own (or own child's) act."""
    written = plain(text)
    penalty = PENALTY.found(norm) or PENALTY.found(written)
    if SELF_PENALTY.found(norm) or SELF_PENALTY.found(written):
        return True  # "kan jag bli dömd …", "could I be charged …"
    their = THEIR_PENALTY.found(norm) or THEIR_PENALTY.found(written)
    if (their or penalty and CAUGHT.found(norm)) and OWN_PERSON.found(norm):
        return True  # "min son åkte fast …, vad blir straffet?", "min kille …, kan han dömas?"
    return SUSPECTED_SELF.found(norm) or CAUGHT.found(norm) and DEFENDED.found(norm) and penalty


def defended_oneself(norm: str, text: str) -> bool:
    """Hit back or defended oneself and asks what the law does about it: no violence now."""
    return DEFENDED.found(norm) and own_liability(norm, text)
