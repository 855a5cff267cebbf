"""A danger's thing as the last part of a compound, for the danger rules (bot/answering/danger.py).

Swedish writes the kind of a thing into one word with it: "sömntabletter", "värktabletten",
"blodtryckstabletter", "tvättmedelskapseln", "brödkniv", "köksbranden", "slaktarkniven". The cues of danger_kinds.py name the thing ("tabletter", "kniv", "brand"), and a cue is a
whole word, so every head a resident may put before it would otherwise need a cue of its own. Here a word
that ends in one of a few things of danger, with a head of its own before it, is read as head and thing,
the thing in the form the cues name ("sömn tabletter", "bröd kniv", "köks brand"), whatever the head is.

Only things (not acts: "förslår" is no "slår", "förskott" no "skott", "tillfällen" no "fallen"), and only
what is left after a head of at least MIN_HEAD letters, so a word is never read as a shorter word inside it.
"""

from __future__ import annotations

MIN_HEAD = 3  # "köks|brand", "bröd|kniv"; "ut|skott" is no head and no thing
# The cue's word (danger_kinds.py) -> the forms a compound ends in (folded: "bränder" is "brander").
_THINGS: dict[str, tuple[str, ...]] = {
    "tabletter": ("tablett", "tabletten", "tabletter", "tabletterna", "kapsel", "kapseln", "kapslar", "kapslarna",
                  "piller", "pillret", "pillren"),
    # One fire, one knife, one gun: the plural names a subject ("bilbränder i området", "fickknivar") and a weapon's
    # compounds name kinds of it as often ("kärnvapen", "skjutvapen"), which the rules read as subjects already.
    "brand": ("brand", "branden"),
    "kniv": ("kniv", "kniven"),
    "pistol": ("pistol", "pistolen"),
}
_FORMS: dict[str, str] = {form: cue for cue, forms in _THINGS.items() for form in forms}
_SHORTEST = min(len(form) for form in _FORMS)
_LONGEST = max(len(form) for form in _FORMS)


def thing_of(word: str) -> tuple[str, str] | None:
    """The word as (head, the thing's cue word) when it ends in a thing of danger after a head, else None."""
    if len(word) < MIN_HEAD + _SHORTEST or word in _FORMS:
        return None
    for size in range(min(_LONGEST, len(word) - MIN_HEAD), _SHORTEST - 1, -1):  # the longest thing first
        cue = _FORMS.get(word[-size:])
        if cue is not None:
            return word[:-size], cue
    return None


def split(toks: list[str]) -> list[str]:
    """The folded words with each compound that ends in a thing of danger read as its head and the thing
    (["svalt", "somntabletter"] -> ["svalt", "somn", "tabletter"]); words with none are returned as they are."""
    if not any(len(word) >= MIN_HEAD + _SHORTEST for word in toks):
        return toks
    out: list[str] = []
    for word in toks:
        parts = thing_of(word)
        out.extend(parts if parts is not None else (word,))
    return out
