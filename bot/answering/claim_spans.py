"""Where a claim stands in a message: the markers looked up by their first or last word, the closing
tags ("…, eller hur?", "…, right?"), the particles "väl", "visst" and "ju", and the shapes of a
question that takes something for given ("Varför har X …", "Skrevs … under av …?").

Apart from claims.py, which reads the claim found here and checks it against the entry: finding
where a claim is and deciding what it says are two jobs, and other modules (premises, wrapped,
reading) only ask whether a message puts a claim to the bot at all (`marked`, `instructs`).
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from bot.answering.claim_markers import HEARSAY, INJECTING_BY_FIRST, INSTRUCTING, MARKERS, SAW_THAT, TOLD_AFTER


def _by_word(markers: tuple[tuple[str, ...], ...], at: int) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Markers by their first (`at` 0) or last (`at` -1) word, each list in the markers' own order (the
    longest first): a token is compared with the few markers that hold it there, not with all of them."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for marker in markers:
        index.setdefault(marker[at], []).append(marker)
    return {word: tuple(found) for word, found in index.items()}


def marker_at(index: dict[str, tuple[tuple[str, ...], ...]], toks: Sequence[str],
              start: int) -> tuple[str, ...] | None:
    """The first marker of `index` (by first word) that stands at `start`, or None."""
    return next((m for m in index.get(toks[start], ()) if tuple(toks[start:start + len(m)]) == m), None)


def marker_closing(index: dict[str, tuple[tuple[str, ...], ...]], toks: Sequence[str]) -> tuple[str, ...] | None:
    """The first marker of `index` (by last word) that ends the tokens with a word before it, or None."""
    return next((m for m in index.get(toks[-1], ()) if len(toks) > len(m) and tuple(toks[-len(m):]) == m),
                None) if toks else None


# Markers that may close the claim instead: "…, stämmer det?", "…, eller hur?", "… 2010. Correct?".
AFTER = frozenset((("stammer", "det"), ("ar", "det", "sant"), ("is", "that", "true"), ("is", "it", "true")))
CLOSING: tuple[tuple[str, ...], ...] = tuple(sorted((tuple(m.split()) for m in (
    "eller hur", "va", "right", "correct", "is that right", "is that correct", "isn t it", "wasn t it",
    "didn t they", "didn t he", "didn t she", "doesn t it", "don t they", "or not", "inte sant", "inte sa",
    "ar det ratt", "stammer det", "ar det sant", "is that true", "is it true", "true", "right or wrong",
    "stammer det eller", "ja eller nej", "yes or no", "eller",
    # hearsay closing it ("…trafikkontroller per år 2021 har jag för mig"): the resident's memory, to check
    "har jag for mig", "om jag minns ratt", "om jag inte minns fel", "eller minns jag fel", "minns jag fel",
    "eller har jag fel", "har jag fel", "eller tar jag fel", "or am i wrong", "am i wrong", "or am i mistaken",
    "if i remember correctly",
    "if i remember rightly", "if i recall correctly",
    # and what was heard or read, said after it ("Hofors löfte gäller 2019–2020 har jag hört", "… hörde jag",
    # "… sa min granne"): hearsay put to the bot to check, as "jag har hört att …" before it is
    "har jag hort", "hade jag hort", "horde jag", "har jag last", "laste jag", "las jag", "sags det", "sa nagon",
    "sager folk", "sa folk", "har jag hort nagonstans", "i heard", "i ve heard", "i read",
    *(f"{verb} {who}" for verb in ("sa", "sager", "pastar", "pastod")
      for who in ("grannen", "min granne", "min kompis", "kompisen", "min van", "min mamma", "min pappa",
                  "min fru", "min man", "min sambo", "min kollega", "nan", "nagon")))), key=len, reverse=True))
MARKERS_BY_FIRST, INSTRUCTING_BY_FIRST, SAW_THAT_BY_FIRST, HEARSAY_BY_FIRST = (
    _by_word(m, 0) for m in (MARKERS, INSTRUCTING, SAW_THAT, HEARSAY))
TOLD_AFTER_BY_LAST, CLOSING_BY_LAST = _by_word(TOLD_AFTER, -1), _by_word(CLOSING, -1)
TAG_VERBS = frozenset(("did", "does", "do", "is", "was", "has", "have", "are", "were", "will", "can"))
TAG_PRONOUNS = frozenset(("he", "she", "it", "they"))
WH_WORDS = frozenset(("which", "what", "who", "whom", "whose", "where", "when", "how", "why"))
# Words that open a clause of their own before its question word ("…, and which police area is it?",
# "Also, who signed it?"): a question word after them opens an ask, as one first in the message does.
CLAUSE_OPENERS = frozenset(("and", "also", "plus", "so", "but", "then", "och", "o", "samt", "men"))
# A claim asked with the particle "väl" ("Alvesta ligger väl i Kalmar län?") or opened by "visst"
# ("Visst gäller Lunds avtal till 2030?"); "efter val" is an election.
PARTICLES = frozenset(("val",))
NOT_PARTICLE_AFTER = frozenset(("efter", "fore", "infor", "till", "vid", "ett", "sitt", "nasta", "kommande",
                                "allmanna", "kommunala", "det", "ditt", "mitt", "i"))
OPENING = frozenset(("visst",))
# An English question opened in the negative ("Isn't Åre in Jämtland?", "Didn't Kalix sign in 2019?") puts what
# follows as known, as "visst" does: the claim is what follows "isn't", never negated by it.
NEGATIVE_OPENING = frozenset(("isn", "wasn", "doesn", "didn", "aren", "weren", "hasn", "hadn", "don"))
# "Isn't it dangerous …?", "Isn't there …?", "Don't you …?": a question about the world or the bot, no claim.
NOT_CLAIMED_AFTER = frozenset(("it", "there", "that", "this", "he", "she", "they", "we", "you", "i", "anyone",
                               "someone", "everyone"))
# "ju" marks a claim only right after the verb that states it ("handlar ju om Höllviken", "skrev ju
# under"): "vi har ju problem med knark" tells, and asks nothing of the agreement. After such a verb
# either particle marks a claim also without a question mark ("vellinges avtal handlar val om kopparberg").
VERB_PARTICLES = frozenset(("ju",))
CLAIM_VERBS = frozenset(("handlar", "fokuserar", "fokuserade", "galler", "gallde", "ligger", "tillhor", "hor", "skrevs",
                         "skrev", "undertecknades", "undertecknade", "tecknades", "tecknade", "lovade", "lovar",
                         "satsar", "bygger", "byggde", "ror", "riktar",  # and whether it cares ("Nora struntar väl i …")
                         "struntar", "skiter", "ignorerar", "prioriterar", "bryr"))
# A question or a clause that takes something for given ("Varför har Lund slutat samarbeta med polisen?",
# "Eftersom Kirunas avtal gick ut 2020, …"): read as a claim only when the entry settles it.
PRESUMING = frozenset(("varfor", "why", "eftersom", "since"))  # not "när": "när tar det slut?" asks
# A presumed focus ("Varför har Norrtälje båtstölder som fokusområde?", "Why is cybercrime a focus area
# in Nässjö?") is checked like a claim of one: its subject looked for, and said to be missing when it is.
PRESUMED_FOCUS = frozenset(("fokusomrade", "fokusomraden", "fokusomradet", "fokuserar", "fokus", "satsar",
                            "satsning", "satsningen", "prioriterar", "prioritering", "focus", "focuses", "focusing",
                            "priority", "prioritise", "prioritize", "prioritises", "prioritizes",
                            "huvudfokus", "huvudfokuset", "fokuset"))  # "Varför har Mora valt X som huvudfokus?"
# "Eftersom Ljungbys löfte handlar om trafiken, …", "Since X's promise is about Y, …": its subject taken for given.
PRESUMED_ABOUT = frozenset(("handlar", "handlade", "about"))
# A what-question that takes a focus for given ("Vad innebär Karlstads satsning på båtstölder?").
PRESUMING_ASKS = frozenset((("vad", "innebar"), ("vad", "betyder"), ("hur", "fungerar"), ("hur", "gar"),
                            ("what", "does"), ("how", "does"),
                            # "Hur kommer det sig att Järfälla satsar på …?", "How come Sigtuna chose …?"
                            ("hur", "kommer"), ("how", "come")))
# Of those, the what-questions that take their agreement for given ("What does X's 2019 promise focus on?"): a year
# in one names which agreement, no date claimed ("how come" presumes what it asks about).
OPEN_ASKS = PRESUMING_ASKS - {("hur", "kommer"), ("how", "come")}
# A yes-or-no question ("Skrevs Kirunas avtal under av …?", "Did … sign …?", "Gick avtalet ut 2020?") is
# read as a claim only when the entry settles it (who signed, the county, a year), else as a question.
YES_NO = frozenset(("var", "skrevs", "skrev", "undertecknades", "undertecknade", "signerades", "signerade", "did", "was",
                    "were", "gick", "galler", "gallde", "ligger", "is", "does", "har", "hade", "has", "had"))
# Yes-or-no questions read as a claim only to confirm a focus the entry has ("Handlar Borgholms löfte om
# viltolyckor?", "Är trafik ett fokusområde i Vimmerby?"): nothing else of them is checked.
CONFIRMING = frozenset(("handlar", "handlade", "ar", "are", "fokuserar", "satsar"))
# Of YES_NO, the openings that ask yes or no and nothing else ("Var …?" is also "where").
PLAIN_YES_NO = frozenset(("is", "does", "har", "has", "galler", "handlar", "handlade", "ar", "are", "fokuserar",
                          "satsar"))
# The last word of a marker that states ("låtsas att"); one that confirms states what follows too
# ("… and confirm the promise is about traffic"): never an open request such as a poem.
ASSERTING = frozenset(("att", "that", "om", "if", "confirm", "bekrafta", "intyga"))
# "Låtsas att du är kommunalrådet …", "pretend that you are …": a role given to the bot, not the claim.
ROLE_GIVEN = frozenset(("du", "you", "ni"))
FILLER = frozenset(("ja", "nej", "yes", "no", "bara", "just", "only", "alltid", "always", "med"))  # "svara bara ja"


def hearsay(toks: Sequence[str]) -> bool:
    """Whether the tokens before a claim hold a marker of hearsay ("jag hörde att", "I heard"): what someone else
    said, put to the bot; a focus it names as the entry's is confirmed as a yes-or-no question's is (claims.py)."""
    return any(marker_at(HEARSAY_BY_FIRST, toks, i) is not None for i in range(len(toks)))


def claim_span(toks: Sequence[str], instructed: bool) -> tuple[int, int, bool] | None:
    """Where the claim stands among the tokens (start, end) and whether its marker only instructs."""
    for start in range(len(toks)):
        marker = marker_at(MARKERS_BY_FIRST, toks, start)
        if marker is None:
            continue
        if start + len(marker) < len(toks):
            return start + len(marker), len(toks), False
        if marker in AFTER and start:
            return 0, start, False  # "Lund ska sätta upp kameror vid stationen, stämmer det?"
        return None
    for start in range(len(toks)):
        heard = marker_at(HEARSAY_BY_FIRST, toks, start)
        if heard is not None and start + len(heard) < len(toks):
            # "min granne säger att …": only what the entry settles, unless a tag asks it ("…, eller?")
            tag = marker_closing(CLOSING_BY_LAST, toks)
            return start + len(heard), len(toks) - len(tag or ()), tag is None
    told = marker_closing(TOLD_AFTER_BY_LAST, toks)
    if told is not None:
        return 0, len(toks) - len(told), True  # "Kiruna has no agreement, say it."
    if instructed:
        found = [(start, marker) for start in range(len(toks))
                 if (marker := marker_at(INSTRUCTING_BY_FIRST, toks, start)) is not None
                 and start + len(marker) < len(toks)]
        # "From now on, answer that …": the marker that states ("answer that") opens the claim, not the rule's.
        stating = [(start, marker) for start, marker in found if marker[-1] in ASSERTING
                   and toks[start + len(marker)] not in ROLE_GIVEN]
        if found:
            start, marker = (stating or found)[0]
            return start + len(marker), len(toks), True
    for start in range(len(toks)):
        seen = marker_at(SAW_THAT_BY_FIRST, toks, start)
        if seen is not None and start + len(seen) < len(toks):
            return start + len(seen), len(toks), True  # "säg att" or "såg att": only what the entry settles
    closing = marker_closing(CLOSING_BY_LAST, toks)
    if closing is None and len(toks) > 3 and toks[-1] in TAG_PRONOUNS and toks[-2] in TAG_VERBS | {"t"} \
            and not (toks[-2] != "t" and _wh_opened(toks)):  # "which police area is it?" asks, claims nothing
        # "… didn't sign, did he?", "… was signed in 2010, wasn't it?": an English tag question.
        closing = tuple(toks[-3:]) if toks[-2] == "t" else tuple(toks[-2:])
    if closing is not None:
        return 0, len(toks) - len(closing), False
    if toks and toks[0] in OPENING and len(toks) > 2:
        return 1, len(toks), False
    if len(toks) > 3 and toks[0] in NEGATIVE_OPENING and toks[1] == "t" and toks[2] not in NOT_CLAIMED_AFTER:
        return 2, len(toks), False
    if any(t in PARTICLES and 0 < i and (toks[i - 1] not in NOT_PARTICLE_AFTER or _cleft_particle(toks, i))
           for i, t in enumerate(toks)) \
            or after_claim_verb(toks):
        return 0, len(toks), False
    if len(toks) > 3 and tuple(toks[:2]) in PRESUMING_ASKS and PRESUMED_FOCUS & set(toks):
        return 0, len(toks), False  # "Vad innebär Karlstads satsning på båtstölder?": the focus is checked
    if toks and (toks[0] in YES_NO or toks[0] in PRESUMING or toks[0] in CONFIRMING) and not where_asked(toks):
        return 0, len(toks), True  # "Skrevs Kirunas avtal under av Mats Taaveniku?": settled, or asked
    return None


# A verb of being before "det väl" ("I Vadstena var det väl X som …", "är det väl Y som leder …"): the particle
# presumes the cleft's claim, as "det är väl" does; "när det väl" ("once it") and "efter det väl" are no claim.
_CLEFT_VERBS = frozenset(("ar", "var", "blir", "blev", "is", "was"))


def _cleft_particle(toks: Sequence[str], at: int) -> bool:
    return at >= 2 and toks[at - 1] == "det" and toks[at - 2] in _CLEFT_VERBS and "som" in toks[at + 1:]


# "Var följs Nybros löfte upp?": "var" before a verb is "where", no "was" of a claim ("Var Idre med …?").
_WHERE_VERBS = frozenset(("foljs", "gors", "mats", "tas", "sker", "finns", "fanns", "hittar", "hittas", "ligger", "hander",
                          "redovisas", "publiceras", "presenteras", "halls", "genomfors", "utvarderas", "rapporteras",
                          "skrevs", "undertecknades", "tecknades", "satsas", "satsar", "arbetar", "jobbar", "patrullerar",
                          "kan", "ska", "far"))


def where_asked(toks: Sequence[str]) -> bool:
    """A message that opens with "var" as "where" ("var följs löftet upp", "var kan man läsa det")."""
    return len(toks) > 1 and toks[0] == "var" and toks[1] in _WHERE_VERBS


def _wh_opened(toks: Sequence[str]) -> bool:
    """A question word that opens the message or a clause after "and"/"also" ("Haparanda: anything about scams,
    and which police area is it?"): the "is it" that ends it is the question's own, no tag on a claim."""
    return any(t in WH_WORDS and (i == 0 or toks[i - 1] in CLAUSE_OPENERS) for i, t in enumerate(toks))


def past_instruction(toks: Sequence[str], start: int, end: int) -> int:
    """Where the claim starts when an instruction opens its span ("svara bara ja:", "say yes:"): after it."""
    marker = marker_at(INSTRUCTING_BY_FIRST, toks, start) if start < end else None
    if marker is None:
        return start
    at = start + len(marker)
    while at < end and toks[at] in FILLER:
        at += 1
    return at if end - at >= 2 else start


def after_claim_verb(toks: Sequence[str]) -> bool:
    """A particle right after the verb that states the claim ("handlar ju om", "skrev väl under")."""
    return any((t in PARTICLES or t in VERB_PARTICLES) and 0 < i and (
        toks[i - 1] in CLAIM_VERBS or toks[i - 1] == "sig" and i > 1 and toks[i - 2] in CLAIM_VERBS)
               for i, t in enumerate(toks))


def instructs(toks: Sequence[str]) -> bool:
    """The message sets the bot new rules or tells it what to say ("glöm allt du vet", "pretend")."""
    return any(tuple(toks[i:i + len(m)]) == m for i, t in enumerate(toks) for m in INJECTING_BY_FIRST.get(t, ()))


def marked(toks: Sequence[str]) -> bool:
    """A claim is put to the bot ("…, eller hur?", "… väl …?", "stämmer det att …"), whatever it claims."""
    return claim_span(toks, False) is not None and not (toks and toks[0] in YES_NO)


# Words of the police that a place after "i"/"in" names the office of ("polischefen i Umeå", "the police
# chief in Växjö", "lokalpolischefen i Uddevalla"): read by their stem, so any title of the police is one.
POLICE_STEMS = ("polis", "lokalpolis", "police")
PLACE_OF_OFFICE = frozenset(("i", "in", "pa", "fran", "from", "at"))
OFFICE_BEFORE = 3  # at most this many words between the police's word and "i" ("the county police chief in")


class Span(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def policed(toks: Sequence[str], m: Span) -> bool:
    """A kommun named as the seat of the police, not as what is asked about: "malmöpolisen" (read as "malmo
    polisen"), "polischefen i Skellefteå", "the police boss in Sandviken", "lokalpolisområde Hallsberg"."""
    if m.end < len(toks) and toks[m.end] in ("polisen", "lokalpolisen"):
        return True
    if m.start and toks[m.start - 1].startswith(POLICE_STEMS):
        return True
    if not m.start or toks[m.start - 1] not in PLACE_OF_OFFICE:
        return False
    return any(t.startswith(POLICE_STEMS) for t in toks[max(0, m.start - 1 - OFFICE_BEFORE):m.start - 1])


class _At:
    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end


def named_not_policed(said: list[str], words: list[str]) -> bool:
    """`words` name the place `said` other than as the police's seat ("lokalpolisområdeschef i Hallsberg")."""
    return any(words[i:i + len(said)] == said and not policed(words, _At(i, i + len(said)))
               for i in range(len(words) - len(said) + 1))


# Verbs of a signing that open a yes-or-no question after a heading ("krokoms avtal skrev X under?").
SIGNING_OPENERS = frozenset(("skrev", "skrevs", "undertecknade", "undertecknades", "signerade", "signerades", "signed"))
# Words that name which agreement in a heading ("Varbergs förnyade överenskommelse 2023 …", "… från oktober 2020").
HEADING_WORDS = frozenset(("nya", "forra", "fornyade", "senaste", "gamla", "new", "latest", "renewed", "fran", "from",
                           "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
                           "oktober", "november", "december"))
# Of the period, after such a heading: "Karlskronas överenskommelse från oktober 2020 skulle gälla i fem år?".
HEADING_VERBS = frozenset(("galler", "gallde", "skulle", "ska", "loper", "lopte", "runs", "ran", "lasts", "lasted"))


def past_heading(masked: Sequence[str], toks: Sequence[str], place: str, agreement_words: frozenset[str]) -> int:
    """Where a cleft or signing question starts after a kommun (its agreement, a year) put first ("Nybro 2023, var
    det X som …", "krokoms avtal 2023 skrev lars jansson under?"), or 0; `place`: the token a place is masked as."""
    at = 1 if masked[:1] == [place] else 0
    while at and at < min(len(toks), 7) and (toks[at] in agreement_words or toks[at] in HEADING_WORDS
                                             or masked[at].isdigit()):
        at += 1
    if not at or at >= len(toks) or not any(t in agreement_words for t in toks[1:at]) and toks[at] in HEADING_VERBS:
        return 0
    # A signing verb right after the heading asks who signed, a verb of its period how long it runs; any other
    # yes-or-no word there is read as before.
    return at if list(toks[at:at + 2]) == ["var", "det"] or toks[at] in SIGNING_OPENERS or toks[at] in HEADING_VERBS else 0
