"""How to reach someone, asked of the people the last answer named: "har han nåt nummer?", "can I call
her?", "telefon?", "vad har han för mejl?".

Kept apart from pronoun_people.py (which answers it) so that the reading, which decides on danger before any
answer is chosen, can see that such a question goes on with the talk: the model read "har han nåt nummer?"
as an accident and opened with 112. The ask is read by its words of contact (a phone, a number, calling, an
address for mail), not by whole sentences.
"""

from __future__ import annotations

from bot.answering.cues import CueSet

CONTACT = CueSet.of({3: ("telefon*", "tfn", "tel", "nummer", "numret", "nr", "mobil*", "ringa", "ringer", "ringas", "ringa ~ till",
                         "mejl*", "mail*", "epost*", "e post*", "kontaktuppgift*", "kontakta*", "na ~ honom",
                         "na ~ henne", "na ~ dem", "phone*", "number", "numbers", "call", "ring", "reach", "contact*",
                         "email*", "e mail*")})
# A third person or people the last answer named ("honom", "her", "them"): the contact asked is theirs.
THIRD = frozenset(("han", "hon", "hen", "honom", "henne", "hans", "hennes", "dem", "dom", "de", "deras", "he", "she",
                   "him", "her", "his", "they", "them", "their"))
BARE = 2  # "telefon?", "phone number?": the contact alone, asked of whom the last answer named


def asked(norm: str, toks: list[str]) -> bool:
    """A question of how to reach the people talked about: a word of contact with a pronoun for them, or
    nothing but the contact; never with the emergency number in it ("ring 112")."""
    if "112" in toks or not CONTACT.found(norm):
        return False
    return bool(THIRD & set(toks)) or len(toks) <= BARE
