"""Claims about who is in an agreement (claims.py): "Huddinges avtal är väl bara mellan kommunen och polisen?",
"Högsbys löfte gäller bara Högsby och inte Mönsterås, eller hur?", "Västtrafik är väl inte med i Kungälvs löfte?"

    a claim that restricts or denies who takes part ──► about() ──► the parties and partners the entry
      (a party's word, "the kommun and the police",                   lists (aspects.parties), after a verdict
       "parter", "involved", the other kommuner)                      that never confirms what the source lacks

The claim reads as one about the parties when it restricts or denies ("bara", "enda", "själva", "utan",
"no one else", "inte med") and it speaks of them: by the kommun and the police together with no other
subject, by a word for parties or for taking part, by a word of a party the entry itself names, or by
another kommun. The verdict is "Nej" only when the entry proves the restriction false (a party beyond the
kommun and the police, a partner, or the other kommun among them); else the parties are given as the
source has them, with no "Ja" (a source that names two parties does not prove there are no more).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from bot.answering import aspects
from bot.answering.compose import join_words, pick
from bot.answering.knowledge import Municipality, Party
from bot.text import fold, genitive, tokens

Result = tuple[str, str, list[str]]

# A claim that limits who is in it: "bara", "de enda", "helt själva", "utan någon annan", "nobody else".
RESTRICTING = frozenset(("bara", "endast", "enbart", "enda", "only", "solely", "just", "sjalva", "ensamma", "alone",
                         "else", "annan", "nan", "nagon", "utan", "without", "ingen", "inga", "nobody", "noone",
                         "inte", "not", "isn", "aren", "ej", "aldrig", "never", "inget", "ingenting", "nothing"))
# Words for the parties or for taking part ("parterna", "inblandade", "involved", "ingår", "deltar", "partners").
PARTY_STEMS = ("part", "involv", "inblandad", "ingar", "ingick", "deltar", "deltog", "aktor", "samarbetspart",
               "undertecknare", "signator")
# Other kommuner in general ("grannkommunerna", "the neighbouring municipalities").
KOMMUNER_ENDINGS = ("kommuner", "kommunerna", "municipalities")
TAKING_PART = frozenset((("ar", "med"), ("inte", "med"), ("vara", "med"), ("var", "med"),
                         ("part", "of"), ("ocksa", "med")))
POLICE_STEM = ("polis", "police", "lokalpolis")
KOMMUN_STEMS = ("kommun", "municipal", "stad", "staden", "city", "council")
# The words of a party's name that say what kind it is, not which: never enough alone to name it.
GENERIC = frozenset(("kommun", "kommuns", "stad", "stads", "polisen", "polis", "lokalpolisomrade", "polisomrade",
                     "municipality", "police", "the", "and", "och", "i", "in", "of", "lokala", "local", "ab",
                     "swedish", "area", "region", "regions", "lansstyrelsen"))


# Of those, the ones that limit who (not whether): "bara kommunen och polisen", never "har inget avtal med polisen".
EXCLUSIVE = frozenset(("bara", "endast", "enbart", "enda", "only", "solely", "just", "sjalva", "ensamma", "alone",
                       "else", "annan", "utan", "without", "nobody", "noone"))


# A claim that the agreement is the kommun's alone ("ett eget löfte", "sitt eget", "its own", "by itself").
OWN = frozenset(("eget", "egen", "egna", "own", "itself", "sjalv", "sjalva", "separat", "separate"))


def restricts(words: Sequence[str]) -> bool:
    return bool(RESTRICTING & set(words))


def kommun_or_police(word: str, muni: Municipality) -> bool:
    """A word for the kommun or the police ("kommunen", "lokalpolisen", "Huddinges"): a party, no subject."""
    return word.startswith((*KOMMUN_STEMS, *POLICE_STEM, fold(muni.name))) or word.endswith("polisen")


def _kommun_and_police(words: Sequence[str], muni: Municipality) -> bool:
    own = fold(muni.name)
    kommun = any(w.startswith(KOMMUN_STEMS) or w.startswith(own) for w in words)
    return kommun and any(w.startswith(POLICE_STEM) or w.endswith("polisen") for w in words)


def _party_words(muni: Municipality) -> set[str]:
    """The distinctive words of the parties and partners beyond the kommun and the police ("brandforsvarsforbund",
    "vasttrafik", "bostads"): a claim that names one speaks of the parties."""
    own = fold(muni.name)
    return {w for p in extra(muni) for w in tokens(f"{p.name} {p.name_en}")
            if len(w) >= 5 and w not in GENERIC and not w.startswith(own)}


def _names_party(words: Sequence[str], muni: Municipality) -> bool:
    held = _party_words(muni)
    # The party's word begins the claim's or the other way ("bostadsbolaget" of "Bostads AB"), never only a
    # shared first syllable ("trafikinsatser" is no "Trafikverket").
    return any(len(w) >= 6 and (w.startswith(h.rstrip("s")) or h.startswith(w)) for w in words for h in held)


def about(words: Sequence[str], subject: Sequence[str], muni: Municipality, others: Sequence[Municipality],
          loose: bool = True) -> bool:
    """The claim restricts or denies who takes part (module doc); `subject`: its content words that are no
    party's, which make "kommunen och polisen har väl bara lovat X" a claim about X."""
    # "X har ett eget löfte bara för sig själv", "its own agreement just for itself": a claim that no other kommun
    # is in it, which the entry's parties settle when they name one.
    if OWN & set(words) and any(w.startswith(KOMMUN_STEMS) for p in extra(muni) for w in tokens(p.name)):
        return True
    if not restricts(words):
        return False
    if others or any(w.startswith(PARTY_STEMS) or w.endswith(KOMMUNER_ENDINGS) for w in words):
        return True
    # "X är inte med i avtalet", "är alls med": taking part, in the everyday idiom.
    if _names_party(words, muni) or any(pair in TAKING_PART for pair in zip(words, words[1:])):
        return True
    # `loose`: the kommun and the police alone may say it (not in a claim of a year or of no agreement)
    return loose and _kommun_and_police(words, muni) and not set(subject) - RESTRICTING - EXCLUSIVE \
        and bool(EXCLUSIVE & set(words))


