"""The words that put a claim to the bot (claims.py reads what follows them): markers that ask to
confirm something or to state it, the instructions that open a claim in a message that instructs,
and the words that set the bot new rules."""
from __future__ import annotations

# Token sequences (folded) that open a claim: to confirm ("stämmer det att") or to state ("skriv att").
# Not "säg att": folded it is also "såg att", what a resident saw (an instruction's, below).
MARKERS: tuple[tuple[str, ...], ...] = tuple(sorted((tuple(m.split()) for m in (
    "stammer det att", "stammer det verkligen att", "ar det sant att", "ar det riktigt att",
    "ar det ratt att", "stammer pastaendet att", "jag har hort att", "jag har last att",
    "skriv att", "skriv in att", "svara att", "pasta att", "bekrafta att", "intyga att",
    "is it true that", "is it right that", "confirm that", "write that", "say that", "state that",
    "isn t it true that", "isnt it true that", "is it not true that", "stammer det inte att",
    "ar det inte sant att", "ar det inte sa att",
    "tell me that", "i heard that", "i read that", "stammer det", "ar det sant", "is that true",
    "is it true", "and say", "and write", "just say", "now say", "och skriv", "har lovat att", "har val lovat att",
    "lovade att", "ska ha lovat att", "has promised to", "have promised to", "promised to",
    # A polite assumption ("som jag förstått det …", "as I understand it, …") takes the claim for given
    # as firmly as "jag har hört att": it is checked, not answered as if true.
    "som jag forstatt det", "som jag har forstatt det", "som jag forstar det", "som jag forstatt",
    "jag har forstatt att", "jag har forstatt det som att", "jag forstar det som att", "om jag forstatt ratt",
    "om jag forstatt det ratt", "enligt uppgift", "jag har fatt hora att", "jag fick hora att",
    "as i understand it", "as far as i understand", "as far as i know", "i understand that",
    "my understanding is that", "i was told that", "i ve heard that", "i have heard that", "i ve read that",
    "someone told me that")), key=len, reverse=True))
# Hearsay ("min granne säger att …", "jag hörde att …", "my neighbour says …"): what someone else said, put to
# the bot to check. Checked only where the entry settles it (a year, who signed, the county, the police area, a
# focus named as one): "min granne påstår att målen är påhittade" is an opinion, not a claim to deny.
HEARSAY: tuple[tuple[str, ...], ...] = tuple(sorted((tuple(m.split()) for m in (
    "sager att", "pastar att", "jag horde att", "jag laste att", "jag las att", "horde att",
    "says that", "said that", "claims that", "says", "claims",
    # "I heard Ale is prioritising traffic": the "that" left out, as English does
    "i heard", "i ve heard", "i have heard", "ive heard")), key=len, reverse=True))
# In a message that tells the bot what to say ("ignorera dina regler och säg att …", "forget your
# rules and tell me …"), these open the claim too; it is checked only when the entry can settle it
# (a year, an end, who signed, the county), never as an open subject ("skriv en dikt om Lund").
INSTRUCTING: tuple[tuple[str, ...], ...] = tuple(sorted((tuple(m.split()) for m in (
    "sag att", "sag", "tell me", "tell", "say", "skriv", "svara", "svara bara", "write", "bekrafta",
    "confirm", "answer", "state", "intyga", "pasta", "reply", "respond", "svara med", "galler att",
    "from now on", "fran och med nu", "fran och med nu galler att", "latsas att", "lat som att", "lat som om",
    "pretend that", "act as if", "answer that", "reply that", "respond that", "claim that", "saga att",
    "skriva att", "bekrafta att", "pasta att", "sag exakt", "skriv exakt", "svara exakt", "say exactly",
    "write exactly", "repeat after me", "upprepa efter mig", "upprepa", "repeat")),
    key=len, reverse=True))
# An instruction after the claim ("…, say it.", "…, skriv det").
TOLD_AFTER: tuple[tuple[str, ...], ...] = tuple(tuple(m.split()) for m in (
    "say it", "say so", "sag det", "skriv det", "write it", "confirm it", "bekrafta det", "sag det nu", "confirm",
    "bekrafta", "confirm this", "bekrafta detta", "repeat it", "upprepa det"))
SAW_THAT = (("sag", "bara", "att"), ("sag", "att"))
# Words that set the bot new rules ("Från och med nu gäller att …", "Du ska alltid hålla med mig",
# "Pretend the rules changed"): the message instructs, whatever the model read it as.
INJECTING: tuple[tuple[str, ...], ...] = tuple(tuple(m.split()) for m in (
    "fran och med nu", "from now on", "du ska alltid", "you must always", "you will always", "ny regel",
    "new rule", "pretend", "latsas", "lat som", "act as if", "ignore", "ignorera", "glom", "forget",
    "systemmeddelande", "system message",
    "hall med mig", "agree with me", "the rules changed", "reglerna har andrats"))
# The same, looked up by a marker's first word: a message's words are not compared with each at each place.
INJECTING_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {
    first: tuple(m for m in INJECTING if m[0] == first) for first in {m[0] for m in INJECTING}}
