"""Whether someone takes part in a kommun's agreement, asked yes or no: "Är Väsbyhem med i Upplands Väsbys
samarbete?", "Is the housing company part of Sollentuna's agreement?", "Är Mönsterås också med i Högsbys löfte?"

    a yes-or-no question (no question word; opened by a verb, "undrar om", or closed by "?")
      that speaks of taking part ("med i", "part of", "parterna", "deltar", "involved")
        ──► the one asked about (the words no kommun, agreement or common word takes, or another kommun)
          ──► found among the entry's parties or partners (their names, English names and notes): "Ja"
              the kommun or the police themselves: "Ja"
              not found: the source does not mention it, then who it does name (never "Nej": a list
              that leaves someone out does not prove they are not in it)

A negated question ("X är väl inte med?") is a claim, read by party_claims.py; this module only answers the
plain question, which that module leaves to a list with no verdict.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.answering import aspects, claim_spans, common_words, lexicon, party_claims
from bot.answering.claims import AGREEMENT_WORDS
from bot.answering.compose import pick
from bot.answering.knowledge import Municipality
from bot.answering.passage_index import stem
from bot.text import fold, tokens

if TYPE_CHECKING:
    from bot.answering.claim_checks import ClaimChecks
    from bot.answering.reading import Reading

Result = tuple[str, str, list[str]]

# A question word makes it an open question ("vem är med i …?"), answered by the list as before.
QUESTION_WORDS = frozenset(("vad", "vem", "vilka", "vilken", "vilket", "nar", "hur", "varfor", "vart", "what", "who",
                            "whom", "which", "when", "how", "why", "where"))
# The verbs a yes-or-no question opens with, and the words that embed one ("undrar om", "vet du om", "wonder if").
OPENING_VERBS = frozenset(("ar", "var", "is", "are", "was", "were", "does", "do", "did", "ingar", "ingick", "deltar",
                           "deltog", "sitter", "medverkar", "has", "have", "har", "hade"))
EMBEDDING = frozenset(("om", "if", "whether"))
# Taking part: a word for a party or for taking part, or "med" as the particle of "vara med" ("med i", "med och").
PART_STEMS = (*party_claims.PARTY_STEMS, "particip", "medverk", "delaktig", "signator", "partner")
PART_PAIRS = frozenset((("med", "i"), ("med", "och"), ("med", "pa"), ("med", "bland"), ("part", "of"),
                        ("take", "part"), ("takes", "part"), ("taking", "part"), ("party", "to"), ("a", "party"),
                        ("involved", "in"), ("in", "on")))
# Words that frame the question, never the one asked about.
FRAME = frozenset(("med", "i", "och", "pa", "part", "of", "take", "takes", "party", "parties", "parter", "parterna",
                   "involved", "ocksa", "also", "too", "even", "samarbete", "samarbetet", "samverkan",
                   "samverkansoverenskommelse", "samverkansoverenskommelsen", "safety", "trygghet", "the", "a", "an",
                   "undrar", "wonder", "hej", "hi", "hello", "tack", "thanks", "skriver", "under", "signs", "sign",
                   "signed", "en", "av", "one", "bland", "among", "those", "dem", "de", "egentligen", "actually"))
MIN_WORD = 4
# "Ingår det …", "Är det …", "Is it …": a dummy subject, so what is asked follows as a thing, not a party.
DUMMY = frozenset(("det", "it", "there", "detta", "this"))
CLAUSE = frozenset(("att", "that"))  # "… med i avtalet att polisen ska synas": a clause, not someone
# What the message must be read as: a question, not a concern, a report or a danger.
ACTIONS = frozenset(("question", "unsure", "limit", "out_of_scope"))
# "X är väl inte med?" claims, and is read by party_claims.py.
NEGATIVE = frozenset(("inte", "ej", "not", "isn", "aren", "doesn", "don", "never", "aldrig", "val"))


def asks_yes_no(toks: Sequence[str]) -> bool:
    """A question to be answered yes or no: no question word, and a verb opens it or an "om"/"if" embeds it."""
    if not toks or QUESTION_WORDS & set(toks):
        return False
    return toks[0] in OPENING_VERBS or any(t in EMBEDDING and i < 4 for i, t in enumerate(toks)) \
        or any(t in OPENING_VERBS for t in toks[:3])


def of_taking_part(toks: Sequence[str]) -> bool:
    return any(t.startswith(PART_STEMS) for t in toks) or any(p in PART_PAIRS for p in zip(toks, toks[1:]))


def _candidates(r: Reading, muni: Municipality) -> list[str]:
    """The words that may name the one asked about: not a place, a kommun or the police, or the agreement."""
    own = fold(muni.name)
    return [t for i, t in enumerate(r.tokens) if t not in _names(muni) and len(t) >= MIN_WORD
            and (i not in r.scan.used or t.startswith(own))  # "Grebbestad" is a place; "Botkyrkabyggen" a party and t.isalpha()
            and t not in FRAME and t not in AGREEMENT_WORDS and not _kommun_or_police(t, muni)
            and not t.startswith(PART_STEMS)
            and not t.startswith(("lofte", "loft", "medborgarlof", "overenskom", "avtal", "agreement", "promise"))]


def _names(muni: Municipality) -> set[str]:
    """The kommun's own name as written in the message ("Botkyrka", "Botkyrkas"), never a word it begins
    ("Botkyrkabyggen", "Tranemobostäder" are parties of their own)."""
    return {f"{w}{end}" for name in (muni.name, *muni.aliases) for w in tokens(name) for end in ("", "s")}


def _kommun_or_police(word: str, muni: Municipality) -> bool:
    own = fold(muni.name)
    return party_claims.kommun_or_police(word, muni) and not (word.startswith(own) and word not in _names(muni))


def _asked_words(candidates: Sequence[str]) -> list[str]:
    """Of those, the ones that say who: no common word and none that says what is asked."""
    return [t for t in candidates if t not in common_words.STOPWORDS and t not in common_words.ENGLISH_WORDS
            and not lexicon.is_cue_word(t)]


# The words of a party's name that say what kind it is, not which ("kommun", "polisen"); a region or a county
# board is named by its kind ("regionen", "länsstyrelsen"), so those count.
GENERIC = party_claims.GENERIC - {"region", "regions", "lansstyrelsen"}


def _party_words(muni: Municipality) -> set[str]:
    """The words of the parties and partners beyond the kommun and the police: their names and English names
    ("Väsbyhem (municipal housing company)")."""
    return {w for p in party_claims.extra(muni) for w in tokens(f"{p.name} {p.name_en}")
            if len(w) >= MIN_WORD and w not in GENERIC and w not in FRAME}


def _matches(word: str, held: set[str]) -> bool:
    """The asked word and a party's word are one ("regionen" of "Region", "bostadsbolaget" of "Bostads")."""
    return any(word.startswith(h.rstrip("s")) or h.startswith(word) or stem(word) == stem(h) for h in held
               if len(h.rstrip("s")) >= MIN_WORD)