def extra(muni: Municipality) -> list[Party]:
    """The parties beside the kommun (the entry's first party) and the police, and the partners."""
    return [p for p in muni.parties[1:] if "polis" not in fold(p.name)] + list(muni.partners)


def naming(muni: Municipality, other: Municipality) -> list[Party]:
    """The parties and partners of `muni`'s entry that name `other` ("Vårgårda, Alingsås och Lerums kommuner")."""
    name = re.escape(fold(other.name))
    return [p for p in (*muni.parties, *muni.partners)
            if "polis" not in fold(p.name) and re.search(rf"\b{name}s?\b", fold(p.name))]


def check(muni: Municipality, others: Sequence[Municipality], language: str) -> Result:
    """The verdict on a claim about the parties, then the parties and partners the entry lists."""
    ids = [s.id for s in muni.sources]
    listed = aspects.parties(muni, language)
    shared = [o for o in others if naming(muni, o)]
    if shared:  # "gäller bara Högsby och inte Mönsterås": the other kommun stands among the parties
        names = join_words([o.name for o in shared], language)
        lead = pick(language, f"Nej, det stämmer inte: {names} är med i {genitive(muni.name)} samverkan.",
                    f"No, that is not right: {names} {'are' if len(shared) > 1 else 'is'} part of "
                    f"{muni.name}'s cooperation.")
    elif extra(muni) and not others:
        lead = pick(language, "Nej, det stämmer inte: fler än kommunen och polisen är med.",
                    "No, that is not right: more than the municipality and the police take part.")
    else:
        lead = pick(language, "Enligt källan:", "According to the source:")
    return f"{lead}\n{listed}", "parties", ids
