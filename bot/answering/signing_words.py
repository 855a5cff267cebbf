"""Whether a claim is about the signing ("skrevs väl under", "undertecknades", "signed", "skrev polischefen i Lund
under", "skrev väl Karl von Krusenstjerna under?"): its verb, and its particle a signer's words apart."""

from __future__ import annotations

from collections.abc import Sequence

from bot.answering.lexicon import AGREEMENT_STEMS

# Words saying the claim is about signing ("skrevs under", "undertecknades", "signed").
SIGNING_PREFIXES = ("underteckn", "underskriv", "underskrev", "signer", "signed", "signat", "signing")
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
        if t.startswith(SIGNING_PREFIXES):
            return True
        # the particle may come after a signer ("skrev lokalpolisområdeschefen i Lund under")
        if t in SIGNING_WORDS and (t.startswith("sign") or SIGNING_AFTER & set(toks[i + 1:i + 4])
                                   or SIGNING_AFTER & set(toks[i + 1:i + 1 + SIGNER_SPAN]) and _signer_between(toks[i + 1:i + 4])
                                   or _name_then_particle(toks, i)):
            return True
    return False


def _name_then_particle(toks: Sequence[str], at: int) -> bool:
    """The particle closes the clause a few words after the verb, with no agreement or year between."""
    between = toks[at + 1:-1]
    return toks[-1] in SIGNING_AFTER and 0 < len(between) < SIGNER_SPAN and all(
        w.isalpha() and not w.startswith(AGREEMENT_STEMS) for w in between)


def _signer_between(toks: Sequence[str]) -> bool:
    """A signer and where it sits stand right after the verb ("skrev polischefen i Lund under"), not the
    agreement ("skrevs medborgarlöftet för 2024 under, och av vilka?" asks when) nor a signer of another kommun
    ("skrev Motala kommuns ordförande under …", read as before)."""
    return bool(toks) and ("polis" in toks[0] or toks[0].endswith(("chefen", "chef", "ordforande", "radet"))) \
        and toks[1:2] in (["i"], ["in"], ["fran"], ["from"], ["pa"])
