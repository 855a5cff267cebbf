"""Where the resident lives, works or has a summer house, told beside a question of another kommun: the
question is of that one alone.

    "Jag bor i Fjällbacka men jobbar i Uddevalla. Vad fokuserar Uddevalla på?"   ──► Uddevalla
    "Jag har sommarhus i Grebbestad men bor i Lysekil – vem skrev under Lysekils löfte?" ──► Lysekil

A kommun (or a place of one) named only after such a verb and "i"/"from"/"till" is the resident's story;
a kommun named otherwise too is asked about. When every kommun named is told so ("Jag bor i Lund och
jobbar i Malmö, vad gäller?"), or none is, all of them are asked about, as before.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.answering.matching import Mention

# Verbs and nouns of where one lives, works, studies, stays or moved ("bor i", "jobbar i", "sommarhus i").
TELLING = frozenset(("bor", "bott", "bodde", "jobbar", "jobbade", "arbetar", "pluggar", "studerar", "flyttade",
                     "flyttat", "flytta", "vaxte", "uppvuxen", "sommarhus", "sommarstuga", "stuga", "stugan", "hus",
                     "lagenhet", "live", "lives", "lived", "living", "work", "works", "worked", "working", "study",
                     "studies", "moved", "grew", "cabin", "cottage", "house", "flat", "apartment"))
# What may stand between the verb and the place: "bor ju i", "bor numera i", "moved here from".
BETWEEN = frozenset(("ju", "nu", "numera", "sjalv", "ocksa", "aven", "nyss", "har", "dar", "now", "also", "here",
                     "there", "just", "still", "fortfarande", "kvar"))
PLACING = frozenset(("i", "in", "pa", "fran", "from", "till", "to", "at", "utanfor", "outside", "near", "nara"))
# Words that place a place in a kommun ("i", "som ju är en del av", "which is in").
PLACED_BY = frozenset(("i", "in", "som", "ju", "ar", "en", "del", "av", "which", "is", "part", "of", "the", "ligger",
                       "tillhor", "hor", "till", "belongs", "to", "kommun", "municipality"))
# The question points back at the resident's own place: "min kommun", "lovat oss", "what is X doing there".
POINTING = frozenset(("min", "mitt", "mina", "oss", "vi", "dar", "dit", "hit", "hemma", "my", "our", "us", "we",
                      "here", "there"))


def told(toks: Sequence[str], mention: Mention) -> bool:
    """The mention follows a verb of living or working and "i"/"från"/"till" ("bor i Fjällbacka")."""
    at = mention.start - 1
    if at < 1 or toks[at] not in PLACING:
        return False
    at -= 1
    while at > 0 and toks[at] in BETWEEN:
        at -= 1
    return toks[at] in TELLING


def placing(toks: Sequence[str], mention: Mention, before: Mention | None) -> bool:
    """The mention says where the one before it lies ("Alsike som ju är en del av Uppsala kommun", "Hönö i
    Tjörns kommun"): the resident's story too, however wrong."""
    return before is not None and 0 < mention.start - before.end <= 8 \
        and set(toks[before.end:mention.start]) <= PLACED_BY


def asked(toks: Sequence[str], known: list[Mention]) -> list[Mention]:
    """The mentions of the kommuner asked about: without those only told as the resident's story, when
    another kommun is asked about and the question does not point back at the resident ("min kommun",
    "lovat oss", "there"); all of them otherwise."""
    if POINTING & set(toks):
        return known
    story_at = [told(toks, m) or placing(toks, m, known[i - 1] if i else None) for i, m in enumerate(known)]
    named = {m.place.municipality_id for m, in_story in zip(known, story_at) if not in_story}
    story = {m.place.municipality_id for m in known} - named
    if not story or not named:
        return known
    return [m for m in known if m.place.municipality_id in named]


def tells_a_place(toks: Sequence[str], word: str) -> bool:
    """`word` is a verb or noun of where one lives, said of a place ("har nyligen flyttat till Sölvesborg",
    "bor numera i Mora"): a word of the resident's account, never a subject the agreement could lack."""
    if word not in TELLING:
        return False
    for i, tok in enumerate(toks):
        if tok != word:
            continue
        j = i + 1
        while j < len(toks) and toks[j] in BETWEEN:
            j += 1
        if j < len(toks) and toks[j] in PLACING:
            return True
    return False
