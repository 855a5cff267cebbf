"""Whether a claim is about the signing ("skrevs väl under", "undertecknades", "signed", "skrev polischefen i Lund
under", "skrev väl Karl von Krusenstjerna under?"): its verb, and its particle a signer's words apart; and who it
says signed ("av kungen", "by the regional police chief", "skrev landshövdingen under"), read by where the
signer stands in the sentence (claim_checks.py checks it against the entry's signers)."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from bot.answering import common_words, lexicon
from bot.answering.lexicon import AGREEMENT_STEMS

# Words saying the claim is about signing ("skrevs under", "undertecknades", "signed").
SIGNING_PREFIXES = ("underteckn", "underskriv", "underskrev", "signer", "signed", "signat", "signing")
# A signer said as one of the signing parties ("one of the signatories", "bland undertecknarna").
SIGNER_NOUNS = ("signator", "undertecknar")
# Signing said as putting one's name to it ("put their name to", "satte sitt namn under").
NAME_PUT = frozenset(("put", "puts", "putting", "set", "satte", "satt", "satter"))
NAME_WORDS = frozenset(("name", "names", "namn"))
NAME_AFTER = frozenset(("to", "on", "under", "pa"))
SIGNING_WORDS = frozenset(("sign", "signs", "skrev", "skrevs", "skrivit", "skrivits"))
SIGNING_AFTER = frozenset(("under", "pa"))  # "skrev under", "skrev på"
SIGNER_SPAN = 5  # words between "skrev" and its particle: a signer and where it sits ("skrev polischefen i X under")

# Particles that may stand anywhere in the signing's words ("skrev väl bara polisen i Lund under"): not
# counted in the span between the verb and its particle.
SIGNING_PARTICLES = frozenset(("val", "ju", "nog", "visst", "bara", "endast", "enbart", "ocksa", "aven", "only",
                               "just", "also", "alltsa",
                               # a negation stands there too ("varför skrev inte ordföranden under")
                               "inte", "ej", "aldrig", "not", "never"))


def signing(toks: Sequence[str]) -> bool:
    """The claim is about who signed or when ("skrevs väl under", "undertecknades", "signed")."""
    toks = [t for t in toks if t not in SIGNING_PARTICLES]
    for i, t in enumerate(toks):
        if t.startswith(SIGNING_PREFIXES + SIGNER_NOUNS):
            return True
        if t in NAME_WORDS and NAME_PUT & set(toks[max(0, i - 3):i]) and NAME_AFTER & set(toks[i + 1:i + 2]):
            return True
        # the particle may come after a signer ("skrev lokalpolisområdeschefen i Lund under")
        if t in SIGNING_WORDS and (t.startswith("sign") or SIGNING_AFTER & set(toks[i + 1:i + 4])
                                   or SIGNING_AFTER & set(toks[i + 1:i + 1 + SIGNER_SPAN]) and _signer_between(toks[i + 1:i + 4])
                                   or _name_then_particle(toks, i)):
            return True
    return False


def _name_then_particle(toks: Sequence[str], at: int) -> bool:
    """The particle closes the clause a few words after the verb, or follows a name of three words ("skrev eva
    högfeldt-pettersson under Tingsryds avtal?"), with no agreement or year between."""
    end = next((j for j in range(at + 1, min(len(toks), at + 1 + SIGNER_SPAN)) if toks[j] in SIGNING_AFTER), -1)
    between = toks[at + 1:-1] if toks[-1] in SIGNING_AFTER else toks[at + 1:end] if end > at + 3 else []
    return 0 < len(between) < SIGNER_SPAN and all(w.isalpha() and not w.startswith(AGREEMENT_STEMS) for w in between)


def _signer_between(toks: Sequence[str]) -> bool:
    """A signer and where it sits stand right after the verb ("skrev polischefen i Lund under"), not the
    agreement ("skrevs medborgarlöftet för 2024 under, och av vilka?" asks when) nor a signer of another kommun
    ("skrev Motala kommuns ordförande under …", read as before)."""
    return bool(toks) and ("polis" in toks[0] or toks[0].endswith(("chefen", "chef", "ordforande", "radet"))) \
        and toks[1:2] in (["i"], ["in"], ["fran"], ["from"], ["pa"])


# A closing tag after the signer ("…, wasn't it?", "…, eller hur?") is not part of the signer's name.
TAG_WORDS = frozenset(("wasn", "t", "it", "right", "isn", "eller", "hur", "va", "stammer", "det", "inte", "didn",
                       "they", "he", "she"))
OFFICE_MODIFIERS = frozenset(("county", "prime", "national", "police", "justice", "regional"))
# National or county offices ("rikspolischefen", "länspolismästaren"), never a local signer's role
# however much of a local role's word they hold ("*chefen").
# The police region's head ("regionpolischefen") too: above the local police area, who signs for it.
HIGHER_OFFICES = ("riks", "lans", "landshovding", "stats", "justitie", "kung", "minist", "governor", "prime", "national",
                  "regionpolis", "region")


def signer_words(toks: Sequence[str]) -> list[str]:
    """The words that name the signer, without articles and tags: after the last "av"/"by" ("by the regional
    police chief"), or, with neither, the subject between the verb and its particle ("skrev landshövdingen
    under", "did the governor sign"): who a yes-or-no question says signed is read by the sentence's shape,
    whatever office it names."""
    at = max((i for i, t in enumerate(toks) if t in ("av", "by")), default=-1)
    said = toks[at + 1:] if at >= 0 else _subject_of_signing(toks)
    return [t for t in said if t not in ("the", "en", "ett", "a") and t not in TAG_WORDS]


def higher_office(toks: Sequence[str]) -> str:
    """The word of an office above the kommun's that the claim says signed ("by the regional police chief",
    "Skrev landshövdingen under …?"), or ""."""
    return next((t for t in signer_words(toks) if t.startswith(HIGHER_OFFICES)), "")


# The verbs of signing whose subject stands after them in a question, and what closes that subject.
SIGNING_VERBS = frozenset(("skrev", "undertecknade", "signerade", "did"))
SUBJECT_CLOSES = frozenset(("under", "pa", "sign", "signa"))
SIGNER_WORDS = 4  # at most this many words between the verb and its particle name the signer
TRANSITIVE_SIGNING = frozenset(("undertecknade", "signerade"))  # no particle: the subject, then the agreement


def _subject_of_signing(toks: Sequence[str]) -> list[str]:
    """The words between a signing verb and its particle ("skrev inte kommunstyrelsens ordförande under",
    "did the county governor sign"), particles of stance left out; [] when the clause has no such shape."""
    for i, t in enumerate(toks):
        if t not in SIGNING_VERBS:
            continue
        rest = [w for w in toks[i + 1:i + 2 + SIGNER_WORDS] if w not in SIGNING_PARTICLES]
        end = next((j for j, w in enumerate(rest) if w in SUBJECT_CLOSES), None)
        before = _office_before(toks, i) if not end else ""
        if before:
            return [before]  # "landshövdingen skrev inte under": a statement's subject stands before its verb
        if end is not None:
            return rest[:end]  # none when the particle follows the verb ("skrev under i Nordanstig när")
        if i == 0 and rest and t in TRANSITIVE_SIGNING:
            return rest[:1]  # "Undertecknade landshövdingen Timrås löfte?": a question's subject follows its verb
    return []


# Words between a subject and its signing verb in a statement ("landshövdingen var inte med och skrev under",
# "landshövdingen skrev väl inte under"): taking part and stance, no subject of their own.
_JOINED_SIGNING = frozenset(("var", "varit", "med", "och", "har", "hade", "was", "were", "not", "also", "and", "never"))


def _office_before(toks: Sequence[str], verb: int) -> str:
    """The office above the kommun's that stands as the subject before a signing verb, or "": the subject of a
    statement ("landshövdingen var inte med och skrev under Gotlands överenskommelse"), where a question puts it after."""
    at = verb - 1
    while at >= 0 and (toks[at] in SIGNING_PARTICLES or toks[at] in _JOINED_SIGNING):
        at -= 1
    return toks[at] if at >= 0 and toks[at].startswith(HIGHER_OFFICES) and toks[at] != "region" else ""


def signer_word(toks: Sequence[str]) -> str:
    """The word after the last "av"/"by" that ends the claim ("undertecknat av kungen"), or ""."""
    at = max((i for i, t in enumerate(toks) if t in ("av", "by")), default=-1)
    rest = signer_words(toks) if at >= 0 else []  # a subject before the particle names a party too ("polisen")
    # "by the county governor": English names an office in two words, the last its head.
    last = rest[-1] if len(rest) == 1 or len(rest) == 2 and rest[0] in OFFICE_MODIFIERS else ""
    # "skrevs det under av vem" ("när skrevs det under, av vem" made whole) asks who: no signer claimed
    return last if last.isalpha() and len(last) > 2 and last not in ("vem", "vilka", "vilken", "who", "whom") else ""


# The past of a signing verb that a signer's name stands before ("Anna Berg skrev under", "Anna Berg signed"); a verb
# of being before a role ("Anna Berg är lokalpolisområdeschef i Vadstena?", "Anna Berg is the police chief?").
SIGNED_PAST = frozenset(("skrev", "undertecknade", "signerade", "signed"))
BEING = frozenset(("ar", "var", "is", "was"))
NAME_WORDS_AT_MOST = 3


def named_subject(toks: Sequence[str], cased: Sequence[str], places: Collection[int], lower_names: Sequence[str],
                  role_named: bool) -> bool:
    """Whether a person's name is the subject of a signing in the past, or of a verb of being before a role the
    message names (`role_named`): one to three words before the verb, each written with a capital (or part of a
    name read in lower case), none a place, a stopword or a topic's cue, after a kommun put first as a heading
    ("Haparanda: Mikael Rova skrev under medborgarlöftet?", "Anna Berg signed Kiruna's agreement?", "Vadstena:
    Anna Berg är lokalpolisområdeschef?"). `cased`: the tokens with case kept, `places`: positions of places named."""
    if len(cased) != len(toks):
        return False
    verbs = (SIGNED_PAST if signing(toks) else frozenset()) | (BEING if role_named else frozenset())
    verb = next((i for i, t in enumerate(toks) if t in verbs), None)
    if verb is None:
        return False
    lower = {t for name in lower_names for t in name.split()}
    before = [i for i in range(verb) if i not in places]
    if not 0 < len(before) <= NAME_WORDS_AT_MOST or before != list(range(before[0], verb)):
        return False  # a place between the name and the verb is no name's
    return all((cased[i][:1].isupper() or toks[i] in lower) and toks[i].isalpha() and toks[i] not in common_words.STOPWORDS
               and not lexicon.is_cue_word(toks[i]) and not toks[i].startswith(AGREEMENT_STEMS) for i in before)


_ASKED_AFTER_BY = frozenset(("vem", "vilka", "vilken", "vilket", "whom", "who", "which"))


def signers_asked(toks: Sequence[str]) -> bool:
    """A signing with its signers asked after "av"/"by" ("undertecknades avtalet för 2020–2023 av vilka?", "signed by
    whom?"): a question, never a claim of who signed or when, though it opens with the verb as a yes-or-no one does
    (a clause of question words alone is read with the words of the clause before it, its question word left out)."""
    return signing(toks) and any(t in ("av", "by") and toks[i + 1:i + 2] and toks[i + 1] in _ASKED_AFTER_BY
                                 for i, t in enumerate(toks))