def answer(r: Reading, checks: ClaimChecks, muni: Municipality) -> Result | None:
    """The verdict on whether the one asked about takes part, then the parties the entry lists; None unless
    the message asks that, yes or no, of this kommun's agreement."""
    toks = r.tokens
    if not asks_yes_no(toks) or not of_taking_part(toks) or NEGATIVE & set(toks) or CLAUSE & set(toks) \
            or party_claims.EXCLUSIVE & set(toks) \
            or toks[1:2] and toks[1] in DUMMY:
        return None  # "Ingår det att polisen ska synas?"; "bara de två parterna va" claims (party_claims.py)
    language, ids = r.language, [s.id for s in muni.sources]
    listed = aspects.parties(muni, language)
    # "Är polisen i Nybro med i Torsås avtal?": a kommun named as the seat of the police of the kommun's own
    # area is its police, which the parties name; not another kommun asked about.
    seats = {i for m in r.scan.mentions if claim_spans.policed(toks, m)
             and checks.in_police_area(muni, m.place.name) for i in range(m.start, m.end)}
    named = [t for i, t in enumerate(toks) if i in r.scan.used and i not in seats]  # "are" is no Åre
    others = [o for o in checks.kommuner_in(named) if o.id != muni.id]
    if others:  # "Är Mönsterås med i Högsbys löfte?": another kommun, among the parties or not
        return (_yes if all(party_claims.naming(muni, o) for o in others) else _not_named)(listed, language, ids)
    candidates = _candidates(r, muni)
    if any(_matches(w, _party_words(muni)) for w in candidates):
        return _yes(listed, language, ids)
    asked = _asked_words(candidates)
    passages = checks.passages
    if any(passages.holds(muni.id, w, language) or passages.is_subject(w) for w in asked):
        return None  # "Finns viltolyckor med i Borgholms löfte?", "Is graffiti part of …?": what it takes up
    if asked:
        return _not_named(listed, language, ids)
    # only the kommun or the police asked about ("Är polisen med i Kirunas avtal?"): the parties themselves
    police = any(party_claims.kommun_or_police(t, muni) and not t.startswith(fold(muni.name)) for t in toks)
    return _yes(listed, language, ids) if police else None


def _yes(listed: str, language: str, ids: list[str]) -> Result:
    return f"{pick(language, 'Ja, enligt källan.', 'Yes, according to the source.')}\n{listed}", "parties", ids


def _not_named(listed: str, language: str, ids: list[str]) -> Result:
    lead = pick(language, "Det nämns inte i källan. Den nämner de här:",
                "The source does not mention that. It names these:")
    return f"{lead}\n{listed}", "parties", ids
