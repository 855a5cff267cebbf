"""A kommun said not to have or not to care about a subject, which claims.py checks like any claim: the
subject is looked for in the entry, and its being taken up is the fact that corrects the claim.

    "Ljungby har ju inte klotter med, varför inte?"   ──► "Nej, det stämmer inte: det tas upp i Ljungbys
                                                           överenskommelse." and the entry's words
    "Värmdö has nothing about traffic, why not?"      ──► the same in English
    "Nora struntar väl i grannsamverkan?"             (struntar: a negation of caring, NOT_CARING)

"Kalmar har inget avtal, va?" denies the agreement itself, which is claims.py's own claim (no subject
word besides the agreement's), not this.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence

from bot.answering import aspects
from bot.answering.compose import pick
from bot.answering.intents import PLACE
from bot.answering.knowledge import Municipality

# Words that say a kommun does not care about a subject ("struntar i", "ignores"), like a negation.
NOT_CARING = frozenset(("struntar", "skiter", "ignorerar", "ignores", "ignore", "ignored"))
# The verb that says what the kommun (or its agreement) has, right after its name.
HAVING = frozenset(("har", "has", "tar", "takes", "namner", "mentions", "innehaller", "contains"))
LACKING = frozenset(("inte", "inget", "ingenting", "nothing", "no", "not", "doesn", "saknar", "lacks"))
# A particle, a tag or a why that puts the statement to the bot: "vi har ju inte tid med det" does not.
PUT_TO_THE_BOT = frozenset(("ju", "val", "varfor", "why", "va", "right", "eller"))
# The having and the lacking are the claim's frame, never its subject ("has nothing about traffic").
FRAME = HAVING | LACKING
WITHIN = 3  # the negation at most this many words after the verb ("har ju inte", "has nothing")


def denies_coverage(toks: Sequence[str], kommun_ends: Sequence[int], terms: Collection[str],
                    agreement_words: Collection[str]) -> bool:
    """"X har ju inte <subject> med": the kommun (its name ending at one of `kommun_ends`, or its
    agreement's word right after) said not to have a subject, one of the message's `terms` that is no
    word for the agreement itself."""
    if not kommun_ends or not PUT_TO_THE_BOT & set(toks):
        return False
    for end in kommun_ends:
        at = end + (1 if toks[end:end + 1] and toks[end] in agreement_words else 0)
        if at < len(toks) and toks[at] in HAVING and LACKING & set(toks[at + 1:at + WITHIN]):
            rest = toks[at + 1:]
            return any(t in terms and t not in agreement_words and t not in LACKING for t in rest)
    return False


def nothing_about(toks: Sequence[str]) -> bool:
    """"Strömsund lovar väl inget om bedrägerier?": nothing promised about a subject, a denial of it (not
    "Mora har väl inget avtal", which denies the agreement itself)."""
    return any(t in ("inget", "ingenting", "nothing") and nxt in ("om", "about", "on", "mot", "against")
               for t, nxt in zip(toks, toks[1:]))


def taken_up(genitive_name: str, name: str, language: str, asked: bool) -> str:
    """The subject is taken up: the fact that corrects the claim; only said so when a why asked it
    ("Why doesn't Ljungby care about graffiti?" is no claim to say no to)."""
    if asked:
        return pick(language, f"Det tas upp i {genitive_name} överenskommelse:", f"It is taken up in {name}'s agreement:")
    return pick(language, f"Nej, det stämmer inte: det tas upp i {genitive_name} överenskommelse.",
                f"No, that is not right: it is taken up in {name}'s agreement.")


def not_named(genitive_name: str, name: str, language: str) -> str:
    """"Mora bryr sig väl inte om cykelstölder?": right, the agreement does not name them."""
    return pick(language, f"Det stämmer: det nämns inte i {genitive_name} överenskommelse.",
                f"That is right: it is not mentioned in {name}'s agreement.")


# What may stand between "inget"/"not" and the agreement it denies ("har inte något avtal", "no such agreement").
BETWEEN = frozenset(("nagot", "nagon", "nat", "ett", "en", "eget", "egen", "sitt", "sin", "har", "haft", "hade", "any",
                     "an", "a", "such", "signed", "valid", "own", "the", "med", "with", "polisen", "police", "have",
                     "has", "had", "got", "t"))


def denied(words: Sequence[str], negations: Collection[str], agreement: Collection[str]) -> bool:
    """The agreement itself denied ("har väl inget medborgarlöfte", "never signed any agreement"), not a thing
    near it ("inga fysiska dialoger inför Salems medborgarlöften")."""
    for i, word in enumerate(words):
        if word in negations:
            after = next((w for w in words[i + 1:i + 5] if w not in BETWEEN), "")
            if after in agreement:
                return True
    return False


# Put in the negative ("skrev väl inte under", "didn't sign", "why couldn't it be carried out").
NEGATIVE = frozenset(("inte", "ej", "not", "didn", "isn", "wasn", "doesn", "don", "aren", "weren", "never", "aldrig",
                      "couldn", "wouldn", "shouldn", "cannot", "hasn", "haven", "hadn"))


def presumed_none(masked: Sequence[str], negations: Collection[str], agreement: Collection[str]) -> bool:
    """A why that takes for given there is no agreement ("varför har inte Kalmar något avtal?"), not one that asks
    why something of it was not done ("varför genomfördes Jokkmokks löfte inte fullt ut?"): the negation before
    the agreement, the kommun's masked name between them passed over, and a verb of having or being said."""
    return bool(_HAVING_OR_BEING & set(masked)) and denied([t for t in masked if t != PLACE], negations, agreement)


_HAVING_OR_BEING = frozenset(("har", "hade", "haft", "has", "have", "had", "got", "finns", "fanns", "saknar", "saknas",
                              "lacks", "exists", "is", "there"))


def exists(muni: Municipality, language: str, today: dt.date, year: int | None = None) -> tuple[str, str, list[str]]:
    """"Stämmer det att Kalmar inte har något avtal (för 2024)?": what the entry has (compose.nothing_published: none)."""
    sv, en = (f" som gäller {year}", f" that applies in {year}") if year else ("", "")
    lead = pick(language, f"Nej, det stämmer inte: {muni.name} har en överenskommelse med polisen{sv}.",
                f"No, that is not right: {muni.name} has an agreement with the police{en}.")
    return f"{lead}\n\n{aspects.focus(muni, today, language)}", "focus", [s.id for s in muni.sources]
