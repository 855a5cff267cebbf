"""An entry's stems kept sorted beside the set, so "does some stem start with this one?" is one binary
search instead of a look at every stem.

absent.py and acts.py ask it of a subject's stem and of every cut of a compound, against one entry's
stems and against every entry's (thousands): scanning them all for each cut was most of an answer
that says a subject is not mentioned. The sets are the knowledge base's own (Passages.stems_in_both),
built once per base.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from functools import cached_property


class StemSet(frozenset[str]):
    """A frozenset of stems that also keeps them in sorted order (made when first asked)."""

    @cached_property
    def ordered(self) -> tuple[str, ...]:
        return tuple(sorted(self))


def stem_set(stems: Iterable[str]) -> StemSet:
    return StemSet(stems)


def any_starting(stems: frozenset[str], prefix: str, longer: bool = False) -> bool:
    """Whether some stem starts with `prefix` (the prefix itself counts, unless `longer`: a compound it begins)."""
    ordered = stems.ordered if isinstance(stems, StemSet) else tuple(sorted(stems))
    at = bisect_left(ordered, prefix)
    if longer and at < len(ordered) and ordered[at] == prefix:
        at += 1
    return at < len(ordered) and ordered[at].startswith(prefix)


LAST_PART = 4  # letters of a part a compound may end in ("torg" of "jarntorget")
HEAD = 4  # letters of the head before it
ENDING = 3  # letters of an inflection after it ("-et", "-en", "-arna" cut to the stem's length)


def any_ending(stems: frozenset[str], part: str) -> bool:
    """Whether some stem is a compound that ends in `part`, with at most a short inflection after it: "torg" of
    "jarntorget", "stold" of "cykelstolder". One entry's stems only (a few hundred): this looks at each."""
    if len(part) < LAST_PART:
        return False
    for other in stems:
        at = other.find(part, HEAD)
        if at >= 0 and len(other) - at - len(part) <= ENDING:
            return True
    return False
